"""A frozen record that costs nothing to define at import: the private result classes with many fields.

A frozen attrs class costs about a millisecond to create at every import (more with many fields), and the
private classes that carry results between stages need none of attrs' machinery: only keyword arguments,
value equality and hashing, a repr, and no assignment after ``__init__``. A subclass names its fields once
(``__slots__ = _FIELDS = (...)``) and sets them in its own ``__init__`` with :meth:`_set`.
"""

from __future__ import annotations

from typing import ClassVar

import attrs

__all__ = ["FrozenRecord"]


class FrozenRecord:
    """Value equality, hashing, a repr and no assignment, over the fields a subclass names in ``_FIELDS``."""

    __slots__ = ()
    _FIELDS: ClassVar[tuple[str, ...]] = ()

    def _set(self, values: tuple[object, ...]) -> None:
        """Set every field, in ``_FIELDS`` order (the one way in: assignment raises as attrs' frozen does)."""
        for name, value in zip(self._FIELDS, values, strict=True):
            object.__setattr__(self, name, value)

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self._FIELDS)

    def __setattr__(self, name: str, value: object) -> None:
        raise attrs.exceptions.FrozenInstanceError

    def __delattr__(self, name: str) -> None:
        raise attrs.exceptions.FrozenInstanceError

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._FIELDS)
        return f"{type(self).__name__}({fields})"
