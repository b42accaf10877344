"""Each form the date normaliser reads, with values worked out by hand from a calendar.

Reference used throughout: Tuesday 4 February 2025 (ISO week 2025-W06, which runs 3-9 February).
"""

from __future__ import annotations

import datetime as dt

import pytest

from beritaparse.dates import find_dates, parse_date

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
        # Brilio's stamp: slashes between spaces.
        ("04 / 06 / 2020 03:21", "2020-06-04T03:21:00+07:00"),
        ("2020 / 06 / 04 03:21", "2020-06-04T03:21:00+07:00"),
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


# Round 2 forms. Calendar facts used below: 13 May 2024 was a Monday, 16 December 2024 a Monday,
# 31 January 2025 a Friday, 23 February 2016 a Tuesday; 3 February 2025 is the Monday of the reference week.
@pytest.mark.parametrize(
    ("text", "expected", "granularity"),
    [
        ("13:24 WIB, Senin 13 Mei 2024", "2024-05-13T13:24:00+07:00", "minute"),
        ("pukul 10.00 WIB, Selasa (4/2)", "2025-02-04T10:00:00+07:00", "minute"),
        ("14.30 WITA, Rabu (5/2/2025)", "2025-02-05T14:30:00+08:00", "minute"),
        ("pukul 10 WIB, Senin (3/2)", "2025-02-03T10:00:00+07:00", "hour"),
        ("13:05 WIB - Selasa, 4 Februari 2025", "2025-02-04T13:05:00+07:00", "minute"),
        ("13:05 WIB | Selasa, 04/02/2025", "2025-02-04T13:05:00+07:00", "minute"),
        ("13:24 WIB, 13/05/2024", "2024-05-13T13:24:00+07:00", "minute"),
        ("13:24:45 WIB, 13/05/24", "2024-05-13T13:24:45+07:00", "second"),
        ("pukul 13.05, 4 Februari 2025", "2025-02-04T13:05:00+07:00", "minute"),
        ("pukul 09.15 WIB pada Jumat (31/1)", "2025-01-31T09:15:00+07:00", "minute"),
        ("pukul 10.00 WIB kemarin", "2025-02-03T10:00:00+07:00", "minute"),
        # The part of the day after the weekday sets the hour: 8 in the evening.
        ("pukul 8 WIB, Senin malam", "2025-02-03T20:00:00+07:00", "hour"),
        ("pukul 19.30 WIB, Kamis lalu", "2025-01-30T19:30:00+07:00", "minute"),
    ],
)
def test_time_before_its_date(text: str, expected: str, granularity: str) -> None:
    assert iso(text) == (expected, granularity)


def test_time_before_its_date_keeps_the_whole_expression() -> None:
    value = parse_date("13:24 WIB, Senin 13 Mei 2024")
    assert value is not None
    assert value.raw == "13:24 WIB, Senin 13 Mei 2024"
    # "13.05" without "pukul" or a zone may be a number: only the date is read.
    assert iso("13.05, Senin (3/2)") == ("2025-02-03", "day")


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("13/05/24", TUESDAY, "2024-05-13"),
        ("05-11-15", TUESDAY, "2015-11-05"),
        ("Senin (13/5/24)", TUESDAY, "2024-05-13"),
        ("05/11/98", TUESDAY, "1998-11-05"),
        # At most ten years after the reference's year: 2035 from 2025, but 1936 rather than 2036.
        ("01/01/35", TUESDAY, "2035-01-01"),
        ("01/01/36", TUESDAY, "1936-01-01"),
        ("05/11/09", dt.date(1999, 6, 1), "2009-11-05"),
        ("05/11/15", dt.date(1999, 6, 1), "1915-11-05"),
        ("Selasa (17/12)", TUESDAY, "2024-12-17"),
    ],
)
def test_two_digit_years(text: str, reference: dt.date, expected: str) -> None:
    assert iso(text, reference) == (expected, "day")


def test_two_digit_years_with_a_time_or_a_wrong_weekday() -> None:
    assert iso("13/05/24 14:56") == ("2024-05-13T14:56:00+07:00", "minute")
    assert iso("Selasa, 23/02/16 14:49") == ("2016-02-23T14:49:00+07:00", "minute")
    assert iso("Sabtu (13/5/24)") is None  # 13 May 2024 was a Monday
    assert iso("05-13-15") is None  # no month 13
    assert iso("13.05.24") is None  # with dots, two-digit years are not read


