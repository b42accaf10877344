"""Every speed figure of issue 14 in one run, for the closing note before and after a change.

    python bench/bench_all.py [--corpus ../shared/corpus] [--peer-python PATH] [--records 600] [--rounds 3]

Prints, in this order:
- parse time over lxml's bare parse of the same bytes (``lxml.html.document_fromstring``), for each page
  folder (tests/pages, and --corpus when given): the same measure as the evaluation's time/lxml-parse,
  each system warmed up once, then the best of --rounds passes;
- parse_text texts a second on tests/pastes and tests/seeds;
- ``import beritaparse`` in a fresh interpreter against ``import trafilatura`` in --peer-python's (a
  separate venv: trafilatura is never a dependency of the project), best of five, the bare interpreter's
  start-up taken off both;
- the first parse() after import over a warm one (CPU time), in a fresh interpreter, twice: with the cache
  of compiled patterns cold (an empty folder: every pattern compiles, as in a process's first run) and warm
  (the folder a previous process filled, as in every later one). Best of --rounds fresh interpreters each.

Both fresh-interpreter measures run with byte code cached, as an installed package has it (pip writes the
``.pyc`` files; trafilatura's are in its venv): with ``PYTHONDONTWRITEBYTECODE`` set, as in some shells, a
source tree would be compiled to byte code on every start, and that cost is no part of the import. The
byte code goes to a temporary ``PYTHONPYCACHEPREFIX``, written by one run before the timed ones;
- batch pages a second with 1 and 2 workers over a WARC of --records pages, the pattern cache warm.

Every process of the run, this one included, keeps its compiled patterns in a temporary folder of its own
(``BERITAPARSE_CACHE_DIR``), never in the user's cache.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import lxml.html

import beritaparse
from beritaparse.cache import patterns

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"


def _pages(folder: Path) -> list[tuple[bytes, str | None]]:
    cases = []
    for path in sorted(folder.rglob("*.html")):
        gold = path.with_name(path.name.removesuffix(".html") + ".expected.json")
        url = json.loads(gold.read_text("utf-8")).get("url") if gold.exists() else None
        cases.append((path.read_bytes(), url))
    return cases


def _best(run: Any, items: list[Any], rounds: int) -> float:
    for item in items:  # warm-up: first-call set-up is not counted per page
        run(item)
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for item in items:
            run(item)
        best = min(best, time.perf_counter() - start)
    return best


def _parse(case: tuple[bytes, str | None]) -> None:
    with contextlib.suppress(beritaparse.BeritaparseError):
        beritaparse.parse(case[0], url=case[1])


def parse_ratio(folder: Path, rounds: int) -> str:
    cases = _pages(folder)
    bare = _best(lambda c: lxml.html.document_fromstring(c[0]), cases, rounds)
    ours = _best(_parse, cases, rounds)
    return (
        f"{folder.name:>10}: {len(cases)} pages, parse {ours / len(cases) * 1000:.2f} ms/page, "
        f"lxml {bare / len(cases) * 1000:.2f} ms/page, ratio {ours / bare:.2f}x"
    )


def text_rate(rounds: int) -> str:
    paths = sorted([*TESTS.glob("pastes/*/*.txt"), *TESTS.glob("seeds/*.txt")])
    texts = [p.read_text("utf-8") for p in paths]

    def run(text: str) -> None:
        with contextlib.suppress(beritaparse.BeritaparseError):
            beritaparse.parse_text(text)

    took = _best(run, texts, rounds)
    per_text = took / len(texts) * 1000
    return f"parse_text: {len(texts)} texts, {len(texts) / took:.0f} texts/s, {per_text:.2f} ms/text"


_CACHE = tempfile.TemporaryDirectory(prefix="bench-pycache-")
_PATTERNS = tempfile.TemporaryDirectory(prefix="bench-patterns-")


def _env(folder: str | None = None) -> dict[str, str]:
    """The environment of a fresh interpreter: byte code written once to a private cache, then read; compiled
    patterns kept in ``folder`` (the run's own by default)."""
    env = {
        k: v for k, v in os.environ.items() if k not in {"PYTHONDONTWRITEBYTECODE", "BERITAPARSE_NO_CACHE"}
    }
    env["PYTHONPYCACHEPREFIX"] = _CACHE.name
    env["BERITAPARSE_CACHE_DIR"] = _PATTERNS.name if folder is None else folder
    return env


def _fresh(python: str, code: str, runs: int = 5) -> float:
    subprocess.run([python, "-c", code], check=True, capture_output=True, env=_env())  # noqa: S603 (byte code)
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([python, "-c", code], check=True, capture_output=True, env=_env())  # noqa: S603
        best = min(best, time.perf_counter() - start)
    return best


def import_times(peer_python: str | None) -> str:
    bare = _fresh(sys.executable, "pass")
    ours = _fresh(sys.executable, "import beritaparse") - bare
    line = f"import beritaparse: {ours * 1000:.0f} ms"
    if peer_python:
        peer_bare = _fresh(peer_python, "pass")
        peer = _fresh(peer_python, "import trafilatura") - peer_bare
        line += f"; import trafilatura: {peer * 1000:.0f} ms; ratio {ours / peer:.2f}"
    return line


# CPU time of the process: on a shared machine the wall clock of one parse also counts other people's work.
FIRST_CALL = """
import time, beritaparse
from beritaparse.samples import sample_page
html, url = sample_page()
t = time.process_time(); beritaparse.parse(html, url=url); first = time.process_time() - t
warm = min((lambda t: (beritaparse.parse(html, url=url), time.process_time() - t)[1])(time.process_time())
           for _ in range(5))
print(first, warm)
"""


def _first_call(folder: str) -> tuple[float, float]:
    out = subprocess.run(  # noqa: S603 (our interpreter)
        [sys.executable, "-c", FIRST_CALL], check=True, capture_output=True, text=True, env=_env(folder)
    )
    first, warm = (float(x) for x in out.stdout.split())
    return first, warm


def first_call(rounds: int) -> list[str]:
    # One run writes the byte code; the patterns it compiles are not kept.
    with tempfile.TemporaryDirectory(prefix="bench-patterns-") as folder:
        subprocess.run([sys.executable, "-c", FIRST_CALL], check=True, capture_output=True, env=_env(folder))  # noqa: S603
    cold, warm = [], []
    for _ in range(rounds):
        with tempfile.TemporaryDirectory(prefix="bench-patterns-") as folder:
            cold.append(_first_call(folder))  # an empty folder: every pattern compiles, then is written
            warm.append(_first_call(folder))  # the folder the process before filled
    lines = []
    for name, runs in (("cold", cold), ("warm", warm)):
        first, warm_parse = min(runs, key=lambda run: run[0] / run[1])
        lines.append(
            f"first parse after import, pattern cache {name}: {first * 1000:.1f} ms, "
            f"warm {warm_parse * 1000:.1f} ms, ratio {first / warm_parse:.2f}"
        )
    return lines


def batch_rates(records: int) -> list[str]:
    spec = importlib.util.spec_from_file_location("bench_batch", Path(__file__).with_name("bench_batch.py"))
    if spec is None or spec.loader is None:
        return ["batch: bench_batch.py not found"]
    bench_batch = importlib.util.module_from_spec(spec)
    # dataclasses look their module up in sys.modules while the class is built.
    sys.modules[spec.name] = bench_batch
    spec.loader.exec_module(bench_batch)
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        warc = Path(tmp) / "bench.warc.gz"
        bench_batch.build_warc(warc, records)
        rates: dict[int, float] = {}
        by_cpu: dict[int, float] = {}
        for workers in (1, 2):
            run = bench_batch.run_batch(warc, Path(tmp) / f"out{workers}.jsonl", workers)
            rates[workers] = run.rate
            # On a shared machine the wall clock also counts other people's work; the busiest process's CPU
            # seconds are what the run would take on cores of its own.
            by_cpu[workers] = run.parsed / run.busiest
            lines.append(
                f"batch {workers} worker(s): {run.rate:.0f} pages/s wall, {by_cpu[workers]:.0f} by CPU, "
                f"peak RSS {run.peak_kb / 1024:.0f} MiB, largest worker {run.worker_kb / 1024:.0f} MiB"
            )
        lines.append(
            f"batch 2 workers over 1: {rates[2] / rates[1]:.2f}x wall, {by_cpu[2] / by_cpu[1]:.2f}x by CPU"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, help="another folder of pages (e.g. ../shared/corpus)")
    ap.add_argument("--peer-python", help="an interpreter with trafilatura, for the import comparison")
    ap.add_argument("--records", type=int, default=600)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)
    # This process and every one it starts (the batch workers among them) keep patterns in the run's folder.
    os.environ["BERITAPARSE_CACHE_DIR"] = _PATTERNS.name
    os.environ.pop("BERITAPARSE_NO_CACHE", None)
    print(f"beritaparse {beritaparse.__version__}, python {sys.version.split()[0]}")
    for folder in (TESTS / "pages", *([args.corpus] if args.corpus else [])):
        print(parse_ratio(folder, args.rounds), flush=True)
    print(text_rate(args.rounds), flush=True)
    print(import_times(args.peer_python), flush=True)
    for line in first_call(args.rounds):
        print(line, flush=True)
    # The patterns this run has compiled so far go to its folder now, so both batch runs start warm.
    patterns.save()
    for line in batch_rates(args.records):
        print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
