"""Where batch results go: a JSONL file (one record a line) or a Parquet file, plus the run's summary.

Both writers leave a valid file when the run stops early (Ctrl-C, an error in the caller): JSONL is written
a whole line at a time, and Parquet's footer is written on close. ``--resume`` reads the ids already in the
output and appends (JSONL) or rewrites with the old rows first (Parquet).

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
import io
import json
import os
import sys
from pathlib import Path
from typing import IO, Any, Literal, Protocol

import attrs

from beritaparse.batch.schema import arrow_schema, load_pyarrow, result_row
from beritaparse.batch.work import status_of

__all__ = [
    "JsonlOutput",
    "Output",
    "OutputFormat",
    "ParquetOutput",
    "Summary",
    "done_ids",
    "json_line",
    "open_output",
    "output_format",
    "write_jsonl_line",
]

OutputFormat = Literal["jsonl", "parquet"]
_PARQUET_ROWS = 1000
# Outside strings JSON has no such characters, so escaping them everywhere keeps the JSON the same.
_LINE_BREAKS = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"})


class Output(Protocol):
    """A sink for output records."""

    def write(self, result: dict[str, Any]) -> None: ...

    def close(self) -> None: ...


@attrs.define
class Summary:
    """Counts of a run, by status."""

    parsed: int = 0
    failed: int = 0
    skipped: int = 0

    def add(self, result: dict[str, Any]) -> None:
        status = status_of(result)
        setattr(self, status, getattr(self, status) + 1)

    @property
    def total(self) -> int:
        return self.parsed + self.failed + self.skipped

    def __str__(self) -> str:
        return f"{self.total} records: {self.parsed} parsed, {self.failed} failed, {self.skipped} skipped"


def output_format(path: str) -> OutputFormat:
    """Parquet for ``*.parquet``, JSONL for anything else (``-`` is standard output)."""
    return "parquet" if path.lower().endswith(".parquet") else "jsonl"


def json_line(data: Any) -> str:
    r"""``data`` as one line of JSON, UTF-8 text kept as is, ending in a newline.

    Characters that some readers take for line breaks (U+2028, U+2029, NEL) are escaped, so splitting on
    any line boundary still gives one record a line.

    >>> json_line({"text": "Satu\u2028dua"})
    '{"text": "Satu\\u2028dua"}\n'
    """
    line = json.dumps(data, ensure_ascii=False)
    return line.translate(_LINE_BREAKS) + "\n"


def write_jsonl_line(stream: IO[str], result: dict[str, Any]) -> None:
    # One write per line, so an interrupted run never leaves half a record behind.
    stream.write(json_line(result))


def done_ids(path: str, fmt: OutputFormat) -> set[str]:
    """The ids already in an output file (none if it does not exist yet)."""
    if path == "-" or not Path(path).exists():
        return set()
    if fmt == "parquet":
        pq = load_pyarrow("pyarrow.parquet")
        return {str(v) for v in pq.read_table(path, columns=["id"]).column("id").to_pylist()}
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

    def write(self, result: dict[str, Any]) -> None:
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

    def write(self, result: dict[str, Any]) -> None:
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


def open_output(path: str, fmt: OutputFormat | None = None, *, resume: bool = False) -> Output:
    """A writer for ``path`` in ``fmt`` (guessed from the name when ``None``)."""
    fmt = fmt or output_format(path)
    if fmt == "parquet":
        if path == "-":
            raise ValueError("Parquet output needs a file name, not -")
        return ParquetOutput(path, append=resume)
    return JsonlOutput(path, append=resume)
