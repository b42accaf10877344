"""Where a page files its article: the section (adapter, JSON-LD, meta, breadcrumbs) and the tags it shows."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any, cast

import regex

from beritaparse.lexicon import alternation, language, pages
from beritaparse.page.html import text_of
from beritaparse.page.pagequery import compile_xpath, fold, spaced_text, text_key, unique
from beritaparse.page.structured import ld_first, ld_str, ld_types
from beritaparse.page.timestamps import written_date
from beritaparse.page.titles import around
from beritaparse.rules import cues
from beritaparse.rules.flags import lazy

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from lxml.html import HtmlElement

    from beritaparse.page.pagequery import PageSources

__all__ = ["MIN_TAGS", "TAG_ADDRESS", "TAG_SEPARATORS", "after_the_text", "section", "tags"]

TAG_ADDRESS = lazy(r"/" + alternation(pages.TAG_FOLDERS) + r"/[^/?#\s]", regex.IGNORECASE | regex.VERSION0)
"""A link to one of the site's tag pages ("/tag/banjir/", "/topic/banjir"), wherever the site's folder is."""
TAG_SEPARATORS = " \t\n\r,;#" + language.FIELD_BARS
"""Marks that part a tag list's links and are no words of it: white space, list marks, a byline's bars."""
MIN_TAGS = 2
"""A tag list has at least this many links: one link to a tag page alone may be any link (a kicker, a
topic's banner)."""

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


def tags(
    page: PageSources, title_el: HtmlElement | None = None, writers: Sequence[str] = ()
) -> tuple[str, ...]:
    """The article's tags as the page shows them: the adapter's tag list, else the tags named in meta or
    JSON-LD that also appear as link texts (tags kept only in meta are search keywords, not shown), else
    the rel-tag links, else a list of links to the site's tag pages around the headline (``title_el``) in
    the box of its byline (one of ``writers``, the names read as the article's authors) or its date."""
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
        return _rel_tags(page.doc) or _tags_by_headline(title_el, writers)
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
# links are rel="category tag", a filing, not a tag. WordPress's term lists outside the classic templates
# (get_the_term_list(), block themes' Post Terms block) write a bare rel="tag" on every term's link, the
# category's too: a link to a section's page (/category/daerah/) is the filing all the same.
# Only the links with a rel attribute are read (few on a page); their tokens are split in Python, where
# libxml2's string functions on every link cost a whole parse about 2%. They are found by the attribute
# (the parent of each <a>'s @rel: the same elements in document order), not by a predicate libxml2
# evaluates on every link (0.27 -> 0.19 ms a corpus page).
_REL_LINKS = compile_xpath("/descendant::a/@rel/..")
# A link to a section's page: "/category/daerah/", wherever the site's folder stands in the address.
_SECTION_ADDRESS = lazy(
    r"/" + alternation(pages.SECTION_FOLDERS) + r"/[^/?#\s]", regex.IGNORECASE | regex.VERSION0
)


def _rel_tags(doc: Any) -> tuple[str, ...]:
    """The texts of the page's rel-tag links: the tags it shows where its meta and JSON-LD name none."""
    found = _REL_LINKS(doc)
    links = [
        a
        for a in cast("list[Any]", found if isinstance(found, list) else [])
        if _is_rel_tag(a.get("rel") or "") and a.get("href") and not _SECTION_ADDRESS.search(a.get("href"))
    ]
    texts = (fold(a.text_content()).lstrip("#").strip() for a in links)
    return unique(t for t in texts if t and len(t) <= _TAG_MAX)


def _is_rel_tag(rel: str) -> bool:
    tokens = rel.casefold().split()
    return "tag" in tokens and "category" not in tokens


# The letters and digits a tag list shows besides its links: a label ("Tags:", "Topik :"), no sentence.
_TAG_LABEL_MAX = 12
_LINKS = compile_xpath("descendant::a[@href]")
# The boxes around the headline read for its tag list (its parent and grandparent), and the elements read
# in them, nearest first (titles.around): a byline's box is a dozen elements, a page's sidebar hundreds.
_TAG_LEVELS = 2
_TAG_NEAR = 60
_NO_TEXT = frozenset({"script", "style", "noscript", "template"})


def _tags_by_headline(title_el: HtmlElement | None, writers: Sequence[str]) -> tuple[str, ...]:
    """The texts of a list of links to the site's tag pages (``/tag/banjir/``) right around the headline
    (``title_el``), where no rel="tag" marks them: in the box of the byline or the date (a theme that writes
    the tags under the headline beside the writer and the date, "#banjir, #samarinda":
    :func:`_in_byline_box`), or after the text in the article's box (:func:`_after_the_text`). Only the
    first elements around the headline in its parent and grandparent boxes are read (a sidebar's tag cloud,
    the site's tags, stands farther); a list under a box heading of its own ("Topik Pilihan", "Terpopuler":
    cues.box_heading) is that box's, the site's topics (a grandparent that holds a short text and the
    sidebar beside it), and so is a list with neither a byline or a date in its box nor the text before it
    (a bar of trending topics under the headline or above the text). A list is the links of one element (a
    ``<ul>``'s items are its own), each to a tag page, two at least, with at most a label besides; a
    paragraph that links two tags tells a sentence, no list."""
    seen: set[HtmlElement] = set()
    header: set[HtmlElement] | None = None
    for n, (level, el) in enumerate(around(title_el)):
        if level >= _TAG_LEVELS or n >= _TAG_NEAR:
            break
        holder = _unheaded_holder(el, seen)
        if holder is None:
            continue
        found = _tag_list(holder)
        if found and title_el is not None:
            if header is None:
                header = {title_el, *title_el.iterancestors()}
            if (
                _in_byline_box(holder, header, writers)
                or _after_the_text(holder, title_el, header)
                or _named_by_the_article(found, holder, header)
            ):
                return found
    return ()


# The boxes above a tag list read for its byline or date: the list's own box and the two around it (the
# tags in a column of their own beside the byline's: "<div><div>By ... | date</div><div>tags</div></div>").
_BYLINE_LEVELS = 3
# The characters a byline box holds besides its tag list: a writer, an editor, a date and time (longer, it
# holds more than the byline: the text, a teaser).
_BYLINE_TEXT_MAX = 160
# A writer's name this short may be a word of any text ("Ant", an agency's initials).
_NAME_MIN = 4


def _in_byline_box(holder: HtmlElement, header: set[HtmlElement], writers: Sequence[str]) -> bool:
    """Whether a tag list (``holder``) shares a box with the article's byline or date: a short box, no box
    around the headline (``header``: the headline and its ancestors), that names one of ``writers`` or
    writes a full date. A site's bar of trending topics stands in the page's header, above the text or in
    the box of the headline itself, with neither."""
    names = [w.casefold() for w in writers if len(w) >= _NAME_MIN]
    own = len(spaced_text(holder))
    box = holder.getparent()
    for _ in range(_BYLINE_LEVELS):
        if box is None or box in header:
            return False
        text = spaced_text(box)
        if len(text) - own > _BYLINE_TEXT_MAX:
            return False
        folded = text.casefold()
        if any(name in folded for name in names) or written_date(text) is not None:
            return True
        box = box.getparent()
    return False


# A paragraph of the text: an element holding this many characters of its own (a line of chrome, a teaser's
# headline, a caption hold fewer), and the paragraphs between the headline and a list that put it after the
# text (one may be a standfirst, with the site's bar of topics under it and the text still to come).
_PARAGRAPH = 100
_TEXT_PARAGRAPHS = 2


def _after_the_text(holder: HtmlElement, title_el: HtmlElement, header: set[HtmlElement]) -> bool:
    """Whether a tag list (``holder``) follows the text in the article's box: in the smallest box around the
    headline (``title_el``; ``header``: it and its ancestors) that holds the list, paragraphs stand between
    the two. The tags close an article as they do inside the text's element (page.dom's tag box); a bar of
    the site's topics stands above the text."""
    box = holder.getparent()
    while box is not None and box not in header:
        box = box.getparent()
    if box is None:
        return False
    after = False
    paragraphs = 0
    for el in box.iter():
        if el is title_el:
            after = True
        elif el is holder:
            break
        elif after and isinstance(el.tag, str) and el.tag not in _NO_TEXT:
            paragraphs += _own_text(el) >= _PARAGRAPH
            if paragraphs >= _TEXT_PARAGRAPHS:
                return True
    return False


_WORD = lazy(r"\w+", regex.VERSION0)


def _named_by_the_article(found: Sequence[str], holder: HtmlElement, header: set[HtmlElement]) -> bool:
    """Whether most of a tag list's tags (``found``, the links of ``holder``) are named in the article's own
    box outside the list: the smallest box around the headline (``header``: it and its ancestors) that
    holds the list, its headline, byline and text. A tag names what the story is about, in its words
    (Joomla's article view writes its tags between the info block and the text, in the article's box, in
    no byline's box); a bar of the site's trending topics names other stories, one of them at most this
    one's. A list among the text's paragraphs (beside one in its box) is no such list."""
    if any(
        _own_text(el) >= _PARAGRAPH for el in (*holder.itersiblings(), *holder.itersiblings(preceding=True))
    ):
        # Among the text's own paragraphs, in the text's element: a bar above the text, which the text's
        # reader (page.dom) reads as a tag box where it follows the text.
        return False
    box = holder.getparent()
    while box is not None and box not in header:
        box = box.getparent()
    return box is not None and _named_in(found, box, holder)


def _own_text(el: HtmlElement) -> int:
    """The characters of ``el``'s own text, its children's left out (their tails counted)."""
    if not isinstance(el.tag, str) or el.tag in _NO_TEXT:
        return 0
    return sum(len(t.strip()) for t in (el.text, *(c.tail for c in el)) if t)


def _named_in(found: Sequence[str], box: HtmlElement, holder: HtmlElement) -> bool:
    """Whether most of ``found`` (two at least) have all their words in the text of ``box`` outside
    ``holder`` (the list that gives them)."""
    inside = set(holder.iter())
    texts = [
        t
        for el in box.iter()
        if el not in inside and isinstance(el.tag, str) and el.tag not in _NO_TEXT
        for t in (el.text, *(c.tail for c in el))
        if t
    ]
    words = set(_WORD.findall(" ".join(texts).casefold()))
    named = sum(1 for tag in found if (parts := _WORD.findall(tag.casefold())) and words.issuperset(parts))
    return named >= MIN_TAGS and 2 * named > len(found)


# The boxes whose following elements are read for a tag list after the text: the text's element and the
# box around it (the post's fields side by side in it); the elements read, nearest first.
_AFTER_LEVELS = 2


def after_the_text(container: HtmlElement) -> tuple[str, ...]:
    """The tags of a list of links to the site's tag pages that closes the article right after its text's
    element (``container``), where neither a rel="tag" nor a class read in the text marks it: Drupal's
    Tags field stands beside the body field, a sibling of the text's element in the post's box. The list
    is one element's links (:func:`_tag_list`), under no box heading of its own but a label ("Tags"), and
    the text names most of its tags (:func:`_named_in`): a bar of the site's trending topics under a story
    names other stories. Only the first elements after the text are read (the sidebar's tag cloud stands
    farther)."""
    seen: set[HtmlElement] = set()
    read = 0
    box: HtmlElement | None = container
    for _ in range(_AFTER_LEVELS):
        if box is None or box.tag == "body":
            break
        for sibling in box.itersiblings():
            for el in sibling.iter():
                read += 1
                if read > _TAG_NEAR:
                    return ()
                holder = _unheaded_holder(el, seen)
                if holder is None:
                    continue
                found = _tag_list(holder)
                if found and _named_in(found, container, holder):
                    return found
        box = box.getparent()
    return ()


def _unheaded_holder(link: HtmlElement, seen: set[HtmlElement]) -> HtmlElement | None:
    """The element whose links make the list that ``link`` to a tag page stands in (the ``<ul>`` of an item's
    link), where no box heading of its own stands over it ("Berita Terkait" heads other stories' links);
    None for any other element, and for a holder asked about before (``seen`` records each)."""
    if link.tag != "a" or TAG_ADDRESS.search(link.get("href") or "") is None:
        return None
    holder = link.getparent()
    if holder is not None and holder.tag == "li":
        holder = holder.getparent()
    if holder is None or holder in seen:
        return None
    seen.add(holder)
    heading = holder.getprevious()
    while heading is not None and not isinstance(heading.tag, str):
        heading = heading.getprevious()
    if heading is not None and cues.box_heading(text_of(heading)) is not None:
        return None
    return holder


def _tag_list(el: HtmlElement) -> tuple[str, ...]:
    """The link texts of ``el`` when every link of it goes to a tag page, two at least, and its text besides
    them is a label at most; empty otherwise."""
    found: list[str] = []
    linked = 0
    for link in cast("list[HtmlElement]", _LINKS(el)):
        if TAG_ADDRESS.search(link.get("href") or "") is None:
            return ()
        text = text_of(link)
        linked += _letters(text)
        tag = text.strip(TAG_SEPARATORS)
        if tag and len(tag) <= _TAG_MAX:
            found.append(tag)
    label = _letters(text_of(el)) - linked
    return unique(found) if len(found) >= MIN_TAGS and label <= _TAG_LABEL_MAX else ()


def _letters(text: str) -> int:
    return sum(map(str.isalnum, text))


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
