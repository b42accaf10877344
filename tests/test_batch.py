"""beritaparse.batch: inputs, ids, error and skip records, ordering, resume, a WARC with broken records."""

from __future__ import annotations

import functools
import gzip
import io
import json
import os
import pathlib
import signal
import subprocess
import sys
import time
from typing import TYPE_CHECKING, Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from beritaparse import parse
from beritaparse.batch import (
    Record,
    Summary,
    count_inputs,
    iter_inputs,
    iter_warc,
    parse_batch,
    parse_records,
)
from beritaparse.batch.inputs import iter_jsonl_lines
from beritaparse.batch.language import looks_indonesian
from beritaparse.batch.outputs import done_ids
from beritaparse.cli import main

if TYPE_CHECKING:
    from collections.abc import Iterator

warcio = pytest.importorskip("warcio", reason="WARC input needs warcio (the 'warc' extra)")
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

PAGES = sorted(pathlib.Path(__file__).parent.joinpath("pages").glob("*/*.html"))
GOLD_URL = {
    p: json.loads(p.with_suffix("").with_suffix(".expected.json").read_text("utf-8"))["url"] for p in PAGES
}
COPIES = 7  # 29 pages x 7 = 203 good records: "a few hundred"


# --- building a WARC with broken records ------------------------------------------------------------------


@attrs.frozen
class Expected:
    """What the batch must produce for one WARC member, in file order."""

    id: str
    status: str  # parsed | failed | skipped | none (no output record)
    detail: str = ""  # error type, skip reason
    page: pathlib.Path | None = None
    url: str | None = None


def _member(
    record_type: str,
    url: str,
    body: bytes,
    headers: list[tuple[str, str]] | None = None,
    status: str = "200 OK",
) -> tuple[bytes, str]:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    http = None
    if record_type in {"response", "request"}:
        protocol = "HTTP/1.1"
        http = StatusAndHeaders(
            status if record_type == "response" else "GET / HTTP/1.1",
            headers or [],
            protocol=protocol,
            is_http_request=record_type == "request",
        )
    record = writer.create_warc_record(
        url,
        record_type,
        payload=io.BytesIO(body),
        http_headers=http,
        warc_content_type="text/plain" if record_type == "metadata" else None,
    )
    writer.write_record(record)
    return buffer.getvalue(), record.rec_headers.get_header("WARC-Record-ID")


