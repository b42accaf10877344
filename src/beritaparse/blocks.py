"""Block rules shared by pages and pasted text.

Both inputs meet here: a page's body container and a pasted text are each turned into a sequence of
:class:`Candidate` blocks, and :func:`clean` decides, block by block, what is article text and what is
advertisement, navigation, a "Baca juga" link, a caption, a byline, a dateline or an editor's sign-off.
Nothing is dropped silently: every candidate ends up in the body, in captions or related links, or in
``removed`` with a reason.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Literal

import attrs

from beritaparse.model import Block, BlockKind, Caption, RelatedLink, Removed

if TYPE_CHECKING:
    from collections.abc import Sequence

    from beritaparse.outlets.base import Outlet

__all__ = ["Candidate", "Cleaned", "Hint", "clean"]

Hint = Literal["caption", "related", "hidden", "byline", "emphasis", "title"]
"""What the markup already says about a block.

- ``caption``: a figure caption (``credit`` may hold the credit element's text).
- ``related``: a link box the adapter knows is a related-article link.
- ``hidden``: rendered invisible (``display:none``, ``hidden``); never body text.
- ``byline``: the outlet's byline element.
- ``emphasis``: the whole block is bold or italic (a subheading candidate on many templates).
- ``title``: the page's headline element.
"""


@attrs.frozen
class Candidate:
    """One block of input before the rules run: white-space folded text plus what the markup says."""

    text: str
    kind: BlockKind = "paragraph"
    hint: Hint | None = None
    url: str | None = None
    credit: str | None = None


@attrs.frozen(kw_only=True)
class Cleaned:
    """What the rules made of the candidates."""

    body: tuple[Block, ...] = ()
    captions: tuple[Caption, ...] = ()
    related: tuple[RelatedLink, ...] = ()
    removed: tuple[Removed, ...] = ()
    authors: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    dateline: str | None = None
    published: dt.date | None = None
    reading_time_minutes: int | None = None


def clean(
    candidates: Sequence[Candidate],
    *,
    outlet: Outlet | None = None,
    title: str | None = None,
) -> Cleaned:
    """Apply the shared block rules, with ``outlet``'s conventions where it has any.

    ``title`` (when known) lets repeats of the headline be dropped as duplicates.
    """
    body = tuple(Block(c.kind, c.text) for c in candidates if c.text and c.hint is None)
    return Cleaned(body=body)
