"""The words Indonesian (and English) news uses for dates, as data.

Every word the date grammar knows lives here; ``_grammar`` only turns these tables into patterns and
``_resolve`` only reads the numbers they map to. Adding a spelling is adding a key, not a code branch.
Keys are lower case; white space inside a key matches any run of white space.
"""

from __future__ import annotations

import datetime as dt
from types import MappingProxyType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = [
    "BARE_MONTHS",
    "BLOCKING_DIRECTIONS",
    "CAPITAL_ZONES",
    "CENTURY_WORDS",
    "DAY_PARTS",
    "DAY_PART_AFTERNOON",
    "DAY_PHRASES",
    "DECADE_PARTS",
    "DECADE_WORDS",
    "DIRECTIONS",
    "ENGLISH_ONE",
    "ENGLISH_UNITS",
    "FEASTS",
    "FEAST_CUES",
    "HIJRI_MARKS",
    "HIJRI_MONTHS",
    "IN_WORDS",
    "LOCAL_TIME",
    "MOMENT_PHRASES",
    "MONTHS",
    "MONTH_PARTS",
    "NUMBER_SCALES",
    "NUMBER_WORDS",
    "OFFSET_ZONES",
    "ORDINALS",
    "PERIODS",
    "PREPOSITIONS",
    "RANGE_WORDS",
    "RECURRENCE_WORDS",
    "SPAN_DIRECTIONS",
    "TWELVE_UNREAD",
    "UNITS",
    "UNIT_ABBREVIATIONS",
    "VAGUE_QUANTITIES",
    "WEEKDAYS",
    "WEEKDAY_ABBREVIATIONS",
    "WEEK_PARTS",
    "WIB",
    "YEAR_PARTS",
    "ZONES",
]

WIB = dt.timezone(dt.timedelta(hours=7), "WIB")
"""Western Indonesia Time (Jakarta): the zone of a time written without one."""

_WITA = dt.timezone(dt.timedelta(hours=8), "WITA")
_WIT = dt.timezone(dt.timedelta(hours=9), "WIT")

# Zones abroad, by the abbreviation printed after a time, as hours from UTC. Embedded posts ("Jul 14, 2019 at
# 9:00pm PDT", Instagram's), wire copy and English-language outlets print them. Where an abbreviation has two
# meanings, the one news from and for Indonesia means is kept:
# - "CST" is US Central (-6), as RFC 2822 and US wire copy have it; China's +8 is written "Beijing time".
# - "IST" is India (+5:30); Israel's and Ireland's IST are rare here.
# - "BST" is British Summer Time (+1), as the football and wire copy that prints it means; Bangladesh
#   writes its +6 so rarely.
# - "EST" is US Eastern (-5), not Australia's (written AEST); "WAS" is Waktu Arab Saudi (+3), as the
#   Hajj reports write it.
# Arabia's and the Atlantic's "AST" (+3, -4) are too evenly matched to choose: left out.
_ABROAD: dict[str, float] = {
    "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6, "pst": -8, "pdt": -7,
    "akst": -9, "akdt": -8, "hst": -10,
    "wet": 0, "west": 1, "bst": 1, "cet": 1, "cest": 2, "eet": 2, "eest": 3, "msk": 3, "was": 3,
    "ist": 5.5, "ict": 7, "sgt": 8, "myt": 8, "pht": 8, "hkt": 8, "awst": 8, "jst": 9, "kst": 9,
    "acst": 9.5, "acdt": 10.5, "aest": 10, "aedt": 11, "nzst": 12, "nzdt": 13,
}  # fmt: skip

ZONES: Mapping[str, dt.timezone] = MappingProxyType(
    {
        "wib": WIB, "wita": _WITA, "wit": _WIT,
        "asia/jakarta": WIB, "asia/pontianak": WIB, "asia/makassar": _WITA, "asia/jayapura": _WIT,
        "utc": dt.timezone.utc, "gmt": dt.timezone.utc, "z": dt.timezone.utc,
        **{name: dt.timezone(dt.timedelta(hours=hours), name.upper()) for name, hours in _ABROAD.items()},
    }
)  # fmt: skip
"""Zone names after a time, as fixed offsets: Indonesia has no daylight saving time, and abroad the
abbreviation says which of its offsets a place is on ("PST" -8, "PDT" -7)."""

