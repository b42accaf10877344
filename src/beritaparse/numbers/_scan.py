"""The scanner: reads one quantity at a position, piece by piece, and walks running text.

A quantity is read as: [qualifier] [currency] number [scale] [range-separator [currency] number [scale]]
["lebih"] [unit | currency word | counted noun] ["lebih"]. The number is digits, number words or a vague
plural ("puluhan ribu"). In running text a few readings are dropped as not being quantities: years,
labels ("pukul 13", "pasal 3"), day-and-month dates, list markers and "salah satu".
"""

from __future__ import annotations

from decimal import Context, Decimal, localcontext
from typing import TYPE_CHECKING

import attrs

from beritaparse.cache.patterns import compile_pattern
from beritaparse.numbers import _grammar as g
from beritaparse.numbers._quantity import Number, Quantity
from beritaparse.numbers._table import (
    ATTRIBUTE_WORDS_BEFORE,
    CLASSIFIERS,
    CLITICS,
    COMMON_COUNTED_NOUNS,
    CURRENCIES,
    CURRENCY_PREFIXES,
    DATE_WORDS,
    DIGIT_WORDS,
    FUNCTION_WORDS,
    IDIOMS,
    LABEL_WORDS,
    MINUS_WORDS,
    MULTIWORD_NOUNS,
    NOT_NOUNS,
    NOUN_LIKE_VERB_PREFIXED,
    PER_ABBREVIATIONS,
    PER_AS_OF,
    PER_SE_WORDS,
    PER_WORDS,
    PROPER_NOUNS,
    QUALIFIERS,
    SCALE_WORDS,
    SCORE_WORDS,
    SE_WORDS,
    SHORT_SCALES,
    SHORT_SCALES_WITH_CURRENCY,
    UNIT_FORMS,
    VAGUE_PLURALS,
    VERB_PREFIXES,
    YEAR_RANGE,
    Qualifier,
)
from beritaparse.numbers._words import divide, is_fraction_word, is_number_word, parse_number_words

if TYPE_CHECKING:
    import regex

__all__ = ["scan"]

_SCALES = {**SCALE_WORDS, **SHORT_SCALES}
# Number words are read ten at a time: the reader looks at most four words past the last one it uses,
# so a number that stops well inside the first ten needs no more. ("satu satu satu ..." in hostile text
# would otherwise read forty words at every word.)
_FIRST_WORDS, _MAX_NUMBER_WORDS = g.WORD_RUN_LIMITS
_LOOKAHEAD = 4
# How far one word of a run may reach, white space included, for the run's match window.
_WORD_REACH = 32
_MAX_ACRONYM = 6
_MAX_NAME_DIGITS = 3
# Number words that take "-an" to make a vague amount after other number words ("dua ratusan") or as a
# se- form ("seratusan"); "puluhan", "ratusan" and "ribuan" alone are vague plurals of their own.
_AN_STEMS = frozenset({"puluh", "ratus", *SCALE_WORDS, *SE_WORDS} - {"sebelas"})
_WINDOW = 256
# Enough digits for the longest number the grammar reads (24 digits, 12 decimals, times 10**15).
_EXACT = Context(prec=60)
# The characters an idiom starts with ("satu sama lain").
_IDIOM_FIRST = frozenset(idiom[0] for idiom in IDIOMS) | frozenset(idiom[0].upper() for idiom in IDIOMS)
# The characters a sign starts with: a minus sign, or "minus"/"negatif" (see MINUS_WORDS).
_SIGN_FIRST = frozenset("-−") | {word[0] for word in MINUS_WORDS} | {word[0].upper() for word in MINUS_WORDS}
# How far before a number a qualifier may start ("lebih murah daripada " is 21 characters).
_QUALIFIER_REACH = 32
_LAST_WORD_REACH = 24


def _trailing_letters(phrase: str) -> str:
    phrase = phrase.removesuffix(".")
    start = len(phrase)
    while start and phrase[start - 1].isalpha():
        start -= 1
    return phrase[start:] or phrase


# The last word of every qualifier ("dari" of "lebih dari", "kurangnya" of "sekurang-kurangnya", "±").
_QUALIFIER_LAST_WORDS = frozenset(_trailing_letters(phrase) for phrase in QUALIFIERS)
_ISO_CODES = frozenset(code for code, _ in CURRENCIES.values())
# A range joined by a dash alone ("737-800"), for telling models from ranges after a name.
_DASH_PAIR = compile_pattern(r"[-–][0-9]+")
# Counting these after a four-digit number makes it a count, not a year ("2000 orang").
_PEOPLE_AND_CLASSIFIERS = CLASSIFIERS | {"orang", "jiwa", "warga", "korban"}


