"""The cheap tests that stand in front of the cue patterns give the patterns' own answers.

A cue table tries only the rows that can open on a line's first two characters, and a full-line row that
opens on a wide run (``.{0,200}``) declares the words it needs and runs only on a line that holds one
(``rules.cues.CueTable``); a sentence end is read from the end of the text (``rules.cues.ends_sentence``).
Each must answer as the engine does, on any text, not only on the pastes.
"""

from __future__ import annotations

import functools
import string
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from beritaparse.cache import patterns as cache
from beritaparse.lexicon import language, phrases
from beritaparse.model import RemovedReason
from beritaparse.page import bylines
from beritaparse.rules import blocks as block_rules
from beritaparse.rules import credits as credit_rules
from beritaparse.rules import cues
from beritaparse.rules.flags import WORDS, lazy

if TYPE_CHECKING:
    from collections.abc import Iterator

R = RemovedReason
GATED = [row for row in phrases.FULL_LINE if len(row) == 3]


@functools.cache
def _compiled(table: tuple[phrases.CueRow, ...]) -> list[tuple[regex.Pattern[str], RemovedReason]]:
    return [(regex.compile(row[0], WORDS), row[1]) for row in table]


def _one_by_one(text: str, table: tuple[phrases.CueRow, ...] = phrases.FULL_LINE) -> RemovedReason | None:
    """The reason of the first row of ``table`` that matches ``text`` (FULL_LINE: the whole of it; LEAD: its
    start), each row compiled alone."""
    whole = table is phrases.FULL_LINE
    return next(
        (reason for p, reason in _compiled(table) if (p.fullmatch(text) if whole else p.match(text))), None
    )


def test_the_letters_table_holds_every_character_the_engine_reads_as_an_ascii_letter() -> None:
    # Under the word flags "i" matches "İ", "k" the Kelvin sign, "s" the long s: a needed word must be found
    # in the folded line wherever the engine finds it, so each such character folds to its letter.
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for letter in string.ascii_lowercase:
        for found in regex.findall(letter, everything, WORDS):
            assert letter in cues.folded(found), (letter, f"U+{ord(found):04X}")


def test_gated_rows_need_plain_words_their_pattern_writes() -> None:
    assert len(GATED) >= 4  # the rows opening on a wide run, the table's dearest
    for source, _, needs in GATED:
        assert needs
        for word in needs:
            # One lower-case ASCII word: the folded line holds it as written (see the test above).
            assert word.isascii(), word
            assert word.isalpha(), word
            assert word == word.lower(), word
            assert word in source, (word, source)  # a word the row does not write would be no gate


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("© 2024 Contoh Media. All rights reserved.", R.FOOTER),
        # "İ" is an "i" to the engine, and to the gate
        ("Konten ini hak cipta DİLİNDUNGİ undang-undang", R.FOOTER),
        ("Konten ini hak cipta diLındungi", None),  # a dotless "ı" is no "i" to either
        ("Sumber: Kompas.com, all rights reserved", R.FOOTER),  # the gated row comes first in the table
        ("Sumber: terima kasih, anda berhasil berlangganan", R.BOILERPLATE),  # the alternation's row first
        ("Email berhasil dikirim, sekarang anda sudah berlangganan disini", R.PROMO),
        ("Info lengkap klik: www.contoh.co.id/daftar", R.PROMO),
        ("Baca berita lainnya langsung di ponsel Anda", R.PROMO),
        ("Gabung saluran kami https://whatsapp.com/channel/abc", R.PROMO),
        ("Ikuti berita terkini di Google News", R.PROMO),
        ("Pemerintah meminta warga tetap di rumah selama libur panjang.", None),
    ],
)
def test_the_table_names_the_first_row_that_matches(line: str, reason: RemovedReason | None) -> None:
    assert _one_by_one(line) is reason
    assert cues.FULL_LINE_CUES.fullmatch(line) is reason


def _paste_lines() -> list[str]:
    folder = Path(__file__).parent
    texts = [p.read_text("utf-8") for p in (*folder.glob("pastes/*/*.txt"), *folder.glob("seeds/*.txt"))]
    return sorted({line for text in texts for line in text.splitlines()})


