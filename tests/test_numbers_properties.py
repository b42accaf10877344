"""Property-based tests of beritaparse.numbers, with num2words as an independent oracle for number words."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import example, given, settings
from hypothesis import strategies as st
from num2words import num2words

from beritaparse.numbers import find_quantities, parse_quantity
from beritaparse.numbers._table import CURRENCIES

# The scanner loads on the first call (issue 14); load it now, so that no example's deadline pays for it.
find_quantities("")

SCALES = {"": 1, "ribu": 10**3, "rb": 10**3, "juta": 10**6, "jt": 10**6, "miliar": 10**9, "triliun": 10**12}


@settings(max_examples=500)
@given(st.integers(min_value=0, max_value=10**15))
@example(0)
@example(10**15)
@example(112_000)
@example(1_001_000)
@example(10**12 + 11)
def test_num2words_indonesian_words_parse_back(n):
    words = num2words(n, lang="id")
    quantity = parse_quantity(words)
    assert quantity is not None, words
    assert quantity.value == n, words
    assert quantity.raw == words
    assert quantity.unit is None


@given(st.integers(min_value=0, max_value=10**15))
def test_num2words_in_running_text_is_found_whole(n):
    words = num2words(n, lang="id")
    text = f"Tercatat {words} pada laporan itu."
    found = find_quantities(text)
    assert [(q.value, q.raw) for q in found] == [(n, words)]


def _group(integer: int, separator: str) -> str:
    return f"{integer:,}".replace(",", separator)


def _decimal_strategy() -> st.SearchStrategy[tuple[int, str]]:
    return st.tuples(
        st.integers(min_value=0, max_value=10**12), st.sampled_from(["", "0", "5", "25", "125", "05"])
    )


@given(_decimal_strategy(), st.sampled_from(sorted(SCALES)))
def test_indonesian_separators_parse_back(parts, scale_word):
    integer, fraction = parts
    written = _group(integer, ".") + (f",{fraction}" if fraction else "")
    text = f"{written} {scale_word}".strip()
    expected = Decimal(f"{integer}.{fraction or '0'}") * SCALES[scale_word]
    quantity = parse_quantity(text)
    assert quantity is not None, text
    assert quantity.value == expected, text
    assert quantity.raw == text
    if quantity.value is not None and expected == expected.to_integral_value():
        assert type(quantity.value) is int


@given(_decimal_strategy(), st.sampled_from(sorted(SCALES)))
def test_indonesian_separators_in_running_text(parts, scale_word):
    integer, fraction = parts
    written = _group(integer, ".") + (f",{fraction}" if fraction else "")
    number = f"{written} {scale_word}".strip()
    expected = Decimal(f"{integer}.{fraction or '0'}") * SCALES[scale_word]
    found = find_quantities(f"Nilainya {number}, kata dia.")
    assert [(q.raw, q.value) for q in found] == [(number, expected)]


@given(_decimal_strategy(), st.sampled_from(sorted(SCALES)))
def test_english_separators_parse_back_with_the_parameter(parts, scale_word):
    integer, fraction = parts
    written = _group(integer, ",") + (f".{fraction}" if fraction else "")
    text = f"{written} {scale_word}".strip()
    expected = Decimal(f"{integer}.{fraction or '0'}") * SCALES[scale_word]
    quantity = parse_quantity(text, decimal_separator=".")
    assert quantity is not None, text
    assert quantity.value == expected, text


@given(st.integers(min_value=1, max_value=10**9), st.sampled_from(["Rp ", "Rp", "US$ ", "$"]))
def test_currency_amounts_parse_back(integer, currency):
    text = f"{currency}{_group(integer, '.')}"
    quantity = parse_quantity(text)
    assert quantity is not None
    assert quantity.value == integer
    assert quantity.unit == ("IDR" if currency.startswith("Rp") else "USD")


FRAGMENTS = st.sampled_from(
    [
        "sekitar",
        "lebih dari",
        "hampir",
        "Rp",
        "Rp ",
        "$",
        "US$",
        "10.000",
        "1,5",
        "2025",
        "17/12",
        "13.05",
        "tiga",
        "puluh",
        "belas",
        "ratus",
        "ribu",
        "juta",
        "miliar",
        "M",
        "T",
        "jt",
        "rb",
        "puluhan",
        "jutaan",
        "setengah",
        "separuhnya",
        "hingga",
        "sampai",
        "-",
        "–",
        "antara",
        "dan",
        "lebih",
        "persen",
        "%",
        "km",
        "persegi",
        "orang",
        "tentara",
        "pasukannya",
        "kali",
        "lipat",
        "(",
        ")",
        ",",
        ".",
        "\n",
        "ke-",
        "0812",
        "satu",
        "sama",
        "lain",
        "salah",
        "Covid-19",
        "G20",
        "tahun",
        "pukul",
        "ekor",
        "sapi",
        "ditangkap",
        "dolar",
        "euro",
        "€",
        "15$",
        "pound",
        "USD",
        "negatif",
        "dari",
        "lebih murah dari",
        "melewati",
        "per",
        "/kg",
        "kg",
        "hari",
        "sebulan",
        "+62",
        "(021)",
        "555-1234",
        "B",
        "KJT",
        "0042",
        ",25",
        "1.5",
    ]
)


@given(st.lists(FRAGMENTS, max_size=25), st.sampled_from([" ", "", "  "]))
def test_find_quantities_spans_slice_to_raw_in_order(fragments, joiner):
    text = joiner.join(fragments)
    found = find_quantities(text)
    previous_end = 0
    for quantity in found:
        start, end = quantity.span
        assert text[start:end] == quantity.raw
        assert previous_end <= start < end
        previous_end = end
        assert quantity.raw == quantity.raw.strip()


@given(st.lists(FRAGMENTS, max_size=25).map(" ".join))
def test_bounds_are_consistent(text):
    for quantity in find_quantities(text):
        if quantity.value is not None:
            assert quantity.low == quantity.high == quantity.value
        else:
            assert quantity.low is not None
            assert quantity.high is None or quantity.low < quantity.high
        assert quantity.qualifier in (None, "approx", "above", "below", "at_least", "at_most")


@given(st.lists(FRAGMENTS, max_size=25).map(" ".join))
def test_reading_raw_again_gives_the_same_quantity(text):
    for quantity in find_quantities(text):
        again = parse_quantity(quantity.raw)
        assert again is not None, quantity
        assert (again.value, again.low, again.high, again.unit, again.qualifier, again.raw, again.per) == (
            quantity.value,
            quantity.low,
            quantity.high,
            quantity.unit,
            quantity.qualifier,
            quantity.raw,
            quantity.per,
        )


@given(st.text(max_size=300), st.sampled_from([",", "."]))
def test_nothing_raises_on_arbitrary_text(text, separator):
    for quantity in find_quantities(text, decimal_separator=separator):
        assert text[quantity.span[0] : quantity.span[1]] == quantity.raw
    parsed = parse_quantity(text, decimal_separator=separator)
    assert parsed is None or text[parsed.span[0] : parsed.span[1]] == parsed.raw


@given(st.text(alphabet="0123456789.,-–/: RpM", max_size=80))
def test_nothing_raises_on_digit_soup(text):
    for quantity in find_quantities(text):
        assert text[quantity.span[0] : quantity.span[1]] == quantity.raw


# --- currencies in every spelling and position, ranges with the unit on either or both ends --------------

_BEFORE = sorted(spelling for spelling, (_, place) in CURRENCIES.items() if place != "after")
_AFTER = sorted(spelling for spelling, (_, place) in CURRENCIES.items() if place != "before")
_GLUED_AFTER = sorted(spelling for spelling, (_, place) in CURRENCIES.items() if place == "both")


def _written(spelling: str, case: str) -> str:
    """A spelling as news may write it: lower case, capitalised or in capitals."""
    return {"lower": spelling, "title": spelling.title(), "upper": spelling.upper()}[case]


_AMOUNTS = st.one_of(
    st.integers(min_value=1, max_value=10**12).map(lambda n: (n, _group(n, "."))),
    st.integers(min_value=1, max_value=10**12).map(lambda n: (n, num2words(n, lang="id"))),
)
_CASES = st.sampled_from(["lower", "title", "upper"])


@given(_AMOUNTS, st.sampled_from(_BEFORE), _CASES, st.sampled_from([" ", ""]))
def test_amounts_with_every_currency_before_them(amount, spelling, case, space):
    value, number = amount
    if not number[0].isdigit():
        space = " "  # words after a currency take a space: "Rp dua ribu"
    text = f"{_written(spelling, case)}{space}{number}"
    quantity = parse_quantity(text)
    assert quantity is not None, text
    assert (quantity.value, quantity.unit, quantity.raw) == (value, CURRENCIES[spelling][0], text)


@given(_AMOUNTS, st.sampled_from(_AFTER), _CASES, st.sampled_from([" ", ""]))
def test_amounts_with_every_currency_after_them(amount, spelling, case, space):
    value, number = amount
    if spelling not in _GLUED_AFTER or not number[-1].isdigit():
        space = " "  # only symbols and codes are glued to digits: "15$", "50Rp"
    text = f"{number}{space}{_written(spelling, case)}"
    quantity = parse_quantity(text)
    assert quantity is not None, text
    assert (quantity.value, quantity.unit, quantity.raw) == (value, CURRENCIES[spelling][0], text)
    found = find_quantities(f"Nilainya {text}, kata dia.")
    assert [(q.raw, q.value, q.unit) for q in found] == [(text, value, CURRENCIES[spelling][0])]


# Units for ranges: currency names and codes after the number, and units of the table.
_RANGE_UNITS = {
    "dolar": "USD",
    "euro": "EUR",
    "yen": "JPY",
    "rupiah": "IDR",
    "ringgit": "MYR",
    "pound": "GBP",
    "USD": "USD",
    "$": "USD",
    "€": "EUR",
    "km": "km",
    "kg": "kg",
    "persen": "persen",
    "%": "persen",
    "MW": "MW",
}
_SEPARATORS = ["-", " - ", " – ", " hingga ", " sampai ", " sampai dengan ", " s.d. "]


def _range_number(n: int, grouped: bool) -> str:
    return _group(n, ".") if grouped else str(n)


@given(
    st.integers(min_value=1, max_value=10**9),
    st.integers(min_value=1, max_value=10**9),
    st.sampled_from(sorted(_RANGE_UNITS)),
    st.sampled_from(["second", "both"]),
    st.sampled_from([*_SEPARATORS, "antara", "dari"]),
    st.booleans(),
)
def test_ranges_with_the_unit_on_either_or_both_ends(low, delta, unit, ends, separator, grouped):  # noqa: PLR0917
    high = low + delta
    glue = "" if unit in ("$", "€", "%") else " "
    first = _range_number(low, grouped) + (glue + unit if ends == "both" else "")
    second = _range_number(high, grouped) + glue + unit
    if separator == "antara":
        text = f"antara {first} dan {second}"
    elif separator == "dari":
        text = f"dari {first} sampai {second}"
    else:
        text = f"{first}{separator}{second}"
    quantity = parse_quantity(text)
    assert quantity is not None, text
    assert (quantity.value, quantity.low, quantity.high) == (None, low, high), text
    assert (quantity.unit, quantity.raw) == (_RANGE_UNITS[unit], text)


@given(
    st.integers(min_value=1, max_value=10**9),
    st.integers(min_value=1, max_value=10**9),
    st.sampled_from(["Rp", "US$", "$", "€", "IDR"]),
    st.booleans(),
    st.sampled_from(_SEPARATORS),
)
def test_ranges_with_a_currency_before_either_or_both_ends(low, delta, prefix, both, separator):
    high = low + delta
    text = f"{prefix} {_group(low, '.')}{separator}{prefix + ' ' if both else ''}{_group(high, '.')}"
    quantity = parse_quantity(text)
    assert quantity is not None, text
    assert (quantity.value, quantity.low, quantity.high, quantity.raw) == (None, low, high, text)
    assert quantity.unit == CURRENCIES[prefix.lower()][0]


@given(
    st.integers(min_value=1, max_value=10**6),
    st.sampled_from(["km", "persen", "dolar", "euro"]),
    st.sampled_from([" hingga ", " sampai "]),
    st.integers(min_value=1, max_value=10**6),
)
def test_a_unit_on_the_first_end_only_makes_no_range(low, unit, separator, other):
    text = f"{low} {unit}{separator}{other}"
    quantity = parse_quantity(text)
    assert quantity is not None, text
    assert (quantity.value, quantity.raw) == (low, f"{low} {unit}")


@given(
    _AMOUNTS,
    st.sampled_from(["kg", "liter", "hari", "bulan", "orang", "m2", "ekor"]),
    st.sampled_from([" per ", "/", " tiap ", " setiap "]),
)
def test_rates_keep_what_they_are_per(amount, per, joiner):
    value, number = amount
    text = f"Rp {number}{joiner}{per}"
    quantity = parse_quantity(text)
    assert quantity is not None, text
    assert (quantity.value, quantity.unit, quantity.per, quantity.raw) == (value, "IDR", per, text)


@given(st.integers(min_value=1, max_value=10**12), st.sampled_from(["minus ", "negatif ", "-", "- "]))
def test_signs_make_any_amount_negative(n, sign):
    text = f"{sign}{_group(n, '.')}"
    quantity = parse_quantity(text)
    assert quantity is not None, text
    assert (quantity.value, quantity.raw) == (-n, text)


@given(
    st.integers(min_value=1, max_value=99),
    st.integers(min_value=0, max_value=99),
    st.sampled_from(["juta", "miliar", "triliun", "ribu", "jt", "rb"]),
)
def test_a_point_and_two_digits_before_a_scale_is_a_decimal_point(whole, hundredths, scale):
    scales = {"ribu": 10**3, "rb": 10**3, "juta": 10**6, "jt": 10**6, "miliar": 10**9, "triliun": 10**12}
    text = f"Rp {whole}.{hundredths:02d} {scale}"
    quantity = parse_quantity(text)
    assert quantity is not None, text
    assert quantity.value == Decimal(f"{whole}.{hundredths:02d}") * scales[scale]
