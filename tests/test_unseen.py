"""Pages of outlets and page types the adapters and the corpus do not know, read with no outlet knowledge.

tests/unseen holds real pages (sources in SOURCES.tsv) with gold written by hand from each page; each is
parsed with ``url=None, adapters=False`` as it is, and with every class and id renamed (tests/scramble.py).
"""

from __future__ import annotations

import collections
import json
import pathlib
from typing import Any

import pytest
import regex

import beritaparse
from beritaparse.outlets import for_url
from goldens import known_failures
from scramble import scramble

CASES = sorted((pathlib.Path(__file__).parent / "unseen").glob("*.expected.json"))
_WORD = regex.compile(r"\w+")
MIN_F1 = 0.95


def unseen_param(path: pathlib.Path, variant: str, *values: object) -> object:
    """A parameter ``NAME-VARIANT`` for an unseen page, xfail-strict where known_failures.json lists
    ``("unseen/NAME", VARIANT)`` (the measure taken before any rule was written on the page is the one
    that counts; a page the rules still miss says why there)."""
    name = path.name.split(".")[0]
    reason = known_failures().get((f"unseen/{name}", variant))
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason is not None else []
    return pytest.param(path, *values, id=f"{name}-{variant}", marks=marks)


def _f1(pred: str, gold: str) -> float:
    p = collections.Counter(w.casefold() for w in _WORD.findall(pred))
    g = collections.Counter(w.casefold() for w in _WORD.findall(gold))
    common = sum((p & g).values())
    if not common:
        return 0.0
    precision, recall = common / sum(p.values()), common / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def _body_text(art: beritaparse.Article, gold: dict[str, Any]) -> str:
    """The parse's body as the gold's is written: the corpus keeps subheadings out of the gold body, in its
    ``headings`` (shared/corpus/README), so heading blocks the gold lists there are left out; any other
    block, a heading the gold does not list among them included, is compared."""
    subheadings = {" ".join(h.split()) for h in gold.get("headings") or ()}
    listed = [b for b in art.body if b.kind == "heading" and " ".join(b.text.split()) in subheadings]
    return "\n".join(b.text for b in art.body if b not in listed)


@pytest.mark.parametrize(
    ("path", "scrambled"),
    [
        unseen_param(p, variant, scrambled)
        for p in CASES
        for variant, scrambled in (("as-saved", False), ("scrambled", True))
    ],
)
def test_unseen_page_body(path: pathlib.Path, scrambled: bool) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    raw = path.with_name(path.name.removesuffix(".expected.json") + ".html").read_bytes()
    art = beritaparse.parse(scramble(raw) if scrambled else raw, url=None, adapters=False)
    assert _f1(_body_text(art, gold), "\n".join(gold["body"])) >= MIN_F1
    assert art.title == gold["title"]
    assert sorted(art.authors) == sorted(gold["authors"])


PASTES = sorted((pathlib.Path(__file__).parent / "unseen" / "pastes").glob("*.expected.json"))


@pytest.mark.parametrize("path", [unseen_param(p, "paste") for p in PASTES])
def test_unseen_page_paste(path: pathlib.Path) -> None:
    """The same pages pasted (made by ../shared/eval/make_pastes.py: headline to the end of the text, chrome
    between included), read by parse_text: a photo story's slides are its text there too."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    art = beritaparse.parse_text(path.with_name(gold["source"]).read_text(encoding="utf-8"))
    assert _f1(_body_text(art, gold), "\n".join(gold["body"])) >= MIN_F1
    assert art.title == gold["title"]
    assert {a.casefold() for a in art.authors} == {a.casefold() for a in gold["authors"]}
    if gold["published"] is None:
        assert art.published is None  # a page that shows no date (a slide story) gets none
        return
    assert art.published is not None
    assert art.published.isoformat().startswith(gold["published"][:16])


def _adapted(path: pathlib.Path) -> bool:
    url = json.loads(path.read_text(encoding="utf-8")).get("url")
    return bool(url) and for_url(url) is not None


@pytest.mark.parametrize("path", [unseen_param(p, "adapter") for p in CASES if _adapted(p)])
def test_an_unseen_page_of_an_adapted_outlet_reads_no_worse_with_its_adapter(path: pathlib.Path) -> None:
    """An outlet's adapter knows the templates of the pages it was written on; on its outlet's other pages (an
    older or newer template) it must not read worse than the generic path: its selectors either find the
    template or give way. A page where it still reads worse is listed in known_failures.json as
    ``("unseen/NAME", "adapter")``."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    raw = path.with_name(path.name.removesuffix(".expected.json") + ".html").read_bytes()
    adapted = beritaparse.parse(raw, url=gold["url"])
    generic = beritaparse.parse(raw, url=None, adapters=False)
    text = "\n".join(gold["body"])
    assert _f1(_body_text(adapted, gold), text) >= _f1(_body_text(generic, gold), text) - 0.005
    assert adapted.title == generic.title
    folded = {a.casefold() for a in gold["authors"]}
    if {a.casefold() for a in generic.authors} == folded:
        assert {a.casefold() for a in adapted.authors} == folded
    shown = gold["published"][:16] if gold["published"] else None
    if shown and generic.published is not None and generic.published.isoformat().startswith(shown):
        assert adapted.published is not None
        assert adapted.published.isoformat().startswith(shown)
