"""Parse many pages at once: files, folders, JSONL and WARC inputs, in a process pool, streaming results.

>>> import pathlib, tempfile
>>> from beritaparse.batch import parse_batch
>>> from beritaparse.samples import sample_page
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.html").write_bytes(sample_page()[0])
>>> _ = (folder / "b.txt").write_text("   ")
>>> for result in parse_batch([folder], workers=1):
...     print(result["id"].removeprefix(str(folder)), sorted(result))
/a.html ['article', 'id', 'url']
/b.txt ['error', 'id', 'url']

See ``docs/batch.md`` for the inputs, the ids and the output records.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from beritaparse.batch.inputs import iter_inputs
from beritaparse.batch.outputs import Summary, open_output
from beritaparse.batch.records import ErrorInfo, Record
from beritaparse.batch.runner import DEFAULT_CHUNK_SIZE, run
from beritaparse.batch.warc import WARCRecordError, iter_warc

DEFAULT_TIMEOUT = 60.0
"""Seconds one parse may take in a batch; a page past it fails with ``TimeoutError``."""

if TYPE_CHECKING:
    import os
    from collections.abc import Collection, Iterable, Iterator

__all__ = [
    "DEFAULT_TIMEOUT",
    "ErrorInfo",
    "Record",
    "Summary",
    "WARCRecordError",
    "iter_inputs",
    "iter_warc",
    "open_output",
    "parse_batch",
    "parse_records",
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
) -> Iterator[dict[str, Any]]:
    """One output record per input record (minus ``skip_ids``), in input order unless ``ordered=False``.

    ``workers`` defaults to one per CPU; ``workers=1`` parses in this process. A parse that takes longer
    than ``timeout`` seconds fails with ``TimeoutError`` (``None``: no limit).
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
) -> Iterator[dict[str, Any]]:
    """:func:`parse_records` over the records of files and folders (see :func:`iter_inputs`)."""
    return parse_records(
        iter_inputs(inputs),
        workers=workers,
        ordered=ordered,
        chunk_size=chunk_size,
        only_indonesian=only_indonesian,
        skip_ids=skip_ids,
        timeout=timeout,
    )
