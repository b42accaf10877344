"""Running the parser on a case and scoring each gold field of its result.

>>> import pathlib, tempfile
>>> from beritaparse.evaluation.cases import load_cases
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text(
...     "Harga Beras Naik Lagi\\nJAKARTA - Harga beras di pasar tradisional kembali naik pada pekan ini.\\n",
...     encoding="utf-8")
>>> _ = (folder / "a.expected.json").write_text(
...     '{"title": "Harga Beras Naik Lagi", "dateline": "Jakarta", "authors": ["Andi"],'
...     ' "body": ["Harga beras di pasar tradisional kembali naik pada pekan ini."]}')
>>> [case] = load_cases(folder)
>>> scored = score_case(case, run_case(case))
>>> scored.body_f1, scored.fields["title"].passed, scored.fields["dateline"].passed
(1.0, True, True)
>>> print(scored.fields["authors"])
authors: expected ['andi'], got []
>>> [f.name for f in fields_of(case)]
['title', 'authors', 'dateline', 'body', 'error']
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

import attrs
import regex

from beritaparse.evaluation import measures
from beritaparse.evaluation.cases import gold_body
from beritaparse.page.extract import parse
from beritaparse.paste.extract import parse_text

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from beritaparse.evaluation.cases import Case

    _Compare = Callable[[Mapping[str, Any], Mapping[str, Any]], "FieldScore"]

__all__ = [
    "BODY_CASE_FLOOR",
    "FIELDS",
    "CaseScore",
    "Field",
    "FieldScore",
    "Outcome",
    "fields_of",
    "run_case",
    "score_case",
    "shown_in",
]

BODY_CASE_FLOOR = 0.95
"""Body token F1 one case must reach for its ``body`` field to pass (aggregates have their own floors)."""


@attrs.frozen
class Outcome:
    """What the parser gave for one case: the article as ``Article.to_dict()`` (empty on error)."""

    got: Mapping[str, Any]
    error: str | None = None
    """``"ExceptionName: message"`` when parsing raised; every field then scores as an empty article."""
    seconds: float = 0.0


def run_case(case: Case, *, adapters: bool = True) -> Outcome:
    """Parse the case's input once: :func:`~beritaparse.parse` for a page (with the gold's ``url``),
    :func:`~beritaparse.parse_text` for a paste.

    ``adapters=False`` parses a page as a page of an outlet never heard of: the generic extractor alone,
    and no address (the gold's ``url`` would name the outlet by its host). Pasted text has no such switch
    yet, so a paste is parsed the same way either way. An exception is caught and recorded, as a crash scores
    zero rather than stopping the evaluation.
    """
    raw = case.read()
    start = time.perf_counter()
    try:
        if isinstance(raw, str):
            article = parse_text(raw)
        else:
            article = parse(raw, url=case.gold.get("url") if adapters else None, adapters=adapters)
    except Exception as exc:  # noqa: BLE001 (any crash is a scored failure, reported by name)
        return Outcome({}, f"{type(exc).__name__}: {exc}", time.perf_counter() - start)
    return Outcome(article.to_dict(), None, time.perf_counter() - start)


@attrs.frozen
class FieldScore:
    """One field of one case: passed or not, with both sides as compared (folded)."""

    name: str
    passed: bool
    expected: Any
    got: Any
    value: float | None = None
    """The measure where it is a number (body token F1)."""

    def __str__(self) -> str:
        value = f" (F1 {self.value:.3f})" if self.value is not None else ""
        return f"{self.name}: expected {_show(self.expected)}, got {_show(self.got)}{value}"


def _show(value: Any) -> str:
    if isinstance(value, (frozenset, set)):
        return repr(sorted(value))
    if isinstance(value, str) and len(value) > 200:
        return repr(value[:200] + "...")
    return repr(value)


@attrs.frozen
class Field:
    """A scored field: its name, the gold key it reads, and how it is compared."""

    name: str
    gold_key: str
    compare: _Compare = attrs.field(repr=False)
    always: bool = False
    """Scored on every case, as the external scorer does (a missing gold key reads as empty)."""
    per_case: bool = True
    """Tested case by case; ``day`` is a lenient view of ``published``, reported but not tested apart."""


def _body(got: Mapping[str, Any]) -> str:
    return "\n".join(str(b.get("text", "")) for b in got.get("body") or [])


def _equal(name: str, view: Callable[[Any], Any], *, gold_key: str = "", got_key: str = "") -> _Compare:
    """Equal once both sides are seen through ``view`` (folded, made a set...)."""

    def compare(got: Mapping[str, Any], gold: Mapping[str, Any]) -> FieldScore:
        want, have = view(gold.get(gold_key or name)), view(got.get(got_key or name))
        return FieldScore(name, want == have, want, have)

    return compare


def _title(got: Mapping[str, Any], gold: Mapping[str, Any]) -> FieldScore:
    # A gold without a title does not judge the title (the scorer's rule).
    want, have = gold.get("title"), got.get("title")
    return FieldScore("title", want is None or measures.fold(have) == measures.fold(want), want, have)


def _published(got: Mapping[str, Any], gold: Mapping[str, Any]) -> FieldScore:
    want, have = gold.get("published"), got.get("published")
    return FieldScore("published", measures.same_time(have, want), want, have)


def _day(got: Mapping[str, Any], gold: Mapping[str, Any]) -> FieldScore:
    want, have = gold.get("published"), got.get("published")
    return FieldScore("day", measures.same_day(have, want), want, have)


def _published_inferred(got: Mapping[str, Any], gold: Mapping[str, Any]) -> FieldScore:
    want, have = gold.get("published_inferred"), got.get("published_inferred")
    return FieldScore("published_inferred", measures.same_time(have, want), want, have)


def _body_f1(got: Mapping[str, Any], gold: Mapping[str, Any]) -> FieldScore:
    # As the scorer counts it: every parsed block (subheadings included) against the gold's body list.
    have, want = _body(got), gold_body(gold)
    f1 = measures.body_f1(have, want)
    return FieldScore("body", f1 >= BODY_CASE_FLOOR, want, have, value=round(f1, 4))


def _leaks(got: Mapping[str, Any], gold: Mapping[str, Any]) -> FieldScore:
    body = _body(got)
    leaks = [s for s in gold.get("must_not_contain") or [] if s and s in body]
    return FieldScore("leaks", not leaks, [], leaks)


def _same(value: Any) -> Any:
    return value


def _no_error(got: Mapping[str, Any], _gold: Mapping[str, Any]) -> FieldScore:
    error = got.get(_ERROR_KEY)
    return FieldScore("error", error is None, None, error)


_ERROR_KEY = "\0error"
"""Where :func:`score_case` hands the outcome's error to the ``error`` field (no article key is like it)."""

FIELDS: tuple[Field, ...] = (
    Field("outlet", "outlet", _equal("outlet", _same)),
    Field("url", "url", _equal("url", _same)),
    Field("title", "title", _title, always=True),
    Field("subtitle", "subtitle_or_lead", _equal("subtitle", measures.fold, gold_key="subtitle_or_lead")),
    Field("published", "published", _published, always=True),
    Field("day", "published", _day, always=True, per_case=False),
    Field("published_inferred", "published_inferred", _published_inferred),
    Field("authors", "authors", _equal("authors", measures.names), always=True),
    Field("editors", "editors", _equal("editors", measures.names)),
    Field("dateline", "dateline", _equal("dateline", measures.fold)),
    Field("tags", "tags", _equal("tags", measures.tag_set)),
    Field("body", "body", _body_f1, always=True),
    Field("headings", "headings", _equal("headings", measures.heading_list)),
    Field("captions", "captions", _equal("captions", measures.caption_set)),
    Field("related", "related", _equal("related", measures.related_set)),
    Field("reading_time_minutes", "reading_time_minutes", _equal("reading_time_minutes", _same)),
    Field("leaks", "must_not_contain", _leaks, always=True),
    Field("error", "", _no_error, always=True),
)
"""Every scored field, in report order. Gold keys not listed (``source``, ``notes``) are not compared."""


def fields_of(case: Case) -> tuple[Field, ...]:
    """The fields tested for ``case``: one per gold key it has, and ``error`` (the parse did not raise)."""
    return tuple(
        f for f in FIELDS if f.per_case and ((f.always and not f.gold_key) or f.gold_key in case.gold)
    )


@attrs.frozen
class CaseScore:
    """Every field of one case, scored."""

    case: Case
    outcome: Outcome = attrs.field(repr=False)
    fields: Mapping[str, FieldScore] = attrs.field(repr=False)

    @property
    def body_f1(self) -> float:
        """The body's token F1."""
        return self.fields["body"].value or 0.0

    @property
    def leaks(self) -> list[str]:
        """The gold's ``must_not_contain`` strings found in the parsed body."""
        return list(self.fields["leaks"].got)

    @property
    def error(self) -> str | None:
        """The exception the parse raised, if any."""
        return self.outcome.error

    def failed(self) -> list[str]:
        """Names of the tested fields that did not pass, in report order."""
        return [f.name for f in fields_of(self.case) if not self.fields[f.name].passed]


def score_case(case: Case, outcome: Outcome) -> CaseScore:
    """Score every field of ``case`` that its gold has (and those the scorer always reads).

    For pasted text, the items of ``editors``, ``tags``, ``captions`` and ``related`` that the text does
    not hold are not expected (see :func:`shown_in`).
    """
    got = {**outcome.got, _ERROR_KEY: outcome.error}
    gold = case.gold
    if case.kind == "text":
        gold = shown_in(str(case.read()), gold)
    scored = {f.name: f.compare(got, gold) for f in FIELDS if f.always or f.gold_key in gold}
    return CaseScore(case, outcome, scored)


_SHOWN_KEYS = {"editors": None, "tags": None, "captions": "text", "related": "title"}
_NO_SPACE = regex.compile(r"\s+")


def _squash(text: object) -> str:
    return _NO_SPACE.sub("", str(text or "")).casefold()


def shown_in(text: str, gold: Mapping[str, Any]) -> Mapping[str, Any]:
    """``gold`` without the list items the pasted ``text`` does not hold (white space and case ignored).

    A paste case made from a page keeps the page's gold, but a selection from the headline to the last
    paragraph leaves out what sits outside it: a tag list or a "Baca juga" box below the text, a lead photo
    above the headline. Those cannot be read from the paste, so they are not expected of it. The scorer's
    own fields (title, published, authors, body, leaks) are never changed.

    >>> shown_in("Judul\\nOleh Andi\\nTeks. (and/BUD)", {"tags": ["Politik"], "editors": ["BUD"]})["tags"]
    []
    """
    squashed = _squash(text)
    kept = dict(gold)
    for key, part in _SHOWN_KEYS.items():
        if isinstance(gold.get(key), list):
            kept[key] = [
                item
                for item in gold[key]
                if _squash(item.get(part) if part and isinstance(item, dict) else item) in squashed
            ]
    return kept
