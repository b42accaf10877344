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

from importlib import metadata as _metadata

from beritaparse.dates import DateMention, DateValue, find_dates, parse_date
from beritaparse.errors import (
    ArticleDataError,
    BeritaparseError,
    EmptyInputError,
    HTMLDecodeError,
    InputTooLargeError,
    InputTypeError,
    InvalidURLError,
    MalformedHTMLError,
    NoArticleError,
    UnknownOutletError,
    WARCRecordError,
)
from beritaparse.model import Article, Block, Caption, RelatedLink, Removed, RemovedReason
from beritaparse.numbers import Quantity, find_quantities, parse_quantity
from beritaparse.page.extract import parse
from beritaparse.paste.extract import parse_text

try:
    __version__ = _metadata.version("beritaparse")
except _metadata.PackageNotFoundError:  # run from a source tree that was never installed
    __version__ = "0+unknown"

__all__ = [
    "Article",
    "ArticleDataError",
    "BeritaparseError",
    "Block",
    "Caption",
    "DateMention",
    "DateValue",
    "EmptyInputError",
    "HTMLDecodeError",
    "InputTooLargeError",
    "InputTypeError",
    "InvalidURLError",
    "MalformedHTMLError",
    "NoArticleError",
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
]
