"""Page metadata: headline, publication time, credits, tags and links of a news page.

:func:`extract` reads a parsed page (see :func:`beritaparse.page.html.load`). The outlet adapter's XPaths for
the visible markup come first whenever an adapter is known and they match; then, field by field:

- title: the heading the reader sees (h1-h3, or the box holding the headline's words) that matches the
  page's own title tags (JSON-LD ``headline``, ``og:title``, ``<title>``), else those tags without their
  " - Kompas.com"-style site parts, else the first h1;
- published: JSON-LD ``datePublished`` (``NewsArticle`` and kin, inside ``@graph`` or lists, broken JSON
  tolerated), then ``article:published_time``, ``pubdate``, Dublin Core, ``content_PublishedDate`` and
  ``itemprop`` tags, unless the time written beside the headline disagrees with them by more than five
  minutes (templates write local time with a "Z", or a wrong offset): the page as shown wins;
- authors and editors: credit lines ("Penulis:", "Pewarta:", "Editor :", "Oleh ...", "Laporan Wartawan
  ...", credit lists and tables, hidden or not), then a byline-classed element beside the headline,
  ``itemprop``/``rel`` author markup, JSON-LD, meta tags; role words, outlet names, places and staff codes
  are taken off, and an editor is never listed as an author, even where the JSON-LD does so;
- tags, section, description, image, language, canonical URL, site name, outlet and further pages from
  the adapter, the tags and the pager.

Each field has its reader in a module of its own: :mod:`~beritaparse.page.titles`,
:mod:`~beritaparse.page.timestamps`, :mod:`~beritaparse.page.bylines`, :mod:`~beritaparse.page.topics`,
:mod:`~beritaparse.page.addresses` and :mod:`~beritaparse.page.language`,
sharing :mod:`~beritaparse.page.pagequery`; this module puts them together.

>>> from beritaparse.page.html import load
>>> doc = load(b'''<html><head><meta property="og:title" content="Harga Beras Naik - Contoh.com">
... </head><body><h1>Harga Beras Naik</h1><div>Senin, 13 Mei 2024 13:24 WIB</div>
... <div>Penulis: Budi Santoso, Ani Wijaya | Editor: Citra</div></body></html>''')
>>> meta = extract(doc)
>>> meta.title, meta.authors, meta.editors
('Harga Beras Naik', ('Budi Santoso', 'Ani Wijaya'), ('Citra',))
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from beritaparse import outlets
from beritaparse.page.addresses import canonical_url, clean_url, more_pages
from beritaparse.page.bylines import people
from beritaparse.page.html import host_of
from beritaparse.page.language import page_language
from beritaparse.page.pagequery import PageSources, unique
from beritaparse.page.pagetree import PageTree
from beritaparse.page.structured import ld_first, ld_str, meta_first
from beritaparse.page.timestamps import live_updates, published, updated
from beritaparse.page.titles import clean_title, headline, site_in_title
from beritaparse.page.topics import section, tags
from beritaparse.rules.credits import split_names
from beritaparse.rules.record import FrozenRecord

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable
    from typing import Any

    from lxml.html import HtmlElement

    from beritaparse.outlets.base import Outlet

# split_names is re-exported for the callers of this module
__all__ = ["PageMeta", "clean_title", "clean_url", "extract", "find_outlet", "split_names"]


class PageMeta(FrozenRecord):
    """What a page says about its article, beside the text itself.

    ``published`` and ``updated`` are aware datetimes, or dates where only the day is known. ``url`` is the
    canonical address (``rel=canonical`` > ``og:url`` > the URL given), without tracking parameters.
    ``outlet_id`` is the adapter id of the outlet the caller passed (see :func:`find_outlet`), else None.
    ``more_pages`` lists the further pages of a multi-page article, when the page links them.
    ``live_updates`` gives a live report's updates as its structured data lists them: each one's time with
    its texts (headline, body). ``sites`` are the page's own names for its site (site name, publisher,
    the canonical host), for the block rules to tell a credit naming the outlet from a person.
    ``summaries`` are every description the page gives (its meta tags' and its JSON-LD's), which may differ:
    one repeats the standfirst, another the lead.
    """

    # Not an attrs class: it is private to the page side, and a frozen attrs class of sixteen fields costs
    # about two milliseconds to create at every import (see rules.record).
    __slots__ = _FIELDS = (
        "title",
        "description",
        "url",
        "site_name",
        "published",
        "updated",
        "authors",
        "editors",
        "section",
        "tags",
        "language",
        "image",
        "outlet_id",
        "more_pages",
        "live_updates",
        "sites",
        "summaries",
    )

    title: str | None
    description: str | None
    url: str | None
    site_name: str | None
    published: dt.date | None
    updated: dt.date | None
    authors: tuple[str, ...]
    editors: tuple[str, ...]
    section: str | None
    tags: tuple[str, ...]
    language: str | None
    image: str | None
    outlet_id: str | None
    more_pages: tuple[str, ...]
    live_updates: tuple[tuple[dt.datetime, tuple[str, ...]], ...]
    sites: tuple[str, ...]
    summaries: tuple[str, ...]

    def __init__(
        self,
        *,
        title: str | None = None,
        description: str | None = None,
        url: str | None = None,
        site_name: str | None = None,
        published: dt.date | None = None,
        updated: dt.date | None = None,
        authors: tuple[str, ...] = (),
        editors: tuple[str, ...] = (),
        section: str | None = None,
        tags: tuple[str, ...] = (),
        language: str | None = None,
        image: str | None = None,
        outlet_id: str | None = None,
        more_pages: tuple[str, ...] = (),
        live_updates: tuple[tuple[dt.datetime, tuple[str, ...]], ...] = (),
        sites: tuple[str, ...] = (),
        summaries: tuple[str, ...] = (),
    ) -> None:
        values: tuple[object, ...] = (title, description, url, site_name, published, updated, authors)
        values += (editors, section, tags, language, image, outlet_id, more_pages, live_updates, sites)
        values += (summaries,)
        self._set(values)


def _site_names(metas: dict[str, list[str]], ld: list[dict[str, Any]]) -> tuple[str | None, str | None]:
    """The page's own name for its site (``og:site_name``, else the JSON-LD publisher), and the publisher."""
    publisher = None
    for item in ld:
        publisher = ld_str(item.get("publisher"))
        if publisher:
            break
    site_name = meta_first(metas, ("og:site_name", "application-name"))
    if site_name and len(site_name.split()) >= 5:
        site_name = None  # a headline put in og:site_name by some templates
    return site_name or publisher, publisher


