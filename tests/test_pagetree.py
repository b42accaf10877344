"""The page's shared whole-tree reads give what a fresh read of the tree gives, before and after drops."""

from __future__ import annotations

import pathlib

import lxml.etree
import lxml.html
import pytest

from beritaparse.outlets import OUTLETS
from beritaparse.page import kind
from beritaparse.page.archives import strip_archive_chrome
from beritaparse.page.html import load
from beritaparse.page.pagequery import compiled, first_step_tokens
from beritaparse.page.pagetree import PageTree
from beritaparse.page.structured import json_ld, ld_all_types, meta_tags
from beritaparse.page.topics import _LINK_TEXTS

ROOT = pathlib.Path(__file__).parent
PAGES = sorted((ROOT / "pages").rglob("*.html"))

_PAGE = b"""<html><head><title>Judul</title>
<meta property="og:title" content="Judul Berita">
<link rel="canonical" href="https://a.example/1">
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Judul"}</script>
</head><body><h2>Dua</h2><h1>Satu</h1>
<div id="isi"><h3>Tiga</h3><p>Teks</p>
<div class="box"><h1>Kotak</h1><meta itemprop="datePublished" content="2024-05-13">
<link rel="next" href="/1/2"><script type="application/ld+json">{"@type": "CollectionPage"}</script></div>
<div class="share"><p>Bagikan</p></div></div><h2>Akhir</h2></body></html>"""


def _fresh(tree: PageTree) -> tuple[object, ...]:
    doc = tree.doc
    return (
        meta_tags(doc),
        json_ld(doc),
        ld_all_types(doc),
        list(doc.iter("h1", "h2", "h3", "h4", "h5", "h6")),
        list(doc.iter("link")),
    )


def _shared(tree: PageTree) -> tuple[object, ...]:
    return (tree.metas, tree.ld, tree.ld_types, tree.headings, tree.links)


def test_reads_equal_fresh_reads() -> None:
    tree = PageTree(load(_PAGE))
    assert _shared(tree) == _fresh(tree)
    levels = tree.headings_by_level("h1", "h2", "h3")
    assert [h.text for h in levels] == ["Satu", "Kotak", "Dua", "Akhir", "Tiga"]


@pytest.mark.parametrize("box", ["box", "share", "isi"])
def test_reads_after_a_drop_equal_fresh_reads(box: str) -> None:
    # The reads are made, then a subtree goes (as an adapter's drop XPaths take boilerplate out): whatever
    # it held must be gone from the reads too, and nothing else.
    tree = PageTree(load(_PAGE))
    before = _shared(tree)
    element = next(e for e in tree.doc.iter("div") if e.get("class") == box or e.get("id") == box)
    tree.dropped(element)
    element.drop_tree()
    after = _shared(tree)
    assert after == _fresh(tree)
    if box == "share":
        assert after == before
    else:
        assert after != before


@pytest.mark.parametrize("box", ["box", "share", "isi"])
def test_reads_first_made_after_a_drop_equal_fresh_reads(box: str) -> None:
    # The one walk for meta, script, link and heading elements is made by the first read; the reads made
    # only after a drop take its list as the drop left it, not as the page was.
    tree = PageTree(load(_PAGE))
    assert tree.headings
    element = next(e for e in tree.doc.iter("div") if e.get("class") == box or e.get("id") == box)
    tree.dropped(element)
    element.drop_tree()
    assert _shared(tree) == _fresh(tree)


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.parent.name + "/" + p.name)
def test_one_walk_reads_equal_fresh_reads_on_pages(path: pathlib.Path) -> None:
    # The reads from one walk for all their tags against each read's own walk of the tree.
    tree = PageTree(load(path.read_bytes()))
    assert _shared(tree) == _fresh(tree)


@pytest.mark.parametrize("path", PAGES[::5], ids=lambda p: p.parent.name + "/" + p.name)
def test_headings_by_level_as_one_walk_per_tag(path: pathlib.Path) -> None:
    doc = load(path.read_bytes())
    tags = ("h1", "h2", "h3")
    assert PageTree(doc).headings_by_level(*tags) == [h for tag in tags for h in doc.iter(tag)]


_CLS = "contains(concat(' ', normalize-space(@class), ' '), ' {} ')"


