"""Where batch results go: a JSONL file (one record a line), a CSV file (one row a record, flat) or a
Parquet file, plus the run's summary.

Every writer leaves a valid file when the run stops early (Ctrl-C, an error in the caller): JSONL and CSV
are written a whole record at a time, and Parquet's footer is written on close. ``--resume`` reads the ids
already in the output and appends (JSONL, CSV, after dropping a record cut short) or rewrites with the old
rows first (Parquet).

>>> import io
>>> out = io.StringIO()
>>> summary = Summary()
>>> recs = ({"id": "a", "url": None, "article": {}}, {"id": "b", "url": None, "skipped": "HTTP status 404"})
>>> for rec in recs:
...     write_jsonl_line(out, rec)
...     summary.add(rec)
>>> out.getvalue().splitlines()[1]
'{"id": "b", "url": null, "skipped": "HTTP status 404"}'
>>> str(summary)
'2 records: 1 parsed, 0 failed, 1 skipped'
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import sys
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal, Protocol, cast

import attrs

from beritaparse.batch.records import status_of
from beritaparse.batch.schema import arrow_schema, load_pyarrow, result_row
from beritaparse.model import Article
from beritaparse.table import ARTICLE_COLUMNS, to_row

if TYPE_CHECKING:
    from collections.abc import Iterator

    from beritaparse.batch.records import BatchResult

__all__ = [
    "CSV_COLUMNS",
    "CsvOutput",
    "JsonlOutput",
    "Output",
    "OutputFormat",
    "ParquetOutput",
    "Summary",
    "csv_row",
    "done_ids",
    "json_line",
    "open_output",
    "output_format",
    "write_jsonl_line",
]

OutputFormat = Literal["jsonl", "csv", "parquet"]
CSV_COLUMNS: tuple[str, ...] = ("id", *ARTICLE_COLUMNS, "status", "error", "skipped")
"""The columns of CSV output: the record's id, the article's flat row (:mod:`beritaparse.table`), then
``status`` (``parsed``, ``failed``, ``skipped``), ``error`` (``Type: message``) and ``skipped``
(the reason)."""
_PARQUET_ROWS = 1000
# Outside strings JSON has no such characters, so escaping them everywhere keeps the JSON the same.
_LINE_BREAKS = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"})


class Output(Protocol):
    """A sink for output records."""

    def write(self, result: BatchResult) -> None: ...

    def close(self) -> None: ...


@attrs.define
class Summary:
    """Counts of a run, by status."""

    parsed: int = 0
    failed: int = 0
    skipped: int = 0

    def add(self, result: BatchResult) -> None:
        status = status_of(result)
        setattr(self, status, getattr(self, status) + 1)

    @property
    def total(self) -> int:
        return self.parsed + self.failed + self.skipped

    def __str__(self) -> str:
        return f"{self.total} records: {self.parsed} parsed, {self.failed} failed, {self.skipped} skipped"


def output_format(path: str) -> OutputFormat:
    """Parquet for ``*.parquet``, CSV for ``*.csv``, JSONL for anything else (``-`` is standard output)."""
    name = path.lower()
    if name.endswith(".parquet"):
        return "parquet"
    return "csv" if name.endswith(".csv") else "jsonl"


def json_line(data: Any) -> str:
    r"""``data`` as one line of JSON, UTF-8 text kept as is, ending in a newline.

    Characters that some readers take for line breaks (U+2028, U+2029, NEL) are escaped, so splitting on
    any line boundary still gives one record a line.

    >>> json_line({"text": "Satu\u2028dua"})
    '{"text": "Satu\\u2028dua"}\n'
    """
    line = json.dumps(data, ensure_ascii=False)
    # str.translate with a table walks the line a character at a time, a look-up each (three times the cost of
    # the dumps on an article's line); most lines hold none of the three, which three searches of it tell.
    if "\u2028" in line or "\u2029" in line or "\x85" in line:
        line = line.translate(_LINE_BREAKS)
    return line + "\n"


def write_jsonl_line(stream: IO[str], result: BatchResult) -> None:
    # One write per line, so an interrupted run never leaves half a record behind.
    stream.write(json_line(result))


def done_ids(path: str, fmt: OutputFormat) -> set[str]:
    """The ids already in an output file (none if it does not exist yet)."""
    if path == "-" or not Path(path).exists():
        return set()
    if fmt == "parquet":
        pq = load_pyarrow("pyarrow.parquet")
        return {str(v) for v in pq.read_table(path, columns=["id"]).column("id").to_pylist()}
    if fmt == "csv":
        return _csv_done_ids(path)
    _drop_partial_last_line(path)
    ids: set[str] = set()
    with Path(path).open(encoding="utf-8") as lines:
        for line in lines:
            with contextlib.suppress(ValueError, TypeError, KeyError):
                ids.add(json.loads(line)["id"])
    return ids


def _drop_partial_last_line(path: str) -> None:
    # A run killed hard (SIGKILL, power loss) may have left half a line; appending after it would glue two
    # records together.
    with Path(path).open("rb+") as raw:
        size = raw.seek(0, os.SEEK_END)
        if size == 0:
            return
        raw.seek(size - 1)
        if raw.read(1) == b"\n":
            return
        position = size
        while position > 0:
            step = min(1 << 16, position)
            position -= step
            raw.seek(position)
            block = raw.read(step)
            newline = block.rfind(b"\n")
            if newline != -1:
                raw.truncate(position + newline + 1)
                return
        raw.truncate(0)


def csv_row(result: BatchResult) -> dict[str, str | None]:
    """An output record as a CSV row (see :data:`CSV_COLUMNS`)."""
    row: dict[str, str | None] = dict.fromkeys(CSV_COLUMNS)
    row["id"] = result["id"]
    if "article" in result:
        # An ArticleRow holds only text or None; a TypedDict is no Mapping[str, str | None] to mypy.
        row.update(cast("dict[str, str | None]", to_row(Article.from_dict(result["article"]))))
    # The record's url is where the input came from; a parsed page's own url, when it names one, wins.
    row["url"] = row["url"] or result["url"]
    row["status"] = status_of(result)
    if "error" in result:
        row["error"] = f"{result['error']['type']}: {result['error']['message']}"
    row["skipped"] = result.get("skipped")
    return row


def _csv_rows_with_ends(raw: IO[bytes]) -> Iterator[tuple[list[str], int]]:
    """Each whole CSV row of a file with the byte offset where it ends; a row cut short is not one."""
    end = 0
    ended = True

    def lines() -> Iterator[str]:
        nonlocal end, ended
        for line in raw:
            # The first line may start with a byte order mark (--csv-bom).
            text = line.decode("utf-8-sig" if end == 0 else "utf-8", "replace")
            end += len(line)
            ended = line.endswith(b"\n")
            yield text

    reader = csv.reader(lines(), strict=True)
    while True:
        try:
            row = next(reader)
        except (StopIteration, csv.Error):
            return
        # A row cut short has too few fields, or its last field lacks the line break that ends a row.
        if len(row) != len(CSV_COLUMNS) or not ended:
            return
        yield row, end


def _csv_done_ids(path: str) -> set[str]:
    """The ids of the whole rows of a CSV output; the file is cut after the last of them (a run killed
    mid-row leaves half a row, which appending would glue to the next)."""
    ids: set[str] = set()
    keep = 0
    with Path(path).open("rb+") as raw:
        for index, (row, end) in enumerate(_csv_rows_with_ends(raw)):
            if index == 0:
                keep = end  # the header
                continue
            ids.add(row[0])
            keep = end
        raw.truncate(keep)
    return ids


class CsvOutput:
    """CSV for spreadsheets, R and pandas: a header row, then one row per record (see :data:`CSV_COLUMNS`).

    Written by the ``csv`` module (quotes around fields with commas, quotes or line breaks; CRLF row
    ends), UTF-8, with a byte order mark when ``bom`` is set so Excel reads the Indonesian text right.
    """

    def __init__(self, path: str, *, append: bool = False, bom: bool = False) -> None:
        exists = append and path != "-" and Path(path).exists() and Path(path).stat().st_size > 0
        if path == "-":
            sys.stdout.flush()
            buffer = getattr(sys.stdout, "buffer", None)
            self._stream: IO[str] = (
                io.TextIOWrapper(buffer, encoding="utf-8", newline="") if buffer is not None else sys.stdout
            )
            self._owned = False
        else:
            encoding = "utf-8-sig" if bom and not exists else "utf-8"
            self._stream = Path(path).open("a" if exists else "w", encoding=encoding, newline="")  # noqa: SIM115 - closed in close()
            self._owned = True
        self._buffer = io.StringIO()
        self._writer = csv.DictWriter(self._buffer, fieldnames=CSV_COLUMNS)
        if not exists:
            self._writer.writeheader()
            self._flush()

    def _flush(self) -> None:
        # One write per row, flushed: a run stopped early leaves whole rows (resume drops a cut one).
        self._stream.write(self._buffer.getvalue())
        self._stream.flush()
        self._buffer.seek(0)
        self._buffer.truncate()

    def write(self, result: BatchResult) -> None:
        self._writer.writerow(csv_row(result))
        self._flush()

    def close(self) -> None:
        self._stream.flush()
        if self._owned:
            self._stream.close()
        elif isinstance(self._stream, io.TextIOWrapper) and self._stream is not sys.stdout:
            self._stream.detach()


class JsonlOutput:
    """JSONL to a file (appended to when resuming) or to standard output (``-``)."""

    def __init__(self, path: str, *, append: bool = False) -> None:
        if path == "-":
            sys.stdout.flush()
            buffer = getattr(sys.stdout, "buffer", None)
            # UTF-8 whatever the locale; the wrapper is detached, not closed, so stdout stays open.
            self._stream: IO[str] = (
                io.TextIOWrapper(buffer, encoding="utf-8", newline="\n", line_buffering=True)
                if buffer is not None
                else sys.stdout
            )
            self._owned = False
        else:
            # Line-buffered: each record reaches the file whole as soon as it is written (tail -f works too).
            self._stream = Path(path).open("a" if append else "w", encoding="utf-8", buffering=1)  # noqa: SIM115 - closed in close()
            self._owned = True

    def write(self, result: BatchResult) -> None:
        write_jsonl_line(self._stream, result)

    def close(self) -> None:
        self._stream.flush()
        if self._owned:
            self._stream.close()
        elif isinstance(self._stream, io.TextIOWrapper) and self._stream is not sys.stdout:
            self._stream.detach()


class ParquetOutput:
    """Parquet with the schema of :mod:`beritaparse.batch.schema`, written in row groups of 1000."""

    def __init__(self, path: str, *, append: bool = False) -> None:
        pq = load_pyarrow("pyarrow.parquet")
        self._schema = arrow_schema()
        self._path = path
        # Parquet files cannot be appended to: write a new file beside the old one and swap them on close.
        self._tmp = f"{path}.partial"
        self._writer = pq.ParquetWriter(self._tmp, self._schema)
        self._rows: list[dict[str, Any]] = []
        if append and Path(path).exists():
            old = pq.ParquetFile(path)
            for index in range(old.num_row_groups):
                self._writer.write_table(old.read_row_group(index).cast(self._schema))

    def write(self, result: BatchResult) -> None:
        self._rows.append(result_row(result))
        if len(self._rows) >= _PARQUET_ROWS:
            self._flush()

    def _flush(self) -> None:
        pa = load_pyarrow("pyarrow")
        if self._rows:
            self._writer.write_table(pa.Table.from_pylist(self._rows, schema=self._schema))
            self._rows = []

    def close(self) -> None:
        self._flush()
        self._writer.close()
        Path(self._tmp).replace(self._path)


def open_output(
    path: str, fmt: OutputFormat | None = None, *, resume: bool = False, csv_bom: bool = False
) -> Output:
    """A writer for ``path`` in ``fmt`` (guessed from the name when ``None``); ``csv_bom`` starts a new
    CSV file with a UTF-8 byte order mark."""
    fmt = fmt or output_format(path)
    if fmt == "csv":
        return CsvOutput(path, append=resume, bom=csv_bom)
    if fmt == "parquet":
        if path == "-":
            raise ValueError("Parquet output needs a file name, not -")
        return ParquetOutput(path, append=resume)
    return JsonlOutput(path, append=resume)
