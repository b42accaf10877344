"""ANTARA News: adapter (page and text conventions)."""

from __future__ import annotations

from beritaparse.outlets.base import Example, Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="antaranews",
    name="ANTARA News",
    hosts=("antaranews.com",),
    signals=(
        r"\(ANTARA(?:\s+News)?\)",
        r"\bANTARA\s+News\b",
        r"\bantaranews\.com\b",
    ),
    dateline=(
        r"^\s*(?P<place>[^()\n]{2,60}?)\s*(?:,\s*\d{1,2}\s+\p{L}+\s+\d{4}\s*)?\((?i:ANTARA(?:\s+News)?|"
        r"Antara/[^)]{1,40})\)\s*(?:-{1,2}|[–—])\s*"
    ),
    body=(
        "//div[@id='content_news']",
    ),
    captions=(
        "//div[@id='caption_news']",
    ),
    authors=(
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' byline ')]",
    ),
    examples=(
        Example(
            note="A paste: the place before '(ANTARA)', the writer and the editor credited below the text.",
            text=(
                "Harga cabai rawit di Mataram turun\n"
                "Senin, 13 Mei 2024 13:24 WIB\n"
                "Mataram (ANTARA) - Harga cabai rawit di sejumlah pasar tradisional di Kota Mataram, Nusa "
                "Tenggara Barat, turun menjadi Rp40.000 per kilogram pada pekan ini.\n"
                '"Pasokan dari petani di Lombok Timur sudah normal kembali," kata Kepala Dinas Perdagangan '
                "Kota Mataram kepada wartawan di Mataram, Senin.\n"
                "Ia memperkirakan harga akan terus turun hingga akhir bulan ini seiring panen raya di "
                "sejumlah "
                "sentra produksi di Pulau Lombok.\n"
                "Pewarta: Nur Imansyah\n"
                "Editor: Budi Santoso\n"
                "Copyright © ANTARA 2024\n"
            ),
            expect={
                "title": "Harga cabai rawit di Mataram turun",
                "published": "2024-05-13T13:24:00+07:00",
                "dateline": "Mataram",
                "authors": ("Nur Imansyah",),
                "editors": ("Budi Santoso",),
                "paragraphs": (
                    "Harga cabai rawit di sejumlah pasar tradisional di Kota Mataram, Nusa Tenggara Barat, "
                    "turun menjadi Rp40.000 per kilogram pada pekan ini.",
                    '"Pasokan dari petani di Lombok Timur sudah normal kembali," kata Kepala Dinas '
                    'Perdagangan '
                    "Kota Mataram kepada wartawan di Mataram, Senin.",
                    "Ia memperkirakan harga akan terus turun hingga akhir bulan ini seiring panen raya di "
                    "sejumlah sentra produksi di Pulau Lombok.",
                ),
                "removed": (("dateline", "Mataram (ANTARA) -"),),
            },
        ),
        Example(
            note="A page of the 2015 template: lines split by <br>, byline and caption boxes, editor inside.",
            url="https://www.antaranews.com/berita/100/harga-cabai-rawit-di-mataram-turun",
            html=(
                "<html><head><title>Harga cabai rawit di Mataram turun - ANTARA News</title></head><body>"
                "<div class='bjbrt'><h1 itemprop='headline'>Harga cabai rawit di Mataram turun</h1>"
                "<div class='byline'>Pewarta: <span itemprop='author'>Nur Imansyah</span></div>"
                "<div id='caption_news'>Pedagang cabai di Pasar Kebon Roek, Mataram. (ANTARA/Nur Imansyah)"
                "</div>"
                "<div id='content_news' itemprop='articleBody'>Mataram (ANTARA News) - Harga cabai rawit di "
                "sejumlah pasar tradisional di Kota Mataram turun menjadi Rp40.000 per kilogram.<br><br>"
                '"Pasokan dari petani di Lombok Timur sudah normal kembali," kata Kepala Dinas Perdagangan '
                "Kota Mataram kepada wartawan.<br><br>Ia memperkirakan harga akan terus turun hingga akhir "
                "bulan ini seiring panen raya di sejumlah sentra produksi.<br><br>"
                "<p class='mt10'>Editor: <span itemprop='editor'>Budi Santoso</span></p>"
                "<p class='date'>COPYRIGHT © <span itemprop='copyrightHolder'>ANTARA</span> "
                "<span itemprop='copyrightYear'>2024</span></p></div></div></body></html>"
            ),
            expect={
                "title": "Harga cabai rawit di Mataram turun",
                "dateline": "Mataram",
                "authors": ("Nur Imansyah",),
                "editors": ("Budi Santoso",),
                "paragraphs": (
                    "Harga cabai rawit di sejumlah pasar tradisional di Kota Mataram turun menjadi Rp40.000 "
                    "per "
                    "kilogram.",
                    '"Pasokan dari petani di Lombok Timur sudah normal kembali," kata Kepala Dinas '
                    'Perdagangan '
                    "Kota Mataram kepada wartawan.",
                    "Ia memperkirakan harga akan terus turun hingga akhir bulan ini seiring panen raya di "
                    "sejumlah sentra produksi.",
                ),
                "captions": (
                    {"text": "Pedagang cabai di Pasar Kebon Roek, Mataram.", "credit": "ANTARA/Nur Imansyah"},
                ),
            },
        ),
    ),
)
