"""The ``beritaparse`` command as a Unix user meets it: output, formats, exit codes, messages, locales."""

from __future__ import annotations

import codecs
import csv
import gzip
import json
import os
import pathlib
import subprocess
import sys
import time

import pytest

from beritaparse import parse, parse_text, to_records
from beritaparse.batch.outputs import CSV_COLUMNS
from beritaparse.cli import looks_like_html, main, render
from beritaparse.samples import SAMPLE_URL, sample_page

PAGES = sorted(pathlib.Path(__file__).parent.joinpath("pages").glob("*/*.html"))
PASTED = (
    "Harga Beras Naik Lagi\n\n"
    "JAKARTA - Pemerintah mengatakan harga beras akan naik lagi bulan depan karena panen gagal di banyak "
    "daerah.\n\n"
    "“Kami minta warga tidak panik,” ujar Menteri Perdagangan kepada wartawan di Jakarta, Senin (12/5).\n\n"
    "Para pedagang di pasar induk mengatakan stok beras sudah menipis sejak pekan lalu."
)


def run_cli(
    *args: str, stdin: bytes | None = None, env: dict[str, str] | None = None, cwd: pathlib.Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "beritaparse", *args],
        input=stdin,
        capture_output=True,
        env=env,
        cwd=cwd,
        check=False,
        timeout=120,
    )


@pytest.fixture(scope="module")
def sample_article() -> dict[str, object]:
    html, url = sample_page()
    return parse(html, url=url).to_dict()


