"""Each form the date normaliser reads, with values worked out by hand from a calendar.

Reference used throughout: Tuesday 4 February 2025 (ISO week 2025-W06, which runs 3-9 February).
"""

from __future__ import annotations

import datetime as dt

import pytest

from beritaparse.dates import parse_date

TUESDAY = dt.date(2025, 2, 4)
WIB = dt.timezone(dt.timedelta(hours=7))


def iso(text: str, reference: dt.date | dt.datetime | None = TUESDAY) -> tuple[str, str] | None:
    value = parse_date(text, reference=reference)
    return None if value is None else (value.iso(), value.granularity)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4 Februari 2025 13:05 WIB", "2025-02-04T13:05:00+07:00"),
        ("Selasa, 23 Februari 2016 14:49 WIB", "2016-02-23T14:49:00+07:00"),
        ("Kamis, 05 Nov 2015 14:56 WIB", "2015-11-05T14:56:00+07:00"),
        ("13 Mei 2024 | 13:24 WIB", "2024-05-13T13:24:00+07:00"),
        ("Senin, 13 Mei 2024 13:24 WIB", "2024-05-13T13:24:00+07:00"),
        ("Senin, 13 Mei  2024 13:24 WIB", "2024-05-13T13:24:00+07:00"),
        ("Rabu 17 Juni 2015, 22:26 WIB", "2015-06-17T22:26:00+07:00"),
        ("Rabu, 17 Juni 2015 | 22:26 WIB", "2015-06-17T22:26:00+07:00"),
        ("Selasa, 16 Feb 2016, 09:10 WIB", "2016-02-16T09:10:00+07:00"),
        ("Sabtu, 10 Des 2022 13:19 WIB", "2022-12-10T13:19:00+07:00"),
        ("Selasa 16 Jun 2015, 14:05 WIB", "2015-06-16T14:05:00+07:00"),
        ("Kamis, 05 November 2015 11:52", "2015-11-05T11:52:00+07:00"),
        ("Jumat, 31 Jan 2025 12:09 WITA", "2025-01-31T12:09:00+08:00"),
        ("31 January 2025 12:09", "2025-01-31T12:09:00+07:00"),
        ("January 31, 2025 1:05 PM", "2025-01-31T13:05:00+07:00"),
        ("on 16 Feb 2016 at 09:10 WIB", "2016-02-16T09:10:00+07:00"),
        ("4 Februari 2025 pukul 13.05 WIT", "2025-02-04T13:05:00+09:00"),
        ("05-Nov-2015 14:56", "2015-11-05T14:56:00+07:00"),
        ("4 Februari 2025 13:05 Asia/Makassar", "2025-02-04T13:05:00+08:00"),
        ("2025-02-04 13:05 Asia/Jakarta", "2025-02-04T13:05:00+07:00"),
    ],
)
def test_named_month_with_time(text: str, expected: str) -> None:
    assert iso(text, None) == (expected, "minute")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sabtu, 01/02/2025 08:15 WIT", "2025-02-01T08:15:00+09:00"),
        ("05/11/2015 14:56", "2015-11-05T14:56:00+07:00"),
        ("13/05/2024, 13:24 WIB", "2024-05-13T13:24:00+07:00"),
        ("Diperbarui 02/11/2023, 21:34 WIB", "2023-11-02T21:34:00+07:00"),
        ("Jumat, 19/06/2015 11:58 WIB", "2015-06-19T11:58:00+07:00"),
        ("Kompas.com - 24/05/2024, 13:08 WIB", "2024-05-24T13:08:00+07:00"),
        ("05-11-2015 14.56 WIB", "2015-11-05T14:56:00+07:00"),
        ("2024/05/13 13:24", "2024-05-13T13:24:00+07:00"),
        ("24/12/2024 pukul 19.30 WITA", "2024-12-24T19:30:00+08:00"),
        ("Senin (16/12/2024) pukul 10.00 WIB", "2024-12-16T10:00:00+07:00"),
    ],
)
def test_numeric_with_time(text: str, expected: str) -> None:
    assert iso(text, None) == (expected, "minute")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2016-02-23T14:49:30+07:00", "2016-02-23T14:49:30+07:00"),
        ("2016-02-23 14:49:30", "2016-02-23T14:49:30+07:00"),
        ("2016-02-16T02:10:56Z", "2016-02-16T02:10:56+00:00"),
        ("2023-11-02T14:34:19+00:00", "2023-11-02T14:34:19+00:00"),
        ("2016-02-23T14:49:30.250+0800", "2016-02-23T14:49:30.250000+08:00"),
        ("Tue, 04 Feb 2025 13:05:00 +0700", "2025-02-04T13:05:00+07:00"),
        ("04 Feb 2025 13:05:00 GMT", "2025-02-04T13:05:00+00:00"),
    ],
)
def test_seconds_and_offsets(text: str, expected: str) -> None:
    assert iso(text, None) == (expected, "second")


