"""beritaparse.spark on a local SparkSession: the same records as ``beritaparse batch`` for the same WARC."""

from __future__ import annotations

import json
import os
import shutil
import sys
from typing import TYPE_CHECKING, Any

import pytest

pytest.importorskip("pyspark", reason="the Spark functions need pyspark (the 'spark' extra)")
pytest.importorskip("warcio", reason="WARC input needs warcio (the 'warc' extra)")
if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
    pytest.skip("Spark needs a Java runtime (java on PATH or JAVA_HOME)", allow_module_level=True)

from beritaparse import parse
from beritaparse.cli import main
from beritaparse.spark import parse_pages, parse_warc_paths, result_schema
from test_batch import GOLD_URL, PAGES, build_warc, check_results

if TYPE_CHECKING:
    import pathlib
    from collections.abc import Iterator

    from pyspark.sql import SparkSession


@pytest.fixture(scope="module")
def spark() -> Iterator[SparkSession]:
    from pyspark.sql import SparkSession  # noqa: PLC0415 - imported only once pyspark is known to be there

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    session = (
        SparkSession.builder.master("local[2]")
        .appName("beritaparse-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def _plain(value: Any) -> Any:
    """A Spark Row tree as the plain dicts and lists of an output record."""
    if hasattr(value, "asDict"):
        return {k: _plain(v) for k, v in value.asDict().items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def test_schema_is_declared_with_nested_structs() -> None:
    schema = result_schema()
    assert schema.fieldNames() == ["id", "url", "status", "article", "error", "skipped"]
    body = schema["article"].dataType["body"].dataType
    assert body.elementType.fieldNames() == ["kind", "text", "time"]
    assert schema["error"].dataType.fieldNames() == ["type", "message"]


def test_warc_through_spark_matches_the_cli(spark, tmp_path: pathlib.Path) -> None:
    first = tmp_path / "a.warc.gz"
    second = tmp_path / "b.warc.gz"
    expected_first = build_warc(first)
    expected_second = build_warc(second, copies=1)
    paths = spark.createDataFrame(
        [(str(first),), (str(second),), (str(tmp_path / "missing.warc.gz"),)], ["path"]
    )
    rows = parse_warc_paths(paths).collect()
    by_id = {row["id"]: {**_plain(row)} for row in rows}
    assert len(by_id) == len(rows)  # every id once

    cache: dict[Any, Any] = {}
    for path, expected in ((first, expected_first), (second, expected_second)):
        out = tmp_path / f"{path.name}.jsonl"
        assert main(["batch", str(path), "-o", str(out), "-q", "--workers", "2"]) == 0
        cli = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
        check_results(cli, expected, cache)
        spark_results = [by_id[r["id"]] for r in cli]
        for from_cli, from_spark in zip(cli, spark_results, strict=True):
            assert from_spark["status"] == (
                "parsed" if "article" in from_cli else "failed" if "error" in from_cli else "skipped"
            )
            assert from_spark["url"] == from_cli["url"]
            assert from_spark["article"] == from_cli.get("article")
            assert from_spark["error"] == from_cli.get("error")
            assert from_spark["skipped"] == from_cli.get("skipped")
    missing = by_id[str(tmp_path / "missing.warc.gz")]
    assert missing["status"] == "failed"
    assert missing["error"]["type"] == "FileNotFoundError"
    assert len(rows) == len(expected_first) + len(expected_second) + 1


def test_url_html_rows_through_spark(spark) -> None:
    pages = PAGES[:4]
    data = [(GOLD_URL[p], p.read_bytes()) for p in pages] + [("https://x.id/empty", b"")]
    frame = spark.createDataFrame(data, ["url", "html"])
    rows = {row["id"]: _plain(row) for row in parse_pages(frame).collect()}
    for page in pages:
        row = rows[GOLD_URL[page]]
        assert row["status"] == "parsed"
        assert row["article"] == parse(page.read_bytes(), url=GOLD_URL[page]).to_dict()
    assert rows["https://x.id/empty"]["error"]["type"] == "EmptyInputError"

    rdd = spark.sparkContext.parallelize(
        [(GOLD_URL[pages[0]], pages[0].read_text("utf-8", "replace"), "own-id")]
    )
    (row,) = parse_pages(rdd).collect()
    assert row["id"] == "own-id"
    assert row["status"] == "parsed"


def test_keep_url_leaves_other_records_out(spark, tmp_path: pathlib.Path) -> None:
    path = tmp_path / "one.warc.gz"
    build_warc(path, copies=1)
    frame = spark.createDataFrame([(str(path),)], ["path"])
    rows = parse_warc_paths(frame, keep_url=lambda url: ".detik.com/" in url).collect()
    detik = [p for p in PAGES if ".detik.com/" in GOLD_URL[p]]
    assert len(detik) >= 2
    assert sorted(row["url"] for row in rows) == sorted(f"{GOLD_URL[p]}?copy=0" for p in detik)
    assert {row["status"] for row in rows} == {"parsed"}