@attrs.frozen
class _Number:
    """One number: its bounds (None = open above), where it ends, and how it was written."""

    low: Decimal
    high: Decimal | None
    end: int
    kind: str  # "digits", "words" or "vague"
    scale: int  # the scale word's value, 1 without one
    bare: str  # the digits as written, for telling years apart
    approx: bool = False  # vague: "puluhan", "20-an"


def _match(pattern: regex.Pattern[str], text: str, pos: int) -> regex.Match[str] | None:
    """``pattern.match`` at ``pos``, looking no further than a quantity's piece can reach.

    The window matters for speed: ``regex`` checks a pattern's required literal ("lebih") by searching
    the rest of the text, which is quadratic over a long text with many numbers. No piece the grammar
    reads is longer than the window short of a run of hundreds of spaces.
    """
    return pattern.match(text, pos, pos + _WINDOW)


def _normalise(value: Decimal | None) -> Number | None:
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return value.normalize()


def _step(value: Decimal) -> int:
    """10 to the number of trailing zeros: the width of "20-an" (20..29) or "100-an" (100..199)."""
    digits = str(int(value))
    return int(10 ** (len(digits) - len(digits.rstrip("0"))))


def _fraction(text: str, pos: int) -> _Number | None:
    """A proper fraction in digits ("2/3"); "17/12" and "3/2" are dates and scores, not fractions."""
    if "/" not in text[pos + 1 : pos + 3]:
        return None  # the numerator has one or two digits
    match = _match(g.DIGIT_FRACTION, text, pos)
    if match is None:
        return None
    numerator, denominator = int(match.group(1)), int(match.group(2))
    if numerator >= denominator:
        return None
    value = divide(numerator, denominator)
    return _Number(value, value, match.end(), "digits", 1, match.group())


def _digits(text: str, pos: int, sep: str, currency: str | None) -> _Number | None:
    fraction = _fraction(text, pos) if currency is None else None
    if fraction is not None:
        return fraction
    match = _match(g.DIGITS[sep], text, pos)
    if match is None:
        return None
    written = match.group()
    thousands = "." if sep == "," else ","
    if match.group("swapped") is not None:
        # "1.5 juta" with Indonesian separators: the dot is a decimal point (see the grammar).
        value = Decimal(written.replace(thousands, "."))
    else:
        value = Decimal(written.replace(thousands, "").replace(sep, "."))
    end, scale = match.end(), 1
    if _match(g.WORD_FOLLOWS, text, end) is None:
        # Neither "-an" nor a scale follows (most numbers in hostile text): skip their patterns.
        return _Number(value, value, end, "digits", 1, written)
    whole = value == value.to_integral_value() and value > 0
    suffix = _match(g.AN_SUFFIX, text, end)
    if suffix is not None and whole and value % 10 == 0:
        # "20-an orang" is twenty-something: up to the next step of the last non-zero digit.
        return _Number(value, value + _step(value) - 1, suffix.end(), "digits", 1, written, approx=True)
    scale_an = _match(g.SCALE_AN, text, end)
    if scale_an is not None:
        # "50 ribuan" is fifty-something thousand; "1,5 jutaan" about one and a half million.
        scale = SCALE_WORDS[scale_an.group(1).lower()]
        low = value * scale
        high = (value + _step(value)) * scale - 1 if whole else low
        return _Number(low, high, scale_an.end(), "digits", scale, written, approx=True)
    scale_match = _match(g.SCALE, text, end)
    if scale_match is not None:
        end, scale = scale_match.end(), _SCALES[scale_match.group(1).lower()]
    elif currency is not None:
        short = _match(g.CURRENCY_SCALE, text, end)
        if short is not None:
            end, scale = short.end(), SHORT_SCALES_WITH_CURRENCY[short.group(1)]
    return _Number(value * scale, value * scale, end, "digits", scale, written)


def _words_at(text: str, pos: int, limit: int) -> tuple[list[str], list[int], bool]:
    """The run of number words starting at ``pos``: lower-cased words, the end of each, and whether the
    last one carried "-an" ("dua ratusan", "seratusan": a vague amount).

    The words of the run are taken with one match (a dash ends it: "dua-tiga" is a range, read by the
    caller), then kept up to the first that is no number word.
    """
    words: list[str] = []
    ends: list[int] = []
    run = g.WORD_RUNS[limit].match(text, pos, pos + limit * _WORD_REACH)
    if run is None:
        return words, ends, False
    for written, end in zip([run.group(1), *run.captures(2)], [run.end(1), *run.ends(2)], strict=True):
        word = written.lower()
        if not is_number_word(word):
            if word.endswith("nya") and is_fraction_word(word[:-3]):
                # "separuhnya": the clitic ends the number.
                words.append(word[:-3])
                ends.append(end)
            elif word[:-2] in _AN_STEMS and word.endswith("an") and (words or word[:-2] in SE_WORDS):
                words.append(word[:-2])
                ends.append(end)
                return words, ends, True
            break
        words.append(word)
        ends.append(end)
    return words, ends, False


