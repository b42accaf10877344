"""Is this page an article at all? Home, section, tag and search pages, feeds, 404s and consent walls are not.

:func:`not_article` names the kind of a page that is no article, or returns None. It is asked by
:func:`beritaparse.page.extract.parse` after reading, with what the extractors found, so that a teaser list is
never passed off as an article's text. The reasons:

- ``"feed"``: an RSS or Atom document (``<channel>`` with ``<item>``, or ``<feed>`` with ``<entry>``);
- ``"not-found"``: the title or headline is an error page's ("Halaman Tidak Ditemukan", "404 Not Found") and
  there is no article text;
- ``"consent"``: the page's text is mostly a notice asking to accept cookies or data processing;
- ``"listing"``: a home, section, index, tag, author or search page: a page of links to articles.

The signals are general ones, never an outlet's markup or strings. A page is a *listing* when

1. the text found is a short excerpt in one item of a list of same-shaped items each headed by a link
   elsewhere (a blog's front page showing post excerpts), or, on a page with no headline or data of its
   own, a box of other stories (a run of linked headlines);
2. it says so: the address it was fetched from is an index's (the site root, ``/tag/...``, ``/indeks``,
   ``/search?q=...``), its JSON-LD declares a ``CollectionPage`` or ``SearchResultsPage``, or its title
   names an index ("Indeks Berita", "Tag: banjir", "Hasil pencarian") - unless the page also has an
   article's own headline, data and text;
3. or, lacking both an own headline (an unlinked ``<h1>`` that repeats the title, or, under a title that
   names only the site, an unlinked ``<h1>`` heading the text found) and article data (an article JSON-LD
   object, a publication time), it has little text of its own beside many linked headlines (or a scrap, a
   notice of a line or two, beside a few), or its canonical address or ``og:type`` names an index and its
   only text is thin or read from the whole page; linked headlines count as the stories they stand for,
   told apart by their address or their headline (a template's copy links every teaser to one placeholder);
4. or, lacking an own headline, article data and a date, the text found holds no sentence (a score
   board's cells, a catalogue's field lines), or no text is found and the page shows rows of numbers (a
   league's standings).

Article pages carry a headline of their own and article data, and the text found is prose, so a short news
flash, a photo story or a page with a big related-links box stays an article; an article whose text could
not be found raises :class:`~beritaparse.errors.NoArticleError`, never this.

>>> import lxml.html
>>> feed = lxml.html.document_fromstring(
...     "<rss><channel><title>Berita</title><item><title>A</title></item><item><title>B</title></item>"
...     "<item><title>C</title></item></channel></rss>")
>>> not_article(feed, body_chars=0)
'feed'
>>> gone = lxml.html.document_fromstring("<html><head><title>404 Not Found</title></head></html>")
>>> not_article(gone, body_chars=0)
'not-found'
>>> news = lxml.html.document_fromstring("<html><head><title>Kabar Kita</title></head><body></body></html>")
>>> not_article(news, body_chars=0, url="https://kabar.example/tag/banjir")
'listing'
>>> not_article(news, body_chars=0, url="https://kabar.example/?p=123") is None
True
"""

from __future__ import annotations

import functools
import itertools
import urllib.parse
from typing import TYPE_CHECKING, cast

from lxml.html import HtmlElement

from beritaparse.lexicon import alternation, markup, pages
from beritaparse.page.html import is_inside, string_of
from beritaparse.page.pagequery import compile_xpath, headed_boxes
from beritaparse.page.pagetree import PageTree
from beritaparse.page.structured import ld_types
from beritaparse.page.timestamps import machine_date
from beritaparse.rules import cues
from beritaparse.rules.blocks import stamp_only
from beritaparse.rules.flags import WORDS, lazy
from beritaparse.rules.strings import sentences, words_of

if TYPE_CHECKING:
    from collections.abc import Collection

__all__ = ["Reason", "headed_by_link", "is_teaser_list", "not_article", "stamped"]

Reason = str