def test_spaced_slashes_make_a_date_only_with_a_four_digit_year_and_one_spacing() -> None:
    assert iso("04 / 06 / 2020") == ("2020-06-04", "day")
    assert iso("04 / 06 / 20") is None  # a ratio or a score as likely
    assert iso("1 / 2 / 3") is None
    assert iso("04 / 06/2020") is None  # mixed spacing: not one stamp


@pytest.mark.parametrize(
    ("text", "expected", "granularity"),
    [
        # IDN Times' 2023 stamp: day, short month (English or Indonesian), two-digit year, "|", the time.
        ("24 Oct 23 | 14:00", "2023-10-24T14:00:00+07:00", "minute"),
        ("28 Nov 23 | 14:01", "2023-11-28T14:01:00+07:00", "minute"),
        ("24 Okt 23, 14:00 WIB", "2023-10-24T14:00:00+07:00", "minute"),
        ("24 Oct 23 14:00", "2023-10-24T14:00:00+07:00", "minute"),
        ("Selasa, 24 Okt 23 pukul 14.00 WITA", "2023-10-24T14:00:00+08:00", "minute"),
        # The stamp's end: the end of the text, or a separator closing it.
        ("24 Oct 23 |", "2023-10-24", "day"),
        ("24 Oct 23", "2023-10-24", "day"),
        ("24 Oct 23 \n", "2023-10-24", "day"),
        ("5 Agu 19", "2019-08-05", "day"),
        # The numeric dates' rule for two digits: at most ten years after the reference's year.
        ("5 Agu 98 | 09:30", "1998-08-05T09:30:00+07:00", "minute"),
        ("1 Jan 36", "1936-01-01", "day"),
        ("1 Jan 35", "2035-01-01", "day"),
    ],
)
def test_two_digit_years_after_a_month_name(text: str, expected: str, granularity: str) -> None:
    assert iso(text) == (expected, granularity)


def test_a_two_digit_year_after_a_month_name_is_one_expression() -> None:
    (mention,) = find_dates("Diterbitkan 24 Oct 23 | 14:00", reference=TUESDAY)
    assert (mention.raw, mention.value.iso()) == ("24 Oct 23 | 14:00", "2023-10-24T14:00:00+07:00")
    (mention,) = find_dates("24 Oct 23 | Jakarta", reference=TUESDAY)
    assert (mention.raw, mention.value.iso()) == ("24 Oct 23", "2023-10-24")
    assert iso("14:00 | 24 Oct 23") == ("2023-10-24T14:00:00+07:00", "minute")
    # A wrong weekday makes the stamp contradict itself, as with a four-digit year.
    assert iso("Senin, 24 Okt 23 | 14:00") is None


@pytest.mark.parametrize(
    ("text", "raw", "expected"),
    [
        # Two digits after a day and month in running text are a count, not a year.
        ("Pada 24 Oktober 23 orang tewas", "24 Oktober", "2024-10-24"),
        ("Hingga 5 Agustus 23, 14 orang tewas", "5 Agustus", "2024-08-05"),
        ("Sejak 5 Agu 19 pasien dirawat.", "5 Agu", "2024-08-05"),
        ("pada 24 Oktober 23. Sementara itu", "24 Oktober", "2024-10-24"),
        ("Per 24 Oktober 23, 1.500 warga mengungsi", "24 Oktober", "2024-10-24"),
        # Across a line break the two digits start another line.
        ("Pada 24 Oktober\n23", "24 Oktober", "2024-10-24"),
        # "23.00" is a time on the day, as before.
        ("Pada 24 Oktober 23.00 WIB", "24 Oktober 23.00 WIB", "2024-10-24T23:00:00+07:00"),
    ],
)
def test_two_digits_after_a_month_in_running_text_are_a_count(text: str, raw: str, expected: str) -> None:
    mentions = find_dates(text, reference=TUESDAY)
    assert [(m.raw, m.value.iso()) for m in mentions][:1] == [(raw, expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senin-Rabu (16-18/12)", "2024-12-16/2024-12-18"),
        ("Senin-Rabu (16-18/12/2024)", "2024-12-16/2024-12-18"),
        ("Senin-Rabu, 16-18 Desember 2024", "2024-12-16/2024-12-18"),
        ("Jumat-Minggu (31/1-2/2)", "2025-01-31/2025-02-02"),
        ("16-18 Desember 2024", "2024-12-16/2024-12-18"),
        ("16 hingga 18 Desember", "2024-12-16/2024-12-18"),
        ("1-3 Januari 2025", "2025-01-01/2025-01-03"),
        ("16 Desember 2024 hingga 18 Desember 2024", "2024-12-16/2024-12-18"),
        # A weekday range starts where a bare weekday would: the latest Monday on or before the reference.
        ("Senin hingga Rabu", "2025-02-03/2025-02-05"),
        ("Senin-Rabu", "2025-02-03/2025-02-05"),
        ("Rabu sampai Jumat", "2025-01-29/2025-01-31"),
        ("Senin hingga Rabu pekan depan", "2025-02-10/2025-02-12"),
        ("Jumat-Minggu pekan lalu", "2025-01-31/2025-02-02"),
    ],
)
def test_day_and_weekday_ranges_are_spans(text: str, expected: str) -> None:
    assert iso(text) == (expected, "span")


