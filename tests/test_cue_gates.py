"""The cheap tests that stand in front of the cue patterns give the patterns' own answers.

A full-line cue row that opens on a wide run (``.{0,200}``) declares the words it needs and runs only on a
line that holds one (``rules.cues.CueTable``); a sentence end is read from the end of the text
(``rules.cues.ends_sentence``). Each must answer as the engine does, on any text, not only on the pastes.
"""

from __future__ import annotations

import string
import sys
from pathlib import Path

import pytest
import regex

from beritaparse.lexicon import language, phrases
from beritaparse.model import RemovedReason
from beritaparse.rules import cues
from beritaparse.rules.flags import WORDS

R = RemovedReason
GATED = [row for row in phrases.FULL_LINE if len(row) == 3]


def _one_by_one(text: str) -> RemovedReason | None:
    """The reason of the first FULL_LINE row that matches the whole of ``text``, each row compiled alone."""
    return next((row[1] for row in phrases.FULL_LINE if regex.fullmatch(row[0], text, WORDS)), None)


def test_the_letters_table_holds_every_character_the_engine_reads_as_an_ascii_letter() -> None:
    # Under the word flags "i" matches "İ", "k" the Kelvin sign, "s" the long s: a needed word must be found
    # in the folded line wherever the engine finds it, so each such character folds to its letter.
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for letter in string.ascii_lowercase:
        for found in regex.findall(letter, everything, WORDS):
            assert letter in cues._folded(found), (letter, f"U+{ord(found):04X}")


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
