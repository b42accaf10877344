"""The days of other calendars: Hijri dates and the feasts whose Gregorian day moves from year to year.

Exact rules give the day: Easter and the feasts counted from it (python-dateutil's ``easter``), Christmas,
the Chinese new year (``lunardate``'s lunisolar table, 1900-2099). Nyepi and Waisak follow the Balinese and
Buddhist lunisolar reckonings that Indonesia's government publishes each year: their days are data,
:data:`OFFICIAL_DAYS`. Hijri months begin when the moon is sighted (rukyat) or by Indonesia's own reckoning
(hisab), which may differ by a day from any table, so a Hijri day is the Umm al-Qura day (``hijridate``,
1343-1500 H, 1924-2077) give or take :data:`SIGHTING_SLACK`: the days it can fall on, never one guessed.

Every function returns the first and last day of a window (equal for an exact day) and raises ValueError or
OverflowError for a date outside the tables (the resolver reads those as an invalid date).
"""

from __future__ import annotations

import datetime as dt
import functools
from types import MappingProxyType
from typing import TYPE_CHECKING

from dateutil.easter import easter
from hijridate import Gregorian, Hijri
from hijridate.ummalqura import HIJRI_RANGE
from lunardate import LunarDate

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = [
    "EASTER_OFFSETS",
    "FIXED_FEASTS",
    "ISLAMIC_FEASTS",
    "OFFICIAL_DAYS",
    "SIGHTING_SLACK",
    "Window",
    "feast_in_hijri_year",
    "feast_windows",
    "hijri_window",
    "hijri_years_around",
    "is_sighted",
]

Window = tuple[dt.date, dt.date]

(_FIRST_HIJRI, *_), (_LAST_HIJRI, *_) = HIJRI_RANGE

SIGHTING_SLACK = dt.timedelta(days=1)
"""How far Indonesia's first day of a Hijri month may lie from the Umm al-Qura one: a day either way."""

ISLAMIC_FEASTS: Mapping[str, tuple[int, int]] = MappingProxyType(
    {
        "islamic_new_year": (1, 1),  # 1 Muharram
        "maulid": (3, 12),  # 12 Rabiul Awal
        "isra_miraj": (7, 27),  # 27 Rajab
        "idul_fitri": (10, 1),  # 1 Syawal
        "idul_adha": (12, 10),  # 10 Zulhijah
    }
)
"""Islamic feasts as their (Hijri month, day)."""

EASTER_OFFSETS: Mapping[str, int] = MappingProxyType(
    {"good_friday": -2, "easter": 0, "ascension": 39, "pentecost": 49}
)
"""Christian feasts as days after Easter Sunday (Western reckoning, as Indonesia's calendar follows)."""

FIXED_FEASTS: Mapping[str, tuple[int, int]] = MappingProxyType(
    {"christmas_eve": (12, 24), "christmas": (12, 25)}
)
"""Feasts on the same (month, day) every year."""

# Source: the joint decrees (SKB) of the Ministers of Religious Affairs, Manpower and Administrative Reform on
# national holidays and collective leave, one per year (2010-2026), as published by the ministries; checked
# against the Indonesian calendar of the `holidays` package (vacanza/holidays, MIT).
OFFICIAL_DAYS: Mapping[str, Mapping[int, tuple[int, int]]] = MappingProxyType(
    {
        # Hari Suci Nyepi (Tahun Baru Saka).
        "nyepi": MappingProxyType(
            {
                2010: (3, 16), 2011: (3, 5), 2012: (3, 23), 2013: (3, 12), 2014: (3, 31), 2015: (3, 21),
                2016: (3, 9), 2017: (3, 28), 2018: (3, 17), 2019: (3, 7), 2020: (3, 25), 2021: (3, 14),
                2022: (3, 3), 2023: (3, 22), 2024: (3, 11), 2025: (3, 29), 2026: (3, 19),
            }
        ),
        # Hari Raya Waisak.
        "waisak": MappingProxyType(
            {
                2010: (5, 28), 2011: (5, 17), 2012: (5, 6), 2013: (5, 25), 2014: (5, 15), 2015: (6, 2),
                2016: (5, 22), 2017: (5, 11), 2018: (5, 29), 2019: (5, 19), 2020: (5, 7), 2021: (5, 26),
                2022: (5, 16), 2023: (6, 4), 2024: (5, 23), 2025: (5, 12), 2026: (5, 31),
            }
        ),
    }
)  # fmt: skip
"""Days Indonesia's government fixes each year, by feast and year, as (month, day)."""


