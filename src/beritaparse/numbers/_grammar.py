"""Patterns for quantities, compiled once from the vocabulary in :mod:`._table`.

Each pattern is used with ``match(text, pos)`` by the scanner, which walks a quantity piece by piece:
qualifier (looked up before the start), currency, number, scale, range, "lebih", unit or noun.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import regex

from beritaparse.numbers._table import (
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    DIGIT_WORDS,
    FRACTION_DENOMINATORS,
    IDIOMS,
    MINUS_WORDS,
    MULTIWORD_NOUNS,
    QUALIFIERS,
    RANGE_WORDS,
    SCALE_WORDS,
    SE_WORDS,
    SHORT_SCALES,
    SHORT_SCALES_WITH_CURRENCY,
    UNIT_FORMS,
    VAGUE_PLURALS,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "ANTARA_BEFORE",
    "AN_SUFFIX",
    "BAD_AFTER_NUMBER",
    "CURRENCY_PREFIX",
    "CURRENCY_SCALE",
    "CURRENCY_WORD",
    "DIGITS",
    "DIGIT_FRACTION",
    "IDIOM",
    "IDR_DASH",
    "LEBIH_AFTER",
    "LIST_MARKER",
    "MINUS",
    "MULTIWORD_NOUN",
    "PLUS",
    "PREVIOUS_WORD",
    "QUALIFIER_BEFORE",
    "RANGE_AND",
    "RANGE_OR",
    "RANGE_SEPARATOR",
    "SCALE",
    "SCALE_AN",
    "SENTENCE_START",
    "START",
    "UNIT",
    "WORD",
    "WORDS_BEFORE",
    "WORD_HERE",
    "WORD_PART",
    "WORD_PART_HERE",
]

_END = r"(?![\p{L}\p{N}])"


def _alternation(forms: Iterable[str]) -> str:
    """Longest first, so "km persegi" wins over "km"; spaces match any run of white space."""
    ordered = sorted(set(forms), key=lambda form: (-len(form), form))
    return "|".join(r"\s+".join(regex.escape(part) for part in form.split(" ")) for form in ordered)


# Fractions may carry "-nya" ("separuhnya", half of it); other number words may not ("satunya" is "one
# of them").
_FRACTION_WORDS = {"se" + word for word in FRACTION_DENOMINATORS if word.startswith("per")} | {
    "setengah",
    "separuh",
}
# "seratusan" (a hundred or so) starts a number too.
_SE_AN_WORDS = {word + "an" for word in SE_WORDS if word != "sebelas"}
_NUMBER_START_WORDS = (
    set(DIGIT_WORDS) | set(SE_WORDS) | set(VAGUE_PLURALS) | _FRACTION_WORDS | _SE_AN_WORDS | MINUS_WORDS
)
# "dua-tiga" is a range; "satu-satunya" and "dua-duanya" are not numbers.
_NUMBER_AFTER_DASH = rf"(?:{'|'.join(sorted(set(DIGIT_WORDS) | set(SE_WORDS)))}){_END}(?!-)"
# A currency stands before digits, or before words after a space ("Rp ratusan juta", "Rp satu miliar").
_AMOUNT_FOLLOWS = rf"(?=\s*[0-9]|\s+(?i:{_alternation(_NUMBER_START_WORDS - MINUS_WORDS)}){_END})"
_CURRENCY_LETTERS = [form for form in CURRENCY_PREFIXES if form[0].isalpha()]
_CURRENCY_SYMBOLS = [form for form in CURRENCY_PREFIXES if not form[0].isalpha()]

# Where a quantity may begin: a currency before a digit, a digit that is not glued to a word, a date or
# an identifier ("G20", "Covid-19", "17/12", "+62", "0812"), or a number word standing alone
# ("satu-satunya" is not "satu").
START: Final = regex.compile(
    rf"(?i:(?<![\p{{L}}\p{{N}}])(?:{_alternation(_CURRENCY_LETTERS)}){_AMOUNT_FOLLOWS})"
    rf"|(?:{_alternation(_CURRENCY_SYMBOLS)}){_AMOUNT_FOLLOWS}"
    r"|(?<![\p{L}\p{N}_+=#@/\\.,:\-–—])(?!0[0-9])[0-9]"
    # A minus sign glued to digits after a space or a bracket ("-3,2 persen"); the word "minus" is
    # among the number words.
    # (The sign comes first and the look-behind after it: a pattern starting with a literal is faster.)
    r"|[-−](?<![^\s(\[][-−])(?=[0-9])"
    # A plus sign only before a percentage ("+5 persen"): "+62 812..." is a telephone number.
    r"|\+(?<![^\s(\[]\+)(?=[0-9][0-9.,]*\s*(?:%|(?i:persen)))"
    rf"|(?i:(?<![\p{{L}}\p{{N}}\-])(?:{_alternation(_NUMBER_START_WORDS)}){_END}(?!-(?!{_NUMBER_AFTER_DASH})))"
    rf"|(?i:(?<![\p{{L}}\p{{N}}\-])(?:{_alternation(_FRACTION_WORDS)})nya{_END}(?!-))"
)

CURRENCY_PREFIX: Final = regex.compile(rf"(?i:{_alternation(CURRENCY_PREFIXES)}){_AMOUNT_FOLLOWS}\s*")

# Digits with the two separator conventions; the lookahead keeps "13.05", "17/12" and "1.2345" out.
_DIGIT_END = r"(?![0-9]|[.,:/][0-9])"


def _digits(thousands: str, decimal: str) -> regex.Pattern[str]:
    # Runs are bounded (24 digits, 12 decimals): longer ones are identifiers, not quantities, and the
    # bound keeps Decimal arithmetic exact.
    fraction = rf"(?:{decimal}[0-9]{{1,12}})?"
    grouped = rf"[0-9]{{1,3}}(?:{thousands}[0-9]{{3}}){{1,7}}{fraction}"
    return regex.compile(rf"(?!0[0-9])(?:{grouped}|[0-9]{{1,24}}{fraction}){_DIGIT_END}")


DIGITS: Final = {",": _digits(r"\.", ","), ".": _digits(",", r"\.")}

# "2/3 anggota": a fraction in digits; the scanner takes only proper ones, which no date or score is.
DIGIT_FRACTION: Final = regex.compile(r"([1-9][0-9]?)/([1-9][0-9]?)(?![0-9]|[/.,:\-–][0-9])")

_SCALES = {**SCALE_WORDS, **SHORT_SCALES}
SCALE: Final = regex.compile(rf"\s*(?i:({_alternation(_SCALES)})){_END}")
CURRENCY_SCALE: Final = regex.compile(rf"\s*({_alternation(SHORT_SCALES_WITH_CURRENCY)}){_END}")

# "20-an": twenty-something; "50 ribuan": fifty-something thousand.
AN_SUFFIX: Final = regex.compile(rf"-?an{_END}")
SCALE_AN: Final = regex.compile(rf"\s*(?i:({_alternation(SCALE_WORDS)}))an{_END}")

# A sign before a number: "-5", "−5" (the minus sign) or "minus 5".
MINUS: Final = regex.compile(rf"[-−](?=[0-9])|(?i:{_alternation(MINUS_WORDS)})\s+")
PLUS: Final = regex.compile(r"\+(?=[0-9])")

# "Rp 2.500,-": the dash says "no cents".
IDR_DASH: Final = regex.compile(r",[-–]")

RANGE_SEPARATOR: Final = regex.compile(rf"\s*[-–—]\s*|\s+(?i:{_alternation(RANGE_WORDS)})\s+")
RANGE_AND: Final = regex.compile(r"\s+(?i:dan)\s+")
RANGE_OR: Final = regex.compile(r"\s+(?i:atau)\s+")

LEBIH_AFTER: Final = regex.compile(rf"\s+(?i:lebih){_END}")

UNIT: Final = regex.compile(rf"\s*(?i:({_alternation(UNIT_FORMS)})){_END}")
CURRENCY_WORD: Final = regex.compile(rf"\s+(?i:({_alternation(CURRENCY_WORDS)})){_END}")
MULTIWORD_NOUN: Final = regex.compile(rf"\s+(?i:({_alternation(MULTIWORD_NOUNS)})){_END}")

# The next word (hyphenated words are one: "kira-kira", "unit-unit"), and a word right at the position.
WORD: Final = regex.compile(r"\s+(\p{L}+(?:-\p{L}+)*)")
WORD_HERE: Final = regex.compile(r"(\p{L}+(?:-\p{L}+)*)")
# Number words are read without hyphens, so that "dua-tiga" is two of them.
WORD_PART: Final = regex.compile(r"\s+(\p{L}+)")
WORD_PART_HERE: Final = regex.compile(r"(\p{L}+)")

# What may not touch the end of a number: letters ("5G"), digits, or a separator before a digit
# ("17-12-2024", "13:05", "2024/25"), or "-an" ("1990-an").
BAD_AFTER_NUMBER: Final = regex.compile(r"[\p{L}\p{N}_]|[-–/.,:][0-9]|[-–]\p{L}")

QUALIFIER_BEFORE: Final = regex.compile(rf"(?<![\p{{L}}\p{{N}}\-])(?i:({_alternation(QUALIFIERS)}))\s*\Z")
ANTARA_BEFORE: Final = regex.compile(r"(?<![\p{L}\p{N}\-])(?i:antara)\s+\Z")
# The start of a sentence, a line or a quotation before a position.
SENTENCE_START: Final = regex.compile(r"(?:\A|[.!?…:;\n\"“”'(\[])\s*\Z")
WORDS_BEFORE: Final = regex.compile(r"\p{L}[\p{L}\p{N}\-]*")
PREVIOUS_WORD: Final = regex.compile(r"(?<![\p{L}\p{N}\-])(\p{L}+)\.?\s+\Z")

IDIOM: Final = regex.compile(rf"(?i:{_alternation(IDIOMS)}){_END}")

# "1." or "2)" opening a line is a list marker, not a quantity.
LIST_MARKER: Final = regex.compile(r"(?:\A|\n)[ \t]*\Z")
