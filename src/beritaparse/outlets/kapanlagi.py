"""KapanLagi.com: adapter (page and text conventions)."""

from __future__ import annotations

from beritaparse.model import RemovedReason
from beritaparse.outlets.base import Example, Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="kapanlagi",
    name="KapanLagi.com",
    hosts=("kapanlagi.com",),
    signals=(
        r"\bKapanLagi\.com\b",
    ),
    dateline=r"^\s*(?i:KapanLagi\.com)\s*®?\s*[-–—]\s*",
    closing_credit=(
        r"(?:^|\s)\(\s*(?i:kpl)\s*(?:/\s*(?P<editors>[a-z]{2,5}(?:\s*/\s*[a-z]{2,5})*)\s*)?\)\s*$"
    ),
    body=(
        "//div[@id='v6-revb-detailnews']",
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' entertainment-detail-news ')]",
    ),
    drop=(
        (
            ".//div[contains(concat(' ', normalize-space(@class), ' '), ' lifestyle-in-content ')]",
            RemovedReason.PROMO,
        ),
        (".//div[contains(concat(' ', normalize-space(@class), ' '), ' video-watch ')]", RemovedReason.MEDIA),
    ),
    captions=(
        (
            "//div[contains(concat(' ', normalize-space(@class), ' '), ' "
            "entertainment-newsdetail-headlineimg ')]"
        ),
        (
            "//div[contains(concat(' ', normalize-space(@class), ' '), ' "
            "entertainment-newsdetail-image-caption ')]"
        ),
    ),
    published=(
        "//span[contains(concat(' ', normalize-space(@class), ' '), ' newsdetail-schedule-new ')]",
    ),
    tags=(
        (
            "//div[contains(concat(' ', normalize-space(@class), ' '), ' v7-tags-terkait-warper"
            " ')]//li/a"
        ),
    ),
    examples=(
        Example(
            note="'KapanLagi.com® -' opens the text; '(kpl/abc)' closes it: kpl the outlet, abc the editor.",
            text=(
                "Raisa Umumkan Konser Tunggal di Jakarta Akhir Tahun\n"
                "KapanLagi.com® - Penyanyi Raisa mengumumkan akan menggelar konser tunggal di Jakarta pada "
                "akhir tahun ini untuk merayakan sepuluh tahun kariernya.\n"
                "Konser tersebut akan menampilkan lagu-lagu dari semua albumnya serta beberapa lagu baru "
                "yang belum pernah dinyanyikan di depan umum.\n"
                "Tiket konser mulai dijual bulan depan melalui laman resmi promotor dengan harga yang "
                "belum diumumkan. (kpl/abs)\n"
            ),
            expect={
                "dateline": None,
                "editors": ("abs",),
                "paragraphs": (
                    "Penyanyi Raisa mengumumkan akan menggelar konser tunggal di Jakarta pada akhir tahun "
                    "ini "
                    "untuk merayakan sepuluh tahun kariernya.",
                    "Konser tersebut akan menampilkan lagu-lagu dari semua albumnya serta beberapa lagu baru "
                    "yang belum pernah dinyanyikan di depan umum.",
                    "Tiket konser mulai dijual bulan depan melalui laman resmi promotor dengan harga yang "
                    "belum "
                    "diumumkan.",
                ),
                "removed": (("dateline", "KapanLagi.com® -"), ("editor-credit", "(kpl/abs)")),
            },
        ),
        Example(
            note="A page of the 2015 template: the schedule span, the headline photo's copyright box, tags.",
            url="https://www.kapanlagi.com/showbiz/selebriti/raisa-umumkan-konser-tunggal.html",
            html=(
                "<html><head><title>Raisa Umumkan Konser Tunggal di Jakarta Akhir Tahun - "
                "KapanLagi.com</title>"
                "</head><body>"
                "<h1>Raisa Umumkan Konser Tunggal di Jakarta Akhir Tahun</h1>"
                "<span class='newsdetail-schedule-new'>Kamis, 05 November 2015 11:52</span>"
                "<div class='entertainment-newsdetail-headlineimg'><img src='/raisa.jpg'><br>"
                "<div class='copyright'>Raisa/©KapanLagi.com®/Agus Apriyanto</div></div>"
                "<div class='entertainment-detail-news' id='v6-revb-detailnews'>"
                "<p><b>KapanLagi.com®</b> - Penyanyi Raisa mengumumkan akan menggelar konser tunggal di "
                "Jakarta pada akhir tahun ini.</p>"
                "<p>Konser tersebut akan menampilkan lagu-lagu dari semua albumnya serta beberapa lagu baru "
                "yang belum pernah dinyanyikan.</p>"
                "<p>Tiket konser mulai dijual bulan depan melalui laman resmi promotor. (kpl/abs)</p></div>"
                "<div class='v7-tags-terkait-warper'><ul><li><a href='/raisa/'>Raisa</a></li>"
                "<li><a href='/konser/'>Konser</a></li></ul></div></body></html>"
            ),
            expect={
                "title": "Raisa Umumkan Konser Tunggal di Jakarta Akhir Tahun",
                "published": "2015-11-05T11:52:00+07:00",
                "dateline": None,
                "editors": ("abs",),
                "tags": ("Raisa", "Konser"),
                "paragraphs": (
                    "Penyanyi Raisa mengumumkan akan menggelar konser tunggal di Jakarta pada akhir tahun "
                    "ini.",
                    "Konser tersebut akan menampilkan lagu-lagu dari semua albumnya serta beberapa lagu baru "
                    "yang belum pernah dinyanyikan.",
                    "Tiket konser mulai dijual bulan depan melalui laman resmi promotor.",
                ),
            },
        ),
    ),
)
