"""Pages read from web archives: the original address inside an archive's, and the archive's own chrome.

Researchers work from the Wayback Machine, archive.today and Common Crawl. A Wayback address such as
``https://web.archive.org/web/20160315000000/http://www.antaranews.com/berita/1`` names the page it holds;
that page is the article's, so its outlet and ``url`` come from the original address. A page saved from
the Wayback Machine also carries the archive's toolbar, between two marker comments and in elements whose
ids start with ``wm-``; that is chrome, never article text.

>>> original_url("https://web.archive.org/web/20160315000000/http://www.antaranews.com/berita/1")
'http://www.antaranews.com/berita/1'
>>> original_url("https://web.archive.org/web/2016id_/https://news.detik.com/x?a=1")
'https://news.detik.com/x?a=1'
>>> original_url("https://archive.ph/2020.01.01-000000/https://kompas.com/read/1")
'https://kompas.com/read/1'
>>> original_url("https://news.detik.com/berita/d-1/x")
'https://news.detik.com/berita/d-1/x'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import lxml.etree
import regex

from beritaparse.rules.flags import lazy

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["original_url", "strip_archive_chrome"]

# The archives whose addresses embed the original one after a timestamp: the Wayback Machine (and the
# archives that run its software under /web/), archive.today's mirrors, and the Library of Congress.
_ARCHIVED = lazy(
    r"^(?:https?://[^/]+)?/(?:(?:web|wayback)/)?"
    r"(?:\d{4}\.\d\d\.\d\d-\d{6}|\d{1,14}(?:[a-z]{2}_|\*)?)/(?P<url>https?:/{1,2}\S+)$",
    regex.IGNORECASE,
)
_ARCHIVE_HOSTS = lazy(
    r"^(?:https?://)?(?:[\w-]+\.)*(?:archive\.org|archive\.(?:today|ph|is|li|vn|fo|md)|arquivo\.pt"
    r"|webarchive\.loc\.gov|webarchive\.org\.uk|webcitation\.org)(?::\d+)?/",
    regex.IGNORECASE,
)
# Every host above holds one of these: an ASCII address without any is no archive's, answered without
# compiling _ARCHIVE_HOSTS (a process's first page is mostly such an address).
_ARCHIVE_HOST_WORDS = ("archive", "arquivo", "webcitation")
# The Wayback toolbar sits between these comments in a saved page; its elements' ids start with "wm-".
_TOOLBAR_BEGIN = "BEGIN WAYBACK TOOLBAR INSERT"
_TOOLBAR_END = "END WAYBACK TOOLBAR INSERT"
# The id test runs on the id attributes alone (their elements are their parents): libxml2 tests a
# predicate on every element of ``//*`` at several times the cost of visiting the attributes. The comments
# are found by ``/descendant::`` rather than ``//`` (the same nodes: the predicate is no position), a
# sixth less.
_TOOLBAR_ID_OPENINGS = ("wm-ipp", "wm-capinfo", "wm-btns", "donato")
_TOOLBAR_IDS = "//@id[" + " or ".join(f"starts-with(., '{o}')" for o in _TOOLBAR_ID_OPENINGS) + "]/.."
# ``regexp=False`` (here and in the library's other XPaths): lxml registers EXSLT's regular expressions on
# every call of an XPath compiled with them, and none uses them.
_TOOLBAR = lxml.etree.XPath(
    f"/descendant::comment()[contains(., '{_TOOLBAR_BEGIN}')] | {_TOOLBAR_IDS}", regexp=False
)
# A tree without comments (as :func:`beritaparse.page.html.load` makes them) has only the elements to look
# for: the walk over every node for comments would find none.
_TOOLBAR_ELEMENTS = lxml.etree.XPath(_TOOLBAR_IDS, regexp=False)
_MAX_URL = 8192  # no real address is longer; bounds the work a hostile one can cause


# Through the cache of compiled patterns: regex.sub(source, ...) compiled it in every process.
_FOLDED_SCHEME = lazy(r"^(https?:)/(?!/)", regex.IGNORECASE)


def original_url(url: str) -> str:
    """The address an archive address holds (itself when it is no archive address).

    Also takes the root-relative ``/web/<timestamp>/<url>`` form that Wayback writes into the links of the
    pages it serves.
    """
    if len(url) > _MAX_URL:
        return url
    stripped = url.strip()
    if not (_archive_host(stripped) or stripped.startswith("/web/")):
        return url
    m = _ARCHIVED.match(stripped)
    if m is None:
        return url
    inner = m.group("url")
    # Wayback folds "http://" to "http:/" in some links.
    inner = _FOLDED_SCHEME.sub(r"\1//", inner)
    return original_url(inner)


def _archive_host(url: str) -> bool:
    if url.isascii():
        lowered = url.lower()
        if not any(word in lowered for word in _ARCHIVE_HOST_WORDS):
            return False
    return _ARCHIVE_HOSTS.match(url) is not None


def strip_archive_chrome(doc: HtmlElement, *, comments: bool = True, ids: str | None = None) -> None:
    """Remove the Wayback Machine's toolbar from a page saved from it (in place). ``comments=False`` says
    the tree holds no comments (the parser dropped them), so the toolbar is found by its elements alone;
    ``ids``, a string holding every id attribute of the page (``PageTree.id_text``), that it has
    none of the toolbar's ids when none of their openings is in it."""
    if not comments and ids is not None and not any(opening in ids for opening in _TOOLBAR_ID_OPENINGS):
        return
    # One compiled XPath in C over the tree: a Python loop over every element cost more than the rest of
    # the page's metadata reading.
    found_all = (_TOOLBAR if comments else _TOOLBAR_ELEMENTS)(doc)
    if not isinstance(found_all, list) or not found_all:
        return
    for found in found_all:
        if not isinstance(found, lxml.etree._Element):  # noqa: SLF001
            continue
        if isinstance(found, lxml.etree._Comment):  # noqa: SLF001
            if _TOOLBAR_BEGIN not in (found.text or ""):
                continue
            doomed: list[lxml.etree._Element] = [found]
            for sibling in found.itersiblings():
                doomed.append(sibling)
                if isinstance(sibling, lxml.etree._Comment) and _TOOLBAR_END in (sibling.text or ""):  # noqa: SLF001
                    break
            for el in doomed:
                _remove_keeping_tail(el)
        elif found.getparent() is not None:
            _remove_keeping_tail(found)


def _remove_keeping_tail(el: lxml.etree._Element) -> None:
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail and tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)
