"""Live reports: each update a block with its time, as the page's structured data dates it."""

from __future__ import annotations

import datetime as dt
import pathlib
from typing import TYPE_CHECKING

import pytest

import beritaparse
from beritaparse.errors import ArticleDataError
from beritaparse.model import Article, Block

if TYPE_CHECKING:
    from collections.abc import Callable

WIB = dt.timezone(dt.timedelta(hours=7))
UPDATES = (
    ("Korban bertambah", "BNPB mencatat korban meninggal bertambah menjadi 56 orang hingga pukul 10.00 WIB, "
     "sementara ratusan warga luka-luka.", "2024-05-13T10:05:00+07:00"),
    ("Bantuan tiba", "Bantuan logistik dari pemerintah provinsi tiba di posko utama di alun-alun Cianjur "
     "pada pagi hari.", "2024-05-13T09:30:00+07:00"),
    ("Warga mengungsi", "Ribuan warga memilih bertahan di tenda darurat karena khawatir gempa susulan masih "
     "akan terjadi hingga malam nanti.", "2024-05-13T08:45:00+07:00"),
)  # fmt: skip


def _live_page(*, headings: bool = True, structured: bool = True) -> bytes:
    ld = ",".join(
        f'{{"@type": "BlogPosting", "headline": "{h}", "datePublished": "{t}", "articleBody": "{b}"}}'
        for h, b, t in UPDATES
    )
    updates = "".join(
        f"<div class='update'><time datetime='{t}'>{t[11:16]} WIB</time>"
        + (f"<h3>{h}</h3>" if headings else "")
        + f"<p>{b}</p></div>"
        for h, b, t in UPDATES
    )
    head = (
        "<script type='application/ld+json'>"
        '{"@type": "LiveBlogPosting", "headline": "LIVE: Gempa Cianjur", '
        f'"datePublished": "2024-05-13T08:00:00+07:00", "liveBlogUpdate": [{ld}]}}</script>'
        if structured
        else "<meta property='article:published_time' content='2024-05-13T08:00:00+07:00'>"
    )
    return (
        f"<html><head><title>LIVE: Gempa Cianjur - Contoh</title>{head}</head><body>"
        "<article><h1>LIVE: Gempa Cianjur</h1><p>Gempa berkekuatan magnitudo 5,6 mengguncang Cianjur, Jawa "
        f"Barat, pada Senin siang. Berikut perkembangan terkini yang dihimpun redaksi.</p>{updates}</article>"
        "</body></html>"
    ).encode()


def test_each_update_opens_with_its_time() -> None:
    art = beritaparse.parse(_live_page(), url=None, adapters=False)
    timed = [(b.kind, b.text, b.time) for b in art.body if b.time is not None]
    assert timed == [("heading", h, dt.datetime.fromisoformat(t)) for h, _, t in UPDATES]
    assert all(b.time is None for b in art.body if b.kind == "paragraph")
    assert not any(b.text.endswith("WIB") for b in art.body)  # the stamps are not text


def test_updates_without_headlines_time_their_first_paragraph() -> None:
    art = beritaparse.parse(_live_page(headings=False), url=None, adapters=False)
    assert [b.time for b in art.body[1:]] == [dt.datetime.fromisoformat(t) for _, _, t in UPDATES]
    assert art.body[0].time is None


def test_no_real_article_page_reads_as_a_live_report() -> None:
    here = pathlib.Path(__file__).parent
    for path in sorted([*(here / "pages").rglob("*.html"), *(here / "unseen").glob("*.html")]):
        art = beritaparse.parse(path.read_bytes(), url=None, adapters=False)
        assert all(b.time is None for b in art.body), path.name


def test_block_time_round_trips() -> None:
    when = dt.datetime(2024, 5, 13, 10, 5, tzinfo=WIB)
    art = Article(body=(Block("heading", "Korban bertambah", when), Block("paragraph", "Isi.")))
    data = art.to_dict()
    assert data["body"] == [
        {"kind": "heading", "text": "Korban bertambah", "time": "2024-05-13T10:05:00+07:00"},
        {"kind": "paragraph", "text": "Isi.", "time": None},
    ]
    assert Article.from_dict(data) == art


@pytest.mark.parametrize("value", ["2024-05-13", 5, "kemarin"])
def test_a_block_time_must_be_a_time(value: object) -> None:
    with pytest.raises(ArticleDataError):
        Article.from_dict({"body": [{"kind": "paragraph", "text": "Isi.", "time": value}]})


def test_a_naive_block_time_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        Block("paragraph", "Isi.", dt.datetime(2024, 5, 13, 10, 5))  # noqa: DTZ001 (naive on purpose)


@pytest.mark.parametrize("headings", [True, False])
def test_updates_stamped_in_the_text_without_structured_data(headings: bool) -> None:
    art = beritaparse.parse(_live_page(headings=headings, structured=False), url=None, adapters=False)
    assert [b.time for b in art.body if b.time] == [dt.datetime.fromisoformat(t) for _, _, t in UPDATES]
    assert art.body[0].time is None


def test_one_stamp_inside_a_story_makes_no_live_report() -> None:
    prose = "".join(f"<p>{b}</p>" for _, b, _ in UPDATES)
    page = (
        "<html><head><meta property='article:published_time' content='2024-05-13T08:00:00+07:00'></head>"
        f"<body><article><h1>Gempa Cianjur</h1>{prose}<p>Diperbarui 13:05 WIB</p>{prose}</article>"
        "</body></html>"
    )
    art = beritaparse.parse(page.encode(), url=None, adapters=False)
    assert all(b.time is None for b in art.body)


@pytest.mark.parametrize(
    ("shown", "published"),
    [
        # The clock alone, on a report that runs past midnight: the day is the element's, not the page's.
        (lambda t: f"{t[11:16]} WIB", "2024-05-12T20:00:00+07:00"),
        # Relative times, which say nothing of the day.
        (lambda _t: "beberapa jam lalu", "2024-05-13T08:00:00+07:00"),
        # No publication time anywhere to read a bare clock against.
        (lambda t: t[11:16], None),
    ],
)
def test_updates_are_timed_by_their_time_elements(shown: Callable[[str], str], published: str | None) -> None:
    # <time datetime> gives each update's time in machine form, whatever its text shows.
    updates = "".join(
        f"<div class='update'><time datetime='{t}'>{shown(t)}</time><h3>{h}</h3><p>{b}</p></div>"
        for h, b, t in UPDATES
    )
    head = f"<meta property='article:published_time' content='{published}'>" if published else ""
    page = (
        f"<html><head><title>LIVE: Gempa Cianjur - Contoh</title>{head}</head><body>"
        "<article><h1>LIVE: Gempa Cianjur</h1><p>Gempa berkekuatan magnitudo 5,6 mengguncang Cianjur, Jawa "
        f"Barat, pada Senin siang. Berikut perkembangan terkini yang dihimpun redaksi.</p>{updates}</article>"
        "</body></html>"
    )
    art = beritaparse.parse(page.encode(), url=None, adapters=False)
    timed = [(b.text, b.time) for b in art.body if b.time is not None]
    assert timed == [(h, dt.datetime.fromisoformat(t)) for h, _, t in UPDATES]
    assert not any(b.text == shown(t) for b in art.body for _, _, t in UPDATES)  # the stamps are not text
