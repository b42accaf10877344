"""``beritaparse eval CASES_DIR``: score the library on a folder of cases and print the table.

>>> import contextlib, io
>>> out = io.StringIO()
>>> with contextlib.redirect_stdout(out):
...     status = run(["tests/seeds"])
>>> status, out.getvalue().splitlines()[0].split()
(0, ['outlet', 'n', 'body_f1', 'title', 'date', 'day', 'author', 'leaks', 'errors'])
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys
from typing import TYPE_CHECKING

from beritaparse.errors import CaseFormatError
from beritaparse.evaluation.cases import load_cases
from beritaparse.evaluation.report import evaluate, format_cases, format_table

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["run"]

_PROG = "beritaparse eval"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=_PROG,
        description=(
            "Score beritaparse on a folder of cases: NAME.html (a page) or NAME.txt (pasted text) beside "
            "NAME.expected.json (its gold), in nested folders too. Prints body token F1, title, publication "
            "time within 5 minutes, day, authors, boilerplate leaks and errors per outlet and overall."
        ),
        epilog="The gold format: docs/evaluation.md.",
    )
    parser.add_argument("folder", metavar="CASES_DIR", help="folder of cases")
    parser.add_argument("--cases", action="store_true", help="print a row per case")
    parser.add_argument("--json", metavar="FILE", help="write the full report (every case, every field) here")
    parser.add_argument(
        "--adapters",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="use the outlet adapters (default); --no-adapters reads every page with the generic extractor "
        "alone and without its URL (no host to name the outlet), so each outlet's row shows what a new "
        "outlet on its template would get",
    )
    return parser


def run(argv: Sequence[str]) -> int:
    """Run ``beritaparse eval`` with ``argv`` (after the word ``eval``); returns the exit status.

    0 when the cases were scored (whatever the scores), 1 when the folder or a gold file cannot be read or
    holds no case, 2 for a usage error.
    """
    args = _parser().parse_args(argv)
    try:
        cases = load_cases(args.folder)
    except (OSError, CaseFormatError) as exc:
        sys.stderr.write(f"beritaparse: {exc}\n")
        return 1
    if not cases:
        sys.stderr.write(
            f"beritaparse: no cases (NAME.html or NAME.txt beside NAME.expected.json) under {args.folder}\n"
        )
        return 1
    report = evaluate(cases, adapters=args.adapters)
    text = (format_cases(report) + "\n" if args.cases else "") + format_table(report) + "\n"
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is not None:  # UTF-8 whatever the locale: case names and errors may be Indonesian
        sys.stdout.flush()
        buffer.write(text.encode("utf-8"))
        buffer.flush()
    else:
        sys.stdout.write(text)
    if args.json:
        pathlib.Path(args.json).write_text(
            json.dumps(report.to_dict(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    return 0
