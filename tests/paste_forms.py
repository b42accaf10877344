"""Pasted texts in the forms readers make them, from gold pages: to measure ``parse_text`` on outlets it has
never seen rather than on the header layouts it was tuned on.

Each form is a way a reader copies a page, or a header another template would show:

- ``selection``: from the headline to the end of the text, as ``../shared/eval/make_pastes.py`` makes it;
- ``page``: the whole visible ``<body>`` (select all), menus and boxes of other stories included;
- ``scrubbed``: the selection with the outlet's name and host replaced by an invented one, in the text and in
  the gold, so nothing an adapter knows of the outlet can help;
- the header forms: the scrubbed selection with its headline, date and byline lines taken out and written
  again in another template's order and date form (date above the headline, byline above the date, a
  breadcrumb first, an update stamp, a relative time beside the date, numeric, abbreviated, WITA and English
  dates), the other header lines (captions, chrome) left where they stood;
- ``mobile``: the scrubbed selection as a phone copies it: blank lines between blocks, "Outlet - date" under
  the headline, the share line at the end;
- ``page-title`` and ``url-first``: the scrubbed selection under the page's title ("Judul - Outlet.com") or
  its address, as a share button or a tab's title puts them above the copy;
- the copy forms (``COPY_FORMS``): a phone's reader mode (headline, site, writer, date, blank lines between
  blocks), the selection with share buttons' labels and three "Baca juga" lines of other stories (which the
  gold must not hold), a WhatsApp forward (``*headline*``, the text, the link; no date), an email newsletter
  (the mail's masthead and footer around the story) and the text hard-wrapped at 70 columns.

The gold of every form is the page's gold (scrubbed where the text is): the same title, time, writers and
body, since the same article is on the page whatever its header looks like.

    python tests/paste_forms.py OUT_DIR [PAGES_DIR ...]   # writes OUT_DIR/FORM/NAME.txt + gold; prints scores
"""

from __future__ import annotations

import datetime as dt
import json
import pathlib
import re
import sys
from typing import Any

import lxml.html

from beritaparse.evaluation.pastes import MIN_PASTE_CHARS, paste
from beritaparse.lexicon.roles import ROLE_WORDS

__all__ = ["FORMS", "HEADER_FORMS", "make_forms", "render_forms", "score_forms"]

HERE = pathlib.Path(__file__).parent
DEFAULT_SOURCES = (HERE / "pages", HERE / "unseen", HERE.parent.parent.parent / "shared" / "corpus")

_BLOCK = frozenset(
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "figure", "figcaption", "section",
        "article", "header", "footer", "ul", "ol", "table", "tr", "blockquote", "time", "aside", "nav",
    }
)  # fmt: skip
_UNRENDERED = frozenset({"script", "style", "noscript", "iframe", "svg", "template"})

# The words an outlet is named by in its own pages (its host's label and its brands): scrubbed to FAKE.
_BRANDS = {
    "antaranews": ("antaranews", "ANTARA", "Antara"),
    "detik": ("detik",),
    "jpnn": ("jpnn",),
    "kapanlagi": ("kapanlagi",),
    "kompas": ("kompas",),
    "liputan6": ("liputan6",),
    "merdeka": ("merdeka.com", "Merdeka.com", "MERDEKA.COM"),
    "okezone": ("okezone", "Okezone"),
    "republika": ("republika",),
    "tempo": ("tempo.co", "Tempo.co", "TEMPO.CO", "tempo.com", "TEMPO"),
    "tribunnews": ("tribunnews", "tribun"),
    "viva": ("viva.co.id", "VIVA.co.id", "VIVA.CO.ID", "VIVAnews", "VIVA"),
    "turnbackhoax": ("turnbackhoax", "mafindo"),
    "thejakartapost": ("thejakartapost", "The Jakarta Post", "the Jakarta Post", "Jakarta Post"),
}
FAKE = "wartaloka"

_WEEKDAYS_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
_MONTHS_ID = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
    "November", "Desember",
)  # fmt: skip
_MONTHS_ID_SHORT = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
)  # fmt: skip
_WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WITA = dt.timezone(dt.timedelta(hours=8))


