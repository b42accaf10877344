"""The article's own structured data, read as its text when no extractor finds the text in the page.

The last two links of the fallback chain of :func:`beritaparse.page.extract.parse`: a JSON-LD article's
``articleBody`` (many templates ship the whole text there, some render it only by script), and, as a last
resort, the page's description (``og:description``, ``description``), which is a summary, not the
article: :data:`DESCRIPTION_NOTE` in ``Article.removed`` says the body is only that.

>>> import json, lxml.html
>>> text = "Hujan turun sejak pagi dan sungai meluap di tengah kota. " * 3
>>> ld = json.dumps({"@type": "NewsArticle", "articleBody": f"{text}\\n\\nWarga mengungsi ke balai desa."})
>>> doc = lxml.html.document_fromstring(f'<script type="application/ld+json">{ld}</script><body></body>')
>>> [c.text[:24] for c in article_body(doc)]
['Hujan turun sejak pagi d', 'Warga mengungsi ke balai']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import lxml.html
import regex

from beritaparse.model import Removed, RemovedReason
from beritaparse.page.pagequery import fold
from beritaparse.page.pagetree import PageTree
from beritaparse.rules.blocks import Candidate
from beritaparse.rules.flags import lazy

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["DESCRIPTION_NOTE", "article_body", "description_body"]

DESCRIPTION_NOTE = Removed(
    RemovedReason.NOT_CONTENT,
    "(no article text on the page: the body is the page's own description, og:description)",
)
_PARAGRAPH_BREAK = lazy(r"\n\s*\n|\r\n\s*\r\n|<br\s*/?>\s*<br\s*/?>|</p>", regex.IGNORECASE)
_LINE_BREAK = lazy(r"\n", regex.VERSION1)
# A body this short in one line is a summary, not the text (some templates put the description there).
_MIN_BODY = 200


def _paragraphs(text: str) -> list[str]:
    parts = _PARAGRAPH_BREAK.split(text)
    if len(parts) == 1:
        parts = _LINE_BREAK.split(text)
    out = []
    for part in parts:
        if "<" in part:
            part = lxml.html.fragment_fromstring(part, create_parent="div").text_content()  # noqa: PLW2901
        folded = fold(part)
        if folded:
            out.append(folded)
    return out


def article_body(doc: HtmlElement, tree: PageTree | None = None) -> list[Candidate]:
    """The paragraphs of the first JSON-LD article with an ``articleBody``, or [] (``tree``: the reads of
    ``doc`` shared with the page's other readers)."""
    for item in (tree if tree is not None else PageTree(doc)).ld:
        body = item.get("articleBody")
        if isinstance(body, str) and len(body.strip()) >= _MIN_BODY:
            return [Candidate(p) for p in _paragraphs(body)]
    return []


def description_body(description: str | None) -> list[Candidate]:
    """The page's description as a one-paragraph body, or [] when there is none."""
    text = fold(description or "")
    return [Candidate(text)] if text else []
