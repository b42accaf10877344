"""The ``beritaparse`` command: parse pages or pasted text and print them, or run a batch.

``beritaparse FILE...`` prints each article (``-`` reads standard input);
``beritaparse batch INPUT... -o OUT`` parses many inputs into a JSONL or Parquet file;
``beritaparse eval CASES_DIR`` scores the library on a folder of gold cases. A file literally named
``batch`` or ``eval`` is ``./batch`` or ``./eval``.
See ``docs/cli.md``.

>>> main(["--version"]) == 0  # doctest: +ELLIPSIS
beritaparse ...
True
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import os
import sys
import threading
import time
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import attrs
import regex

from beritaparse.batch import DEFAULT_TIMEOUT, Summary, count_inputs, iter_inputs, open_output, parse_records
from beritaparse.batch.inputs import read_page_file
from beritaparse.batch.outputs import done_ids, json_line, output_format
from beritaparse.batch.runner import DEFAULT_CHUNK_SIZE, default_workers
from beritaparse.errors import BeritaparseError, HTMLDecodeError
from beritaparse.page.extract import parse
from beritaparse.page.html import DEFAULT_MAX_BYTES
from beritaparse.page.mhtml import is_mhtml
from beritaparse.paste.extract import parse_text
from beritaparse.samples import sample_page

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from beritaparse.batch import BatchResult
    from beritaparse.model import Article

__all__ = ["EXIT_FAILURE", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_USAGE", "looks_like_html", "main", "render"]

PROG = "beritaparse"
EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
"""128 + SIGINT, as shells report a command stopped by Ctrl-C."""

_HTML_START = regex.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|link|script)\b",
    regex.IGNORECASE | regex.DOTALL,
)
_SNIFF_BYTES = 2048
_SEPARATOR = "\n---\n\n"


def looks_like_html(data: bytes) -> bool:
    """Whether ``data`` starts like an HTML document, or a page saved as MHTML (used for standard input when
    ``--text`` is not given).

    >>> looks_like_html(b"<!DOCTYPE html><html><body>..."), looks_like_html(b"JAKARTA - Harga beras naik.")
    (True, False)
    """
    return _HTML_START.match(data[:_SNIFF_BYTES].lstrip(b"\xef\xbb\xbf")) is not None or is_mhtml(data)


class _Version(argparse.Action):
    """``--version``, reading the installed version only when asked (argparse's own action reads it on
    every start, and the metadata lookup costs more than the rest of a one-page call's start-up)."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kwargs: object) -> None:
        import beritaparse  # noqa: PLC0415

        sys.stdout.write(f"{PROG} {beritaparse.__version__}\n")
        parser.exit()


# --- rendering ---------------------------------------------------------------------------------------------


def render(article: Article, fmt: str) -> str:
    """The article as ``json`` (pretty), ``jsonl`` (one line), ``text`` or ``markdown``, newline-ended."""
    if fmt == "json":
        return json.dumps(article.to_dict(), ensure_ascii=False, indent=2) + "\n"
    if fmt == "jsonl":
        return json_line(article.to_dict())
    if fmt == "markdown":
        return _markdown(article)
    return _plain(article)


def _meta_lines(article: Article) -> list[str]:
    lines = []
    for label, value in (
        ("Outlet", article.outlet),
        ("Published", article.published.isoformat() if article.published else None),
        ("Authors", ", ".join(article.authors) or None),
        ("Editors", ", ".join(article.editors) or None),
        ("Dateline", article.dateline),
        ("URL", article.url),
    ):
        if value:
            lines.append(f"{label}: {value}")
    return lines


def _plain(article: Article) -> str:
    parts = [p for p in (article.title, article.subtitle) if p]
    meta = _meta_lines(article)
    head = "\n".join(parts + meta)
    return "\n\n".join(p for p in (head, article.text) if p) + "\n"


def _markdown(article: Article) -> str:
    out: list[str] = []
    if article.title:
        out.append(f"# {article.title}")
    if article.subtitle:
        out.append(f"*{article.subtitle}*")
    meta = _meta_lines(article)
    if meta:
        out.append("\n".join(f"- {line}" for line in meta))
    for block in article.body:
        if block.kind == "heading":
            out.append(f"## {block.text}")
        elif block.kind == "quote":
            out.append("\n".join(f"> {line}" for line in block.text.splitlines()))
        elif block.kind == "list":
            out.append("\n".join(f"- {line}" for line in block.text.splitlines()))
        else:
            out.append(block.text)
    return "\n\n".join(out) + "\n"


# --- output and messages -----------------------------------------------------------------------------------


def _write_utf8(stream: IO[str], text: str) -> None:
    # JSON and text go out as UTF-8 whatever the locale says (LANG=C would make Indonesian quotes fail).
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        stream.flush()
        buffer.write(text.encode("utf-8"))
        buffer.flush()
    else:
        stream.write(text)


def _error(message: str) -> None:
    sys.stderr.write(f"{PROG}: {message}\n")
    sys.stderr.flush()


# --- single mode -------------------------------------------------------------------------------------------


def _single_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Parse Indonesian news articles (HTML pages or pasted text) and print them.",
        epilog=f"Many inputs into one file: {PROG} batch INPUT... -o OUT.jsonl (see {PROG} batch --help).",
    )
    parser.add_argument(
        "files", nargs="*", metavar="FILE", help="a page or text file; - reads standard input"
    )
    kind = parser.add_mutually_exclusive_group()
    kind.add_argument("--text", action="store_true", help="treat every input as pasted text")
    kind.add_argument("--html", action="store_true", help="treat every input as an HTML page")
    parser.add_argument("--url", help="the page's URL (one input only)")
    parser.add_argument(
        "--max-bytes",
        type=_positive_int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"refuse pages larger than N bytes (default: {DEFAULT_MAX_BYTES:,})",
    )
    parser.add_argument(
        "--sample", action="store_true", help="parse the sample page that ships with beritaparse"
    )
    parser.add_argument(
        "-f", "--format", choices=("json", "jsonl", "text", "markdown"), default="json", help="default: json"
    )
    parser.add_argument("--version", action=_Version, nargs=0, help="show the version number and exit")
    return parser