_F = WORDS
_NOT_FOUND = lazy(alternation(pages.NOT_FOUND_PHRASES), _F)
# A bare "404" (or "Error 404") is an error page's title only as a title segment of its own: "404 | Kabar",
# "Oops! 404"; "404 Warga Terdampak Banjir" is a headline.
_BARE_404 = lazy(r"^\W*(?:error\s+)?404\W*$", _F)
_SEGMENT = lazy(r"\s*[|\u00bb]\s*|\s+[\-\u2013\u2014]\s+|:\s+")
_CONSENT = lazy(r"\b" + alternation(pages.CONSENT_WORDS) + r"\b", _F)
_INDEX_TITLE = lazy(
    r"^\W*(?:"
    + alternation(pages.INDEX_TITLE_WORDS)
    + r"\s+"
    + alternation(pages.INDEX_TITLE_NOUNS)
    + r"\b|"
    + alternation(pages.INDEX_TITLE_LABELS)
    + r"\s*[:|\u00bb\-\u2013\u2014]\s*\S|"
    + alternation(pages.SEARCH_TITLES)
    + r"\b)",
    _F,
)
# A folder, not a file: "/index.php/2024/05/judul" is an article under WordPress's plain permalinks.
_INDEX_FOLDER = lazy(r"^/" + alternation(pages.INDEX_FOLDERS) + r"(?:/|$)", _F)
# What those two patterns can open with, for an exact test before they compile: an ASCII text matches only
# if, lower-cased (and for a title without the non-word characters ``^\W*`` passes over), it starts with
# one of these. A process's first page is mostly such a text, so it compiles neither pattern.
_INDEX_TITLE_OPENERS = tuple(
    sorted(
        {
            p.split()[0].lower()
            for p in (*pages.INDEX_TITLE_WORDS, *pages.INDEX_TITLE_LABELS, *pages.SEARCH_TITLES)
        }
    )
)
_INDEX_FOLDER_OPENERS = tuple(sorted({"/" + p.split()[0].lower() for p in pages.INDEX_FOLDERS}))
_ASCII_NON_WORD = "".join(c for c in map(chr, range(128)) if not (c.isalnum() or c == "_"))
# The site root, a front file (/index.php, /home) or a language root (/en, /id-id).
_ROOT_PATH = lazy(r"^/?(?:(?:index|indeks|home|beranda|default)(?:\.\w+)?/?|[a-z]{2}(?:-[a-z]{2})?/?)?$", _F)
_INDEX_HOST = lazy(r"^" + alternation(pages.INDEX_HOSTS) + r"\.", _F)
# Words are words_of's (rules.strings): the pattern's \w+ on the case folded text, an ASCII text (nearly every
# headline and link) split by str methods in C, where the engine's findall costs some 3,000 instructions a
# word. A count of them is the pattern's count on the text as written: case folding keeps each character's
# word-ness (tests/test_fast_paths.py checks every code point), so the runs stay as many.
_HEADINGS = tuple(sorted(markup.HEADING_TAGS))
# Five words take nine characters at least. "/descendant::" rather than "//": the same links (no predicate
# is a position), without libxml2's step per node for "//".
_HEADLINE_LINKS = compile_xpath("/descendant::a[@href][string-length(normalize-space(.)) >= 9]")
# The first <title> in document order, as next(doc.iter("title")) gives it: lxml's iterator looks for the
# next match before it returns one, which walks the rest of a page with one title; the XPath stops.
_FIRST_TITLE = compile_xpath("/descendant::title[1]")
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
    }
)
# What a page declares itself in JSON-LD when it is a list of other pages.
_COLLECTION_TYPES = frozenset({"collectionpage", "searchresultspage"})
_PUBLISHED_META = ("article:published_time", "pubdate", "publishdate", "dc.date.issued", "datepublished")
_NO_TEXT_TAGS = ("script", "style", "noscript", "template", "svg")
# A linked headline reads as a title: a few words at least.
_HEADLINE_WORDS = 4
# Too little text to be an article beside this many linked headlines...
_THIN_TEXT = 1000
_MANY_TEASERS = 12
# ... and a text block made of this many linked headlines is a teaser list, however much it holds, unless
# prose runs between them the way an article's sections do (a teaser's summary is a line or two).
_TEASERS_IN_TEXT = 6
# ... or this many, in a box whose heading names other stories.
_TEASERS_HEADED = 2
_SECTION_TEXT = 300
# A text item among at least this many same-shaped items, each headed by a link elsewhere, is one teaser.
_TEASER_ITEMS = 4
_ITEM_DEPTH = 5
# A story standing among a feed's excerpts holds this many times the text of the longest of them.
_STANDS_OUT = 2
# A text this short is a line or two: a teaser's lead, not an article.
_SCRAP = 300
# Below this a consent or error page has no article text to speak of.
_NO_TEXT = 500
# A consent wall is short, and the notice is most of its text.
_SHORT_PAGE = 4000
# The quick measure of a page's text counts its white space too: a page that long is surely no wall.
_TEXT_BOUND = 2
_CONSENT_SHARE = 0.5
# An own headline is a heading of this many words at least, most of them in a part of the page's title and
# covering most of that part; it is looked for among the page's first headings of these levels.
_OWN_HEADINGS = ("h1", "h2", "h3")
_HEADINGS_READ = 40
_OWN_HEADLINE_WORDS = 3
_OWN_HEADLINE_SHARE = 0.6


