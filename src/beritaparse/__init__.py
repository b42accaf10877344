"""beritaparse: Indonesian news articles (pages or pasted text) to clean, typed data.

>>> import beritaparse
>>> art = beritaparse.parse_text(
...     "Harga Beras Naik Lagi\\n"
...     "Senin, 13 Mei 2024 13:24 WIB\\n"
...     "JAKARTA - Harga beras di pasar tradisional kembali naik pada pekan ini, kata pedagang.\\n"
... )
>>> art.title, art.dateline, art.published.isoformat()
('Harga Beras Naik Lagi', 'Jakarta', '2024-05-13T13:24:00+07:00')
>>> beritaparse.parse_quantity("Rp 1,5 triliun").value
1500000000000
>>> beritaparse.parse_date("Selasa (17/12)", reference=art.published).iso()
'2024-12-17'
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from beritaparse.dates import DateMention, DateValue, find_dates, parse_date
from beritaparse.errors import (
    ArticleDataError,
    BeritaparseError,
    CaseFormatError,
    EmptyInputError,
    HTMLDecodeError,
    InputTooLargeError,
    InputTypeError,
    InvalidURLError,
    MalformedHTMLError,
    NoArticleError,
    NotAnArticleError,
    UnknownOutletError,
    WARCRecordError,
)
from beritaparse.model import Article, Block, Caption, RelatedLink, Removed, RemovedReason
from beritaparse.page.extract import parse

if TYPE_CHECKING:
    from beritaparse.numbers import Quantity, find_quantities, parse_quantity
    from beritaparse.paste.extract import parse_text
    from beritaparse.table import ArticleRow, to_records

__all__ = [
    "Article",
    "ArticleDataError",
    "ArticleRow",
    "BeritaparseError",
    "Block",
    "Caption",
    "CaseFormatError",
    "DateMention",
    "DateValue",
    "EmptyInputError",
    "HTMLDecodeError",
    "InputTooLargeError",
    "InputTypeError",
    "InvalidURLError",
    "MalformedHTMLError",
    "NoArticleError",
    "NotAnArticleError",
    "Quantity",
    "RelatedLink",
    "Removed",
    "RemovedReason",
    "UnknownOutletError",
    "WARCRecordError",
    "__version__",
    "find_dates",
    "find_quantities",
    "parse",
    "parse_date",
    "parse_quantity",
    "parse_text",
    "to_records",
]


# Loaded on first use, like the version below: a page's first parse() needs none of them, and pasted text
# brings its own line rules. ``from beritaparse import parse_text`` works as ever (PEP 562).
_ON_FIRST_USE = {
    "Quantity": "beritaparse.numbers",
    "find_quantities": "beritaparse.numbers",
    "parse_quantity": "beritaparse.numbers",
    "parse_text": "beritaparse.paste.extract",
    "ArticleRow": "beritaparse.table",
    "to_records": "beritaparse.table",
}


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


def __getattr__(name: str) -> Any:
    if name in _ON_FIRST_USE:
        value = getattr(importlib.import_module(_ON_FIRST_USE[name]), name)
        globals()[name] = value
        return value
    # The version is read from the installed metadata on first use: importlib.metadata costs tens of
    # milliseconds at import, which every batch worker and one-page CLI call would pay.
    if name == "__version__":
        from importlib import metadata  # noqa: PLC0415

        try:
            version = metadata.version("beritaparse")
        except metadata.PackageNotFoundError:  # run from a source tree that was never installed
            version = "0+unknown"
        globals()["__version__"] = version
        return version
    raise AttributeError(f"module 'beritaparse' has no attribute {name!r}")
