"""The fast paths of the text side answer as the slow forms they stand for (pure speed: same results).

Each test writes the reference (the plain pattern or the plain loop) itself, so a fast path that drifts
from it fails here, not only as a changed page in the goldens.
"""

from __future__ import annotations

import difflib
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import lxml.html
import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from beritaparse import dates
from beritaparse.dates import find_dates
from beritaparse.dates._grammar import HAS_DIGIT, RULES, WORD, rules_for
from beritaparse.lexicon import alternation
from beritaparse.model import Caption, Removed, RemovedReason
from beritaparse.outlets import NAMES
from beritaparse.page import bylines, dom, generic, titles
from beritaparse.page.pagequery import spaced_text
from beritaparse.page.pagetree import PageTree
from beritaparse.paste import extract, header
from beritaparse.rules import blocks, cues, strings
from beritaparse.rules import credits as credit_rules
from beritaparse.rules.strings import fold

if TYPE_CHECKING:
    from collections.abc import Iterable

# Every character Python or the regex engine may take for white space, and a few that neither does.
_SPACES = [chr(c) for c in range(0x3001) if chr(c).isspace() or regex.match(r"\s", chr(c))]
_TEXT = st.text(alphabet=st.sampled_from([*_SPACES, "a", "B", "\u200b", "\ufeff", "."]), max_size=30)


@given(_TEXT)
def test_fold_is_the_white_space_pattern(text: str) -> None:
    assert fold(text) == regex.sub(r"\s+", " ", text).strip()


def test_fold_keeps_information_separators_inside_a_word() -> None:
    # U+001C-U+001F are white space to str.split() but not to the pattern: fold keeps reading them so.
    assert fold(" a\x1cb  c ") == "a\x1cb c"


# Place-like openings with every dash ending (and a final newline, which "$" lets through), and noise.
_DASHED = st.one_of(
    st.builds(
        "".join,
        st.tuples(
            st.sampled_from(["J", "é", "1", " "]),
            st.text(alphabet=st.sampled_from(["a", "B", " ", ".", ",", "(", ")", "1"]), max_size=8),
            st.sampled_from(["", " ", "  "]),
            st.sampled_from(["-", "--", "–", "—", "-x", ":"]),
            st.sampled_from(["", "\n", "\n\n", " "]),
        ),
    ),
    st.text(alphabet=st.sampled_from(["a", "B", " ", "\n", "-", "–", "—"]), max_size=12),
)


@given(_DASHED)
def test_dateline_gate_keeps_every_match(text: str) -> None:
    if dom._DATELINE_ALONE.match(text):
        assert text.endswith(dom._DATELINE_ENDS)


_WORD_SEQ = st.lists(st.sampled_from(["a", "b", "c", "d", "e"]), max_size=14).map(tuple)


@given(_WORD_SEQ, _WORD_SEQ)
def test_shared_bound_is_never_below_the_matcher(words: tuple[str, ...], above: tuple[str, ...]) -> None:
    # The gate before the matcher rejects only what the matcher would: its bound is never below the words
    # that runs of two or more matching words cover.
    matcher = difflib.SequenceMatcher(None, words, above, autojunk=False)
    shared = sum(b.size for b in matcher.get_matching_blocks() if b.size >= 2)
    assert blocks._shared_bound(words, above) >= shared


def test_restates_still_finds_a_caption_repeating_the_text() -> None:
    above = "Presiden Joko Widodo meresmikan bendungan baru di Jawa Tengah, Senin. Warga menyambut gembira."
    assert blocks._restates("Presiden Joko Widodo meresmikan bendungan baru di Jawa Tengah, Senin.", above)
    assert not blocks._restates("Warga di Jawa Tengah meresmikan bendungan baru, kata Presiden.", above)


_INVISIBLE_MIX = st.sampled_from(["a", " ", "\u200b", "\u00ad", "\ufeff", "\u2060", "é"])


@given(st.text(alphabet=_INVISIBLE_MIX, max_size=10))
def test_strip_invisible_is_the_pattern(text: str) -> None:
    assert blocks.strip_invisible(text) == regex.sub(r"[\u200b-\u200d\u2060\ufeff\u00ad]", "", text)


_SENTENCES = st.text(
    alphabet=st.sampled_from(
        [".", "!", "?", "…", '"', "'", "”", "’", ")", "]", "“", "‘", "(", " ", "\n", "a", "B"]
    ),
    max_size=14,
)


@given(_SENTENCES)
def test_sentence_inside_is_the_split_pattern(text: str) -> None:
    assert (blocks._SENTENCE_INSIDE.search(text) is not None) is (_SENTENCE_SPLIT.search(text) is not None)


_BRACKETED = st.lists(
    st.sampled_from(["(", ")", "[", "]", " ", "\u00a0", "\n", "a", "/", ":", "Foto"]), max_size=10
).map("".join)