def _decode(raw: bytes) -> Any:
    try:
        return lxml.html.document_fromstring(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return lxml.html.document_fromstring(raw)


def _render(el: Any, out: list[str]) -> None:
    if not isinstance(el.tag, str) or el.tag in _UNRENDERED:
        if el.tail:
            out.append(el.tail)
        return
    style = (el.get("style") or "").replace(" ", "").lower()
    if "display:none" not in style and el.get("hidden") is None:
        block = el.tag in _BLOCK
        if block:
            out.append("\n")
        if el.text:
            out.append(el.text)
        for child in el:
            _render(child, out)
        if block:
            out.append("\n")
    if el.tail:
        out.append(el.tail)


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


def whole_page(doc: Any) -> str:
    """The visible text of the page's ``<body>``: what select-all copies."""
    out: list[str] = []
    _render(doc.body, out)
    return "\n".join(_lines("".join(out)))


# --- scrubbing the outlet's name ---


def _brand_pattern(outlet: str | None, url: str | None) -> re.Pattern[str] | None:
    words = list(_BRANDS.get(outlet or "", ()))
    if url:
        # The host's own label ("inet.detik.com" -> "detik", "life.viva.co.id" -> "viva"): its domain ending
        # stays, as an unknown outlet's would.
        labels = re.sub(r"^https?://", "", url).split("/")[0].split(".")
        words.append(labels[-3] if labels[-2:] == ["co", "id"] and len(labels) > 2 else labels[-2])
    if outlet:
        words.append(outlet)
    if not words:
        return None
    # Longest first; a lower-case brand matches in any case, a capitalised one ("Antara", "TEMPO") only as
    # written (it may be a common word: "di antara").
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        esc = re.escape(w)
        parts.append(f"(?i:{esc})" if w.islower() else esc)
    return re.compile("|".join(parts))


def _fake_for(found: str) -> str:
    core = found
    if core.isupper():
        return FAKE.upper()
    if core[:1].isupper():
        return FAKE.capitalize()
    return FAKE


def scrubber(gold: dict[str, Any]) -> Any:
    """A function replacing the gold outlet's names in a text by an invented outlet's."""
    pattern = _brand_pattern(gold.get("outlet"), gold.get("url"))

    def scrub(value: Any) -> Any:
        if pattern is None:
            return value
        if isinstance(value, str):
            return pattern.sub(lambda m: _fake_for(m[0]), value)
        if isinstance(value, list):
            return [scrub(v) for v in value]
        if isinstance(value, dict):
            return {k: scrub(v) for k, v in value.items()}
        return value

    return scrub


def scrub_gold(gold: dict[str, Any]) -> dict[str, Any]:
    scrub = scrubber(gold)
    keep = {"source", "url", "outlet", "published"}
    out = {k: (v if k in keep else scrub(v)) for k, v in gold.items()}
    out["outlet"] = None  # an outlet nobody wrote an adapter for
    return out


# --- the header forms ---


def _squash(text: str) -> str:
    return re.sub(r"\W+", "", text).casefold()


def _body_start(lines: list[str], gold: dict[str, Any]) -> int | None:
    body = gold.get("body") or []
    if not body:
        return None
    first = body[0] if isinstance(body[0], str) else body[0]["text"]
    want = _squash(first)[:40]
    if not want:
        return None
    # The first paragraph may be broken at its links over several lines: it opens on the line where the
    # joined text of the next few lines shows its opening words.
    for i, line in enumerate(lines):
        at = _squash(" ".join(lines[i : i + 6])).find(want)
        if 0 <= at < len(_squash(line)):
            return i
    return None


def _is_header_fact(line: str, gold: dict[str, Any], when: dt.datetime | dt.date | None) -> bool:
    """A header line saying the headline, the date or the byline: taken out before writing them again."""
    folded = line.casefold()
    if folded.strip(" :") in ROLE_WORDS:
        return True  # a credit box's role word ("Penulis", "Jurnalis") goes with the names it labels
    if gold.get("title") and _squash(gold["title"]) in _squash(line) and len(line) < len(gold["title"]) + 30:
        return True
    people = [*(gold.get("authors") or []), *(n for n in gold.get("editors") or [] if len(n) > 3)]
    if len(line.split()) <= 16 and any(p.casefold() in folded for p in people):
        return True
    if when is not None and len(line.split()) <= 16:
        year = str(when.year)
        return year in line or f"/{year[2:]}" in line
    return False


def _when(gold: dict[str, Any]) -> dt.datetime | dt.date | None:
    value = gold.get("published")
    if not value:
        return None
    if len(value) == 10:
        return dt.date.fromisoformat(value)
    return dt.datetime.fromisoformat(value)


def _clock(when: dt.datetime | dt.date, sep: str = ":") -> str:
    return f" {when.hour:02d}{sep}{when.minute:02d}" if isinstance(when, dt.datetime) else ""


def date_forms(when: dt.datetime | dt.date) -> dict[str, str]:
    """The publication time as other templates write it."""
    d = when.date() if isinstance(when, dt.datetime) else when
    wd, mon, short, en = _WEEKDAYS_ID[d.weekday()], _MONTHS_ID[d.month - 1], _MONTHS_ID_SHORT[d.month - 1], ""
    en = _MONTHS_EN[d.month - 1]
    timed = isinstance(when, dt.datetime)
    wib = " WIB" if timed else ""
    wita = when.astimezone(_WITA) if isinstance(when, dt.datetime) else when
    wita_day = wita.date() if isinstance(wita, dt.datetime) else wita
    ampm = ""
    if isinstance(when, dt.datetime):
        h = when.hour % 12 or 12
        ampm = f" {h}:{when.minute:02d} {'AM' if when.hour < 12 else 'PM'}"
    return {
        "long": f"{wd}, {d.day:02d} {mon} {d.year}{_clock(when)}{wib}",
        "numeric": f"{d.day:02d}/{d.month:02d}/{d.year}" + (f",{_clock(when)} WIB" if timed else ""),
        "short": f"{wd}, {d.day} {short} {d.year}{_clock(when)}",
        "wita": f"{wita_day.day} {_MONTHS_EN[wita_day.month - 1]} {wita_day.year}"
        + (f" |{_clock(wita, '.')} WITA" if timed else ""),
        "english": f"{_WEEKDAYS_EN[d.weekday()]}, {en} {d.day}, {d.year}{ampm}",
        "dotted": f"{d.day:02d}.{d.month:02d}.{d.year}" + (f" -{_clock(when)} WIB" if timed else ""),
        "en_short": f"{_WEEKDAYS_EN[d.weekday()][:3]}, {d.day} {en[:3]} {d.year}"
        + (f",{_clock(when)} WIB" if timed else ""),
        "iso": d.isoformat() + _clock(when),
        "updated": (
            f"Diperbarui {wd}, {d.day:02d} {short} {d.year}"
            + (_clock(when + dt.timedelta(hours=2)) + " WIB" if isinstance(when, dt.datetime) else "")
        ),
        "english_updated": f"Updated {en} {d.day}, {d.year}"
        + (_clock(when + dt.timedelta(hours=3)) + " WIB" if isinstance(when, dt.datetime) else ""),
    }


def _byline(gold: dict[str, Any], style: str) -> list[str]:
    authors = list(gold.get("authors") or [])
    editors = [e for e in gold.get("editors") or [] if len(e.split()) >= 2]
    if not authors:
        return [f"Editor: {', '.join(editors)}"] if editors and style == "labelled" else []
    names = ", ".join(authors)
    if style == "labelled":
        return [f"Penulis: {names}" + (f" | Editor: {', '.join(editors)}" if editors else "")]
    if style == "oleh":
        return [f"Oleh: {names}"]
    if style == "by":
        return [f"By {' and '.join(authors)}"]
    if style == "reporter":
        return [f"Reporter: {names}", *([f"Editor: {', '.join(editors)}"] if editors else [])]
    if style == "site":
        return [f"{names} - {FAKE.capitalize()}.com"]
    return [names]  # bare


# The header forms: the order of the header's facts, the date's form and the byline's style.
HEADER_FORMS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "date-above": (("date", "title", "byline"), "long", "oleh"),
    "byline-above": (("byline", "date", "title"), "long", "labelled"),
    "crumb-first": (("crumb", "title", "date", "byline"), "long", "bare"),
    "numeric": (("title", "byline", "date"), "numeric", "bare"),
    "short-month": (("title", "date", "byline"), "short", "site"),
    "wita": (("title", "byline", "date"), "wita", "labelled"),
    "updated": (("title", "byline", "updated", "date"), "long", "oleh"),
    "relative": (("title", "byline", "relative", "date"), "long", "bare"),
    "english": (("title", "byline", "date", "english_updated"), "english", "by"),
    "one-line": (("crumb", "title", "byline|date"), "long", "oleh"),
    "reporter-editor": (("title", "date", "byline"), "dotted", "reporter"),
    "en-short": (("kicker", "title", "byline", "date"), "en_short", "by"),
    "iso": (("title", "byline", "date"), "iso", "bare"),
}
# What a reader copies from elsewhere than the page: a phone's reader mode, a copy holding the share
# buttons' labels and more "Baca juga" lines, a WhatsApp forward, an email newsletter, a hard-wrapped text.
COPY_FORMS = ("reader", "share-labels", "whatsapp", "newsletter", "wrapped")
FORMS = ("selection", "page", "scrubbed", *HEADER_FORMS, "mobile", "page-title", "url-first", *COPY_FORMS)