def _vague(text: str, pos: int) -> _Number | None:
    match = _match(g.WORD_HERE, text, pos)
    bounds = None if match is None else VAGUE_PLURALS.get(match.group(1).lower())
    if match is None or bounds is None:
        return None
    low, high = Decimal(bounds[0]), None if bounds[1] is None else Decimal(bounds[1])
    end, scale = match.end(1), 1
    scale_match = _match(g.WORD, text, end)
    if scale_match is not None and scale_match.group(1).lower() in SCALE_WORDS:
        scale = SCALE_WORDS[scale_match.group(1).lower()]
        # "puluhan ribu" runs from 10 000 to 99 999.
        low, high = low * scale, None if high is None else (high + 1) * scale - 1
        end = scale_match.end(1)
    return _Number(low, high, end, "vague", scale, "", approx=True)


def _number(text: str, pos: int, sep: str, currency: str | None) -> _Number | None:
    if pos < len(text) and (text[pos].isdigit() or text[pos] in ".,"):
        return _digits(text, pos, sep, currency)
    vague = _vague(text, pos)
    if vague is not None:
        return vague
    words, ends, vague_end = _words_at(text, pos, _FIRST_WORDS)
    parsed = parse_number_words(words)
    if len(words) == _FIRST_WORDS and (parsed is None or parsed[1] > _FIRST_WORDS - _LOOKAHEAD - 1):
        words, ends, vague_end = _words_at(text, pos, _MAX_NUMBER_WORDS)
        parsed = parse_number_words(words)
    if parsed is None:
        return None
    value, used = parsed
    scale = max((SCALE_WORDS.get(word, 1) for word in words[:used]), default=1)
    if vague_end and used == len(words) and value == value.to_integral_value():
        # "empat puluhan" is forty-something, "dua ratusan" two hundred and something: as "40-an".
        high = value + _step(value) - 1
        return _Number(value, high, ends[used - 1], "words", scale, "", approx=True)
    pair = _two_or_three(words, used)
    if pair is not None:
        low, high, pair_used, scale = pair
        return _Number(low, high, ends[pair_used - 1], "words", scale, "")
    return _Number(value, value, ends[used - 1], "words", scale, "")


def _two_or_three(words: list[str], used: int) -> tuple[Decimal, Decimal, int, int] | None:
    """ "dua tiga hari" (two or three days), "satu dua juta": two digit words in a row, the second one
    more, are a range; a scale after the second applies to both. Returns (low, high, words used, scale).
    """
    if used != 1 or len(words) < 2:
        return None
    first, second = DIGIT_WORDS.get(words[0], 0), DIGIT_WORDS.get(words[1])
    if not first or second != first + 1:
        return None
    rest = parse_number_words(words[1:])
    if rest is None or rest[1] > 2:
        return None
    scale = SCALE_WORDS.get(words[2], 1) if rest[1] == 2 else 1
    if rest[0] != second * scale:
        return None
    return Decimal(first * scale), rest[0], 1 + rest[1], scale


@attrs.frozen
class _Read:
    """A quantity read at a position, before the running-text filters."""

    start: int
    end: int
    low: Decimal
    high: Decimal | None
    unit: str | None
    per: str | None
    qualifier: Qualifier | None
    first: _Number
    is_range: bool
    has_currency: bool
    unit_from_table: bool
    noun: str | None
    word_before: str  # the last word before the number's first digit or word (see _last_word)


def _is_noun(word: str) -> bool:
    """Whether a lower-cased word after a number can be the thing counted."""
    return _is_noun_stem(word) and _is_noun_stem(_strip_clitic(word))


def _is_noun_stem(word: str) -> bool:
    if len(word) < 2 or word in NOT_NOUNS or is_number_word(word) or word in QUALIFIERS:
        return False
    if word in CURRENCIES or word in SCALE_WORDS or word in VAGUE_PLURALS or word in PER_SE_WORDS:
        return False
    if word in NOUN_LIKE_VERB_PREFIXED:
        return True
    # Prefixed verbs: "17 ditangkap", "3 menyerang", "20 terluka", "5 bertahan".
    return not (word.startswith(VERB_PREFIXES) and len(word) > 5)


