"""The cache of compiled patterns (``beritaparse.cache.patterns``): a cached pattern is the pattern compiled,
a damaged or foreign file or a folder that cannot be written only means compiling, a cache that is off never
writes, and a second process with a warm cache compiles nothing.

Every test points the cache at a folder of its own (conftest.py already keeps the session off the user's).
"""

from __future__ import annotations

import concurrent.futures as cf
import marshal
import multiprocessing
import os
import subprocess
import sys
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import regex

import beritaparse
from beritaparse.cache import patterns
from beritaparse.samples import sample_page

if TYPE_CHECKING:
    from collections.abc import Iterator

ROOT = Path(__file__).parent.parent
SAMPLE_SOURCES = (
    (r"(?P<day>\d{1,2})\s+(?i:januari|februari)\s+(?P<year>\d{4})", regex.VERSION0),
    (r"baca\s+juga", regex.IGNORECASE | regex.VERSION0),
    (r"baca\s+juga", regex.VERSION0),
    (r"(?<!\w)Rp\s*\d+(?:\.\d{3})*", 0),
)


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh, empty cache folder, and a store that is opened again from it; the session's store comes back
    after the test."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("BERITAPARSE_CACHE_DIR", str(folder))
    monkeypatch.delenv("BERITAPARSE_NO_CACHE", raising=False)
    monkeypatch.setattr(patterns, "_store", None)
    yield folder
    patterns._reset()


def _fill(folder: Path) -> Path:
    """Compile the sample patterns into a cache file in ``folder`` and forget them: the next compile reads
    it."""
    patterns.status()  # open the store: a short pattern alone would not
    for source, flags in SAMPLE_SOURCES:
        patterns.compile_pattern(source, flags)
    assert patterns.save()
    patterns._reset()
    (path,) = folder.glob("patterns-*.marshal")
    return path


def _texts() -> list[str]:
    """Text to run every pattern over: a page's article, the committed pastes, and lines of dates, amounts
    and credits in the forms the library reads."""
    html, url = sample_page()
    texts = [
        beritaparse.parse(html, url=url).text,
        *(p.read_text("utf-8") for p in sorted(ROOT.glob("tests/pastes/*/*.txt"))[:12]),
    ]
    texts.append(
        "Jakarta, Senin (16/12/2024) pukul 10.00 WIB - Harga naik Rp 1,5 juta (15 persen) sejak 3 Januari"
        " 2021.\n"
        "BACA JUGA: Banjir di Bekasi\nPenulis: Ani Wijaya | Editor: Budi S\nFoto: ANTARA/Rivan Awal\n"
        "13:24 WIB, Senin 13 Mei 2024 - dua ratus lima puluh ribu orang, -3,2 persen, US$ 12 miliar per tahun"
    )
    return texts


def _same(a: regex.Pattern[str], b: regex.Pattern[str], texts: list[str]) -> None:
    assert (a.pattern, a.flags, a.groups, dict(a.groupindex)) == (
        b.pattern,
        b.flags,
        b.groups,
        dict(b.groupindex),
    )
    for text in texts:
        found = [(m.span(), m.groups()) for m in a.finditer(text)]
        assert found == [(m.span(), m.groups()) for m in b.finditer(text)], a.pattern


def test_every_cached_pattern_matches_as_the_compiled_one(tmp_path: Path) -> None:
    # Every pattern the library sends through the cache. A session compiles each once, so they are read from
    # the session's own store (conftest.py's folder), once a parse, pastes and tests/test_patterns.py's walk
    # (which compiles every pattern compiled on first use) have compiled those no test compiled yet.
    from test_patterns import _all_patterns  # noqa: PLC0415 - the walk over every pattern of the library

    patterns.status()
    html, url = sample_page()
    beritaparse.parse(html, url=url)
    for path in sorted(ROOT.glob("tests/pastes/*/*.txt"))[:5]:
        beritaparse.parse_text(path.read_text("utf-8"))
    beritaparse.find_quantities("Rp 1,5 juta dan dua ratus orang")
    _all_patterns()
    patterns.save()  # the patterns compiled in this session so far, written as a later process reads them
    entries = dict(patterns._current().entries)
    assert len(entries) > 100  # the date rules, the cue tables, the numbers grammar, the adapters...
    # Through a file and back, as a later process reads them.
    path = tmp_path / "patterns.marshal"
    patterns._write(str(path), marshal.dumps((entries, {})))
    assert patterns._read(str(path)) == entries
    texts = _texts()
    for (source, flags, version), blob in entries.items():
        assert version == regex.DEFAULT_VERSION
        cached = patterns._restore(blob, source)
        assert cached is not None, source
        _same(cached, regex.compile(source, flags), texts)