def _header(gold: dict[str, Any], order: tuple[str, ...], date_form: str, style: str) -> list[str]:
    when = _when(gold)
    dates = date_forms(when) if when is not None else {}
    out: list[str] = []
    for part in order:
        if part == "title" and gold.get("title"):
            out.append(gold["title"])
        elif part == "date" and dates:
            out.append(dates[date_form])
        elif part in ("updated", "english_updated") and dates:
            out.append(dates[part])
        elif part == "relative" and dates:
            out.append("2 jam lalu")
        elif part == "crumb":
            out.extend(["Beranda", "Berita", "Nasional"])
        elif part == "byline":
            out.extend(_byline(gold, style))
        elif part == "byline|date":
            out.append(" | ".join([*_byline(gold, style), *([dates[date_form]] if dates else [])]))
        elif part == "kicker":
            out.append("NASIONAL")
    return out


# How far from the headline its date and byline stand (a box of other stories further up dates its own).
_FACT_REACH = 6


def _facts(head: list[str], gold: dict[str, Any]) -> tuple[set[int], int]:
    """The header lines giving the article's headline, date and byline, and the headline's index."""
    when = _when(gold)
    title = _squash(gold.get("title") or "")
    # The headline, or the pieces a copy broke it into at a link inside it.
    pieces = next(
        (
            range(i, i + k)
            for i in range(len(head))
            for k in (1, 2, 3)
            if title and title in _squash(" ".join(head[i : i + k])) and title.startswith(_squash(head[i]))
        ),
        range(0),
    )
    title_at = pieces[0] if pieces else 0  # without it the copy starts below it: its facts stand at the top
    near = range(max(0, title_at - _FACT_REACH), min(len(head), title_at + _FACT_REACH + 1))
    return {*pieces, *(i for i in near if _is_header_fact(head[i], gold, when))}, title_at


