"""Merdeka.com: adapter (page and text conventions)."""

from __future__ import annotations

from beritaparse.model import RemovedReason
from beritaparse.outlets.base import Example, Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="merdeka",
    name="Merdeka.com",
    hosts=("merdeka.com",),
    signals=(
        r"\bMerdeka\.com\b",
    ),
    dateline=r"^\s*(?i:Merdeka\.com)\s*[-–—]\s*",
    closing_credit=(
        r"(?:^|\s)[\[(]\s*(?:(?i:mdk)\s*/\s*)?(?P<editors>[a-z]{2,5}(?:\s*/\s*[a-z]{2,5})*)\s*[\])]\s*$"
    ),
    body=(
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' mdk-body-paragraph ')]",
        "//div[@id='mdk-body-news']",
    ),
    drop=(
        (".//div[@id='mdk-body-news-reporter']", RemovedReason.BYLINE),
        (
            ".//div[contains(concat(' ', normalize-space(@class), ' '), ' box_shortcut ')]",
            RemovedReason.PAGING,
        ),
    ),
    captions=(
        "//span[contains(concat(' ', normalize-space(@class), ' '), ' mdk-news-img-copyright ')]",
        "//span[@id='mdk-body-news-caption']",
    ),
    authors=(
        (
            "//div[contains(concat(' ', normalize-space(@class), ' '), ' mdk-date-reporter"
            " ')]/span[contains(., 'Reporter')]"
        ),
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' mdk-body-news-reporter ')]",
    ),
    published=(
        (
            "//div[contains(concat(' ', normalize-space(@class), ' '), ' mdk-date-reporter"
            " ')]/span[1]"
        ),
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' mdk-body-news-reporter ')]",
    ),
    tags=(
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' found_tag_rel_det ')]/a",
        "//ul[contains(concat(' ', normalize-space(@class), ' '), ' tag__list ')]/li",
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' mdk-tag-cloud ')]//a",
    ),
    examples=(
        Example(
            note="'Merdeka.com -' opens the text with no place; '[mdk/abc]' or '(abc)' initials close it.",
            text=(
                "Ganjil Genap Berlaku Lagi di 26 Ruas Jalan Jakarta\n"
                "Merdeka.com - Aturan ganjil genap kembali berlaku di 26 ruas jalan Jakarta mulai Senin "
                "pagi setelah libur panjang berakhir.\n"
                "Dinas Perhubungan menyebut aturan itu berlaku pada pukul 06.00 hingga 10.00 WIB dan pukul "
                "16.00 hingga 21.00 WIB.\n"
                "Kendaraan listrik, angkutan umum, dan mobil pemadam kebakaran dikecualikan dari aturan "
                "tersebut. [mdk/ray]\n"
            ),
            expect={
                "dateline": None,
                "editors": ("ray",),
                "paragraphs": (
                    "Aturan ganjil genap kembali berlaku di 26 ruas jalan Jakarta mulai Senin pagi setelah "
                    "libur panjang berakhir.",
                    "Dinas Perhubungan menyebut aturan itu berlaku pada pukul 06.00 hingga 10.00 WIB dan "
                    "pukul "
                    "16.00 hingga 21.00 WIB.",
                    "Kendaraan listrik, angkutan umum, dan mobil pemadam kebakaran dikecualikan dari aturan "
                    "tersebut.",
                ),
                "removed": (("dateline", "Merdeka.com -"), ("editor-credit", "[mdk/ray]")),
            },
        ),
        Example(
            note="A page of the 2015 template: the reporter box inside mdk-body-news, caption span, tags.",
            url="https://www.merdeka.com/jakarta/ganjil-genap-berlaku-lagi.html",
            html=(
                "<html><head><title>Ganjil Genap Berlaku Lagi di 26 Ruas Jalan Jakarta | merdeka.com</title>"
                "</head><body><div id='mdk-body-news'>"
                "<h1>Ganjil Genap Berlaku Lagi di 26 Ruas Jalan Jakarta</h1>"
                "<div id='mdk-body-news-reporter'>Reporter : <a href='/reporter/'>Ramadhian Fadillah</a> | "
                "Senin, 13 Mei 2024 13:24</div>"
                "<span id='mdk-body-news-caption'>Ganjil genap di Jalan Sudirman. ©2024 Merdeka.com</span>"
                "<p><b>Merdeka.com</b> - Aturan ganjil genap kembali berlaku di 26 ruas jalan Jakarta mulai "
                "Senin pagi.</p>"
                "<p>Dinas Perhubungan menyebut aturan itu berlaku pada pukul 06.00 hingga 10.00 WIB dan "
                "pukul "
                "16.00 hingga 21.00 WIB.</p>"
                "<p>Kendaraan listrik, angkutan umum, dan mobil pemadam kebakaran dikecualikan dari aturan "
                "tersebut. [ray]</p>"
                "<div class='found_tag_rel_det'><a href='/tag/g/ganjil-genap/'>ganjil genap</a></div>"
                "</div></body></html>"
            ),
            expect={
                "title": "Ganjil Genap Berlaku Lagi di 26 Ruas Jalan Jakarta",
                "dateline": None,
                "authors": ("Ramadhian Fadillah",),
                "editors": ("ray",),
                "paragraphs": (
                    "Aturan ganjil genap kembali berlaku di 26 ruas jalan Jakarta mulai Senin pagi.",
                    "Dinas Perhubungan menyebut aturan itu berlaku pada pukul 06.00 hingga 10.00 WIB dan "
                    "pukul "
                    "16.00 hingga 21.00 WIB.",
                    "Kendaraan listrik, angkutan umum, dan mobil pemadam kebakaran dikecualikan dari aturan "
                    "tersebut.",
                ),
                "captions": ({"text": "Ganjil genap di Jalan Sudirman.", "credit": "Merdeka.com"},),
            },
        ),
    ),
)