@pytest.mark.parametrize(
    ("expr", "tokens"),
    [
        (f"//div[{_CLS.format('a')}]", ((("class", "a"),),)),
        (
            f".//div[{_CLS.format('a')} and {_CLS.format('b')}]/p[1]//text()",
            ((("class", "a"), ("class", "b")),),
        ),
        (
            f"//*[{_CLS.format('a')} or @id='x' and {_CLS.format('b')}][h6]//*",
            ((("class", "a"),), (("id", "x"), ("class", "b"))),
        ),
        (f"//div[{_CLS.format('a')}][position() = 1]/@href", ((("class", "a"),),)),
        ("//div[@id='isi']//p", ((("id", "isi"),),)),
        # Not one location path, or a first step that is no class/id test: no answer.
        (f"//div[{_CLS.format('a')}] | //p", None),
        (f"//div[{_CLS.format('a')}]/p = 'x'", None),
        (f"//div[{_CLS.format('a')}] or //p", None),
        (f"count(//div[{_CLS.format('a')}])", None),
        (f"(//div[{_CLS.format('a')}])[1]", None),
        (f"//div[not({_CLS.format('a')})]", None),
        (f"//div[@itemprop='a']//p[{_CLS.format('a')}]", None),
    ],
)
def test_first_step_tokens(expr: str, tokens: object) -> None:
    assert first_step_tokens(expr) == tokens


_NESTED = b"""<html><body><div class="a"><h6 class="r">Penulis</h6><h6 class="n">Satu</h6>
<div class="a"><h6 class="r">Editor</h6><h6 class="n">Dua</h6></div></div>
<div class="a"><p>x</p><h6 class="n">Tiga</h6></div><div class="a b"><h6>Empat</h6></div></body></html>"""


@pytest.mark.parametrize(
    "expr",
    [
        f"//div[{_CLS.format('a')}][h6[{_CLS.format('r')}][normalize-space()='Editor']]/h6[{_CLS.format('n')}]",
        f"//div[{_CLS.format('a')}][.//h6[{_CLS.format('r')}]]//h6",
        f"//div[{_CLS.format('a')}][h6][p]/h6",
        # Class tokens alone: tested on the class attributes.
        f"//div[{_CLS.format('a')} and {_CLS.format('b')}]",
        f".//*[{_CLS.format('b')} or {_CLS.format('n')}]",
        f"//div[{_CLS.format('a')}]//h6[{_CLS.format('n')}]",
        # Positions, numbers and expressions stay as written (each would select something else).
        f"//div[{_CLS.format('a')}][1]/h6",
        f"//div[{_CLS.format('a')}][h6][2]/h6",
        f"//div[{_CLS.format('a')}][-1 + 2]/h6",
        f"//div[{_CLS.format('a')}][.5 + .5]/h6",
        f"//div[{_CLS.format('a')}][count(h6)]/h6",
        f"//div[{_CLS.format('a')}][last()]/h6",
    ],
)
def test_fast_form_of_a_step_with_further_predicates_selects_the_same(expr: str) -> None:
    doc = load(_NESTED)
    assert compiled(expr)(doc) == lxml.etree.XPath(expr)(doc)
    assert compiled(expr)(doc.find("body")) == lxml.etree.XPath(expr)(doc.find("body"))


def _adapter_xpaths() -> list[str]:
    found: set[str] = set()
    for outlet in OUTLETS.values():
        for field in (outlet.body, outlet.captions, outlet.title, outlet.authors, outlet.editors):
            found.update(field)
        found.update((*outlet.published, *outlet.tags, *outlet.section))
        found.update(expr for expr, _ in outlet.drop)
    return sorted(found)


@pytest.mark.parametrize("path", PAGES[::2], ids=lambda p: p.parent.name + "/" + p.name)
def test_an_xpath_the_class_gate_answers_selects_nothing(path: pathlib.Path) -> None:
    # Every adapter's XPaths on every page (most on pages of other outlets, where their classes are absent):
    # whenever the gate says an XPath selects nothing, it selects nothing.
    tree = PageTree(load(path.read_bytes()))
    gated = [expr for expr in _adapter_xpaths() if not tree.may_select(expr)]
    assert gated  # the gate answers for most of another outlet's XPaths
    assert [expr for expr in gated if compiled(expr)(tree.doc)] == []


@pytest.mark.parametrize("path", PAGES[1::2], ids=lambda p: p.parent.name + "/" + p.name)
def test_the_gate_from_a_tags_classes_answers_as_the_page_classes(path: pathlib.Path) -> None:
    # Each XPath asked of a fresh tree, so that the gate reads its step's tag's classes (not the whole page's
    # class text another step made first): it says "nothing" only where nothing is selected, and wherever
    # the page-wide gate says "something", it says so too but for a token no element of the tag has.
    doc = load(path.read_bytes())
    whole = PageTree(doc)
    for expr in _adapter_xpaths():
        tree = PageTree(doc)
        if not tree.may_select(expr):
            assert compiled(expr)(doc) in ([], None, "", 0.0, False), expr
        elif first_step_tokens(expr) is not None:
            assert whole.may_select(expr), expr


