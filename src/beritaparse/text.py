"""``parse_text()``: an article pasted as plain text to an :class:`~beritaparse.model.Article`.

What people copy from a browser runs from the site's chrome through the headline, byline, photo caption
and body to share prompts and footers, one block a line. The text is read in two zones: the *header*
(everything before the first line of prose: navigation, title, date and byline, captions) and the
*body*, which goes through the same block rules as a page's body (:func:`beritaparse.blocks.clean`).

>>> from beritaparse import parse_text
>>> art = parse_text('''Harga Beras Naik Lagi
... Senin, 13 Mei 2024 13:24 WIB
... JAKARTA - Harga beras di pasar tradisional kembali naik pada pekan ini, kata pedagang.
... ADVERTISEMENT
... Kenaikan terjadi karena pasokan dari daerah berkurang. (abc/def)''')
>>> art.title, art.published.isoformat(), art.dateline, art.editors
('Harga Beras Naik Lagi', '2024-05-13T13:24:00+07:00', 'Jakarta', ('abc', 'def'))
>>> for paragraph in art.paragraphs:
...     print(paragraph)
Harga beras di pasar tradisional kembali naik pada pekan ini, kata pedagang.
Kenaikan terjadi karena pasokan dari daerah berkurang.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import attrs
import regex

from beritaparse import cues
from beritaparse.blocks import Candidate, _caption_in_text, _chrome_reason, clean, split_dateline
from beritaparse.credits import is_person_name, split_names
from beritaparse.dates import find_dates
from beritaparse.errors import EmptyInputError, InputTypeError, NoArticleError
from beritaparse.model import Article, Caption, Removed, RemovedReason
from beritaparse.outlets import OUTLETS, for_text

if TYPE_CHECKING:
    from beritaparse.outlets.base import Outlet

__all__ = ["parse_text"]

R = RemovedReason
_V = regex.VERSION1

# How far into the text the header may reach: a paste whose first prose line comes later is all chrome
# before it, which the block rules classify anyway.
_HEADER_MAX_LINES = 40
_TITLE_MAX_WORDS = 30
_PROSE_MIN_WORDS = 20
# Non-prose lines (related links, captions, ads) that may stand between two paragraphs of one article.
_MAX_GAP = 6
# How far below the first prose line a dateline may still open the text.
_DATELINE_REACH = 12
_LIST_ITEM = regex.compile(r"^(?:\d{1,3}[.)]|[-•*])\s+\S", _V)

_SENTENCE_END = regex.compile(r"[.!?…][\"'”’)\]]*$", _V)
_SENTENCES = regex.compile(r"(?<=[.!?…][\"'”’]?)\s+(?=[\"'“‘]?\p{Lu})", _V)
_BYLINE_SEPARATORS = regex.compile(r"\s*(?:[•|·,]|\s[-–—]\s|^[-–—]\s*|\s*[-–—]$)\s*", _V)
_SITE_WORD = regex.compile(
    r"\.(?:com|co\.id|id|net|tv)\b|^detik|^kompas|^tribun|^liputan6|^okezone|news$", _V | regex.I
)
_WORD = regex.compile(r"\w+", _V)
_ABSOLUTE = regex.compile(r"\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2}\b", _V)
_DATE_IN_PARENS = regex.compile(r"\(\s*\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*\)", _V)
_LEADING_CREDIT = regex.compile(r"^\S+/\S+\s", _V)


@attrs.define
class _Header:
    title: str | None = None
    subtitle: str | None = None
    published: dt.date | None = None
    reading_time: int | None = None
    authors: list[str] = attrs.Factory(list)
    editors: list[str] = attrs.Factory(list)
    captions: list[Caption] = attrs.Factory(list)
    removed: list[Removed] = attrs.Factory(list)


# A line ending in one of these words goes on in the next line: no sentence or headline ends on them.
_OPEN_END = regex.compile(
    r"\b(?:di|ke|dari|dan|yang|untuk|dengan|pada|atau|vs|soal|serta|oleh|bagi|para|sang|si|agar|karena|bahwa"
    r"|dalam|tentang|terhadap|kepada|sebagai|antara|hingga|sampai|the|of|and)$",
    _V | regex.I,
)
_ROLE_LINE = regex.compile(
    r"^(?P<role>penulis|reporter|pewarta|wartawan|jurnalis|kontributor|author|writer|editor|penyunting|redaktur"
    r"|fotografer|photographer)\s*:?$",
    _V | regex.I,
)
_EDITOR_ROLES = frozenset({"editor", "penyunting", "redaktur"})
_AUTHOR_ROLES = frozenset(
    {"penulis", "reporter", "pewarta", "wartawan", "jurnalis", "kontributor", "author", "writer"}
)


def _lines(text: str) -> list[str]:
    # Pasting glues some chrome to its neighbour ("waktu baca 2 menitADVERTISEMENT"): split it off first.
    text = cues.GLUED_CUES.sub(r"\n\1\n", text)
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def _continues(prev: str, line: str, *, open_paragraph: bool) -> bool:
    """True when ``line`` is the rest of ``prev``, broken by the page's markup or the copy."""
    if _SENTENCE_END.search(prev) or prev.endswith(":"):
        return False
    if (
        _SITE_WORD.search(line.split(maxsplit=1)[0])
        or cues.READING_TIME.match(line)
        or cues.RELATED_CUE.match(line)
    ):
        return False
    first = line[0]
    if prev.endswith((",", ";")) or _OPEN_END.search(prev) is not None:
        # A line ending mid-clause goes on in the next one.
        return first.isalnum() or first in "\"'“‘("
    # A lower-case opening continues the line above, but only a line of prose: in a broken paragraph
    # (``open_paragraph``) even a one-word fragment does.
    return (open_paragraph or len(prev.split()) >= 3) and first.islower()


