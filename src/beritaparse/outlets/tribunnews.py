"""Tribunnews.com: adapter (page and text conventions)."""

from __future__ import annotations

from beritaparse.model import RemovedReason
from beritaparse.outlets.base import Example, Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="tribunnews",
    name="Tribunnews.com",
    hosts=("tribunnews.com",),
    signals=(
        r"\bTRIBUNNEWS\.COM\b",
        r"\bTribun\p{L}+\.com\b",
    ),
    dateline=r"^\s*(?i:TRIBUNNEWS\.COM)\s*(?:,\s*(?P<place>[^-–—\n]{2,40}?))?\s*[-–—]\s*",
    chrome=(
        (r"artikel\s+ini\s+telah\s+tayang\s+di\b.*", RemovedReason.FOOTER),
    ),
    body=(
        (
            "//div[contains(concat(' ', normalize-space(@class), ' '), ' side-article ') and "
            "contains(concat(' ', normalize-space(@class), ' '), ' txt-article ')]"
        ),
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' txt-article ')]",
    ),
    captions=(
        "//div[@id='artimg']//div[contains(concat(' ', normalize-space(@class), ' '), ' grey2 ')]",
    ),
    tags=(
        "//h5[contains(concat(' ', normalize-space(@class), ' '), ' tagcloud3 ')]/a",
        "//span[normalize-space()='Terkait']/following-sibling::span/a[contains(@href, '/tag/')]",
    ),
    examples=(
        Example(
            note="'TRIBUNNEWS.COM, JAKARTA -' opens the text; 'Artikel ini telah tayang di ...' closes it.",
            text=(
                "Polisi Tangkap Pelaku Pencurian Motor di Bekasi\n"
                "TRIBUNNEWS.COM, JAKARTA - Polisi menangkap dua pelaku pencurian sepeda motor yang beraksi "
                "di sejumlah perumahan di Bekasi selama sebulan terakhir.\n"
                "Kapolsek setempat mengatakan para pelaku biasanya beraksi pada dini hari dengan merusak "
                "kunci kontak menggunakan kunci letter T.\n"
                "Polisi masih memburu seorang penadah yang diduga membeli motor curian dari kedua pelaku.\n"
                "Artikel ini telah tayang di Tribunbekasi.com dengan judul Polisi Tangkap Pelaku Pencurian "
                "Motor\n"
            ),
            expect={
                "dateline": "Jakarta",
                "paragraphs": (
                    "Polisi menangkap dua pelaku pencurian sepeda motor yang beraksi di sejumlah perumahan "
                    "di "
                    "Bekasi selama sebulan terakhir.",
                    "Kapolsek setempat mengatakan para pelaku biasanya beraksi pada dini hari dengan merusak "
                    "kunci kontak menggunakan kunci letter T.",
                    "Polisi masih memburu seorang penadah yang diduga membeli motor curian dari kedua "
                    "pelaku.",
                ),
                "removed": (
                    ("dateline", "TRIBUNNEWS.COM, JAKARTA -"),
                    (
                        "footer",
                        "Artikel ini telah tayang di Tribunbekasi.com dengan judul Polisi Tangkap Pelaku "
                        "Pencurian Motor",
                    ),
                ),
            },
        ),
        Example(
            note="A page of the current template: side-article txt-article, the lead photo's caption box.",
            url="https://www.tribunnews.com/metropolitan/2024/05/13/polisi-tangkap-pelaku-pencurian-motor",
            html=(
                "<html><head><title>Polisi Tangkap Pelaku Pencurian Motor di Bekasi - Tribunnews.com</title>"
                "</head><body><h1 id='arttitle'>Polisi Tangkap Pelaku Pencurian Motor di Bekasi</h1>"
                "<time>Senin, 13 Mei 2024 13:24 WIB</time>"
                "<div id='artimg'><img src='/motor.jpg'><div class='grey2'>Dua pelaku pencurian motor "
                "diperiksa polisi. (Tribunnews.com/Reza Deni)</div></div>"
                "<div class='side-article txt-article'>"
                "<p><strong>TRIBUNNEWS.COM, JAKARTA</strong> - Polisi menangkap dua pelaku pencurian sepeda "
                "motor yang beraksi di sejumlah perumahan di Bekasi.</p>"
                "<p>Kapolsek setempat mengatakan para pelaku biasanya beraksi pada dini hari.</p>"
                "<p>Polisi masih memburu seorang penadah yang diduga membeli motor curian dari kedua "
                "pelaku.</p>"
                "<p>Artikel ini telah tayang di Tribunbekasi.com dengan judul Polisi Tangkap Pelaku</p>"
                "</div><h5 class='tagcloud3'><a href='/tag/pencurian'>pencurian</a>"
                "<a href='/tag/bekasi'>Bekasi</a></h5></body></html>"
            ),
            expect={
                "title": "Polisi Tangkap Pelaku Pencurian Motor di Bekasi",
                "dateline": "Jakarta",
                "tags": ("pencurian", "Bekasi"),
                "paragraphs": (
                    "Polisi menangkap dua pelaku pencurian sepeda motor yang beraksi di sejumlah perumahan "
                    "di "
                    "Bekasi.",
                    "Kapolsek setempat mengatakan para pelaku biasanya beraksi pada dini hari.",
                    "Polisi masih memburu seorang penadah yang diduga membeli motor curian dari kedua "
                    "pelaku.",
                ),
                "captions": (
                    {
                        "text": "Dua pelaku pencurian motor diperiksa polisi.",
                        "credit": "Tribunnews.com/Reza Deni",
                    },
                ),
            },
        ),
    ),
)
