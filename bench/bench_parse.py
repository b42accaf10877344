"""Pages a second on the corpus: beritaparse.parse against lxml's bare parse and trafilatura, in one run.

lxml's bare parse (``lxml.html.document_fromstring`` of the same bytes) is the floor no HTML extractor beats;
the goal is beritaparse at most 5x its time. trafilatura (``bare_extraction`` with metadata) is a bench-only
peer, never a dependency: install it with ``pip install trafilatura`` to include it.

    .venv/bin/python bench/bench_parse.py [--rounds N] [--pages DIR]

Each system parses every page once to warm up, then ``--rounds`` times; the best round counts (the least
disturbed by other processes). Also shown: the split of beritaparse's own time between loading the page
(decode + safe parse), metadata and the rest of the pipeline.
"""

from __future__ import annotations

import argparse
import json
import time
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any

import lxml.html

import beritaparse
from beritaparse.page.html import load
from beritaparse.page.metadata import extract

if TYPE_CHECKING:
    from collections.abc import Callable

PAGES = Path(__file__).resolve().parent.parent / "tests" / "pages"


def corpus(folder: Path) -> list[tuple[bytes, str | None]]:
    cases = []
    for path in sorted(folder.glob("*/*.html")):
        gold = path.with_name(path.name.removesuffix(".html") + ".expected.json")
        url = json.loads(gold.read_text("utf-8")).get("url") if gold.exists() else None
        cases.append((path.read_bytes(), url))
    return cases


def best_time(
    run: Callable[[bytes, str | None], Any], cases: list[tuple[bytes, str | None]], rounds: int
) -> float:
    for raw, url in cases:  # warm-up: imports, caches, compiled patterns
        run(raw, url)
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for raw, url in cases:
            run(raw, url)
        best = min(best, time.perf_counter() - start)
    return best


def systems() -> dict[str, Callable[[bytes, str | None], Any]]:
    found: dict[str, Callable[[bytes, str | None], Any]] = {
        "lxml bare parse": lambda raw, _url: lxml.html.document_fromstring(raw),
        "beritaparse.parse": lambda raw, url: beritaparse.parse(raw, url=url),
        "  html.load": lambda raw, _url: load(raw),
        "  html.load + metadata": lambda raw, url: extract(load(raw), url=url),
    }
    try:
        import trafilatura  # noqa: PLC0415 (optional peer, imported only when present)
    except ImportError:
        return found

    def run_trafilatura(raw: bytes, url: str | None) -> Any:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return trafilatura.bare_extraction(raw, url=url, with_metadata=True)

    found["trafilatura.bare_extraction"] = run_trafilatura
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--pages", type=Path, default=PAGES)
    args = parser.parse_args()
    cases = corpus(args.pages)
    if not cases:
        raise SystemExit(f"no pages under {args.pages}")
    megabytes = sum(len(raw) for raw, _ in cases) / 1e6
    print(f"{len(cases)} pages, {megabytes:.1f} MB, best of {args.rounds} rounds")
    print(f"{'system':30} {'pages/s':>9} {'ms/page':>9} {'x lxml':>8}")
    timings: dict[str, float] = {}
    for name, run in systems().items():
        timings[name] = best_time(run, cases, args.rounds)
    floor = timings["lxml bare parse"]
    for name, seconds in timings.items():
        print(
            f"{name:30} {len(cases) / seconds:9.1f} {1000 * seconds / len(cases):9.2f} {seconds / floor:8.2f}"
        )
    ratio = timings["beritaparse.parse"] / floor
    verdict = "within" if ratio <= 5 else "over"
    print(f"beritaparse.parse is {ratio:.1f}x lxml's bare parse: {verdict} the 5x goal")


if __name__ == "__main__":
    main()