def _lone_dateline(line: str, outlet: Outlet | None) -> bool:
    """A dateline that the markup set apart from its text ("Jakarta -" on a line of its own)."""
    _place, prefix, rest = split_dateline(line + " X", outlet)
    return bool(prefix) and rest == "X"


def _reflow(lines: list[str], outlet: Outlet | None, *, inside: bool = False) -> list[str]:
    """Join paragraphs the copy broke into several lines, and a lone dateline ("Jakarta -") with its text.

    ``inside`` the article's own stretch a paragraph already broken once goes on, whatever the case of
    the next line, until a sentence ends: links and bold words inside a paragraph break it that way. Over
    the whole paste that rule would glue boxes of headlines together, so it waits for the stretch.
    """
    out: list[str] = []
    open_paragraph = False
    for line in lines:
        if out and (
            _lone_dateline(out[-1], outlet)
            or _continues(out[-1], line, open_paragraph=open_paragraph)
            or (inside and open_paragraph and _fragment_goes_on(out[-1], line, outlet))
        ):
            out[-1] = out[-1] + " " + line
            open_paragraph = not _SENTENCE_END.search(out[-1])
            continue
        out.append(line)
        open_paragraph = inside and _broken_off(line)
    return out


def _broken_off(line: str) -> bool:
    """A line of prose that stops mid-sentence: several words, no final stop, a lower-case last word.

    Subheadings stop without a full stop too, but they are short or end on a capitalised word.
    """
    words = line.split()
    return (
        len(words) >= 6
        and line[-1].isalnum()
        and words[-1][:1].islower()
        and _caption_in_text(line) is None
    )


def _fragment_goes_on(paragraph: str, line: str, outlet: Outlet | None) -> bool:
    if _SENTENCE_END.search(paragraph) or paragraph.endswith(":") or _LIST_ITEM.match(line):
        return False
    return (
        cues.RELATED_CUE.match(line) is None
        and _chrome_reason(line, outlet) is None
        and _caption_in_text(line) is None
        and not _is_sign_off(line, outlet)
    )


