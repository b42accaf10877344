r"""WARC and WARC.gz files to :class:`~beritaparse.batch.records.Record`\ s, with warcio, surviving damage.

Only ``response`` and ``resource`` records hold pages. A record that cannot be read whole (a truncated or
corrupt gzip member, a header cut short) becomes one error record, named by its ``WARC-Record-ID`` when
its header can still be read, else by ``PATH@OFFSET``; reading then goes on at the next gzip member that
starts a record. Bytes the reader passes over without a word are reported the same way, so a damaged file
never ends a run early without a trace.
"""

from __future__ import annotations

import contextlib
import io
import zlib
from typing import IO, TYPE_CHECKING, Any

from beritaparse.batch.records import ErrorInfo, Record
from beritaparse.errors import InputTooLargeError, WARCRecordError
from beritaparse.page.html import DEFAULT_MAX_BYTES

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["WARCRecordError", "iter_warc"]

_GZIP_MAGIC = b"\x1f\x8b\x08"
_RECORD_STARTS = (b"WARC/", b"filedesc:")
# Readers look for the next gzip member in steps of this size.
_RESYNC_BLOCK = 1 << 16
_GZIP_HEADER_SIZE = 10
# An uncompressed record starts with this line; finding it after a line break is how reading resumes.
_WARC_LINE = b"WARC/1."
_HEADER_END = b"\r\n\r\n"
_PAGE_TYPES = frozenset({"response", "resource"})


def iter_warc(stream: IO[bytes], source: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Record]:
    """Records from the ``response`` and ``resource`` records of a WARC (or WARC.gz) stream.

    Request, metadata, revisit and warcinfo records describe a capture and hold no page, so they are not
    inputs and give no record. A broken or truncated gzip member gives one error record; reading goes on at
    the next member that holds a record (when the stream can seek). In an uncompressed WARC, a record whose
    Content-Length does not bring the reader to the next record (too large, too small, negative) is one
    error record, and reading goes on at the next ``WARC/1.`` header. A payload over ``max_bytes`` is an
    error record too, read no further.
    """
    from warcio.archiveiterator import ArchiveIterator  # noqa: PLC0415 - optional dependency (extra "warc")

    start = stream.tell() if stream.seekable() else 0
    if stream.seekable() and _starts_plain_warc(stream, start):
        yield from _iter_plain(stream, source, start, max_bytes)
        return
    while True:
        if stream.seekable():
            stream.seek(start)
        records = ArchiveIterator(stream)
        warc_records = iter(records)
        while True:
            record, resync_from = _next_record(
                warc_records, records, stream, source, start, max_bytes=max_bytes
            )
            if record is not None:
                yield record
            if resync_from is not None:
                break
            if record is None:
                return
        if not stream.seekable():
            return
        for candidate, readable in _gzip_members(stream, resync_from):
            if readable:
                start = candidate
                break
            broken = ErrorInfo(WARCRecordError.__name__, f"broken gzip member at offset {candidate}")
            yield _broken(stream, source, candidate, broken)
        else:
            return


def _next_record(
    warc_records: Iterator[Any], records: Any, stream: IO[bytes], source: str, start: int, *, max_bytes: int
) -> tuple[Record | None, int | None]:
    """The next record (``None`` at the end) and, when reading must start afresh, the offset to look from.

    Request and metadata records are stepped over here, so ``(None, None)`` means the end of the stream.
    """
    from warcio.exceptions import ArchiveLoadFailed  # noqa: PLC0415 - optional dependency (extra "warc")

    while True:
        try:
            with _quiet_stderr():
                warc_record = next(warc_records, None)
                # Corrupt lengths can put warcio's offset before where this pass began; never go back.
                offset = max(records.offset, start)
                if warc_record is None:
                    unread = _unread_from(stream, offset)
                    if unread is None:
                        return None, None
                    # The reader stopped early without a word (a gzip header whose flags were damaged
                    # swallows the rest of the file, say): report the gap, then look past it.
                    gap = ErrorInfo(WARCRecordError.__name__, f"unreadable data at offset {unread}")
                    return _broken(stream, source, unread, gap), unread + 1
                record = _warc_record(warc_record, source, offset, max_bytes)
        # warcio meets corrupt bytes with whatever exception its parsing hits (AttributeError, ...).
        except Exception as exc:  # noqa: BLE001
            offset = max(records.offset, start)
            reason = str(exc) if isinstance(exc, ArchiveLoadFailed) else f"{type(exc).__name__}: {exc}"
            # warcio quotes the bad line whole, binary junk included: a few bytes of it say enough.
            message = f"unreadable WARC record at offset {offset}: {_shorten(reason)}"
            return _broken(stream, source, offset, ErrorInfo(WARCRecordError.__name__, message)), offset + 1
        if record is None:
            continue
        if record.error is not None and record.error.type == WARCRecordError.__name__:
            # The member was cut short; what follows it in this decompressor is garbage.
            return record, offset + 1
        return record, None


