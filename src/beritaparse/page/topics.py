"""Where a page files its article: the section (adapter, JSON-LD, meta, breadcrumbs) and the tags it shows."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any, cast

from beritaparse.page.pagequery import compile_xpath, fold, text_key, unique
from beritaparse.page.structured import ld_first, ld_str, ld_types

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from beritaparse.page.pagequery import PageSources

__all__ = ["section", "tags"]

_TAG_META = ("news_keywords", "content_tags", "dtk:keywords", "article:tag", "keywords_tag", "parsely-tags")
# A tag is a word or a few: a longer text is a title or a sentence.
_TAG_MAX = 80
_SECTION_META = ("article:section", "content_category", "section", "parsely-section")
# The texts of the page's links as plain strings: no result needs its element. The nodes of
# ``//body//a[@href]//text()`` (no predicate is a position), without libxml2's step per node for each "//".
_LINK_TEXTS = compile_xpath("/descendant::body/descendant::a[@href]/descendant::text()", smart_strings=False)
# The same from the page's one <body> (PageTree.bodies): the page-wide form walks the whole tree for further
# bodies before it reads the first one's links (1.44 -> 1.30 M instructions a tests/pages page).
_BODY_LINK_TEXTS = compile_xpath("descendant::a[@href]/descendant::text()", smart_strings=False)


def _split_tags(values: Iterable[str]) -> tuple[str, ...]:
    tags: list[str] = []
    for value in values:
        for part in value.split(","):
            tag = fold(part).lstrip("#").strip()
            if tag and len(tag) <= _TAG_MAX:
                tags.append(tag)
    return unique(tags)


def tags(page: PageSources) -> tuple[str, ...]:
    """The article's tags as the page shows them: the adapter's tag list, else the tags named in meta or
    JSON-LD that also appear as link texts (tags kept only in meta are search keywords, not shown)."""
    if page.outlet is not None:
        found = page.outlet_values(page.outlet.tags)
        if found is not None:
            return unique(t for t in (fold(v).lstrip("#").strip() for v in found) if t)
    candidates: tuple[str, ...] = ()
    for key in _TAG_META:
        values = page.metas.get(key)
        if values:
            candidates = _split_tags(values)
            break
    else:
        for item in page.ld:
            keywords = item.get("keywords")
            if isinstance(keywords, str):
                candidates = _split_tags([keywords])
            elif isinstance(keywords, list):
                candidates = _split_tags(k for k in keywords if isinstance(k, str))
            if candidates:
                break
    if not candidates:
        return _rel_tags(page.doc)
    bodies = page.tree.bodies
    one_body = len(bodies) == 1 and page.doc.getparent() is None
    texts = _BODY_LINK_TEXTS(bodies[0]) if one_body else _LINK_TEXTS(page.doc)
    # Every link text normalised as a tag is, by str methods mapped in C, each distinct text once (menus
    # repeat, and so do the white space nodes around a link's image): a comprehension ran Python code for
    # each of the page's several hundred link texts. The results are all str (a text() node test).
    shown: set[str] = set()
    if isinstance(texts, list):
        spaced = map(" ".join, map(str.split, set(cast("list[str]", texts))))
        shown = set(map(str.casefold, map(str.lstrip, spaced, itertools.repeat("# "))))
    return tuple(t for t in candidates if " ".join(t.split()).casefold() in shown)


# Links the rel-tag microformat marks as the page's tags (WordPress's tag list writes rel="tag"); its category
# links are rel="category tag", a filing, not a tag.
# Only the links with a rel attribute are read (few on a page); their tokens are split in Python, where
# libxml2's string functions on every link cost a whole parse about 2%. They are found by the attribute
# (the parent of each <a>'s @rel: the same elements in document order), not by a predicate libxml2
# evaluates on every link (0.27 -> 0.19 ms a corpus page).
_REL_LINKS = compile_xpath("/descendant::a/@rel/..")


def _rel_tags(doc: Any) -> tuple[str, ...]:
    """The texts of the page's rel-tag links: the tags it shows where its meta and JSON-LD name none."""
    found = _REL_LINKS(doc)
    links = [
        a
        for a in cast("list[Any]", found if isinstance(found, list) else [])
        if _is_rel_tag(a.get("rel") or "") and a.get("href")
    ]
    texts = (fold(a.text_content()).lstrip("#").strip() for a in links)
    return unique(t for t in texts if t and len(t) <= _TAG_MAX)


def _is_rel_tag(rel: str) -> bool:
    tokens = rel.casefold().split()
    return "tag" in tokens and "category" not in tokens


def section(page: PageSources, title: str | None) -> str | None:
    """The section the article is filed under: the adapter's, else JSON-LD, meta tags, the breadcrumbs."""
    if page.outlet is not None:
        found = page.outlet_values(page.outlet.section)
        if found:
            return found[0]
    values = [
        ld_first(page.ld, "articleSection"),
        *(v for k in _SECTION_META for v in page.metas.get(k, ())),
        _crumb_section(page.ld, title),
    ]
    # "Article" is the schema type some templates write where the section belongs.
    return next((v for v in values if v and v.casefold() not in {"article", "artikel"}), None)


def _crumb_section(ld: Sequence[dict[str, Any]], title: str | None) -> str | None:
    """The deepest breadcrumb above the article: Home > Ekonomi > Bisnis > (headline) gives "Bisnis"."""
    for node in ld:
        if "breadcrumblist" not in ld_types(node):
            continue
        items = node.get("itemListElement")
        if not isinstance(items, list):
            continue
        names = [
            name
            for item in items
            if isinstance(item, dict)
            for name in [ld_str(item.get("name")) or ld_str(item.get("item"))]
            if name and not name.startswith(("http://", "https://"))
        ]
        names = [n for n in names[1:] if not title or text_key(n) != text_key(title)]
        if names:
            return names[-1]
    return None
