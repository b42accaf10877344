"""VOA Indonesia: host and text conventions. Datelines read "WASHINGTON DC (VOA) -".

No saved page of this outlet is in the test corpus, so the adapter has no page selectors: the generic
extractor finds the body and these conventions clean it.
"""

from __future__ import annotations

from beritaparse.outlets.base import Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="voaindonesia",
    name="VOA Indonesia",
    hosts=("voaindonesia.com",),
    signals=(r"\(VOA\)",),
)
