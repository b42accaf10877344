"""Headlines: title tags without the site's name, the headline the page shows, and what is around it."""

from __future__ import annotations

import functools
import itertools
from typing import TYPE_CHECKING, Any, cast

import lxml.etree

from beritaparse.dates import find_dates
from beritaparse.page.html import text_of
from beritaparse.page.pagequery import compile_xpath, fold, text_key, unique, value_text, xpath
from beritaparse.page.structured import ld_first, meta_first
from beritaparse.rules.credits import looks_like_domain
from beritaparse.rules.flags import WORDS, lazy

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

    from lxml.html import HtmlElement

    from beritaparse.page.pagequery import PageSources
    from beritaparse.page.pagetree import PageTree

__all__ = ["around", "clean_title", "headline", "site_in_title"]

_FLAGS = WORDS
_TITLE_SEP = lazy(r"\s+(?:[-|–—•»·]|::?)\s+|(?<=\.(?:com|id))\s*:\s+", _FLAGS)
_AROUND = 300
_YEAR = lazy(r"\b(?:19|20)\d\d\b")
# Compiled once, as XPath objects: ``el.xpath(str)`` compiles the expression on every call.
_LAST_DESCENDANTS = compile_xpath(f"(descendant-or-self::*)[position() > last() - {_AROUND}]")
# "/descendant::" rather than "//": the same nodes where no predicate is a position, without the step
# libxml2 takes per node for "//" (descendant-or-self::node()/child::).
_SHOWN = compile_xpath("/descendant::body/descendant::*[not(self::a)][normalize-space(.)=$part]")
# The text nodes of the bodies that may open an element showing ``$part``: an element's first text holding
# more than white space, normalised, opens its normalised text (its last word may go on in the next text).
_OPENERS = compile_xpath(
    "/descendant::body/descendant::text()[normalize-space(.) != ''][starts-with($part, normalize-space(.))]"
)
# Each body's text with its white space normalised as ``_SHOWN`` normalises an element's. An element's text
# is a run of its body's, so its normalised text is a substring of the body's: a part not in any body's is
# shown by no element, and ``_SHOWN`` (which builds the text of every element of the page, a few hundred
# microseconds) need not be asked.
_BODIES = compile_xpath("/descendant::body")
_NORMALIZED = compile_xpath("normalize-space()")


# A site's key longer than this also names the site at the start of a word ("kompasregional").
_PREFIX_KEY_MIN = 4