def test_iso_without_seconds_keeps_its_offset() -> None:
    assert iso("2016-02-23T14:49+08:00", None) == ("2016-02-23T14:49:00+08:00", "minute")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31 Januari 2025", "2025-01-31"),
        ("Senin (16/12/2024)", "2024-12-16"),
        ("Senin (16/12/24)", "2024-12-16"),
        ("16-12-2024", "2024-12-16"),
        ("2024-12-16", "2024-12-16"),
        ("Sel, 04 Feb 2025", "2025-02-04"),
        ("5 Jan. 2025", "2025-01-05"),
        ("1 Agt 2024", "2024-08-01"),
        ("1 Agu 2024", "2024-08-01"),
        ("1 Okt 2024", "2024-10-01"),
        ("17 Agustus 1945", "1945-08-17"),
        ("Jum'at, 31 Januari 2025", "2025-01-31"),
        ("Sabtu (11/5/2024)", "2024-05-11"),
        ("pada Jumat dini hari, 15 Januari 2021", "2021-01-15"),
        ("30 Nopember 2015", "2015-11-30"),
        ("29 Februari 2024", "2024-02-29"),
    ],
)
def test_dates_with_year(text: str, expected: str) -> None:
    assert iso(text, None) == (expected, "day")


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        # The weekday names the year: 17 Dec 2024 is a Tuesday, 17 Dec 2025 a Wednesday.
        ("Selasa (17/12)", TUESDAY, "2024-12-17"),
        # ... even forward: 2 Jan 2025 is a Thursday.
        ("Kamis (2/1)", dt.date(2024, 12, 31), "2025-01-02"),
        ("Kamis, 2/1", dt.date(2024, 12, 31), "2025-01-02"),
        ("Selasa (4/2) pukul 08.00", TUESDAY, "2025-02-04T08:00:00+07:00"),
        # No weekday: nearest, days ahead counting double.
        ("2 Januari", dt.date(2024, 12, 31), "2025-01-02"),
        ("20 Desember", dt.date(2024, 12, 10), "2024-12-20"),
        ("5 November", TUESDAY, "2024-11-05"),
        ("29 Februari", TUESDAY, "2024-02-29"),
        ("Kamis, 16 Januari", TUESDAY, "2025-01-16"),
        ("17 Agustus lalu", TUESDAY, "2024-08-17"),
        ("17 Agustus mendatang", TUESDAY, "2025-08-17"),
        ("5 November tahun lalu", TUESDAY, "2024-11-05"),
    ],
)
def test_year_inference(text: str, reference: dt.date, expected: str) -> None:
    value = parse_date(text, reference=reference)
    assert value is not None
    assert value.iso() == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kemarin", "2025-02-03"),
        ("kemarin lusa", "2025-02-02"),
        ("hari ini", "2025-02-04"),
        ("besok", "2025-02-05"),
        ("esok hari", "2025-02-05"),
        ("lusa", "2025-02-06"),
        ("tadi pagi", "2025-02-04"),
        ("kemarin sore", "2025-02-03"),
        ("malam ini", "2025-02-04"),
        ("3 hari lalu", "2025-02-01"),
        ("tiga hari yang lalu", "2025-02-01"),
        ("sehari sebelumnya x", None),
        ("dua hari lagi", "2025-02-06"),
        ("10 hari silam", "2025-01-25"),
        ("Senin lalu", "2025-02-03"),
        ("Selasa lalu", "2025-01-28"),
        ("Kamis depan", "2025-02-06"),
        ("Jumat ini", "2025-02-07"),
        ("Jumat pekan lalu", "2025-01-31"),
        ("Senin pekan depan", "2025-02-10"),
        ("Rabu minggu lalu", "2025-01-29"),
        ("hari Minggu lalu", "2025-02-02"),
        ("pada hari Jumat", "2025-01-31"),
        ("Jumat", "2025-01-31"),
        ("Selasa", "2025-02-04"),
        ("Ahad", "2025-02-02"),
    ],
)
def test_relative_days(text: str, expected: str | None) -> None:
    value = parse_date(text, reference=TUESDAY)
    if expected is None:
        assert value is None
    else:
        assert value is not None
        assert (value.iso(), value.granularity) == (expected, "day")