def reheader(
    text: str, gold: dict[str, Any], order: tuple[str, ...], date_form: str, style: str
) -> str | None:
    """``text`` with its headline, date and byline lines written again in ``order``, in ``date_form``."""
    lines = _lines(text)
    start = _body_start(lines, gold)
    if start is None:
        return None
    head = lines[:start]
    facts, title_at = _facts(head, gold)
    above = [line for i, line in enumerate(head) if i < title_at and i not in facts]
    below = [line for i, line in enumerate(head) if i > title_at and i not in facts]
    return "\n".join([*above, *_header(gold, order, date_form, style), *below, *lines[start:]])


def mobile(text: str, gold: dict[str, Any]) -> str | None:
    lines = _lines(text)
    start = _body_start(lines, gold)
    if start is None:
        return None
    when = _when(gold)
    dates = date_forms(when) if when is not None else {}
    facts, title_at = _facts(lines[:start], gold)
    above = [line for i, line in enumerate(lines[:start]) if i < title_at and i not in facts]
    below = [line for i, line in enumerate(lines[:start]) if i > title_at and i not in facts]
    top = [gold["title"]] if gold.get("title") else []
    if dates:
        top.append(f"{FAKE.capitalize()}.com - {dates['numeric']}")
    top.extend(_byline(gold, "labelled"))
    title = gold.get("title") or ""
    share = f'Baca artikel {FAKE}, "{title}" selengkapnya https://{FAKE}.com/berita/d-123/baca'
    return "\n\n".join([*above, *top, *below, *lines[start:], share])


