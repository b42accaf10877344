"""Beritasatu.com: host and text conventions. Datelines read "Jakarta, Beritasatu.com -".

No saved page of this outlet is in the test corpus, so the adapter has no page selectors: the generic
extractor finds the body and these conventions clean it.
"""

from __future__ import annotations

from beritaparse.outlets.base import Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="beritasatu",
    name="Beritasatu.com",
    hosts=("beritasatu.com",),
    signals=(r"\bBeritasatu\.com\b",),
)
