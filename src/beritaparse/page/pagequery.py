"""Page queries for metadata: safe, fast adapter XPaths, their results as text, text keys, page sources."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

import lxml.etree
import regex

from beritaparse.lexicon import alternation, markup
from beritaparse.page.html import text_of
from beritaparse.rules import cues
from beritaparse.rules.flags import WORDS, lazy
from beritaparse.rules.strings import fold, text_key, unique

if TYPE_CHECKING:
    from collections.abc import Iterable

    from lxml.html import HtmlElement

    from beritaparse.model import RemovedReason
    from beritaparse.outlets.base import Outlet
    from beritaparse.page.pagetree import PageTree

__all__ = [
    "BOLD_STYLE",
    "HIDDEN_STYLE",
    "PageSources",
    "compile_xpath",
    "compiled",
    "fast_xpath",
    "first_step_tokens",
    "fold",
    "headed_box",
    "headed_boxes",
    "opening_text",
    "sign_in_boxes",
    "spaced_text",
    "split_first_step",
    "text_key",
    "unique",
    "value_text",
    "xpath",
]

# libxml2 builds the normalised class string of every element a token test visits; a plain substring test
# first (implied by the token test) skips that work on almost every element.
_TOKEN_TEST = lazy(r"contains\(concat\(' ', normalize-space\(@class\), ' '\), ' (?P<token>[^' ]+) '\)")
# An id test of a first step's predicate (``_TEST``), its quoted value.
_ID_TEST = lazy(r"@id=(?P<value>'[^']*')")


# A first step ``//tag[...]`` (or ``.//tag[...]``) whose first predicate only tests class tokens and ids,
# joined by "and" and "or", and whose further predicates, if any, are plain location paths (``[h6[...]]``,
# see ``_path_predicates_end``): truth values, never a position, so ``descendant::tag[...]`` selects the
# same elements, without the step per node that ``//`` (descendant-or-self::node()/child::) makes libxml2
# take (half the cost of such a step on a news page).
_TEST = r"(?:contains\(concat\(' ', normalize-space\(@class\), ' '\), ' [^' ]+ '\)|@id='[^']*')"
_FIRST_STEP = lazy(
    rf"^(?P<dot>\.?)//(?P<name>[A-Za-z][\w-]*|\*)(?P<pred>\[{_TEST}(?: (?:and|or) {_TEST})*\])"
)


@functools.lru_cache(maxsize=1024)
def fast_xpath(expr: str) -> str:
    """``expr`` with each class-token test preceded by the plain substring test it implies, and a first step
    ``//tag[...]`` that tests only tokens and ids read as ``descendant::tag[...]``, or, testing class tokens
    alone, as ``descendant::tag/@class[...]/..``, and ids alone, as ``descendant::tag/@id[...]/..`` (same
    results).

    >>> fast_xpath(".//p[contains(concat(' ', normalize-space(@class), ' '), ' a ')]")
    "descendant::p/@class[(contains(., 'a') and contains(concat(' ', normalize-space(.), ' '), ' a '))]/.."
    >>> fast_xpath("//p[@id='x']/b[contains(concat(' ', normalize-space(@class), ' '), ' a ')]")[:69]
    "/descendant::p/@id[. = 'x']/../b[(contains(@class, 'a') and contains("
    >>> fast_xpath("//div[@id='isi']//p")
    "/descendant::div/@id[. = 'isi']/..//p"
    >>> fast_xpath(".//p[@id='a' or @id='b']/span")
    "descendant::p/@id[. = 'a' or . = 'b']/../span"
    >>> fast_xpath(".//p[@id='a'][b]")
    "descendant::p[@id='a'][b]"
    >>> fast_xpath("//div[@id='a'][h6[@id='b'][1]]/p")
    "/descendant::div[@id='a'][h6[@id='b'][1]]/p"
    >>> fast_xpath("//div[@id='a'][1]")
    "//div[@id='a'][1]"
    """
    step = _FIRST_STEP.match(expr)
    if step is not None and _path_predicates_end(expr, step.end()) is not None:
        start = f"{'' if step['dot'] else '/'}descendant::{step['name']}"
        pred = step["pred"]
        alone = step.end() == len(expr) or expr[step.end()] == "/"
        if "@id=" not in pred and alone:
            # Only class tokens, one predicate: tested on the class attributes of the step's elements, whose
            # parents are the elements the step selects. libxml2 spends most of such a step on the test of
            # each element, and an element without a class (a third of a page's) passes no token test.
            tokens = _TOKEN_TEST.sub(_attribute_token_test, pred)
            expr = f"{start}/@class{tokens}/..{expr[step.end() :]}"
        elif alone and "@class" not in pred and " and " not in pred:
            # Only ids, joined by "or", one predicate: tested on the id attributes, as the class tokens are
            # above (few elements have an id; ``[@id='x']`` built the node-set of each element's id to
            # compare it: half an adapter's id steps' instructions, 0.35 -> 0.18 M a tests/pages page).
            ids = _ID_TEST.sub(r". = \g<value>", pred)
            expr = f"{start}/@id{ids}/..{expr[step.end() :]}"
        else:
            expr = f"{start}{expr[step.end('name') :]}"
    return _TOKEN_TEST.sub(lambda m: f"(contains(@class, '{m['token']}') and {m[0]})", expr)


def _attribute_token_test(m: regex.Match[str]) -> str:
    """A class-token test of ``_TOKEN_TEST`` made a test of the class attribute itself (``.``)."""
    token = m["token"]
    return f"(contains(., '{token}') and contains(concat(' ', normalize-space(.), ' '), ' {token} '))"


def _path_predicates_end(expr: str, start: int) -> int | None:
    """Where the first step of ``expr`` ends when what follows its first predicate, from ``start``, is a run
    of predicates that are each a plain location path (a node-set: a truth value, never a position), then
    the next step or the end; None otherwise.

    A predicate is a position when its value is a number: a literal ("[1]", "[-1]", "[.5]") or anything
    with a function or an operator, which :func:`_plain_path` rejects at the predicate's top level.
    """
    at = start
    while at < len(expr) and expr[at] == "[":
        end = _bracket_end(expr, at)
        if end is None:
            return None
        inner = expr[at + 1 : end]
        number = not inner or inner[0] in "0123456789-" or inner[:2].lstrip(".")[:1].isdigit()
        if number or not _plain_path(inner):
            return None
        at = end + 1
    return at if at == len(expr) or expr[at] == "/" else None


def _bracket_end(expr: str, start: int) -> int | None:
    """The index of the "]" that closes the "[" at ``start`` (quotes and nested brackets skipped)."""
    depth = 0
    quote = ""
    for i in range(start, len(expr)):
        ch = expr[i]
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
            if not depth:
                return i
    return None


# An expression that is one location path whose first step ``//tag[...]`` (or ``.//tag[...]``) opens with a
# predicate of class-token and id tests joined by "and" and "or"; further predicates and steps may follow.
_GATED_STEP = lazy(rf"^\.?//(?:[A-Za-z][\w-]*|\*)\[(?P<pred>{_TEST}(?: (?:and|or) {_TEST})*)\]")
_ATOM = lazy(rf"(?:^| (?P<op>and|or) )(?:{_TOKEN_TEST.pattern}|@id='(?P<id>[^']*)')")
# After the first step, at the top level (outside predicates, brackets and quotes): what a location path
# holds. A space, "|", "=", a comma or an operator there would make the expression something else (a union,
# a comparison, a number), which an empty first step does not make empty.
_PATH_REST = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.:/@")


@functools.lru_cache(maxsize=1024)
def first_step_tokens(expr: str) -> tuple[tuple[tuple[str, str], ...], ...] | None:
    """The class tokens and ids an element must have for ``expr`` to select anything, as "or" of "and"s of
    ``("class", token)`` and ``("id", id)``; None when ``expr`` is not of that form (see ``_GATED_STEP``).

    The first step of a location path holds an ancestor-or-self of every node it selects, and every element
    that step selects passes its first predicate: a page whose elements have none of the tokens and ids one
    "and" of that predicate needs, for every "or", gives nothing to the step and so nothing to the
    expression.

    >>> cls = "contains(concat(' ', normalize-space(@class), ' '), ' {} ')"
    >>> first_step_tokens("//div[" + cls.format("a") + " or " + cls.format("b") + " and @id='x']/p[1]")
    ((('class', 'a'),), (('class', 'b'), ('id', 'x')))
    >>> first_step_tokens("//div[" + cls.format("a") + "] | //p") is None
    True
    """
    m = _GATED_STEP.match(expr)
    if m is None or not _plain_path(expr[m.end() :]):
        return None
    alternatives: list[list[tuple[str, str]]] = []
    for atom in _ATOM.finditer(m["pred"]):
        if atom["op"] != "and":
            alternatives.append([])
        alternatives[-1].append(("id", atom["id"]) if atom["token"] is None else ("class", atom["token"]))
    return tuple(tuple(a) for a in alternatives)


@functools.lru_cache(maxsize=1024)
def split_first_step(expr: str) -> tuple[str, str] | None:
    """``expr`` as its first step ``//tag[...]`` (the form :func:`first_step_tokens` reads: class-token and
    id tests, then only path predicates) and the rest of it written on the variable ``$first``, the nodes
    that step selects: "" where nothing follows the step; None for another form.

    The step's further predicates are truth values, never a position, so they filter the step's nodes as
    they filter them in the step, and a path from a node-set gives its nodes in document order, once each:
    ``rest`` with ``$first`` the step's nodes selects what ``expr`` selects.

    >>> cls = "contains(concat(' ', normalize-space(@class), ' '), ' {} ')"
    >>> split_first_step("//div[" + cls.format("a") + "][h6[@id='r']]/h6")[1]
    "$first[h6[@id='r']]/h6"
    >>> split_first_step("//div[" + cls.format("a") + "]")[1], split_first_step("//div[@id='a'][1]/p")
    ('', None)
    """
    step = _FIRST_STEP.match(expr)
    if step is None or first_step_tokens(expr) is None or _path_predicates_end(expr, step.end()) is None:
        return None
    rest = expr[step.end() :]
    return expr[: step.end()], f"$first{rest}" if rest else ""


def _plain_path(rest: str) -> bool:
    """``rest``, what follows a location path's first step, only continues the path: further predicates
    (anything inside brackets) and steps."""
    depth = 0
    quote = ""
    for i, ch in enumerate(rest):
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"":
            if not depth:
                return False
            quote = ch
        elif ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
            if depth < 0:
                return False
        elif not depth and ch not in _PATH_REST and not (ch in "*()" and _step_char(rest, i)):
            return False
    return not depth and not quote


def _step_char(rest: str, i: int) -> bool:
    """A "*" that is a name test (after "/" or "::") or the "()" of a node test (``text()``, ``node()``)."""
    ch = rest[i]
    if ch == "*":
        return rest[:i].endswith(("/", "::"))
    if ch == "(":
        return rest[:i].endswith(("text", "node", "comment")) and rest[i + 1 : i + 2] == ")"
    return rest[i - 1 : i] == "("


HIDDEN_STYLE = lazy(
    "|".join(rf"{regex.escape(p)}\s*:\s*{regex.escape(v)}" for p, v in markup.HIDDEN_STYLES.items()),
    WORDS,
)
"""An inline style that hides its element (``display: none``, ``visibility: hidden``)."""
BOLD_STYLE = lazy(rf"(?<![\w-])font-weight\s*:\s*{alternation(markup.BOLD_WEIGHTS)}(?![\w])", WORDS)
"""An inline style that makes its element's text bold."""


