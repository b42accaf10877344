"""The article's own structured data, read as its text when no extractor finds the text in the page.

The last links of the fallback chain of :func:`beritaparse.page.extract.parse`: a JSON-LD article's
``articleBody`` (many templates ship the whole text there, some render it only by script); the summary
the page shows under its headline, where that is all the text a page has (a slide story told in
pictures, a video page): :data:`SUMMARY_NOTE` says so; and, as a last resort, the page's description
(``og:description``, ``description``), which is a summary, not the article: :data:`DESCRIPTION_NOTE` in
``Article.removed`` says the body is only that.

>>> import json, lxml.html
>>> text = "Hujan turun sejak pagi dan sungai meluap di tengah kota. " * 3
>>> ld = json.dumps({"@type": "NewsArticle", "articleBody": f"{text}\\n\\nWarga mengungsi ke balai desa."})
>>> doc = lxml.html.document_fromstring(f'<script type="application/ld+json">{ld}</script><body></body>')
>>> [c.text[:24] for c in article_body(doc)]
['Hujan turun sejak pagi d', 'Warga mengungsi ke balai']
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

import lxml.html
import regex

from beritaparse.lexicon import markup
from beritaparse.model import Removed, RemovedReason
from beritaparse.page.density import reads_as_prose
from beritaparse.page.html import string_of
from beritaparse.page.pagequery import fold
from beritaparse.page.pagetree import PageTree
from beritaparse.page.structured import state_texts
from beritaparse.rules.blocks import Candidate
from beritaparse.rules.flags import lazy
from beritaparse.rules.strings import word_pairs, words_of

if TYPE_CHECKING:
    from collections.abc import Collection

    from lxml.html import HtmlElement

__all__ = [
    "DESCRIPTION_NOTE",
    "SUMMARY_NOTE",
    "article_body",
    "article_body_text",
    "description_body",
    "state_body_text",
    "summary_body",
    "told_in",
]

DESCRIPTION_NOTE = Removed(
    RemovedReason.NOT_CONTENT,
    "(no article text on the page: the body is the page's own description, og:description)",
)
SUMMARY_NOTE = Removed(
    RemovedReason.NOT_CONTENT,
    "(no article text on the page but the summary under the headline: the body is that summary)",
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
        elif "&" in part:
            # Some templates write the text's entities into the JSON string too ("&ldquo;Kami&rdquo;&nbsp;").
            part = html.unescape(part)  # noqa: PLW2901
        folded = fold(part)
        if folded:
            out.append(folded)
    return out


def article_body_text(tree: PageTree) -> str | None:
    """The first JSON-LD ``articleBody`` long enough to be the text, as it is written there, or None."""
    for item in tree.ld:
        body = item.get("articleBody")
        if isinstance(body, str) and len(body.strip()) >= _MIN_BODY:
            return body
    return None


def article_body(doc: HtmlElement, tree: PageTree | None = None) -> list[Candidate]:
    """The paragraphs of the first JSON-LD article with an ``articleBody``, else of the text in the page's
    script state (:func:`state_body_text`), or [] (``tree``: the reads of ``doc`` shared with the page's
    other readers)."""
    tree = tree if tree is not None else PageTree(doc)
    body = article_body_text(tree) or state_body_text(tree)
    return [Candidate(p) for p in _paragraphs(body)] if body is not None else []


_TAG = lazy(r"<[^>]*>")
# The state's text tells sentences, this many at least: a template's markup or a list of names tells none.
_STATE_SENTENCES = 3
_SENTENCE_END = lazy(r"[.!?…][\"'”’)]?(?:\s|$)")


def state_body_text(tree: PageTree) -> str | None:
    """The longest string of the page's script state that reads as an article's text (sentences in prose,
    :func:`~beritaparse.page.structured.state_texts`), or None: the text of a page saved before its script
    drew it, where the state holds no JSON-LD."""
    best: str | None = None
    for value in state_texts(tree.scripts):
        if best is not None and len(value) <= len(best):
            continue
        shown = fold(_TAG.sub(" ", html.unescape(value)) if "<" in value or "&" in value else value)
        if len(_SENTENCE_END.findall(shown)) >= _STATE_SENTENCES and reads_as_prose(shown):
            best = value
    return best


def told_in(text: str, body: str) -> float:
    """The share of ``text``'s word pairs that ``body`` holds too: near 1 for a part of the same text (one
    page of a story whose articleBody holds every page), near 0 for other text (a footer, a teaser)."""
    pairs = word_pairs(words_of(text))
    if not pairs:
        return 0.0
    return len(pairs & word_pairs(words_of(body))) / len(pairs)


def description_body(description: str | None) -> list[Candidate]:
    """The page's description as a one-paragraph body, or [] when there is none."""
    text = fold(description or "")
    return [Candidate(text)] if text else []


# A summary is a sentence or two: shorter is a label or a kicker, and only the first few elements after the
# headline are looked at (the share buttons, the date and the summary sit there).
_MIN_SUMMARY = 60
_AFTER_HEADLINE = 3


def summary_body(
    doc: HtmlElement, title: str | None, apart: Collection[HtmlElement] = ()
) -> list[Candidate]:
    """The summary shown right after the headline, in the headline's own box, as a one-paragraph body, or [].

    The headline is the first ``<h1>`` whose text is ``title``; the summary is the first of the elements
    after it (at most three with text, AMP's share bars and media not counted) that is long enough and
    reads as prose, whatever its tag (a slide story writes it in an ``<h3>``). The teasers of a feed
    (``apart``) are other stories: an element holding them is read without them, and without the headline
    its own item repeats above the summary.

    >>> doc = lxml.html.document_fromstring(
    ...     "<body><div><h1>Banjir di Kota</h1><h3>Hujan deras sejak pagi membuat sungai di tengah kota"
    ...     " meluap dan warga mengungsi.</h3><button>BAGIKAN</button></div></body>")
    >>> [c.text for c in summary_body(doc, "Banjir di Kota")]
    ['Hujan deras sejak pagi membuat sungai di tengah kota meluap dan warga mengungsi.']
    """
    wanted = fold(title or "")
    if not wanted:
        return []
    headline = next((h for h in doc.iter("h1") if fold(string_of(h)) == wanted), None)
    if headline is None:
        return []
    seen = 0
    for el in headline.itersiblings():
        if not isinstance(el.tag, str) or el.tag in markup.DROP_TAGS:
            continue  # an AMP share bar or video between the headline and its summary is no text of it
        text = fold(string_of(el) if not apart else _text_beside(el, apart))
        if apart and text.startswith(wanted):
            text = text[len(wanted) :].lstrip()
        if not text:
            continue
        if len(text) >= _MIN_SUMMARY and reads_as_prose(text):
            return [Candidate(text)]
        seen += 1
        if seen == _AFTER_HEADLINE:
            break
    return []


def _text_beside(el: HtmlElement, apart: Collection[HtmlElement]) -> str:
    """``el``'s text without the elements of ``apart`` it holds (their tails are ``el``'s)."""
    out: list[str] = []

    def read(node: HtmlElement) -> None:
        if node.text:
            out.append(node.text)
        for child in node:
            if isinstance(child.tag, str) and child not in apart:
                read(child)
            if child.tail:
                out.append(child.tail)

    read(el)
    return " ".join(out)