@contextlib.contextmanager
def _quiet_stderr() -> Iterator[None]:
    # warcio reports a broken gzip member by printing to stderr and reading on; the error record says it.
    with contextlib.redirect_stderr(io.StringIO()):
        yield


def _warc_record(warc_record: Any, source: str, offset: int, max_bytes: int) -> Record | None:
    headers = warc_record.rec_headers
    rec_id = headers.get_header("WARC-Record-ID") or f"{source}@{offset}"
    url = headers.get_header("WARC-Target-URI")
    rec_type = warc_record.rec_type
    if headers.get_header("Content-Length") is None:
        # Every WARC record states its length; a header without one was cut off before it ended.
        return Record(id=rec_id, url=url, error=ErrorInfo(WARCRecordError.__name__, "WARC header cut short"))
    if rec_type not in {"response", "resource"}:
        return None
    # What the record is comes from its headers: a video or a 404 is skipped without reading its payload.
    http = warc_record.http_headers
    skip = None
    if rec_type == "response" and http is not None:
        status = http.get_statuscode()
        content_type = http.get_header("Content-Type")
        if status != "200":
            skip = f"HTTP status {status}"
    else:
        content_type = headers.get_header("Content-Type")
    if skip is None and content_type and not _is_html_type(content_type):
        skip = f"not HTML ({content_type.split(';')[0].strip()})"
    try:
        payload = warc_record.content_stream().read(max_bytes + 1) if skip is None else b""
    except (zlib.error, EOFError, ValueError, OSError) as exc:
        # A payload whose HTTP Content-Encoding is broken: the record is there, its page is not.
        return Record(id=rec_id, url=url, error=ErrorInfo(type(exc).__name__, f"payload unreadable: {exc}"))
    if len(payload) > max_bytes:
        message = f"the page is larger than {max_bytes:,} bytes"
        return Record(id=rec_id, url=url, error=ErrorInfo(InputTooLargeError.__name__, message))
    if skip is not None:
        return Record(id=rec_id, url=url, skip=skip)
    missing = getattr(warc_record.raw_stream, "limit", 0)
    if missing:
        message = f"truncated record: {missing} of {warc_record.length} bytes missing"
        return Record(id=rec_id, url=url, error=ErrorInfo(WARCRecordError.__name__, message))
    return Record(id=rec_id, url=url, payload=payload, kind="html")


def _broken(stream: IO[bytes], source: str, offset: int, error: ErrorInfo) -> Record:
    """The error record for a broken record at ``offset``: named by its own WARC-Record-ID when its header
    can still be read, so a rerun (or ``--resume``) names it the same way whatever broke it."""
    headers = _salvage_headers(stream, offset) if stream.seekable() else {}
    rec_id = headers.get("warc-record-id") or f"{source}@{offset}"
    return Record(id=rec_id, url=headers.get("warc-target-uri"), error=error)


def _salvage_headers(stream: IO[bytes], offset: int) -> dict[str, str]:
    """The WARC header fields of the (gzip or plain) record at ``offset``, as far as they can be read.

    A damaged member still names itself when the damage comes after its header line: the member is
    inflated a byte at a time up to the damage, and each whole header line before it counts. When the gzip
    header itself is damaged, the deflate data after it is tried alone.
    """
    stream.seek(offset)
    head = stream.read(_RESYNC_BLOCK)
    if not head.startswith(_GZIP_MAGIC):
        return _header_fields(head)
    fields = _header_fields(_inflate_prefix(head, zlib.MAX_WBITS | 16))
    if "warc-record-id" not in fields:
        fields = _header_fields(_inflate_prefix(head[_GZIP_HEADER_SIZE:], -zlib.MAX_WBITS)) or fields
    return fields


def _inflate_prefix(data: bytes, wbits: int) -> bytes:
    """What inflates of ``data`` before an error, up to the end of a WARC header."""
    decompressor = zlib.decompressobj(wbits)
    text = b""
    for step in range(len(data)):
        try:
            text += decompressor.decompress(data[step : step + 1])
        except zlib.error:
            break
        if b"\r\n\r\n" in text or decompressor.eof:
            break
    return text


