"""Okezone: adapter (page and text conventions)."""

from __future__ import annotations

from beritaparse.outlets.base import Example, Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="okezone",
    name="Okezone",
    hosts=("okezone.com",),
    signals=(
        r"\bOkezone(?:\.com)?\b",
    ),
    dateline=r"^\s*(?P<place>\p{Lu}[\p{L}.'’]*(?:\s+\p{Lu}[\p{L}.'’]*){0,4})\s*(?:,\s*(?i:Okezone)\s*)?[-–—]\s+",
    closing_credit=r"(?:^|\s)\(\s*(?P<editors>[a-z]{2,5}(?:\s*/\s*[a-z]{2,5})*)\s*\)\s*$",
    body=(
        "//div[@id='contentx']/parent::div",
    ),
    captions=(
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' caption-img-ab ')]",
    ),
    authors=(
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' nmreporter ')]/div",
    ),
    published=(
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' meta-post ')]/time",
    ),
    examples=(
        Example(
            note="'JAKARTA -' opens the text, lower-case '(abc)' initials close it.",
            text=(
                "Timnas U-23 Tiba di Doha Jelang Piala Asia\n"
                "Kamis, 11 April 2024 - 15:56 WIB\n"
                "JAKARTA - Tim nasional Indonesia U-23 tiba di Doha, Qatar, pada Kamis sore untuk mengikuti "
                "Piala Asia U-23 yang dimulai pekan depan.\n"
                "Pelatih kepala mengatakan para pemain akan langsung menjalani latihan ringan untuk "
                "menyesuaikan diri dengan cuaca setempat.\n"
                "Indonesia tergabung di Grup A bersama tuan rumah Qatar, Australia, dan Yordania dalam "
                "turnamen tersebut. (ren)\n"
                "Follow Berita Okezone di Google News\n"
            ),
            expect={
                "published": "2024-04-11T15:56:00+07:00",
                "dateline": "Jakarta",
                "editors": ("ren",),
                "paragraphs": (
                    "Tim nasional Indonesia U-23 tiba di Doha, Qatar, pada Kamis sore untuk mengikuti Piala "
                    "Asia U-23 yang dimulai pekan depan.",
                    "Pelatih kepala mengatakan para pemain akan langsung menjalani latihan ringan untuk "
                    "menyesuaikan diri dengan cuaca setempat.",
                    "Indonesia tergabung di Grup A bersama tuan rumah Qatar, Australia, dan Yordania dalam "
                    "turnamen tersebut.",
                ),
                "removed": (("dateline", "JAKARTA -"), ("editor-credit", "(ren)")),
            },
        ),
        Example(
            note="A page of the 2015 template: the reporter box, the meta-post time, the caption box.",
            url="https://sports.okezone.com/read/2024/04/11/51/3000001/timnas-u-23-tiba-di-doha",
            html=(
                "<html><head><title>Timnas U-23 Tiba di Doha Jelang Piala Asia : Okezone "
                "Sports</title></head>"
                "<body><h1>Timnas U-23 Tiba di Doha Jelang Piala Asia</h1>"
                "<div class='nmreporter'><div>Andika Pratama</div></div>"
                "<div class='meta-post'><time class='tgl'>Kamis, 11 April 2024 - 15:56 wib</time></div>"
                "<div class='detail-content'><div class='detail-img'>"
                "<div class='caption-img-ab'><p>Timnas Indonesia U-23 berlatih. (Foto: PSSI)</p></div>"
                "<div id='contentx' class='dtlnews'>"
                "<p><strong>JAKARTA</strong> - Tim nasional Indonesia U-23 tiba di Doha, Qatar, pada Kamis "
                "sore untuk mengikuti Piala Asia U-23.</p>"
                "<p>Pelatih kepala mengatakan para pemain akan langsung menjalani latihan ringan untuk "
                "menyesuaikan diri dengan cuaca setempat.</p>"
                "<p>Indonesia tergabung di Grup A bersama tuan rumah Qatar, Australia, dan Yordania.</p>"
                "</div><strong>(ren)</strong></div></div></body></html>"
            ),
            expect={
                "title": "Timnas U-23 Tiba di Doha Jelang Piala Asia",
                "published": "2024-04-11T15:56:00+07:00",
                "authors": ("Andika Pratama",),
                "dateline": "Jakarta",
                "editors": ("ren",),
                "paragraphs": (
                    "Tim nasional Indonesia U-23 tiba di Doha, Qatar, pada Kamis sore untuk mengikuti Piala "
                    "Asia U-23.",
                    "Pelatih kepala mengatakan para pemain akan langsung menjalani latihan ringan untuk "
                    "menyesuaikan diri dengan cuaca setempat.",
                    "Indonesia tergabung di Grup A bersama tuan rumah Qatar, Australia, dan Yordania.",
                ),
                "captions": ({"text": "Timnas Indonesia U-23 berlatih.", "credit": "PSSI"},),
            },
        ),
    ),
)
