"""``parse()``: a news page (bytes, str or an already parsed tree) to an :class:`~beritaparse.model.Article`.

The page goes one way through the pipeline: :func:`beritaparse.page.html.load` (decode, safe parse, size
limit)
→ the outlet (by the URL's host, else by the page's own signals: canonical link, ``og:url``, publisher)
and :func:`beritaparse.page.metadata.extract` → the article text, by a chain of extractors where each
result is checked and a thin or empty one gives way to the next: the adapter's ``body`` XPaths (with its
``drop`` XPaths) → :func:`beritaparse.page.generic.find_container` → a density reading of the whole page
(:func:`beritaparse.page.density.read`) → the JSON-LD ``articleBody`` → the page's description
(:mod:`beritaparse.page.fallback`, noted in ``removed``). A container is walked by
:func:`beritaparse.page.dom.walk` into candidate blocks (publication stamps marked as byline; hidden later
pages of the article kept, hidden boxes not) → :func:`beritaparse.rules.blocks.clean` → a photo story's
slides join its text → :func:`beritaparse.page.kind.not_article` (a home, index or tag page, a feed, a 404
or a consent wall raises :class:`~beritaparse.errors.NotAnArticleError`) → Article.

>>> from beritaparse.page.extract import parse
>>> art = parse(
...     b"<html><body><div id=menu><a href=/>Beranda</a></div><div class=isi>"
...     b"<p>JAKARTA, KOMPAS.com - Hujan deras mengguyur Jakarta sejak pagi hari ini.</p>"
...     b"<p>Baca juga: Banjir Rob Melanda Pesisir Utara</p>"
...     b"<p>Warga diminta tetap waspada terhadap genangan di sejumlah ruas jalan.</p></div></body></html>",
...     url="https://megapolitan.kompas.com/read/2024/01/01/1/hujan")
>>> art.outlet, art.dateline, [r.title for r in art.related]
('kompas', 'Jakarta', ['Banjir Rob Melanda Pesisir Utara'])
>>> art.paragraphs[0]
'Hujan deras mengguyur Jakarta sejak pagi hari ini.'
>>> len(art.paragraphs)
2
"""

from __future__ import annotations

import collections
import datetime as dt
import functools
import itertools
from typing import TYPE_CHECKING, Any

import attrs
import regex
from lxml.html import HtmlElement

from beritaparse import outlets
from beritaparse.cache import patterns
from beritaparse.dates import find_dates
from beritaparse.errors import MalformedHTMLError, NoArticleError, NotAnArticleError
from beritaparse.model import Article, Block, Removed, RemovedReason
from beritaparse.page import density, dom, fallback, generic, kind, metadata, mhtml, topics
from beritaparse.page.addresses import given_url
from beritaparse.page.archives import strip_archive_chrome
from beritaparse.page.html import DEFAULT_MAX_BYTES, is_inside, load, string_of, text_of
from beritaparse.page.pagequery import compiled
from beritaparse.page.pagetree import PageTree
from beritaparse.page.timestamps import machine_date
from beritaparse.rules import cues
from beritaparse.rules.blocks import (
    STORY_CAPTION,
    STORY_SLIDES,
    VIEWER_TEXT_MAX,
    Candidate,
    Cleaned,
    capitals_credit,
    caption_in_text,
    clean,
)
from beritaparse.rules.credits import DATE_LINE_LEFTOVER, split_names
from beritaparse.rules.flags import lazy
from beritaparse.rules.strings import fold, repeats_sentences, text_key, word_line

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from beritaparse.dates import DateMention
    from beritaparse.outlets.base import Outlet
    from beritaparse.page.metadata import PageMeta

__all__ = ["parse"]

# An adapter's container with less body text than this is taken for a template the adapter does not know.
_THIN = 150
# ... and the generic container replaces it only when it holds several times more: a short article (a
# photo page's two-line teaser) must not give way to a box of story summaries elsewhere on the page.
_REDESIGN = 3
_PULL_MIN = 30
_STAMP_MAX = 80
_STAMP_LABEL_MAX = 25
# A stamp names a year or a clock time; "Senin (13/5)" alone is a reference in running text.
_STAMP_PARTS = lazy(r"\b(?:19|20)\d\d\b|\d{1,2}[:.]\d\d", regex.VERSION1)
# What a match of _STAMP_PARTS holds, word bounds aside: a date mention is a piece of its line, so a line
# without this holds no stamp, known without the date scan (a numbered list item, a video's code).
_STAMP_DIGITS = lazy(r"(?:19|20)\d\d|\d[:.]\d\d", regex.VERSION1)
_STAMP_CLOCK = lazy(r"\d{1,2}[:.]\d\d", regex.VERSION1)