def _strip_clitic(word: str) -> str:
    for clitic in CLITICS:
        keep = 3 if clitic == "nya" else 5
        if word.endswith(clitic) and len(word) - len(clitic) >= keep:
            return word[: -len(clitic)]
    return word


def _lebih_follows(text: str, pos: int, *, noun_may_follow: bool) -> int | None:
    """The end of a postfix "lebih" ("10 ribu lebih") at ``pos``, unless it starts a comparative.

    "lebih" is "more than" before punctuation, the end, a function word, or (right after the number)
    the counted noun; "10 persen lebih tinggi" and "lebih dari" are something else.
    """
    match = _match(g.LEBIH_AFTER, text, pos)
    if match is None:
        return None
    after = _match(g.WORD, text, match.end())
    if after is None:
        return match.end()
    following = after.group(1).lower()
    if following in ("dari", "daripada"):
        return None
    if following in FUNCTION_WORDS or (noun_may_follow and _is_noun(following)):
        return match.end()
    return None


def _sentence_starts_at(text: str, pos: int) -> bool:
    return g.SENTENCE_START.search(text, max(0, pos - 16), pos) is not None


def _is_name(text: str, written: str, number_start: int) -> bool:
    """Whether a word in capitals after the number is a name rather than the thing counted.

    A known place is always a name ("3 Indonesia"). Acronyms are counted ("50 KK", "24 SKS"). Any other
    capitalised word is a name in mid-sentence, where Indonesian writes common nouns in lower case; at
    the start of a sentence, or after another capitalised word (a headline), capitals prove nothing.
    """
    if not written[0].isupper():
        return False
    if written.lower() in PROPER_NOUNS:
        return True
    if written.isupper() or _sentence_starts_at(text, number_start):
        return False
    # Headlines capitalise every word but the little ones ("Banjir di 5 Provinsi"): look past those.
    before = g.WORDS_BEFORE.findall(text, max(0, number_start - 64), number_start)
    for previous in reversed(before):
        if previous.lower() not in FUNCTION_WORDS:
            return not previous[0].isupper()
    return True


def _unit_word(written: str) -> str:
    """The counted noun as reported: lower case without a clitic, but an acronym as written ("KK").

    A common noun in capitals ("7 HARI") is a headline in capitals, not an acronym. The decision rests
    on the word alone, so reading a quantity's ``raw`` again gives the same unit.
    """
    word = written.lower()
    if written.isupper() and 2 <= len(written) <= _MAX_ACRONYM and word not in COMMON_COUNTED_NOUNS:
        return written
    return _strip_clitic(word)


def _unit(
    text: str, pos: int, currency: str | None, number_start: int
) -> tuple[str | None, int, bool, str | None]:
    """The unit after ``pos``: (unit, end, from the unit table, counted noun)."""
    if currency is not None:
        return currency, pos, True, None
    if _next_token(text, pos) in g.TABLE_FIRST_WORDS:
        after = _table_unit(text, pos)
        if after is not None:
            return after[0], after[1], True, None
        match = _match(g.MULTIWORD_NOUN, text, pos)
        if match is not None:
            noun = MULTIWORD_NOUNS[" ".join(match.group(1).lower().split())]
            return noun, match.end(), False, noun
    match = _match(g.WORD, text, pos)
    if match is None:
        return None, pos, False, None
    written = match.group(1)
    word = written.lower()
    if not _is_noun(word) or _is_name(text, written, number_start):
        return None, pos, False, word
    if word in CLASSIFIERS:
        following = _match(g.WORD, text, match.end())
        if following is not None and _is_noun(following.group(1).lower()):
            if _is_name(text, following.group(1), number_start):
                return word, match.end(), False, word
            return _unit_word(following.group(1)), following.end(), False, word
    return _unit_word(written), match.end(), False, word


def _currency_after(text: str, pos: int) -> tuple[str, int] | None:
    """A currency written after the amount at ``pos`` ("12 euro", "15$", "50Rp"): (ISO code, end)."""
    match = _match(g.CURRENCY_AFTER, text, pos)
    if match is None:
        return None
    spelling = match.group("name") or match.group("symbol")
    return CURRENCIES[" ".join(spelling.lower().split())][0], match.end()


def _next_token(text: str, pos: int) -> str:
    """The letters that follow ``pos`` after white space, lower-cased; "" where a symbol or a digit comes
    first (which a unit may be: "%", "°C", "$") or at the end. A cheap look before the table patterns.
    """
    match = _match(g.NEXT_TOKEN, text, pos)
    return "" if match is None else match.group(1).lower()