@pytest.mark.parametrize(
    ("text", "expected", "granularity"),
    [
        ("pekan lalu", "2025-W05", "week"),
        ("minggu lalu", "2025-W05", "week"),
        ("pekan depan", "2025-W07", "week"),
        ("minggu ini", "2025-W06", "week"),
        ("sepekan lalu", "2025-W05", "week"),
        ("2 minggu lalu", "2025-W04", "week"),
        ("bulan lalu", "2025-01", "month"),
        ("bulan depan", "2025-03", "month"),
        ("sebulan lalu", "2025-01", "month"),
        ("dua puluh lima tahun lalu", "2000", "year"),
        ("dua belas hari lalu", "2025-01-23", "day"),
        ("seratus hari lalu", "2024-10-27", "day"),
        ("dua bulan lalu", "2024-12", "month"),
        ("tahun lalu", "2024", "year"),
        ("tahun depan", "2026", "year"),
        ("setahun silam", "2024", "year"),
        ("5 tahun lalu", "2020", "year"),
        ("bulan Februari", "2025-02", "month"),
        ("Februari lalu", "2024-02", "month"),
        ("Desember mendatang", "2025-12", "month"),
        ("Juni tahun depan", "2026-06", "month"),
        ("bulan Juni 2023", "2023-06", "month"),
        ("Agustus", "2024-08", "month"),
        ("tahun 2019", "2019", "year"),
        ("2024", "2024", "year"),
    ],
)
def test_relative_weeks_months_years(text: str, expected: str, granularity: str) -> None:
    assert iso(text) == (expected, granularity)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("awal Maret", "2024-03-01/2024-03-10"),
        ("akhir Januari", "2025-01-21/2025-01-31"),
        ("akhir Februari 2024", "2024-02-21/2024-02-29"),
        ("pertengahan bulan Juni 2024", "2024-06-11/2024-06-20"),
        ("akhir bulan lalu", "2025-01-21/2025-01-31"),
        ("awal bulan ini", "2025-02-01/2025-02-10"),
        ("awal 2024", "2024-01-01/2024-04-30"),
        ("akhir tahun 2024", "2024-09-01/2024-12-31"),
        ("pertengahan tahun lalu", "2024-05-01/2024-08-31"),
        ("medio 2024", "2024-05-01/2024-08-31"),
        ("awal tahun ini", "2025-01-01/2025-04-30"),
        ("akhir pekan lalu", "2025-02-01/2025-02-02"),
        ("akhir pekan ini", "2025-02-08/2025-02-09"),
        ("pertengahan Januari tahun lalu", "2024-01-11/2024-01-20"),
        ("11-20 Januari 2025", "2025-01-11/2025-01-20"),
        ("11 hingga 20 Januari", "2025-01-11/2025-01-20"),
        ("30 Januari - 2 Februari 2025", "2025-01-30/2025-02-02"),
        ("28 Desember - 3 Januari", "2024-12-28/2025-01-03"),
        ("Juli-Des. 2015", "2015-07-01/2015-12-31"),
        ("Juli s.d. Desember 2024", "2024-07-01/2024-12-31"),
        ("kuartal I-2025", "2025-01-01/2025-03-31"),
        ("Q4/2024", "2024-10-01/2024-12-31"),
        ("semester II 2024", "2024-07-01/2024-12-31"),
        ("triwulan III tahun lalu", "2024-07-01/2024-09-30"),
        ("kuartal pertama 2024", "2024-01-01/2024-03-31"),
        ("kuartal IV", "2024-10-01/2024-12-31"),
        ("tahun 2002 hingga 2003", "2002-01-01/2003-12-31"),
        ("periode 2019-2024", "2019-01-01/2024-12-31"),  # the latest fourth quarter begun by February 2025
    ],
)
def test_parts_and_ranges_are_spans(text: str, expected: str) -> None:
    assert iso(text) == (expected, "span")


