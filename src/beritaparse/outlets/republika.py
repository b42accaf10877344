"""Republika: adapter (page and text conventions)."""

from __future__ import annotations

from beritaparse.outlets.base import Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="republika",
    name="Republika",
    hosts=("republika.co.id", "republika.id"),
    signals=(
        r"\bREPUBLIKA\.CO\.ID\b",
        r"\bRepublika\.id\b",
    ),
    dateline=r"^\s*(?i:REPUBLIKA\.CO\.ID)\s*,\s*(?P<place>[^-–—\n]{2,40}?)\s*(?:-{1,2}|[–—])\s*",
    body=(
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' content-detail ')]",
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' teaser-pic ')]",
    ),
    captions=(
        (
            "//div[contains(concat(' ', normalize-space(@class), ' '), ' wp-cap "
            "')]//div[contains(concat(' ', normalize-space(@class), ' '), ' caption ')]"
        ),
    ),
    title=(
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' jdl-pic ')]",
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' jdl-detail ')]/h2",
    ),
    published=(
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' date-detail ')]",
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' date-pic ')]",
    ),
    tags=(
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' tagging ')]/a",
    ),
)
