"""Find the article's text container on any page, without knowing the site.

Every block element's own text (its text and inline children, not nested blocks) is a *unit*. A unit is
*good* when it reads like prose: long enough, few of its letters inside links, not opening with an
Indonesian boilerplate cue ("Baca juga", "Simak video", "ADVERTISEMENT", "Editor:"...), not inside a
link, a list item or a heading, and not the text beside an image. Link-heavy units, cue units and boxes
whose class names comments or other stories ("related", "terkait", "populer", "komentar") are *bad*;
short lines are neither. Figures are not read; hidden elements are read like the rest, judged by their
text (hidden later pages of a multi-page article are prose), except that hidden chrome is not held
against a container, being unseen. The container is the element whose subtree holds the most good text
after a penalty for the bad text it would drag in, so climbing from the article text to the page
column stops where the sidebars, menus and link boxes begin; on a tie the deeper element wins. It
works without class names at all: they only mark what to skip.

>>> import lxml.html
>>> doc = lxml.html.document_fromstring(
...     "<html><body><div id=nav><a href=/>Beranda</a> <a href=/n>Nasional</a></div>"
...     "<div id=text><p>Paragraf pertama yang cukup panjang untuk dibaca, dengan koma.</p>"
...     "<p>Paragraf kedua yang juga panjang, berisi kalimat berita lengkap.</p></div></body></html>")
>>> find_container(doc).get("id")
'text'
"""

from __future__ import annotations

import collections
import functools
import itertools
import operator
import re
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar, cast

import lxml.etree

from beritaparse.lexicon import alternation, markup
from beritaparse.page.html import is_inside, string_of
from beritaparse.page.kind import headed_by_link
from beritaparse.page.pagequery import HIDDEN_STYLE, compile_xpath, headed_boxes, sign_in_boxes
from beritaparse.rules import cues
from beritaparse.rules.flags import WORDS, lazy
from beritaparse.rules.strings import text_key

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from lxml.html import HtmlElement

__all__ = ["Found", "find", "find_container", "one_story"]

_F = WORDS
_T = TypeVar("_T")

# Units that open like this are chrome however long they are (behind the gate of the openings it can match
# on: most units open on a pair of characters no cue opens on).
_CUE = cues.OpeningGate(cues.CHROME_OPENING)
_RELATED_LINE = cues.OpeningGate(cues.RELATED_CUE)
_BLOCK_TAGS = markup.BLOCK_TAGS
# Elements a unit of text belongs to its parent through (a paragraph is text *of* its container).
_LEAF_BLOCKS = frozenset({"p", "blockquote", "pre", *markup.LIST_ITEM_TAGS, *(markup.HEADING_TAGS - {"h1"})})
# Never read: what is never text, media and forms, figures. A picture is read for the image in it (text beside
# an image is its caption).
_SKIP = markup.SILENT_TAGS | (markup.DROP_TAGS.keys() - {"picture"}) | markup.FIGURE_TAGS
# List items in a page are feeds and menus far more often than article text: they never count as prose.
_LIST_ITEMS = markup.LIST_ITEM_TAGS
# Never prose: list items (feeds and menus far more often than article text) and headings (the headline,
# and in old templates an h2 headline).
_NEUTRAL = _LIST_ITEMS | markup.HEADING_TAGS
# Class or id words: caption boxes are skipped, comments and other stories are one block of chrome.
_CAPTION_NAMES = frozenset(markup.CAPTION_WORDS)
_ASIDE_NAMES = markup.PART_BOX_WORDS
_NAMED = lazy(rf"(?P<caption>{alternation(_CAPTION_NAMES)})|(?P<aside>{alternation(_ASIDE_NAMES)})", WORDS)


def _trie(words: Iterable[str]) -> str:
    """The alternation of ``words`` (letters and digits) written as a tree of their shared openings:
    "c(?:aption|o(?:mment(?:s)?|nsent))" for "caption", "comment", "comments", "consent". It matches at the
    places an alternation of the words matches, longest word first, trying one branch a letter instead of
    every word."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branches(node: dict[str, Any]) -> str:
        alternatives = [ch + branches(node[ch]) for ch in sorted(node) if ch]
        if not alternatives:
            return ""
        if "" in node:  # a word ends here and longer ones go on: the rest is optional
            return "(?:" + "|".join(alternatives) + ")?"
        return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"

    return branches(tree)


# The same words for a name in ASCII (nearly every one), lower-cased, as one tree of openings in the standard
# library's engine: on ASCII text the case folding of ASCII words is ASCII lower-casing, and a literal tree
# with no case to fold is a pattern ``re`` runs four times faster than ``regex`` runs the alternation (0.2
# against 0.8 ms a page for the some two hundred names a page has). The matched word tells its kind where no
# caption word and aside word open one another (both could match at one place, and the caption is tried
# first); only words of ASCII letters and digits have it.
_LOWER_CAPTIONS = frozenset(w.lower() for w in _CAPTION_NAMES)
_LOWER_ASIDES = frozenset(w.lower() for w in _ASIDE_NAMES)


@functools.cache
def _lower_named() -> re.Pattern[str] | None:
    # Compiled on first use, as the library's other patterns are: import costs nothing for it.
    if not all(w.isascii() and w.isalnum() for w in (*_LOWER_CAPTIONS, *_LOWER_ASIDES)):
        return None
    if any(a.startswith(c) or c.startswith(a) for c in _LOWER_CAPTIONS for a in _LOWER_ASIDES):
        return None
    return re.compile(_trie(_LOWER_CAPTIONS | _LOWER_ASIDES))


_HIDDEN_STYLE = HIDDEN_STYLE
_HIDDEN_CLASS = lazy(rf"(?:^|\s){alternation(markup.HIDDEN_CLASSES)}(?:\s|$)", WORDS)
_MIN_UNIT = 40
# The letters of a unit's opening the cue test reads.
_CUE_OPENING = 40
# Text beside an image in the same block is its caption unless it runs longer than captions do.
_MAX_CAPTION = 300
# A block opening on a cue but this long, with no link in it, is a paragraph that opens so ("Jangan lewatkan
# pembukaan dua outlet perdana ... di bulan Desember."): a cue's line (a related title, a promo) runs shorter,
# or links what it names.
_CUE_PROSE = 300
_FREE, _IN_LIST, _IN_LINK, _ASIDE, _SKIPPED = 0, 1, 2, 3, 4
_TEXT_LENGTH = compile_xpath("string-length(normalize-space())")
_MAX_LINK_DENSITY = 0.33
_BAD_WEIGHT = 1.5


# A template repeats its class and id values on many elements (cards, links, list items): each value is
# searched once. A page has some hundreds of distinct values.
_NAMES_CACHE = 2048


@functools.lru_cache(maxsize=_NAMES_CACHE)
def _named(names: str) -> int:
    """What an element's class or id makes it to the scorer: ``_SKIPPED``, ``_ASIDE`` or ``_FREE``
    (nothing)."""
    lower = _lower_named()
    if lower is not None and names.isascii():
        word = lower.search(names.lower())
        if word is None:
            return _FREE
        return _SKIPPED if word.group() in _LOWER_CAPTIONS else _ASIDE
    m = _NAMED.search(names)
    if m is None:
        return _FREE
    return _ASIDE if m.lastgroup == "aside" else _SKIPPED


def _is_hidden(el: HtmlElement, cls: str | None) -> bool:
    """Whether ``el`` hides itself (a ``hidden`` attribute, a hiding style or class); ``cls`` is its class
    attribute, which the walk has read already: asked first, it answers without a read of the element."""
    if cls and _hiding_class(cls):
        return True
    # Attribute names in bytes, as in the walk: lxml encodes a str name on every read.
    if el.get(b"hidden") is not None:
        return True
    style = el.get(b"style")
    return bool(style) and _hiding_style(style)


@functools.lru_cache(maxsize=_NAMES_CACHE)
def _hiding_style(style: str) -> bool:
    # Inline styles repeat across a template's elements as class values do: each is searched once.
    return _HIDDEN_STYLE.search(style) is not None


@functools.lru_cache(maxsize=_NAMES_CACHE)
def _hiding_class(cls: str) -> bool:
    return _HIDDEN_CLASS.search(cls) is not None


def _start(el: HtmlElement, text: str) -> str:
    """The first letters of ``el``'s own text (``text``: its text, stripped), else of its first inline
    child's, for the cue test."""
    if text:
        return text[:_CUE_OPENING]
    for child in el:
        tag = child.tag
        if isinstance(tag, str) and tag not in _BLOCK_TAGS and tag not in _SKIP:
            text = " ".join(string_of(child).split())
            if text:
                return text[:_CUE_OPENING]
        tail = (child.tail or "").strip()
        if tail:
            return tail[:_CUE_OPENING]
    return ""


