"""Property-based tests (hypothesis, default settings) for the date normaliser."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from beritaparse.dates import DateValue, find_dates, parse_date

# The test's own spelling tables, written out independently of the library's data.
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = [
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
]  # fmt: skip
SHORT = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
ZONES = {"WIB": 7, "WITA": 8, "WIT": 9}
# Zones abroad as minutes from UTC, from the zones' own definitions (CST: US Central, IST: India, BST: British
# Summer Time).
ABROAD = {
    "UTC": 0, "GMT": 0, "Z": 0,
    "PST": -480, "PDT": -420, "MST": -420, "MDT": -360, "CST": -360, "CDT": -300, "EST": -300, "EDT": -240,
    "WET": 0, "WEST": 60, "BST": 60, "CET": 60, "CEST": 120, "EET": 120, "EEST": 180,
    "IST": 330, "ICT": 420, "SGT": 480, "MYT": 480, "PHT": 480, "HKT": 480, "AWST": 480, "JST": 540,
    "KST": 540, "AEST": 600, "AEDT": 660, "NZST": 720, "NZDT": 780,
}  # fmt: skip
ENGLISH_MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip
# Forms with a zone abroad: Instagram's embed stamp, wire copy, a report quoting the local time.
ABROAD_FORMS = [
    "{english_short} {d}, {y} at {h12}:{M:02d}{ampm} {zone}",
    "{english} {d}, {y} {h12}:{M:02d} {ampm} {zone}",
    "{d} {english} {y} {H:02d}:{M:02d} {zone}",
    "{d} {month} {y} pukul {H:02d}.{M:02d} {zone}",
]

# Outlets write minutes; the ISO forms of metadata carry seconds.
MINUTE_FORMS = [
    "{wd}, {d} {month} {y} {H:02d}:{M:02d} {zone}",  # detik, antara
    "{wd}, {dd:02d}/{mm:02d}/{y} {H:02d}:{M:02d} {zone}",  # old detik, okezone
    "{dd:02d}/{mm:02d}/{y}, {H:02d}:{M:02d} {zone}",  # kompas
    "{wd}, {d} {month} {y} | {H:02d}:{M:02d} {zone}",  # old kompas
    "{wd} {d} {short} {y}, {H:02d}:{M:02d} {zone}",  # old detik
    "{d} {month} {y} pukul {H:02d}.{M:02d} {zone}",  # running text
    "{dd:02d} {short} {y} {H:02d}:{M:02d} {zone}",  # liputan6
]
SECOND_FORMS = [
    "{y}-{mm:02d}-{dd:02d}T{H:02d}:{M:02d}:{S:02d}{offset}",
    "{y}-{mm:02d}-{dd:02d} {H:02d}:{M:02d}:{S:02d}",
]

# Naive bounds on purpose: hypothesis draws naive datetimes, the text then names the zone.
news_datetimes = st.datetimes(
    min_value=dt.datetime(1900, 1, 1),  # noqa: DTZ001
    max_value=dt.datetime(2100, 12, 31),  # noqa: DTZ001
)
references = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2080, 12, 31))


def _fields(when: dt.datetime) -> dict[str, object]:
    return {
        "wd": DAYS[when.weekday()],
        "d": when.day,
        "dd": when.day,
        "mm": when.month,
        "month": MONTHS[when.month - 1],
        "short": SHORT[when.month - 1],
        "english": ENGLISH_MONTHS[when.month - 1],
        "english_short": ENGLISH_MONTHS[when.month - 1][:3],
        "h12": when.hour % 12 or 12,
        "ampm": "pm" if when.hour >= 12 else "am",
        "y": when.year,
        "H": when.hour,
        "M": when.minute,
        "S": when.second,
    }


@given(news_datetimes, st.sampled_from(MINUTE_FORMS), st.sampled_from(sorted(ZONES)))
def test_outlet_minute_forms_parse_back(when: dt.datetime, form: str, zone: str) -> None:
    text = form.format(zone=zone, **_fields(when))
    value = parse_date(text)
    expected = when.replace(second=0, microsecond=0, tzinfo=dt.timezone(dt.timedelta(hours=ZONES[zone])))
    assert value is not None, text
    assert value.granularity == "minute", text
    assert value.point == expected, text
    assert value.end - value.start == dt.timedelta(minutes=1)


@given(news_datetimes, st.sampled_from(ABROAD_FORMS), st.sampled_from(sorted(ABROAD)))
def test_a_known_zone_abroad_sets_the_offset(when: dt.datetime, form: str, zone: str) -> None:
    text = form.format(zone=zone, **_fields(when))
    value = parse_date(text)
    offset = dt.timezone(dt.timedelta(minutes=ABROAD[zone]))
    assert value is not None, text
    assert value.granularity == "minute", text
    assert value.start == when.replace(second=0, microsecond=0, tzinfo=offset), text
    assert value.start.utcoffset() == offset.utcoffset(None), text


@given(
    news_datetimes,
    st.sampled_from(["Jakarta", "Waktu", "Presiden", "Polda", "Ia", "West", "Est", "Pdt", "PT", "RT", "WNI"]),
)
def test_a_word_after_a_time_that_is_no_zone_leaves_it_wib(when: dt.datetime, word: str) -> None:
    text = f"{when.day} {MONTHS[when.month - 1]} {when.year} pukul {when.hour:02d}.{when.minute:02d} {word}"
    value = parse_date(text)
    assert value is not None, text
    wib = dt.timezone(dt.timedelta(hours=7))
    assert value.start == when.replace(second=0, microsecond=0, tzinfo=wib), text


@given(news_datetimes, st.sampled_from(SECOND_FORMS), st.integers(min_value=-12, max_value=14))
def test_iso_second_forms_parse_back(when: dt.datetime, form: str, hours: int) -> None:
    offset = f"{'+' if hours >= 0 else '-'}{abs(hours):02d}:00"
    text = form.format(offset=offset, **_fields(when))
    value = parse_date(text)
    zone = dt.timezone(dt.timedelta(hours=hours if "{offset}" in form else 7))
    assert value is not None, text
    assert value.granularity == "second", text
    assert value.point == when.replace(microsecond=0, tzinfo=zone), text
    assert value.iso() == when.replace(microsecond=0, tzinfo=zone).isoformat()


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_day_forms_parse_back(day: dt.date) -> None:
    for text in (
        f"{day.day} {MONTHS[day.month - 1]} {day.year}",
        f"{DAYS[day.weekday()]} ({day.day}/{day.month}/{day.year})",
        f"{day.day:02d}-{day.month:02d}-{day.year}",
        day.isoformat(),
    ):
        value = parse_date(text)
        assert value is not None, text
        assert (value.granularity, value.point, value.iso()) == ("day", day, day.isoformat()), text


@given(
    references,
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1, max_value=31),
    st.integers(0, 6),
)
def test_weekday_with_day_month_has_that_weekday(
    reference: dt.date, month: int, day: int, weekday: int
) -> None:
    try:
        dt.date(2024, month, day)  # 2024 is a leap year: every valid day/month exists in it
    except ValueError:
        return
    value = parse_date(f"{DAYS[weekday]} ({day}/{month})", reference=reference)
    assert value is not None
    point = value.point
    assert isinstance(point, dt.date)
    assert (point.weekday(), point.month, point.day) == (weekday, month, day)
    assert abs((point - reference).days) <= 29 * 366


@given(references)
def test_todays_weekday_and_date_is_today(reference: dt.date) -> None:
    value = parse_date(
        f"{DAYS[reference.weekday()]} ({reference.day}/{reference.month})", reference=reference
    )
    assert value is not None
    assert value.point == reference


@given(st.text(), st.one_of(st.none(), references))
def test_parse_date_never_raises(text: str, reference: dt.date | None) -> None:
    value = parse_date(text, reference=reference)
    assert value is None or isinstance(value, DateValue)


_PIECES = st.sampled_from(
    [
        "Selasa (17/12)", "kemarin", "pukul 10.00 WIB", "31 Februari 2025", "3 hari lalu",
        "beberapa waktu lalu",
        "pertengahan Januari", "Senin, 13 Mei 2024 13:24 WIB", "2016-02-23T14:49:30+07:00", "tahun lalu",
        "Rp 13.05 juta", "hari Jumat", "bulan Agustus", "akhir pekan lalu", "11-20 Januari 2025",
        "pukul 10.00 WIB, Selasa (4/2)", "Senin-Rabu (16-18/12)", "7 hari terakhir", "13/05/24",
        "Lebaran 2024", "abad ke-21", "Senin malam", "1 Muharram 1446 H",
    ]
)  # fmt: skip


@given(st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=8), st.one_of(st.none(), references))
def test_find_dates_spans_slice_the_input(parts: list[str], reference: dt.date | None) -> None:
    text = " ".join(parts)
    mentions = find_dates(text, reference=reference)
    previous_end = 0
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.raw
        assert mention.raw
        assert mention.start >= previous_end
        previous_end = mention.end
        assert mention.value.start < mention.value.end


@given(st.lists(_PIECES, min_size=1, max_size=6), references)
def test_find_dates_agrees_with_parse_date(parts: list[str], reference: dt.date) -> None:
    text = ". ".join(parts)
    for mention in find_dates(text, reference=reference):
        alone = parse_date(mention.raw, reference=reference)
        assert alone is not None
        assert alone.iso() == mention.value.iso()


_WORDS = st.sampled_from(
    [
        "kemarin lusa", "3 hari silam", "Jumat sebelumnya", "semester II 2024", "kuartal I-2025",
        "sepekan lalu", "setiap Jumat", "5 August 2024", "pukul 10.00 WIT", "akhir pekan", "Selasa (17/12)",
        "awal tahun ini", "Senin hingga Rabu", "dua bulan terakhir", "1 Muharram 1446 H", "Idul Fitri",
        "13:24 WIB, Senin 13 Mei 2024", "05-11-15", "abad XXI",
    ]
)  # fmt: skip
# Letters Unicode case folding ties to ASCII ones: long s, Kelvin sign, dotted capital I, sharp s.
_ODD = {"s": "ſ", "k": "\u212a", "i": "İ", "S": "ß"}


@given(_WORDS, st.lists(st.booleans(), min_size=40, max_size=40), references)
def test_unicode_case_variants_never_raise(phrase: str, flips: list[bool], reference: dt.date) -> None:
    text = "".join(
        _ODD.get(ch, ch.upper()) if flip else ch
        for ch, flip in zip(phrase, flips + [False] * len(phrase), strict=False)
    )
    value = parse_date(text, reference=reference)
    assert value is None or isinstance(value, DateValue)
    for mention in find_dates(text, reference=reference):
        assert text[mention.start : mention.end] == mention.raw


@given(references, st.integers(min_value=-89, max_value=10), st.integers(min_value=1, max_value=12))
def test_two_digit_years_fall_in_the_window(reference: dt.date, back: int, month: int) -> None:
    # The window is ninety years before the reference's year to ten after it.
    year = reference.year + back
    value = parse_date(f"15/{month:02d}/{year % 100:02d}", reference=reference)
    assert value is not None
    assert value.point == dt.date(year, month, 15)


TIME_FIRST_FORMS = [
    "{H:02d}:{M:02d} {zone}, {wd} {d} {month} {y}",
    "{H:02d}:{M:02d} {zone} | {dd:02d}/{mm:02d}/{y}",
    "pukul {H:02d}.{M:02d} {zone}, {wd} ({d}/{mm}/{y})",
]


@given(news_datetimes, st.sampled_from(sorted(ZONES)), st.sampled_from(TIME_FIRST_FORMS))
def test_time_before_its_date_parses_back(when: dt.datetime, zone: str, form: str) -> None:
    fields = _fields(when)
    text = form.format(zone=zone, **fields)
    value = parse_date(text)
    expected = when.replace(second=0, microsecond=0, tzinfo=dt.timezone(dt.timedelta(hours=ZONES[zone])))
    assert value is not None, text
    assert (value.granularity, value.point, value.raw) == ("minute", expected, text)


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)), st.integers(1, 6))
def test_day_ranges_with_weekdays_parse_back(first: dt.date, length: int) -> None:
    last = first + dt.timedelta(days=length)
    if last.month != first.month:
        return
    weekdays = f"{DAYS[first.weekday()]}-{DAYS[last.weekday()]}"
    text = f"{weekdays}, {first.day}-{last.day} {MONTHS[first.month - 1]} {first.year}"
    value = parse_date(text)
    assert value is not None, text
    assert (value.granularity, value.iso()) == ("span", f"{first.isoformat()}/{last.isoformat()}"), text


@given(references, st.integers(min_value=1, max_value=400))
def test_last_n_days_end_on_the_reference(reference: dt.date, count: int) -> None:
    value = parse_date(f"{count} hari terakhir", reference=reference)
    assert value is not None
    assert value.granularity == "span"
    assert value.start.date() == reference - dt.timedelta(days=count - 1)
    assert value.end.date() == reference + dt.timedelta(days=1)