@pytest.mark.parametrize(
    "text",
    ["", "\n", ".", "Selesai.", "kata dia.”", 'kata dia."\n', "kata dia.\n\n", "(abc)", "Judul", "Ya?)]"],
)
def test_a_sentence_end_is_read_as_the_pattern_reads_it(text: str) -> None:
    # ends_sentence strips the closers before it looks for the end: that reads the pattern right only
    # while no character is both, and neither is a newline
    assert not set(language.SENTENCE_ENDS) & set(language.CLOSERS + "\n")
    assert "\n" not in language.SENTENCE_ENDS
    assert cues.ends_sentence(text) is (cues.SENTENCE_END.search(text) is not None)


def test_a_sentence_end_is_read_as_the_pattern_reads_it_on_every_paste_line() -> None:
    lines = _paste_lines()
    assert len(lines) > 1000
    for line in lines:
        for text in (line, line + "\n", line.rstrip(".")):
            assert cues.ends_sentence(text) is (cues.SENTENCE_END.search(text) is not None), text


def test_the_tables_answer_as_their_rows_one_by_one_on_every_paste_line() -> None:
    # Every line, however long, and its openings cut short, in three cases: the rows kept for a line's
    # first two characters must hold every row that matches it.
    lines = _paste_lines()
    openings = {text for line in lines for text in (line[:1], line[:2], line[:3])}
    texts = {*lines, *(variant for text in openings for variant in (text, text.upper(), text.lower()))}
    named = 0
    for text in sorted(texts):
        expected = _one_by_one(text)
        named += expected is not None
        assert cues.FULL_LINE_CUES.fullmatch(text) is expected, text
        assert cues.LEAD_CUES.match(text) is _one_by_one(text, phrases.LEAD), text
    assert named > 100


def test_a_line_meets_only_the_rows_that_can_open_on_its_first_characters() -> None:
    rows = cues.FULL_LINE_CUES.rows
    for opening in ("Pe", "Se", "20", "Ba"):
        met = cues.FULL_LINE_CUES._rows_for(opening, whole=True)
        assert len(met) < len(rows) / 3, opening  # what makes the table cheap: most rows never run
        assert {i for i, _, _ in met} >= {i for i, needs, _ in rows if needs}  # gated rows always stay


@pytest.mark.parametrize(
    "text", ["Penulis", "Pewarta Foto :", "OLEH:", "Editor\u00a0:", "Penulis Editor", "Oleh Budi Santoso"]
)
def test_a_role_line_is_read_as_the_pattern_reads_it(text: str) -> None:
    found, expected = cues.role_line(text), cues.ROLE_LINE.match(text)
    assert (found and found.group()) == (expected and expected.group())


def test_a_role_line_is_read_as_the_pattern_reads_it_on_every_paste_line() -> None:
    roles = 0
    for line in _paste_lines():
        expected = cues.ROLE_LINE.match(line)
        roles += expected is not None
        assert (cues.role_line(line) is None) is (expected is None), line
    assert roles >= 3  # the pastes hold credit boxes with the role on its own line


# The patterns the block rules and the container finder ask behind an opening gate.
_OPENING_GATED = (
    cues.RELATED_CUE,
    cues.EDITOR_LABEL,
    cues.AUTHOR_LABEL,
    cues.TAGS_LABEL,
    cues.CHROME_OPENING,
)
_GATES = [cues.OpeningGate(p) for p in _OPENING_GATED]
_OPENING_WORDS = ["Baca", "juga", "Oleh", "oleh", "By", "EDITOR", "Penulis", "Tags", "Simak", "ADVERTISEMENT"]
_OPENING_PIECES = st.lists(
    st.sampled_from(
        [*_OPENING_WORDS, " ", ":", "(", "[", "-", "»", "“", "İ", "ſ", "Budi", "x", "\n", "©", "1"]
    ),
    max_size=6,
).map("".join)


