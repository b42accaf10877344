"""Addresses of a page: clean URLs, the canonical URL, and the further pages of a multi-page article."""

from __future__ import annotations

import datetime as dt
import urllib.parse
from typing import TYPE_CHECKING, Any

from beritaparse.errors import InputTypeError, InvalidURLError
from beritaparse.page.archives import original_url
from beritaparse.page.html import host_of, text_of
from beritaparse.page.pagequery import xpath
from beritaparse.rules.flags import WORDS, lazy

if TYPE_CHECKING:
    from beritaparse.page.pagetree import PageTree

__all__ = [
    "address_day",
    "canonical_url",
    "clean_url",
    "given_url",
    "join_url",
    "more_pages",
    "same_site",
    "site_of",
]

_FLAGS = WORDS

_TRACKING_PARAM = lazy(
    r"^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_[ce]id|_ga|_gl|ref|ref_src|src|source|cmpid|igshid|"
    r"amp|page|single)$",
    _FLAGS,
)
_PAGER_TEXT = lazy(r"^(?:\d{1,3}|.*\b(?:selanjutnya|berikutnya|next|lanjut(?:kan)?)\b.*|[»›>]+)$", _FLAGS)
_PAGE_PARAM = lazy(r"(?:^|&)page=(\d+)(?:&|$)", _FLAGS)
_PAGE_TAIL = lazy(r"(\d{1,3})/?$")


def given_url(url: object) -> str | None:
    """The caller's ``url`` checked at the boundary: None, or an address whose parts can be read.

    An archive address gives the address it holds (see :func:`beritaparse.page.archives.original_url`).
    """
    if url is None:
        return None
    if not isinstance(url, str):
        raise InputTypeError(f"url must be a str or None, not {type(url).__name__}")
    url = url.strip()
    if not url:
        return None
    try:
        parts = urllib.parse.urlsplit(url)
        _ = parts.hostname, parts.port  # a bad bracketed host or port only shows when these are read
    except ValueError as exc:
        raise InvalidURLError(f"url {url[:200]!r} cannot be read as a web address: {exc}") from None
    return original_url(url)


# Second-level labels under a country's domain that registries hand out below ("kompas.co.id", "ui.ac.id"):
# the site is then the third label from the right, not the second.
_SECOND_LEVEL = frozenset({"ac", "biz", "co", "com", "desa", "go", "mil", "my", "net", "or", "org", "ponpes",
                           "sch", "web"})  # fmt: skip


# A day written in an address's path as WordPress's permalinks and many news sites write it: "/2019/07/18/"
# (Kompas: "/read/2021/08/12/200800075/..."), the year, month and day each a folder of its own.
_PATH_DAY = lazy(r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?:/|$)")


def address_day(url: str | None) -> dt.date | None:
    """The day an article's address gives in its path ("https://www.duniaku.net/2019/07/18/judul/"), or None.

    >>> address_day("https://www.ggwp.id/2019/07/05/trik-reroll-auto-chess/")
    datetime.date(2019, 7, 5)
    >>> address_day("https://news.detik.com/berita/d-7123456/judul") is None
    True
    """
    if not url:
        return None
    m = _PATH_DAY.search(urllib.parse.urlsplit(url).path)
    if m is None:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:  # "/2019/02/31/": no such day
        return None


def site_of(url: str | None) -> str | None:
    """The registered domain of ``url``: the part of its host a publisher owns.

    >>> site_of("https://news.detik.com/x"), site_of("http://www.kontan.co.id/a"), site_of("https://x.id/")
    ('detik.com', 'kontan.co.id', 'x.id')
    """
    host = host_of(url)
    if host is None:
        return None
    labels = host.split(".")
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL else 2
    return ".".join(labels[-keep:])


def same_site(a: str | None, b: str | None) -> bool:
    """Whether two addresses belong to one site ("m.detik.com" and "news.detik.com" do)."""
    site = site_of(a)
    return site is not None and site == site_of(b)


def join_url(base: str | None, href: str) -> str | None:
    """``href`` made absolute against ``base`` (archive addresses unwrapped); None when it cannot be read."""
    # Wayback writes its links root-relative ("/web/<stamp>/<original>"): the original is the link.
    href = original_url(href.strip())
    try:
        joined = urllib.parse.urljoin(base, href) if base else href
        urllib.parse.urlsplit(joined)
    except ValueError:  # a broken address in a page's links ("http://[::1/a") is no link, not a crash
        return None
    return original_url(joined)


def clean_url(url: str, base: str | None = None) -> str | None:
    """``url`` made absolute against ``base``, without fragment and tracking parameters."""
    joined = join_url(base, url)
    if joined is None:
        return None
    try:
        parts = urllib.parse.urlsplit(joined)
    except ValueError:
        return None
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        return None
    query = [
        (k, v)
        for k, v in urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
        if not _TRACKING_PARAM.match(k)
    ]
    return urllib.parse.urlunsplit(
        (parts.scheme, parts.netloc, parts.path, urllib.parse.urlencode(query), "")
    )


