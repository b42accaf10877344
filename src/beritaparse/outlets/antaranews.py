"""ANTARA News: adapter (page and text conventions)."""

from __future__ import annotations

from beritaparse.outlets.base import Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="antaranews",
    name="ANTARA News",
    hosts=('antaranews.com',),
    authors=(
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' byline ')]",
    ),
)
