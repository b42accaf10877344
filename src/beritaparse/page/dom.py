"""The body container of a page, walked in document order into candidate blocks.

This module turns markup into blocks and says what the markup itself tells (a heading, a quote, a
caption, something hidden, a block that is one link); deciding what is article text is the job of
:func:`beritaparse.rules.blocks.clean`. Text is white-space folded; ``<br>`` ends a block, so
``<br><br>``-separated paragraphs inside one element come out as separate paragraphs.

>>> import lxml.html
>>> div = lxml.html.fragment_fromstring(
...     "<div>Satu.<br><br>Dua <b>tebal</b>.<h2>Sub</h2><p><strong>Semua tebal</strong></p>"
...     "<figure><img src=x.jpg><figcaption>Foto <span class=credit>ANTARA</span></figcaption></figure>"
...     "<script>x()</script></div>")
>>> for c in candidates(div):
...     print(c.kind, c.hint, repr(c.text), c.credit)
paragraph None 'Satu.' None
paragraph None 'Dua tebal.' None
heading None 'Sub' None
paragraph emphasis 'Semua tebal' None
paragraph caption 'Foto' ANTARA

What is dropped without becoming a candidate (scripts, styles, media, forms, navigation, share bars and ad
slots recognised by their class or id) is reported by :func:`walk` as :class:`~beritaparse.model.Removed`
entries when it carried text; script and style bodies are not text and are not reported.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, NamedTuple

import attrs
import lxml.etree
import regex

from beritaparse.lexicon import language, markup
from beritaparse.model import BlockKind, Removed, RemovedReason
from beritaparse.page.addresses import join_url
from beritaparse.page.html import string_of, text_of
from beritaparse.page.kind import is_teaser_list, stamped
from beritaparse.page.pagequery import BOLD_STYLE, HIDDEN_STYLE, compile_xpath, fold, headed_box, opening_text
from beritaparse.page.topics import MIN_TAGS, TAG_ADDRESS, TAG_SEPARATORS
from beritaparse.rules import cues
from beritaparse.rules.candidate import Candidate, Hint
from beritaparse.rules.flags import WORDS, lazy

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from lxml.html import HtmlElement

__all__ = [
    "Walk",
    "candidates",
    "holds_prose",
    "is_caption",
    "is_hidden",
    "is_paragraph",
    "visible_text",
    "walk",
    "walk_caption",
]

# A table cell is not a block of its own: a row reads as one line ("Penulis | : Nabilla Tashandra").
_BLOCK_TAGS = markup.BLOCK_TAGS - markup.CELL_TAGS
_CELLS = markup.CELL_TAGS
_HEADINGS = markup.HEADING_TAGS - {"h1"}
_BOLD = markup.BOLD_TAGS
_ITALIC = markup.ITALIC_TAGS
# A short line right under an image is its caption when it reads like one: all italic, or not closed
# like a sentence ("Taylor Swift memberi tepuk tangan. Foto: Grammy").
_CAPTION_MAX = 200
# A caption written as a paragraph of its own after its picture's is a line: a credit, a label, a few words
# (the corpus' run to some 30 letters); the captions of a picture in its own box run longer.
_CAPTION_LINE = 80
_SENTENCE_END = (*language.SENTENCE_ENDS, *language.CLOSERS, ":")

# Never text of an article; media and forms are reported when they carry text (a form's labels, a player's
# fallback text), the rest silently.
_SILENT = markup.SILENT_TAGS
_DROP_REASON = markup.DROP_TAGS
_IMAGES = markup.IMAGE_TAGS
_PLAYERS = markup.PLAYER_TAGS
_CHROME_WORDS = {**markup.CHROME_WORDS, **markup.EMBED_CLASSES}
_BOX_WORDS = markup.BOX_WORDS
_PART_BOX_WORDS = tuple(sorted(markup.PART_BOX_WORDS))
_PAGING_PARTS = markup.PAGING_PARTS
_BYLINE_PARTS = markup.BYLINE_WORDS
_AUTHOR_BOX_PARTS = markup.AUTHOR_BOX_PARTS
_EMBED_CLASSES = frozenset(markup.EMBED_CLASSES)
_EMBED_POST_URL = lazy("|".join(markup.EMBED_POST_URLS), WORDS)
_VIDEO_EMBED = lazy("|".join(markup.VIDEO_EMBED_URLS), WORDS)
_CAPTION_WORDS = markup.CAPTION_WORDS
_CREDIT_WORDS = markup.CREDIT_WORDS
_WORD_SPLIT = lazy(r"[\s_-]+")
_HIDDEN_CLASSES = markup.HIDDEN_CLASSES
# The tags _set_apart and _read_apart deal with by tag alone. An element of none of them, with no attribute
# (so no class, id, style or hidden), is set apart by neither unless it is one of the caller's caption
# elements: visit reads such an element (most <p>, <b> and <span> of a text) without asking them.
_APART_TAGS = _SILENT | _DROP_REASON.keys() | _IMAGES | {"br", "ul", "ol", "figure", "figcaption"}
# "descendant::" is ".//" without its step per node: the same text nodes (the predicate is no position).
# Plain strings (smart_strings=False): only the text is read, not the node each came from.
_VISIBLE_TEXT = compile_xpath(
    "descendant::text()[not(ancestor::script or ancestor::style or ancestor::noscript)]", smart_strings=False
)
# The elements whose text _VISIBLE_TEXT leaves out.
_NON_TEXT = ("script", "style", "noscript")
# A place (and outlet) ending in a dash, alone on its line: the opening of the paragraph after it.
_DATELINE_ALONE = lazy(r"^[\p{L}][\p{L}\p{N}\s.,'’()/]{0,60}\s*(?:-{1,2}|[–—])$", regex.VERSION1)
# What _DATELINE_ALONE's text ends with (its "$" also matches before a final newline): tested first, as
# nearly every paragraph fails here without the pattern running.
_DATELINE_ENDS = ("-", "–", "—", "-\n", "–\n", "—\n")
_BARE_CUE = cues.BARE_RELATED_CUE

# A list of links this short (in words, each) is navigation, not a list of stories.
_MENU_WORDS = 3
# A block counts as one link when a single target holds at least this share of its letters.
_LINK_SHARE = 0.5
# A link to one of the site's tag pages, and the marks that part a tag box's links (topics.TAG_ADDRESS).
_TAG_ADDRESS = TAG_ADDRESS
_TAG_SEPARATORS = TAG_SEPARATORS
# A tag box has at least this many links (topics.MIN_TAGS).
_MIN_TAGS = MIN_TAGS


_NO_WORDS: frozenset[str] = frozenset()
# Class and id values repeat across a template's elements (and pages of one outlet): what they name is read
# once per value. A page has some hundreds of distinct values.
_NAMES_CACHE = 2048


class _Names(NamedTuple):
    """What an element's class and id say: their words, and whether they name a caption or hide it."""

    words: frozenset[str]
    caption: bool
    hiding: bool


