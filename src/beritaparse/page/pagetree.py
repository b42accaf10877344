"""One loaded page's whole-tree reads, each made once and shared by every reader that needs it.

:func:`beritaparse.parse` reads a page's meta tags, JSON-LD, headings and ``<link>`` elements in several
places: the outlet by the page's own signals, the metadata, the page-kind rules after the text is read,
the JSON-LD fallback. Each read is a walk over the whole tree (and the JSON-LD read parses its scripts), and
together they cost as much as the readers' own work. A :class:`PageTree` makes each read once, when it is
first asked for.

The tree may lose elements between two reads: the adapter's ``drop`` XPaths remove boilerplate from the text
container before the page-kind rules run. Whoever removes an element tells :meth:`PageTree.dropped` first,
and every read that held an element of the removed subtree is made again (or filtered), so a reader sees
what a fresh read of the tree would give.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

import lxml.etree

from beritaparse.lexicon import markup
from beritaparse.page.pagequery import compile_xpath, compiled, first_step_tokens, split_first_step, xpath
from beritaparse.page.structured import is_json_ld, meta_tags, read_json_ld

if TYPE_CHECKING:
    from collections.abc import Sequence

    from lxml.html import HtmlElement

__all__ = ["PageTree", "subtree_class_text"]

_HEADINGS = tuple(sorted(markup.HEADING_TAGS))
_HEADING_SET = frozenset(_HEADINGS)
_ANY_HEADING = "h1-h6"  # the key of every heading in ``PageTree._read_elements`` (no tag is named so)
# The elements of an RSS or Atom feed served as a web page (the page-kind rules test for one). A news page
# has none, and the walk pays nothing for a name its document lacks (lxml matches only the names the
# document's dictionary holds): a look-up of each by ``find(".//channel")`` walked the whole tree.
_FEED_TAGS = ("channel", "item", "feed", "entry")
# The tags whose elements a read below holds, directly or in what it made of them.
_READ_TAGS = ("meta", "script", "link", "body", *_HEADINGS, *_FEED_TAGS)
# Every class attribute of the page run together, and every id, each in one string made in libxml2 (EXSLT's
# str:concat): a token or id no element has is not in it (a string made of the attributes holds each of them
# whole). Two walks over the attributes cost less than one over their union, which libxml2 sorts.
_EXSLT = {"str": "http://exslt.org/strings"}
# Tags a news page holds by the hundred, whose elements a read of each one's class costs more than the
# whole page's class text (see PageTree._step_class_text); "*" is every element.
_MANY = frozenset({"*", "a", "li", "span", "p", "img", "i", "b", "strong", "em", "td", "tr", "option"})
_CLASS_TEXT = compile_xpath("str:concat(/descendant::*/@class)", namespaces=_EXSLT)
_ID_TEXT = compile_xpath("str:concat(/descendant::*/@id)", namespaces=_EXSLT)
_SUBTREE_CLASS_TEXT = compile_xpath("str:concat(descendant-or-self::*/@class)", namespaces=_EXSLT)


def subtree_class_text(el: HtmlElement) -> str:
    """The class attributes of ``el`` and its descendants run together, as :attr:`PageTree.class_text` is
    for the page: a class word none of them has is not in it."""
    return str(_SUBTREE_CLASS_TEXT(el))


class PageTree:
    """The whole-tree reads of the page whose root is ``doc``, each made on first use."""

    def __init__(self, doc: HtmlElement) -> None:
        self.doc = doc
        # The page's own address for each address a caller gave (see addresses.canonical_url): the outlet
        # is found by it and the metadata reads it again, and each read cleans every candidate address.
        self.canonical: dict[str | None, str | None] = {}
        # The nodes of each adapter XPath's first step read by select(), by the step ("//div[...]"): an
        # outlet's fields often open on one box (its credits box for the writer and the editor, its header
        # for the date and the writer), and each step is a walk over the whole tree.
        self._steps: dict[str, list[Any]] = {}
        # The elements of each tag a first step names that have a class, with it, read once (see _first_step).
        self._classes: dict[str, list[tuple[HtmlElement, str]]] = {}
        # The elements of the subtrees dropped since, and the tags whose lists still hold some of them: a list
        # is read again (a walk over the whole tree) only for a tag no list holds; one from before a drop
        # loses the dropped subtrees' elements when it is next read, as a fresh read gives it.
        self._gone: set[HtmlElement] = set()
        self._stale: set[str] = set()
        # The classes of each tag's elements run together, for the gate of may_select (_step_class_text).
        self._class_words: dict[str, str] = {}
        # The element showing the page's headline, once the metadata reader found it (None: none shows it):
        # the page's kind is judged by where its text stands from it too.
        self.headline: HtmlElement | None = None

    @functools.cached_property
    def _read_elements(self) -> dict[str, list[HtmlElement]]:
        """The page's elements of each tag of ``_READ_TAGS``, and under ``_ANY_HEADING`` its headings of
        every level, each list in document order, from one walk of the tree. A walk over every element
        costs about the same whichever tags it keeps (0.18 ms a corpus page for the ``<meta>`` elements,
        0.23 for all of these): one walk, not one a read; each element's tag is read once (lxml makes a new
        string per read)."""
        found: dict[str, list[HtmlElement]] = {tag: [] for tag in (*_READ_TAGS, _ANY_HEADING)}
        headings = found[_ANY_HEADING]
        for element in self.doc.iter(*_READ_TAGS):
            tag = element.tag
            found[tag].append(element)
            if tag in _HEADING_SET:
                headings.append(element)
        return found

    @functools.cached_property
    def metas(self) -> dict[str, list[str]]:
        """:func:`~beritaparse.page.structured.meta_tags` of the page."""
        return meta_tags(self.doc, elements=self._read_elements["meta"])

    @functools.cached_property
    def _json_ld(self) -> tuple[list[dict[str, Any]], set[str]]:
        return read_json_ld(self.doc, scripts=self._read_elements["script"])

    @property
    def ld(self) -> list[dict[str, Any]]:
        """:func:`~beritaparse.page.structured.json_ld` of the page."""
        return self._json_ld[0]

    @property
    def ld_types(self) -> set[str]:
        """:func:`~beritaparse.page.structured.ld_all_types` of the page."""
        return self._json_ld[1]

    @property
    def headings(self) -> Sequence[HtmlElement]:
        """The page's ``<h1>`` to ``<h6>`` elements in document order."""
        return self._read_elements[_ANY_HEADING]

    def headings_by_level(self, *tags: str) -> list[HtmlElement]:
        """The headings of ``tags``, all of the first tag's in document order, then the second's...: as
        ``[h for tag in tags for h in doc.iter(tag)]`` gives them, from one walk of the tree."""
        found = self.headings
        return [h for tag in tags for h in found if h.tag == tag]

    @property
    def bodies(self) -> Sequence[HtmlElement]:
        """The page's ``<body>`` elements in document order: one, but for a tree built by hand."""
        return self._read_elements["body"]

    @property
    def scripts(self) -> Sequence[HtmlElement]:
        """The page's ``<script>`` elements in document order."""
        return self._read_elements["script"]

    @property
    def links(self) -> Sequence[HtmlElement]:
        """The page's ``<link>`` elements in document order."""
        return self._read_elements["link"]

    def feed_elements(self, tag: str) -> Sequence[HtmlElement]:
        """The page's elements of ``tag``, one of a feed's (``channel``, ``item``, ``feed``, ``entry``), in
        document order, ``doc`` itself among them when it is one."""
        return self._read_elements[tag]

    @functools.cached_property
    def class_text(self) -> str:
        """The class attributes of the page's elements run together (see ``_CLASS_TEXT``). Elements only
        leave the tree after it is made: a token it lacks stays absent from the page."""
        return str(_CLASS_TEXT(self.doc))

    @functools.cached_property
    def id_text(self) -> str:
        """The id attributes of the page's elements run together (see ``_ID_TEXT``): an id it lacks stays
        absent from the page."""
        return str(_ID_TEXT(self.doc))

    def may_select(self, expr: str) -> bool:
        """False when ``expr`` selects nothing on this page, as its first step needs class tokens or ids
        none of the page's elements has (see :func:`~beritaparse.page.pagequery.first_step_tokens`); True
        when it may select something. An adapter's ``//div[...class token...]`` walks the whole tree, and
        most of an adapter's XPaths are for templates the page is not in: one string of the page's classes
        and ids answers them."""
        alternatives = first_step_tokens(expr)
        if alternatives is None:
            return True
        classes = self._step_class_text(expr)
        return any(
            all(value in (classes if attribute == "class" else self.id_text) for attribute, value in atoms)
            for atoms in alternatives
        )

    def _step_class_text(self, expr: str) -> str:
        """A string holding every class of the elements that ``expr``'s first step (``//tag[...]``, a form
        :meth:`may_select` reads) can select: the class attributes of the tag's elements run together, from
        the list :meth:`_first_step` reads of them, else the whole page's (:attr:`class_text`).

        libxml2 reads every element's class for the whole page's, 0.7 M instructions a corpus page, where
        lxml walks the tree for a tag's elements for a tenth of that and reads each class for some 1,300
        more: a tag a page holds a few of (a step's ``<figure>``, ``<time>``) is read for less, and a step
        of ``<div>`` elements that passes the gate reads the tag's list anyway. A tag that most pages hold
        by the hundred (``_MANY``) takes the whole page's. Kept when elements leave the tree: what it holds
        still holds every class left."""
        if self.doc.getparent() is not None:
            return self.class_text  # a step from the document's root: the lists are of ``doc``'s subtree
        tag = expr.lstrip(".").removeprefix("//").partition("[")[0]
        found = self._class_words.get(tag)
        if found is not None:
            return found
        classed = self._classes.get(tag)
        if classed is None:
            if tag in _MANY or "class_text" in self.__dict__:
                return self.class_text
            classed = self._classes[tag] = self._classed(tag)
        found = self._class_words[tag] = " ".join(cls for _, cls in classed)
        return found

    def select(self, expr: str) -> list[Any]:
        """What ``xpath(doc, expr)`` selects (:func:`~beritaparse.page.pagequery.xpath`: a broken expression
        selects nothing), answered without a walk where :meth:`may_select` tells it selects nothing, and from
        the nodes of its first step where another XPath of the same first step read them (see
        :func:`~beritaparse.page.pagequery.split_first_step`)."""
        if not self.may_select(expr):
            return []
        parts = split_first_step(expr)
        if parts is None:
            return xpath(self.doc, expr)
        step, rest = parts
        found = self._steps.get(step)
        if found is None:
            found = self._steps[step] = self._first_step(step)
        if not rest:
            return list(found)
        if not found:
            return []
        return self._from_nodes(rest, found)

    def _first_step(self, step: str) -> list[Any]:
        """The nodes of ``step``, a first step ``//tag[...]`` (or ``.//tag[...]``) that :meth:`select` takes:
        what ``xpath(doc, step)`` selects.

        A page's adapter asks three to five such steps, most of them of ``<div>`` elements, and libxml2
        spends each on its predicate, tested on every element of the tag (some 3,500 instructions an
        element: a page's divs cost as much as a tenth of its parse, for each step). Here the tag's elements
        and their class attributes are read once, and a step whose every "or" needs a class token is tested
        in libxml2 only on the few elements whose class holds such a token's letters: any element the step
        selects is among them, so it selects the same elements, in document order."""
        tag, _, predicate = step.lstrip(".").removeprefix("//").partition("[")
        alternatives = first_step_tokens(step)
        # The walk below is of ``doc``'s subtree: the whole document only from its root.
        if alternatives is None or self.doc.getparent() is not None:
            return xpath(self.doc, step)
        tokens = []
        for atoms in alternatives:
            # One token of each "and" suffices (every element it selects has it); the longest, fewest hits.
            needed = [value for attribute, value in atoms if attribute == "class"]
            if not needed:
                return xpath(self.doc, step)  # an "or" of ids alone: no class to look in
            tokens.append(max(needed, key=len))
        classed = self._classes.get(tag)
        if classed is None:
            classed = self._classes[tag] = self._classed(tag)
        elif tag in self._stale:
            self._stale.discard(tag)
            gone = self._gone
            classed = self._classes[tag] = [pair for pair in classed if pair[0] not in gone]
        if len(tokens) == 1:
            token = tokens[0]
            candidates = [el for el, cls in classed if token in cls]
        else:
            candidates = [el for el, cls in classed if any(t in cls for t in tokens)]
        if step.startswith(".") and candidates and candidates[0] is self.doc:
            del candidates[0]  # ".//" from the root: its descendants, not the root itself
        if not candidates:
            return []
        return self._from_nodes(f"$first[{predicate}", candidates)

    def _classed(self, tag: str) -> list[tuple[HtmlElement, str]]:
        """The page's elements of ``tag`` (``*``: all) that have a class, each with its class, in document
        order. lxml's iterator and a read of each class cost half what the XPath ``//tag/@class`` does, whose
        strings are each made with their element: the iterator makes the elements alone, in C."""
        elements = self.doc.iter(lxml.etree.Element if tag == "*" else tag)
        # Named in bytes: lxml encodes a str name on every read.
        return [(el, cls) for el in elements if (cls := el.get(b"class"))]

    def _from_nodes(self, expr: str, nodes: list[Any]) -> list[Any]:
        """What ``expr``, written on the variable ``$first``, selects with ``nodes`` for it (as
        :func:`~beritaparse.page.pagequery.xpath`: a broken expression selects nothing)."""
        try:
            selected = compiled(expr)(self.doc, first=nodes)
        except (lxml.etree.XPathError, ValueError):
            return []
        return selected if isinstance(selected, list) else [selected]

    def dropped(self, element: HtmlElement) -> None:
        """``element`` is about to be removed from the tree: forget the reads that held part of it."""
        # The address may come from microdata on any element; a first step's nodes, from anywhere.
        self.canonical.clear()
        self._steps.clear()
        if self._classes:
            # Only elements leave the tree, and a first step reads each element's own class alone: the lists
            # without the subtree's elements are what a fresh read finds.
            self._stale.update(self._classes)
            self._gone.update(element.iter())
        gone = set(element.iter(*_READ_TAGS))
        if not gone:
            return
        cached = self.__dict__
        # The one walk's lists lose them too (the headings and links are read from them): a read made after
        # the drop sees what a fresh walk does.
        if "_read_elements" in cached:
            self._read_elements = {
                tag: [e for e in found if e not in gone] for tag, found in self._read_elements.items()
            }
        if any(e.tag == "meta" for e in gone):
            cached.pop("metas", None)
        # Ad slots and embeds the drops take out hold scripts; only a JSON-LD script changes the JSON-LD read.
        if any(e.tag == "script" and is_json_ld(e) for e in gone):
            cached.pop("_json_ld", None)
