"""Patterns for quantities, compiled once from the vocabulary in :mod:`._table`.

Each pattern is used with ``match(text, pos)`` by the scanner, which walks a quantity piece by piece:
qualifier (looked up before the start), currency, number, scale, range, "lebih", unit or noun.
"""

from __future__ import annotations

from itertools import takewhile
from typing import TYPE_CHECKING, Final

import regex

from beritaparse.cache.patterns import compile_pattern
from beritaparse.numbers._table import (
    CURRENCY_PREFIXES,
    CURRENCY_SUFFIXES,
    CURRENCY_WORDS,
    DIGIT_WORDS,
    FRACTION_DENOMINATORS,
    IDIOMS,
    MINUS_WORDS,
    MULTIWORD_NOUNS,
    PER_SE_WORDS,
    PER_WORDS,
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
    "AN_SUFFIX",
    "CURRENCY_AFTER",
    "CURRENCY_HERE",
    "CURRENCY_PREFIX",
    "CURRENCY_SCALE",
    "DIGITS",
    "DIGIT_FRACTION",
    "IDIOM",
    "IDR_DASH",
    "LEBIH_AFTER",
    "LIST_MARKER",
    "MINUS",
    "MULTIWORD_NOUN",
    "MULTIWORD_NOUN_HERE",
    "NEXT_TOKEN",
    "PER",
    "PER_SE",
    "PLUS",
    "PREVIOUS_WORD",
    "QUALIFIER_BEFORE",
    "RANGE_AND",
    "RANGE_FOLLOWS",
    "RANGE_OPENER",
    "RANGE_OR",
    "RANGE_SEPARATOR",
    "SCALE",
    "SCALE_AN",
    "SENTENCE_START",
    "SPACED_MINUS",
    "START",
    "TABLE_FIRST_WORDS",
    "UNIT",
    "UNIT_FOLLOWS",
    "UNIT_HERE",
    "WORD",
    "WORDS_BEFORE",
    "WORD_FOLLOWS",
    "WORD_HERE",
    "WORD_RUNS",
    "WORD_RUN_LIMITS",
    "WORD_START",
    "WORD_STARTS",
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

# What looks like a number but is a telephone number or a vehicle plate, read whole so that none of its
# digit groups is taken for a quantity: "+62 812-3456-7890", "(021) 555-1234", "0812 3456 7890",
# "B 1234 KJT". Every repeat is bounded, so a long run of digits costs no backtracking. (Each branch
# starts with a character to look for and checks what stands before it afterwards: faster to search.)
_NOT_A_NUMBER = (
    r"\p{Lu}(?<![\p{L}\p{N}]\p{Lu})\p{Lu}? [0-9]{1,4} \p{Lu}{1,3}(?![\p{L}\p{N}])"
    r"|[+(0](?<![\p{L}\p{N}][+(0])"
    r"(?:(?<=\+)[0-9]{1,3}|(?<=\()0[0-9]{1,4}\)|(?<=0)[0-9]{2,4})(?:[ .\-][0-9]{2,5}){1,4}(?![0-9])"
)

# Where a quantity may begin. The scanner walks these tokens: a telephone number or a plate (group
# "skip"), a word (group "word": a number word or a currency, if it is in WORD_STARTS and WORD_START
# matches there), a currency symbol before an amount, a digit that is not glued to a word, a date or an
# identifier ("G20", "Covid-19", "17/12", "+62"), a decimal part alone (",25"), or a sign. Words are
# taken whole and looked up in a set: one alternation of every number word tried at every position
# was most of the scan's time. Numbers with a leading zero ("0042") start a quantity here; running
# text leaves them out.
START: Final = compile_pattern(
    rf"(?P<skip>{_NOT_A_NUMBER})"
    r"|(?P<word>\p{L}+)"
    rf"|(?:{_alternation(_CURRENCY_SYMBOLS)}){_AMOUNT_FOLLOWS}"
    # (\d, not [0-9]: the engine searches a property faster, and a run of spaces stays linear; a digit
    # of another script starts nothing, since the digits read are ASCII.)
    r"|\d(?<![\p{L}\p{N}_+=#@/\\.,:\-–—]\d)"
    r"|[.,](?<![\p{L}\p{N}_+=#@/\\.,:\-–—][.,])(?=[0-9])"
    # A minus sign glued to digits after a space or a bracket ("-3,2 persen"); the word "minus" is
    # among the number words.
    r"|[-−](?<![^\s(\[][-−])(?=[0-9])"
    # A plus sign only before a percentage ("+5 persen"): "+62 812..." is a telephone number.
    r"|\+(?<![^\s(\[]\+)(?=[0-9][0-9.,]*\s*(?:%|(?i:persen)))"
)

# A word token that may start a quantity: a currency before an amount ("Rp", "US$", "IDR"), a number
# word standing alone ("satu-satunya" is not "satu"), or a fraction with "-nya" ("separuhnya").
WORD_START: Final = compile_pattern(
    rf"(?i:(?<![\p{{L}}\p{{N}}])(?:{_alternation(_CURRENCY_LETTERS)}){_AMOUNT_FOLLOWS})"
    rf"|(?i:(?<![\p{{L}}\p{{N}}\-])(?:{_alternation(_NUMBER_START_WORDS)}){_END}(?!-(?!{_NUMBER_AFTER_DASH})))"
    rf"|(?i:(?<![\p{{L}}\p{{N}}\-])(?:{_alternation(_FRACTION_WORDS)})nya{_END}(?!-))"
)
# The lower-cased word tokens worth trying WORD_START on: its words, and the letters that open a
# currency ("us" of "US$").
WORD_STARTS: Final = frozenset(
    {word.lower() for word in _NUMBER_START_WORDS}
    | {word + "nya" for word in _FRACTION_WORDS}
    | {"".join(takewhile(str.isalpha, form)) for form in _CURRENCY_LETTERS}
)

CURRENCY_PREFIX: Final = compile_pattern(rf"(?i:{_alternation(CURRENCY_PREFIXES)}){_AMOUNT_FOLLOWS}\s*")

# Digits with the two separator conventions; the lookahead keeps "13.05", "17/12" and "1.2345" out.
_DIGIT_END = r"(?![0-9]|[.,:/][0-9])"


def _digits(thousands: str, decimal: str, scale_follows: str) -> regex.Pattern[str]:
    # Runs are bounded (24 digits, 12 decimals): longer ones are identifiers, not quantities, and the
    # bound keeps Decimal arithmetic exact.
    fraction = rf"(?:{decimal}[0-9]{{1,12}})?"
    grouped = rf"[0-9]{{1,3}}(?:{thousands}[0-9]{{3}}){{1,7}}{fraction}"
    # One separator and one or two digits before a scale word ("Rp 1.5 juta", copied from English
    # wires) cannot be a thousands separator: it is the other convention's decimal point.
    swapped = rf"(?P<swapped>[0-9]{{1,3}}{thousands}[0-9]{{1,2}})(?={scale_follows})"
    alone = rf"{decimal}[0-9]{{1,12}}"
    return compile_pattern(rf"(?:{swapped}|{grouped}|[0-9]{{1,24}}{fraction}|{alone}){_DIGIT_END}")


_SCALE_FOLLOWS = rf"\s*(?i:{_alternation({**SCALE_WORDS, **SHORT_SCALES})}){_END}"
DIGITS: Final = {",": _digits(r"\.", ",", _SCALE_FOLLOWS), ".": _digits(",", r"\.", _SCALE_FOLLOWS)}

# "2/3 anggota": a fraction in digits; the scanner takes only proper ones, which no date or score is.
DIGIT_FRACTION: Final = compile_pattern(r"([1-9][0-9]?)/([1-9][0-9]?)(?![0-9]|[/.,:\-–][0-9])")

_SCALES = {**SCALE_WORDS, **SHORT_SCALES}
SCALE: Final = compile_pattern(rf"\s*(?i:({_alternation(_SCALES)})){_END}")
CURRENCY_SCALE: Final = compile_pattern(rf"\s*({_alternation(SHORT_SCALES_WITH_CURRENCY)}){_END}")

# "20-an": twenty-something; "50 ribuan": fifty-something thousand.
AN_SUFFIX: Final = compile_pattern(rf"-?an{_END}")
SCALE_AN: Final = compile_pattern(rf"\s*(?i:({_alternation(SCALE_WORDS)}))an{_END}")

# A sign before a number: "-5", "−5" (the minus sign), "minus 5" or "negatif 500". A dash apart from
# the number ("- 2.500.000") is a sign only where the caller says the whole text is one quantity.
MINUS: Final = compile_pattern(rf"[-−](?=[0-9])|(?i:{_alternation(MINUS_WORDS)})\s+")
SPACED_MINUS: Final = compile_pattern(r"\s*[-−][ \t]{0,8}(?=\S)")
PLUS: Final = compile_pattern(r"\+(?=[0-9])")

# "Rp 2.500,-": the dash says "no cents".
IDR_DASH: Final = compile_pattern(r",[-–]")

# A range separator starts with a dash or a word ("hingga", "s.d."), after white space.
RANGE_FOLLOWS: Final = compile_pattern(r"\s*[-–—\p{L}]")
RANGE_SEPARATOR: Final = compile_pattern(rf"\s*[-–—]\s*|\s+(?i:{_alternation(RANGE_WORDS)})\s+")
RANGE_AND: Final = compile_pattern(r"\s+(?i:dan)\s+")
RANGE_OR: Final = compile_pattern(r"\s+(?i:atau)\s+")

# Quick tests of what follows a number, so that the pieces' patterns run only where they can match:
# a letter after an optional dash or spaces ("-an", a scale word), and a letter or the first character of
# a unit, a currency symbol or a rate's slash ("%", "°C", "$", "/kg").
WORD_FOLLOWS: Final = compile_pattern(r"-?\s*\p{L}")
_UNIT_SYMBOLS = sorted(
    {form[0] for form in (*UNIT_FORMS, *CURRENCY_SUFFIXES, *CURRENCY_WORDS) if not form[0].isalpha()} | {"/"}
)
UNIT_FOLLOWS: Final = compile_pattern(rf"\s*(?:\p{{L}}|{'|'.join(regex.escape(c) for c in _UNIT_SYMBOLS)})")

# The letters after a number and white space ("" where a symbol comes first), and the first letters of
# every unit, currency and multi-word noun of the tables ("" stands for their symbols: "%", "$", "°C"):
# where the next letters are none of these, the table patterns need not run.
NEXT_TOKEN: Final = compile_pattern(r"\s*(\p{L}*)")


def _first_letters(form: str) -> str:
    return "".join(takewhile(str.isalpha, form))


TABLE_FIRST_WORDS: Final = frozenset(
    _first_letters(form) for form in (*UNIT_FORMS, *CURRENCY_WORDS, *CURRENCY_SUFFIXES, *MULTIWORD_NOUNS)
) | {""}

# What a rate is per, after the amount and its unit: "/kg", "per hari", "tiap bulan"; "sebulan".
PER: Final = compile_pattern(rf"[ \t]*/[ \t]*(?=\p{{L}})|\s+(?i:{_alternation(PER_WORDS)})\s+(?=\p{{L}})")
PER_SE: Final = compile_pattern(rf"\s+(?i:({_alternation(PER_SE_WORDS)})){_END}")
UNIT_HERE: Final = compile_pattern(rf"(?i:({_alternation(UNIT_FORMS)})){_END}")
# A currency right at the position, after "per" ("Rp 15.000 per dolar AS": an exchange rate).
CURRENCY_HERE: Final = compile_pattern(
    rf"(?i:({_alternation({**CURRENCY_WORDS, **CURRENCY_SUFFIXES})}))(?![\p{{L}}\p{{N}}])"
)
MULTIWORD_NOUN_HERE: Final = compile_pattern(rf"(?i:({_alternation(MULTIWORD_NOUNS)})){_END}")

LEBIH_AFTER: Final = compile_pattern(rf"\s+(?i:lebih){_END}")

UNIT: Final = compile_pattern(rf"\s*(?i:({_alternation(UNIT_FORMS)})){_END}")
# A currency after the amount: a name after a space ("12 euro", "tujuh pound", "10 dolar Singapura"), or a
# symbol or code, glued or not ("15$", "30€", "25 ¥", "50Rp", "45 juta USD"), unless an amount follows
# it, whose prefix it is.
CURRENCY_AFTER: Final = compile_pattern(
    rf"\s+(?i:(?P<name>{_alternation(CURRENCY_WORDS)})){_END}"
    rf"|\s*(?i:(?P<symbol>{_alternation(CURRENCY_SUFFIXES)}))(?![\p{{L}}\p{{N}}])(?!\s*[0-9])"
)
MULTIWORD_NOUN: Final = compile_pattern(rf"\s+(?i:({_alternation(MULTIWORD_NOUNS)})){_END}")

# The next word (hyphenated words are one: "kira-kira", "unit-unit"), and a word right at the position.
WORD: Final = compile_pattern(r"\s+(\p{L}+(?:-\p{L}+)*)")
WORD_HERE: Final = compile_pattern(r"(\p{L}+(?:-\p{L}+)*)")
# A run of words, for reading number words: the scanner reads 10 first, and 40 (the longest number in
# words) when the number may go on. A hyphen ends a run, so that "dua-tiga" is two numbers.
WORD_RUN_LIMITS: Final = (10, 40)
WORD_RUNS: Final = {
    limit: compile_pattern(rf"(\p{{L}}+)(?:\s+(\p{{L}}+)){{0,{limit - 1}}}") for limit in WORD_RUN_LIMITS
}


QUALIFIER_BEFORE: Final = compile_pattern(rf"(?<![\p{{L}}\p{{N}}\-])(?i:({_alternation(QUALIFIERS)}))\s*\Z")
# "antara 5 dan 7", "dari 5 dolar sampai 8 dolar": the word before the first end of a range is part of it.
RANGE_OPENER: Final = compile_pattern(r"(?<![\p{L}\p{N}\-])(?i:(antara|dari))\s+\Z")
# The start of a sentence, a line or a quotation before a position.
SENTENCE_START: Final = compile_pattern(r"(?:\A|[.!?…:;\n\"“”'(\[])\s*\Z")
WORDS_BEFORE: Final = compile_pattern(r"\p{L}[\p{L}\p{N}\-]*")
PREVIOUS_WORD: Final = compile_pattern(r"(?<![\p{L}\p{N}\-])(\p{L}+)\.?\s+\Z")

IDIOM: Final = compile_pattern(rf"(?i:{_alternation(IDIOMS)}){_END}")

# "1." or "2)" opening a line is a list marker, not a quantity.
LIST_MARKER: Final = compile_pattern(r"(?:\A|\n)[ \t]*\Z")
