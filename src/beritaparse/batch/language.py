"""A cheap check that a text is Indonesian, for ``--only-indonesian``: the share of very common Indonesian
function words among its words.

Indonesian news prose has one word in five or more from this list; English has next to none. Malay shares
most of these words and passes too; telling the two apart needs more than a word list.

>>> looks_indonesian("Presiden mengatakan bahwa harga beras di pasar tidak akan naik pada tahun ini.")
True
>>> looks_indonesian("The president said that rice prices in the market will not rise this year at all.")
False
"""

from __future__ import annotations

import regex

from beritaparse.rules.cues import FUNCTION_WORDS

__all__ = ["MIN_SHARE", "MIN_WORDS", "looks_indonesian"]

_WORD = regex.compile(r"\p{L}+")
MIN_WORDS = 12
"""Texts with fewer words are given the benefit of the doubt: too short to judge."""
MIN_SHARE = 0.08
"""The share of function words from which a text counts as Indonesian."""


def looks_indonesian(text: str) -> bool:
    """Whether ``text`` reads as Indonesian (or is too short to tell)."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < MIN_WORDS:
        return True
    hits = sum(1 for w in words if w in FUNCTION_WORDS)
    return hits / len(words) >= MIN_SHARE
