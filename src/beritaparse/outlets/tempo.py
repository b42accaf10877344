"""Tempo.co: host and text conventions. Datelines read "TEMPO.CO, Jakarta -".

No saved page of this outlet is in the test corpus, so the adapter has no page selectors: the generic
extractor finds the body and these conventions clean it.
"""

from __future__ import annotations

from beritaparse.outlets.base import Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="tempo",
    name="Tempo.co",
    hosts=("tempo.co",),
    signals=(r"\bTEMPO\.CO\b",),
)
