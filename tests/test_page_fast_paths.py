"""The fast paths of the page side answer as the plain forms they stand for (pure speed: same results).

Each test writes the reference (the plain walk or check) itself, so a fast path that drifts from it fails
here, not only as a changed page in the goldens.
"""

from __future__ import annotations

from pathlib import Path

import lxml.etree
import lxml.html
import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from beritaparse.dates import find_dates
from beritaparse.lexicon import markup
from beritaparse.page import dom, extract, generic, html, kind, titles
from beritaparse.page.html import load
from beritaparse.page.pagequery import headed_box
from beritaparse.page.pagetree import PageTree
from beritaparse.rules import cues
from beritaparse.rules.candidate import Candidate
from beritaparse.rules.credits import DATE_LINE_LEFTOVER
from beritaparse.rules.strings import fold

_PAGES = sorted(
    p
    for folder in ("pages", "unseen", "nonarticles")
    for p in (Path(__file__).parent / folder).rglob("*.html")
)


def _generic_walk_reference(
    root: lxml.html.HtmlElement,
) -> tuple[list[lxml.html.HtmlElement], list[int], list[int], list[bool]]:
    """The container finder's first pass as first written: a stack of children, every element's class, id,
    style and hidden attributes read on the way down; a box its heading names as chrome is one block. The root
    (``<body>``) is the page, never a box or a skipped element, whatever its class or first heading says.
    A sign-in dialog (a box of the root's holding a password field and no headline) is one block too."""
    order: list[lxml.html.HtmlElement] = []
    parent: list[int] = []
    boxes: list[int] = []
    unseen: list[bool] = []
    stack = [(root, -1, generic._FREE, False)]
    while stack:
        el, up, boxed, hidden = stack.pop()
        tag = el.tag
        attributed = bool(el.attrib)
        kind = generic._FREE
        if up == -1:
            pass  # the root: read, and its children with it
        elif attributed and tag not in markup.FIGURE_TAGS:
            cls, eid = el.get("class"), el.get("id")
            kind = generic._named(f"{cls or ''} {eid or ''}") if cls or eid else generic._FREE
        if up != -1 and (tag in generic._SKIP or tag in markup.FIGURE_TAGS or kind == generic._SKIPPED):
            continue
        if up != -1 and kind == generic._FREE and headed_box(el) is not None:
            kind = generic._ASIDE
        signs_in = el.xpath(".//input[translate(normalize-space(@type), 'PASWORD', 'pasword') = 'password']")
        if up == 0 and kind == generic._FREE and signs_in and not el.xpath(".//h1"):
            kind = generic._ASIDE
        hidden = hidden or (attributed and generic._is_hidden(el, el.get("class")))
        i = len(order)
        order.append(el)
        parent.append(up)
        unseen.append(hidden)
        if kind == generic._ASIDE:
            boxes.append(generic._ASIDE)
            continue
        boxes.append(boxed)
        if tag == "a":
            boxed = generic._IN_LINK
        elif tag in generic._LIST_ITEMS and el.find(".//h1") is None:
            # A list item holding the page's headline is layout (an unclosed element nests the page in it).
            boxed = max(boxed, generic._IN_LIST)
        stack.extend((c, i, boxed, hidden) for c in reversed(el) if isinstance(c.tag, str))
    return order, parent, boxes, unseen


def _assert_walks_alike(root: lxml.html.HtmlElement) -> None:
    order, parent, boxes, unseen = _generic_walk_reference(root)
    tree = generic._walk(root)
    assert len(tree.order) == len(order)
    assert all(a is b for a, b in zip(tree.order, order, strict=True))
    assert tree.tags == [el.tag for el in order]
    assert tree.parent == parent
    assert tree.boxes == boxes
    # Asked in any order (the scorer asks bottom up, for a few elements), the lazy answer is the walk's.
    assert [tree.unseen(i) for i in reversed(range(len(order)))] == unseen[::-1]


@pytest.mark.parametrize("path", _PAGES, ids=lambda p: p.name)
def test_generic_walk_is_the_plain_walk_on_every_page(path: Path) -> None:
    doc = load(path.read_bytes())
    body = doc.find("body")
    _assert_walks_alike(body if body is not None else doc)


_HAND_MADE = (
    # Comments and processing instructions are no elements (a caller's own tree keeps them).
    "<div><!-- c --><p>a<!-- d -->b</p><?pi x?><p class=''>c</p></div>",
    # Hidden by attribute, by style, by class, nested, with chrome and captions inside.
    "<div><div hidden><p>a</p><div class='related'><a href=/x>b</a></div></div>"
    "<div style='display: none'><span class='komentar'>c</span></div>"
    "<section class='x hidden'><ul><li><a href=/y>d</a></li></ul></section>"
    "<div class='caption'><p>e</p></div><figure><figcaption>f</figcaption></figure>"
    "<div id='terkait' style='visibility:hidden'><p>g</p></div><a class='hide' href=/z><b>h</b></a></div>",
    # Skipped subtrees with elements inside, and elements with only a class or only an id.
    "<div><svg><g><text>i</text></g></svg><script>x()</script>"
    "<dl><dt id=k>j</dt><dd class=m>k</dd></dl></div>",
    # A page nested in a list item by an unclosed element: the item holding the <h1>, a list inside it.
    "<div><ul class=share><li><div><h1>t</h1><p>l</p><ul><li><a href=/n>m</a></li></ul></div></li></ul>"
    "</div>",
)


