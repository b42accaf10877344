"""Per-page CPU instructions of named functions inside ``parse()``, each counted where it runs in a parse.

callgrind counts instructions per C function, and to it every Python function is the interpreter's eval loop:
a profile of ``parse()`` names no function of the library. cProfile does, but its per-call overhead weighs a
function by its number of calls, not its work (a loop over lxml elements in one call looks cheap beside many
small calls). This script builds a small C extension (gcc and Python's headers) holding one pass-through C
function per named Python function, wraps each named function so that it runs through its own C function,
and runs ``parse()`` over the folder under callgrind: each C function's inclusive count is its Python
function's, with the caches, the tree and the callers of a real parse. A warm-up round runs unwrapped first,
so imports, compiled patterns and first-call set-up are not counted.

    python bench/function_instructions.py FOLDER module:function [module:Class.method ...] [--rounds 2]

e.g. ``python bench/function_instructions.py tests/unseen beritaparse.page.generic:find
beritaparse.page.bylines:people beritaparse.page.dom:walk``. A function imported by name into other
modules is wrapped there too. A generator function's count is the making of its generator only: name the
function that consumes it. A wrapped function called very often (thousands of times a page) carries the
wrapper's own cost, some hundreds of instructions a call. Needs valgrind (with callgrind_annotate) and gcc.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import importlib
import os
import pathlib
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from typing import Any

_MODULE = "_bench_wrappers"
_TOTAL = "beritaparse.page.extract:parse"
# A line of callgrind_annotate --inclusive: "  1,234,567 (12.34%)  /tmp/.../_bench_wrappers.c:w3 [/tmp/...]".
_LINE = re.compile(r"^\s*([\d,]+)\s+\([^)]*\)\s+\S*" + _MODULE + r"\.c:w(\d+)\s")


def _source(count: int) -> str:
    """The extension: ``wK(f, args, kwargs)`` calls ``f(*args, **kwargs)``, one distinct C function per K."""
    lines = ["#define PY_SSIZE_T_CLEAN", "#include <Python.h>"]
    for k in range(count):
        lines.append(
            f"static __attribute__((noinline)) PyObject* w{k}(PyObject* self, PyObject* args) {{"
            " PyObject *f, *a, *kw;"
            ' if (!PyArg_UnpackTuple(args, "w", 3, 3, &f, &a, &kw)) return NULL;'
            " return PyObject_Call(f, a, kw == Py_None ? NULL : kw); }"
        )
    lines.append("static PyMethodDef methods[] = {")
    lines.extend(f'{{"w{k}", w{k}, METH_VARARGS, NULL}},' for k in range(count))
    lines.append("{NULL, NULL, 0, NULL}};")
    lines.append(
        f'static struct PyModuleDef module = {{PyModuleDef_HEAD_INIT, "{_MODULE}", NULL, -1, methods}};'
    )
    lines.append(f"PyMODINIT_FUNC PyInit_{_MODULE}(void) {{ return PyModule_Create(&module); }}")
    return "\n".join(lines) + "\n"


def _build(folder: pathlib.Path, count: int) -> None:
    source = folder / f"{_MODULE}.c"
    source.write_text(_source(count), encoding="utf-8")
    target = folder / f"{_MODULE}{sysconfig.get_config_var('EXT_SUFFIX')}"
    include = sysconfig.get_paths()["include"]
    command = ["gcc", "-O1", "-g", "-shared", "-fPIC", f"-I{include}", str(source), "-o", str(target)]
    subprocess.run(command, check=True)  # noqa: S603 (gcc on the file written above)


def _wrap(spec: str, runner: Any) -> None:
    """Make ``spec`` ("module:function" or "module:Class.method") run through ``runner``, wherever the
    function was imported by name too."""
    module_name, _, attribute = spec.partition(":")
    owner: Any = importlib.import_module(module_name)
    *path, name = attribute.split(".")
    for part in path:
        owner = getattr(owner, part)
    original = getattr(owner, name)

    @functools.wraps(original)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        return runner(original, args, kwargs or None)

    setattr(owner, name, wrapper)
    if path:
        return
    for module in list(sys.modules.values()):
        names = getattr(module, "__dict__", None)
        if not isinstance(names, dict):
            continue
        for key, value in list(names.items()):
            if value is original:
                setattr(module, key, wrapper)


def _child(build: pathlib.Path, rounds: int, folder: pathlib.Path, specs: list[str]) -> None:
    """The measured process: a warm-up round, then the wrappers, then ``rounds`` rounds."""
    import beritaparse  # noqa: PLC0415 (imported in the measured process only)
    from beritaparse.errors import BeritaparseError  # noqa: PLC0415
    from beritaparse.page import extract  # noqa: PLC0415

    sys.path.insert(0, str(build))
    runners = importlib.import_module(_MODULE)
    pages = [p.read_bytes() for p in sorted(folder.rglob("*.html"))]
    # A non-article page costs what it costs; its error is part of the work.
    quiet = contextlib.suppress(BeritaparseError)
    for page in pages:
        with quiet:
            beritaparse.parse(page)
    for k, spec in enumerate(specs):
        _wrap(spec, getattr(runners, f"w{k}"))
    for _ in range(rounds):
        for page in pages:
            with quiet:
                extract.parse(page)


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        _child(pathlib.Path(sys.argv[2]), int(sys.argv[3]), pathlib.Path(sys.argv[4]), sys.argv[5:])
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=pathlib.Path)
    parser.add_argument("functions", nargs="+", help="module:function or module:Class.method")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    for tool in ("valgrind", "callgrind_annotate", "gcc"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is not on the PATH")
    pages = sum(1 for _ in args.folder.rglob("*.html"))
    if not pages:
        raise SystemExit(f"no .html pages under {args.folder}")
    specs = [*args.functions, _TOTAL]
    with tempfile.TemporaryDirectory() as tmp:
        build = pathlib.Path(tmp)
        _build(build, len(specs))
        out = build / "callgrind.out"
        command = [
            "valgrind",
            "--tool=callgrind",
            "--dump-instr=no",
            f"--callgrind-out-file={out}",
            sys.executable,
            __file__,
            "--child",
            str(build),
            str(args.rounds),
            str(args.folder),
            *specs,
        ]
        # A fixed hash seed: set and dict orders, and so the instructions spent, are the same in every run.
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        subprocess.run(command, env=env, capture_output=True, check=True)  # noqa: S603 (our own script, with our interpreter)
        annotated = subprocess.run(  # noqa: S603 (callgrind's own reader of the file written above)
            ["callgrind_annotate", "--inclusive=yes", "--threshold=100", str(out)],  # noqa: S607
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    counts: dict[str, int] = {}
    for line in annotated.splitlines():
        found = _LINE.match(line)
        if found is not None:
            counts[specs[int(found.group(2))]] = int(found.group(1).replace(",", ""))
    runs = pages * args.rounds
    for spec in sorted(specs, key=lambda s: -counts.get(s, 0)):
        print(f"{counts.get(spec, 0) / runs / 1e6:8.3f} M instructions/page  {spec}")


if __name__ == "__main__":
    main()