class Found(NamedTuple):
    """What the scorer found on a page: the element holding the article text (None when the page has no
    prose at all), and the teasers of the feeds on it (items of a feed holding no more than a linked
    headline over an excerpt), which a reading of the page sets aside as other stories.

    ``run``: where the text goes on in elements beside the container (a template that splits the article
    around an ad or a box of links), those siblings with the container, in document order; empty
    otherwise."""

    container: HtmlElement | None
    teasers: frozenset[HtmlElement]
    run: tuple[HtmlElement, ...] = ()


_NOTHING = Found(None, frozenset())


def find_container(doc: HtmlElement) -> HtmlElement | None:
    """The element holding the article text, or None when the page has no prose at all."""
    return find(doc).container


def find(doc: HtmlElement, *, title: str | None = None, headline: HtmlElement | None = None) -> Found:
    """The element holding the article text and the feeds' teasers on the page (:class:`Found`); ``title``
    is the page's headline, which heads the page's own story where it stands as a feed's item ("Today"
    pages), never a teaser; ``headline`` the element showing it, if known."""
    body = doc.find("body")
    tree = _walk(body if body is not None else doc, headline)
    if not tree.order:
        return _NOTHING
    good, bad = _text_scores(tree)
    own = text_key(title) if title else ""
    items, teasers = _teaser_items(tree, own)
    cut = _next_story(tree, good, own) if own else None
    if cut is not None:
        # Another story follows the page's own under its headline: its prose is no candidate's, and the
        # element it opens is set aside as another story.
        good = good[:cut] + [0.0] * (len(good) - cut)
        teasers = teasers | {tree.parent[cut]}
    order = tree.order
    found, run = _best(tree, good, bad, items, teasers, cards=_cards(tree, bad))
    return Found(found, frozenset(order[i] for i in teasers), tuple(order[i] for i in run))


# Prose the next story holds at the least after its headline (a footer's or a sidebar's heading holds less).
_STORY_PROSE = 400
# The tags a page's own headline stands in.
_HEADLINE_TAGS = ("h1", "h2", "h3")


def _next_story(tree: _Tree, good: list[float], own: str) -> int | None:
    """Where another story begins on the page (the index of its headline), or None: an infinite-scroll page
    saved from a browser holds the next story, headline and text, after the page's own. That is a heading
    of the tag the page's own headline (``own``, a :func:`text_key`) stands in, after it and other than
    it, with prose before it and a story's prose after it, opening an element of its own."""
    tags, parent, order = tree.tags, tree.parent, tree.order
    shown = (h for tag in _HEADLINE_TAGS for h in _indices(tags, tag))
    mine = next((h for h in shown if text_key(string_of(order[h])) == own), None)
    if mine is None:
        return None
    heads = [h for h in _indices(tags, tags[mine]) if h > mine]
    for k, head in enumerate(heads):
        if text_key(string_of(order[head])) == own:
            continue
        end = heads[k + 1] if k + 1 < len(heads) else len(good)
        if not any(good[mine:head]) or sum(good[head:end]) < _STORY_PROSE:
            continue
        # It opens an element of its own, after the page's headline: a subheading stands among the text's
        # paragraphs, and the element holding both stories holds the page's headline too.
        up = parent[head]
        if up <= mine or any(good[up + 1 : head]):
            continue
        return head
    return None


def _indices(items: list[_T], item: _T) -> list[int]:
    """Where ``item`` stands in ``items``, found by the list's own search (in C), not by a loop over it."""
    found: list[int] = []
    at = -1
    while True:
        try:
            at = items.index(item, at + 1)
        except ValueError:
            return found
        found.append(at)


class _Tree:
    """The elements worth reading in document order, each with its tag, its parent's index (-1 for the
    root) and the box it sits in (free, a link, a list; ``_ASIDE`` for chrome read as one block); whether
    an element is hidden is read when asked (:meth:`unseen`). Not an attrs class: it is private, and an
    attrs class costs about a millisecond to create at import (issue 14)."""

    __slots__ = ("_broken", "_unseen", "boxes", "classes", "order", "parent", "tags")

    def __init__(
        self,
        order: list[HtmlElement],
        tags: list[str],
        parent: list[int],
        boxes: list[int],
        classes: list[str | None],
    ) -> None:
        self.order = order
        # Each element's tag, read once: lxml makes a new string on every read of ``.tag``.
        self.tags = tags
        self.parent = parent
        self.boxes = boxes
        # Each element's class attribute as the walk read it, for the hidden test (an attribute read costs
        # as much as the rest of that test).
        self.classes = classes
        self._unseen: list[bool | None] = [None] * len(order)
        self._broken: set[int] | None = None

    def broken(self) -> set[int]:
        """The elements holding a line break of their own (a ``<br>`` child): a few a page, found by the
        list's own search (in C) rather than a look at every element or a tag filter asked of each."""
        if self._broken is None:
            parent = self.parent
            self._broken = {parent[at] for at in _indices(self.tags, "br")}
        return self._broken

    def unseen(self, i: int) -> bool:
        """Whether element ``i`` or an element it sits in is hidden. Only chrome that would count against a
        container asks (a few elements a page): reading every element's style, hidden and class attributes
        in the walk cost more than the rest of it."""
        known, parent, order, classes = self._unseen, self.parent, self.order, self.classes
        path = []
        while i >= 0 and known[i] is None:
            path.append(i)
            i = parent[i]
        hidden = bool(known[i]) if i >= 0 else False
        for j in reversed(path):
            hidden = hidden or _is_hidden(order[j], classes[j])
            known[j] = hidden
        return hidden


