"""detikcom: adapter (page and text conventions)."""

from __future__ import annotations

from beritaparse.model import RemovedReason
from beritaparse.outlets.base import Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="detik",
    name="detikcom",
    hosts=("detik.com",),
    signals=(
        (
            r"\bdetik(?:com|news|finance|inet|sport|oto|health|travel|food|hot|edu|pop|jatim|jateng|"
            r"jabar|sumut|sulsel|bali|jogja|kalimantan|sumbagsel|properti)\b"
        ),
        r"\bdetik\.com\b",
    ),
    dateline=r"^\s*(?P<place>\p{Lu}[\p{L}.'’]*(?:\s+\p{Lu}[\p{L}.'’]*){0,4})\s+[-–—]\s+",
    closing_credit=r"(?:^|\s)\(\s*(?P<editors>[a-z]{2,5}(?:\s*/\s*[a-z]{2,5})+)\s*\)\s*$",
    author_is_first_initials=True,
    body=(
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' detail__body-text ')]",
        "//div[@id='detikdetailtext']",
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' detail_text ')]",
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' text_detail ')]",
    ),
    drop=(
        (
            ".//div[contains(concat(' ', normalize-space(@class), ' '), ' parallaxindetail ') or "
            "contains(concat(' ', normalize-space(@class), ' '), ' paradetail ') or "
            "contains(concat(' ', normalize-space(@class), ' '), ' staticdetail_container ')]",
            RemovedReason.ADVERTISEMENT,
        ),
        (
            ".//div[contains(concat(' ', normalize-space(@class), ' '), ' detail__body-tag ')]",
            RemovedReason.TAGS,
        ),
        (
            ".//div[contains(concat(' ', normalize-space(@class), ' '), ' newstag ') or "
            "contains(concat(' ', normalize-space(@class), ' '), ' skybanner ')]",
            RemovedReason.ADVERTISEMENT,
        ),
    ),
    captions=(
        (
            "//figure[contains(concat(' ', normalize-space(@class), ' '), ' detail__media-image "
            "')]/figcaption"
        ),
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' pic_artikel ')]",
    ),
    authors=(
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' detail__author ')]",
        (
            "//div[contains(concat(' ', normalize-space(@class), ' '), ' jdl ') or contains(concat('"
            " ', normalize-space(@class), ' '), ' content_detail ')]/div[contains(concat(' ',"
            " normalize-space(@class), ' '), ' author ')]"
        ),
    ),
    published=(
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' detail__date ')]",
        (
            "//div[contains(concat(' ', normalize-space(@class), ' '), ' jdl ') or contains(concat('"
            " ', normalize-space(@class), ' '), ' content_detail ')]/div[contains(concat(' ',"
            " normalize-space(@class), ' '), ' date ')]"
        ),
    ),
)
