"""KOMPAS.TV: host and text conventions. Datelines read "JAKARTA, KOMPAS.TV -".

No saved page of this outlet is in the test corpus, so the adapter has no page selectors: the generic
extractor finds the body and these conventions clean it.
"""

from __future__ import annotations

from beritaparse.outlets.base import Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="kompastv",
    name="KOMPAS.TV",
    hosts=("kompas.tv",),
    signals=(r"\bKOMPAS\.TV\b",),
)