def _parts(text: str, gold: dict[str, Any]) -> tuple[list[str], list[str], list[str]] | None:
    """The lines above the headline that are not header facts, those below it, and the text's own."""
    lines = _lines(text)
    start = _body_start(lines, gold)
    if start is None:
        return None
    facts, title_at = _facts(lines[:start], gold)
    above = [line for i, line in enumerate(lines[:start]) if i < title_at and i not in facts]
    below = [line for i, line in enumerate(lines[:start]) if i > title_at and i not in facts]
    return above, below, lines[start:]


def reader(text: str, gold: dict[str, Any]) -> str | None:
    """A phone browser's reader mode: the headline, the site, the writer and the date, then the text's
    blocks with a blank line between; the page's chrome above the headline gone."""
    parts = _parts(text, gold)
    if parts is None:
        return None
    when = _when(gold)
    top = [gold["title"]] if gold.get("title") else []
    top.append(f"{FAKE}.com")
    top.extend(_byline(gold, "bare"))
    if when is not None:
        top.append(date_forms(when)["long"])
    return "\n\n".join([*top, *parts[2]])


# Share buttons' labels, one a line, as a copy picks them up above and under the text.
_SHARE_LABELS = ("Bagikan", "Facebook", "Twitter", "WhatsApp", "Telegram", "Salin Link")
_OTHER_STORIES = (
    "Baca juga: Harga Cabai Rawit di Pasar Tradisional Turun Jelang Akhir Pekan",
    "Baca Juga: Lima Tips Memilih Sepatu Lari untuk Pemula",
    "BACA JUGA: Jadwal Kereta Tambahan Selama Libur Panjang Akhir Tahun",
)


def share_labels(text: str, gold: dict[str, Any]) -> tuple[str, dict[str, Any]] | None:
    """The selection with the share buttons' labels under the header and at the end, and "Baca juga"
    lines of other stories between the paragraphs (which the gold must not hold)."""
    parts = _parts(text, gold)
    if parts is None:
        return None
    lines = _lines(text)
    head = lines[: len(lines) - len(parts[2])]
    body = list(parts[2])
    # After every third paragraph (a line ending a sentence: a copy breaks some paragraphs at their links).
    ends = [i + 1 for i, line in enumerate(body) if len(line.split()) >= 8 and line[-1:] in '.!?"”']
    for k, at in reversed(list(enumerate(ends[1::3][: len(_OTHER_STORIES)]))):
        body.insert(at, _OTHER_STORIES[k])
    # Above the text, not between a dateline set on its own line ("Badung -") and the text it opens.
    cut = len(head) - 1 if head and head[-1][-1:] in "-–—" else len(head)
    out = [*head[:cut], *_SHARE_LABELS, *head[cut:], *body, "Bagikan artikel ini", *_SHARE_LABELS[1:]]
    titles = [story.split(": ", 1)[1] for story in _OTHER_STORIES if story in body]
    return "\n".join(out), {
        **gold,
        "must_not_contain": [*(gold.get("must_not_contain") or []), *titles],
        "related": [*(gold.get("related") or []), *({"title": t, "url": None} for t in titles)],
    }


_EDITOR_LINE = re.compile(r"\s*(?:editor|penyunting|redaktur)\s*:", re.IGNORECASE)


def _names(name: str, text: str) -> bool:
    """Whether ``text`` (folded) names ``name`` as a whole, not as the start or end of a longer word."""
    return re.search(rf"(?<!\w){re.escape(name.casefold())}(?!\w)", text) is not None