CAPITAL_ZONES: frozenset[str] = frozenset({*_ABROAD, "z"})
"""The zones abroad and "Z": read only as printed, in capitals. In other cases they are words or other
abbreviations ("west", "est", "Pdt." the pastor); Indonesia's zones, UTC and GMT are read in any case."""

OFFSET_ZONES: frozenset[str] = frozenset({"utc", "gmt"})
"""The zone names a written offset may follow ("GMT+7", "UTC+08:00"). After any other zone a sign and digits
are the end of a range ("pukul 10.00 WIB-12.00 WIB"), not an offset."""

LOCAL_TIME: frozenset[str] = frozenset({"waktu setempat", "local time"})
"""Words after a time saying it is in some place's own zone, unnamed: only the day is read."""

MONTHS: Mapping[str, int] = MappingProxyType(
    {
        # Indonesian full names, old spellings (Pebruari, Nopember) and the short forms outlets print.
        "januari": 1, "jan": 1,
        "februari": 2, "pebruari": 2, "feb": 2, "peb": 2, "febr": 2,
        "maret": 3, "mar": 3, "mrt": 3,
        "april": 4, "apr": 4,
        "mei": 5,
        "juni": 6, "jun": 6,
        "juli": 7, "jul": 7,
        "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "agst": 8, "agus": 8,
        "september": 9, "sep": 9, "sept": 9, "spt": 9,
        "oktober": 10, "okt": 10,
        "november": 11, "nopember": 11, "nov": 11, "nop": 11,
        "desember": 12, "des": 12,
        # English, for metadata and English-language bylines.
        "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8,
        "aug": 8, "october": 10, "oct": 10, "december": 12, "dec": 12,
    }
)  # fmt: skip

BARE_MONTHS: frozenset[str] = frozenset(
    {
        "januari", "februari", "pebruari", "maret", "april", "mei", "juni", "juli", "agustus",
        "september", "oktober", "november", "nopember", "desember",
        "january", "february", "march", "june", "july", "august", "october", "december",
    }
)  # fmt: skip
"""Month names that may stand without a number beside them ("bulan Agustus", "Agustus lalu").

Short forms ("Jan", "Des") and English "May" are left out: alone they are ordinary words or names."""

WEEKDAYS: Mapping[str, int] = MappingProxyType(
    {
        "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3,
        "jumat": 4, "jum'at": 4, "jum’at": 4, "jumaat": 4,
        "sabtu": 5, "minggu": 6, "ahad": 6,
        "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
        "sunday": 6,
    }
)  # fmt: skip
"""Weekday names, Monday = 0 as in :meth:`datetime.date.weekday`."""