def compile_xpath(expr: str, **options: Any) -> lxml.etree.XPath:
    """``lxml.etree.XPath(expr, **options)`` without EXSLT's regular expressions (``re:test()``), which no
    XPath of the library uses: lxml registers them on every call of an XPath compiled with them, some
    microseconds a call (a third of the call of a short one)."""
    return lxml.etree.XPath(expr, regexp=False, **options)


@functools.lru_cache(maxsize=1024)
def compiled(expr: str) -> lxml.etree.XPath:
    """``expr`` (through :func:`fast_xpath`) compiled once: ``el.xpath(str)`` compiles it on every call.

    Raises ``lxml.etree.XPathSyntaxError`` for a broken expression (not cached, so it raises every time).
    """
    return compile_xpath(fast_xpath(expr))


def xpath(doc: HtmlElement, expr: str) -> list[Any]:
    """Run an XPath; a broken expression, as an adapter may carry, finds nothing."""
    try:
        found = compiled(expr)(doc)
    except (lxml.etree.XPathError, ValueError):
        return []
    if isinstance(found, list):
        return found
    return [found]


def value_text(item: Any, *, prefer_attr: bool = False, spaced: bool = True) -> str:
    """Text of an XPath result: an attribute or text string as is, an element's folded text content
    (``spaced``: with a space between text nodes, for credits and dates; not for headlines)."""
    if isinstance(item, str):
        return fold(item)
    if isinstance(item, lxml.etree._Element):  # noqa: SLF001 (lxml's element type has no public alias)
        if prefer_attr:
            for attr in ("datetime", "content", "data-date", "title"):
                value = item.get(attr)
                if value and value.strip():
                    return fold(value)
        return spaced_text(item) if spaced else text_of(item)
    return ""