def _same_match(gate: cues.OpeningGate, text: str) -> bool:
    found, plain = gate.match(text), gate.pattern.match(text)
    return (found is None and plain is None) or (
        found is not None and plain is not None and found.span() == plain.span()
    )


@given(_OPENING_PIECES)
def test_opening_gates_answer_as_their_patterns(text: str) -> None:
    for gate in _GATES:
        assert _same_match(gate, text), (gate.pattern.pattern[:60], text)


def test_opening_gates_answer_as_their_patterns_on_every_paste_line() -> None:
    lines = [line for line in _paste_lines() if line.strip()]
    assert len(lines) > 1000
    matched = 0
    for gate in _GATES:
        for line in lines:
            assert _same_match(gate, line), (gate.pattern.pattern[:60], line)
            matched += gate.pattern.match(line) is not None
    assert matched >= 100  # the pastes hold related cues, credit lines and chrome openings


# The by-word patterns, asked behind gates by the credit readers: a text node's as it stands, after its white
# space ("spaced"); a name's glued role on the folded credit.
_BY_GATES = [
    bylines._BYLINE_START,
    bylines._BY_WORD_ALONE,
    credit_rules._BYLINE_START,
    credit_rules._GLUED_ROLE,
    cues.OpeningGate(cues.GLUED_ROLE, spaced=True),
]
_BY_PIECES = st.lists(
    st.sampled_from(
        [
            "Oleh",
            "oleh",
            "OLEH",
            "By",
            "by",
            "Penulis",
            "Ady",
            "Budi",
            " ",
            "\n",
            "\t",
            "\u2003",
            "\x1c",
            ":",
            "ſ",
        ]
    ),
    max_size=6,
).map("".join)


@given(_BY_PIECES)
def test_by_word_gates_answer_as_their_patterns(text: str) -> None:
    for gate in _BY_GATES:
        assert _same_match(gate, text), (gate.pattern.pattern[:60], text)


def test_by_word_gates_answer_as_their_patterns_on_every_paste_line() -> None:
    lines = [line for line in _paste_lines() if line.strip()]
    texts = [*lines, *(f"\n   {line}\n  " for line in lines)]  # as a text node holds a line
    matched = 0
    for gate in _BY_GATES:
        for text in texts:
            assert _same_match(gate, text), (gate.pattern.pattern[:60], text)
            matched += gate.pattern.match(text) is not None
    assert matched >= 10  # the pastes hold "Oleh Nama" and "By Nama" bylines


# A caption's closing credit after its last bracket or slash: the block rules run each pattern only on a
# text whose end can hold its credit.
_CAPTION_PIECES = st.lists(
    st.sampled_from(
        [
            "Warga antre",
            ".",
            ". ",
            " ",
            "(",
            ")",
            "(Foto: ",
            "(dok ",
            "/",
            "ANTARA",
            " FOTO",
            "Budi Santoso",
            "nama",
            "13/5/2024",
            "\n",
            "”",
            "©",
            "Liputan6.com",
            "/foc",
        ]
    ),
    max_size=8,
).map("".join)


def _ungated_credit(text: str) -> object:
    """``blocks._unbracketed_credit``'s closing forms each asked as soon as the text holds its mark."""
    if "(" in text and text[-1:] != ")" and (m := block_rules._OPEN_CREDIT.match(text)):
        return m.span()
    if "/" not in text:
        return None
    m = (
        block_rules._BARE_AGENCY_CREDIT.match(text)
        or cues.GLUED_AGENCY_CREDIT.match(text)
        or block_rules._LEADING_CREDIT.match(text)
    )
    return m and m.span()


def _caption_gates_hold(text: str) -> bool:
    # The forms before these three (a copyright mark, a label, a bar...) open on marks the text may lack.
    found = block_rules._unbracketed_credit(text)
    early = (
        block_rules._copyright_credit(text)
        or block_rules._trailing_photo_credit(text)
        or (":" in text and block_rules._GLUED_PHOTO_CREDIT.match(text))
    )
    if early or text[:3] in ("Ilu", "Ill") or " | " in text:
        return True  # answered before or between the gated forms: not what this test reads
    return (found and found.span()) == _ungated_credit(text)


