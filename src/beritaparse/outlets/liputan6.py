"""Liputan6.com: adapter (page and text conventions)."""

from __future__ import annotations

from beritaparse.outlets.base import Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="liputan6",
    name="Liputan6.com",
    hosts=('liputan6.com',),
    signals=(r"\bLiputan6\.com\b",),
)
