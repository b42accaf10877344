"""``from beritaparse.text import parse_text`` keeps working; the code lives in :mod:`beritaparse.paste`."""

from __future__ import annotations

from beritaparse.paste.extract import parse_text

__all__ = ["parse_text"]
