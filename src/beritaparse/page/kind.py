"""Is this page an article at all? Home, section, tag and search pages, feeds, 404s and consent walls are not.

:func:`not_article` names the kind of a page that is no article, or returns None. It is asked twice by
:func:`beritaparse.page.extract.parse`: before reading (a feed is never an article), and after reading, with
what the extractors found, so that a teaser list is never passed off as an article's text. The signals are
general ones, never an outlet's markup:

- a *feed*: an RSS or Atom document (``<channel>`` with ``<item>``, or ``<feed>`` with ``<entry>``);
- *not-found*: the page's title or headline says 404 / not found / "tidak ditemukan" and there is no text;
- *consent*: a short page that only asks to accept cookies or data processing;
- *listing*: headlines that link to other pages (a heading holding a link, or a link holding a heading)
  are what the page is made of: the text found is little beside them, or the block the text was read
  from is itself a list of linked headlines. The page's own article data (an article JSON-LD object, a
  publication time) speaks against it: a thin real article with many teasers beside it stays an article.

>>> import lxml.html
>>> feed = lxml.html.document_fromstring(
...     "<rss><channel><title>Berita</title><item><title>A</title></item><item><title>B</title></item>"
...     "<item><title>C</title></item></channel></rss>")
>>> not_article(feed, body_chars=0)
'feed'
>>> gone = lxml.html.document_fromstring("<html><head><title>404 Not Found</title></head></html>")
>>> not_article(gone, body_chars=0)
'not-found'
"""

from __future__ import annotations

import urllib.parse
from typing import TYPE_CHECKING

import regex

from beritaparse.page.structured import json_ld, ld_types, meta_tags
from beritaparse.rules.flags import WORDS, lazy

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["Reason", "is_teaser_list", "not_article"]

Reason = str

_F = WORDS
_NOT_FOUND = lazy(
    r"\b404\b|\bnot\s+found\b|tidak\s+ditemukan|page\s+(?:does\s+not|doesn't)\s+exist"
    r"|halaman\s+(?:tidak|tak)\s+(?:ada|tersedia)",
    _F,
)
_CONSENT = lazy(r"\bcookies?\b|\bconsent\b|persetujuan|kebijakan\s+privasi|privacy\s+(?:policy|settings)", _F)
_WORD = lazy(r"\w+", regex.VERSION1)
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "backgroundnewsarticle",
        "reviewnewsarticle",
        "blogposting",
        "liveblogposting",
    }
)
_PUBLISHED_META = ("article:published_time", "pubdate", "publishdate", "dc.date.issued", "datepublished")
# Paths of index pages: the site root, and the usual folder words for tags, topics, sections and search.
_INDEX_PATH = lazy(
    r"^/?(?:(?:index|indeks|home|beranda)(?:\.\w+)?/?)?$"
    r"|^/(?:tags?|topik|topic|topics|search|cari|pencarian|indeks|index|kategori|category|categories|kanal"
    r"|rubrik|section)(?:/|$)",
    _F,
)
# Titles of index pages ("Indeks Berita", "Tag: banjir", "Hasil pencarian", "Kumpulan Artikel ...").
_INDEX_TITLE = lazy(
    r"^\W*(?:indeks|index|arsip|archives?|tags?|topik|topics?|kategori|category|hasil\s+pencarian"
    r"|search\s+results?|kumpulan\s+(?:artikel|berita))\b",
    _F,
)
# A linked headline reads as a title: a few words at least.
_HEADLINE_WORDS = 4
# Too little text to be an article beside this many linked headlines...
_THIN_TEXT = 1000
_MANY_TEASERS = 12
# ... and a text block made of this many linked headlines is a teaser list, however much it holds.
_TEASERS_IN_TEXT = 6
# A text this short, read from the whole page, is a scrap.
_SCRAP = 300
# An article's sections run longer than this on average; a portal's boxes do not.
_SECTION_TEXT = 300
# Below this a consent or error page has no article text to speak of.
_NO_TEXT = 500
_SHORT_PAGE = 4000


