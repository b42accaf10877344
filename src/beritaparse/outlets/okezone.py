"""Okezone: adapter (page and text conventions)."""

from __future__ import annotations

from beritaparse.outlets.base import Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="okezone",
    name="Okezone",
    hosts=("okezone.com",),
    signals=(
        r"\bOkezone(?:\.com)?\b",
    ),
    dateline=r"^\s*(?P<place>\p{Lu}[\p{L}.'’]*(?:\s+\p{Lu}[\p{L}.'’]*){0,4})\s*(?:,\s*(?i:Okezone)\s*)?[-–—]\s+",
    closing_credit=r"(?:^|\s)\(\s*(?P<editors>[a-z]{2,5}(?:\s*/\s*[a-z]{2,5})*)\s*\)\s*$",
    body=(
        "//div[@id='contentx']/parent::div",
    ),
    captions=(
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' caption-img-ab ')]",
    ),
    authors=(
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' nmreporter ')]/div",
    ),
    published=(
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' meta-post ')]/time",
    ),
)