WEEKDAY_ABBREVIATIONS: Mapping[str, int] = MappingProxyType(
    {"sen": 0, "sel": 1, "rab": 2, "kam": 3, "jum": 4, "sab": 5, "min": 6,
     "mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
)  # fmt: skip
"""Short weekday names; only read in front of a full date ("Sel, 04 Feb 2025", RFC 2822 "Tue, 04 Feb...")."""

_DAY_PARTS = ("pagi", "siang", "sore", "petang", "malam", "dini hari", "subuh", "tengah malam", "tengah hari")

DAY_PARTS: tuple[str, ...] = _DAY_PARTS
"""Parts of the day written after a day ("Senin malam", "Selasa pagi (4/2)"): the day stays the precision."""

DAY_PHRASES: Mapping[str, int] = MappingProxyType(
    {
        "hari ini": 0,
        # Alone, the small hours and midnight are those of the reference day: news reports the night it
        # just had ("Kebakaran terjadi dini hari"). Only parse_date reads them alone: in running text
        # "hingga tengah malam" is as often any night.
        "dini hari": 0,
        "tengah malam": 0,
        "kemarin": -1,
        "kemarin lusa": -2,
        "besok": 1,
        "esok": 1,
        "esok hari": 1,
        "besok lusa": 2,
        "lusa": 2,
        **{f"kemarin {part}": -1 for part in _DAY_PARTS},
        **{f"besok {part}": 1 for part in _DAY_PARTS},
        **{f"esok {part}": 1 for part in _DAY_PARTS},
        **{f"tadi {part}": 0 for part in _DAY_PARTS},
        **{f"{part} tadi": 0 for part in _DAY_PARTS},
        **{f"nanti {part}": 0 for part in _DAY_PARTS},
        **{f"{part} ini": 0 for part in _DAY_PARTS},
    }
)
"""Words naming a day by its distance in days from the reference ("kemarin" = -1)."""

ENGLISH_UNITS: Mapping[str, str] = MappingProxyType(
    {
        "second": "second", "seconds": "second", "sec": "second", "secs": "second",
        "minute": "minute", "minutes": "minute", "min": "minute", "mins": "minute",
        "hour": "hour", "hours": "hour", "hrs": "hour",
        "day": "day", "days": "day",
        "week": "week", "weeks": "week",
        "month": "month", "months": "month",
        "year": "year", "years": "year",
        "decade": "decade", "decades": "decade",
    }
)  # fmt: skip
"""The English units of "3 hours ago": English-language outlets (and Indonesian ones' English editions)
stamp their bylines so. "hr" is left out: it is the Indonesian "hari" ("3 hr lalu")."""

ENGLISH_ONE: frozenset[str] = frozenset({"a", "an"})
"""The article counting one before an English unit, only with "ago" ("a day ago", "an hour ago"): in
Indonesian text "A" names a group or a class ("Grup A pekan lalu"), so it counts nothing elsewhere."""

UNITS: Mapping[str, str] = MappingProxyType(
    {
        "detik": "second", "dtk": "second",
        "menit": "minute", "mnt": "minute",
        "jam": "hour",
        "hari": "day", "hr": "day",
        "minggu": "week", "pekan": "week", "mgg": "week",
        "bulan": "month", "bln": "month",
        "tahun": "year", "thn": "year",
        "dekade": "decade", "dasawarsa": "decade",
        **ENGLISH_UNITS,
    }
)  # fmt: skip
"""Units of "N <unit> lalu"; the value is the granularity of the result ("decade": ten years, read as a
year). The short forms ("5 mnt lalu", "dlm 40 dtk", "3 hr lalu") are those of listing pages and live reports;
"se-" joins only the full words ("sepekan", "sebulan")."""

UNIT_ABBREVIATIONS: frozenset[str] = frozenset({"dtk", "mnt", "hr", "mgg", "bln", "thn"})
"""The short units: they need a count in digits or words before them ("5 mnt"), never "se-"."""

IN_WORDS: frozenset[str] = frozenset({"dalam", "dlm"})
""" "dalam 15 menit", "dlm 40 dtk": that long after the reference, like "15 menit lagi". In running text the
same words are as often a duration ("rampung dalam 15 menit"), so only :func:`parse_date` reads them."""

MOMENT_PHRASES: frozenset[str] = frozenset({"baru saja", "barusan", "just now"})
"""The reference moment itself, as listing pages label the newest items. In running text "baru saja" is an
adverb ("Presiden baru saja tiba"), so only :func:`parse_date` reads them."""

NUMBER_WORDS: Mapping[str, int] = MappingProxyType(
    {
        "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
        "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000,
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10,
    }
)  # fmt: skip
"""Number words before a unit; "se-" joined to the unit ("sepekan", "sehari") counts as one."""

NUMBER_SCALES: Mapping[str, tuple[int, int]] = MappingProxyType(
    {"belas": (1, 10), "puluh": (10, 0), "ratus": (100, 0), "ribu": (1000, 0)}
)
"""Words after a number word, as (multiplier, addend) applied to the digit before: "dua belas" = 2 + 10,
"dua puluh lima" = 2 * 10 + 5."""

VAGUE_QUANTITIES: frozenset[str] = frozenset(
    {
        "beberapa", "sejumlah", "berapa", "belasan", "puluhan", "ratusan", "ribuan", "banyak", "sekian",
        "setengah", "separuh", "seperempat",
    }
)  # fmt: skip
"""Quantities that make "<q> <unit> lalu" vague: such phrases give no date at all."""

DIRECTIONS: Mapping[str, int] = MappingProxyType(
    {
        "lalu": -1,
        "yang lalu": -1,
        "silam": -1,
        "yang silam": -1,
        "kemarin": -1,
        "sebelumnya": -1,
        "ini": 0,
        "depan": 1,
        "mendatang": 1,
        "yang akan datang": 1,
        "nanti": 1,
        "lagi": 1,
        "ago": -1,
    }
)
"""Words after a unit, month or weekday saying which way from the reference it lies."""

SPAN_DIRECTIONS: Mapping[str, int] = MappingProxyType(
    {
        "terakhir": -1,
        "terakhir ini": -1,
        "belakangan": -1,
        "belakangan ini": -1,
        "ke depan": 1,
        "kedepan": 1,
    }
)
"""Words after "<N> <unit>" making it a stretch that ends (-1) or starts (+1) on the reference day:
"tiga hari terakhir", "sepekan ke depan"."""

BLOCKING_DIRECTIONS: frozenset[str] = frozenset({"sebelumnya", "kemudian", "setelahnya", "berikutnya"})
"""Directions counted from some other event, not from the reference: "tiga hari sebelumnya" gives no date."""

MONTH_PARTS: Mapping[str, tuple[int, int]] = MappingProxyType(
    {
        "awal": (1, 10),
        "pertengahan": (11, 20),
        "medio": (11, 20),
        "tengah": (11, 20),
        "akhir": (21, 31),
        "penghujung": (21, 31),
        "ujung": (21, 31),
    }
)
"""Parts of a month as (first day, last day); the last day is clipped to the month's length."""

YEAR_PARTS: Mapping[str, tuple[int, int]] = MappingProxyType(
    {word: {(1, 10): (1, 4), (11, 20): (5, 8), (21, 31): (9, 12)}[days] for word, days in MONTH_PARTS.items()}
)
"""Parts of a year as (first month, last month): thirds, like the parts of a month."""

DECADE_PARTS: Mapping[str, tuple[int, int]] = MappingProxyType(
    {word: {(1, 10): (0, 3), (11, 20): (4, 6), (21, 31): (7, 9)}[days] for word, days in MONTH_PARTS.items()}
)
"""Parts of a decade as (first, last) year within it: "awal 2000-an" is 2000-2003."""

DECADE_WORDS: frozenset[str] = frozenset({"tahun", "era", "dekade", "dasawarsa", "periode", "generasi"})
"""Words before a decade ("era 80-an") that make it a date in running text, unlike an age ("usia 20-an")."""

WEEK_PARTS: Mapping[str, tuple[int, int]] = MappingProxyType(
    {"awal": (0, 1), "pertengahan": (2, 3), "tengah": (2, 3), "akhir": (5, 6)}
)
"""Parts of a week as (first weekday, last weekday): "akhir pekan" is the weekend."""

PREPOSITIONS: frozenset[str] = frozenset({"pada", "sejak", "hingga", "sampai", "per", "mulai", "tanggal"})
"""Words that, just before a bare weekday, month or year, mark it as a date in running text."""

RECURRENCE_WORDS: frozenset[str] = frozenset({"setiap", "tiap", "saban", "every"})
"""Words that make the following weekday or month a recurrence ("setiap Jumat"), not a date."""

DAY_PART_AFTERNOON: Mapping[str, tuple[int, int]] = MappingProxyType(
    {"pagi": (0, -1), "subuh": (0, -1), "dini hari": (0, -1), "siang": (1, 4), "sore": (1, 11),
     "petang": (1, 11), "malam": (5, 11), "tengah malam": (11, 11)}
)  # fmt: skip
"""Parts of the day after a clock hour, as the (first, last) hour read as p.m.: "pukul 7 malam" is 19:00,
"pukul 1 siang" 13:00, "pukul 2 dini hari" 02:00. "12 malam" is left unread: midnight of which
day?"""

TWELVE_UNREAD: frozenset[str] = frozenset({"malam", "tengah malam"})
"""Parts of the day that leave "pukul 12" unread: midnight, but at the start or the end of which day?"""

RANGE_WORDS: tuple[str, ...] = (
    "-",
    "–",
    "—",
    "s.d.",
    "s.d",
    "s/d",
    "sd",
    "sampai dengan",
    "sampai",
    "hingga",
    "to",
)
"""What joins the two ends of a range: "11-20 Januari", "11 hingga 20 Januari", "Juli s.d. Desember"."""

PERIODS: Mapping[str, int] = MappingProxyType(
    {"kuartal": 3, "kwartal": 3, "triwulan": 3, "q": 3, "caturwulan": 4, "semester": 6, "paruh": 6}
)
"""Parts of a year counted by number, as their length in months: "kuartal I-2025", "semester II 2024"."""

ORDINALS: Mapping[str, int] = MappingProxyType(
    {
        "i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4,
        "pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4,
    }
)  # fmt: skip
"""Which one of those periods: Roman numerals, digits or Indonesian ordinals."""

CENTURY_WORDS: frozenset[str] = frozenset({"abad"})
"""The word before a century's number: "abad ke-21", "abad XXI"."""

HIJRI_MONTHS: Mapping[str, int] = MappingProxyType(
    {
        "muharam": 1, "muharram": 1,
        "safar": 2, "sapar": 2, "shafar": 2,
        "rabiul awal": 3, "rabi'ul awal": 3, "rabiulawal": 3,
        "rabiul akhir": 4, "rabi'ul akhir": 4, "rabiulakhir": 4, "rabiul tsani": 4,
        "jumadil awal": 5, "jumadilawal": 5, "jumadil ula": 5, "jumadal ula": 5,
        "jumadil akhir": 6, "jumadilakhir": 6, "jumadil tsani": 6, "jumadal akhirah": 6, "jumadil akhirah": 6,
        "rajab": 7,
        "syaban": 8, "sya'ban": 8, "sya’ban": 8, "syakban": 8, "sya'baan": 8, "ruwah": 8,
        "ramadan": 9, "ramadhan": 9, "ramadlan": 9,
        "syawal": 10, "syawwal": 10,
        "zulkaidah": 11, "dzulqa'dah": 11, "dzulkaidah": 11, "zulqaidah": 11, "dzulqadah": 11,
        "zulqa'dah": 11, "zulkaedah": 11,
        "zulhijah": 12, "zulhijjah": 12, "dzulhijjah": 12, "dzulhijah": 12,
    }
)  # fmt: skip
"""Months of the Hijri calendar, Muharram = 1. Indonesia fixes their first days by sighting the moon (rukyat)
or by its own reckoning (hisab), so a Hijri date is read as the days it can fall on (``_calendars``)."""

HIJRI_MARKS: frozenset[str] = frozenset({"h", "hijriah", "hijriyah", "hijri"})
"""What marks a Hijri year: "1446 H", "1446 Hijriah"."""

FEASTS: Mapping[str, str] = MappingProxyType(
    {
        # Islamic: the day depends on sighting the moon.
        "idul fitri": "idul_fitri", "idulfitri": "idul_fitri", "iedul fitri": "idul_fitri",
        "lebaran": "idul_fitri",
        "idul adha": "idul_adha", "iduladha": "idul_adha", "iedul adha": "idul_adha",
        "idul kurban": "idul_adha", "idul qurban": "idul_adha", "lebaran haji": "idul_adha",
        "tahun baru islam": "islamic_new_year", "tahun baru hijriah": "islamic_new_year",
        "maulid nabi": "maulid", "maulid nabi muhammad": "maulid",
        "isra miraj": "isra_miraj", "isra mi'raj": "isra_miraj", "isra' mi'raj": "isra_miraj",
        "isra mikraj": "isra_miraj",
        # Christian, counted from Easter (or fixed).
        "paskah": "easter", "jumat agung": "good_friday", "wafat isa almasih": "good_friday",
        "kenaikan isa almasih": "ascension", "kenaikan yesus kristus": "ascension",
        "pentakosta": "pentecost", "pantekosta": "pentecost",
        "natal": "christmas", "malam natal": "christmas_eve",
        # Chinese new year, Buddhist and Balinese Hindu days.
        "imlek": "chinese_new_year", "tahun baru imlek": "chinese_new_year",
        "waisak": "waisak", "nyepi": "nyepi",
    }
)  # fmt: skip
"""Holidays by name, to the key ``_calendars`` computes their day from. A feast is read with a year ("Lebaran
2024", "Idul Adha 1445 H") or a direction ("Lebaran tahun lalu"); alone ("Idul Fitri") it names no year."""

FEAST_CUES: frozenset[str] = frozenset({"hari raya", "perayaan", "libur", "hari"})
"""Words before a feast's name that belong to the expression: "Hari Raya Idul Fitri 2024"."""