def spaced_text(el: HtmlElement) -> str:
    """Text content with a space between text nodes, so "Nama<br>Editor:" stays two words."""
    return fold(" ".join(el.itertext()))


class PageSources:
    """What a page's metadata is read from: its tree, its outlet's adapter, JSON-LD, meta tags, site names,
    and the whole-tree reads shared with the page's other readers.

    Not an attrs class: only :func:`beritaparse.page.metadata.extract` makes one, and an attrs class costs
    about a millisecond to create at import (issue 14).
    """

    __slots__ = ("doc", "ld", "metas", "outlet", "sites", "tree")

    def __init__(  # noqa: PLR0917 (the six sources, made in one place)
        self,
        doc: HtmlElement,
        outlet: Outlet | None,
        ld: list[dict[str, Any]],
        metas: dict[str, list[str]],
        sites: tuple[str, ...],
        tree: PageTree,
    ) -> None:
        self.doc = doc
        self.outlet = outlet
        self.ld = ld
        self.metas = metas
        self.sites = sites
        self.tree = tree

    def outlet_values(self, exprs: Iterable[str], *, prefer_attr: bool = False) -> list[str] | None:
        """Texts the outlet's XPaths select, or None when none of them matches anything."""
        for expr in exprs:
            # An XPath for another template of the outlet is answered without a walk over the tree, and one
            # whose first step another field's XPath took reads that step's nodes again (see PageTree.select).
            found = self.tree.select(expr)
            if found:
                return [t for t in (value_text(i, prefer_attr=prefer_attr) for i in found) if t]
        return None


