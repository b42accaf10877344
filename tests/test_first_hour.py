"""A new user's wrong turns and archive work (issue 17): each call gets the answer the docs promise."""

from __future__ import annotations

import datetime as dt
import json
import pathlib
import subprocess
import sys

import pytest

import beritaparse
from beritaparse import Article, Block
from beritaparse.errors import ArticleDataError, BeritaparseError, InputTypeError

PAGES = pathlib.Path(__file__).parent / "pages"
CASES = sorted(PAGES.glob("*/*.expected.json"))
PROSE = "Kalimat yang cukup panjang ini menjadi paragraf berita tentang banjir di Jakarta pada pagi hari. "


def _gold(path: pathlib.Path) -> dict[str, object]:
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


# --- archived pages ------------------------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=[c.name.split(".")[0] for c in CASES])
def test_wayback_address_gives_the_same_article(case: pathlib.Path) -> None:
    gold = _gold(case)
    url = str(gold["url"])
    html = case.with_name(case.name.replace(".expected.json", ".html")).read_bytes()
    own = beritaparse.parse(html, url=url)
    archived = beritaparse.parse(html, url=f"https://web.archive.org/web/20160315000000/{url}")
    assert (archived.outlet, archived.url, archived.body) == (own.outlet, own.url, own.body)
    assert archived.outlet == gold["outlet"]


# The markup the Wayback Machine inserts into every page it serves (its toolbar), as saved with the page.
TOOLBAR = """<!-- BEGIN WAYBACK TOOLBAR INSERT -->
<div id="wm-ipp-base" lang="en" style="display:block"><div id="wm-ipp" style="position:fixed">
<div id="wm-ipp-inside"><table><tr><td class="c"><a href="/web/">The Wayback Machine</a> -
http://www.antaranews.com/berita/527615/x</td><td>14 captures 05 Nov 2015 - 23 Jan 2021</td>
<td><a href="/web/2015/">NOV</a> DEC JAN</td><td>About this capture</td></tr></table>
<p>COLLECTED BY Organization: Internet Archive. These crawls are part of an effort to archive pages
as they are created and archive the pages that they refer to.</p></div></div></div>
<div id="wm-ipp-print">The Wayback Machine - https://web.archive.org/web/20151106/http://www.antaranews.com/</div>
<!-- END WAYBACK TOOLBAR INSERT -->"""


def test_saved_wayback_page_toolbar_never_reaches_the_body() -> None:
    case = PAGES / "antaranews" / "ap-antara-1.html"
    html = case.read_text(encoding="utf-8", errors="replace")
    at = html.index(">", html.index("<body")) + 1
    saved = html[:at] + TOOLBAR + html[at:]
    url = str(_gold(case.with_name("ap-antara-1.expected.json"))["url"])
    art = beritaparse.parse(saved, url=f"https://web.archive.org/web/20151106000000/{url}")
    own = beritaparse.parse(html, url=url)
    assert art.body == own.body
    for text in ("Wayback Machine", "captures", "Internet Archive", "COLLECTED BY"):
        assert text not in art.text
    assert art.outlet == "antaranews"


def test_links_rewritten_by_the_archive_point_at_the_original() -> None:
    html = (
        f"<html><body><article><p>{PROSE * 3}</p><p>Baca juga: <a href='/web/20160101000000/"
        "http://www.antaranews.com/berita/2/warga'>Warga Mulai Mengungsi dari Bantaran</a></p>"
        f"<p>{PROSE * 2}</p></article></body></html>"
    )
    archived = "https://web.archive.org/web/20160101000000/http://www.antaranews.com/berita/1"
    art = beritaparse.parse(html, url=archived)
    assert [r.url for r in art.related] == ["http://www.antaranews.com/berita/2/warga"]
    assert art.url == "http://www.antaranews.com/berita/1"


# --- url and outlet: one rule --------------------------------------------------------------------------


def _page(og_url: str) -> str:
    return (
        f"<html><head><meta property='og:url' content='{og_url}'><title>Banjir</title></head>"
        f"<body><article><h1>Banjir Rendam Jakarta</h1><p>{PROSE * 4}</p></article></body></html>"
    )