def _read_input(name: str, max_bytes: int) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    if Path(name).is_dir():
        raise IsADirectoryError(_folder_hint(name))
    with Path(name).open("rb") as raw:
        compressed = raw.read(2) == b"\x1f\x8b"
    # A saved page.html.gz is read as the page it holds (bounded: a gzip bomb stops at max_bytes).
    return read_page_file(name, max_bytes=max_bytes) if compressed else Path(name).read_bytes()


def _folder_hint(name: str) -> str:
    # A folder holds many pages: that is a batch, which writes one file (see docs/cli.md).
    return f"is a folder; to parse every page in it, run: {PROG} batch {name} -o articles.jsonl"


def _parse_one(name: str, data: bytes, args: argparse.Namespace) -> Article:
    as_text = args.text or (
        not args.html and (name.lower().endswith(".txt") if name != "-" else not looks_like_html(data))
    )
    if as_text:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise HTMLDecodeError(f"not UTF-8 text (byte {exc.start})") from exc
        article = parse_text(text)
        # Pasted text has no URL of its own; --url gives it one.
        return attrs.evolve(article, url=args.url) if args.url else article
    return parse(data, url=args.url, max_bytes=args.max_bytes)


def _run_single(argv: Sequence[str]) -> int:
    parser = _single_parser()
    args = parser.parse_args(argv)
    files: list[str] = args.files
    if args.sample and files:
        parser.error("--sample takes no FILE")
    if not args.sample and not files:
        if sys.stdin.isatty():
            parser.error("give a FILE, - for standard input, or --sample")
        files = ["-"]
    if args.url and len(files) > 1:
        parser.error("--url names one page; give one FILE with it")
    if files.count("-") > 1:
        parser.error("standard input (-) can be read only once")
    if args.sample:
        data, url = sample_page()
        args.url = args.url or url
        _write_utf8(sys.stdout, render(parse(data, url=args.url), args.format))
        return EXIT_OK
    status = EXIT_OK
    printed = 0
    for name in files:
        label = "<stdin>" if name == "-" else name
        try:
            article = _parse_one(name, _read_input(name, args.max_bytes), args)
        except IsADirectoryError as exc:
            _error(f"{label}: {exc.args[0] if len(exc.args) == 1 else exc.strerror}")
            status = EXIT_FAILURE
            continue
        except OSError as exc:
            _error(f"{label}: {exc.strerror or exc}")
            status = EXIT_FAILURE
            continue
        except BeritaparseError as exc:
            _error(f"{label}: {exc}")
            status = EXIT_FAILURE
            continue
        # Text and Markdown articles would run into each other; a rule line keeps them apart.
        separator = _SEPARATOR if printed and args.format in {"text", "markdown"} else ""
        _write_utf8(sys.stdout, separator + render(article, args.format))
        printed += 1
    return status


# --- batch mode --------------------------------------------------------------------------------------------


