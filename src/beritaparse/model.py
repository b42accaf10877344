"""The typed, immutable result of a parse: :class:`Article` and the pieces it is made of.

Every class here is an ``attrs`` frozen class; sequences are tuples, so an Article can be hashed, shared
between threads and compared. ``Article.to_dict()`` gives plain JSON-able data and
``Article.from_dict()`` reads it back exactly.

>>> from beritaparse.model import Article, Block
>>> art = Article(title="Judul", body=(Block("paragraph", "Isi berita."),))
>>> art.to_dict()["body"]
[{'kind': 'paragraph', 'text': 'Isi berita.', 'time': None}]
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
import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, cast, get_args

import attrs

from beritaparse.cache.patterns import compile_pattern
from beritaparse.dates._table import ZONES
from beritaparse.errors import ArticleDataError

if TYPE_CHECKING:
    from collections.abc import Iterable

    import regex

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
    "clean_text",
]

# Characters no text of a result holds: C0 controls but tab and newline, DEL, C1 controls, lone surrogates and
# the Unicode noncharacters. XML writers, databases, Parquet readers and terminals choke on them, and none is
# visible, so taking them out loses nothing a reader sees. Checked once here, where every result is built,
# whichever input (bytes, str, a caller's tree, "&#1;" references, pasted text) carried them. Compiled on
# first use: most texts are printable and never reach it (a millisecond at import).
_UNWANTED = (
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
    r"\U0001fffe\U0001ffff\U0002fffe\U0002ffff\U0003fffe\U0003ffff\U0004fffe\U0004ffff"
    r"\U0005fffe\U0005ffff\U0006fffe\U0006ffff\U0007fffe\U0007ffff\U0008fffe\U0008ffff"
    r"\U0009fffe\U0009ffff\U000afffe\U000affff\U000bfffe\U000bffff\U000cfffe\U000cffff"
    r"\U000dfffe\U000dffff\U000efffe\U000effff\U000ffffe\U000fffff\U0010fffe\U0010ffff]"
)


@functools.cache
def _unwanted() -> regex.Pattern[str]:
    return compile_pattern(_UNWANTED, 0)


def clean_text(text: str) -> str:
    r"""``text`` without control characters (but tab and newline), lone surrogates and noncharacters.

    Carriage returns become newlines. Every text field of the model goes through it.

    >>> clean_text("Harga\x00 beras\x7f naik\x85\r\nlagi\ufffe")
    'Harga beras naik\nlagi'
    """
    if text.isprintable():
        return text  # every character taken out is unprintable (a control, a surrogate, a noncharacter)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _unwanted().sub("", text)


def _text(value: str) -> str:
    return clean_text(value) if isinstance(value, str) else value


def _opt_text(value: str | None) -> str | None:
    return clean_text(value) if isinstance(value, str) else value


def _reason(value: RemovedReason | str) -> RemovedReason:
    # The rules pass members; the enum's own call (a lookup through EnumType.__call__) is for the strings a
    # caller or a dict gives, and returns a member unchanged.
    return value if type(value) is RemovedReason else RemovedReason(value)


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
        return (clean_text(value),)
    return tuple(clean_text(v) if isinstance(v, str) else v for v in value)


def _check_kind(_inst: object, _attr: object, value: str) -> None:
    if value not in BLOCK_KINDS:
        raise ValueError(f"block kind must be one of {BLOCK_KINDS}, not {value!r}")


def _check_aware(_inst: object, attr: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, dt.datetime) and value.tzinfo is None:
        raise ValueError(f"{attr.name} must be timezone-aware, got naive {value.isoformat()}")


@attrs.frozen
class Block:
    """One block of the article body: a paragraph, a subheading, a quote or a list (items joined by "\\n").

    ``time`` is set on the block that opens an update of a live report: when that update was posted.
    """

    kind: BlockKind = attrs.field(validator=_check_kind)
    text: str = attrs.field(converter=_text)
    time: dt.datetime | None = attrs.field(default=None, validator=_check_aware)

    def to_dict(self) -> dict[str, str | None]:
        return {"kind": self.kind, "text": self.text, "time": _date_to_iso(self.time)}


@attrs.frozen
class Caption:
    """A photo caption with its credit ("AFP", "ANTARA FOTO/Budi Setya", "@ZELENSKYYUA/X")."""

    text: str = attrs.field(converter=_text)
    credit: str | None = attrs.field(default=None, converter=_opt_text)

    def to_dict(self) -> dict[str, str | None]:
        return {"text": self.text, "credit": self.credit}


@attrs.frozen
class RelatedLink:
    """A link placed inside the article text ("Baca Juga: ..."), with its URL when the input had one."""

    title: str = attrs.field(converter=_text)
    url: str | None = attrs.field(default=None, converter=_opt_text)

    def to_dict(self) -> dict[str, str | None]:
        return {"title": self.title, "url": self.url}


@attrs.frozen
class Removed:
    """A piece of the input that is not in the article, and why."""

    reason: RemovedReason = attrs.field(converter=_reason)
    text: str = attrs.field(converter=_text)

    def to_dict(self) -> dict[str, str]:
        return {"reason": self.reason.value, "text": self.text}


def _date_to_iso(value: dt.date | None) -> str | None:
    if value is None:
        return None
    return value.isoformat()


def _date_from_iso(value: object, key: str) -> dt.date | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ArticleDataError(f"{key!r} must be an ISO 8601 string or null, not {type(value).__name__}")
    try:
        if len(value) == 10:
            return dt.date.fromisoformat(value)
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ArticleDataError(f"{key!r} is not an ISO 8601 date or time: {value[:60]!r}") from None


# The Indonesian zones by their offsets: a time at +07:00 is shown as WIB whichever reader found it (JSON-LD
# gives "+07:00", a byline "WIB"), so one article never mixes "UTC+07:00" and "WIB".
_NAMED_ZONES = {zone.utcoffset(None): zone for zone in (ZONES["wib"], ZONES["wita"], ZONES["wit"])}
_NO_OFFSET = dt.timedelta(0)


def _named_zone(value: dt.date | None) -> dt.date | None:
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        zone = _NAMED_ZONES.get(value.utcoffset() or _NO_OFFSET)
        if zone is not None and value.tzinfo is not zone:
            return value.replace(tzinfo=zone)
    return value


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

    title: str | None = attrs.field(default=None, converter=_opt_text)
    subtitle: str | None = attrs.field(default=None, converter=_opt_text)
    outlet: str | None = attrs.field(default=None, converter=_opt_text)
    url: str | None = attrs.field(default=None, converter=_opt_text)
    published: dt.date | None = attrs.field(default=None, converter=_named_zone, validator=_check_aware)
    updated: dt.date | None = attrs.field(default=None, converter=_named_zone, validator=_check_aware)
    published_inferred: dt.date | None = None
    authors: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    editors: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    dateline: str | None = attrs.field(default=None, converter=_opt_text)
    section: str | None = attrs.field(default=None, converter=_opt_text)
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
        """Rebuild an Article from :meth:`to_dict` output (the derived key ``headings`` is ignored).

        Raises :class:`~beritaparse.errors.ArticleDataError` for a key that :meth:`to_dict` never writes and
        for a value of the wrong type, naming the key: data that does not describe an Article is not
        silently turned into one.
        """
        if not isinstance(data, Mapping):
            raise ArticleDataError(f"Article.from_dict takes a mapping, not {type(data).__name__}")
        unknown = sorted(str(k) for k in data if k not in _DICT_KEYS)
        if unknown:
            raise ArticleDataError(f"unknown Article keys: {', '.join(unknown)}")

        def items(key: str) -> tuple[Mapping[str, Any], ...]:
            return _items(data, key)

        try:
            return cls(
                title=_str_or_none(data, "title"),
                subtitle=_str_or_none(data, "subtitle"),
                outlet=_str_or_none(data, "outlet"),
                url=_str_or_none(data, "url"),
                published=_date_from_iso(data.get("published"), "published"),
                updated=_date_from_iso(data.get("updated"), "updated"),
                published_inferred=_date_from_iso(data.get("published_inferred"), "published_inferred"),
                authors=_strs(data, "authors"),
                editors=_strs(data, "editors"),
                dateline=_str_or_none(data, "dateline"),
                section=_str_or_none(data, "section"),
                tags=_strs(data, "tags"),
                body=[
                    Block(cast("BlockKind", i["kind"]), _item_text(i, "body"), _block_time(i))
                    for i in items("body")
                ],
                captions=[Caption(_item_text(i, "captions"), i.get("credit")) for i in items("captions")],
                related=[RelatedLink(_item_text(i, "related"), i.get("url")) for i in items("related")],
                reading_time_minutes=_int_or_none(data, "reading_time_minutes"),
                more_pages=_strs(data, "more_pages"),
                removed=[Removed(i["reason"], _item_text(i, "removed")) for i in items("removed")],
            )
        except KeyError as exc:
            raise ArticleDataError(f"an item lacks the key {exc.args[0]!r}") from None
        except ArticleDataError:
            raise
        except (TypeError, ValueError) as exc:
            raise ArticleDataError(f"not Article data: {exc}") from None


_DICT_KEYS = frozenset(attrs.fields_dict(Article)) | {"headings"}


def _block_time(item: Mapping[str, Any]) -> dt.datetime | None:
    value = _date_from_iso(item.get("time"), "time")
    if value is None or isinstance(value, dt.datetime):
        return value
    raise ArticleDataError(f"a body block's 'time' must be a time with its offset, not the day {value}")


def _str_or_none(data: Mapping[str, Any], key: str) -> str | None:
    value = data.get(key)
    if value is None or isinstance(value, str):
        return value
    raise ArticleDataError(f"{key!r} must be a string or null, not {type(value).__name__}")


def _item_text(item: Mapping[str, Any], key: str) -> str:
    value = item["title" if key == "related" else "text"]
    if isinstance(value, str):
        return value
    raise ArticleDataError(f"the texts in {key!r} must be strings, not {type(value).__name__}")


def _strs(data: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = data.get(key) or ()
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise ArticleDataError(f"{key!r} must be a list of strings")


def _items(data: Mapping[str, Any], key: str) -> tuple[Mapping[str, Any], ...]:
    value = data.get(key) or ()
    if isinstance(value, (list, tuple)) and all(isinstance(v, Mapping) for v in value):
        return tuple(value)
    raise ArticleDataError(f"{key!r} must be a list of objects")


def _int_or_none(data: Mapping[str, Any], key: str) -> int | None:
    value = data.get(key)
    if value is None or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    raise ArticleDataError(f"{key!r} must be a whole number or null, not {type(value).__name__}")
