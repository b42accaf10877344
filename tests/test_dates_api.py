"""The public API of beritaparse.dates: types, errors, DateValue, find_dates, and the word table."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from beritaparse.dates import DateMention, DateValue, find_dates, parse_date
from beritaparse.dates import _calendars as calendars
from beritaparse.dates import _table as table
from beritaparse.errors import BeritaparseError, InputTypeError

TUESDAY = dt.date(2025, 2, 4)
WIB = dt.timezone(dt.timedelta(hours=7))


@pytest.mark.parametrize("bad", [None, b"4 Februari 2025", 20250204, ["kemarin"]])
def test_non_str_input_raises_input_type_error(bad: object) -> None:
    with pytest.raises(InputTypeError):
        parse_date(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        find_dates(bad)  # type: ignore[arg-type]


def test_bad_reference_raises_input_type_error() -> None:
    with pytest.raises(InputTypeError) as info:
        parse_date("kemarin", reference="2025-02-04")  # type: ignore[arg-type]
    assert isinstance(info.value, BeritaparseError)


def test_day_value_bounds_and_point() -> None:
    value = parse_date("31 Januari 2025")
    assert value is not None
    assert value.start == dt.datetime(2025, 1, 31, tzinfo=WIB)
    assert value.end == dt.datetime(2025, 2, 1, tzinfo=WIB)  # exclusive
    assert value.point == dt.date(2025, 1, 31)
    assert not isinstance(value.point, dt.datetime)
    assert value.raw == "31 Januari 2025"


def test_minute_value_point_is_aware() -> None:
    value = parse_date("Jumat, 31 Jan 2025 12:09 WITA")
    assert value is not None
    point = value.point
    assert isinstance(point, dt.datetime)
    assert point.utcoffset() == dt.timedelta(hours=8)
    assert point == dt.datetime(2025, 1, 31, 4, 9, tzinfo=dt.timezone.utc)


def test_span_bounds_include_the_last_day() -> None:
    value = parse_date("pertengahan Januari", reference=TUESDAY)
    assert value is not None
    assert value.start == dt.datetime(2025, 1, 11, tzinfo=WIB)
    assert value.end == dt.datetime(2025, 1, 21, tzinfo=WIB)
    assert value.point is None


def test_week_value() -> None:
    value = parse_date("pekan lalu", reference=TUESDAY)
    assert value is not None
    assert value.start == dt.datetime(2025, 1, 27, tzinfo=WIB)  # Monday
    assert value.end == dt.datetime(2025, 2, 3, tzinfo=WIB)
    assert (value.iso(), value.point) == ("2025-W05", None)


def test_raw_is_the_expression_not_the_surrounding_words() -> None:
    value = parse_date("Diperbarui 02/11/2023, 21:34 WIB")
    assert value is not None
    assert value.raw == "02/11/2023, 21:34 WIB"


def test_date_value_is_frozen_and_validated() -> None:
    value = DateValue.for_day(TUESDAY, "x")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        value.raw = "y"  # type: ignore[misc]
    with pytest.raises(ValueError, match="aware"):
        DateValue(dt.datetime(2025, 1, 1), dt.datetime(2025, 1, 2), "day", "x")  # noqa: DTZ001 - the point
    with pytest.raises(ValueError, match="granularity"):
        DateValue(value.start, value.end, "fortnight", "x")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="after"):
        DateValue(value.end, value.start, "day", "x")


def test_find_dates_in_running_text() -> None:
    text = (
        "JAKARTA (ANTARA) - Presiden meresmikan bendungan itu pada Selasa (17/12). Proyek senilai Rp 13.05 "
        "triliun dimulai pertengahan Januari tahun lalu dan rampung 3 hari lalu. Kata Agustus Sitompul "
        "pukul 10.00 WIB. Beberapa waktu lalu, 2.000 warga hadir."
    )
    mentions = find_dates(text, reference=TUESDAY)
    assert [(m.raw, m.value.iso()) for m in mentions] == [
        ("Selasa (17/12)", "2024-12-17"),
        ("pertengahan Januari tahun lalu", "2024-01-11/2024-01-20"),
        ("3 hari lalu", "2025-02-01"),
        ("pukul 10.00 WIB", "2025-02-04T10:00:00+07:00"),
    ]
    for mention in mentions:
        assert isinstance(mention, DateMention)
        assert text[mention.start : mention.end] == mention.raw


def test_a_lone_time_falls_on_the_day_named_before_it_in_its_sentence() -> None:
    text = (
        "Kebakaran terjadi pada Senin (16/12) di Jalan Sudirman sekitar pukul 02.00 WIB. "
        "Api padam pukul 05.30 WIB. Kemarin, polisi datang pukul 14.00 WITA."
    )
    found = [(m.raw, m.value.iso()) for m in find_dates(text, reference=dt.date(2024, 12, 18))]
    assert found == [
        ("Senin (16/12)", "2024-12-16"),
        ("pukul 02.00 WIB", "2024-12-16T02:00:00+07:00"),
        ("pukul 05.30 WIB", "2024-12-18T05:30:00+07:00"),  # a new sentence: the reference day
        ("Kemarin", "2024-12-17"),
        ("pukul 14.00 WITA", "2024-12-17T14:00:00+08:00"),
    ]


def test_find_dates_needs_cues_for_bare_words() -> None:
    text = "Agustus mengatakan 2024 orang datang pada Jumat, bukan Minggu."
    mentions = find_dates(text, reference=TUESDAY)
    assert [(m.raw, m.value.iso()) for m in mentions] == [("Jumat", "2025-01-31")]


def test_find_dates_bylines() -> None:
    for text, expected in [
        ("Kompas.com - 13/05/2024, 13:24 WIB", "2024-05-13T13:24:00+07:00"),
        ("DETIKNEWS | Rabu 17 Jun 2015, 22:26 WIB", "2015-06-17T22:26:00+07:00"),
        ("Reporter: Budi\nSenin, 13 Mei 2024 13:24 WIB\nBagikan", "2024-05-13T13:24:00+07:00"),
    ]:
        mentions = find_dates(text)
        assert [m.value.iso() for m in mentions] == [expected]


def test_invalid_date_hides_its_parts() -> None:
    # "Februari 2025" inside "31 Februari 2025" must not come out as a month.
    assert find_dates("Rapat 31 Februari 2025 batal.") == []
    assert find_dates("beberapa bulan lalu", reference=TUESDAY) == []


def test_recurrence_is_no_date() -> None:
    assert find_dates("Pasar buka setiap hari Jumat.", reference=TUESDAY) == []


def test_parse_date_picks_the_longest_expression() -> None:
    value = parse_date("Kemarin, Senin (3/2/2025) pukul 09.00 WIB", reference=TUESDAY)
    assert value is not None
    assert value.iso() == "2025-02-03T09:00:00+07:00"


def test_without_reference_relative_words_count_from_today_in_wib() -> None:
    before = dt.datetime.now(WIB).date()
    value = parse_date("hari ini")
    after = dt.datetime.now(WIB).date()
    assert value is not None
    assert value.point in {before, after}


# The word table: integrity of the data the grammar is built from.


def test_table_keys_are_lower_case_and_trimmed() -> None:
    for words in (
        table.MONTHS,
        table.WEEKDAYS,
        table.WEEKDAY_ABBREVIATIONS,
        table.DAY_PHRASES,
        table.UNITS,
        table.NUMBER_WORDS,
        table.DIRECTIONS,
        table.MONTH_PARTS,
        table.ZONES,
        table.DAY_PART_AFTERNOON,
        table.NUMBER_SCALES,
        table.PERIODS,
        table.ORDINALS,
        table.DAY_PARTS,
        table.SPAN_DIRECTIONS,
        table.HIJRI_MONTHS,
        table.HIJRI_MARKS,
        table.FEASTS,
        table.FEAST_CUES,
        table.IN_WORDS,
        table.MOMENT_PHRASES,
        table.UNIT_ABBREVIATIONS,
        table.DECADE_WORDS,
        table.LOCAL_TIME,
        table.CENTURY_WORDS,
    ):
        for word in words:
            assert word == word.lower().strip(), word
            assert "  " not in word


def test_table_months_and_weekdays_are_complete() -> None:
    assert sorted(set(table.MONTHS.values())) == list(range(1, 13))
    assert sorted(set(table.WEEKDAYS.values())) == list(range(7))
    assert sorted(set(table.WEEKDAY_ABBREVIATIONS.values())) == list(range(7))
    assert set(table.MONTHS) >= table.BARE_MONTHS
    indonesian = ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september"]
    indonesian += ["oktober", "november", "desember"]
    assert [table.MONTHS[name] for name in indonesian] == list(range(1, 13))


def test_table_parts_cover_month_and_year_without_gaps() -> None:
    thirds = [table.MONTH_PARTS[w] for w in ("awal", "pertengahan", "akhir")]
    assert thirds == [(1, 10), (11, 20), (21, 31)]
    assert [table.YEAR_PARTS[w] for w in ("awal", "pertengahan", "akhir")] == [(1, 4), (5, 8), (9, 12)]
    assert table.WEEK_PARTS["akhir"] == (5, 6)  # the weekend


def test_table_periods_divide_the_year() -> None:
    for word, months in table.PERIODS.items():
        assert 12 % months == 0, word
    assert sorted(set(table.ORDINALS.values())) == [1, 2, 3, 4]


def test_table_zones() -> None:
    hours = {name: zone.utcoffset(None) for name, zone in table.ZONES.items()}
    assert hours["wib"] == dt.timedelta(hours=7)
    assert hours["wita"] == dt.timedelta(hours=8)
    assert hours["wit"] == dt.timedelta(hours=9)
    assert hours["utc"] == hours["z"] == dt.timedelta(0)
    assert hours["asia/jakarta"] == hours["wib"]
    assert hours["asia/makassar"] == hours["wita"]
    assert hours["asia/jayapura"] == hours["wit"]


def test_table_directions_are_signs() -> None:
    assert set(table.DIRECTIONS.values()) <= {-1, 0, 1}
    assert table.DIRECTIONS["lalu"] == -1
    assert table.DIRECTIONS["depan"] == 1
    assert table.DAY_PHRASES["kemarin lusa"] == -2


def test_table_round_two_words() -> None:
    assert set(table.SPAN_DIRECTIONS.values()) == {-1, 1}
    assert [table.DECADE_PARTS[w] for w in ("awal", "pertengahan", "akhir")] == [(0, 3), (4, 6), (7, 9)]
    # A Hijri month never doubles as a Gregorian one, nor a feast as a weekday or month.
    assert set(table.HIJRI_MONTHS).isdisjoint(table.MONTHS)
    assert set(table.FEASTS).isdisjoint({*table.MONTHS, *table.WEEKDAYS})
    assert table.FEASTS["lebaran"] == table.FEASTS["idul fitri"]
    assert table.UNITS["dekade"] == table.UNITS["dasawarsa"] == "decade"


def test_table_round_three_words() -> None:
    # Twelve Hijri months, Muharram first and Ramadan ninth, as the calendar counts them.
    assert sorted(set(table.HIJRI_MONTHS.values())) == list(range(1, 13))
    assert table.HIJRI_MONTHS["muharram"] == 1
    assert table.HIJRI_MONTHS["ramadhan"] == table.HIJRI_MONTHS["ramadan"] == 9
    assert table.HIJRI_MONTHS["syawal"] == 10
    # Every short unit is a unit, and names the same one as its full word.
    full = {"dtk": "detik", "mnt": "menit", "hr": "hari", "mgg": "minggu", "bln": "bulan", "thn": "tahun"}
    assert set(full) == table.UNIT_ABBREVIATIONS
    assert all(table.UNITS[short] == table.UNITS[word] for short, word in full.items())


def test_calendar_data_is_whole() -> None:
    # Every feast name leads to a rule that computes its day, and the official days are real dates.
    keys = set(table.FEASTS.values())
    computed = {*calendars.ISLAMIC_FEASTS, *calendars.EASTER_OFFSETS, *calendars.FIXED_FEASTS}
    assert keys == computed | {"chinese_new_year", *calendars.OFFICIAL_DAYS}
    for feast, days in calendars.OFFICIAL_DAYS.items():
        years = sorted(days)
        assert years == list(range(years[0], years[-1] + 1)), feast  # no year left out
        for year, (month, day) in days.items():
            dt.date(year, month, day)
    # Nyepi falls in March or April and Waisak in May or June, by the lunisolar months they follow.
    assert {month for month, _ in calendars.OFFICIAL_DAYS["nyepi"].values()} <= {3, 4}
    assert {month for month, _ in calendars.OFFICIAL_DAYS["waisak"].values()} <= {5, 6}


def test_table_zones_abroad() -> None:
    hours = {name: zone.utcoffset(None) for name, zone in table.ZONES.items()}
    assert hours["pdt"] == dt.timedelta(hours=-7)
    assert hours["ist"] == dt.timedelta(hours=5, minutes=30)
    assert hours["cst"] == dt.timedelta(hours=-6)  # US Central, not China
    assert hours["bst"] == dt.timedelta(hours=1)  # British Summer Time
    assert table.ZONES["pdt"].tzname(None) == "PDT"
    # Every zone abroad is read in capitals only; Indonesia's, UTC and GMT in any case.
    assert set(table.ZONES) >= table.CAPITAL_ZONES
    assert {"wib", "wita", "wit", "utc", "gmt"}.isdisjoint(table.CAPITAL_ZONES)
    assert all(name == name.lower() and name.isalpha() for name in table.CAPITAL_ZONES)
