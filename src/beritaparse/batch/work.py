"""What one worker does with one :class:`~beritaparse.batch.inputs.Record`: the output record.

Output records are plain JSON-able dicts of one of three shapes::

    {"id": ..., "url": ..., "article": Article.to_dict()}
    {"id": ..., "url": ..., "error": {"type": "EmptyInputError", "message": "..."}}
    {"id": ..., "url": ..., "skipped": "HTTP status 404"}

>>> from beritaparse.batch.records import Record
>>> from beritaparse.samples import sample_page
>>> html, url = sample_page()
>>> out = process(Record(id="a", url=url, payload=html))
>>> sorted(out), out["url"] == url
(['article', 'id', 'url'], True)
>>> process(Record(id="b", payload=b""))["error"]["type"]
'EmptyInputError'
"""

from __future__ import annotations

import codecs
import contextlib
import signal
import threading
from typing import TYPE_CHECKING

from beritaparse.batch.language import looks_indonesian
from beritaparse.batch.records import BatchResult, ErrorInfo, Record, status_of
from beritaparse.errors import EmptyInputError, HTMLDecodeError, InputTooLargeError
from beritaparse.page.extract import parse
from beritaparse.page.html import DEFAULT_MAX_BYTES
from beritaparse.paste.extract import parse_text

if TYPE_CHECKING:
    from collections.abc import Iterator
    from types import FrameType

__all__ = ["process", "process_many", "status_of"]

_UNICODE_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# NUL bytes this early mean a binary payload (an image or PDF served as text/html), not a page.
_SNIFF_BYTES = 4096


def process(
    record: Record,
    *,
    only_indonesian: bool = False,
    timeout: float | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> BatchResult:
    """The output record for ``record``; never raises for bad input.

    ``timeout`` (seconds) bounds the parse, so one pathological page cannot stall a batch: past it the
    record fails with ``TimeoutError``. It needs SIGALRM and the main thread (as in batch worker processes)
    and is ignored elsewhere.
    """
    done = record.result()
    if done is not None:
        return done
    if len(record.payload) > max_bytes:
        # Records built by callers or read from JSONL lines are held to the same limit as files.
        message = f"the input is {len(record.payload):,} bytes, over the limit of {max_bytes:,} bytes"
        return {
            "id": record.id,
            "url": record.url,
            "error": {"type": InputTooLargeError.__name__, "message": message},
        }
    try:
        with _deadline(timeout):
            if record.kind == "text":
                article = parse_text(_decode_text(record.payload))
            else:
                _check_not_binary(record.payload)
                article = parse(record.payload, url=record.url, max_bytes=max_bytes)
    except Exception as exc:  # noqa: BLE001 - one page's failure, even a bug, must not stop the batch; the record names it
        return {"id": record.id, "url": record.url, "error": ErrorInfo.from_exception(exc).to_dict()}
    # A page that names its own address fills the url the input lacked, skipped or not.
    url = record.url if record.url is not None else article.url
    if only_indonesian and not looks_indonesian(article.text):
        return {"id": record.id, "url": url, "skipped": "not Indonesian"}
    return {"id": record.id, "url": url, "article": article.to_dict()}


def process_many(
    records: list[Record],
    only_indonesian: bool = False,
    timeout: float | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> list[BatchResult]:
    """:func:`process` over a chunk of records (one task for a worker process)."""
    return [
        process(r, only_indonesian=only_indonesian, timeout=timeout, max_bytes=max_bytes) for r in records
    ]


@contextlib.contextmanager
def _deadline(seconds: float | None) -> Iterator[None]:
    if (
        seconds is None
        or not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
    ):
        yield
        return

    def expire(_signum: int, _frame: FrameType | None) -> None:
        raise TimeoutError(f"parsing took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _decode_text(payload: bytes) -> str:
    if not payload.strip():
        raise EmptyInputError("the text is empty")
    try:
        return payload.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise HTMLDecodeError(
            f"text is not UTF-8 (byte {exc.start}: {payload[exc.start : exc.start + 1]!r})"
        ) from exc


def _check_not_binary(payload: bytes) -> None:
    head = payload[:_SNIFF_BYTES]
    if b"\x00" in head and not head.startswith(_UNICODE_BOMS):
        raise HTMLDecodeError("binary data, not a page (NUL bytes in the first 4 KB)")
