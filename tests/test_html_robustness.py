"""Hostile and broken input through load(), extract() and parse(): only BeritaparseError comes out."""

from __future__ import annotations

import pathlib

import lxml.html
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import beritaparse
from beritaparse.errors import BeritaparseError
from beritaparse.html import load
from beritaparse.metadata import PageMeta, extract

PAGES = pathlib.Path(__file__).parent / "pages"
SAMPLE_PAGES = [
    (PAGES / "kompas" / "mh-kompas-1.html").read_bytes(),
    (PAGES / "detik" / "tl-detik-1.html").read_bytes(),
    (PAGES / "kapanlagi" / "ap-kapanlagi-1.html").read_bytes(),
]

FEW = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces of markup that break parsers: unclosed and stray tags, comments, CDATA, odd entities, scripts with
# JSON-LD, charset declarations, credit lines and dates the metadata rules look for.
TOKENS = [
    "<html>",
    "</html>",
    "<head>",
    "<body>",
    "<div class='read__time'>",
    "</div>",
    "<p>",
    "</p>",
    "<h1>",
    "</h1>",
    "<br>",
    "<table><tr><td>",
    "</td></tr></table>",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "<!DOCTYPE html>",
    '<?xml version="1.0" encoding="iso-8859-1"?>',
    '<meta charset="utf-16">',
    '<meta charset="iso-8859-1">',
    '<meta property="article:published_time" content="2024-13-45T99:99:99+07:00">',
    '<meta property="og:url" content="http://[::1">',
    '<link rel="canonical" href="javascript:alert(1)">',
    '<script type="application/ld+json">',
    "</script>",
    '{"@type": "NewsArticle", "author": [{"name": ',
    '"@graph": [[[[',
    "<style>",
    "</style>",
    "&amp;",
    "&#0;",
    "&#x110000;",
    "&nbsp;",
    "&unknown;",
    "Penulis: ",
    "Editor : ",
    "Oleh ",
    "Senin, 13 Mei 2024 13:24 WIB",
    "31/02/2025, 25:61 WIB",
    "Jakarta - ",
    "\x00",
    "\ufeff",
    "\ud800",
    "\u200e",
    "<a href='?page=2'>2</a>",
    "<a href='//x/y?page=999999999999999999999'>9</a>",
]

soup = st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=20)), max_size=60).map("".join)


def only_our_errors(call, *args, **kwargs):
    try:
        return call(*args, **kwargs)
    except BeritaparseError:
        return None


@FEW
@given(soup)
def test_tag_soup_through_load_and_extract(markup):
    doc = only_our_errors(load, markup)
    if doc is not None:
        assert isinstance(doc, lxml.html.HtmlElement)
        assert isinstance(extract(doc), PageMeta)
        assert isinstance(extract(doc, url="https://www.kompas.com/read/1/x"), PageMeta)


@FEW
@given(soup)
def test_tag_soup_through_parse(markup):
    art = only_our_errors(beritaparse.parse, markup, url="https://news.detik.com/berita/d-1/x")
    assert art is None or isinstance(art, beritaparse.Article)


@FEW
@given(st.binary(max_size=3000))
def test_random_bytes(data):
    doc = only_our_errors(load, data)
    if doc is not None:
        extract(doc)
    only_our_errors(beritaparse.parse, data)


@FEW
@given(
    st.sampled_from(range(len(SAMPLE_PAGES))),
    st.floats(min_value=0.0, max_value=1.0),
)
def test_truncated_real_pages(which, fraction):
    data = SAMPLE_PAGES[which]
    cut = data[: int(len(data) * fraction)]
    doc = only_our_errors(load, cut)
    if doc is not None:
        extract(doc)
    only_our_errors(beritaparse.parse, cut)


@FEW
@given(
    st.text(min_size=1, max_size=200),
    st.sampled_from(["utf-8", "utf-16", "utf-16-le", "cp1252", "latin-1", "shift_jis", "gb18030", "koi8-r"]),
    st.sampled_from(["utf-8", "iso-8859-1", "utf-16", "windows-1252", "big5", "x-unknown", ""]),
)
def test_wrong_charset_declarations(text, encoding, declared):
    markup = f'<html><head><meta charset="{declared}"></head><body><h1>Judul</h1><p>{text}</p></body></html>'
    data = markup.encode(encoding, errors="replace")
    doc = only_our_errors(load, data)
    if doc is not None:
        extract(doc)
    only_our_errors(beritaparse.parse, data)


@FEW
@given(st.sampled_from(range(len(SAMPLE_PAGES))), st.binary(min_size=1, max_size=50), st.integers(0, 10**6))
def test_corrupted_real_pages(which, junk, where):
    data = SAMPLE_PAGES[which]
    at = where % len(data)
    spoiled = data[:at] + junk + data[at:]
    doc = only_our_errors(load, spoiled)
    if doc is not None:
        extract(doc)
    only_our_errors(beritaparse.parse, spoiled)


@pytest.mark.parametrize("depth", [300, 10_000])
def test_deep_nesting_through_parse(depth):
    data = (
        b"<html><body><h1>Judul</h1>"
        + b"<div>" * depth
        + b"<p>Paragraf yang cukup panjang untuk dibaca sebagai isi berita di sini.</p>"
        + b"</div>" * depth
        + b"</body></html>"
    )
    assert isinstance(extract(load(data)), PageMeta)
    art = only_our_errors(beritaparse.parse, data)
    assert art is None or isinstance(art, beritaparse.Article)


def test_deep_json_ld_and_many_scripts():
    deep = "[" * 100_000 + "]" * 100_000
    scripts = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x"}</script>' * 500
    data = (
        f'<html><head><script type="application/ld+json">{deep}</script>{scripts}</head><body></body></html>'
    )
    meta = extract(load(data))
    assert meta.title == "x"


def test_huge_attribute_and_many_meta_tags():
    metas = '<meta name="author" content="Budi Santoso">' * 5_000
    data = f'<html><head>{metas}</head><body><p class="{"x" * 1_000_000}">isi</p></body></html>'
    meta = extract(load(data))
    assert meta.authors == ("Budi Santoso",)