def test_og_url_of_another_site_yields_to_the_given_url() -> None:
    given = "https://news.detik.com/berita/d-1/x"
    art = beritaparse.parse(_page("https://mirror.example.org/copy/1"), url=given)
    assert (art.outlet, art.url) == ("detik", "https://news.detik.com/berita/d-1/x")


def test_og_url_of_the_same_site_is_the_clean_address() -> None:
    art = beritaparse.parse(
        _page("https://news.detik.com/berita/d-1/x"), url="https://m.detik.com/berita/d-1/x?utm_source=wa"
    )
    assert (art.outlet, art.url) == ("detik", "https://news.detik.com/berita/d-1/x")


def test_without_a_given_url_the_page_names_itself() -> None:
    art = beritaparse.parse(_page("https://news.detik.com/berita/d-1/x"))
    assert (art.outlet, art.url) == ("detik", "https://news.detik.com/berita/d-1/x")


# --- version, errors that speak of the public API ------------------------------------------------------


def test_version_attribute_matches_the_command_line() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "beritaparse", "--version"], capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["beritaparse", beritaparse.__version__]
    assert beritaparse.__version__[0].isdigit()


def test_parse_none_names_parse_not_an_internal_function() -> None:
    with pytest.raises(InputTypeError, match=r"^parse\(\) takes") as info:
        beritaparse.parse(None)  # type: ignore[arg-type]
    assert "load" not in str(info.value)


def test_help_of_parse_names_public_errors_only() -> None:
    doc = beritaparse.parse.__doc__ or ""
    assert "html.load" not in doc
    for name in ("InputTypeError", "EmptyInputError", "NoArticleError", "InvalidURLError"):
        assert name in doc


# --- Article.from_dict ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"title": "Judul", "bogus": 2}, "unknown Article keys: bogus"),
        ({"title": 1}, "'title' must be a string"),
        ({"authors": "Budi"}, "'authors' must be a list of strings"),
        ({"body": [{"kind": "paragraph"}]}, "lacks the key 'text'"),
        ({"body": [{"kind": "poem", "text": "x"}]}, "block kind"),
        ({"published": "kemarin"}, "not an ISO 8601"),
        ({"published": 20240513}, "ISO 8601 string"),
        ({"reading_time_minutes": "3"}, "whole number"),
        ({"removed": [{"reason": "nope", "text": "x"}]}, "nope"),
    ],
)
def test_from_dict_rejects_what_to_dict_never_writes(data: dict[str, object], message: str) -> None:
    with pytest.raises(ArticleDataError, match=message) as info:
        Article.from_dict(data)
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, BeritaparseError)


def test_from_dict_takes_a_mapping() -> None:
    with pytest.raises(ArticleDataError, match="mapping"):
        Article.from_dict(["title"])  # type: ignore[arg-type]


def test_from_dict_accepts_the_derived_headings_key() -> None:
    art = Article(title="Judul", body=[Block("paragraph", "Satu."), Block("heading", "Sub")])
    assert Article.from_dict(art.to_dict()) == art


# --- one representation of the Indonesian zones --------------------------------------------------------


@pytest.mark.parametrize(("hours", "name"), [(7, "WIB"), (8, "WITA"), (9, "WIT")])
def test_indonesian_offsets_carry_their_names(hours: int, name: str) -> None:
    bare = dt.timezone(dt.timedelta(hours=hours))  # what JSON-LD's "+07:00" gives
    art = Article(published=dt.datetime(2024, 5, 13, 13, 24, tzinfo=bare))
    assert art.published is not None
    assert art.published.tzname() == name  # type: ignore[call-arg]
    assert art.to_dict()["published"] == f"2024-05-13T13:24:00+0{hours}:00"


def test_other_offsets_keep_theirs() -> None:
    art = Article(published=dt.datetime(2024, 5, 13, 6, 24, tzinfo=dt.timezone.utc))
    assert art.published is not None
    assert art.published.tzname() == "UTC"  # type: ignore[call-arg]


def test_every_page_shows_its_zone_by_name() -> None:
    names = set()
    for case in CASES:
        html = case.with_name(case.name.replace(".expected.json", ".html")).read_bytes()
        art = beritaparse.parse(html, url=str(_gold(case)["url"]))
        if isinstance(art.published, dt.datetime):
            names.add(art.published.tzname())
    assert names <= {"WIB", "WITA", "WIT", "UTC"}
    assert "WIB" in names
