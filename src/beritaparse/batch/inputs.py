"""Batch inputs: files, folders, JSONL records and WARC records, each turned into a :class:`Record`.

Every input becomes exactly one record with a stable id, unique within the run, so a batch can be resumed
and every output line traced back to where it came from:

- an HTML or text file (``.gz``-compressed or not): the path as given (``pages/a.html``); files found in a
  folder: the folder as given joined with the path inside it;
- a JSONL line: the record's own ``"id"`` when it is a string or a whole number, else ``PATH:LINE``
  (1-based);
- a WARC record: its ``WARC-Record-ID`` (``<urn:uuid:...>``); a record too broken to have one:
  ``PATH@OFFSET``.

An id met a second time in the same run (two JSONL lines with the same ``"id"``, a file named twice) gets
``#2``, ``#3``... appended, so the run and ``--resume`` count them apart.

Problems found while reading (a file that cannot be opened, a truncated WARC record, a JSONL line that is
not JSON or nests too deep, an input over the size limit) become records that carry an error instead of a
payload; files a folder holds that are not inputs (``README.md``, images, named pipes, a folder reached
again through a symbolic link) become records that carry the reason they are skipped, as do WARC
records that are not pages. Nothing is dropped without a record saying so.

>>> lines = ['{"url": "https://x.id/a", "html": "<p>Halo</p>"}', "not json", "[" * 100_000]
>>> recs = list(iter_jsonl_lines(lines, "in.jsonl"))
>>> [(r.id, r.url, r.error.type if r.error else None) for r in recs]  # doctest: +NORMALIZE_WHITESPACE
[('in.jsonl:1', 'https://x.id/a', None), ('in.jsonl:2', None, 'JSONDecodeError'),
 ('in.jsonl:3', None, 'JSONDecodeError')]
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import io
import json
import os
import stat
import zlib
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal, cast

import attrs

from beritaparse.batch.records import ErrorInfo, InputKind, Record
from beritaparse.batch.warc import iter_warc
from beritaparse.errors import InputTooLargeError
from beritaparse.page.html import DEFAULT_MAX_BYTES

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable, Iterator

__all__ = [
    "InputFormat",
    "count_inputs",
    "input_format",
    "iter_inputs",
    "iter_jsonl_lines",
    "iter_path",
    "read_page_file",
    "text_to_bytes",
]

InputFormat = Literal["warc", "jsonl", "text", "html"]

_WARC_SUFFIXES = (".warc", ".arc")
_JSONL_SUFFIXES = (".jsonl", ".ndjson")
_TEXT_SUFFIXES = (".txt",)
# A page saved by a browser as one file (.mhtml, .mht) is read as the page it holds.
_HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".mhtml", ".mht")
_GZIP_SUFFIX = ".gz"
_GZIP_MAGIC = b"\x1f\x8b"
# Folders are read for these only (each also gzip-compressed); a folder of pages often holds gold files,
# images and notes, which get a skip record each.
_FOLDER_SUFFIXES = _WARC_SUFFIXES + _JSONL_SUFFIXES + _TEXT_SUFFIXES + _HTML_SUFFIXES
# A JSONL line holds a page as a JSON string: escapes make it longer than the page, never this much.
_JSONL_LINE_FACTOR = 2
_DRAIN_BLOCK = 1 << 20
_FILE_KINDS = (
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def input_format(path: str) -> InputFormat:
    """The reader a path's name calls for (a ``.gz`` ending is looked through).

    >>> [input_format(p) for p in ("a.warc.gz", "b.jsonl", "c.txt.gz", "d.html", "e")]
    ['warc', 'jsonl', 'text', 'html', 'html']
    """
    name = path.lower().removesuffix(_GZIP_SUFFIX)
    if name.endswith(_WARC_SUFFIXES):
        return "warc"
    if name.endswith(_JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(_TEXT_SUFFIXES):
        return "text"
    return "html"


def iter_inputs(
    paths: Iterable[str | os.PathLike[str]],
    *,
    exclude: Collection[str | os.PathLike[str]] = (),
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Record]:
    """Records from every path in turn, ids made unique; a folder is walked in sorted order.

    Files found in a folder that are one of ``exclude`` (the batch's own output, say) are passed over.
    Pages and texts larger than ``max_bytes`` (after decompression) are error records, read no further.
    """
    excluded = {os.path.realpath(p) for p in exclude}
    seen: set[bytes] = set()
    for path in paths:
        for record in iter_path(os.fspath(path), excluded=excluded, max_bytes=max_bytes):
            yield _unique(record, seen)


def _unique(record: Record, seen: set[bytes]) -> Record:
    # An 8-byte digest per id keeps the memory of a run of millions of records small; a chance collision
    # only renames an id, which stays unique and is the same on every run.
    new_id, number = record.id, 1
    while (key := hashlib.blake2b(new_id.encode("utf-8", "surrogatepass"), digest_size=8).digest()) in seen:
        number += 1
        new_id = f"{record.id}#{number}"
    seen.add(key)
    return record if new_id == record.id else attrs.evolve(record, id=new_id)


def iter_path(
    path: str, *, excluded: Collection[str] = (), max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Record]:
    """Records from one file or folder; a path that cannot be opened gives one error record."""
    for entry in _entries(path, excluded=excluded):
        if isinstance(entry, Record):
            yield entry
        else:
            yield from _iter_file(entry, max_bytes=max_bytes)


def count_inputs(
    paths: Iterable[str | os.PathLike[str]], *, exclude: Collection[str | os.PathLike[str]] = ()
) -> int:
    """How many records :func:`iter_inputs` will give for ``paths``, for a progress bar's total.

    Files are counted without being parsed: a JSONL file by its non-blank lines, a WARC file by the
    ``response`` and ``resource`` headers it holds (decompressing a WARC.gz costs a few percent of parsing
    it). Raises ``OSError`` (and the like) when a file cannot be counted.
    """
    excluded = {os.path.realpath(p) for p in exclude}
    total = 0
    for path in paths:
        for entry in _entries(os.fspath(path), excluded=excluded):
            total += 1 if isinstance(entry, Record) else _count_file(entry)
    return total


def _count_file(path: str) -> int:
    fmt = input_format(path)
    if fmt in {"html", "text"}:
        return 1
    with _open_binary(path) as stream:
        if fmt == "jsonl":
            return sum(1 for line in stream if line.strip())
        return _count_warc_pages(stream)


def _count_warc_pages(stream: IO[bytes]) -> int:
    def pages(data: bytes) -> int:
        return data.count(b"\r\nWARC-Type: response\r\n") + data.count(b"\r\nWARC-Type: resource\r\n")

    count = 0
    carry = b""
    while block := stream.read(_DRAIN_BLOCK):
        # What lies wholly in the carried tail was counted with the block before.
        data = carry + block
        count += pages(data) - pages(carry)
        carry = data[-40:]
    return count


def _entries(path: str, *, excluded: Collection[str]) -> Iterator[Record | str]:
    """The files to read under ``path`` (a file or folder), and a record for each entry that is not one."""
    try:
        info = os.stat(path)  # noqa: PTH116 - ids are paths as given; Path() would rewrite them
    except OSError as exc:
        yield _os_error(path, exc)
        return
    if stat.S_ISDIR(info.st_mode):
        yield from _walk(path, info, excluded=excluded)
        return
    # A path named on the command line is read even when it is a pipe (``<(zcat pages.jsonl.gz)``).
    if not (stat.S_ISREG(info.st_mode) or stat.S_ISFIFO(info.st_mode) or stat.S_ISCHR(info.st_mode)):
        yield Record(id=path, skip=f"not a regular file ({_kind_of(info.st_mode)})")
        return
    yield path


def _walk(folder: str, info: os.stat_result, *, excluded: Collection[str]) -> Iterator[Record | str]:
    """Every entry under ``folder``, depth first in sorted order, files before sub-folders.

    Ids keep the folder as given (``./pages/a.html``), hence ``os.path`` rather than ``Path``, which would
    rewrite it. Symbolic links are followed; a folder reached a second time (a link back up the tree) is
    one skipped record, not walked again, so a link loop cannot make the walk endless.
    """
    visited = {(info.st_dev, info.st_ino)}
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            names = sorted(os.listdir(current))  # noqa: PTH208 - see _walk's docstring
        except OSError as exc:
            yield _os_error(current, exc)
            continue
        subfolders: list[str] = []
        for name in names:
            path = os.path.join(current, name)  # noqa: PTH118 - the folder as given ("./pages" stays)
            try:
                entry = os.stat(path)  # noqa: PTH116
            except OSError as exc:  # a link loop or a dangling link: one record
                yield _os_error(path, exc)
                continue
            if stat.S_ISDIR(entry.st_mode):
                key = (entry.st_dev, entry.st_ino)
                if key in visited:
                    yield Record(id=path, skip="a folder already read (a symbolic link back into the tree)")
                elif name.startswith("."):
                    # Hidden folders (.git, .cache) hold tool data, often thousands of files, never pages.
                    yield Record(id=path, skip="a hidden folder, not read")
                else:
                    visited.add(key)
                    subfolders.append(path)
                continue
            if excluded and os.path.realpath(path) in excluded:
                continue
            if not stat.S_ISREG(entry.st_mode):
                # Opening a pipe would wait for a writer that may never come.
                yield Record(id=path, skip=f"not a regular file ({_kind_of(entry.st_mode)})")
            elif not name.lower().removesuffix(_GZIP_SUFFIX).endswith(_FOLDER_SUFFIXES):
                yield Record(id=path, skip=f"not a page, text, JSONL or WARC file ({name})")
            else:
                yield path
        stack.extend(reversed(subfolders))


def _kind_of(mode: int) -> str:
    return next((kind for test, kind in _FILE_KINDS if test(mode)), "not a file")


def _os_error(path: str, exc: OSError) -> Record:
    return Record(id=path, error=ErrorInfo(type(exc).__name__, exc.strerror or str(exc)))


def _iter_file(path: str, *, max_bytes: int) -> Iterator[Record]:
    fmt = input_format(path)
    try:
        if fmt == "warc":
            with Path(path).open("rb") as stream:
                yield from iter_warc(stream, path, max_bytes=max_bytes)
        elif fmt == "jsonl":
            yield from _iter_jsonl_file(path, max_bytes=max_bytes)
        else:
            payload = read_page_file(path, max_bytes=max_bytes)
            yield Record(id=path, payload=payload, kind="text" if fmt == "text" else "html")
    except OSError as exc:
        # The file itself is missing, unreadable or not gzip data; later files still run.
        yield _os_error(path, exc)
    except (EOFError, zlib.error) as exc:
        yield Record(id=path, error=ErrorInfo(type(exc).__name__, f"compressed data unreadable: {exc}"))
    except InputTooLargeError as exc:
        yield Record(id=path, error=ErrorInfo.from_exception(exc))


def read_page_file(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a page or text file, gzip-compressed or not (by content, whatever the name says).

    Reads at most ``max_bytes`` (decompressed), so a huge file or a gzip bomb costs no more than that.
    Raises ``OSError`` (``gzip.BadGzipFile``), ``EOFError`` or ``zlib.error`` for unreadable data, and
    :class:`~beritaparse.errors.InputTooLargeError` past the limit.
    """
    with _open_binary(path) as stream:
        data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputTooLargeError(
            f"the input is over {max_bytes:,} bytes (decompressed); pass a larger max_bytes= (on the command"
            " line, --max-bytes) to raise the limit"
        )
    return data


@contextlib.contextmanager
def _open_binary(path: str) -> Iterator[IO[bytes]]:
    """``path`` opened for reading, decompressed when it is gzip data (by content, not by name)."""
    with Path(path).open("rb") as raw:
        # peek, not read: a pipe cannot be rewound.
        if raw.peek(len(_GZIP_MAGIC)).startswith(_GZIP_MAGIC):
            with gzip.GzipFile(fileobj=raw) as unzipped:
                yield cast("IO[bytes]", unzipped)  # a GzipFile reads like one; typeshed does not say so
        else:
            yield raw


def _iter_jsonl_file(path: str, *, max_bytes: int) -> Iterator[Record]:
    with _open_text(path) as stream:
        number = 0
        try:
            for number, line in _bounded_lines(stream, max_bytes * _JSONL_LINE_FACTOR):
                if line is None:
                    yield Record(
                        id=f"{path}:{number}",
                        error=ErrorInfo(
                            InputTooLargeError.__name__,
                            f"line {number} is longer than {max_bytes * _JSONL_LINE_FACTOR:,} characters",
                        ),
                    )
                else:
                    yield from iter_jsonl_lines([line], path, first=number)
        except (OSError, EOFError, zlib.error) as exc:
            # A damaged .jsonl.gz: the lines before the damage are records already; this one says why the
            # rest is missing.
            yield Record(
                id=f"{path}:{number + 1}",
                error=ErrorInfo(type(exc).__name__, f"unreadable after line {number}: {exc}"),
            )


def _bounded_lines(stream: IO[str], limit: int) -> Iterator[tuple[int, str | None]]:
    """``(number, line)`` pairs; a line longer than ``limit`` is ``None``, read past without being held."""
    number = 0
    while line := stream.readline(limit + 1):
        number += 1
        if len(line) <= limit or line.endswith("\n"):
            yield number, line
            continue
        while (rest := stream.readline(_DRAIN_BLOCK)) and not rest.endswith("\n"):
            pass
        yield number, None


@contextlib.contextmanager
def _open_text(path: str) -> Iterator[IO[str]]:
    with _open_binary(path) as raw, io.TextIOWrapper(raw, encoding="utf-8", errors="surrogateescape") as text:
        yield text


def iter_jsonl_lines(lines: Iterable[str], source: str, *, first: int = 1) -> Iterator[Record]:
    """Records from JSONL lines: objects with ``url`` and ``html`` (a page) or ``text`` (pasted text).

    Blank lines are not records. A line that is not such an object gives an error record. ``first`` is
    the line number of the first line.
    """
    for number, line in enumerate(lines, start=first):
        if not line.strip():
            continue
        default_id = f"{source}:{number}"
        try:
            data = json.loads(line)
        except ValueError as exc:
            yield Record(id=default_id, error=ErrorInfo("JSONDecodeError", f"line {number}: {exc}"))
            continue
        except RecursionError:
            # json.loads recurses once per level: a line of 100,000 "[" exhausts the stack.
            message = f"line {number}: nested too deeply to read"
            yield Record(id=default_id, error=ErrorInfo("JSONDecodeError", message))
            continue
        yield _jsonl_record(data, default_id)


def _jsonl_record(data: Any, default_id: str) -> Record:
    if not isinstance(data, dict):
        return Record(id=default_id, error=ErrorInfo("InputTypeError", "a JSONL record must be an object"))
    own_id = data.get("id")
    if isinstance(own_id, int) and not isinstance(own_id, bool):
        own_id = str(own_id)
    rec_id = own_id if isinstance(own_id, str) else default_id
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
