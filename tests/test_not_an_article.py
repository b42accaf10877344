"""Pages that are no article (home, index and tag pages, feeds, 404s, consent walls) get NotAnArticleError.

tests/nonarticles holds real pages of that kind, each with its source and expected reason in
SOURCES.tsv, recognised as saved and with every class and id renamed (the signals are never an outlet's
names); every article page in tests/pages and tests/unseen must still parse (no article is misrecognised).
"""

from __future__ import annotations

import csv
import json
import pathlib

import pytest

import beritaparse
from beritaparse.errors import BeritaparseError, NoArticleError, NotAnArticleError
from scramble import scramble

HERE = pathlib.Path(__file__).parent
NON_ARTICLES = HERE / "nonarticles"
SOURCES = {
    row["name"]: row
    for row in csv.DictReader(
        (NON_ARTICLES / "SOURCES.tsv").read_text(encoding="utf-8").splitlines(), delimiter="\t"
    )
}
ARTICLES = sorted([*(HERE / "pages").glob("*/*.html"), *(HERE / "unseen").glob("*.html")])
MIN_PAGES = 15


def test_every_non_article_page_is_listed_with_its_source() -> None:
    pages = {p.name.removesuffix(".html") for p in NON_ARTICLES.glob("*.html")}
    assert pages == set(SOURCES)
    assert len(pages) >= MIN_PAGES
    assert all(row["repository"] and row["path"] and row["license"] for row in SOURCES.values())


@pytest.mark.parametrize("scrambled", [False, True], ids=["as-saved", "scrambled"])
@pytest.mark.parametrize("name", sorted(SOURCES))
def test_non_article_page_is_recognised(name: str, scrambled: bool) -> None:
    raw = (NON_ARTICLES / f"{name}.html").read_bytes()
    for adapters in (True, False):
        with pytest.raises(NotAnArticleError) as info:
            beritaparse.parse(scramble(raw) if scrambled else raw, adapters=adapters)
        assert info.value.reason == SOURCES[name]["reason"]


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_no_article_page_is_taken_for_a_non_article(path: pathlib.Path) -> None:
    url = json.loads(path.with_name(path.stem + ".expected.json").read_text(encoding="utf-8"))["url"]
    for kwargs in ({"url": url}, {"adapters": False}):
        assert beritaparse.parse(path.read_bytes(), **kwargs).body  # type: ignore[arg-type]


def test_the_error_is_a_no_article_error_with_a_reason() -> None:
    assert issubclass(NotAnArticleError, NoArticleError)
    assert issubclass(NotAnArticleError, BeritaparseError)
    assert issubclass(NotAnArticleError, ValueError)
    err = NotAnArticleError("feed")
    assert err.reason == "feed"
    assert "feed" in str(err)


def _page(head: str, body: str) -> bytes:
    return f"<html><head>{head}</head><body>{body}</body></html>".encode()


def test_a_404_page() -> None:
    page = _page(
        "<title>Halaman Tidak Ditemukan - Kabar Daerah</title>",
        "<h1>404</h1><p>Maaf, halaman yang Anda cari tidak ditemukan.</p><a href=/>Kembali ke beranda</a>",
    )
    with pytest.raises(NotAnArticleError) as info:
        beritaparse.parse(page)
    assert info.value.reason == "not-found"


def test_a_consent_wall() -> None:
    page = _page(
        "<title>Kabar Daerah</title>",
        "<div><p>Kami menggunakan cookies untuk meningkatkan pengalaman Anda. Dengan melanjutkan, Anda"
        " menyetujui kebijakan privasi kami.</p><button>Setuju</button></div>",
    )
    with pytest.raises(NotAnArticleError) as info:
        beritaparse.parse(page)
    assert info.value.reason == "consent"


def test_a_tag_page_of_teasers() -> None:
    teasers = "".join(
        f"<div><h3><a href=/read/{i}/judul>Judul berita nomor {i} tentang banjir di kota</a></h3>"
        f"<p>Ringkasan singkat berita nomor {i}, dengan koma, yang cukup panjang untuk dibaca.</p></div>"
        for i in range(10)
    )
    page = _page("<title>Tag: banjir</title>", f"<div id=list>{teasers}</div>")
    with pytest.raises(NotAnArticleError) as info:
        beritaparse.parse(page, url="https://kabar.example/tag/banjir")
    assert info.value.reason == "listing"


def test_an_article_with_teasers_beside_it_stays_an_article() -> None:
    teasers = "".join(
        f"<li><h3><a href=/read/{i}/judul>Judul berita lain nomor {i} tentang kota</a></h3></li>"
        for i in range(15)
    )
    page = _page(
        '<meta property="article:published_time" content="2024-05-13T10:00:00+07:00">',
        "<h1>Banjir Rendam Kota</h1><div id=text><p>Hujan deras sejak pagi membuat sungai meluap dan air"
        " merendam rumah warga di tepi sungai.</p></div>"
        f"<aside><ul>{teasers}</ul></aside>",
    )
    art = beritaparse.parse(page)
    assert art.paragraphs == (
        "Hujan deras sejak pagi membuat sungai meluap dan air merendam rumah warga di tepi sungai.",
    )
