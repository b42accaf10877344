"""ANTARA News: adapter (page and text conventions)."""

from __future__ import annotations

from beritaparse.outlets.base import Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="antaranews",
    name="ANTARA News",
    hosts=("antaranews.com",),
    signals=(
        r"\(ANTARA(?:\s+News)?\)",
        r"\bANTARA\s+News\b",
        r"\bantaranews\.com\b",
    ),
    dateline=(
        r"^\s*(?P<place>[^()\n]{2,60}?)\s*(?:,\s*\d{1,2}\s+\p{L}+\s+\d{4}\s*)?\((?i:ANTARA(?:\s+News)?|"
        r"Antara/[^)]{1,40})\)\s*(?:-{1,2}|[–—])\s*"
    ),
    body=(
        "//div[@id='content_news']",
    ),
    captions=(
        "//div[@id='caption_news']",
    ),
    authors=(
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' byline ')]",
    ),
)