def _header_fields(text: bytes) -> dict[str, str]:
    """The fields of the WARC header ``text`` starts with, whole lines only (lower-case names)."""
    if not text.startswith(_RECORD_STARTS):
        return {}
    block, complete, _ = text.partition(b"\r\n\r\n")
    lines = block.split(b"\r\n")
    if not complete:
        lines.pop()  # cut off mid-line (or damaged from there on)
    fields = {}
    for line in lines[1:]:
        name, colon, value = line.decode("utf-8", "replace").partition(":")
        if colon:
            fields[name.strip().lower()] = value.strip()
    return fields


def _shorten(text: str, limit: int = 100) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _unread_from(stream: IO[bytes], offset: int) -> int | None:
    """``offset`` if the stream holds more than white space from there on, else ``None``."""
    if not stream.seekable():
        return None
    stream.seek(offset)
    while block := stream.read(_RESYNC_BLOCK):
        if block.strip():
            return offset
    return None


def _is_html_type(content_type: str) -> bool:
    mime = content_type.split(";", maxsplit=1)[0].strip().lower()
    return mime in {"text/html", "application/xhtml+xml"}


def _gzip_members(stream: IO[bytes], position: int) -> Iterator[tuple[int, bool]]:
    """Offsets of the gzip members that begin a WARC record at or after ``position``, each with whether it
    reads whole (at least its first 4 KB); stops after the first that does."""
    stream.seek(position)
    carry = b""
    base = position
    while True:
        block = stream.read(_RESYNC_BLOCK)
        if not block:
            return
        data = carry + block
        found = data.find(_GZIP_MAGIC)
        while found != -1:
            candidate = base - len(carry) + found
            verdict = _member_verdict(stream, candidate)
            if verdict is not None:
                yield candidate, verdict
                if verdict:
                    return
            found = data.find(_GZIP_MAGIC, found + 1)
        carry = data[-(len(_GZIP_MAGIC) - 1) :]
        base += len(block)
        stream.seek(base)


def _member_verdict(stream: IO[bytes], offset: int) -> bool | None:
    """``True`` for a gzip member that starts a readable WARC record, ``False`` for a member that is broken or
    holds no record, ``None`` for bytes that only look like a gzip header (compressed data can hold one)."""
    stream.seek(offset)
    head = stream.read(4096)
    if not _plausible_gzip_header(head):
        return None
    decompressor = zlib.decompressobj(zlib.MAX_WBITS | 16)
    text = b""
    # Small steps keep what decompressed before an error, to tell a cut record from chance bytes.
    for step in range(0, len(head), 64):
        try:
            text += decompressor.decompress(head[step : step + 64])
        except zlib.error:
            return False
        if decompressor.eof:
            break
    return text.startswith(_RECORD_STARTS)


def _plausible_gzip_header(head: bytes) -> bool:
    # Beyond the magic, a real header has no reserved flag bits, a known XFL and a known OS byte (RFC 1952):
    # together they make a chance match inside compressed data vanishingly rare.
    if len(head) < 10:
        return len(head) >= len(_GZIP_MAGIC)
    flags, extra, system = head[3], head[8], head[9]
    return not flags & 0xE0 and extra in {0, 2, 4} and (system <= 13 or system == 255)


# --- uncompressed WARC: records framed by their own lengths, checked ----------------------------------------


def _starts_plain_warc(stream: IO[bytes], start: int) -> bool:
    """Whether the stream holds uncompressed WARC: it starts with a WARC header, or with damage that no
    gzip member follows closely (gzip and the ARC format are framed by warcio, with its own recovery)."""
    stream.seek(start)
    head = stream.read(_RESYNC_BLOCK)
    stream.seek(start)
    if head.startswith(_WARC_LINE):
        return True
    return not head.startswith(_RECORD_STARTS[1]) and _GZIP_MAGIC not in head