@pytest.mark.parametrize(
    "text",
    [
        "Senin-Selasa, 16-18 Desember 2024",  # 18 December 2024 was a Wednesday
        "Senin-Rabu (18-16/12)",
        "Senin-Senin",
        "setiap Senin-Jumat",
    ],
)
def test_ranges_that_contradict_themselves_give_none(text: str) -> None:
    assert parse_date(text, reference=TUESDAY) is None


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("7 hari terakhir", TUESDAY, "2025-01-29/2025-02-04"),
        ("sepekan terakhir", TUESDAY, "2025-01-29/2025-02-04"),
        ("dua pekan terakhir", TUESDAY, "2025-01-22/2025-02-04"),
        ("30 hari terakhir", TUESDAY, "2025-01-06/2025-02-04"),
        ("dua bulan terakhir", TUESDAY, "2024-12-05/2025-02-04"),
        ("setahun terakhir", TUESDAY, "2024-02-05/2025-02-04"),
        ("dalam lima tahun terakhir", TUESDAY, "2020-02-05/2025-02-04"),
        ("tiga hari belakangan ini", TUESDAY, "2025-02-02/2025-02-04"),
        ("tiga hari ke depan", TUESDAY, "2025-02-04/2025-02-06"),
        # A month back from 31 March is 28 February (clipped), so the month starts on 1 March.
        ("sebulan terakhir", dt.date(2025, 3, 31), "2025-03-01/2025-03-31"),
    ],
)
def test_last_n_units_end_on_the_reference_day(text: str, reference: dt.date, expected: str) -> None:
    assert iso(text, reference) == (expected, "span")


@pytest.mark.parametrize("text", ["beberapa hari terakhir", "24 jam terakhir", "0 hari terakhir"])
def test_vague_or_sub_day_recent_spans_give_none(text: str) -> None:
    assert parse_date(text, reference=TUESDAY) is None


@pytest.mark.parametrize(
    ("text", "expected", "granularity"),
    [
        ("dini hari", "2025-02-04", "day"),
        ("dini hari tadi", "2025-02-04", "day"),
        ("siang tadi", "2025-02-04", "day"),
        ("tengah malam", "2025-02-04", "day"),
        ("Senin malam", "2025-02-03", "day"),
        ("Senin dini hari", "2025-02-03", "day"),
        ("Kamis malam lalu", "2025-01-30", "day"),
        ("Selasa pagi (4/2)", "2025-02-04", "day"),
        ("Selasa (4/2) pagi", "2025-02-04", "day"),
        ("akhir pekan lalu", "2025-02-01/2025-02-02", "span"),
        ("awal pekan depan", "2025-02-10/2025-02-11", "span"),
        ("tahun 2024", "2024", "year"),
        ("pada 2022", "2022", "year"),
        ("sejak 2019", "2019", "year"),
        ("kuartal III 2024", "2024-07-01/2024-09-30", "span"),
        ("semester I 2025", "2025-01-01/2025-06-30", "span"),
        # A century as the calendar counts it: there is no year 0, so the 21st begins in 2001.
        ("abad ke-21", "2001-01-01/2100-12-31", "span"),
        ("abad 21", "2001-01-01/2100-12-31", "span"),
        ("abad XX", "1901-01-01/2000-12-31", "span"),
        ("pukul 23.30 tengah malam", "2025-02-04T23:30:00+07:00", "minute"),
    ],
)
def test_day_parts_periods_and_centuries(text: str, expected: str, granularity: str) -> None:
    assert iso(text) == (expected, granularity)


