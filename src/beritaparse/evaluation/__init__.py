"""Measure beritaparse on gold cases: one loader, one scorer, used by ``beritaparse eval`` and the tests.

A case is a page (``NAME.html``) or a pasted text (``NAME.txt``) beside its gold, ``NAME.expected.json``;
the format and every comparison are in ``docs/evaluation.md``.

>>> from beritaparse import evaluation
>>> report = evaluation.evaluate(evaluation.load_cases("tests/seeds"))
>>> report.overall.n >= 5, report.overall.errors
(True, 0)
>>> print(evaluation.format_table(report).splitlines()[0])
outlet             n  body_f1  title   date   day author leaks errors

Modules: :mod:`~beritaparse.evaluation.cases` (the loader), :mod:`~beritaparse.evaluation.measures` (the
comparisons), :mod:`~beritaparse.evaluation.scoring` (a case's fields), :mod:`~beritaparse.evaluation.report`
(aggregates and the table), :mod:`~beritaparse.evaluation.pastes` (paste cases made from page cases) and
:mod:`~beritaparse.evaluation.command` (``beritaparse eval``).
"""

from __future__ import annotations

from beritaparse.evaluation.cases import Case, gold_body, load_cases
from beritaparse.evaluation.measures import body_f1, fold, same_day, same_time
from beritaparse.evaluation.report import (
    Report,
    Summary,
    evaluate,
    format_cases,
    format_table,
    leave_one_outlet_out,
    summarise,
)
from beritaparse.evaluation.scoring import (
    BODY_CASE_FLOOR,
    FIELDS,
    CaseScore,
    Field,
    FieldScore,
    Outcome,
    fields_of,
    run_case,
    score_case,
    shown_in,
)

__all__ = [
    "BODY_CASE_FLOOR",
    "FIELDS",
    "Case",
    "CaseScore",
    "Field",
    "FieldScore",
    "Outcome",
    "Report",
    "Summary",
    "body_f1",
    "evaluate",
    "fields_of",
    "fold",
    "format_cases",
    "format_table",
    "gold_body",
    "leave_one_outlet_out",
    "load_cases",
    "run_case",
    "same_day",
    "same_time",
    "score_case",
    "shown_in",
    "summarise",
]
