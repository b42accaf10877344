"""``parse_text()``: an article pasted as plain text to an :class:`~beritaparse.model.Article`."""

from __future__ import annotations

from beritaparse.errors import EmptyInputError, InputTypeError
from beritaparse.model import Article, Block

__all__ = ["parse_text"]


def parse_text(text: str) -> Article:
    """Parse pasted article text. (Placeholder: the full pipeline replaces this.)"""
    if not isinstance(text, str):
        raise InputTypeError(f"parse_text() takes str, not {type(text).__name__}")
    if not text.strip():
        raise EmptyInputError("the text is empty")
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return Article(body=tuple(Block("paragraph", line) for line in lines if line))
