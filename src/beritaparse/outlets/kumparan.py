"""kumparan: text conventions (pasted text; no saved pages of this outlet yet, so no page selectors)."""

from __future__ import annotations

from beritaparse.model import RemovedReason
from beritaparse.outlets.base import Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="kumparan",
    name="kumparan",
    hosts=("kumparan.com",),
    # The site footer ("Cara Menulis di kumparan", "PT Dynamo Media Network") and the "kumparanNEWS"-style
    # channel names are how a paste identifies itself.
    signals=(
        r"\bdi kumparan\b",
        r"PT Dynamo Media Network",
        r"\bkumparan(?:NEWS|BISNIS|TECH|SAINS|BOLA|OTO|FOOD|MOM|WOMAN|TRAVEL|HITS)\b",
    ),
    chrome=((r"(?:kumparan\w*|user\s+kumparan)(?:\s*·.*)?", RemovedReason.BYLINE),),
)
