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
from beritaparse.errors import WARCRecordError

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["WARCRecordError", "iter_warc"]

_GZIP_MAGIC = b"\x1f\x8b\x08"
_RECORD_STARTS = (b"WARC/", b"filedesc:")
# Readers look for the next gzip member in steps of this size.
_RESYNC_BLOCK = 1 << 16


def iter_warc(stream: IO[bytes], source: str) -> Iterator[Record]:
    """Records from the ``response`` and ``resource`` records of a WARC (or WARC.gz) stream.

    Request, metadata, revisit and warcinfo records describe a capture and hold no page, so they are not
    inputs and give no record. A broken or truncated gzip member gives one error record; reading goes on at
    the next member that holds a record (when the stream can seek).
    """
    from warcio.archiveiterator import ArchiveIterator  # noqa: PLC0415 - optional dependency (extra "warc")

    start = stream.tell() if stream.seekable() else 0
    while True:
        if stream.seekable():
            stream.seek(start)
        records = ArchiveIterator(stream)
        warc_records = iter(records)
        while True:
            record, resync_from = _next_record(warc_records, records, stream, source, start)
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
    warc_records: Iterator[Any], records: Any, stream: IO[bytes], source: str, start: int
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
                record = _warc_record(warc_record, source, offset)
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


def _warc_record(warc_record: Any, source: str, offset: int) -> Record | None:
    headers = warc_record.rec_headers
    rec_id = headers.get_header("WARC-Record-ID") or f"{source}@{offset}"
    url = headers.get_header("WARC-Target-URI")
    rec_type = warc_record.rec_type
    if headers.get_header("Content-Length") is None:
        # Every WARC record states its length; a header without one was cut off before it ended.
        return Record(id=rec_id, url=url, error=ErrorInfo(WARCRecordError.__name__, "WARC header cut short"))
    if rec_type not in {"response", "resource"}:
        return None
    try:
        payload = warc_record.content_stream().read()
    except (zlib.error, EOFError, ValueError, OSError) as exc:
        # A payload whose HTTP Content-Encoding is broken: the record is there, its page is not.
        return Record(id=rec_id, url=url, error=ErrorInfo(type(exc).__name__, f"payload unreadable: {exc}"))
    missing = getattr(warc_record.raw_stream, "limit", 0)
    if missing:
        message = f"truncated record: {missing} of {warc_record.length} bytes missing"
        return Record(id=rec_id, url=url, error=ErrorInfo(WARCRecordError.__name__, message))
    http = warc_record.http_headers
    if rec_type == "response" and http is not None:
        status = http.get_statuscode()
        if status != "200":
            return Record(id=rec_id, url=url, skip=f"HTTP status {status}")
        content_type = http.get_header("Content-Type")
    else:
        content_type = headers.get_header("Content-Type")
    if content_type and not _is_html_type(content_type):
        return Record(id=rec_id, url=url, skip=f"not HTML ({content_type.split(';')[0].strip()})")
    return Record(id=rec_id, url=url, payload=payload, kind="html")


def _broken(stream: IO[bytes], source: str, offset: int, error: ErrorInfo) -> Record:
    """The error record for a broken record at ``offset``: named by its own WARC-Record-ID when its header
    can still be read, so a rerun (or ``--resume``) names it the same way whatever broke it."""
    headers = _salvage_headers(stream, offset) if stream.seekable() else {}
    rec_id = headers.get("warc-record-id") or f"{source}@{offset}"
    return Record(id=rec_id, url=headers.get("warc-target-uri"), error=error)


def _salvage_headers(stream: IO[bytes], offset: int) -> dict[str, str]:
    """The WARC header fields of the (gzip or plain) record at ``offset``, as far as they can be read."""
    stream.seek(offset)
    head = stream.read(_RESYNC_BLOCK)
    text = b""
    if head.startswith(_GZIP_MAGIC):
        decompressor = zlib.decompressobj(zlib.MAX_WBITS | 16)
        for step in range(0, len(head), 64):
            try:
                text += decompressor.decompress(head[step : step + 64])
            except zlib.error:
                break
            if b"\r\n\r\n" in text or decompressor.eof:
                break
    else:
        text = head
    block, complete, _ = text.partition(b"\r\n\r\n")
    if not complete or not block.startswith(_RECORD_STARTS):
        return {}
    fields = {}
    for line in block.split(b"\r\n")[1:]:
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
