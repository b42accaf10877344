"""The result types: :class:`DateValue` (what a date says) and :class:`DateMention` (where it is)."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal, get_args

import attrs

from beritaparse.dates._table import WIB

__all__ = ["GRANULARITIES", "DateMention", "DateValue", "Granularity"]

Granularity = Literal["year", "month", "week", "day", "hour", "minute", "second", "span", "sighting"]
"""How precisely the text places its date. "span": every day from ``start`` to ``end`` is meant (a range,
"pertengahan Januari"). "sighting": ONE day (or Hijri month or year) is meant, but which one depends on
sighting the moon, so ``start``/``end`` cover every day it can fall on ("Idul Fitri 2024", "17 Ramadan
1445 H")."""
GRANULARITIES: tuple[str, ...] = get_args(Granularity)

_FINE = frozenset({"hour", "minute", "second"})


def _check_aware(_inst: object, attr: attrs.Attribute[Any], value: dt.datetime) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{attr.name} must be an aware datetime, not {value!r}")


def _check_granularity(_inst: object, _attr: object, value: str) -> None:
    if value not in GRANULARITIES:
        raise ValueError(f"granularity must be one of {GRANULARITIES}, not {value!r}")


@attrs.frozen
class DateValue:
    """What a date expression says, at the precision it says it.

    ``start`` is the first instant the text covers and ``end`` the first instant after it (exclusive):
    a day runs from 00:00 to the next day's 00:00, a minute from ``hh:mm:00`` to the next minute.
    Dates without a written time are in WIB (+07:00).
    """

    start: dt.datetime = attrs.field(validator=_check_aware)
    end: dt.datetime = attrs.field(validator=_check_aware)
    granularity: Granularity = attrs.field(validator=_check_granularity)
    raw: str

    @end.validator
    def _end_after_start(self, _attr: object, value: dt.datetime) -> None:
        if value <= self.start:
            raise ValueError(f"end {value!r} must come after start {self.start!r}")

    @property
    def point(self) -> dt.datetime | dt.date | None:
        """An aware datetime for hour, minute or second granularity, a date for a day, else None."""
        if self.granularity in _FINE:
            return self.start
        if self.granularity == "day":
            return self.start.date()
        return None

    def iso(self) -> str:
        """ISO 8601 text at the known precision: "2024", "2024-11", "2025-W05", "2024-12-17",
        "2025-02-04T13:05:00+07:00", or for a span (and the days a sighting can fall on)
        "2025-01-11/2025-01-20", both days included."""
        start = self.start
        if self.granularity == "year":
            return f"{start.year:04d}"
        if self.granularity == "month":
            return f"{start.year:04d}-{start.month:02d}"
        if self.granularity == "week":
            year, week, _ = start.isocalendar()
            return f"{year:04d}-W{week:02d}"
        if self.granularity == "day":
            return start.date().isoformat()
        if self.granularity in {"span", "sighting"}:
            last = (self.end - dt.timedelta(microseconds=1)).date()
            return f"{start.date().isoformat()}/{last.isoformat()}"
        return start.isoformat()

    # Builders used by the resolver; public so callers can make values for their own tests.
    @classmethod
    def for_day(cls, day: dt.date, raw: str) -> DateValue:
        start = dt.datetime(day.year, day.month, day.day, tzinfo=WIB)
        return cls(start, start + dt.timedelta(days=1), "day", raw)

    @classmethod
    def for_days(cls, first: dt.date, last: dt.date, raw: str) -> DateValue:
        """A span of whole days, ``last`` included."""
        start = dt.datetime(first.year, first.month, first.day, tzinfo=WIB)
        end = dt.datetime(last.year, last.month, last.day, tzinfo=WIB) + dt.timedelta(days=1)
        return cls(start, end, "span", raw)

    @classmethod
    def for_sighting(cls, first: dt.date, last: dt.date, raw: str) -> DateValue:
        """The days from ``first`` to ``last`` (included), one of which the text means: which one depends on
        sighting the moon."""
        return attrs.evolve(cls.for_days(first, last, raw), granularity="sighting")

    @classmethod
    def for_week(cls, monday: dt.date, raw: str) -> DateValue:
        start = dt.datetime(monday.year, monday.month, monday.day, tzinfo=WIB)
        return cls(start, start + dt.timedelta(days=7), "week", raw)

    @classmethod
    def for_month(cls, year: int, month: int, raw: str) -> DateValue:
        start = dt.datetime(year, month, 1, tzinfo=WIB)
        end = dt.datetime(year + month // 12, month % 12 + 1, 1, tzinfo=WIB)
        return cls(start, end, "month", raw)

    @classmethod
    def for_year(cls, year: int, raw: str) -> DateValue:
        return cls(dt.datetime(year, 1, 1, tzinfo=WIB), dt.datetime(year + 1, 1, 1, tzinfo=WIB), "year", raw)

    @classmethod
    def for_instant(
        cls, when: dt.datetime, granularity: Literal["hour", "minute", "second"], raw: str
    ) -> DateValue:
        """``when`` truncated to ``granularity`` (a second keeps its fraction, as ISO text may carry one)."""
        if granularity == "hour":
            start = when.replace(minute=0, second=0, microsecond=0)
            step = dt.timedelta(hours=1)
        elif granularity == "minute":
            start = when.replace(second=0, microsecond=0)
            step = dt.timedelta(minutes=1)
        else:
            start = when
            step = dt.timedelta(seconds=1) - dt.timedelta(microseconds=when.microsecond)
        return cls(start, start + step, granularity, raw)


@attrs.frozen
class DateMention:
    """A date expression found in a text: ``text[start:end] == raw``."""

    start: int
    end: int
    raw: str
    value: DateValue
