"""What the block rules need to know of an outlet: its text conventions, as a protocol.

The rules know no outlet by name. Whoever decided the outlet (:func:`beritaparse.page.extract.parse`,
:func:`beritaparse.paste.extract.parse_text`) passes its adapter down, and an adapter
(:class:`beritaparse.outlets.base.Outlet`) has these members; without an adapter the rules get None and
apply only what holds for every outlet. Declaring the protocol here keeps the imports one way: the outlets
layer sits above the rules and may use them, the rules never import an adapter.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import regex

    from beritaparse.model import RemovedReason

__all__ = ["Conventions"]


class Conventions(Protocol):
    """An outlet's text conventions (see :class:`beritaparse.outlets.base.Outlet` for their meaning).

    Hashable: the block rules keep their verdict on a line by (line, conventions).
    """

    def __hash__(self) -> int: ...

    @property
    def dateline_pattern(self) -> regex.Pattern[str] | None: ...

    @property
    def chrome_patterns(self) -> tuple[tuple[regex.Pattern[str], RemovedReason], ...]: ...

    @property
    def closing_pattern(self) -> regex.Pattern[str] | None: ...

    @property
    def author_is_first_initials(self) -> bool: ...
