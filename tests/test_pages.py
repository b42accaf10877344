"""Saved pages in tests/pages/<outlet>/: rules the per-field golden tests (test_gold.py) do not state.

The gold comparisons themselves (every field of every page, the per-outlet quality gates) run through
:mod:`beritaparse.evaluation` in test_gold.py and test_quality_gate.py.
"""

from __future__ import annotations

import pytest

import beritaparse
from beritaparse.outlets import OUTLETS
from goldens import cases, param, scored

PAGES = cases("pages")


def test_every_outlet_folder_is_a_registered_outlet() -> None:
    assert {c.name.split("/")[0] for c in PAGES} <= set(OUTLETS)
    assert all(c.name.split("/")[0] == c.outlet for c in PAGES)


@pytest.mark.parametrize("case", [param(f"pages/{c.name}", "without_url", c) for c in PAGES])
def test_without_a_url_the_page_names_its_outlet(case) -> None:
    art = beritaparse.parse(case.source.read_bytes())
    assert art.outlet == case.outlet
    with_url = scored(case).outcome.got
    assert [b["text"] for b in art.to_dict()["body"]] == [b["text"] for b in with_url["body"]]
