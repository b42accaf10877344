"""What the block rules read: one :class:`Candidate` block of input, from a page's DOM walk or a pasted line.

Its own module, below :mod:`beritaparse.rules.blocks`, because the producers of candidates
(:mod:`beritaparse.page.dom`, :mod:`beritaparse.paste`) need the type and not the rules;
``beritaparse.rules.blocks`` re-exports both names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

import attrs

if TYPE_CHECKING:
    from beritaparse.model import BlockKind

__all__ = ["Candidate", "Hint"]

Hint = Literal["caption", "related", "hidden", "byline", "emphasis", "title", "tags"]
"""What the markup already says about a block.

- ``caption``: a figure caption (``credit`` may hold the credit element's text).
- ``related``: a link box the adapter knows is a related-article link.
- ``hidden``: rendered invisible (``display:none``, ``hidden``); never body text.
- ``byline``: the outlet's byline element.
- ``emphasis``: the whole block is bold or italic (a subheading candidate on many templates).
- ``title``: the page's headline element.
- ``tags``: a box of links to the site's tag pages and nothing else (``parts``: each link's text).
"""


@attrs.frozen
class Candidate:
    """One block of input before the rules run: white-space folded text plus what the markup says."""

    text: str
    kind: BlockKind = "paragraph"
    hint: Hint | None = None
    url: str | None = None
    credit: str | None = None
    parts: tuple[str, ...] = ()
