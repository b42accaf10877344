"""IslamToday ID: text conventions.

The text opens with "(IslamToday ID) –" and closes with "[abc]" initials.
"""

from __future__ import annotations

from beritaparse.outlets.base import Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="islamtoday",
    name="IslamToday ID",
    hosts=("islamtoday.id",),
    signals=(r"\(IslamToday(?:\s+ID)?\)", r"\bislamtoday\.id\b"),
    dateline=r"^\((?i:IslamToday(?:[ ]ID)?)\)[ ]*[-\u2010-\u2015][ ]*",
)
