"""Kompas.com: adapter (page and text conventions)."""

from __future__ import annotations

from beritaparse.model import RemovedReason
from beritaparse.outlets.base import Example, Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="kompas",
    name="Kompas.com",
    hosts=("kompas.com",),
    signals=(
        r"\bKOMPAS\.com\b",
        r"\bKompas\.id\b",
    ),
    dateline=r"^\s*(?P<place>[^,\n]{2,40}?)\s*,\s*(?i:KOMPAS\.com)\s*(?:[-–—]+\s*)?",
    chrome=(
        (r"simak\s+breaking\s+news\b.*", RemovedReason.PROMO),
    ),
    body=(
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' read__content ')]",
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' kcm-read-text ')]",
        (
            "//div[contains(concat(' ', normalize-space(@class), ' '), ' kcm-read-content-text "
            "')]//span[starts-with(@class, 'kcmread')]"
        ),
    ),
    drop=(
        (".//*[@id='EndOfArticle']/following-sibling::*", RemovedReason.PROMO),
        (
            ".//div[contains(concat(' ', normalize-space(@class), ' '), ' kcm-read-bottom-topic ')]",
            RemovedReason.TAGS,
        ),
    ),
    captions=(
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' photo__caption ')]",
        (
            "//div[contains(concat(' ', normalize-space(@class), ' '), ' kcm-read "
            "')]//div[contains(concat(' ', normalize-space(@class), ' '), ' photo ')]"
        ),
    ),
    authors=(
        (
            "//div[contains(concat(' ', normalize-space(@class), ' '), ' credit-author-title"
            " ')][h6[contains(concat(' ', normalize-space(@class), ' '), ' credit-author-position"
            " ')][normalize-space()='Penulis']]/h6[contains(concat(' ', normalize-space(@class), '"
            " '), ' credit-author-name ')]"
        ),
        (
            "//div[contains(concat(' ', normalize-space(@class), ' '), ' kcm-read-copy"
            " ')]//tr[normalize-space(td[1])='Penulis']/td[2]"
        ),
    ),
    editors=(
        (
            "//div[contains(concat(' ', normalize-space(@class), ' '), ' credit-author-title"
            " ')][h6[contains(concat(' ', normalize-space(@class), ' '), ' credit-author-position"
            " ')][normalize-space()='Editor']]/h6[contains(concat(' ', normalize-space(@class), ' '),"
            " ' credit-author-name ')]"
        ),
        (
            "//div[contains(concat(' ', normalize-space(@class), ' '), ' kcm-read-copy"
            " ')]//tr[normalize-space(td[1])='Editor']/td[2]"
        ),
    ),
    published=(
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' read__time ')]",
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' kcm-date ')]",
        (
            "//div[contains(concat(' ', normalize-space(@class), ' '), ' kcm-read-top ') or"
            " contains(concat(' ', normalize-space(@class), ' '), ' kcm-read-content-top"
            " ')]/div[contains(concat(' ', normalize-space(@class), ' '), ' grey ')]"
        ),
    ),
    examples=(
        Example(
            note="'JAKARTA, KOMPAS.com -', the 'Simak breaking news' promo, writer and editor below.",
            text=(
                "Tarif KRL Jabodetabek Tidak Naik Tahun Ini\n"
                "Kompas.com - 13/05/2024, 13:24 WIB\n"
                "JAKARTA, KOMPAS.com - Kementerian Perhubungan memastikan tarif KRL Jabodetabek tidak naik "
                "sepanjang tahun ini meski biaya operasional bertambah.\n"
                "Direktur Jenderal Perkeretaapian mengatakan pemerintah masih menanggung sebagian biaya "
                "perjalanan melalui skema subsidi kewajiban pelayanan publik.\n"
                "Penumpang diminta tetap menggunakan kartu elektronik agar antrean di loket stasiun tidak "
                "menumpuk pada jam sibuk.\n"
                "Simak breaking news dan berita pilihan kami langsung di ponselmu.\n"
                "Penulis: Ruby Rachmadina\n"
                "Editor: Ambaranie Nadia Kemala Movanita\n"
            ),
            expect={
                "title": "Tarif KRL Jabodetabek Tidak Naik Tahun Ini",
                "published": "2024-05-13T13:24:00+07:00",
                "dateline": "Jakarta",
                "authors": ("Ruby Rachmadina",),
                "editors": ("Ambaranie Nadia Kemala Movanita",),
                "paragraphs": (
                    "Kementerian Perhubungan memastikan tarif KRL Jabodetabek tidak naik sepanjang tahun ini "
                    "meski biaya operasional bertambah.",
                    "Direktur Jenderal Perkeretaapian mengatakan pemerintah masih menanggung sebagian biaya "
                    "perjalanan melalui skema subsidi kewajiban pelayanan publik.",
                    "Penumpang diminta tetap menggunakan kartu elektronik agar antrean di loket stasiun "
                    "tidak "
                    "menumpuk pada jam sibuk.",
                ),
                "removed": (
                    ("dateline", "JAKARTA, KOMPAS.com -"),
                    ("promo", "Simak breaking news dan berita pilihan kami langsung di ponselmu."),
                ),
            },
        ),
        Example(
            note="A page of the current template: read__time, read__content, the writer and editor boxes.",
            url="https://megapolitan.kompas.com/read/2024/05/13/13240001/tarif-krl-tidak-naik",
            html=(
                "<html><head><title>Tarif KRL Jabodetabek Tidak Naik Tahun Ini</title></head><body>"
                "<h1 class='read__title'>Tarif KRL Jabodetabek Tidak Naik Tahun Ini</h1>"
                "<div class='read__time'>Kompas.com - 13/05/2024, 13:24 WIB</div>"
                "<div class='credit-author-title'><h6 class='credit-author-position'>Penulis</h6>"
                "<h6 class='credit-author-name'>Ruby Rachmadina</h6></div>"
                "<div class='credit-author-title'><h6 class='credit-author-position'>Editor</h6>"
                "<h6 class='credit-author-name'>Ambaranie Nadia Kemala Movanita</h6></div>"
                "<div class='read__content'><div class='clearfix'>"
                "<p><strong>JAKARTA, KOMPAS.com</strong> - Kementerian Perhubungan memastikan tarif KRL "
                "Jabodetabek tidak naik sepanjang tahun ini.</p>"
                "<p>Direktur Jenderal Perkeretaapian mengatakan pemerintah masih menanggung sebagian biaya "
                "perjalanan melalui skema subsidi.</p>"
                "<p>Penumpang diminta tetap menggunakan kartu elektronik agar antrean di loket stasiun tidak "
                "menumpuk.</p></div></div></body></html>"
            ),
            expect={
                "title": "Tarif KRL Jabodetabek Tidak Naik Tahun Ini",
                "published": "2024-05-13T13:24:00+07:00",
                "dateline": "Jakarta",
                "authors": ("Ruby Rachmadina",),
                "editors": ("Ambaranie Nadia Kemala Movanita",),
                "paragraphs": (
                    "Kementerian Perhubungan memastikan tarif KRL Jabodetabek tidak naik sepanjang tahun "
                    "ini.",
                    "Direktur Jenderal Perkeretaapian mengatakan pemerintah masih menanggung sebagian biaya "
                    "perjalanan melalui skema subsidi.",
                    "Penumpang diminta tetap menggunakan kartu elektronik agar antrean di loket stasiun "
                    "tidak "
                    "menumpuk.",
                ),
            },
        ),
    ),
)
