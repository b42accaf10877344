"""Doctests of ``src/beritaparse`` run against the beritaparse that is imported, not a second copy of it.

CI builds the wheel, installs it and runs the tests against the installed package (``.ci/run``). pytest
imports each ``src/beritaparse`` file it collects doctests from (``--import-mode=importlib``), but takes a
module already in ``sys.modules`` under that name as it is. So every module of the imported package is
imported here first: with the wheel installed its doctests are the wheel's; with an editable install or
``PYTHONPATH=src`` they are the source tree's, as before.
"""

from __future__ import annotations

import importlib
import pkgutil

import beritaparse


def _import_all() -> None:
    for info in pkgutil.walk_packages(beritaparse.__path__, "beritaparse."):
        if info.name.endswith(".__main__"):
            continue  # runs the command line when imported
        importlib.import_module(info.name)


_import_all()
