"""The fast paths of the metadata readers answer as the plain forms they stand for (pure speed: same results).

Each test writes the reference (the plain loop) itself, so a fast path that drifts from it fails here, not
only as a changed page in the goldens.
"""

from __future__ import annotations

import json
from pathlib import Path

import lxml.etree
import lxml.html
import pytest
from hypothesis import given
from hypothesis import strategies as st

from beritaparse.outlets import NAMES
from beritaparse.page import addresses, bylines, timestamps, titles, topics
from beritaparse.page.html import load, text_of
from beritaparse.page.pagequery import fold, spaced_text, text_key
from beritaparse.page.pagetree import PageTree
from beritaparse.page.structured import meta_first
from beritaparse.rules.credits import looks_like_domain

_PAGES = sorted(
    p
    for folder in ("pages", "unseen", "nonarticles")
    for p in (Path(__file__).parent / folder).rglob("*.html")
)


def _clean_title_reference(title: str, site_names: tuple[str, ...]) -> str:
    """titles.clean_title as first written: every word of a part against every site key in turn."""
    keys = {text_key(n).replace(" ", "") for n in site_names if n}
    keys |= {text_key(n.split(".")[0]).replace(" ", "") for n in site_names if n and "." in n}
    site_keys = frozenset(k for k in keys if k)

    def is_site(part: str) -> bool:
        if looks_like_domain(part):
            return True
        words = text_key(part).split()
        if "".join(words) in site_keys:
            return True
        return any(w in site_keys or any(w.startswith(s) for s in site_keys if len(s) > 3) for w in words)

    parts = [p for p in titles._TITLE_SEP.split(fold(title)) if p]
    while len(parts) > 1 and is_site(parts[-1]):
        parts.pop()
    while len(parts) > 1 and is_site(parts[0]):
        parts.pop(0)
    if len(parts) == 1:
        return parts[0]
    cleaned = fold(title)
    first, last = parts[0], parts[-1]
    start = cleaned.find(first)
    end = cleaned.rfind(last) + len(last)
    return cleaned[start:end] if 0 <= start < end else cleaned


@pytest.mark.parametrize("path", _PAGES, ids=lambda p: p.name)
def test_clean_title_is_the_plain_loop_on_every_page(path: Path) -> None:
    doc = load(path.read_bytes())
    metas = PageTree(doc).metas
    raw = [text_of(doc.find("head/title")), *(meta_first(metas, (k,)) or "" for k in ("og:title", "title"))]
    for title in filter(None, raw):
        for names in ((), tuple(NAMES), ("Contoh.com", "Kom", "Tempo")):
            assert titles.clean_title(title, site_names=names) == _clean_title_reference(title, names)


_WORD = st.sampled_from(["kompas", "Kompas.com", "kom", "komp", "detikNews", "Berita", "x", "Regional", "ab"])


@given(st.lists(_WORD, max_size=6).map(" ".join), st.lists(_WORD, max_size=4).map(" - ".join),
       st.lists(_WORD, max_size=4).map(tuple))  # fmt: skip
def test_clean_title_is_the_plain_loop_on_made_titles(head: str, tail: str, names: tuple[str, ...]) -> None:
    title = f"{head} | {tail}"
    assert titles.clean_title(title, site_names=names) == _clean_title_reference(title, names)


@pytest.mark.parametrize("path", _PAGES[::4], ids=lambda p: p.name)
def test_short_text_is_the_spaced_text_within_its_limit(path: Path) -> None:
    # _short_text reads an element's text once, stopping where it cannot be short: the plain form reads it
    # whole and measures it.
    doc = load(path.read_bytes())
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        text = spaced_text(el)
        for limit in (0, 60, 100):
            assert bylines._short_text(el, limit) == (text if len(text) <= limit else "")


