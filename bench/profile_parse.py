"""Where ``parse()`` spends its time: cProfile over every page of the given folders, after a warm-up pass.

    python bench/profile_parse.py [FOLDER ...] [--sort tottime|cumulative] [--top 40] [--rounds 2]
                                  [--no-adapters]

Folders default to tests/pages. Each page is parsed once untimed (imports, compiled patterns and caches are
first-call set-up, not per-page cost), then ``--rounds`` times under the profiler; the table shows the
``--top`` functions by ``--sort``. Also printed: the CPU time of the profiled passes without the profiler,
over lxml's bare parse of the same bytes (``lxml.html.document_fromstring``), to see what a change won.
``--no-adapters`` parses with ``adapters=False``: the generic path that every page of an unseen outlet takes.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import json
import pstats
import time
from pathlib import Path
from typing import TYPE_CHECKING

import lxml.html

import beritaparse

if TYPE_CHECKING:
    from collections.abc import Callable

PAGES = Path(__file__).resolve().parent.parent / "tests" / "pages"


def _pages(folders: list[Path]) -> list[tuple[bytes, str | None]]:
    cases = []
    for folder in folders:
        for path in sorted(folder.rglob("*.html")):
            gold = path.with_name(path.name.removesuffix(".html") + ".expected.json")
            url = json.loads(gold.read_text("utf-8")).get("url") if gold.exists() else None
            cases.append((path.read_bytes(), url))
    return cases


def _parse_all(cases: list[tuple[bytes, str | None]], *, adapters: bool = True) -> None:
    for raw, url in cases:
        with contextlib.suppress(beritaparse.BeritaparseError):
            beritaparse.parse(raw, url=url, adapters=adapters)


def _cpu(run: Callable[[], object], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", nargs="*", type=Path, default=[PAGES])
    ap.add_argument("--sort", default="tottime", choices=["tottime", "cumulative"])
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument(
        "--no-adapters", dest="adapters", action="store_false", help="adapters=False: the generic path"
    )
    args = ap.parse_args(argv)
    cases = _pages(args.folders)
    adapters: bool = args.adapters
    _parse_all(cases, adapters=adapters)  # warm-up
    bare = _cpu(lambda: [lxml.html.document_fromstring(raw) for raw, _ in cases], args.rounds + 1)
    ours = _cpu(lambda: _parse_all(cases, adapters=adapters), args.rounds + 1)
    print(
        f"{len(cases)} pages: parse {ours / len(cases) * 1000:.2f} ms/page CPU, "
        f"lxml {bare / len(cases) * 1000:.2f} ms/page, ratio {ours / bare:.2f}x"
    )
    profile = cProfile.Profile()
    profile.enable()
    for _ in range(args.rounds):
        _parse_all(cases, adapters=adapters)
    profile.disable()
    pstats.Stats(profile).strip_dirs().sort_stats(args.sort).print_stats(args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