def test_a_part_of_the_day_belongs_to_the_expression() -> None:
    for text in ("Senin malam", "Selasa pagi (4/2)", "Selasa (4/2) pagi"):
        value = parse_date(text, reference=TUESDAY)
        assert value is not None
        assert value.raw == text


@pytest.mark.parametrize(
    "text",
    [
        # A Hijri date or a feast without a year names no day: which year's is not guessed.
        "bulan Ramadan",
        "17 Ramadan",
        "Idul Fitri",
        "Lebaran",
        "Hari Raya Idul Adha",
        "Natal",
        # Beyond the tables: Umm al-Qura (1343-1500 H), the official Nyepi days, two Idul Fitri in 2000.
        "1 Muharram 1600 H",
        "Nyepi 1990",
        "Idul Fitri 2000",
        "Idul Adha 2023/1445 H",  # the two years disagree: Idul Adha 1445 H was in June 2024
        "abad IIII",
        "abad ke-0",
        "pukul 12 tengah malam",
    ],
)
def test_hijri_dates_and_feasts_without_a_year_give_none(text: str) -> None:
    assert parse_date(text, reference=TUESDAY) is None


@pytest.mark.parametrize(
    ("text", "expected", "granularity"),
    [
        ("January 31, 2025", "2025-01-31", "day"),
        ("31 Jan 2025 12:09 WIB", "2025-01-31T12:09:00+07:00", "minute"),
        ("2025-01-31T12:09:00Z", "2025-01-31T12:09:00+00:00", "second"),
        ("12:09 GMT+7", "2025-02-04T12:09:00+07:00", "minute"),
        ("12:09 UTC+07:00", "2025-02-04T12:09:00+07:00", "minute"),
        ("31 Jan 2025 12:09 UTC+08:00", "2025-01-31T12:09:00+08:00", "minute"),
        ("pukul 12:09:45", "2025-02-04T12:09:45+07:00", "second"),
        ("31 Jan 2025 12:09:45 WIB", "2025-01-31T12:09:45+07:00", "second"),
        ("Kamis, 05 Nov 2015 14:56 WIB", "2015-11-05T14:56:00+07:00", "minute"),
        ("Selasa, 23/02/2016 14:49", "2016-02-23T14:49:00+07:00", "minute"),
        ("Jumat 19 Juni 2015, 11:58 WIB", "2015-06-19T11:58:00+07:00", "minute"),
        ("Diperbarui 02/11/2023, 21:34 WIB", "2023-11-02T21:34:00+07:00", "minute"),
        ("Updated: 13 Mei 2024, 14:04", "2024-05-13T14:04:00+07:00", "minute"),
        ("16 Feb 2016 at 09:20 WIB", "2016-02-16T09:20:00+07:00", "minute"),
        ("Senin, 13 Mei 2024 - 13:24 WIB", "2024-05-13T13:24:00+07:00", "minute"),
        ("Feb 4, 2025 - 13:05", "2025-02-04T13:05:00+07:00", "minute"),
        ("Tuesday, 04 Feb 2025 13:05 WIB", "2025-02-04T13:05:00+07:00", "minute"),
        ("Dipublikasikan pada 4 Feb 2025, 13:05 WIB", "2025-02-04T13:05:00+07:00", "minute"),
    ],
)
def test_english_forms_offsets_seconds_and_bylines(text: str, expected: str, granularity: str) -> None:
    assert iso(text) == (expected, granularity)


def test_hours_and_minutes_ago_from_a_datetime_reference() -> None:
    now = dt.datetime(2025, 2, 4, 13, 5, tzinfo=WIB)
    # 13:05 less three hours is 10:05, read at the hour it names.
    assert iso("3 jam lalu", now) == ("2025-02-04T10:00:00+07:00", "hour")
    assert iso("30 menit yang lalu", now) == ("2025-02-04T12:35:00+07:00", "minute")
    assert iso("3 jam lalu", TUESDAY) is None