def not_article(
    doc: HtmlElement,
    *,
    body_chars: int,
    container: HtmlElement | None = None,
    url: str | None = None,
    dated: bool = False,
    page_wide: bool = False,
    found: bool = True,
    data_chars: int = 0,
    tree: PageTree | None = None,
    teasers: Collection[HtmlElement] = (),
    described: bool = False,
    prose: bool = True,
) -> Reason | None:
    """The kind of page ``doc`` is when it is no article, else None.

    ``body_chars`` is how much article text the extractors found in the page (0 for none); ``container``
    is the element it was read from, when there is one; ``url`` is the address the caller fetched the page
    from (the page's own canonical address is read here, and trusted less: sites point it at their home
    page from articles too); ``dated`` says the page gives a publication time for itself; ``page_wide``
    says the text was read from the whole page, no container holding it (the density reading); ``tree``
    holds the reads of ``doc`` shared with the page's other readers (:mod:`beritaparse.page.pagetree`);
    ``found`` is False when no text was found at all, neither on the page nor in its structured data;
    ``data_chars`` is how much text the page's article JSON-LD (``articleBody``) gave when the page itself
    gave none; ``teasers`` are the feeds' teasers the reading set aside as other stories; ``described``
    says the only text found is the page's meta description, the last resort; ``prose`` says the text found
    holds a sentence.
    """
    tree = tree if tree is not None else PageTree(doc)
    if _is_feed(tree):
        return "feed"
    page = _Page(tree)
    if body_chars < _NO_TEXT and not page.article_data and _says_not_found(page.tree, page.title):
        return "not-found"
    if not page.article_data and not dated and _is_consent(doc):
        return "consent"
    if (
        (described or not found)
        and not page.article_data
        and (page.teasers >= _TEASERS_IN_TEXT or page.canonical_index)
    ):
        # No text on the page and no article data, at most the description every page carries, beside
        # linked headlines or under an address that names an index: a home, section or tag page whose
        # teasers the readers set aside, not an article whose text a script writes (that one declares its
        # data).
        return "listing"
    if found and not prose and not (dated or page.article_data or page.own_headline):
        # Text without one sentence, on a page with no headline, data or date of its own: a score board's
        # cells ("7", "2", "Full Time", "Villa Park"), a catalogue's field lines ("Actors: ...",
        # "Country: Korea"). A story tells in sentences; a page that lists does not.
        return "listing"
    if not found and not (dated or page.article_data or page.own_headline) and _number_table(doc):
        # No text anywhere, no headline, data or date of its own, and rows of numbers: a league's standings,
        # a results grid, a price list. A story whose text could not be read is no table.
        return "listing"
    if _is_listing(
        page,
        body_chars=body_chars,
        container=container,
        url=url,
        dated=dated,
        page_wide=page_wide,
        found=found,
        data_chars=data_chars,
        teasers=teasers,
    ):
        return "listing"
    if body_chars < _SCRAP and not page.article_data and _shows_not_found(page.tree):
        return "not-found"
    return None


class _Page:
    """The page-level signals, each read once and only when a rule asks for it."""

    def __init__(self, tree: PageTree) -> None:
        self.tree = tree
        self.doc = tree.doc

    @property
    def metas(self) -> dict[str, list[str]]:
        return self.tree.metas

    @functools.cached_property
    def title(self) -> str:
        found = _FIRST_TITLE(self.doc)
        title = found[0] if isinstance(found, list) and found else None
        return " ".join(string_of(title).split())[:500] if isinstance(title, HtmlElement) else ""

    @functools.cached_property
    def article_data(self) -> bool:
        """An article JSON-LD object with a headline or text, or a publication time in the meta tags."""
        for item in self.tree.ld:
            if ld_types(item) & _ARTICLE_TYPES and (item.get("headline") or item.get("articleBody")):
                return True
        # A value that reads as a time: a template's unfilled placeholder ("[publishdate]", a home page
        # built from an article's template) dates nothing.
        return any(machine_date(v) is not None for key in _PUBLISHED_META for v in self.metas.get(key, ()))

    @functools.cached_property
    def own_headline(self) -> bool:
        return _own_headline(self.tree, self.title, self.metas)

    @functools.cached_property
    def canonical_index(self) -> bool:
        return _index_address(next(iter(_own_addresses(self.tree, self.metas)), None))

    @functools.cached_property
    def teasers(self) -> int:
        return _linked_headlines(self.tree)

    def says_index(self, url: str | None) -> bool:
        """The fetched address, the declared JSON-LD type or the title names an index."""
        return _index_address(url) or bool(self.tree.ld_types & _COLLECTION_TYPES) or _names_index(self.title)


def _names_index(title: str) -> bool:
    if title.isascii() and not title.lstrip(_ASCII_NON_WORD).lower().startswith(_INDEX_TITLE_OPENERS):
        return False
    return _INDEX_TITLE.match(title) is not None


def _index_folder(path: str) -> bool:
    if path.isascii() and not path.lower().startswith(_INDEX_FOLDER_OPENERS):
        return False
    return _INDEX_FOLDER.match(path) is not None