def _boxes_and_layout(
    root: HtmlElement, headline: HtmlElement | None
) -> tuple[set[HtmlElement], set[HtmlElement]]:
    """What :func:`_walk` knows of some elements before it reaches them: the boxes that are one block of
    chrome whatever their class, and the list items that are page layout, not a list.

    The page's headings and its <input> fields are found by one search of libxml2's (a walk of the whole
    tree: one for each of the three reads below cost twice as much more)."""
    headings: list[HtmlElement] = []
    fields: list[HtmlElement] = []
    for el in root.iter(*_HEADING_TAGS, "input"):
        (fields if el.tag == "input" else headings).append(el)
    # The boxes a heading names as chrome (read from the page's few headings, not asked of every element).
    # A page's sign-in dialogs are one block of chrome too, whatever their class (:func:`sign_in_boxes`).
    headed = headed_boxes(root, headings) | sign_in_boxes(root, headline, fields)
    # The list items a page's headline (``headline``, any <h1>) sits in: page layout, not a list. An unclosed
    # element of a share bar's list (a floating "<ul><li>") nests the whole page in one item, its text with
    # it; read as a list's, the text would weigh nothing.
    shown = [h for h in headings if h.tag == "h1"]
    if headline is not None:
        shown.append(headline)
    laid_out = {item for h1 in shown for item in h1.iterancestors(*_LIST_ITEMS)}
    return headed, laid_out


def _walk(root: HtmlElement, headline: HtmlElement | None = None) -> _Tree:
    """Pass 1, top down: the elements worth reading, their parents and what they sit in.

    One ``iterwalk()`` in libxml2 gives the elements in document order (a stack of children made in Python
    cost several times more per element), and a subtree that is not read (a skipped element's, chrome read as
    one block) is passed over in C by ``skip_subtree()``: nearly half of a page's elements sit in such
    subtrees, and an ``iter()`` over every element made each of them and looked its parent up only to find it
    unread. Comments and processing instructions are not elements: the ``Element`` filter leaves them out,
    as the walk always did."""
    order: list[HtmlElement] = []
    tags: list[str] = []
    parent: list[int] = []
    boxes: list[int] = []
    classes: list[str | None] = []
    # Each element read whose subtree is read too, with what its children inherit: its index and the box they
    # sit in. An element whose subtree is not read (skipped, or chrome read as one block) is not in it, and
    # the walk never reaches anything under it (nearly half of a page's elements sit in such subtrees, and
    # each was stored only to say so).
    within: dict[HtmlElement | None, tuple[int, int]] = {}
    headed, laid_out = _boxes_and_layout(root, headline)
    # The root is the page (``<body>``), never a box of it, whatever its class says: a theme names the
    # page's layout in the body's classes ("comments-open", "footer-dark"), and read as chrome the root
    # would take the whole page with it.
    order.append(root)
    tags.append(root.tag)
    parent.append(-1)
    boxes.append(_FREE)
    classes.append(root.get(b"class"))
    within[root] = (0, _FREE)
    # The walk's start events alone; the root's comes first. (tests/unseen, 117 pages: 46% of the body's
    # elements are in subtrees passed over; _walk 4.29 -> 4.14 M instructions a page, walked alone.)
    walker = lxml.etree.iterwalk(root, events=("start",), tag=lxml.etree.Element)
    next(walker)
    for _, el in walker:
        tag = el.tag
        if tag in _SKIP:
            walker.skip_subtree()
            continue
        kind = _FREE
        # Read without asking el.attrib first: its answer costs more than the two reads it saves on the few
        # elements without attributes. Named in bytes: lxml encodes a str name on every read.
        cls = el.get(b"class")
        eid = el.get(b"id")
        # A word of the class stands before one of the id (a search of "class id" finds it first); each is
        # looked up alone, the class values that a template repeats found in the cache.
        if cls:
            kind = _named(cls)
        if eid and kind == _FREE:
            kind = _named(eid)
        if kind == _SKIPPED:
            walker.skip_subtree()
            continue
        if kind == _FREE and el in headed:
            # A box headed "Berita Lainnya" or "12 Komentar" is other stories or readers' comments, whatever
            # its class: one block of chrome, like a box whose class names it.
            kind = _ASIDE
        # Its parent was read, subtree and all: the walk came down through it.
        at, boxed = within[el.getparent()]
        i = len(order)
        order.append(el)
        tags.append(tag)
        parent.append(at)
        classes.append(cls)
        if kind == _ASIDE:
            # Read as one block of chrome: it holds no prose, and it ends the climb from the text.
            boxes.append(_ASIDE)
            walker.skip_subtree()
            continue
        boxes.append(boxed)
        if tag == "a":
            boxed = _IN_LINK
        elif boxed == _FREE and tag in _LIST_ITEMS and el not in laid_out:
            # In a list unless already in a link (the boxes inherited are free, a list or a link).
            boxed = _IN_LIST
        within[el] = (i, boxed)
    return _Tree(order, tags, parent, boxes, classes)


_HEADING_TAGS = markup.HEADING_TAGS
_IMAGE_TAGS = frozenset(markup.IMAGE_TAGS)
# What pass 2 asks of a tag, in one look-up: a block, an inline element (neither a block nor a line break),
# a link, an image (the text beside it may be its caption).
_BLOCK, _INLINE, _LINK, _IMAGE = 1, 2, 4, 8
_TAG_KINDS: dict[str, int] = {
    **dict.fromkeys(markup.IMAGE_TAGS, _INLINE | _IMAGE),
    "a": _INLINE | _LINK,
    "br": 0,
    **dict.fromkeys(_BLOCK_TAGS, _BLOCK),
}