def test_a_short_pattern_does_not_open_the_file_but_a_long_one_does(cache_dir: Path) -> None:
    _fill(cache_dir)
    short = patterns.compile_pattern(r"[^\p{L}\p{N}]+", 0)
    assert short.pattern == r"[^\p{L}\p{N}]+"
    assert patterns._store is None
    long = r"(?:" + "|".join(f"kata{i}" for i in range(patterns._WORTH_A_READ)) + r")\s+\d+"
    assert patterns.compile_pattern(long, 0).pattern == long
    assert patterns._store is not None
    assert patterns.status().misses == 1
    assert patterns.compile_pattern(*SAMPLE_SOURCES[0]).pattern == SAMPLE_SOURCES[0][0]  # now read
    assert patterns.status().hits == 1


def test_prepare_reads_the_file_so_a_short_pattern_comes_from_it(cache_dir: Path) -> None:
    _fill(cache_dir)
    patterns.prepare()
    assert patterns._store is not None
    assert patterns.status().entries == len(SAMPLE_SOURCES)
    source, flags = SAMPLE_SOURCES[1]  # shorter than _WORTH_A_READ
    assert len(source) < patterns._WORTH_A_READ
    assert patterns.compile_pattern(source, flags).pattern == source
    assert patterns.status().hits == 1
    assert patterns.status().misses == 0
    store = patterns._store
    patterns.prepare()  # read once
    assert patterns._store is store


def test_a_second_store_reads_what_the_first_wrote(cache_dir: Path) -> None:
    path = _fill(cache_dir)
    assert path.name.startswith(f"patterns-{patterns._package_version()}-regex{regex.__version__}-")
    assert patterns.status().entries == len(SAMPLE_SOURCES)
    for source, flags in SAMPLE_SOURCES:
        _same(patterns.compile_pattern(source, flags), regex.compile(source, flags), _texts()[-1:])
    assert patterns.status().hits == len(SAMPLE_SOURCES)
    assert patterns.status().misses == 0
    assert not patterns.save()  # nothing new: the file is not written again


