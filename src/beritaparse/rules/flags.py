"""How the library's patterns are compiled: the flags of case-insensitive patterns, and on first use.

``regex.VERSION1`` with ``IGNORECASE`` turns on *full* case folding, under which "ss" matches "ß" and "ff"
matches "ﬀ" in two ways each: a class such as ``[\\w-]+`` then has exponentially many ways to split a run of
"s" or "f", and a failed search over a title like "Judul - sssss...s x.c" took minutes. Indonesian text needs
only simple case folding, which ``VERSION0`` gives, so no pattern here ever folds fully.

Compiling is the dear part of a pattern: the ``regex`` parser is written in Python and takes about ten
microseconds a character, so the library's tables compiled at import cost more than everything else
``import beritaparse`` does. A module-level pattern is therefore a :class:`LazyPattern`: written at import,
compiled when a text first needs it, then answering with the compiled pattern's own methods.

>>> p = lazy(r"baca\\s+juga", WORDS)
>>> p.match("BACA JUGA: Harga Cabai Turun").group()
'BACA JUGA'
>>> p.pattern, p.compiled is p.compiled
('baca\\\\s+juga', True)
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

import regex

from beritaparse.cache.patterns import compile_pattern

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Mapping

__all__ = ["CASED", "WORDS", "LazyPattern", "lazy"]

#: Case-insensitive, simple case folding: the flags for word and cue patterns.
WORDS = regex.IGNORECASE | regex.VERSION0

#: Case kept, for patterns that read capitals and initials (``\\p{Lu}`` is upper case only); the words
#: inside them that may come in any case go in a scoped ``(?i:...)``, which ``VERSION0`` folds simply too.
CASED = regex.VERSION0

# The methods a compiled pattern lends its LazyPattern once it exists (the library calls no others).
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """A ``regex`` pattern that compiles the first time one of its methods is called.

    The methods take the same arguments as :class:`regex.Pattern`'s. The first call compiles the pattern
    and puts the compiled pattern's own bound methods on the instance, so later calls go straight to
    ``regex`` without a call through this class. :attr:`compiled` is the pattern itself (what a test that
    walks every pattern of the library reads).
    """

    def __init__(self, source: str, flags: int = 0) -> None:
        self.pattern = source
        self.flags = flags

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r}, {self.flags!r})"

    @functools.cached_property
    def compiled(self) -> regex.Pattern[str]:
        """The compiled pattern (compiled on first use, then kept)."""
        compiled = compile_pattern(self.pattern, self.flags)
        for name in _METHODS:
            setattr(self, name, getattr(compiled, name))
        return compiled

    @property
    def groupindex(self) -> Mapping[str, int]:
        return self.compiled.groupindex

    def search(
        self, string: str, pos: int | None = None, endpos: int | None = None
    ) -> regex.Match[str] | None:
        return self.compiled.search(string, pos, endpos)

    def match(
        self, string: str, pos: int | None = None, endpos: int | None = None
    ) -> regex.Match[str] | None:
        return self.compiled.match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int | None = None, endpos: int | None = None
    ) -> regex.Match[str] | None:
        return self.compiled.fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int | None = None, endpos: int | None = None
    ) -> Iterator[regex.Match[str]]:
        return self.compiled.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int | None = None, endpos: int | None = None) -> list[Any]:
        return self.compiled.findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[regex.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled.sub(repl, string, count)

    def subn(
        self, repl: str | Callable[[regex.Match[str]], str], string: str, count: int = 0
    ) -> tuple[str, int]:
        return self.compiled.subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled.split(string, maxsplit)


def lazy(source: str, flags: int = 0) -> LazyPattern:
    """``regex.compile(source, flags)``, done when the pattern is first used."""
    return LazyPattern(source, flags)