def _table_unit(text: str, pos: int) -> tuple[str, int] | None:
    """A unit of the table or a currency written after the amount at ``pos``: (unit, end)."""
    if _next_token(text, pos) not in g.TABLE_FIRST_WORDS:
        return None
    currency = _currency_after(text, pos)
    if currency is not None:
        return currency
    match = _match(g.UNIT, text, pos)
    if match is None:
        return None
    return UNIT_FORMS[" ".join(match.group(1).lower().split())], match.end()


def _per(text: str, pos: int) -> tuple[str | None, int]:
    """What a rate is per, after the amount at ``pos`` ("per kg", "/bulan", "tiap hari", "sebulan").

    "per" before a date or "hari ini" is "as of" ("per 1 Januari", "per hari ini"): no rate.
    """
    token = _next_token(text, pos)
    if token not in PER_SE_WORDS and token not in PER_WORDS and token:
        return None, pos
    se = _match(g.PER_SE, text, pos)
    if se is not None:
        return PER_SE_WORDS[se.group(1).lower()], se.end()
    match = _match(g.PER, text, pos)
    if match is None:
        return None, pos
    after = match.end()
    currency = _match(g.CURRENCY_HERE, text, after)
    if currency is not None:
        return CURRENCIES[" ".join(currency.group(1).lower().split())][0], currency.end()
    unit = _match(g.UNIT_HERE, text, after)
    if unit is not None:
        return UNIT_FORMS[" ".join(unit.group(1).lower().split())], unit.end()
    multiword = _match(g.MULTIWORD_NOUN_HERE, text, after)
    if multiword is not None:
        return MULTIWORD_NOUNS[" ".join(multiword.group(1).lower().split())], multiword.end()
    word = _match(g.WORD_HERE, text, after)
    if word is None:
        return None, pos
    written = word.group(1)
    lower = PER_ABBREVIATIONS.get(written.lower(), written.lower())
    following = _match(g.WORD, text, word.end())
    as_of = following is not None and following.group(1).lower() in PER_AS_OF
    if as_of or lower in PER_AS_OF or lower in DATE_WORDS or not _is_noun(lower):
        return None, pos
    if written.isupper() and lower == written.lower() and "/" in match.group():
        # "RT 05/RW 02": a slash before a word in capitals joins labels, not a rate and its unit.
        return None, pos
    return (lower if lower != written.lower() else _unit_word(written)), word.end()


def _currency_at(text: str, pos: int) -> tuple[str | None, int]:
    match = _match(g.CURRENCY_PREFIX, text, pos)
    if match is None:
        return None, pos
    return CURRENCY_PREFIXES[match.group().strip().lower()], match.end()


def _looks_like_phone(first: _Number, second: _Number) -> bool:
    """A phone number like "555-1234": bare digit groups, the second longer, seven digits in all."""
    bare = first.bare.isdigit() and second.bare.isdigit()
    return bare and len(first.bare) < len(second.bare) and len(first.bare) + len(second.bare) >= 7


@attrs.frozen
class _Range:
    low: Decimal
    high: Decimal | None
    end: int
    currency: str | None
    unit: str | None = None  # a unit written on both ends ("5 km hingga 8 km"), other than a currency