def _broken_files(path: Path) -> Iterator[tuple[str, bytes]]:
    data = path.read_bytes()
    header = patterns._header()
    yield "empty", b""
    yield "truncated", data[: len(data) // 2]
    yield "header only", header
    damaged = bytearray(data)
    damaged[len(data) - 40] ^= 0xFF
    yield "a byte changed", bytes(damaged)
    yield "another regex", data.replace(regex.__version__.encode(), b"0.0.0", 1)
    yield "not ours", b"\x80\x04K\x01."
    payload = marshal.dumps(({("x", 0, 0): 5}, {}))
    yield "wrong entry types", header + b"%08x\n" % zlib.crc32(payload) + payload


@pytest.mark.parametrize(
    "case",
    ["empty", "truncated", "header only", "a byte changed", "another regex", "not ours", "wrong entry types"],
)
def test_a_broken_or_foreign_file_is_ignored(cache_dir: Path, case: str) -> None:
    path = _fill(cache_dir)
    path.write_bytes(dict(_broken_files(path))[case])
    assert patterns.status().entries == 0
    for source, flags in SAMPLE_SOURCES:
        _same(patterns.compile_pattern(source, flags), regex.compile(source, flags), _texts()[-1:])
    assert patterns.status().misses == len(SAMPLE_SOURCES)
    assert patterns.save()  # and a good file replaces it
    patterns._reset()
    assert patterns.status().entries == len(SAMPLE_SOURCES)


def _code(marker: Path) -> Any:
    """Code that would leave ``marker`` if it were ever run: marshal writes and reads code objects."""
    return compile(f"open({str(marker)!r}, 'w').close()", "<forged>", "exec")


def _rewrite(path: Path, entries: dict[Any, Any], answered: dict[str, bytes] | None = None) -> None:
    payload = marshal.dumps((entries, answered or {}))
    path.write_bytes(patterns._header() + b"%08x\n" % zlib.crc32(payload) + payload)


def test_a_file_that_holds_code_runs_nothing(cache_dir: Path, tmp_path: Path) -> None:
    path = _fill(cache_dir)
    marker = tmp_path / "ran"
    _rewrite(path, {("x", 0, 0): _code(marker)})  # the file itself holds code
    assert patterns.status().entries == 0
    entries = patterns._read(str(path))
    assert entries == {}
    # Entries that hold code, with a checksum that holds: compiled instead.
    source, flags = SAMPLE_SOURCES[0]
    key = (source, int(flags), int(regex.DEFAULT_VERSION))
    forged = (marshal.dumps(_code(marker)), marshal.dumps((source, _code(marker))))
    for blob in forged:
        _rewrite(path, {key: blob})
        patterns._reset()
        assert patterns.status().entries == 1
        _same(patterns.compile_pattern(source, flags), regex.compile(source, flags), _texts()[-1:])
        assert patterns.status().misses == 1
    assert not marker.exists()


def test_an_entry_for_another_source_is_not_handed_out(cache_dir: Path) -> None:
    path = _fill(cache_dir)
    (a, a_flags), (b, b_flags) = SAMPLE_SOURCES[:2]
    entries = patterns._read(str(path))
    key_a = (a, int(a_flags), int(regex.DEFAULT_VERSION))
    key_b = (b, int(b_flags), int(regex.DEFAULT_VERSION))
    entries[key_a] = entries[key_b]
    _rewrite(path, entries)
    patterns.status()
    assert patterns.compile_pattern(a, a_flags).pattern == a
    assert patterns.status().misses == 1


def test_flags_and_default_version_are_part_of_the_key(cache_dir: Path) -> None:
    _fill(cache_dir)
    patterns.status()
    cased = patterns.compile_pattern(r"baca\s+juga", regex.VERSION0)
    folded = patterns.compile_pattern(r"baca\s+juga", regex.IGNORECASE | regex.VERSION0)
    assert cased.match("BACA JUGA") is None
    assert folded.match("BACA JUGA") is not None
    assert patterns.status().hits == 2


def test_a_folder_that_cannot_be_written_is_tolerated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A file where the folder should be: no user, not even root, can create the folder.
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("BERITAPARSE_CACHE_DIR", str(blocker / "cache"))
    monkeypatch.setattr(patterns, "_store", None)
    patterns.status()
    source, flags = SAMPLE_SOURCES[0]
    _same(patterns.compile_pattern(source, flags), regex.compile(source, flags), _texts()[-1:])
    assert not patterns.save()
    assert patterns._store is not None
    assert not patterns._store.writable  # and it does not try again
    patterns.compile_pattern(*SAMPLE_SOURCES[1])
    assert not patterns.save()


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root writes to read-only folders"
)
def test_a_read_only_folder_is_tolerated(cache_dir: Path) -> None:
    path = _fill(cache_dir)
    cache_dir.chmod(0o500)
    try:
        assert patterns.status().entries == len(SAMPLE_SOURCES)  # read...
        patterns.compile_pattern(r"\d+ persen", 0)
        assert not patterns.save()  # ...but not written, and no error
        assert sorted(cache_dir.iterdir()) == [path]
    finally:
        cache_dir.chmod(0o700)


@pytest.mark.parametrize("env", [{"BERITAPARSE_CACHE_DIR": ""}, {"BERITAPARSE_NO_CACHE": "1"}])
def test_a_cache_that_is_off_never_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, env: dict[str, str]
) -> None:
    monkeypatch.chdir(tmp_path)  # a relative folder would land here
    monkeypatch.setenv("BERITAPARSE_CACHE_DIR", str(tmp_path / "cache"))
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(patterns, "_store", None)
    for source, flags in SAMPLE_SOURCES:
        _same(patterns.compile_pattern(source, flags), regex.compile(source, flags), _texts()[-1:])
    assert patterns.status() == patterns.Status(None, 0, 0, 0)
    assert not patterns.save()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.usefixtures("cache_dir")
def test_threads_compiling_at_once_get_their_own_patterns() -> None:
    patterns.status()
    sources = [
        (rf"(?:kata{i}|\d{{{i % 5 + 1}}})+", flags) for i in range(40) for flags in (0, regex.IGNORECASE)
    ]
    with cf.ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda sf: patterns.compile_pattern(*sf), sources * 3))
    assert [(p.pattern, p.flags) for p in results] == [
        (p.pattern, p.flags) for p in (regex.compile(*sf) for sf in sources * 3)
    ]
    assert patterns.save()
    patterns._reset()
    assert patterns.status().entries == len(sources)


