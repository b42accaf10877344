"""Indonesian and markup knowledge as data: word tables that the rules build their patterns from."""

from __future__ import annotations

__all__: list[str] = []