def _range(
    text: str, first: _Number, sep: str, currency: str | None, *, antara: bool, unit_follows: bool
) -> _Range | None:
    """The second end of a range after ``first`` ("10.000 hingga 12.000", "5-7", "antara 5 dan 7").

    A unit or currency may be written on both ends ("dari 5 dolar sampai 8 dolar", "5 km - 8 km"); on
    the first end alone it is no range ("5 persen hingga 2025" is a percentage and a year). Returns None
    when there is no range, and a range ending at -1 when the dash joins something that is not a
    quantity at all (a phone number).
    """
    first_unit = _table_unit(text, first.end) if currency is None and unit_follows else None
    pos = first.end if first_unit is None else first_unit[1]
    if _match(g.RANGE_FOLLOWS, text, pos) is None:
        return None  # neither a dash nor a word follows: no separator can
    separator = _match(g.RANGE_SEPARATOR, text, pos)
    if separator is None and antara:
        separator = _match(g.RANGE_AND, text, pos)
    either = separator is None and first.kind != "vague" and not first.approx
    if either:
        separator = _match(g.RANGE_OR, text, pos)
    if separator is None:
        return None
    dash = not separator.group().strip()[0].isalpha()
    first_currency = first_unit[0] if first_unit is not None and first_unit[0] in _ISO_CODES else None
    second, other_currency = _signed(text, separator.end(), sep, currency or first_currency)
    if second is None or (dash and (first.kind == "words") != (second.kind == "words")):
        return None
    second_unit = _table_unit(text, second.end) if _unit_may_follow(text, second.end) else None
    has_unit = currency is not None or other_currency is not None or first_unit or second_unit
    if dash and not has_unit and _looks_like_phone(first, second):
        return _Range(first.low, first.high, -1, None)
    end = second.end
    if first_unit is not None:
        if second_unit is None or second_unit[0] != first_unit[0]:
            return None
        end = second_unit[1]
    low = first.low
    if first.scale == 1 and second.scale > 1 and first.kind == second.kind != "vague":
        # "1,5 hingga 2 juta", "Rp 2-3 triliun", "dua hingga tiga juta": the scale applies to both ends.
        low = low * second.scale
    step = max(first.scale, second.scale)
    if either and (second.kind == "vague" or second.low - low != step or low % step):
        # "dua atau tiga hari" is two or three days; "5 atau 10" and "1,5 atau 2,5" are choices.
        return None
    if low > second.low:
        # "turun dari 10 hingga 5" and "skor 3-1" are not ranges.
        return None
    if first_currency is not None:
        return _Range(low, second.high, end, first_currency)
    unit = None if first_unit is None else first_unit[0]
    return _Range(low, second.high, end, other_currency, unit)


def _signed(text: str, pos: int, sep: str, currency: str | None) -> tuple[_Number | None, str | None]:
    """The number at ``pos`` with its sign ("-5", "minus 5", "+5 persen") and the currency before it."""
    first = text[pos : pos + 1]
    sign = None
    if first in _SIGN_FIRST or first.isspace():
        sign = _match(g.MINUS, text, pos) or _match(g.SPACED_MINUS, text, pos)
    if sign is not None:
        pos = sign.end()
    elif first == "+":
        plus = _match(g.PLUS, text, pos)
        pos = pos if plus is None else plus.end()
    other_currency = None
    if not text[pos : pos + 1].isdigit():
        other_currency, pos = _currency_at(text, pos)
    currency = currency or other_currency
    number = _number(text, pos, sep, currency)
    if number is None or sign is None:
        return number, currency
    if number.high is None or number.approx:
        # "minus ribuan" is not a form numbers take.
        return None, currency
    return attrs.evolve(number, low=-number.high, high=-number.low, bare="-" + number.bare), currency


def _read(text: str, start: int, sep: str) -> _Read | None:
    first, currency = _signed(text, start, sep, None)
    if first is None:
        return None
    low, high, end = first.low, first.high, first.end
    opener = None
    last_word = _last_word(text, start)
    if last_word in ("antara", "dari"):
        opener = g.RANGE_OPENER.search(text, max(0, start - 12), start)
    antara = opener is not None and opener.group(1).lower() == "antara"
    first_follows = _unit_may_follow(text, first.end)
    joined = _range(text, first, sep, currency, antara=antara, unit_follows=first_follows)
    if joined is not None and joined.end < 0:
        return None
    is_range = joined is not None
    unit: str | None = None
    unit_from_table = False
    if joined is not None:
        low, high, end, currency, unit = joined.low, joined.high, joined.end, joined.currency, joined.unit
        unit_from_table = unit is not None
    if currency == "IDR":
        dash_match = _match(g.IDR_DASH, text, end)
        if dash_match is not None:
            end = dash_match.end()
    unit_end = end
    if unit is None and _touches_the_number(text, end):
        # Only a unit or a currency glued to the number may touch it ("10km", "50%", "15$", "50Rp").
        glued = _table_unit(text, end)
        if glued is None or (currency is not None and glued[0] != currency):
            return None
        unit, unit_end, unit_from_table = glued[0], glued[1], True
        if glued[0] in _ISO_CODES:
            currency = glued[0]
    follows = first_follows if end == first.end else _unit_may_follow(text, end)
    touching = _After(unit, unit_end, unit_from_table)
    after = _after_number(text, start, end, touching, currency, follows=follows)
    per_at = max(end, after.unit_end)
    per_follows = follows if per_at == end else _unit_may_follow(text, per_at)
    per, per_end = _per(text, per_at) if per_follows else (None, 0)
    range_opener = opener if is_range else None
    above = after.lebih is not None
    qualifier, begin = _qualifier(text, start, last_word, range_opener, above=above, approx=first.approx)
    return _Read(
        start=begin,
        end=max(end, after.unit_end, per_end),
        low=low,
        high=high,
        unit=after.unit,
        per=per,
        qualifier=qualifier,
        first=first,
        is_range=is_range,
        has_currency=currency is not None,
        unit_from_table=after.unit_from_table,
        noun=after.noun,
        word_before=last_word,
    )


