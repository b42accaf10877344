"""The tests run against one beritaparse: the installed wheel on CI, the source tree in development."""

from __future__ import annotations

import os
import pathlib
import sys

import beritaparse

PACKAGE = pathlib.Path(beritaparse.__file__).parent
SOURCE = pathlib.Path(__file__).parent.parent / "src" / "beritaparse"


def test_every_loaded_module_is_from_the_imported_package():
    # A module loaded from the other copy (src/ beside an installed wheel) would test code that is not
    # the package's: its doctests, or a class that fails isinstance checks against the package's own.
    stray = {
        name: module.__file__
        for name, module in list(sys.modules.items())
        if (name == "beritaparse" or name.startswith("beritaparse."))
        and getattr(module, "__file__", None)
        and not pathlib.Path(module.__file__).is_relative_to(PACKAGE)
    }
    assert stray == {}


def test_ci_tests_the_installed_wheel():
    # .ci/run sets this after installing the built wheel.
    if not os.environ.get("BERITAPARSE_TEST_INSTALLED"):
        return
    # Not src/; the CI venv itself may sit inside the checkout.
    assert not PACKAGE.is_relative_to(SOURCE.parent), PACKAGE
    assert "site-packages" in PACKAGE.parts
    assert (PACKAGE / "samples" / "detik-finance-2024.html").is_file()
    assert (PACKAGE / "py.typed").is_file()