def _is_listing(
    page: _Page,
    *,
    body_chars: int,
    container: HtmlElement | None,
    url: str | None,
    dated: bool,
    page_wide: bool,
    found: bool = True,
    data_chars: int = 0,
    teasers: Collection[HtmlElement] = (),
) -> bool:
    article_data = page.article_data
    if (
        container is not None
        and not article_data
        and body_chars < _SCRAP
        and page.teasers >= _MANY_TEASERS
        and _apart_from_headline(container, page.tree.headline)
        and not _heads_text(page.tree, container)
    ):
        # A line or two that stands apart from the page's headline, among many linked headlines: a promo box
        # or a teaser's excerpt on an index page, no story's text. A story's text follows its headline,
        # however short it is.
        return True
    if (
        container is not None
        and not article_data
        and body_chars < _THIN_TEXT
        and (items := _teaser_item(container)) is not None
        and not (page.own_headline and _stands_out(*items))
        and not _heads_own_story(page, items[0])
    ):
        # An excerpt under a linked title among others like it; a whole story in a feed-like template
        # ("Today" pages) is longer than an excerpt, or, when short, stands out: the page is headed by its
        # headline and it holds far more than any other item, or its item's headline links to the page itself.
        return True
    if (
        container is not None
        and not (article_data or page.own_headline)
        and is_teaser_list(container, teasers)
    ):
        # A short article's container can hold a box of related stories too: only a page without a
        # headline or data of its own is taken for its teasers (beside those set aside as other stories).
        return True
    if page.says_index(url):
        # The page says it is an index: only an article's own headline, data and text together outweigh that.
        return not (article_data and body_chars >= _THIN_TEXT and page.own_headline)
    # Its own address names an index and it has no headline or text of its own: a line or two, or text
    # gathered from the whole page, are teasers' leads. An article's text told in full in its own JSON-LD
    # under its own headline is text of its own, wherever its og:url points (AMP pages point it home).
    told = data_chars >= _THIN_TEXT and article_data and page.own_headline
    no_own_text = page.canonical_index and (
        (not body_chars and not told) or ((body_chars < _SCRAP or page_wide) and not page.own_headline)
    )
    if not no_own_text and (article_data or dated):
        # The page dates itself (index pages date their teasers, not themselves).
        return False
    # A listing lists: without a few linked headlines a page with no text is no article, not an index.
    if page.teasers < _TEASERS_IN_TEXT:
        return False
    if no_own_text or (not found and page.teasers >= _MANY_TEASERS):
        # No text of its own, or none anywhere (no data, no date) beside many linked headlines: whatever
        # heads it (a home page's slogan), it lists.
        return True
    thin = body_chars < _THIN_TEXT
    own = page.own_headline or (container is not None and _heads_text(page.tree, container))
    if page.canonical_index or "website" in page.metas.get("og:type", ()):
        # Sites point the canonical address of articles at their home page too, and call articles
        # "website": these count only with no own headline, or with many teasers beside a thin text.
        if not own and (thin or page_wide):
            return True
        if (
            page.canonical_index
            and thin
            and page.teasers >= _MANY_TEASERS
            and (not own or _slogan_heading(page))
        ):
            # A home page's title is its slogan, which its heading repeats; an article's title adds the
            # site's name to the headline.
            return True
    if not own and body_chars < _SCRAP:
        # A scrap of text beside a few linked headlines, on a page with no headline, data or date of its own:
        # a notice over a catalogue or a list ("Semua iklan ditampilkan ..."), no story's text.
        return True
    return not own and thin and page.teasers >= _MANY_TEASERS


def is_teaser_list(
    container: HtmlElement, apart: Collection[HtmlElement] = (), *, headed: bool = False
) -> bool:
    """True when ``container`` is made of linked headlines: a box of other stories, not an article's text.

    An article whose section heads happen to be links (a list of places, each with its own page) keeps
    paragraphs between them as long as an article's sections; teasers carry a line or two each. The
    teasers in ``apart`` are already set aside as other stories: what the container holds beside them is
    judged. A box whose heading names it other stories (``headed``: "Terkait", "Berita Terkait") needs only
    a few: its heading has said what it is, and a CMS's related-posts box shows three.
    """
    needed = _TEASERS_HEADED if headed else _TEASERS_IN_TEXT
    if not headed and _told_by_openings(container, apart):
        return True
    linked = _linked_headings(container)
    if apart:
        linked = [h for h in linked if not any(a in apart for a in h.iterancestors())]
    if len(linked) < needed:
        return False
    # A box inside it that a heading names as other stories ("Terpopuler", "Berita Terkait") is set aside by
    # the walk: its teasers say nothing of the text around them (a box put between an article's paragraphs).
    boxes = headed_boxes(container) - {container}
    if boxes:
        linked = [h for h in linked if not any(up in boxes for up in h.iterancestors())]
        apart = [*apart, *boxes]
        if len(linked) < needed:
            return False
    headline_chars = sum(len(string_of(h)) for h in linked)
    prose = len(" ".join(string_of(container).split())) - headline_chars
    if apart:
        prose -= sum(len(" ".join(string_of(a).split())) for a in apart if is_inside(a, container))
    return prose < _SECTION_TEXT * len(linked)