@pytest.mark.parametrize("html", _HAND_MADE)
def test_generic_walk_is_the_plain_walk_on_hand_made_trees(html: str) -> None:
    # A caller's tree from lxml's own parser keeps comments and processing instructions.
    _assert_walks_alike(lxml.html.fragment_fromstring(html))
    _assert_walks_alike(load(f"<html><body>{html}</body></html>".encode()).find("body"))


# Runs of blank bytes around the prefix length, then maybe one byte of text.
_BLANK_BYTES = [b" ", b"\t", b"\n", b"\r", b"\f", b"\v", b"\x00"]
_BLANKS = st.lists(st.sampled_from(_BLANK_BYTES), max_size=8).map(b"".join)
_PADDED = st.builds(
    lambda pad, before, middle, after: b" " * pad + before + middle + after,
    st.integers(min_value=0, max_value=2 * html._BLANK_PREFIX + 2),
    _BLANKS,
    st.sampled_from([b"", b"x", b"<", b"\x01", b"\xc2\xa0", b"\xe3\x80\x80"]),
    _BLANKS,
)


@given(_PADDED)
def test_blank_page_gates_are_the_whole_strip(raw: bytes) -> None:
    assert html._blank_bytes(raw) is (not raw.strip(b" \t\n\r\f\v\x00"))
    text = raw.decode("utf-8")
    assert html._blank_text(text) is (not text.strip())


_SAFETY_BITS = st.sampled_from(
    ["a", "é", "\t", "\n", "\r", "\x00", "\x01", "\x0b", "\x0c", "\x1f", "\x7f", "\ufffe", "\uffff"]
)


@given(st.lists(_SAFETY_BITS, max_size=12).map("".join))
def test_xml_safe_is_the_deleting_translate(text: str) -> None:
    data = text.encode("utf-8")
    # As first written: delete the illegal bytes and see whether the length changed.
    plain = len(data.translate(None, html._ILLEGAL_BYTES)) == len(data) and not {"\ufffe", "\uffff"} & set(
        text
    )
    assert html._xml_safe(data, text) is plain


_STAMP_PIECES = st.lists(
    st.sampled_from(
        # and pieces of years and clocks, run into words and numbers or not ("x2024", "1.30", "2. Jalan")
        ["Senin", "13 Mei 2024", "13:24", "WIB", "|", " ", "Diperbarui", "x", "٢٠٢٤", "²", ".", "20", "19",
         "24", ":", "1", "٣"]
    ),
    max_size=7,
).map("".join)


@settings(deadline=None)  # the first text compiles the date rules
@given(_STAMP_PIECES)
def test_stamp_gate_keeps_every_stamp(text: str) -> None:
    # As first written: every short paragraph's dates read, a stamp being a date with a year or a clock time
    # and at most a short label; inside the text, one with a clock time or alone on its line.
    c = Candidate(text)
    short = len(text) <= extract._STAMP_MAX and not text.endswith(".")
    spans = [
        (len(text) - (m.end - m.start), m.raw)
        for m in find_dates(text)
        if len(text) - (m.end - m.start) <= extract._STAMP_LABEL_MAX and extract._STAMP_PARTS.search(m.raw)
    ]
    # Or, in the header, two stamps or more side by side with a short label ("... WIB Diperbarui ... WIB").
    stamps = [m for m in find_dates(text) if extract._STAMP_PARTS.search(m.raw)]
    paired = len(stamps) >= 2 and len(text) - sum(m.end - m.start for m in stamps) <= extract._STAMP_LABEL_MAX
    header = short and (bool(spans) or paired)
    inside = short and any(
        besides <= DATE_LINE_LEFTOVER or regex.search(r"\d{1,2}[:.]\d\d", raw) for besides, raw in spans
    )
    assert extract._is_stamp(c, header=True) is header
    assert extract._is_stamp(c, header=False) is inside
    # Above the text's first paragraph a heading is read as a paragraph is; below it, never a stamp.
    heading = Candidate(text, kind="heading")
    assert extract._is_stamp(heading, header=True) is header
    assert extract._is_stamp(heading, header=False) is False


def _visible_reference(el: lxml.html.HtmlElement) -> str:
    """An element's visible text as first written: every text node of it but those in a script, style or
    noscript element, by XPath."""
    found = el.xpath("descendant::text()[not(ancestor::script or ancestor::style or ancestor::noscript)]")
    return fold("".join(found))


def _assert_visible_alike(container: lxml.html.HtmlElement, step: int = 1) -> None:
    walker = dom._Walker(None, frozenset())
    walker.coded = dom._coded(container)
    for el in list(container.iter(lxml.etree.Element))[::step]:
        assert walker.visible(el) == _visible_reference(el)
        assert dom.visible_text(el) == _visible_reference(el)


