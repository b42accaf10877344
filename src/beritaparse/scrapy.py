"""Scrapy integration: article items from crawled responses, with failures recorded on the item.

Needs the ``scrapy`` extra. :func:`article_from_response` parses one response into an
:class:`~beritaparse.model.Article`; :func:`item_from_response` gives the item a crawl stores, a dict of the
same shape as a record of ``beritaparse batch``, and never raises for a bad page::

    {"id": url, "url": url, "article": Article.to_dict()}
    {"id": url, "url": url, "error": {"type": "NoArticleError", "message": "..."}}
    {"id": url, "url": url, "skipped": "not HTML (image/png)"}

:class:`ArticleMiddleware` is a spider middleware that adds that item for every response whose request
carries ``meta={"beritaparse": True}`` (:data:`META_KEY`), so a spider only has to mark its article links.
See ``docs/scrapy.md`` for a whole spider.
"""

from __future__ import annotations

import codecs
from typing import TYPE_CHECKING, Any

from beritaparse import parse
from beritaparse.batch.records import ErrorInfo

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterable

    from scrapy import Spider
    from scrapy.crawler import Crawler
    from scrapy.http import Response

    from beritaparse.model import Article

__all__ = ["META_KEY", "ArticleMiddleware", "article_from_response", "item_from_response"]

META_KEY = "beritaparse"
"""The ``Request.meta`` key that marks a request whose response is an article page."""

_UNICODE_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE)
# Text in an ASCII-compatible encoding has no NUL bytes; a page with them (UTF-16 without a BOM, binary data
# served as text/html) is left to the library's own decoding, which recognises both.
_SNIFF_BYTES = 4096


def article_from_response(
    response: Response, *, adapters: bool = True, max_bytes: int | None = None
) -> Article:
    """Parse a Scrapy response into an :class:`~beritaparse.model.Article`.

    The response's body bytes are parsed with ``url=response.url``, exactly as :func:`beritaparse.parse`
    would parse them, with one addition: when the bytes are not UTF-8 and the HTTP ``Content-Type`` header
    names a charset, that charset decodes them (a browser does the same; the library alone only sees the
    page's own ``<meta charset>``). ``adapters`` and ``max_bytes`` are :func:`beritaparse.parse`'s.

    Raises what :func:`beritaparse.parse` raises: :class:`~beritaparse.errors.NoArticleError` for a page
    without article text, and the other :class:`~beritaparse.errors.BeritaparseError` subclasses for
    input that is not a page.
    """
    markup = _markup(response)
    if max_bytes is None:
        return parse(markup, url=response.url, adapters=adapters)
    return parse(markup, url=response.url, adapters=adapters, max_bytes=max_bytes)


def item_from_response(
    response: Response, *, adapters: bool = True, max_bytes: int | None = None
) -> dict[str, Any]:
    """The item for one response: its article, or the error or the reason it was skipped; never raises.

    A response that is not text (an image, a PDF: not a ``TextResponse``) is skipped; a page that fails to
    parse (no article text, binary data, too large) gives an ``error`` with the exception's class name and
    message, as ``beritaparse batch`` records it.
    """
    # Imported here so that ``import beritaparse.scrapy`` works (and its docs build) without Scrapy.
    from scrapy.http import TextResponse  # noqa: PLC0415

    base: dict[str, Any] = {"id": response.url, "url": response.url}
    if not isinstance(response, TextResponse):
        content_type = response.headers.get(b"Content-Type") or b"no Content-Type"
        kind = content_type.decode("latin-1").split(";")[0].strip()
        return {**base, "skipped": f"not HTML ({kind})"}
    try:
        article = article_from_response(response, adapters=adapters, max_bytes=max_bytes)
    except Exception as exc:  # noqa: BLE001 - one page's failure, even a bug, must not stop the crawl; the item names it
        return {**base, "error": ErrorInfo.from_exception(exc).to_dict()}
    return {**base, "article": article.to_dict()}


class ArticleMiddleware:
    """Spider middleware: one article item for each response whose request has ``meta["beritaparse"]``.

    The item comes first, then whatever the spider's callback yields for that response (links to follow,
    its own items). A marked request that fails with an HTTP error status (404, 500: Scrapy's
    ``HttpErrorMiddleware`` keeps those from the callback) gives an item with ``skipped`` set, so every
    marked page leaves a record. Enable it in the settings::

        SPIDER_MIDDLEWARES = {"beritaparse.scrapy.ArticleMiddleware": 600}

    The setting ``BERITAPARSE_ADAPTERS`` (default true) turns the outlet adapters off when false.
    """

    def __init__(self, *, adapters: bool = True) -> None:
        self.adapters = adapters

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArticleMiddleware:
        return cls(adapters=crawler.settings.getbool("BERITAPARSE_ADAPTERS", default=True))

    def process_spider_output(
        self, response: Response, result: Iterable[Any], spider: Spider | None = None
    ) -> Iterable[Any]:
        # ``spider`` is optional: Scrapy before 2.13 passes it, later versions do not.
        del spider
        if _marked(response):
            yield item_from_response(response, adapters=self.adapters)
        yield from result

    async def process_spider_output_async(
        self, response: Response, result: AsyncIterator[Any], spider: Spider | None = None
    ) -> AsyncIterator[Any]:
        del spider
        if _marked(response):
            yield item_from_response(response, adapters=self.adapters)
        async for element in result:
            yield element

    def process_spider_exception(
        self, response: Response, exception: Exception, spider: Spider | None = None
    ) -> Iterable[Any] | None:
        from scrapy.spidermiddlewares.httperror import HttpError  # noqa: PLC0415

        del spider
        if isinstance(exception, HttpError) and _marked(response):
            return [{"id": response.url, "url": response.url, "skipped": f"HTTP status {response.status}"}]
        # Any other exception is the spider's own: Scrapy's handling (log, errback) stays in charge.
        return None


def _marked(response: Response) -> bool:
    return bool(response.meta.get(META_KEY))


def _markup(response: Response) -> bytes | str:
    """The body to parse: the bytes, or text decoded with the header's charset where only that reads it."""
    body = response.body
    charset = _header_charset(response)
    if charset is None or body.startswith(_UNICODE_BOMS) or b"\x00" in body[:_SNIFF_BYTES]:
        return body
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        # Valid UTF-8 is UTF-8 whatever is declared, as in beritaparse.parse (templates mislabel it).
        return body
    try:
        return body.decode(charset)
    except (UnicodeDecodeError, LookupError):
        return body


def _header_charset(response: Response) -> str | None:
    from w3lib.encoding import http_content_type_encoding  # noqa: PLC0415

    content_type = response.headers.get(b"Content-Type")
    if not content_type:
        return None
    return http_content_type_encoding(content_type.decode("latin-1"))
