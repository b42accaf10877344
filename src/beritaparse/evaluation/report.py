"""Aggregates: per outlet and overall, the table ``beritaparse eval`` prints, and the JSON report.

The table has the layout of the project's external scorer (one row per outlet, then ``ALL``): body token
F1, title, publication time within five minutes, day, authors (shares of cases), boilerplate leaks and
errors (counts), then pages a second and the ratio of parse time to lxml's bare parse of the same bytes.
"""

from __future__ import annotations

import collections
import time
from typing import TYPE_CHECKING, Any

import attrs
import lxml.html

from beritaparse.evaluation.scoring import FIELDS, CaseScore, run_case, score_case

if TYPE_CHECKING:
    import pathlib
    from collections.abc import Iterable, Mapping, Sequence

    from beritaparse.evaluation.cases import Case

__all__ = [
    "Report",
    "Summary",
    "evaluate",
    "format_cases",
    "format_table",
    "leave_one_outlet_out",
    "summarise",
]

# The scorer's columns, in its order; every other field is summarised over the cases whose gold has it.
_SCORER_SHARES = ("title", "published", "day", "authors")


@attrs.frozen
class Summary:
    """The measures over a group of cases."""

    n: int
    body_f1: float
    """Mean body token F1."""
    title: float
    published: float
    day: float
    authors: float
    leaks: int
    """Boilerplate strings found in bodies, counted over all cases."""
    errors: int
    """Cases whose parse raised."""
    fields: Mapping[str, float] = attrs.field(factory=dict)
    """Share of passing cases for every other scored field (editors, dateline, captions...), over the cases
    whose gold has the key."""

    def to_dict(self) -> dict[str, Any]:
        """The scorer's keys, then ``fields``."""
        return {**attrs.asdict(self, filter=lambda a, _v: a.name != "fields"), "fields": dict(self.fields)}


def summarise(scores: Sequence[CaseScore]) -> Summary:
    """The :class:`Summary` of ``scores`` (at least one), rounded to four places as the scorer prints it."""
    if not scores:
        raise ValueError("no case to summarise")
    n = len(scores)
    shares = {k: round(sum(s.fields[k].passed for s in scores) / n, 4) for k in _SCORER_SHARES}
    others: dict[str, float] = {}
    for f in FIELDS:
        if f.name in {*_SCORER_SHARES, "body", "leaks", "error"}:
            continue
        having = [s.fields[f.name].passed for s in scores if f.name in s.fields]
        if having:
            others[f.name] = round(sum(having) / len(having), 4)
    return Summary(
        n=n,
        body_f1=round(sum(s.body_f1 for s in scores) / n, 4),
        leaks=sum(len(s.leaks) for s in scores),
        errors=sum(s.error is not None for s in scores),
        fields=others,
        **shares,
    )


@attrs.frozen
class Report:
    """A scored folder: every case, per outlet and overall, and the speed."""

    adapters: bool
    cases: tuple[CaseScore, ...] = attrs.field(repr=False)
    docs_per_s: float | None = None
    """Cases parsed a second (parse time only)."""
    time_over_lxml_parse: float | None = None
    """Parse time over lxml's bare parse of the same pages (pages only; ``None`` without pages)."""

    @property
    def overall(self) -> Summary:
        """Every case together."""
        return summarise(self.cases)

    @property
    def outlets(self) -> dict[str, Summary]:
        """One summary per outlet, by outlet id (``"(none)"`` for cases whose gold names no outlet)."""
        return {k: summarise(v) for k, v in sorted(_by_outlet(self.cases).items())}

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-able data: the scorer's keys, then a row per case with every field."""
        out: dict[str, Any] = {
            "system": "beritaparse",
            "adapters": self.adapters,
            "overall": self.overall.to_dict(),
            "outlets": {k: v.to_dict() for k, v in self.outlets.items()},
        }
        if self.docs_per_s is not None:
            out["docs_per_s"] = self.docs_per_s
            out["time_over_lxml_parse"] = self.time_over_lxml_parse
        out["cases"] = [_case_row(s) for s in self.cases]
        return out