@given(_BRACKETED)
def test_credit_only_gate_keeps_every_match(text: str) -> None:
    # The rules read a block's text with its white space folded: nothing at either end.
    line = " ".join(text.split())
    if line and blocks._CREDIT_ONLY.match(line):
        assert line[:1] in "[("
        assert line[-1:] in ")]"


def test_a_plain_element_the_caller_names_a_caption_is_read_as_one() -> None:
    # The walk reads an element with no attribute without asking what sets elements apart, unless the
    # caller named it a caption: a bare <div> passed in ``captions`` still comes out as a caption.
    container = lxml.html.fragment_fromstring(
        "<div><p>Paragraf pertama.</p><div>Presiden di Istana. Foto: ANTARA</div><p>Paragraf kedua.</p></div>"
    )
    caption = container[1]
    walked = dom.walk(container, captions=[caption])
    assert [(c.hint, c.text) for c in walked.candidates] == [
        (None, "Paragraf pertama."),
        ("caption", "Presiden di Istana. Foto: ANTARA"),
        (None, "Paragraf kedua."),
    ]
    plain = dom.walk(container)
    assert [c.hint for c in plain.candidates] == [None, None, None]


# Where one sentence ends and the next begins, as first written (look-arounds around the white space).
_SENTENCE_SPLIT = regex.compile(r"(?<=[.!?…][\"'”’)\]]*)\s+(?=[\"'“‘(]?\p{Lu})", regex.VERSION1)


def _restates_reference(text: str, above: str) -> bool:
    """_restates as first written: every word list made, the matcher run on every one-sentence block."""
    words = [w.casefold() for w in regex.findall(r"\w+", text, flags=regex.VERSION1)]
    if (
        len(words) < 6
        or not regex.search(r"[.!?…][\"'”’)\]]*$", text)
        or len(_SENTENCE_SPLIT.split(text)) > 1
    ):
        return False
    above_words = [w.casefold() for w in regex.findall(r"\w+", above, flags=regex.VERSION1)]
    if len(words) >= len(above_words):
        return False
    matcher = difflib.SequenceMatcher(None, words, above_words, autojunk=False)
    shared = sum(b.size for b in matcher.get_matching_blocks() if b.size >= 2)
    return shared >= 0.9 * len(words)


_SENTENCE_WORDS = st.lists(
    st.sampled_from(["Ia", "ia", "ß", "SS", "İstanbul", "kata", "dia", "Budi", "x1"]), min_size=1, max_size=12
)


@given(_SENTENCE_WORDS, _SENTENCE_WORDS, _SENTENCE_WORDS)
def test_restates_answers_as_first_written(said: list[str], before: list[str], after: list[str]) -> None:
    text = " ".join(said) + "."
    above = f"{' '.join(before)} {' '.join(said)} {' '.join(after)}. Lalu."
    assert blocks._restates(text, above) == _restates_reference(text, above)
    assert blocks._restates(text, text + " " + above) == _restates_reference(text, text + " " + above)


_PIECES = st.lists(
    st.text(alphabet=st.sampled_from(["a", "B", " ", "\n", "\u00a0", "é", "|"]), max_size=30), max_size=5
)


@given(_PIECES, st.integers(min_value=0, max_value=40))
def test_short_text_is_the_spaced_text_when_short(pieces: list[str], limit: int) -> None:
    root = lxml.html.fragment_fromstring("<div></div>")
    root.text = pieces[0] if pieces else None
    for piece in pieces[1:]:
        child = lxml.html.fragment_fromstring("<span></span>")
        child.text = piece
        child.tail = piece[::-1]
        root.append(child)
    text = spaced_text(root)
    assert bylines._short_text(root, limit) == (text if len(text) <= limit else "")


def _plain_inferred_day(paragraphs: tuple[str, ...]) -> object:
    """``paste.extract._inferred_day`` as first written: the whole body through the date grammar twice."""
    text = "\n".join(paragraphs)
    full = [m for m in find_dates(text) if m.value.granularity == "day" and regex.search(r"\d{4}", m.raw)]
    reference = max((m.value.start for m in full), default=None)
    days = [
        m.value.start.date()
        for m in find_dates(text, reference=reference)
        if m.value.granularity == "day" and regex.search(r"(?i)\w+\s*,?\s*\(\d", m.raw)
    ]
    return max(days, default=None)


