"""KapanLagi.com: adapter (page and text conventions)."""

from __future__ import annotations

from beritaparse.outlets.base import Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="kapanlagi",
    name="KapanLagi.com",
    hosts=('kapanlagi.com',),
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
