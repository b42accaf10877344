"""Tribunnews.com: adapter (page and text conventions)."""

from __future__ import annotations

from beritaparse.outlets.base import Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="tribunnews",
    name="Tribunnews.com",
    hosts=('tribunnews.com',),
)
