"""The generic path without class and id names: every page of tests/pages with its classes and ids renamed
(tests/scramble.py) and no outlet knowledge, against floors.

What the generic extractor reads from the markup's names (a byline class, a tag box, a newsletter box) it
must also find from the text and the page's structure; the floors below are today's figures rounded down,
so a change that leans harder on names fails here. Raise them as the reading gets better, never lower them.
The same pages without their meta tags and JSON-LD as well stand for a page of a template never seen whose
structured data is gone or says nothing: what the reader sees must name the writer.
"""

from __future__ import annotations

import functools
import pathlib
import re
import shutil

import pytest

from beritaparse import evaluation
from scramble import scramble

PAGES = pathlib.Path(__file__).parent / "pages"
FLOORS = {"body_f1": 0.99, "title": 1.0, "published": 1.0, "authors": 0.97}
OUTLET_BODY_FLOOR = 0.97
# The two left: an embedded tweet's words, read as text once no class names the tweet (its signature line
# alone marks it), and mh-tribunnews-1's subheading, which its gold also lists among what must not appear.
MAX_LEAKS = 2


# A page never seen, whose structured data is gone too: no meta tag and no JSON-LD to name the writer, the
# site or the channel; what the reader sees is all there is (issue 11).
UNSEEN_FLOORS = {"body_f1": 0.99, "title": 1.0, "published": 0.97, "authors": 0.99}
_LD = re.compile(rb"<script[^>]*application/ld\+json[^>]*>.*?</script>", re.DOTALL | re.IGNORECASE)
_META = re.compile(rb"<meta\b[^>]*>", re.IGNORECASE)


def _without_structured_data(page: bytes) -> bytes:
    return _META.sub(b"", _LD.sub(b"", page))


@functools.cache
def _report(root: str, *, structured: bool = True) -> evaluation.Report:
    out = pathlib.Path(root)
    for page in PAGES.rglob("*.html"):
        folder = out / page.parent.name
        folder.mkdir(parents=True, exist_ok=True)
        raw = page.read_bytes() if structured else _without_structured_data(page.read_bytes())
        (folder / page.name).write_bytes(scramble(raw))
        gold = page.with_name(page.name.removesuffix(".html") + ".expected.json")
        shutil.copy(gold, folder / gold.name)
    return evaluation.evaluate(evaluation.load_cases(out), adapters=False)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> evaluation.Report:
    return _report(str(tmp_path_factory.mktemp("scrambled")))


@pytest.mark.parametrize("measure", sorted(FLOORS))
def test_scrambled_pages_read_without_names(report: evaluation.Report, measure: str) -> None:
    assert getattr(report.overall, measure) >= FLOORS[measure]


def test_scrambled_pages_leak_little(report: evaluation.Report) -> None:
    assert report.overall.leaks <= MAX_LEAKS
    assert report.overall.errors == 0


def test_every_outlet_reads_scrambled(report: evaluation.Report) -> None:
    low = {o: round(s.body_f1, 3) for o, s in report.outlets.items() if s.body_f1 < OUTLET_BODY_FLOOR}
    assert low == {}


@pytest.fixture(scope="module")
def unseen_report(tmp_path_factory: pytest.TempPathFactory) -> evaluation.Report:
    return _report(str(tmp_path_factory.mktemp("unseen")), structured=False)


@pytest.mark.parametrize("measure", sorted(UNSEEN_FLOORS))
def test_pages_without_names_or_structured_data(unseen_report: evaluation.Report, measure: str) -> None:
    assert getattr(unseen_report.overall, measure) >= UNSEEN_FLOORS[measure]
