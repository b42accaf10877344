"""Clock time of ``parse()`` over lxml's bare parse of the same bytes, steady on a busy machine, by step.

    python bench/clock.py FOLDER [FOLDER ...] [--rounds 7] [--fresh] [--phases] [--no-adapters]

The evaluation's time/lxml-parse (shared/eval/score.py) sums one timing of each page: on a shared machine
with two cores its figure for the same code swings between runs (2.8x to 6.5x on shared/corpus in one
afternoon), as other processes' bursts land in its pages. Here each page's lxml parse
(``lxml.html.document_fromstring``) and ``parse()`` + ``to_dict()`` alternate ``--rounds`` times and the
fastest of each is kept: a burst lands in some rounds of a page, not in all. A warm-up pass runs first
(imports, compiled patterns, first-call set-up). Printed: both per-page means and their ratio.

A page parsed again finds its own texts' verdicts in the block rules' and the date scanner's caches, which
keep a few hundred texts so that the stages of one parse share them (:data:`INPUT_CACHES`): score.py's
``--repeat 3`` times each page three times in a row, so two of its three parses are such repeats, as every
round here after the first is. ``--fresh`` also times each page with those caches emptied before it, as a
batch of pages each seen once parses it: on shared/corpus a fresh parse runs 2.0 M instructions (6%) more
than a repeated one (cachegrind, 34 M a page), which the clock shows within its noise.

``--phases`` adds where ``parse()``'s time goes: the pipeline's steps, each wrapped for the run with a
timer, with the time of the steps it calls taken off (its own time), per page and over lxml's parse. The
wrappers cost about a microsecond a call; the step list is :data:`PHASES`.

Instruction counts (bench/instructions.py) are steadier still, but under-weigh the interpreter: valgrind's
cachegrind (``--cache-sim=yes --branch-sim=yes``) counts for ``parse()`` on shared/corpus 2.67x the lxml
parse's instructions, yet 3.95x its mispredicted branches (15x its indirect ones: the eval loop's dispatch)
and 5.4x its first-level data cache misses, which the clock pays for.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import functools
import importlib
import time
from pathlib import Path
from typing import Any

import lxml.html

import beritaparse
from beritaparse.errors import BeritaparseError

# The caches of verdicts on a text (a block, a line, a date's text) that a page parsed again hits.
INPUT_CACHES: tuple[tuple[str, str], ...] = (
    ("beritaparse.rules.blocks", "split_dateline"),
    ("beritaparse.rules.blocks", "caption_in_text"),
    ("beritaparse.rules.blocks", "chrome_reason"),
    ("beritaparse.rules.blocks", "_word_list"),
    ("beritaparse.rules.cues", "box_heading"),
    ("beritaparse.dates", "_candidates"),
)

# The steps of parse() whose own time --phases reports: (module, attribute, label).
PHASES: tuple[tuple[str, str, str], ...] = (
    ("beritaparse.page.extract", "load", "load (decode, lxml parse)"),
    ("beritaparse.page.extract", "strip_archive_chrome", "archive chrome"),
    ("beritaparse.page.metadata", "find_outlet", "outlet"),
    ("beritaparse.page.metadata", "extract", "metadata (rest)"),
    ("beritaparse.page.metadata", "headline", "metadata: headline"),
    ("beritaparse.page.metadata", "people", "metadata: bylines"),
    ("beritaparse.page.metadata", "published", "metadata: published"),
    ("beritaparse.page.metadata", "tags", "metadata: tags"),
    ("beritaparse.page.metadata", "section", "metadata: section"),
    ("beritaparse.page.metadata", "more_pages", "metadata: more pages"),
    ("beritaparse.page.metadata", "canonical_url", "metadata: canonical url"),
    ("beritaparse.page.metadata", "page_language", "metadata: language"),
    ("beritaparse.page.extract", "_extract", "extract (rest)"),
    ("beritaparse.page.extract", "_adapter_container", "adapter container"),
    ("beritaparse.page.extract", "_drop", "adapter drops"),
    ("beritaparse.page.extract", "_adapter_captions", "adapter captions"),
    ("beritaparse.page.generic", "find", "generic container"),
    ("beritaparse.page.density", "read", "density reading"),
    ("beritaparse.page.dom", "walk", "dom walk"),
    ("beritaparse.page.extract", "clean", "block rules"),
    ("beritaparse.page.extract", "_viewer_slide", "viewer slide"),
    ("beritaparse.page.kind", "not_article", "page kind"),
    ("beritaparse.page.extract", "_without_bylines", "byline blocks"),
)


def _emptier() -> Any:
    """A function that empties :data:`INPUT_CACHES`."""
    caches = [getattr(importlib.import_module(module), name) for module, name in INPUT_CACHES]

    def empty() -> None:
        for cache in caches:
            cache.cache_clear()

    return empty


def _pages(folders: list[Path]) -> list[bytes]:
    return [path.read_bytes() for folder in folders for path in sorted(folder.rglob("*.html"))]


def _parse_all(raw: bytes, *, adapters: bool) -> None:
    with contextlib.suppress(BeritaparseError):
        beritaparse.parse(raw, adapters=adapters).to_dict()


class _Phases:
    """Own time per step: a step's time without the time of the wrapped steps it calls."""

    def __init__(self) -> None:
        self.own: collections.Counter[str] = collections.Counter()
        self._stack: list[float] = []
        self._on = False

    def wrap(self, fn: Any, label: str) -> Any:
        @functools.wraps(fn)
        def timed(*args: Any, **kwargs: Any) -> Any:
            if not self._on:
                return fn(*args, **kwargs)
            start = time.perf_counter()
            self._stack.append(0.0)
            try:
                return fn(*args, **kwargs)
            finally:
                spent = time.perf_counter() - start
                inner = self._stack.pop()
                self.own[label] += spent - inner
                if self._stack:
                    self._stack[-1] += spent

        return timed

    def install(self) -> None:
        for module_name, attribute, label in PHASES:
            module = importlib.import_module(module_name)
            setattr(module, attribute, self.wrap(getattr(module, attribute), label))

    def run(self, raws: list[bytes], *, adapters: bool) -> float:
        """The pages parsed once with the steps timed; the time of the whole parses."""
        self._on = True
        start = time.perf_counter()
        for raw in raws:
            _parse_all(raw, adapters=adapters)
        self._on = False
        return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--rounds", type=int, default=7, help="timings of each page, the fastest kept")
    ap.add_argument("--fresh", action="store_true", help="also each page with the text caches emptied")
    ap.add_argument("--phases", action="store_true", help="also the own time of parse()'s steps")
    ap.add_argument("--no-adapters", dest="adapters", action="store_false")
    args = ap.parse_args()
    raws = _pages(args.folders)
    if not raws:
        raise SystemExit("no .html pages under the folders given")
    for raw in raws:  # warm-up
        _parse_all(raw, adapters=args.adapters)
    empty = _emptier()
    floor = ours = fresh = 0.0
    for raw in raws:
        best = [float("inf")] * 3
        for _ in range(args.rounds):
            start = time.perf_counter()
            lxml.html.document_fromstring(raw)
            best[0] = min(best[0], time.perf_counter() - start)
            start = time.perf_counter()
            _parse_all(raw, adapters=args.adapters)
            best[1] = min(best[1], time.perf_counter() - start)
            if args.fresh:
                empty()
                start = time.perf_counter()
                _parse_all(raw, adapters=args.adapters)
                best[2] = min(best[2], time.perf_counter() - start)
        floor += best[0]
        ours += best[1]
        fresh += best[2]
    n = len(raws)
    print(f"{n} pages: lxml parse {floor / n * 1e3:.3f} ms/page, parse() {ours / n * 1e3:.3f} ms/page, "
          f"{ours / floor:.2f}x (fastest of {args.rounds} rounds a page)")
    if args.fresh:
        print(f"parse() of a page seen once (text caches emptied): {fresh / n * 1e3:.3f} ms/page, "
              f"{fresh / floor:.2f}x")
    if not args.phases:
        return
    phases = _Phases()
    phases.install()
    rounds = 3
    whole = sum(phases.run(raws, adapters=args.adapters) for _ in range(rounds))
    per_page = n * rounds
    scale = floor / n  # the lxml parse of a page, from the steady figure above
    print(f"{'step (own time)':<28} {'ms/page':>8} {'x lxml':>7}")
    listed = 0.0
    for label, spent in phases.own.most_common():
        listed += spent
        print(f"{label:<28} {spent / per_page * 1e3:8.3f} {spent / per_page / scale:7.2f}")
    rest = whole - listed
    print(f"{'parse() outside the steps':<28} {rest / per_page * 1e3:8.3f} {rest / per_page / scale:7.2f}")


if __name__ == "__main__":
    main()
