"""beritaparse.numbers, third round: currencies after the amount, signs, ranges with units on both ends,
comparatives, rates, and what only looks like a number (telephone numbers, plates, model codes).

The texts are written for these tests in the style of Indonesian news; every expected value is worked
out by hand from the text.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from beritaparse.numbers import Quantity, find_quantities, parse_quantity
from beritaparse.numbers import _table as table


def _one(text: str, **kwargs: str) -> Quantity:
    quantity = parse_quantity(text, **kwargs)  # type: ignore[arg-type]
    assert quantity is not None, text
    assert text[quantity.span[0] : quantity.span[1]] == quantity.raw
    return quantity


def _found(text: str) -> list[tuple[str, object, object, object, str | None]]:
    return [(q.raw, q.value, q.low, q.high, q.unit) for q in find_quantities(text)]


# --- currencies after the amount ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit", "raw"),
    [
        ("harganya 15$", 15, "USD", "15$"),
        ("tiket 30€ per orang", 30, "EUR", "30€ per orang"),
        ("sekitar 25 ¥", 25, "JPY", "sekitar 25 ¥"),
        ("uang saku 50Rp", 50, "IDR", "50Rp"),
        ("denda 12 euros", 12, "EUR", "12 euros"),
        ("tujuh pound", 7, "GBP", "tujuh pound"),
        ("300 yen", 300, "JPY", "300 yen"),
        ("5 ringgit", 5, "MYR", "5 ringgit"),
        ("10 dolar Singapura", 10, "SGD", "10 dolar Singapura"),
        ("1.000 won", 1000, "KRW", "1.000 won"),
        ("5 juta yuan", 5_000_000, "CNY", "5 juta yuan"),
        ("3 riyal", 3, "SAR", "3 riyal"),
        ("empat dirham", 4, "AED", "empat dirham"),
        ("100 baht", 100, "THB", "100 baht"),
        ("50 rupee", 50, "INR", "50 rupee"),
        ("dua ratus ribu rupiah", 200_000, "IDR", "dua ratus ribu rupiah"),
        ("2 miliar USD", 2_000_000_000, "USD", "2 miliar USD"),
        ("45 juta IDR", 45_000_000, "IDR", "45 juta IDR"),
        ("lima belas dolar", 15, "USD", "lima belas dolar"),
        ("20 dollars", 20, "USD", "20 dollars"),
        ("1,5 miliar dolar AS", 1_500_000_000, "USD", "1,5 miliar dolar AS"),
        ("500 rubel", 500, "RUB", "500 rubel"),
        ("75 lira Turki", 75, "TRY", "75 lira Turki"),
    ],
)
def test_currency_after_the_amount(text, value, unit, raw):
    quantity = _one(text)
    assert (quantity.value, quantity.unit, quantity.raw) == (value, unit, raw)


def test_a_symbol_before_the_next_amount_is_that_amount_s_prefix():
    # "100 USD 200" is hardly news; but "$" before digits belongs to the digits after it.
    assert _found("naik dari 100 $200 kemarin") == [
        ("100", 100, 100, 100, None),
        ("$200", 200, 200, 200, "USD"),
    ]


def test_every_currency_unit_is_an_iso_code_from_the_one_table():
    codes = {code for code, _ in table.CURRENCIES.values()}
    assert all(len(code) == 3 and code.isupper() for code in codes)
    spellings = set(table.CURRENCY_PREFIXES) | set(table.CURRENCY_WORDS) | set(table.CURRENCY_SUFFIXES)
    assert spellings == set(table.CURRENCIES)


@pytest.mark.parametrize("spelling", sorted(table.CURRENCY_WORDS))
def test_every_currency_name_reads_after_an_amount(spelling):
    quantity = _one(f"sebesar 12 {spelling}")
    assert (quantity.value, quantity.unit) == (12, table.CURRENCIES[spelling][0])


@pytest.mark.parametrize("spelling", sorted(table.CURRENCY_PREFIXES))
def test_every_currency_prefix_reads_before_an_amount(spelling):
    written = spelling.upper() if spelling.isalpha() else spelling
    quantity = _one(f"sebesar {written} 12")
    assert (quantity.value, quantity.unit) == (12, table.CURRENCIES[spelling][0])


@pytest.mark.parametrize("spelling", sorted(table.CURRENCY_SUFFIXES))
def test_every_currency_symbol_and_code_reads_glued_after_an_amount(spelling):
    quantity = _one(f"sebesar 12{spelling.upper()}")
    assert (quantity.value, quantity.unit) == (12, table.CURRENCIES[spelling][0])


# --- signs, leading zeros, decimals alone -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "raw"),
    [
        ("- 2.500.000", -2_500_000, "- 2.500.000"),
        ("  -  Rp 750.000", -750_000, "-  Rp 750.000"),
        ("negatif 500", -500, "negatif 500"),
        ("Negatif 1,5 persen", Decimal("-1.5"), "Negatif 1,5 persen"),
        ("minus 3", -3, "minus 3"),
        ("0042", 42, "0042"),
        ("007 orang", 7, "007 orang"),
        (",25", Decimal("0.25"), ",25"),
        (",5 persen", Decimal("0.5"), ",5 persen"),
    ],
)
def test_signs_leading_zeros_and_decimals_alone(text, value, raw):
    quantity = _one(text)
    assert (quantity.value, quantity.raw) == (value, raw)


def test_a_decimal_alone_follows_the_separator_parameter():
    assert _one(".25", decimal_separator=".").value == Decimal("0.25")
    assert parse_quantity(".25") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A dash apart from the digits opens a list item in running text: no sign.
        (
            "- 5 orang tewas\n- 12 orang luka",
            [("5 orang", 5, 5, 5, "orang"), ("12 orang", 12, 12, 12, "orang")],
        ),
        # Leading zeros are codes in running text: RT/RW, a room, a badge.
        ("Warga RT 005 dan kamar 0042 melapor", []),
        ("Agen 007 beraksi", []),
        # "- 2.500.000" inside a sentence is a dash, then an amount.
        ("saldo - 2.500.000", [("2.500.000", 2_500_000, 2_500_000, 2_500_000, None)]),
    ],
)
def test_running_text_leaves_spaced_dashes_and_leading_zeros_alone(text, expected):
    assert _found(text) == expected


# --- Rp 1.5 juta --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Rp 1.5 juta", 1_500_000),
        ("Rp 2.75 miliar", 2_750_000_000),
        ("US$ 1.2 triliun", 1_200_000_000_000),
        ("sekitar 3.5 ribu warga", 3500),
        ("1.5 jt", 1_500_000),
        ("Rp 1.500 juta", 1_500_000_000),
        ("Rp 1.500 miliar", 1_500_000_000_000),
    ],
)
def test_a_dot_and_one_or_two_digits_before_a_scale_is_a_decimal_point(text, value):
    assert _one(text).value == value


def test_the_comma_likewise_with_english_separators():
    assert _one("Rp 1,5 juta", decimal_separator=".").value == 1_500_000
    assert _one("Rp 1,500 juta", decimal_separator=".").value == 1_500_000_000


@pytest.mark.parametrize("text", ["1.5", "pukul 13.05", "1.5 orang"])
def test_a_dot_without_a_scale_word_is_still_no_decimal_point(text):
    assert find_quantities(text) == [] or find_quantities(text)[0].value != Decimal("1.5")


def test_rupiah_decimal_point_in_running_text():
    text = "Harga rumah itu Rp 1.5 juta per meter persegi, naik dari Rp 1.2 juta."
    found = find_quantities(text)
    assert [(q.raw, q.value, q.unit, q.per) for q in found] == [
        ("Rp 1.5 juta per meter persegi", 1_500_000, "IDR", "meter persegi"),
        ("Rp 1.2 juta", 1_200_000, "IDR", None),
    ]


# --- ranges with the unit on one end or both ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "low", "high", "unit", "qualifier", "raw"),
    [
        ("dari 5 dolar sampai 8 dolar", 5, 8, "USD", None, "dari 5 dolar sampai 8 dolar"),
        ("sekitar 3 euro hingga 4 euro", 3, 4, "EUR", "approx", "sekitar 3 euro hingga 4 euro"),
        ("2000-5000 Rupiah", 2000, 5000, "IDR", None, "2000-5000 Rupiah"),
        (
            "antara Rp 5 juta dan Rp 7 juta",
            5_000_000,
            7_000_000,
            "IDR",
            None,
            "antara Rp 5 juta dan Rp 7 juta",
        ),
        ("Rp 5-7 juta", 5_000_000, 7_000_000, "IDR", None, "Rp 5-7 juta"),
        ("5$-8$", 5, 8, "USD", None, "5$-8$"),
        ("$5 - $8", 5, 8, "USD", None, "$5 - $8"),
        ("antara 5 dan 7 dolar", 5, 7, "USD", None, "antara 5 dan 7 dolar"),
        ("10 hingga 12 ribu yen", 10_000, 12_000, "JPY", None, "10 hingga 12 ribu yen"),
        ("5 km hingga 8 km", 5, 8, "km", None, "5 km hingga 8 km"),
        ("20% - 30%", 20, 30, "persen", None, "20% - 30%"),
        (
            "dari 1,5 juta sampai 2 juta barel",
            1_500_000,
            2_000_000,
            "barel",
            None,
            "dari 1,5 juta sampai 2 juta barel",
        ),
        ("Rp 5.000-7.000 per kg", 5000, 7000, "IDR", None, "Rp 5.000-7.000 per kg"),
    ],
)
def test_ranges_in_every_form(text, low, high, unit, qualifier, raw):  # noqa: PLR0917 (one row per case)
    quantity = _one(text)
    assert quantity.value is None
    assert (quantity.low, quantity.high, quantity.unit, quantity.qualifier, quantity.raw) == (
        low,
        high,
        unit,
        qualifier,
        raw,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two currencies are two amounts.
        ("dari 5 dolar sampai 8 euro", [("5 dolar", 5, 5, 5, "USD"), ("8 euro", 8, 8, 8, "EUR")]),
        # A unit on the first end only: a percentage, then a year.
        ("inflasi 5 persen hingga 2025", [("5 persen", 5, 5, 5, "persen")]),
        # Descending: no range.
        (
            "turun dari 10 dolar hingga 5 dolar",
            [("10 dolar", 10, 10, 10, "USD"), ("5 dolar", 5, 5, 5, "USD")],
        ),
    ],
)
def test_what_is_not_one_range(text, expected):
    assert _found(text) == expected


# --- comparatives -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "qualifier", "raw"),
    [
        ("lebih murah dari 5 dolar", "below", "lebih murah dari 5 dolar"),
        ("Lebih mahal daripada Rp 5 juta", "above", "Lebih mahal daripada Rp 5 juta"),
        ("penjualan melewati 100 ribu unit", "above", "melewati 100 ribu unit"),
        ("utang melampaui Rp 1 triliun", "above", "melampaui Rp 1 triliun"),
        ("di bawah 5 persen", "below", "di bawah 5 persen"),
        ("di atas 10 dolar", "above", "di atas 10 dolar"),
        ("tidak sampai 5 orang", "below", "tidak sampai 5 orang"),
        ("kurang dari 3 euro", "below", "kurang dari 3 euro"),
        ("tak lebih dari 20 dolar", "at_most", "tak lebih dari 20 dolar"),
        ("tidak melebihi Rp 500 ribu", "at_most", "tidak melebihi Rp 500 ribu"),
        ("lebih rendah dari 4 persen", "below", "lebih rendah dari 4 persen"),
        ("lebih tinggi daripada 4 persen", "above", "lebih tinggi daripada 4 persen"),
    ],
)
def test_comparatives_are_qualifiers(text, qualifier, raw):
    quantity = _one(text)
    assert (quantity.qualifier, quantity.raw) == (qualifier, raw)


def test_a_comparative_in_running_text():
    text = "Harga cabai kini lebih murah daripada Rp 40.000 per kg, kata pedagang."
    (quantity,) = find_quantities(text)
    assert (quantity.raw, quantity.value, quantity.unit, quantity.per, quantity.qualifier) == (
        "lebih murah daripada Rp 40.000 per kg",
        40_000,
        "IDR",
        "kg",
        "below",
    )


# --- rates --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit", "per", "raw"),
    [
        ("Rp 80.000 per kg", 80_000, "IDR", "kg", "Rp 80.000 per kg"),
        ("Rp 15.000/kg", 15_000, "IDR", "kg", "Rp 15.000/kg"),
        ("1,2 juta barel per hari", 1_200_000, "barel", "hari", "1,2 juta barel per hari"),
        ("Rp 3 juta per bulan", 3_000_000, "IDR", "bulan", "Rp 3 juta per bulan"),
        ("Rp 3 juta sebulan", 3_000_000, "IDR", "bulan", "Rp 3 juta sebulan"),
        ("Rp 50 rb/bln", 50_000, "IDR", "bulan", "Rp 50 rb/bln"),
        ("2 dolar per liter", 2, "USD", "liter", "2 dolar per liter"),
        ("Rp 10.000 tiap hari", 10_000, "IDR", "hari", "Rp 10.000 tiap hari"),
        ("tiga kali seminggu", 3, "kali", "minggu", "tiga kali seminggu"),
        ("5 persen per tahun", 5, "persen", "tahun", "5 persen per tahun"),
        ("Rp 2.500,- per lembar", 2500, "IDR", "lembar", "Rp 2.500,- per lembar"),
        ("Rp1.500.000,00/bulan", 1_500_000, "IDR", "bulan", "Rp1.500.000,00/bulan"),
        ("Rp 250.000 per meter persegi", 250_000, "IDR", "meter persegi", "Rp 250.000 per meter persegi"),
        ("Rp 9.000 per m2", 9000, "IDR", "m2", "Rp 9.000 per m2"),
        ("Rp 1.000 per Kg", 1000, "IDR", "kg", "Rp 1.000 per Kg"),
        ("kurs Rp 16.200 per dolar AS", 16_200, "IDR", "USD", "Rp 16.200 per dolar AS"),
        ("15.000 rupiah/USD", 15_000, "IDR", "USD", "15.000 rupiah/USD"),
    ],
)
def test_rates_keep_what_they_are_per(text, value, unit, per, raw):
    quantity = _one(text)
    assert (quantity.value, quantity.unit, quantity.per, quantity.raw) == (value, unit, per, raw)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("60 km/jam", "km/jam"),
        ("60 km per jam", "km/jam"),
        ("10 m/s", "m/detik"),
        ("80 kilometer per jam", "kilometer per jam"),
    ],
)
def test_a_speed_is_a_unit_of_its_own(text, unit):
    quantity = _one(text)
    assert (quantity.unit, quantity.per) == (unit, None)


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("Kasus mencapai 500 per hari ini", "500"),
        ("tercatat 500 orang per hari Senin", "500 orang"),
        ("harga Rp 5.000 per 1 Januari", "Rp 5.000"),
        ("jumlahnya 300 per Januari 2025", "300"),
        ("5 orang tewas semalam", "5 orang"),
        ("Warga RT 05/RW 02 berkumpul, 30 orang/KK hadir", "30 orang"),
    ],
)
def test_per_as_of_a_date_is_no_rate(text, raw):
    quantities = find_quantities(text)
    assert [(q.raw, q.per) for q in quantities] == [(raw, None)]


def test_to_dict_holds_every_field_as_json():
    quantity = _one("sekitar Rp 1,5 juta per bulan")
    data = quantity.to_dict()
    assert data == {
        "value": 1_500_000,
        "low": 1_500_000,
        "high": 1_500_000,
        "unit": "IDR",
        "per": "bulan",
        "qualifier": "approx",
        "raw": "sekitar Rp 1,5 juta per bulan",
        "span": [0, 29],
    }
    assert json.loads(json.dumps(data)) == data
    assert _one("0,25 persen").to_dict()["value"] == "0.25"


# --- not quantities ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "+62 812-3456-7890",
        "(021) 555-1234",
        "0812 3456 7890",
        "0812-3456-7890",
        "(0274) 512 345",
        "+62 21 5550 1234",
        "B 1234 KJT",
        "AB 12 XY",
    ],
)
def test_telephone_numbers_and_plates_are_not_quantities(text):
    assert parse_quantity(text) is None
    assert find_quantities(f"Hubungi {text} untuk info.") == []


def test_a_telephone_number_beside_amounts():
    text = "Pesan 3 porsi seharga Rp 45.000 lewat (021) 555-1234 atau +62 812-3456-7890 hari ini."
    assert [q.raw for q in find_quantities(text)] == ["3 porsi", "Rp 45.000"]


@pytest.mark.parametrize(
    "text",
    [
        "Pesawat Boeing 737-800 itu mendarat.",
        "Ia memakai ponsel Galaxy S24 dan kartu grafis RTX4090.",
        "Kode produk SKU-88231 dan tipe 2000 habis.",
        "Antrean pembeli ponsel iPhone 15 mengular.",
    ],
)
def test_model_and_product_codes_are_not_quantities(text):
    assert find_quantities(text) == []