def is_sighted(feast: str) -> bool:
    """Whether the feast's day depends on sighting the moon (the Islamic ones)."""
    return feast in ISLAMIC_FEASTS


def _around(day: dt.date) -> Window:
    return day - SIGHTING_SLACK, day + SIGHTING_SLACK


# Cached: converting through the Umm al-Qura table costs about a tenth of a millisecond, and a text repeats
# its dates ("Idul Fitri 2024" in every paragraph of a Lebaran report).
@functools.lru_cache(maxsize=4096)
def hijri_window(year: int, month: int, day: int | None = None) -> Window:
    """The days a Hijri day can fall on, or with ``day`` None those the whole month can cover.

    Day 30 is accepted in a month the Umm al-Qura table gives 29 days: Indonesia's month may have 30.
    """
    first = Hijri(year, month, 1).to_gregorian()
    start = dt.date(first.year, first.month, first.day)
    if day is None:
        length = Hijri(year, month, 1).month_length()
        return start - SIGHTING_SLACK, start + dt.timedelta(days=length - 1) + SIGHTING_SLACK
    if not 1 <= day <= 30:
        raise ValueError(f"no Hijri month has a day {day}")
    return _around(start + dt.timedelta(days=day - 1))


@functools.lru_cache(maxsize=1024)
def hijri_years_around(year: int) -> range:
    """The Hijri years that overlap the Gregorian ``year``: a Hijri year is 11 days shorter, so up to three
    (2008 began in 1428 H; 1 Muharram 1429 was on 10 January and 1 Muharram 1430 on 29 December)."""
    first = Gregorian(year, 1, 1).to_hijri().year
    return range(first, first + 3)


def feast_in_hijri_year(feast: str, year: int) -> Window:
    """An Islamic feast in the Hijri ``year`` ("Idul Adha 1445 H")."""
    month, day = ISLAMIC_FEASTS[feast]
    return hijri_window(year, month, day)


@functools.lru_cache(maxsize=4096)
def feast_windows(feast: str, year: int) -> tuple[Window, ...]:
    """Every window of ``feast`` whose day falls in the Gregorian ``year``, in order.

    An Islamic feast falls in a Gregorian year once, or twice about every 33 years (Idul Fitri 2000 was on
    8 January and 27 December). A year outside a table raises ValueError (or the library's OverflowError).
    """
    if feast in ISLAMIC_FEASTS:
        # Past either end of the Umm al-Qura table (1343-1500 H) a Hijri year has no known days.
        known = [hijri for hijri in hijri_years_around(year) if _FIRST_HIJRI <= hijri <= _LAST_HIJRI]
        windows = [feast_in_hijri_year(feast, hijri) for hijri in known]
        # The window's middle is the Umm al-Qura day; it is what places the feast in a year.
        return tuple(w for w in windows if (w[0] + SIGHTING_SLACK).year == year)
    if feast in EASTER_OFFSETS:
        day = easter(year) + dt.timedelta(days=EASTER_OFFSETS[feast])
    elif feast in FIXED_FEASTS:
        day = dt.date(year, *FIXED_FEASTS[feast])
    elif feast == "chinese_new_year":
        solar = LunarDate(year, 1, 1).to_solar_date()
        day = dt.date(solar.year, solar.month, solar.day)
    else:
        official = OFFICIAL_DAYS[feast]
        if year not in official:
            raise ValueError(f"no official day of {feast} is known for {year}")
        day = dt.date(year, *official[year])
    return ((day, day),)