def _text_scores(tree: _Tree) -> tuple[list[float], list[float]]:
    """Pass 2, bottom up: each element's own text (text, inline children, tails) and its link letters,
    judged per block as good (prose) or bad (chrome) letters."""
    order, tags, parent, boxes = tree.order, tree.tags, tree.parent, tree.boxes
    n = len(order)
    own = [0] * n
    link = [0] * n
    has_block = [False] * n
    has_image = [False] * n
    good = [0.0] * n
    bad = [0.0] * n
    broken = tree.broken()
    kind_of = _TAG_KINDS.get
    # The walk's lists read backwards in C (an index into each of four lists cost a step each), and a tail
    # of white space alone (two in three of a page's tails: the indent between elements) adds nothing.
    for i, el, up, box, tag in zip(
        range(n - 1, -1, -1), reversed(order), reversed(parent), reversed(boxes), reversed(tags), strict=True
    ):
        if box == _ASIDE:
            # Hidden chrome is not seen: it speaks against no container.
            if not tree.unseen(i):
                bad[i] = float(_TEXT_LENGTH(el))  # type: ignore[arg-type]
            if up >= 0:
                has_block[up] = True
                if (tail := el.tail) and (tail := tail.strip()):
                    own[up] += _folded(tail) if "\n" in tail else len(tail)
            continue
        # Stripped once: the cue test of a block reads its opening from the same text. ``own[i]`` holds what
        # its children handed it; its total is ``size`` (nobody reads ``own[i]`` after this).
        text = el.text
        if text:
            stripped = text.strip()
            # Letters as the reader sees them (_folded) where a line break (and the indent after it) folds.
            size = own[i] + (_folded(stripped) if "\n" in stripped else len(stripped))
        else:
            stripped = ""
            size = own[i]
        kinds = kind_of(tag, _INLINE)
        # An inline element that holds blocks is a block itself: old templates wrap the whole text, its
        # lines split by <br>, in a <span> that also holds a box of links ("<span class=post-content>").
        if kinds & _BLOCK or has_block[i]:
            if size:
                good[i], bad[i] = _judge(
                    el, size, link[i], box, pictured=has_image[i], text=stripped, lines=i in broken
                )
                if bad[i] and tree.unseen(i):
                    bad[i] = 0.0  # hidden chrome is not seen either
            if up < 0:
                continue
            has_block[up] = True
        elif up < 0:
            continue
        elif kinds & _INLINE:
            # An inline element's letters are its parent's; a link's are all link letters.
            own[up] += size
            link[up] += size if kinds & _LINK else link[i]
        if (tail := el.tail) and (tail := tail.strip()):
            own[up] += _folded(tail) if "\n" in tail else len(tail)
        if kinds & _IMAGE:
            has_image[up] = True
    _spare_related_lines(tree, good, bad)
    return good, bad


def _spare_related_lines(tree: _Tree, good: list[float], bad: list[float]) -> None:
    """A related line ("Baca juga: <title>") between two paragraphs of prose is a line of the text's own
    flow (Indonesian outlets set their related links into the text): it speaks against no container (its
    ``bad`` is 0). Held against the text's element, such lines outweighed a short text, and a clean box of
    one sentence inside it (a newsletter prompt) was taken for the article. In a box of its own, or closing
    one, it stays chrome. Empty siblings (an ad's slot, a spacer) are looked past."""
    order, parent, tags = tree.order, tree.parent, tree.tags
    # A line is a paragraph's: a <p>, or a <div> written as one (no line break of its own), as the text's
    # paragraphs around it may be. Only chrome is looked at: its few dozen blocks a page are picked from
    # ``bad`` in C, in document order (the page's <p> and <div> elements, found first, were some hundreds).
    broken = tree.broken()
    chrome = [
        i
        for i in itertools.compress(range(len(bad)), bad)
        if (tag := tags[i]) == "p" or (tag == "div" and i not in broken)
    ]
    for i in chrome:
        if not _RELATED_LINE.match(_start(order[i], (order[i].text or "").strip())):
            continue
        siblings = [j for j in _indices(parent, parent[i]) if j == i or good[j] or bad[j]]
        k = siblings.index(i)
        if 0 < k < len(siblings) - 1 and good[siblings[k - 1]] and good[siblings[k + 1]]:
            bad[i] = 0.0


def _cards(tree: _Tree, bad: list[float]) -> set[int]:
    """The blocks of chrome that hold a linked picture: cards of other stories (a thumbnail and a headline
    in links, a time beside them). Found by climbing from each picture (a page has a few dozen) through the
    inline elements around it to its block; the tags are read from the walk's list."""
    tags, parent = tree.tags, tree.parent
    found: set[int] = set()
    # The pictures' indices picked in C (a loop over every element ran a Python step for each).
    for i in itertools.compress(range(len(tags)), map(_IMAGE_TAGS.__contains__, tags)):
        linked = False
        up = parent[i]
        while up >= 0 and not _TAG_KINDS.get(tags[up], _INLINE) & _BLOCK:
            linked = linked or tags[up] == "a"
            up = parent[up]
        if linked and up >= 0 and bad[up]:
            found.add(up)
    return found


def _folded(text: str) -> int:
    """``text``'s length with its white space folded, as the reader sees it: a pretty-printed page's line
    breaks and indents inside a link or a line are no letters (they weighed a link's text, and a box's
    chrome, by its indent; the boxes read whole were already counted folded). Asked only of text holding
    a line break, which every such indent follows: a search for one costs a twentieth of a test for any
    white space run."""
    return len(" ".join(text.split()))


def _judge(
    el: HtmlElement, size: int, links: int, box: int, *, pictured: bool, text: str, lines: bool = False
) -> tuple[float, float]:
    """A block's letters as (good, bad) if it is seen: mostly links, inside a link or opening on a cue is
    chrome; a long enough paragraph outside any box, not a picture's caption, is prose. ``text`` is the
    block's own text, stripped; ``lines``: it holds a line break of its own."""
    if links > _MAX_LINK_DENSITY * size or box == _IN_LINK or (
        _CUE.match(_start(el, text)) and (links or size < _CUE_PROSE)
    ):
        # Old templates and pasted-in text write the article as one element's lines, between <br><br>: its
        # "Baca:" lines and tag links then weigh against the whole text, which one such line can outweigh
        # in a short story. Such a block is judged line by line, as jusText splits a page at <br><br>.
        if lines and box == _FREE and el.tag not in _NEUTRAL:
            return _judge_lines(el)
        return 0.0, float(size)
    caption_sized = pictured and size < _MAX_CAPTION
    if size >= _MIN_UNIT and el.tag not in _NEUTRAL and box == _FREE and not caption_sized:
        return float(size - links), 0.0
    return 0.0, 0.0


def _judge_lines(el: HtmlElement) -> tuple[float, float]:
    """A block's own text judged a line at a time (its lines end at a ``<br>`` or a nested block), as
    :func:`_judge` judges a block: (good, bad) letters. A line mostly of links or opening on a cue is
    chrome, a long enough other line prose."""
    good = bad = 0.0
    size = links = 0
    opening = ""

    def end_line() -> None:
        nonlocal good, bad, size, links, opening
        if size:
            if links > _MAX_LINK_DENSITY * size or _CUE.match(opening):
                bad += size
            elif size >= _MIN_UNIT:
                good += size - links
        size = links = 0
        opening = ""

    def add(text: str | None, linked: int = -1) -> None:
        nonlocal size, links, opening
        folded = " ".join(text.split()) if text else ""
        if folded:
            if len(opening) < _CUE_OPENING:
                opening = f"{opening} {folded}".strip()[:_CUE_OPENING]
            size += len(folded)
            links += len(folded) if linked < 0 else linked

    add(el.text, 0)
    for child in el.iterchildren():
        tag = child.tag
        if tag == "br" or tag in _BLOCK_TAGS:
            end_line()
        elif isinstance(tag, str) and tag not in _SKIP:
            linked = -1 if tag == "a" else sum(len(" ".join(string_of(a).split())) for a in child.iter("a"))
            add(string_of(child), linked)
        add(child.tail, 0)
    end_line()
    return good, bad


