"""Every compiled pattern of the library: none folds case fully (the cause of exponential searches), and
none reads a case class (``\\p{Lu}``) while ignoring case.

Full case folding lets "ss" match "ß" in two ways, so a class like ``[\\w-]+`` can split a run of "s" in
exponentially many ways and a failed search never ends (issue 15: a title with 32 "s" took 1.8 s, 64 over
10 s). The test walks every module and the containers its globals hold, so a later pattern is checked too,
and every outlet adapter's compiled patterns; a pattern compiled on first use
(:class:`~beritaparse.rules.flags.LazyPattern`) is compiled here to be read.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import TYPE_CHECKING

import pytest
import regex

import beritaparse
from beritaparse.dates import _grammar
from beritaparse.dates._grammar import Rule
from beritaparse.outlets import OUTLETS
from beritaparse.rules.cues import CueTable
from beritaparse.rules.flags import WORDS, LazyPattern, lazy

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
    elif isinstance(value, LazyPattern):
        yield value.compiled
    elif isinstance(value, CueTable):
        yield from (p.compiled for p in value.patterns)  # the alternation and each gated row
    elif isinstance(value, Rule):
        yield value.pattern  # a date rule, compiled on first use too
    elif depth < 3 and isinstance(value, (tuple, list, frozenset, set)):
        for item in value:
            yield from _patterns(item, depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for item in value.values():
            yield from _patterns(item, depth + 1)


def _adapter_patterns() -> Iterator[tuple[str, regex.Pattern[str]]]:
    # An adapter's patterns are compiled on first use, inside its Outlet value: touch each to compile it.
    for outlet in OUTLETS.values():
        for field in ("signal_patterns", "dateline_pattern", "chrome_patterns", "closing_pattern"):
            for p in _patterns(getattr(outlet, field)):
                yield f"beritaparse.outlets.{outlet.id}.{field}", p


def _all_patterns() -> list[tuple[str, regex.Pattern[str]]]:
    found = []
    for module in _modules():
        for name, value in vars(module).items():
            found.extend((f"{module.__name__}.{name}", p) for p in _patterns(value))
    # The date rules are built on first use: no module attribute holds them until then.
    found.extend(("beritaparse.dates._grammar.RULES", p) for p in _patterns(_grammar.RULES))
    found.extend(_adapter_patterns())
    return found


# Unicode properties whose meaning is a letter's case; under IGNORECASE ``regex`` lets them match either case.
# Names as the scanner reduces them ("Uppercase_Letter" -> "uppercaseletter").
_CASE_PROPERTIES = frozenset(("lu", "ll", "lt", "lc", "l&", "upper", "lower", "uppercase", "lowercase")) | {
    "casedletter",
    "uppercaseletter",
    "lowercaseletter",
    "titlecaseletter",
}
_PROPERTY = regex.compile(r"\\[pP]\{\^?([^}]*)\}")
_FLAG_GROUP = regex.compile(r"\(\?([a-zA-Z]*)(?:-([a-zA-Z]*))?([:)])")


def _source(p: regex.Pattern[str]) -> str:
    source: str | bytes = p.pattern
    return source.decode("latin-1") if isinstance(source, bytes) else source


def _folded_case_classes(source: str, *, ignore: bool) -> list[str]:
    """The case classes of ``source`` read while case is ignored, following scoped ``(?i:...)``/``(?-i:...)``.

    A small scanner, not a parser: escapes, character classes and groups are enough to follow the scopes.
    """
    found: list[str] = []
    scopes: list[bool] = []
    i, in_class = 0, False
    while i < len(source):
        m = _PROPERTY.match(source, i)
        if m is not None:
            name = m[1].casefold().replace("_", "").replace(" ", "").rsplit("=", 1)[-1]
            if ignore and name in _CASE_PROPERTIES:
                found.append(m[0])
            i = m.end()
        elif source[i] == "\\":
            i += 2
        elif in_class:
            if ignore and source.startswith(("[:upper:]", "[:lower:]"), i):
                found.append(source[i : i + 9])
            in_class = source[i] != "]"
            i += 1
        elif source[i] == "[":
            in_class = True
            i += 1
            i += source.startswith("^", i)
            i += source.startswith("]", i)  # a "]" first in a class is a literal
        elif (m := _FLAG_GROUP.match(source, i)) is not None:
            new = True if "i" in (m[1] or "") else False if "i" in (m[2] or "") else ignore
            if m[3] == ":":
                scopes.append(ignore)
            ignore = new
            i = m.end()
        else:
            if source[i] == "(":
                scopes.append(ignore)
            elif source[i] == ")" and scopes:
                ignore = scopes.pop()
            i += 1
    return found


def test_the_walk_finds_the_library_patterns() -> None:
    names = {name.rsplit(".", 1)[0] for name, _ in _all_patterns()}
    # the shared rules and the page readers are where most patterns live; a walk that found none would pass
    # the test below vacuously
    assert {"beritaparse.rules.cues", "beritaparse.page.titles", "beritaparse.rules.credits"} <= names


def test_the_walk_reads_patterns_compiled_on_first_use() -> None:
    names = {name for name, _ in _all_patterns()}
    # FULL_LINE_CUES reads its rows as LazyPatterns, never compiled by the import: the alternation and the
    # rows gated by their words (six of them)
    assert "beritaparse.rules.cues.FULL_LINE_CUES" in names
    assert sum(name == "beritaparse.rules.cues.FULL_LINE_CUES" for name, _ in _all_patterns()) >= 2
    assert "beritaparse.rules.cues.RELATED_CUE" in names


def test_a_lazy_pattern_compiles_once_and_answers_as_the_compiled_one() -> None:
    p = lazy(r"baca\s+(?P<what>juga)", WORDS)
    assert "compiled" not in vars(p)  # nothing compiled by writing it
    m = p.search("Simak. BACA JUGA: x")
    assert m is not None
    assert m["what"] == "JUGA"
    assert vars(p)["compiled"] is p.compiled
    assert p.search == p.compiled.search  # later calls go straight to the compiled pattern
    assert p.sub("-", "baca juga") == "-"
    assert [m.group() for m in p.finditer("baca juga, baca  juga")] == ["baca juga", "baca  juga"]
    assert p.groupindex == {"what": 1}


def test_no_pattern_folds_case_fully() -> None:
    # FULLCASE is set by VERSION1 on every pattern but acts only together with IGNORECASE
    full = [name for name, p in _all_patterns() if p.flags & regex.IGNORECASE and p.flags & regex.FULLCASE]
    assert full == []


def test_no_scoped_ignore_case_folds_fully() -> None:
    # VERSION1 sets FULLCASE on the whole pattern, so a scoped (?i:...) inside it folds fully: such
    # patterns are compiled VERSION0 (rules.flags.CASED), where a scoped group folds simply.
    scoped = [
        name
        for name, p in _all_patterns()
        if p.flags & regex.FULLCASE and any("i" in (m[1] or "") for m in _FLAG_GROUP.finditer(_source(p)))
    ]
    assert scoped == []


def test_the_walk_finds_every_adapters_patterns() -> None:
    names = {name for name, _ in _all_patterns()}
    assert "beritaparse.outlets.kontan.dateline_pattern" in names
    assert "beritaparse.outlets.detik.closing_pattern" in names
    assert {n.split(".")[2] for n in names if n.startswith("beritaparse.outlets.")} == set(OUTLETS)


def test_no_pattern_reads_a_case_class_while_ignoring_case() -> None:
    # Under IGNORECASE "\\p{Lu}" matches "p" too: a dateline pattern read "Pemerintah menaikkan harga" as a
    # capitalised place (issue 12). Capitals and initials are read with case kept, words in a scoped (?i:).
    folded = {
        name: found
        for name, p in _all_patterns()
        if (found := _folded_case_classes(_source(p), ignore=bool(p.flags & regex.IGNORECASE)))
    }
    assert folded == {}


@pytest.mark.parametrize(
    ("source", "flags", "found"),
    [
        (r"\p{Lu}\p{Ll}+", WORDS, [r"\p{Lu}", r"\p{Ll}"]),
        (r"\p{Lu}\p{Ll}+", regex.VERSION0, []),
        (r"(?-i:\p{Lu})x(?i:\p{Lu})", regex.VERSION0, [r"\p{Lu}"]),
        (r"(?i)[\p{Lu}\d]", regex.VERSION0, [r"\p{Lu}"]),
        (r"(?i:a(b)c)\p{Lu}", regex.VERSION0, []),
        (r"[[:upper:]\]]+", WORDS, ["[:upper:]"]),
        (r"\\p{Lu}[\p{L}\p{N}]", WORDS, []),
        (r"\p{Script=Latin}\p{General_Category=Lu}", WORDS, [r"\p{General_Category=Lu}"]),
    ],
)
def test_the_case_class_scanner_follows_scopes(source: str, flags: int, found: list[str]) -> None:
    assert _folded_case_classes(source, ignore=bool(flags & regex.IGNORECASE)) == found


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