@pytest.mark.parametrize("path", _PAGES[::4], ids=lambda p: p.name)
def test_near_texts_are_the_short_texts_around_the_headline(path: Path) -> None:
    # _NearTexts reads each element once for the byline scans, at the limits they ask in turn, and again
    # where a wider limit is asked of a text longer than the last: each ask gives what _short_text would
    # (every heading of the page taken for the headline, every order of the scans' asks).
    doc = load(path.read_bytes())
    asks = [(bylines._SIGNED_LINE_LOOK, 80), (bylines._DESK_LOOK, 100), (bylines._SIGNED_LINE_LOOK, 160)]
    for heading in [*doc.iter("h1", "h2")][:6]:
        near = [el for _, el in titles.around(heading)][: bylines._NEAR_LOOK]
        for order in (asks, asks[::-1], [asks[1], asks[0], asks[2], asks[0]]):
            texts = bylines._NearTexts(heading)
            for look, limit in order:
                shown = [el for el in near[:look] if el.tag not in bylines._NOT_SHOWN]
                assert list(texts.texts(look, limit)) == [bylines._short_text(el, limit) for el in shown]


_BYLINE_CHARS = st.sampled_from([*"Nama Budi 2024 13:24 Senin, Mei WIB-–—/|·•.:", "\u00a0", "\n"])


@given(st.lists(_BYLINE_CHARS, max_size=40).map("".join))
def test_a_dated_line_holds_a_field_bar(text: str) -> None:
    # _dated_or_desk_line_near tries the dated-line pattern only on texts holding a bar.
    if bylines._DATED_LINE.match(text) is not None:
        assert any(bar in text for bar in bylines._BAR_CHARS)


