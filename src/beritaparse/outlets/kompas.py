"""Kompas.com: adapter (page and text conventions)."""

from __future__ import annotations

from beritaparse.outlets.base import Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="kompas",
    name="Kompas.com",
    hosts=('kompas.com',),
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