# The share of a container's text its linked openings' blocks hold when they are all it says.
_TEASERS_SHARE = 0.8


def _told_by_openings(container: HtmlElement, apart: Collection[HtmlElement]) -> bool:
    """Whether ``container``'s text is its teasers' written without headings: many blocks each opening on a
    linked headline with a date after it (:func:`_linked_openings`), which together hold nearly all its
    text. A box of such cards under an article's text holds a share of it only."""
    openings = [a for a in _linked_openings(container) if not any(up in apart for up in a.iterancestors())]
    if len(openings) < _TEASERS_IN_TEXT:
        return False
    told = sum(len(" ".join(string_of(a.getparent()).split())) for a in openings)
    return told >= _TEASERS_SHARE * len(" ".join(string_of(container).split()))


def _stands_out(item: HtmlElement, items: list[HtmlElement]) -> bool:
    """``item`` holds several times the text of any other item of its list: a story, not one more excerpt."""
    size = len(" ".join(string_of(item).split()))
    others = [len(" ".join(string_of(i).split())) for i in items if i is not item]
    return bool(others) and size >= _STANDS_OUT * max(others)


def _teaser_item(container: HtmlElement) -> tuple[HtmlElement, list[HtmlElement]] | None:
    """The item and its list when the text was read from one item of a list of same-shaped items, each
    headed by a link; else None.

    A blog's front page shows its latest posts, each a linked title over an excerpt: the extractor finds an
    excerpt. The item's heading stands above the text found, outside it: a related-story box inside an
    article's text heads nothing, and an article's own headline is no link.
    """
    node: HtmlElement | None = container
    for _ in range(_ITEM_DEPTH):
        if node is None:
            return None
        parent = node.getparent()
        if parent is None:
            return None
        heading = next(node.iter(*_HEADINGS), None)
        # The item itself, headed by its linked title, or an item whose linked title stands above the text.
        if (
            heading is not None
            and _is_linked_headline(heading)
            and (node is container or _before(heading, container, node))
        ):
            items = [s for s in parent if s.tag == node.tag and headed_by_link(s)]
            if len(items) >= _TEASER_ITEMS:
                return node, items
        node = parent
    return None


def _before(heading: HtmlElement, container: HtmlElement, item: HtmlElement) -> bool:
    """Within ``item``, ``heading`` heads ``container``: it comes before it, is not inside it, and no
    headline of the page's own (an unlinked heading) stands between them."""
    seen = False
    for element in item.iter():
        if element is container:
            return seen
        if element is heading:
            seen = True
        elif seen and element.tag in _HEADINGS and _is_own_heading(element):
            return False
    return False


def _is_own_heading(heading: HtmlElement) -> bool:
    """An unlinked heading that reads as a headline."""
    return not _is_linked_headline(heading, words=0) and len(words_of(string_of(heading))) >= _HEADLINE_WORDS


def headed_by_link(element: HtmlElement) -> bool:
    """The element's first heading is a linked headline (a teaser's: a headline linking to its story)."""
    heading = next(element.iter(*_HEADINGS), None)
    return heading is not None and _is_linked_headline(heading)


_FEED_TAGS = ("channel", "item", "feed", "entry")


def _is_feed(tree: PageTree) -> bool:
    doc = tree.doc
    root = doc.getroottree().getroot()
    if root.tag in {"rss", "feed", "rdf:rdf"}:
        return True
    if doc is root:
        # The elements below the root that root.find(".//channel") and the rest look for, from the tree's
        # one walk: each look-up walked the whole of a page that has none.
        channels, items, feeds, entries = (
            [e for e in tree.feed_elements(tag) if e is not root] for tag in _FEED_TAGS
        )
        return (bool(channels) and len(items) >= 2) or (bool(feeds) and len(entries) >= 2)
    channel = root.find(".//channel")
    if channel is not None and len(root.findall(".//item")) >= 2:
        return True
    return root.find(".//feed") is not None and len(root.findall(".//entry")) >= 2


def _says_not_found(tree: PageTree, title: str) -> bool:
    texts = [title, *(" ".join(string_of(h).split())[:200] for h in tree.headings_by_level("h1"))]
    for text in texts:
        if _NOT_FOUND.search(text) or any(_BARE_404.match(s) for s in _SEGMENT.split(text)):
            return True
    return False


