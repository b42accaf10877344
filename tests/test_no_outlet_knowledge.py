"""``parse(..., adapters=False)`` is the generic extractor alone: no adapter, no outlet names, no registry.

The outlet is decided once, in ``parse()``; every stage below gets it (or None) passed down. These tests make
the registry raise when it is touched, so that any stage still looking an outlet up on its own fails here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import beritaparse
from beritaparse import outlets
from beritaparse.page import metadata
from beritaparse.page.html import load
from beritaparse.rules.credits import is_outlet_name, is_person_name, split_names
from beritaparse.samples import sample_page

PAGES = Path(__file__).parent / "pages"
# One page of each outlet: every adapter's templates are read once with the registry locked.
ONE_PER_OUTLET = [min(d.glob("*.html")) for d in sorted(PAGES.iterdir()) if d.is_dir()]


def _gold(path: Path) -> dict[str, object]:
    return json.loads((path.parent / f"{path.stem}.expected.json").read_text(encoding="utf-8"))


class _TouchedError(AssertionError):
    pass


class _Locked(tuple[str, ...]):
    """Stands for ``outlets.NAMES``: reading the names fails."""

    __slots__ = ()

    def __iter__(self):  # type: ignore[override]
        raise _TouchedError("outlets.NAMES read with adapters=False")

    def __len__(self) -> int:
        raise _TouchedError("outlets.NAMES read with adapters=False")


@pytest.fixture
def locked_registry(monkeypatch):
    def refuse(*_args, **_kwargs):
        raise _TouchedError("the outlet registry was asked with adapters=False")

    for name in ("for_url", "for_host", "for_name", "for_text"):
        monkeypatch.setattr(outlets, name, refuse)
    monkeypatch.setattr(outlets, "NAMES", _Locked())
    monkeypatch.setattr(outlets, "OUTLETS", {})


@pytest.mark.usefixtures("locked_registry")
@pytest.mark.parametrize("path", ONE_PER_OUTLET, ids=lambda p: p.parent.name)
def test_no_adapters_never_touches_the_registry(path):
    gold = _gold(path)
    art = beritaparse.parse(path.read_bytes(), url=gold["url"], adapters=False)
    assert art.outlet is None
    assert art.paragraphs


@pytest.mark.usefixtures("locked_registry")
def test_the_lock_catches_a_registry_look_up():
    html, url = sample_page()
    with pytest.raises(_TouchedError):
        beritaparse.parse(html, url=url)


def test_no_adapters_reads_no_adapter_field():
    # detik's adapter names the outlet and reads its credits box; the generic readers find the same
    # people from the page's own markup, and no outlet.
    html, url = sample_page()
    with_adapter = beritaparse.parse(html, url=url)
    alone = beritaparse.parse(html, url=url, adapters=False)
    assert with_adapter.outlet == "detik"
    assert alone.outlet is None
    assert alone.authors == with_adapter.authors


def test_metadata_extract_looks_no_outlet_up():
    # The caller decides the outlet (find_outlet, as parse() does) and passes it; extract() never guesses.
    html, url = sample_page()
    doc = load(html)
    assert metadata.extract(doc, url=url).outlet_id is None
    outlet = metadata.find_outlet(doc, url=url)
    assert outlet is not None
    assert metadata.extract(doc, url=url, outlet=outlet).outlet_id == "detik"
    # Without the URL the page's own canonical link and og:url name it.
    assert metadata.find_outlet(load(html)) is outlet


def test_outlet_names_reach_the_credit_rules_only_from_the_caller():
    # "Kontan" is a capitalised word like a name: only a caller that knows the outlet can tell.
    assert is_person_name("Kontan")
    assert not is_person_name("Kontan", site_names=outlets.NAMES)
    # A desk written as one word opens with its outlet's host ("detiknews" of detik.com) ...
    assert not is_outlet_name("detiknews")
    assert is_outlet_name("detiknews", site_names=outlets.NAMES)
    # ... but a person's full name that merely starts like one is still a person.
    assert is_person_name("Tempo Wijaya", site_names=outlets.NAMES)
    # Shapes that hold for every outlet need no names: domains, brand words, agencies.
    assert split_names("Mulia Budi - detikNews") == ("Mulia Budi",)
    assert split_names("Andi Wijaya/Tribunnews.com") == ("Andi Wijaya",)
    assert split_names("Reuters, Andi Wijaya") == ("Andi Wijaya",)


def test_a_closing_capitals_credit_is_the_writer_where_no_one_else_is_credited():
    # Tempo signs with the writer's name in capitals closing the text; the generic rules read it as the
    # writer only when the page credits nobody else (pasted text does the same). The gold is compared
    # case-folded.
    path = PAGES / "tempo" / "ap-tempo-1.html"
    gold = _gold(path)
    art = beritaparse.parse(path.read_bytes(), url=gold["url"], adapters=False)
    assert gold["authors"] == ["DINI TEJA"]
    assert art.authors == ("Dini Teja",)  # as pasted text gives it: the name, not the shouting