_NO_NAMES = _Names(_NO_WORDS, caption=False, hiding=False)


def _names(el: HtmlElement) -> _Names:
    # Attribute names in bytes, here and in the walk's other per-element reads: lxml encodes a str name on
    # every read (some 170 instructions of a read's thousand), and the walk reads a few names of each element.
    cls = el.get(b"class")
    eid = el.get(b"id")
    if not cls and not eid:
        return _NO_NAMES
    return _names_of(cls or "", eid or "")


@functools.lru_cache(maxsize=_NAMES_CACHE)
def _names_of(cls: str, eid: str) -> _Names:
    attrs_text = f"{cls} {eid}".lower()
    return _Names(
        frozenset(attrs_text.split()) | frozenset(_WORD_SPLIT.split(attrs_text)) - {""},
        caption=any(word in attrs_text for word in _CAPTION_WORDS),
        hiding=not _HIDDEN_CLASSES.isdisjoint(cls.lower().split()),
    )


def _words(el: HtmlElement) -> frozenset[str]:
    return _names(el).words


def is_hidden(el: HtmlElement) -> bool:
    """True when the element is marked invisible (``display:none``, ``hidden``, a hiding class)."""
    return _hidden_by_attributes(el) or _names(el).hiding


def _hidden_by_attributes(el: HtmlElement) -> bool:
    """The ``hidden`` attribute or a hiding inline style (the class is read with the element's names)."""
    if el.get(b"hidden") is not None:
        return True
    style = el.get(b"style")
    return bool(style) and _hiding_style(style)


@functools.lru_cache(maxsize=_NAMES_CACHE)
def _hiding_style(style: str) -> bool:
    # Inline styles repeat too (one per kind of box of a template): each is searched once.
    return HIDDEN_STYLE.search(style) is not None


def _cites_a_post(quote: HtmlElement) -> bool:
    """Whether a blockquote cites or links to one social-media post: an embedded tweet, Instagram or TikTok
    post (its text the post's, its last line the poster's signature), however its class is named."""
    cite = quote.get("cite")
    if cite and _EMBED_POST_URL.search(cite):
        return True
    return any(_EMBED_POST_URL.search(a.get(b"href") or "") for a in quote.iter("a"))


@functools.lru_cache(maxsize=_NAMES_CACHE)
def _chrome_reason(words: frozenset[str], *, block: bool) -> RemovedReason | None:
    # Cached: the same frozenset comes back from _words_of for every element of one class value.
    # Sorted: a set's order follows the process's hash seed, and an element named by two chrome words of
    # different reasons ("share ads") must give the same reason in every run.
    for word in sorted(words):
        reason = _CHROME_WORDS.get(word) or (_BOX_WORDS.get(word) if block else None)
        if reason is not None:
            return reason
    if block and any(part in word for word in words for part in _PAGING_PARTS):
        return RemovedReason.PAGING
    if block:
        # Run together with other words ("jp-relatedposts", "komentarbox"), as the container finder reads
        # them.
        for word in sorted(words):
            for part in _PART_BOX_WORDS:
                if part in word:
                    return _BOX_WORDS[part]
        if _author_box(words):
            return RemovedReason.BYLINE
    return None


def _author_box(words: frozenset[str]) -> bool:
    """Whether the names make the writer's own box ("author-box", "about-author", "jeg_authorbox"): a
    byline word and a box word, in one word or two."""
    return any(part in w for w in words for part in _BYLINE_PARTS) and any(
        part in w for w in words for part in _AUTHOR_BOX_PARTS
    )