@pytest.mark.parametrize("path", _PAGES[::3], ids=lambda p: p.name)
def test_canonical_url_cleans_each_address_once(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The canonical link is a candidate and the answer, og:url and twitter:url repeat each other: each
    # (address, base) is cleaned once for a page.
    plain = addresses.clean_url
    asked: list[tuple[str, str | None]] = []

    def counted(address: str, base: str | None = None) -> str | None:
        asked.append((address, base))
        return plain(address, base)

    monkeypatch.setattr(addresses, "clean_url", counted)
    doc = load(path.read_bytes())
    gold = path.with_name(path.name.removesuffix(".html") + ".expected.json")
    given = json.loads(gold.read_text("utf-8")).get("url") if gold.exists() else None
    for url in {None, given, "https://www.example.com/a/b?utm_source=x"}:
        asked.clear()
        addresses.canonical_url(PageTree(doc), url)
        assert asked or url is None
        assert len(asked) == len(set(asked))


_STRING = lxml.etree.XPath("string()")


@pytest.mark.parametrize("path", _PAGES[::2], ids=lambda p: p.name)
def test_text_of_is_the_string_value(path: Path) -> None:
    # text_of reads an element's text by the text serializer: the same as XPath's string(), folded.
    doc = load(path.read_bytes())
    for el in doc.iter():
        assert text_of(el) == fold(str(_STRING(el)))


def test_text_of_elements_with_comments_entities_and_scripts() -> None:
    html = "<div>a<!--c-->b<?pi x?>c &amp; d<script>x = 1;</script><b> e </b></div>"
    el = lxml.html.fragment_fromstring(html)
    entity = lxml.etree.fromstring('<!DOCTYPE r [<!ENTITY e "ENT">]><r>a&e;b<c>d</c></r>')
    for node in (*el.iter(), *entity.iter()):
        if isinstance(node.tag, str):
            assert text_of(node) == fold(str(_STRING(node)))
    assert text_of(el) == "abc & dx = 1; e"


@pytest.mark.parametrize("path", _PAGES, ids=lambda p: p.name)
def test_rel_links_are_the_links_with_a_rel(path: Path) -> None:
    # Found by their @rel's parent, not by a predicate on every link: the same elements in document order.
    doc = load(path.read_bytes())
    assert topics._REL_LINKS(doc) == doc.xpath("/descendant::a[@rel]")


def test_rel_links_of_a_made_tree() -> None:
    doc = lxml.html.document_fromstring(
        "<html><body><a rel='tag' href='/t/a'>a</a><a href='/b'>b</a><p><a rel=''>c"
        "<a rel='category tag'>d</a></a></p><span rel='tag'>e</span></body></html>"
    )
    found = topics._REL_LINKS(doc)
    assert [a.text for a in found] == [a.text for a in doc.xpath("/descendant::a[@rel]")]
    assert [a.get("rel") for a in found] == [a.get("rel") for a in doc.iter("a") if a.get("rel") is not None]


def _credit_text_reference(el: lxml.html.HtmlElement) -> str:
    """bylines._credit_text as first written: the whole box read, then folded, whatever its length."""
    parts: list[str] = []
    for event, node in lxml.etree.iterwalk(el, events=("start", "end")):
        if not isinstance(node.tag, str):
            continue
        boundary = node is not el and node.tag in bylines._LIST_BREAKS
        if event == "start":
            if boundary:
                parts.append(" , ")
            if node.text and node.tag not in {"script", "style"}:
                parts.append(node.text)
        else:
            if boundary:
                parts.append(" , ")
            if node is not el and node.tail:
                parts.append(node.tail)
    return bylines._COMMAS.sub(", ", fold(" ".join(parts))).strip(" ,")


def _within(text: str, limit: int) -> str | None:
    return text if len(text) <= limit else None


@pytest.mark.parametrize("path", _PAGES[::3], ids=lambda p: p.name)
def test_credit_text_is_the_whole_box_within_its_limit(path: Path) -> None:
    # The credit scan stops reading a box once it holds more letters and digits than a credit line can:
    # every element of the page as a box, at the scan's limit and at a small one.
    doc = load(path.read_bytes())
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        whole = _credit_text_reference(el)
        assert bylines._credit_text(el) == _within(whole, bylines._CREDIT_TEXT_MAX)
        assert bylines._credit_text(el, 12) == _within(whole, 12)


_CREDIT_PIECES = st.sampled_from(
    ["Penulis", ":", ",", " ", "\n", "\xa0", "Budi", "é", "7", "\u3000", "-", "\u2028", "\u200b"]
)


@given(
    st.lists(st.lists(_CREDIT_PIECES, max_size=8).map("".join), min_size=1, max_size=8),
    st.sampled_from(["li", "br", "span", "div", "script"]),
    st.integers(min_value=0, max_value=40),
)
def test_credit_text_limit_on_made_boxes(pieces: list[str], tag: str, limit: int) -> None:
    # Commas and white space of many kinds (a zero-width space is none) around the letters and digits:
    # whatever they fold to, the box's text is cut at the limit exactly where the whole text is longer.
    box = lxml.html.fragment_fromstring("<div></div>")
    box.text = pieces[0]
    for piece in pieces[1:]:
        child = lxml.etree.SubElement(box, tag)
        child.text = piece
        child.tail = piece[::-1]
    assert bylines._credit_text(box, limit) == _within(_credit_text_reference(box), limit)


def _date_beside_reference(
    title_el: lxml.html.HtmlElement | None, *, update: bool = False
) -> tuple[object, bool]:
    """timestamps._date_beside as first written: each element's own text folded, then searched for a digit."""
    for level, el in titles.around(title_el):
        if el.tag in {"script", "style"}:
            continue
        own = fold(" ".join(t for t in (el.text, *(c.tail for c in el)) if t))
        if not own or len(own) > 120 or timestamps._DIGIT.search(own) is None:
            continue
        text = spaced_text(el)
        if len(text) > timestamps._BOX_TEXT_MAX or (
            el.tag in timestamps._HEADLINE_TAGS and len(text) > timestamps._SET_STAMP_MAX
        ):
            continue
        value = timestamps._visible_date(text, update=update)
        if value is not None and not timestamps._inside_text(el, title_el):
            return timestamps._with_time_beside(el, value), level < 2
    return None, False


@pytest.mark.parametrize("path", _PAGES[::2], ids=lambda p: p.name)
def test_date_beside_is_the_plain_form(path: Path) -> None:
    # The date beside the headline looks for a digit in an element's own text before folding it: every
    # heading of the page taken for the headline, for the publication time and for an update's.
    doc = load(path.read_bytes())
    for heading in [*doc.iter("h1", "h2", "h3")][:8]:
        for update in (False, True):
            assert timestamps._date_beside(heading, update=update) == _date_beside_reference(
                heading, update=update
            )


def test_date_beside_of_made_boxes() -> None:
    doc = lxml.html.document_fromstring(
        "<html><body><div><h1>Judul Berita</h1><span>\n</span><span>Oleh Budi</span>"
        "<div>Senin,<b>x</b>  13 Mei 2024 <i></i>13:24 WIB</div><p>2024</p></div></body></html>"
    )
    heading = doc.find(".//h1")
    assert timestamps._date_beside(heading) == _date_beside_reference(heading)
    assert timestamps._date_beside(heading)[0] is not None


def _in_card_reference(holder: lxml.html.HtmlElement) -> bool:
    """bylines._in_card as first written: each link's place against the credit's found by climbing."""
    for box in list(holder.iterancestors())[:2]:
        if bylines._short_text(box, bylines._CARD_TEXT_MAX) == "" or next(box.iter("h1"), None) is not None:
            return False
        for link in box.iter("a"):
            if link is holder or holder in link.iterancestors() or link in holder.iterancestors():
                continue
            if len(spaced_text(link).split()) >= bylines._HEADLINE_MIN_WORDS:
                return True
    return False


@pytest.mark.parametrize("path", _PAGES[::3], ids=lambda p: p.name)
def test_in_card_is_the_plain_form(path: Path) -> None:
    # Every element of the page as a credit's holder: the links of the credit itself (inside it, around it)
    # are left out by sets, not by a climb from each link.
    doc = load(path.read_bytes())
    for el in doc.iter():
        if isinstance(el.tag, str):
            assert bylines._in_card(el) == _in_card_reference(el)


def test_in_card_of_made_cards() -> None:
    doc = lxml.html.document_fromstring(
        "<html><body><div><a href='/s'>Judul Cerita Lain Yang Panjang</a><span>By Nama</span></div>"
        "<div><a href='/x'><span>Penulis Nama Lengkap Sekali Ini</span></a></div>"
        "<a href='/y'><div><b><a href='/z'>Kata satu dua tiga</a>Oleh</b></div></a></body></html>"
    )
    for el in doc.iter():
        assert bylines._in_card(el) == _in_card_reference(el)
    assert bylines._in_card(doc.find(".//span"))


def _dated_box_reference(heading: lxml.html.HtmlElement) -> bool:
    """titles._dated_box as first written: every element's own texts joined, leaves' too."""
    for _, el in titles.around(heading):
        own = " ".join(t for t in (el.text, *(c.tail for c in el)) if t and not t.isspace())
        if own and len(own) <= 120 and titles._YEAR.search(own) and titles.find_dates(own):
            return True
    return False


@pytest.mark.parametrize("path", _PAGES[::2], ids=lambda p: p.name)
def test_dated_box_is_the_plain_form(path: Path) -> None:
    # A leaf's own text is read as its text, without joining its children's tails (it has none).
    doc = load(path.read_bytes())
    for heading in [*doc.iter("h1", "h2", "h3")][:8]:
        assert titles._dated_box(heading) == _dated_box_reference(heading)


def test_dated_box_of_made_headers() -> None:
    doc = lxml.html.document_fromstring(
        "<html><body><div><h1>Judul</h1><span> </span><time>13 Mei 2024</time></div>"
        "<div><h1>Lain</h1><p>Oleh <b>Budi</b> 2024 <i>x</i></p></div>"
        "<div><h1>Tiga</h1><p>\\n</p><b>Senin</b></div></body></html>"
    )
    for heading in doc.iter("h1"):
        assert titles._dated_box(heading) == _dated_box_reference(heading)
    assert titles._dated_box(doc.find(".//h1"))
    undated = lxml.html.document_fromstring(
        "<html><body><div><h1>Judul</h1><p>\n</p><b>2024</b></div></body></html>"
    ).find(".//h1")
    assert titles._dated_box(undated) is _dated_box_reference(undated) is False