def test_concurrent_writers_merge(cache_dir: Path) -> None:
    # Another process wrote its patterns after this one read the file: saving keeps both.
    _fill(cache_dir)
    assert patterns.status().entries == len(SAMPLE_SOURCES)
    patterns.compile_pattern(r"mine\d+", 0)
    other = patterns._read(str(next(cache_dir.glob("patterns-*.marshal"))))
    other[("theirs", 0, int(regex.DEFAULT_VERSION))] = patterns._dumped(regex.compile("theirs"))
    _rewrite(next(cache_dir.glob("patterns-*.marshal")), other)
    assert patterns.save()
    patterns._reset()
    assert patterns.status().entries == len(SAMPLE_SOURCES) + 2


def test_answers_are_kept_with_the_patterns(cache_dir: Path) -> None:
    path = _fill(cache_dir)
    kept = patterns.answers("table openings")
    assert kept == {}
    kept.update({"Pe": 5, "B": 0})
    patterns.remember("table openings")
    patterns.answers("not remembered")["x"] = 1
    assert patterns.save()
    patterns._reset()
    assert patterns.answers("table openings") == {"Pe": 5, "B": 0}
    assert patterns.answers("not remembered") == {}
    assert patterns.status().entries == len(SAMPLE_SOURCES)  # the patterns are still there
    assert path.exists()


def test_answers_merge_with_another_process_s(cache_dir: Path) -> None:
    path = _fill(cache_dir)
    patterns.answers("k")["mine"] = 1
    patterns.remember("k")
    entries, _ = patterns._load(str(path))
    _rewrite(path, entries, {"k": marshal.dumps({"theirs": 2}), "other": marshal.dumps({"a": 3})})
    assert patterns.save()
    patterns._reset()
    assert patterns.answers("k") == {"theirs": 2, "mine": 1}
    assert patterns.answers("other") == {"a": 3}
    assert not patterns.save()  # nothing new


def test_answers_under_a_key_are_bounded(cache_dir: Path) -> None:
    _fill(cache_dir)
    kept = patterns.answers("many")
    kept.update({str(i): i for i in range(patterns._ANSWERS_KEPT + 10)})
    patterns.remember("many")
    assert patterns.save()
    patterns._reset()
    assert len(patterns.answers("many")) == patterns._ANSWERS_KEPT


@pytest.mark.parametrize("blob", [marshal.dumps([1, 2]), marshal.dumps("ab"), b"x", b""])
def test_answers_of_another_form_are_none(cache_dir: Path, blob: bytes) -> None:
    path = _fill(cache_dir)
    entries, _ = patterns._load(str(path))
    _rewrite(path, entries, {"k": blob})
    assert patterns.answers("k") == {}
    assert patterns.status().entries == len(SAMPLE_SOURCES)