_PASTE_PARAGRAPHS = [
    ("Rapat digelar Selasa (17/12) di balai kota.", "Warga hadir sejak pagi."),
    ("Rapat digelar Senin, (16/12/2024) pukul 10.00 WIB.", "Sabtu (14/12) ada rapat lain."),
    ("Pada 3 Januari 2025 warga berkumpul.", "Kamis (2/1) hujan turun, dan Jumat (3/1) reda."),
    ("Pada 3 Januari 2025 warga berkumpul.", "Hujan turun (1/2) kali sehari."),
    ("Warga berkumpul pada Kamis 2 Januari.", "Tanpa tanggal dalam kurung sama sekali."),
    ("Laporan (2024) menyebut 1500 warga.", "Rabu(4/12)pagi ramai."),
    ("(5/5)", "Jumat\n(3/1)"),
    ("Tahun 2023 berlalu.", "Minggu (31/12) malam."),
]
_DATE_WORDS = [
    "Selasa",
    "Jumat",
    "(17/12)",
    "(1",
    " ",
    ", ",
    "\n",
    "2024",
    "13 Mei 2024",
    "kemarin",
    "pukul 10",
    "x",
]
_DATE_BITS = st.sampled_from(_DATE_WORDS)


@pytest.mark.parametrize("paragraphs", _PASTE_PARAGRAPHS)
def test_inferred_day_is_the_plain_scan(paragraphs: tuple[str, ...]) -> None:
    assert extract._inferred_day(paragraphs) == _plain_inferred_day(paragraphs)


def test_inferred_day_is_the_plain_scan_on_the_committed_pastes() -> None:
    root = Path(__file__).parent
    texts = [*sorted(root.glob("pastes/**/*.txt")), *sorted(root.glob("seeds/*.txt"))]
    bodies = [tuple(p for p in path.read_text(encoding="utf-8").splitlines() if p.strip()) for path in texts]
    assert sum(_plain_inferred_day(b) is not None for b in bodies) >= 3  # the fast path is not all None
    for body in bodies:
        assert extract._inferred_day(body) == _plain_inferred_day(body)


@given(st.lists(st.lists(_DATE_BITS, max_size=6).map("".join), min_size=1, max_size=3).map(tuple))
def test_inferred_day_is_the_plain_scan_on_date_fragments(paragraphs: tuple[str, ...]) -> None:
    assert extract._inferred_day(paragraphs) == _plain_inferred_day(paragraphs)


def _spans(matches: Iterable[regex.Match[str]]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]


def _assert_gated_scan_is_finditer(text: str) -> None:
    starts = dates._Starts(text)
    for rule in RULES:
        if rule.after is None:
            gated = _spans(dates._gated_finditer(rule, text, starts))
            assert gated == _spans(rule.pattern.finditer(text)), rule


def test_gated_date_scan_is_finditer_on_the_committed_texts() -> None:
    # Every rule, gated or not in _candidates, on every paste and seed: a rule whose pattern gained a
    # lookbehind reading more than one character back, or an opening the partial match misjudges, fails here.
    root = Path(__file__).parent
    paths = [*sorted(root.glob("pastes/**/*.txt")), *sorted(root.glob("seeds/*.txt"))]
    for path in paths:
        _assert_gated_scan_is_finditer(path.read_text(encoding="utf-8"))


# Date pieces, their neighbours in odd cases, and characters that end and start words.
_GATE_BITS = st.sampled_from(
    [
        *_DATE_WORDS,
        "SENIN",
        "jum'at",
        "x'Jumat",
        "17/12/2024",
        "'90-an",
        "1990-an",
        "tiga hari lalu",
        "awal bulan depan",
        "pekan lalu",
        "13:24 WIB",
        "Idul Fitri 1445 H",
        "\u0130",
        "\u212a",
        "-",
        "(",
        ".",
        "_",
    ]
)


@given(st.lists(_GATE_BITS, max_size=12).map("".join))
def test_gated_date_scan_is_finditer_on_date_fragments(text: str) -> None:
    _assert_gated_scan_is_finditer(text)


def test_long_texts_take_the_gated_scan() -> None:
    # The gate is what _candidates runs on a body: it must find the plain scan's candidates there.
    text = " ".join(["Rapat digelar Selasa (17/12/2024) pukul 10.00 WIB, sepekan setelah bulan lalu."] * 8)
    assert len(text) >= dates._GATED_LENGTH
    assert len(dates._candidates(text)) >= 8


@given(st.lists(_DATE_BITS, max_size=8).map(" ".join))
def test_rules_for_is_each_rules_own_precheck(text: str) -> None:
    lowered = text.casefold()
    words = frozenset(WORD.findall(lowered))
    has_digit = HAS_DIGIT.search(text) is not None
    expected = [rule for rule in RULES if rule.may_match(lowered, words, has_digit=has_digit)]
    assert rules_for(text) == expected