def test_the_gate_from_a_tags_classes_after_a_drop() -> None:
    # The tag's classes read before a drop still hold every class the tree keeps; read after it, the
    # tree's own.
    expr = "//div[contains(concat(' ', normalize-space(@class), ' '), ' share ')]/p"
    for before in (True, False):
        tree = PageTree(load(_PAGE))
        if before:
            assert tree.may_select(expr)
        box = tree.doc.find(".//div[@class='box']")
        tree.dropped(box)
        box.drop_tree()
        assert tree.may_select(expr)
        assert tree.may_select(expr.replace("share", "box")) is before
        assert tree.select(expr) == compiled(expr)(tree.doc) != []


# --- whole-tree passes written cheaper select what the plain forms select --------------------------------

_TOOLBAR = (
    "<!-- BEGIN WAYBACK TOOLBAR INSERT --><div id='wm-ipp-base'><div id='wm-ipp'>The Wayback Machine</div>"
    "</div><p>between</p><div id='donato'>Donate</div><!-- END WAYBACK TOOLBAR INSERT -->"
)


@pytest.mark.parametrize("path", PAGES[::3], ids=lambda p: p.parent.name + "/" + p.name)
def test_whole_tree_passes_select_as_the_plain_forms(path: pathlib.Path) -> None:
    html = path.read_text("utf-8", errors="replace")
    at = html.find(">", html.find("<body")) + 1
    for page in (
        html,
        html[:at] + _TOOLBAR + html[at:],
        html[:at] + _TOOLBAR.replace("wm-ipp", "x") + html[at:],
    ):
        doc = load(page)
        # load() keeps no comments, so the toolbar is found by its elements alone.
        assert doc.xpath("//comment()") == []
        by_elements, by_ids = load(page), load(page)
        strip_archive_chrome(doc)
        strip_archive_chrome(by_elements, comments=False)
        strip_archive_chrome(by_ids, comments=False, ids=PageTree(by_ids).id_text)
        assert lxml.etree.tostring(by_elements) == lxml.etree.tostring(doc)
        assert lxml.etree.tostring(by_ids) == lxml.etree.tostring(doc)
        assert _LINK_TEXTS(doc) == doc.xpath("//body//a[@href]//text()", smart_strings=False)


def test_the_toolbar_between_its_comments_goes_where_comments_are_kept() -> None:
    doc = lxml.html.document_fromstring(f"<html><body>{_TOOLBAR}<p>Teks</p></body></html>")
    strip_archive_chrome(doc)
    assert lxml.etree.tostring(doc.find("body")) == b"<body><p>Teks</p></body>"


_TITLES = [
    "<html><head><title>A</title></head><body><svg><title>B</title></svg></body></html>",
    "<html><body><svg><title>Ikon</title></svg><p>x</p></body></html>",
    "<html><body><p>x</p></body></html>",
    "<html><body><channel><item>a</item><item>b</item></channel></body></html>",
    "<html><body><channel><item>a</item></channel><feed><entry>a</entry><entry>b</entry></feed></body></html>",
    "<html><body><feed><entry>a</entry></feed></body></html>",
]


@pytest.mark.parametrize("page", [*_TITLES, *(p.read_bytes() for p in PAGES[::4])])
def test_first_title_as_the_plain_form(page: str | bytes) -> None:
    doc = load(page)
    first = next(doc.iter("title"), None)
    assert kind._Page(PageTree(doc)).title == (
        " ".join(first.text_content().split())[:500] if first is not None else ""
    )


def _plain_feed(doc: lxml.html.HtmlElement) -> bool:
    # The feed test as it read the tree before the page tree's walk held the feed's elements.
    root = doc.getroottree().getroot()
    if root.tag in {"rss", "feed", "rdf:rdf"}:
        return True
    if root.find(".//channel") is not None and len(root.findall(".//item")) >= 2:
        return True
    return root.find(".//feed") is not None and len(root.findall(".//entry")) >= 2


@pytest.mark.parametrize("page", [*_TITLES, *(p.read_bytes() for p in PAGES[::4])])
def test_feed_test_as_the_plain_form(page: str | bytes) -> None:
    doc = load(page)
    tree = PageTree(doc)
    assert kind._is_feed(tree) == _plain_feed(doc)
    # After a drop the walk's lists lose the dropped elements, as a fresh look-up does.
    channel = doc.find(".//channel")
    if channel is not None:
        tree.dropped(channel)
        channel.drop_tree()
        assert kind._is_feed(tree) == _plain_feed(doc)


