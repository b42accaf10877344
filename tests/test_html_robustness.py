"""Hostile and broken input through load(), extract() and parse(): only BeritaparseError comes out."""

from __future__ import annotations

import datetime as dt
import html
import json
import pathlib

import lxml.html
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import beritaparse
from beritaparse.errors import BeritaparseError
from beritaparse.page.html import load
from beritaparse.page.metadata import PageMeta, extract

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

META_KEYS = [
    "og:title",
    "og:url",
    "og:site_name",
    "article:published_time",
    "pubdate",
    "publishdate",
    "content_PublishedDate",
    "author",
    "article:author",
    "content_author",
    "content_editor",
    "news_keywords",
    "article:section",
    "og:image",
    "og:locale",
    "article:modified_time",
]
JSON_KEYS = [
    "@type",
    "@graph",
    "headline",
    "datePublished",
    "dateModified",
    "author",
    "editor",
    "name",
    "publisher",
    "keywords",
    "articleSection",
    "itemListElement",
    "image",
    "inLanguage",
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


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(JSON_KEYS), inner, max_size=6)
    ),
    max_leaves=25,
)


def ld_script(blob: object) -> str:
    # "</" inside a script would end it early; JSON allows "<\/" for the same text.
    return '<script type="application/ld+json">' + json.dumps(blob).replace("</", "<\\/") + "</script>"


@FEW
@given(
    st.dictionaries(st.sampled_from(META_KEYS), st.text(max_size=60), max_size=8),
    st.lists(json_values, max_size=3),
    st.text(max_size=80),
)
def test_any_meta_and_json_ld_gives_typed_metadata(metas, blobs, url_text):
    head = "".join(f'<meta property="{k}" content="{html.escape(v, quote=True)}">' for k, v in metas.items())
    head += "".join(ld_script(b) for b in blobs)
    doc = load(f"<html><head>{head}</head><body><h1>Judul</h1></body></html>")
    meta = extract(doc, url=url_text or None)
    assert meta.title is None or isinstance(meta.title, str)
    for value in (meta.published, meta.updated):
        assert value is None or isinstance(value, dt.date)
        if isinstance(value, dt.datetime):
            assert value.tzinfo is not None
    assert all(isinstance(a, str) and a for a in meta.authors)
    assert meta.url is None or meta.url.startswith(("http://", "https://"))
