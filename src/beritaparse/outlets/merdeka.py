"""Merdeka.com: adapter (page and text conventions)."""

from __future__ import annotations

from beritaparse.outlets.base import Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="merdeka",
    name="Merdeka.com",
    hosts=('merdeka.com',),
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
        "//ul[contains(concat(' ', normalize-space(@class), ' '), ' tag__list ')]/li",
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' mdk-tag-cloud ')]//a",
    ),
)
