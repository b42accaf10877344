"""Golden tests: one test per gold field per case, for tests/pages, tests/pastes and tests/seeds.

A test is named ``SUITE/CASE:FIELD`` (``pages/kompas/ap-kompas-1:authors``) and its failure prints the
expected and parsed values as compared. Adding a case is adding its input beside ``NAME.expected.json``; no
test code changes. The comparisons are :mod:`beritaparse.evaluation`'s (see docs/evaluation.md); known
failures are listed, with their reason, in known_failures.json.
"""

from __future__ import annotations

import pytest

from beritaparse import evaluation
from goldens import RULE_TESTS, SUITES, case_id, cases, known_failures, param, scored

PARAMS = [
    param(case_id(suite, case), field.name, case, field.name)
    for suite in SUITES
    for case in cases(suite)
    for field in evaluation.fields_of(case)
]


@pytest.mark.parametrize(("case", "field"), PARAMS)
def test_field(case: evaluation.Case, field: str) -> None:
    result = scored(case).fields[field]
    assert result.passed, str(result)


def test_every_suite_has_cases() -> None:
    assert len(cases("pages")) >= 46
    assert len(cases("pastes")) == len(cases("pages"))
    assert len(cases("seeds")) >= 5


def test_every_page_has_its_paste() -> None:
    assert {c.name for c in cases("pastes")} == {c.name for c in cases("pages")}


def test_known_failures_name_real_tests() -> None:
    ids = {(case_id(s, c), f.name) for s in SUITES for c in cases(s) for f in evaluation.fields_of(c)}
    ids |= {(case_id(s, c), t) for s in SUITES for c in cases(s) for t in RULE_TESTS}
    stale = [k for k in known_failures() if k[0].split("/")[0] in SUITES and k not in ids]
    assert stale == []
