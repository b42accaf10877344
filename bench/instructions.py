"""Per-page CPU instructions of ``parse()`` and of lxml's bare parse, counted by valgrind's callgrind.

Wall-clock timings on a shared machine swing by a fifth between runs; instruction counts do not (repeat runs
agree within about 0.1%), so before/after figures of a speed change are taken from them. The script runs
itself under ``valgrind --tool=callgrind`` four times: parse() and lxml's parse, each with a warm-up round
only and with two more rounds, and reports (Ir(warm-up + 2 rounds) - Ir(warm-up)) / 2 / pages, so imports,
the pattern cache and first-call set-up are not counted.

    python bench/instructions.py [FOLDER] [--no-adapters]      (default FOLDER: tests/pages)

Needs valgrind on the PATH (``apt install valgrind``).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import pathlib
import re
import shutil
import subprocess
import sys

import lxml.html

import beritaparse
from beritaparse.errors import BeritaparseError

_COLLECTED = re.compile(r"Collected : (\d+)")


def _run_rounds(rounds: int, folder: pathlib.Path, mode: str) -> None:
    """The measured process: read every page, parse each once to warm up, then ``rounds`` more times."""
    pages = [p.read_bytes() for p in sorted(folder.rglob("*.html"))]
    if mode == "lxml":
        for _ in range(rounds + 1):
            for page in pages:
                lxml.html.fromstring(page)
        return
    # A non-article page costs what it costs; its error is part of the work.
    quiet = contextlib.suppress(BeritaparseError)
    for _ in range(rounds + 1):
        for page in pages:
            with quiet:
                beritaparse.parse(page, adapters=mode == "parse")


def _count(rounds: int, folder: pathlib.Path, mode: str) -> int:
    command = [
        "valgrind",
        "--tool=callgrind",
        "--callgrind-out-file=/dev/null",
        sys.executable,
        __file__,
        "--child",
        str(rounds),
        mode,
        str(folder),
    ]
    # A fixed hash seed: set and dict orders, and so the instructions spent, are the same in every run.
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)  # noqa: S603 (our own script, with our interpreter)
    found = _COLLECTED.search(done.stderr)
    if found is None:
        raise SystemExit(f"valgrind gave no instruction count:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        _run_rounds(int(sys.argv[2]), pathlib.Path(sys.argv[4]), sys.argv[3])
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", default="tests/pages", type=pathlib.Path)
    parser.add_argument("--no-adapters", action="store_true", help="parse with adapters=False")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not on the PATH")
    pages = sum(1 for _ in args.folder.rglob("*.html"))
    if not pages:
        raise SystemExit(f"no .html pages under {args.folder}")
    # One run without valgrind first, so that both counted runs read every pattern from the cache of compiled
    # patterns: with the cache empty, the first counted run compiled the patterns and the second read them,
    # and the difference counted the compiling (4.7x lxml's parse on tests/pages instead of 2.8x).
    mine = "generic" if args.no_adapters else "parse"
    warm_up = [sys.executable, __file__, "--child", "0", mine, str(args.folder)]
    subprocess.run(warm_up, env={**os.environ, "PYTHONHASHSEED": "0"}, capture_output=True, check=True)  # noqa: S603 (our own script)
    per_page = {}
    for mode in (mine, "lxml"):
        per_page[mode] = (_count(2, args.folder, mode) - _count(0, args.folder, mode)) / 2 / pages
        print(f"{mode:8} {per_page[mode] / 1e6:7.2f} M instructions/page ({pages} pages)")
    print(f"ratio    {per_page[mine] / per_page['lxml']:7.2f}x lxml's bare parse")


if __name__ == "__main__":
    main()