def _shows_not_found(tree: PageTree) -> bool:
    """Whether a line of the page says it is an error page: a theme that keeps its site-wide title and
    headline there says so in a line of its own ("<div class=p404__content>Halaman yang Anda cari tidak
    ditemukan.</div>"). Asked last, of a page without article text that is no listing either: a listing's
    broken widget ("File Not Found") makes it no error page, and a short story may quote such a line: only
    a page with less text than a teaser's lead is asked."""
    body = tree.doc.find("body")
    if body is None:
        return False
    # Each line is a piece of the body's text, and a line that says so holds each word of its phrase: a body
    # lacking a word of each phrase says it nowhere, known without a search of each line (a page's some
    # hundreds of lines).
    folded = cues.folded(string_of(body))
    if not any(all(map(folded.__contains__, words)) for words in _NOT_FOUND_WORDS):
        return False
    return any(len(text) <= _NOT_FOUND_LINE and _NOT_FOUND.search(text) for text in body.itertext())


_NOT_FOUND_LINE = 200
# The words of each phrase of _NOT_FOUND, as the word flags' folding writes them (the phrases are lower case
# ASCII).
_NOT_FOUND_WORDS = tuple(tuple(phrase.split()) for phrase in pages.NOT_FOUND_PHRASES)


# A cell of a table of numbers: a number ("12", "+12", "3,5", "45%") or a score ("4 - 2", "1:0"), alone.
_NUMBER_CELL = lazy(r"^[+\-\u2212]?\d+(?:[.,]\d+)*%?$|^\d+\s*[\-\u2013:]\s*\d+$")
# A row holds this many such cells side by side; a table, this many rows.
_ROW_NUMBERS = 3
_NUMBER_ROWS = 5


def _number_table(doc: HtmlElement) -> bool:
    """Whether the page shows a table of numbers: rows (any element: ``<tr>``, a ``<div>`` of ``<span>``s)
    each holding several cells that hold a number and nothing else. A standings page's rows hold a dozen,
    a story's figures stand in sentences."""
    body = doc.find("body")
    if body is None:
        return False
    rows = 0
    for row in body.iter():
        cells = 0
        for cell in row:
            if (
                isinstance(cell.tag, str)
                and not len(cell)
                and cell.text
                and _NUMBER_CELL.match(cell.text.strip())
            ):
                cells += 1
        if cells >= _ROW_NUMBERS:
            rows += 1
            if rows >= _NUMBER_ROWS:
                return True
    return False


def _is_consent(doc: HtmlElement) -> bool:
    """The page's text is short and mostly lines about cookies, consent or personal data."""
    body = doc.find("body")
    if body is None:
        return False
    # The page's text, without scripts, in libxml2 first: most pages are far too long to be a wall.
    hidden = sum(len(string_of(e)) for e in body.iter(*_NO_TEXT_TAGS))
    if len(string_of(body)) - hidden > _TEXT_BOUND * _SHORT_PAGE:
        return False
    lines = _lines(body)
    total = sum(len(line) for line in lines)
    if not total or total > _SHORT_PAGE:
        return False
    # Counted by sentence, not by block: an article's paragraph that names personal data once ("...
    # mencuri data pribadi.") holds one such sentence among others, where each sentence of a notice asks
    # for consent; a text whose paragraphs are lines of one block (<br> between them) is no exception.
    parts = [part for line in lines for part in sentences(line)]
    consent = sum(len(part) for part in parts if _CONSENT.search(part))
    return consent >= _CONSENT_SHARE * sum(map(len, parts))


def _lines(body: HtmlElement) -> list[str]:
    """The text of the page's innermost blocks (paragraphs, list items, buttons, leaf divs), one per block and
    line."""
    blocks: list[HtmlElement] = []
    holders: set[HtmlElement] = set()
    for element in body.iter():
        if isinstance(element.tag, str) and (element.tag in markup.BLOCK_TAGS or element.tag == "button"):
            blocks.append(element)
            for ancestor in element.iterancestors():
                if ancestor in holders:
                    break
                holders.add(ancestor)
    lines = []
    for block in blocks:
        if block in holders or any(a.tag in _NO_TEXT_TAGS for a in block.iterancestors()):
            continue
        lines.extend(_block_lines(block))
    return lines


_TEXT_AND_BREAKS = compile_xpath(".//text() | .//br")


def _block_lines(block: HtmlElement) -> list[str]:
    """A block's text, a line for each run between its ``<br>``: a template that writes its paragraphs as
    lines of one element ("<p>Satu.<br><br>Dua.</p>") has them joined in the block's string ("Satu.Dua.")."""
    if block.find(".//br") is None:
        text = " ".join(string_of(block).split())
        return [text] if text else []
    runs: list[list[str]] = [[]]
    for node in cast("list[object]", _TEXT_AND_BREAKS(block)):
        if isinstance(node, str):
            runs[-1].append(node)
        else:
            runs.append([])
    return [text for run in runs if (text := " ".join("".join(run).split()))]


