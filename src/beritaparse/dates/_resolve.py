"""Turn a match of one ``_grammar`` rule into a :class:`DateValue`, given the reference date.

A resolver answers one of three things: a value; ``BLOCK`` (the text is a date expression, but an invalid or
vague one, so nothing shorter inside it may be read as a date either: "31 Februari 2025" must not become
"Februari 2025"); or ``SKIP`` (the match is no date expression here, e.g. a bare "Agustus" in running
text).
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import TYPE_CHECKING, Literal

import attrs
import regex

from beritaparse.dates import _table as t
from beritaparse.dates._grammar import context_before, recurrence_before
from beritaparse.dates._value import DateValue
from beritaparse.errors import DateRangeError

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

__all__ = ["RESOLVERS", "Context", "Outcome", "Resolved", "make_context"]


def _month_days(year: int, month: int) -> int:
    """The number of days in the month. The calendar module loads on the first call: only month ends and month
    ranges need it, and most pages have neither."""
    import calendar  # noqa: PLC0415

    return calendar.monthrange(year, month)[1]


class Outcome(enum.Enum):
    BLOCK = "block"
    SKIP = "skip"


Resolved = DateValue | Outcome
_Match = regex.Match[str]

_ONE_DAY = dt.timedelta(days=1)
# Real offsets run from -12:00 (Baker Island) to +14:00 (Kiribati).
_MIN_OFFSET, _MAX_OFFSET = dt.timedelta(hours=-12), dt.timedelta(hours=14)


class Context:
    """The reference the relative words count from, in WIB, and whether bare words are accepted.

    Not an attrs class: it is made only by :func:`make_context` and never compared, and an attrs class
    costs about a millisecond to create at import (issue 14).
    """

    __slots__ = ("loose", "now", "today")

    def __init__(self, today: dt.date, now: dt.datetime | None, loose: bool) -> None:
        self.today = today
        self.now = now
        self.loose = loose


def make_context(reference: dt.date | dt.datetime | None, *, loose: bool) -> Context:
    if reference is None:
        now = dt.datetime.now(t.WIB)
        return Context(now.date(), now, loose)
    if isinstance(reference, dt.datetime):
        try:
            now = reference.replace(tzinfo=t.WIB) if reference.tzinfo is None else reference.astimezone(t.WIB)
        except OverflowError:
            # 9999-12-31 23:00 UTC is already year 10000 in WIB: no day for relative words to count from.
            raise DateRangeError(
                f"reference {reference.isoformat()} is out of range once read in WIB"
            ) from None
        return Context(now.date(), now, loose)
    return Context(reference, None, loose)


def _lower(match: _Match, group: str) -> str | None:
    value = match.group(group)
    # casefold, not lower: the patterns ignore case the Unicode way, so "ſilam" (long s) matched "silam".
    return None if value is None else " ".join(value.casefold().split())


def _has_context(match: _Match) -> bool:
    return context_before().search(match.string, max(0, match.start() - 20), match.start()) is not None


def _is_recurrence(match: _Match) -> bool:
    return recurrence_before().search(match.string, max(0, match.start() - 20), match.start()) is not None


def _lookup(table: Mapping[str, int], match: _Match, group: str) -> int | None:
    word = _lower(match, group)
    if word is None:
        return None
    return table.get(word.rstrip("."))


def _weekday(match: _Match) -> int | None:
    word = _lower(match, "wd")
    if word is None:
        return None
    word = word.rstrip(".")
    return t.WEEKDAYS.get(word, t.WEEKDAY_ABBREVIATIONS.get(word))


def _direction(match: _Match, group: str = "dir") -> int | None:
    word = _lower(match, group)
    return None if word is None else t.DIRECTIONS[word]


def _cost(day: dt.date, today: dt.date) -> int:
    """Distance from the reference, days ahead counting double: news mostly looks back."""
    delta = (day - today).days
    return -delta if delta <= 0 else 2 * delta


def _infer_year(
    month: int, day: int, today: dt.date, *, weekday: int | None, direction: int | None
) -> dt.date | None:
    # A weekday repeats on a date every 5, 6 or 11 years (28 for 29 February), so look that far.
    reach = 4 if weekday is None else 28
    candidates: list[dt.date] = []
    for year in range(today.year - reach, today.year + reach + 1):
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if weekday is not None and date.weekday() != weekday:
            continue
        if direction is not None and direction != 0 and (date - today).days * direction <= 0:
            continue
        if direction == 0 and year != today.year:
            continue
        candidates.append(date)
    return min(candidates, key=lambda d: _cost(d, today), default=None)


def _month_year(month: int, today: dt.date, direction: int | None) -> int:
    """The year of a month named without one: the latest not after this month, or per the direction."""
    if direction == 0:
        return today.year
    if direction == -1:
        return today.year if month < today.month else today.year - 1
    if direction == 1:
        return today.year if month > today.month else today.year + 1
    return today.year if month <= today.month else today.year - 1


def _zone(match: _Match) -> dt.tzinfo:
    off = _group(match, "off")
    name = _lower(match, "tz")
    if off is not None and off.upper() != "Z":
        return _offset(off)
    if name is not None:
        zone: dt.tzinfo = t.ZONES[name]
        extra = match.group("tzoff")
        if extra is not None:
            zone = _offset(extra)
        return zone
    if off is not None:
        return dt.timezone.utc
    return t.WIB


def _offset(text: str) -> dt.timezone:
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = (int(digits[:2]), int(digits[2:] or 0)) if len(digits) > 2 else (int(digits), 0)
    offset = sign * dt.timedelta(hours=hours, minutes=minutes)
    if not _MIN_OFFSET <= offset <= _MAX_OFFSET:
        raise ValueError(f"no place on earth is {text} from UTC")
    if offset == dt.timedelta(hours=7):
        return t.WIB
    return dt.timezone(offset)


def _group(match: _Match, name: str) -> str | None:
    return match.group(name) if name in match.re.groupindex else None


def _hour(match: _Match, hour: int, day_part: str | None) -> int | None:
    """The 24-hour hour, after "PM" or a part of the day; None when the words contradict the number.

    ``day_part`` is a part of the day written before the time ("tadi malam pukul 10.00"); one written after
    it ("pukul 10.00 malam") wins."""
    ampm = _lower(match, "ampm") if "ampm" in match.re.groupindex else None
    if ampm is not None:
        if not 1 <= hour <= 12:
            return None
        return hour % 12 + (12 if ampm.startswith("p") else 0)
    part = _lower(match, "dp") or day_part
    if part is not None and part in t.DAY_PART_AFTERNOON:
        first, last = t.DAY_PART_AFTERNOON[part]
        if hour == 12 and part in t.TWELVE_UNREAD:
            return None
        if hour > 12 and last < 0:
            return None  # "pukul 19 pagi"
        if first <= hour <= last:
            return hour + 12
    return hour if hour < 24 else None


def _clock(match: _Match, day: dt.date, raw: str, day_part: str | None = None) -> Resolved:
    """The time groups of ``match`` on ``day``; the day itself when no time is written."""
    if _group(match, "H") is None or _group(match, "local") is not None:
        # "pukul 10.00 waktu setempat": in which zone? Only the day is known.
        return DateValue.for_day(day, raw)
    hour = _hour(match, int(match.group("H")), day_part)
    if hour is None:
        return Outcome.BLOCK
    minute_text, second_text = _group(match, "M"), _group(match, "S")
    frac = _group(match, "frac")
    micro = int((frac + "000000")[:6]) if frac else 0
    when = dt.datetime(
        day.year,
        day.month,
        day.day,
        hour,
        int(minute_text or 0),
        int(second_text or 0),
        micro,
        tzinfo=_zone(match),
    )
    granularity: Literal["hour", "minute", "second"] = (
        "hour" if minute_text is None else "minute" if second_text is None else "second"
    )
    return DateValue.for_instant(when, granularity, raw)


_CENTURY_AHEAD = 10


def _year_of(match: _Match, ctx: Context) -> int | None:
    text = match.group("y")
    if text is None:
        return None
    if len(text) != 2:
        return int(text)
    # The year ending in those digits that lies at most ten years after the reference's year: news dates
    # look back far more than ahead, so "24" is 2024, "35" 2035 and "98" 1998 in a 2025 article.
    latest = ctx.today.year + _CENTURY_AHEAD
    return latest - (latest - int(text)) % 100


def _calendar_date(match: _Match, month: int, ctx: Context) -> dt.date | None:
    day = int(match.group("d"))
    year = _year_of(match, ctx)
    weekday = _weekday(match)
    if year is None and "ydir" in match.re.groupindex and match.group("ydir") is not None:
        year = ctx.today.year + (_direction(match, "ydir") or 0)
    if year is None:
        direction = _direction(match) if "dir" in match.re.groupindex else None
        return _infer_year(month, day, ctx.today, weekday=weekday, direction=direction)
    date = dt.date(year, month, day)  # ValueError for "31 Februari 2025": a BLOCK
    # "Sabtu (11/5/2023)" when 11 May 2023 was a Thursday: the text contradicts itself, so no date.
    return None if weekday is not None and date.weekday() != weekday else date


def _numeric(match: _Match, ctx: Context) -> Resolved:
    try:
        date = _calendar_date(match, int(match.group("mo")), ctx)
    except ValueError:
        # "05-13-15" with a two-digit year is more likely some other number than an invalid date.
        if len(match.group("y") or "") == 2:
            return Outcome.SKIP
        raise
    return Outcome.BLOCK if date is None else _clock(match, date, match.group())


def _named(match: _Match, ctx: Context) -> Resolved:
    month = _lookup(t.MONTHS, match, "mon")
    if month is None:
        return Outcome.SKIP
    date = _calendar_date(match, month, ctx)
    return Outcome.BLOCK if date is None else _clock(match, date, match.group())


def _number_words(words: list[str]) -> int | None:
    """ "dua puluh lima" -> 25, "seratus dua belas" -> 112; None for a run that is no number ("puluh dua")."""
    total = current = 0
    last_was_scale = True
    for word in words:
        if word in t.NUMBER_WORDS:
            if not last_was_scale and current % 10:
                return None  # "dua tiga": two numbers, not one ("seratus dua" is one)
            current += t.NUMBER_WORDS[word]
            last_was_scale = False
        else:
            if last_was_scale:
                return None
            multiplier, addend = t.NUMBER_SCALES[word]
            if multiplier >= 1000:
                total, current = total + current * multiplier, 0
            else:
                # The scale applies to the digit just read: "seratus dua puluh" scales the 2, not 102.
                digit = current % 10 if current >= 10 else current
                current = current - digit + digit * multiplier + addend
            last_was_scale = True
    return total + current


def _count(match: _Match) -> int | None:
    """The count before a unit: digits, number words or "se-" (one); None when the words are no number."""
    if match.group("n") is not None:
        return int(match.group("n"))
    if match.group("nw") is not None:
        return _number_words((_lower(match, "nw") or "").split())
    return 1


def _add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months, clipped to the target month's length (31 Jan + 1 month = 28 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, _month_days(year, month)))


def _recent(match: _Match, ctx: Context) -> Resolved:
    """ "tiga hari terakhir", "sepekan terakhir", "dua bulan ke depan": whole days ending (or starting) on
    the reference day, the reference day included."""
    count = _count(match)
    unit = t.UNITS[_lower(match, "unit") or ""]
    if match.group("vague") is not None or count is None or count < 1 or unit not in _SPAN_UNITS:
        # "beberapa hari terakhir" is vague; "24 jam terakhir" would need a span of instants.
        return Outcome.BLOCK
    sign = t.SPAN_DIRECTIONS[_lower(match, "span") or ""]
    today = ctx.today
    if unit in {"day", "week"}:
        days = count * (7 if unit == "week" else 1)
        far = today + sign * (days - 1) * _ONE_DAY
    else:
        months = count * {"month": 1, "year": 12, "decade": 120}[unit]
        far = _add_months(today, sign * months) - sign * _ONE_DAY
    first, last = (far, today) if sign < 0 else (today, far)
    return DateValue.for_days(first, last, match.group())


_SPAN_UNITS = frozenset({"day", "week", "month", "year", "decade"})


def _ago(match: _Match, ctx: Context) -> Resolved:
    word = _lower(match, "dir")
    within = match.group("in") is not None
    if within and not ctx.loose:
        return Outcome.SKIP  # in running text "rampung dalam 15 menit" is a duration, not a time
    if match.group("vague") is not None or (word is None and not within) or word in t.BLOCKING_DIRECTIONS:
        return Outcome.BLOCK
    if match.group("se") is not None and (_lower(match, "unit") or "") in t.UNIT_ABBREVIATIONS:
        return Outcome.SKIP  # "se-" joins full words only ("sepekan"); "sehr" is no count
    sign = 1 if word is None else t.DIRECTIONS[word]
    if sign == 0:
        return Outcome.SKIP
    count = _count(match)
    if count is None:
        return Outcome.BLOCK
    unit = t.UNITS[_lower(match, "unit") or ""]
    if unit == "decade":
        unit, count = "year", count * 10
    step = sign * count
    raw = match.group()
    today = ctx.today
    if unit == "day":
        return DateValue.for_day(today + step * _ONE_DAY, raw)
    if unit == "week":
        day = today + 7 * step * _ONE_DAY
        return DateValue.for_week(day - day.weekday() * _ONE_DAY, raw)
    if unit == "month":
        index = today.year * 12 + today.month - 1 + step
        return DateValue.for_month(index // 12, index % 12 + 1, raw)
    if unit == "year":
        return DateValue.for_year(today.year + step, raw)
    if ctx.now is None:
        return Outcome.BLOCK  # "dua jam lalu" needs the reference's time of day
    delta = {
        "hour": dt.timedelta(hours=1),
        "minute": dt.timedelta(minutes=1),
        "second": dt.timedelta(seconds=1),
    }
    granularity: Literal["hour", "minute", "second"] = unit  # type: ignore[assignment]
    return DateValue.for_instant(ctx.now + step * delta[unit], granularity, raw)


def _month_span(year: int, month: int, part: str, raw: str) -> DateValue:
    first, last = t.MONTH_PARTS[part]
    last = min(last, _month_days(year, month))
    return DateValue.for_days(dt.date(year, month, first), dt.date(year, month, last), raw)


def _year_span(year: int, part: str, raw: str) -> DateValue:
    first, last = t.YEAR_PARTS[part]
    return DateValue.for_days(dt.date(year, first, 1), dt.date(year, last, _month_days(year, last)), raw)


def _month(match: _Match, ctx: Context) -> Resolved:
    word = (_lower(match, "mon") or "").rstrip(".")
    month = t.MONTHS.get(word)
    year = _year_of(match, ctx)
    part = _lower(match, "part")
    direction = _direction(match)
    ydir = _direction(match, "ydir")
    if month is None or (year is None and word not in t.BARE_MONTHS):
        return Outcome.SKIP
    named = any(x is not None for x in (year, part, direction, ydir, match.group("bulan")))
    if not (named or ctx.loose or _has_context(match)):
        return Outcome.SKIP
    if _is_recurrence(match):
        return Outcome.BLOCK
    if year is None:
        year = ctx.today.year + ydir if ydir is not None else _month_year(month, ctx.today, direction)
    if part is not None:
        return _month_span(year, month, part, match.group())
    return DateValue.for_month(year, month, match.group())


def _year(match: _Match, ctx: Context) -> Resolved:
    part = _lower(match, "part")
    if part is None and match.group("tahun") is None and not ctx.loose and not _has_context(match):
        return Outcome.SKIP
    year = int(match.group("y"))
    if not year >= 1000:
        return Outcome.SKIP
    if part is not None:
        return _year_span(year, part, match.group())
    return DateValue.for_year(year, match.group())


def _monday(day: dt.date) -> dt.date:
    return day - day.weekday() * _ONE_DAY


def _week(match: _Match, ctx: Context) -> Resolved:
    part = _lower(match, "part")
    direction = _direction(match)
    if part is None and direction is None:
        return Outcome.SKIP
    monday = _monday(ctx.today) + 7 * (direction or 0) * _ONE_DAY
    raw = match.group()
    if part is not None:
        first, last = t.WEEK_PARTS[part]
        return DateValue.for_days(monday + first * _ONE_DAY, monday + last * _ONE_DAY, raw)
    return DateValue.for_week(monday, raw)


def _month_relative(match: _Match, ctx: Context) -> Resolved:
    part = _lower(match, "part")
    direction = _direction(match)
    if part is None and direction is None:
        return Outcome.SKIP
    index = ctx.today.year * 12 + ctx.today.month - 1 + (direction or 0)
    year, month = index // 12, index % 12 + 1
    if part is not None:
        return _month_span(year, month, part, match.group())
    return DateValue.for_month(year, month, match.group())


def _year_relative(match: _Match, ctx: Context) -> Resolved:
    part = _lower(match, "part")
    direction = _direction(match)
    if part is None and direction is None:
        return Outcome.SKIP
    year = ctx.today.year + (direction or 0)
    if part is not None:
        return _year_span(year, part, match.group())
    return DateValue.for_year(year, match.group())


def _weekday_date(weekday: int, today: dt.date, direction: int | None, *, by_week: bool) -> dt.date:
    if by_week:
        return _monday(today) + (7 * (direction or 0) + weekday) * _ONE_DAY
    if direction == 0:
        return _monday(today) + weekday * _ONE_DAY
    if direction == 1:
        return today + ((weekday - today.weekday()) % 7 or 7) * _ONE_DAY
    back = (today.weekday() - weekday) % 7
    if direction == -1 and back == 0:
        back = 7
    return today - back * _ONE_DAY


def _weekday_only(match: _Match, ctx: Context) -> Resolved:
    word = _lower(match, "dir")
    if word is not None and word in t.BLOCKING_DIRECTIONS:
        return Outcome.BLOCK
    if _is_recurrence(match):
        return Outcome.BLOCK
    direction = None if word is None else t.DIRECTIONS[word]
    cue = match.group("hari") or match.group("wdp") or word
    if cue is None and not ctx.loose and not _has_context(match):
        return Outcome.SKIP
    weekday = _weekday(match)
    if weekday is None:
        return Outcome.SKIP
    date = _weekday_date(weekday, ctx.today, direction, by_week=match.group("wk") is not None)
    return _clock(match, date, match.group(), _lower(match, "wdp"))


def _day_phrase(match: _Match, ctx: Context) -> Resolved:
    phrase = _lower(match, "phrase") or ""
    if phrase in t.DAY_PARTS and not ctx.loose:
        return Outcome.SKIP  # in running text "sampai dini hari" is as often any night as the last one
    offset = t.DAY_PHRASES[phrase]
    part = _day_part_of(phrase)
    value = _clock(match, ctx.today + offset * _ONE_DAY, match.group(), part)
    # "tadi" is earlier than the reference moment: "tadi malam pukul 22.00" read at 07:00 was last night.
    if (
        _EARLIER in phrase.split()
        and isinstance(value, DateValue)
        and ctx.now is not None
        and value.granularity in _CLOCK_GRANULARITIES
        and value.start > ctx.now
    ):
        return attrs.evolve(value, start=value.start - _ONE_DAY, end=value.end - _ONE_DAY)
    return value


_EARLIER = "tadi"
_CLOCK_GRANULARITIES = frozenset({"hour", "minute", "second"})


def _day_part_of(phrase: str) -> str | None:
    """The part of the day inside a day phrase ("tadi malam" -> "malam"), the longest one written."""
    parts = [part for part in t.DAY_PARTS if f" {part} " in f" {phrase} "]
    return max(parts, key=len, default=None)


def _moment(match: _Match, ctx: Context) -> Resolved:
    """ "baru saja", "barusan": the reference moment (its day when the reference has no time of day)."""
    if not ctx.loose:
        return Outcome.SKIP  # in running text "baru saja" is an adverb: "Presiden baru saja tiba"
    if ctx.now is None:
        return DateValue.for_day(ctx.today, match.group())
    return DateValue.for_instant(ctx.now, "minute", match.group())


def _time(match: _Match, ctx: Context) -> Resolved:
    clock = _lower(match, "clock")
    zoned = match.group("tz") is not None
    if match.group("M") is None:
        # "jam 7" alone may be a duration's tail ("24 jam 7 hari"); "pukul 7" is always a time.
        if clock == "jam" and match.group("dp") is None and not zoned:
            return Outcome.SKIP
    # Without "pukul" or a zone, "13.05" is as likely a number; in one expression "13:05" is a time.
    elif clock is None and not zoned and not (ctx.loose and match.group("hsep") == ":"):
        return Outcome.SKIP
    return _clock(match, ctx.today, match.group())


def _range(match: _Match, ctx: Context) -> Resolved:
    """ "11-20 Januari 2025", "30 Januari - 2 Februari", "Juli-Des. 2015": a span of whole days."""
    raw = match.group()
    end_month = _lookup(t.MONTHS, match, "mon")
    start_month = _lookup(t.MONTHS, match, "mon1") or end_month
    if end_month is None or start_month is None:
        return Outcome.SKIP
    end_year = _year_of(match, ctx)
    start_year = int(match.group("y1")) if match.group("y1") else None
    if match.group("d") is None:  # a range of months
        words = {(_lower(match, g) or "").rstrip(".") for g in ("mon1", "mon")}
        if end_year is None and not (words <= t.BARE_MONTHS and (ctx.loose or _has_context(match))):
            return Outcome.SKIP
        if end_year is None:
            end_year = _month_year(end_month, ctx.today, None)
        if start_year is None:
            start_year = end_year if start_month <= end_month else end_year - 1
        last = _month_days(end_year, end_month)
        first_day, last_day = dt.date(start_year, start_month, 1), dt.date(end_year, end_month, last)
    else:
        day, first = int(match.group("d")), int(match.group("d1"))
        if end_year is None:
            ends = _infer_year(end_month, day, ctx.today, weekday=_weekday(match), direction=None)
            if ends is None:
                return Outcome.BLOCK
            end_year = ends.year
        last_day = dt.date(end_year, end_month, day)
        if start_year is None:
            # "28 Desember - 3 Januari" crosses a year; "20-11 Januari" is no range at all.
            crosses = match.group("mon1") is not None and start_month > end_month
            start_year = end_year - 1 if crosses else end_year
        first_day = dt.date(start_year, start_month, first)
    if first_day >= last_day or not _weekdays_agree(match, first_day, last_day):
        return Outcome.BLOCK
    return DateValue.for_days(first_day, last_day, raw)


def _weekdays_agree(match: _Match, first: dt.date, last: dt.date) -> bool:
    """ "Senin-Rabu, 16-18 Desember 2024": written weekdays must be those of the days (or no date)."""
    if "wd1" not in match.re.groupindex or match.group("wd1") is None:
        return True
    return (first.weekday(), last.weekday()) == (_lookup(t.WEEKDAYS, match, "wd1"), _weekday(match))


def _period(match: _Match, ctx: Context) -> Resolved:
    """ "kuartal I-2025", "semester II 2024", "triwulan III tahun lalu", "kuartal IV": a span of months."""
    length = t.PERIODS[_lower(match, "period") or ""]
    index = t.ORDINALS[_lower(match, "ord") or ""]
    if index * length > 12:
        return Outcome.BLOCK  # "semester III"
    year = _year_of(match, ctx)
    ydir = _direction(match, "ydir")
    if year is None and ydir is not None:
        year = ctx.today.year + ydir
    first = (index - 1) * length + 1
    if year is None:
        # Like a bare month: the latest such period that has begun by the reference day.
        year = ctx.today.year if first <= ctx.today.month else ctx.today.year - 1
    last = first + length - 1
    return DateValue.for_days(
        dt.date(year, first, 1), dt.date(year, last, _month_days(year, last)), match.group()
    )


def _year_range(match: _Match, ctx: Context) -> Resolved:
    """ "tahun 2019-2024", "2002 hingga 2003": a span of whole years."""
    if match.group("tahun") is None and not ctx.loose and not _has_context(match):
        return Outcome.SKIP
    first, last = int(match.group("y1")), int(match.group("y"))
    if not first < last:
        return Outcome.BLOCK
    return DateValue.for_days(dt.date(first, 1, 1), dt.date(last, 12, 31), match.group())


def _weekday_range(match: _Match, ctx: Context) -> Resolved:
    """ "Senin hingga Rabu", "Senin-Rabu pekan depan": from the first weekday (read like a bare weekday) to
    the next occurrence of the second."""
    word = _lower(match, "dir")
    if (word is not None and word in t.BLOCKING_DIRECTIONS) or _is_recurrence(match):
        return Outcome.BLOCK
    if word is None and not ctx.loose and not _has_context(match):
        return Outcome.SKIP
    first_weekday, last_weekday = _lookup(t.WEEKDAYS, match, "wd1"), _weekday(match)
    if first_weekday is None or last_weekday is None:
        return Outcome.SKIP
    length = (last_weekday - first_weekday) % 7
    if length == 0:
        return Outcome.BLOCK
    direction = None if word is None else t.DIRECTIONS[word]
    first = _weekday_date(first_weekday, ctx.today, direction, by_week=match.group("wk") is not None)
    return DateValue.for_days(first, first + length * _ONE_DAY, match.group())


def _weekday_day_range(match: _Match, ctx: Context) -> Resolved:
    """ "Senin-Rabu (16-18/12)", "Senin (3/2) hingga Rabu (5/2)": the weekdays name the year, as in
    "Selasa (17/12)"."""
    month, first_day, last_day = int(match.group("mo")), int(match.group("d1")), int(match.group("d"))
    first_month = int(match.group("mo1") or month)
    year = _year_of(match, ctx)
    if year is None:
        last_weekday = _weekday(match)
        ends = _infer_year(month, last_day, ctx.today, weekday=last_weekday, direction=None)
        if ends is None:
            return Outcome.BLOCK
        year = ends.year
    # "Selasa-Kamis (31/12-2/1)" crosses into the year of its last day.
    first = dt.date(year - (first_month > month), first_month, first_day)
    last = dt.date(year, month, last_day)
    written = match.group("y1")
    if written is not None and int(written) % 100 != first.year % 100:
        return Outcome.BLOCK  # "Senin (30/12/2023) - Rabu (1/1/2025)" is no range of days
    if first >= last or not _weekdays_agree(match, first, last):
        return Outcome.BLOCK
    return DateValue.for_days(first, last, match.group())


def _time_date(match: _Match, ctx: Context) -> Resolved:
    """ "13:24 WIB, Senin 13 Mei 2024", "pukul 10.00 WIB, Selasa (4/2)": a time written before its date."""
    clock = _lower(match, "clock")
    if clock is None and match.group("tz") is None and match.group("hsep") != ":":
        return Outcome.SKIP  # "13.05, Senin (4/2)" may be a number
    if match.group("phrase") is not None:
        offset = t.DAY_PHRASES[_lower(match, "phrase") or ""]
        return _clock(match, ctx.today + offset * _ONE_DAY, match.group())
    if match.group("mo") is None and match.group("mon") is None:
        word, weekday = _lower(match, "dir"), _weekday(match)
        if (word is not None and word in t.BLOCKING_DIRECTIONS) or weekday is None:
            return Outcome.BLOCK
        direction = None if word is None else t.DIRECTIONS[word]
        day = _weekday_date(weekday, ctx.today, direction, by_week=match.group("wk") is not None)
        return _clock(match, day, match.group())
    month = int(match.group("mo")) if match.group("mo") else _lookup(t.MONTHS, match, "mon")
    if month is None:
        return Outcome.SKIP
    date = _calendar_date(match, month, ctx)
    return Outcome.BLOCK if date is None else _clock(match, date, match.group())


_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}


def _roman(text: str) -> int | None:
    """A Roman numeral up to L (50), strictly formed; None otherwise ("IIII", "VX")."""
    total = 0
    values = [_ROMAN[c] for c in text]
    for here, after in zip(values, [*values[1:], 0], strict=True):
        total += -here if here < after else here
    canonical = {1: "i", 4: "iv", 5: "v", 9: "ix", 10: "x", 40: "xl", 50: "l"}
    spelled, rest = "", total
    for value in sorted(canonical, reverse=True):
        count, rest = divmod(rest, value)
        spelled += canonical[value] * count
    return total if spelled == text else None


def _century(match: _Match, _ctx: Context) -> Resolved:
    """ "abad ke-21": years 2001-2100, a century counted as the calendar counts it (there is no year 0)."""
    text = _lower(match, "c") or ""
    number = int(text) if text.isdigit() else _roman(text)
    if not number:
        return Outcome.BLOCK
    return DateValue.for_days(
        dt.date((number - 1) * 100 + 1, 1, 1), dt.date(number * 100, 12, 31), match.group()
    )


def _decade(match: _Match, ctx: Context) -> Resolved:
    """ "1990-an", "era 80-an", "awal 2000-an": ten years, or a third of them."""
    text = match.group("y")
    cue = match.group("tahun") or match.group("part")
    if cue is None and (len(text) == 2 or not (ctx.loose or _has_context(match))):
        return Outcome.SKIP  # "usia 20-an" is an age, "sekitar 2000-an peserta" a count
    year = int(text)
    if len(text) == 2:  # two digits: the latest such decade begun by the reference
        year = ctx.today.year - (ctx.today.year - year) % 100
    first, last = year, year + 9
    part = _lower(match, "part")
    if part is not None:
        low, high = t.DECADE_PARTS[part]
        first, last = year + low, year + high
    if first < 1:
        return Outcome.BLOCK
    return DateValue.for_days(dt.date(first, 1, 1), dt.date(last, 12, 31), match.group())


_FIRST_GREGORIAN_YEAR = 1600
"""A year after a Hijri month from here on is a Gregorian one ("Ramadan 2025"): Hijri years are about 1450."""


def _hijri(match: _Match, _ctx: Context) -> Resolved:
    """ "17 Ramadan 1445 H", "Ramadhan 1446 H", "Ramadan 2025", "1446 H": the days they can fall on."""
    from beritaparse.dates import _calendars as cal  # noqa: PLC0415 - calendar libraries load on first use

    year_text = match.group("hy")
    if year_text is None:
        return Outcome.BLOCK  # "17 Ramadan" names no year: which one is not guessed
    year = int(year_text)
    raw = match.group()
    month_word = _lower(match, "hmon")
    if month_word is None:  # "1446 H": the whole year
        first, _ = cal.hijri_window(year, 1)
        _, last = cal.hijri_window(year, 12)
        return DateValue.for_sighting(first, last, raw)
    month = t.HIJRI_MONTHS[month_word]
    day = int(match.group("d")) if match.group("d") else None
    if year < _FIRST_GREGORIAN_YEAR:
        return DateValue.for_sighting(*cal.hijri_window(year, month, day), raw)
    if match.group("mark") is not None:
        return Outcome.BLOCK  # "Ramadan 2025 H": no such Hijri year
    # "Ramadan 2025": the Hijri month whose first day (by the table) falls in that Gregorian year.
    windows = []
    for hijri_year in cal.hijri_years_around(year):
        window = cal.hijri_window(hijri_year, month, day)
        if (window[0] + cal.SIGHTING_SLACK).year == year:
            windows.append(window)
    if len(windows) != 1:
        return Outcome.BLOCK  # none, or two in one Gregorian year: the text does not say which
    return DateValue.for_sighting(*windows[0], raw)


def _feast(match: _Match, ctx: Context) -> Resolved:
    """ "Idul Fitri 2024", "Idul Adha 1445 H", "Paskah 2025", "Lebaran tahun lalu": the feast's day, or the
    days it can fall on when that depends on sighting the moon."""
    from beritaparse.dates import _calendars as cal  # noqa: PLC0415 - calendar libraries load on first use

    feast = t.FEASTS[_lower(match, "feast") or ""]
    raw = match.group()
    hijri_year = match.group("hy")
    direction = _direction(match)
    windows: tuple[cal.Window, ...]
    if hijri_year is not None:
        if not cal.is_sighted(feast):
            return Outcome.BLOCK  # "Natal 1445 H"
        windows = (cal.feast_in_hijri_year(feast, int(hijri_year)),)
        year_text = match.group("y")
        if year_text is not None and (windows[0][0] + cal.SIGHTING_SLACK).year != int(year_text):
            return Outcome.BLOCK  # "Idul Adha 2023/1445 H": the two years disagree
    elif match.group("y") is not None:
        windows = cal.feast_windows(feast, int(match.group("y")))
    elif direction is None:
        return Outcome.BLOCK  # "Lebaran" alone names no year
    elif match.group("tahun") is not None:  # "Lebaran tahun lalu"
        windows = cal.feast_windows(feast, ctx.today.year + direction)
    else:  # "Lebaran lalu", "Lebaran mendatang": the nearest one that way
        windows = _nearest_feast(feast, ctx.today, direction)
    if len(windows) != 1:
        return Outcome.BLOCK
    first, last = windows[0]
    if first == last:
        return DateValue.for_day(first, raw)
    return DateValue.for_sighting(first, last, raw)


def _nearest_feast(feast: str, today: dt.date, direction: int) -> tuple[tuple[dt.date, dt.date], ...]:
    """The feast's window nearest the reference day that way: the last before it, the next after it, or
    (direction 0, "Lebaran ini") the one in its year."""
    from beritaparse.dates import _calendars as cal  # noqa: PLC0415 - calendar libraries load on first use

    if direction == 0:
        return cal.feast_windows(feast, today.year)
    windows = [w for year in range(today.year - 1, today.year + 2) for w in cal.feast_windows(feast, year)]
    if direction < 0:
        before = [w for w in windows if w[1] < today]
        return tuple(before[-1:])
    after = [w for w in windows if w[0] > today]
    return tuple(after[:1])


RESOLVERS: Mapping[str, Callable[[_Match, Context], Resolved]] = {
    "numeric": _numeric,
    "named": _named,
    "weekday_numeric": _numeric,
    "ago": _ago,
    "month": _month,
    "year": _year,
    "week": _week,
    "month_relative": _month_relative,
    "year_relative": _year_relative,
    "weekday": _weekday_only,
    "day_phrase": _day_phrase,
    "time": _time,
    "range": _range,
    "period": _period,
    "year_range": _year_range,
    "time_date": _time_date,
    "weekday_range": _weekday_range,
    "weekday_day_range": _weekday_day_range,
    "recent": _recent,
    "century": _century,
    "decade": _decade,
    "hijri": _hijri,
    "feast": _feast,
    "moment": _moment,
}