def is_caption(el: HtmlElement) -> bool:
    """True for a figure, a figcaption, or an element whose class or id names a caption."""
    return _is_caption(el, _names(el))


def _is_caption(el: HtmlElement, names: _Names) -> bool:
    return el.tag in {"figure", "figcaption"} or names.caption or _credited_picture(el)


# A photo box's own text: its caption and credit, never longer than a caption runs with its credit.
_PICTURE_TEXT_MAX = 400


def _credited_picture(el: HtmlElement) -> bool:
    """A box holding, among its own children, a picture and a credit-classed element, with no more text than
    a caption: a photo and its caption written without figure markup (Kompas's in-text photo, ``<div
    class=photo><img><span class=author>PEXELS/NAMA</span> Ilustrasi ...</div>``)."""
    if not _has_picture(el):
        return False
    credited = any(
        isinstance(child.tag, str) and child.tag not in _IMAGES and child.attrib and _is_credit(child)
        for child in el
    )
    return credited and len(visible_text(el)) <= _PICTURE_TEXT_MAX


# Above this many children, lxml's tag filter looks for a picture among them: a Python loop makes an object
# for every child (a list's items, a text's paragraphs; some microseconds each), the filter only for a match.
# Below it the loop costs less than setting the filter up.
_FEW_CHILDREN = 3


def _has_picture(el: HtmlElement) -> bool:
    """Whether a picture (``_IMAGES``) is among ``el``'s own children (most elements tested hold none)."""
    count = len(el)
    if count > _FEW_CHILDREN:
        return next(el.iterchildren(*_IMAGES), None) is not None
    return count > 0 and any(child.tag in _IMAGES for child in el)


def _beside_picture(el: HtmlElement) -> bool:
    """Whether ``el`` shares its parent with a picture alone, after it, and holds no more than a caption: a
    photo box written without figure markup (``<div><img><div>Vivo V60 resmi meluncur.</div></div>``,
    Okezone's lead photo); what the box says is the picture's, even a sentence with its full stop."""
    parent = el.getparent()
    if parent is None or len(parent) != 2 or parent[1] is not el or parent[0].tag not in _IMAGES:
        return False
    if (parent.text or "").strip() or (parent[0].tail or "").strip() or (el.tail or "").strip():
        return False
    # A sentence: a name beside an avatar ("Sandy Mahaputra") or an app's name beside its icon is no caption.
    text = visible_text(el).strip()
    return len(text) <= _CAPTION_MAX and text[-1:] in language.SENTENCE_ENDS and " " in text


def _is_credit(el: HtmlElement) -> bool:
    return not _CREDIT_WORDS.isdisjoint(_words(el))


class Walk:
    """The candidates of a container and the text-bearing elements dropped on the way.

    Not an attrs class: only :func:`walk` makes one, and an attrs class costs about a millisecond to create
    at import (issue 14).
    """

    __slots__ = ("candidates", "dropped")

    def __init__(self, candidates: tuple[Candidate, ...], dropped: tuple[Removed, ...]) -> None:
        self.candidates = candidates
        self.dropped = dropped


# Tuples, not attrs classes: a context is derived with _replace, where attrs.evolve would read the class's
# fields first.
class _Ctx(NamedTuple):
    kind: BlockKind = "paragraph"
    hint: Hint | None = None
    bold: bool = False
    href: str | None = None
    italic: bool = False


# A run of text and the context it was read in (bold, italic, inside a link). A plain tuple: a page makes
# some hundred of them, and a NamedTuple is built by a Python-level __new__.
_Piece = tuple[str, _Ctx]


def _tag_links(pieces: list[_Piece]) -> tuple[str, ...]:
    """Each link's text, when the block is links to the site's tag pages and nothing else (a tag box that no
    class name marks: "<div><a href=/tag/banjir>banjir</a> <a href=/tag/bekasi>bekasi</a></div>"); empty
    otherwise. Separators between the links (commas, bars, bullets) are no text of the box."""
    parts: list[str] = []
    last: str | None = None
    for text, ctx in pieces:
        if not text.strip(_TAG_SEPARATORS):
            continue
        href = ctx.href
        if href is None or _TAG_ADDRESS.search(href) is None:
            return ()
        if href == last:
            parts[-1] += text
        else:
            parts.append(text)
            last = href
    found = tuple(tag for tag in (fold(part).strip(_TAG_SEPARATORS) for part in parts) if tag)
    return found if len(found) >= _MIN_TAGS else ()


def _unlinked_sentence(el: HtmlElement) -> bool:
    """Whether ``el`` links nothing and one of its texts tells a sentence: a list of tags, linked or not,
    never does."""
    if next(el.iter("a"), None) is not None:
        return False
    return any(
        text.count(" ") >= _SENTENCE_WORDS and cues.ends_sentence(text.strip()) for text in el.itertext()
    )


def _holds_headline(el: HtmlElement) -> bool:
    """Whether ``el`` holds an ``<h1>``: the page's headline, which no box of tags or links holds."""
    return next(el.iter("h1"), None) is not None


# The fewest words of a sentence a box tells.
_SENTENCE_WORDS = 8


