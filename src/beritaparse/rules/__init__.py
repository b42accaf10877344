"""Block rules shared by pages and pasted text: cue phrases, credits, and the cleaning of candidate blocks."""

from __future__ import annotations

__all__: list[str] = []