def whatsapp(text: str, gold: dict[str, Any]) -> tuple[str, dict[str, Any]] | None:
    """A WhatsApp forward: the headline in asterisks (bold), the text's paragraphs with a blank line
    between, the link at the end; no date and no byline (the gold expects none)."""
    parts = _parts(text, gold)
    if parts is None or not gold.get("title"):
        return None
    slug = re.sub(r"\W+", "-", gold["title"].casefold()).strip("-")
    out = [f"*{gold['title']}*", *parts[2], f"Baca selengkapnya: https://{FAKE}.com/read/2024/05/13/{slug}"]
    text = "\n\n".join(out)
    # The writers and editors the forwarded text still names (a credit under the text) are expected; a
    # writer named only on the editor's credit line ("Editor: Nama", a writer who edited the story too) is
    # credited there as the editor, no writer.
    # A writer counts where the name stands whole: 'Nurfahmi Budi' is not named by 'Kolom Nurfahmi Budiarto'.
    credited = "\n".join(line for line in text.split("\n") if not _EDITOR_LINE.match(line)).casefold()
    named = {
        "authors": [n for n in gold.get("authors") or [] if _names(n, credited)],
        "editors": [n for n in gold.get("editors") or [] if n.casefold() in text.casefold()],
    }
    return text, {**gold, "published": None, **named}


def newsletter(text: str, gold: dict[str, Any]) -> str | None:
    """An email newsletter's copy of the story: the mail's own lines above (view in a browser, the
    outlet's masthead, a greeting) and below (why it came, unsubscribing, the address)."""
    parts = _parts(text, gold)
    if parts is None:
        return None
    when = _when(gold)
    top = [
        "Lihat email ini di browser",
        f"{FAKE.capitalize()} Newsletter",
        # A greeting; an introducing sentence here ("Berikut berita pilihan redaksi untuk Anda hari ini.")
        # is read as the text's opening, and the headline under it as the text's: not handled yet.
        "Halo Pembaca,",
        "Pilihan Redaksi",
        *([gold["title"]] if gold.get("title") else []),
        *([date_forms(when)["long"]] if when is not None else []),
        *_byline(gold, "oleh"),
    ]
    bottom = [
        "Baca selengkapnya di situs kami",
        f"Anda menerima email ini karena berlangganan newsletter {FAKE.capitalize()}.",
        "Berhenti berlangganan | Atur preferensi email",
        f"© 2024 {FAKE.capitalize()}. Jl. Contoh No. 1, Jakarta 10110",
    ]
    return "\n".join([*top, *parts[2], *bottom])


_WRAP_WIDTH = 70


def wrapped(text: str) -> str:
    """The text hard-wrapped at 70 columns (a mail client's plain text, a terminal's copy): every block
    broken into lines, a blank line between blocks."""
    import textwrap  # noqa: PLC0415 (only this form needs it)

    return "\n\n".join("\n".join(textwrap.wrap(line, _WRAP_WIDTH)) for line in _lines(text))


def render_forms(html: bytes, gold: dict[str, Any]) -> dict[str, tuple[str, dict[str, Any]]]:
    """Every form of a page's paste that can be made: form -> (text, gold)."""
    doc = _decode(html)
    for bad in doc.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    out: dict[str, tuple[str, dict[str, Any]]] = {}
    selection = paste(doc, gold)
    if not selection or len(selection) < MIN_PASTE_CHARS:
        return out
    plain = {**gold, "url": None}
    out["selection"] = (selection, plain)
    out["page"] = (whole_page(doc), plain)
    scrub = scrubber(gold)
    scrubbed, sgold = scrub(selection), {**scrub_gold(gold), "url": None}
    out["scrubbed"] = (scrubbed, sgold)
    for form, (order, date_form, style) in HEADER_FORMS.items():
        text = reheader(scrubbed, sgold, order, date_form, style)
        if text is not None:
            out[form] = (text, sgold)
    text = mobile(scrubbed, sgold)
    if text is not None:
        out["mobile"] = (text, sgold)
    # What a share button or a tab's title puts above the copy: the page's title, or its address.
    title = sgold.get("title") or ""
    out["page-title"] = (f"{title} - {FAKE.capitalize()}.com\n{scrubbed}", sgold)
    slug = re.sub(r"\W+", "-", title.casefold()).strip("-")
    out["url-first"] = (f"https://www.{FAKE}.com/berita/12345/{slug}\n{scrubbed}", sgold)
    text = reader(scrubbed, sgold)
    if text is not None:
        out["reader"] = (text, sgold)
    shared = share_labels(scrubbed, sgold)
    if shared is not None:
        out["share-labels"] = shared
    forwarded = whatsapp(scrubbed, sgold)
    if forwarded is not None:
        out["whatsapp"] = forwarded
    text = newsletter(scrubbed, sgold)
    if text is not None:
        out["newsletter"] = (text, sgold)
    out["wrapped"] = (wrapped(scrubbed), sgold)
    return {form: (text, _undated(text, form_gold)) for form, (text, form_gold) in out.items()}


