"""Calendar names the credit and time readers share with :mod:`beritaparse.dates`: weekdays and zones.

The dates package owns the table (:mod:`beritaparse.dates._table`); this module names what the rules read
from it, so that no weekday or zone name is written a second time.
"""

from __future__ import annotations

from beritaparse.dates._table import DIRECTIONS, MONTHS, WEEKDAYS, WIB, ZONES
from beritaparse.dates._table import WEEKDAY_ABBREVIATIONS as _SHORT_WEEKDAYS

__all__ = [
    "LOCAL_ZONE",
    "MONTH_NAMES",
    "PAST_WORDS",
    "SHORT_YEAR",
    "WEEKDAY_ABBREVIATIONS",
    "WEEKDAY_NAMES",
    "ZONE_NAMES",
]

MONTH_NAMES: tuple[str, ...] = tuple(sorted(MONTHS))
"""Month names and their short forms, Indonesian and English, lower case ("januari", "des", "december")."""

WEEKDAY_NAMES: tuple[str, ...] = tuple(sorted(WEEKDAYS))
"""Weekday names, Indonesian and English, lower case ("senin", "jum'at", "monday")."""

WEEKDAY_ABBREVIATIONS: tuple[str, ...] = tuple(sorted(_SHORT_WEEKDAYS))
"""Short weekday names ("sen", "thu"): a weekday only in front of a date ("Thu, November 7, 2019")."""

ZONE_NAMES: tuple[str, ...] = tuple(sorted(ZONES))
"""Time zone names written after a time ("wib", "wita", "wit", "utc", and abroad "pdt", "cet", "ist"), lower
case; the date grammar reads those abroad only in capitals (``dates._table.CAPITAL_ZONES``)."""

PAST_WORDS: frozenset[str] = frozenset(w.rsplit(maxsplit=1)[-1] for w, sign in DIRECTIONS.items() if sign < 0)
"""The last words of a time counted back from now ("lalu", "silam", "ago": "sehari lalu", "a day ago")."""

LOCAL_ZONE = WIB
"""The zone of a time written without one: Western Indonesia Time."""

SHORT_YEAR = r"(?<!\d)\d{1,2}[^\S\n]+[^\W\d_]+\.?[^\S\n]+\d{2}(?![\d:.])"
"""A pattern for a two-digit year written after a day and a month name ("24 Oct 23 | 14:00", IDN Times'
stamp), as the date grammar reads one: in a date mention's text it says the year was written, not inferred.
Two figures that open a clock time ("Senin 23 Okt 14:00") are none."""