_HEADINGS = markup.HEADING_TAGS
# The page itself is never a box, whatever heading opens it.
_PAGE_TAGS = frozenset({"html", "body"})


def headed_box(el: HtmlElement) -> RemovedReason | None:
    """What ``el`` is by the heading that opens it: its first element is a heading (or a wrapper holding
    only one) naming related links, other stories, comments or sharing ("Berita Terkait", "Terpopuler",
    "12 Komentar", :func:`beritaparse.rules.cues.box_heading`); None otherwise.

    >>> import lxml.html
    >>> str(headed_box(lxml.html.fragment_fromstring("<div><h3>12 Komentar</h3><p>Bagus.</p></div>")))
    'not-content'
    """
    if not len(el) or el.tag in _PAGE_TAGS:
        return None
    first = el[0]
    tag = first.tag
    if tag not in _HEADINGS:
        # A wrapper of the heading alone ("<div class=title><h3>Terpopuler</h3></div>").
        if not isinstance(tag, str) or len(first) != 1 or (first.text or "").strip():
            return None
        first = first[0]
        if first.tag not in _HEADINGS:
            return None
    return cues.box_heading(first.text_content())


def headed_boxes(root: HtmlElement, headings: Iterable[HtmlElement] | None = None) -> set[HtmlElement]:
    """Every element under ``root`` that :func:`headed_box` names, found from the headings (a page has far
    fewer headings than elements): the heading's parent when the heading opens it, and the grandparent when
    that parent wraps the heading alone and opens the grandparent. ``headings``: the headings of ``root``
    and its subtree in document order, where the caller has them already (each search for them is a walk of
    the whole subtree)."""
    found: set[HtmlElement] = set()
    for heading in root.iter(*_HEADINGS) if headings is None else headings:
        box = heading.getparent()
        if box is None or box[0] is not heading or cues.box_heading(heading.text_content()) is None:
            continue
        if box.tag not in _PAGE_TAGS:
            found.add(box)
        outer = box.getparent()
        if outer is None or outer.tag in _PAGE_TAGS:
            continue
        if outer[0] is box and len(box) == 1 and not (box.text or "").strip():
            found.add(outer)
    return found


def sign_in_boxes(
    root: HtmlElement, headline: HtmlElement | None = None, fields: Iterable[HtmlElement] | None = None
) -> set[HtmlElement]:
    """The page's sign-in and sign-up dialogs: each box of the page's top level (a child of ``root``) that
    holds a password field and neither the headline (``headline``, any ``<h1>``) nor, so, the article.

    A template writes its dialogs (log in, register, reset a password) at the top level of the page, where a
    script shows them on demand, and hides them with a class of its stylesheet; where that class is unknown
    (a theme's own name, a page with its class names renamed) their messages read as sentences ("Kami telah
    mengirimkan link aktivasi melalui email ...") and outweighed a short or paywalled story. No article's
    text holds a password field. Only a top-level box is taken: one that holds the headline is the page's
    wrapper, and a sign-in form inside the article's box (a paywall's prompt) leaves the text around it.
    ``fields``: the ``<input>`` elements of ``root`` and its subtree, where the caller has them already."""
    found: set[HtmlElement] = set()
    for field in root.iter("input") if fields is None else fields:
        if (field.get("type") or "").strip().lower() != "password":
            continue
        box = field
        up = box.getparent()
        while up is not None and up is not root:
            box, up = up, up.getparent()
        if up is None or box in found:
            continue
        if next(box.iter("h1"), None) is None and (headline is None or box not in headline.iterancestors()):
            found.add(box)
    return found


# How much of a box's opening text tells what opens it.
_OPENING = 120


def opening_text(el: HtmlElement) -> str:
    """The first text in ``el`` (its first element's that holds any, or a leaf's tail: "<img> Subscribe"),
    folded, at most :data:`_OPENING` characters; "" when it holds none."""
    for node in el.iter():
        if not isinstance(node.tag, str) or node.tag in markup.SILENT_TAGS:
            continue
        text = node.text
        if text and not text.isspace():
            return fold(text[:_OPENING])
        tail = node.tail
        if node is not el and not len(node) and tail and not tail.isspace():
            return fold(tail[:_OPENING])
    return ""
