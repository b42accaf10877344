"""CNN Indonesia: host and text conventions.

Datelines read "Jakarta, CNN Indonesia --"; closing initials "(abc/def)" name the writer first.

No saved page of this outlet is in the test corpus, so the adapter has no page selectors: the generic
extractor finds the body and these conventions clean it.
"""

from __future__ import annotations

from beritaparse.outlets.base import Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="cnnindonesia",
    name="CNN Indonesia",
    hosts=("cnnindonesia.com",),
    signals=(r"\bCNN Indonesia\b",),
    author_is_first_initials=True,
)
