"""``parse_text()``: an article pasted as plain text to an :class:`~beritaparse.model.Article`.

What people copy from a browser runs from the site's chrome through the headline, byline, photo caption
and body to share prompts and footers, one block a line. The text is read in two zones: the *header*
(everything before the first line of prose: navigation, title, date and byline, captions) and the
*body*, which goes through the same block rules as a page's body (:func:`beritaparse.blocks.clean`).

>>> from beritaparse import parse_text
>>> art = parse_text('''Harga Beras Naik Lagi
... Senin, 13 Mei 2024 13:24 WIB
... JAKARTA - Harga beras di pasar tradisional kembali naik pada pekan ini, kata pedagang.
... ADVERTISEMENT
... Kenaikan terjadi karena pasokan dari daerah berkurang. (abc/def)''')
>>> art.title, art.published.isoformat(), art.dateline, art.editors
('Harga Beras Naik Lagi', '2024-05-13T13:24:00+07:00', 'Jakarta', ('abc', 'def'))
>>> [b.text for b in art.body]
['Harga beras di pasar tradisional kembali naik pada pekan ini, kata pedagang.', 'Kenaikan terjadi karena pasokan dari daerah berkurang.']
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import attrs
import regex

from beritaparse import cues
from beritaparse.blocks import Candidate, _caption_in_text, _chrome_reason, clean, fold, split_dateline
from beritaparse.dates import find_dates
from beritaparse.errors import EmptyInputError, InputTypeError, NoArticleError
from beritaparse.model import Article, Caption, Removed, RemovedReason
from beritaparse.outlets import OUTLETS, for_text

if TYPE_CHECKING:
    from beritaparse.outlets.base import Outlet

__all__ = ["parse_text"]

R = RemovedReason
_V = regex.VERSION1

# How far into the text the header may reach: a paste whose first prose line comes later is all chrome
# before it, which the block rules classify anyway.
_HEADER_MAX_LINES = 40
_TITLE_MAX_WORDS = 30
_PROSE_MIN_WORDS = 20

_SENTENCE_END = regex.compile(r"[.!?…][\"'”’)\]]*$", _V)
_SENTENCES = regex.compile(r"(?<=[.!?…][\"'”’]?)\s+(?=[\"'“‘]?\p{Lu})", _V)
_BYLINE_SEPARATORS = regex.compile(r"\s*(?:[•|·,]|\s[-–—]\s|^[-–—]\s*|\s*[-–—]$)\s*", _V)
_NAME = regex.compile(
    r"^(?:\p{Lu}[\p{L}'.-]*|bin|binti|al|el|van|von|de|di)(?:\s+(?:\p{Lu}[\p{L}'.-]*|bin|binti|al|el|van|von|de|di))"
    r"{0,5}$",
    _V,
)
_SITE_WORD = regex.compile(r"\.(?:com|co\.id|id|net|tv)\b|^detik|^kompas|^tribun|^liputan6|^okezone|news$", _V | regex.I)
_WORD = regex.compile(r"\w+", _V)


@attrs.define
class _Header:
    title: str | None = None
    published: dt.date | None = None
    reading_time: int | None = None
    authors: list[str] = attrs.Factory(list)
    editors: list[str] = attrs.Factory(list)
    captions: list[Caption] = attrs.Factory(list)
    removed: list[Removed] = attrs.Factory(list)


def _lines(text: str) -> list[str]:
    # Pasting glues some chrome to its neighbour ("waktu baca 2 menitADVERTISEMENT"): split it off first.
    text = cues.GLUED_CUES.sub(r"\n\1\n", text)
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def _is_prose(line: str, outlet: Outlet | None) -> bool:
    words = len(line.split())
    if words >= _PROSE_MIN_WORDS and _SENTENCE_END.search(line):
        return True
    if words >= 8 and split_dateline(line, outlet)[1]:
        return True
    return words >= 35


def _byline(line: str) -> tuple[dt.date | None, list[str]] | None:
    """A header line that dates the article: ``(published, author names)``; None when it is not one."""
    if len(line) > 160:
        return None
    mentions = [m for m in find_dates(line) if m.value.granularity in ("day", "hour", "minute", "second")]
    if not mentions:
        return None
    first = mentions[0]
    rest = (line[: first.start] + " " + line[first.end :]).strip()
    # What is left beside the date must be a credit, not a sentence.
    if len(rest.split()) > 12 or _SENTENCE_END.search(rest) and len(rest.split()) > 6:
        return None
    names: list[str] = []
    for piece in _BYLINE_SEPARATORS.split(rest):
        piece = piece.strip(" :")
        m = cues.AUTHOR_LABEL.match(piece)
        if m is not None:
            piece = m["names"]
        if piece and _NAME.match(piece) and not _SITE_WORD.search(piece) and len(piece.split()) >= 2:
            names.append(piece)
    return first.value.point, names


def _headline_like(line: str, outlet: Outlet | None) -> bool:
    words = line.split()
    if not 2 <= len(words) <= _TITLE_MAX_WORDS or line.endswith((".", ",", ";", ":")):
        return False
    if _chrome_reason(line, outlet) is not None or cues.RELATED_CUE.match(line):
        return False
    if _caption_in_text(line) is not None or cues.CLOSING_NAME.match(line):
        return False
    # A headline is written in words, not in figures and separators.
    return sum(w[:1].isalpha() for w in words) >= len(words) / 2


def _read_header(lines: list[str], outlet: Outlet | None) -> tuple[_Header, int]:
    """Title, date, byline and captions before the first prose line; returns where the body starts."""
    head = _Header()
    end = 0
    limit = min(len(lines), _HEADER_MAX_LINES)
    while end < limit and not _is_prose(lines[end], outlet):
        end += 1
    if end >= limit and end < len(lines):
        end = 0  # no prose found early on: treat everything as body and let the rules sort it
    leftovers: list[Candidate] = []
    for line in lines[:end]:
        if head.published is None:
            by = _byline(line)
            if by is not None and by[0] is not None:
                head.published = by[0]
                head.authors.extend(by[1])
                head.removed.append(Removed(R.BYLINE, line))
                continue
        if head.title is None and _headline_like(line, outlet):
            head.title = line
            head.removed.append(Removed(R.TITLE, line))
            continue
        leftovers.append(Candidate(line))
    # Header lines that are neither title nor byline: chrome, captions, repeated titles. The shared rules
    # name most of them; whatever they would keep is not article text, as it stands above the first prose.
    rest = clean(leftovers, outlet=outlet, title=head.title)
    head.captions.extend(rest.captions)
    head.removed.extend(rest.removed)
    head.removed.extend(Removed(R.BOILERPLATE, b.text) for b in rest.body)
    head.authors.extend(rest.authors)
    head.editors.extend(rest.editors)
    head.reading_time = rest.reading_time_minutes
    return head, end


def _content_words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text) if len(w) > 3}


def _is_standfirst(first: str, second: str) -> bool:
    """A one-sentence opening that restates the paragraph after it is the standfirst, not the body."""
    if len(_SENTENCES.split(first)) != 1 or len(first.split()) > 45:
        return False
    a, b = _content_words(first), _content_words(second)
    return bool(a) and len(a & b) / len(a) >= 0.4


def _heading_line(line: str, prev: str | None, nxt: str | None) -> bool:
    """A short line without final punctuation between two prose paragraphs is a subheading."""
    words = line.split()
    if not 1 <= len(words) <= 12 or _SENTENCE_END.search(line) or line.endswith((":", ",")):
        return False
    if prev is None or nxt is None:
        return False
    return bool(_SENTENCE_END.search(prev)) and len(nxt.split()) >= 8


def _inferred_day(paragraphs: tuple[str, ...]) -> dt.date | None:
    """The latest weekday-dated day the text mentions ("Selasa (17/12)"): news dates events that way
    relative to its own publication, which is on or after the latest of them."""
    text = "\n".join(paragraphs)
    full = [m for m in find_dates(text) if m.value.granularity == "day" and regex.search(r"\d{4}", m.raw)]
    reference = max((m.value.start for m in full), default=None)
    days: list[dt.date] = []
    for m in find_dates(text, reference=reference):
        if m.value.granularity == "day" and regex.search(r"(?i)\w+\s*,?\s*\(\d", m.raw):
            days.append(m.value.start.date())
    return max(days, default=None)


def parse_text(text: str, *, outlet: str | None = None) -> Article:
    """Parse an article pasted as plain text.

    ``outlet`` (an id such as ``"kompas"``) forces the outlet's conventions; by default the outlet is
    recognised from the text's own signals ("Liputan6.com, Kyiv -", a footer, a credit line), and text
    from an unknown outlet gets the generic rules.

    Raises :class:`~beritaparse.errors.InputTypeError` for non-``str`` input,
    :class:`~beritaparse.errors.EmptyInputError` for empty text and
    :class:`~beritaparse.errors.NoArticleError` when nothing in it is article text.
    """
    if not isinstance(text, str):
        hint = " (decode bytes first, or use beritaparse.parse() for HTML)" if isinstance(text, bytes) else ""
        raise InputTypeError(f"parse_text() takes str, not {type(text).__name__}{hint}")
    if outlet is not None and outlet not in OUTLETS:
        raise ValueError(f"unknown outlet {outlet!r}; known: {', '.join(sorted(OUTLETS))}")
    lines = _lines(text)
    if not lines:
        raise EmptyInputError("the text is empty")
    found = OUTLETS[outlet] if outlet is not None else for_text(text)
    head, start = _read_header(lines, found)
    body_lines = lines[start:]
    subtitle = None
    if head.title is None and len(body_lines) >= 2 and _is_standfirst(body_lines[0], body_lines[1]):
        subtitle = body_lines[0]
        head.removed.append(Removed(R.SUBTITLE, subtitle))
        body_lines = body_lines[1:]
    candidates = [
        Candidate(
            line,
            kind="heading"
            if _heading_line(line, body_lines[i - 1] if i else None, body_lines[i + 1] if i + 1 < len(body_lines) else None)
            and cues.RELATED_CUE.match(line) is None
            and _chrome_reason(line, found) is None
            else "paragraph",
        )
        for i, line in enumerate(body_lines)
    ]
    cleaned = clean(candidates, outlet=found, title=head.title)
    if not any(b.kind == "paragraph" for b in cleaned.body):
        raise NoArticleError("no article text found: every line is navigation, promotion or other chrome")
    published = head.published or cleaned.published
    return Article(
        title=head.title,
        subtitle=subtitle,
        outlet=found.id if found is not None else None,
        published=published,
        published_inferred=None if published is not None else _inferred_day(tuple(b.text for b in cleaned.body)),
        authors=head.authors + [a for a in cleaned.authors if a not in head.authors],
        editors=(*head.editors, *(e for e in cleaned.editors if e not in head.editors)),
        dateline=cleaned.dateline,
        tags=cleaned.tags,
        body=cleaned.body,
        captions=(*head.captions, *cleaned.captions),
        related=cleaned.related,
        reading_time_minutes=cleaned.reading_time_minutes or head.reading_time,
        removed=(*head.removed, *cleaned.removed),
    )
