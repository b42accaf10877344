"""Tempo.co: adapter (page and text conventions). Datelines read "TEMPO.CO, Jakarta -".

The text closes with a credit in bold capitals: the reporter ("<strong>DINI TEJA</strong>") or the news
agency the story came from ("<strong>ANTARA</strong>"); that line is a credit, not a subheading. Page
selectors follow the 2015 templates of tempo.co (``div.artikel``, caption ``div.deskripsi``, topics
``ul.topik-terkait``) and en.tempo.co (``div.tubuh-berita``, caption ``div.foto-desc``, topics ``div.mlta``).
"""

from __future__ import annotations

from beritaparse.model import RemovedReason
from beritaparse.outlets.base import Outlet

__all__ = ["OUTLET"]


def _cls(token: str) -> str:
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {token} ')"


_TEXT = f"div[{_cls('artikel')} or {_cls('tubuh-berita')}]"

# A bold run in capitals that closes the last paragraph holding text (blank ones are "&nbsp;").
_CLOSING_CREDIT = (
    "p[translate(normalize-space(), '\u00a0', '') != ''][last()]"
    "/strong[last()][not(following-sibling::node()[normalize-space()])]"
    "[normalize-space()][translate(., 'abcdefghijklmnopqrstuvwxyz', '') = .]"
)

OUTLET = Outlet(
    id="tempo",
    name="Tempo.co",
    hosts=("tempo.co",),
    signals=(r"\bTEMPO\.CO\b",),
    dateline=r"^\s*(?i:TEMPO\.CO)\s*(?:,\s*(?P<place>[^,\n]{2,40}?))?\s*[-–—]+\s*",
    body=(f"//{_TEXT}",),
    drop=(
        (f".//ul[{_cls('block-kanal-map')}]", RemovedReason.NAVIGATION),
        (f".//div[{_cls('share-display')}]", RemovedReason.SHARE),
        (f"./{_CLOSING_CREDIT}", RemovedReason.BYLINE),
    ),
    captions=(
        f"//div[{_cls('artikel')}]//div[{_cls('deskripsi')}]",
        f"//div[{_cls('blok-foto-konten')}]/div[{_cls('foto-desc')}]",
    ),
    authors=(f"//{_TEXT}/{_CLOSING_CREDIT}",),
    published=(f"//div[{_cls('artikel')}]/div[{_cls('block-tanggal')}]",),
    tags=(f"//ul[{_cls('topik-terkait')}]/li", f"//div[{_cls('mlta')}]/li"),
)
