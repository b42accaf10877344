"""Batch inputs: files, folders, JSONL records and WARC records, each turned into a :class:`Record`.

Every input becomes one record with a stable id, so a batch can be resumed and every output line traced
back to where it came from:

- an HTML or text file: the path as given (``pages/a.html``); files found in a folder: the folder as given
  joined with the path inside it;
- a JSONL line: the record's own ``"id"`` when it is a string, else ``PATH:LINE`` (1-based);
- a WARC record: its ``WARC-Record-ID`` (``<urn:uuid:...>``); a record too broken to have one:
  ``PATH@OFFSET``.

Problems found while reading (a truncated WARC record, a JSONL line that is not JSON) become records that
carry an error instead of a payload; records that are not pages (non-HTML content types, HTTP status other
than 200) carry the reason they are skipped. Nothing is dropped without a record saying so.

>>> lines = ['{"url": "https://x.id/a", "html": "<p>Halo</p>"}', "not json"]
>>> recs = list(iter_jsonl_lines(lines, "in.jsonl"))
>>> [(r.id, r.url, r.kind, r.error is not None) for r in recs]
[('in.jsonl:1', 'https://x.id/a', 'html', False), ('in.jsonl:2', None, 'html', True)]
"""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal

from beritaparse.batch.records import ErrorInfo, InputKind, Record
from beritaparse.batch.warc import iter_warc

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable, Iterator

__all__ = [
    "input_format",
    "iter_inputs",
    "iter_jsonl_lines",
    "iter_path",
    "text_to_bytes",
]

_WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
_JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
_TEXT_SUFFIXES = (".txt",)
_HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
# Folders are walked for these only; a folder of pages often holds gold files, images and notes.
_FOLDER_SUFFIXES = _WARC_SUFFIXES + _JSONL_SUFFIXES + _TEXT_SUFFIXES + _HTML_SUFFIXES


def input_format(path: str) -> Literal["warc", "jsonl", "text", "html"]:
    """The reader a path's name calls for.

    >>> [input_format(p) for p in ("a.warc.gz", "b.jsonl", "c.txt", "d.html", "e")]
    ['warc', 'jsonl', 'text', 'html', 'html']
    """
    name = path.lower()
    if name.endswith(_WARC_SUFFIXES):
        return "warc"
    if name.endswith(_JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(_TEXT_SUFFIXES):
        return "text"
    return "html"


def iter_inputs(
    paths: Iterable[str | os.PathLike[str]], *, exclude: Collection[str | os.PathLike[str]] = ()
) -> Iterator[Record]:
    """Records from every path in turn; a folder is walked in sorted order for the file kinds above.

    Files found in a folder that are one of ``exclude`` (the batch's own output, say) are passed over.
    """
    excluded = {Path(p).resolve() for p in exclude}
    for path in paths:
        yield from iter_path(os.fspath(path), excluded=excluded)


def iter_path(path: str, *, excluded: Collection[Path] = ()) -> Iterator[Record]:
    """Records from one file or folder; a path that cannot be opened gives one error record."""
    if Path(path).is_dir():
        for root, dirs, files in os.walk(path):
            dirs.sort()
            for name in sorted(files):
                found = Path(root, name)
                # An output file inside an input folder would otherwise be read while it is written.
                if name.lower().endswith(_FOLDER_SUFFIXES) and not (excluded and found.resolve() in excluded):
                    yield from _iter_file(str(found))
        return
    yield from _iter_file(path)


def _iter_file(path: str) -> Iterator[Record]:
    fmt = input_format(path)
    try:
        if fmt == "warc":
            with Path(path).open("rb") as stream:
                yield from iter_warc(stream, path)
        elif fmt == "jsonl":
            with _open_text(path) as lines:
                yield from iter_jsonl_lines(lines, path)
        else:
            yield Record(id=path, payload=Path(path).read_bytes(), kind="text" if fmt == "text" else "html")
    except OSError as exc:
        # The file itself is missing or unreadable; later files still run.
        yield Record(id=path, error=ErrorInfo(type(exc).__name__, exc.strerror or str(exc)))


def _open_text(path: str) -> IO[str]:
    if path.lower().endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8", errors="surrogateescape")
    return Path(path).open(encoding="utf-8", errors="surrogateescape")


def iter_jsonl_lines(lines: Iterable[str], source: str) -> Iterator[Record]:
    """Records from JSONL lines: objects with ``url`` and ``html`` (a page) or ``text`` (pasted text).

    Blank lines are not records. A line that is not such an object gives an error record.
    """
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        default_id = f"{source}:{number}"
        try:
            data = json.loads(line)
        except ValueError as exc:
            yield Record(id=default_id, error=ErrorInfo("JSONDecodeError", f"line {number}: {exc}"))
            continue
        yield _jsonl_record(data, default_id)


def _jsonl_record(data: Any, default_id: str) -> Record:
    if not isinstance(data, dict):
        return Record(id=default_id, error=ErrorInfo("InputTypeError", "a JSONL record must be an object"))
    rec_id = data["id"] if isinstance(data.get("id"), str) else default_id
    url = data.get("url") if isinstance(data.get("url"), str) else None
    kinds: tuple[InputKind, ...] = ("html", "text")
    for kind in kinds:
        value = data.get(kind)
        if isinstance(value, str):
            return Record(id=rec_id, url=url, payload=text_to_bytes(value), kind=kind)
    return Record(
        id=rec_id,
        url=url,
        error=ErrorInfo("InputTypeError", 'a JSONL record needs a string "html" or "text"'),
    )


def text_to_bytes(text: str) -> bytes:
    """UTF-8 bytes of a page held as a string, as close to the original bytes as the string allows.

    >>> text_to_bytes("caf\\udce9"), text_to_bytes("\\ud800x")
    (b'caf\\xe9', b'?x')
    """
    try:
        # Bytes that were not UTF-8 in the file come back as they were (surrogateescape round trip).
        return text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        # A lone surrogate from a JSON escape ("\ud800") stands for no character at all.
        return text.encode("utf-8", "replace")
