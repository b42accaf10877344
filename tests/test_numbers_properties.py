"""Property-based tests of beritaparse.numbers, with num2words as an independent oracle for number words."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import example, given, settings
from hypothesis import strategies as st
from num2words import num2words

from beritaparse.numbers import find_quantities, parse_quantity

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
        assert (again.value, again.low, again.high, again.unit, again.qualifier, again.raw) == (
            quantity.value,
            quantity.low,
            quantity.high,
            quantity.unit,
            quantity.qualifier,
            quantity.raw,
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