def test_english_counts_back_from_the_reference() -> None:
    now = dt.datetime(2025, 2, 4, 13, 5, tzinfo=WIB)
    assert iso("3 hours ago", now) == ("2025-02-04T10:00:00+07:00", "hour")
    assert iso("an hour ago", now) == ("2025-02-04T12:00:00+07:00", "hour")
    assert iso("45 minutes ago", now) == ("2025-02-04T12:20:00+07:00", "minute")
    assert iso("a day ago", now)[1] == "day"  # type: ignore[index]
    assert iso("2 days ago", now) == (iso("2 hari lalu", now) or ("", ""))
    # The article counts one only before "ago": "Grup A pekan lalu" is last week, not "one week ago".
    assert iso("a week", now) is None
    assert iso("Grup A pekan lalu", now) == iso("pekan lalu", now)


def test_round_two_forms_in_running_text() -> None:
    text = (
        "Pertemuan pukul 10.00 WIB, Selasa (4/2), di Jakarta. Sidang digelar pada Senin hingga Rabu pekan "
        "lalu. Harga naik dalam 7 hari terakhir. Kantor buka Senin-Jumat. Pada 1 Muharram 1446 H dan "
        "Lebaran 2024 warga mudik."
    )
    found = [(m.raw, m.value.iso()) for m in find_dates(text, reference=TUESDAY)]
    assert found == [
        ("pukul 10.00 WIB, Selasa (4/2)", "2025-02-04T10:00:00+07:00"),
        ("Senin hingga Rabu pekan lalu", "2025-01-27/2025-01-29"),
        ("7 hari terakhir", "2025-01-29/2025-02-04"),
        # Indonesia kept 1 Muharram 1446 on 7 July 2024, Idul Fitri 1445 on 10 April 2024: a day either way.
        ("1 Muharram 1446 H", "2024-07-06/2024-07-08"),
        ("Lebaran 2024", "2024-04-09/2024-04-11"),
    ]
    assert all(text[m.start : m.end] == m.raw for m in find_dates(text, reference=TUESDAY))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("era 1990-an", "1990-01-01/1999-12-31"),
        ("1990an", "1990-01-01/1999-12-31"),
        ("tahun 90-an", "1990-01-01/1999-12-31"),
        # Two digits: the latest such decade begun by the reference, so the 1930s, not the 2030s.
        ("tahun 30-an", "1930-01-01/1939-12-31"),
        ("tahun 2020-an", "2020-01-01/2029-12-31"),
        # Thirds of a decade, like the thirds of a month: years 0-3, 4-6 and 7-9.
        ("awal 2000-an", "2000-01-01/2003-12-31"),
        ("akhir 1990an", "1997-01-01/1999-12-31"),
        ("satu dasawarsa terakhir", "2015-02-05/2025-02-04"),
    ],
)
def test_decades_are_spans(text: str, expected: str) -> None:
    assert iso(text) == (expected, "span")


def test_decades_need_a_cue_and_decade_units_count_ten_years() -> None:
    assert iso("usia 20-an") is None  # an age
    assert find_dates("Sekitar 2000-an peserta hadir.", reference=TUESDAY) == []  # a count
    assert iso("dua dekade lalu") == ("2005", "year")
    assert iso("4 Feb 2025 · 13:05 WIB") == ("2025-02-04T13:05:00+07:00", "minute")


def test_local_time_keeps_only_the_day() -> None:
    # "waktu setempat" names no zone: reading the clock as WIB would invent an instant.
    assert iso("Senin (3/2) pukul 10.00 waktu setempat") == ("2025-02-03", "day")
    assert iso("5 Februari 2025 pukul 09.00 waktu setempat") == ("2025-02-05", "day")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senin (3/2) hingga Rabu (5/2)", "2025-02-03/2025-02-05"),
        # 30 December 2024 was a Monday, 1 January 2025 a Wednesday.
        ("Senin (30/12/2024) - Rabu (1/1/2025)", "2024-12-30/2025-01-01"),
        ("Senin (30/12/2024) - Rabu (1/1)", "2024-12-30/2025-01-01"),
    ],
)
def test_two_weekday_dates_joined_are_a_span(text: str, expected: str) -> None:
    assert iso(text) == (expected, "span")