def _by_outlet(scores: Iterable[CaseScore]) -> dict[str, list[CaseScore]]:
    groups: dict[str, list[CaseScore]] = collections.defaultdict(list)
    for s in scores:
        groups[s.case.outlet].append(s)
    return groups


def _case_row(s: CaseScore) -> dict[str, Any]:
    return {
        "case": s.case.name + s.case.source.suffix,
        "outlet": s.case.outlet,
        "body_f1": s.body_f1,
        **{k: s.fields[k].passed for k in _SCORER_SHARES},
        "leaks": s.leaks,
        "error": s.error,
        "failed": s.failed(),
    }


def evaluate(cases: Sequence[Case], *, adapters: bool = True) -> Report:
    """Parse and score every case once, timing the parses (after one untimed warm-up parse).

    ``adapters=False`` reads every page with the generic extractor alone (see :func:`run_case`).
    """
    if not cases:
        raise ValueError("no cases to evaluate")
    # Imports and first-call set-up (pattern compiling) are not per-page cost.
    run_case(cases[0], adapters=adapters)
    scores, elapsed = [], 0.0
    for case in cases:
        outcome = run_case(case, adapters=adapters)
        elapsed += outcome.seconds
        scores.append(score_case(case, outcome))
    pages = [c.source for c in cases if c.kind == "page"]
    report = Report(adapters=adapters, cases=tuple(scores))
    if pages and elapsed:
        floor = _lxml_seconds(pages)
        report = attrs.evolve(
            report,
            docs_per_s=round(len(scores) / elapsed, 1),
            time_over_lxml_parse=round(elapsed / floor, 2) if floor else None,
        )
    return report


def leave_one_outlet_out(cases: Sequence[Case]) -> dict[str, Summary]:
    """For each outlet, its pages scored as if the library had never heard of it: ``adapters=False``.

    The generic extractor alone reads every page (no outlet's container, chrome or text conventions), and
    without its address, so that no host names the outlet: each outlet's row shows what a new outlet on the
    same kind of template would get. Pasted texts are left
    out: ``parse_text`` has no generic-only switch yet.
    """
    pages = [c for c in cases if c.kind == "page"]
    return evaluate(pages, adapters=False).outlets if pages else {}


def _lxml_seconds(pages: Iterable[pathlib.Path]) -> float:
    raws = [p.read_bytes() for p in pages]
    start = time.perf_counter()
    for raw in raws:
        lxml.html.document_fromstring(raw)
    return time.perf_counter() - start


_HEADER = (
    f"{'outlet':<16} {'n':>3} {'body_f1':>8} {'title':>6} {'date':>6} {'day':>5} {'author':>6} "
    f"{'leaks':>5} {'errors':>6}"
)


def format_table(report: Report) -> str:
    """The per-outlet table, ``ALL`` last, and the speed line when pages were timed."""
    rows = [_HEADER]
    for name, s in [*report.outlets.items(), ("ALL", report.overall)]:
        rows.append(
            f"{name:<16} {s.n:>3} {s.body_f1:>8.3f} {s.title:>6.2f} {s.published:>6.2f} {s.day:>5.2f} "
            f"{s.authors:>6.2f} {s.leaks:>5} {s.errors:>6}"
        )
    if report.docs_per_s is not None:
        rows.append(f"docs/s {report.docs_per_s}  time/lxml-parse {report.time_over_lxml_parse}")
    return "\n".join(rows)


def format_cases(report: Report) -> str:
    """A line per case: body F1, the fields that are wrong, leaks and the error."""
    lines = []
    for s in report.cases:
        wrong = [f for f in s.failed() if f not in {"body", "leaks", "error"}]
        row = _case_row(s)
        lines.append(
            f"{row['case']:<48} f1={s.body_f1:.3f} {('wrong: ' + ' '.join(wrong)) if wrong else ''}"
            f"{' leaks=' + str(s.leaks) if s.leaks else ''}{' ERROR ' + s.error if s.error else ''}"
        )
    return "\n".join(lines)
