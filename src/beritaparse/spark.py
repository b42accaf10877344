"""Parse pages with Spark: WARC paths or ``(url, html)`` rows in, a DataFrame of results out.

Needs the ``spark`` extra (pyspark). Each WARC file is read by one task with the same reader as
``beritaparse batch`` (:func:`beritaparse.batch.iter_warc`) and each record is parsed by the same function, so
the rows are the records ``beritaparse batch`` writes, with the columns of :mod:`beritaparse.batch.schema`:
``id, url, status, article, error, skipped``. See ``docs/batch.md`` for a cluster run over CC-NEWS.

.. code-block:: python

    from pyspark.sql import SparkSession
    from beritaparse.spark import parse_warc_paths

    spark = SparkSession.builder.master("local[2]").getOrCreate()
    df = parse_warc_paths(spark.createDataFrame([("news.warc.gz",)], ["path"]))
    df.filter("status = 'parsed'").select("article.title").show()
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from beritaparse.batch import DEFAULT_TIMEOUT
from beritaparse.batch.inputs import text_to_bytes
from beritaparse.batch.records import ErrorInfo, Record
from beritaparse.batch.schema import RESULT_FIELDS, FieldSpec, result_row
from beritaparse.batch.warc import iter_warc
from beritaparse.batch.work import process

if TYPE_CHECKING:
    from pyspark.rdd import RDD
    from pyspark.sql import DataFrame
    from pyspark.sql.types import DataType, StructType

    from beritaparse.batch.records import BatchResult

__all__ = ["parse_pages", "parse_warc_paths", "result_schema", "to_row"]

Opener = Callable[[str], IO[bytes]]


def result_schema() -> StructType:
    """The declared schema of the result DataFrame (nested structs and arrays, dates as ISO strings)."""
    from pyspark.sql import types as t  # noqa: PLC0415 - optional dependency

    def convert(spec: FieldSpec) -> DataType:
        if isinstance(spec, str):
            return t.StringType() if spec == "string" else t.LongType()
        if isinstance(spec, list):
            return t.ArrayType(convert(spec[0]), containsNull=True)
        return t.StructType([t.StructField(name, convert(sub), nullable=True) for name, sub in spec])

    schema = convert(RESULT_FIELDS)
    assert isinstance(schema, t.StructType)
    return schema


def to_row(result: BatchResult) -> tuple[Any, ...]:
    """An output record as a tuple in :func:`result_schema` order (nested structs as tuples too)."""
    row = result_row(result)
    return tuple(_as_tuple(row.get(name), spec) for name, spec in RESULT_FIELDS)


def _as_tuple(value: Any, spec: FieldSpec) -> Any:
    if value is None or isinstance(spec, str):
        return value
    if isinstance(spec, list):
        return [_as_tuple(item, spec[0]) for item in value]
    return tuple(_as_tuple(value.get(name), sub) for name, sub in spec)


def _open_local(path: str) -> IO[bytes]:
    return Path(path.removeprefix("file://")).open("rb")


def _warc_rows(
    paths: Iterable[str],
    opener: Opener,
    only_indonesian: bool,
    keep_url: Callable[[str], bool] | None,
    timeout: float | None,
) -> Iterator[tuple[Any, ...]]:
    for path in paths:
        try:
            stream = opener(path)
        except OSError as exc:
            yield to_row(process(Record(id=path, error=_error(exc))))
            continue
        with stream:
            for record in iter_warc(stream, path):
                if keep_url is not None and record.url is not None and not keep_url(record.url):
                    continue
                yield to_row(process(record, only_indonesian=only_indonesian, timeout=timeout))


def _error(exc: BaseException) -> ErrorInfo:
    return ErrorInfo(type(exc).__name__, getattr(exc, "strerror", None) or str(exc))


def _first_column(data: DataFrame | RDD[Any], name: str) -> RDD[Any]:
    from pyspark.sql import DataFrame  # noqa: PLC0415 - optional dependency

    if isinstance(data, DataFrame):
        column = name if name in data.columns else data.columns[0]
        return data.select(column).rdd.map(lambda row: row[0])
    return data.map(lambda item: item if isinstance(item, str) else item[0])


def parse_warc_paths(
    paths: DataFrame | RDD[Any],
    *,
    path_column: str = "path",
    opener: Opener | None = None,
    only_indonesian: bool = False,
    keep_url: Callable[[str], bool] | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> DataFrame:
    """Parse every response record of every WARC file named in ``paths``.

    ``paths`` is a DataFrame (column ``path_column``, or its first column) or an RDD of strings. One task
    reads one file, so give at least as many files as cores. ``opener`` opens a path on the executors
    (default: a local or shared file system); for ``s3://`` or ``https://`` paths pass e.g. ``fsspec.open``
    wrapped to return the opened stream. The result has one row per record, ids as in ``beritaparse batch``.

    ``keep_url`` picks the records worth parsing by URL (on a multilingual crawl, say
    ``lambda url: beritaparse.outlets.for_url(url) is not None``); the others are left out entirely, like
    request records, not reported as skipped. Records without a URL are always kept.
    """
    from pyspark.sql import SparkSession  # noqa: PLC0415 - optional dependency

    rdd = _first_column(paths, path_column)
    open_path = opener or _open_local
    # One partition per file: WARC files are large and cannot be split, so a file is the unit of work, and
    # hash partitioning could put two files in one task while another core idles.
    count = max(rdd.count(), 1)
    one_per_task = (
        rdd.zipWithIndex()
        .map(lambda pair: (pair[1], pair[0]))
        .partitionBy(count, lambda index: index)
        .values()
    )
    rows = one_per_task.mapPartitions(
        lambda part: _warc_rows(part, open_path, only_indonesian, keep_url, timeout)
    )
    spark = SparkSession.getActiveSession() or SparkSession.builder.getOrCreate()
    return spark.createDataFrame(rows, result_schema())


def _page_rows(
    rows: Iterable[Any], only_indonesian: bool, timeout: float | None
) -> Iterator[tuple[Any, ...]]:
    for row in rows:
        data = row.asDict() if hasattr(row, "asDict") else None
        if data is not None:
            url, html, rec_id = data.get("url"), data.get("html"), data.get("id")
        else:
            url, html = row[0], row[1]
            rec_id = row[2] if len(row) > 2 else None
        if isinstance(html, str):
            html = text_to_bytes(html)
        record = Record(id=str(rec_id if rec_id is not None else url), url=url, payload=bytes(html or b""))
        yield to_row(process(record, only_indonesian=only_indonesian, timeout=timeout))


def parse_pages(
    pages: DataFrame | RDD[Any], *, only_indonesian: bool = False, timeout: float | None = DEFAULT_TIMEOUT
) -> DataFrame:
    """Parse ``(url, html)`` rows: a DataFrame with columns ``url`` and ``html`` (str or binary) and an
    optional ``id``, or an RDD of ``(url, html)`` / ``(url, html, id)`` tuples. A row's id is its ``id``,
    else its URL."""
    from pyspark.sql import DataFrame, SparkSession  # noqa: PLC0415 - optional dependency

    rdd = pages.rdd if isinstance(pages, DataFrame) else pages
    rows = rdd.mapPartitions(lambda part: _page_rows(part, only_indonesian, timeout))
    spark = SparkSession.getActiveSession() or SparkSession.builder.getOrCreate()
    return spark.createDataFrame(rows, result_schema())