def _undated(text: str, gold: dict[str, Any]) -> dict[str, Any]:
    """``gold`` as far as ``text`` shows it: without a publication time where the text holds no date of
    that day (a page that shows none, its day only in its address or its meta tags, pastes as a text that
    cannot be dated, and the parser is right to give none), and with the day only where the text shows the
    day but not the time (the time only in the page's meta tags or JSON-LD)."""
    when = _when(gold)
    if when is None:
        return gold
    day = when.date() if isinstance(when, dt.datetime) else when
    written: list[str] = []
    # The day, or the next (the day in WITA, an hour ahead, as the "wita" form writes it).
    for d in (day, day + dt.timedelta(days=1)):
        names = (_MONTHS_ID[d.month - 1], _MONTHS_ID_SHORT[d.month - 1], _MONTHS_EN[d.month - 1])
        written += [
            *(f"{n} {name}" for n in {str(d.day), f"{d.day:02d}"} for name in {*names, names[2][:3]}),
            *(f"{name} {d.day}" for name in {names[2], names[2][:3]}),
            f"{d.day}/{d.month}",
            f"{d.day:02d}/{d.month:02d}",
            f"{d.day:02d}-{d.month:02d}",
            f"{d.day:02d}.{d.month:02d}",
            d.isoformat(),
        ]
    folded = " ".join(text.split()).casefold()
    if not any(w.casefold() in folded for w in written):
        return {**gold, "published": None}
    if not isinstance(when, dt.datetime):
        return gold
    # The clock as the forms write it, in WIB or WITA (an hour ahead), 24-hour or 12-hour.
    clocks = {
        f"{h}{sep}{t.minute:02d}"
        for t in (when, when + dt.timedelta(hours=1))
        for h in {f"{t.hour:02d}", str(t.hour), str(t.hour % 12 or 12)}
        for sep in ":."
    }
    return gold if any(c in folded for c in clocks) else {**gold, "published": day.isoformat()}


def make_forms(out: pathlib.Path, sources: tuple[pathlib.Path, ...] = DEFAULT_SOURCES) -> dict[str, int]:
    """Write ``out/FORM/NAME.txt`` and its gold for every gold page under ``sources`` (a name once)."""
    seen: set[str] = set()
    made: dict[str, int] = {}
    for src in sources:
        if not src.is_dir():
            continue
        for gold_path in sorted(src.rglob("*.expected.json")):
            stem = gold_path.name.removesuffix(".expected.json")
            page = gold_path.with_name(stem + ".html")
            if stem in seen or not page.is_file():
                continue
            seen.add(stem)
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            for form, (text, form_gold) in render_forms(page.read_bytes(), gold).items():
                folder = out / form
                folder.mkdir(parents=True, exist_ok=True)
                (folder / f"{stem}.txt").write_text(text + "\n", encoding="utf-8")
                case_gold = {**form_gold, "source": f"{stem}.txt"}
                (folder / f"{stem}.expected.json").write_text(
                    json.dumps(case_gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
                )
                made[form] = made.get(form, 0) + 1
    return made


def score_forms(out: pathlib.Path) -> dict[str, Any]:
    """Per form, the evaluation summary of its folder."""
    from beritaparse import evaluation  # noqa: PLC0415 (the writer above needs no parser)

    return {
        form: evaluation.evaluate(evaluation.load_cases(out / form)).overall
        for form in FORMS
        if (out / form).is_dir()
    }


def main(argv: list[str]) -> None:
    out = pathlib.Path(argv[0])
    sources = tuple(pathlib.Path(a) for a in argv[1:]) or DEFAULT_SOURCES
    make_forms(out, sources)
    print(f"{'form':14} {'n':>3} {'body_f1':>7} {'title':>6} {'date':>6} {'author':>6} {'leaks':>5} err")
    for form, s in score_forms(out).items():
        print(
            f"{form:14} {s.n:3d} {s.body_f1:7.3f} {s.title:6.2f} {s.published:6.2f} {s.authors:6.2f} "
            f"{s.leaks:5d} {s.errors:4d}"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
