"""VIVA.co.id: adapter (page and text conventions).

The text opens with the outlet only: "VIVA -", "VIVA.co.id -", "VIVA Bisnis -", so there is no dateline place.
Page selectors follow the 2016 template: the text is ``[itemprop=articleBody]`` (a run of ``<div>`` lines),
the lead photo's caption is ``div.photodesc`` above it, and an inline photo is a ``<div>`` holding only the
image followed by a ``<div>`` holding only an italic caption ("... Foto: Grammy").
"""

from __future__ import annotations

from beritaparse.outlets.base import Outlet

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
    signals=(r"\bVIVA\.co\.id\b", r"^VIVA\b"),
    dateline=r"^(?i:VIVA(?:\.co\.id)?)(?:[ ]+\p{Lu}\w*)?[ ]*[-\u2010-\u2015]+[ ]*",
    body=("//*[@itemprop='articleBody']", "//div[@id='article-content']"),
    captions=(
        f"//article[{_cls('article-detail')}]//div[{_cls('photodesc')}]",
        f"//*[@itemprop='articleBody']/{_INLINE_CAPTION}",
    ),
    authors=(f"//div[{_cls('smalldesc')}]/div[{_cls('author')}]",),
    published=(f"//div[{_cls('smalldesc')}]/div[{_cls('date')}]",),
)
