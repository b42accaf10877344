"""Republika: adapter (page and text conventions)."""

from __future__ import annotations

from beritaparse.outlets.base import Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="republika",
    name="Republika",
    hosts=('republika.co.id', 'republika.id'),
    title=(
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' jdl-pic ')]",
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' jdl-detail ')]/h2",
    ),
    published=(
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' date-detail ')]",
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' date-pic ')]",
    ),
)
