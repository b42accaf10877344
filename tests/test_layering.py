"""Imports point one way (docs/architecture.md, "Layers"): every module of the package is read with ``ast``,
and each import of a beritaparse module, at the top, under ``TYPE_CHECKING`` or inside a function, must go
to a module of the same layer (when the layer allows it) or of a layer below."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import beritaparse

PACKAGE = Path(beritaparse.__file__).parent

# Lowest first. A module is in the entry of the longest prefix listed here. Entries of one layer may import
# each other only where the layer is open: the two inputs (page, paste) and the two normalisers (dates,
# numbers) stay apart, while the public API and the tools built on the parsers may use one another.
LAYERS: tuple[tuple[tuple[str, ...], bool], ...] = (
    (("beritaparse.errors", "beritaparse.cache"), False),
    (("beritaparse.dates", "beritaparse.numbers"), False),
    (("beritaparse.model",), False),
    (("beritaparse.table",), False),
    (("beritaparse.lexicon",), False),
    (("beritaparse.rules",), False),
    (("beritaparse.outlets",), False),
    (("beritaparse.page", "beritaparse.paste"), False),
    (("beritaparse.samples", "beritaparse.evaluation", "beritaparse.batch"), True),
    (
        (
            "beritaparse",
            "beritaparse.__main__",
            "beritaparse.cli",
            "beritaparse.scrapy",
            "beritaparse.spark",
            "beritaparse.text",
        ),
        True,
    ),
)

ROOT_MODULES = {
    "__init__",
    "__main__",
    "cli",
    "errors",
    "model",
    "scrapy",
    "spark",
    "table",
    "text",
}
"""The package root holds only public modules; everything else sits in a subpackage."""


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _group(module: str) -> str:
    """The layer entry a module belongs to: the longest listed prefix."""
    best = ""
    for layer, _ in LAYERS:
        for name in layer:
            # The root's own entry stands for the root module only, so a new subpackage needs a layer.
            prefix = name != "beritaparse" and module.startswith(name + ".")
            if (module == name or prefix) and len(name) > len(best):
                best = name
    return best


def _rank(group: str) -> int:
    return next(i for i, (layer, _) in enumerate(LAYERS) if group in layer)


def _targets(source: str, module: str, *, is_package: bool = False) -> list[tuple[str, int]]:
    """Every beritaparse module ``source`` imports, with the line, wherever the import statement is."""
    package = module if is_package else module.rpartition(".")[0]
    found: list[tuple[str, int]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.extend((alias.name, node.lineno) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                source_module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                source_module = node.module or ""
            for alias in node.names:
                # "from beritaparse import outlets" imports the subpackage, not the root's namespace.
                sub = f"{source_module}.{alias.name}"
                found.append((sub if _is_module(sub) else source_module, node.lineno))
    return [(t, line) for t, line in found if t == "beritaparse" or t.startswith("beritaparse.")]


def _is_module(name: str) -> bool:
    path = PACKAGE.parent / Path(*name.split("."))
    return path.is_dir() or path.with_suffix(".py").is_file()


def _allowed(importer: str, target: str) -> bool:
    a, b = _group(importer), _group(target)
    if a == b:
        return True
    ra, rb = _rank(a), _rank(b)
    if rb < ra:
        return True
    if rb == ra:
        return LAYERS[ra][1]
    return False


MODULES = sorted(PACKAGE.rglob("*.py"))


def test_every_module_has_a_layer():
    missing = [_module_name(p) for p in MODULES if not _group(_module_name(p))]
    assert missing == []


def test_the_root_holds_only_public_modules():
    assert {p.stem for p in PACKAGE.glob("*.py")} <= ROOT_MODULES


@pytest.mark.parametrize("path", MODULES, ids=_module_name)
def test_imports_point_down(path):
    module = _module_name(path)
    wrong = [
        f"{module}:{line} imports {target} ({_group(module)} -> {_group(target)})"
        for target, line in _targets(
            path.read_text(encoding="utf-8"), module, is_package=path.name == "__init__.py"
        )
        if not _allowed(module, target)
    ]
    assert wrong == []


def test_the_check_sees_imports_inside_functions_and_type_checking_blocks():
    # A late import would hide a cycle from a check of the top of the file only.
    source = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from beritaparse.outlets.base import Outlet\n"
        "def f():\n"
        "    from ..page import html\n"
        "    return html\n"
    )
    targets = sorted(t for t, _ in _targets(source, "beritaparse.rules.credits"))
    assert targets == ["beritaparse.outlets.base", "beritaparse.page.html"]
    assert not any(_allowed("beritaparse.rules.credits", t) for t in targets)