def _is_prose(line: str, outlet: Outlet | None) -> bool:
    line = cues.CLOSING_INITIALS.sub("", line)
    if _short_prose(line):
        return True
    words = len(line.split())
    if words >= _PROSE_MIN_WORDS and _SENTENCE_END.search(line):
        return True
    if words >= 5 and split_dateline(line, outlet)[1] and (words >= 8 or _SENTENCE_END.search(line)):
        return True
    return words >= 35


def _is_sign_off(line: str, outlet: Outlet | None) -> bool:
    """The editor's closing credit, alone on its line or closing the last paragraph."""
    if cues.CLOSING_INITIALS.search(line):
        return True
    if len(line) > 60:
        return False
    if outlet is not None and outlet.closing_pattern is not None and outlet.closing_pattern.fullmatch(line):
        return True
    return bool(cues.CLOSING_NAME.match(line))


def _article_span(lines: list[str], outlet: Outlet | None) -> tuple[int, int]:
    """Where the article runs: the stretch of prose lines with the most words, to its sign-off."""
    prose = [i for i, line in enumerate(lines) if _is_prose(line, outlet)]
    if not prose:
        return 0, len(lines)
    clusters: list[list[int]] = [[prose[0]]]
    for i in prose[1:]:
        # Fragments of a line the copy broke (one to three words) weigh little; headlines of other
        # stories weigh in full, so a box of them ends the article.
        between = range(clusters[-1][-1] + 1, i)
        gap = sum(_gap_weight(lines[k]) for k in between)
        # The editor's sign-off closes the article: prose after it belongs to something else.
        if gap <= _MAX_GAP and not any(_is_sign_off(lines[k], outlet) for k in between):
            clusters[-1].append(i)
        else:
            clusters.append([i])
    best = max(clusters, key=lambda c: sum(len(lines[i].split()) for i in c))
    start, end = best[0], best[-1] + 1
    # A dateline opens the text: what stands above it (a standfirst, a caption) is header.
    opening = next(
        (i for i in range(start, min(end, start + _DATELINE_REACH)) if split_dateline(lines[i], outlet)[1]),
        None,
    )
    start = opening if opening is not None else _opening_above(lines, start)
    end = _through_lists(lines, end)
    for j in range(end, min(len(lines), end + _MAX_GAP + 2)):
        if _is_sign_off(lines[j], outlet):
            return start, j + 1
    return start, end


def _gap_weight(line: str) -> float:
    """How much a non-prose line between two paragraphs separates them.

    Fragments of a line the copy broke (one to three words, or a piece opening in lower case: the middle
    of a sentence) and list items weigh little; headlines of other stories weigh in full, so a box of
    them ends the article.
    """
    if len(line.split()) <= 3 or _LIST_ITEM.match(line) or line[:1].islower():
        return 0.25
    return 1.0


def _opening_above(lines: list[str], start: int) -> int:
    """Short opening paragraphs above the first long one still belong to the text, and so does a list
    that the text introduces with a colon ("lima negara dengan kasus tertinggi adalah:")."""
    while start > 0:
        above = start - 1
        if _short_prose(lines[above]):
            start = above
            continue
        items = above
        while items >= 0 and _LIST_ITEM.match(lines[items]):
            items -= 1
        if items >= 0 and _list_intro(lines[items]):
            start = items
            continue
        return start
    return start


def _list_intro(line: str) -> bool:
    return line.endswith(":") and len(line.split()) >= 6


def _list_bridge(line: str) -> bool:
    """A line between groups of a list: a group header ("RING II") or a bracketed note."""
    return len(line.split()) <= 6 or (line.startswith("(") and line.endswith(")")) or _list_intro(line)


def _through_lists(lines: list[str], end: int) -> int:
    """Numbered lists that close the text (and the headers between their groups) are part of it."""
    j, last_item = end, None
    while j < len(lines):
        if _LIST_ITEM.match(lines[j]):
            last_item = j
        elif not (_list_bridge(lines[j]) and any(_LIST_ITEM.match(k) for k in lines[j + 1 : j + 3])):
            break
        j += 1
    return end if last_item is None else last_item + 1