@given(_CAPTION_PIECES)
def test_caption_credits_are_sought_only_where_the_text_can_end_on_one(text: str) -> None:
    assert _caption_gates_hold(text), text


def test_caption_credits_are_sought_only_where_the_text_can_end_on_one_on_every_paste_line() -> None:
    lines = _paste_lines()
    credited = 0
    for line in lines:
        assert _caption_gates_hold(line), line
        credited += block_rules._unbracketed_credit(line) is not None
    assert credited >= 15  # the pastes hold captions closed by an agency's credit
    # Each form found where it stands: a bare agency credit, one glued to the sentence, an open bracket.
    assert block_rules._unbracketed_credit("Warga antre di Jakarta. ANTARA FOTO/Budi Santoso/foc.")
    assert block_rules._unbracketed_credit("Skor 2-1 di Bandung.*/ANTARA FOTO")
    assert block_rules._unbracketed_credit("Warga antre di Jakarta. (Foto: Budi Santoso")
    # A bracket closed before the open one, a name of five words after the slash.
    assert block_rules._unbracketed_credit("Budi (45) tiba di Jakarta. (Foto: Budi Santoso")
    assert block_rules._unbracketed_credit("Warga antre. ANTARA FOTO/Muhammad Adimaja Budi Santoso Putra")
    assert block_rules._unbracketed_credit("Warga antre (13/5/2024) di Jakarta, kata Budi (45).") is None


