"""Read the article from the whole page by text and link density, when no container can be trusted.

The last extractor of the page before the page's own structured data, in the manner of jusText: the
whole ``<body>`` is walked into blocks (:func:`beritaparse.page.dom.walk`), and each block is judged in two
separate passes, so a wrong result can be traced to one step.

1. *Alone*: a block that is one link or a related-links line is ``bad`` (a hidden one only ``short``);
   a paragraph long
   enough and dense in function words ("yang", "dan", "di"... or "the", "of"...) is ``good``; a shorter one
   that still reads as prose is ``near``; the rest is ``short``.
2. *By its neighbours*: a ``near`` or ``short`` block between two ``good`` ones (looking past other short
   blocks) is good too; a heading just above good text stays with it.

The article is then the stretch of the page with the most good text after a penalty for the bad text it
would take in (so the teasers of a sidebar, good prose as they may be, stay out when links and menus
separate them from the story). Captions, bylines and related-link lines inside that stretch are handed on
with their hints, for :func:`beritaparse.rules.blocks.clean` to sort.

>>> import lxml.html
>>> one = "Warga di pesisir utara Jakarta mengungsi ke tempat yang lebih tinggi sejak pagi, kata polisi."
>>> two = "Menurut petugas, air laut naik dan merendam jalan di kawasan itu hingga sore."
>>> doc = lxml.html.document_fromstring(
...     "<html><body><div><a href=/>Beranda</a></div><div><a href=/a>Berita lain yang panjang</a></div>"
...     f"<div>{one}</div><div>{two}</div></body></html>")
>>> [c.text[:20] for c in read(doc)]
['Warga di pesisir uta', 'Menurut petugas, air']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from beritaparse.page import dom
from beritaparse.rules import cues
from beritaparse.rules.strings import words_of

if TYPE_CHECKING:
    from collections.abc import Collection

    from lxml.html import HtmlElement

    from beritaparse.rules.blocks import Candidate

__all__ = ["Verdict", "judge", "read", "reads_as_prose"]

Verdict = Literal["good", "near", "short", "bad"]

# Function words: prose is dense in them, menus and teaser titles are not. Indonesian first, then English
# for the English-language outlets.
_STOP_WORDS = frozenset(
    {
        "yang",
        "dan",
        "di",
        "ke",
        "dari",
        "ini",
        "itu",
        "dengan",
        "untuk",
        "pada",
        "dalam",
        "tidak",
        "akan",
        "juga",
        "adalah",
        "ada",
        "oleh",
        "karena",
        "bahwa",
        "atau",
        "sudah",
        "telah",
        "saat",
        "kata",
        "ia",
        "dia",
        "mereka",
        "kami",
        "kita",
        "para",
        "lebih",
        "bisa",
        "dapat",
        "seperti",
        "namun",
        "tersebut",
        "hingga",
        "sebagai",
        "menjadi",
        "masih",
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "is",
        "that",
        "for",
        "on",
        "with",
        "as",
        "was",
        "by",
        "it",
        "at",
        "from",
        "he",
        "she",
        "said",
        "has",
        "have",
        "be",
        "are",
        "were",
        "will",
        "its",
        "an",
    }
)
_GOOD_LENGTH = 90
_NEAR_LENGTH = 40
_GOOD_DENSITY = 0.18
_NEAR_DENSITY = 0.12
_SHORT_LENGTH = 15
# Short blocks looked past when asking whether a block sits between good ones.
_REACH = 3
_BAD_WEIGHT = 1.0
_RELATED_CUE = cues.OpeningGate(cues.RELATED_CUE)
_HANDED_ON = frozenset({"caption", "byline", "related", "emphasis", "title"})


def _density(text: str) -> float:
    words = words_of(text)
    return sum(w in _STOP_WORDS for w in words) / len(words) if words else 0.0


def reads_as_prose(text: str) -> bool:
    """True when ``text`` is dense enough in function words to be sentences (not a title or a name list)."""
    return _density(text) >= _NEAR_DENSITY


def _alone(c: Candidate) -> Verdict:
    text = c.text
    if c.hint == "hidden":
        # Not seen on the page: it neither joins nor separates the text around it.
        return "short"
    if c.hint == "related" or c.url is not None:
        return "bad"
    if c.hint == "caption" and len(text) >= _GOOD_LENGTH and _density(text) >= _NEAR_DENSITY:
        # A photo's description in sentences is text of the page (a photo story tells itself so); it
        # stays a caption for the rules to sort.
        return "good"
    if c.hint is not None or c.kind != "paragraph" or len(text) < _SHORT_LENGTH:
        return "short"
    density = _density(text)
    if len(text) >= _GOOD_LENGTH and density >= _GOOD_DENSITY:
        return "good"
    if len(text) >= _NEAR_LENGTH and density >= _NEAR_DENSITY:
        return "near"
    return "short"


def _good_side(verdicts: list[Verdict], i: int, step: int) -> bool:
    j = i + step
    for _ in range(_REACH):
        if not 0 <= j < len(verdicts):
            return False
        if verdicts[j] == "good":
            return True
        if verdicts[j] == "bad":
            return False
        j += step
    return False


def judge(blocks: list[Candidate]) -> list[Verdict]:
    """The two passes: each block alone, then each near or short block by its neighbours.

    A "Baca juga: <title>" line stands between an article's paragraphs, not between the article and the
    page around it: the neighbours of a block are looked for past such lines (they stay bad alone)."""
    first = [_alone(c) for c in blocks]
    seen = [i for i, c in enumerate(blocks) if not (c.url is not None and _RELATED_CUE.match(c.text))]
    among = [first[i] for i in seen]
    # Near-good prose next to good prose is good; then what lies between good blocks is good.
    second = [
        "good" if v == "near" and (_good_side(among, k, -1) or _good_side(among, k, 1)) else v
        for k, v in enumerate(among)
    ]
    third = [
        "good" if v in {"near", "short"} and _good_side(second, k, -1) and _good_side(second, k, 1) else v
        for k, v in enumerate(second)
    ]
    out = list(first)
    for k, i in enumerate(seen):
        out[i] = third[k]
    return out


class _Span:
    # Not an attrs class: it is private, and an attrs class costs about a millisecond to create at import.
    __slots__ = ("end", "start")

    def __init__(self, start: int, end: int) -> None:
        self.start = start
        self.end = end


def _best_span(blocks: list[Candidate], verdicts: list[Verdict]) -> _Span | None:
    """The stretch with the most good text less the bad text inside it (a maximum-sum run)."""
    best, best_score = None, 0.0
    start, score = 0, 0.0
    for i, (c, verdict) in enumerate(zip(blocks, verdicts, strict=True)):
        if verdict == "good":
            score += len(c.text)
        elif verdict == "bad":
            score -= _BAD_WEIGHT * len(c.text)
        if score <= 0:
            start, score = i + 1, 0.0
            continue
        if score > best_score:
            best, best_score = _Span(start, i + 1), score
    return best


def read(
    doc: HtmlElement, *, base_url: str | None = None, apart: Collection[HtmlElement] = ()
) -> list[Candidate]:
    """The candidate blocks of the article, read from the whole page; [] when no stretch reads as prose.
    ``apart``: elements to set aside as other stories (the teasers of the page's feeds)."""
    body = doc.find("body")
    walked = dom.walk(body if body is not None else doc, base_url=base_url, apart=apart)
    blocks = list(walked.candidates)
    verdicts = judge(blocks)
    span = _best_span(blocks, verdicts)
    if span is None:
        return []
    kept: list[Candidate] = []
    for i in range(span.start, span.end):
        c, verdict = blocks[i], verdicts[i]
        heading_above = c.kind == "heading" and i + 1 < span.end and verdicts[i + 1] == "good"
        if (
            verdict == "good"
            or heading_above
            or (c.hint in _HANDED_ON and verdict != "bad")
            or (c.hint == "related")
        ):
            kept.append(c)
    return kept