_STATEMENT_END = regex.compile(r"[.…][\"'”’)\]]*$", _V)


def _short_prose(line: str) -> bool:
    # A statement, not a question or exclamation: short headlines end with those.
    return (
        len(line.split()) >= 8
        and bool(_STATEMENT_END.search(line))
        and _caption_in_text(line) is None
        and _chrome_reason(line, None) is None
    )


def _byline(line: str) -> tuple[dt.date | None, list[str]] | None:
    """A header line that dates the article: ``(published, author names)``; None when it is not one."""
    if len(line) > 160:
        return None
    # Only a written-out date dates the article: "malam ini" or "Sabtu (10/12)" resolve against today.
    mentions = [
        m
        for m in find_dates(line)
        if m.value.granularity in ("day", "hour", "minute", "second") and _ABSOLUTE.search(m.raw)
    ]
    if not mentions:
        return None
    first = mentions[0]
    rest = (line[: first.start] + " " + line[first.end :]).strip()
    # What is left beside the date must be a credit, not a sentence.
    if len(rest.split()) > 12 or (_SENTENCE_END.search(rest) and len(rest.split()) > 6):
        return None
    return first.value.point, _names_in(rest)


def _names_in(credit: str) -> list[str]:
    """Person names in a credit line such as "Mulia Budi - detikNews" or "By Ratnaning Asih"."""
    pieces = (p.strip(" :") for p in _BYLINE_SEPARATORS.split(credit))
    return [n for p in pieces for n in split_names(p) if is_person_name(n) and len(n.split()) >= 2]


def _headline_like(line: str, outlet: Outlet | None) -> bool:
    words = line.split()
    if not 2 <= len(words) <= _TITLE_MAX_WORDS or line.endswith((".", ",", ";", ":")):
        return False
    reason = _chrome_reason(line, outlet)
    # "FOTO: ..." and "VIDEO: ..." open the headlines of gallery and video articles as well as credits;
    # a headline's worth of words after the label makes it a headline.
    if (reason is not None and not (reason is R.MEDIA and len(words) >= 6)) or cues.RELATED_CUE.match(line):
        return False
    if _caption_in_text(line) is not None or cues.CLOSING_NAME.match(line) or _ROLE_LINE.match(line):
        return False
    if (
        cues.AUTHOR_LABEL.match(line)
        or cues.EDITOR_LABEL.match(line)
        or line.endswith((">", "»", "›", "|", "/"))
    ):
        return False
    if _byline(line) is not None:
        return False
    # A headline is written in words, not in figures and separators.
    return sum(w[:1].isalpha() for w in words) >= len(words) / 2


def _role_credits(lines: list[str]) -> tuple[list[str], list[str], set[int]]:
    """Credit boxes that put the role on its own line, before or after the name ("Penulis" / "Editor")."""
    authors: list[str] = []
    editors: list[str] = []
    used: set[int] = set()
    roles = [i for i, line in enumerate(lines) if _ROLE_LINE.match(line)]
    if not roles:
        return authors, editors, used

    def name_at(i: int) -> str | None:
        if 0 <= i < len(lines) and i not in used and not _ROLE_LINE.match(lines[i]):
            name = lines[i].strip(" ,:")
            if is_person_name(name) and len(name.split()) <= 6:
                return name
        return None

    # Whether the name comes after its label is told by the last label: a name after it means "label, name".
    after = name_at(roles[-1] + 1) is not None
    for i in roles:
        j = i + 1 if after else i - 1
        name = name_at(j)
        if name is None:
            continue
        role = _ROLE_LINE.match(lines[i])["role"].casefold()  # type: ignore[index]
        (editors if role in _EDITOR_ROLES else authors).append(name)
        used.update((i, j))
    return authors, editors, used


