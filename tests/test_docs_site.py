"""The documentation site: every page in the nav, every example a doctest the site shows as code.

CI builds the site itself (`mkdocs build --strict` in .ci/run); these tests keep the pages and mkdocs.yml in
step and check the docstring rewriting of tools/griffe_rest.py, which the build uses.
"""

from __future__ import annotations

import importlib.util
import pathlib
import re
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from types import ModuleType

ROOT = pathlib.Path(__file__).parent.parent
DOCS = ROOT / "docs"
PAGES = sorted(DOCS.glob("*.md"))
# A nav entry of mkdocs.yml: "  - Title: page.md".
_NAV_ENTRY = re.compile(r"^\s*-\s+[^:\n]+:\s+(\S+\.md)\s*$", re.MULTILINE)


def _nav() -> list[str]:
    return _NAV_ENTRY.findall((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))


def test_nav_lists_every_page_once() -> None:
    nav = _nav()
    missing = sorted({page.name for page in PAGES} - set(nav))
    assert missing == [], "add these pages to the nav of mkdocs.yml"
    assert sorted(nav) == sorted(page.name for page in PAGES), "the nav names a page that docs/ lacks"
    assert len(nav) == len(set(nav))


def _outside_fences(text: str) -> list[str]:
    """The ``>>>`` lines of a page that are neither in a fenced code block nor in an HTML comment."""
    found: list[str] = []
    fenced = commented = False
    for line in text.splitlines():
        stripped = line.strip()
        if not commented and stripped.startswith("```"):
            fenced = not fenced
        elif not fenced and "<!--" in stripped:
            commented = "-->" not in stripped.split("<!--", 1)[1]
        elif commented and "-->" in stripped:
            commented = False
        elif not fenced and not commented and stripped.startswith(">>>"):
            found.append(line)
    return found


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_examples_are_fenced(page: pathlib.Path) -> None:
    # A bare doctest would still run under pytest but show on the site as nested quotes.
    assert _outside_fences(page.read_text(encoding="utf-8")) == []


def test_outside_fences_finds_bare_examples() -> None:
    text = "Text\n>>> 1\n1\n\n```python\n>>> 2\n2\n\n```\n<!--\n>>> 3\n\n-->\n>>> 4\n"
    assert _outside_fences(text) == [">>> 1", ">>> 4"]


@pytest.fixture(scope="module")
def griffe_rest() -> ModuleType:
    pytest.importorskip("griffe", reason="the site's docstring extension needs griffe (the 'docs' extra)")
    spec = importlib.util.spec_from_file_location("griffe_rest", ROOT / "tools" / "griffe_rest.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("rest", "markdown"),
    [
        (":class:`~beritaparse.model.Article`", "`Article`"),
        (":func:`beritaparse.parse`", "`beritaparse.parse`"),
        (":meth:`Article.to_dict` and :mod:`beritaparse.dates`", "`Article.to_dict` and `beritaparse.dates`"),
        (":data:`the key <beritaparse.scrapy.META_KEY>`", "`the key`"),
        (":param x: is a field, not a role", ":param x: is a field, not a role"),
        ("``double`` stays Markdown code", "``double`` stays Markdown code"),
    ],
)
def test_roles_become_code_spans(griffe_rest: ModuleType, rest: str, markdown: str) -> None:
    assert griffe_rest.to_markdown(rest) == markdown


def test_doctest_block_in_a_list_item_keeps_its_indent(griffe_rest: ModuleType) -> None:
    rest = "- item:\n\n  >>> 1 + 1\n  2\n\n- next"
    assert griffe_rest.to_markdown(rest).splitlines() == [
        "- item:",
        "",
        "  ```pycon",
        "  >>> 1 + 1",
        "  2",
        "  ```",
        "",
        "- next",
    ]


def test_code_block_directive(griffe_rest: ModuleType) -> None:
    rest = "Run:\n\n.. code-block:: python\n\n    x = 1\n\n        y = 2\n\nAfter."
    assert griffe_rest.to_markdown(rest).splitlines() == [
        "Run:",
        "",
        "```python",
        "x = 1",
        "",
        "    y = 2",
        "```",
        "",
        "After.",
    ]


def test_literal_block_after_a_lone_double_colon(griffe_rest: ModuleType) -> None:
    assert griffe_rest.to_markdown("Text.\n\n::\n\n    a::b\n\nEnd.").splitlines() == [
        "Text.",
        "",
        "",
        "```",
        "a::b",
        "```",
        "",
        "End.",
    ]


def test_double_colon_without_a_block_is_left_alone(griffe_rest: ModuleType) -> None:
    assert griffe_rest.to_markdown("C++ style a::b::") == "C++ style a::b::"
