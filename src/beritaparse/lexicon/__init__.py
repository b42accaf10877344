"""Indonesian and markup knowledge as data: the word tables every rule builds its patterns from.

Each module holds one kind of knowledge, as plain words and phrases (lower case, single spaces), never as
code paths: a word added here reaches every pattern that reads its table, on pages and in pasted text alike.

- :mod:`~beritaparse.lexicon.roles`: the words that credit people (author, editor, photographer, source).
- :mod:`~beritaparse.lexicon.phrases`: cue phrases that mark a line as something else than article text,
  with the reason it is set aside (related links, advertisements, promotions, share prompts, paging).
- :mod:`~beritaparse.lexicon.markup`: class and id words, tag sets and hiding styles of HTML templates.
- :mod:`~beritaparse.lexicon.names`: news agencies, photo sources, organisation words, web domain endings.
- :mod:`~beritaparse.lexicon.language`: function words, sentence ends, words a line cannot end on.
- :mod:`~beritaparse.lexicon.calendar`: weekday and time zone names, read from the dates table.
- :mod:`~beritaparse.lexicon.pages`: words of pages that are no article (error pages, consent notices,
  index addresses and titles, search parameters).

:func:`alternation` writes a table as a regular expression alternation, the one way tables become patterns.

>>> from beritaparse.lexicon import alternation
>>> alternation(["baca juga", "baca", "lihat juga"])
'(?:lihat\\\\s+juga|baca\\\\s+juga|baca)'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["alternation"]


def alternation(phrases: Iterable[str]) -> str:
    """A non-capturing ``regex`` alternation of ``phrases``: special characters escaped, each space any run
    of white space, longest phrase first (so "pewarta foto" is tried before "pewarta")."""
    unique = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "(?:" + "|".join(r"\s+".join(_escape(w) for w in p.split()) for p in unique) + ")"


def _escape(word: str) -> str:
    # regex.escape walks the text a character at a time in Python; a word of letters and digits, most of the
    # lexicon, has nothing to escape (a thousand words are escaped at import).
    return word if word.isalnum() else regex.escape(word)
