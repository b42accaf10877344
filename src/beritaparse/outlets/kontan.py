"""Kontan: host and text conventions.

Datelines read "KONTAN.CO.ID - JAKARTA." with a full stop after the place.

No saved page of this outlet is in the test corpus, so the adapter has no page selectors: the generic
extractor finds the body and these conventions clean it.
"""

from __future__ import annotations

from beritaparse.outlets.base import Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="kontan",
    name="Kontan",
    hosts=("kontan.co.id",),
    signals=(r"\bKONTAN\.CO\.ID\b",),
    dateline=(
        r"^(?i:KONTAN\.CO\.ID)[ ]*[-\u2010-\u2015]+[ ]*"
        r"(?:(?P<place>\p{Lu}[\p{L}'’-]*(?:[ ]\p{Lu}[\p{L}'’-]*){0,2})\.[ ]+)?"
    ),
)