@pytest.mark.parametrize("text", ["Senin (30/12/2023) - Rabu (1/1/2025)", "Senin (3/2) - Selasa (5/2)"])
def test_two_weekday_dates_that_disagree_give_none(text: str) -> None:
    assert iso(text) is None


def test_bare_parts_of_the_day_are_read_only_alone() -> None:
    assert iso("dini hari") == ("2025-02-04", "day")
    text = "Peringatan dini diperbarui sampai dini hari, bahkan hingga tengah malam."
    assert find_dates(text, reference=TUESDAY) == []
    found = find_dates("Kebakaran terjadi Senin dini hari.", reference=TUESDAY)
    assert [(m.raw, m.value.iso()) for m in found] == [("Senin dini hari", "2025-02-03")]


def test_half_years_and_bare_offsets() -> None:
    assert iso("paruh pertama 2025") == ("2025-01-01/2025-06-30", "span")
    assert iso("paruh kedua tahun lalu") == ("2024-07-01/2024-12-31", "span")
    assert iso("GMT+07:00") is None  # an offset, not a time


def test_a_hijri_date_or_feast_beside_a_gregorian_one_leaves_it_readable() -> None:
    # 1 March 2025 was a Saturday; 10 April 2024 a Wednesday.
    assert iso("Sabtu (1/3/2025) atau 1 Ramadhan 1446 Hijriah") == ("2025-03-01", "day")
    assert iso("Idul Fitri, Rabu (10/4/2024)") == ("2024-04-10", "day")
    # A Gregorian date beside a Hijri one is read, even when the Hijri one is longer.
    assert iso("Kamis (30/1/2025) bertepatan 30 Rajab 1446 Hijriah") == ("2025-01-30", "day")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Instagram's embed stamp: 21:00 PDT is 11:00 WIB the next day.
        ("Jul 14, 2019 at 9:00pm PDT", "2019-07-14T21:00:00-07:00"),
        ("July 14, 2019 9:00 am EST", "2019-07-14T09:00:00-05:00"),
        ("Sunday, 14 July 2019 10:00 CET", "2019-07-14T10:00:00+01:00"),
        ("14 July 2019 10:00 CEST", "2019-07-14T10:00:00+02:00"),
        ("Jan 5, 2025 8:30 PST", "2025-01-05T08:30:00-08:00"),
        ("5 Jan 2025 18:00 EDT", "2025-01-05T18:00:00-04:00"),
        ("5 Jan 2025 18:00 MST", "2025-01-05T18:00:00-07:00"),
        ("5 Jan 2025 18:00 MDT", "2025-01-05T18:00:00-06:00"),
        ("5 Jan 2025 18:00 CDT", "2025-01-05T18:00:00-05:00"),
        ("5 Jan 2025 18:00 WET", "2025-01-05T18:00:00+00:00"),
        ("5 Jan 2025 18:00 WEST", "2025-01-05T18:00:00+01:00"),
        ("5 Jan 2025 18:00 EET", "2025-01-05T18:00:00+02:00"),
        ("5 Jan 2025 18:00 EEST", "2025-01-05T18:00:00+03:00"),
        ("5 Jan 2025 18:00 SGT", "2025-01-05T18:00:00+08:00"),
        ("5 Jan 2025 18:00 MYT", "2025-01-05T18:00:00+08:00"),
        ("5 Jan 2025 18:00 PHT", "2025-01-05T18:00:00+08:00"),
        ("5 Jan 2025 18:00 HKT", "2025-01-05T18:00:00+08:00"),
        ("5 Jan 2025 18:00 JST", "2025-01-05T18:00:00+09:00"),
        ("5 Januari 2025 pukul 19.00 KST", "2025-01-05T19:00:00+09:00"),
        ("5 Jan 2025 18:00 ICT", "2025-01-05T18:00:00+07:00"),
        ("5 Jan 2025 18:00 AWST", "2025-01-05T18:00:00+08:00"),
        ("5 Jan 2025 18:00 AEST", "2025-01-05T18:00:00+10:00"),
        ("5 Jan 2025 18:00 AEDT", "2025-01-05T18:00:00+11:00"),
        ("5 Jan 2025 18:00 NZST", "2025-01-05T18:00:00+12:00"),
        ("5 Jan 2025 18:00 NZDT", "2025-01-05T18:00:00+13:00"),
        ("5 Jan 2025 18:00 UTC", "2025-01-05T18:00:00+00:00"),
        ("5 Jan 2025 18:00 Z", "2025-01-05T18:00:00+00:00"),
        ("2025-01-05 18:00Z", "2025-01-05T18:00:00+00:00"),  # as "18:00:30Z" with seconds was
        # The Hajj reports' Waktu Arab Saudi.
        ("5 Juni 2024 pukul 08.00 WAS", "2024-06-05T08:00:00+03:00"),
    ],
)
def test_zones_abroad_after_a_time(text: str, expected: str) -> None:
    assert iso(text, None) == (expected, "minute")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two meanings each; the one kept is the one this news means (docs/dates.md, "Time zones").
        ("5 Jan 2025 18:00 CST", "2025-01-05T18:00:00-06:00"),  # US Central (RFC 2822), not China's +8
        ("5 Jan 2025 18:00 IST", "2025-01-05T18:00:00+05:30"),  # India, not Israel or Ireland
        ("5 Jan 2025 18:00 BST", "2025-01-05T18:00:00+01:00"),  # British Summer Time, not Bangladesh
        ("5 Jan 2025 18:00 EST", "2025-01-05T18:00:00-05:00"),  # US Eastern; Australia's is AEST
    ],
)
def test_ambiguous_zone_abbreviations(text: str, expected: str) -> None:
    assert iso(text, None) == (expected, "minute")