def not_article(
    doc: HtmlElement,
    *,
    body_chars: int,
    container: HtmlElement | None = None,
    url: str | None = None,
    dated: bool = False,
    headings: int = 0,
    page_wide: bool = False,
) -> Reason | None:
    """The kind of page ``doc`` is when it is no article, else None.

    ``body_chars`` is how much article text the extractors found in the page (0 for none); ``container``
    is the element it was read from, when there is one; ``dated`` says the page gives a publication time
    for itself (an article's mark: index pages date their teasers, not themselves); ``headings`` is the
    number of headings in the text found; ``page_wide`` says it was read from the whole page, no
    container holding it (the density reading).
    """
    if _is_feed(doc):
        return "feed"
    if body_chars < _NO_TEXT and _NOT_FOUND.search(_title_text(doc)):
        return "not-found"
    if body_chars < _NO_TEXT and _is_consent(doc):
        return "consent"
    if container is not None and is_teaser_list(container):
        return "listing"
    index_path = url is not None and _INDEX_PATH.match(urllib.parse.urlsplit(url).path) is not None
    if not body_chars and (index_path or _INDEX_TITLE.match(_title_text(doc))):
        return "listing"
    teasers = _linked_headlines(doc)
    if page_wide and body_chars < _SCRAP and teasers >= _MANY_TEASERS:
        # A line or two found only by reading the whole page, among many teasers: a teaser's lead, even
        # where the page dates itself (index pages often carry the date of their latest story).
        return "listing"
    if dated or _has_article_data(doc):
        return None
    if body_chars < _THIN_TEXT and (index_path or teasers >= _MANY_TEASERS):
        return "listing"
    if headings >= _TEASERS_IN_TEXT and body_chars < _SECTION_TEXT * headings:
        # Many headings, each over a line or two: the boxes of a portal page, not an article's sections.
        return "listing"
    return None


def is_teaser_list(container: HtmlElement) -> bool:
    """True when ``container`` is made of linked headlines: a box of other stories, not an article's text."""
    return len(_linked_headings(container)) >= _TEASERS_IN_TEXT


def _is_feed(doc: HtmlElement) -> bool:
    root = doc.getroottree().getroot()
    if root.tag in {"rss", "feed", "rdf:rdf"}:
        return True
    channel = root.find(".//channel")
    if channel is not None and len(root.findall(".//item")) >= 2:
        return True
    return root.find(".//feed") is not None and len(root.findall(".//entry")) >= 2


def _title_text(doc: HtmlElement) -> str:
    parts = [t.text_content() for t in doc.iter("title")]
    parts.extend(h.text_content() for h in doc.iter("h1"))
    return " ".join(" ".join(parts).split())[:500]


def _is_consent(doc: HtmlElement) -> bool:
    body = doc.find("body")
    if body is None:
        return False
    text = " ".join(body.text_content().split())
    return len(text) < _SHORT_PAGE and _CONSENT.search(text) is not None


def _has_article_data(doc: HtmlElement) -> bool:
    for item in json_ld(doc):
        if ld_types(item) & _ARTICLE_TYPES and (item.get("headline") or item.get("articleBody")):
            return True
    metas = meta_tags(doc)
    return any(key in metas for key in _PUBLISHED_META)


def _linked_headings(root: HtmlElement) -> list[HtmlElement]:
    """Headings that link elsewhere: ``<h3><a href>title</a></h3>`` or ``<a href><h3>title</h3></a>``."""
    found = []
    for heading in root.iter(*_HEADINGS):
        linked = any(a.get("href") for a in heading.iter("a")) or any(
            a.tag == "a" and a.get("href") for a in heading.iterancestors()
        )
        if linked and len(_WORD.findall(heading.text_content())) >= _HEADLINE_WORDS:
            found.append(heading)
    return found


def _linked_headlines(doc: HtmlElement) -> int:
    """How many distinct pages the document links to with a headline (a heading, or a long link text)."""
    targets: set[str] = set()
    for a in doc.iter("a"):
        href = a.get("href")
        if not href or href.startswith(("#", "javascript:")):
            continue
        if len(_WORD.findall(a.text_content())) > _HEADLINE_WORDS:
            targets.add(href)
    targets.update(
        href for h in _linked_headings(doc) for a in h.iter("a") if (href := a.get("href")) is not None
    )
    return len(targets)
