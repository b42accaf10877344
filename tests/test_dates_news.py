"""Round three of the date forms, read from news-like text written for these tests: relative time as listing
pages and live reports print it, a part of the day before a time, Hijri dates and feasts.

Expected values come from the calendar: the reference is Tuesday 4 February 2025, 13:05 WIB; the official
Indonesian days of the feasts are those the government announced (Idul Fitri 1445 H on 10 April 2024, Idul
Adha 1444 H on 29 June 2023, Nyepi 2024 on 11 March...); a day that depends on sighting the moon is read as
the Umm al-Qura day and one day either side, which must hold the official day.
"""

from __future__ import annotations

import datetime as dt

import pytest

from beritaparse.dates import find_dates, parse_date

WIB = dt.timezone(dt.timedelta(hours=7))
NOW = dt.datetime(2025, 2, 4, 13, 5, tzinfo=WIB)  # a Tuesday
TODAY = NOW.date()


def iso(text: str, reference: dt.date | dt.datetime = NOW) -> tuple[str, str] | None:
    value = parse_date(text, reference=reference)
    return None if value is None else (value.iso(), value.granularity)


@pytest.mark.parametrize(
    ("text", "expected", "granularity"),
    [
        # Listing pages: the time since an item was posted, in full and short units.
        ("Diperbarui 5 mnt lalu", "2025-02-04T13:00:00+07:00", "minute"),
        ("10 menit lalu", "2025-02-04T12:55:00+07:00", "minute"),
        ("Update: 2 jam yang lalu", "2025-02-04T11:00:00+07:00", "hour"),
        ("30 dtk yang lalu", "2025-02-04T13:04:30+07:00", "second"),
        ("3 hr lalu", "2025-02-01", "day"),
        ("1 mgg lalu", "2025-W05", "week"),  # the week of Tuesday 28 January
        ("2 bln lalu", "2024-12", "month"),
        ("1 thn lalu", "2024", "year"),
        ("baru saja", "2025-02-04T13:05:00+07:00", "minute"),
        ("Barusan", "2025-02-04T13:05:00+07:00", "minute"),
        # Live reports: what comes next.
        ("Siaran langsung dimulai dalam 15 menit", "2025-02-04T13:20:00+07:00", "minute"),
        ("Hitung mundur: dlm 40 dtk", "2025-02-04T13:05:40+07:00", "second"),
        ("Pengumuman pemenang 1 jam lagi", "2025-02-04T14:00:00+07:00", "hour"),
        ("dalam dua hari", "2025-02-06", "day"),
        # A part of the day before the time sets its hour.
        ("Polisi tiba tadi malam pukul 10.00 WIB", "2025-02-03T22:00:00+07:00", "minute"),
        ("kemarin malam pukul 11", "2025-02-03T23:00:00+07:00", "hour"),
        ("tadi pagi pukul 07.30", "2025-02-04T07:30:00+07:00", "minute"),
        ("besok pagi pukul 9", "2025-02-05T09:00:00+07:00", "hour"),
        ("kemarin sore pukul 3.15", "2025-02-03T15:15:00+07:00", "minute"),
    ],
)
def test_relative_time_of_listings_and_live_reports(text: str, expected: str, granularity: str) -> None:
    assert iso(text) == (expected, granularity)


def test_tadi_malam_from_a_date_only_reference_is_that_day() -> None:
    # Without a time of day, "tadi" cannot be placed before a moment: the reference day's night.
    assert iso("tadi malam pukul 10.00", TODAY) == ("2025-02-04T22:00:00+07:00", "minute")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Libur Nyepi 2024", "2024-03-11"),
        ("perayaan Imlek 2025", "2025-01-29"),
        ("Paskah 2024", "2024-03-31"),
        ("Jumat Agung 2024", "2024-03-29"),
        ("Kenaikan Isa Almasih 2024", "2024-05-09"),
        ("Pentakosta 2025", "2025-06-08"),
        ("Waisak 2023", "2023-06-04"),
        ("Hari Raya Natal 2023", "2023-12-25"),
        ("misa malam Natal 2024", "2024-12-24"),  # Christmas Eve
    ],
)
def test_feasts_with_an_exact_day(text: str, expected: str) -> None:
    assert iso(text) == (expected, "day")


@pytest.mark.parametrize(
    ("text", "official"),
    [
        ("Hari Raya Idul Adha 1444 H", "2023-06-29"),
        ("1 Ramadan 1444 H", "2023-03-23"),
        ("Tahun Baru Islam 1445 H", "2023-07-19"),
        ("Idul Adha 2025", "2025-06-06"),
        ("Isra Miraj 2025", "2025-01-27"),
        ("Lebaran 2023", "2023-04-22"),  # the government's day; Muhammadiyah kept 21 April
        ("Idul Fitri 1445 Hijriah", "2024-04-10"),
        ("mudik Lebaran tahun lalu", "2024-04-10"),
    ],
)
def test_sighted_days_hold_the_official_day(text: str, official: str) -> None:
    value = parse_date(text, reference=NOW)
    assert value is not None
    assert value.granularity == "sighting"
    day = dt.date.fromisoformat(official)
    assert value.start.date() <= day < value.end.date()
    assert value.end - value.start == dt.timedelta(days=3)
    assert value.point is None


def test_a_gregorian_date_wins_beside_a_hijri_one() -> None:
    # 10 April 2024 was a Wednesday.
    assert iso("Idul Fitri 1445 H jatuh pada Rabu (10/4/2024)") == ("2024-04-10", "day")


def test_feasts_in_running_text() -> None:
    text = (
        "DENPASAR - Umat Hindu di Bali merayakan Nyepi 2025 dengan sepi, sementara umat Islam bersiap "
        "menyambut Lebaran 2025. Gubernur baru saja tiba dan rapat digelar dalam 15 menit."
    )
    found = [(m.raw, m.value.iso(), m.value.granularity) for m in find_dates(text, reference=NOW)]
    assert found == [
        ("Nyepi 2025", "2025-03-29", "day"),
        # Idul Fitri 1446 H: 30 March 2025 by Umm al-Qura (Saudi Arabia), 31 March in Indonesia.
        ("Lebaran 2025", "2025-03-29/2025-03-31", "sighting"),
    ]
