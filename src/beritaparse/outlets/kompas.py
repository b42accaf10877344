"""Kompas.com: adapter (page and text conventions)."""

from __future__ import annotations

from beritaparse.model import RemovedReason
from beritaparse.outlets.base import Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="kompas",
    name="Kompas.com",
    hosts=("kompas.com",),
    signals=(
        r"\bKOMPAS\.com\b",
        r"\bKompas\.id\b",
    ),
    dateline=r"^\s*(?P<place>[^,\n]{2,40}?)\s*,\s*(?i:KOMPAS\.com)\s*(?:[-–—]+\s*)?",
    chrome=(
        (r"simak\s+breaking\s+news\b.*", RemovedReason.PROMO),
    ),
    body=(
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' read__content ')]",
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' kcm-read-text ')]",
        (
            "//div[contains(concat(' ', normalize-space(@class), ' '), ' kcm-read-content-text "
            "')]//span[starts-with(@class, 'kcmread')]"
        ),
    ),
    drop=(
        (".//*[@id='EndOfArticle']/following-sibling::*", RemovedReason.PROMO),
        (
            ".//div[contains(concat(' ', normalize-space(@class), ' '), ' kcm-read-bottom-topic ')]",
            RemovedReason.TAGS,
        ),
    ),
    captions=(
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' photo__caption ')]",
        (
            "//div[contains(concat(' ', normalize-space(@class), ' '), ' kcm-read "
            "')]//div[contains(concat(' ', normalize-space(@class), ' '), ' photo ')]"
        ),
    ),
    authors=(
        (
            "//div[contains(concat(' ', normalize-space(@class), ' '), ' credit-author-title"
            " ')][h6[contains(concat(' ', normalize-space(@class), ' '), ' credit-author-position"
            " ')][normalize-space()='Penulis']]/h6[contains(concat(' ', normalize-space(@class), '"
            " '), ' credit-author-name ')]"
        ),
        (
            "//div[contains(concat(' ', normalize-space(@class), ' '), ' kcm-read-copy"
            " ')]//tr[normalize-space(td[1])='Penulis']/td[2]"
        ),
    ),
    editors=(
        (
            "//div[contains(concat(' ', normalize-space(@class), ' '), ' credit-author-title"
            " ')][h6[contains(concat(' ', normalize-space(@class), ' '), ' credit-author-position"
            " ')][normalize-space()='Editor']]/h6[contains(concat(' ', normalize-space(@class), ' '),"
            " ' credit-author-name ')]"
        ),
        (
            "//div[contains(concat(' ', normalize-space(@class), ' '), ' kcm-read-copy"
            " ')]//tr[normalize-space(td[1])='Editor']/td[2]"
        ),
    ),
    published=(
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' read__time ')]",
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' kcm-date ')]",
        (
            "//div[contains(concat(' ', normalize-space(@class), ' '), ' kcm-read-top ') or"
            " contains(concat(' ', normalize-space(@class), ' '), ' kcm-read-content-top"
            " ')]/div[contains(concat(' ', normalize-space(@class), ' '), ' grey ')]"
        ),
    ),
)
