"""Pages and pastes read every credit and cue line the lexicon can write in the same way.

Lines are generated from the lexicon's own tables (every role word in every case form, every related-link
cue), put into a minimal page and into the same article pasted as text, and both results are compared: the
line never stays in the body, and the people it names and the link it gives come out the same.
"""

from __future__ import annotations

import html

from hypothesis import given, settings
from hypothesis import strategies as st

import beritaparse
from beritaparse.lexicon import phrases, roles
from beritaparse.lexicon.roles import Role

TITLE = "Harga Beras di Pasar Induk Naik Lagi"
PARAGRAPHS = (
    "Harga beras di pasar induk kembali naik pada pekan ini, kata sejumlah pedagang kepada wartawan.",
    "Kenaikan terjadi karena pasokan dari daerah penghasil berkurang setelah musim hujan datang lebih awal.",
    "Pemerintah daerah berjanji menggelar operasi pasar di sejumlah titik mulai pekan depan.",
)
# Given names and family names as Indonesian credits print them; none is a role, outlet or place word.
FIRST = ("Andi", "Budi", "Citra", "Dewi", "Eko", "Fajar", "Gita", "Hendra", "Indah", "Joko")
LAST = ("Wijaya", "Santoso", "Lestari", "Nugroho", "Rahmawati", "Saputra", "Hidayat", "Kurniawan")
HEADLINES = ("Banjir Rob Melanda Pesisir Utara", "Harga Cabai Turun Jelang Panen", "Tol Baru Dibuka Besok")


def _forms(word: str) -> list[str]:
    return sorted({word, word.upper(), word.capitalize(), word.title()})


names = st.builds(lambda a, b: f"{a} {b}", st.sampled_from(FIRST), st.sampled_from(LAST))
separators = st.sampled_from([": ", " : ", " :  "])
author_words = st.sampled_from([f for w in roles.words_for(Role.AUTHOR) for f in _forms(w)])
editor_words = st.sampled_from([f for w in roles.words_for(Role.EDITOR) for f in _forms(w)])
related_cues = st.sampled_from([f for w in phrases.RELATED_CUES for f in _forms(w)])
positions = st.integers(min_value=1, max_value=len(PARAGRAPHS))


def _page(lines: list[str]) -> bytes:
    body = "".join(f"<p>{html.escape(line)}</p>" for line in lines)
    return (
        f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1>"
        f"<div class='isi'>{body}</div></body></html>"
    ).encode()


def _both(line: str, at: int) -> tuple[beritaparse.Article, beritaparse.Article]:
    lines = [*PARAGRAPHS[:at], line, *PARAGRAPHS[at:]]
    page = beritaparse.parse(_page(lines), adapters=False)
    paste = beritaparse.parse_text("\n".join([TITLE, *lines]))
    return page, paste


@settings(max_examples=150, deadline=None)
@given(author_words, separators, names, positions)
def test_author_credit_reads_alike(word: str, sep: str, name: str, at: int) -> None:
    page, paste = _both(f"{word}{sep}{name}", at)
    for art in (page, paste):
        assert art.paragraphs == PARAGRAPHS
        assert art.authors == (name,)
        assert art.editors == ()


@settings(max_examples=150, deadline=None)
@given(editor_words, separators, names, positions)
def test_editor_credit_reads_alike(word: str, sep: str, name: str, at: int) -> None:
    page, paste = _both(f"{word}{sep}{name}", at)
    for art in (page, paste):
        assert art.paragraphs == PARAGRAPHS
        assert art.editors == (name,)
        assert art.authors == ()


@settings(max_examples=100, deadline=None)
@given(related_cues, st.sampled_from([": ", " - ", " » ", " "]), st.sampled_from(HEADLINES), positions)
def test_related_cue_reads_alike(cue: str, sep: str, headline: str, at: int) -> None:
    page, paste = _both(f"{cue}{sep}{headline}", at)
    for art in (page, paste):
        assert art.paragraphs == PARAGRAPHS
        assert [r.title for r in art.related] == [headline]