def test_header_byline_verdicts_are_the_plain_reads() -> None:
    root = Path(__file__).parent
    texts = [*sorted(root.glob("pastes/**/*.txt")), *sorted(root.glob("seeds/*.txt"))]
    seen = 0
    for path in texts:
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()][:40]
        read = header._HeaderLines(lines, set())
        header._read_byline(read, header.Header())
        assert read.bylined == [header._byline(line) is not None for line in lines]
        for line, known in zip(lines, read.bylined, strict=True):
            assert header._headline_like(line, None, byline=known) == header._headline_like(line, None)
        seen += sum(read.bylined)
    assert seen >= 10  # the pastes hold bylines: the verdicts are not all False


_BRACKET_BITS = st.sampled_from(["a", "É", "_", "1", " ", "\n", "\t", ",", ",", "(", "(", "."])


@given(st.text(alphabet=_BRACKET_BITS, max_size=20))
def test_bracketed_day_gate_is_the_plain_pattern(text: str) -> None:
    plain = regex.search(r"(?i)\w+\s*,?\s*\(\d", text)
    assert (extract._WEEKDAY_DAY.search(text) is None) == (plain is None)


def _hand_built(first: str, second: str, *, inside: bool) -> lxml.html.HtmlElement:
    """A tree with two body elements, as a caller may build: the second after the first, or inside it."""
    doc = lxml.html.document_fromstring(f"<html><body>{first}</body></html>")
    extra = lxml.html.Element("body")
    extra.append(lxml.html.fragment_fromstring(second))
    (doc.find("body/div") if inside else doc).append(extra)
    return doc


_CREDIT_PAGE = (
    "<div>Penulis: Budi <b>x</b> Editor : Sari\u00a0</div>\u00a0 \n"
    "<p>Teks oleh Ani. <span>\u2003oleh Ani</span> Oleh Budi</p>"
    "<table><tr><td>\u212aontributor</td><td>: Citra</td></tr></table>\n   \n"
)


@pytest.mark.parametrize(
    "doc",
    [
        lxml.html.document_fromstring(
            f"<html><head><title>Penulis: X</title></head><body>{_CREDIT_PAGE}</body>"
        ),
        lxml.html.document_fromstring("<html><body><p>Tak ada kredit di sini</p></body></html>"),
        lxml.html.document_fromstring("<html><head><title>Penulis: X</title></head></html>"),
        _hand_built(_CREDIT_PAGE, "<p>Editor: Dedi</p>", inside=False),
        _hand_built(_CREDIT_PAGE, "<div>Redaktur: Eka</div>", inside=True),
    ],
)
def test_credit_openers_are_the_labelled_text_nodes(doc: lxml.html.HtmlElement) -> None:
    # The scan reads plain strings and fetches the few nodes that open a credit by their position: the same
    # nodes, as the smart-string scan over every non-blank text node finds them, on any number of bodies.
    bodies = PageTree(doc).bodies
    slow = [
        n
        for n in doc.xpath("/descendant::body/descendant::text()[normalize-space()]")
        if bylines._CREDIT_START.match(n)
    ]
    fast = list(bylines._credit_openers(doc, bodies))
    assert len(bodies) == doc.xpath("count(//body)")
    assert fast == slow
    assert [(n.getparent(), n.is_tail) for n in fast] == [(n.getparent(), n.is_tail) for n in slow]
    if "Penulis: Budi" in lxml.html.tostring(doc, encoding="unicode"):
        assert fast


def _byline_near_reference(title_el: lxml.html.HtmlElement | None) -> list[str]:
    """bylines._byline_near as it reads every element around the headline, without the class gate."""
    found = []
    for _, el in titles.around(title_el):
        cls = el.get("class")
        if not cls or not bylines._BYLINE_CLASS.search(cls) or bylines._in_media(el):
            continue
        text = spaced_text(el)
        if text and len(text) <= 100:
            found.append(text)
    return found


@pytest.mark.parametrize(
    ("markup", "found"),
    [
        # The byline two boxes out, the farthest level read: the gate must let it through.
        (
            '<div class="a"><div class="b"><div class="c"><h1>Judul</h1></div></div>'
            '<p class="penulis-x">Budi</p></div>',
            True,
        ),
        ('<div class="a"><h1>Judul</h1><span class="ArticleAuthorBox">Budi Santoso</span></div>', True),
        (
            '<div class="a"><h1>Judul</h1>'
            '<figure class="x"><span class="author">FOTO/Budi</span></figure></div>',
            False,
        ),
        # One box farther than the levels read, and no byline class at all.
        (
            '<div class="w"><div class="a"><div class="b"><div class="c"><h1>Judul</h1></div></div></div>'
            '<p class="author">Budi</p></div>',
            False,
        ),
        ('<div class="a"><h1>Judul</h1><p class="lead">Teks</p></div>', False),
    ],
)
def test_byline_near_gate_keeps_every_byline(markup: str, found: bool) -> None:
    doc = lxml.html.document_fromstring(f"<html><body>{markup}</body></html>")
    title_el = doc.find(".//h1")
    assert list(bylines._byline_near(title_el)) == _byline_near_reference(title_el)
    assert bool(list(bylines._byline_near(title_el))) is found
    assert list(bylines._byline_near(None)) == [] == list(bylines._byline_near(doc))