def _author_line(line: str, *, bare: bool = True) -> list[str]:
    """Names on a short credit line: "Mulia Budi - detikNews", "By Ratnaning Asih", "Reporter: Andi".

    ``bare`` allows a name with neither label nor outlet beside it (only right next to the date line).
    """
    if len(line.split()) > 10 or _SENTENCE_END.search(line) or "©" in line:
        return []  # "Brandon Salim/©KapanLagi.com®/M. Akrom": a photo credit, not a byline
    labelled = cues.AUTHOR_LABEL.match(line) is not None
    with_site = any(_SITE_WORD.search(p) for p in _BYLINE_SEPARATORS.split(line) if p)
    names = _names_in(line)
    if not (labelled or with_site):
        if not bare:
            return []
        # A bare name is two or three words; four capitalised words are more often a short headline.
        names = [n for n in names if len(n.split()) <= 3 and len(names) == 1 and len(line.split()) <= 3]
    return names


def _credit_line(line: str) -> bool:
    return bool(cues.AUTHOR_LABEL.match(line) or cues.EDITOR_LABEL.match(line) or _ROLE_LINE.match(line))


def _title_score(lines: list[str], i: int, dated: set[int], authored: set[int]) -> float:
    """How much line ``i`` looks like the headline: its length and its place beside the byline and date."""
    line = lines[i]
    words = len(line.split())
    score = min(words, 14) / 3.5
    if {i + 1, i + 2} & (dated | authored) or any(_credit_line(lines[j]) for j in (i + 1,) if j < len(lines)):
        score += 3
    if i - 1 in dated:
        score += 2
    if line.isupper():
        score -= 3  # a kicker ("MUDA DAN MENGINSPIRASI"), not the headline
    if words <= 2:
        score -= 3  # a section name or a menu item
    if _DATE_IN_PARENS.search(line) or _LEADING_CREDIT.match(line) or words > 25:
        score -= 3  # a caption: headlines neither date their events nor open with a photo credit
    return score


def _read_header(lines: list[str], outlet: Outlet | None) -> _Header:
    """Title, date, byline and captions above the article's first paragraph."""
    head = _Header()
    taken: set[int] = set()
    dated: set[int] = set()
    authored: set[int] = set()
    # The byline nearest the text dates it (one with a time before one with the day only); author lines
    # stand around it.
    bylines = [
        (i, by) for i in range(len(lines) - 1, -1, -1) if (by := _byline(lines[i])) and by[0] is not None
    ]
    bylines.sort(key=lambda ib: not isinstance(ib[1][0], dt.datetime))
    for i, by in bylines:
        head.published = by[0]
        head.authors.extend(by[1])
        head.removed.append(Removed(R.BYLINE, lines[i]))
        taken.add(i)
        dated.add(i)
        for j in (i - 1, i + 1, i - 2, i + 2, i - 3, i + 3, i + 4):
            if 0 <= j < len(lines) and j not in taken:
                names = _author_line(lines[j], bare=j == i - 1)
                if names:
                    head.authors.extend(n for n in names if n not in head.authors)
                    head.removed.append(Removed(R.BYLINE, lines[j]))
                    taken.add(j)
                    authored.add(j)
        break
    candidates = [i for i, line in enumerate(lines) if i not in taken and _headline_like(line, outlet)]
    if candidates:
        best = max(candidates, key=lambda i: (_title_score(lines, i, dated, authored), -i))
        head.title = lines[best]
        taken.add(best)
        head.removed.append(Removed(R.TITLE, lines[best]))
        tail = best + 1
        # A headline the copy broke before its last word or two, just above the byline.
        if (
            tail + 1 < len(lines)
            and tail not in taken
            and len(lines[tail].split()) <= 2
            and lines[tail][:1].isupper()
            and not _SENTENCE_END.search(head.title)
            and (tail + 1) in (dated | authored)
        ):
            head.title = f"{head.title} {lines[tail]}"
            taken.add(tail)
            head.removed.append(Removed(R.TITLE, lines[tail]))
    if head.title is not None:
        # A sentence under the headline, above the text, is the standfirst.
        for i, line in enumerate(lines):
            if i not in taken and _short_prose(line) and lines.index(head.title) < i:
                head.subtitle = line
                taken.add(i)
                head.removed.append(Removed(R.SUBTITLE, line))
                break
    authors, editors, used = _role_credits(lines)
    head.authors.extend(a for a in authors if a not in head.authors)
    head.editors.extend(editors)
    head.removed.extend(Removed(R.BYLINE, lines[i]) for i in sorted(used - taken))
    taken |= used
    leftovers = [Candidate(line) for i, line in enumerate(lines) if i not in taken]
    # What is neither title nor byline stands above the first paragraph: chrome, captions, repeated
    # titles. The shared rules name most of it; whatever they would keep is not article text either.
    rest = clean(leftovers, outlet=outlet, title=head.title)
    head.captions.extend(rest.captions)
    head.removed.extend(
        r if r.reason is not R.RELATED else Removed(R.NAVIGATION, r.text) for r in rest.removed
    )
    head.removed.extend(Removed(R.NAVIGATION, b.text) for b in rest.body)
    head.authors.extend(a for a in rest.authors if a not in head.authors)
    head.editors.extend(rest.editors)
    head.reading_time = rest.reading_time_minutes
    return head


