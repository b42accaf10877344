"""VIVA.co.id: adapter (page and text conventions).

The text opens with the outlet only: "VIVA -", "VIVA.co.id -", "VIVA Bisnis -", so there is no dateline place.
Page selectors follow the 2016 template: the text is ``[itemprop=articleBody]`` (a run of ``<div>`` lines),
the lead photo's caption is ``div.photodesc`` above it, and an inline photo is a ``<div>`` holding only the
image followed by a ``<div>`` holding only an italic caption ("... Foto: Grammy").
"""

from __future__ import annotations

from beritaparse.outlets.base import Example, Outlet

__all__ = ["OUTLET"]


def _cls(token: str) -> str:
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {token} ')"


# An italic-only line whose nearest non-empty line above holds an image.
_INLINE_CAPTION = (
    "div[em][not(text()[normalize-space()])]"
    "[preceding-sibling::div[normalize-space() or .//img][1][.//img]]"
)

OUTLET = Outlet(
    id="viva",
    name="VIVA.co.id",
    hosts=("viva.co.id",),
    # The text opening on "VIVA -" or "VIVA Bisnis -" on a line of its own names the outlet, in capitals only.
    signals=(r"\bVIVA\.co\.id\b", r"(?m)^(?-i:VIVA(?:[ ]+\p{Lu}\w*)?)[ ]*[-\u2010-\u2015]"),
    dateline=r"^(?i:VIVA(?:\.co\.id)?)(?:[ ]+\p{Lu}\w*)?[ ]*[-\u2010-\u2015]+[ ]*",
    body=("//*[@itemprop='articleBody']", "//div[@id='article-content']"),
    captions=(
        f"//article[{_cls('article-detail')}]//div[{_cls('photodesc')}]",
        f"//*[@itemprop='articleBody']/{_INLINE_CAPTION}",
    ),
    authors=(f"//div[{_cls('smalldesc')}]/div[{_cls('author')}]",),
    published=(f"//div[{_cls('smalldesc')}]/div[{_cls('date')}]",),
    examples=(
        Example(
            note="The outlet alone opens the text, with its channel: 'VIVA Bisnis -', no place.",
            text=(
                "Bank Indonesia Tahan Suku Bunga Acuan\n"
                "VIVA Bisnis - Bank Indonesia menahan suku bunga acuan di level 6,25 persen dalam rapat "
                "dewan gubernur yang berakhir Rabu sore.\n"
                "Gubernur Bank Indonesia mengatakan keputusan itu diambil untuk menjaga stabilitas nilai "
                "tukar rupiah di tengah ketidakpastian global.\n"
                "Ekonom memperkirakan bank sentral baru akan menurunkan suku bunga pada akhir tahun jika "
                "inflasi tetap terkendali.\n"
            ),
            expect={
                "dateline": None,
                "paragraphs": (
                    "Bank Indonesia menahan suku bunga acuan di level 6,25 persen dalam rapat dewan gubernur "
                    "yang berakhir Rabu sore.",
                    "Gubernur Bank Indonesia mengatakan keputusan itu diambil untuk menjaga stabilitas nilai "
                    "tukar rupiah di tengah ketidakpastian global.",
                    "Ekonom memperkirakan bank sentral baru akan menurunkan suku bunga pada akhir tahun jika "
                    "inflasi tetap terkendali.",
                ),
                "removed": (("dateline", "VIVA Bisnis -"),),
            },
        ),
        Example(
            note="A page of the 2016 template: articleBody lines in <div>s, an inline photo's caption.",
            url="https://www.viva.co.id/berita/bisnis/100-bank-indonesia-tahan-suku-bunga-acuan",
            html=(
                "<html><head><title>Bank Indonesia Tahan Suku Bunga Acuan - VIVA</title></head><body>"
                "<article class='article-detail'><h1>Bank Indonesia Tahan Suku Bunga Acuan</h1>"
                "<div class='smalldesc'><div class='author'>Fikri Halim</div>"
                "<div class='date'>Rabu, 15 Mei 2024 | 16:05 WIB</div></div>"
                "<div itemprop='articleBody'>"
                "<div><b>VIVA.co.id</b> - Bank Indonesia menahan suku bunga acuan di level 6,25 persen dalam "
                "rapat dewan gubernur.</div>"
                "<div><img src='/bi.jpg'></div><div><em>Gedung Bank Indonesia. Foto: VIVA/Muhamad "
                "Solihin</em>"
                "</div>"
                "<div>Gubernur Bank Indonesia mengatakan keputusan itu diambil untuk menjaga stabilitas "
                "nilai "
                "tukar rupiah.</div>"
                "<div>Ekonom memperkirakan bank sentral baru akan menurunkan suku bunga pada akhir "
                "tahun.</div>"
                "</div></article></body></html>"
            ),
            expect={
                "title": "Bank Indonesia Tahan Suku Bunga Acuan",
                "published": "2024-05-15T16:05:00+07:00",
                "authors": ("Fikri Halim",),
                "dateline": None,
                "paragraphs": (
                    "Bank Indonesia menahan suku bunga acuan di level 6,25 persen dalam rapat dewan "
                    "gubernur.",
                    "Gubernur Bank Indonesia mengatakan keputusan itu diambil untuk menjaga stabilitas nilai "
                    "tukar rupiah.",
                    "Ekonom memperkirakan bank sentral baru akan menurunkan suku bunga pada akhir tahun.",
                ),
                "captions": ({"text": "Gedung Bank Indonesia.", "credit": "VIVA/Muhamad Solihin"},),
            },
        ),
    ),
)