@given(_TEXT)
def test_two_splits_count_three_words_as_the_full_split(text: str) -> None:
    # paste.layout._continues counts a paragraph's words this way (it only asks for three or more).
    assert (len(text.split(maxsplit=2)) >= 3) == (len(text.split()) >= 3)


def test_removed_takes_a_member_or_its_value_as_before() -> None:
    assert Removed(RemovedReason.BYLINE, "x").reason is RemovedReason.BYLINE
    assert Removed("byline", "x").reason is RemovedReason.BYLINE  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        Removed("no such reason", "x")  # type: ignore[arg-type]


# Dateline pieces without a dash: places, outlets, brackets, dates, words in both cases.
_DASHLESS_BITS = st.sampled_from(
    [
        *("JAKARTA", "Jakarta", "Kompas.com", "KOMPAS.com", "(ANTARA)", "(", ")", ",", ", ", " ", "  ", "."),
        *("23", "Februari", "2016", "de", "Banda Aceh", "Liputan6.com", "The", "warga", "X", "\u00c9tienne"),
        *("'", "_"),
    ]
)


def test_dashed_dateline_forms_are_the_generic_ones_but_the_last() -> None:
    # The gate in split_dateline skips all but the last _UNDASHED generic forms on a line with no dash.
    undashed = blocks._UNDASHED
    dashed = [p.pattern for p in blocks._GENERIC_DATELINES if blocks._D in p.pattern]
    assert dashed == [p.pattern for p in blocks._GENERIC_DATELINES[:-undashed]]
    assert all(blocks._D not in p.pattern for p in blocks._GENERIC_DATELINES[-undashed:])


# No deadline: the first example compiles the six patterns, which on a loaded machine outlasts it.
@settings(deadline=None)
@given(st.lists(_DASHLESS_BITS, max_size=10).map("".join))
def test_dashed_dateline_forms_never_match_a_line_without_a_dash(text: str) -> None:
    for pattern in blocks._GENERIC_DATELINES[: -blocks._UNDASHED]:
        assert pattern.match(text) is None


def test_split_dateline_on_the_committed_pastes_is_the_plain_loop() -> None:
    # The plain form: every generic pattern tried on every line (no outlet; the gate is on generic forms).
    def plain(text: str) -> tuple[str | None, str, str] | None:
        for pattern in blocks._GENERIC_DATELINES:
            m = pattern.match(text)
            if m is None:
                continue
            rest = text[m.end() :].lstrip()
            if rest and not (rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"'“‘("):
                continue
            if blocks._hyphenated(text, m.end()):
                continue
            place = m.groupdict().get("place")
            return (blocks._place_name(place) if place else None), text[: m.end()].strip(), rest
        return None

    root = Path(__file__).parent
    lines = {
        line.strip()
        for path in [*root.glob("pastes/**/*.txt"), *root.glob("seeds/*.txt")]
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    found = 0
    for line in sorted(lines):
        expected = plain(line)
        if expected is not None:
            found += 1
            assert blocks.split_dateline.__wrapped__(line, None) == expected
    assert found >= 20


# Header lines: dates in every form the grammar reads, with credits and glued letters around them.
_BYLINE_BITS = st.sampled_from(
    [
        *("Senin, 13 Mei 2024 13:24 WIB", "1/2/24", "01-02-2024", "12.05.24", "(10/12)", "09:30", "x"),
        "Budi",
        *(" ", ", ", "|", "Oleh", "2024", "13", "/", ".", "-", "Mei", "Kamis", "pukul", "WIB", "kemarin"),
    ]
)


@settings(deadline=None)  # the first example compiles date rules
@given(st.lists(_BYLINE_BITS, max_size=8).map("".join))
def test_byline_line_gate_keeps_every_counted_mention(line: str) -> None:
    # header._byline returns None on a line without _ABSOLUTE_IN_LINE: no mention it counts is there.
    if header._ABSOLUTE_IN_LINE.search(line) is None:
        assert not any(header._ABSOLUTE.search(m.raw) for m in find_dates(line))


def test_gated_date_scan_after_its_tables_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    # A table fills and empties every text here: the answers are still the plain finditer's.
    monkeypatch.setattr(dates, "_OPENINGS", 8)
    root = Path(__file__).parent
    for path in sorted(root.glob("seeds/*.txt")):
        _assert_gated_scan_is_finditer(path.read_text(encoding="utf-8"))


_CAPTION_WORDS = ["Presiden di Istana.", "kata dia:", " ", "Foto", "FOTO", "foto", "PHOTO", "Dok.", "DOC"]
_CAPTION_MARKS = ["gambar", ":", "ANTARA/Budi", "©", "2024", "Getty Images", "Mandatory Credit: x", "/", "K"]
_CAPTION_PIECES = st.lists(
    st.sampled_from(
        [*_CAPTION_WORDS, *_CAPTION_MARKS, "İ", "."]
    ),
    max_size=7,
).map("".join)


def _unbracketed_reference(text: str) -> regex.Match[str] | None:
    """_unbracketed_credit as first written: both label forms tried on every line with a colon."""
    if "©" in text and (m := blocks._COPYRIGHT_CREDIT.match(text)) is not None:
        return m
    m = None if "©" in text else blocks._PAREN_C_CREDIT.match(text)
    if m is not None and blocks._sourced(m["credit"]):
        return m
    if ":" in text:
        m = blocks._TRAILING_PHOTO_CREDIT.match(text) or blocks._GLUED_PHOTO_CREDIT.match(text)
        if m is not None:
            return m
    if (m := blocks._OPEN_CREDIT.match(text)) is not None and not text.endswith(")"):
        return m
    if (m := blocks._ILLUSTRATION_CREDIT.match(text)) is not None:
        return m
    if "/" not in text:
        return None
    return (
        blocks._BARE_AGENCY_CREDIT.match(text)
        or cues.GLUED_AGENCY_CREDIT.match(text)
        or blocks._LEADING_CREDIT.match(text)
    )


def _same_span(a: regex.Match[str] | None, b: regex.Match[str] | None) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and a.groupdict() == b.groupdict())


