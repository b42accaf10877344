"""Doctests of ``src/beritaparse`` run against the beritaparse that is imported, not a second copy of it.

CI builds the wheel, installs it and runs the tests against the installed package (``.ci/run``). pytest
imports each ``src/beritaparse`` file it collects doctests from (``--import-mode=importlib``), but takes a
module already in ``sys.modules`` under that name as it is. So every module of the imported package is
imported here first: with the wheel installed its doctests are the wheel's; with an editable install or
``PYTHONPATH=src`` they are the source tree's, as before.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import tempfile

# The tests never write to the user's cache of compiled patterns (beritaparse.cache.patterns): the session and
# every process it starts use a folder of their own, set before the first pattern compiles and removed at
# the end. Tests of the cache itself point it elsewhere again.
_PATTERN_CACHE = tempfile.TemporaryDirectory(prefix="beritaparse-test-patterns-")
os.environ["BERITAPARSE_CACHE_DIR"] = _PATTERN_CACHE.name
os.environ.pop("BERITAPARSE_NO_CACHE", None)

import beritaparse  # noqa: E402 - after the cache folder is set


def _import_all() -> None:
    for info in pkgutil.walk_packages(beritaparse.__path__, "beritaparse."):
        if info.name.endswith(".__main__"):
            continue  # runs the command line when imported
        importlib.import_module(info.name)


_import_all()
