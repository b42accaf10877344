"""Compiled ``regex`` patterns kept on disk, so that a new process reads the library's patterns instead of
compiling them again.

The ``regex`` compiler is written in Python and takes about ten microseconds a pattern character: the date
grammar alone costs a tenth of a second or more, and every new process (a one-page command, each batch
worker) paid it on its first page. A compiled pattern pickles as the call that rebuilds it from its compiled
code (``regex``'s own pickle support: ``regex._regex.compile`` and its arguments), and rebuilding is a
fiftieth of the cost of compiling. The file keeps those arguments, written with :mod:`marshal` (strings,
numbers, bytes, tuples, lists and dicts: all they are), and a pattern is rebuilt by calling that one function
with them. So :func:`compile_pattern` is ``regex.compile`` that first looks the pattern up in the file, and
the patterns a process had to compile are added to the file when it exits (and, in a process that keeps
meeting new patterns, at most every :data:`SAVE_AFTER` seconds).

The file also keeps what the library worked out from its patterns and asks again in every process: which of a
cue table's rows can match a line opening on two given characters (:func:`answers`, :func:`remember`). Working
that out takes each row's compiled pattern, so a first page restored every row of the tables to answer it,
where the answers read from the file let it restore only the rows that can match its lines.

The file's folder is ``BERITAPARSE_CACHE_DIR`` if that is set, else ``$XDG_CACHE_HOME/beritaparse`` or
``~/.cache/beritaparse`` (``%LOCALAPPDATA%\\beritaparse\\Cache`` on Windows). ``BERITAPARSE_CACHE_DIR`` set
but empty, or ``BERITAPARSE_NO_CACHE`` set to anything but empty, turns the cache off. Both are read once,
when the file is first needed (the first pattern of :data:`_WORTH_A_READ` characters or more).

A file's name carries beritaparse's, ``regex``'s and Python's versions, since compiled code is valid only for
the ``regex`` that wrote it; an entry's key is the pattern's source, its flags and ``regex``'s default
version. A file that is missing, unreadable, truncated, damaged or written for other versions, and a folder
that cannot be written, only mean that patterns are compiled as before: the cache never raises and never
hands out another pattern than the one asked for.

>>> p = compile_pattern(r"baca\\s+juga", regex.IGNORECASE | regex.VERSION0)
>>> p.pattern, p.match("BACA JUGA: harga cabai").group()
('baca\\\\s+juga', 'BACA JUGA')
"""

from __future__ import annotations

import atexit
import contextlib
import copyreg
import importlib
import itertools
import marshal
import os
import sys
import threading
import time
import zlib
from typing import Any, NamedTuple

import regex

__all__ = ["SAVE_AFTER", "Status", "answers", "compile_pattern", "prepare", "remember", "save", "status"]

SAVE_AFTER = 30.0
"""Seconds after the last write (or the read) before a newly compiled pattern writes the file again: a
long-running process that is never shut down cleanly keeps what it learnt, without a write per pattern."""

_MAGIC = b"beritaparse compiled patterns 2\n"
_MARSHAL = 4
"""marshal's format for the file, which every Python the library supports (3.10 and later) writes and reads;
a file's name and first line carry the Python that wrote it, and only that Python reads it."""
_MAX_BYTES = 64 << 20
"""A file larger than this is no file of ours (the library's patterns take a few hundred kilobytes)."""
_MAX_ENTRIES = 20_000
"""No more entries than this are added: the library's patterns are a fixed set, far smaller."""
_REBUILD: Any = importlib.import_module("regex._regex").compile
"""The one callable a pattern's pickle names: ``regex``'s C function that builds a pattern from its code. The
file holds only its arguments: nothing in the file names a callable, and nothing else is ever called."""
_WORTH_A_READ = 100
"""Reading the file costs about what compiling a pattern of a hundred characters or two does. So a shorter
pattern compiled while the file is still unread is compiled at once and the file stays unread: the import
itself compiles such a pattern (an outlet's name key), and must not pay for the file. The first longer
pattern reads it, and from then on every pattern goes through the cache; a parse reads it first thing
(:func:`prepare`), since it compiles a hundred patterns on its first page."""
_ANSWERS_KEPT = 2048
"""Answers kept under one key, the first met: the openings a table meets on the pages of a language are a few
hundred pairs of characters, and a batch over many more must not make the file, read by every process, grow
without end."""
_UNCACHED_FLAGS = regex.LOCALE | regex.DEBUG
"""A locale pattern is compiled for the locale of the moment, and a debugging one prints as it compiles."""