def build_warc(path: pathlib.Path, copies: int = COPIES) -> list[Expected]:
    """A WARC.gz of corpus pages (each ``copies`` times) with broken records among them."""
    html_type = [("Content-Type", "text/html; charset=UTF-8")]
    members: list[tuple[bytes, Expected]] = []

    def add(
        data_id: tuple[bytes, str],
        status: str,
        detail: str = "",
        page: pathlib.Path | None = None,
        url: str | None = None,
    ) -> None:
        data, rec_id = data_id
        members.append((data, Expected(rec_id, status, detail, page, url)))

    for copy in range(copies):
        for page in PAGES:
            url = f"{GOLD_URL[page]}?copy={copy}"
            add(_member("request", url, b""), "none")
            add(_member("response", url, page.read_bytes(), html_type), "parsed", page=page, url=url)
            add(_member("metadata", url, b"fetchTimeMs: 12\r\n"), "none")
        if copy == 1:
            add(
                _member(
                    "response",
                    "https://x.id/logo.png",
                    b"\x89PNG\r\n\x1a\n" + bytes(200),
                    [("Content-Type", "image/png")],
                ),
                "skipped",
                "not HTML (image/png)",
            )
            add(_member("response", "https://x.id/empty", b"", html_type), "failed", "EmptyInputError")
            add(
                _member(
                    "response",
                    "https://x.id/gone",
                    b"<html><body>Not found</body></html>",
                    html_type,
                    status="404 Not Found",
                ),
                "skipped",
                "HTTP status 404",
            )
            # Bad charset: a binary payload labelled as an HTML page in a charset that does not exist.
            add(
                _member(
                    "response",
                    "https://x.id/binary",
                    bytes(range(256)) * 8,
                    [("Content-Type", "text/html; charset=x-no-such-charset")],
                ),
                "failed",
                "HTMLDecodeError",
            )
            # A readable page under an unknown charset label is still a page: parsed as without the label.
            page = PAGES[0]
            add(
                _member(
                    "response",
                    "https://x.id/label",
                    page.read_bytes(),
                    [("Content-Type", "text/html; charset=x-no-such-charset")],
                ),
                "parsed",
                page=page,
                url="https://x.id/label",
            )
        if copy == 3:
            # A gzip member cut in the middle: reading goes on at the next member.
            # Its header survives, so the error record carries the record's own id.
            data, rec_id = _member("response", "https://x.id/cut", PAGES[1].read_bytes(), html_type)
            members.append((data[: len(data) // 2], Expected(rec_id, "failed", "WARCRecordError")))
            # A member cut inside its WARC header: only its offset can name it.
            data, _ = _member("response", "https://x.id/cut-head", PAGES[1].read_bytes(), html_type)
            members.append((data[:60], Expected("OFFSET", "failed", "WARCRecordError")))
    # The last member cut short, as a download stopped early leaves it.
    data, rec_id = _member("response", "https://x.id/last", PAGES[2].read_bytes(), html_type)
    members.append((data[: len(data) * 2 // 3], Expected(rec_id, "failed", "WARCRecordError")))

    expected: list[Expected] = []
    offset = 0
    with path.open("wb") as out:
        for data, exp in members:
            expected.append(attrs.evolve(exp, id=f"{path}@{offset}") if exp.id == "OFFSET" else exp)
            out.write(data)
            offset += len(data)
    return [e for e in expected if e.status != "none"]


@pytest.fixture(scope="module")
def warc_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[pathlib.Path, list[Expected]]:
    path = tmp_path_factory.mktemp("warc") / "news.warc.gz"
    return path, build_warc(path)


@pytest.fixture(scope="module")
def direct_articles() -> dict[tuple[pathlib.Path, str], dict[str, Any]]:
    """Each page parsed by itself, the reference a batch must match."""
    return {}


def _reference(
    cache: dict[tuple[pathlib.Path, str], dict[str, Any]], page: pathlib.Path, url: str
) -> dict[str, Any]:
    key = (page, url)
    if key not in cache:
        cache[key] = parse(page.read_bytes(), url=url).to_dict()
    return cache[key]


def check_results(
    results: list[dict[str, Any]],
    expected: list[Expected],
    cache: dict[tuple[pathlib.Path, str], dict[str, Any]],
) -> None:
    """The shared verdict for the CLI and Spark runs: one record per input, in order, each as expected."""
    assert [r["id"] for r in results] == [e.id for e in expected]
    for result, exp in zip(results, expected, strict=True):
        if exp.status == "parsed":
            assert exp.page is not None
            assert exp.url is not None
            assert result["url"] == exp.url
            assert result["article"] == _reference(cache, exp.page, exp.url), exp.id
            assert "error" not in result or result["error"] is None
        elif exp.status == "failed":
            assert result["error"]["type"] == exp.detail, (exp.id, result["error"])
            assert result["error"]["message"]
            assert result.get("article") is None
        else:
            assert result["skipped"] == exp.detail
            assert result.get("article") is None


def test_warc_fixture_is_what_the_done_criterion_asks(warc_file: tuple[pathlib.Path, list[Expected]]) -> None:
    _, expected = warc_file
    statuses = [e.status for e in expected]
    assert statuses.count("parsed") == len(PAGES) * COPIES + 1 >= 200
    assert statuses.count("failed") == 5
    assert statuses.count("skipped") == 2


def test_cli_batch_over_warc_with_broken_records(warc_file, direct_articles, tmp_path, capsys) -> None:
    path, expected = warc_file
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(path), "-o", str(out), "--workers", "2"]) == 0
    results = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    check_results(results, expected, direct_articles)
    n_parsed = len(PAGES) * COPIES + 1
    assert f"{len(expected)} records: {n_parsed} parsed, 5 failed, 2 skipped" in capsys.readouterr().err


def test_unordered_run_gives_the_same_records(warc_file) -> None:
    path, expected = warc_file
    ordered = list(parse_batch([path], workers=2))
    unordered = list(parse_batch([path], workers=2, ordered=False, chunk_size=3))
    assert sorted(json.dumps(r, sort_keys=True) for r in unordered) == sorted(
        json.dumps(r, sort_keys=True) for r in ordered
    )
    assert len(ordered) == len(expected)


def test_one_worker_and_two_workers_agree() -> None:
    records = [Record(id=str(p), url=GOLD_URL[p], payload=p.read_bytes()) for p in PAGES]
    assert list(parse_records(records, workers=1)) == list(parse_records(records, workers=2, chunk_size=2))


def test_uncompressed_warc_truncated_at_the_end(tmp_path) -> None:
    data = b"".join(
        gzip.decompress(
            _member("response", f"https://x.id/{i}", PAGES[i].read_bytes(), [("Content-Type", "text/html")])[
                0
            ]
        )
        for i in range(3)
    )
    path = tmp_path / "plain.warc"
    path.write_bytes(data[:-500])
    with path.open("rb") as stream:
        records = list(iter_warc(stream, str(path)))
    assert [r.url for r in records] == ["https://x.id/0", "https://x.id/1", "https://x.id/2"]
    assert [r.error is None for r in records] == [True, True, False]
    assert records[2].error is not None
    assert records[2].error.type == "WARCRecordError"
    assert "bytes missing" in records[2].error.message


# --- files, folders and JSONL ------------------------------------------------------------------------------


def test_folder_walk_gives_every_file_a_record_and_ids_are_paths(tmp_path) -> None:
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / ".git" / "objects").mkdir(parents=True)
    (tmp_path / ".git" / "objects" / "ab12").write_bytes(b"x")
    (tmp_path / "b.html").write_bytes(PAGES[0].read_bytes())
    (tmp_path / "c.html.gz").write_bytes(gzip.compress(PAGES[1].read_bytes()))
    (tmp_path / "sub" / "a.htm").write_bytes(PAGES[2].read_bytes())
    (tmp_path / "sub" / "deeper" / "d.txt.gz").write_bytes(gzip.compress(PASTE.encode("utf-8")))
    (tmp_path / "note.txt").write_text(PASTE, "utf-8")
    (tmp_path / "b.expected.json").write_text("{}", "utf-8")
    (tmp_path / "README.md").write_text("# pages\n", "utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    results = list(parse_batch([tmp_path], workers=1))
    names = [r["id"].removeprefix(f"{tmp_path}/") for r in results]
    # Each level in sorted order, sub-folders after it; every entry has a record.
    assert names == [
        ".git",
        "README.md",
        "b.expected.json",
        "b.html",
        "c.html.gz",
        "note.txt",
        "photo.png",
        "sub/a.htm",
        "sub/deeper/d.txt.gz",
    ]
    by_name = dict(zip(names, results, strict=True))
    for name in ("README.md", "b.expected.json", "photo.png"):
        assert by_name[name]["skipped"] == f"not a page, text, JSONL or WARC file ({name})"
    assert by_name[".git"]["skipped"] == "a hidden folder, not read"
    assert by_name["b.html"]["article"] == parse(PAGES[0].read_bytes()).to_dict()
    # A gzip-compressed page is read as the page it holds.
    assert by_name["c.html.gz"]["article"] == parse(PAGES[1].read_bytes()).to_dict()
    assert by_name["sub/a.htm"]["article"] == parse(PAGES[2].read_bytes()).to_dict()
    assert by_name["sub/deeper/d.txt.gz"]["article"] == by_name["note.txt"]["article"]
    assert by_name["note.txt"]["article"]["dateline"] == "Jakarta"


def test_cli_summary_counts_every_file_of_a_folder(tmp_path, capsys) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.html").write_bytes(PAGES[0].read_bytes())
    (folder / "sub" / "b.html.gz").write_bytes(gzip.compress(PAGES[1].read_bytes()))
    (folder / "README.md").write_text("notes", "utf-8")
    (folder / "a.expected.json").write_text("{}", "utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(folder), "-o", str(out), "-w", "1"]) == 0
    assert "4 records: 2 parsed, 0 failed, 2 skipped" in capsys.readouterr().err
    assert len(out.read_text("utf-8").splitlines()) == 4


PASTE = (
    "Harga Beras Naik Lagi\n\n"
    "JAKARTA - Pemerintah mengatakan harga beras akan naik lagi bulan depan karena panen gagal.\n\n"
    "Para pedagang di pasar induk mengatakan stok beras sudah menipis sejak pekan lalu."
)


def test_missing_file_gives_an_error_record_and_the_batch_goes_on(tmp_path) -> None:
    page = tmp_path / "a.html"
    page.write_bytes(PAGES[0].read_bytes())
    results = list(parse_batch([tmp_path / "missing.html", page], workers=1))
    assert results[0]["error"]["type"] == "FileNotFoundError"
    assert results[0]["id"] == str(tmp_path / "missing.html")
    assert "article" in results[1]


def test_jsonl_records_ids_and_kinds(tmp_path) -> None:
    lines = [
        json.dumps({"url": "https://x.id/a", "html": PAGES[0].read_text("utf-8", "replace")}),
        "",
        json.dumps({"id": "mine", "text": "JAKARTA - Harga cabai naik tajam pekan ini di pasar induk."}),
        "[1, 2]",
        json.dumps({"url": "https://x.id/c"}),
        "{not json",
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    results = list(parse_batch([path], workers=1))
    assert [r["id"] for r in results] == [f"{path}:1", "mine", f"{path}:4", f"{path}:5", f"{path}:6"]
    assert [("article" in r, r.get("error", {}).get("type")) for r in results] == [
        (True, None),
        (True, None),
        (False, "InputTypeError"),
        (False, "InputTypeError"),
        (False, "JSONDecodeError"),
    ]
    assert results[0]["url"] == "https://x.id/a"


def test_gzipped_jsonl_is_read(tmp_path) -> None:
    path = tmp_path / "in.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as out:
        out.write(
            json.dumps({"url": "https://x.id/a", "html": "<p>Isi berita yang cukup panjang.</p>"}) + "\n"
        )
    (record,) = iter_inputs([path])
    assert record.url == "https://x.id/a"
    assert record.payload == b"<p>Isi berita yang cukup panjang.</p>"


_PAGE_OBJECTS = st.fixed_dictionaries(
    {"url": st.text(max_size=20), "html": st.text(max_size=40)}, optional={"id": st.text(max_size=8)}
)
_LINES = st.one_of(
    _PAGE_OBJECTS.map(lambda obj: ("page", obj)),
    st.text(max_size=40).map(lambda text: ("other", text.replace("\n", " ").replace("\r", " "))),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_LINES, max_size=8))
def test_every_jsonl_line_gives_exactly_one_record(items: list[tuple[str, Any]]) -> None:
    lines = [json.dumps(value) if kind == "page" else value for kind, value in items]
    records = list(iter_jsonl_lines(lines, "x.jsonl"))
    kept = [(n, kind, value) for n, (kind, value) in enumerate(items, 1) if lines[n - 1].strip()]
    assert len(records) == len(kept)
    for record, (number, kind, value) in zip(records, kept, strict=True):
        if kind != "page":
            continue
        assert record.error is None
        if "id" not in value:  # own ids may repeat across lines; uniqueness is iter_inputs' job
            assert record.id == f"x.jsonl:{number}"
        else:
            assert record.id == value["id"]
        assert record.url == value["url"]
        assert record.payload.decode("utf-8", "replace") == value["html"].encode("utf-8", "replace").decode()


# --- options, language, summary, resume -------------------------------------------------------------------


def test_only_indonesian_skips_english_articles() -> None:
    english = (
        b"Rice prices climb again\n\n"
        b"JAKARTA - The government said on Monday that the price of rice would rise again next month.\n\n"
        b"Traders at the main market in the capital said that stocks were running low after the harvest.\n\n"
        b"The minister asked people not to buy more than they need while new supplies are on their way."
    )
    indonesian = (
        b"Harga beras naik lagi\n\n"
        b"JAKARTA - Pemerintah mengatakan pada hari Senin bahwa harga beras akan naik lagi bulan depan.\n\n"
        b"Para pedagang di pasar induk mengatakan stok beras sudah menipis setelah panen yang buruk.\n\n"
        b"Menteri meminta warga agar tidak membeli lebih dari yang dibutuhkan sampai pasokan baru tiba."
    )
    records = [
        Record(id="en", payload=english, kind="text"),
        Record(id="id", payload=indonesian, kind="text"),
    ]
    results = list(parse_records(records, workers=1, only_indonesian=True))
    assert results[0] == {"id": "en", "url": None, "skipped": "not Indonesian"}
    assert "article" in results[1]
    assert all("article" in r for r in parse_records(records, workers=1))


def test_language_check_on_corpus_pages_gold_bodies() -> None:
    for page in PAGES:
        gold = json.loads(page.with_suffix("").with_suffix(".expected.json").read_text("utf-8"))
        assert looks_indonesian(" ".join(gold["body"])), page.name


def test_summary_counts_by_status() -> None:
    summary = Summary()
    for result in (
        {"id": "a", "article": {}},
        {"id": "b", "error": {}},
        {"id": "c", "error": {}},
        {"id": "d", "skipped": "x"},
    ):
        summary.add(result)
    assert (summary.parsed, summary.failed, summary.skipped, summary.total) == (1, 2, 1, 4)


def test_resume_skips_done_ids_and_drops_a_partial_last_line(tmp_path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for page in PAGES[:6]:
        (pages / page.name).write_bytes(page.read_bytes())
    full = tmp_path / "full.jsonl"
    assert main(["batch", str(pages), "-o", str(full), "-q", "--workers", "1"]) == 0
    lines = full.read_text("utf-8").splitlines()
    assert len(lines) == 6

    partial = tmp_path / "partial.jsonl"
    partial.write_text("\n".join(lines[:2]) + "\n" + lines[2][:40], "utf-8")  # killed mid-line
    assert done_ids(str(partial), "jsonl") == {json.loads(line)["id"] for line in lines[:2]}
    assert main(["batch", str(pages), "-o", str(partial), "--resume", "-q", "--workers", "2"]) == 0
    assert partial.read_text("utf-8").splitlines() == lines


def test_resume_on_parquet_keeps_old_rows(tmp_path) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="Parquet output needs pyarrow (the 'parquet' extra)")
    pages = tmp_path / "pages"
    pages.mkdir()
    for page in PAGES[:3]:
        (pages / page.name).write_bytes(page.read_bytes())
    out = tmp_path / "out.parquet"
    assert main(["batch", str(pages / PAGES[0].name), "-o", str(out), "-q", "-w", "1"]) == 0
    assert main(["batch", str(pages), "-o", str(out), "--resume", "-q", "-w", "1"]) == 0
    table = pq.read_table(out)
    rows = table.to_pylist()
    assert [r["id"] for r in rows] == [str(pages / p.name) for p in PAGES[:3]]
    assert {r["status"] for r in rows} == {"parsed"}
    reference = parse(PAGES[1].read_bytes()).to_dict()
    assert rows[1]["article"] == reference
    assert not (tmp_path / "out.parquet.partial").exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_ctrl_c_leaves_valid_output_and_resume_completes(tmp_path) -> None:
    lines = [
        json.dumps(
            {
                "id": f"r{i}",
                "url": f"https://x.id/{i}",
                "html": PAGES[i % len(PAGES)].read_text("utf-8", "replace"),
            }
        )
        for i in range(90)
    ]
    fifo = tmp_path / "in.jsonl"
    os.mkfifo(fifo)
    out = tmp_path / "out.jsonl"
    # Started as a terminal starts it: a runner in the background of a shell without job control ignores
    # SIGINT, and a child inherits an ignored signal (its Python then raises no KeyboardInterrupt at all).
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        proc = subprocess.Popen(
            [sys.executable, "-m", "beritaparse", "batch", str(fifo), "-o", str(out), "-w", "2"],
            stderr=subprocess.PIPE,
            text=True,
        )
    finally:
        signal.signal(signal.SIGINT, previous)
    with fifo.open("w", encoding="utf-8") as feed:
        feed.write("\n".join(lines[:60]) + "\n")
        feed.flush()
        # The input stays open, so the batch is mid-run, waiting for more, when Ctrl-C comes.
        deadline = time.monotonic() + 60
        while (not out.exists() or out.read_text("utf-8").count("\n") < 5) and time.monotonic() < deadline:
            time.sleep(0.05)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "interrupted" in err
    assert "Traceback" not in err
    written = out.read_text("utf-8")
    assert written.endswith("\n")
    done = [json.loads(line)["id"] for line in written.splitlines()]
    assert 5 <= len(done) <= 60
    assert done == [f"r{i}" for i in range(len(done))]

    full = tmp_path / "all.jsonl"
    full.write_text("\n".join(lines) + "\n", "utf-8")
    assert main(["batch", str(full), "-o", str(out), "--resume", "-q", "-w", "2"]) == 0
    assert [json.loads(line)["id"] for line in out.read_text("utf-8").splitlines()] == [
        f"r{i}" for i in range(90)
    ]


def test_output_inside_an_input_folder_is_not_read_back(tmp_path) -> None:
    (tmp_path / "a.html").write_bytes(PAGES[0].read_bytes())
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(tmp_path), "-o", str(out), "-q", "-w", "1"]) == 0
    assert main(["batch", str(tmp_path), "-o", str(out), "-q", "-w", "1", "--resume"]) == 0
    assert [json.loads(line)["id"] for line in out.read_text("utf-8").splitlines()] == [
        str(tmp_path / "a.html")
    ]


def _die_on_kill(records: list[Record]) -> list[dict[str, Any]]:
    """A worker task that dies like a worker hit by the OOM killer when it meets the record "kill"."""
    if any(r.id == "kill" for r in records):
        os._exit(1)
    return [{"id": r.id, "url": None, "article": {}} for r in records]


@pytest.mark.parametrize("ordered", [True, False])
def test_a_dead_worker_fails_its_records_and_the_rest_go_on(ordered: bool) -> None:
    from beritaparse.batch.runner import _chunked, _run_pool  # noqa: PLC0415

    ids = [f"r{i}" for i in range(40)]
    ids[5] = "kill"
    records = [Record(id=i) for i in ids]
    results = list(_run_pool(_chunked(iter(records), 2), _die_on_kill, 2, ordered=ordered))
    assert sorted(r["id"] for r in results) == sorted(ids)  # one record each, none lost
    if ordered:
        assert [r["id"] for r in results] == ids
    dead = next(r for r in results if r["id"] == "kill")
    assert dead["error"]["type"] == "BrokenProcessPool"
    # Only the record that kills its worker fails; what was in flight with it is redone in a fresh pool.
    assert all("article" in r for r in results if r["id"] != "kill")


def test_a_parse_past_the_timeout_fails_and_the_next_record_runs() -> None:
    biggest = max(PAGES, key=lambda p: p.stat().st_size)
    records = [Record(id="slow", payload=biggest.read_bytes()), Record(id="ok", payload=biggest.read_bytes())]
    # A 50-microsecond budget: no page of this size parses that fast, so the first record must time out.
    first = next(iter(parse_records(records[:1], workers=1, timeout=0.00005)))
    assert first["error"]["type"] == "TimeoutError"
    assert "longer than" in first["error"]["message"]
    results = list(parse_records(records, workers=2, timeout=60))
    assert all("article" in r for r in results)
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)  # no alarm left behind


def test_jsonl_escapes_that_are_no_character_do_not_crash() -> None:
    (record,) = iter_jsonl_lines(['{"url": "https://x.id/a", "html": "\\ud800<p>Isi</p>"}'], "in.jsonl")
    assert record.error is None
    assert record.payload == b"?<p>Isi</p>"


@functools.cache
def _small_warc() -> tuple[bytes, tuple[int, ...]]:
    """Four small gzip members and the offsets where each starts."""
    html = [("Content-Type", "text/html")]
    members = [
        _member("response", f"https://x.id/{i}", PAGES[i].read_bytes()[:3000], html)[0] for i in range(4)
    ]
    starts = tuple(sum(len(m) for m in members[:i]) for i in range(4))
    return b"".join(members), starts


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_corrupt_warc_bytes_give_records_never_exceptions(data: st.DataObject) -> None:
    original, starts = _small_warc()
    raw = bytearray(original)
    edit = data.draw(st.sampled_from(["flip", "cut", "hole"]))
    at = data.draw(st.integers(0, len(raw) - 1))
    end = at + 1
    if edit == "flip":
        raw[at] ^= data.draw(st.integers(1, 255))
    elif edit == "cut":
        end = len(raw)
        del raw[at:]
    else:
        end = min(len(raw), at + data.draw(st.integers(1, 2000)))
        del raw[at:end]
    records = list(iter_warc(io.BytesIO(bytes(raw)), "w"))
    assert all(isinstance(r, Record) for r in records)
    good = [r for r in records if r.error is None]
    assert all(r.payload or r.skip for r in good)
    # Damage costs the members it touches, no more: the reader finds its footing at the next member.
    bounds = [*starts, len(original)]
    touched = sum(1 for i in range(4) if bounds[i] < end and at < bounds[i + 1])
    assert len(good) >= 4 - touched


def test_ctrl_c_hands_over_finished_results_in_order_then_stops() -> None:
    page = PAGES[0].read_bytes()

    def records() -> Iterator[Record]:
        for i in range(20):
            yield Record(id=f"r{i}", payload=page)
        time.sleep(3)  # the workers finish what they hold meanwhile
        raise KeyboardInterrupt

    got: list[str] = []

    def consume() -> None:
        got.extend(result["id"] for result in parse_records(records(), workers=2, chunk_size=4))

    with pytest.raises(KeyboardInterrupt):
        consume()
    assert got == [f"r{i}" for i in range(len(got))]  # a prefix, in order, nothing skipped
    assert len(got) == 20


# --- hostile inputs: every input one record, the run always ends --------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes and symbolic links")
def test_folder_with_a_link_loop_a_pipe_and_broken_files_ends_with_a_record_each(tmp_path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.html").write_bytes(PAGES[0].read_bytes())
    (folder / "loop_a.html").symlink_to(folder / "loop_b.html")
    (folder / "loop_b.html").symlink_to(folder / "loop_a.html")
    (folder / "dangling.html").symlink_to(folder / "nowhere.html")
    (folder / "up").symlink_to(folder)  # a folder link back to where the walk started
    os.mkfifo(folder / "pipe.html")  # nobody ever writes to it: opening it would wait forever
    (folder / "broken.html.gz").write_bytes(b"\x1f\x8b" + b"not gzip data" * 10)
    (folder / "empty.html").write_bytes(b"")
    out = tmp_path / "out.jsonl"
    # In a child process with a time limit: a hang fails the test instead of stalling the suite.
    proc = subprocess.run(
        [sys.executable, "-m", "beritaparse", "batch", str(folder), "-o", str(out), "-w", "2"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    results = {r["id"].removeprefix(f"{folder}/"): r for r in map(json.loads, out.read_text().splitlines())}
    assert sorted(results) == sorted(
        [
            "good.html",
            "loop_a.html",
            "loop_b.html",
            "dangling.html",
            "up",
            "pipe.html",
            "broken.html.gz",
            "empty.html",
        ]
    )
    assert results["good.html"]["article"] == parse(PAGES[0].read_bytes()).to_dict()
    assert results["loop_a.html"]["error"] == {
        "type": "OSError",
        "message": "Too many levels of symbolic links",
    }
    assert results["loop_b.html"]["error"]["type"] == "OSError"
    assert results["dangling.html"]["error"]["type"] == "FileNotFoundError"
    assert results["up"]["skipped"].startswith("a folder already read")
    assert results["pipe.html"]["skipped"] == "not a regular file (a named pipe)"
    assert results["broken.html.gz"]["error"]["type"] == "BadGzipFile"
    assert results["empty.html"]["error"]["type"] == "EmptyInputError"
    assert "8 records: 1 parsed, 5 failed, 2 skipped" in proc.stderr


def test_jsonl_with_pathological_lines_gives_one_record_a_line(tmp_path) -> None:
    paste = {"text": PASTE}
    lines = [
        b"[" * 100_000,  # json.loads recursion: RecursionError before the fix
        b'{"a": ' * 50_000,
        json.dumps({"id": "x", **paste}).encode(),
        b"\xff\xfe{ not UTF-8",
        b"\x00\x00\x00",
        json.dumps({"id": "x", **paste}).encode(),  # the same id again
        json.dumps({"id": "x#2", **paste}).encode(),  # and the id the repeat was given
        json.dumps({"id": 7, **paste}).encode(),
        json.dumps({"id": 7, **paste}).encode(),
        json.dumps({"html": 123}).encode(),
        json.dumps({"text": "x" * 300_000}).encode(),  # over the limit below
        json.dumps(paste).encode(),
    ]
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    first = list(parse_batch([path], workers=1, max_bytes=200_000))
    second = list(parse_batch([path], workers=2, max_bytes=200_000))
    assert first == second  # stable
    ids = [r["id"] for r in first]
    assert ids == [
        f"{path}:1",
        f"{path}:2",
        "x",
        f"{path}:4",
        f"{path}:5",
        "x#2",
        "x#2#2",
        "7",
        "7#2",
        f"{path}:10",
        f"{path}:11",
        f"{path}:12",
    ]
    assert len(set(ids)) == len(ids)
    kinds = [
        r.get("error", {}).get("type") or ("parsed" if "article" in r else r.get("skipped")) for r in first
    ]
    assert kinds == [
        "JSONDecodeError",
        "JSONDecodeError",
        "parsed",
        "JSONDecodeError",
        "JSONDecodeError",
        "parsed",
        "parsed",
        "parsed",
        "parsed",
        "InputTypeError",
        "InputTooLargeError",
        "parsed",
    ]
    assert "nested too deeply" in first[0]["error"]["message"]


def test_a_jsonl_line_longer_than_the_limit_is_not_held_in_memory(tmp_path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text("x" * 10_000 + "\n" + json.dumps({"text": PASTE}) + "\n", "utf-8")
    records = list(iter_inputs([path], max_bytes=1000))
    assert [r.id for r in records] == [f"{path}:1", f"{path}:2"]
    assert records[0].error is not None
    assert records[0].error.type == "InputTooLargeError"
    assert records[1].payload == PASTE.encode()


def test_damaged_gzip_jsonl_keeps_the_lines_before_the_damage(tmp_path) -> None:
    data = gzip.compress(b"".join(json.dumps({"text": f"{PASTE} {i}"}).encode() + b"\n" for i in range(400)))
    path = tmp_path / "in.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    records = list(iter_inputs([path]))
    assert records[-1].error is not None
    assert records[-1].error.type == "EOFError"
    good = records[:-1]
    assert good
    assert all(r.error is None for r in good)
    assert [r.id for r in good] == [f"{path}:{i}" for i in range(1, len(good) + 1)]


def test_a_file_over_the_size_limit_is_an_error_record(tmp_path) -> None:
    big = tmp_path / "big.html"
    big.write_bytes(PAGES[0].read_bytes())
    bomb = tmp_path / "bomb.html.gz"
    bomb.write_bytes(gzip.compress(b" " * 5_000_000))
    results = list(parse_batch([big, bomb], workers=1, max_bytes=1000))
    assert [r["error"]["type"] for r in results] == ["InputTooLargeError", "InputTooLargeError"]
    assert "1,000 bytes" in results[1]["error"]["message"]


def _plain_member(i: int, length: bytes | None = None) -> tuple[bytes, str]:
    data, rec_id = _member(
        "response", f"https://x.id/{i}", PAGES[i % len(PAGES)].read_bytes(), [("Content-Type", "text/html")]
    )
    plain = gzip.decompress(data)
    if length is not None:
        head, sep, rest = plain.partition(b"\r\n\r\n")
        lines = [
            b"Content-Length: " + length if line.startswith(b"Content-Length:") else line
            for line in head.split(b"\r\n")
        ]
        plain = b"\r\n".join(lines) + sep + rest
    return plain, rec_id


@pytest.mark.parametrize("length", [b"999999", b"-5", b"10", b"abc", b""])
def test_uncompressed_warc_with_a_lying_length_loses_only_that_record(tmp_path, length) -> None:
    members = [_plain_member(i, length if i in {1, 3} else None) for i in range(5)]
    path = tmp_path / "lies.warc"
    path.write_bytes(b"".join(m for m, _ in members))
    with path.open("rb") as stream:
        records = list(iter_warc(stream, str(path)))
    assert [r.id for r in records] == [rec_id for _, rec_id in members]
    assert [r.error.type if r.error else None for r in records] == [
        None,
        "WARCRecordError",
        None,
        "WARCRecordError",
        None,
    ]
    results = list(parse_batch([path], workers=1))
    assert ["article" in r for r in results] == [True, False, True, False, True]
    assert results[2]["article"] == parse(PAGES[2].read_bytes(), url="https://x.id/2").to_dict()


def test_uncompressed_warc_with_junk_between_records(tmp_path) -> None:
    members = [_plain_member(i) for i in range(3)]
    path = tmp_path / "junk.warc"
    path.write_bytes(members[0][0] + b"garbage\r\n" * 10 + members[1][0] + members[2][0])
    with path.open("rb") as stream:
        records = list(iter_warc(stream, str(path)))
    assert [r.id for r in records] == [
        members[0][1],
        f"{path}@{len(members[0][0])}",
        members[1][1],
        members[2][1],
    ]
    assert [r.error is None for r in records] == [True, False, True, True]


def test_a_gzip_member_with_a_damaged_header_is_named_by_its_record_id() -> None:
    html = [("Content-Type", "text/html")]
    members = [_member("response", f"https://x.id/{i}", PAGES[i].read_bytes()[:3000], html) for i in range(3)]
    broken = bytearray(members[1][0])
    broken[3] |= 0x04  # FEXTRA: the gzip header now claims an extra field it does not have
    data = members[0][0] + bytes(broken) + members[2][0]
    records = list(iter_warc(io.BytesIO(data), "w"))
    assert [r.id for r in records] == [m[1] for m in members]
    assert [r.error is None for r in records] == [True, False, True]


@settings(max_examples=120, deadline=None)
@given(st.data())
def test_corrupt_uncompressed_warc_loses_only_what_is_touched(data: st.DataObject) -> None:
    members = [_plain_member(i)[0][:6000] for i in range(4)]
    # Cut pages shorten the block: the header's length must say so (rebuild with the right length).
    members = [_with_length(m) for m in members]
    original = b"".join(members)
    starts = [sum(len(m) for m in members[:i]) for i in range(4)]
    raw = bytearray(original)
    edit = data.draw(st.sampled_from(["flip", "length", "hole"]))
    at = data.draw(st.integers(0, len(raw) - 1))
    end = at + 1
    if edit == "flip":
        raw[at] ^= data.draw(st.integers(1, 255))
    elif edit == "length":
        index = data.draw(st.integers(0, 3))
        lie = str(data.draw(st.integers(-10, 50_000))).encode()
        member = members[index]
        start = member.index(b"Content-Length: ") + len(b"Content-Length: ")
        stop = member.index(b"\r\n", start)
        at, end = starts[index], starts[index] + len(member)
        raw[at:end] = member[:start] + lie + member[stop:]
    else:
        end = min(len(raw), at + data.draw(st.integers(1, 2000)))
        del raw[at:end]
    records = list(iter_warc(io.BytesIO(bytes(raw)), "w"))
    assert all(isinstance(r, Record) for r in records)
    good = [r for r in records if r.error is None]
    bounds = [*starts, len(original)]
    touched = sum(1 for i in range(4) if bounds[i] < end and at < bounds[i + 1])
    # A record next to a damaged one may lose its framing too (its end runs into the damage).
    assert len(good) >= 4 - touched - 1
    assert len({r.id for r in records}) == len(records)


def _with_length(member: bytes) -> bytes:
    head, _, block = member.partition(b"\r\n\r\n")
    block = block.removesuffix(b"\r\n\r\n")
    lines = [
        b"Content-Length: %d" % len(block) if line.startswith(b"Content-Length:") else line
        for line in head.split(b"\r\n")
    ]
    return b"\r\n".join(lines) + b"\r\n\r\n" + block + b"\r\n\r\n"


_SUFFIXES = (".html", ".txt", ".jsonl", ".warc", ".warc.gz", ".html.gz", ".md")


@settings(max_examples=150, deadline=None)
@given(content=st.binary(max_size=3000), suffix=st.sampled_from(_SUFFIXES), gz=st.booleans())
def test_any_bytes_under_any_name_give_records_never_exceptions(
    tmp_path_factory, content, suffix, gz
) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    (folder / f"input{suffix}").write_bytes(gzip.compress(content) if gz else content)
    (folder / "zz_good.txt").write_text(PASTE, "utf-8")
    records = list(iter_inputs([folder], max_bytes=100_000))
    assert len({r.id for r in records}) == len(records)
    assert records[-1].id == str(folder / "zz_good.txt")
    assert records[-1].payload == PASTE.encode()
    for record in records:
        assert record.error is not None or record.skip is not None or isinstance(record.payload, bytes)


def test_count_inputs_matches_the_records_read(tmp_path) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.html").write_bytes(PAGES[0].read_bytes())
    (folder / "sub" / "notes.md").write_text("x", "utf-8")
    (folder / "in.jsonl").write_text(
        "\n".join(json.dumps({"text": PASTE}) for _ in range(5)) + "\n\n", "utf-8"
    )
    plain = folder / "plain.warc"
    plain.write_bytes(b"".join(_plain_member(i)[0] for i in range(3)))
    clean = tmp_path / "clean.warc.gz"
    build_warc_clean = [
        _member("response", f"https://x.id/{i}", b"<p>x</p>", [("Content-Type", "text/html")])
        for i in range(4)
    ]
    clean.write_bytes(b"".join(m for m, _ in build_warc_clean))
    inputs = [folder, clean]
    assert count_inputs(inputs) == len(list(iter_inputs(inputs))) == 1 + 5 + 3 + 1 + 4


def test_skipped_records_keep_the_url_the_page_gave() -> None:
    english = (
        b"<html><head><title>Rice prices climb</title>"
        b'<meta property="og:url" content="https://news.example/rice"></head><body><article>'
        + b"<p>The government said on Monday that the price of rice would rise again next month.</p>" * 3
        + b"</article></body></html>"
    )
    (result,) = parse_records([Record(id="en", payload=english)], workers=1, only_indonesian=True)
    assert result == {"id": "en", "url": "https://news.example/rice", "skipped": "not Indonesian"}
