"""Tirto.id: host and text conventions. The text opens with the outlet only: "tirto.id -".

No saved page of this outlet is in the test corpus, so the adapter has no page selectors: the generic
extractor finds the body and these conventions clean it.
"""

from __future__ import annotations

from beritaparse.outlets.base import Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="tirto",
    name="Tirto.id",
    hosts=("tirto.id",),
    signals=(r"\btirto\.id\b",),
)