# The share of a page's prose its one <article> (or <main>) holds, above which the article is read inside it.
_ARTICLE_HOLDS = 0.5
_HOLDER_TAGS = ("article", "main")


def _best(
    tree: _Tree,
    good: list[float],
    bad: list[float],
    items: set[int],
    teasers: set[int],
    *,
    cards: set[int],
) -> tuple[HtmlElement | None, list[int]]:
    """The container and the siblings its text goes on in (:func:`_run`). The container is the element whose
    subtree holds the most prose less its weighted chrome (the inner one of equals). A paragraph's text
    counts for the element that holds the paragraphs. When no text of that element is seen (a hidden box
    kept for a script, or the box around one), the best element with text the reader sees is the
    container, if there is one."""
    order, parent = tree.order, tree.parent
    # Each element's answer picked in C (a comprehension ran a Python step for each of the page's elements).
    leaf = list(map(_LEAF_BLOCKS.__contains__, tree.tags))
    lined = _lined(tree, good, leaf)
    # A teaser and what it holds is another story's (its excerpt, its headline): never the article's text.
    aside = _subtrees(teasers, parent)
    # Chrome read as one block: a box named or headed as such, and a card of another story.
    chrome = list(map(operator.eq, tree.boxes, itertools.repeat(_ASIDE)))
    for i in cards:
        chrome[i] = True
    # A <div> holding prose and no line break is a paragraph written as a <div>; one of lines between <br>s
    # is a text's element of its own (an old template's whole text), never a paragraph of the element
    # around it.
    tags, broken = tree.tags, tree.broken()
    paragraphs = [tag == "p" for tag in tags]
    # The elements with prose of their own, picked in C: a page has some dozens.
    for i in itertools.compress(range(len(good)), good):
        if tags[i] == "div" and i not in broken:
            paragraphs[i] = True
    # A quote among the text's own paragraphs, one of prose before it and one after, is one of them (a fact
    # check's quoted claim, a statement quoted whole), its prose in its own paragraphs or not; a quote left
    # alone or beside a line (a pull quote by a caption, its text gone to a script) is no text's paragraph.
    for i in _indices(tags, "blockquote"):
        if _prose(good, parent, i):
            beside = [j for j in _indices(parent, parent[i]) if paragraphs[j] and good[j]]
            paragraphs[i] = bool(beside) and beside[0] < i < beside[-1]
    # The elements holding two paragraphs of prose or more: a <div> written as a paragraph among them is one
    # of their paragraphs, no container of its own, as a <p> is none.
    held = collections.Counter(parent[i] for i in itertools.compress(range(len(good)), good) if paragraphs[i])
    texts = {up for up, count in held.items() if count > 1}
    top = functools.partial(
        _top,
        texts=texts,
        leaf=leaf,
        parent=parent,
        items=items,
        aside=aside,
        lined=lined,
        chrome=chrome,
        paragraphs=paragraphs,
    )
    best = top(good, bad)
    # The whole page won: a bare page (an AMP page, a minimal theme) has too little chrome outside its text to
    # stop the climb, and a box of prose beside the article (the site's "about us" over its footer) then
    # joins the text. The page's one <article>, else its one <main>, holding most of the prose holds the
    # article: the container is found inside it.
    holder = next((tag for tag in _HOLDER_TAGS if tree.tags.count(tag) == 1), None) if best == 0 else None
    if holder is not None:
        inside = _subtrees({tree.tags.index(holder)}, parent)
        # Of the prose in sight: a theme's hidden pop-ups hold sentences too.
        seen = _seen_prose(tree, good)
        if sum(seen[i] for i in inside) > _ARTICLE_HOLDS * sum(seen):
            found = top(
                [g if i in inside else 0.0 for i, g in enumerate(good)],
                [b if i in inside else 0.0 for i, b in enumerate(bad)],
            )
            if found >= 0:
                best = found
    unseen = best >= 0 and not _seen_text(tree, good, best)
    if unseen and _paragraphs_seen(tree, good, paragraphs, parent[best]):
        # The rest of a text hidden behind a "read more" button, in the element whose first paragraphs are in
        # sight: that element is the text's.
        best = parent[best]
    elif unseen:
        visible = top(_seen_prose(tree, good), bad)
        # ... unless what is seen is a line beside it: a template that hides its whole text until a script
        # shows it (a reveal, a paywall's fade) has only its prompts and labels in sight.
        prose = functools.partial(_prose, good, parent)
        if visible >= 0 and _HIDDEN_OUTWEIGHS * prose(visible) >= prose(best):
            best = visible
    if best < 0:
        return None, []
    run = _run(tree, best, good, bad, leaf=leaf, aside=aside, chrome=chrome)
    item = _item_of(tree, best) if not run else None
    if item is not None:
        # The text goes on in the template's next item, in an element of the container's kind again (KLY's
        # split read-page: "article-content-body__item" each holding an "article-raw-content"): the run is
        # the items'.
        parts = _run(tree, item, good, bad, leaf=leaf, aside=aside, chrome=chrome)
        if parts:
            return order[item], parts
    return order[best], run


# A sibling of the container goes on with its text where it is an element of the container's own tag and
# class, or holds this many prose units (paragraphs, lines), this share of the container's prose and this
# many letters: a site's blurb or a writer's box after the text holds two or three sentences (some 150 to
# 350 letters), a part of a split text more.
_RUN_UNITS = 2
_RUN_SHARE = 0.2
_RUN_LETTERS = 400


