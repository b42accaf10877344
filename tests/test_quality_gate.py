"""Quality gate: aggregate scores on the committed pages and pastes may not drop below pinned floors.

The per-case golden tests (test_pages.py, test_seeds.py) check exact fields; this gate watches the
measures the project reports (token F1 of the body, exact title, publication time within five minutes,
author sets, boilerplate leaks), the way eval/score.py counts them, so a change that trades one page for
another cannot slip through. Raise a floor when the scores rise; never lower one to go green.
"""

from __future__ import annotations

import collections
import datetime as dt
import json
import pathlib
from typing import Any

import pytest
import regex

import beritaparse

HERE = pathlib.Path(__file__).parent
WORD = regex.compile(r"\w+")


def _tokens(text: str) -> collections.Counter[str]:
    return collections.Counter(w.casefold() for w in WORD.findall(text))


def body_f1(pred: str, gold: str) -> float:
    p, g = _tokens(pred), _tokens(gold)
    common = sum((p & g).values())
    if not common:
        return float(not p and not g)
    precision, recall = common / sum(p.values()), common / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def same_time(pred: str | None, gold: str | None) -> bool:
    if gold is None or pred is None:
        return pred == gold
    if len(gold) == 10:
        return pred[:10] == gold
    p, g = dt.datetime.fromisoformat(pred), dt.datetime.fromisoformat(gold)
    return p.tzinfo is not None and abs((p - g).total_seconds()) <= 300


def fold(s: str | None) -> str:
    return " ".join((s or "").split()).casefold()


def score(folder: pathlib.Path, *, text: bool) -> dict[str, float]:
    rows: list[dict[str, Any]] = []
    for gold_path in sorted(folder.rglob("*.expected.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        stem = gold_path.name.removesuffix(".expected.json")
        if text:
            art = beritaparse.parse_text(gold_path.with_name(stem + ".txt").read_text(encoding="utf-8"))
        else:
            art = beritaparse.parse(gold_path.with_name(stem + ".html").read_bytes(), url=gold.get("url"))
        got = art.to_dict()
        body = "\n".join(b["text"] for b in got["body"])
        rows.append(
            {
                "f1": body_f1(body, "\n".join(gold["body"])),
                "title": fold(got["title"]) == fold(gold["title"]),
                "published": same_time(got["published"], gold["published"]),
                "authors": {fold(a) for a in got["authors"]} == {fold(a) for a in gold["authors"]},
                "leaks": sum(1 for s in gold.get("must_not_contain", []) if s and s in body),
            }
        )
    n = len(rows)
    assert n > 0
    return {
        "n": n,
        "f1": sum(r["f1"] for r in rows) / n,
        "min_f1": min(r["f1"] for r in rows),
        "title": sum(r["title"] for r in rows) / n,
        "published": sum(r["published"] for r in rows) / n,
        "authors": sum(r["authors"] for r in rows) / n,
        "leaks": sum(r["leaks"] for r in rows),
    }


@pytest.fixture(scope="module")
def pages() -> dict[str, float]:
    return score(HERE / "pages", text=False)


@pytest.fixture(scope="module")
def pastes() -> dict[str, float]:
    return score(HERE / "pastes", text=True)


def test_pages_gate(pages: dict[str, float]) -> None:
    assert pages["n"] >= 29
    assert pages["f1"] >= 0.99
    assert pages["min_f1"] >= 0.93
    assert pages["title"] >= 0.99
    assert pages["published"] >= 0.99
    assert pages["authors"] >= 0.99
    assert pages["leaks"] <= 1


def test_pastes_gate(pastes: dict[str, float]) -> None:
    assert pastes["n"] >= 29
    assert pastes["f1"] >= 0.98
    assert pastes["min_f1"] >= 0.88
    assert pastes["title"] >= 0.89
    assert pastes["published"] >= 0.93
    assert pastes["authors"] >= 0.96
    assert pastes["leaks"] <= 2


def test_generic_extractor_gate() -> None:
    """Adapters off: the generic extractor alone must still come out clean on the same pages."""
    rows = []
    for gold_path in sorted((HERE / "pages").rglob("*.expected.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        html = gold_path.with_name(gold_path.name.removesuffix(".expected.json") + ".html").read_bytes()
        art = beritaparse.parse(html, url=gold.get("url"), adapters=False)
        rows.append(body_f1(art.text, "\n".join(gold["body"])))
    assert sum(rows) / len(rows) >= 0.95
