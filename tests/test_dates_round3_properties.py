"""Property-based tests for round three of the date forms: random relative offsets in every unit and spelling,
and the feasts and Hijri dates checked against rules the tests compute on their own.

The spellings and the arithmetic below are the tests' own, written out independently of the library's tables.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from beritaparse.dates import find_dates, parse_date

WIB = dt.timezone(dt.timedelta(hours=7))

# Every spelling of every unit, full and short, with what one of it is.
SECOND_UNITS = {
    "detik": dt.timedelta(seconds=1), "dtk": dt.timedelta(seconds=1),
    "menit": dt.timedelta(minutes=1), "mnt": dt.timedelta(minutes=1),
    "jam": dt.timedelta(hours=1),
}  # fmt: skip
CLOCK_GRANULARITY = {"detik": "second", "dtk": "second", "menit": "minute", "mnt": "minute", "jam": "hour"}
DAY_UNITS = {"hari": 1, "hr": 1, "minggu": 7, "pekan": 7, "mgg": 7}
MONTH_UNITS = {"bulan": 1, "bln": 1, "tahun": 12, "thn": 12}
BACK = ["lalu", "yang lalu", "silam", "yang silam"]
NUMBER_WORDS = {
    1: "satu", 2: "dua", 3: "tiga", 4: "empat", 5: "lima", 6: "enam", 7: "tujuh", 8: "delapan",
    9: "sembilan", 10: "sepuluh", 11: "sebelas", 12: "dua belas", 20: "dua puluh", 25: "dua puluh lima",
}  # fmt: skip

moments = st.datetimes(
    min_value=dt.datetime(1950, 1, 1),  # noqa: DTZ001 - naive on purpose: a naive reference is WIB
    max_value=dt.datetime(2080, 12, 31),  # noqa: DTZ001
).map(lambda when: when.replace(microsecond=0))
counts = st.one_of(
    st.integers(min_value=1, max_value=99).map(lambda n: (n, str(n))),
    st.sampled_from(sorted(NUMBER_WORDS.items())),
)


def _truncate(when: dt.datetime, granularity: str) -> dt.datetime:
    if granularity == "hour":
        return when.replace(minute=0, second=0)
    if granularity == "minute":
        return when.replace(second=0)
    return when


@given(
    moments, counts, st.sampled_from(sorted(SECOND_UNITS)), st.sampled_from([*BACK, "lagi", "dalam", "dlm"])
)
def test_clock_offsets_in_every_spelling(
    now: dt.datetime, count: tuple[int, str], unit: str, way: str
) -> None:
    n, spelled = count
    text = f"{way} {spelled} {unit}" if way in {"dalam", "dlm"} else f"{spelled} {unit} {way}"
    sign = -1 if way in BACK else 1
    value = parse_date(text, reference=now)
    granularity = CLOCK_GRANULARITY[unit]
    expected = _truncate(now.replace(tzinfo=WIB) + sign * n * SECOND_UNITS[unit], granularity)
    assert value is not None, text
    assert (value.start, value.granularity) == (expected, granularity), text


@given(moments, counts, st.sampled_from(sorted(DAY_UNITS)), st.sampled_from([*BACK, "lagi"]))
def test_day_and_week_offsets_in_every_spelling(
    now: dt.datetime, count: tuple[int, str], unit: str, way: str
) -> None:
    n, spelled = count
    text = f"{spelled} {unit} {way}"
    sign = -1 if way in BACK else 1
    value = parse_date(text, reference=now.date())
    day = now.date() + dt.timedelta(days=sign * n * DAY_UNITS[unit])
    assert value is not None, text
    if DAY_UNITS[unit] == 1:
        assert value.iso() == day.isoformat(), text
    else:  # the ISO week (Monday to Sunday) holding that day
        assert value.granularity == "week", text
        assert value.start.date() <= day < value.end.date(), text
        assert value.start.date().weekday() == 0, text


@given(moments, counts, st.sampled_from(sorted(MONTH_UNITS)), st.sampled_from([*BACK, "lagi"]))
def test_month_and_year_offsets_in_every_spelling(
    now: dt.datetime, count: tuple[int, str], unit: str, way: str
) -> None:
    n, spelled = count
    text = f"{spelled} {unit} {way}"
    sign = -1 if way in BACK else 1
    months = now.year * 12 + now.month - 1 + sign * n * MONTH_UNITS[unit]
    value = parse_date(text, reference=now.date())
    assert value is not None, text
    if MONTH_UNITS[unit] == 1:
        assert value.iso() == f"{months // 12:04d}-{months % 12 + 1:02d}", text
    else:
        assert value.iso() == f"{now.year + sign * n:04d}", text


@given(moments, st.sampled_from(["baru saja", "barusan", "Baru saja", "BARUSAN"]))
def test_just_now_is_the_reference_minute(now: dt.datetime, text: str) -> None:
    value = parse_date(text, reference=now)
    assert value is not None
    assert value.start == now.replace(second=0, tzinfo=WIB)
    assert value.granularity == "minute"


@given(moments, st.sampled_from(["dalam 15 menit", "dlm 40 dtk", "baru saja", "barusan"]))
def test_durations_and_adverbs_are_left_in_running_text(now: dt.datetime, phrase: str) -> None:
    assert find_dates(f"Petugas tiba {phrase} setelah laporan warga.", reference=now) == []


# Parts of the day as the test reads them: the hours 1-11 that become p.m.
EVENING = {"malam": range(5, 12), "sore": range(1, 12), "siang": range(1, 5)}


@given(
    st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2080, 12, 31)),
    st.sampled_from(["kemarin", "besok"]),
    st.sampled_from(sorted(EVENING)),
    st.integers(min_value=1, max_value=11),
    st.integers(min_value=0, max_value=59),
)
def test_a_part_of_the_day_before_the_time_sets_the_hour(
    today: dt.date, day_word: str, part: str, hour: int, minute: int
) -> None:
    text = f"{day_word} {part} pukul {hour}.{minute:02d}"
    value = parse_date(text, reference=today)
    day = today + dt.timedelta(days=-1 if day_word == "kemarin" else 1)
    expected_hour = hour + 12 if hour in EVENING[part] else hour
    assert value is not None, text
    assert value.start == dt.datetime(day.year, day.month, day.day, expected_hour, minute, tzinfo=WIB), text


def _easter(year: int) -> dt.date:
    """Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher), as the test's own oracle."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return dt.date(year, month, day + 1)