def _read_trailer(lines: list[str], outlet: Outlet | None) -> tuple[list[str], list[str], list[Removed]]:
    """Below the sign-off: credit boxes are read, everything else (boxes of other stories) is removed."""
    authors, editors, used = _role_credits(lines)
    removed = []
    for i, line in enumerate(lines):
        if i in used:
            removed.append(Removed(R.BYLINE, line))
            continue
        m = cues.EDITOR_LABEL.match(line)
        if m is not None and len(line) < 80:
            editors.extend(n for n in split_names(m["names"]) if is_person_name(n))
            removed.append(Removed(R.EDITOR_CREDIT, line))
            continue
        m = cues.AUTHOR_LABEL.match(line)
        if m is not None and len(line) < 100:
            authors.extend(n for n in split_names(m["names"]) if is_person_name(n) and n not in authors)
            removed.append(Removed(R.BYLINE, line))
            continue
        removed.append(Removed(_chrome_reason(line, outlet) or R.NOT_CONTENT, line))
    return authors, editors, removed


def _content_words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text) if len(w) > 3}


_CONNECTIVE = regex.compile(
    r"^(?:oleh\s+karena\s+itu|karena\s+itu|namun|tetapi|tapi|sementara(?:\s+itu)?|selain\s+itu|adapun|meski"
    r"|walau|sebelumnya|kemudian|lalu|dengan\s+demikian|oleh\s+sebab\s+itu|di\s+sisi\s+lain|menurut|hal\s+ini)\b",
    _V | regex.I,
)


def _is_standfirst(first: str, second: str) -> bool:
    """A one-sentence opening that restates the paragraph after it is the standfirst, not the body.

    A sentence that opens on a connective ("Namun", "Oleh karena itu") follows something: it is body text.
    """
    if len(_SENTENCES.split(first)) != 1 or len(first.split()) > 45 or _CONNECTIVE.match(first):
        return False
    a, b = _content_words(first), _content_words(second)
    return bool(a) and len(a & b) / len(a) >= 0.4


def _heading_line(line: str, prev: str | None, nxt: str | None) -> bool:
    """A short line without final punctuation between two prose paragraphs is a subheading."""
    words = line.split()
    if not 1 <= len(words) <= 12 or _SENTENCE_END.search(line) or line.endswith((":", ",")):
        return False
    if prev is None or nxt is None:
        return False
    return bool(_SENTENCE_END.search(prev)) and len(nxt.split()) >= 8