def test_answers_are_not_written_with_the_cache_off(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("BERITAPARSE_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("BERITAPARSE_NO_CACHE", "1")
    monkeypatch.setattr(patterns, "_store", None)
    try:
        patterns.answers("k")["a"] = 1
        patterns.remember("k")
        assert not patterns.save()
        assert list(tmp_path.iterdir()) == []
    finally:
        patterns._reset()


@pytest.mark.parametrize(
    "method", [m for m in ("spawn", "fork") if m in multiprocessing.get_all_start_methods()]
)
def test_a_pool_worker_saves_at_its_exit(cache_dir: Path, method: str) -> None:
    # A multiprocessing worker ends without atexit: the save runs among the finalizers of its own exit.
    source = rf"worker-{method}\s+\d+" + "|".join(
        f"kata{i}" for i in range(30)
    )  # long enough to open the file
    with cf.ProcessPoolExecutor(1, mp_context=multiprocessing.get_context(method)) as pool:
        assert pool.submit(patterns.compile_pattern, source, 0).result().pattern == source
    entries = patterns._read(str(next(cache_dir.glob("patterns-*.marshal"))))
    assert (source, 0, int(regex.DEFAULT_VERSION)) in entries


def _learn(key: str, question: str) -> None:
    patterns.answers(key)[question] = 1
    patterns.remember(key)


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="no fork here")
def test_a_forked_worker_saves_the_answers_it_adds(cache_dir: Path) -> None:
    # The parent has answers of its own under the key: the child, which holds them too, saves its own.
    _learn("k", "parent's")
    with cf.ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
        pool.submit(_learn, "k", "child's").result()
    path = next(cache_dir.glob("patterns-*.marshal"))
    assert patterns._answers_of(patterns._load(str(path))[1]["k"]) == {"parent's": 1, "child's": 1}


_SECOND_PROCESS = """
import json, regex, beritaparse
from beritaparse.samples import sample_page
from beritaparse.cache import patterns
opened_at_import = patterns._store is not None
compiled = []
compile = regex.compile
def counting(source, flags=0, *args, **kwargs):
    compiled.append((len(source), patterns._store is not None))
    return compile(source, flags, *args, **kwargs)
regex.compile = counting  # after the import: the patterns compiled on first use are the ones counted
html, url = sample_page()
beritaparse.parse(html, url=url)
beritaparse.parse_text(open({paste!r}, encoding="utf-8").read())
beritaparse.find_quantities("Rp 1,5 juta dan dua ratus orang")
status = patterns.status()
print(json.dumps({{
    "compiled": compiled, "hits": status.hits, "misses": status.misses,
    "opened_at_import": opened_at_import,
}}))
"""


def _second(env: dict[str, str]) -> dict[str, Any]:
    paste = min(ROOT.glob("tests/pastes/*/*.txt"))
    out = subprocess.run(
        [sys.executable, "-c", _SECOND_PROCESS.format(paste=str(paste))],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, **env},
    )
    import json  # noqa: PLC0415

    return json.loads(out.stdout)  # type: ignore[no-any-return]


def test_a_second_process_with_a_warm_cache_compiles_nothing(tmp_path: Path) -> None:
    env = {"BERITAPARSE_CACHE_DIR": str(tmp_path)}
    cold = _second(env)
    assert len(cold["compiled"]) > 30  # the date rules, cue tables, numbers grammar... (the test can fail)
    assert cold["misses"] > 30
    assert list(tmp_path.glob("patterns-*.marshal"))  # written at exit
    assert not cold["opened_at_import"]  # the import reads no file: it compiles only short patterns
    warm = _second(env)
    assert warm["misses"] == 0
    assert not warm["opened_at_import"]
    # Only the patterns its lines need: the openings of the cue tables' rows, worked out by the first process
    # with every row compiled, are read from the file.
    assert 0 < warm["hits"] < cold["misses"]
    # A parse reads the file first thing (patterns.prepare), so nothing compiles after the import: not even
    # a short pattern that comes before the first long one (the headline's separators did).
    assert warm["compiled"] == []


def test_a_process_with_the_cache_off_writes_nothing(tmp_path: Path) -> None:
    off = _second({"BERITAPARSE_CACHE_DIR": str(tmp_path), "BERITAPARSE_NO_CACHE": "1"})
    assert len(off["compiled"]) > 30
    assert off["hits"] == off["misses"] == 0
    assert list(tmp_path.iterdir()) == []


def test_a_pattern_is_rebuilt_from_its_own_arguments_alone(tmp_path: Path) -> None:
    blob = patterns._dumped(regex.compile("a+"))
    assert blob is not None
    restored = patterns._restore(blob, "a+")
    assert restored is not None
    assert restored.pattern == "a+"
    assert restored.match("aaab").group() == "aaa"
    assert patterns._restore(blob, "b+") is None  # another source's arguments are not rebuilt
    marker = tmp_path / "ran"
    for forged in (_code(marker), ("a+", _code(marker)), ["a+"], ("a+",)):
        assert patterns._restore(marshal.dumps(forged), "a+") is None
    assert not marker.exists()


def test_where_the_cache_lives(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("BERITAPARSE_CACHE_DIR", "BERITAPARSE_NO_CACHE", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert patterns._folder() == str(tmp_path / ".cache" / "beritaparse")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert patterns._folder() == str(tmp_path / "xdg" / "beritaparse")
    monkeypatch.setenv("BERITAPARSE_CACHE_DIR", str(tmp_path / "mine"))
    assert patterns._folder() == str(tmp_path / "mine")
    monkeypatch.setenv("BERITAPARSE_CACHE_DIR", "")
    assert patterns._folder() is None
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.delenv("BERITAPARSE_CACHE_DIR")
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "local"))
    assert patterns._folder() == os.path.join(str(tmp_path / "local"), "beritaparse", "Cache")  # noqa: PTH118