def _run(
    tree: _Tree,
    best: int,
    good: list[float],
    bad: list[float],
    *,
    leaf: list[bool],
    aside: set[int],
    chrome: list[bool],
) -> list[int]:
    """The container's siblings its text goes on in, with the container, in document order; empty where
    the text is the container's alone.

    Templates split an article around an ad slot or a box of links into elements side by side (a second
    ``<div>`` of the text's class after the ad); the scorer finds the bigger part, and the elements around
    the parts hold the page's chrome too. From the container outwards, a sibling holding prose joins where
    it is the template's text element again (the container's tag and class) or a part of the text as the
    container is (:func:`_text_part`); a sibling holding no prose (an ad slot, a box of links, a short
    line) may stand between; anything else ends the run (a writer's box, a site's blurb, a sidebar)."""
    parent = tree.parent
    up = parent[best]
    if up < 0 or leaf[best]:
        return []
    siblings = _indices(parent, up)  # the children of up
    if len(siblings) == 1 or headed_by_link(tree.order[best]):
        # A container headed by a linked headline is a teaser: the elements like it beside it are the other
        # teasers of a list (a section page's grid), not the parts of one text.
        return []
    at = siblings.index(best)
    # The container's kind: its tag and class (a scrambled page renames a class the same everywhere); an
    # element without a class is of no kind the template says. Its family: its tag and first class name,
    # which the template's other parts share where it numbers or flags them ("split-page split-page1
    # open", "split-page split-page2"; "item-page", "item-page item-page_hidden").
    kind = (tree.tags[best], tree.classes[best]) if tree.classes[best] else None
    # The families of the parts joined so far: a part that joins as a part of the text (the first page of a
    # split article after its lead's element) brings its family's numbered pages after it.
    families = {f for f in (_family(tree, best),) if f is not None}
    text: float | None = None
    joined = [at]
    for step in (-1, 1):
        k = at + step
        while 0 <= k < len(siblings):
            i = siblings[k]
            a, b = _span(parent, siblings, k)
            units = _units(good, a, b, aside)
            # The template's text element again: itself, wrapped (an AMP page's later pages, each in an
            # <amp-layout> that counts its view, hold a text element of the container's tag and class), or
            # with a flag of its own (a photo listicle's later pages, "item-page item-page_hidden", each its
            # title over a photo or a post: little prose or none).
            same = kind is not None and (_holds_kind(tree, kind, a, b) or _flagged(tree, best, i, b))
            if not units:
                # No prose: an ad slot or a box between the parts, or the template's text element again
                # holding a list or a table alone (a split article's last page: "Hasil Survei Lengkap" over a
                # numbered list), which is the text's.
                if same and not (chrome[i] or i in aside):
                    joined.append(k)
                k += step
                continue
            if chrome[i] or i in aside:
                break
            # The template's text element again (a part of it may be a list, a table, its "Baca juga" lines),
            # a numbered or flagged part of it holding paragraphs of prose (however short: a split article's
            # last page may be two), or a part of the text as the container is.
            if same:
                pass
            elif _family(tree, i) in families:
                if not _numbered_part(tree, units, bad, a, b):
                    break
            else:
                if text is None:
                    text = sum(_units(good, *_span(parent, siblings, at), aside))
                own = sum(good[j] for j in range(a, b) if (j == i or parent[j] == i) and j not in aside)
                if not _text_part(units, own, sum(bad[a:b]), text):
                    break
                if (joining := _family(tree, i)) is not None:
                    families.add(joining)
            joined.append(k)
            k += step
    if len(joined) == 1:
        return []
    return [siblings[k] for k in sorted(joined)]


def _flagged(tree: _Tree, at: int, other: int, end: int) -> bool:
    """Whether element ``other`` (its subtree ending at ``end``) is element ``at`` with a flag of its own, as
    a template marks the later pages of an article it holds whole: the same tag, every class name of
    ``at``'s and more, that modify one of them ("item-page" / "item-page item-page_hidden", "split-page" /
    "split-page split-page2") or, named otherwise (a scrambled page), over a page of its own: a heading in it.
    A utility class added beside them ("row" / "row mt1", a margin) flags no page."""
    mine, theirs = tree.classes[at], tree.classes[other]
    if not (mine and theirs) or tree.tags[at] != tree.tags[other]:
        return False
    own, more = set(mine.split()), set(theirs.split())
    if not own < more:
        return False
    if all(any(flag.startswith(name) for name in own) for flag in more - own):
        return True
    tags = tree.tags
    return any(tags[j] in _HEADING_TAGS for j in range(other + 1, end))


def _holds_kind(tree: _Tree, kind: tuple[str, str | None], a: int, b: int) -> bool:
    """Whether the subtree from ``a`` to ``b`` holds an element of ``kind`` (a tag and its class)."""
    tags, classes = tree.tags, tree.classes
    return any(tags[j] == kind[0] and classes[j] == kind[1] for j in range(a, b))


def _numbered_part(tree: _Tree, units: list[float], bad: list[float], a: int, b: int) -> bool:
    """Whether the container's sibling of its family spanning ``a`` to ``b`` (its prose ``units``) is a part
    of the text: paragraphs of prose, more than its chrome (its "Baca juga" lines, as :func:`_text_part`
    weighs them), under no linked headline. A box of other stories a template names after its text element
    ("box box-related" after "box box-text") holds its excerpts under their linked headlines."""
    if len(units) < _RUN_UNITS or sum(units) <= sum(bad[a:b]):
        return False
    tags = tree.tags
    return not any(tags[j] in _HEADING_TAGS and _linked_headline(tree, j) for j in range(a, b))


def _item_of(tree: _Tree, best: int) -> int | None:
    """The container's parent where the template repeats it, a sibling of its family (:func:`_family`)
    holding an element of the container's own family: the items of an article split into parts (the later
    ones flagged hidden by a class of their own). None where the container stands alone, or its kind or its
    parent's is no class's."""
    parent = tree.parent
    up = parent[best]
    if up < 0 or parent[up] < 0:
        return None
    kind, item_kind = _family(tree, best), _family(tree, up)
    if kind is None or item_kind is None:
        return None
    siblings = _indices(parent, parent[up])
    for k, i in enumerate(siblings):
        if i == up or _family(tree, i) != item_kind:
            continue
        a, b = _span(parent, siblings, k)
        if _flagged(tree, up, i, b):
            # The item again with a flag of its own: a later page of the article, however little prose it
            # holds (a photo listicle's page: its title and its photo).
            return up
        if any(_family(tree, j) == kind for j in range(a + 1, b)):
            return up
    return None


def _family(tree: _Tree, at: int) -> tuple[str, str] | None:
    """Element ``at``'s family: its tag and its first class name, which a template's numbered or flagged
    copies of an element keep ("split-page split-page2", "item-page item-page_hidden"); None for an element
    without a class."""
    cls = tree.classes[at]
    names = cls.split(None, 1) if cls else None
    return (tree.tags[at], names[0]) if names else None


def _span(parent: list[int], siblings: list[int], k: int) -> tuple[int, int]:
    """Sibling ``k``'s subtree: from it to the next sibling; the last one's, to the first element after it
    whose parent stands before it (none of its own does)."""
    start = siblings[k]
    return start, siblings[k + 1] if k + 1 < len(siblings) else _subtree_end(parent, start)


def _subtree_end(parent: list[int], at: int) -> int:
    """Where element ``at``'s subtree ends: its elements follow it in document order, and none of theirs
    has a parent before it; the first element after it that has one is the end."""
    end, n = at + 1, len(parent)
    while end < n and parent[end] >= at:
        end += 1
    return end


def _units(good: list[float], a: int, b: int, aside: set[int]) -> list[float]:
    """The prose units of the subtree from ``a`` to ``b``, a teaser's left out."""
    if aside:
        return [good[j] for j in range(a, b) if good[j] and j not in aside]
    return [g for g in good[a:b] if g]


def _text_part(units: list[float], own: float, chrome: float, text: float) -> bool:
    """Whether a sibling of the container is a part of the text as the container is (``text``: the
    container's prose): several prose ``units`` (:data:`_RUN_UNITS`), much of the text
    (:data:`_RUN_SHARE`, :data:`_RUN_LETTERS`), most of it in paragraphs of its own (``own``; not
    excerpts in a sidebar's items), and more prose than ``chrome`` letters (unweighted: a part of the
    text holds its "Baca juga" lines and captions as the container does)."""
    prose = sum(units)
    return (
        len(units) >= _RUN_UNITS
        and prose >= max(_RUN_SHARE * text, _RUN_LETTERS)
        and own >= _MOST * prose
        and prose > chrome
    )


