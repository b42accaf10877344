"""The model: immutability, validation and an exact to_dict/from_dict round trip."""

from __future__ import annotations

import datetime as dt
import json

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from beritaparse.model import Article, Block, Caption, RelatedLink, Removed, RemovedReason

text = st.text(min_size=1, max_size=40)
opt_text = st.none() | text
offsets = st.sampled_from([7, 8, 9, 0, -5]).map(lambda h: dt.timezone(dt.timedelta(hours=h)))
aware = st.datetimes(
    min_value=dt.datetime(1990, 1, 1),  # noqa: DTZ001 (hypothesis bounds are naive; timezones= adds the zone)
    max_value=dt.datetime(2100, 1, 1),  # noqa: DTZ001
    timezones=offsets,
).map(lambda d: d.replace(microsecond=0))
when = st.none() | aware | st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 1, 1))

articles = st.builds(
    Article,
    title=opt_text,
    subtitle=opt_text,
    outlet=opt_text,
    url=opt_text,
    published=when,
    updated=when,
    published_inferred=st.none() | st.dates(),
    authors=st.lists(text, max_size=3).map(tuple),
    editors=st.lists(text, max_size=3).map(tuple),
    dateline=opt_text,
    section=opt_text,
    tags=st.lists(text, max_size=3).map(tuple),
    body=st.lists(
        st.builds(Block, st.sampled_from(["paragraph", "heading", "quote", "list"]), text), max_size=5
    ),
    captions=st.lists(st.builds(Caption, text, opt_text), max_size=3),
    related=st.lists(st.builds(RelatedLink, text, opt_text), max_size=3),
    reading_time_minutes=st.none() | st.integers(0, 120),
    more_pages=st.lists(text, max_size=2).map(tuple),
    removed=st.lists(st.builds(Removed, st.sampled_from(list(RemovedReason)), text), max_size=4),
)


@given(articles)
def test_round_trip_through_json(art: Article) -> None:
    data = json.loads(json.dumps(art.to_dict(), ensure_ascii=False))
    assert Article.from_dict(data) == art


def test_dates_serialise_at_their_precision() -> None:
    wib = dt.timezone(dt.timedelta(hours=7))
    art = Article(published=dt.datetime(2025, 2, 4, 13, 5, tzinfo=wib), updated=dt.date(2025, 2, 5))
    assert art.to_dict()["published"] == "2025-02-04T13:05:00+07:00"
    assert art.to_dict()["updated"] == "2025-02-05"


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        Article(published=dt.datetime(2025, 2, 4, 13, 5))  # noqa: DTZ001


def test_unknown_block_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="block kind"):
        Block("table", "x")  # type: ignore[arg-type]


def test_article_is_immutable() -> None:
    art = Article(title="a")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        art.title = "b"  # type: ignore[misc]


def test_derived_views() -> None:
    art = Article(body=(Block("paragraph", "Satu."), Block("heading", "Sub"), Block("paragraph", "Dua.")))
    assert art.paragraphs == ("Satu.", "Dua.")
    assert art.headings == ("Sub",)
    assert art.text == "Satu.\n\nSub\n\nDua."
    assert art.to_dict()["headings"] == ["Sub"]
