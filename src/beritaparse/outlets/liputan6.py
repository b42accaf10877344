"""Liputan6.com: adapter (page and text conventions)."""

from __future__ import annotations

from beritaparse.model import RemovedReason
from beritaparse.outlets.base import Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="liputan6",
    name="Liputan6.com",
    hosts=("liputan6.com",),
    dateline=(
        r"^\s*(?i:Liputan6\.com)\s*,\s*(?:(?P<place>[^-–—\n]{2,40}?)\s*[-–—]+\s*|"
        r"(?P<place>\p{Lu}\p{Ll}+)\s+)"
    ),
    closing_credit=r"(?:^|\s)\(\s*(?P<editors>\p{L}{2,5}(?:\s*/\s*\p{L}{2,5})+)\s*\)\s*$",
    author_is_first_initials=True,
    body=(
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' article-content-body ')]",
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' read-page__content-body ')]",
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' text-detail ')]",
    ),
    drop=(
        (
            ".//div[contains(concat(' ', normalize-space(@class), ' '), ' "
            "article-content-body__break ') or contains(concat(' ', normalize-space(@class), ' '), ' "
            "article-content-body__load-more ')]",
            RemovedReason.PAGING,
        ),
        (
            ".//div[contains(concat(' ', normalize-space(@class), ' '), ' "
            "article-content-body__loading-animation ')]",
            RemovedReason.NOT_CONTENT,
        ),
    ),
    captions=(
        (
            "//figcaption[contains(concat(' ', normalize-space(@class), ' '), ' "
            "read-page--photo-gallery--item__caption ')]"
        ),
        (
            "//div[contains(concat(' ', normalize-space(@class), ' '), ' "
            "article-photo-gallery--item__description ')]"
        ),
        (
            "//figure[contains(concat(' ', normalize-space(@class), ' '), ' gallery-item-container "
            "')]/figcaption"
        ),
    ),
    signals=(r"\bLiputan6\.com\b",),
    authors=(
        (
            "//li[@id='credits_author']/following-sibling::li[preceding-sibling::li[starts-with(@id,"
            " 'credits_')][1][@id='credits_author']]"
        ),
        (
            "//li[contains(concat(' ', normalize-space(@class), ' '), ' article-credits__item"
            " ')][.//*[contains(concat(' ', normalize-space(@class), ' '), '"
            " article-credits__item-role ')][normalize-space()='Author']]//*[contains(concat(' ',"
            " normalize-space(@class), ' '), ' article-credits__item-name ')]"
        ),
        (
            "//*[contains(concat(' ', normalize-space(@class), ' '), ' read-page--header__author ')"
            " or contains(concat(' ', normalize-space(@class), ' '), ' article-header__authors ')]"
        ),
    ),
    editors=(
        (
            "//li[@id='credits_editor']/following-sibling::li[preceding-sibling::li[starts-with(@id,"
            " 'credits_')][1][@id='credits_editor']]"
        ),
        (
            "//li[contains(concat(' ', normalize-space(@class), ' '), ' article-credits__item"
            " ')][.//*[contains(concat(' ', normalize-space(@class), ' '), '"
            " article-credits__item-role ')][normalize-space()='Editor']]//*[contains(concat(' ',"
            " normalize-space(@class), ' '), ' article-credits__item-name ')]"
        ),
    ),
    published=(
        (
            "//time[contains(concat(' ', normalize-space(@class), ' '), ' read-page--header__datetime"
            " ')]"
        ),
        "//*[contains(concat(' ', normalize-space(@class), ' '), ' article-header__datetime ')]",
        "//header//p[contains(concat(' ', normalize-space(@class), ' '), ' datetime ')]",
    ),
    tags=(
        "//a[contains(concat(' ', normalize-space(@class), ' '), ' tags--topics--item__link ')]",
    ),
)