def test_sample_prints_the_bundled_page_as_pretty_json(capsys, sample_article) -> None:
    assert main(["--sample"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("{\n  ")
    data = json.loads(out)
    assert data == sample_article
    assert data["url"] == SAMPLE_URL


def test_formats(capsys, sample_article) -> None:
    assert main(["--sample", "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0]) == sample_article

    html, url = sample_page()
    article = parse(html, url=url)
    assert main(["--sample", "-f", "text"]) == 0
    text = capsys.readouterr().out
    assert text == render(article, "text")
    for paragraph in article.paragraphs:
        assert paragraph in text
    if article.title:
        assert text.startswith(article.title + "\n")
    assert "{" not in text.split("\n", 1)[0]

    assert main(["--sample", "-f", "markdown"]) == 0
    markdown = capsys.readouterr().out
    if article.title:
        assert markdown.startswith(f"# {article.title}\n")
    assert f"- URL: {SAMPLE_URL}" in markdown


def test_render_markdown_of_each_block_kind() -> None:
    from beritaparse.model import Article, Block  # noqa: PLC0415

    article = Article(
        title="Judul",
        body=(
            Block("paragraph", "Satu."),
            Block("heading", "Sub"),
            Block("quote", "Kata dia."),
            Block("list", "a\nb"),
        ),
    )
    assert render(article, "markdown") == "# Judul\n\nSatu.\n\n## Sub\n\n> Kata dia.\n\n- a\n- b\n"
    assert render(article, "text") == "Judul\n\nSatu.\n\nSub\n\nKata dia.\n\na\nb\n"


def test_several_files_and_a_missing_one(tmp_path, capsys) -> None:
    page = PAGES[0]
    missing = tmp_path / "nope.html"
    status = main([str(missing), str(page), "-f", "jsonl"])
    captured = capsys.readouterr()
    assert status == 1
    assert captured.err == f"beritaparse: {missing}: No such file or directory\n"
    assert [json.loads(line) for line in captured.out.splitlines()] == [parse(page.read_bytes()).to_dict()]


def test_bad_input_names_the_file_without_traceback(tmp_path, capsys) -> None:
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"   \n")
    assert main([str(empty)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"beritaparse: {empty}: ")
    assert err.count("\n") == 1
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "args",
    [
        ["--url", "https://x.id/a", "a.html", "b.html"],
        ["--sample", "a.html"],
        ["--format", "yaml", "--sample"],
        ["--text", "--html", "a.txt"],
        ["--no-such-option"],
        ["-", "-"],
        ["batch"],
        ["batch", "in.warc", "-o", "-", "--resume"],
        ["batch", "in.warc", "-o", "out.jsonl", "--workers", "0"],
    ],
)
def test_usage_errors_exit_2(args, capsys) -> None:
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "usage:" in err
    assert "Traceback" not in err


def test_version(capsys) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("beritaparse ")


def test_txt_files_are_pasted_text_unless_html_is_forced(tmp_path, capsys) -> None:
    note = tmp_path / "note.txt"
    note.write_text(PASTED, "utf-8")
    assert main([str(note), "-f", "jsonl"]) == 0
    assert json.loads(capsys.readouterr().out) == parse_text(PASTED).to_dict()
    assert main([str(note), "--url", "https://x.id/a", "-f", "jsonl"]) == 0
    assert json.loads(capsys.readouterr().out)["url"] == "https://x.id/a"
    page_as_txt = tmp_path / "page.txt"
    page_as_txt.write_bytes(PAGES[0].read_bytes())
    assert main([str(page_as_txt), "--html", "-f", "jsonl"]) == 0
    assert json.loads(capsys.readouterr().out) == parse(PAGES[0].read_bytes()).to_dict()


def test_a_file_named_batch_is_parsed_as_dot_slash_batch(tmp_path) -> None:
    (tmp_path / "batch").write_bytes(PAGES[0].read_bytes())
    result = run_cli("./batch", "-f", "jsonl", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == parse(PAGES[0].read_bytes()).to_dict()


def test_stdin_is_auto_detected_as_text_or_html() -> None:
    text = run_cli("-", "-f", "jsonl", stdin=PASTED.encode())
    assert text.returncode == 0, text.stderr
    assert json.loads(text.stdout) == parse_text(PASTED).to_dict()
    html = run_cli("-", "-f", "jsonl", "--url", "https://x.id/p", stdin=PAGES[0].read_bytes())
    assert html.returncode == 0, html.stderr
    assert json.loads(html.stdout) == parse(PAGES[0].read_bytes(), url="https://x.id/p").to_dict()
    assert looks_like_html(PAGES[0].read_bytes())
    assert not looks_like_html(PASTED.encode())


def test_empty_stdin_is_an_error_on_stderr() -> None:
    result = run_cli("-", stdin=b"")
    assert result.returncode == 1
    assert result.stderr.decode().startswith("beritaparse: <stdin>: ")
    assert b"Traceback" not in result.stderr


def test_output_is_utf8_under_the_c_locale() -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("LC_", "LANG", "PYTHONIOENCODING", "PYTHONUTF8"))
    }
    env.update(LC_ALL="C", LANG="C", PYTHONUTF8="0")
    result = run_cli("-", "--text", stdin=PASTED.encode(), env=env)
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode("utf-8")  # raises if it is not UTF-8
    assert "“Kami minta warga tidak panik,”" in out  # raw, not \\u201c escapes
    assert json.loads(out) == parse_text(PASTED).to_dict()


def test_closed_pipe_is_not_a_traceback() -> None:
    with subprocess.Popen(
        [sys.executable, "-m", "beritaparse", "-f", "text", *map(str, PAGES)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as proc:
        assert proc.stdout is not None
        assert proc.stderr is not None
        proc.stdout.read(10)
        proc.stdout.close()
        err = proc.stderr.read()
        proc.wait(timeout=120)
    assert b"Traceback" not in err


# --- batch from the command line ----------------------------------------------------------------------------


def test_batch_with_a_missing_input_goes_on_and_exits_1(tmp_path, capsys) -> None:
    out = tmp_path / "out.jsonl"
    missing = tmp_path / "gone"
    assert main(["batch", str(missing), str(PAGES[0]), "-o", str(out), "-w", "1"]) == 1
    err = capsys.readouterr().err
    assert f"beritaparse: {missing}: No such file or directory" in err
    assert "2 records: 1 parsed, 1 failed, 0 skipped" in err
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert records[0] == {
        "id": str(missing),
        "url": None,
        "error": {"type": "FileNotFoundError", "message": "No such file or directory"},
    }
    assert records[1]["article"] == parse(PAGES[0].read_bytes()).to_dict()


def test_batch_to_stdout_and_quiet(capsys) -> None:
    assert main(["batch", *map(str, PAGES[:3]), "-o", "-", "-q", "-w", "2"]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    records = [json.loads(line) for line in captured.out.splitlines()]
    assert [r["id"] for r in records] == [str(p) for p in PAGES[:3]]
    assert [r["article"] for r in records] == [parse(p.read_bytes()).to_dict() for p in PAGES[:3]]


def test_batch_parquet_holds_the_same_records_as_jsonl(tmp_path) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="Parquet output needs pyarrow (the 'parquet' extra)")
    inputs = [*map(str, PAGES[:4]), str(tmp_path / "missing.html")]
    jsonl, parquet = tmp_path / "out.jsonl", tmp_path / "out.parquet"
    assert main(["batch", *inputs, "-o", str(jsonl), "-q", "-w", "1"]) == 1
    assert main(["batch", *inputs, "-o", str(parquet), "-q", "-w", "1"]) == 1
    rows = pq.read_table(parquet).to_pylist()
    records = [json.loads(line) for line in jsonl.read_text("utf-8").splitlines()]
    assert [r["id"] for r in rows] == [r["id"] for r in records]
    for row, record in zip(rows, records, strict=True):
        assert row["article"] == record.get("article")
        assert row["error"] == record.get("error")
        assert row["status"] == ("parsed" if "article" in record else "failed")


def test_python_dash_m_batch_help() -> None:
    result = run_cli("batch", "--help")
    assert result.returncode == 0
    assert b"--workers" in result.stdout
    assert b"--resume" in result.stdout


def test_batch_to_stdout_is_utf8_under_the_c_locale(tmp_path) -> None:
    note = tmp_path / "note.txt"
    note.write_text(PASTED, "utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "PYTHONIOENCODING"))}
    env.update(LC_ALL="C", LANG="C", PYTHONUTF8="0")
    result = run_cli("batch", str(note), "-o", "-", "-q", env=env)
    assert result.returncode == 0, result.stderr
    (record,) = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    assert record["article"] == parse_text(PASTED).to_dict()
    assert "“Kami" in result.stdout.decode("utf-8")


def test_text_articles_are_kept_apart(capsys) -> None:
    assert main([str(PAGES[0]), str(PAGES[1]), "-f", "text"]) == 0
    out = capsys.readouterr().out
    first, second = (render(parse(p.read_bytes()), "text") for p in PAGES[:2])
    assert out == first + "\n---\n\n" + second


def test_max_bytes_limits_page_size(capsys) -> None:
    page = PAGES[0]
    size = len(page.read_bytes())
    assert main([str(page), "--max-bytes", str(size - 1)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"beritaparse: {page}: the input is {size:,} bytes")
    assert "--max-bytes" in err
    assert main([str(page), "--max-bytes", str(size), "-f", "jsonl"]) == 0
    assert json.loads(capsys.readouterr().out)["body"]


# --- folders, gzip pages, CSV ----------------------------------------------------------------------------


def test_a_folder_in_single_mode_says_to_run_a_batch(tmp_path, capsys) -> None:
    assert main([str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err == (
        f"beritaparse: {tmp_path}: is a folder; to parse every page in it, run: "
        f"beritaparse batch {tmp_path} -o articles.jsonl\n"
    )


def test_a_gzip_page_in_single_mode_is_the_page_it_holds(tmp_path, capsys) -> None:
    page = tmp_path / "page.html.gz"
    page.write_bytes(gzip.compress(PAGES[0].read_bytes()))
    assert main([str(page), "-f", "jsonl"]) == 0
    assert json.loads(capsys.readouterr().out) == parse(PAGES[0].read_bytes()).to_dict()


def _csv_rows(path: pathlib.Path, encoding: str = "utf-8") -> list[dict[str, str]]:
    with path.open(encoding=encoding, newline="") as stream:
        return list(csv.DictReader(stream))


@pytest.fixture(scope="module")
def pages_csv(tmp_path_factory) -> pathlib.Path:
    out = tmp_path_factory.mktemp("csv") / "articles.csv"
    folder = PAGES[0].parent.parent  # tests/pages: pages, their gold files and notes
    assert main(["batch", str(folder), "-o", str(out), "-q", "-w", "2"]) == 0
    return out


def test_batch_csv_round_trips_every_article_text(pages_csv) -> None:
    rows = _csv_rows(pages_csv)
    with pages_csv.open(encoding="utf-8", newline="") as stream:
        assert next(csv.reader(stream)) == list(CSV_COLUMNS)
    assert CSV_COLUMNS == (
        "id", "url", "outlet", "title", "published", "authors", "editors", "dateline", "section", "tags",
        "text", "status", "error", "skipped",
    )  # fmt: skip
    by_id = {row["id"]: row for row in rows}
    texts_with = {"quote": False, "newline": False, "non-ascii": False}
    for page in PAGES:
        row = by_id[str(page)]
        article = parse(page.read_bytes())
        assert row["status"] == "parsed"
        assert row["text"] == article.text  # quotes, blank lines and Indonesian characters intact
        assert row["title"] == (article.title or "")
        assert row["authors"] == "; ".join(article.authors)
        assert row["published"] == (article.published.isoformat() if article.published else "")
        texts_with["quote"] |= '"' in row["text"] or "“" in row["text"]
        texts_with["newline"] |= "\n" in row["text"]
        texts_with["non-ascii"] |= any(ord(c) > 127 for c in row["text"])
    assert all(texts_with.values()), texts_with  # the round trip met each hard case
    gold = [r for r in rows if r["id"].endswith(".expected.json")]
    assert gold
    assert {r["status"] for r in gold} == {"skipped"}
    assert all(r["skipped"].startswith("not a page") and not r["text"] for r in gold)


def test_batch_csv_opens_in_pandas_with_the_right_columns(pages_csv) -> None:
    pd = pytest.importorskip("pandas", reason="the pandas recipe needs pandas (in the dev extra)")
    frame = pd.read_csv(pages_csv, dtype=str, keep_default_na=False)
    assert list(frame.columns) == list(CSV_COLUMNS)
    parsed = frame[frame["status"] == "parsed"].set_index("id")
    for page in PAGES:
        assert parsed.loc[str(page), "text"] == parse(page.read_bytes()).text
    # to_records gives the same cells as the CSV, for articles parsed in Python.
    articles = [parse(p.read_bytes()) for p in PAGES[:5]]
    records = pd.DataFrame.from_records(to_records(articles)).fillna("")
    assert list(records.columns) == list(CSV_COLUMNS[1:-3])
    for index, page in enumerate(PAGES[:5]):
        expected = parsed.loc[str(page)]
        for column in records.columns:
            assert records.loc[index, column] == expected[column], (page.name, column)


def test_batch_csv_with_bom_and_an_error_row(tmp_path) -> None:
    out = tmp_path / "out.csv"
    missing = tmp_path / "missing.html"
    assert main(["batch", str(PAGES[0]), str(missing), "-o", str(out), "--csv-bom", "-q", "-w", "1"]) == 1
    assert out.read_bytes().startswith(codecs.BOM_UTF8 + b"id,url,")
    rows = _csv_rows(out, encoding="utf-8-sig")
    assert [r["status"] for r in rows] == ["parsed", "failed"]
    assert rows[1]["error"] == "FileNotFoundError: No such file or directory"
    assert rows[1]["text"] == ""


def test_batch_csv_resume_drops_a_cut_row_and_completes(tmp_path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    for page in PAGES[:4]:
        (folder / page.name).write_bytes(page.read_bytes())
    full = tmp_path / "full.csv"
    assert main(["batch", str(folder), "-o", str(full), "-q", "-w", "1"]) == 0
    data = full.read_bytes()
    rows = _csv_rows(full)
    assert len(rows) == 4
    # Killed in the middle of the third row's text (which holds line breaks).
    third = data.index(rows[2]["id"].encode())
    cut = data.index(b"\n", data.index(b'"', third + 200)) + 1
    partial = tmp_path / "partial.csv"
    partial.write_bytes(data[:cut])
    assert main(["batch", str(folder), "-o", str(partial), "--resume", "-q", "-w", "2"]) == 0
    assert partial.read_bytes() == data


def test_batch_progress_shows_a_total_and_the_summary_line(tmp_path, capsys) -> None:
    from beritaparse.batch import Summary  # noqa: PLC0415
    from beritaparse.cli import _Progress, _Total  # noqa: PLC0415

    folder = tmp_path / "in"
    folder.mkdir()
    for page in PAGES[:3]:
        (folder / page.name).write_bytes(page.read_bytes())
    (folder / "a.jsonl").write_text("\n".join(json.dumps({"text": PASTED}) for _ in range(4)), "utf-8")
    (folder / "out.jsonl").write_text('{"id": "old"}\n', "utf-8")  # the run's own output: not counted
    total = _Total([str(folder)], [str(folder / "out.jsonl")], 0, enabled=True)
    deadline = time.monotonic() + 30
    while total.value is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert total.value == 7
    progress = _Progress(enabled=True, total=total)
    summary = Summary()
    for _ in range(7):
        summary.parsed += 1
        progress.update(summary)
    progress.close()
    err = capsys.readouterr().err
    assert "7/7" in err
    (folder / "out.jsonl").unlink()
    assert main(["batch", str(folder), "-o", str(tmp_path / "out.csv"), "-w", "1"]) == 0
    last = capsys.readouterr().err.splitlines()[-1]
    assert last.startswith("beritaparse: 7 records: 7 parsed, 0 failed, 0 skipped in ")
