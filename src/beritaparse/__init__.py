"""beritaparse: Indonesian news articles (pages or pasted text) to clean, typed data.

>>> import beritaparse
>>> art = beritaparse.parse_text("Judul Berita\\nJAKARTA - Isi berita pertama yang cukup panjang untuk dibaca.")
>>> isinstance(art, beritaparse.Article)
True
"""

from __future__ import annotations

from beritaparse.errors import (
    BeritaparseError,
    EmptyInputError,
    HTMLDecodeError,
    InputTooLargeError,
    InputTypeError,
    MalformedHTMLError,
    NoArticleError,
)
from beritaparse.model import Article, Block, Caption, RelatedLink, Removed, RemovedReason
from beritaparse.page import parse
from beritaparse.text import parse_text

__all__ = [
    "Article",
    "BeritaparseError",
    "Block",
    "Caption",
    "EmptyInputError",
    "HTMLDecodeError",
    "InputTooLargeError",
    "InputTypeError",
    "MalformedHTMLError",
    "NoArticleError",
    "RelatedLink",
    "Removed",
    "RemovedReason",
    "parse",
    "parse_text",
]