def _subtrees(roots: set[int], parent: list[int]) -> set[int]:
    """The elements ``roots`` hold, themselves included. An element's subtree follows it in document
    order, each member's parent before it: read from each root on while the parent is already in."""
    inside: set[int] = set()
    n = len(parent)
    for root in sorted(roots):
        if root in inside:
            continue
        inside.add(root)
        j = root + 1
        while j < n and parent[j] in inside:
            inside.add(j)
            j += 1
    return inside


def _lined(tree: _Tree, good: list[float], leaf: list[bool]) -> set[int]:
    """The paragraphs that hold a whole text in lines: prose split by ``<br>`` (old templates write the
    article as one ``<p>``, its paragraphs between ``<br><br>``). Such a paragraph may be the container
    itself; an ordinary paragraph's text is its container's."""
    return {i for i in tree.broken() if good[i] and leaf[i]}


def _top(
    good: list[float],
    bad: list[float],
    leaf: list[bool],
    parent: list[int],
    items: set[int],
    *,
    aside: set[int],
    lined: set[int],
    chrome: list[bool],
    paragraphs: list[bool],
    texts: set[int],
) -> int:
    """The index of the element with the best subtree score, or -1 when none scores above 0. The text of
    an item of a feed (``items``) stays with the item: its chrome counts against the feed, its text not.
    The elements marked ``aside`` (a feed's teasers and what they hold) are no candidates.

    A ``<div>`` written as a paragraph is no candidate where its element holds other paragraphs of prose
    (``texts``): it is one of that element's paragraphs, as a ``<p>`` is, and a long one alone would
    outscore the text's element, which holds the text's "Baca juga" lines and captions too.

    A paragraph holding the text in lines (``lined``) is a candidate too where it stands alone
    (:func:`_stands_alone`): a box of other stories or comments beside it must not lose the article.

    A box read as one block of chrome (``chrome``: named or headed as comments, other stories, sharing)
    counts against the elements above the one it sits in, not against that one where it sits among the
    text's own paragraphs (the element holds most of its subtree's prose in its own ``<p>`` children,
    ``paragraphs``, or its own text): a CMS appends its share bar, related posts and comment form inside
    the text's element (WordPress's ``entry-content``), and the walk sets such a box aside whole. Held
    against the text's element, a box of a few teasers outweighs a short regional story and the page loses
    its text; held against the elements above, it still stops the climb to the page column."""
    n = len(good)
    tree_good = [0.0] * n
    tree_bad = list(bad)
    # Each element's own prose (its text and its <p> paragraphs', not a pull quote's or a list item's) and
    # the chrome boxes it holds beside them, in the pass that gives each paragraph's prose to its element.
    # One pass bottom up: an element's subtree follows it in document order, so when it is reached its own
    # prose and its children's subtree sums are all in, and it hands them to its parent (the sums are of
    # whole letter counts, exact in any order).
    own = [0.0] * n
    boxed = [0.0] * n
    # Each candidate's score (None: no candidate). An element's is read in the same pass, once its sums are
    # all in (its subtree follows it, so it is reached after all of it) and before they go to its parent.
    scores: list[float | None] = [None] * n
    for i in range(n - 1, -1, -1):
        g = good[i]
        if not (g or tree_good[i] or tree_bad[i]):
            # No letter in its subtree (an icon, an empty wrapper, a short line and what holds only such: two
            # thirds of a page's elements): it scores 0, no candidate, and hands its parent nothing (its
            # chrome boxes are in its sums: none either).
            continue
        up = parent[i]
        if leaf[i]:
            if up < 0:  # a paragraph walked as the page (a caller's fragment)
                tree_good[i] += g
            else:
                tree_good[up] += g
                if paragraphs[i]:
                    # A quote's prose may stand in paragraphs of its own (a <p>'s subtree holds no block: the
                    # parser ends the <p> where one begins), all of it the quote's.
                    own[up] += g + tree_good[i]
        else:
            tree_good[i] += g
            own[i] += g
            # A paragraph written as a <div> (all its subtree's prose its own text) is a paragraph of its
            # element's own as a <p> is (detik's template, and old ones that write each line in a <div>).
            written = g and paragraphs[i] and tree_good[i] == g and up >= 0
            if written:
                own[up] += g
            if not (aside and i in aside) and not (written and up in texts):
                # The text's element holds most of its subtree's prose as paragraphs of its own: its boxes are
                # spared (a pull quote left beside a page's boxes of other stories, its text gone to a script,
                # is no text's element).
                spared = boxed[i] if own[i] >= _MOST * tree_good[i] else 0.0
                scores[i] = tree_good[i] - _BAD_WEIGHT * (tree_bad[i] - spared)
        if up < 0:  # the root
            continue
        if chrome[i]:
            boxed[up] += bad[i]
        elif boxed[i] and not tree_good[i] and not leaf[i] and boxed[i] >= _MOST * tree_bad[i]:
            # A box of such blocks and no prose (cards of other stories under a heading no markup names) is
            # one such box itself.
            boxed[up] += tree_bad[i]
        if i not in items:
            tree_good[up] += tree_good[i]
        tree_bad[up] += tree_bad[i]
    # A paragraph of lines is judged by the element around it, whose sums are in only now.
    for i in lined:
        if leaf[i] and not (aside and i in aside) and _stands_alone(i, good, tree_good, tree_bad, parent):
            scores[i] = good[i] + tree_good[i] - _BAD_WEIGHT * tree_bad[i]
    winners = _lineage_winners(scores, parent)
    # The prose each winner holds: a paragraph of lines holds its own too (its subtree's went to it above).
    prose = {i: tree_good[i] + (good[i] if leaf[i] else 0.0) for i in winners}
    return _most_prose(winners, scores, prose)


def _lineage_winners(scores: list[float | None], parent: list[int]) -> list[int]:
    """The candidates that score above 0 and best their line: above every element inside them and no lower
    than any element around them (of equals, the inner one wins), in document order.

    Only candidates scoring above 0 can beat one, so only their lines are walked, not every element: each
    climbs to the elements around it until it meets one that already knows as good a score inside it (all
    further up know it too)."""
    positive = [i for i, s in enumerate(scores) if s is not None and s > 0]
    inside: dict[int, float] = {}
    for i in positive:
        s = cast("float", scores[i])
        up = parent[i]
        while up >= 0 and inside.get(up, 0.0) < s:
            inside[up] = s
            up = parent[up]
    # The best score around each candidate: that of the nearest candidate above it, or what is around that
    # one (document order puts it first).
    around: dict[int, float] = {}
    winners = []
    for i in positive:
        s = cast("float", scores[i])
        up = parent[i]
        while up >= 0 and up not in around:
            up = parent[up]
        above = max(around[up], cast("float", scores[up])) if up >= 0 else 0.0
        around[i] = above
        if s >= above and s > inside.get(i, 0.0):
            winners.append(i)
    return winners


