"""Bounded fuzzing in CI (issue 15): mutated real pages and pastes, random Unicode where a page carries
text. Each input ends with an Article or an error of beritaparse.errors, and no result holds a control
character or noncharacter. Long runs use the coverage-guided target in fuzz/ (see fuzz/README.md)."""

from __future__ import annotations

import pathlib

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import beritaparse
from beritaparse import Article
from beritaparse.errors import BeritaparseError

TESTS = pathlib.Path(__file__).parent
# every fourth case: a spread of outlets and templates, kept small for CI
PAGES = sorted((TESTS / "pages").glob("*/*.html"))[::4]
PASTES = sorted((TESTS / "pastes").glob("*/*.txt"))[::4]
BUDGET = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
UNWANTED = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff]")
TAG = regex.compile(rb"</?[a-zA-Z][^>]{0,200}>")


def _ok(art: Article) -> None:
    texts = [art.title, art.subtitle, art.url, art.dateline, *art.authors, *art.editors, *art.tags]
    texts += [b.text for b in art.body] + [c.text for c in art.captions] + [r.title for r in art.related]
    texts += [r.text for r in art.removed]
    assert not [t for t in texts if t and UNWANTED.search(t)]


def _run_page(data: bytes | str) -> None:
    try:
        art = beritaparse.parse(data)
    except BeritaparseError:
        return
    _ok(art)


def _run_text(text: str) -> None:
    try:
        art = beritaparse.parse_text(text)
    except BeritaparseError:
        return
    _ok(art)


@BUDGET
@given(st.sampled_from(PAGES), st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), max_size=30))
def test_byte_flips_in_real_pages(page: pathlib.Path, flips: list[tuple[float, int]]) -> None:
    data = bytearray(page.read_bytes())
    for where, value in flips:
        data[int(where * (len(data) - 1))] = value
    _run_page(bytes(data))


@BUDGET
@given(st.sampled_from(PAGES), st.lists(st.floats(0, 1), min_size=1, max_size=40))
def test_tags_deleted_from_real_pages(page: pathlib.Path, picks: list[float]) -> None:
    data = page.read_bytes()
    tags = list(TAG.finditer(data))
    doomed = {tags[int(p * (len(tags) - 1))].span() for p in picks}
    for start, end in sorted(doomed, reverse=True):
        data = data[:start] + data[end:]
    _run_page(data)


@BUDGET
@given(
    st.sampled_from(PAGES),
    st.sampled_from([b"<title>", b"<h1", b"<p>", b'content="', b'href="', b"<script", b"</body>"]),
    st.text(alphabet=st.characters(codec=None), max_size=300),
)
def test_random_unicode_where_pages_carry_text(page: pathlib.Path, anchor: bytes, junk: str) -> None:
    data = page.read_bytes()
    at = data.find(anchor)
    at = at + len(anchor) if at >= 0 else len(data) // 2
    _run_page(data[:at] + junk.encode("utf-8", "surrogatepass") + data[at:])


@BUDGET
@given(st.sampled_from(PAGES), st.text(alphabet=st.characters(codec=None), max_size=200))
def test_str_pages_with_random_unicode(page: pathlib.Path, junk: str) -> None:
    text = page.read_bytes().decode("utf-8", "replace")
    middle = len(text) // 2
    _run_page(text[:middle] + junk + text[middle:])


@BUDGET
@given(
    st.sampled_from(PASTES),
    st.lists(st.tuples(st.floats(0, 1), st.text(st.characters(codec=None), max_size=8)), max_size=20),
)
def test_pastes_with_random_insertions(paste: pathlib.Path, edits: list[tuple[float, str]]) -> None:
    text = paste.read_text(encoding="utf-8")
    for where, junk in edits:
        at = int(where * len(text))
        text = text[:at] + junk + text[at:]
    _run_text(text)


@BUDGET
@given(st.sampled_from(PASTES), st.floats(0, 1), st.floats(0, 1))
def test_pastes_cut_anywhere(paste: pathlib.Path, a: float, b: float) -> None:
    text = paste.read_text(encoding="utf-8")
    lo, hi = sorted((int(a * len(text)), int(b * len(text))))
    _run_text(text[lo:hi])
