"""JawaPos.com: host and text conventions. The text opens with the outlet only: "JawaPos.com -".

No saved page of this outlet is in the test corpus, so the adapter has no page selectors: the generic
extractor finds the body and these conventions clean it.
"""

from __future__ import annotations

from beritaparse.outlets.base import Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="jawapos",
    name="JawaPos.com",
    hosts=("jawapos.com",),
    signals=(r"\bJawaPos\.com\b",),
)
