"""Hostile input for the date normaliser: references at the edge of ``datetime``, and the pattern audit.

Speed over growing adversarial inputs is measured in bench/bench_dates.py (``--hostile``), not here; these
tests check the properties that make it linear and the errors that replace raw exceptions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import pytest
import regex

from beritaparse.dates import _grammar as grammar
from beritaparse.dates import _table, find_dates, parse_date
from beritaparse.errors import BeritaparseError, DateRangeError

_EDGES = [
    # 9999-12-31 in UTC is already the year 10000 in WIB (+07:00).
    dt.datetime.max.replace(tzinfo=dt.timezone.utc),
    dt.datetime(9999, 12, 31, 18, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
    # 0001-01-01 00:00 at +14:00 is still the year 0 in WIB.
    dt.datetime.min.replace(tzinfo=dt.timezone(dt.timedelta(hours=14))),
]


@pytest.mark.parametrize("reference", _EDGES, ids=str)
@pytest.mark.parametrize("text", ["besok", "1 Januari 2025", "tidak ada tanggal", "Idul Fitri 2024"])
def test_reference_beyond_wib_range_raises_a_library_error(reference: dt.datetime, text: str) -> None:
    with pytest.raises(DateRangeError) as info:
        parse_date(text, reference=reference)
    assert isinstance(info.value, BeritaparseError)
    assert isinstance(info.value, ValueError)
    with pytest.raises(DateRangeError):
        find_dates(text, reference=reference)


@pytest.mark.parametrize(
    "reference",
    [
        dt.date.max,
        dt.date.min,
        dt.datetime.max,  # noqa: DTZ901 - a naive reference is read as WIB: it stays in range
        dt.datetime.min,  # noqa: DTZ901
        dt.datetime(9999, 12, 31, 16, tzinfo=dt.timezone.utc),
    ],
    ids=str,
)
@pytest.mark.parametrize(
    "text",
    ["besok", "kemarin", "tahun depan", "3 hari lalu", "dua jam lagi", "dalam 5 mnt", "Selasa (17/12)",
     "pekan depan", "Desember mendatang", "7 hari ke depan", "Lebaran tahun depan", "Imlek tahun lalu",
     "baru saja", "abad ke-21"],
)  # fmt: skip
def test_relative_words_at_the_calendar_edges_give_none_or_a_value(reference: dt.date, text: str) -> None:
    # Counting past year 9999 (or before year 1) is no date; it must not escape as OverflowError.
    value = parse_date(text, reference=reference)
    assert value is None or value.start < value.end
    for mention in find_dates(f"pada {text}", reference=reference):
        assert mention.value.start < mention.value.end


# A white-space quantifier that may give back what it took lets two neighbours ("\s*,?\s*") share a run of
# spaces in every possible way: quadratic time on "Senin" + 4,000 spaces. The grammar writes them
# possessive; this audit reads every compiled pattern so a new form cannot bring the greedy kind back.
_GIVING_BACK = regex.compile(r"(?:\\s|\[[^\]]*\\s[^\]]*\])[*+](?![+?])")


def test_every_white_space_quantifier_is_possessive() -> None:
    patterns = [rule.source for rule in grammar.RULES]
    patterns += [grammar.context_before().pattern, grammar.recurrence_before().pattern]
    offenders = [p for p in patterns if _GIVING_BACK.search(p)]
    assert offenders == []


def test_no_pattern_uses_full_case_folding() -> None:
    # Full case folding ("ß" = "ss", "ﬀ" = "ff") turns one letter into several and made credits._DOMAIN
    # exponential; the date words have no letter that needs it.
    for rule in grammar.RULES:
        assert not rule.flags & regex.FULLCASE, rule.name
        assert not rule.flags & regex.VERSION1, rule.name


@pytest.mark.parametrize("run", [" ", "\t", " ,", ", ", " -", "- ", "\n "])
@pytest.mark.parametrize(
    "head", ["Senin", "13 Mei 2024", "13/05/2024", "Senin-Rabu", "Mei", "Senin (3/2)", "5 menit", "dalam"]
)
def test_long_white_space_runs_are_read_around(head: str, run: str) -> None:
    # The date before a long run is still found and nothing is invented from the run itself.
    text = f"pada {head}{run * 3000}x"
    found = find_dates(text, reference=dt.date(2025, 2, 4))
    assert all(m.end <= len("pada ") + len(head) + 1 for m in found)


def test_the_words_of_a_table_are_the_word_patterns_matches() -> None:
    # _words_of reads a part of letters only as one word without a regex call; every other part goes
    # through WORD. Both must give what WORD finds in the whole phrase, for every phrase of every table.
    phrases = {
        phrase
        for value in vars(_table).values()
        if isinstance(value, (frozenset, tuple, Mapping))
        for phrase in value
        if isinstance(phrase, str)
    }
    phrases |= {"Jum'at malam", "tanggal 17-an", "hari_raya", "dini hari ke2", "Ǆuma  ’at"}
    assert len(phrases) > 300
    for phrase in sorted(phrases):
        assert grammar._words_of([phrase]) == set(grammar.WORD.findall(phrase)), phrase
