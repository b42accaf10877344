"""detikcom: adapter (page and text conventions)."""

from __future__ import annotations

from beritaparse.model import RemovedReason
from beritaparse.outlets.base import Example, Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="detik",
    name="detikcom",
    hosts=("detik.com",),
    signals=(
        (
            r"\bdetik(?:com|news|finance|inet|sport|oto|health|travel|food|hot|edu|pop|jatim|jateng|"
            r"jabar|sumut|sulsel|bali|jogja|kalimantan|sumbagsel|properti)\b"
        ),
        r"\bdetik\.com\b",
    ),
    dateline=r"^\s*(?P<place>\p{Lu}[\p{L}.'’]*(?:\s+\p{Lu}[\p{L}.'’]*){0,4})\s+[-–—]\s+",
    closing_credit=r"(?:^|\s)\(\s*(?P<editors>[a-z]{2,5}(?:\s*/\s*[a-z]{2,5})+)\s*\)\s*$",
    author_is_first_initials=True,
    body=(
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' detail__body-text ')]",
        "//div[@id='detikdetailtext']",
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' detail_text ')]",
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' text_detail ')]",
    ),
    drop=(
        (
            ".//div[contains(concat(' ', normalize-space(@class), ' '), ' parallaxindetail ') or "
            "contains(concat(' ', normalize-space(@class), ' '), ' paradetail ') or "
            "contains(concat(' ', normalize-space(@class), ' '), ' staticdetail_container ')]",
            RemovedReason.ADVERTISEMENT,
        ),
        (
            ".//div[contains(concat(' ', normalize-space(@class), ' '), ' detail__body-tag ')]",
            RemovedReason.TAGS,
        ),
        (
            ".//div[contains(concat(' ', normalize-space(@class), ' '), ' newstag ') or "
            "contains(concat(' ', normalize-space(@class), ' '), ' skybanner ')]",
            RemovedReason.ADVERTISEMENT,
        ),
    ),
    captions=(
        (
            "//figure[contains(concat(' ', normalize-space(@class), ' '), ' detail__media-image "
            "')]/figcaption"
        ),
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' pic_artikel ')]",
    ),
    authors=(
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' detail__author ')]",
        (
            "//div[contains(concat(' ', normalize-space(@class), ' '), ' jdl ') or contains(concat('"
            " ', normalize-space(@class), ' '), ' content_detail ')]/div[contains(concat(' ',"
            " normalize-space(@class), ' '), ' author ')]"
        ),
    ),
    published=(
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' detail__date ')]",
        (
            "//div[contains(concat(' ', normalize-space(@class), ' '), ' jdl ') or contains(concat('"
            " ', normalize-space(@class), ' '), ' content_detail ')]/div[contains(concat(' ',"
            " normalize-space(@class), ' '), ' date ')]"
        ),
    ),
    examples=(
        Example(
            note="A paste: 'Name - detikFinance' over the date, 'Jakarta -', '(writer/editor)' initials.",
            text=(
                "Harga Beras Naik Lagi di Pasar Induk Cipinang\n"
                "Herdi Alif Al Hikam - detikFinance\n"
                "Senin, 13 Mei 2024 13:24 WIB\n"
                "Jakarta - Harga beras medium di Pasar Induk Beras Cipinang kembali naik pada pekan ini "
                "menjadi Rp13.500 per kilogram.\n"
                "ADVERTISEMENT\n"
                "Pedagang menyebut pasokan dari sentra produksi di Jawa Tengah berkurang karena panen "
                "raya sudah lewat sejak bulan lalu.\n"
                "Pemerintah berjanji menambah pasokan dari gudang Bulog mulai pekan depan agar harga "
                "kembali turun. (hal/ara)\n"
            ),
            expect={
                "title": "Harga Beras Naik Lagi di Pasar Induk Cipinang",
                "published": "2024-05-13T13:24:00+07:00",
                "authors": ("Herdi Alif Al Hikam",),
                "dateline": "Jakarta",
                "editors": ("ara",),
                "paragraphs": (
                    "Harga beras medium di Pasar Induk Beras Cipinang kembali naik pada pekan ini menjadi "
                    "Rp13.500 per kilogram.",
                    "Pedagang menyebut pasokan dari sentra produksi di Jawa Tengah berkurang karena panen "
                    "raya "
                    "sudah lewat sejak bulan lalu.",
                    "Pemerintah berjanji menambah pasokan dari gudang Bulog mulai pekan depan agar harga "
                    "kembali turun.",
                ),
                "removed": (
                    ("dateline", "Jakarta -"),
                    ("advertisement", "ADVERTISEMENT"),
                    ("editor-credit", "(hal/ara)"),
                ),
            },
        ),
        Example(
            note="An opening cut by a spaced dash is no dateline unless every word of it is capitalised.",
            text=(
                "Warga Diminta Tetap di Rumah Saat Banjir\n"
                "Wisma Putra - detikNews\n"
                "Senin, 13 Mei 2024 13:24 WIB\n"
                "Sementara itu - Wali kota meminta warga di bantaran sungai tetap waspada selama hujan "
                "deras masih turun di kawasan hulu.\n"
                "Petugas pemadam kebakaran dan relawan disiagakan di lima kelurahan yang paling sering "
                "terendam banjir setiap musim hujan.\n"
                "Warga yang rumahnya terendam diminta mengungsi ke posko terdekat yang sudah disiapkan "
                "pemerintah kota sejak kemarin. (hal/ara)\n"
            ),
            expect={
                "dateline": None,
                "editors": ("ara",),
                "paragraphs": (
                    "Sementara itu - Wali kota meminta warga di bantaran sungai tetap waspada selama hujan "
                    "deras "
                    "masih turun di kawasan hulu.",
                    "Petugas pemadam kebakaran dan relawan disiagakan di lima kelurahan yang paling sering "
                    "terendam banjir setiap musim hujan.",
                    "Warga yang rumahnya terendam diminta mengungsi ke posko terdekat yang sudah disiapkan "
                    "pemerintah kota sejak kemarin.",
                ),
            },
        ),
        Example(
            note="A page of the current template: header author and date, figure caption, ad and tag boxes.",
            url="https://finance.detik.com/berita-ekonomi-bisnis/d-7000001/harga-beras-naik-lagi",
            html=(
                "<html><head><title>Harga Beras Naik Lagi di Pasar Induk Cipinang</title></head><body>"
                "<article class='detail'><div class='detail__header'>"
                "<h1 class='detail__title'>Harga Beras Naik Lagi di Pasar Induk Cipinang</h1>"
                "<div class='detail__author'>Herdi Alif Al Hikam - <span class='detail__label'>"
                "detikFinance</span></div><div class='detail__date'>Senin, 13 Mei 2024 13:24 WIB</div></div>"
                "<figure class='detail__media-image'><img src='/beras.jpg' alt=''>"
                "<figcaption class='detail__media-caption'>Foto: Pedagang beras di Pasar Induk Cipinang "
                "(Grandyos Zafna/detikcom)</figcaption></figure>"
                "<div class='detail__body itp_bodycontent_wrapper'>"
                "<div class='detail__body-text itp_bodycontent'>"
                "<p><strong>Jakarta</strong> - Harga beras medium di Pasar Induk Beras Cipinang kembali naik "
                "pada pekan ini menjadi Rp13.500 per kilogram.</p>"
                "<div class='paradetail'><p id='para_caption'>ADVERTISEMENT</p></div>"
                "<p>Pedagang menyebut pasokan dari sentra produksi di Jawa Tengah berkurang karena panen "
                "raya "
                "sudah lewat sejak bulan lalu.</p>"
                "<p>Pemerintah berjanji menambah pasokan dari gudang Bulog mulai pekan depan agar harga "
                "kembali turun. (hal/ara)</p>"
                "<div class='detail__body-tag'><a href='/tag/beras'>beras</a>"
                "<a href='/tag/harga-beras'>harga beras</a></div>"
                "</div></div></article></body></html>"
            ),
            expect={
                "title": "Harga Beras Naik Lagi di Pasar Induk Cipinang",
                "published": "2024-05-13T13:24:00+07:00",
                "authors": ("Herdi Alif Al Hikam",),
                "dateline": "Jakarta",
                "editors": ("ara",),
                "paragraphs": (
                    "Harga beras medium di Pasar Induk Beras Cipinang kembali naik pada pekan ini menjadi "
                    "Rp13.500 per kilogram.",
                    "Pedagang menyebut pasokan dari sentra produksi di Jawa Tengah berkurang karena panen "
                    "raya "
                    "sudah lewat sejak bulan lalu.",
                    "Pemerintah berjanji menambah pasokan dari gudang Bulog mulai pekan depan agar harga "
                    "kembali turun.",
                ),
                "captions": (
                    {"text": "Pedagang beras di Pasar Induk Cipinang", "credit": "Grandyos Zafna/detikcom"},
                ),
                "removed": (
                    ("dateline", "Jakarta -"),
                    ("advertisement", "ADVERTISEMENT"),
                    ("editor-credit", "(hal/ara)"),
                ),
            },
        ),
    ),
)
