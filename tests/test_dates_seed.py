"""The 24 date cases of tests/data/normalization.json: value and granularity."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from beritaparse.dates import parse_date

_CASES = json.loads((Path(__file__).parent / "data" / "normalization.json").read_text("utf-8"))["dates"]


@pytest.mark.parametrize(("text", "reference", "expected", "granularity"), _CASES, ids=[c[0] for c in _CASES])
def test_seed_case(text: str, reference: str | None, expected: str | list[str], granularity: str) -> None:
    ref = dt.date.fromisoformat(reference) if reference else None
    value = parse_date(text, reference=ref)
    assert value is not None
    want = expected if isinstance(expected, str) else "/".join(expected)
    assert value.iso() == want
    assert value.granularity == granularity


def test_all_seed_cases_present() -> None:
    assert len(_CASES) == 24