@given(_CAPTION_PIECES)
def test_caption_label_gates_keep_every_match(text: str) -> None:
    assert _same_span(blocks._unbracketed_credit(text), _unbracketed_reference(text))


def _split_caption_reference(text: str) -> Caption:
    """split_caption as first written, without a credit element: each pattern tried on every caption."""
    text = blocks._CAPTION_LABEL.sub("", text).strip()
    m = cues.CAPTION_CREDIT.match(text.rstrip(". "))
    credit = m["credit"] if m is not None else ""
    if m is not None and not blocks._DATE_LIKE.match(credit) and not blocks._INITIALS_ONLY.match(credit):
        return Caption(text=m["text"].strip(), credit=m["credit"].strip())
    m = _unbracketed_reference(text) or blocks._AGENCY_PHOTO_CREDIT.match(text)
    if m is not None:
        return Caption(text=m["text"].strip(), credit=m["credit"].strip())
    return Caption(text=text, credit=None)


_BRACKETED_CAPTION_PIECES = st.lists(
    st.sampled_from(
        [*_CAPTION_WORDS, *_CAPTION_MARKS, "İ", ".", "(", ")", "[", "]", "(ANTARA)", "13/5", "\n", "AP Photo"]
    ),
    max_size=7,
).map("".join)


@given(_BRACKETED_CAPTION_PIECES)
def test_a_caption_is_split_as_its_patterns_split_it(text: str) -> None:
    assert blocks.split_caption(text) == _split_caption_reference(text)


def test_caption_label_gates_keep_every_match_on_the_committed_pastes() -> None:
    folder = Path(__file__).parent
    lines = {line for p in folder.glob("pastes/*/*.txt") for line in p.read_text("utf-8").splitlines()}
    found = 0
    for line in lines:
        assert _same_span(blocks._unbracketed_credit(line), _unbracketed_reference(line)), line
        found += blocks._unbracketed_credit(line) is not None
    assert found  # the pastes hold captions with their credits


def _lineage_winners_plain(scores: list[float | None], parent: list[int]) -> list[int]:
    """The container finder's winners read off every element: the best score strictly inside each and
    strictly around each, and the candidates above 0 that are no lower than what is around them and above
    what is inside them."""
    n = len(scores)
    inside = [float("-inf")] * n
    around = [float("-inf")] * n
    for i in range(n - 1, -1, -1):
        up = parent[i]
        if up >= 0:
            s = scores[i]
            inside[up] = max(inside[up], inside[i], s if s is not None else float("-inf"))
    for i in range(n):
        up = parent[i]
        if up >= 0:
            s = scores[up]
            around[i] = max(around[up], s if s is not None else float("-inf"))
    return [
        i
        for i, s in enumerate(scores)
        if s is not None and s > 0 and s >= around[i] and s > inside[i]
    ]


@st.composite
def _scored_trees(draw: st.DrawFn) -> tuple[list[float | None], list[int]]:
    n = draw(st.integers(1, 40))
    # Document order: an element's parent comes before it.
    parent = [-1, *(draw(st.integers(0, i - 1)) for i in range(1, n))]
    scores = draw(st.lists(st.none() | st.integers(-5, 6).map(float), min_size=n, max_size=n))
    return scores, parent


