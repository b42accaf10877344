"""``parse()``: a news page (bytes, str or an already parsed tree) to an :class:`~beritaparse.model.Article`."""

from __future__ import annotations

from typing import Any

import lxml.html
from bs4 import UnicodeDammit

from beritaparse.errors import EmptyInputError, InputTypeError
from beritaparse.model import Article, Block

__all__ = ["parse"]


def parse(html: bytes | str | Any, url: str | None = None) -> Article:
    """Parse one news page. (Placeholder: the full pipeline replaces this.)"""
    if isinstance(html, bytes):
        text = UnicodeDammit(html, ["utf-8"]).unicode_markup or ""
    elif isinstance(html, str):
        text = html
    else:
        raise InputTypeError(f"parse() takes bytes or str, not {type(html).__name__}")
    if not text.strip():
        raise EmptyInputError("the page is empty")
    doc = lxml.html.document_fromstring(text)
    paras = [" ".join(p.text_content().split()) for p in doc.iter("p")]
    return Article(url=url, body=tuple(Block("paragraph", p) for p in paras if p))