years = st.integers(min_value=1900, max_value=2099)


@given(years, st.sampled_from([("Paskah", 0), ("Jumat Agung", -2), ("Kenaikan Isa Almasih", 39),
                               ("Pentakosta", 49)]))  # fmt: skip
def test_feasts_counted_from_easter(year: int, feast: tuple[str, int]) -> None:
    name, offset = feast
    value = parse_date(f"{name} {year}")
    assert value is not None
    assert value.point == _easter(year) + dt.timedelta(days=offset)


@given(years)
def test_christmas_and_the_chinese_new_year(year: int) -> None:
    assert parse_date(f"Natal {year}").point == dt.date(year, 12, 25)  # type: ignore[union-attr]
    # The Chinese new year is the second new moon after the winter solstice: 21 January to 20 February.
    imlek = parse_date(f"Imlek {year}")
    assert imlek is not None
    assert imlek.granularity == "day"
    assert dt.date(year, 1, 21) <= imlek.start.date() <= dt.date(year, 2, 20)


# From 1365 H (1945) on: the Umm al-Qura table's early years have a few months of 28 and 31 days.
hijri_years = st.integers(min_value=1365, max_value=1499)
HIJRI_NAMES = ["Muharram", "Safar", "Rabiul Awal", "Rabiul Akhir", "Jumadil Awal", "Jumadil Akhir", "Rajab",
               "Syaban", "Ramadan", "Syawal", "Zulkaidah", "Zulhijah"]  # fmt: skip


@given(hijri_years, st.integers(min_value=1, max_value=12), st.integers(min_value=1, max_value=28))
def test_hijri_days_are_three_day_windows_that_move_with_the_day(year: int, month: int, day: int) -> None:
    name = HIJRI_NAMES[month - 1]
    here = parse_date(f"{day} {name} {year} H")
    following = parse_date(f"{day + 1} {name} {year} H")
    assert here is not None
    assert following is not None
    assert here.granularity == following.granularity == "sighting"
    assert here.end - here.start == dt.timedelta(days=3)
    assert following.start - here.start == dt.timedelta(days=1)
    # A Hijri month is 29 or 30 days: the window of the 1st of the next month lies that far on.
    next_month = parse_date(f"1 {HIJRI_NAMES[month % 12]} {year + month // 12} H")
    assert next_month is not None
    first = parse_date(f"1 {name} {year} H")
    assert first is not None
    assert (next_month.start - first.start).days in {29, 30}


@given(hijri_years, st.sampled_from([("Idul Fitri", "1 Syawal"), ("Idul Adha", "10 Zulhijah"),
                                     ("Tahun Baru Islam", "1 Muharram"), ("Maulid Nabi", "12 Rabiul Awal"),
                                     ("Isra Miraj", "27 Rajab")]))  # fmt: skip
def test_islamic_feasts_are_their_hijri_days(year: int, feast: tuple[str, str]) -> None:
    name, day = feast
    by_name = parse_date(f"{name} {year} H")
    by_day = parse_date(f"{day} {year} H")
    assert by_name is not None
    assert by_day is not None
    assert (by_name.start, by_name.end) == (by_day.start, by_day.end)
    # Named with the Gregorian year its middle day falls in, the feast is the same days.
    middle = by_name.start.date() + dt.timedelta(days=1)
    by_year = parse_date(f"{name} {middle.year}")
    if by_year is not None:  # None only when the feast falls twice in that year
        assert (by_year.start, by_year.end) == (by_name.start, by_name.end)