def _own_headline(tree: PageTree, title: str, metas: dict[str, list[str]]) -> bool:
    """The page has a headline of its own: an unlinked heading whose words are mostly those of a part of
    the title ("Judul Berita | Kabar" has the part "Judul Berita"), and cover most of that part. An index
    page's headings are the titles of other pages, linked to them, or a word or two of its tagline."""
    # Words as words_of gives them (the pattern's on the case folded text): an ASCII title or heading, nearly
    # every one, is split by str methods in C where the engine's findall costs some 3,000 instructions a word.
    parts = [
        part_words
        for said in (title, *metas.get("og:title", ()), *metas.get("twitter:title", ()))
        for part in (said, *_SEGMENT.split(said))
        if len(part_words := set(words_of(part))) >= _OWN_HEADLINE_WORDS
    ]
    if not parts:
        return False
    own = {_path(u) for u in _own_addresses(tree, metas)}
    for n, head in enumerate(h for h in tree.headings if h.tag in _OWN_HEADINGS):
        if n >= _HEADINGS_READ:
            break
        # Some themes link an article's headline to the article itself; a link elsewhere makes it a teaser,
        # and one to the site's root makes it the site's name.
        links = [a for a in (*head.iter("a"), *head.iterancestors("a")) if _links_away(a)]
        if any(not (target := _path(a.get("href", ""))) or target not in own for a in links):
            continue
        words = words_of(string_of(head))
        if len(words) < _OWN_HEADLINE_WORDS:
            continue
        for part in parts:
            shared = sum(w in part for w in words)
            if shared >= _OWN_HEADLINE_SHARE * len(words) and shared >= _OWN_HEADLINE_SHARE * len(part):
                return True
    return False


def _heads_own_story(page: _Page, item: HtmlElement) -> bool:
    """The item of a feed is the page's own story ("Today" pages): its heading links to the page itself
    (its ``og:url`` or canonical address), as some themes link an article's headline. Saying the title is
    not enough: a front page's first teaser may repeat the title its heading took."""
    heading = next(item.iter(*_HEADINGS), None)
    if heading is None:
        return False
    links = [a for a in (*heading.iter("a"), *heading.iterancestors("a")) if _links_away(a)]
    if not links:
        return False
    own = {_path(u) for u in _own_addresses(page.tree, page.metas)}
    return all((target := _path(a.get("href", ""))) and target in own for a in links)


def _apart_from_headline(container: HtmlElement, headline: HtmlElement | None) -> bool:
    """Whether the text's element stands apart from the element showing the page's headline: no element
    shows the headline, the text comes before it, or many linked headlines (an index's teasers) stand
    between them. A story's text follows its headline, a byline, a picture or a box or two of links away."""
    if headline is None:
        return True
    if container is headline or headline in container.iterdescendants():
        return False
    started = False
    linked = 0
    for el in headline.getroottree().iter():
        if el is headline:
            started = True
        elif el is container:
            return not started
        elif started and el.tag == "a" and len(words_of(string_of(el))) >= _HEADLINE_WORDS:
            linked += 1
            if linked >= _MANY_TEASERS:
                return True
    return True


# The first unlinked <h1>s of a headline's length read for :func:`_heads_text`.
_H1_READ = 3


def _heads_text(tree: PageTree, container: HtmlElement) -> bool:
    """Whether an unlinked ``<h1>`` of a headline's words heads the text found: ``container`` holds it, or
    follows it with no list of linked headlines between. A story's page whose title does not name the story
    (a template's one title for every page, the site's name) still shows its headline so; a listing's
    ``<h1>`` names the list or links to a story elsewhere, and the texts on it (a promo, a writer's profile,
    a teaser's lead) stand apart from it."""
    own = (h for h in tree.headings_by_level("h1") if _is_own_heading(h))
    return any(not _apart_from_headline(container, h) for h in itertools.islice(own, _H1_READ))


def _slogan_heading(page: _Page) -> bool:
    """The title is one part (no site name beside it) and an ``<h1>`` repeats it word for word."""
    if len(_SEGMENT.split(page.title)) > 1:
        return False
    words = words_of(page.title)  # the pattern's words of the case folded text, ASCII by str methods
    return bool(words) and any(words_of(string_of(h)) == words for h in page.tree.headings_by_level("h1"))


def _own_addresses(tree: PageTree, metas: dict[str, list[str]]) -> list[str]:
    """The page's own address as it gives it: ``og:url``, then the canonical link."""
    # The first canonical link's href, as ``string(//link[@rel='canonical']/@href)`` reads it, from the link
    # elements in document order: a fifth of that XPath's cost (``tree.doc`` is the root of its document).
    hrefs = (link.get("href") for link in tree.links if link.get("rel") == "canonical")
    canonical = next((href for href in hrefs if href is not None), "")
    return [u for u in (*metas.get("og:url", ()), canonical) if u]


