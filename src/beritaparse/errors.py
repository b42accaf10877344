"""Every exception beritaparse raises on purpose.

There is one base class, :class:`BeritaparseError`; each subclass also inherits the builtin that fits,
so callers who already catch ``ValueError`` or ``TypeError`` keep working.

>>> import beritaparse
>>> try:
...     beritaparse.parse_text("   ")
... except ValueError as exc:
...     print(type(exc).__name__, isinstance(exc, beritaparse.BeritaparseError))
EmptyInputError True
"""

from __future__ import annotations

__all__ = [
    "ArticleDataError",
    "BeritaparseError",
    "CaseFormatError",
    "DateRangeError",
    "EmptyInputError",
    "HTMLDecodeError",
    "InputTooLargeError",
    "InputTypeError",
    "InvalidURLError",
    "MalformedHTMLError",
    "NoArticleError",
    "NotAnArticleError",
    "UnknownOutletError",
    "WARCRecordError",
]


class BeritaparseError(Exception):
    """Base class of every error beritaparse raises."""


class InputTypeError(BeritaparseError, TypeError):
    """The input has the wrong type (``bytes`` where text is wanted, ``None``, a number...)."""


class ArticleDataError(BeritaparseError, ValueError):
    """Data given to :meth:`Article.from_dict <beritaparse.model.Article.from_dict>` is not an Article's."""


class InvalidURLError(BeritaparseError, ValueError):
    """A ``url`` given by the caller is not a web address that can be read (``"http://[::1"``, say)."""


class UnknownOutletError(BeritaparseError, ValueError):
    """An outlet id that no adapter has (``parse_text(text, outlet="nope")``); the message lists the ids."""


class EmptyInputError(BeritaparseError, ValueError):
    """The input is empty or white space only."""


class InputTooLargeError(BeritaparseError, ValueError):
    """The input is larger than the configured limit (``max_bytes``)."""


class HTMLDecodeError(BeritaparseError, ValueError):
    """The bytes could not be decoded as text in any plausible encoding (binary data, say)."""


class MalformedHTMLError(BeritaparseError, ValueError):
    """The markup could not be parsed into a document at all."""


class NoArticleError(BeritaparseError, ValueError):
    """The input holds no article text (a bare navigation page, only boilerplate, and the like)."""


class NotAnArticleError(NoArticleError):
    """The page is a page of another kind: a home, section, tag or search page, a feed, a 404, a consent wall.

    ``reason`` names the kind, so a crawler can tell a page it should not have fetched from an article it
    failed to read (that one raises a plain :class:`NoArticleError`):

    - ``"listing"``: a home, section, index, tag, author or search page, made of links to articles;
    - ``"feed"``: an RSS or Atom document;
    - ``"not-found"``: an error page ("Halaman Tidak Ditemukan", "404 Not Found") with no article text;
    - ``"consent"``: a page whose text is mostly a notice asking to accept cookies or data processing.

    It is a :class:`NoArticleError`, so code that catches that keeps working.
    """

    def __init__(self, reason: str, message: str | None = None) -> None:
        self.reason = reason
        super().__init__(message or f"not an article page ({reason})")


class WARCRecordError(BeritaparseError, ValueError):
    """A WARC record could not be read whole (truncated gzip member, bad headers, short content)."""


class CaseFormatError(BeritaparseError, ValueError):
    """An evaluation case is unreadable: its gold is not a JSON object, or a field has the wrong type."""


class DateRangeError(BeritaparseError, ValueError):
    """A date reference lies outside the years ``datetime`` holds (1-9999) once read in WIB."""
