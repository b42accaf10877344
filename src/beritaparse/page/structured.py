"""Structured data a page carries about itself: JSON-LD objects and ``<meta>`` tags.

Pages often ship broken JSON (trailing commas, HTML comments around it, several objects in a list or an
``@graph``); these readers take what can be read and never raise.

>>> import lxml.html
>>> doc = lxml.html.document_fromstring('''<html><head>
... <meta property="og:title" content="Harga  Beras Naik">
... <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harga Beras Naik",
...  "author": [{"@type": "Person", "name": "Andi"}, {"@type": "Organization", "name": "Kompas"}],}</script>
... </head><body></body></html>''')
>>> items = json_ld(doc)
>>> ld_first(items, "headline"), ld_people(items, "author")
('Harga Beras Naik', ['Andi'])
>>> meta_first(meta_tags(doc), ("og:title",))
'Harga Beras Naik'
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from beritaparse.page.pagequery import fold
from beritaparse.rules.flags import lazy

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

    from lxml.html import HtmlElement

__all__ = [
    "is_json_ld",
    "json_ld",
    "ld_all_types",
    "ld_first",
    "ld_people",
    "ld_str",
    "ld_types",
    "meta_first",
    "meta_json",
    "meta_tags",
    "read_json_ld",
    "state_texts",
]


_ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "backgroundnewsarticle",
        "reviewnewsarticle",
        "blogposting",
        "liveblogposting",
        "report",
    }
)
_PAGE_TYPES = frozenset({"webpage", "itempage"})


_TRAILING_COMMA = lazy(r",\s*(?=[}\]])")
_JSON_JUNK = lazy(r"^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$|/\*.*?\*/")
_MAX_JSON = 2_000_000


def _load_json(text: str) -> Any:
    try:
        return json.loads(text, strict=False)
    except (ValueError, RecursionError):
        pass
    repaired = _TRAILING_COMMA.sub("", _JSON_JUNK.sub("", text)).strip().rstrip(";")
    try:
        return json.loads(repaired, strict=False)
    except (ValueError, RecursionError):
        return None


def _walk_ld(node: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > 6:
        return
    if isinstance(node, list):
        for item in node[:200]:
            yield from _walk_ld(item, depth + 1)
    elif isinstance(node, dict):
        yield node
        graph = node.get("@graph")
        if graph is not None:
            yield from _walk_ld(graph, depth + 1)


def ld_types(node: dict[str, Any]) -> set[str]:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.rsplit("/", 1)[-1].casefold() for k in kinds if isinstance(k, str)}


_REFERENCE_KEYS = ("author", "creator", "editor", "publisher")


def _resolve(node: dict[str, Any], by_id: dict[str, dict[str, Any]]) -> None:
    """Replace ``{"@id": ...}`` references of credits by the objects they name elsewhere in the page
    (``@graph`` pages, as WordPress SEO plugins write them, name the author once, as a ``Person`` node)."""
    for key in _REFERENCE_KEYS:
        value = node.get(key)
        items = value if isinstance(value, list) else [value]
        resolved = [
            by_id.get(item["@id"], item)
            if isinstance(item, dict) and isinstance(item.get("@id"), str) and "name" not in item
            else item
            for item in items
        ]
        if any(a is not b for a, b in zip(resolved, items, strict=True)):
            node[key] = resolved if isinstance(value, list) else resolved[0]


def json_ld(doc: HtmlElement) -> list[dict[str, Any]]:
    """Article-like JSON-LD objects: articles, then web pages, then breadcrumb lists."""
    return read_json_ld(doc)[0]


def ld_all_types(doc: HtmlElement) -> set[str]:
    """The ``@type`` of every JSON-LD object the page carries, lower case: what the page declares itself
    (a ``CollectionPage``, a ``SearchResultsPage``) besides the article objects :func:`json_ld` returns."""
    return read_json_ld(doc)[1]


# A string of a page's state this long at least may be its text: shorter is a title, a summary, a name.
_STATE_TEXT_MIN = 200
# How deep the state's objects are read: a framework nests the page's props a few levels down.
_STATE_DEPTH = 12


def state_texts(scripts: Iterable[HtmlElement]) -> Iterator[str]:
    """The long strings of the state a script-rendered page ships as JSON for its script to draw (Next.js's
    ``__NEXT_DATA__``, Nuxt's payload, any ``<script type="application/json">``): a page saved before its
    script ran holds its text there and nowhere else. Each string of :data:`_STATE_TEXT_MIN` characters or
    more, in the state's order."""
    for script in scripts:
        if (script.get("type") or "").strip().casefold() != "application/json":
            continue
        text = script.text or ""
        if len(text) < _STATE_TEXT_MIN or len(text) > _MAX_JSON:
            continue
        yield from _long_strings(_load_json(text), 0)


def _long_strings(node: Any, depth: int) -> Iterator[str]:
    if isinstance(node, str):
        if len(node) >= _STATE_TEXT_MIN:
            yield node
    elif depth < _STATE_DEPTH and isinstance(node, dict):
        for value in node.values():
            yield from _long_strings(value, depth + 1)
    elif depth < _STATE_DEPTH and isinstance(node, list):
        for value in node:
            yield from _long_strings(value, depth + 1)


def is_json_ld(script: HtmlElement) -> bool:
    """The ``<script>`` element holds JSON-LD: the scripts :func:`read_json_ld` reads."""
    return (script.get("type") or "").strip().casefold() == "application/ld+json"


def read_json_ld(
    doc: HtmlElement, *, scripts: Iterable[HtmlElement] | None = None
) -> tuple[list[dict[str, Any]], set[str]]:
    """:func:`json_ld` and :func:`ld_all_types` of a page from one reading of its scripts: parsing the JSON
    is most of the work of either. ``scripts``: the page's ``<script>`` elements in document order, where
    the caller has them already (a walk of the tree for them costs as much as one for every element)."""
    articles: list[dict[str, Any]] = []
    pages: list[dict[str, Any]] = []
    crumbs: list[dict[str, Any]] = []
    by_id: dict[str, dict[str, Any]] = {}
    all_types: set[str] = set()
    for script in doc.iter("script") if scripts is None else scripts:
        if not is_json_ld(script):
            continue
        text = script.text or ""
        if not text.strip() or len(text) > _MAX_JSON:
            continue
        for node in _walk_ld(_load_json(text)):
            if isinstance(node.get("@id"), str) and "name" in node:
                by_id.setdefault(node["@id"], node)
            types = ld_types(node)
            all_types |= types
            if types & _ARTICLE_TYPES:
                articles.append(node)
            elif types & _PAGE_TYPES:
                pages.append(node)
            elif "breadcrumblist" in types:
                crumbs.append(node)
    found = articles + pages + crumbs
    # Only the credits of the objects returned are resolved; the walk above has read every @type first.
    if by_id:
        for node in found:
            _resolve(node, by_id)
    return found, all_types


def ld_str(value: Any) -> str | None:
    if isinstance(value, str):
        return fold(value) or None
    if isinstance(value, dict):
        for k in ("name", "@value", "url", "@id"):
            if isinstance(value.get(k), str):
                return fold(value[k]) or None
    if isinstance(value, list) and value:
        return ld_str(value[0])
    return None


def ld_first(items: Sequence[dict[str, Any]], key: str) -> str | None:
    for item in items:
        value = ld_str(item.get(key))
        if value:
            return value
    return None


def ld_people(items: Sequence[dict[str, Any]], key: str) -> list[str]:
    names: list[str] = []
    for item in items:
        value = item.get(key)
        people = value if isinstance(value, list) else [value]
        for person in people:
            if isinstance(person, dict):
                if "organization" in ld_types(person):
                    continue
                name = person.get("name")
                if isinstance(name, list):  # "name": ["Andi"], as some generators write it
                    names.extend(n for n in name if isinstance(n, str))
                elif isinstance(name, str):
                    names.append(name)
            elif isinstance(person, str) and not person.startswith(("http://", "https://")):
                names.append(person)
        if names:
            break
    return names


def meta_tags(doc: HtmlElement, *, elements: Iterable[HtmlElement] | None = None) -> dict[str, list[str]]:
    """The page's meta tags by name, lower case. ``elements``: its ``<meta>`` elements in document order,
    where the caller has them already."""
    found: dict[str, list[str]] = {}
    for meta in doc.iter("meta") if elements is None else elements:
        # Names in bytes: lxml encodes a str name on every read, five reads of each of the page's metas.
        key = meta.get(b"property") or meta.get(b"name") or meta.get(b"itemprop") or meta.get(b"http-equiv")
        content = meta.get(b"content")
        if key and content and content.strip():
            found.setdefault(key.strip().casefold(), []).append(fold(content))
    return found


def meta_first(metas: dict[str, list[str]], keys: Iterable[str]) -> str | None:
    for key in keys:
        for value in metas.get(key, ()):
            if value:
                return value
    return None


def meta_json(metas: dict[str, list[str]], keys: Iterable[str], field: str) -> list[str]:
    """Values of ``field`` in meta tags that hold a JSON object (Parse.ly's ``parsely-page`` and
    ``parsely-metadata``: ``{"author": "Andi", "pub_date": "2024-05-13T06:24:00Z"}``); a list gives each."""
    found: list[str] = []
    for key in keys:
        for content in metas.get(key, ()):
            data = _load_json(content) if content.lstrip().startswith("{") else None
            if not isinstance(data, dict):
                continue
            value = data.get(field)
            for item in value if isinstance(value, list) else [value]:
                text = ld_str(item)
                if text:
                    found.append(text)
    return found
