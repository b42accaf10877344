"""Indonesian dates and times as news writes them, normalised to what the text actually says.

>>> import datetime as dt
>>> from beritaparse.dates import parse_date, find_dates
>>> parse_date("Selasa, 23 Februari 2016 14:49 WIB").iso()
'2016-02-23T14:49:00+07:00'
>>> parse_date("Jumat, 31 Jan 2025 12:09 WITA").point
datetime.datetime(2025, 1, 31, 12, 9, tzinfo=datetime.timezone(datetime.timedelta(seconds=28800), 'WITA'))
>>> parse_date("November 2024").iso(), parse_date("November 2024").granularity
('2024-11', 'month')
>>> parse_date("Selasa (17/12)", reference=dt.date(2025, 2, 4)).iso()  # the weekday names the year
'2024-12-17'
>>> parse_date("pertengahan Januari", reference=dt.date(2025, 2, 4)).iso()
'2025-01-11/2025-01-20'
>>> parse_date("31 Februari 2025") is None, parse_date("beberapa waktu lalu") is None
(True, True)
>>> [(m.raw, m.value.iso()) for m in find_dates(
...     "Rapat digelar Senin (16/12/2024) pukul 10.00 WIB, sepekan setelah bulan lalu.",
...     reference=dt.date(2025, 1, 6))]
[('Senin (16/12/2024) pukul 10.00 WIB', '2024-12-16T10:00:00+07:00'), ('bulan lalu', '2024-12')]

Rules worth knowing (docs/dates.md has them all): a time without a zone is WIB; a day runs from 00:00 to
the next day's 00:00 (``end`` is exclusive); a bare month or weekday means its latest occurrence not after
the reference; a day and month without a year take the year that makes a given weekday right, else the
nearest one, days ahead counting double. Without a reference, relative words count from now in WIB.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
from typing import TYPE_CHECKING

import attrs
import regex

from beritaparse.dates._grammar import BYLINE, PLAIN_SCAN, Rule, anchors, byline_words_known, rules_for
from beritaparse.dates._resolve import RESOLVERS, Context, Outcome, Resolved, make_context
from beritaparse.dates._table import WIB
from beritaparse.dates._value import DateMention, DateValue, Granularity
from beritaparse.errors import InputTypeError

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["WIB", "DateMention", "DateValue", "Granularity", "find_dates", "parse_date"]

_Span = tuple[int, int, Resolved, str]
_SENTENCE_END = regex.compile(r"[.!?;]\s|\n")
_DAY_OR_FINER = frozenset({"day", "hour", "minute", "second"})
_OTHER_CALENDARS = frozenset({"hijri", "feast"})
_FOLLOWED = regex.compile(r"\W*\w")


def _check(text: object, reference: object) -> None:
    if not isinstance(text, str):
        raise InputTypeError(f"a date text must be str, not {type(text).__name__}")
    if reference is not None and not isinstance(reference, dt.date):
        raise InputTypeError(
            f"reference must be a datetime.date or datetime.datetime, not {type(reference).__name__}"
        )


# From this length on a text's rules run only where their opening can stand (see _gated_finditer); a
# shorter text (a byline's date) is scanned faster than its openings are listed.
_GATED_LENGTH = 256
_NON_WORD = regex.compile(r"\W")
# Openings kept per rule, emptied when full: a key is a character and the three after it. The key tuples
# are shared by the rules that read one text, so the tables stay within a few megabytes in a long batch.
_OPENINGS = 8192


class _Starts:
    """Where a rule's match may start in a text, and what stands around each start.

    Every rule opens on ``(?<!\\w)``: a match starts at the text's start or right after a character that is
    not a word character, and nowhere else. A start's key is the character before it and the three from it.
    """

    __slots__ = ("at", "distinct", "keys")

    def __init__(self, text: str) -> None:
        self.at = [0, *(m.end() for m in _NON_WORD.finditer(text))]
        # text[-1:0] is "": the text's start has nothing before it, as the engine sees it.
        self.keys = [(text[i - 1 : i], text[i : i + 3]) for i in self.at]
        self.distinct = set(self.keys)


def _gated_finditer(rule: Rule, text: str, starts: _Starts) -> Iterable[regex.Match[str]]:
    """``rule.pattern.finditer(text)``, with the pattern tried only at the starts whose opening it can match.

    The engine tries a rule's long alternations of words at every word start of a long body; most starts
    open on three characters no alternative does ("ked", "per" for a weekday). Whether a match can open
    there is the engine's own partial match against the character before and the three from the start (the
    grammar's
    lookbehinds read one character back), asked once per rule and key. A match found skips the starts it
    covers, as finditer resumes at its end. An empty match (finditer's own stepping rules would apply)
    sends the rule back to the plain finditer.
    """
    pattern = rule.pattern
    known = _RULE_OPENINGS.setdefault(rule, {})
    missing = starts.distinct.difference(known)
    if missing:
        if len(known) + len(missing) > _OPENINGS:
            known.clear()
            missing = starts.distinct
        for before, opening in missing:
            known[before, opening] = pattern.match(before + opening, len(before), partial=True) is not None
    out: list[regex.Match[str]] = []
    resume = 0
    for at in itertools.compress(starts.at, map(known.__getitem__, starts.keys)):
        if at < resume:
            continue
        match = pattern.match(text, at)
        if match is None:
            continue
        if match.end() == at:
            return pattern.finditer(text)
        out.append(match)
        resume = match.end()
    return out


# Per rule (by identity: a rule lives as long as the grammar), whether a match can open on a key.
_RULE_OPENINGS: dict[Rule, dict[tuple[str, str], bool]] = {}


@functools.lru_cache(maxsize=16)
def _candidates(text: str) -> tuple[tuple[int, int, int, regex.Match[str], str], ...]:
    """Every rule's matches in ``text``, longest first: ``(-length, rank, start, match, rule name)``.

    What the patterns match depends on the text alone, not on the reference: a text read twice (a paste's
    inferred day reads its body once to find the reference and once more with it) is matched once.
    """
    candidates = []
    rule_starts: dict[str, list[int]] = {}
    anchor_names = anchors()
    starts = _Starts(text) if len(text) >= _GATED_LENGTH else None
    for rule in rules_for(text):
        if rule.after is None:
            matches: Iterable[regex.Match[str] | None] = (
                rule.pattern.finditer(text)
                if starts is None or rule.name in PLAIN_SCAN
                else _gated_finditer(rule, text, starts)
            )
        else:
            matches = [rule.pattern.match(text, at) for at in rule_starts.get(rule.after, ())]
        for match in matches:
            if match is not None:
                start, end = match.span()
                if end > start:
                    candidates.append((start - end, rule.rank, start, match, rule.name))
        if rule.name in anchor_names:
            # Only anchors with words after them: a rule tried there must extend past their end.
            rule_starts[rule.name] = [
                c[2] for c in candidates if c[4] == rule.name and _FOLLOWED.match(text, c[3].end())
            ]
    candidates.sort(key=lambda c: c[:3])
    return tuple(candidates)


def _byline(text: str, ctx: Context) -> DateValue | None:
    """The date of a text that is one plain byline date ("Senin, 13 Mei 2024 13:24 WIB"), read with the
    small :data:`BYLINE` pattern; None when the text is anything else, and then the full grammar reads it.

    Such a text is one "named" match covering it all, so no other rule can win a stretch of it: the scan
    would find exactly this date. A process's first byline then compiles no date rule at all.
    """
    match = BYLINE.pattern.fullmatch(text)
    if match is None or not byline_words_known(match):
        return None
    try:
        outcome = RESOLVERS[BYLINE.name](match, ctx)
    except (ValueError, OverflowError, KeyError):
        return None
    return outcome if isinstance(outcome, DateValue) else None


def _scan(text: str, ctx: Context) -> list[_Span]:
    """Every rule's matches, the longest first claiming their stretch of text; blocked stretches included."""
    starts: list[int] = []
    ends: list[int] = []
    chosen: list[_Span] = []
    for _, _, start, match, name in _candidates(text):
        at = bisect.bisect_right(starts, start)
        if (at and ends[at - 1] > start) or (at < len(starts) and starts[at] < match.end()):
            continue
        try:
            outcome = RESOLVERS[name](match, ctx)
        except (ValueError, OverflowError):
            # Out-of-calendar numbers ("31/02/2025", year 0, offsets past 24 h): a date, but an invalid one.
            outcome = Outcome.BLOCK
        except KeyError:
            # A case variant the pattern matched but the table does not spell (exotic Unicode folding).
            outcome = Outcome.SKIP
        if outcome is Outcome.SKIP:
            continue
        starts.insert(at, start)
        ends.insert(at, match.end())
        chosen.insert(at, (start, match.end(), outcome, name))
    return chosen


def _on_day(value: DateValue, day: dt.date) -> DateValue:
    start = value.start.replace(year=day.year, month=day.month, day=day.day)
    return attrs.evolve(value, start=start, end=start + (value.end - value.start))


def find_dates(text: str, *, reference: dt.date | dt.datetime | None = None) -> list[DateMention]:
    """Every date expression in ``text``, in order and without overlaps.

    Bare weekday, month and year words count only with a cue ("hari Jumat", "pada Jumat", "bulan Agustus",
    "tahun 2024"); invalid and vague expressions are left out. A time standing alone ("pukul 02.00 WIB")
    falls on the day named earlier in its sentence, else on the reference day.
    """
    _check(text, reference)
    ctx = make_context(reference, loose=False)
    byline = _byline(text, ctx)
    if byline is not None:
        return [DateMention(0, len(text), text, byline)]
    mentions: list[DateMention] = []
    anchor: DateMention | None = None
    for start, end, outcome, rule in _scan(text, ctx):
        if not isinstance(outcome, DateValue):
            continue
        value = outcome
        if anchor is not None and _SENTENCE_END.search(text, anchor.end, start) is not None:
            anchor = None
        if rule == "time" and anchor is not None:
            point = anchor.value.start.date()
            value = _on_day(value, point)
        mention = DateMention(start, end, text[start:end], value)
        mentions.append(mention)
        if value.granularity in _DAY_OR_FINER:
            anchor = mention
    return mentions


def parse_date(text: str, *, reference: dt.date | dt.datetime | None = None) -> DateValue | None:
    """The date ONE expression names, or None when there is none (or it is invalid or vague).

    Words around the expression are tolerated ("pada hari Jumat", "Diperbarui 02/11/2023, 21:34 WIB");
    when several are present the longest wins. Bare "Jumat", "Agustus" or "2024" are read here.
    """
    _check(text, reference)
    ctx = make_context(reference, loose=True)
    byline = _byline(text, ctx)
    if byline is not None:
        return byline
    best: Resolved | None = None
    best_length = 0
    other: DateValue | None = None
    for start, end, outcome, rule in _scan(text, ctx):
        if rule in _OTHER_CALENDARS:
            # "Sabtu (1/3/2025) atau 1 Ramadhan 1446 H": a Hijri date or a feast hides nothing outside it,
            # and a Gregorian date beside it is the one to read (it is exact; the Hijri day may not be).
            if isinstance(outcome, DateValue) and (other is None or len(outcome.raw) > len(other.raw)):
                other = outcome
            continue
        if end - start > best_length:
            best, best_length = outcome, end - start
    if best is None:
        return other
    return best if isinstance(best, DateValue) else None