def _linked_tags(el: HtmlElement) -> tuple[str, ...]:
    """The texts of the links of a box that links to the site's tag pages only (at least two of them; its
    label, "Tags:", links nowhere); empty otherwise."""
    found: list[str] = []
    for link in el.iter("a"):
        text = text_of(link).strip(_TAG_SEPARATORS)
        if not text:
            continue
        if _TAG_ADDRESS.search(link.get(b"href") or "") is None:
            return ()
        found.append(text)
    return tuple(found) if len(found) >= _MIN_TAGS else ()


class _Walker:
    def __init__(
        self,
        base_url: str | None,
        caption_roots: frozenset[HtmlElement],
        apart: frozenset[HtmlElement] = frozenset(),
    ) -> None:
        self.base_url = base_url
        self.caption_roots = caption_roots
        self.apart = apart
        # The elements visit must look at whatever their tag and attributes.
        self.marked = caption_roots | apart
        self.out: list[Candidate] = []
        self.dropped: list[Removed] = []
        self.buf: list[_Piece] = []
        self.after_image = False
        # The picture stood alone in a paragraph of its own, which has ended: the line after it is a
        # paragraph of the text's unless it reads as a caption by itself (see flush).
        self.picture_closed = False
        # The elements of the walked container that are a script, style or noscript element or hold one
        # (see _coded); None: each element's visible text is read on its own.
        self.coded: set[HtmlElement] | None = None

    # -- output --------------------------------------------------------------------------------------
    def flush(self, ctx: _Ctx) -> None:
        if not self.buf:  # most calls: a block element's end right after another's
            return
        pieces, self.buf = self.buf, []
        text = fold("".join([t for t, _ in pieces]))
        if not text:
            return
        if "(@" in text and self._embedded_again(text):
            self.dropped.append(Removed(RemovedReason.MEDIA, text))
            return
        hint = ctx.hint
        after_image, self.after_image = self.after_image, False
        picture_closed, self.picture_closed = self.picture_closed, False
        if hint is None and ctx.kind == "paragraph":
            letters = [c for t, c in pieces if t.strip()]
            if letters and all(p.bold for p in letters):
                hint = "emphasis"
            elif (
                after_image
                and len(text) <= _CAPTION_MAX
                and not any(p.href for p in letters)
                and (
                    all(p.italic for p in letters)
                    # A paragraph after a picture's own paragraph is a caption where it is a line, a credit
                    # or a label; a long one is the text's (a prayer's transliteration, a quote in another
                    # language: no sentence end either).
                    or not (text.endswith(_SENTENCE_END) or (picture_closed and len(text) > _CAPTION_LINE))
                )
            ):
                hint = "caption"
            elif len(letters) >= _MIN_TAGS and letters[0].href and letters[-1].href:
                tags = _tag_links(pieces)
                if tags:
                    self.out.append(Candidate(text, hint="tags", parts=tags))
                    return
        self.out.append(Candidate(text, kind=ctx.kind, hint=hint, url=self._link_of(pieces, text)))

    def _embedded_again(self, text: str) -> bool:
        """Whether ``text`` is the signature of a post embedded above, shown again alone (a read-page's break
        cut the embed, leaving its signature in a paragraph of the text's): no paragraph above it is the
        post's, as under an embed's own signature."""
        return any(r.reason is RemovedReason.MEDIA and text in r.text for r in self.dropped)

    def _link_of(self, pieces: list[_Piece], text: str) -> str | None:
        per_href: dict[str, int] = {}
        for t, c in pieces:
            if c.href:
                per_href[c.href] = per_href.get(c.href, 0) + len(fold(t))
        if not per_href:
            return None
        href, size = max(per_href.items(), key=lambda kv: kv[1])
        if size < _LINK_SHARE * len(text):
            return None
        return self._absolute(href)

    def _absolute(self, href: str) -> str | None:
        href = href.strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            return None
        return join_url(self.base_url, href)

    def visible(self, el: HtmlElement) -> str:
        """:func:`visible_text` of ``el``, an element of the walked container."""
        coded = self.coded
        if coded is not None and el not in coded:
            # No script, style or noscript body in it, and none around it: all its text is visible.
            return text_of(el)
        # It holds one or sits in one (the set says so): visible_text's own test of that would only fail.
        return _text_by_xpath(el)

    def drop(self, el: HtmlElement, reason: RemovedReason) -> None:
        text = self.visible(el)
        if text:
            self.dropped.append(Removed(reason, text))

    # -- walking -------------------------------------------------------------------------------------
    def visit(self, el: HtmlElement, ctx: _Ctx) -> None:
        tag = el.tag
        if not isinstance(tag, str):  # a comment or processing instruction left by the caller's parser
            return
        tag = tag.lower()
        if (tag in _APART_TAGS or el.attrib or el in self.marked) and (
            tag in _SILENT or self._set_apart(el, tag, ctx)
        ):
            return
        if tag in _BLOCK_TAGS:
            self._block(el, tag, ctx)
        else:
            self._inline(el, tag, ctx)

    def _set_apart(self, el: HtmlElement, tag: str, ctx: _Ctx) -> bool:
        """Dropped chrome, a line break or an image: True when ``el`` was one and has been dealt with."""
        names = _names(el)
        words = names.words
        reason = _DROP_REASON.get(tag)
        if reason is None and ctx.hint != "caption" and words:
            reason = _chrome_reason(words, block=tag in _BLOCK_TAGS)
            if reason is RemovedReason.PAGING and holds_prose(el):
                # A pager holds links and numbers: a box named for paging that holds paragraphs is the
                # article's next page ("infinite-box" id=list-pagination, "read-more" content), read as text.
                reason = None
            elif reason is RemovedReason.TAGS and (_unlinked_sentence(el) or _holds_headline(el)):
                # A tag box holds the tags' links: a box named for tags that links nothing and tells a
                # sentence, or holds a headline, is named for something else (Liputan6's photo pages name
                # their whole template "photo-tag": the breadcrumbs, the header with its linked byline, the
                # standfirst, the slider), read as any box is.
                reason = None
        if reason is None and self.apart and el in self.apart:
            # A teaser of a feed the scorer found (a headline over an excerpt): another story.
            reason = RemovedReason.RELATED
        if reason is not None:
            if tag in _PLAYERS or (tag == "iframe" and _VIDEO_EMBED.search(el.get(b"src") or "")):
                self._mark_picture()  # a player's caption follows it as a picture's does
            tags = _linked_tags(el) if reason is RemovedReason.TAGS else ()
            if tags:
                # A tag box its class names: its links' texts are the article's tags when it follows the text.
                self.flush(ctx)
                self.out.append(Candidate(self.visible(el), hint="tags", parts=tags))
            else:
                self.drop(el, reason)
            return True
        if tag == "br":
            self.flush(ctx)
            return True
        if tag in _IMAGES:
            self._mark_picture()
            return True
        return self._read_apart(el, tag, ctx, names)

    def _mark_picture(self) -> None:
        """A picture or a player opens the block where nothing of it is read yet: the line after it may be
        its caption."""
        if not "".join([t for t, _ in self.buf]).strip():
            self.after_image = True

    def _read_apart(self, el: HtmlElement, tag: str, ctx: _Ctx, names: _Names) -> bool:
        """A hidden element, a caption, a list or an embed, each read its way: True when ``el`` was one."""
        if ctx.hint != "hidden" and el.attrib and (names.hiding or _hidden_by_attributes(el)):
            self.hidden(el, ctx)
            return True
        if ctx.hint is None and (el in self.caption_roots or _is_caption(el, names)):
            self.flush(ctx)
            self.caption(el)
            return True
        if tag in {"ul", "ol"}:
            self.flush(ctx)
            self.listing(el, ctx)
            return True
        if tag == "blockquote" and (not _EMBED_CLASSES.isdisjoint(names.words) or _cites_a_post(el)):
            self.drop(el, RemovedReason.MEDIA)
            return True
        return False

    def _block(self, el: HtmlElement, tag: str, ctx: _Ctx) -> None:
        """A block element: its own candidate block(s), a heading, the headline or a quote by its tag."""
        self.flush(ctx)
        if tag in _BOXES and ctx.hint is None and (reason := _headed_chrome(el) or _opened_box(el)):
            self.drop(el, reason)
            return
        if self.after_image and ctx.hint is None and tag in _BOXES and _beside_picture(el):
            self.caption(el)
            return
        inner = ctx
        if tag in _HEADINGS and ctx.hint is None and (link := _linked_headline(el)) is not None:
            # A heading that is one link to another page, whole: another story's headline (a card of a
            # slider of related stories set into the text), not a subheading of this one.
            self.out.append(Candidate(fold(text_of(el)), hint="related", url=self._absolute(link)))
            return
        if tag in _HEADINGS and ctx.hint is None:
            inner = ctx._replace(kind="heading")
        elif tag == "h1" and ctx.hint is None:
            inner = ctx._replace(hint="title")
        elif tag == "blockquote":
            inner = ctx._replace(kind="quote")
        pictured = self.after_image
        self.children(el, inner)
        self.flush(inner)
        if tag == "p" and self.after_image and not pictured:
            self.picture_closed = True

    def _inline(self, el: HtmlElement, tag: str, ctx: _Ctx) -> None:
        """An inline element (or a table cell): its text joins the current block, bold, italic or linked."""
        if tag in _CELLS:
            # A table row reads as one line ("Penulis | : Nabilla Tashandra"), its cells apart by a space.
            self.buf.append((" ", ctx))
        elif tag == "time" and self.buf and self.buf[-1][0][-1:].isalnum():
            # Two stamps side by side, styled apart ("10 Nov 2021, 08:00 WIB" / "Diperbarui 10 Nov 2021,
            # 00:38 WIB"): the words that meet are no one word.
            self.buf.append((" ", ctx))
        inner = ctx
        if tag in _BOLD or (tag == "span" and BOLD_STYLE.search(el.get(b"style") or "")):
            inner = inner._replace(bold=True)
        elif tag in _ITALIC:
            inner = inner._replace(italic=True)
        elif tag == "a" and (href := el.get(b"href")):
            inner = inner._replace(href=href)
        self.children(el, inner)

    def hidden(self, el: HtmlElement, ctx: _Ctx) -> None:
        """Read a hidden element as if shown, then judge it: later pages of the article are text.

        Multi-page templates put every page in the HTML and hide all but the first; a hidden "Baca juga"
        box, credits box or duplicate of the text is not. What is not judged text comes out hinted hidden.
        """
        self.flush(ctx)
        shown, self.out = self.out, []
        self.children(el, ctx)
        self.flush(ctx)
        inner, self.out = self.out, shown
        if _reads_as_text(inner, shown):
            self.out.extend(inner)
        else:
            self.out.extend(attrs.evolve(c, hint="hidden") for c in inner)

    def children(self, el: HtmlElement, ctx: _Ctx) -> None:
        # Each read of .text or .tail makes a new string in lxml: read once.
        if text := el.text:
            self.buf.append((text, ctx))
        for child in el:
            self.visit(child, ctx)
            if tail := child.tail:
                self.buf.append((tail, ctx))

    def caption(self, el: HtmlElement) -> None:
        # A gallery is a figure of figures (WordPress's wp-block-gallery): each photo has its own caption.
        photos = list(el.iterdescendants("figure"))
        outer = [f for f in photos if not any(a in photos for a in f.iterancestors("figure"))]
        if len(outer) > 1:
            for figure in outer:
                self.caption(figure)
            return
        credit_parts: list[str] = []
        parts: list[str] = []
        self._caption_text(el, parts, credit_parts)
        text = fold(" ".join(parts))
        credit = fold(" ".join(credit_parts)) or None
        if text or credit:
            self.out.append(Candidate(text, hint="caption", credit=credit))
        else:
            # A figure of the picture alone: its caption or credit may follow it, as after an <img>
            # ("<figure><img></figure><span>Unsplash/Wesual Click</span>", IDN Media's templates).
            self.after_image = True

    def _caption_text(self, el: HtmlElement, parts: list[str], credit_parts: list[str]) -> None:
        if el.text:
            parts.append(el.text)
        for child in el:
            if isinstance(child.tag, str) and child.tag not in _SILENT and not is_hidden(child):
                if _is_credit(child):
                    credit_parts.append(string_of(child))
                elif not stamped(child):
                    # A stamp is the day the photo was posted, set under each slide of a gallery ("<span
                    # class=time>27 Oktober 2017</span>"): it describes nothing in the picture.
                    self._caption_text(child, parts, credit_parts)
            if child.tail:
                parts.append(child.tail)

    def listing(self, el: HtmlElement, ctx: _Ctx) -> None:
        items: list[tuple[str, HtmlElement | None]] = []
        for li in el:
            if not isinstance(li.tag, str) or li.tag in _SILENT:
                continue
            if is_hidden(li):
                self.drop(li, RemovedReason.HIDDEN)
                continue
            text = self.visible(li)
            if text:
                items.append((text, self._single_link(li, text)))
        if not items:
            return
        if ctx.hint is None and all(link is not None for _, link in items):
            if all(len(text.split()) <= _MENU_WORDS for text, _ in items):
                # Links of a word or two: a breadcrumb, a menu or a tag list, not stories.
                self.dropped.append(Removed(RemovedReason.NAVIGATION, " ".join(t for t, _ in items)))
                return
            # A list made only of story links inside the text is a box of further reading, not prose.
            self.out.extend(
                Candidate(text, hint="related", url=self._absolute(link.get("href") or ""))
                for text, link in items
                if link is not None
            )
            return
        self.out.append(Candidate("\n".join(t for t, _ in items), kind="list", hint=ctx.hint))

    def _single_link(self, li: HtmlElement, text: str) -> HtmlElement | None:
        """The link that makes up (most of) a list item, or None when the item is more than a link."""
        # Each link's text is read once (text_of makes a new string on every call); max() keeps the
        # first of equally long links, as a key function over the links did.
        sized = [(len(text_of(a)), a) for a in li.iter("a") if a.get(b"href")]
        if not sized:
            return None
        size, best = max(sized, key=_first)
        if size < _LINK_SHARE * len(text):
            return None
        return best


