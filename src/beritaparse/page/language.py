"""Language of a page: its declared code, checked against Indonesian function words in its headline."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from beritaparse.lexicon.language import FUNCTION_WORDS
from beritaparse.page.pagequery import text_key
from beritaparse.page.structured import ld_first, meta_first

if TYPE_CHECKING:
    from collections.abc import Sequence

    from lxml.html import HtmlElement

__all__ = ["page_language"]


def page_language(
    doc: HtmlElement, metas: dict[str, list[str]], ld: Sequence[dict[str, Any]], text: str, *, known: bool
) -> str | None:
    """The page's language code; ``known``: the page is an adapter's outlet's, all of them Indonesian."""
    value = (
        doc.get("lang")
        or meta_first(metas, ("content-language", "og:locale", "language"))
        or ld_first(ld, "inLanguage")
    )
    code = value.strip().replace("_", "-").split("-")[0].casefold() if value else ""
    code = {"in": "id", "ind": "id"}.get(code, code)  # "in" is the withdrawn ISO 639 code for Indonesian
    if code in {"", "en"} and _looks_indonesian(text):
        # Many Indonesian templates keep the "en" of the theme they were built from.
        return "id"
    if not code and known:
        return "id"
    return code or None


def _looks_indonesian(text: str) -> bool:
    words = text_key(text).split()
    return len(words) >= 4 and sum(w in FUNCTION_WORDS for w in words) * 8 >= len(words)
