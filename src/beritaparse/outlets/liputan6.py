"""Liputan6.com: adapter (page and text conventions)."""

from __future__ import annotations

from beritaparse.outlets.base import Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="liputan6",
    name="Liputan6.com",
    hosts=('liputan6.com',),
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
)