def find_outlet(doc: HtmlElement, *, url: str | None = None, tree: PageTree | None = None) -> Outlet | None:
    """The outlet whose adapter fits the page: by ``url``'s host, else by the page's own addresses
    (canonical link, ``og:url``), else by the site names it gives (``og:site_name``, the publisher).

    :func:`beritaparse.parse` decides the outlet here once and passes it to :func:`extract` and the rest of
    the pipeline; without adapters it is never called. ``tree`` holds the reads of ``doc`` the caller shares
    with the other readers of the page (see :mod:`beritaparse.page.pagetree`).
    """
    found = outlets.for_url(url)
    if found is not None:
        return found
    tree = tree if tree is not None else PageTree(doc)
    metas = tree.metas
    for address in (canonical_url(tree, url), *metas.get("og:url", ())):
        found = outlets.for_url(address)
        if found is not None:
            return found
    for name in _site_names(metas, tree.ld):
        found = outlets.for_name(name) if name else None
        if found is not None:
            return found
    return None


def extract(
    doc: HtmlElement,
    *,
    url: str | None = None,
    outlet: Outlet | None = None,
    site_names: Iterable[str] = (),
    tree: PageTree | None = None,
) -> PageMeta:
    """Read the metadata of a loaded page (see the module documentation for the order of trust).

    ``outlet`` is the adapter the caller decided on (see :func:`find_outlet`), None for the generic readers
    alone; ``site_names`` are further outlet names the caller knows (:data:`beritaparse.outlets.NAMES` when
    it uses adapters), so that a credit naming one is not read as a person. Nothing here looks an outlet up.
    ``tree`` holds the reads of ``doc`` shared with the page's other readers
    (:mod:`beritaparse.page.pagetree`).
    """
    tree = tree if tree is not None else PageTree(doc)
    metas = tree.metas
    ld = tree.ld
    site_name, publisher = _site_names(metas, ld)
    canonical = canonical_url(tree, url)
    own: tuple[str | None, ...] = (site_name, publisher, outlet.name if outlet else None, host_of(canonical))
    sites = (*(s for s in own if s), *site_names)
    page = PageSources(doc, outlet, ld, metas, sites, tree)
    title, title_el = headline(page)
    tree.headline = title_el
    if site_name is None and publisher is None:
        # The title tag then names the site: "Headline | The Jakarta Post". A byline naming the site goes on
        # to the place it reports from ("Nama, The Jakarta Post, Jakarta"), and the credit rules need to know.
        named = site_in_title(doc, title)
        if named is not None:
            own = (*own, named)
            page.sites = sites = (*sites, named)
    authors, editors = people(page, title_el)
    image = meta_first(metas, ("og:image", "og:image:url", "twitter:image")) or ld_first(ld, "image")
    description_keys = ("og:description", "description", "twitter:description")
    description = meta_first(metas, description_keys) or ld_first(ld, "description")
    shown = (v for k in description_keys for v in metas.get(k, ()))
    summaries = unique((*shown, *(s for item in ld if (s := ld_str(item.get("description"))))))
    return PageMeta(
        title=title,
        description=description,
        url=canonical,
        site_name=site_name or (outlet.name if outlet else None),
        published=published(page, title_el, canonical or url),
        updated=updated(page),
        authors=authors,
        editors=editors,
        section=section(page, title),
        tags=tags(page, title_el, authors),
        language=page_language(
            doc, metas, ld, f"{title or ''} {description or ''}", known=outlet is not None
        ),
        image=clean_url(image, canonical) if image else None,
        outlet_id=outlet.id if outlet else None,
        more_pages=more_pages(tree, canonical, url),
        live_updates=live_updates(page),
        sites=tuple(s for s in own if s),
        summaries=summaries,
    )