def _linked_headline(heading: HtmlElement) -> str | None:
    """The address a heading links whole to, or None: its one child a link with an address and a headline's
    words, and no text of its own beside the link's ("<h2><a href=...>Lagu V BTS Masuk ...</a></h2>")."""
    if len(heading) != 1 or (heading.text and heading.text.strip()):
        return None
    link = heading[0]
    if link.tag != "a" or (link.tail and link.tail.strip()):
        return None
    href = link.get(b"href") or ""
    # A headline's words: a name linked to its writer's page ("Hussein Abri Dongoran") is a byline.
    if not href or href.startswith(("#", "javascript:")) or len(text_of(link).split()) < _HEADLINE_WORDS:
        return None
    return href


_HEADLINE_WORDS = 4


def _first(pair: tuple[int, HtmlElement]) -> int:
    return pair[0]


# A hidden element is text of the article when it holds this much prose (paragraphs of this length, not
# links) and little else.
_HIDDEN_PROSE_MIN = 250
_HIDDEN_PARAGRAPH = 80
_HIDDEN_PARAGRAPHS = 2
_HIDDEN_LINK_SHARE = 0.25


# Elements that hold a box of the page, and the boxes a heading names that are dropped whole (a related-links
# box is read, its links set aside by the rules as the article's related links).
_BOXES = frozenset({"div", "section", "aside", "nav", "footer"})
_DROPPED_BOXES = frozenset({RemovedReason.NOT_CONTENT, RemovedReason.NAVIGATION, RemovedReason.SHARE})


