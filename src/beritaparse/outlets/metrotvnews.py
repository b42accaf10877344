"""Metrotvnews / Medcom.id: text conventions (pasted text; no saved pages of this outlet yet).

The text opens with a "Place:" dateline ("Moskow: ..."), the byline reads "Name • 31 January 2025 12:09",
and the editor signs off with a name in parentheses ("(Surya Perkasa)").
"""

from __future__ import annotations

from beritaparse.outlets.base import Example, Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="metrotvnews",
    name="Metrotvnews.com",
    hosts=("metrotvnews.com", "medcom.id"),
    signals=(r"\bMetrotvnews\.com\b", r"\bmedcom\.id\b", r"\bMedcom\b"),
    dateline=r"^(?P<place>\p{Lu}[\p{L}.'’-]*(?:[ ]\p{Lu}[\p{L}.'’-]*){0,2})[ ]?:[ ]+",
    examples=(
        Example(
            note="'Place:' opens the text, 'Name • date time' is the byline, '(Editor Name)' signs off.",
            text=(
                "Presiden Rusia Terima Utusan AS di Moskow\n"
                "Riza Aslam Khaeron • 31 January 2025 12:09\n"
                "Moskow: Presiden Rusia menerima utusan khusus Amerika Serikat di Kremlin untuk membahas "
                "kemungkinan gencatan senjata di Ukraina.\n"
                "Pertemuan berlangsung lebih dari tiga jam dan dihadiri penasihat kebijakan luar negeri "
                "kedua negara, menurut juru bicara Kremlin.\n"
                "Kedua pihak sepakat melanjutkan pembicaraan di tingkat menteri luar negeri pada bulan "
                "depan di negara ketiga.\n"
                "Google News Metrotvnews.com\n"
                "(Surya Perkasa)\n"
            ),
            expect={
                "published": "2025-01-31T12:09:00+07:00",
                "authors": ("Riza Aslam Khaeron",),
                "dateline": "Moskow",
                "editors": ("Surya Perkasa",),
                "paragraphs": (
                    "Presiden Rusia menerima utusan khusus Amerika Serikat di Kremlin untuk membahas "
                    "kemungkinan gencatan senjata di Ukraina.",
                    "Pertemuan berlangsung lebih dari tiga jam dan dihadiri penasihat kebijakan luar negeri "
                    "kedua negara, menurut juru bicara Kremlin.",
                    "Kedua pihak sepakat melanjutkan pembicaraan di tingkat menteri luar negeri pada bulan "
                    "depan di negara ketiga.",
                ),
                "removed": (("dateline", "Moskow:"),),
            },
        ),
        Example(
            note="Issue 12: words before a colon are a place only when capitalised; 'Menurut dia:' is text.",
            text=(
                "Presiden Rusia Terima Utusan AS di Moskow\n"
                "Riza Aslam Khaeron • 31 January 2025 12:09\n"
                "Menurut dia: Presiden Rusia menerima utusan khusus Amerika Serikat di Kremlin untuk "
                "membahas "
                "kemungkinan gencatan senjata di Ukraina.\n"
                "Pertemuan berlangsung lebih dari tiga jam dan dihadiri penasihat kebijakan luar negeri "
                "kedua negara, menurut juru bicara Kremlin.\n"
                "Kedua pihak sepakat melanjutkan pembicaraan di tingkat menteri luar negeri pada bulan "
                "depan di negara ketiga.\n"
                "Google News Metrotvnews.com\n"
            ),
            expect={
                "dateline": None,
                "paragraphs": (
                    "Menurut dia: Presiden Rusia menerima utusan khusus Amerika Serikat di Kremlin untuk "
                    "membahas kemungkinan gencatan senjata di Ukraina.",
                    "Pertemuan berlangsung lebih dari tiga jam dan dihadiri penasihat kebijakan luar negeri "
                    "kedua negara, menurut juru bicara Kremlin.",
                    "Kedua pihak sepakat melanjutkan pembicaraan di tingkat menteri luar negeri pada bulan "
                    "depan di negara ketiga.",
                ),
            },
        ),
    ),
)
