"""Tempo.co: adapter (page and text conventions). Datelines read "TEMPO.CO, Jakarta -".

The text closes with the reporter's name in bold capitals ("<strong>DINI TEJA</strong>"): that line is the
author credit, not a subheading. Page selectors follow the 2015 template (``div.artikel`` with a
``div.deskripsi`` photo caption and a ``ul.topik-terkait`` topic list).
"""

from __future__ import annotations

from beritaparse.model import RemovedReason
from beritaparse.outlets.base import Outlet

__all__ = ["OUTLET"]


def _cls(token: str) -> str:
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {token} ')"


# A bold run that closes the text and holds no lower-case letter: the reporter credit.
_CLOSING_CREDIT = (
    "p[last()]/strong[last()][not(following-sibling::node()[normalize-space()])]"
    "[normalize-space()][translate(., 'abcdefghijklmnopqrstuvwxyz', '') = .]"
)

OUTLET = Outlet(
    id="tempo",
    name="Tempo.co",
    hosts=("tempo.co",),
    signals=(r"\bTEMPO\.CO\b",),
    dateline=r"^\s*TEMPO\.CO\s*(?:,\s*(?P<place>[^,\n]{2,40}?))?\s*[-–—]+\s*",
    body=(f"//div[{_cls('artikel')}]",),
    drop=(
        (f".//ul[{_cls('block-kanal-map')}]", RemovedReason.NAVIGATION),
        (f".//div[{_cls('share-display')}]", RemovedReason.SHARE),
        (f"./{_CLOSING_CREDIT}", RemovedReason.BYLINE),
    ),
    captions=(f"//div[{_cls('artikel')}]//div[{_cls('deskripsi')}]",),
    authors=(f"//div[{_cls('artikel')}]/{_CLOSING_CREDIT}",),
    published=(f"//div[{_cls('artikel')}]/div[{_cls('block-tanggal')}]",),
    tags=(f"//ul[{_cls('topik-terkait')}]/li",),
)