def _headed_chrome(el: HtmlElement) -> RemovedReason | None:
    """What ``el`` is when a heading opening it names other stories, comments or sharing ("Terpopuler",
    "12 Komentar"), or related links over a long list of teasers; None otherwise."""
    reason = headed_box(el)
    if reason == RemovedReason.RELATED and is_teaser_list(el, headed=True):
        # A long list of other stories, each a linked headline over its excerpt, under "Berita Terkait": the
        # excerpts are no more text than the headlines.
        return reason
    return reason if reason in _DROPPED_BOXES else None


def _opened_box(el: HtmlElement) -> RemovedReason | None:
    """What ``el`` is by the line that opens it, where it holds no two paragraphs of prose: a paywall's box
    (PROMO), opening with the line that cuts the text ("Subscribe to continue reading", "Kuota artikel gratis
    Anda sudah habis"), its packages, prices and buttons after it; or a box a label names as the site's own
    or the writer's ("TENTANG PENULIS" in a <span>, over the writer's name and bio), as a heading does. A
    text under a paywall's blur, or an article under a share bar's label, holds paragraphs of prose: it is
    judged as the page shows it."""
    opening = opening_text(el)
    if not opening:
        return None
    if cues.PAYWALL_OPENER.match(opening) is not None:
        reason: RemovedReason | None = RemovedReason.PROMO
    elif len(opening) <= _LABEL_MAX and (named := cues.box_heading(opening)) in _DROPPED_BOXES:
        reason = named
    else:
        return None
    return None if holds_prose(el) else reason


