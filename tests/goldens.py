"""The gold cases of the suite, parsed once per session, and the table of known failures.

Every golden test and quality gate reads its results from here, through :mod:`beritaparse.evaluation` (the
loader, the parse and the measures ``beritaparse eval`` uses): a case is parsed once per session whatever
the number of fields tested on it.

``known_failures.json`` lists what today's code gets wrong, one line per (case, field): the test is marked
``xfail(strict=True)`` with the line's reason, so a fix makes it XPASS and fail until the line is removed.
A line whose case or field does not exist fails ``test_gold.py::test_known_failures_name_real_tests``.
"""

from __future__ import annotations

import functools
import json
import pathlib
from typing import TYPE_CHECKING

import pytest

from beritaparse import evaluation

if TYPE_CHECKING:
    from collections.abc import Iterable

HERE = pathlib.Path(__file__).parent
SUITES = {"pages": HERE / "pages", "pastes": HERE / "pastes", "seeds": HERE / "seeds"}
KNOWN_FAILURES = HERE / "known_failures.json"
RULE_TESTS = ("without_url", "metadata_without_url", "metadata_tags", "adapter_body_xpath")
"""Per-case rule tests the table may name beside the gold fields: a page parsed without its URL
(test_pages), its metadata read without its URL and its tags (test_metadata), the adapter's body XPath
on it (test_outlets)."""


@functools.cache
def cases(suite: str) -> tuple[evaluation.Case, ...]:
    return evaluation.load_cases(SUITES[suite])


def case_id(suite: str, case: evaluation.Case) -> str:
    return f"{suite}/{case.name}"


@functools.cache
def scored(case: evaluation.Case, *, adapters: bool = True) -> evaluation.CaseScore:
    return evaluation.score_case(case, evaluation.run_case(case, adapters=adapters))


def scores(suite: str, *, adapters: bool = True) -> list[evaluation.CaseScore]:
    return [scored(c, adapters=adapters) for c in cases(suite)]


@functools.cache
def generic() -> dict[str, evaluation.Summary]:
    """Per outlet, its pages read with the adapters off (``evaluation.leave_one_outlet_out``)."""
    return evaluation.leave_one_outlet_out(cases("pages"))


@functools.cache
def known_failures() -> dict[tuple[str, str], str]:
    """``(test id, field) -> reason`` from the table."""
    rows = json.loads(KNOWN_FAILURES.read_text(encoding="utf-8"))
    table: dict[tuple[str, str], str] = {}
    for row in rows:
        key = (row["case"], row["field"])
        assert key not in table, f"known_failures.json lists {key} twice"
        assert row["why"].strip(), f"known_failures.json: {key} gives no reason"
        table[key] = row["why"]
    return table


def param(name: str, field: str, *values: object) -> object:
    """A pytest parameter ``name:field``, xfail-strict when the table lists it."""
    reason = known_failures().get((name, field))
    marks: Iterable[pytest.MarkDecorator] = (
        [pytest.mark.xfail(strict=True, reason=reason)] if reason is not None else []
    )
    return pytest.param(*values, id=f"{name}:{field}", marks=marks)
