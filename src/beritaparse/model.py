"""The typed, immutable result of a parse: :class:`Article` and the pieces it is made of.

Every class here is an ``attrs`` frozen class; sequences are tuples, so an Article can be hashed, shared
between threads and compared. ``Article.to_dict()`` gives plain JSON-able data and
``Article.from_dict()`` reads it back exactly.

>>> from beritaparse.model import Article, Block
>>> art = Article(title="Judul", body=(Block("paragraph", "Isi berita."),))
>>> art.to_dict()["body"]
[{'kind': 'paragraph', 'text': 'Isi berita.'}]
>>> Article.from_dict(art.to_dict()) == art
True

The body's dates and quantities, read with the normalisers against the article's own date:

>>> import datetime as dt
>>> body = (Block("paragraph", "Sekitar 300 prajurit tewas Selasa (4/2)."),)
>>> news = Article(published=dt.date(2025, 2, 4), body=body)
>>> [(i, q.value, q.unit) for i, q in news.find_quantities()]
[(0, 300, 'prajurit')]
>>> [(i, m.raw, m.value.iso()) for i, m in news.find_dates()]
[(0, 'Selasa (4/2)', '2025-02-04')]
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import TYPE_CHECKING, Any, Literal, cast, get_args

import attrs

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from beritaparse.dates import DateMention
    from beritaparse.numbers import Quantity

__all__ = [
    "Article",
    "Block",
    "BlockKind",
    "Caption",
    "RelatedLink",
    "Removed",
    "RemovedReason",
]

BlockKind = Literal["paragraph", "heading", "quote", "list"]
BLOCK_KINDS: tuple[str, ...] = get_args(BlockKind)


class RemovedReason(str, enum.Enum):
    """Why a piece of the input is not part of the article body."""

    ADVERTISEMENT = "advertisement"
    NAVIGATION = "navigation"
    FOOTER = "footer"
    RELATED = "related"
    PROMO = "promo"
    SHARE = "share"
    CAPTION = "caption-moved"
    DUPLICATE_TITLE = "duplicate-title"
    DUPLICATE = "duplicate"
    TITLE = "title"
    SUBTITLE = "subtitle"
    BYLINE = "byline"
    DATELINE = "dateline"
    EDITOR_CREDIT = "editor-credit"
    TAGS = "tags"
    READING_TIME = "reading-time"
    HIDDEN = "hidden"
    MEDIA = "media"
    PAGING = "paging"
    BOILERPLATE = "boilerplate"
    NOT_CONTENT = "not-content"

    def __str__(self) -> str:
        return self.value


def _tuple_of_str(value: Iterable[str] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(value)


def _check_kind(_inst: object, _attr: object, value: str) -> None:
    if value not in BLOCK_KINDS:
        raise ValueError(f"block kind must be one of {BLOCK_KINDS}, not {value!r}")


def _check_aware(_inst: object, attr: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, dt.datetime) and value.tzinfo is None:
        raise ValueError(f"{attr.name} must be timezone-aware, got naive {value.isoformat()}")


@attrs.frozen
class Block:
    """One block of the article body: a paragraph, a subheading, a quote or a list (items joined by "\\n")."""

    kind: BlockKind = attrs.field(validator=_check_kind)
    text: str

    def to_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "text": self.text}


@attrs.frozen
class Caption:
    """A photo caption with its credit ("AFP", "ANTARA FOTO/Budi Setya", "@ZELENSKYYUA/X")."""

    text: str
    credit: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        return {"text": self.text, "credit": self.credit}


@attrs.frozen
class RelatedLink:
    """A link placed inside the article text ("Baca Juga: ..."), with its URL when the input had one."""

    title: str
    url: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        return {"title": self.title, "url": self.url}


@attrs.frozen
class Removed:
    """A piece of the input that is not in the article, and why."""

    reason: RemovedReason = attrs.field(converter=RemovedReason)
    text: str

    def to_dict(self) -> dict[str, str]:
        return {"reason": self.reason.value, "text": self.text}


def _date_to_iso(value: dt.date | None) -> str | None:
    if value is None:
        return None
    return value.isoformat()


def _date_from_iso(value: str | None) -> dt.date | None:
    if value is None:
        return None
    if len(value) == 10:
        return dt.date.fromisoformat(value)
    return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))


# Typed converters: attrs' mypy plugin reads the field types from them (a bare ``tuple`` loses the item type).
def _blocks(value: Iterable[Block]) -> tuple[Block, ...]:
    return tuple(value)


def _captions(value: Iterable[Caption]) -> tuple[Caption, ...]:
    return tuple(value)


def _related(value: Iterable[RelatedLink]) -> tuple[RelatedLink, ...]:
    return tuple(value)


def _removed(value: Iterable[Removed]) -> tuple[Removed, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class Article:
    """An article as beritaparse read it.

    ``published`` and ``updated`` are timezone-aware datetimes, or plain dates where only the day is known.
    ``published_inferred`` is set only when the input gives no publication date but the text dates itself
    ("Selasa (17/12)" resolved against a full date in the same text): it is a day, never a time.
    ``removed`` lists every piece of input text that is not in the article, with the reason.
    """

    title: str | None = None
    subtitle: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = attrs.field(default=None, validator=_check_aware)
    updated: dt.date | None = attrs.field(default=None, validator=_check_aware)
    published_inferred: dt.date | None = None
    authors: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    editors: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    dateline: str | None = None
    section: str | None = None
    tags: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    body: tuple[Block, ...] = attrs.field(default=(), converter=_blocks)
    captions: tuple[Caption, ...] = attrs.field(default=(), converter=_captions)
    related: tuple[RelatedLink, ...] = attrs.field(default=(), converter=_related)
    reading_time_minutes: int | None = None
    more_pages: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    removed: tuple[Removed, ...] = attrs.field(default=(), converter=_removed)

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The text of the paragraph blocks, in order."""
        return tuple(b.text for b in self.body if b.kind == "paragraph")

    @property
    def headings(self) -> tuple[str, ...]:
        """The subheadings inside the body, in order."""
        return tuple(b.text for b in self.body if b.kind == "heading")

    @property
    def text(self) -> str:
        """The body as plain text, one block a paragraph, blocks separated by a blank line."""
        return "\n\n".join(b.text for b in self.body)

    def find_dates(self) -> list[tuple[int, DateMention]]:
        """Every date the body mentions, as ``(block index, mention)``, resolved against the article's date.

        "Selasa (17/12)" and "kemarin" are read relative to ``published`` (or ``published_inferred``), so
        they come out as the days the article means.
        """
        from beritaparse.dates import find_dates  # noqa: PLC0415 (the model stays importable on its own)

        reference = self.published or self.published_inferred
        return [(i, m) for i, b in enumerate(self.body) for m in find_dates(b.text, reference=reference)]

    def find_quantities(self) -> list[tuple[int, Quantity]]:
        """Every quantity the body mentions ("10 ribu", "Rp 1,5 triliun"), as ``(block index, quantity)``."""
        from beritaparse.numbers import find_quantities  # noqa: PLC0415

        return [(i, q) for i, b in enumerate(self.body) for q in find_quantities(b.text)]

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able data; dates as ISO 8601 (with offset, or ``YYYY-MM-DD`` for a day)."""
        return {
            "title": self.title,
            "subtitle": self.subtitle,
            "outlet": self.outlet,
            "url": self.url,
            "published": _date_to_iso(self.published),
            "updated": _date_to_iso(self.updated),
            "published_inferred": _date_to_iso(self.published_inferred),
            "authors": list(self.authors),
            "editors": list(self.editors),
            "dateline": self.dateline,
            "section": self.section,
            "tags": list(self.tags),
            "body": [b.to_dict() for b in self.body],
            "headings": list(self.headings),
            "captions": [c.to_dict() for c in self.captions],
            "related": [r.to_dict() for r in self.related],
            "reading_time_minutes": self.reading_time_minutes,
            "more_pages": list(self.more_pages),
            "removed": [r.to_dict() for r in self.removed],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Rebuild an Article from :meth:`to_dict` output (derived keys such as ``headings`` are ignored)."""
        return cls(
            title=data.get("title"),
            subtitle=data.get("subtitle"),
            outlet=data.get("outlet"),
            url=data.get("url"),
            published=_date_from_iso(data.get("published")),
            updated=_date_from_iso(data.get("updated")),
            published_inferred=_date_from_iso(data.get("published_inferred")),
            authors=tuple(data.get("authors") or ()),
            editors=tuple(data.get("editors") or ()),
            dateline=data.get("dateline"),
            section=data.get("section"),
            tags=tuple(data.get("tags") or ()),
            body=tuple(Block(cast("BlockKind", b["kind"]), b["text"]) for b in data.get("body") or ()),
            captions=tuple(Caption(c["text"], c.get("credit")) for c in data.get("captions") or ()),
            related=tuple(RelatedLink(r["title"], r.get("url")) for r in data.get("related") or ()),
            reading_time_minutes=data.get("reading_time_minutes"),
            more_pages=tuple(data.get("more_pages") or ()),
            removed=tuple(Removed(r["reason"], r["text"]) for r in data.get("removed") or ()),
        )