def test_no_adapter_xpath_uses_regular_expressions() -> None:
    # Adapter XPaths are compiled without EXSLT's regular expressions (pagequery.compile_xpath): one using
    # them would not compile.
    for expr in _adapter_xpaths():
        compiled(expr)
        assert "re:" not in expr


@pytest.mark.parametrize("path", PAGES[::2], ids=lambda p: p.parent.name + "/" + p.name)
def test_select_reads_what_the_xpath_selects(path: pathlib.Path) -> None:
    # Every adapter's XPaths on one tree, so that those opening on one first step read its nodes again, in
    # both orders: select gives what the XPath itself selects.
    exprs = _adapter_xpaths()
    doc = load(path.read_bytes())
    for order in (exprs, exprs[::-1]):
        tree = PageTree(doc)
        for expr in order:
            assert tree.select(expr) == compiled(expr)(doc), expr


def test_select_from_a_shared_first_step_on_nested_boxes() -> None:
    doc = load(_NESTED)
    tree = PageTree(doc)
    exprs = [
        f"//div[{_CLS.format('a')}][h6[{_CLS.format('r')}][normalize-space()='Editor']]/h6[{_CLS.format('n')}]",
        f"//div[{_CLS.format('a')}][h6[{_CLS.format('r')}][normalize-space()='Penulis']]/h6[{_CLS.format('n')}]",
        f"//div[{_CLS.format('a')}]//h6",
        f"//div[{_CLS.format('a')}]",
        f"//div[{_CLS.format('a')}][1]/h6",
    ]
    for expr in exprs:
        assert tree.select(expr) == lxml.etree.XPath(expr)(doc), expr
    assert len(tree._steps) == 1
    # A drop forgets the steps' nodes.
    box = doc.find(".//div/div")
    tree.dropped(box)
    box.drop_tree()
    assert tree.select(exprs[2]) == lxml.etree.XPath(exprs[2])(doc)


_CLASSED = b"""<html class="a"><body class="a b"><div class="read read__time">1</div>
<div class=" read__time  x">2</div><div class="reading">3</div><div id="a" class="z">4</div>
<p class="read"><span class="a">5</span></p><div class="b&#9;read">6</div><div>7</div></body></html>"""


@pytest.mark.parametrize(
    "expr",
    [
        f"//div[{_CLS.format('read')}]",
        f"//div[{_CLS.format('read__time')}]/text()",
        f"//div[{_CLS.format('read')} or {_CLS.format('x')}]",
        f"//div[{_CLS.format('read')} and {_CLS.format('b')}]",
        f"//div[{_CLS.format('z')} and @id='a']",
        f"//div[@id='a' or {_CLS.format('reading')}]",
        f"//*[{_CLS.format('a')}]",
        f".//*[{_CLS.format('a')}]",
        f".//p[{_CLS.format('read')}]/span",
        f"//span[{_CLS.format('nothing')}]",
    ],
)
def test_first_steps_from_the_class_attributes_select_as_the_xpath(expr: str) -> None:
    # A first step is tested in libxml2 only on the elements whose class attribute holds a token's letters
    # (PageTree._first_step): the same nodes as the XPath, in document order, the root among them or not
    # as the step says; an "or" holding an id alone is read by the XPath itself.
    doc = load(_CLASSED)
    tree = PageTree(doc)
    assert tree.select(expr) == lxml.etree.XPath(expr)(doc), expr


@pytest.mark.parametrize("path", PAGES[1::3], ids=lambda p: p.parent.name + "/" + p.name)
def test_select_after_drops_reads_what_the_xpath_selects(path: pathlib.Path) -> None:
    # The tags' lists of classed elements read before drops lose the dropped subtrees' elements (not read
    # again): select gives what the XPath selects on the tree left, drop after drop, a list read between
    # two drops among them.
    exprs = _adapter_xpaths()
    doc = load(path.read_bytes())
    tree = PageTree(doc)
    for expr in exprs:
        tree.select(expr)
    boxes = [el for el in doc.iter("div", "li", "figure", "span") if el.get("class")][1::7]
    for n, box in enumerate(boxes[:6]):
        if box.getparent() is None or not any(a is doc for a in box.iterancestors()):
            continue
        tree.dropped(box)
        box.drop_tree()
        for expr in exprs[n::3]:
            assert tree.select(expr) == compiled(expr)(doc), expr