def _batch_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=f"{PROG} batch",
        description=(
            "Parse many pages into one JSONL, CSV or Parquet file: HTML and .txt files (also .gz), folders, "
            'JSONL records {"url", "html"} and WARC / WARC.gz files. One output record per input: an '
            "article, an error or the reason it was skipped."
        ),
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="file or folder")
    parser.add_argument(
        "-o", "--output", required=True, metavar="OUT", help="*.jsonl, *.csv, *.parquet, or - (stdout)"
    )
    parser.add_argument(
        "--format", choices=("jsonl", "csv", "parquet"), help="output format (default: from OUT's name)"
    )
    parser.add_argument(
        "--csv-bom",
        action="store_true",
        help="start a CSV file with a UTF-8 byte order mark (for Excel)",
    )
    parser.add_argument(
        "-w", "--workers", type=_positive_int, default=None, help=f"processes (default: {default_workers()})"
    )
    parser.add_argument(
        "--chunk-size", type=_positive_int, default=DEFAULT_CHUNK_SIZE, help=argparse.SUPPRESS
    )
    parser.add_argument(
        "--resume", action="store_true", help="skip inputs whose id is already in OUT; append"
    )
    parser.add_argument("--unordered", action="store_true", help="write results as they complete")
    parser.add_argument(
        "--only-indonesian", action="store_true", help="skip articles whose text does not read as Indonesian"
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"longest parse of one input before it fails (default: {DEFAULT_TIMEOUT:g}; 0: no limit)",
    )
    parser.add_argument(
        "--max-bytes",
        type=_positive_int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"fail pages larger than N bytes (default: {DEFAULT_MAX_BYTES:,})",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress and no summary")
    return parser


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


class _Progress:
    """A progress line on a terminal (tqdm when installed, else a plain line), nothing otherwise.

    The total comes later, from :class:`_Total`; until then the line counts up without an ETA.
    """

    def __init__(self, *, enabled: bool, total: _Total) -> None:
        self._bar: Any = None
        self._enabled = enabled
        self._total = total
        self._count = 0
        self._start = time.monotonic()
        self._last = 0.0
        if enabled:
            with contextlib.suppress(ImportError):
                from tqdm import tqdm  # noqa: PLC0415 - optional extra "progress"

                self._bar = tqdm(unit=" records", file=sys.stderr, dynamic_ncols=True)

    def update(self, summary: Summary) -> None:
        if not self._enabled:
            return
        self._count += 1
        total = self._total.value
        if self._bar is not None:
            if total is not None and self._bar.total is None:
                self._bar.total = max(total, self._count)
            self._bar.update(1)
            if self._count % 50 == 0:
                self._bar.set_postfix_str(
                    f"{summary.failed} failed, {summary.skipped} skipped", refresh=False
                )
            return
        now = time.monotonic()
        if now - self._last >= 0.5:
            self._last = now
            sys.stderr.write(f"\r{_plain_progress(summary, total, now - self._start)}\x1b[K")
            sys.stderr.flush()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
        elif self._enabled and self._count:
            sys.stderr.write("\n")


def _plain_progress(summary: Summary, total: int | None, elapsed: float) -> str:
    """The progress line without tqdm.

    >>> s = Summary(parsed=90, failed=5, skipped=5)
    >>> _plain_progress(s, 400, 10.0)
    '100/400 records: 90 parsed, 5 failed, 5 skipped (10/s, ETA 30 s)'
    >>> _plain_progress(s, None, 10.0)
    '100 records: 90 parsed, 5 failed, 5 skipped (10/s)'
    """
    rate = summary.total / max(elapsed, 1e-9)
    line = f"{summary}"
    if total is None or total < summary.total:
        return f"{line} ({rate:.0f}/s)"
    eta = (total - summary.total) / rate if rate else 0.0
    return (
        f"{summary.total}/{total}{line.removeprefix(str(summary.total))} ({rate:.0f}/s, ETA {_duration(eta)})"
    )


def _duration(seconds: float) -> str:
    """``seconds`` for people.

    >>> _duration(4.2), _duration(75), _duration(3725)
    ('4.2 s', '1 min 15 s', '1 h 2 min')
    """
    if seconds < 10:
        return f"{seconds:.1f} s"
    whole = round(seconds)
    if whole < 3600:
        minutes, secs = divmod(whole, 60)
        return f"{minutes} min {secs} s" if minutes else f"{secs} s"
    hours, rest = divmod(whole, 3600)
    return f"{hours} h {rest // 60} min"


class _Total:
    """The number of records a run will give, counted in a background thread so the run starts at once.

    ``value`` is ``None`` until the count is done, and stays ``None`` if an input cannot be counted.
    """

    def __init__(self, inputs: list[str], exclude: list[str], already_done: int, *, enabled: bool) -> None:
        self.value: int | None = None
        self._inputs = inputs
        self._exclude = exclude
        self._done = already_done
        if enabled:
            # A daemon: Ctrl-C or the end of the run never waits for a count still going.
            threading.Thread(target=self._count, name="beritaparse-count", daemon=True).start()

    def _count(self) -> None:
        try:
            total = count_inputs(self._inputs, exclude=self._exclude)
        except (OSError, EOFError, ValueError):
            return  # an input that cannot be counted leaves the bar without a total; reading reports it
        self.value = max(total - self._done, 0)


def _run_batch(argv: Sequence[str]) -> int:
    parser = _batch_parser()
    args = parser.parse_args(argv)
    fmt = args.format or output_format(args.output)
    if fmt == "parquet" and args.output == "-":
        parser.error("Parquet output needs a file name, not -")
    if args.resume and args.output == "-":
        parser.error("--resume needs an output file, not -")
    if fmt == "parquet":
        try:
            importlib.import_module("pyarrow.parquet")
        except ImportError:
            parser.error("Parquet output needs pyarrow: pip install 'beritaparse[parquet]'")
    missing = [p for p in args.inputs if not Path(p).exists()]
    for path in missing:
        _error(f"{path}: No such file or directory")
    skip = done_ids(args.output, fmt) if args.resume else set()
    summary = Summary()
    show_progress = not args.quiet and sys.stderr.isatty()
    total = _Total(args.inputs, _own_files(args.output), len(skip), enabled=show_progress)
    progress = _Progress(enabled=show_progress, total=total)
    started = time.monotonic()
    output = open_output(args.output, fmt, resume=args.resume, csv_bom=args.csv_bom)
    results = parse_records(
        iter_inputs(args.inputs, exclude=_own_files(args.output), max_bytes=args.max_bytes),
        workers=args.workers,
        ordered=not args.unordered,
        chunk_size=args.chunk_size,
        only_indonesian=args.only_indonesian,
        skip_ids=skip,
        timeout=args.timeout or None,
        max_bytes=args.max_bytes,
    )
    interrupted = False
    try:
        for result in results:
            output.write(result)
            summary.add(result)
            progress.update(summary)
    except KeyboardInterrupt:
        interrupted = True
    finally:
        _close(results)
        output.close()
        progress.close()
    if not args.quiet:
        sys.stderr.write(_summary_line(summary, time.monotonic() - started, len(skip), args.output))
    if interrupted:
        _error(f"interrupted; {args.output} holds the records so far, run again with --resume to go on")
        return EXIT_INTERRUPTED
    return EXIT_FAILURE if missing else EXIT_OK


def _own_files(output: str) -> list[str]:
    # The output, and the file Parquet writes before renaming it, are never read back as inputs.
    return [] if output == "-" else [output, f"{output}.partial"]


def _summary_line(summary: Summary, elapsed: float, resumed: int, output: str) -> str:
    """The last line of every run (unless --quiet).

    >>> _summary_line(Summary(parsed=3, skipped=1), 2.0, 0, "out.csv")
    'beritaparse: 4 records: 3 parsed, 0 failed, 1 skipped in 2.0 s (2/s)\\n'
    """
    rate = summary.total / max(elapsed, 1e-9)
    already = f"; {resumed} already in {output}" if resumed else ""
    return f"{PROG}: {summary} in {_duration(elapsed)} ({rate:.0f}/s){already}\n"


def _close(results: Iterator[BatchResult]) -> None:
    close = getattr(results, "close", None)
    if close is not None:
        # Shuts the worker pool down (the generator's finally) before the output is closed.
        with contextlib.suppress(KeyboardInterrupt):
            close()


# --- eval mode ---------------------------------------------------------------------------------------------


def _run_eval(argv: Sequence[str]) -> int:
    from beritaparse.evaluation.command import run  # noqa: PLC0415 (loaded only for this subcommand)

    return run(argv)


# --- entry point -------------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command with ``argv`` (default: ``sys.argv[1:]``); returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] == "batch":
            return _run_batch(args[1:])
        if args and args[0] == "eval":
            return _run_eval(args[1:])
        return _run_single(args)
    except BrokenPipeError:
        # The reader went away (``beritaparse ... | head``): stop quietly, as Unix tools do.
        with contextlib.suppress(OSError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FAILURE
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except SystemExit as exc:
        # argparse exits for --help, --version and usage errors; callers of main() get the status instead.
        return exc.code if isinstance(exc.code, int) else EXIT_OK if exc.code is None else EXIT_USAGE
