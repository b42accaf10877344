"""Republika: adapter (page and text conventions)."""

from __future__ import annotations

from beritaparse.outlets.base import Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="republika",
    name="Republika",
    hosts=('republika.co.id', 'republika.id'),
)
