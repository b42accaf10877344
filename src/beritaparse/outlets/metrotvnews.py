"""Metrotvnews / Medcom.id: text conventions (pasted text; no saved pages of this outlet yet).

The text opens with a "Place:" dateline ("Moskow: ..."), the byline reads "Name • 31 January 2025 12:09",
and the editor signs off with a name in parentheses ("(Surya Perkasa)").
"""

from __future__ import annotations

from beritaparse.outlets.base import Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="metrotvnews",
    name="Metrotvnews.com",
    hosts=("metrotvnews.com", "medcom.id"),
    signals=(r"\bMetrotvnews\.com\b", r"\bmedcom\.id\b", r"\bMedcom\b"),
    dateline=r"^(?P<place>\p{Lu}[\p{L}.'’-]*(?:[ ]\p{Lu}[\p{L}.'’-]*){0,2})[ ]?:[ ]+",
)