def _inferred_day(paragraphs: tuple[str, ...]) -> dt.date | None:
    """The latest weekday-dated day the text mentions ("Selasa (17/12)"): news dates events that way
    relative to its own publication, which is on or after the latest of them."""
    text = "\n".join(paragraphs)
    full = [m for m in find_dates(text) if m.value.granularity == "day" and regex.search(r"\d{4}", m.raw)]
    reference = max((m.value.start for m in full), default=None)
    days: list[dt.date] = []
    for m in find_dates(text, reference=reference):
        if m.value.granularity == "day" and regex.search(r"(?i)\w+\s*,?\s*\(\d", m.raw):
            days.append(m.value.start.date())
    return max(days, default=None)


def parse_text(text: str, *, outlet: str | None = None) -> Article:
    """Parse an article pasted as plain text.

    ``outlet`` (an id such as ``"kompas"``) forces the outlet's conventions; by default the outlet is
    recognised from the text's own signals ("Liputan6.com, Kyiv -", a footer, a credit line), and text
    from an unknown outlet gets the generic rules.

    Raises :class:`~beritaparse.errors.InputTypeError` for non-``str`` input,
    :class:`~beritaparse.errors.EmptyInputError` for empty text and
    :class:`~beritaparse.errors.NoArticleError` when nothing in it is article text.
    """
    if not isinstance(text, str):
        hint = " (decode bytes first, or use beritaparse.parse() for HTML)" if isinstance(text, bytes) else ""
        raise InputTypeError(f"parse_text() takes str, not {type(text).__name__}{hint}")
    if outlet is not None and outlet not in OUTLETS:
        raise ValueError(f"unknown outlet {outlet!r}; known: {', '.join(sorted(OUTLETS))}")
    lines = _lines(text)
    if not lines:
        raise EmptyInputError("the text is empty")
    found = OUTLETS[outlet] if outlet is not None else for_text(text)
    lines = _reflow(lines, found)
    start, end = _article_span(lines, found)
    head = _read_header(lines[:start], found)
    trail_authors, trail_editors, trail_removed = _read_trailer(lines[end:], found)
    head.authors.extend(a for a in trail_authors if a not in head.authors)
    head.editors.extend(e for e in trail_editors if e not in head.editors)
    body_lines = _reflow(lines[start:end], found, inside=True)
    subtitle = head.subtitle
    if head.title is None and len(body_lines) >= 2 and _is_standfirst(body_lines[0], body_lines[1]):
        subtitle = body_lines[0]
        head.removed.append(Removed(R.SUBTITLE, subtitle))
        body_lines = body_lines[1:]
    candidates = [
        Candidate(
            line,
            kind="heading"
            if _heading_line(
                line, body_lines[i - 1] if i else None, body_lines[i + 1] if i + 1 < len(body_lines) else None
            )
            and cues.RELATED_CUE.match(line) is None
            and _chrome_reason(line, found) is None
            and _caption_in_text(line) is None
            and not _is_sign_off(line, found)
            else "paragraph",
        )
        for i, line in enumerate(body_lines)
    ]
    cleaned = clean(candidates, outlet=found, title=head.title)
    if not any(b.kind == "paragraph" for b in cleaned.body):
        raise NoArticleError("no article text found: every line is navigation, promotion or other chrome")
    published = head.published or cleaned.published
    return Article(
        title=head.title,
        subtitle=subtitle,
        outlet=found.id if found is not None else None,
        published=published,
        published_inferred=None
        if published is not None
        else _inferred_day(tuple(b.text for b in cleaned.body)),
        authors=head.authors + [a for a in cleaned.authors if a not in head.authors],
        editors=(*head.editors, *(e for e in cleaned.editors if e not in head.editors)),
        dateline=cleaned.dateline,
        tags=cleaned.tags,
        body=cleaned.body,
        captions=(*head.captions, *cleaned.captions),
        related=cleaned.related,
        reading_time_minutes=cleaned.reading_time_minutes or head.reading_time,
        removed=(*head.removed, *cleaned.removed, *trail_removed),
    )
