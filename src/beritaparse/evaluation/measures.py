"""The measures: how a parsed value is compared with the gold, one function per kind of value.

The first five follow the project's external scorer to the letter, so ``beritaparse eval`` and the scorer
print the same figures:

>>> fold("  Harga   Beras ")
'harga beras'
>>> round(body_f1("harga beras naik lagi", "Harga beras naik"), 3)
0.857
>>> same_time("2024-05-13T13:26:00+07:00", "2024-05-13T13:24:00+07:00")  # within 5 minutes
True
>>> same_time("2024-05-13T13:24:00", "2024-05-13T13:24:00+07:00")  # a naive time never matches an aware one
False
>>> same_day("2024-05-13T23:30:00+00:00", "2024-05-14T06:30:00+07:00")  # the day in Jakarta time
True

The others compare the gold keys the scorer leaves out (see ``docs/evaluation.md``):

>>> names(["ANDI  Wijaya", "Budi"]) == names(["budi", "Andi Wijaya"])
True
>>> tag_set(["#Info Kesehatan"]) == tag_set(["info kesehatan"])
True
"""

from __future__ import annotations

import collections
import datetime as dt
import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

__all__ = [
    "body_f1",
    "caption_set",
    "fold",
    "heading_list",
    "names",
    "related_set",
    "same_day",
    "same_time",
    "tag_set",
    "tokens",
]

# The stdlib's \w, not the regex module's: the scorer tokenises with it, and the two differ on marks.
_WORD = re.compile(r"\w+", re.UNICODE)
_FIVE_MINUTES = 300.0
_JAKARTA = dt.timezone(dt.timedelta(hours=7))
_DAY_LENGTH = len("2024-05-13")


def fold(text: object) -> str:
    """White space runs folded to one space, case folded; ``None`` is the empty string."""
    return " ".join(str(text or "").split()).casefold()


def tokens(text: str | None) -> collections.Counter[str]:
    """The bag of case-folded words of ``text``."""
    return collections.Counter(w.casefold() for w in _WORD.findall(text or ""))


def body_f1(pred: str | None, gold: str | None) -> float:
    """Token F1 of two texts as bags of words; two empty texts agree (1.0)."""
    p, g = tokens(pred), tokens(gold)
    if not p and not g:
        return 1.0
    common = sum((p & g).values())
    if not common:
        return 0.0
    precision, recall = common / sum(p.values()), common / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def _instant(value: object) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None


def same_time(pred: object, gold: str | None) -> bool:
    """The publication time: the same instant within five minutes, or the same day where the gold is a day.

    A gold of ``None`` wants no time at all; a naive time never equals an aware one.
    """
    if gold is None:
        return pred in (None, "")
    if not pred:
        return False
    p = _instant(pred)
    if p is None:
        return False
    if len(gold) == _DAY_LENGTH:
        return p.date().isoformat() == gold
    g = dt.datetime.fromisoformat(gold)
    if (p.tzinfo is None) != (g.tzinfo is None):
        return False
    return abs((p - g).total_seconds()) <= _FIVE_MINUTES


def same_day(pred: object, gold: str | None) -> bool:
    """The publication day only, read in Jakarta time: the lenient view for parsers that drop the time."""
    if not gold or not pred:
        return not gold and not pred
    p = _instant(pred)
    if p is None:
        return False
    if p.tzinfo is not None:
        p = p.astimezone(_JAKARTA)
    return p.date().isoformat() == gold[:_DAY_LENGTH]


def names(values: Iterable[object] | None) -> frozenset[str]:
    """People (authors, editors) as a set of folded names: order and case do not count."""
    return frozenset(fold(v) for v in values or ())


def tag_set(values: Iterable[object] | None) -> frozenset[str]:
    """Tags as a set of folded texts without the ``#`` some templates show before a tag."""
    return frozenset(fold(v).lstrip("#").strip() for v in values or ())


def heading_list(values: Iterable[object] | None) -> tuple[str, ...]:
    """Subheadings as folded texts in reading order: order counts, since a heading opens a section."""
    return tuple(fold(v) for v in values or ())


def _text_of(item: object, key: str) -> object:
    return item.get(key) if isinstance(item, dict) else item


def caption_set(values: Iterable[Mapping[str, Any] | str] | None) -> frozenset[tuple[str, ...]]:
    """Captions as a set, each caption the sorted words of its text and credit together.

    Where a template runs the credit into the caption ("Foto banjir (AFP)") the split is a guess; the words
    are what a reader sees, so they are what is compared.

    >>> caption_set([{"text": "Foto banjir (AFP)", "credit": None}]) == caption_set(
    ...     [{"text": "foto  banjir", "credit": "AFP"}])
    True
    >>> caption_set([{"text": "Foto banjir"}]) == caption_set([{"text": "Foto banjir", "credit": "AFP"}])
    False
    """
    return frozenset(_caption_words(c) for c in values or ())


def _caption_words(caption: Mapping[str, Any] | str) -> tuple[str, ...]:
    credit = caption.get("credit") if isinstance(caption, dict) else None
    return tuple(sorted(tokens(f"{_text_of(caption, 'text') or ''} {credit or ''}").elements()))


def related_set(values: Iterable[Mapping[str, Any] | str] | None) -> frozenset[str]:
    """Related links as a set of folded titles; the address is not compared (a paste has none)."""
    return frozenset(fold(_text_of(r, "title")) for r in values or ())