def _most_prose(winners: list[int], scores: list[float | None], prose: dict[int, float]) -> int:
    """Of the lines' winners, the one holding the most prose (of equals, the better score): -1 for none.

    The score (prose less weighted chrome) decides how far up a text's container reaches: the chrome of a
    page column stops the climb. Between elements apart, it is the amount of prose that tells the article:
    a clean box of a few lines (a footer's "about us", a sidebar's blurb) scores above an article whose
    related links, captions and share prompts sit among its paragraphs, and the page lost its text."""
    best = -1
    for i in winners:
        if best < 0 or (prose[i], scores[i]) > (prose[best], scores[best]):
            best = i
    return best


# A paragraph of lines holding this share of its element's prose holds the article's text.
_MOST = 0.8


def _stands_alone(
    i: int, good: list[float], tree_good: list[float], tree_bad: list[float], parent: list[int]
) -> bool:
    """Whether paragraph ``i`` is the text on its own: it holds most of the prose of the element around it,
    and the chrome beside it outweighs that element's text (so the element is no container at all). Where
    the element's score stands above nothing, it stays the container as for any paragraph: it holds the
    closing credit, the related links and the other blocks the reader needs."""
    up = parent[i]
    if up < 0:
        return False
    return good[i] >= _MOST * tree_good[up] and tree_good[up] - _BAD_WEIGHT * tree_bad[up] <= 0


# A feed: at least this many items of one tag side by side, each headed by a linked headline of a few words,
# most of them holding less text than an article's section (a teaser's excerpt is a line or two).
_FEED_ITEMS = 4
_HEADLINE_WORDS = 4
_EXCERPT = 300


def _teaser_items(tree: _Tree, own: str = "") -> tuple[set[int], set[int]]:
    """The items of the feeds on the page: elements of one tag side by side, each headed by a linked
    headline, most of them holding an excerpt; and of those, the teasers (the items holding no more than
    an excerpt). A whole story can stand as one of them ("Today" pages); its text is the item's, never the
    feed's with the excerpts around it, and an item headed by the page's own headline (``own``, a
    :func:`text_key`) is no teaser, however short. An article's sections under linked headings (a list
    of places, each with its own page) hold more than excerpts and are no feed."""
    order, tags, parent = tree.order, tree.tags, tree.parent
    # The headings' indices picked in C (a comprehension ran a Python step for each of the page's elements).
    heads = list(itertools.compress(range(len(tags)), map(_HEADING_TAGS.__contains__, tags)))
    if len(heads) < _FEED_ITEMS:
        return set(), set()
    # An element's first heading is the first heading after it in document order that it holds: climbing
    # from each heading, the elements after the heading before it.
    groups: dict[tuple[int, str], list[tuple[int, int]]] = {}
    before = -1
    for head in heads:
        at = parent[head]
        while at > before:
            up = parent[at]
            if up < 0:
                break
            groups.setdefault((up, tags[at]), []).append((at, head))
            at = up
        before = head
    items: set[int] = set()
    teasers: set[int] = set()
    for group in groups.values():
        if len(group) < _FEED_ITEMS:
            continue
        headed = [(at, head) for at, head in group if _linked_headline(tree, head)]
        short = [(at, head) for at, head in headed if len(string_of(order[at])) < _EXCERPT]
        if len(headed) >= _FEED_ITEMS and 2 * len(short) > len(headed):
            items.update(at for at, _ in headed)
            teasers.update(at for at, head in short if not own or text_key(string_of(order[head])) != own)
    return items, teasers


def _linked_headline(tree: _Tree, at: int) -> bool:
    """Heading ``at`` links elsewhere (``<h3><a href>..</a></h3>``, ``<a href><h3>..</h3></a>``) and reads
    as a headline."""
    heading = tree.order[at]
    hrefs = [(a.get(b"href") or "").strip() for a in (*heading.iter("a"), *heading.iterancestors("a"))]
    if not any(h and not h.startswith(("#", "javascript:")) for h in hrefs):
        return False
    return len(string_of(heading).split()) >= _HEADLINE_WORDS


# A hidden container stays the text where it holds this many times the prose of the best element in sight.
_HIDDEN_OUTWEIGHS = 4


def _prose(good: list[float], parent: list[int], at: int) -> float:
    """The prose of element ``at``'s subtree."""
    return sum(good[at : _subtree_end(parent, at)])


def _seen_prose(tree: _Tree, good: list[float]) -> list[float]:
    """Each element's prose where the reader sees it, 0 where it is hidden."""
    return [g if g and not tree.unseen(i) else 0.0 for i, g in enumerate(good)]


def _paragraphs_seen(tree: _Tree, good: list[float], paragraphs: list[bool], at: int) -> bool:
    """Whether element ``at`` holds paragraphs of prose of its own (its children) that are seen."""
    return at >= 0 and any(
        paragraphs[i] and good[i] and not tree.unseen(i) for i in _indices(tree.parent, at)
    )


def _seen_text(tree: _Tree, good: list[float], at: int) -> bool:
    """Whether any prose in element ``at``'s subtree is seen."""
    return any(good[i] and not tree.unseen(i) for i in range(at, _subtree_end(tree.parent, at)))


# A story's box tells this many paragraphs at least, each of this many characters: a price box's or a
# widget's <h1> ("12 BULAN") heads no story, and a header box holding the headline and its date holds no text.
_STORY_PARAGRAPHS = 3
_STORY_PARAGRAPH_CHARS = 80


def one_story(
    container: HtmlElement, headline: HtmlElement | None, h1s: Sequence[HtmlElement]
) -> HtmlElement:
    """The box of the story ``headline`` heads, where ``container`` holds other stories too: a page of
    endless scrolling saved after the next stories loaded, each in its own box under its own ``<h1>``
    (``h1s``: the page's). The box is the headline's highest ancestor inside ``container`` that holds no
    other ``<h1>``, where it tells a story and so does another ``<h1>``'s box beside it; ``container``
    otherwise."""
    if headline is None or len(h1s) < 2 or not is_inside(headline, container):
        return container
    inside = [h for h in h1s if h is not headline and is_inside(h, container)]
    if not inside:
        return container
    box = _own_box(headline, container, inside)
    if box is None or not _tells_a_story(box):
        return container
    others = (_own_box(h, container, [headline]) for h in inside)
    return box if any(other is not None and _tells_a_story(other) for other in others) else container


def _own_box(
    heading: HtmlElement, container: HtmlElement, apart: Sequence[HtmlElement]
) -> HtmlElement | None:
    """``heading``'s highest ancestor inside ``container`` that holds none of ``apart``; None where its
    parent holds one already (the heading stands in no box of its own)."""
    # The boxes holding one of ``apart``, read once (lxml keeps one proxy a node while any is alive).
    held = {box for h in apart for box in h.iterancestors()}
    box = None
    for parent in heading.iterancestors():
        if parent is container or parent in held:
            break
        box = parent
    return box


def _tells_a_story(box: HtmlElement) -> bool:
    told = (p for p in box.iter("p") if len(string_of(p).strip()) >= _STORY_PARAGRAPH_CHARS)
    return sum(1 for _ in itertools.islice(told, _STORY_PARAGRAPHS)) >= _STORY_PARAGRAPHS
