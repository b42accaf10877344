"""parse_text on the forms readers paste a page in (tests/paste_forms.py), from every gold page of the suite:
the selection, the whole page, the outlet's name scrubbed, other templates' header orders and date forms, a
phone's copy. The floors are what reading the header by its shape alone should reach on any outlet: the few
cases under them are pastes that hold no date (the copy starts below it) or a single headline-less story."""

from __future__ import annotations

import json

import pytest

import beritaparse
from beritaparse import evaluation
from beritaparse.evaluation.scoring import BODY_CASE_FLOOR
from paste_forms import FORMS, HEADER_FORMS, HERE, make_forms, render_forms, score_forms

# Per form: body F1, title, published, authors (shares of cases), and at most this many leaks.
# A form's gold expects what its text shows (paste_forms._undated): the day only where the time is in the
# page's JSON-LD alone, no date where the page shows none.
FLOORS = {"body_f1": 0.98, "title": 0.90, "published": 0.90, "authors": 0.90}
# 5 -> 9 with the Tempo 2019 long-form special (unseen/gp-tempo-interaktif-1, pages3 hunt), whose pastes
# leaked in nearly every form; 9 -> 8 once its dek over the lead photo became the subtitle (no leak in 23 of
# the 24 forms; in 'share-labels' the share bar's labels between headline and dek keep it, 2 leaks, which
# with the other cases' make that form's 8; every other form 6 at most).
MAX_LEAKS = 8
# Cases left out of a form's figures, and why: what the header rules cannot read in that form yet.
KNOWN = {
    ("page", "og-okezone-eco-1"): "the whole page holds the sidebar's glossary widget (its open tab: a run of"
    " terms, each a heading over a paragraph of definition), which outweighs a short article (F1 0.18)",
}
# Unseen pages added with their gold only (issue 11; the misses are rows of known_failures.json, unseen/*).
_UNSEEN_MISSES = {
    "fi-idntimes-2": "the three numbered subheadings counted against a gold body without them (F1 0.93)",
    # The pages12 hunt (KLY 2020-2021 copies; known_failures.json unseen/NAME paste):
    "ka-bolacom-2": "the recycled photo's listicle caption on page 2 ('1. Riko Simanjuntak (Persija"
    " Jakarta) - Riko adalah ...') read as text (F1 0.94)",
    # Not a parse miss: the KapanLagi mobile page keeps parts 2-4 in a display:none element, so every copy
    # form holds page 1 only while the page's gold is the whole article (its paste gold, pastes/, is page 1).
    "co-kapanlagi-m-1": "the copy forms hold page 1 only (the later parts are display:none), the gold the"
    " whole article (F1 0.39)",
    # The unseen-pages hunt (KLY 2018-2020 copies; known_failures.json unseen/NAME): the Merdeka.com 'Khas'
    # report hides parts 2-4 (display:none), so every copy form holds part 1 only (not a parse miss).
    "co-merdeka-khas-m-1": "the copy forms hold part 1 only (parts 2-4 are display:none), the gold the whole"
    " report (F1 0.41)",
    # The unseen-r2 hunt (front-end template copies; known_failures.json unseen/NAME): Harper's Bazaar
    # Indonesia's centre-aligned page keeps the template's reader-poll widget inside the text.
    "ir-bazaar-2": "the template's reader-poll widget ('Do you wear merch when you go to a game?' and its two"
    " answers) read as text (F1 0.94, 2 leaks)",
    # The unseen-more hunt (KLY 2020 copies; known_failures.json unseen/NAME paste), measured before any rule:
    "co-bolanet-1": "Bola.net's 2020 desktop news page: 'Berikut videonya.' and the closing question to"
    " readers dropped as not-content (F1 0.92)",
}
for _form in FORMS:
    for _name, _why in _UNSEEN_MISSES.items():
        KNOWN[(_form, _name)] = _why
# Cases whose body reads (F1 over the floor) but that leak in every form; left out of the figures, and each
# must still leak (strict xfail in test_known_leak_still_leaks).
KNOWN_LEAKS: dict[str, str] = {
    # The pages21 hunt: the Liputan6.com 2020 AMP page's inline Vidio link widget, wrapped around a sentence's
    # own words, carries two icon figcaptions 'ready' and 'viewed'; in every copy form they stand as lines of
    # their own and are read into the text (F1 0.993, 2 leaks).
    "co-liputan6-amp-1": "the inline video widget's figcaptions 'ready' and 'viewed' read as text (2 leaks)",
}
# With its header lines written again in another template's order, the Liputan6 2025 read-page's dek, the
# developer's 'Jadi Intinya' box (unrelated Lewotobi sentences) and the first part's lines above the text are
# read into it (F1 0.93, 3 leaks); the selection, the page and the copy forms read it (F1 0.99).
for _form in (*HEADER_FORMS, "mobile"):
    KNOWN[(_form, "iw-liputan6-1")] = (
        "the dek and the placeholder 'Jadi Intinya' box's sentences read above the text (F1 0.93)"
    )
