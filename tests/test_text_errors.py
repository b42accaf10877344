"""parse_text on bad or odd input: clear errors from beritaparse.errors, never a crash from inside."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import beritaparse
from beritaparse.errors import BeritaparseError, EmptyInputError, InputTypeError, NoArticleError


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t\n"])
def test_empty_text(text: str) -> None:
    with pytest.raises(EmptyInputError):
        beritaparse.parse_text(text)


@pytest.mark.parametrize("value", [b"Judul\nIsi", None, 42, ["a"]])
def test_wrong_type(value: object) -> None:
    with pytest.raises(InputTypeError) as info:
        beritaparse.parse_text(value)  # type: ignore[arg-type]
    assert isinstance(info.value, TypeError)


def test_bytes_error_says_what_to_do() -> None:
    with pytest.raises(InputTypeError, match="decode"):
        beritaparse.parse_text(b"abc")  # type: ignore[arg-type]


def test_only_chrome_is_no_article() -> None:
    with pytest.raises(NoArticleError):
        beritaparse.parse_text(
            "ADVERTISEMENT\nBagikan\nTentang KamiPedoman Media SiberKarirIklan\n© 2025 PT Contoh"
        )


def test_unknown_outlet_name() -> None:
    with pytest.raises(ValueError, match="unknown outlet"):
        beritaparse.parse_text("Isi berita.", outlet="nosuchoutlet")


@given(st.text(max_size=400))
def test_arbitrary_text_raises_only_beritaparse_errors(text: str) -> None:
    try:
        art = beritaparse.parse_text(text)
    except BeritaparseError:
        return
    assert art.body


@given(
    st.lists(
        st.sampled_from(
            [
                "ADVERTISEMENT",
                "Baca juga: Judul Lain",
                "(abc/def)",
                "JAKARTA, KOMPAS.com -",
                "Selasa (17/12)",
                "Harga beras naik lagi pada pekan ini menurut para pedagang di pasar induk kota.",
                "Foto (AFP)",
                "[ran]",
                "4 Februari 2025 13:05 WIB",
                "·",
                "waktu baca 2 menit",
                "Sub Judul",
                "",
            ]
        ),
        max_size=12,
    )
)
def test_shuffled_article_lines_never_crash(lines: list[str]) -> None:
    try:
        art = beritaparse.parse_text("\n".join(lines))
    except BeritaparseError:
        return
    assert all(b.text for b in art.body)
