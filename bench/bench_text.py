"""Pasted texts a second: beritaparse.parse_text on the committed pastes and seeds, best of several rounds.

    .venv/bin/python bench/bench_text.py [--rounds N]

The pastes (tests/pastes) are what a reader copies from the headline to the end of an article on the
committed pages, chrome included; the seeds (tests/seeds) are the five real pasted articles. Each text is
parsed once to warm up, then ``--rounds`` times; the best round counts.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import beritaparse

TESTS = Path(__file__).resolve().parent.parent / "tests"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args(argv)
    paths = sorted([*TESTS.glob("pastes/*/*.txt"), *TESTS.glob("seeds/*.txt")])
    texts = [p.read_text("utf-8") for p in paths]
    chars = sum(len(t) for t in texts)
    for text in texts:
        beritaparse.parse_text(text)
    best = float("inf")
    for _ in range(args.rounds):
        start = time.perf_counter()
        for text in texts:
            beritaparse.parse_text(text)
        best = min(best, time.perf_counter() - start)
    print(f"{len(texts)} texts, {chars:,} characters, best of {args.rounds} rounds")
    per_text = best / len(texts) * 1000
    rate = f"{len(texts) / best:,.0f} texts/s, {chars / best:,.0f} characters/s"
    print(f"parse_text: {rate}, {per_text:.2f} ms/text")


if __name__ == "__main__":
    main()
