"""beritaparse.numbers: the seed cases and one test per form the issue lists, values worked out by hand."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from beritaparse.errors import InputTypeError
from beritaparse.numbers import Quantity, find_quantities, parse_quantity

DATA = Path(__file__).parent / "data" / "normalization.json"
SEED_CASES = json.loads(DATA.read_text(encoding="utf-8"))["numbers"]


def test_all_seed_cases_are_loaded():
    assert len(SEED_CASES) == 33


@pytest.mark.parametrize(
    ("text", "expected", "unit", "qualifier"), SEED_CASES, ids=[c[0] for c in SEED_CASES]
)
def test_seed_case(text, expected, unit, qualifier):
    quantity = parse_quantity(text)
    assert quantity is not None
    if isinstance(expected, list):
        assert quantity.value is None
        assert [quantity.low, quantity.high] == expected
    else:
        assert quantity.value == Decimal(str(expected))
        assert quantity.low == quantity.high == quantity.value
    assert quantity.unit == unit
    assert quantity.qualifier == qualifier
    assert text[quantity.span[0] : quantity.span[1]] == quantity.raw


def test_exact_values_are_int_when_whole_and_decimal_otherwise():
    whole = parse_quantity("1,5 juta")
    assert whole is not None
    assert type(whole.value) is int
    half = parse_quantity("hingga separuhnya")
    assert half is not None
    assert half.value == Decimal("0.5")
    assert type(half.value) is Decimal


def _one(text: str, **kwargs: str) -> Quantity:
    quantity = parse_quantity(text, **kwargs)  # type: ignore[arg-type]
    assert quantity is not None, text
    return quantity


# --- digits and separators -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("10.000", 10000),
        ("1,5", Decimal("1.5")),
        ("1.234.567,89", Decimal("1234567.89")),
        ("0,25", Decimal("0.25")),
        ("7", 7),
    ],
)
def test_indonesian_separators(text, value):
    assert _one(text).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [("10,000", 10000), ("1.5", Decimal("1.5")), ("1,234,567.89", Decimal("1234567.89"))],
)
def test_english_separators_by_parameter(text, value):
    assert _one(text, decimal_separator=".").value == value


def test_the_separator_is_never_guessed():
    # "1.5" is not a well-formed Indonesian number, so it is not read as 15 or 1.5.
    assert parse_quantity("1.5") is None
    assert parse_quantity("2,5", decimal_separator=".") is None


# --- scale words and short forms -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("10 ribu", 10_000, None),
        ("10 rb", 10_000, None),
        ("1,2 juta", 1_200_000, None),
        ("300 jt", 300_000_000, None),
        ("Rp 12,75 miliar", 12_750_000_000, "IDR"),
        ("Rp 5 M", 5_000_000_000, "IDR"),
        ("Rp 300 jt", 300_000_000, "IDR"),
        ("Rp1,2 T", 1_200_000_000_000, "IDR"),
        ("$300 miliar", 300_000_000_000, "USD"),
        ("US$ 1,2 miliar", 1_200_000_000, "USD"),
        ("USD 45 juta", 45_000_000, "USD"),
        ("Rp 2.500,-", 2500, "IDR"),
        ("5 juta rupiah", 5_000_000, "IDR"),
        ("300 juta dolar AS", 300_000_000, "USD"),
        ("2 milyar", 2_000_000_000, None),
    ],
)
def test_scales_and_currencies(text, value, unit):
    quantity = _one(text)
    assert (quantity.value, quantity.unit) == (value, unit)


def test_short_scale_m_needs_a_currency():
    # Without a currency "5 M" is five metres, not five billion.
    quantity = _one("5 M")
    assert (quantity.value, quantity.unit) == (5, "m")


# --- number words ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("satu", 1),
        ("sembilan", 9),
        ("sepuluh", 10),
        ("sebelas", 11),
        ("tujuh belas", 17),
        ("seratus", 100),
        ("seribu", 1000),
        ("seratus dua belas ribu", 112_000),
        ("tiga juta dua ratus ribu", 3_200_000),
        ("dua miliar lima ratus juta", 2_500_000_000),
        ("empat triliun", 4_000_000_000_000),
        ("Sembilan Ratus Sembilan Puluh Sembilan", 999),
    ],
)
def test_number_words(text, value):
    assert _one(text).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("setengah", Decimal("0.5")),
        ("separuhnya", Decimal("0.5")),
        ("seperempat", Decimal("0.25")),
        ("tiga perempat", Decimal("0.75")),
        ("satu setengah juta", 1_500_000),
        ("dua setengah", Decimal("2.5")),
        ("setengah juta", 500_000),
    ],
)
def test_fractions(text, value):
    assert _one(text).value == value


def test_a_third_is_decimal_to_28_digits():
    third = _one("sepertiga").value
    assert isinstance(third, Decimal)
    assert abs(third - Decimal(1) / Decimal(3)) < Decimal("1e-27")


# --- vague plurals ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("belasan", 11, 19),
        ("puluhan", 10, 99),
        ("ratusan", 100, 999),
        ("ribuan", 1000, None),
        ("puluhan ribu", 10_000, 99_999),
        ("belasan ribu", 11_000, 19_999),
        ("ratusan juta", 100_000_000, 999_999_999),
        ("jutaan", 1_000_000, None),
    ],
)
def test_vague_plurals_are_approximate_ranges(text, low, high):
    quantity = _one(text)
    assert (quantity.value, quantity.low, quantity.high, quantity.qualifier) == (None, low, high, "approx")


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("20-an", 20, 29),
        ("20an", 20, 29),
        ("100-an", 100, 199),
        ("1.000-an", 1000, 1999),
        ("50 ribuan", 50_000, 59_999),
        ("5 ribuan", 5000, 5999),
        ("2 jutaan", 2_000_000, 2_999_999),
    ],
)
def test_an_suffix_is_an_approximate_range(text, low, high):
    quantity = _one(text)
    assert (quantity.value, quantity.low, quantity.high, quantity.qualifier) == (None, low, high, "approx")


def test_an_suffix_after_a_fraction_is_approximate_exact_value():
    quantity = _one("1,5 jutaan")
    assert (quantity.value, quantity.qualifier) == (1_500_000, "approx")


def test_an_explicit_qualifier_wins_over_vague_approx():
    assert _one("lebih dari ratusan orang").qualifier == "above"


# --- ranges ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("10.000 hingga 12.000", 10_000, 12_000, None),
        ("5-7 meter", 5, 7, "meter"),
        ("5 – 7 meter", 5, 7, "meter"),
        ("antara 5 dan 7", 5, 7, None),
        ("10 sampai 15 tahun", 10, 15, "tahun"),
        ("10 sampai dengan 15 tahun", 10, 15, "tahun"),
        ("1,5 hingga 2 juta", 1_500_000, 2_000_000, None),
        ("Rp 2-3 triliun", 2_000_000_000_000, 3_000_000_000_000, "IDR"),
        ("dua hingga tiga hari", 2, 3, "hari"),
        ("puluhan hingga ratusan orang", 10, 999, "orang"),
    ],
)
def test_ranges(text, low, high, unit):
    quantity = _one(text)
    assert (quantity.value, quantity.low, quantity.high, quantity.unit) == (None, low, high, unit)
    assert quantity.raw == text


def test_a_descending_pair_is_not_a_range():
    quantity = _one("turun dari 10 hingga 5 persen")
    assert (quantity.value, quantity.unit) == (10, None)


# --- qualifiers ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("sekitar 5 orang", "approx"),
        ("kira-kira 5 orang", "approx"),
        ("sekira 5 orang", "approx"),
        ("kurang lebih 5 orang", "approx"),
        ("lebih dari 5 orang", "above"),
        ("di atas 5 persen", "above"),
        ("hampir 5 orang", "below"),
        ("kurang dari 5 orang", "below"),
        ("nyaris 5 orang", "below"),
        ("di bawah 5 persen", "below"),
        ("setidaknya 5 orang", "at_least"),
        ("sedikitnya 5 orang", "at_least"),
        ("minimal 5 orang", "at_least"),
        ("tidak kurang dari 5 orang", "at_least"),
        ("maksimal 5 orang", "at_most"),
        ("paling banyak 5 orang", "at_most"),
        ("tidak lebih dari 5 orang", "at_most"),
    ],
)
def test_qualifiers(text, qualifier):
    quantity = _one(text)
    assert quantity.value == 5
    assert quantity.qualifier == qualifier
    assert quantity.raw == text


@pytest.mark.parametrize(
    ("text", "unit", "raw"),
    [("5 ribu lebih", None, "5 ribu lebih"), ("5 ribu lebih pasukan", "pasukan", "5 ribu lebih pasukan")],
)
def test_postfix_lebih_is_above(text, unit, raw):
    quantity = _one(text)
    assert (quantity.value, quantity.unit, quantity.qualifier, quantity.raw) == (5000, unit, "above", raw)


def test_sebanyak_is_no_qualifier():
    quantity = _one("sebanyak 5 orang")
    assert (quantity.value, quantity.qualifier, quantity.raw) == (5, None, "5 orang")


def test_comparative_lebih_is_not_above():
    quantity = _one("10 persen lebih tinggi")
    assert (quantity.value, quantity.unit, quantity.qualifier, quantity.raw) == (
        10,
        "persen",
        None,
        "10 persen",
    )


# --- units and counted nouns -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("50 persen", "persen"),
        ("50%", "persen"),
        ("12 km", "km"),
        ("12km", "km"),
        ("12 kilometer", "kilometer"),
        ("30 km2", "km2"),
        ("30 km²", "km2"),
        ("30 km persegi", "km2"),
        ("25 mil", "mil"),
        ("40 kg", "kg"),
        ("3 ton", "ton"),
        ("7 meter", "meter"),
        ("120 km/jam", "km/jam"),
        ("dua kali lipat", "kali lipat"),
        ("200 kepala keluarga", "kepala keluarga"),
        ("5 ekor sapi", "sapi"),
        ("3 unit rumah", "rumah"),
        ("3 unit", "unit"),
        ("18 Kampus ternama", "kampus"),
        ("10 ribu pasukanku", "pasukan"),
        ("2 diplomat", "diplomat"),
        ("5 menit", "menit"),
    ],
)
def test_units_and_nouns(text, unit):
    assert _one(text).unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "17 sembuh",
        "17 kepadanya",
        "17 ditangkap",
        "17 dievakuasi",
        "17 menyerang",
        "17 terluka",
        "17 dan 18",
        "17 yang",
        "17 tewas",
    ],
)
def test_verbs_and_function_words_are_not_units(text):
    quantity = _one(text)
    assert (quantity.value, quantity.unit, quantity.raw) == (17, None, "17")


# --- running text ----------------------------------------------------------------------------------


def _found(text: str) -> list[tuple[str, object, object, object, str | None]]:
    return [(q.raw, q.value, q.low, q.high, q.unit) for q in find_quantities(text)]


def test_find_quantities_in_order_with_spans():
    text = "Sekitar 300 prajurit tewas dan 2.700 prajurit lainnya terluka, kata NIS."
    found = find_quantities(text)
    assert [(q.raw, q.value, q.unit) for q in found] == [
        ("Sekitar 300 prajurit", 300, "prajurit"),
        ("2.700 prajurit", 2700, "prajurit"),
    ]
    assert [text[q.span[0] : q.span[1]] for q in found] == [q.raw for q in found]


@pytest.mark.parametrize(
    "text",
    [
        "Pada 2025 lalu ia datang.",
        "Tahun 2024 berakhir.",
        "Senin (16/12/2024) rapat.",
        "Rabu (17/12) malam.",
        "pukul 13:05 WIB",
        "pukul 13.05 WIB",
        "17 Desember 2024",
        "juara ke-3",
        "Covid-19 menyebar",
        "KTT G20 digelar",
        "Hubungi 0812-3456-7890.",
        "telepon (021) 555-1234",
        "ia satu-satunya calon",
        "seorang warga",
        "salah satu warga",
        "saling membantu satu sama lain",
        "satu per satu",
        "Pasal 5 ayat 2",
        "jaringan 5G",
        "era 1990-an",
        "1. Pertama\n2. Kedua",
        "https://example.com/2024/12/17/berita-123",
        "jenderal bintang lima",
        "kendaraan roda empat",
        "pedagang kaki lima",
        "Rp itu, satunya lagi",
        "kalah 0-3",
        "babak 16 besar",
        "1 Syawal 1445 H",
        "jam 10 pagi",
        "pukul 13 WIB",
    ],
)
def test_running_text_leaves_out_what_is_not_a_quantity(text):
    assert _found(text) == []


def test_a_four_digit_count_of_people_is_not_a_year():
    assert _found("2000 orang mengungsi") == [("2000 orang", 2000, 2000, 2000, "orang")]


def test_a_year_that_a_qualifier_precedes_is_a_quantity():
    assert _found("sekitar 2000 dolar") == [("sekitar 2000 dolar", 2000, 2000, 2000, "USD")]


def test_parse_quantity_reads_what_find_quantities_leaves_out():
    # The caller says the expression is a quantity, so a bare year-like number is one.
    assert _one("2025").value == 2025


def test_no_quantity_gives_none_and_empty():
    assert parse_quantity("tidak ada angka di sini") is None
    assert find_quantities("") == []


# --- errors ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("bad", [None, b"10 ribu", 10, ["10"]])
def test_non_str_input_raises_input_type_error(bad):
    with pytest.raises(InputTypeError):
        parse_quantity(bad)
    with pytest.raises(InputTypeError):
        find_quantities(bad)


def test_unknown_decimal_separator_raises_input_type_error():
    with pytest.raises(InputTypeError, match="decimal_separator"):
        parse_quantity("1,5", decimal_separator=" ")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        find_quantities("1,5", decimal_separator="")  # type: ignore[arg-type]