def parse(
    html: bytes | str | Any,
    url: str | None = None,
    *,
    adapters: bool = True,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Article:
    """Parse one news page into an :class:`~beritaparse.model.Article`.

    ``html`` is the page as bytes (any encoding), ``str``, a BeautifulSoup or an lxml tree (a caller's tree
    is never changed). ``url`` is the page's address: it picks the outlet adapter and resolves relative
    links. With ``adapters=False`` no outlet knowledge is used at all (body container, chrome XPaths, text
    conventions): the generic extractor alone.

    ``Article.removed`` accounts for the text of the body container that is not in the body, captions or
    related links (adapter ``drop`` matches, dropped media/forms/share bars/ad slots that carried text,
    and every block the shared rules set aside). Page chrome outside the container (menus, sidebars,
    footers) is not listed.

    A ``url`` inside a web archive's address (``https://web.archive.org/web/2016.../http://...``) stands
    for the original address, and the archive's toolbar in a saved copy is chrome.

    When no extractor finds the text on the page, the body is the page's JSON-LD ``articleBody``, else its
    description (``og:description``); in that last case ``removed`` holds
    :data:`beritaparse.page.fallback.DESCRIPTION_NOTE`, since a description is a summary, not the article.

    Raises, all from :mod:`beritaparse.errors`: :class:`~beritaparse.errors.InputTypeError` for ``html``
    of another type (a path, None...) or a ``url`` that is not a str;
    :class:`~beritaparse.errors.EmptyInputError` for an empty or blank page;
    :class:`~beritaparse.errors.InputTooLargeError` above ``max_bytes``;
    :class:`~beritaparse.errors.HTMLDecodeError` for bytes that are no text (an image, a zip);
    :class:`~beritaparse.errors.MalformedHTMLError` for markup that gives no document;
    :class:`~beritaparse.errors.InvalidURLError` for a ``url`` that is no readable web address;
    :class:`~beritaparse.errors.NotAnArticleError` (a ``NoArticleError``, with a ``reason``) for a page of
    another kind: a home, section, tag or search page (``"listing"``), a feed, a 404 page
    (``"not-found"``), a consent wall; and :class:`~beritaparse.errors.NoArticleError` when the page holds
    no article text at all.
    """
    # A page saved as MHTML names the address it was saved from.
    url = given_url(url) or given_url(mhtml.location(html))
    doc = load(html, max_bytes=max_bytes)
    patterns.prepare()  # a first page compiles a hundred patterns: each read from the cache file
    # The meta tags, JSON-LD, headings, links and attributes are read once and shared by the readers below.
    tree = PageTree(doc)
    # load() keeps no comments: its parser drops them, and a caller's tree is copied without them. The
    # page's ids (the XPath gate reads them too) say whether it has the toolbar's at all.
    strip_archive_chrome(doc, comments=False, ids=tree.id_text)
    # The outlet is decided here, once, and passed down; without adapters nothing below knows any outlet
    # (no adapter, no outlet names for the credit rules, no registry look-up).
    outlet = metadata.find_outlet(doc, url=url, tree=tree) if adapters else None
    site_names = outlets.NAMES if adapters else ()
    meta = metadata.extract(doc, url=url, outlet=outlet, site_names=site_names, tree=tree)
    base_url = url or meta.url

    # The block rules know the page's own names for its site too: "(boy/jpnn)" on jpnn.com signs no person.
    read = _extract(tree, outlet, base_url=base_url, meta=meta, site_names=(*meta.sites, *site_names))
    # Text read from the whole page after the container was set aside as a list of linked headlines: the
    # page is judged by that list (a blog's front page, its excerpts read as prose).
    judged = None if read is None else read.container if read.container is not None else read.listed
    reason = kind.not_article(
        doc,
        body_chars=read.size if read is not None and read.from_page else 0,
        container=judged,
        url=url,
        dated=meta.published is not None,
        page_wide=read is not None and read.from_page and read.container is None,
        found=read is not None,
        data_chars=read.size if read is not None and read.from_data else 0,
        tree=tree,
        teasers=read.teasers if read is not None else (),
        described=read is not None and fallback.DESCRIPTION_NOTE in read.removed,
        prose=read is None or any(map(_sentence, read.cleaned.body)),
    )
    if reason is not None:
        raise NotAnArticleError(reason)
    if read is None:
        raise NoArticleError("the page holds no article text")
    cleaned = read.cleaned
    # A capitals sign-off ("DINI TEJA") is the writer only where nobody else is credited, as in pastes.
    authors = _unique(
        _writers(meta.authors, cleaned.authors)
        or cleaned.signed
        or _signed_aside(read.removed, (*meta.sites, *site_names))
    )
    body, bylines = _without_bylines(cleaned.body, authors, sites=(*meta.sites, *site_names))
    updates = meta.live_updates or _stamp_updates(read.stamps, meta.published)
    if updates:
        body = _timed(body, updates)
    return Article(
        title=meta.title,
        subtitle=read.subtitle,
        outlet=outlet.id if outlet is not None else None,
        url=meta.url or url,
        published=meta.published,
        updated=meta.updated,
        authors=authors,
        # Closing initials ("(fyk/ash)") abbreviate the editors a credits box names in full: they are
        # the editors only where the page names none.
        editors=_unique(meta.editors or cleaned.editors),
        dateline=cleaned.dateline,
        section=meta.section,
        tags=_unique(
            meta.tags
            or cleaned.tags
            or (topics.after_the_text(read.container) if read.container is not None else ())
        ),
        body=body,
        captions=cleaned.captions,
        related=cleaned.related,
        reading_time_minutes=cleaned.reading_time_minutes,
        more_pages=meta.more_pages,
        removed=(*read.removed, *cleaned.removed, *bylines),
    )


# A sentence of the text runs this many words at least: a score board's cells and a catalogue's field
# lines are none.
_SENTENCE_WORDS = 5


def _sentence(block: Block) -> bool:
    """Whether ``block`` holds a sentence: five words or more ending on a sentence's mark."""
    text = block.text
    return cues.ends_sentence(text) and len(text.split(maxsplit=_SENTENCE_WORDS)) >= _SENTENCE_WORDS


def _writers(page: tuple[str, ...], text: tuple[str, ...]) -> tuple[str, ...]:
    """The writers: those the text's own credit names ("Penulis: Nama", "(Ditulis oleh Nama)") where they
    are not all among the page's (its byline, tags and meta), else the page's. A byline may name the account
    that posted the story (a WordPress site's "admin", a volunteers' account); the credit in the text names
    who wrote it. Where the page names the same writer and more, the page's list is the fuller one."""
    if text and not {fold(n) for n in text} <= {fold(n) for n in page}:
        return text
    return page or text


def _signed_aside(removed: Sequence[Removed], sites: Sequence[str]) -> tuple[str, ...]:
    """The writers a credit in capitals names that the outlet's template set aside as its byline before the
    text was read ("ANDRIAN HABIBI | DA" closing Tempo's text): where the template's reading of the writer
    finds no one (a redesign renamed the box it reads), the credit still names the writer, as the sign-off
    the generic reading keeps does."""
    for aside in reversed(removed):
        if aside.reason is RemovedReason.BYLINE and (names := capitals_credit(aside.text, sites)):
            return names
    return ()


# How much of an update's text must open a block for the block to open the update.
_UPDATE_PREFIX = 60


def _timed(
    body: tuple[Block, ...], updates: Sequence[tuple[dt.datetime, tuple[str, ...]]]
) -> tuple[Block, ...]:
    """The body with each live-report update's time on the block that opens it: the block that is the
    update's headline or begins its text (the updates' own order on the page does not matter)."""
    keys = [fold(b.text)[:_UPDATE_PREFIX] for b in body]
    times: dict[int, dt.datetime] = {}
    for when, texts in updates:
        for text in texts:
            key = fold(text)[:_UPDATE_PREFIX]
            index = next((i for i, k in enumerate(keys) if k and k == key and i not in times), None)
            if index is not None:
                times[index] = when
                break
    return tuple(attrs.evolve(b, time=times[i]) if i in times else b for i, b in enumerate(body))


# A byline is a name or two with a by-word: never more words than this per name, and never a sentence.
_BYLINE_WORDS_PER_NAME = 5
# A byline with the outlet, its desk and the time beside the names runs longer, this long at most.
_DATED_BYLINE_MAX = 160
_YEAR_IN = lazy(r"\b\d{4}\b")
# A mention's text is a piece of the text: one whose year is four digits in a row is in a text holding them.
_FOUR_DIGITS = lazy(r"\d{4}")


def _dated(text: str) -> bool:
    """Whether ``text`` writes a date with its year (the publication time of a byline)."""
    # A text without four digits in a row (a line of match results) is answered without the date scan.
    return _FOUR_DIGITS.search(text) is not None and any(_YEAR_IN.search(m.raw) for m in find_dates(text))


def _without_bylines(
    body: tuple[Block, ...], authors: tuple[str, ...], *, sites: tuple[str, ...] = ()
) -> tuple[tuple[Block, ...], tuple[Removed, ...]]:
    """The body without blocks that only name its writers ("Budi Santoso", "Oleh Budi Santoso"), or name them
    with the outlet, its desk and the time ("Nama The Jakarta Post Jakarta / Thu, December 4, 2025 / 04:44
    pm"): the byline element of a template the container holds, read as a paragraph when nothing on it says
    byline; and a last bold line signing the text with the writer's name."""
    if not authors:
        return body, ()
    wanted = {fold(a) for a in authors}
    # split_names only cuts a line and parts it (white space aside, each name it gives is the line's letters):
    # a line lacking a letter of the writers' names names them not, known without the split (a spec table's
    # "RAM 8 GB", a result list's "Genoa 0-0 Bologna").
    letters = frozenset(ch for name in wanted for ch in name if not ch.isspace())
    kept: list[Block] = []
    dropped: list[Removed] = []
    # A heading above the text's first paragraph heads nothing of the text (a template's byline in an <h4>),
    # nor does a bold line that ends it: a signature ("<p><strong>Nama</strong></p>") read as a subheading.
    first = next((i for i, b in enumerate(body) if b.kind == "paragraph"), len(body))
    signature = body[-1] if body and body[-1].kind == "heading" else None
    for at, block in enumerate(body):
        text = block.text
        # The tests that read the end of the text first: most blocks are paragraphs that end a sentence, and
        # are then never split into words.
        heads = block.kind == "heading" and (at < first or block is signature)
        if (block.kind != "paragraph" and not heads) or cues.ends_sentence(text):
            kept.append(block)
            continue
        short = len(text.split()) <= _BYLINE_WORDS_PER_NAME * len(authors) + 1
        # A longer line is a byline only with its date: that test comes before the names', which cost some
        # twenty times more on a line that is no byline (a result list's "Brescia 1-2 Juventus (...)").
        if (
            (short or (len(text) <= _DATED_BYLINE_MAX and _dated(text)))
            and letters.issubset(text)
            and {fold(n) for n in split_names(text, site_names=sites)} == wanted
        ):
            dropped.append(Removed(RemovedReason.BYLINE, text))
        else:
            kept.append(block)
    return tuple(kept), tuple(dropped)


class _Read:
    # Not an attrs class: it is private, and an attrs class costs about a millisecond to create at import.
    __slots__ = (
        "cleaned",
        "container",
        "from_data",
        "from_page",
        "listed",
        "removed",
        "stamps",
        "subtitle",
        "teasers",
    )

    def __init__(
        self,
        cleaned: Cleaned,
        removed: tuple[Removed, ...],
        container: HtmlElement | None = None,
        *,
        from_page: bool = True,
        from_data: bool = False,
        stamps: tuple[tuple[str, str, dt.datetime | None], ...] = (),
        teasers: frozenset[HtmlElement] = frozenset(),
    ) -> None:
        self.cleaned = cleaned
        self.removed = removed
        # The element the text was read from (None for the page-wide and structured-data readings).
        self.container = container
        # False when the text is not on the page but in its structured data (articleBody, description).
        self.from_page = from_page
        # True when the text is the article's own JSON-LD ``articleBody`` (not a summary or description).
        self.from_data = from_data
        # Stamps inside the text, each with the text after it and the time its <time datetime> element gives
        # (None: the stamp's text is all there is): (stamp, text, time), the updates of a live report.
        self.stamps = stamps
        # The teasers of the page's feeds set aside in the container (generic.find), so the container is
        # judged by what it holds beside them.
        self.teasers = teasers
        # The container the generic extractor found and set aside as a list of linked headlines, when the
        # text was then read from elsewhere: what the page's kind is judged by (a blog's front page).
        self.listed: HtmlElement | None = None
        # The standfirst under the headline, set apart from the text (:func:`_standfirst`).
        self.subtitle: str | None = None

    @property
    def size(self) -> int:
        return sum(len(b.text) for b in self.cleaned.body)


def _extract(
    tree: PageTree,
    outlet: Outlet | None,
    *,
    base_url: str | None,
    meta: PageMeta,
    site_names: tuple[str, ...],
) -> _Read | None:
    """The fallback chain: each extractor's result is checked, and a thin one gives way to the next.

    adapter container -> generic container -> a density reading of the whole page -> the JSON-LD
    ``articleBody`` -> the summary under the headline -> the page's description (these two noted in
    ``removed``). None when no path finds text.
    """
    doc = tree.doc
    title = meta.title
    # The extractors differ in where they find blocks; the rules that clean the blocks are the same.
    read_in = functools.partial(
        _read, tree, base_url=base_url, title=title, summaries=meta.summaries, site_names=site_names
    )
    clean_up = functools.partial(_clean, outlet=outlet, title=title, site_names=site_names)
    read: _Read | None = None
    teasers: frozenset[HtmlElement] = frozenset()
    listed: HtmlElement | None = None
    container = _adapter_container(tree, outlet) if outlet is not None else None
    if container is not None:
        read = read_in(container, outlet)
    if read is None or read.size < _THIN:
        # No adapter, or a redesign the adapter's XPaths no longer fit: the generic extractor decides.
        container, teasers, run = generic.find(doc, title=title, headline=tree.headline)
        if container is not None:
            container = generic.one_story(container, tree.headline, tree.headings_by_level("h1"))
        # A box of linked headlines is other stories: the next extractor is asked instead.
        if container is not None and not kind.is_teaser_list(container, teasers):
            found = read_in(container, outlet, apart=teasers, run=run)
            if read is None or found.size > _REDESIGN * read.size:
                read = found
        elif container is not None:
            listed = container
    if read is None or read.size < _THIN:
        blocks = density.read(doc, base_url=base_url, apart=teasers)
        if blocks:
            found = clean_up(blocks)
            if read is None or found.size > _REDESIGN * read.size:
                read = found
    if read is None or not read.cleaned.body or _elsewhere(read, tree):
        blocks = fallback.article_body(doc, tree)
        if blocks:
            found = clean_up(blocks)
            read = _Read(
                found.cleaned,
                found.removed,
                found.container,
                from_page=False,
                from_data=True,
                stamps=found.stamps,
            )
    if read is None or not read.cleaned.body:
        read = _summary(doc, meta, teasers, clean_up)
    if read is None or not read.cleaned.body:
        return None
    if read.container is None:
        read.listed = listed
    return read


def _summary(
    doc: HtmlElement,
    meta: PageMeta,
    teasers: frozenset[HtmlElement],
    clean_up: Callable[[list[Candidate]], _Read],
) -> _Read | None:
    """The last resorts, each noted in ``removed``: the summary under the headline, then the page's
    description."""
    for blocks, note in (
        (fallback.summary_body(doc, meta.title, teasers), fallback.SUMMARY_NOTE),
        (fallback.description_body(meta.description), fallback.DESCRIPTION_NOTE),
    ):
        if blocks:
            found = clean_up(blocks)
            removed = (*found.removed, note)
            read = _Read(found.cleaned, removed, found.container, from_page=False, stamps=found.stamps)
            if read.cleaned.body:
                return read
    return None


# The page's text read is a short text the article's articleBody does not tell: another block than the
# article (a footer's address, a teaser, a promo on a page whose text a script renders).
_LD_LONGER = 2
_LD_TOLD = 0.5


def _elsewhere(read: _Read, tree: PageTree) -> bool:
    """The text read from the page is not the article's whole text: its JSON-LD ``articleBody`` is over
    twice as long and holds under half of what was read, or what was read is thinner than a text is
    (:data:`_THIN`): a scrap of the article at most, a caption or a subheading the template writes in the
    page whose paragraphs a script renders. (A page of a story in several, its paragraphs read, stays the
    page read.)"""
    told = fallback.article_body_text(tree)
    if told is None or _LD_LONGER * read.size >= len(told):
        return False
    return read.size < _THIN or fallback.told_in(" ".join(b.text for b in read.cleaned.body), told) < _LD_TOLD


def _clean(
    blocks: list[Candidate], *, outlet: Outlet | None, title: str | None, site_names: tuple[str, ...]
) -> _Read:
    return _Read(_photo_story(clean(blocks, outlet=outlet, title=title, site_names=site_names)), ())


def _read(
    tree: PageTree,
    container: HtmlElement,
    outlet: Outlet | None,
    *,
    base_url: str | None,
    title: str | None,
    summaries: tuple[str, ...],
    site_names: tuple[str, ...],
    apart: frozenset[HtmlElement] = frozenset(),
    run: tuple[HtmlElement, ...] = (),
) -> _Read:
    """The container's blocks through the shared rules, with the outlet's drops and captions; ``apart``
    holds the teasers of the page's feeds, set aside as other stories; ``run``, where the text goes on in
    the container's siblings, those siblings (:attr:`generic.Found.run`), walked in its place."""
    removed = _drop(tree, container, outlet) if outlet is not None else []
    caption_elements = _adapter_captions(tree, outlet) if outlet is not None and outlet.captions else []
    if not caption_elements:
        # No adapter, or one whose caption XPaths fit nothing on this page (a redesign, a photo page of
        # another template): the article's own figures are found as on any page.
        caption_elements = _lead_figures(container)
    # The text's elements: the container, or the siblings the text goes on in.
    holders = run or (container,)
    inside = [c for c in caption_elements if any(is_inside(c, h) for h in holders)]
    lead: list[Candidate] = []
    for element in caption_elements:
        if element not in inside:
            lead.extend(dom.walk_caption(element, base_url=base_url))
    try:
        walked = dom.walk(container, base_url=base_url, captions=inside, apart=apart, run=run)
    except RecursionError as exc:  # only a caller's own tree can nest this deep; our parser caps depth
        raise MalformedHTMLError("the markup nests too deeply to read") from exc
    clocks = _clocks(container)
    blocks, pulled = _pull_quotes(_date_stamps(walked.candidates, clocks))
    blocks, standfirst = _standfirst(container, blocks, summaries)
    plain = clean([*lead, *blocks], outlet=outlet, title=title, site_names=site_names)
    cleaned = _viewer_slide(container, _photo_story(plain))
    stamps = _stamps_in_text(blocks, clocks)
    read = _Read(cleaned, (*removed, *walked.dropped, *pulled), container, stamps=stamps, teasers=apart)
    if standfirst is not None and not plain.body and cleaned.body:
        # A photo story told in its slides alone: the standfirst is the only text the page writes beside
        # them, the story's intro (shared/corpus/README: the text shown with the photos is the body).
        read.cleaned = cleaned.with_body((Block("paragraph", standfirst), *cleaned.body))
    elif standfirst is not None:
        read.subtitle = standfirst
        read.removed = (*read.removed, Removed(RemovedReason.SUBTITLE, standfirst))
    return read


def _standfirst(
    container: HtmlElement, blocks: list[Candidate], summaries: tuple[str, ...]
) -> tuple[list[Candidate], str | None]:
    """The blocks without the standfirst, and the standfirst: a sentence one of the page's descriptions
    (``summaries``) repeats, set beside the headline in the header's element (a magazine's dek under its
    <h1>, byline and date) where the text's paragraphs stand elsewhere, or right under the headline and
    over the header's date where they stand in the same element (:func:`_above_stamp`). It sums the story
    up and is no paragraph of it; a lead paragraph a description repeats stands among the text's own
    paragraphs and stays."""
    keys = {text_key(summary) for summary in summaries}
    for headline in container.iter("h1"):
        header = headline.getparent()
        if header is None:
            continue
        shared = header is container or dom.holds_prose(header)  # the text's paragraphs stand in it too
        dek = next((el for el in header if el.tag in _DEK_TAGS and text_key(string_of(el)) in keys), None)
        alone = dek is None and not shared and (dek := _set_under(headline)) is not None
        if dek is None or (shared and not _above_stamp(headline, dek)):
            continue
        text = fold(string_of(dek))
        at = next((i for i, c in enumerate(blocks) if c.hint is None and c.text == text), None)
        # Over the date, a description's words need no full stop to be the dek ("Gangguan anak mampu membaca
        # dengan cepat namun sulit berkomunikasi"); nor does the one line a header of its own sets under the
        # headline.
        if at is not None and (shared or alone or cues.ends_sentence(text)):
            return [*blocks[:at], *blocks[at + 1 :]], text
    # A heading that opens the text (short lines above it only: a byline) and repeats a description is the
    # dek written as one (Dream's <h6> at the top of its text's element): a subheading heads a part of the
    # text, it sums up none of it.
    at = next((i for i, c in enumerate(blocks) if c.hint is None and not _header_line(c.text)), None)
    if at is not None and blocks[at].kind == "heading" and text_key(blocks[at].text) in keys:
        return [*blocks[:at], *blocks[at + 1 :]], blocks[at].text
    return blocks, None


def _set_under(headline: HtmlElement) -> HtmlElement | None:
    """The paragraph set right under the headline in an element of their own, where nothing else holds a
    paragraph's words: the dek of a header the text stands apart from ("<section class=content-header><h1>
    <p class=content-lead>", Harper's Bazaar's magazine feature), whatever the page's descriptions say.
    Short lines may stand between them (a share bar, a label)."""
    # The first element under the headline that holds a sentence's words (comments skipped).
    dek = next(
        (
            el
            for el in headline.itersiblings()
            if isinstance(el.tag, str) and len(string_of(el).split()) >= _DEK_MIN_WORDS
        ),
        None,
    )
    if dek is None or dek.tag not in _DEK_TAGS:
        return None
    # A line with a year or a clock time under the headline is its byline's (date, writer, section, comments
    # count), however many words it runs to.
    if _STAMP_DIGITS.search(string_of(dek)) is not None:
        return None
    others = (el for el in headline.itersiblings() if el is not dek and isinstance(el.tag, str))
    return None if any(len(string_of(el)) >= _PROSE_STAMPED for el in others) else dek


# A dek sums the story up in a sentence: a shorter line under the headline is a label, a byline, a date.
_DEK_MIN_WORDS = 8


# A line of a header (a byline, a date, a label) holds this many words at most.
_HEADER_LINE_WORDS = 8


def _header_line(text: str) -> bool:
    """Whether ``text`` is a short line of no sentence: a byline, a date, a label above the text."""
    return len(text.split()) <= _HEADER_LINE_WORDS and not cues.ends_sentence(text)


def _above_stamp(headline: HtmlElement, dek: HtmlElement) -> bool:
    """Whether ``dek`` stands under the headline (only short lines between: a share bar) and over the
    header's short lines (its date, its byline): "<h1>" / "<p class=excerpt>" / "<p class=dates>28 Mei
    2019</p>", where the text goes on in the same element. A lead paragraph has the text's next paragraph
    under it."""
    after = dek.getnext()
    while after is not None and not isinstance(after.tag, str):
        after = after.getnext()  # a comment between
    if after is None or len(string_of(after)) >= _PROSE_STAMPED:
        return False
    for above in dek.itersiblings(preceding=True):
        if above is headline:
            return True
        if isinstance(above.tag, str) and len(string_of(above)) >= _PROSE_STAMPED:
            return False
    return False


# The elements a standfirst is set in.
_DEK_TAGS = frozenset({"p", "div", "h2", "h3", "h4"})


def _clocks(container: HtmlElement) -> list[tuple[str, dt.datetime]]:
    """The ``<time datetime>`` elements in the container with a full time: their shown text (folded) and
    the time their attribute gives, in page order."""
    found = []
    for el in container.iter("time"):
        when = machine_date(el.get("datetime") or "")
        text = fold(text_of(el))
        if isinstance(when, dt.datetime) and text:
            found.append((text, when))
    return found


# A counter's element holds a few words at most ("Foto <b>3</b> dari <b>10</b>"), in a few elements.
_COUNTER_CHARS = 24
_COUNTER_CHILDREN = 4
# The boxes around the text's element the viewer is sought in (its parent and grandparent).
_VIEWER_LEVELS = 2
# The viewer's box: the counter's parent, grandparent or great-grandparent holds the slide's description.
_COUNTER_LEVELS = 3
_SLIDE_MIN = 80
# A gallery shows this many slides' counters at least, numbered apart, of one total.
_GALLERY_SLIDES = 2


def _viewer_slide(container: HtmlElement, cleaned: Cleaned) -> Cleaned:
    """A photo page's slides beside a short text: the description under each picture (a paragraph of prose
    in the box that holds the slide's counter, "1/5") is the page's text, as a photo story's slides are
    (shared/corpus/README). The slide shown in a viewer beside the text's element is read where the other
    slides are pages of their own; where the page holds every slide, each with its counter ("Foto 1 dari
    10" ... "Foto 10 dari 10"), all are, in order. Sought only where the text read is a few paragraphs: a
    news story's gallery beside a long text is captions."""
    if len(cleaned.body) > VIEWER_TEXT_MAX:
        return cleaned
    box = container
    for _ in range(_VIEWER_LEVELS):
        box = box.getparent() if box is not None else None
    if box is None:
        return cleaned
    present = {b.text for b in cleaned.body}
    slides = _described(container, [el for el, _ in _counters(box)], present, first=True)
    if not slides:
        slides = _described(container, _gallery(container.getroottree().getroot()), present, first=False)
    return cleaned.with_body((*cleaned.body, *slides)) if slides else cleaned


def _counters(root: HtmlElement) -> list[tuple[HtmlElement, tuple[int, int]]]:
    """The slide counters under ``root``, with their numbers ``(slide, of)``, in document order.

    Read from the last element up: an element holding one whose text is too long for a counter has a text
    too long too (it holds that text whole, and folding its white space leaves it no shorter), and is passed
    over unread. The page's wrappers, each holding the whole text, were read whole one by one (a gallery
    page's 26 M instructions, a third of its parse)."""
    found = []
    # The elements known to hold a text too long for a counter.
    long: set[HtmlElement] = set()
    for el in reversed(list(root.iter("span", "div", "p", "li"))):
        if el in long or len(el) > _COUNTER_CHILDREN:
            continue
        text = text_of(el) if len(el) else el.text or ""
        if len(text) > _COUNTER_CHARS:
            # A bare element's text is tested as it stands, unfolded: folded, it may be short.
            if len(el) or len(fold(text)) > _COUNTER_CHARS:
                _holds_long(el, long)
            continue
        numbers = cues.slide_number(text)
        if numbers is not None:
            found.append((el, numbers))
    found.reverse()
    return found


def _holds_long(el: HtmlElement, long: set[HtmlElement]) -> None:
    """Add the elements around ``el`` to ``long``, up to one it holds already (all around that one are)."""
    up = el.getparent()
    while up is not None and up not in long:
        long.add(up)
        up = up.getparent()


def _gallery(root: HtmlElement) -> list[HtmlElement]:
    """The counters of a gallery whose slides the page holds, one per slide in document order: slides of
    one total, numbered apart, or as many slides as the total all showing the first slide's number (a slider
    whose script numbers them as the reader goes: "1/6" on each of six); none where the page shows fewer (a
    viewer that pages through its slides)."""
    shown: dict[tuple[int, int], list[HtmlElement]] = {}
    for el, numbers in _counters(root):
        same = shown.setdefault(numbers, [])
        if not (same and is_inside(el, same[-1])):  # a counter and the element around it read alike
            same.append(el)
    totals = collections.Counter(of for _, of in shown)
    if not totals:
        return []
    total, count = totals.most_common(1)[0]
    if count >= _GALLERY_SLIDES:
        return [els[0] for (_, of), els in shown.items() if of == total]
    ((at, of), els) = next(iter(shown.items())) if len(shown) == 1 else ((0, 0), [])
    return els if at == 1 and of == len(els) >= _GALLERY_SLIDES else []


def _described(
    container: HtmlElement, counters: list[HtmlElement], present: set[str], *, first: bool
) -> list[Block]:
    """The descriptions of the slides whose ``counters`` are given: the paragraphs of prose in the nearest
    box around each counter that holds any, outside the text's element and not read already; ``first``: the
    first slide described only."""
    slides: list[Block] = []
    for counter in counters:
        viewer = counter
        for _ in range(_COUNTER_LEVELS):
            viewer = viewer.getparent()
            if viewer is None:  # a caller's fragment, the counter near its root
                break
            # Its photo's credit closing it ("... memakai hijab. (IG @melodyprima)") is no text.
            described = [
                _without_credit(text)
                for p in viewer.iter("p", "div")
                if dom.is_paragraph(p, lines=True)
                and not is_inside(p, container)
                and len(text := " ".join(text_of(p).split())) >= _SLIDE_MIN
            ]
            described = [
                text
                for text in described
                # A gallery's slides known as such, one written as a sentence is one of them, though light in
                # function words (a quote: "＂Iya pasti, kalau suami mah nomor satu ya. ...,＂ pungkasnya.").
                if (density.reads_as_prose(text) or (not first and cues.ends_sentence(text)))
                and text not in present
            ]
            if described:
                slides.extend(Block("paragraph", t) for t in described)
                present.update(described)
                break
        if slides and first:
            break
    return slides


def _without_credit(text: str) -> str:
    caption = caption_in_text(text)
    return caption.text if caption is not None and caption.text else text


def _photo_story(cleaned: Cleaned) -> Cleaned:
    """A photo story's text is in its slides: descriptive captions that outweigh the text join the body.

    A photo page opens with a line or two and tells the rest in the captions of its photos; a news story
    with pictures has captions that are short beside its text. The captions stay captions too (with their
    credits), and come after the opening text, in page order.
    """
    long = [c for c in cleaned.captions if len(c.text) >= STORY_CAPTION]
    told = [c for c in long if density.reads_as_prose(c.text)]
    if len(told) < STORY_SLIDES or sum(len(c.text) for c in told) <= sum(len(b.text) for b in cleaned.body):
        return cleaned
    # Once the story is told in its slides, a slide written as a sentence is one of them, though light in
    # function words ("Petugas BPBD mengevakuasi warga ... di Kelurahan Sungai Pinang, Senin pagi.").
    present = {b.text for b in cleaned.body}
    slides = tuple(
        Block("paragraph", c.text)
        for c in long
        if c.text not in present and (c in told or cues.ends_sentence(c.text))
    )
    return cleaned.with_body((*cleaned.body, *slides))


# A paragraph this long is text: stamps after it are inside the article, not in its header.
_PROSE_STAMPED = 80


def _stamps_in_text(
    candidates: list[Candidate], clocks: list[tuple[str, dt.datetime]]
) -> tuple[tuple[str, str, dt.datetime | None], ...]:
    """The stamps that stand inside the text (after its first paragraph), each with the text that follows
    it and the time of the ``<time datetime>`` element showing it: on a live report, the time of each update
    over the update. A clock on the page ("23.50", "2 jam lalu") says less than its element's attribute."""
    found: list[tuple[str, str, dt.datetime | None]] = []
    left = list(clocks)
    started = False
    for i, c in enumerate(candidates):
        if _is_prose(c):
            started = True
        elif c.hint == "byline":
            shown = fold(c.text)
            at = next((j for j, (text, _) in enumerate(left) if text == shown), None)
            when = left.pop(at)[1] if at is not None else None
            if started and i + 1 < len(candidates) and candidates[i + 1].hint is None:
                found.append((c.text, candidates[i + 1].text, when))
    return tuple(found)


def _stamp_updates(
    stamps: tuple[tuple[str, str, dt.datetime | None], ...], reference: dt.date | None
) -> tuple[tuple[dt.datetime, tuple[str, ...]], ...]:
    """Live-report updates from the stamps inside the text, when there are several: one stamp inside a
    story is a correction's or an update note's, not a live report's."""
    if len(stamps) < _LIVE_STAMPS:
        return ()
    updates = []
    for stamp, text, machine in stamps:
        when = machine or next((m.value.point for m in find_dates(stamp, reference=reference)), None)
        if isinstance(when, dt.datetime):
            updates.append((when, (text,)))
    return tuple(updates) if len(updates) >= _LIVE_STAMPS else ()


_LIVE_STAMPS = 2


def _date_stamps(candidates: tuple[Candidate, ...], clocks: list[tuple[str, dt.datetime]]) -> list[Candidate]:
    """Mark the lines that are only a publication stamp ("Senin, 13 Mei 2024 13:24 WIB") as byline.

    A stamp is a date with a year or a clock time, plus at most a short label ("Diperbarui",
    "PERISTIWA |", "| 1.093 Views"), or the whole text of a ``<time datetime>`` element ("2 jam lalu"); a
    sentence that happens to be short keeps its place in the body.
    """
    shown = {text for text, _ in clocks}
    out = []
    # Above the text's first paragraph a heading of a date is the header's stamp (a template that sets its
    # byline and date in <h4>s); further down it heads a part of the text (a chronology's days).
    header = True
    for c in candidates:
        if header and _is_prose(c):
            header = False
        stamp = _is_stamp(c, header=header) or _is_clock(c, shown)
        out.append(attrs.evolve(c, hint="byline") if stamp else c)
    return out


def _is_prose(c: Candidate) -> bool:
    """A paragraph of the text (:data:`_PROSE_STAMPED` letters): stamps after it stand inside the article,
    not in its header."""
    return c.hint is None and c.kind == "paragraph" and len(c.text) >= _PROSE_STAMPED


def _is_clock(c: Candidate, shown: set[str]) -> bool:
    return bool(shown) and c.hint is None and c.kind == "paragraph" and fold(c.text) in shown


def _pull_quotes(candidates: list[Candidate]) -> tuple[list[Candidate], list[Removed]]:
    """Remove pull quotes: a quote block that repeats a sentence of the running text ("... kata dia ...")."""
    quotes = [c for c in candidates if c.kind == "quote" and c.hint is None]
    if not quotes:
        return candidates, []
    prose = word_line(c.text for c in candidates if c.kind == "paragraph" and c.hint is None)
    pulled = [q for q in quotes if repeats_sentences(q.text, prose, _PULL_MIN)]
    kept = [c for c in candidates if not any(c is q for q in pulled)]
    return kept, [Removed(RemovedReason.DUPLICATE, q.text) for q in pulled]


def _is_stamp(c: Candidate, *, header: bool) -> bool:
    text = c.text
    kinds = ("paragraph", "heading") if header else ("paragraph",)
    if c.hint is not None or c.kind not in kinds or len(text) > _STAMP_MAX or text.endswith("."):
        return False
    # A year and a clock time are digits: a line without one (a subheading, a label) is no stamp, and the
    # date scan, dear beside this test, need not read it.
    if not any(map(str.isdigit, text)) or _STAMP_DIGITS.search(text) is None:
        return False
    found = find_dates(text)
    if any(_stamp_mention(text, m, header=header) for m in found):
        return True
    # The header's stamps side by side, published and updated ("10 Nov 2021, 08:00 WIB Diperbarui 10 Nov
    # 2021, 00:38 WIB"): what they leave is a short label.
    stamps = [m for m in found if _STAMP_PARTS.search(m.raw) is not None]
    left = len(text) - sum(m.end - m.start for m in stamps)
    return header and len(stamps) >= 2 and left <= _STAMP_LABEL_MAX


def _stamp_mention(text: str, m: DateMention, *, header: bool) -> bool:
    """Whether the date mention ``m`` makes ``text`` a stamp: a year or a clock time with at most a short
    label beside it. Inside the text, a day with words beside it is an entry of a dated list ("07/04/2025 -
    Indonesia 4-1 Yaman", a team's last results): a stamp there gives its clock time (a live report's
    update), or stands alone (the header's date under a standfirst read as the text's first paragraph)."""
    besides = len(text) - (m.end - m.start)
    if besides > _STAMP_LABEL_MAX or _STAMP_PARTS.search(m.raw) is None:
        return False
    return header or besides <= DATE_LINE_LEFTOVER or _STAMP_CLOCK.search(m.raw) is not None


def _unique(names: tuple[str, ...]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(" ".join(name.split()).casefold(), name)
    return tuple(seen.values())


def _elements(tree: PageTree, node: HtmlElement, expr: str) -> list[HtmlElement]:
    """The elements ``expr`` selects from ``node``, an element of ``tree``'s page."""
    if node is tree.doc:
        # From the page's root, the tree answers: the metadata's XPaths read the same first steps, and the
        # class attributes it reads once (see PageTree.select).
        return [e for e in tree.select(expr) if isinstance(e, HtmlElement)]
    # Most of an adapter's XPaths are for templates the page is not in: answered without a walk.
    if not tree.may_select(expr):
        return []
    found = compiled(expr)(node)
    return [e for e in found if isinstance(e, HtmlElement)] if isinstance(found, list) else []


def _adapter_container(tree: PageTree, outlet: Outlet) -> HtmlElement | None:
    for xpath in outlet.body:
        held = [found for found in _elements(tree, tree.doc, xpath) if _holds_text(found)]
        if held:
            return _parts_box(held)
    return None


# A part of an article the template repeats its text element for holds this many characters at least; the
# parts' elements stand this many levels at most under the box that holds them all.
_PART_CHARS = 400
_PART_DEPTH = 2


def _parts_box(held: list[HtmlElement]) -> HtmlElement:
    """The element an adapter reads: the first its text XPath finds, or, where the template repeats the text's
    element for each part of an article it holds whole (Merdeka's mobile 'Hot Issue': four
    ``mdk-body-paragraph`` parts side by side), the box of the parts, each a text of its own nearby."""
    first = held[0]
    parts = [el for el in held if len(string_of(el)) >= _PART_CHARS]
    if len(parts) < 2 or parts[0] is not first:
        return first
    for box in itertools.islice(first.iterancestors(), _PART_DEPTH):
        if all(_under(el, box, _PART_DEPTH) for el in parts[1:]):
            return box
    return first


def _under(el: HtmlElement, box: HtmlElement, depth: int) -> bool:
    """Whether ``box`` is one of ``el``'s ``depth`` nearest ancestors."""
    return any(up is box for up in itertools.islice(el.iterancestors(), depth))


def _holds_text(element: HtmlElement) -> bool:
    """Whether ``text_of(element)`` is not empty: whether the text holds a character other than white space
    (what ``str.split`` takes, and the only characters folding removes), asked without folding the whole
    article's text, which nobody reads here."""
    text = string_of(element)
    return text != "" and not text.isspace()


def _lead_figures(container: HtmlElement) -> list[HtmlElement]:
    """Figures of the article that stand outside its text container: the lead photo above the text.

    Only within the ``<article>`` element that holds the container, so that pictures of other stories
    elsewhere on the page stay out.
    """
    article = next((a for a in container.iterancestors("article")), None)
    if article is None:
        return _caption_above(container)
    return [
        f
        for f in article.iter("figure")
        if not is_inside(f, container) and f.find(".//figcaption") is not None
    ]


# How many elements before the text container a lead photo's caption may stand (a share bar between).
_CAPTION_ABOVE = 3


def _caption_above(container: HtmlElement) -> list[HtmlElement]:
    """The lead photo's caption box standing right before the text container, on a template with no
    ``<article>`` element (jpnn.com: ``<div class="caption">Nama (ANTARA/...)</div>`` over the text)."""
    before = (e for e in container.itersiblings(preceding=True) if isinstance(e.tag, str))
    for _, element in zip(range(_CAPTION_ABOVE), before, strict=False):
        if dom.is_caption(element) and len(text_of(element)) <= _CAPTION_TEXT_MAX:
            return [element]
    return []


_CAPTION_TEXT_MAX = 300


def _adapter_captions(tree: PageTree, outlet: Outlet) -> list[HtmlElement]:
    found: list[HtmlElement] = []
    for xpath in outlet.captions:
        found.extend(e for e in _elements(tree, tree.doc, xpath) if e not in found)
    return found


def _drop(tree: PageTree, container: HtmlElement, outlet: Outlet) -> list[Removed]:
    """Remove the adapter's known boilerplate from the container, keeping each element's tail text (and
    telling ``tree``, whose reads the page-kind rules share, what went)."""
    removed: list[Removed] = []
    for xpath, reason in outlet.drop:
        for element in _elements(tree, container, xpath):
            # An earlier match may have taken this one with it.
            if not is_inside(element, container):
                continue
            text = dom.visible_text(element)
            if text:
                removed.append(Removed(RemovedReason(reason), text))
            tree.dropped(element)
            element.drop_tree()
    return removed