@pytest.mark.parametrize("path", _PAGES[::3], ids=lambda p: p.name)
def test_visible_text_is_the_xpath_on_every_element(path: Path) -> None:
    doc = load(path.read_bytes())
    body = doc.find("body")
    _assert_visible_alike(body if body is not None else doc, step=3)


@pytest.mark.parametrize(
    "html",
    [
        "<div>a <script>x()</script>b<p>c<style>p{}</style><b>d</b></p><noscript><img>e</noscript></div>",
        "<div><p>a<b>b</b></p><p><span><script>x()</script></span>c</p>d</div>",
        # The container itself in a noscript element: none of its text is visible.
        "<div><noscript><div><p>a</p><p>b<b>c</b></p></div></noscript><p>d</p></div>",
    ],
)
def test_visible_text_is_the_xpath_on_hand_made_trees(html: str) -> None:
    root = lxml.html.fragment_fromstring(html)
    _assert_visible_alike(root)
    for inner in root.iter("div", "p"):
        _assert_visible_alike(inner)


def _counters_reference(root: lxml.html.HtmlElement) -> list[tuple[lxml.html.HtmlElement, tuple[int, int]]]:
    """A gallery's counters as first written: every element's text read, in document order."""
    found = []
    for el in root.iter("span", "div", "p", "li"):
        if len(el) > extract._COUNTER_CHILDREN:
            continue
        text = html.text_of(el) if len(el) else el.text or ""
        if len(text) > extract._COUNTER_CHARS:
            continue
        m = cues.SLIDE_COUNTER.fullmatch(text)
        if m is not None:
            found.append((el, (int(m["at"]), int(m["of"]))))
    return found


@pytest.mark.parametrize("path", _PAGES[::2], ids=lambda p: p.name)
def test_slide_counters_are_the_plain_reading_on_every_page(path: Path) -> None:
    doc = load(path.read_bytes())
    assert extract._counters(doc) == _counters_reference(doc)


@pytest.mark.parametrize(
    "markup_",
    [
        "<div><div><span>1/5</span></div><p>Foto <b>2</b> dari <b>5</b></p><div>  3  of  5  </div></div>",
        # A counter beside a long text, and a bare element whose raw text is long but folds short.
        "<div><p>1/3</p><p>" + "kata " * 20 + "</p><span>\n\n\n\n      2 / 3      \n\n\n\n</span></div>",
        "<div><span>1/4<i>" + "x" * 30 + "</i></span><li><b>4</b>/4</li></div>",
    ],
)
def test_slide_counters_are_the_plain_reading_on_hand_made_trees(markup_: str) -> None:
    root = lxml.html.fragment_fromstring(markup_)
    assert extract._counters(root) == _counters_reference(root)


@pytest.mark.parametrize("path", _PAGES[::4], ids=lambda p: p.name)
def test_a_shown_title_part_is_found_as_the_whole_page_xpath_finds_it(path: Path) -> None:
    doc = load(path.read_bytes())
    body = doc.find("body")
    if body is None:
        return
    elements = list(body.iter(lxml.etree.Element))
    parts = {str(titles._NORMALIZED(el)) for el in elements[::7]}
    parts |= {part[: len(part) // 2] for part in list(parts)}
    parts |= {" ".join((doc.findtext(".//title") or "").split())}
    for part in sorted(p for p in parts if p):
        try:
            expected = bool(titles._SHOWN(doc, part=part))
        except (lxml.etree.XPathError, ValueError):
            continue
        assert titles._shows(doc, part) == expected, part


@pytest.mark.parametrize("path", _PAGES[::2], ids=lambda p: p.name)
def test_an_error_line_is_found_as_the_search_of_every_line_finds_it(path: Path) -> None:
    doc = load(path.read_bytes())
    body = doc.find("body")
    expected = body is not None and any(
        len(text) <= kind._NOT_FOUND_LINE and kind._NOT_FOUND.search(text) for text in body.itertext()
    )
    assert kind._shows_not_found(PageTree(doc)) == expected


@pytest.mark.parametrize(
    "markup_",
    [
        "<html><body><div>Halaman yang Anda cari tidak ditemukan.</div></body></html>",
        "<html><body><p>PAGE  NOT\nFOUND</p></body></html>",
        "<html><body><p>Halaman <b>tidak</b> ditemukan</p><p>ada</p></body></html>",
        "<html><body><p>Error 404</p></body></html>",
        "<html><body><p>\u212aonten tidak ditemukan</p></body></html>",
    ],
)
def test_an_error_line_is_found_on_hand_made_pages(markup_: str) -> None:
    doc = lxml.html.document_fromstring(markup_)
    body = doc.find("body")
    expected = any(kind._NOT_FOUND.search(text) for text in body.itertext())
    assert kind._shows_not_found(PageTree(doc)) == expected


@given(st.text(alphabet=st.sampled_from(["a", "K", "s", "I", "\u0130", "\u017f", "\u212a", "é", " ", "Σ"])))
def test_folded_is_the_translated_lower_case(text: str) -> None:
    assert cues.folded(text) == text.translate(cues._ENGINE_LETTERS).lower()
