"""Patterns for every date form, written at import from the word tables in ``_table``, compiled on first use.

Writing the pattern texts is cheap; compiling them is not (about a fifth of a second for all rules), so a
rule compiles when a text first needs it and keeps the result: ``import beritaparse`` pays nothing for
dates, and a text with only a numeric date compiles only the rules its words can reach.

Each :class:`Rule` is one form ("31 Januari 2025 13:05 WIB", "Selasa (17/12)", "tiga hari lalu"...) with
named groups the resolver reads. Group names mean the same thing in every rule: ``d``/``mo``/``mon``/``y``
a calendar date, ``wd`` a weekday, ``H``/``M``/``S``/``frac``/``ampm``/``tz``/``tzoff``/``off`` a time,
``part`` a part of a month/year/week, ``dir``/``ydir`` a direction from the reference.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

import regex

from beritaparse.cache.patterns import compile_pattern
from beritaparse.dates import _table as t

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "ANCHORS",  # noqa: F822 (built on first use, by the module's __getattr__)
    "BYLINE",
    "HAS_DIGIT",
    "PLAIN_SCAN",
    "RULES",  # noqa: F822
    "WORD",
    "Rule",
    "anchors",
    "context_before",
    "recurrence_before",
    "rules_for",
]

_FLAGS = regex.IGNORECASE | regex.UNICODE


def _alt(words: Iterable[str]) -> str:
    """An alternation of ``words``, longest first (so "kemarin lusa" beats "kemarin")."""
    escaped = (_escape(word) for word in sorted(set(words), key=lambda w: (-len(w), w)))
    return "(?:" + "|".join(escaped) + ")"


def _escape(phrase: str) -> str:
    # Words of letters and digits have nothing to escape but their spaces: regex.escape, a Python loop over
    # the characters, was most of the time of writing the patterns at import.
    if phrase.replace(" ", "").isalnum():
        return phrase.replace(" ", r"\s++")
    return regex.escape(phrase).replace(r"\ ", r"\s++")


_B = r"(?<!\w)"  # a word starts here
_E = r"(?!\w)"  # a word ends here

_WEEKDAY = _alt(t.WEEKDAYS) + _E
_WEEKDAY_ANY = "(?:" + _alt(t.WEEKDAYS) + "|" + _alt(t.WEEKDAY_ABBREVIATIONS) + r"\.?)" + _E
# A period after a short month ("5 Jan. 2025") belongs to it only when a number follows.
_MONTH = "(?:" + _alt(t.MONTHS) + _E + r"(?:\.(?=\s*+\d))?)"
_PART = _alt(t.MONTH_PARTS) + _E
_WEEK_PART = _alt(t.WEEK_PARTS) + _E
_DIR = _alt(t.DIRECTIONS) + _E
_CAL_DIR = _alt(w for w in t.DIRECTIONS if w not in {"lagi", "sebelumnya"}) + _E
_AGO_DIR = _alt([*t.DIRECTIONS, *t.BLOCKING_DIRECTIONS]) + _E
_UNIT = _alt(t.UNITS)
# The zones abroad and "Z" only in capitals ("EST", never "est" or "Est").
_ZONE = (
    "(?:"
    + _alt(zone for zone in t.ZONES if zone not in t.CAPITAL_ZONES | t.OFFSET_ZONES)
    + "|(?-i:"
    + _alt(zone.upper() for zone in t.CAPITAL_ZONES)
    + "))"
    + _E
)
_OFFSET_ZONE = _alt(t.OFFSET_ZONES) + _E

_DAY = r"(?P<d>\d{1,2})(?!\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<y>\d{4})(?!\d)"

_RANGE = r"\s*+" + _alt(t.RANGE_WORDS) + r"\s*+"
# The end of a time range is read past, so its zone reaches the start: "pukul 10.00-12.00 WITA".
_TIME_RANGE_END = r"(?:" + _RANGE + r"\d{1,2}(?:[:.]\d{2})?(?![\d:]))?"
_DAY_PART = r"(?:\s++(?P<dp>" + _alt(t.DAY_PART_AFTERNOON) + r")" + _E + ")?"
_ZONE_TAIL = "".join(
    (
        # An offset only after UTC/GMT ("GMT+7"): after "WIB" "-12.00" ends a range.
        r"(?:\s*+(?:(?P<tz>" + _OFFSET_ZONE + r")(?:\s?(?P<tzoff>[+-]\d{1,2}(?::?\d{2})?)(?!\d))?",
        r"|(?P<tz>" + _ZONE + r"))",
        r"|\s++(?P<local>" + _alt(t.LOCAL_TIME) + r")" + _E + ")?",
    )
)
# A clock time: 13:05, 13.05, 13:05:30, 13:05:30.123+07:00, 1:05 PM, 7.30 malam, 13.05 WIB, 13:05 GMT+7.
# An offset right after the minutes is only read when seconds are written, so "13:05-14:00" stays a range.
_TIME = (
    r"(?<![\d.,:+])(?P<H>\d{1,2})(?P<hsep>[:.])(?P<M>\d{2})(?!\d)"
    r"(?:[:.](?P<S>\d{2})(?:[.,](?P<frac>\d{1,9}))?(?!\d)"
    r"(?:\s?(?P<off>Z|[+-]\d{2}:?\d{2})(?![\w:]))?)?"
    + _TIME_RANGE_END
    + r"(?:\s*+(?P<ampm>[ap]\.?\s?m\.?)(?!\w))?"
    + _DAY_PART
    + _ZONE_TAIL
)
# A whole hour, only after "pukul"/"jam": "pukul 10 WIB", "jam 7 malam".
_HOUR = r"(?<![\d.,:+])(?P<H>\d{1,2})(?![\d]|[:.]\d)" + _TIME_RANGE_END + _DAY_PART + _ZONE_TAIL
_CLOCK_WORD = r"(?:pukul|pkl\.?|jam)"
# "Senin (16/12) malam sekitar pukul 20.00": a part of the day may sit between a day and its time.
_DAY_PARTS = _alt(t.DAY_PARTS) + _E
_DAY_PART_GAP = r"(?:\s++" + _DAY_PARTS + r")?"
_TIME_LEAD = r"(?:(?:sekitar|sejak|mulai|hingga|sampai|pada|at)\s++)?"
# After a full date a bare time is a byline time ("13/05/2024, 13:24 WIB", "13 Mei 2024 | 13:24 WIB").
# A part of the day after a date belongs to it even without a time ("Selasa (4/2) pagi").
_TIME_AFTER_DATE = (
    _DAY_PART_GAP + r"(?:\s*+[,|/–—·•-]?\s*+" + _TIME_LEAD + r"(?:" + _CLOCK_WORD + r"\s*+)?" + _TIME + ")?"
)
# After a relative day only a time introduced by "pukul" joins it ("kemarin pukul 10.00").
_TIME_AFTER_DAY = (
    r"(?:"
    + _DAY_PART_GAP
    + r"\s*+,?\s*+"
    + _TIME_LEAD
    + _CLOCK_WORD
    + r"\s*+(?:"
    + _TIME
    + "|"
    + _HOUR
    + "))?"
)

# "Jumat dini hari, 15 Januari 2021": a part of the day may sit between the weekday and the date.
_WEEKDAY_PREFIX = r"(?:(?:hari\s++)?(?P<wd>" + _WEEKDAY_ANY + r")(?:\s++" + _DAY_PARTS + r")?\s*+,?\s*+)?"


class Rule:
    """One date form: its name (the resolver's key), its pattern, and its rank among equally long matches.

    ``needs_digit``, ``words`` and ``marks`` are a cheap pre-check: a rule runs only on text with a digit (if
    it needs one), with one of ``words`` among the text's lower-cased words and one of ``marks`` somewhere in
    it (when those are given). They only skip rules whose pattern could not match the text.

    ``after``, when set: the rule is tried only where that earlier rule's matches start and have a word after
    them (a cheap anchor for a costly pattern: "13:24 WIB, Senin 13 Mei 2024" starts where the time "13:24
    WIB" does).
    """

    # Not an attrs class: it is private, and an attrs class costs about a millisecond to create at import.
    __slots__ = ("_pattern", "after", "flags", "marks", "name", "needs_digit", "rank", "source", "words")

    def __init__(
        self,
        name: str,
        source: str,
        rank: int,
        *,
        needs_digit: bool = False,
        words: frozenset[str] = frozenset(),
        marks: tuple[str, ...] = (),
        after: str | None = None,
        flags: int = _FLAGS,
    ) -> None:
        self.name = name
        self.source = source
        self.rank = rank
        self.needs_digit = needs_digit
        self.words = words
        self.marks = marks
        self.after = after
        self.flags = flags
        self._pattern: regex.Pattern[str] | None = None

    def __repr__(self) -> str:
        return f"Rule(name={self.name!r}, rank={self.rank!r}, after={self.after!r})"

    @property
    def pattern(self) -> regex.Pattern[str]:
        """The compiled pattern, built the first time a text needs this rule."""
        if self._pattern is None:
            self._pattern = compile_pattern(self.source, self.flags)
        return self._pattern

    def may_match(self, lowered: str, words: frozenset[str], *, has_digit: bool) -> bool:
        if self.needs_digit and not has_digit:
            return False
        if self.words and self.words.isdisjoint(words):
            return False
        return not self.marks or any(mark in lowered for mark in self.marks)


def _rule(
    name: str,
    rank: int,
    body: str,
    *,
    needs_digit: bool = False,
    words: Iterable[str] = (),
    marks: Iterable[str] = (),
    after: str | None = None,
) -> Rule:
    source = _B + "(?:" + body + ")"
    return Rule(
        name,
        source,
        rank,
        needs_digit=needs_digit,
        words=frozenset(_words_of(words)),
        marks=tuple(marks),
        after=after,
    )


WORD = regex.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
"""A word as the pre-check sees it: letters, with "Jum'at" kept whole."""


def _words_of(phrases: Iterable[str]) -> set[str]:
    words: set[str] = set()
    for phrase in phrases:
        for part in phrase.split():
            # WORD's matches hold no white space, and a part of letters only is one match: the tables' words
            # are read without a regex call (about a millisecond at import).
            if part.isalpha():
                words.add(part)
            else:
                words.update(WORD.findall(part))
    return words


_ISO_TIME = (
    r"T(?P<H>\d{2}):?(?P<M>\d{2})(?::?(?P<S>\d{2})(?:[.,](?P<frac>\d{1,9}))?)?"
    r"(?P<off>Z|[+-]\d{2}(?::?\d{2})?)?(?![\w:])"
)

# A two-digit year only after "/" or "-" ("13/05/24", "05-11-15"): "13.05.24" is as likely a number.
# A slash may stand between spaces ("04 / 06 / 2020 03:21", Brilio's stamp) where the year has four digits:
# a ratio or a score is not written with two of them.
_NUMERIC_DATE = (
    r"(?<![\d/.-])(?:(?P<d>\d{1,2})(?P<sep>[/.-]|[^\S\n]/[^\S\n])(?P<mo>\d{1,2})(?P=sep)"
    r"(?:(?P<y>\d{4})|(?<=[/-])(?P<y>\d{2})(?![\d.,]\d|-\d))"
    r"|(?P<y>\d{4})(?P<sep>[/.-]|[^\S\n]/[^\S\n])(?P<mo>\d{1,2})(?P=sep)(?P<d>\d{1,2}))(?![\d/])"
)
# A two-digit year after a day and a month name ("24 Oct 23 | 14:00", IDN Times' stamp) only where the two
# digits end a stamp: a time follows (which _TIME_AFTER_DATE joins), or a "|" or the text's end does. The
# year itself is read as the numeric dates' two-digit years are (_resolve._year_of).
# In running text they are a count ("Pada 24 Oktober 23 orang tewas"), and "24 Oktober 23.00" is a time.
_SHORT_YEAR = (
    r"[^\S\n]++(?P<y>\d{2})(?![\d:.,]\d)(?!\w)(?="
    r"\s*+[,|/–—·•-]?\s*+(?:" + _CLOCK_WORD + r"\s*+)?\d{1,2}[:.]\d{2}(?!\d)|[^\S\n]*+\||\s*+\Z)"
)
_NAMED_DATE = "".join(
    (
        r"(?:" + _DAY + r"[\s-]*+(?P<mon>" + _MONTH + r")(?:[\s,-]*+" + _YEAR + r"|" + _SHORT_YEAR + r")?",
        r"|(?P<mon>" + _MONTH + r")\s++" + _DAY + r",?\s++" + _YEAR + ")",
        r"(?:\s++tahun\s++(?P<ydir>" + _CAL_DIR + r")|\s++(?P<dir>" + _CAL_DIR + r"))?",
    )
)
_SHORT_NUMERIC_DATE = (
    r"(?:\(\s*+" + _DAY + r"\s*+[/.-]\s*+(?P<mo>\d{1,2})(?:\s*+[/.-]\s*+(?P<y>\d{4}|\d{2}))?\s*+\)"
    r"|" + _DAY + r"/(?P<mo>\d{1,2})(?![\d/]))"
)
_NUMBER_WORD = _alt([*t.NUMBER_WORDS, *t.NUMBER_SCALES]) + _E
_COUNT = "".join(
    (
        r"(?:(?<![\d.,])(?P<n>\d{1,4})\s*+",
        # "dua puluh lima": the whole run of number words, so "lima tahun lalu" is not read out of it.
        r"|(?P<nw>" + _NUMBER_WORD + r"(?:\s++" + _NUMBER_WORD + r")*)\s++",
        # "1,5 tahun lalu", "setengah tahun lalu": not a whole count, so no date.
        r"|(?P<vague>" + _alt(t.VAGUE_QUANTITIES) + r"|\d+[.,]\d+)\s*+|(?P<se>se))",
    )
)
_MONTH_TAIL = "".join(
    (
        r"(?:\s*+,?\s*+(?:tahun\s++)?" + _YEAR,
        r"|\s++tahun\s++(?P<ydir>" + _CAL_DIR + r")",
        r"|\s++(?P<dir>" + _CAL_DIR + r"))?",
    )
)
_WEEKDAY_RANGE = r"(?:hari\s++)?(?P<wd1>" + _WEEKDAY + r")" + _RANGE + r"(?P<wd>" + _WEEKDAY + r")"
_DAY_RANGE = "".join(
    (
        # "Senin-Rabu, 16-18 Desember 2024": the weekdays must agree with the days.
        r"(?:" + _WEEKDAY_RANGE + r"\s*+,?\s*+)?",
        r"(?P<d1>\d{1,2})(?:\s++(?P<mon1>" + _MONTH + r")(?:\s++(?P<y1>\d{4}))?)?" + _RANGE,
        _DAY + r"\s++(?P<mon>" + _MONTH + r")(?:[\s,]++" + _YEAR + r")?",
    )
)
_MONTH_RANGE = "".join(
    (
        r"(?P<mon1>" + _MONTH + r")(?:\s++(?P<y1>\d{4}))?" + _RANGE,
        r"(?P<mon>" + _MONTH + r")(?:\s*+,?\s*+" + _YEAR + r")?",
    )
)


_PERIOD_WORD = r"(?P<period>" + _alt(t.PERIODS) + r")"
_ORDINAL = r"(?P<ord>" + _alt(t.ORDINALS) + r")" + _E
_PERIOD = "".join(
    (
        _PERIOD_WORD + r"\s*+" + _ORDINAL + r"(?:\s*+[-/]\s*+|\s++(?:tahun\s++)?)",
        r"(?:" + _YEAR + r"|tahun\s++(?P<ydir>" + _CAL_DIR + r"))",
        # Without a year only a spelled-out period: "kuartal IV", never "q 3".
        r"|(?P<period>" + _alt(w for w in t.PERIODS if len(w) > 1) + r")\s++" + _ORDINAL,
    )
)


# "Senin-Rabu (16-18/12)", "Senin-Rabu (16-18/12/2024)", "Jumat-Minggu (31/1-2/2)".
_SHORT_TAIL = r"\s*+[/.-]\s*+(?P<mo>\d{1,2})(?:\s*+[/.-]\s*+(?P<y>\d{4}|\d{2}))?\s*+\)"
_WEEKDAY_DAY_RANGE = "".join(
    (
        _WEEKDAY_RANGE
        + r"\s*+,?\s*+\(\s*+(?P<d1>\d{1,2})(?:\s*+/\s*+(?P<mo1>\d{1,2}))?"
        + _RANGE
        + _DAY
        + _SHORT_TAIL,
        # "Senin (3/2) hingga Rabu (5/2)", "Senin (30/12/2024) - Rabu (1/1/2025)".
        r"|(?:hari\s++)?(?P<wd1>"
        + _WEEKDAY
        + r")\s*+,?\s*+\(\s*+(?P<d1>\d{1,2})\s*+[/.-]\s*+(?P<mo1>\d{1,2})",
        r"(?:\s*+[/.-]\s*+(?P<y1>\d{4}|\d{2}))?\s*+\)" + _RANGE,
        r"(?:hari\s++)?(?P<wd>" + _WEEKDAY + r")\s*+,?\s*+\(\s*+" + _DAY + _SHORT_TAIL,
    )
)
_TIME_FIRST = (
    r"(?:(?P<clock>" + _CLOCK_WORD + r")\s*+)?" + _TIME + r"|(?P<clock>" + _CLOCK_WORD + r")\s*+" + _HOUR
)
# "kemarin", "besok": a day phrase without a part of the day ("tadi malam" would change the hour).
_DAY_PART_WORDS = _words_of(t.DAY_PARTS)
_PLAIN_DAY_PHRASE = _alt(p for p in t.DAY_PHRASES if _words_of([p]).isdisjoint(_DAY_PART_WORDS))
# "13:24 WIB, Senin 13 Mei 2024", "pukul 10.00 WIB, Selasa (4/2)": a time before its date.
_TIME_BEFORE_DATE = "".join(
    (
        # Atomic: when no date follows, the time is not tried again in its shorter readings.
        r"(?>" + _TIME_FIRST + r")\s*+(?:[,|/–—·•-]\s*+)?(?:(?:pada|tanggal)\s++)?",
        r"(?:" + _WEEKDAY_PREFIX + r"(?:" + _NUMERIC_DATE + r"|" + _NAMED_DATE + r")",
        r"|(?:hari\s++)?(?P<wd>" + _WEEKDAY + r")" + _DAY_PART_GAP + r"\s*+,?\s*+" + _SHORT_NUMERIC_DATE,
        # "pukul 10.00 WIB kemarin", "pukul 8 WIB, Senin malam": the part of the day sets the hour.
        r"|(?P<phrase>" + _PLAIN_DAY_PHRASE + r")" + _E,
        r"|(?:hari\s++)?(?P<wd>" + _WEEKDAY + r")" + _DAY_PART,
        r"(?:\s++(?:(?P<wk>pekan|minggu)\s++)?(?P<dir>" + _AGO_DIR + r"))?)",
    )
)
_SPAN_DIR = _alt(t.SPAN_DIRECTIONS) + _E
# "abad ke-21", "abad 21", "abad XXI".
_CENTURY = _alt(t.CENTURY_WORDS) + r"\s++(?:ke\s*+-?\s*+)?(?P<c>\d{1,2}(?!\d)|[ivxl]+" + _E + ")"
# "1990-an", "era 80-an", "awal 2000-an": a decade ("-an" after a round year); "20-an" alone may be an age.
_DECADE = "".join(
    (
        r"(?:(?P<part>" + _PART + r")\s++)?(?:(?P<tahun>" + _alt(t.DECADE_WORDS) + r")\s++)?",
        r"(?<![\d.,/-])['’]?(?P<y>\d0|\d{3}0)-?an" + _E,
    )
)
_HIJRI_MARK = _alt(t.HIJRI_MARKS) + _E
# "17 Ramadan 1445 H", "1 Muharram 1446", "bulan Ramadhan 1446 H", "Ramadan 2025", "tahun 1446 H".
_HIJRI = "".join(
    (
        r"(?:(?P<d>\d{1,2})\s++)?(?:bulan\s++)?(?P<hmon>" + _alt(t.HIJRI_MONTHS) + r")" + _E,
        r"(?:\s++(?:tahun\s++)?(?P<hy>\d{3,4})(?!\d)(?:\s*+(?P<mark>" + _HIJRI_MARK + r"))?)?",
        r"|(?:tahun\s++)?(?P<hy>\d{3,4})\s*+(?P<mark>" + _HIJRI_MARK + r")",
    )
)
# "Idul Fitri 2024", "Hari Raya Idul Adha 2024/1445 H", "Idul Adha 1445 H", "Lebaran tahun lalu".
_FEAST_YEAR = "".join(
    (
        r"(?:\s++(?:(?P<tahun>tahun)\s++)?(?:(?P<y>\d{4})(?!\d)(?!\s*+" + _HIJRI_MARK + ")",
        r"(?:\s*+/\s*+(?P<hy>\d{3,4})\s*+" + _HIJRI_MARK + ")?",
        r"|(?P<hy>\d{3,4})\s*+" + _HIJRI_MARK + r"|(?P<dir>" + _CAL_DIR + r")))?",
    )
)
_FEAST = r"(?:" + _alt(t.FEAST_CUES) + r"\s++)?(?P<feast>" + _alt(t.FEASTS) + r")" + _E + _FEAST_YEAR
# "dalam 15 menit", "dlm 40 dtk": that long after the reference.
_IN = r"(?P<in>" + _alt(t.IN_WORDS) + r")" + _E + r"\s*+"


def _relative(unit: str, parts: str) -> str:
    return r"(?:(?P<part>" + parts + r")\s++)?" + unit + _E + r"(?:\s++(?P<dir>" + _DIR + "))?"


def _rules() -> tuple[Rule, ...]:
    """The date rules, in the order they are tried. Written on first use (see :func:`_grammar`)."""
    return (
        _rule(
            "numeric",
            0,
            _WEEKDAY_PREFIX + _NUMERIC_DATE + "(?:" + _ISO_TIME + "|" + _TIME_AFTER_DATE + ")",
            needs_digit=True,
            marks=("/", "-", "."),
        ),
        _rule("named", 1, _WEEKDAY_PREFIX + _NAMED_DATE + _TIME_AFTER_DATE, needs_digit=True, words=t.MONTHS),
        _rule(
            "weekday_numeric",
            2,
            r"(?:hari\s++)?(?P<wd>"
            + _WEEKDAY
            + r")"
            + _DAY_PART_GAP
            + r"\s*+,?\s*+"
            + _SHORT_NUMERIC_DATE
            + _TIME_AFTER_DATE,
            needs_digit=True,
            words=t.WEEKDAYS,
        ),
        _rule(
            "ago",
            3,
            _COUNT + r"(?P<unit>" + _UNIT + r")" + _E + r"\s++(?P<dir>" + _AGO_DIR + ")"
            r"|" + _IN + _COUNT + r"(?P<unit>" + _UNIT + r")" + _E + r"(?:\s++(?P<dir>lagi)" + _E + ")?"
            # "berbulan-bulan lalu": reduplication is vague too.
            r"|(?P<vague>ber\w+-\w+)\s++(?:yang\s++)?(?P<dir>lalu|silam)"
            + _E
            # "a day ago", "an hour ago": the English article counts one (the resolver's default count).
            + r"|"
            + _B
            + _alt(t.ENGLISH_ONE)
            + r"\s++(?P<unit>"
            + _alt(t.ENGLISH_UNITS)
            + r")"
            + r"\s++(?P<dir>ago)"
            + _E,
            words=[*t.UNITS, *(f"se{unit}" for unit in t.UNITS)],
        ),
        _rule(
            "month",
            4,
            r"(?:(?P<part>" + _PART + r")\s++)?(?P<bulan>bulan\s++)?(?P<mon>" + _MONTH + ")" + _MONTH_TAIL,
            words=t.MONTHS,
        ),
        _rule(
            "year",
            5,
            r"(?:(?P<part>"
            + _PART
            + r")\s++)?(?:(?P<tahun>tahun)\s++)?(?<![\d.,/-])(?P<y>\d{4})(?![\d/]|[.,]\d|\s*+[-–]\s*+\d)"
            # A decade ("1990-an") is another rule's.
            r"(?!-?an" + _E + ")"
            # Hijri and BC years ("1445 H", "500 SM") are other calendars.
            r"(?!\s*+(?:h|hijriah|hijriyah|sm)" + _E + ")",
            needs_digit=True,
        ),
        _rule("week", 6, _relative("(?:pekan|minggu)", _WEEK_PART), words=("pekan", "minggu")),
        _rule("month_relative", 7, _relative("bulan", _PART), words=("bulan",)),
        _rule("year_relative", 8, _relative("tahun", _PART), words=("tahun",)),
        _rule(
            "weekday",
            9,
            r"(?P<hari>hari\s++)?(?P<wd>" + _WEEKDAY + r")(?:\s++(?P<wdp>" + _DAY_PARTS + r"))?"
            r"(?:\s++(?:(?P<wk>pekan|minggu)\s++)?(?P<dir>" + _AGO_DIR + r"))?" + _TIME_AFTER_DAY,
            words=t.WEEKDAYS,
        ),
        _rule(
            "day_phrase",
            10,
            r"(?P<phrase>" + _alt(t.DAY_PHRASES) + r")" + _E + _TIME_AFTER_DAY,
            words=_words_of(t.DAY_PHRASES),
        ),
        _rule(
            "time",
            11,
            r"(?:(?P<clock>"
            + _CLOCK_WORD
            + r")\s*+)?"
            + _TIME
            + r"|(?P<clock>"
            + _CLOCK_WORD
            + r")\s*+"
            + _HOUR,
            needs_digit=True,
            marks=(":", ".", "pukul", "pkl", "jam"),
        ),
        _rule("range", 12, _DAY_RANGE + "|" + _MONTH_RANGE, words=t.MONTHS, marks=t.RANGE_WORDS),
        _rule("period", 13, _PERIOD, words=t.PERIODS),
        _rule(
            "year_range",
            14,
            r"(?:(?P<tahun>tahun)\s++)?(?<![\d.,/-])(?P<y1>\d{4})"
            + _RANGE
            + r"(?:tahun\s++)?"
            + _YEAR
            + r"(?![/.,]\d)",
            needs_digit=True,
            marks=t.RANGE_WORDS,
        ),
        _rule(
            "time_date",
            15,
            _TIME_BEFORE_DATE,
            needs_digit=True,
            marks=(":", ".", "pukul", "pkl", "jam"),
            after="time",
        ),
        _rule(
            "weekday_range",
            16,
            _WEEKDAY_RANGE + r"(?:\s++(?:(?P<wk>pekan|minggu)\s++)?(?P<dir>" + _DIR + r"))?",
            words=t.WEEKDAYS,
            marks=t.RANGE_WORDS,
        ),
        _rule(
            "weekday_day_range",
            17,
            _WEEKDAY_DAY_RANGE,
            needs_digit=True,
            words=t.WEEKDAYS,
            marks=t.RANGE_WORDS,
        ),
        _rule(
            "recent",
            18,
            _COUNT + r"(?P<unit>" + _UNIT + r")" + _E + r"\s++(?P<span>" + _SPAN_DIR + ")",
            words=t.SPAN_DIRECTIONS,
        ),
        _rule("century", 19, _CENTURY, words=t.CENTURY_WORDS),
        _rule("decade", 22, _DECADE, needs_digit=True, words=("an",)),
        _rule("hijri", 20, _HIJRI, words=[*_words_of(t.HIJRI_MONTHS), *t.HIJRI_MARKS]),
        # Every feast's last word is its own ("Idul Fitri", "Jumat Agung"): "jumat" or "tahun" alone is no
        # cue.
        _rule("feast", 21, _FEAST, words=[feast.split()[-1] for feast in t.FEASTS]),
        _rule(
            "moment",
            23,
            r"(?P<phrase>" + _alt(t.MOMENT_PHRASES) + r")" + _E,
            words=_words_of(t.MOMENT_PHRASES),
        ),
    )


HAS_DIGIT = regex.compile(r"\d")

# Rules whose matches open on one of a few literal words ("bulan", "tahun", "abad", "baru saja"): the engine
# finds it faster itself than a long text's word starts are gated one by one (see dates._gated_finditer);
# a matter of speed only, either way finds the same matches.
PLAIN_SCAN = frozenset({"month_relative", "year_relative", "century", "moment"})

# The byline form most pages print, "Senin, 13 Mei 2024 13:24 WIB", in a pattern a tenth the size of the
# "named" rule's: a text it matches whole is one "named" match with the same groups, read without compiling
# the grammar (about 60 ms at a process's first date). Every piece matches a subset of the rule's piece;
# words are any ASCII letters here, so :func:`byline_words_known` checks them against the tables.
_LETTERS = r"[a-z]++"  # then a word end, as the rule's word lists have
_BYLINE_TIME = (
    r"(?:\s*+[,|/–—·•-]?\s*+(?:(?:pukul|pkl\.?|jam)\s*+)?"
    r"(?<![\d.,:+])(?P<H>\d{1,2})(?P<hsep>[:.])(?P<M>\d{2})(?!\d)(?:[:.](?P<S>\d{2})(?!\d))?"
    r"(?:\s*+(?P<tz>wita|wib|wit)(?!\w))?)?"
)
BYLINE = Rule(
    "named",
    "".join(
        (
            _B + r"(?:(?P<wd>" + _LETTERS + r"(?:['’]" + _LETTERS + r")?)" + _E + r"\s*+,?\s*+)?",
            r"(?P<d>\d{1,2})(?!\d)\s++(?P<mon>" + _LETTERS + _E + r"(?:\.(?=\s*+\d))?)[\s,]*+" + _YEAR,
            _BYLINE_TIME,
            # Groups the resolver reads that this form never has.
            r"(?:(?P<dp>(?!))(?P<tzoff>(?!)))?",
        )
    ),
    1,
)
"""The common byline form, matched whole (see :func:`byline_words_known`)."""


def byline_words_known(match: regex.Match[str]) -> bool:
    """Whether a :data:`BYLINE` match's words are a month and a weekday (if any) of the tables: then the
    "named" rule matches the same text with the same groups."""
    weekday = match.group("wd")
    if weekday is not None:
        word = weekday.casefold()
        if word not in t.WEEKDAYS and word not in t.WEEKDAY_ABBREVIATIONS:
            return False
    return match.group("mon").casefold().rstrip(".") in t.MONTHS


class _Grammar:
    """The rules and the index :func:`rules_for` picks them by."""

    # Not an attrs class: it is private, and an attrs class costs about a millisecond to create at import.
    __slots__ = ("anchors", "marks", "rules", "word_index", "wordless")

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        self.rules = rules
        # The rules whose match starts other rules are tried at (see Rule.after).
        self.anchors = frozenset(rule.after for rule in rules if rule.after is not None)
        self.wordless = frozenset(i for i, rule in enumerate(rules) if not rule.words)
        # One pass over the rules' words (a test of every word against every rule costs a millisecond).
        found: dict[str, set[int]] = {}
        for i, rule in enumerate(rules):
            for word in rule.words:
                found.setdefault(word, set()).add(i)
        self.word_index = {word: frozenset(ids) for word, ids in found.items()}
        self.marks = tuple(sorted({mark for rule in rules for mark in rule.marks}))


@functools.cache
def _grammar() -> _Grammar:
    # Built on first use: a page whose dates are all plain byline dates (read by BYLINE) never needs the
    # rules, and writing their patterns and word sets was about a millisecond or two of every import.
    return _Grammar(_rules())


def anchors() -> frozenset[str]:
    """The rules whose match starts other rules are tried at (see :attr:`Rule.after`)."""
    return _grammar().anchors


def __getattr__(name: str) -> Any:
    # RULES and ANCHORS as the module had them before the rules were built on first use (PEP 562).
    if name == "RULES":
        return _grammar().rules
    if name == "ANCHORS":
        return _grammar().anchors
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def rules_for(text: str) -> list[Rule]:
    """The rules that may match ``text``, in ``RULES`` order: :meth:`Rule.may_match` for all rules at once,
    with the text's words looked up in an index and its marks found once (the pre-check is per parse)."""
    grammar = _grammar()
    lowered = text.casefold()
    has_digit = HAS_DIGIT.search(text) is not None
    marks = frozenset(mark for mark in grammar.marks if mark in lowered)
    picked = set(grammar.wordless)
    # Each distinct word looked up once: an article body repeats its words, and the lookups were most of
    # the pre-check's time on a long text.
    for word in set(WORD.findall(lowered)).intersection(grammar.word_index):
        picked.update(grammar.word_index[word])
    return [
        rule
        for i, rule in enumerate(grammar.rules)
        if i in picked
        and (has_digit or not rule.needs_digit)
        and (not rule.marks or not marks.isdisjoint(rule.marks))
    ]


@functools.cache
def context_before() -> regex.Pattern[str]:
    """A preposition just before a match: it makes a bare weekday, month or year a date in running text."""
    return compile_pattern(r"(?<!\w)" + _alt(t.PREPOSITIONS) + r"\s++\Z", _FLAGS)


@functools.cache
def recurrence_before() -> regex.Pattern[str]:
    """ "setiap" and kin just before a match: "setiap Jumat" is no date."""
    return compile_pattern(r"(?<!\w)" + _alt(t.RECURRENCE_WORDS) + r"\s++(?:hari\s++|bulan\s++)?\Z", _FLAGS)
