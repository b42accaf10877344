"""KapanLagi.com: adapter (page and text conventions)."""

from __future__ import annotations

from beritaparse.model import RemovedReason
from beritaparse.outlets.base import Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="kapanlagi",
    name="KapanLagi.com",
    hosts=("kapanlagi.com",),
    signals=(
        r"\bKapanLagi\.com\b",
    ),
    dateline=r"^\s*(?i:KapanLagi\.com)\s*®?\s*[-–—]\s*",
    closing_credit=(
        r"(?:^|\s)\(\s*(?i:kpl)\s*(?:/\s*(?P<editors>[a-z]{2,5}(?:\s*/\s*[a-z]{2,5})*)\s*)?\)\s*$"
    ),
    body=(
        "//div[@id='v6-revb-detailnews']",
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' entertainment-detail-news ')]",
    ),
    drop=(
        (
            ".//div[contains(concat(' ', normalize-space(@class), ' '), ' lifestyle-in-content ')]",
            RemovedReason.PROMO,
        ),
        (".//div[contains(concat(' ', normalize-space(@class), ' '), ' video-watch ')]", RemovedReason.MEDIA),
    ),
    captions=(
        (
            "//div[contains(concat(' ', normalize-space(@class), ' '), ' "
            "entertainment-newsdetail-headlineimg ')]"
        ),
        (
            "//div[contains(concat(' ', normalize-space(@class), ' '), ' "
            "entertainment-newsdetail-image-caption ')]"
        ),
    ),
    published=(
        "//span[contains(concat(' ', normalize-space(@class), ' '), ' newsdetail-schedule-new ')]",
    ),
    tags=(
        (
            "//div[contains(concat(' ', normalize-space(@class), ' '), ' v7-tags-terkait-warper"
            " ')]//li/a"
        ),
    ),
)