# Not a parse miss: on Pikiran Rakyat's reader-letter page (unseen/ir-pikiranrakyat-surat-1) the bank's reply
# quotes the letter's headline, so the generator's selection starts at the reply (the smallest element holding
# the headline's words) and every form cut from it holds the reply alone while the gold holds the letter too
# (F1 0.55); the whole page reads (F1 0.98). The re-headed forms are not made from it.
for _form in ("selection", "scrubbed", "page-title", "url-first", "wrapped"):
    KNOWN[(_form, "ir-pikiranrakyat-surat-1")] = (
        "the selection starts at the reply quoting the headline: the letter is not in the copy (F1 0.55)"
    )
# The whole page's text as a browser copies it: the dek and the site's box of related cards under the text
# stay in it.
KNOWN[("page", "fi-ggwp-1")] = (
    "the dek, the 'Artikel Terkait' cards and the cards' bylines read around the text (F1 0.89)"
)


@pytest.fixture(scope="module")
def summaries(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    out = tmp_path_factory.mktemp("forms")
    made = make_forms(out, (HERE / "pages", HERE / "unseen"))
    assert set(made) == set(FORMS)
    for form, name in [*KNOWN, *((form, name) for form in FORMS for name in KNOWN_LEAKS)]:
        for path in (out / form / f"{name}.txt", out / form / f"{name}.expected.json"):
            path.unlink()
    return score_forms(out)


def _page_case(name: str) -> tuple[bytes, dict[str, object]]:
    page = next(path for folder in (HERE / "pages", HERE / "unseen") for path in folder.rglob(f"{name}.html"))
    gold = json.loads(page.with_name(f"{name}.expected.json").read_text(encoding="utf-8"))
    return page.read_bytes(), gold


@pytest.mark.parametrize(
    ("form", "name"),
    [
        pytest.param(form, name, marks=pytest.mark.xfail(strict=True, reason=why))
        for (form, name), why in KNOWN.items()
    ],
)
def test_known_miss_still_misses(form: str, name: str) -> None:
    """A case left out of the figures must still miss: once it reads, it leaves KNOWN (strict xfail)."""
    page, gold = _page_case(name)
    text, form_gold = render_forms(page, gold)[form]
    art = beritaparse.parse_text(text)
    want = "\n".join(b if isinstance(b, str) else b["text"] for b in form_gold["body"])
    assert evaluation.body_f1("\n".join(b.text for b in art.body), want) >= BODY_CASE_FLOOR


@pytest.mark.parametrize(
    ("form", "name"),
    [
        pytest.param(form, name, marks=pytest.mark.xfail(strict=True, reason=why))
        for name, why in KNOWN_LEAKS.items()
        for form in FORMS
    ],
)
def test_known_leak_still_leaks(form: str, name: str) -> None:
    """A case left out of the figures for a leak must still leak: once it does not, it leaves KNOWN_LEAKS."""
    page, gold = _page_case(name)
    text, form_gold = render_forms(page, gold)[form]
    art = beritaparse.parse_text(text)
    got = "\n".join(b.text for b in art.body)
    assert not [bad for bad in form_gold.get("must_not_contain", []) if bad in got]  # type: ignore[union-attr]


@pytest.mark.parametrize("form", FORMS)
def test_form_meets_the_floors(summaries: dict[str, object], form: str) -> None:
    summary = summaries[form]
    for field, floor in FLOORS.items():
        assert getattr(summary, field) >= floor, (form, field, getattr(summary, field))
    assert summary.leaks <= MAX_LEAKS  # type: ignore[attr-defined]
    assert summary.errors == 0  # type: ignore[attr-defined]


def test_forms_keep_the_article_and_move_the_header() -> None:
    page = (HERE / "pages" / "detik" / "mh-detik-1.html").read_bytes()
    gold = json.loads((HERE / "pages" / "detik" / "mh-detik-1.expected.json").read_text(encoding="utf-8"))
    forms = render_forms(page, gold)
    assert set(forms) == set(FORMS)
    scrubbed, sgold = forms["scrubbed"]
    assert "detik" not in scrubbed.casefold()
    assert sgold["outlet"] is None
    assert sgold["body"] == gold["body"]  # the article does not name its outlet
    lines = forms["date-above"][0].splitlines()
    at = lines.index(gold["title"])
    assert lines[at - 1] == "Senin, 13 Mei 2024 13:24 WIB"
    assert lines[at + 1] == "Oleh: Herdi Alif Al Hikam"
    assert "13 May 2024 | 14.24 WITA" in forms["wita"][0]  # the same instant, in the zone it names


def test_copy_forms_hold_what_the_copy_holds() -> None:
    page = (HERE / "pages" / "detik" / "mh-detik-1.html").read_bytes()
    gold = json.loads((HERE / "pages" / "detik" / "mh-detik-1.expected.json").read_text(encoding="utf-8"))
    forms = render_forms(page, gold)
    text, wgold = forms["whatsapp"]
    assert text.startswith(f"*{gold['title']}*\n\n")
    assert wgold["published"] is None  # a forward drops the date
    text, sgold = forms["share-labels"]
    inserted = [t for t in sgold["must_not_contain"] if t not in (gold.get("must_not_contain") or [])]
    assert inserted
    assert all(t in text for t in inserted)
    assert all(len(line) <= 70 for line in forms["wrapped"][0].splitlines())
    assert "\n\nwartaloka.com\n\n" in forms["reader"][0]