def test_a_zone_abroad_moves_the_instant_not_the_written_day() -> None:
    value = parse_date("Jul 14, 2019 at 9:00pm PDT")
    assert value is not None
    assert value.start == dt.datetime(2019, 7, 15, 11, 0, tzinfo=WIB)  # 11:00 WIB the next morning
    assert value.start.tzname() == "PDT"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Abroad, only capitals are a zone: "est", "Pdt." (the pastor), "West Ham" are words.
        ("Senin (3/2) pukul 10.00 est", "2025-02-03T10:00:00+07:00"),
        ("Senin (3/2) pukul 10.00 Pdt. Budi berkhotbah", "2025-02-03T10:00:00+07:00"),
        ("Senin (3/2) pukul 19.30 West Ham menjamu Chelsea", "2025-02-03T19:30:00+07:00"),
        # A capitalised word that is no zone changes nothing.
        ("Senin (3/2) pukul 10.00 WIB Jakarta", "2025-02-03T10:00:00+07:00"),
        ("Senin (3/2) pukul 10.00 Jakarta", "2025-02-03T10:00:00+07:00"),
        ("Senin (3/2) pukul 10.00 ESTATE", "2025-02-03T10:00:00+07:00"),
        ("Indonesia's zones are read in any case: Senin (3/2) pukul 10.00 wita", "2025-02-03T10:00:00+08:00"),
    ],
)
def test_zones_abroad_are_read_only_as_printed(text: str, expected: str) -> None:
    found = find_dates(text, reference=TUESDAY)
    assert [m.value.iso() for m in found] == [expected]


def test_zone_letters_inside_words_are_no_zone() -> None:
    # "WIT", "EST", "IST" are only read right after a time: inside words or alone they are letters.
    text = "WITNESS: ESTIMASI pada Senin (3/2) pukul 10.00 ISTANA"
    assert [(m.raw, m.value.iso()) for m in find_dates(text, reference=TUESDAY)] == [
        ("Senin (3/2) pukul 10.00", "2025-02-03T10:00:00+07:00")
    ]
    assert find_dates("Tim EST dan IST bertemu.", reference=TUESDAY) == []


def test_an_offset_is_read_only_after_utc_or_gmt() -> None:
    # After "WIB" a sign and digits end a range: "-12.00" is no offset of twelve hours behind UTC.
    found = find_dates("Senin (3/2) pukul 10.00 WIB-12.00 WIB", reference=TUESDAY)
    assert [m.value.iso() for m in found] == ["2025-02-03T10:00:00+07:00", "2025-02-03T12:00:00+07:00"]
    assert iso("Senin (3/2) pukul 10:00 WIB-12:00 WIB") == ("2025-02-03T10:00:00+07:00", "minute")
    assert iso("Senin (3/2) pukul 10.00 CET-12.00 CET") == ("2025-02-03T10:00:00+01:00", "minute")
    assert iso("13:05 UTC+8") == ("2025-02-04T13:05:00+08:00", "minute")
