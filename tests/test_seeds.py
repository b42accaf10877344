"""Pasted articles in tests/seeds: the rules the per-field golden tests (test_gold.py) do not state.

Every gold field of every seed is compared in test_gold.py through :mod:`beritaparse.evaluation`; here the
body is held to the exact paragraphs in order, and nothing of the paste may be lost.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

import beritaparse
from goldens import cases

if TYPE_CHECKING:
    from beritaparse.evaluation import Case

SEEDS = cases("seeds")


def fold(text: str | None) -> str:
    return " ".join((text or "").split())


@pytest.fixture(scope="module", params=SEEDS, ids=lambda c: c.name)
def case(request: pytest.FixtureRequest) -> tuple[beritaparse.Article, Case]:
    seed: Case = request.param
    return beritaparse.parse_text(seed.source.read_text(encoding="utf-8")), seed


def test_body_paragraphs_exactly(case: tuple[beritaparse.Article, Case]) -> None:
    art, seed = case
    headings = [fold(h) for h in seed.gold["headings"]]
    assert [fold(b.text) for b in art.body if b.kind != "heading"] == [
        fold(t) for t in seed.gold["body"] if fold(t) not in headings
    ]
    assert [fold(h) for h in art.headings] == headings


def test_nothing_lost(case: tuple[beritaparse.Article, Case]) -> None:
    """Every line of the paste is in the article or in `removed`."""
    art, seed = case
    text = seed.source.read_text(encoding="utf-8")
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