def holds_prose(el: HtmlElement) -> bool:
    """Whether ``el`` holds paragraphs of prose: two paragraphs (:func:`is_paragraph`, a ``<div>``'s ending
    a sentence) of a paragraph's length at least (a box of prices, labels and buttons, or a header's
    headline, byline and standfirst, holds fewer)."""
    found = 0
    for p in el.iter("p", "div"):
        # A <div>'s line is a paragraph's where it is one and ends a sentence: a paywall's packages and
        # prices, a photo box's caption, a "Selengkapnya" link are lines of <div>s too.
        if len(text := string_of(p)) >= _HIDDEN_PARAGRAPH and (
            p.tag == "p" or (is_paragraph(p) and cues.ends_sentence(text.strip()))
        ):
            found += 1
            if found >= _HIDDEN_PARAGRAPHS:
                return True
    return False


def is_paragraph(el: HtmlElement, *, lines: bool = False) -> bool:
    """Whether ``el`` is a paragraph: a ``<p>``, or a ``<div>`` written as one, holding no block and no line
    break of its own (its text and inline elements only; a ``<div>`` of lines is a box's or a whole old
    text's). Templates write each paragraph in a ``<div>`` (detik's, old ones, page builders); read as
    paragraphs only where a ``<p>`` is, their text went unjudged. ``lines``: a ``<div>`` of lines between
    ``<br>``s is one too (a slide's description written so)."""
    breaks = () if lines else ("br",)
    return el.tag == "p" or not any(
        isinstance(child.tag, str) and (child.tag in markup.BLOCK_TAGS or child.tag in breaks) for child in el
    )


# A box's label is a few words: what box_heading reads.
_LABEL_MAX = 60


def _reads_as_text(inner: list[Candidate], shown: list[Candidate]) -> bool:
    prose = [c for c in inner if c.kind == "paragraph" and c.hint is None and c.url is None]
    long = [c for c in prose if len(c.text) >= _HIDDEN_PARAGRAPH]
    if len(long) < _HIDDEN_PARAGRAPHS or sum(len(c.text) for c in long) < _HIDDEN_PROSE_MIN:
        return False
    # Links as a box of other stories holds them; "Baca juga" lines among paragraphs (a cue and its link,
    # or a bare cue over linked lines) are the text's own, as on a page shown.
    linked = 0
    under_cue = False
    for c in inner:
        if cues.BARE_RELATED_CUE.match(c.text):
            under_cue = True
        elif c.url is None and c.hint != "related":
            under_cue = False
        elif not under_cue and not cues.RELATED_CUE.match(c.text):
            linked += len(c.text)
    if linked > _HIDDEN_LINK_SHARE * sum(len(c.text) for c in inner):
        return False
    # A hidden copy of text already shown (a mobile or print duplicate) adds nothing.
    seen = {c.text for c in shown}
    return sum(c.text in seen for c in long) * 2 < len(long)


def walk(
    container: HtmlElement,
    *,
    base_url: str | None = None,
    captions: Iterable[HtmlElement] = (),
    apart: Iterable[HtmlElement] = (),
    run: Sequence[HtmlElement] = (),
) -> Walk:
    """Walk ``container`` into candidates; ``captions`` are extra elements to read as captions, ``apart``
    elements to set aside as other stories (the teasers of a feed, :func:`beritaparse.page.generic.find`).
    ``run``: sibling elements, ``container`` among them, that the text goes on in (the article split
    around an ad or a box of links), in document order, walked in its place: each of them as a container
    is, the siblings between them as the elements of a container are.

    Relative link targets are resolved against ``base_url``.
    """
    walker = _Walker(base_url, frozenset(captions), frozenset(apart))
    ctx = _Ctx()
    holder = run[0].getparent() if run else None
    if holder is not None:
        walker.coded = _coded(holder)
        texts, last = frozenset(run), run[-1]
        el: HtmlElement | None = run[0]
        while el is not None:
            if el in texts:
                walker.children(el, ctx)
                walker.flush(ctx)
            else:
                walker.visit(el, ctx)
            if el is last:
                break
            if tail := el.tail:
                walker.buf.append((tail, ctx))
            el = el.getnext()
    else:
        walker.coded = _coded(container)
        walker.children(container, ctx)
    walker.flush(ctx)
    out, cues = _related_runs(_glue_datelines(walker.out))
    return Walk(tuple(out), (*walker.dropped, *cues))


