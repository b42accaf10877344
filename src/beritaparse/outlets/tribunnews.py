"""Tribunnews.com: adapter (page and text conventions)."""

from __future__ import annotations

from beritaparse.model import RemovedReason
from beritaparse.outlets.base import Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="tribunnews",
    name="Tribunnews.com",
    hosts=("tribunnews.com",),
    signals=(
        r"\bTRIBUNNEWS\.COM\b",
        r"\bTribun\p{L}+\.com\b",
    ),
    dateline=r"^\s*(?i:TRIBUNNEWS\.COM)\s*(?:,\s*(?P<place>[^-–—\n]{2,40}?))?\s*[-–—]\s*",
    chrome=(
        (r"artikel\s+ini\s+telah\s+tayang\s+di\b.*", RemovedReason.FOOTER),
    ),
    body=(
        (
            "//div[contains(concat(' ', normalize-space(@class), ' '), ' side-article ') and "
            "contains(concat(' ', normalize-space(@class), ' '), ' txt-article ')]"
        ),
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' txt-article ')]",
    ),
    captions=(
        "//div[@id='artimg']//div[contains(concat(' ', normalize-space(@class), ' '), ' grey2 ')]",
    ),
    tags=(
        "//h5[contains(concat(' ', normalize-space(@class), ' '), ' tagcloud3 ')]/a",
        "//span[normalize-space()='Terkait']/following-sibling::span/a[contains(@href, '/tag/')]",
    ),
)