@given(_scored_trees())
def test_lineage_winners_walk_only_the_lines_of_positive_candidates(
    tree: tuple[list[float | None], list[int]],
) -> None:
    scores, parent = tree
    assert generic._lineage_winners(scores, parent) == _lineage_winners_plain(scores, parent)


def _chrome_box(
    i: int,
    *,
    chrome: list[bool],
    bad: list[float],
    boxed: list[float],
    sums: tuple[list[float], list[float]],
    leaf: list[bool],
) -> float:
    """The chrome element ``i`` hands its parent as one box: its own when it is read as one block, its
    subtree's when it holds no prose and its chrome is mostly such boxes."""
    tree_good, tree_bad = sums
    if chrome[i]:
        return bad[i]
    if boxed[i] and not tree_good[i] and not leaf[i] and boxed[i] >= generic._MOST * tree_bad[i]:
        return tree_bad[i]
    return 0.0


def _top_two_passes(
    good: list[float],
    bad: list[float],
    leaf: list[bool],
    parent: list[int],
    items: set[int],
    *,
    aside: set[int],
    lined: set[int],
    chrome: list[bool],
    paragraphs: list[bool],
    texts: set[int],
) -> int:
    """The container finder's choice as first written: every element's sums bottom up, then every element's
    score in a second pass over the page."""
    n = len(good)
    tree_good = [0.0] * n
    tree_bad = list(bad)
    own = [0.0] * n
    boxed = [0.0] * n
    for i in range(n - 1, -1, -1):
        up = parent[i]
        g = good[i]
        if up < 0:
            tree_good[i] += g
            if not leaf[i]:
                own[i] += g
            continue
        if leaf[i]:
            tree_good[up] += g
            if paragraphs[i]:
                # A paragraph's prose is all its own element's, what stands inside it too (a quote's <p>s).
                own[up] += g + tree_good[i]
        else:
            tree_good[i] += g
            own[i] += g
            if g and paragraphs[i] and tree_good[i] == g:
                own[up] += g
        sums = (tree_good, tree_bad)
        boxed[up] += _chrome_box(i, chrome=chrome, bad=bad, boxed=boxed, sums=sums, leaf=leaf)
        if i not in items:
            tree_good[up] += tree_good[i]
        tree_bad[up] += tree_bad[i]
    scores: list[float | None] = [None] * n
    for i in range(n):
        # A teaser, or a <div> paragraph among its element's other paragraphs: no candidate.
        written = not leaf[i] and good[i] and paragraphs[i] and tree_good[i] == good[i] and parent[i] in texts
        if i in aside or written:
            continue
        if leaf[i]:
            if i in lined and generic._stands_alone(i, good, tree_good, tree_bad, parent):
                scores[i] = good[i] + tree_good[i] - generic._BAD_WEIGHT * tree_bad[i]
            continue
        score = tree_good[i] - generic._BAD_WEIGHT * tree_bad[i]
        if boxed[i] and own[i] and own[i] >= generic._MOST * tree_good[i]:
            score += generic._BAD_WEIGHT * boxed[i]
        scores[i] = score
    winners = _lineage_winners_plain(scores, parent)
    best = -1
    for i in winners:
        prose = tree_good[i] + (good[i] if leaf[i] else 0.0)
        best_prose = tree_good[best] + (good[best] if leaf[best] else 0.0) if best >= 0 else 0.0
        if best < 0 or (prose, scores[i]) > (best_prose, scores[best]):
            best = i
    return best


@st.composite
def _judged_trees(draw: st.DrawFn) -> tuple[list[Any], ...]:
    n = draw(st.integers(1, 30))
    parent = [-1, *(draw(st.integers(0, i - 1)) for i in range(1, n))]
    # Half the elements with no letters (most of a page's), the rest with some.
    letters = st.just(0.0) | st.integers(1, 300).map(float)
    flags = st.lists(st.booleans(), min_size=n, max_size=n)
    indices = st.sets(st.integers(0, n - 1), max_size=n)
    return (
        draw(st.lists(letters, min_size=n, max_size=n)),
        draw(st.lists(letters, min_size=n, max_size=n)),
        draw(flags),
        parent,
        *(draw(indices) for _ in range(3)),
        draw(flags),
        draw(flags),
        draw(indices),
    )


@settings(max_examples=400)
@given(_judged_trees())
def test_the_container_is_scored_in_one_pass_as_in_two(tree: tuple[list[Any], ...]) -> None:
    good, bad, leaf, parent, items, aside, lined, chrome, paragraphs, texts = tree
    options = {"aside": aside, "lined": lined, "chrome": chrome, "paragraphs": paragraphs, "texts": texts}
    assert generic._top(good, bad, leaf, parent, items, **options) == _top_two_passes(
        good, bad, leaf, parent, items, **options
    )


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_text_key_of_ascii_text_is_the_patterns(text: str) -> None:
    """``text_key`` reads ASCII text with str methods: the same key as the pattern's substitution."""
    reference = regex.sub(r"[^\p{L}\p{N}]+", " ", text).strip().casefold()
    assert strings.text_key(text) == reference


