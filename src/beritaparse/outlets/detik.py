"""detikcom: adapter (page and text conventions)."""

from __future__ import annotations

from beritaparse.outlets.base import Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="detik",
    name="detikcom",
    hosts=('detik.com',),
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