@attrs.frozen
class _After:
    """What follows a number: its unit (and where the unit ends), and where a "lebih" after it ends."""

    unit: str | None
    unit_end: int
    unit_from_table: bool
    noun: str | None = None
    lebih: int | None = None


def _after_number(
    text: str, start: int, end: int, glued: _After, currency: str | None, *, follows: bool
) -> _After:
    """The unit after the number that ends at ``end`` ("10 ribu pasukan"), and a "lebih" before or after
    it ("10 lebih pasukan", "10 pasukan lebih"); ``glued`` is a unit already read that touches the number.
    """
    unit, unit_end, unit_from_table, noun = glued.unit, glued.unit_end, glued.unit_from_table, None
    lebih = _lebih_follows(text, end, noun_may_follow=True) if unit is None and follows else None
    if unit is None and not follows:
        unit, unit_from_table = currency, currency is not None
    elif unit is None:
        unit, unit_end, unit_from_table, noun = _unit(text, lebih or end, currency, start)
        if unit is None and lebih is not None:
            unit_end = lebih
    if lebih is None and unit is not None and unit_end > end:
        lebih = _lebih_follows(text, unit_end, noun_may_follow=False)
        if lebih is not None:
            unit_end = lebih
    return _After(unit, unit_end, unit_from_table, noun, lebih)


def _qualifier(
    text: str, start: int, last_word: str, range_opener: regex.Match[str] | None, *, above: bool, approx: bool
) -> tuple[Qualifier | None, int]:
    """The qualifier of the number at ``start`` and where its reading begins: a qualifier phrase before it
    ("lebih dari"), else a range's opener ("antara"); a "lebih" after it is "above", an approximate number
    word ("ribuan") "approx"."""
    qualifier: Qualifier | None = None
    begin = start
    before = None
    if last_word in _QUALIFIER_LAST_WORDS:
        before = g.QUALIFIER_BEFORE.search(text, max(0, start - _QUALIFIER_REACH), start)
    if before is not None:
        qualifier, begin = QUALIFIERS[" ".join(before.group(1).lower().split())], before.start()
    elif range_opener is not None:
        begin = range_opener.start()
    if above and qualifier is None:
        qualifier = "above"
    if qualifier is None and approx:
        qualifier = "approx"
    return qualifier, begin


def _touches_the_number(text: str, end: int) -> bool:
    """Whether what follows the number's end touches it: a letter or digit ("5G"), a separator before a
    digit ("17-12-2024", "13:05", "2024/25"), or a dash before a letter ("1990-an"). Only a unit or a
    currency may be glued to a number ("10km", "15$").
    """
    following = text[end : end + 2]
    if not following:
        return False
    first, second = following[0], following[1:]
    if first.isalnum() or first == "_":
        return True
    return (first in "-–/.,:" and second.isdigit()) or (first in "-–" and second.isalpha())


def _unit_may_follow(text: str, pos: int) -> bool:
    """Whether a letter or a unit's or currency's symbol follows ``pos`` (after spaces).

    Without one no unit, currency, rate or "lebih" can follow: hostile text full of bare numbers ("1 1 1",
    "(0(0") skips their patterns, which keeps its cost per number small.
    """
    return _match(g.UNIT_FOLLOWS, text, pos) is not None


def _last_word(text: str, pos: int) -> str:
    """The letters that end just before ``pos``, white space and a "." aside, lower-cased ("" if none);
    "±" stands for itself. A cheap test before the searches that look back for a phrase.
    """
    before = text[max(0, pos - _LAST_WORD_REACH) : pos].rstrip()
    if not before:
        return ""
    if before[-1] == "±":
        return "±"
    before = before.removesuffix(".")
    if not before or not before[-1].isalpha():
        return ""
    start = len(before)
    while start and before[start - 1].isalpha():
        start -= 1
    return before[start:].lower()


def _is_year(read: _Read) -> bool:
    first = read.first
    explicit_qualifier = read.qualifier is not None and not first.approx
    if read.has_currency or read.unit_from_table or explicit_qualifier or first.kind != "digits":
        return False
    if first.scale > 1 or not first.bare.isdigit() or len(first.bare) != 4:
        return False
    return YEAR_RANGE[0] <= int(first.bare) <= YEAR_RANGE[1] and read.unit not in _PEOPLE_AND_CLASSIFIERS


