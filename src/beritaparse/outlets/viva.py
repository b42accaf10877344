"""VIVA.co.id: host and text conventions. The text opens with the outlet only: "VIVA -", "VIVA.co.id -", "VIVA Bisnis -".

No saved page of this outlet is in the test corpus, so the adapter has no page selectors: the generic
extractor finds the body and these conventions clean it.
"""

from __future__ import annotations

from beritaparse.outlets.base import Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="viva",
    name="VIVA.co.id",
    hosts=("viva.co.id",),
    signals=(r"\bVIVA\.co\.id\b", r"^VIVA\b",),
    dateline=r"^VIVA(?:\.co\.id)?(?:[ ]+\p{Lu}\w*)?[ ]*[-\u2010-\u2015]+[ ]*",
)
