"""Okezone: adapter (page and text conventions)."""

from __future__ import annotations

from beritaparse.outlets.base import Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="okezone",
    name="Okezone",
    hosts=('okezone.com',),
    authors=(
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' nmreporter ')]/div",
    ),
    published=(
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' meta-post ')]/time",
    ),
)
