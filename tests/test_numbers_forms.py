"""beritaparse.numbers, second round: signs, names and states, colloquial ranges, currencies, units,
multipliers and ordinals, decimals in words. Every expected value is worked out by hand from the text.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from beritaparse.numbers import Quantity, find_quantities, parse_quantity


def _one(text: str) -> Quantity:
    quantity = parse_quantity(text)
    assert quantity is not None, text
    assert text[quantity.span[0] : quantity.span[1]] == quantity.raw
    return quantity


def _found(text: str) -> list[tuple[str, object, object, object, str | None]]:
    return [(q.raw, q.value, q.low, q.high, q.unit) for q in find_quantities(text)]


# --- signs and directions --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit", "raw"),
    [
        ("minus 5 derajat", -5, "derajat", "minus 5 derajat"),
        ("Minus 5 derajat", -5, "derajat", "Minus 5 derajat"),
        ("-3,2 persen", Decimal("-3.2"), "persen", "-3,2 persen"),
        ("suhu -2 derajat Celsius", -2, "derajat celsius", "-2 derajat Celsius"),
        ("suhu −4 °C", -4, "derajat celsius", "−4 °C"),
        ("suhu udara -2°C", -2, "derajat celsius", "-2°C"),
        ("minus dua derajat", -2, "derajat", "minus dua derajat"),
        ("pertumbuhan (-0,5 persen)", Decimal("-0.5"), "persen", "-0,5 persen"),
        ("minus Rp 2 triliun", -2_000_000_000_000, "IDR", "minus Rp 2 triliun"),
    ],
)
def test_negative_numbers(text, value, unit, raw):
    quantity = _one(text)
    assert (quantity.value, quantity.low, quantity.high) == (value, value, value)
    assert (quantity.unit, quantity.raw) == (unit, raw)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("turun 2,5 persen", Decimal("2.5")),
        ("naik 2,5 persen", Decimal("2.5")),
        ("merosot 10 persen", 10),
        ("anjlok 40 persen", 40),
    ],
)
def test_a_direction_is_not_a_sign(text, value):
    quantity = _one(text)
    assert (quantity.value, quantity.unit, quantity.qualifier) == (value, "persen", None)
    assert quantity.raw == text.split(" ", 1)[1]


@pytest.mark.parametrize(
    ("text", "value", "raw"),
    [
        ("+5 persen", 5, "+5 persen"),
        ("naik +0,5%", Decimal("0.5"), "+0,5%"),
        ("(+2,1 persen)", Decimal("2.1"), "+2,1 persen"),
    ],
)
def test_a_plus_sign_before_a_percentage(text, value, raw):
    quantity = _one(text)
    assert (quantity.value, quantity.unit, quantity.raw) == (value, "persen", raw)


def test_a_plus_sign_elsewhere_is_not_read():
    assert all(not q.raw.startswith("+") for q in find_quantities("hubungi +62 812 3456, +5 orang"))


def test_negative_range():
    quantity = _one("suhu -5 hingga -2 derajat")
    assert (quantity.value, quantity.low, quantity.high, quantity.unit) == (None, -5, -2, "derajat")


def test_negative_to_positive_range():
    quantity = _one("antara -2 hingga 5 derajat")
    assert (quantity.low, quantity.high) == (-2, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A dash between two numbers, or glued to a word, is not a minus sign.
        ("Covid-19 menewaskan 5 orang", [("5 orang", 5, 5, 5, "orang")]),
        ("laga 10-5", []),  # descending: a score, and digits joined by a dash are no quantity
        ("tahun 2020-2024 ada 7 orang", [("7 orang", 7, 7, 7, "orang")]),
        ("Rp 50.000-Rp 100.000", [("Rp 50.000-Rp 100.000", None, 50_000, 100_000, "IDR")]),
    ],
)
def test_dashes_that_are_not_signs(text, expected):
    assert _found(text) == expected


# --- adjectives, states and names after a number ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "17 kritis",
        "17 luka-luka",
        "17 hilang",
        "17 positif",
        "17 negatif",
        "17 sembuh",
        "17 parah",
        "17 gugur",
        "17 selamat",
        "17 meninggal",
        "17 internasional",
        "17 domestik",
    ],
)
def test_states_after_a_number_are_not_the_unit(text):
    quantity = _one(text)
    assert (quantity.value, quantity.unit, quantity.raw) == (17, None, "17")


def test_the_counted_noun_before_a_state_is_still_counted():
    quantity = _one("5 pasien kritis")
    assert (quantity.value, quantity.unit, quantity.raw) == (5, "pasien", "5 pasien")


@pytest.mark.parametrize(
    "text",
    [
        "3 Indonesia",  # a country: a name wherever it stands
        "juara 3 Indonesia",
        "5 Jakarta",
        "peringkat 2 Asia",
        "juara 3 Eropa Timur",  # mid-sentence capitals: a name
        "unggul 2 Persib",
    ],
)
def test_names_after_a_number_are_not_the_unit(text):
    quantity = _one(text)
    assert quantity.unit is None
    assert quantity.raw.isdigit()


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("18 Kampus ternama", "kampus"),  # start of a sentence: capitals prove nothing
        ("Banjir Rendam 500 Rumah", "rumah"),  # a headline
        ("Covid-19 di 5 Provinsi", "provinsi"),  # a headline, past the little word "di"
        ("Warga mengungsi. 20 Rumah rusak", "rumah"),
        ("50 KK", "KK"),  # acronyms are counted, as written
        ("24 SKS", "SKS"),
        ("sebanyak 120 PNS dilantik", "PNS"),
        ("5 ORANG TEWAS", "orang"),  # a headline in capitals, not an acronym
    ],
)
def test_capitalised_counted_nouns(text, unit):
    assert _one(text).unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "Macet di Jalan Tol Km 19 pagi ini",
        "sesuai Pasal 28 ayat 3",
        "warga RT 05/RW 02",
        "warga RT 5 RW 2",
        "kata para Pejuang 45 kemarin",
        "tim Liga 1 itu",
        "UU Nomor 1",
        "tahap 2 pembangunan",
    ],
)
def test_markers_and_names_before_a_number_are_not_quantities_in_running_text(text):
    assert find_quantities(text) == []


def test_a_capitalised_word_at_a_sentence_start_before_a_number_is_no_name():
    # "Sebanyak" opens the sentence; the number after it counts people.
    assert _found("Sebanyak 5 orang.") == [("5 orang", 5, 5, 5, "orang")]
    assert _found("Tercatat 12 kasus.") == [("12 kasus", 12, 12, 12, "kasus")]


# --- "two or three" --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "low", "high", "unit", "raw"),
    [
        ("dua tiga hari", 2, 3, "hari", "dua tiga hari"),
        ("satu dua orang", 1, 2, "orang", "satu dua orang"),
        ("tiga empat kali", 3, 4, "kali", "tiga empat kali"),
        ("tiga sampai empat", 3, 4, None, "tiga sampai empat"),
        ("dua-tiga hari", 2, 3, "hari", "dua-tiga hari"),
        ("lima–enam jam", 5, 6, "jam", "lima–enam jam"),
        ("dua tiga juta", 2_000_000, 3_000_000, None, "dua tiga juta"),
        ("Rp satu dua juta", 1_000_000, 2_000_000, "IDR", "Rp satu dua juta"),
    ],
)
def test_two_or_three(text, low, high, unit, raw):
    quantity = _one(text)
    assert (quantity.value, quantity.low, quantity.high) == (None, low, high)
    assert (quantity.unit, quantity.qualifier, quantity.raw) == (unit, None, raw)


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("dua atau tiga hari", 2, 3, "hari"),
        ("2 atau 3 kali", 2, 3, "kali"),
        ("satu atau dua orang", 1, 2, "orang"),
        ("Rp 5 atau 6 juta", 5_000_000, 6_000_000, "IDR"),
        ("dua hingga tiga juta orang", 2_000_000, 3_000_000, "orang"),
        ("seratus hingga dua ratus ribu", 100_000, 200_000, None),
    ],
)
def test_one_or_the_next_and_word_ranges_with_a_scale(text, low, high, unit):
    quantity = _one(text)
    assert (quantity.value, quantity.low, quantity.high, quantity.unit, quantity.raw) == (
        None,
        low,
        high,
        unit,
        text,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5 atau 10 orang", [("5", 5, 5, 5, None), ("10 orang", 10, 10, 10, "orang")]),
        (
            "1,5 atau 2,5 persen",
            [
                ("1,5", Decimal("1.5"), Decimal("1.5"), Decimal("1.5"), None),
                ("2,5 persen", *[Decimal("2.5")] * 3, "persen"),
            ],
        ),
    ],
)
def test_other_pairs_with_atau_are_a_choice(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Not one more: two quantities, or one number.
        ("dua lima orang", [("dua", 2, 2, 2, None), ("lima orang", 5, 5, 5, "orang")]),
        ("tiga dua orang", [("tiga", 3, 3, 3, None), ("dua orang", 2, 2, 2, "orang")]),
        ("dua tiga puluh orang", [("dua", 2, 2, 2, None), ("tiga puluh orang", 30, 30, 30, "orang")]),
        ("dua puluh tiga orang", [("dua puluh tiga orang", 23, 23, 23, "orang")]),
    ],
)
def test_digit_words_in_a_row_that_are_not_two_or_three(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", ["dua-duanya", "satu-satunya", "tiga-tiganya"])
def test_reduplicated_number_words_are_not_ranges(text):
    assert find_quantities(text) == []
    assert parse_quantity(text) is None


# --- currencies and percentages --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Rp 1,5 triliun", 1_500_000_000_000, "IDR"),
        ("Rp1.500.000,00", 1_500_000, "IDR"),
        ("IDR 5 miliar", 5_000_000_000, "IDR"),
        ("US$1,2 miliar", 1_200_000_000, "USD"),
        ("USD 45 juta", 45_000_000, "USD"),
        ("45 juta USD", 45_000_000, "USD"),
        ("€ 3 juta", 3_000_000, "EUR"),
        ("EUR 3 juta", 3_000_000, "EUR"),
        ("3 juta euro", 3_000_000, "EUR"),
        ("¥ 100 juta", 100_000_000, "JPY"),
        ("SGD 2 juta", 2_000_000, "SGD"),
        ("S$ 2 juta", 2_000_000, "SGD"),
        ("A$ 2 juta", 2_000_000, "AUD"),
        ("5 juta ringgit", 5_000_000, "MYR"),
        ("5 juta ringgit Malaysia", 5_000_000, "MYR"),
        ("RM 5 juta", 5_000_000, "MYR"),
        ("2 miliar dolar AS", 2_000_000_000, "USD"),
        ("10 juta dolar Singapura", 10_000_000, "SGD"),
        ("3 juta riyal", 3_000_000, "SAR"),
        ("3 juta riyal Saudi", 3_000_000, "SAR"),
        ("2 miliar yuan", 2_000_000_000, "CNY"),
        ("7 juta dirham", 7_000_000, "AED"),
        ("30.000 lira", 30_000, "TRY"),
        ("Rp 5 M", 5_000_000_000, "IDR"),
    ],
)
def test_currencies(text, value, unit):
    quantity = _one(text)
    assert (quantity.value, quantity.unit, quantity.raw) == (value, unit, text)


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("kerugian Rp ratusan juta", 100_000_000, 999_999_999, "IDR"),
        ("US$ miliaran", 1_000_000_000, None, "USD"),
        ("Rp puluhan ribu hingga ratusan ribu", 10_000, 999_999, "IDR"),
    ],
)
def test_a_currency_before_a_vague_amount(text, low, high, unit):
    quantity = _one(text)
    assert (quantity.value, quantity.low, quantity.high, quantity.unit) == (None, low, high, unit)
    assert quantity.qualifier == "approx"


def test_a_currency_before_number_words():
    quantity = _one("Rp satu miliar")
    assert (quantity.value, quantity.unit) == (1_000_000_000, "IDR")


def test_rupiah_with_an_an_suffixed_scale_is_vague():
    quantity = _one("Rp 10 ribuan")
    assert (quantity.value, quantity.low, quantity.high) == (None, 10_000, 19_999)
    assert (quantity.unit, quantity.qualifier) == ("IDR", "approx")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("50%", 50, "persen"),
        ("0,5 persen", Decimal("0.5"), "persen"),
        ("0,5 persen poin", Decimal("0.5"), "persen poin"),
        ("1,2 poin persentase", Decimal("1.2"), "persen poin"),
        ("25 basis poin", 25, "basis poin"),
        ("25 bps", 25, "basis poin"),
    ],
)
def test_percentages_and_points(text, value, unit):
    quantity = _one(text)
    assert (quantity.value, quantity.unit, quantity.raw) == (value, unit, text)


# --- units -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("100 km/jam", "km/jam"),
        ("100 km/j", "km/jam"),
        ("100 km per jam", "km/jam"),
        ("50 m2", "m2"),
        ("50 m²", "m2"),
        ("50 m persegi", "m2"),
        ("20 meter persegi", "meter persegi"),
        ("5 hektare", "hektare"),
        ("3 ha", "ha"),
        ("100 liter", "liter"),
        ("1 juta barel", "barel"),
        ("5 ton", "ton"),
        ("3 kilogram", "kilogram"),
        ("3 kg", "kg"),
        ("500 gram", "gram"),
        ("500 gr", "g"),
        ("100 MW", "MW"),
        ("100 mw", "MW"),
        ("5 GB", "GB"),
        ("50 mm", "mm"),
        ("30 derajat Celsius", "derajat celsius"),
        ("30 derajat celcius", "derajat celsius"),
        ("30°C", "derajat celsius"),
        ("30 ºC", "derajat celsius"),
        ("5,6 SR", "SR"),
        ("24 SKS", "SKS"),
        ("100 jiwa", "jiwa"),
        ("50 KK", "KK"),
        ("50 kepala keluarga", "kepala keluarga"),
        ("3 unit", "unit"),
        ("5 ekor", "ekor"),
        ("2 buah", "buah"),
        ("10 lembar", "lembar"),
        ("2 dosis", "dosis"),
        ("5 ekor sapi", "sapi"),
        ("10 lembar saham", "saham"),
    ],
)
def test_units(text, unit):
    quantity = _one(text)
    assert quantity.unit == unit
    assert quantity.raw == text


def test_a_glued_letter_that_is_no_unit_is_an_identifier():
    # "5G" is the network, not five grams.
    assert find_quantities("jaringan 5G di 3 kota") == [
        Quantity(3, 3, 3, "kota", None, "3 kota", (15, 21)),
    ]


# --- multipliers and ordinals ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "raw"),
    [
        ("naik dua kali lipat", 2, "dua kali lipat"),
        ("tiga kali lipat", 3, "tiga kali lipat"),
        ("melonjak 10 kali lipat", 10, "10 kali lipat"),
    ],
)
def test_multipliers(text, value, raw):
    quantity = _one(text)
    assert (quantity.value, quantity.unit, quantity.raw) == (value, "kali lipat", raw)


@pytest.mark.parametrize("text", ["ke-3", "ketiga", "kedua", "pertama", "kesepuluh", "ke-10", "yang ke-3"])
def test_ordinals_are_not_quantities(text):
    assert parse_quantity(text) is None
    assert find_quantities(text) == []


def test_an_ordinal_beside_a_count_leaves_the_count_alone():
    text = "Ini kali ketiga, ke-4 dalam 2 tahun."
    assert _found(text) == [("2 tahun", 2, 2, 2, "tahun")]


# --- number words: decimals, fractions, "-an" -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("satu koma lima juta", 1_500_000, None),
        ("nol koma lima persen", Decimal("0.5"), "persen"),
        ("dua koma nol lima", Decimal("2.05"), None),
        ("tiga koma dua puluh lima", Decimal("3.25"), None),
        ("seratus koma lima ribu", 100_500, None),
        ("dua koma tujuh miliar rupiah", 2_700_000_000, "IDR"),
        ("nol koma nol satu persen", Decimal("0.01"), "persen"),
    ],
)
def test_decimals_in_words(text, value, unit):
    quantity = _one(text)
    assert (quantity.value, quantity.unit, quantity.raw) == (value, unit, text)


def test_koma_without_digits_ends_the_number():
    assert _found("tiga koma") == [("tiga", 3, 3, 3, None)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("dua per tiga", Decimal(2) / Decimal(3)),
        ("satu per empat", Decimal("0.25")),
        ("tiga per lima", Decimal("0.6")),
    ],
)
def test_fractions_with_per(text, value):
    assert _one(text).value == value


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("2/3 anggota DPR", Decimal(2) / Decimal(3), "anggota"),
        ("1/2 jam", Decimal("0.5"), "jam"),
        ("sebanyak 1/4 wilayah", Decimal("0.25"), "wilayah"),
        ("3/4", Decimal("0.75"), None),
    ],
)
def test_fractions_in_digits(text, value, unit):
    quantity = _one(text)
    assert (quantity.value, quantity.unit) == (value, unit)


@pytest.mark.parametrize("text", ["17/12", "24/7", "3/2", "1/2/2024"])
def test_slash_pairs_that_are_no_proper_fraction_are_not_read(text):
    assert parse_quantity(text) is None


def test_a_digit_fraction_counting_nothing_is_a_date_in_running_text():
    assert _found("Senin (1/2) ada 5 orang") == [("5 orang", 5, 5, 5, "orang")]


def test_satu_per_satu_is_no_fraction():
    assert _one("satu per satu").value == 1
    assert find_quantities("diperiksa satu per satu") == []


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("empat puluhan tahun", 40, 49, "tahun"),
        ("dua ratusan orang", 200, 299, "orang"),
        ("seratusan warga", 100, 199, "warga"),
        ("seribuan orang", 1000, 1999, "orang"),
        ("tiga ribuan", 3000, 3999, None),
        ("lima puluh ribuan", 50_000, 59_999, None),
        ("sepuluhan", 10, 19, None),
    ],
)
def test_number_words_with_an_are_vague(text, low, high, unit):
    quantity = _one(text)
    assert (quantity.value, quantity.low, quantity.high) == (None, low, high)
    assert (quantity.unit, quantity.qualifier, quantity.raw) == (unit, "approx", text)


# --- more qualifiers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("mendekati 100 orang", "below"),
        ("belum sampai 10 persen", "below"),
        ("melampaui 5 persen", "above"),
        ("tak kurang dari 20 orang", "at_least"),
        ("setidak-tidaknya 3 orang", "at_least"),
        ("maks. 5 orang", "at_most"),
    ],
)
def test_more_qualifiers(text, qualifier):
    quantity = _one(text)
    assert (quantity.qualifier, quantity.raw) == (qualifier, text)


# --- running text: what the name rule keeps --------------------------------------------------------


def test_an_amount_after_a_name_is_kept():
    # Names carry small plain numbers; "150.000" after a person's name is an amount.
    assert _found("Dikasih Pak Jokowi 150.000, senang sekali") == [
        ("150.000", 150_000, 150_000, 150_000, None)
    ]


def test_a_capitalised_function_word_is_no_name():
    text = "Kasus kini 97, Sebanyak 78 sembuh."
    assert _found(text) == [("97", 97, 97, 97, None), ("78", 78, 78, 78, None)]


@pytest.mark.parametrize(
    ("text", "unit"), [("7 HARI", "hari"), ("5 ORANG TEWAS", "orang"), ("5 UNIT RUMAH", "rumah")]
)
def test_common_nouns_in_capitals_are_lower_cased(text, unit):
    assert _one(text).unit == unit


# --- properties over the new forms -----------------------------------------------------------------

FRAGMENTS = st.sampled_from(
    [
        "minus", "-", "−", "dua", "tiga", "empat", "koma", "lima", "per", "puluhan", "ratusan", "seratusan",
        "ribuan", "Indonesia", "Jakarta", "KK", "SKS", "Warga", "warga", "orang", "juara", "Pejuang", "45",
        "3", "10.000", "1,5", "Rp", "US$", "(", ")", ".", ",", "\n", "hingga", "persen", "poin", "basis",
        "derajat", "Celsius", "°C", "kali", "lipat", "ke-", "ketiga", "Sebanyak", "kritis", "nol", "juta",
        "dan", "antara", "lebih", "sekitar", "HARI",
    ]
)  # fmt: skip


@given(st.lists(FRAGMENTS, max_size=20), st.sampled_from([" ", "", "  "]))
def test_new_forms_keep_the_result_contract(fragments, joiner):
    text = joiner.join(fragments)
    previous_end = 0
    for quantity in find_quantities(text):
        start, end = quantity.span
        assert text[start:end] == quantity.raw
        assert previous_end <= start < end
        previous_end = end
        if quantity.value is not None:
            assert quantity.low == quantity.high == quantity.value
        else:
            assert quantity.low is not None
            assert quantity.high is None or quantity.low < quantity.high
        again = parse_quantity(quantity.raw)
        assert again is not None
        assert (again.value, again.low, again.high, again.unit, again.qualifier, again.raw) == (
            quantity.value,
            quantity.low,
            quantity.high,
            quantity.unit,
            quantity.qualifier,
            quantity.raw,
        )


@given(st.integers(min_value=1, max_value=10**9))
def test_a_glued_minus_negates_any_number(n):
    digits = f"{n:,}".replace(",", ".")
    quantity = _one(f"suhu -{digits} derajat")
    assert (quantity.value, quantity.unit, quantity.raw) == (-n, "derajat", f"-{digits} derajat")
    assert _one(f"minus {digits} derajat").value == -n