def _iter_plain(stream: IO[bytes], source: str, position: int, max_bytes: int) -> Iterator[Record]:
    """Records of an uncompressed WARC from ``position``, each framed by its header before it is read.

    A record ends with its Content-Length and two line breaks, where the next record (or the end of the
    file) must begin. A length that does not lead there is a lie: the record is an error record, and
    reading resumes at the next ``WARC/1.`` header after the lying one, so the intact records that its
    length would have swallowed are read as usual.
    """
    from warcio.archiveiterator import ArchiveIterator  # noqa: PLC0415 - optional dependency (extra "warc")

    size = stream.seek(0, io.SEEK_END)
    while (position := _skip_blank_lines(stream, position, size)) < size:
        fields, header_size = _read_header(stream, position)
        length = fields.get("content-length", "")
        end = position + header_size + int(length) if length.isdigit() and header_size else -1
        if end < 0:
            problem = "a WARC header cut short" if fields else "not a WARC record"
            if length and not length.isdigit():
                problem = f"Content-Length {length!r} is not a length"
            message = f"unreadable WARC record at offset {position}: {problem}"
            yield _broken(stream, source, position, ErrorInfo(WARCRecordError.__name__, message))
            position = _next_header(stream, position + 1, size)
            continue
        following = end if _ends_at(stream, end, size) else _next_header(stream, position + header_size, size)
        if following > end and _line_breaks_at(stream, end):
            # The record ends where it says, and no other record starts inside it: the damage is in what
            # follows, which the next step reports.
            following = end
        if end > size and following == size:
            # Cut short at the end of the file, as a stopped download leaves it: warcio says how much.
            following = end
        elif following != end:
            message = (
                f"Content-Length {length} of the record at offset {position} does not end where the next"
                " record starts"
            )
            yield _broken(stream, source, position, ErrorInfo(WARCRecordError.__name__, message))
            position = following
            continue
        if fields.get("warc-type") in _PAGE_TYPES:
            stream.seek(position)
            yield from _one_record(ArchiveIterator(stream), stream, source, position, max_bytes)
        position = end  # the line breaks after the block are passed over above


def _one_record(
    records: Any, stream: IO[bytes], source: str, offset: int, max_bytes: int
) -> Iterator[Record]:
    try:
        with _quiet_stderr():
            warc_record = next(iter(records), None)
            record = None if warc_record is None else _warc_record(warc_record, source, offset, max_bytes)
    # warcio meets corrupt bytes with whatever exception its parsing hits (AttributeError, ...).
    except Exception as exc:  # noqa: BLE001
        message = f"unreadable WARC record at offset {offset}: {_shorten(f'{type(exc).__name__}: {exc}')}"
        record = _broken(stream, source, offset, ErrorInfo(WARCRecordError.__name__, message))
    if record is not None:
        yield record


def _skip_blank_lines(stream: IO[bytes], position: int, size: int) -> int:
    stream.seek(position)
    while position < size:
        block = stream.read(_RESYNC_BLOCK)
        stripped = block.lstrip(b"\r\n")
        position += len(block) - len(stripped)
        if stripped:
            return position
    return size


def _read_header(stream: IO[bytes], position: int) -> tuple[dict[str, str], int]:
    """The header fields of the record at ``position`` and its size up to the block (0: no whole header)."""
    stream.seek(position)
    head = stream.read(_RESYNC_BLOCK)
    fields = _header_fields(head)
    end = head.find(_HEADER_END)
    return fields, (end + len(_HEADER_END) if fields and end != -1 else 0)


def _ends_at(stream: IO[bytes], end: int, size: int) -> bool:
    """Whether a record whose block ends at ``end`` is followed by its two line breaks and then the next
    record or the end of the file."""
    if end >= size:
        return end == size
    stream.seek(end)
    tail = stream.read(64)
    rest = tail.lstrip(b"\r\n")
    if len(tail) - len(rest) < 2 and rest:
        return False
    return rest.startswith(_WARC_LINE) or (not rest and len(tail) < 64)


def _line_breaks_at(stream: IO[bytes], end: int) -> bool:
    stream.seek(end)
    return stream.read(len(_HEADER_END)) == _HEADER_END


def _next_header(stream: IO[bytes], position: int, size: int) -> int:
    """The offset of the next whole WARC header at a line start after ``position`` (``size`` if none)."""
    needle = b"\n" + _WARC_LINE
    base = position
    stream.seek(base)
    carry = b""
    while block := stream.read(_RESYNC_BLOCK):
        data = carry + block
        found = data.find(needle)
        while found != -1:
            candidate = base - len(carry) + found + 1
            fields, header_size = _read_header(stream, candidate)
            if header_size and fields.get("content-length", "").isdigit():
                return candidate
            found = data.find(needle, found + 1)
        carry = data[-len(needle) :]
        base += len(block)
        stream.seek(base)
    return size