_Key = tuple[str, int, int]


class Status(NamedTuple):
    """The cache file (``None``: the cache is off), its entries, and this process's hits and misses."""

    path: str | None
    entries: int
    hits: int
    misses: int


class _Store:
    """One cache file's patterns: those read from it and those compiled in this process since."""

    def __init__(
        self, path: str | None, entries: dict[_Key, bytes], answered: dict[str, bytes] | None = None
    ) -> None:
        self.path = path
        self.entries = entries
        # Answers as the file holds them (read on first use, a key at a time), and those in use here.
        self.answer_blobs: dict[str, bytes] = answered or {}
        self.answers: dict[str, dict[str, int]] = {}
        self.answered: set[str] = set()  # keys with answers not yet written
        # Compiled here and not yet written: dumped only when written, so a first page pays nothing for it.
        self.new: dict[_Key, regex.Pattern[str]] = {}
        self.saved_at = time.monotonic()
        self.writable = True
        self.exit_pid = 0
        self.hits = 0
        self.misses = 0


_lock = threading.RLock()
_store: _Store | None = None


def _new_lock() -> None:
    # A child forked while another thread held the lock would wait for it forever.
    global _lock  # noqa: PLW0603
    _lock = threading.RLock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_new_lock)


def compile_pattern(source: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(source, flags)``, read from the cache file when an earlier process compiled it."""
    store = _store
    if store is None:
        if len(source) < _WORTH_A_READ:
            return regex.compile(source, flags)
        store = _current()
    if store.path is None:
        return regex.compile(source, flags)
    # Plain ints: regex's flags are an enum, which marshal does not write.
    key = (source, int(flags), int(regex.DEFAULT_VERSION))
    blob = store.entries.get(key)
    cached = _restore(blob, source) if blob is not None else None
    if cached is None:
        cached = store.new.get(key)
    if cached is not None:
        store.hits += 1
        return cached
    pattern = regex.compile(source, flags)
    store.misses += 1
    if not (flags | pattern.flags) & _UNCACHED_FLAGS:
        _add(store, key, pattern)
    return pattern


def prepare() -> None:
    """Read the cache file now if it is not read yet, so that the short patterns compiled before the first
    long one come from it too.

    For a caller about to compile many patterns, as the first ``parse()`` of a process does: that one reads
    the file anyway, and a short pattern it compiled first (the headline's separators, 0.3 ms) cost more
    than its share of the read. A call once the file is read costs a global look-up."""
    if _store is None:
        _current()


def save() -> bool:
    """Add this process's newly compiled patterns to the cache file, merged with what other processes wrote
    since it was read; ``True`` when the file was written. Called at exit; never raises for a file problem."""
    with _lock:
        store = _store
        if store is None or store.path is None or not (store.new or store.answered) or not store.writable:
            return False
        added = {key: blob for key, pattern in store.new.items() if (blob := _dumped(pattern)) is not None}
        store.new = {}
        on_disk, answered_on_disk = _load(store.path)
        store.entries = {**on_disk, **store.entries, **added}
        changed = _merged_answers(store, answered_on_disk)
        store.saved_at = time.monotonic()
        if on_disk.keys() >= store.entries.keys() and not changed:
            return False
        try:
            _write(store.path, marshal.dumps((store.entries, store.answer_blobs), _MARSHAL))
        except OSError:
            # A read-only or full disk: compiling stays as it was, and this process stops trying.
            store.writable = False
            return False
        return True


def answers(key: str) -> dict[str, int]:
    """The answers kept under ``key`` (a name for a question and what it is asked of, such as a table's
    patterns): a dict of questions to whole numbers, read from the file and shared in the process. The
    caller reads it and adds to it; :func:`remember` has what it added written with the patterns. A value
    read from the file that is not an ``int`` is a file someone wrote by hand: take it for no answer.

    An answer must be what the patterns under ``key`` give, whatever process works it out, as a compiled
    pattern is: the file is kept for one version of beritaparse, ``regex`` and Python."""
    store = _current()
    found = store.answers.get(key)
    if found is None:
        found = _answers_of(store.answer_blobs.get(key))
        store.answers[key] = found
    return found


def remember(key: str) -> None:
    """Write the answers added under ``key`` (:func:`answers`) with the patterns, when the process exits."""
    store = _current()
    if store.path is None:
        return
    with _lock:
        store.answered.add(key)
        # Each time: a forked child holds its parent's keys, and registers a save of its own here.
        _save_at_exit(store)


def status() -> Status:
    """What the cache holds and did in this process (it is opened if it was not yet)."""
    store = _current()
    return Status(store.path, len(store.entries) + len(store.new), store.hits, store.misses)


def _current() -> _Store:
    store = _store
    if store is None:
        with _lock:
            store = _open() if _store is None else _store
    return store


def _open() -> _Store:
    global _store  # noqa: PLW0603 - one store per process, opened on the first compile
    path = _file()
    _store = _Store(path, *(_load(path) if path else ({}, {})))
    return _store


def _reset() -> None:
    """Forget the store, so the next compile reads the environment and the file again (for tests)."""
    global _store  # noqa: PLW0603
    with _lock:
        _store = None


def _folder() -> str | None:
    if os.environ.get("BERITAPARSE_NO_CACHE"):
        return None
    chosen = os.environ.get("BERITAPARSE_CACHE_DIR")
    if chosen is not None:
        return os.path.abspath(chosen) if chosen else None
    if sys.platform == "win32":
        local = os.environ.get("LOCALAPPDATA")
        return os.path.join(local, "beritaparse", "Cache") if local else None
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and os.path.isabs(xdg):
        return os.path.join(xdg, "beritaparse")
    home = os.path.expanduser("~")
    return os.path.join(home, ".cache", "beritaparse") if os.path.isabs(home) else None


def _tag() -> str:
    """The versions a file is valid for, in its name and again in its first lines."""
    python = f"{sys.implementation.name}{sys.version_info[0]}.{sys.version_info[1]}"
    tag = f"{_package_version()}-regex{regex.__version__}-{python}"
    return "".join(c if c.isalnum() or c in ".+_-" else "_" for c in tag)


def _package_version() -> str:
    """beritaparse's version from the ``.dist-info`` folder installed beside it ("source" in a source tree).

    ``importlib.metadata`` would take tens of milliseconds at the first compile, a good part of what the cache
    saves; and the version only keeps files apart, since an entry's key holds the pattern itself."""
    site = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    try:
        names = sorted(os.listdir(site))
    except OSError:
        names = []
    prefix, suffix = "beritaparse-", ".dist-info"
    found = [n[len(prefix) : -len(suffix)] for n in names if n.startswith(prefix) and n.endswith(suffix)]
    return found[-1] if found else "source"


def _file() -> str | None:
    folder = _folder()
    return os.path.join(folder, f"patterns-{_tag()}.marshal") if folder else None


def _header() -> bytes:
    return _MAGIC + _tag().encode() + b"\n"


def _add(store: _Store, key: _Key, pattern: regex.Pattern[str]) -> None:
    with _lock:
        if len(store.entries) + len(store.new) >= _MAX_ENTRIES:
            return
        store.new[key] = pattern
        _save_at_exit(store)
        due = time.monotonic() - store.saved_at >= SAVE_AFTER
    if due:
        save()


def _dumped(pattern: regex.Pattern[str]) -> bytes | None:
    """The arguments that rebuild ``pattern``, as pickling writes them, in marshal's form; None for a pattern
    that is not rebuilt so (it is compiled in every process, as before)."""
    reduce = copyreg.dispatch_table.get(type(pattern))
    if reduce is None:
        return None
    try:
        reduced: Any = reduce(pattern)
        rebuild, args = reduced
        return marshal.dumps(args, _MARSHAL) if rebuild is _REBUILD else None
    except (TypeError, ValueError):
        return None


def _save_at_exit(store: _Store) -> None:
    """Save when this process ends: ``atexit`` in a main process; a ``multiprocessing`` worker ends without
    running ``atexit``, so there the save is also one of the finalizers its own exit runs."""
    pid = os.getpid()
    if store.exit_pid == pid:
        return
    store.exit_pid = pid  # a forked child registers again: its parent's registrations do not run in it
    atexit.register(save)
    process, util = sys.modules.get("multiprocessing.process"), sys.modules.get("multiprocessing.util")
    if process is not None and util is not None and process.parent_process() is not None:
        util.Finalize(None, save, exitpriority=0)


# The cache file is data that anyone who can write to its folder could have written. marshal builds data and
# calls nothing while it reads (a code object it might build is never run), and a pattern is rebuilt by the
# single function regex's pickles name, which builds a pattern from compiled code and runs nothing else, from
# arguments that open with the pattern's own text. A forged entry can at worst be a wrong pattern for its
# source text, never code.
def _read(path: str) -> dict[_Key, bytes]:
    """The entries of the file at ``path``; empty when there is none or it is not a whole file of ours."""
    return _load(path)[0]


def _load(path: str) -> tuple[dict[_Key, bytes], dict[str, bytes]]:
    """The entries and the answers of the file at ``path``; both empty when there is none or it is not a
    whole file of ours."""
    try:
        with open(path, "rb") as f:
            data = f.read(_MAX_BYTES + 1)
    except OSError:
        return {}, {}
    header = _header()
    if len(data) > _MAX_BYTES or not data.startswith(header):
        return {}, {}
    # The payload is read in place, by a view: slicing it off copied the half megabyte twice, and the fresh
    # memory's page faults made that a third of a millisecond, a quarter of the read.
    start = data.find(b"\n", len(header)) + 1
    payload = memoryview(data)[start:]
    # A truncated or damaged file fails the checksum before any of it is read.
    if not start or data[len(header) : start - 1] != b"%08x" % zlib.crc32(payload):
        return {}, {}
    try:
        read = marshal.loads(payload)  # noqa: S302 - data only (see above)
    # A file that passed the checksum was written whole by a cache of the same versions, so this is a file
    # someone wrote on purpose: whatever it raises, the answer is to compile.
    except Exception:  # noqa: BLE001
        return {}, {}
    if type(read) is not tuple or len(read) != 2:  # the entries and the answers
        return {}, {}
    entries, answered = read
    if not isinstance(entries, dict) or not all(_entry(k, v) for k, v in entries.items()):
        return {}, {}
    if not isinstance(answered, dict) or not all(
        isinstance(k, str) and isinstance(v, bytes) for k, v in answered.items()
    ):
        return entries, {}
    return entries, answered


def _answers_of(blob: bytes | None) -> dict[str, int]:
    """The answers one key's blob holds, a dict; empty for none, or for a blob that holds anything else.

    Its items are not checked here (a loop over a thousand of them cost as much as reading them): a caller
    takes an answer that is not a whole number for none, and works it out."""
    if blob is None:
        return {}
    try:
        found = marshal.loads(blob)  # noqa: S302 - data only (see _load)
    except Exception:  # noqa: BLE001 - as in _load
        return {}
    return found if type(found) is dict else {}


def _merged_answers(store: _Store, on_disk: dict[str, bytes]) -> bool:
    """Merge the answers added here into those another process may have written since the file was read;
    whether any key's answers changed."""
    changed = False
    merged = {**on_disk, **{k: v for k, v in store.answer_blobs.items() if k not in on_disk}}
    for key in store.answered:
        theirs = _answers_of(on_disk.get(key))
        # A copy (one step under the GIL): a thread that parses on may add to the dict while this one saves.
        ours = dict(store.answers.get(key, {}))
        answers = {**theirs, **{q: a for q, a in ours.items() if q not in theirs}}
        if len(answers) > _ANSWERS_KEPT:
            answers = dict(itertools.islice(answers.items(), _ANSWERS_KEPT))
        if len(answers) > len(theirs):
            merged[key] = marshal.dumps(answers, _MARSHAL)
            changed = True
    store.answered = set()
    store.answer_blobs = merged
    return changed


def _entry(key: Any, value: Any) -> bool:
    return (
        isinstance(key, tuple)
        and len(key) == 3
        and isinstance(key[0], str)
        and isinstance(key[1], int)
        and isinstance(key[2], int)
        and isinstance(value, bytes)
    )


def _restore(blob: bytes, source: str) -> regex.Pattern[str] | None:
    try:
        args = marshal.loads(blob)  # noqa: S302 - data only (see _read)
        # The pattern's own text comes first: an entry holding another pattern's is not even rebuilt.
        if type(args) is not tuple or not args or args[0] != source:
            return None
        pattern = _REBUILD(*args)
    # As in _read: an entry that passed the file's checksum and still fails was written on purpose.
    except Exception:  # noqa: BLE001
        return None
    if not isinstance(pattern, regex.Pattern) or pattern.pattern != source:
        return None
    return pattern


def _write(path: str, payload: bytes) -> None:
    """Write the file whole or not at all: a reader sees the old file or the new one, never half of one."""
    import tempfile  # noqa: PLC0415 - only a process that writes needs it

    folder = os.path.dirname(path)
    os.makedirs(folder, mode=0o700, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=folder, prefix=".patterns-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(_header() + b"%08x\n" % zlib.crc32(payload) + payload)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
