"""Parse many pages at once: files, folders, JSONL and WARC inputs, in a process pool, streaming results.

>>> import pathlib, tempfile
>>> from beritaparse.batch import parse_batch
>>> from beritaparse.samples import sample_page
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.html").write_bytes(sample_page()[0])
>>> _ = (folder / "b.txt").write_text("   ")
>>> _ = (folder / "notes.md").write_text("not a page")
>>> for result in parse_batch([folder], workers=1):
...     print(result["id"].removeprefix(str(folder)), sorted(result))
/a.html ['article', 'id', 'url']
/b.txt ['error', 'id', 'url']
/notes.md ['id', 'skipped', 'url']

See ``docs/batch.md`` for the inputs, the ids and the output records.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from beritaparse.batch.inputs import count_inputs, iter_inputs
from beritaparse.batch.outputs import Summary, open_output
from beritaparse.batch.records import BatchResult, ErrorDict, ErrorInfo, Record, status_of
from beritaparse.batch.runner import DEFAULT_CHUNK_SIZE, run
from beritaparse.batch.warc import WARCRecordError, iter_warc
from beritaparse.page.html import DEFAULT_MAX_BYTES

DEFAULT_TIMEOUT = 60.0
"""Seconds one parse may take in a batch; a page past it fails with ``TimeoutError``."""

if TYPE_CHECKING:
    import os
    from collections.abc import Collection, Iterable, Iterator

__all__ = [
    "DEFAULT_TIMEOUT",
    "BatchResult",
    "ErrorDict",
    "ErrorInfo",
    "Record",
    "Summary",
    "WARCRecordError",
    "count_inputs",
    "iter_inputs",
    "iter_warc",
    "open_output",
    "parse_batch",
    "parse_records",
    "status_of",
]


def parse_records(
    records: Iterable[Record],
    *,
    workers: int | None = None,
    ordered: bool = True,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    only_indonesian: bool = False,
    skip_ids: Collection[str] = frozenset(),
    timeout: float | None = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[BatchResult]:
    """One output record per input record (minus ``skip_ids``), in input order unless ``ordered=False``.

    ``workers`` defaults to one per CPU; ``workers=1`` parses in this process. A parse that takes longer
    than ``timeout`` seconds fails with ``TimeoutError`` (``None``: no limit); a page over ``max_bytes``
    fails with ``InputTooLargeError``.
    """
    if skip_ids:
        records = (r for r in records if r.id not in skip_ids)
    return run(
        records,
        workers=workers,
        ordered=ordered,
        chunk_size=chunk_size,
        only_indonesian=only_indonesian,
        timeout=timeout,
        max_bytes=max_bytes,
    )


def parse_batch(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    workers: int | None = None,
    ordered: bool = True,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    only_indonesian: bool = False,
    skip_ids: Collection[str] = frozenset(),
    timeout: float | None = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[BatchResult]:
    """:func:`parse_records` over the records of files and folders (see :func:`iter_inputs`)."""
    return parse_records(
        iter_inputs(inputs, max_bytes=max_bytes),
        workers=workers,
        ordered=ordered,
        chunk_size=chunk_size,
        only_indonesian=only_indonesian,
        skip_ids=skip_ids,
        timeout=timeout,
        max_bytes=max_bytes,
    )
