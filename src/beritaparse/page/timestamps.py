"""Times of a page: publication and update times from tags, and the date written beside the headline."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from beritaparse.dates import find_dates, parse_date
from beritaparse.lexicon import calendar, markup
from beritaparse.page.addresses import address_day
from beritaparse.page.pagequery import fold, spaced_text, value_text, xpath
from beritaparse.page.structured import ld_first, ld_str, meta_first, meta_json
from beritaparse.page.titles import around
from beritaparse.rules.credits import stamp_without_weekday
from beritaparse.rules.flags import WORDS, lazy

if TYPE_CHECKING:
    from lxml.html import HtmlElement

    from beritaparse.page.pagequery import PageSources

__all__ = ["live_updates", "machine_date", "published", "updated", "written_date"]

_WIB = calendar.LOCAL_ZONE
_FLAGS = WORDS

# Meta keys, best first. Lower-cased ``property``/``name``/``itemprop`` values.
_PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "publishdate",
    "dtk:publishdate",
    "content_publisheddate",
    "publish-date",
    "pubdate",
    "pub_date",
    "article.published",
    "parsely-pub-date",
    "sailthru.date",
)
# Keys a site's head may carry the same on every page, not the article's own (Dublin Core, a bare "date"):
# Tempo's 2017 template wrote one DC.date.issued into every page it served. Below every other tag, and a
# time shown beside the headline that differs from them wins (see published).
_HEAD_META = ("dc.date.issued", "dc.date", "dcterms.date", "date")
_UPDATED_META = ("article:modified_time", "og:updated_time", "datemodified", "dc.date.modified", "lastmod")

_ISO_DAY = lazy(r"^\d{4}-\d{2}-\d{2}$")
# "+07:00Z": an offset followed by a stray Z; the offset is the meant one.
_STRAY_Z = lazy(r"([+-]\d\d:?\d\d)Z$")
# English bylines join date and time with "at" ("16 Feb 2016 at 09:10 WIB"); Indonesian says "pukul".
_AT = lazy(r"\s+(?:at|jam)\s+(?=\d)", _FLAGS)
# A written year: four figures, or two after a day and a month name ("24 Oct 23 | 14:00").
_YEAR = lazy(r"\d{4}|" + calendar.SHORT_YEAR)
_UPDATED_WORDS = lazy(r"\b(?:diperbarui|diperbaharui|pembaruan|terakhir)\b", _FLAGS)


def machine_date(text: str) -> dt.date | None:
    """A machine-written date (a ``datetime`` attribute, a meta tag's), as :func:`published` reads one."""
    return _machine_date(text)


def _machine_date(text: str) -> dt.date | None:
    """A machine-written date (ISO 8601 and its common slips); naive times are WIB, a bare day is a date."""
    raw = _STRAY_Z.sub(r"\1", text.strip()).replace(" T", "T")
    if not raw:
        return None
    if _ISO_DAY.match(raw):
        try:
            return dt.date.fromisoformat(raw)
        except ValueError:
            return None
    try:
        value = dt.datetime.fromisoformat(raw[:-1] + "+00:00" if raw.endswith("Z") else raw)
    except ValueError:
        # Other ISO forms (Python 3.10's fromisoformat is narrow) and RFC 822 dates.
        return _written_date(raw)
    if value.tzinfo is None:
        value = value.replace(tzinfo=_WIB)
    return value


def _written_date(text: str) -> dt.date | None:
    try:
        value = parse_date(text)
    except (ValueError, OverflowError):
        return None
    point = getattr(value, "point", None) if value is not None else None
    if isinstance(point, dt.date):
        return point
    return None


def _visible_date(text: str, *, update: bool = False) -> dt.date | None:
    """The first written full date in a short visible text ("PERISTIWA | 17 Juni 2021 11:38"); with
    ``update``, in a text that says it is an update's time ("Diperbarui 12 Agu 2025, 08:00 WIB") only."""
    if (_UPDATED_WORDS.search(text) is None) is update:
        return None
    text = _AT.sub(" pukul ", text)
    found = _full_date(text)
    if found is None and (unnamed := stamp_without_weekday(text)) is not None:
        # A weekday that contradicts the date: the stamp without it (see stamp_without_weekday).
        found = _full_date(unnamed)
    return found


def written_date(text: str) -> dt.date | None:
    """The first full date written in ``text`` (with its year: a bare time or day is no date of a byline)."""
    return _full_date(text)


def _full_date(text: str) -> dt.date | None:
    for mention in find_dates(text):
        # A bare time ("09:10 WIB") resolves against today: only a written year makes a byline date.
        if _YEAR.search(mention.raw) and isinstance(mention.value.point, dt.date):
            return mention.value.point
    return None


def published(page: PageSources, title_el: HtmlElement | None, address: str | None = None) -> dt.date | None:
    """The publication time: the adapter's, else the tags', unless the time beside the headline differs; where
    the page shows and tags none, the day its address (``address``) gives."""
    if page.outlet is not None:
        adapter = _adapter_published(page, page.outlet.published)
        if adapter is not None:
            return adapter
    machine, head_only = _tagged_published(page)
    visible, near = _date_beside(title_el)
    if isinstance(visible, dt.datetime) and _shown_wins(machine, visible, near=near, head_only=head_only):
        return visible
    if machine is not None:
        return machine
    if isinstance(visible, dt.datetime):
        return visible
    # A day alone beside the headline: the page's first <time datetime> gives its clock time when it is the
    # same day (tagDiv's "<time class=entry-date datetime=...>13 Mei 2024</time>"), not another day's
    # (a sidebar's teaser).
    timed = _time_element(page)
    if visible is not None:
        return timed if isinstance(timed, dt.datetime) and timed.date() == visible else visible
    day = address_day(address)
    if timed is not None and day is not None and _day_of(timed) != day:
        # The first <time> of a page that dates nothing beside its headline may date a sidebar's teaser: the
        # day the article's own address gives is the article's.
        return day
    if timed is None and day is None:
        # A page that shows only when the story was updated ("Diperbarui 12 Agu 2025, 08:00 WIB") is dated
        # by that time: the story is no later than it, and nothing else dates it.
        return _date_beside(title_el, update=True)[0]
    return timed if timed is not None else day


def _day_of(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _time_element(page: PageSources) -> dt.date | None:
    """The time of the page's first ``<time datetime>`` element that gives a readable one."""
    # /descendant:: is //'s elements without its step per node (no position in the predicate).
    for el in xpath(page.doc, "/descendant::time[@datetime]"):
        value = _machine_date(el.get("datetime") or "")
        if value is not None:
            return value
    return None


def _adapter_published(page: PageSources, exprs: tuple[str, ...]) -> dt.date | None:
    """The first readable time where the outlet's adapter (its XPaths ``exprs``) says the page shows it."""
    texts = page.outlet_values(exprs, prefer_attr=True)
    for text in texts or ():
        value = _machine_date(text) if text[:4].isdigit() else _visible_date(text) or _written_date(text)
        if value is not None:
            return value
    return None


def _tagged_published(page: PageSources) -> tuple[dt.date | None, bool]:
    """The time the page's tags give: JSON-LD, meta tags, Parse.ly metadata, else ``itemprop`` markup; and
    whether only a head's meta (:data:`_HEAD_META`) gave it."""
    candidates: list[str] = []
    ld_value = ld_first(page.ld, "datePublished") or ld_first(page.ld, "dateCreated")
    if ld_value:
        candidates.append(ld_value)
    candidates.extend(v for k in _PUBLISHED_META for v in page.metas.get(k, ()))
    candidates.extend(meta_json(page.metas, ("parsely-page", "parsely-metadata"), "pub_date"))
    for text in candidates:
        machine = _machine_date(text)
        if machine is not None:
            return machine, False
    # By the attribute, not a predicate tested on every element (the same elements, cheaper); the elements'
    # attributes (/descendant::*/@), not //@'s, which takes an attribute step at every text node too.
    for el in xpath(page.doc, "/descendant::*/@itemprop[. = 'datePublished']/parent::*[not(self::meta)]"):
        machine = _machine_date(value_text(el, prefer_attr=True))
        if machine is not None:
            return machine, False
    for text in (v for k in _HEAD_META for v in page.metas.get(k, ())):
        machine = _machine_date(text)
        if machine is not None:
            return machine, True
    return None, False


def _shown_wins(
    machine: dt.date | None, visible: dt.datetime, *, near: bool, head_only: bool = False
) -> bool:
    """Whether the time shown beside the headline is taken over the tags' time (``head_only``: a head's
    meta alone gave that)."""
    if not isinstance(machine, dt.datetime):
        return True
    gap = abs(machine - visible)
    if head_only and near and gap > dt.timedelta(minutes=5):
        # A head's meta may be the site's, the same on every page: the story's time is the one shown.
        return True
    # The time the reader sees right beside the headline wins over tags that disagree with it (local
    # time marked "Z", a wrong offset); farther away, or days apart, it may date something else.
    if near and dt.timedelta(minutes=5) < gap < dt.timedelta(days=2):
        return True
    # The same clock time with another offset is the tags' slip wherever the byline stands: a WITA
    # outlet's template writes its local time with Jakarta's offset, or with a "Z".
    return gap > dt.timedelta(minutes=5) and _same_clock(machine, visible)


def _same_clock(a: dt.datetime, b: dt.datetime) -> bool:
    return abs(a.replace(tzinfo=None) - b.replace(tzinfo=None)) <= dt.timedelta(minutes=5)


_BOX_TEXT_MAX = 160  # a byline box, its date and time: longer, it holds more than the byline
# A date with its weekday and time ("Thursday, 04 December 2025 04:44 pm"), set alone in a link or a heading.
_SET_STAMP_MAX = 40
_HEADLINE_TAGS = frozenset({"a", *markup.HEADING_TAGS})


_DIGIT = lazy(r"\d")  # a date holds a digit: one search in C, where a test of each character ran in Python


def _date_beside(title_el: HtmlElement | None, *, update: bool = False) -> tuple[dt.date | None, bool]:
    """The first dated short text around the headline, and whether it was near (parent or grandparent box);
    with ``update``, the first that gives an update's time."""
    for level, el in around(title_el):
        if el.tag in {"script", "style"}:
            continue
        # The element's own text, searched for a digit before it is folded: folding takes out white space
        # alone, and most elements around a headline hold no digit. A leaf's own text is its text.
        raw = " ".join(t for t in (el.text, *(c.tail for c in el)) if t) if len(el) else el.text
        if not raw or _DIGIT.search(raw) is None:
            continue
        own = fold(raw)
        if len(own) > 120:
            continue
        text = spaced_text(el)
        if len(text) > _BOX_TEXT_MAX or (el.tag in _HEADLINE_TAGS and len(text) > _SET_STAMP_MAX):
            # A date in a link or a heading stands alone (a theme links its byline's date to the story or the
            # day's archive, or sets it in an <h4>); one that runs on is another story's headline ("Pembahasan
            # Update Dota Underlords 4 Juli 2019: ...", a card beside the article), its date that story's.
            continue
        value = _visible_date(text, update=update)
        if value is not None and not _inside_text(el, title_el):
            return _with_time_beside(el, value), level < 2
    return None, False


# A paragraph of prose (this many letters, more than a standfirst holds) before a dated line in its element
# puts it inside the text: a list of results ("14/04/2025 - Indonesia 0-6 Korea Utara"), not the byline.
_PROSE_LETTERS = 150


def _inside_text(el: HtmlElement, title_el: HtmlElement | None) -> bool:
    """Whether ``el`` stands after a paragraph of the text in its own element (asked of a dated line only).
    Beside the headline (``title_el``) it is the header's, however long the standfirst between them."""
    prose = False
    for sib in el.itersiblings(preceding=True):
        if sib is title_el:
            return False
        prose = prose or (sib.tag == "p" and len(spaced_text(sib)) >= _PROSE_LETTERS)
    return prose


def _with_time_beside(el: HtmlElement, day: dt.date) -> dt.date:
    """``day`` with its time where the byline box writes the time in an element of its own beside the date
    ("<span>Thu, December 4, 2025</span> / <span>04:44 pm</span>"): the box's text read whole."""
    box = el.getparent()
    if isinstance(day, dt.datetime) or box is None:
        return day
    text = spaced_text(box)
    if len(text) > _BOX_TEXT_MAX:
        return day
    value = _visible_date(text)
    return value if isinstance(value, dt.datetime) and value.date() == day else day


def updated(page: PageSources) -> dt.date | None:
    """When the page says the article was last changed: JSON-LD ``dateModified``, then meta tags."""
    updated_text = ld_first(page.ld, "dateModified") or meta_first(page.metas, _UPDATED_META)
    return _machine_date(updated_text) if updated_text else None


_UPDATE_TEXT_KEYS = ("headline", "articleBody", "text", "description")


def live_updates(page: PageSources) -> tuple[tuple[dt.datetime, tuple[str, ...]], ...]:
    """The updates of a live report (JSON-LD ``LiveBlogPosting``'s ``liveBlogUpdate``): each one's time,
    with its texts (headline, body) to find it in the page's text by."""
    found: list[tuple[dt.datetime, tuple[str, ...]]] = []
    for item in page.ld:
        updates = item.get("liveBlogUpdate")
        for update in updates if isinstance(updates, list) else [updates]:
            if not isinstance(update, dict):
                continue
            stamp = ld_str(update.get("datePublished")) or ld_str(update.get("dateCreated"))
            when = _machine_date(stamp) if stamp else None
            texts = tuple(t for key in _UPDATE_TEXT_KEYS if (t := ld_str(update.get(key))))
            if isinstance(when, dt.datetime) and texts:
                found.append((when, texts))
        if found:
            break
    return tuple(found)