def _glue_datelines(found: list[Candidate]) -> list[Candidate]:
    """Join a dateline the markup set apart (``<b>Jakarta</b> - <p>...``) to the paragraph it opens."""
    out: list[Candidate] = []
    i = 0
    while i < len(found):
        c = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        if (
            nxt is not None
            and c.kind == nxt.kind == "paragraph"
            and c.hint in {None, "emphasis"}
            and nxt.hint in {None, "emphasis"}
            and c.text.endswith(_DATELINE_ENDS)
            and _DATELINE_ALONE.match(c.text)
        ):
            out.append(attrs.evolve(nxt, text=f"{c.text} {nxt.text}", hint=None))
            i += 2
            continue
        out.append(c)
        i += 1
    return out


_NAVIGATION = RemovedReason.NAVIGATION
# Under a heading naming other stories, this many linked lines at least make its box (one may be a link of
# the text that happens to follow a line such as "Terkini").
_BOX_LINKS = 2


def _related_runs(found: list[Candidate]) -> tuple[list[Candidate], list[Removed]]:
    """A bare cue line ("Baca Juga", "JANGAN LEWATKAN!!!") and the run of link lines under it.

    The cue line is removed (it heads the links and says nothing itself); the links it heads become
    related links even when each one repeats no cue of its own.
    """
    out: list[Candidate] = []
    removed: list[Removed] = []
    i = 0
    while i < len(found):
        c = found[i]
        j = i + 1
        while j < len(found) and found[j].url is not None and found[j].hint in {None, "related", "emphasis"}:
            j += 1
        if c.hint in {None, "emphasis"} and j > i + 1 and _BARE_CUE.match(c.text):
            removed.append(Removed(RemovedReason.RELATED, c.text))
            out.extend(attrs.evolve(link, hint="related") for link in found[i + 1 : j])
            i = j
            continue
        if c.hint in {None, "emphasis"} and j > i + _BOX_LINKS and cues.box_heading(c.text) is _NAVIGATION:
            # "Terpopuler" over cards of other stories (a linked headline, a thumbnail, a time), where neither
            # the heading nor the cards are marked up as such: the box the heading names, whole.
            removed.extend(Removed(_NAVIGATION, x.text) for x in found[i:j])
            i = j
            continue
        out.append(c)
        i += 1
    return out, removed


def _coded(container: HtmlElement) -> set[HtmlElement] | None:
    """The elements of ``container`` (itself among them) that are a script, style or noscript element, hold
    one or sit in one; None when the container sits inside one (then no text of it is visible). An element
    of the container outside the set has all its text visible: read by lxml's text serializer, not by
    _VISIBLE_TEXT, which tests three ancestor axes of every text node (a list of related links cost some
    50 microseconds), nor by tag filters asked again for each element (some 7)."""
    if next(container.iterancestors(*_NON_TEXT), None) is not None:
        return None
    coded: set[HtmlElement] = set()
    for found in container.iter(*_NON_TEXT):
        # It and what it holds (a noscript's fallback image and text)...
        coded.update(found.iter(lxml.etree.Element))
        # ... and what holds it, up to the container or to an element an earlier one already put in.
        el = found.getparent() if found is not container else None
        while el is not None and el not in coded:
            coded.add(el)
            el = el.getparent() if el is not container else None
    return coded


def visible_text(el: HtmlElement) -> str:
    """The element's text without script and style bodies, white space folded."""
    # Most elements are no script, style or noscript element, hold none and sit in none: their visible text
    # is all their text, which lxml's text serializer gives (what XPath's string() gives) for a fraction of
    # the XPath's cost, which tests three ancestor axes of every text node (a list of related links cost
    # some 50 microseconds). The tag filters look in libxml2.
    if next(el.iter(*_NON_TEXT), None) is None and next(el.iterancestors(*_NON_TEXT), None) is None:
        return text_of(el)
    return _text_by_xpath(el)


def _text_by_xpath(el: HtmlElement) -> str:
    """The element's text outside script, style and noscript bodies, by _VISIBLE_TEXT, white space folded."""
    found = _VISIBLE_TEXT(el)
    return fold("".join(map(str, found))) if isinstance(found, list) else ""


def walk_caption(element: HtmlElement, *, base_url: str | None = None) -> list[Candidate]:
    """Read ``element`` (a figure or caption box, wherever it is on the page) as one caption candidate."""
    walker = _Walker(base_url, frozenset())
    walker.caption(element)
    return walker.out


def candidates(container: HtmlElement, *, base_url: str | None = None) -> list[Candidate]:
    """The blocks of ``container`` in document order (see :func:`walk` for what is dropped)."""
    return list(walk(container, base_url=base_url).candidates)