@pytest.mark.parametrize(
    ("text", "expected", "granularity"),
    [
        ("pukul 13.05 WIB", "2025-02-04T13:05:00+07:00", "minute"),
        ("kemarin pukul 10.00 WITA", "2025-02-03T10:00:00+08:00", "minute"),
        ("pukul 7.30 malam", "2025-02-04T19:30:00+07:00", "minute"),
        ("pukul 1 siang", "2025-02-04T13:00:00+07:00", "hour"),
        ("jam 7 malam", "2025-02-04T19:00:00+07:00", "hour"),
        ("pukul 10 WIT", "2025-02-04T10:00:00+09:00", "hour"),
        ("pukul 10.00-12.00 WITA", "2025-02-04T10:00:00+08:00", "minute"),
        ("13:05", "2025-02-04T13:05:00+07:00", "minute"),
        ("1:05 PM", "2025-02-04T13:05:00+07:00", "minute"),
        ("13:05 GMT+8", "2025-02-04T13:05:00+08:00", "minute"),
    ],
)
def test_times_on_the_reference_day(text: str, expected: str, granularity: str) -> None:
    assert iso(text) == (expected, granularity)


def test_hours_and_minutes_ago_need_a_reference_time() -> None:
    noon = dt.datetime(2025, 2, 4, 13, 5, tzinfo=WIB)
    assert iso("2 jam lalu", noon) == ("2025-02-04T11:00:00+07:00", "hour")
    assert iso("30 menit yang lalu", noon) == ("2025-02-04T12:35:00+07:00", "minute")
    assert iso("2 jam lalu", TUESDAY) is None


def test_reference_datetime_is_read_in_wib() -> None:
    # 20:00 UTC on 3 February is 03:00 WIB on 4 February.
    late = dt.datetime(2025, 2, 3, 20, 0, tzinfo=dt.timezone.utc)
    assert iso("kemarin", late) == ("2025-02-03", "day")
    naive = dt.datetime(2025, 2, 4, 1, 0)  # noqa: DTZ001 - a naive reference is read as WIB
    assert iso("kemarin", naive) == ("2025-02-03", "day")


@pytest.mark.parametrize(
    "text",
    [
        "31 Februari 2025",
        "31/02/2025",
        "32 Januari 2025",
        "29 Februari 2025",
        "Selasa (30/2)",
        "Sabtu (11/5/2023)",  # 11 May 2023 was a Thursday: the text contradicts itself
        "2025-13-01",
        "20-11 Januari 2025",
        "beberapa waktu lalu",
        "beberapa hari lalu",
        "beberapa bulan lalu",
        "berbulan-bulan lalu",
        "puluhan tahun silam",
        "1,5 tahun lalu",
        "setengah tahun lalu",
        "dua tiga hari lalu",
        "1445 H",
        "semester III 2024",
        "q 3",
        "2024-2019",
        "tiga hari sebelumnya",
        "setiap Jumat",
        "pukul 25.00",
        "pukul 12 malam",
        "pukul 19 pagi",
        "pukul 23.59 GMT-23",  # no place is 23 hours behind UTC
        "2025-02-04T13:05:00+15:00",
        "13:75",
        "Rp 13.05 juta",
        "skor 2-1",
        "24 jam 7 hari",
        "",
        "   ",
        "bulan",
        "tahun",
        "Jakarta",
    ],
)
def test_invalid_or_vague_gives_none(text: str) -> None:
    assert parse_date(text, reference=TUESDAY) is None


def test_precision_is_never_invented() -> None:
    value = parse_date("November 2024")
    assert value is not None
    assert value.point is None
    assert value.start == dt.datetime(2024, 11, 1, tzinfo=WIB)
    assert value.end == dt.datetime(2024, 12, 1, tzinfo=WIB)
    year = parse_date("tahun lalu", reference=TUESDAY)
    assert year is not None
    assert (year.granularity, year.point) == ("year", None)
