"""Merdeka.com: adapter (page and text conventions)."""

from __future__ import annotations

from beritaparse.model import RemovedReason
from beritaparse.outlets.base import Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="merdeka",
    name="Merdeka.com",
    hosts=("merdeka.com",),
    signals=(
        r"\bMerdeka\.com\b",
    ),
    dateline=r"^\s*(?i:Merdeka\.com)\s*[-–—]\s*",
    closing_credit=(
        r"(?:^|\s)[\[(]\s*(?:(?i:mdk)\s*/\s*)?(?P<editors>[a-z]{2,5}(?:\s*/\s*[a-z]{2,5})*)\s*[\])]\s*$"
    ),
    body=(
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' mdk-body-paragraph ')]",
        "//div[@id='mdk-body-news']",
    ),
    drop=(
        (".//div[@id='mdk-body-news-reporter']", RemovedReason.BYLINE),
        (
            ".//div[contains(concat(' ', normalize-space(@class), ' '), ' box_shortcut ')]",
            RemovedReason.PAGING,
        ),
    ),
    captions=(
        "//span[contains(concat(' ', normalize-space(@class), ' '), ' mdk-news-img-copyright ')]",
        "//span[@id='mdk-body-news-caption']",
    ),
    authors=(
        (
            "//div[contains(concat(' ', normalize-space(@class), ' '), ' mdk-date-reporter"
            " ')]/span[contains(., 'Reporter')]"
        ),
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' mdk-body-news-reporter ')]",
    ),
    published=(
        (
            "//div[contains(concat(' ', normalize-space(@class), ' '), ' mdk-date-reporter"
            " ')]/span[1]"
        ),
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' mdk-body-news-reporter ')]",
    ),
    tags=(
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' found_tag_rel_det ')]/a",
        "//ul[contains(concat(' ', normalize-space(@class), ' '), ' tag__list ')]/li",
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' mdk-tag-cloud ')]//a",
    ),
)