def _index_address(url: str | None) -> bool:
    """The address is an index page's: the site root (no query but paging), an index folder or host, or a
    search (``?q=``, ``?s=``)."""
    if not url:
        return False
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:
        return False
    query = {k.casefold() for k, _ in urllib.parse.parse_qsl(parts.query, keep_blank_values=True)}
    if query & set(pages.SEARCH_PARAMETERS):
        return True
    if _INDEX_HOST.match(parts.hostname or "") or _index_folder(parts.path):
        return True
    paging_only = all(k in pages.PAGING_PARAMETERS or k.startswith("utm_") for k in query)
    return paging_only and _ROOT_PATH.match(parts.path) is not None


def _path(url: str) -> str:
    try:
        return urllib.parse.urlsplit(url.strip()).path.rstrip("/")
    except ValueError:
        return url


def _is_linked_headline(heading: HtmlElement, words: int = _HEADLINE_WORDS) -> bool:
    """A heading that links elsewhere (``<h3><a href>title</a></h3>`` or ``<a href><h3>title</h3></a>``)
    and reads as a title (``words`` at least)."""
    linked = any(_links_away(a) for a in heading.iter("a")) or any(
        a.tag == "a" and _links_away(a) for a in heading.iterancestors()
    )
    return linked and len(words_of(string_of(heading))) >= words


def _links_away(a: HtmlElement) -> bool:
    href = (a.get(b"href") or "").strip()  # the name in bytes: lxml encodes a str name on every read
    return bool(href) and not href.startswith(("#", "javascript:"))


def _linked_headings(root: HtmlElement) -> list[HtmlElement]:
    """Headings that link elsewhere: ``<h3><a href>title</a></h3>`` or ``<a href><h3>title</h3></a>``."""
    return [h for h in root.iter(*_HEADINGS) if _is_linked_headline(h)]


def _linked_openings(root: HtmlElement) -> list[HtmlElement]:
    """Links that open their block with a headline and a date stamp after them, outside headings: a teaser
    written as a link, a date and a lead in plain boxes (``<div><a href>Judul Berita di Sini</a>
    <span>Selasa, 14 Juli 2020 13:19</span><span>Lead ...</span></div>``, Merdeka's photo index), which a
    heading's tag would have said is one. A list's entries opening on a link (a listicle's places) carry no
    date."""
    found = []
    for a in root.iter("a"):
        parent = a.getparent()
        if (
            parent is None
            or len(parent) < 2
            or a is not parent[0]
            or parent.tag in _HEADINGS
            or (parent.text or "").strip()
            or not _links_away(a)
            or len(words_of(string_of(a))) <= _HEADLINE_WORDS
        ):
            continue
        if any(stamped(sibling) for sibling in a.itersiblings()):
            found.append(a)
    return found


# A date stamp's element holds this many characters at most ("Jumat, 27 Oktober 2017 13:25 WIB").
_STAMP_CHARS = 40


def stamped(el: HtmlElement) -> bool:
    """Whether ``el``'s whole text is a date or time and nothing else (a stamp, not words of a caption or a
    teaser's lead)."""
    text = string_of(el)
    return len(text) <= _STAMP_CHARS and any(ch.isdigit() for ch in text) and stamp_only(text)


def _linked_headlines(tree: PageTree) -> int:
    """How many stories the document links to with a headline (a heading, or a long link text): its distinct
    addresses, or its distinct headlines where it shows more of those. A story is told apart by either: a
    template's copy or a page saved without its links points every teaser at one placeholder address
    ("artikel.html"), and a site shows one story under the same headline in two boxes."""
    doc = tree.doc
    targets: set[str] = set()
    headlines: set[str] = set()
    # Only links long enough to hold a headline are looked at word by word (the test runs in libxml2).
    found = _HEADLINE_LINKS(doc)
    for a in found if isinstance(found, list) else ():
        if not isinstance(a, HtmlElement):
            continue
        href = a.get(b"href")
        if href and _links_away(a) and len(words := words_of(string_of(a))) > _HEADLINE_WORDS:
            targets.add(href)
            # A link holding a heading, or held by one, is counted by the heading's words below: its own
            # add a kicker or a time ("Nasional | 23:12 WIB") to the same headline.
            if next(a.iter(*_HEADINGS), None) is None and next(a.iterancestors(*_HEADINGS), None) is None:
                headlines.add(" ".join(words))  # words_of's words are case folded
    linked = [h for h in tree.headings if _is_linked_headline(h)]
    targets.update(href for h in linked for a in h.iter("a") if (href := a.get(b"href")) is not None)
    headlines.update(" ".join(words_of(string_of(h))) for h in linked)
    return max(len(targets), len(headlines))
