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
from typing import TYPE_CHECKING, Any

from beritaparse.batch.language import looks_indonesian
from beritaparse.batch.records import ErrorInfo, Record
from beritaparse.errors import EmptyInputError, HTMLDecodeError
from beritaparse.page.extract import parse
from beritaparse.paste.extract import parse_text

if TYPE_CHECKING:
    from collections.abc import Iterator
    from types import FrameType

__all__ = ["process", "process_many", "status_of"]

_UNICODE_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# NUL bytes this early mean a binary payload (an image or PDF served as text/html), not a page.
_SNIFF_BYTES = 4096


def process(record: Record, *, only_indonesian: bool = False, timeout: float | None = None) -> dict[str, Any]:
    """The output record for ``record``; never raises for bad input.

    ``timeout`` (seconds) bounds the parse, so one pathological page cannot stall a batch: past it the
    record fails with ``TimeoutError``. It needs SIGALRM and the main thread (as in batch worker processes)
    and is ignored elsewhere.
    """
    base: dict[str, Any] = {"id": record.id, "url": record.url}
    if record.error is not None:
        return {**base, "error": record.error.to_dict()}
    if record.skip is not None:
        return {**base, "skipped": record.skip}
    try:
        with _deadline(timeout):
            if record.kind == "text":
                article = parse_text(_decode_text(record.payload))
            else:
                _check_not_binary(record.payload)
                article = parse(record.payload, url=record.url)
    except Exception as exc:  # noqa: BLE001 - one page's failure, even a bug, must not stop the batch; the record names it
        return {**base, "error": ErrorInfo.from_exception(exc).to_dict()}
    if only_indonesian and not looks_indonesian(article.text):
        return {**base, "skipped": "not Indonesian"}
    if base["url"] is None:
        base["url"] = article.url
    return {**base, "article": article.to_dict()}


def process_many(
    records: list[Record], only_indonesian: bool = False, timeout: float | None = None
) -> list[dict[str, Any]]:
    """:func:`process` over a chunk of records (one task for a worker process)."""
    return [process(r, only_indonesian=only_indonesian, timeout=timeout) for r in records]


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


def status_of(result: dict[str, Any]) -> str:
    """``"parsed"``, ``"failed"`` or ``"skipped"``.

    >>> status_of({"id": "x", "url": None, "skipped": "HTTP status 404"})
    'skipped'
    """
    if "article" in result:
        return "parsed"
    if "error" in result:
        return "failed"
    return "skipped"


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
