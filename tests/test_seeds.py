"""Golden test: every pasted article in tests/seeds parses to its NAME.expected.json.

Adding a case is adding NAME.txt beside NAME.expected.json; no test code changes.
"""

from __future__ import annotations

import json
import pathlib

import pytest

import beritaparse

SEEDS = pathlib.Path(__file__).parent / "seeds"
CASES = sorted(SEEDS.glob("*.expected.json"))


def fold(text: str | None) -> str:
    return " ".join((text or "").split())


@pytest.fixture(scope="module", params=CASES, ids=lambda p: p.name.split(".")[0])
def case(request: pytest.FixtureRequest) -> tuple[beritaparse.Article, dict]:
    gold_path: pathlib.Path = request.param
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = gold_path.with_name(gold["source"]).read_text(encoding="utf-8")
    return beritaparse.parse_text(text), gold


def test_there_are_cases() -> None:
    assert len(CASES) >= 5


def test_metadata(case: tuple[beritaparse.Article, dict]) -> None:
    art, gold = case
    assert art.outlet == gold["outlet"]
    assert art.title == gold["title"]
    published = art.to_dict()["published"]
    assert published == gold["published"]
    assert list(art.authors) == gold["authors"]
    assert list(art.editors) == gold["editors"]
    assert art.dateline == gold["dateline"]
    if "reading_time_minutes" in gold:
        assert art.reading_time_minutes == gold["reading_time_minutes"]
    if "published_inferred" in gold:
        assert art.to_dict()["published_inferred"] == gold["published_inferred"]
    if "subtitle_or_lead" in gold:
        assert art.subtitle == gold["subtitle_or_lead"]


def test_body(case: tuple[beritaparse.Article, dict]) -> None:
    art, gold = case
    headings = [fold(h) for h in gold["headings"]]
    assert [fold(b.text) for b in art.body if b.kind != "heading"] == [
        fold(t) for t in gold["body"] if fold(t) not in headings
    ]
    assert [fold(h) for h in art.headings] == headings


def test_captions_and_related(case: tuple[beritaparse.Article, dict]) -> None:
    art, gold = case
    assert [c.to_dict() for c in art.captions] == gold["captions"]
    assert [r.title for r in art.related] == [r["title"] for r in gold["related"]]


def test_no_boilerplate_leaks(case: tuple[beritaparse.Article, dict]) -> None:
    art, gold = case
    shown = (art.title or "") + "\n" + art.text
    for needle in gold["must_not_contain"]:
        assert needle not in shown


def test_nothing_lost(case: tuple[beritaparse.Article, dict]) -> None:
    """Every line of the paste is in the article or in `removed`."""
    art, gold = case
    text = (SEEDS / gold["source"]).read_text(encoding="utf-8")
    kept = " ".join(
        [art.title or "", art.subtitle or "", art.text]
        + [f"{c.text} {c.credit or ''}" for c in art.captions]
        + [r.text for r in art.removed]
    )
    kept_words = set(fold(kept).split())

    def is_kept(word: str) -> bool:
        # Pasting glues chrome onto words ("menitADVERTISEMENT"): two kept words glued count as kept.
        return word.strip("()[]") in kept_words or any(
            word[:i] in kept_words and word[i:] in kept_words for i in range(1, len(word))
        )

    missing = [w for w in fold(text).split() if w not in kept_words and not is_kept(w)]
    assert missing == []