@given(
    st.lists(
        st.sampled_from(["author", "AUTHOR", "jurnaliſ", "writ", "er", "-", " ", "İ", "post"]), max_size=6
    )
)
def test_a_byline_word_is_found_as_the_pattern_finds_it(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert bylines._holds_byline_word(text) is (bylines._BYLINE_CLASS.search(text) is not None), text


# A credit's tail (a date, a time, a bar and what follows) is cut only where it holds a digit, a bar or a
# weekday's name; the closing initials are searched only in a text that closes on a bracket.
_CREDIT_PIECES = st.lists(
    st.sampled_from(
        [
            "Budi",
            "Santoso",
            " ",
            "  ",
            ",",
            "|",
            "·",
            "•",
            "-",
            "–",
            "/",
            "(",
            ")",
            "on",
            "pada",
            "12",
            "٣",
            "Senin",
            "SELASA",
            "jum’at",
            "Jum'at",
            "Thu",
            "Sen",
            "İ",
            "ſ",
            "\u212a",
            "amis",
            "abc",
            "\n",
        ]
    ),
    max_size=8,
).map("".join)


@given(_CREDIT_PIECES)
def test_a_credit_tail_is_cut_as_the_pattern_cuts_it(text: str) -> None:
    assert credit_rules._without_tail(text) == credit_rules._NAME_TAIL.sub("", text)


def test_a_credit_tail_is_cut_as_the_pattern_cuts_it_on_every_paste_line() -> None:
    lines = _paste_lines()
    cut = 0
    for line in lines:
        expected = credit_rules._NAME_TAIL.sub("", line)
        cut += expected != line
        assert credit_rules._without_tail(line) == expected, line
    assert cut >= 50  # the pastes hold dated bylines and bars


_CLOSING_PIECES = st.lists(
    st.sampled_from(["(", ")", "[", "]", "abc", "ABC", "Ab", "/", "*", " ", ".", "\n", "\x1c", "x.", "-1"]),
    max_size=8,
).map("".join)


@given(_CLOSING_PIECES)
def test_closing_initials_close_on_a_bracket(text: str) -> None:
    # The block rules search for the initials only in a text that closes_on_bracket says may hold them.
    if cues.CLOSING_INITIALS.search(text) is not None:
        assert cues.closes_on_bracket(text), text


_LINE_PARTS = st.sampled_from(
    ["web", "klik", "di", "sini", "Info", "browser", "\u00a0", " ", "\n", "x", "info.com", "-"]
)


@given(st.lists(st.lists(_LINE_PARTS, max_size=8).map("".join), max_size=6))
def test_token_words_answer_as_a_scan_of_the_line_for_each_word(lines: list[str]) -> None:
    """``TokenWords.held_by`` keeps the tokens of lines that hold none of the words: a line made of kept
    tokens is answered without a scan, as the scan answers it, whatever lines came before."""
    words = ("web", "info", "klik")
    table = cues.TokenWords(words)
    for line in [*lines, *lines]:
        assert table.held_by(line) is any(word in line for word in words), line


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty folder for the cache of compiled patterns and a store opened again from it; the session's
    store comes back after the test."""
    monkeypatch.setenv("BERITAPARSE_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("BERITAPARSE_NO_CACHE", raising=False)
    monkeypatch.setattr(cache, "_store", None)
    yield tmp_path
    cache._reset()


def _openings() -> list[str]:
    lines = _paste_lines()
    return sorted({text for line in lines for text in (line[:1], line[:2])} | {"", "Pe", "BA", "İs"})


@pytest.mark.usefixtures("fresh_cache")
def test_openings_kept_in_the_cache_give_the_rows_worked_out() -> None:
    # A process works each opening's rows out and keeps them with its patterns; a later process reads them
    # there, and restores no row to answer them.
    first = [cues.CueTable(phrases.FULL_LINE, WORDS), cues.CueTable(phrases.LEAD, WORDS)]
    worked_out = {
        (t, opening, whole): [i for i, _, _ in table._rows_for(opening, whole=whole)]
        for t, table in enumerate(first)
        for opening in _openings()
        for whole in (True, False)
    }
    assert cache.save()
    cache._reset()
    later = [cues.CueTable(phrases.FULL_LINE, WORDS), cues.CueTable(phrases.LEAD, WORDS)]
    for (t, opening, whole), rows in worked_out.items():
        assert [i for i, _, _ in later[t]._rows_for(opening, whole=whole)] == rows, (opening, whole)
    status = cache.status()
    assert status.hits == status.misses == 0  # not one row's pattern needed


@pytest.mark.usefixtures("fresh_cache")
def test_opening_gates_kept_in_the_cache_answer_as_their_patterns() -> None:
    lines = [line for line in _paste_lines() if line.strip()]
    for gate in [cues.OpeningGate(lazy(p.pattern, p.flags)) for p in _OPENING_GATED]:
        for line in lines:
            gate.match(line)
    assert cache.save()
    cache._reset()
    for gate in [cues.OpeningGate(lazy(p.pattern, p.flags)) for p in _OPENING_GATED]:
        assert all(_same_match(gate, line) for line in lines)


@pytest.mark.usefixtures("fresh_cache")
def test_a_kept_number_never_drops_a_gated_row() -> None:
    # Rows that need words stand among every opening's rows: a number kept without them (a row gated since,
    # a file written by hand) leaves them in.
    table = cues.CueTable(phrases.FULL_LINE, WORDS)
    key = cues._answers_key("table", table.patterns, whole=True)
    cache.answers(key)["Zz"] = 0
    gated = [i for i, needs, _ in table.rows if needs]
    assert [i for i, _, _ in table._rows_for("Zz", whole=True)] == gated


@pytest.mark.usefixtures("fresh_cache")
def test_a_kept_answer_that_is_no_number_is_worked_out() -> None:
    worked_out = cues.CueTable(phrases.FULL_LINE, WORDS)
    expected = [i for i, _, _ in worked_out._rows_for("Pe", whole=True)]
    cache._reset()
    table = cues.CueTable(phrases.FULL_LINE, WORDS)
    cache.answers(cues._answers_key("table", table.patterns, whole=True)).update({"Pe": "1", "P": None})  # type: ignore[dict-item]
    assert [i for i, _, _ in table._rows_for("Pe", whole=True)] == expected
    gate = cues.OpeningGate(lazy(cues.AUTHOR_LABEL.pattern, cues.AUTHOR_LABEL.flags))
    cache.answers(cues._answers_key("gate", (gate.pattern,), whole=False))["Pe"] = "0"  # type: ignore[assignment]
    assert gate.match("Penulis: Budi") is not None
