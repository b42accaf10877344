"""Run :func:`~beritaparse.batch.work.process` over many records in a process pool, streaming results.

Records are sent to the workers in chunks (fewer round trips), and only a few chunks per worker are in
flight at any time, so memory stays flat however long the input is. Results come back in input order
(the default) or as they complete.

>>> from beritaparse.batch.records import Record
>>> recs = [Record(id=str(i), payload=b"<p>Berita nomor %d.</p>" % i) for i in range(5)]  # some fail: fine
>>> [r["id"] for r in run(recs, workers=1)]
['0', '1', '2', '3', '4']
"""

from __future__ import annotations

import concurrent.futures as cf
import functools
import itertools
import os
import signal
from collections import deque
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any

from beritaparse.batch.work import process, process_many
from beritaparse.page.html import DEFAULT_MAX_BYTES

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from beritaparse.batch.records import BatchResult, Record

__all__ = ["DEFAULT_CHUNK_SIZE", "IN_FLIGHT_PER_WORKER", "default_workers", "run"]

DEFAULT_CHUNK_SIZE = 8
"""Records per task: large enough to hide the cost of a round trip, small enough to keep workers even."""
IN_FLIGHT_PER_WORKER = 3
"""Chunks queued per worker: one running, the rest ready, so no worker waits for the reader."""


def default_workers() -> int:
    """One worker per CPU."""
    return os.cpu_count() or 1


def run(
    records: Iterable[Record],
    *,
    workers: int | None = None,
    ordered: bool = True,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    only_indonesian: bool = False,
    timeout: float | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[BatchResult]:
    """Output records for ``records``, one each; ``workers=1`` parses in this process.

    ``timeout`` bounds each parse in seconds (see :func:`~beritaparse.batch.work.process`)."""
    workers = workers or default_workers()
    if workers < 1 or chunk_size < 1:
        raise ValueError("workers and chunk_size must be at least 1")
    if workers == 1:
        for record in records:
            yield process(record, only_indonesian=only_indonesian, timeout=timeout, max_bytes=max_bytes)
        return
    task = functools.partial(
        process_many, only_indonesian=only_indonesian, timeout=timeout, max_bytes=max_bytes
    )
    chunks = _chunked(iter(records), chunk_size)
    yield from _run_pool(chunks, task, workers, ordered=ordered)


def _chunked(records: Iterator[Record], size: int) -> Iterator[list[Record]]:
    while chunk := list(itertools.islice(records, size)):
        yield chunk


def _ignore_sigint() -> None:
    # Ctrl-C is the parent's to handle: it stops handing out work and closes the output cleanly.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class _Pool:
    """A process pool that a dead worker does not end: it is replaced, and the work it held is redone."""

    def __init__(self, workers: int) -> None:
        self._workers = workers
        self._executor = self._start()

    def _start(self) -> cf.ProcessPoolExecutor:
        return cf.ProcessPoolExecutor(self._workers, initializer=_ignore_sigint)

    def submit(self, task: Any, chunk: list[Record]) -> cf.Future[list[BatchResult]]:
        try:
            return self._executor.submit(task, chunk)
        except BrokenProcessPool as exc:
            # Broken before anyone asked for a result: the chunk is redone like the others in flight.
            future: cf.Future[list[BatchResult]] = cf.Future()
            future.set_exception(exc)
            return future

    def renew(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
        self._executor = self._start()

    def redo_alone(self, task: Any, chunk: list[Record]) -> list[BatchResult]:
        """Each record of ``chunk`` in a task of its own, one at a time, so a record that kills its worker
        again is the one that fails, and only it."""
        results: list[BatchResult] = []
        for record in chunk:
            try:
                results.extend(self._executor.submit(task, [record]).result())
            except BrokenProcessPool as exc:  # noqa: PERF203 - each record is tried on its own: that is the point
                results.extend(_failed([record], exc))
                self.renew()
        return results

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)


def _run_pool(
    chunks: Iterator[list[Record]], task: Any, workers: int, *, ordered: bool
) -> Iterator[BatchResult]:
    limit = workers * IN_FLIGHT_PER_WORKER
    pool = _Pool(workers)
    pending: deque[tuple[cf.Future[list[BatchResult]], list[Record]]] = deque()
    try:
        while True:
            # Stop handing out work as soon as a result can be written, so output keeps pace with input.
            while len(pending) < limit and not _ready(pending, ordered=ordered):
                chunk = next(chunks, None)
                if chunk is None:
                    break
                pending.append((pool.submit(task, chunk), chunk))
            if not pending:
                return
            if ordered:
                future, chunk = pending[0]
                cf.wait([future])
                pending.popleft()
            else:
                done, _ = cf.wait([f for f, _ in pending], return_when=cf.FIRST_COMPLETED)
                index = next(i for i, (f, _) in enumerate(pending) if f in done)
                future, chunk = pending[index]
                del pending[index]
            try:
                results = future.result()
            except BrokenProcessPool:
                # A worker died (a crash in C code, the out-of-memory killer) and took every chunk in
                # flight with it. A fresh pool redoes them record by record: the record that kills a
                # worker again fails with a record of its own, the others parse as if nothing happened.
                pool.renew()
                yield from pool.redo_alone(task, chunk)
                for queued_future, queued in pending:
                    if (
                        queued_future.done()
                        and not queued_future.cancelled()
                        and not queued_future.exception()
                    ):
                        yield from queued_future.result()
                    else:
                        yield from pool.redo_alone(task, queued)
                pending.clear()
                continue
            yield from results
    except KeyboardInterrupt:
        # Keep what is already parsed: hand over the finished results (in order) before stopping.
        for future, _ in list(pending):
            if future.done() and not future.cancelled() and not future.exception():
                yield from future.result()
            elif ordered:
                break
        raise
    finally:
        pool.shutdown()


def _ready(pending: deque[tuple[cf.Future[Any], list[Record]]], *, ordered: bool) -> bool:
    if ordered:
        return bool(pending) and pending[0][0].done()
    return any(future.done() for future, _ in pending)


def _failed(chunk: list[Record], exc: BaseException) -> Iterator[BatchResult]:
    message = f"the worker process died while parsing this record: {exc}"
    for record in chunk:
        yield {"id": record.id, "url": record.url, "error": {"type": type(exc).__name__, "message": message}}
