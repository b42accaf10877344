"""Hostile and odd input at the two entry points (issue 15): each case ends with an Article or an error of
beritaparse.errors, and no text of a result holds a control character or a noncharacter."""

from __future__ import annotations

import pathlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import beritaparse
from beritaparse import Article
from beritaparse.errors import (
    BeritaparseError,
    EmptyInputError,
    InputTypeError,
    InvalidURLError,
    NoArticleError,
    UnknownOutletError,
)
from beritaparse.model import clean_text

PAGES = pathlib.Path(__file__).parent / "pages"
PROSE = "Kalimat yang cukup panjang ini menjadi paragraf berita tentang banjir di Jakarta pada pagi hari. "
BODY = f"<p>{PROSE * 4}</p>"

# What no text of a result may hold: C0 controls but tab and newline, DEL, C1, lone surrogates, noncharacters.
BAD = [chr(c) for c in (*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0))]
BAD += ["\ud800", "\udfff", "\ufdd0", "\ufdef", "\ufffe", "\uffff", "\U0001fffe", "\U0010ffff"]


def _texts(art: Article) -> list[str]:
    out = [art.title, art.subtitle, art.outlet, art.url, art.dateline, art.section]
    out += [*art.authors, *art.editors, *art.tags, *art.more_pages]
    out += [b.text for b in art.body] + [c.text for c in art.captions] + [c.credit for c in art.captions]
    out += [r.title for r in art.related] + [r.url for r in art.related] + [r.text for r in art.removed]
    return [t for t in out if t]


def _clean(art: Article) -> bool:
    return not any(ch in text for text in _texts(art) for ch in BAD)


# --- control characters and noncharacters ------------------------------------------------------------


@pytest.mark.parametrize("bad", BAD, ids=[f"U+{ord(b):04X}" for b in BAD])
def test_pasted_text_loses_every_unwanted_character(bad: str) -> None:
    split = PROSE.replace("banjir", "ban" + bad + "jir")
    text = f"Banjir Rendam{bad} Jakarta Lagi\nJAKARTA - {split}\n{PROSE}"
    art = beritaparse.parse_text(text)
    assert _clean(art)
    assert "banjir" in art.text  # the character went, the word it split stayed whole


@pytest.mark.parametrize("bad", ["\x01", "\x7f", "\x85", "\x9f", "\ufffe", "\U0010ffff"])
def test_page_from_str_loses_unwanted_characters(bad: str) -> None:
    html = f"<html><head><title>Banjir{bad} Jakarta</title></head><body><article><h1>Banjir{bad} Jakarta</h1>"
    html += f"<p>{PROSE.replace('pagi', 'pa' + bad + 'gi') * 3}</p>{BODY}</article></body></html>"
    art = beritaparse.parse(html)
    assert _clean(art)
    assert "pagi hari" in art.text


def test_character_references_to_controls_are_dropped() -> None:
    # lxml turns "&#1;" into U+0001 in the tree: the model is where it is caught
    html = "<html><body><article><h1>Judul&#1; Berita</h1>"
    html += f"<p>{PROSE}&#1;&#127;&#133;</p>{BODY}</article></body></html>"
    art = beritaparse.parse(html.encode())
    assert _clean(art)


def test_clean_text_keeps_tab_and_newline_and_folds_carriage_returns() -> None:
    assert clean_text("a\tb\r\nc\rd\n") == "a\tb\nc\nd\n"
    assert clean_text("Rp 1,5\u00a0triliun") == "Rp 1,5\u00a0triliun"  # a no-break space is text, not control


@given(st.text(alphabet=st.characters(codec=None), max_size=300))
@settings(max_examples=150)
def test_random_unicode_paste_never_yields_unwanted_characters(text: str) -> None:
    try:
        art = beritaparse.parse_text(text + "\n" + PROSE * 2)
    except BeritaparseError:
        return
    assert _clean(art)


# --- the errors a caller gets ------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["\x00\x01", "\x00 \x7f\n\x85", "\ufffe\uffff"])
def test_paste_of_control_characters_only_is_empty(text: str) -> None:
    with pytest.raises(EmptyInputError):
        beritaparse.parse_text(text)


@pytest.mark.parametrize("text", ["hello", "Banjir", "Harga beras naik", "JAKARTA - Hujan deras."])
def test_a_few_words_are_no_article(text: str) -> None:
    with pytest.raises(NoArticleError):
        beritaparse.parse_text(text)


def test_five_words_of_prose_are_an_article() -> None:
    assert beritaparse.parse_text("Harga beras di pasar naik.").paragraphs == ("Harga beras di pasar naik.",)


def test_unknown_outlet_is_a_library_error_that_lists_the_ids() -> None:
    with pytest.raises(UnknownOutletError, match="kompas") as info:
        beritaparse.parse_text(PROSE, outlet="nope")
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, BeritaparseError)


@pytest.mark.parametrize("url", ["http://[::1", "https://[zz]/a", "https://contoh.id:99999/a"])
def test_unreadable_caller_url_is_invalid_url_error(url: str) -> None:
    with pytest.raises(InvalidURLError, match="web address"):
        beritaparse.parse(f"<html><body><article>{BODY}</article></body></html>", url=url)


@pytest.mark.parametrize("url", [42, b"http://x.id/", ["http://x.id/"]])
def test_url_of_the_wrong_type(url: object) -> None:
    with pytest.raises(InputTypeError, match="url"):
        beritaparse.parse(f"<html><body><article>{BODY}</article></body></html>", url=url)  # type: ignore[arg-type]


@pytest.mark.parametrize("href", ["http://[::1/a", "https://[::1", "//[::1/a"])
def test_broken_link_in_the_text_is_a_link_without_address(href: str) -> None:
    html = (
        f"<html><body><article>{BODY}<p>Baca juga: <a href='{href}'>Warga Mulai Mengungsi dari Bantaran</a>"
        f"</p>{BODY}</article></body></html>"
    )
    art = beritaparse.parse(html, url="https://contoh.id/berita/1")
    assert [(r.title, r.url) for r in art.related] == [("Warga Mulai Mengungsi dari Bantaran", None)]


@pytest.mark.parametrize("n", [16, 32, 64, 256])
@pytest.mark.parametrize("run", ["s", "ff", "ss", "S"])
def test_title_with_a_long_run_of_letters_parses(n: int, run: str) -> None:
    # the page issue 15 found: full case folding made this exponential (64 letters took over 10 s)
    head = f"<head><title>Judul berita - {run * n} x.c</title></head>"
    html = f"<html>{head}<body><article>{BODY}</article></body></html>"
    assert beritaparse.parse(html).body


def test_broken_off_headline_word_does_not_crash_the_header() -> None:
    # issue 15: the headline joined with its broken-off last word is in no line, and a standfirst below it
    # was looked up by the joined text (ValueError: ... is not in list)
    text = (
        "Banjir Besar Melanda\nJakarta\nSenin, 13 Mei 2024 13:24 WIB\n"
        "Warga diminta waspada karena hujan masih akan turun malam ini.\n"
        "JAKARTA - Hujan deras sejak pagi membuat banyak rumah warga terendam air hingga satu meter."
    )
    art = beritaparse.parse_text(text)
    assert art.title == "Banjir Besar Melanda Jakarta"
    assert art.subtitle == "Warga diminta waspada karena hujan masih akan turun malam ini."


def test_real_page_with_its_title_end_tag_deleted_parses() -> None:
    html = (PAGES / "detik" / "mh-detik-1.html").read_bytes().replace(b"</title>", b"", 1)
    try:
        art = beritaparse.parse(html)
    except BeritaparseError:
        return
    assert _clean(art)