@functools.lru_cache(maxsize=64)
def _site_keys(names: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    """Keys of site names: whole ("kompascom") and first label ("kompas" of "Kompas.com"); and those of
    them a word may open with, as one tuple for ``str.startswith``: a title part's every word was tested
    against every key (some hundred: the registry's names are among them) in a loop of Python."""
    keys = {text_key(n).replace(" ", "") for n in names if n}
    keys |= {text_key(n.split(".")[0]).replace(" ", "") for n in names if n and "." in n}
    found = frozenset(k for k in keys if k)
    return found, tuple(sorted(k for k in found if len(k) >= _PREFIX_KEY_MIN))


def clean_title(title: str, *, site_names: Iterable[str] = ()) -> str:
    """A title tag's text without the site's name around it: a web domain, or one of ``site_names`` (the
    page's own, and the known outlets' when the caller uses adapters).

    >>> clean_title("Menhub Bocorkan Harga Tiket - Kompas.com Regional")
    'Menhub Bocorkan Harga Tiket'
    >>> clean_title("KapanLagi.com: Brandon Salim di 'HEART BEAT'")
    "Brandon Salim di 'HEART BEAT'"
    """
    folded = fold(title)
    return _without_site(folded, _TITLE_SEP.split(folded), site_names)


def _without_site(folded: str, split: list[str], site_names: Iterable[str]) -> str:
    """:func:`clean_title` of a title folded as ``folded`` and split by ``_TITLE_SEP`` as ``split``."""
    site_keys, prefixes = _site_keys(tuple(site_names))

    def is_site(part: str) -> bool:
        if looks_like_domain(part):
            return True
        words = text_key(part).split()
        if "".join(words) in site_keys:
            return True
        return any(w in site_keys or w.startswith(prefixes) for w in words)

    parts = [p for p in split if p]
    while len(parts) > 1 and is_site(parts[-1]):
        parts.pop()
    while len(parts) > 1 and is_site(parts[0]):
        parts.pop(0)
    if len(parts) == 1:
        return parts[0]
    # Separators inside the headline itself stay; only the site's own parts were taken off.
    cleaned = folded
    first, last = parts[0], parts[-1]
    start = cleaned.find(first)
    end = cleaned.rfind(last) + len(last)
    return cleaned[start:end] if 0 <= start < end else cleaned


class _Headings:
    """The page's h1, h2 and h3 headings (all h1 first, then h2, then h3), with their texts read once on
    first need: the title and the element showing it both read them, and each read is an XPath call."""

    __slots__ = ("_texts", "elements")

    def __init__(self, tree: PageTree) -> None:
        self.elements = tree.headings_by_level("h1", "h2", "h3")
        self._texts: list[str] | None = None

    @property
    def texts(self) -> list[str]:
        """``text_of`` of each of :attr:`elements`, in their order."""
        if self._texts is None:
            self._texts = [text_of(h) for h in self.elements]
        return self._texts

    def text(self, el: HtmlElement) -> str:
        """``text_of(el)``, read again only when ``el`` is none of the headings."""
        for heading, text in zip(self.elements, self.texts, strict=True):
            if heading is el:
                return text
        return text_of(el)


def _title(page: PageSources, heads: _Headings) -> str | None:
    tree, outlet, ld, metas, sites = page.tree, page.outlet, page.ld, page.metas, page.sites
    doc = tree.doc
    if outlet is not None:
        for expr in outlet.title:
            for item in tree.select(expr):
                text = value_text(item, spaced=False)
                if text:
                    return text
    raw: list[str] = []
    for value in (
        ld_first(ld, "headline"),
        meta_first(metas, ("og:title",)),
        meta_first(metas, ("twitter:title",)),
        meta_first(metas, ("title",)),
        text_of(doc.find("head/title")),
    ):
        if value:
            raw.append(value)
    # Each title once, folded and split once: the tags often repeat one another, and the split (some thirty
    # microseconds a title) serves its cleaning and its parts below. A repeat adds nothing to either: its
    # cleaned title is one ``unique`` leaves out, its parts are in the set already.
    folded = {t: fold(t) for t in raw}
    split = {t: _TITLE_SEP.split(f) for t, f in folded.items()}
    cleaned = unique(_without_site(folded[t], split[t], sites) for t in folded)
    headings = [h for h in heads.texts if h and len(h) <= _HEADLINE_MAX]
    keys = [text_key(c) for c in cleaned if text_key(c)]
    # A title tag may carry more than the site's name ("Judul - Berita Terkini Hari Ini | Situs", "Nama
    # Artis | Judul - Situs"): a part of it, when it is headline-long, may be what a heading shows; of the
    # parts the headings show, the headline is the longest (a shorter one names the topic or the person).
    parts = {text_key(p) for t in folded for p in split[t] if len(p.split()) >= 3}
    for heading in headings:
        if text_key(heading) in keys:
            return heading
    shown_parts = [h for h in headings if text_key(h) in parts]
    if shown_parts:
        return max(shown_parts, key=len)
    for heading in headings:
        hk = text_key(heading)
        for k in keys:
            short, long_ = sorted((hk, k), key=len)
            if short and short in long_ and len(short) >= 0.6 * len(long_):
                # A heading holding most of the title may be a part's heading that opens with its words
                # (a story in parts whose first part repeats the headline shortened): an element showing
                # the whole title, whatever its tag (an <h5>, a <div>), is the headline.
                return (_shown_part(doc, cleaned, ()) if len(hk) < len(k) else None) or heading
    # No heading shows what the tags say: a part of them may be shown in another element, or the page heads
    # the story with a headline of its own.
    shown = _shown_part(doc, list(folded.values()), [p for t in folded for p in split[t]]) or _dated_h1(tree)
    if shown:
        return shown
    if cleaned:
        return cleaned[0]
    h1 = next((h for h in (text_of(e) for e in tree.headings_by_level("h1")) if h), None)
    return h1 or None


def _dated_h1(tree: PageTree) -> str | None:
    """Where no heading shows what the tags say, they may give the online title of a story the page heads
    with its own (a magazine's print headline): the one <h1> of a headline's words, not a link, with the
    byline's date around it is that headline (a logo's or a section's <h1> has no date beside it)."""
    dated = [
        text
        for el in tree.headings_by_level("h1")
        if len(text := text_of(el).strip()) <= _HEADLINE_MAX
        and len(text.split()) >= _HEADLINE_WORDS
        and next(el.iterancestors("a"), None) is None
        and el.find(".//a") is None
        and _dated_box(el)
    ]
    return dated[0] if len(dated) == 1 else None


# A headline has this many words at least, and this many characters at most.
_HEADLINE_WORDS = 3
_HEADLINE_MAX = 300


def _shown_part(doc: HtmlElement, wholes: Sequence[str], split: Sequence[str]) -> str | None:
    """The part of a title tag the page shows on its own in an element ("Judul - Situs Tak Dikenal" over
    ``<div class=judul>Judul</div>``): where the site's name is unknown, the page tells which part it is.
    ``wholes`` are the title tags folded, ``split`` their parts (by ``_TITLE_SEP``)."""
    # Whole titles first: a part alone may also be shown elsewhere (a tag, a breadcrumb).
    parts = sorted({p for p in split if len(p.split()) >= 3}, key=len, reverse=True)
    bodies = cast("list[HtmlElement]", _BODIES(doc))
    body_texts = [str(_NORMALIZED(body)) for body in bodies]
    for part in unique([*wholes, *parts]):
        if not any(part in text for text in body_texts):
            continue
        try:
            shown = _shows(doc, part)
        except lxml.etree.XPathError:
            continue
        if shown:
            return part
    return None


def _shows(doc: HtmlElement, part: str) -> bool:
    """Whether ``_SHOWN`` selects anything for ``part``: an element in a body, not a link, whose text with its
    white space normalised is ``part``. Such an element's first text holding more than white space opens
    ``part`` (:data:`_OPENERS`), and the elements around that text hold ever longer texts: climbing from
    each such text while the text is no longer than ``part`` reads a few elements, where ``_SHOWN``
    normalised the text of every element of the page (a page's 13 M instructions, a fifth of its parse)."""
    for node in cast("list[Any]", _OPENERS(doc, part=part)):
        el = node.getparent()
        if node.is_tail:
            el = el.getparent()
        while el is not None:
            text = str(_NORMALIZED(el))
            if len(text) > len(part):
                break
            if text == part and el.tag != "a" and any(up.tag == "body" for up in el.iterancestors()):
                return True
            el = el.getparent()
    return False


def _title_element(tree: PageTree, heads: _Headings, title: str | None) -> HtmlElement | None:
    """The element showing the headline: a heading with its text, else the nearest box around its words."""
    if not title:
        return None
    doc = tree.doc
    key = text_key(title)
    headings = heads.elements
    texts = heads.texts
    showing = [el for el, text in zip(headings, texts, strict=True) if text_key(text) == key]
    top = [el for el in showing if el.tag == min(h.tag for h in showing)]
    if len(top) > 1:
        # A template may repeat the headline in a heading of its own (an SEO h1 atop the body, a sticky
        # share bar): the article's is the one with its byline's date around it.
        return next((el for el in top if _dated_box(el)), top[0])
    if top:
        return top[0]

    def covers(text: str) -> bool:
        k = text_key(text)
        return bool(k) and key in k and len(key) >= 0.6 * len(k)

    # Templates that show the headline in a div or span ("In Picture: ..."): find its opening words.
    probe = " ".join(title.split()[:4]).split("'")[0].strip()
    if len(probe) >= 8:
        for node in xpath(doc, f"/descendant::body/descendant::text()[contains(., '{probe}')]"):
            el = node.getparent() if hasattr(node, "getparent") else None
            if el is not None and getattr(node, "is_tail", False):
                el = el.getparent()
            for _ in range(3):
                # A link elsewhere holding the words is a teaser; a link to no other page ("#") is how
                # some mobile templates show the headline itself.
                if el is None or el.tag in {"script", "style", "title"}:
                    break
                if el.tag == "a" and _links_away(el):
                    break
                if covers(text_of(el)):
                    return el
                el = el.getparent()
    return next((el for el, text in zip(headings, texts, strict=True) if covers(text)), None)


def _links_away(a: HtmlElement) -> bool:
    """The link leads to another page: an address, not a fragment of this one or a script."""
    href = (a.get(b"href") or "").strip()
    return bool(href) and not href.startswith(("#", "javascript:"))


def _dated_box(heading: HtmlElement) -> bool:
    """Whether a short text with a written date (a year in it) stands in the boxes around the heading."""
    for _, el in around(heading):
        if len(el):
            own = " ".join(t for t in (el.text, *(c.tail for c in el)) if t and not t.isspace())
        else:
            # A leaf's own text is its text (half the elements around a heading are leaves).
            own = text if (text := el.text) and not text.isspace() else ""
        if own and len(own) <= 120 and _YEAR.search(own) and find_dates(own):
            return True
    return False


_SITE_PART_MAX_WORDS = 4


def site_in_title(doc: HtmlElement, headline: str | None) -> str | None:
    """The site's name as the ``<title>`` writes it after the headline ("Headline | The Jakarta Post"), for
    pages that name their site nowhere else (no ``og:site_name``, no publisher): a few words, no figures.

    >>> import lxml.html
    >>> doc = lxml.html.document_fromstring(
    ...     "<html><head><title>PLN struggles in N. Sumatra | The Jakarta Post</title></head>"
    ...     "<body><h1>PLN struggles in N. Sumatra</h1></body></html>")
    >>> site_in_title(doc, "PLN struggles in N. Sumatra")
    'The Jakarta Post'
    >>> site_in_title(doc, "Another headline") is None
    True
    """
    raw = text_of(doc.find("head/title"))
    if not raw or not headline:
        return None
    parts = [p for p in _TITLE_SEP.split(fold(raw)) if p]
    if len(parts) < 2:
        return None
    site = parts[-1]
    shown = text_key(" ".join(parts[:-1]))
    if shown != text_key(headline) or len(site.split()) > _SITE_PART_MAX_WORDS:
        return None
    return None if any(c.isdigit() for c in site) else site


def headline(page: PageSources) -> tuple[str | None, HtmlElement | None]:
    """The headline as the page shows it, and the element showing it."""
    heads = _Headings(page.tree)
    title = _title(page, heads)
    title_el = _title_element(page.tree, heads, title)
    if title and title_el is not None:
        shown = heads.text(title_el)
        # A kicker the tags leave out ("In Picture: ", "FOTO: ") is part of the headline as shown.
        kicker = shown[: len(shown) - len(title)] if shown.endswith(title) else ""
        if kicker.endswith(": ") and len(kicker.split()) <= 3:
            title = shown
    return title, title_el


_LEVELS = 3  # the boxes around the headline that :func:`around` reads: its parent, grandparent and the next


def around_box(title_el: HtmlElement | None) -> HtmlElement | None:
    """The box that holds every element :func:`around` gives for ``title_el`` (None: it gives none): the
    parent of the outermost level it reads, where the headline has that many ancestors."""
    box = None
    node = title_el
    for _ in range(_LEVELS):
        parent = node.getparent() if node is not None else None
        if parent is None:
            break
        box = node = parent
    return box


def around(title_el: HtmlElement | None) -> Iterator[tuple[int, HtmlElement]]:
    """Elements around the headline, nearest first, with the level of the box they are in (0: the
    headline's parent). At each level the ones after it and before it alternate, after first: a byline
    sits right below or above the headline, carousels and menus farther away. A bounded number per level
    and side keeps big boxes cheap."""
    node = title_el
    for level in range(_LEVELS):
        if node is None or node.getparent() is None:
            return
        after = itertools.islice(
            (d for sib in node.itersiblings() if isinstance(sib.tag, str) for d in sib.iter()), _AROUND
        )
        before = itertools.islice(
            (
                d
                for sib in node.itersiblings(preceding=True)
                if isinstance(sib.tag, str)
                for d in reversed(cast("list[HtmlElement]", _LAST_DESCENDANTS(sib)))
            ),
            _AROUND,
        )
        for pair in itertools.zip_longest(after, before):
            for el in pair:
                if el is not None and isinstance(el.tag, str):
                    yield level, el
        node = node.getparent()
