"""Find the article's text container on any page, without knowing the site.

Every block element's own text (its text and inline children, not nested blocks) is a *unit*. A unit is
*good* when it reads like prose: long enough, few of its letters inside links, and not opening with an
Indonesian boilerplate cue ("Baca juga", "Simak video", "ADVERTISEMENT", "Editor:"...). Everything else
that is visible text is *bad*. The container is the element whose subtree holds the most good text after
a penalty for the bad text it would drag in, so climbing from the article text to the page column stops
where the sidebars, menus and link boxes begin.

>>> import lxml.html
>>> doc = lxml.html.document_fromstring(
...     "<html><body><div id=nav><a href=/>Beranda</a> <a href=/n>Nasional</a></div>"
...     "<div id=text><p>Paragraf pertama yang cukup panjang untuk dibaca, dengan koma.</p>"
...     "<p>Paragraf kedua yang juga panjang, berisi kalimat berita lengkap.</p></div></body></html>")
>>> find_container(doc).get("id")
'text'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from beritaparse.dom import is_caption, is_hidden

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["find_container"]

_F = regex.IGNORECASE | regex.VERSION1

# Units that open like this are chrome however long they are.
_CUE = regex.compile(
    r"^\W*(?:baca\s+(?:juga|pula|selengkapnya)|simak\s+(?:juga|video|berita)|lihat\s+(?:juga|video|foto)"
    r"|tonton\s+(?:juga|video)|saksikan\s+video|jangan\s+lewatkan|berita\s+(?:terkait|lainnya)"
    r"|artikel\s+ini\s+telah\s+tayang|advertisement|scroll\s+to|editor\s*:|penulis\s*:|reporter\s*:"
    r"|pewarta\s*:|copyright|hak\s+cipta|©)",
    _F,
)
_BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "center",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "td",
        "th",
        "tr",
        "ul",
        "form",
    }
)
# Elements a unit of text belongs to its parent through (a paragraph is text *of* its container).
_LEAF_BLOCKS = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "li", "dd", "dt"})
_SKIP = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "svg",
        "form",
        "button",
        "select",
        "textarea",
        "nav",
        "head",
        "figure",
        "figcaption",
    }
)
# List items in a page are feeds and menus far more often than article text: they never count as prose.
_LIST_ITEMS = frozenset({"li", "dd", "dt"})
_MIN_UNIT = 40
_FREE, _IN_LIST, _IN_LINK = 0, 1, 2
_MAX_LINK_DENSITY = 0.33
_BAD_WEIGHT = 1.5


def _inline(el: HtmlElement) -> bool:
    """True for an element whose text flows in its parent's paragraph (no blocks inside, not hidden)."""
    tag = el.tag
    if not isinstance(tag, str) or tag in _BLOCK_TAGS or tag in _SKIP or tag == "br" or is_hidden(el):
        return False
    return not any(isinstance(d.tag, str) and d.tag in _BLOCK_TAGS for d in el.iterdescendants())


def _own_text(el: HtmlElement) -> tuple[int, int, str]:
    """Letters of ``el``'s own text (text, inline children, tails), how many are link text, and its start."""
    parts = [(el.text or "").strip()]
    links = 0
    for child in el:
        if _inline(child):
            text = " ".join(child.text_content().split())
            parts.append(text)
            if child.tag == "a":
                links += len(text)
            else:
                links += sum(len(" ".join(a.text_content().split())) for a in child.iter("a"))
        parts.append((child.tail or "").strip())
    text = " ".join(p for p in parts if p)
    return len(text), links, text[:40]


def find_container(doc: HtmlElement) -> HtmlElement | None:
    """The element holding the article text, or None when the page has no prose at all."""
    body = doc.find("body")
    root = body if body is not None else doc
    order: list[HtmlElement] = []
    parent: list[int] = []
    good: list[float] = []
    bad: list[float] = []
    # (element, parent index, what it sits in: text in a list item is neutral, text in a link is chrome)
    stack: list[tuple[HtmlElement, int, int]] = [(root, -1, _FREE)]
    while stack:
        el, up, boxed = stack.pop()
        i = len(order)
        order.append(el)
        parent.append(up)
        g = b = 0.0
        if el.tag in _SKIP or is_hidden(el) or is_caption(el):
            pass
        elif el.tag not in _BLOCK_TAGS:
            inner = _IN_LINK if el.tag == "a" else boxed
            stack.extend((c, i, inner) for c in reversed(el) if isinstance(c.tag, str))
        else:
            size, links, start = _own_text(el)
            if size:
                if links > _MAX_LINK_DENSITY * size or _CUE.match(start) or boxed == _IN_LINK:
                    b = float(size)
                elif size >= _MIN_UNIT and el.tag not in _LIST_ITEMS and boxed == _FREE:
                    g = float(size - links)
            inner = max(boxed, _IN_LIST) if el.tag in _LIST_ITEMS else boxed
            stack.extend((c, i, inner) for c in reversed(el) if isinstance(c.tag, str))
        good.append(g)
        bad.append(b)
    if not order:
        return None
    # A paragraph's text counts for the element that holds the paragraphs.
    tree_good = [0.0] * len(order)
    tree_bad = list(bad)
    for i, el in enumerate(order):
        owner = parent[i] if el.tag in _LEAF_BLOCKS and parent[i] >= 0 else i
        tree_good[owner] += good[i]
    for i in range(len(order) - 1, 0, -1):
        up = parent[i]
        tree_good[up] += tree_good[i]
        tree_bad[up] += tree_bad[i]
    best, best_score = -1, 0.0
    for i, el in enumerate(order):
        if el.tag in _LEAF_BLOCKS:
            continue
        score = tree_good[i] - _BAD_WEIGHT * tree_bad[i]
        if score > best_score or (score == best_score and best >= 0 and _inside(i, best, parent)):
            best, best_score = i, score
    return order[best] if best >= 0 else None


def _inside(i: int, ancestor: int, parent: list[int]) -> bool:
    while i >= 0:
        if i == ancestor:
            return True
        i = parent[i]
    return False