def canonical_url(tree: PageTree, url: str | None) -> str | None:
    """The page's own address: its canonical link, ``og:url`` or ``twitter:url`` on the site of ``url``
    (the address given wins over them when they name another site), else microdata's ``itemprop=url``.

    Read once for each ``url`` while the tree keeps its elements (``tree.canonical``)."""
    if url in tree.canonical:
        return tree.canonical[url]
    found = _canonical_url(tree, url)
    tree.canonical[url] = found
    return found


def _canonical_url(tree: PageTree, url: str | None) -> str | None:
    metas = tree.metas
    candidates = [
        link.get("href") or "" for link in tree.links if link.get("href") and _rel_is(link, "canonical")
    ]
    # The same address is cleaned more than once below (the canonical link as a candidate and as the answer,
    # og:url and twitter:url that repeat it, an og:url already clean), at some forty microseconds a time in
    # urllib: each is cleaned once for this page.
    cleaned_of: dict[tuple[str, str | None], str | None] = {}

    def clean(address: str, base: str | None) -> str | None:
        key = (address, base)
        if key not in cleaned_of:
            cleaned_of[key] = clean_url(address, base)
        return cleaned_of[key]

    given = clean(url, None) if url else None
    if given:
        # The address the caller gave decides the site: a canonical link or og:url naming another site (a
        # mirror, a syndication partner, a template's placeholder) is not this page's address.
        candidates = [c for c in candidates if same_site(clean(c, url), given)]
    for og_url in (*metas.get("og:url", ()), *metas.get("twitter:url", ())):
        cleaned = clean(og_url, url)
        # Some templates glue tracking text onto og:url ("...-200-jutautm.sourcewp..."): when it only
        # extends the address the caller gave, the given one is the clean form.
        if (
            cleaned
            and given
            and len(cleaned) > len(given)
            and cleaned.casefold().startswith(given.casefold())
        ):
            cleaned = given
        if given is None or same_site(cleaned, given):
            candidates.append(cleaned or "")
    for candidate in candidates:
        cleaned = clean(candidate, url) if candidate else None
        if cleaned:
            return cleaned
    if given:
        return given
    # Older templates name the article's address only in microdata (<link itemprop="url" href=...>).
    # Found by the attribute, not a predicate tested on every element (the same elements, cheaper), among
    # the elements' attributes (/descendant::*/@: //@ takes an attribute step at every text node too).
    for el in xpath(
        tree.doc,
        "/descendant::*/@itemprop[. = 'url']"
        "/parent::*[not(ancestor::*[@itemprop='author' or @itemprop='publisher'])]",
    ):
        cleaned = clean_url(el.get("href") or el.get("content") or "")
        if cleaned:
            return cleaned
    return None


def _rel_is(link: Any, rel: str) -> bool:
    return rel in (link.get("rel") or "").casefold().split()


def more_pages(tree: PageTree, canonical: str | None, base: str | None) -> tuple[str, ...]:
    """Further pages of a multi-page article: ``rel=next`` and the pager's numbered links."""
    if not canonical:
        return ()
    doc = tree.doc
    here = urllib.parse.urlsplit(canonical)
    found: dict[str, int] = {}
    links = [link for link in tree.links if link.get("href") and _rel_is(link, "next")]
    # Only links that can point at this article are worth a look: its own address with a page number.
    slug = here.path.rstrip("/").rsplit("/", 1)[-1]
    if slug and "'" not in slug:
        # One pass over the links here: an XPath written for each page is compiled for each page. The name
        # in bytes: lxml encodes a str name on every read, of each of the page's few hundred links.
        links.extend(
            a
            for a in doc.iter("a")
            if (ref := a.get(b"href")) is not None and (slug in ref or ref[:1] == "?")
        )
    # The article's own address with a page number after it: /read/2024/01/01/judul/2.
    own = here.path.rstrip("/") + "/"
    for link in links:
        href = link.get("href") or ""
        # A pager link is a page number or "next"; "Load more" buttons page through other listings.
        if link.tag != "link" and not _rel_is(link, "next") and not _PAGER_TEXT.match(text_of(link)):
            continue
        try:
            absolute = urllib.parse.urljoin(base or canonical, href.strip())
            parts = urllib.parse.urlsplit(absolute)
        except ValueError:
            continue
        if parts.netloc != here.netloc:
            continue
        m = _PAGE_PARAM.search(parts.query)
        if parts.path == here.path and m:
            number = int(m.group(1))
        else:
            tail = _PAGE_TAIL.match(parts.path, len(own)) if parts.path.startswith(own) else None
            if tail is None:
                continue
            number = int(tail.group(1))
        if number >= 2:
            found.setdefault(
                urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path, parts.query, "")), number
            )
    return tuple(sorted(found, key=lambda u: found[u]))
