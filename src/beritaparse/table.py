"""Articles as flat rows of text, for spreadsheets, CSV files, R and pandas.

One row per article, one column per field, every value a string or ``None``: lists (authors, editors,
tags) are joined with ``"; "``, dates are ISO 8601 as in :meth:`Article.to_dict`, and ``text`` is
:attr:`Article.text` (the body, blocks separated by a blank line; the title is its own column).
``beritaparse batch ... -o articles.csv`` writes the same columns, after ``id`` and before the status.

>>> from beritaparse import Article, Block
>>> article = Article(title="Harga Beras Naik", authors=("Ani", "Budi"), body=(Block("paragraph", "Satu."),))
>>> row = to_records([article])[0]
>>> row["title"], row["authors"], row["text"], row["published"]
('Harga Beras Naik', 'Ani; Budi', 'Satu.', None)
>>> list(row) == list(ARTICLE_COLUMNS)
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

if TYPE_CHECKING:
    from collections.abc import Iterable

    from beritaparse.model import Article

__all__ = ["ARTICLE_COLUMNS", "LIST_SEPARATOR", "ArticleRow", "to_records", "to_row"]

LIST_SEPARATOR = "; "
"""Joins the items of a list field (authors, editors, tags) in one cell."""


class ArticleRow(TypedDict):
    """One article as a flat row; every value is text or ``None``."""

    url: str | None
    outlet: str | None
    title: str | None
    published: str | None
    authors: str | None
    editors: str | None
    dateline: str | None
    section: str | None
    tags: str | None
    text: str


ARTICLE_COLUMNS: tuple[str, ...] = tuple(ArticleRow.__annotations__)
"""The columns of a row, in order."""


def _joined(items: tuple[str, ...]) -> str | None:
    return LIST_SEPARATOR.join(items) if items else None


def to_row(article: Article) -> ArticleRow:
    """One article as a flat row."""
    return {
        "url": article.url,
        "outlet": article.outlet,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "authors": _joined(article.authors),
        "editors": _joined(article.editors),
        "dateline": article.dateline,
        "section": article.section,
        "tags": _joined(article.tags),
        "text": article.text,
    }


def to_records(articles: Iterable[Article]) -> list[ArticleRow]:
    """Flat rows, one per article, ready for ``pandas.DataFrame.from_records`` or ``csv.DictWriter``."""
    return [to_row(article) for article in articles]
