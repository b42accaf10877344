"""What the library keeps between processes: compiled patterns (:mod:`~beritaparse.cache.patterns`)."""

from __future__ import annotations

__all__: list[str] = []