def _names_the_number(text: str, read: _Read, previous: regex.Match[str]) -> bool:
    """A bare number after a capitalised word in mid-sentence is part of a name ("Pejuang 45").

    Names carry small numbers written plainly ("Liga 1", "Hutchison 3"); "Pak Jokowi 150.000" is an
    amount. A capitalised function word ("Sebanyak 78") is a misplaced capital, not a name. A dash pair
    after a name is a model ("Boeing 737-800"), not a range.
    """
    bare = read.unit is None and read.qualifier is None and not read.has_currency
    small = (
        read.first.kind == "digits" and read.first.bare.isdigit() and len(read.first.bare) <= _MAX_NAME_DIGITS
    )
    written = previous.group(1)
    # A capital inside a word marks a brand name too ("iPhone 15", "eFishery 3").
    capitalised = written[0].isupper() or any(letter.isupper() for letter in written[1:])
    if not bare or not small or not capitalised or written.isupper() or written.lower() in NOT_NOUNS:
        return False
    if read.is_range and not _DASH_PAIR.fullmatch(text, read.first.end, read.end):
        return False
    return not _sentence_starts_at(text, previous.start())


def _written_oddly(read: _Read) -> bool:
    """A leading zero ("0042", "RT 05") or a decimal part alone (",25"): a code, or a fragment of one."""
    bare = read.first.bare.lstrip("-")
    return bare[:1] in (".", ",") or (len(bare) > 1 and bare[0] == "0" and bare[1].isdigit())


def _keep(text: str, read: _Read, number_start: int) -> bool:
    """Running-text filters: what reads as a number but is a year, a label, a date or a list marker."""
    if _is_year(read) or _written_oddly(read):
        return False
    if read.noun in DATE_WORDS:
        return False
    if "/" in read.first.bare and read.unit is None:
        # A fraction in digits counts something in running text; "(1/2)" alone is a date.
        return False
    previous = None
    word_before = read.word_before if read.start == number_start else _last_word(text, read.start)
    if word_before:
        previous = g.PREVIOUS_WORD.search(text, max(0, read.start - 16), read.start)
    previous_word = previous.group(1).lower() if previous is not None else ""
    if read.qualifier is None and not read.has_currency and previous_word in LABEL_WORDS:
        return False
    if previous_word in ATTRIBUTE_WORDS_BEFORE and read.qualifier is None and not read.has_currency:
        return False
    if previous_word in SCORE_WORDS and read.is_range:
        return False
    if previous is not None and _names_the_number(text, read, previous):
        return False
    if read.first.kind == "digits" and text[read.first.end : read.first.end + 1] in (".", ")"):
        return g.LIST_MARKER.search(text, max(0, number_start - 8), number_start) is None
    return True


def _quantity(text: str, read: _Read) -> Quantity:
    low, high = _normalise(read.low), _normalise(read.high)
    value = low if read.high is not None and read.low == read.high else None
    return Quantity(
        value=value,
        low=low,
        high=high,
        unit=read.unit,
        qualifier=read.qualifier,
        raw=text[read.start : read.end],
        span=(read.start, read.end),
        per=read.per,
    )


def scan(text: str, sep: str, *, running: bool, first_only: bool = False) -> list[Quantity]:
    """Every quantity in ``text``, in order and not overlapping."""
    with localcontext(_EXACT):
        return _scan(text, sep, running=running, first_only=first_only)


def _scan(text: str, sep: str, *, running: bool, first_only: bool) -> list[Quantity]:
    found: list[Quantity] = []
    if not running and g.SPACED_MINUS.match(text) is not None:
        # "- 2.500.000" given as one quantity: the dash apart from the digits is its sign.
        read = _read(text, 0, sep)
        if read is not None:
            read = attrs.evolve(read, start=len(text) - len(text.lstrip()))
            return [_quantity(text, read)]
    last_end = 0
    for candidate in g.START.finditer(text):
        start = candidate.start()
        if start < last_end:
            continue
        kind = candidate.lastgroup
        if kind == "skip":
            # A telephone number or a plate: none of its digits is a quantity.
            last_end = candidate.end()
            continue
        if kind == "word" and (
            candidate.group().lower() not in g.WORD_STARTS or g.WORD_START.match(text, start) is None
        ):
            continue
        idiom = _match(g.IDIOM, text, start) if running and text[start] in _IDIOM_FIRST else None
        if idiom is not None:
            # "satu per satu": neither "satu" counts anything.
            last_end = idiom.end()
            continue
        read = _read(text, start, sep)
        if read is None or read.start < last_end:
            continue
        if running and not _keep(text, read, start):
            continue
        found.append(_quantity(text, read))
        last_end = read.end
        if first_only:
            break
    return found