def test_text_key_of_every_two_ascii_characters_is_the_patterns() -> None:
    """The table of bytes that ``text_key`` translates ASCII text by maps each character as the pattern and
    the case folding do: every character alone and beside every other, around a word."""
    for a in map(chr, range(128)):
        for b in map(chr, range(128)):
            text = f"{a}Ab{b}9{a}"
            reference = regex.sub(r"[^\p{L}\p{N}]+", " ", text).strip().casefold()
            assert strings.text_key.__wrapped__(text) == reference


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_words_of_ascii_text_are_the_patterns(text: str) -> None:
    """``words_of`` reads ASCII text with str methods: the same words as the pattern's findall."""
    assert strings.words_of(text) == tuple(regex.findall(r"\w+", text.casefold(), flags=regex.VERSION1))


def test_words_of_every_two_ascii_characters_are_the_patterns() -> None:
    """The table of bytes that ``words_of`` translates ASCII text by splits and folds each character as the
    pattern and the case folding do: every character alone and beside every other, around a word."""
    for a in map(chr, range(128)):
        for b in map(chr, range(128)):
            text = f"{a}Ab{b}9_{a}z"
            reference = tuple(regex.findall(r"\w+", text.casefold(), flags=regex.VERSION1))
            assert strings.words_of(text) == reference


def test_case_folding_keeps_every_characters_word_ness() -> None:
    """``words_of`` folds the whole text before the pattern splits it, and page.kind counts a text's words
    by it: the same words, and as many as the pattern finds in the text as written, while case folding maps
    each word character to word characters alone and each other character to others alone. Every code
    point is checked."""
    word = regex.compile(r"\w", flags=regex.VERSION1)
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:  # the surrogates: no characters
            continue
        char = chr(code)
        folded = char.casefold()
        is_word = word.fullmatch(char) is not None
        assert folded, hex(code)
        assert all((word.fullmatch(f) is not None) is is_word for f in folded), hex(code)


@pytest.mark.parametrize(
    "text", ["Banjir Jakarta Hari Ini", "İstanbul'da Straße — Ünal 2024!", "ǅemal, ΣΊΣΥΦΟΣ: ﬁnal", " ", "ß_ẞ"]
)
def test_kind_counts_a_texts_words_as_the_pattern(text: str) -> None:
    """page.kind reads a heading's or a link's words by ``words_of``: as many as the pattern finds in the
    text as written, and joined as the pattern's joined and folded."""
    found = regex.findall(r"\w+", text, flags=regex.VERSION1)
    assert len(strings.words_of(text)) == len(found)
    assert " ".join(strings.words_of(text)) == " ".join(found).casefold()


# --- site names: the shared names' pattern and a page's own, as one pattern of them all ---

_SITE_WORDS = ["The Jakarta Post", "Jakarta Post", "Post Kota", "Kota Baru", "Tribun", "Tribunnews.com"]


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(
        st.sampled_from([*_SITE_WORDS, "Nama", "Budi", ",", "(", ")", "-", "jakarta", "  "]), max_size=12
    ),
    shared=st.sets(st.sampled_from(_SITE_WORDS), min_size=1),
    own=st.sets(st.sampled_from(_SITE_WORDS), min_size=1),
)
def test_the_site_names_two_patterns_find_what_one_pattern_finds(
    words: list[str], shared: set[str], own: set[str]
) -> None:
    own = own - shared or {"Kota Baru Post"}
    text = " ".join(words)
    flags = credit_rules._FLAGS
    one = regex.compile(rf"(?<![\w]){alternation(shared | own)}(?![\w])", flags)
    two = tuple(regex.compile(rf"(?<![\w]){alternation(n)}(?![\w])", flags) for n in (shared, own))
    found = [m.span() for m in credit_rules._site_matches(text, two)]
    assert found == [m.span() for m in one.finditer(text, 1)]


def test_a_pages_own_site_name_ends_a_byline_beside_the_known_outlets() -> None:
    # "Warta Kota Baru" is no known outlet: the page's og:site_name gives it, the outlets' names come after.
    sites = ("Warta Kota Baru", *NAMES)
    split = credit_rules.split_names
    assert split("Budi Santoso, Warta Kota Baru, Jakarta", site_names=sites) == ("Budi Santoso",)
    assert split("Corry Elyda, The Jakarta Post, Jakarta", site_names=sites) == ("Corry Elyda",)
