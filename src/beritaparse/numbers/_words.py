"""Indonesian number words to values: "seratus dua belas ribu" is 112000.

The reader takes the words already split and lower-cased and returns the value of the longest prefix
that is a well-formed number, with how many words it used, so that "lima orang" reads "lima" and stops.

>>> parse_number_words(["seratus", "dua", "belas", "ribu", "orang"])
(Decimal('112000'), 4)
>>> parse_number_words(["satu", "setengah", "juta"])
(Decimal('1500000.0'), 3)
>>> parse_number_words(["orang"]) is None
True
"""

from __future__ import annotations

from decimal import Context, Decimal, localcontext
from typing import TYPE_CHECKING

from beritaparse.numbers._table import DIGIT_WORDS, FRACTION_DENOMINATORS, SCALE_WORDS, SE_WORDS

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["divide", "is_fraction_word", "is_number_word", "parse_number_words"]

_HALF = Decimal("0.5")
# Thirds and the like are rounded to 28 significant digits, the decimal module's default.
_FRACTIONS = Context(prec=28)


def divide(numerator: int, denominator: int) -> Decimal:
    """A fraction as news means it: exact when it ends, else to 28 significant digits."""
    with localcontext(_FRACTIONS):
        return Decimal(numerator) / Decimal(denominator)


_NONZERO_DIGITS = {word: value for word, value in DIGIT_WORDS.items() if value}


def _fraction(word: str) -> int | None:
    """The denominator of "setengah", "separuh", "sepertiga"...; None for other words."""
    if word in ("setengah", "separuh"):
        return 2
    if word.startswith("se") and word[2:].startswith("per"):
        return FRACTION_DENOMINATORS.get(word[2:])
    return None


def is_fraction_word(word: str) -> bool:
    """Whether ``word`` (lower case) is a fraction on its own: "setengah", "separuh", "sepertiga"..."""
    return _fraction(word) is not None


def is_number_word(word: str) -> bool:
    """Whether ``word`` (lower case) can be part of a number written in words."""
    return (
        word in DIGIT_WORDS
        or word in SE_WORDS
        or word in SCALE_WORDS
        or word in ("belas", "puluh", "ratus")
        or word in FRACTION_DENOMINATORS
        or word in ("koma", "per")
        or _fraction(word) is not None
    )


def _at(words: Sequence[str], i: int) -> str:
    return words[i] if i < len(words) else ""


def _tens_and_units(words: Sequence[str], i: int) -> tuple[int, int]:
    """A value 1..99 starting at ``i`` (0 when there is none) and the index after it."""
    word = _at(words, i)
    if word in ("sepuluh", "sebelas"):
        return SE_WORDS[word][0], i + 1
    digit = _NONZERO_DIGITS.get(word)
    if digit is None:
        return 0, i
    following = _at(words, i + 1)
    if following == "belas":
        return 10 + digit, i + 2
    if following == "puluh":
        unit = _NONZERO_DIGITS.get(_at(words, i + 2))
        if unit is not None:
            return digit * 10 + unit, i + 3
        return digit * 10, i + 2
    return digit, i + 1


def _group(words: Sequence[str], i: int) -> tuple[Decimal, int] | None:
    """A group below a thousand ("seratus dua belas", "tiga perempat", "satu setengah") at ``i``."""
    word = _at(words, i)
    denominator = _fraction(word)
    if denominator is not None:
        return divide(1, denominator), i + 1
    value = 0
    if word == "seratus":
        value, i = 100, i + 1
    elif word in _NONZERO_DIGITS and _at(words, i + 1) == "ratus":
        value, i = _NONZERO_DIGITS[word] * 100, i + 2
    small, after = _tens_and_units(words, i)
    if value == 0 and small == 0:
        return None
    single_digit = value == 0 and after == i + 1 and small < 10
    value, i = value + small, after
    following = _at(words, i)
    if following == "setengah":
        return Decimal(value) + _HALF, i + 1
    if single_digit and following in FRACTION_DENOMINATORS and following not in ("setengah", "separuh"):
        # "tiga perempat": the digit is the numerator.
        return divide(value, FRACTION_DENOMINATORS[following]), i + 1
    if single_digit and following == "per":
        # "dua per tiga": a proper fraction; "satu per satu" (one by one) is not one.
        denominator, after = _tens_and_units(words, i + 1)
        if denominator > value and after == i + 2:
            return divide(value, denominator), after
    return Decimal(value), i


def _decimals(words: Sequence[str], i: int) -> tuple[str, int] | None:
    """The digits after "koma" at ``i``: "lima" is "5", "nol lima" "05", "dua puluh lima" "25"."""
    digits = ""
    while _at(words, i) in DIGIT_WORDS:
        if _at(words, i + 1) in ("belas", "puluh"):
            # "koma dua puluh lima": the digits are read as a number, as people say them.
            small, i = _tens_and_units(words, i)
            digits += str(small)
            break
        digits += str(DIGIT_WORDS[_at(words, i)])
        i += 1
    return (digits, i) if digits else None


def _with_decimals(value: Decimal, words: Sequence[str], after: int) -> tuple[Decimal, int]:
    """``value`` with the decimals of a following "koma ..." ("satu koma lima" is 1.5), if any."""
    if _at(words, after) != "koma" or value != value.to_integral_value():
        return value, after
    decimals = _decimals(words, after + 1)
    if decimals is None:
        return value, after
    return Decimal(f"{int(value)}.{decimals[0]}"), decimals[1]


def parse_number_words(words: Sequence[str]) -> tuple[Decimal, int] | None:
    """The value of the longest well-formed number at the start of ``words`` and the words it used.

    Groups below a thousand are joined by scale words that must get smaller ("dua juta tiga ratus ribu
    lima"); a group followed by a scale word no smaller than the last one is left for the next number.
    """
    if _at(words, 0) == "nol":
        # "nol koma lima": zero is a number alone or before decimals, never before a scale.
        zero, after = _with_decimals(Decimal(0), words, 1)
        if after > 1 and SCALE_WORDS.get(_at(words, after)) is not None:
            return zero * SCALE_WORDS[_at(words, after)], after + 1
        return zero, after
    total = Decimal(0)
    last_scale: int | None = None
    i = 0
    while i < len(words):
        word = words[i]
        se = SE_WORDS.get(word)
        if se is not None and se[1] == "scale":
            scale = se[0]
            if last_scale is not None and scale >= last_scale:
                break
            total, last_scale, i = total + scale, scale, i + 1
            continue
        group = _group(words, i)
        if group is None:
            break
        value, after = group
        if last_scale is None:
            # Decimals in words come before the only scale ("satu koma lima juta").
            value, after = _with_decimals(value, words, after)
        group_scale = SCALE_WORDS.get(_at(words, after))
        if group_scale is not None:
            if last_scale is not None and group_scale >= last_scale:
                break
            total, last_scale, i = total + value * group_scale, group_scale, after + 1
            continue
        if last_scale is not None and value != value.to_integral_value():
            # "dua ribu setengah" is not a form news uses; stop before the fraction.
            break
        total, i = total + value, after
        break
    if i == 0:
        return None
    return total, i
