"""Every compiled pattern of the library: none folds case fully (the cause of exponential searches).

Full case folding lets "ss" match "ß" in two ways, so a class like ``[\\w-]+`` can split a run of "s" in
exponentially many ways and a failed search never ends (issue 15: a title with 32 "s" took 1.8 s, 64 over
10 s). The test walks every module and the containers its globals hold, so a later pattern is checked too.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import TYPE_CHECKING

import regex

import beritaparse
from beritaparse.rules.flags import WORDS

if TYPE_CHECKING:
    from collections.abc import Iterator


def _modules() -> Iterator[object]:
    for info in pkgutil.walk_packages(beritaparse.__path__, "beritaparse."):
        if info.name.startswith(("beritaparse.spark", "beritaparse.scrapy")):
            continue  # optional extras: their patterns, if any, are checked where they are installed
        yield importlib.import_module(info.name)


def _patterns(value: object, depth: int = 0) -> Iterator[regex.Pattern[str]]:
    if isinstance(value, regex.Pattern):
        yield value
    elif depth < 3 and isinstance(value, (tuple, list, frozenset, set)):
        for item in value:
            yield from _patterns(item, depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for item in value.values():
            yield from _patterns(item, depth + 1)


def _all_patterns() -> list[tuple[str, regex.Pattern[str]]]:
    found = []
    for module in _modules():
        for name, value in vars(module).items():
            found.extend((f"{module.__name__}.{name}", p) for p in _patterns(value))
    return found


def test_the_walk_finds_the_library_patterns() -> None:
    names = {name.rsplit(".", 1)[0] for name, _ in _all_patterns()}
    # the shared rules and the page readers are where most patterns live; a walk that found none would pass
    # the test below vacuously
    assert {"beritaparse.rules.cues", "beritaparse.page.titles", "beritaparse.rules.credits"} <= names


def test_no_pattern_folds_case_fully() -> None:
    # FULLCASE is set by VERSION1 on every pattern but acts only together with IGNORECASE
    full = [name for name, p in _all_patterns() if p.flags & regex.IGNORECASE and p.flags & regex.FULLCASE]
    assert full == []


def test_word_flags_ignore_case_with_simple_folding() -> None:
    p = regex.compile(r"\b[\w-]+\.(?:com|id)\b", WORDS)
    assert p.search("Baca di KOMPAS.COM hari ini")
    assert not (p.flags & regex.IGNORECASE and p.flags & regex.FULLCASE)
    assert p.search("Straße.com") is not None
    # with simple folding "ss" is two letters, never one "ß"
    assert regex.compile("stra(ß)e", WORDS).search("strasse") is None


def test_full_folding_is_what_made_runs_of_s_explode() -> None:
    """The mechanism, shown on a count of steps rather than a clock: full folding has "ss" ~ "ß"."""
    full = regex.compile("ß", regex.IGNORECASE | regex.VERSION1)
    simple = regex.compile("ß", WORDS)
    assert full.fullmatch("ss") is not None
    assert simple.fullmatch("ss") is None
