"""The header and trailer of a paste: headline, date and byline above the article, credit boxes below it."""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

import attrs
import regex

from beritaparse.dates import find_dates
from beritaparse.lexicon import alternation, calendar, language
from beritaparse.lexicon.names import PLACE_WORDS, SECTION_WORDS
from beritaparse.lexicon.roles import ABBREVIATIONS, Role, words_for
from beritaparse.model import Caption, RelatedLink, Removed, RemovedReason
from beritaparse.outlets import NAMES
from beritaparse.paste.layout import (
    capitalised,
    is_stamp,
    sentence_case,
    short_prose,
    tag_lists,
    two_sentences,
)
from beritaparse.rules import credits as credit_rules
from beritaparse.rules import cues
from beritaparse.rules.blocks import Candidate, capitals_credit, caption_in_text, chrome_reason, clean
from beritaparse.rules.cues import ends_sentence
from beritaparse.rules.flags import WORDS, lazy

# Pasted text is read with every adapter in view (the outlet is recognised from the text itself), so its
# credit readers know every outlet's name; the credit rules know none of their own.
split_names = functools.partial(credit_rules.split_names, site_names=NAMES)
labelled_credit = functools.partial(credit_rules.labelled_credit, site_names=NAMES)
is_person_name = functools.partial(credit_rules.is_person_name, site_names=NAMES)
is_desk_credit = functools.partial(credit_rules.is_desk_credit, site_names=NAMES)
is_outlet_name = functools.partial(credit_rules.is_outlet_name, site_names=NAMES)

if TYPE_CHECKING:
    from collections.abc import Callable

    from beritaparse.dates import DateMention
    from beritaparse.outlets.base import Outlet

__all__ = ["Header", "Trailer", "opening_stamp", "read_header", "read_trailer", "title_below"]

R = RemovedReason
_V = regex.VERSION1

_TITLE_MAX_WORDS = 30
_WORD = lazy(r"\w+", _V)
_BYLINE_SEPARATORS = lazy(r"\s*(?:[•|·,]|\s[-–—]\s|^[-–—]\s*|\s*[-–—]$)\s*", _V)
# A year written out: four figures, a full numeric date, or two figures after a day and a month name ("28 Nov
# 23 | 14:01", which the date grammar reads as a year only where they end the stamp).
_ABSOLUTE = lazy(r"\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2}\b|" + calendar.SHORT_YEAR, _V)
# _ABSOLUTE without its word boundary: a date mention is a stretch of its line, and one holding an _ABSOLUTE
# match puts this shape in the line (the boundary a mention's end gives may not hold in the line).
_ABSOLUTE_IN_LINE = lazy(r"\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2}|" + calendar.SHORT_YEAR, _V)
# A byline writes its day in figures ("Kamis 09 Juli 2020", "20/01/2022"); a feast with its year ("Imlek
# 2022", the day the date grammar knows it falls on) in a headline dates a festival, not the article.
_DAY_NUMBER = lazy(r"(?<!\d)\d{1,2}(?!\d)", _V)
# A line of separators alone ("·", "|"), which a copy leaves between a byline's name and its date.
_SEPARATOR_LINE = lazy(r"[\s·•|/\-–—]+", _V)
_DATE_IN_PARENS = lazy(r"\(\s*\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*\)", _V)
_LEADING_CREDIT = lazy(r"^\S+/\S+\s", _V)
# How a breadcrumb's items end on the lines a copy breaks it into: "Home >", "Sepakbola »".
_CRUMB_ENDS = (">", "»", "›")
# A line giving when the article was changed, not when it appeared.
_UPDATED = lazy(
    r"^\W*(?:diperbarui|diperbaharui|pembaruan|update[d]?|updated\s+at|terakhir\s+diperbarui|last\s+updated)\b",
    WORDS,
)
# A clock time alone on its line, under the day: "09:30 WIB", "Pukul 09.30".
_TIME_ONLY = lazy(
    rf"^(?:pukul\s+|jam\s+)?(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*{alternation(calendar.ZONE_NAMES)})?$", WORDS
)
# A connective left between the name and the date it was cut from: "Oleh Nama pada".
_DANGLING = lazy(r"\s+(?:pada|on|at|tanggal|tgl\.?)\s*$", WORDS)
# The outlet or desk in brackets after the writer's name: "Nama (The Jakarta Post)", "Nama (Kontributor)".
_BRACKETED_DESK = lazy(r"(?<=\p{Ll})\s*\(\s*\p{Lu}[\p{L}.' ]{1,40}\)\s*$", _V)
_TEAM_LINE = cues.CREDIT_BOX_HEADING
_PHOTOGRAPHER = cues.PHOTO_LABEL


@attrs.define
class Header:
    """What the lines above the article say about it."""

    title: str | None = None
    subtitle: str | None = None
    published: dt.date | None = None
    reading_time: int | None = None
    authors: list[str] = attrs.Factory(list)
    editors: list[str] = attrs.Factory(list)
    captions: list[Caption] = attrs.Factory(list)
    removed: list[Removed] = attrs.Factory(list)
    unlabelled: list[str] = attrs.Factory(list)
    """Authors read from a bare name under the date with nothing beside it to say it is a credit: they give
    way to writers a label credits (a credit box, a labelled credit under the text)."""

    def drop_unlabelled(self) -> None:
        """Forget the :attr:`unlabelled` authors: a label credits the writers."""
        self.authors[:] = [a for a in self.authors if a not in self.unlabelled]
        self.unlabelled.clear()


def _byline(line: str) -> tuple[dt.date | None, list[str]] | None:
    """A header line that dates the article: ``(published, author names)``; None when it is not one."""
    if len(line) > 160 or _ABSOLUTE_IN_LINE.search(line) is None or _UPDATED.match(line):
        # Too long, an update time, or no year nor full numeric date for a mention counted below to hold:
        # then the date grammar need not run over the line.
        return None
    mentions = _written_dates(line)
    if not mentions and (unnamed := credit_rules.stamp_without_weekday(line)) is not None:
        # A weekday that contradicts the date: the stamp without it (see stamp_without_weekday).
        line = unnamed
        mentions = _written_dates(line)
    if not mentions:
        return None
    first = mentions[0]
    rest = (line[: first.start] + " " + line[first.end :]).strip()
    # What is left beside the date must be a credit, not a sentence.
    if len(rest.split()) > 12 or (ends_sentence(rest) and len(rest.split()) > 6):
        return None
    # A writer's label ("Oleh: Nama | <date>") says the name is one, as it does on a line of its own; so does
    # a dash between the name and the date alone ("Meilikhah - 13 Oktober 2016 23:11 wib"), as the page's
    # byline reads (page/bylines._dated_or_desk_line_near).
    before = line[: first.start].rstrip()
    after = line[first.end :].strip(" .,")
    dashed = before[-1:] in _DASHES and len(after) <= credit_rules.DATE_ALONE_LEFTOVER
    names = _names_in(rest, single=dashed or cues.AUTHOR_LABEL.match(rest) is not None)
    if (
        not names
        and first.value.granularity == "day"
        and len(rest.split(maxsplit=_HEADLINE_BESIDE_DAY)) >= _HEADLINE_BESIDE_DAY
        and capitalised(rest)
    ):
        return None  # a headline that names a day, no byline: no name, no clock, a headline's words
    return first.value.point, names


# A headline names the day it is about ("Sinopsis Sinetron ... Episode 27, Tayang Selasa 19 Mei 2020", "Harga
# Emas Hari Ini, Senin 5 Oktober 2020"): this many words in title case beside a day, no name and no clock, are
# a headline's, not a byline's.
_HEADLINE_BESIDE_DAY = 5


_DASHES = frozenset("-–—")


def _written_dates(line: str) -> list[DateMention]:
    # Only a written-out date dates the article: "malam ini" or "Sabtu (10/12)" resolve against today.
    return [
        m
        for m in find_dates(line)
        if m.value.granularity in ("day", "hour", "minute", "second")
        and _ABSOLUTE.search(m.raw)
        and _DAY_NUMBER.search(m.raw)
    ]


_EDITOR_WORDS = (*words_for(Role.EDITOR), *words_for(Role.EDITOR, table=ABBREVIATIONS))


def _names_in(credit: str, *, single: bool = False) -> list[str]:
    """Person names in a credit line such as "Mulia Budi - detikNews" or "By Ratnaning Asih": its writers.

    A one-word name ("Rusman") counts only ``single``: where a label or the outlet's name beside it says
    the line is a credit.
    """
    return _credit_names(credit, single=single)[0]


def _credit_names(credit: str, *, single: bool = False) -> tuple[list[str], list[str]]:
    """The writers and the editors a credit line names: "Penulis: Nama | Editor: Nama" credits both, and
    the piece that opens with an editor's word names the editor, not a writer."""
    # Most credits name no editor: a plain test for an editor's word spares them the editor patterns.
    folded = credit.casefold()
    with_editor = any(word in folded for word in _EDITOR_WORDS)
    if with_editor:
        credit = cues.EDITOR_BREAK.sub(" | ", credit)
    writers: list[str] = []
    editors: list[str] = []
    for part in _BYLINE_SEPARATORS.split(_DANGLING.sub("", credit)):
        piece = part.strip(" :")
        edited = cues.EDITOR_START.match(piece) if with_editor else None
        # An editor's label says the name is one, as a writer's label does: a one-word name counts; but not
        # one after a writer's full name ("By Nama Lengkap, Contoh"): that is the outlet or the place.
        alone = (single and not any(" " in w for w in writers)) or edited is not None
        found = [
            n
            for n in split_names(edited["names"] if edited is not None else piece)
            if (is_person_name(n) and (alone or len(n.split()) >= 2)) or is_desk_credit(n)
        ]
        (editors if edited is not None else writers).extend(found)
    return writers, editors


def _breadcrumb(line: str) -> bool:
    """A breadcrumb on one line ("Site » Nasional » Humaniora » <headline>"): the path to the article, which
    may end on its headline but is none."""
    if sum(line.count(f" {end} ") for end in _CRUMB_ENDS) >= 2:
        return True
    # "Bola / Liga Indonesia", "Fitnah / Hasut / Hoax": a section's path or its labels, a word or two each.
    items = _SLASHED.split(line)
    return len(items) >= 2 and all(1 <= len(item.split()) <= 2 for item in items)


_SLASHED = lazy(r"\s[/|]\s", _V)


def _menu_run(lines: list[str], start: int, end: int) -> bool:
    """Whether ``lines[start:end]`` are two or more one-word lines: a menu or a breadcrumb one item a line
    ("Home" / "News" / "Security"), not the pieces of a headline a copy broke at a link."""
    return end - start >= 2 and all(" " not in lines[k] for k in range(start, end))


# A media label with its colon opens a line within this many characters ("FOTO:", "INFOGRAFIS:").
_MEDIA_LABEL_MAX = 14


def _headline_like(
    line: str,
    outlet: Outlet | None,
    *,
    byline: bool | None = None,
    over_byline: Callable[[], bool] | None = None,
) -> bool:
    """Whether ``line`` reads as a headline; ``byline`` is ``_byline(line) is not None`` when the caller
    has read that already (the header reads every line for a byline first: the date grammar once a line).
    ``over_byline`` says whether the line stands right over a byline naming the writer and the date, the
    headline's place, where a related link's cue opens a fact-check's headline ("Cek Fakta: Tidak Benar
    ..."); asked only of a line that opens on such a cue."""
    words = line.split()
    if not 2 <= len(words) <= _TITLE_MAX_WORDS or line.endswith((".", ",", ";", ":")):
        return False
    reason = chrome_reason(line, outlet)
    # "FOTO: ..." and "VIDEO: ..." open the headlines of gallery and video articles as well as credits;
    # a headline's worth of words after the label makes it a headline (an embed's credit, "A post shared
    # by ...", has no label). A credit cites its accounts ("Foto: Kolase Instagram @nama & @nama"); a
    # headline names no handle.
    labelled = (
        reason is R.MEDIA
        and len(words) >= 6
        and ":" in line[:_MEDIA_LABEL_MAX]
        and not any(w[:1] == "@" for w in words)
    )
    if (reason is not None and not labelled) or (
        cues.RELATED_CUE.match(line) and (over_byline is None or not over_byline())
    ):
        return False
    if (
        caption_in_text(line) is not None
        or cues.CLOSING_NAME.match(line)
        or cues.role_line(line)
        or _TEAM_LINE.match(line)
    ):
        return False
    if (
        cues.AUTHOR_LABEL.match(line)
        or cues.EDITOR_LABEL.match(line)
        or line.endswith((">", "»", "›", "|", "/"))
        or _breadcrumb(line)
    ):
        return False
    if _byline(line) is not None if byline is None else byline:
        return False
    if two_sentences(line) and not capitalised(line):
        # A caption or prose runs on in sentence case; a headline asks and answers in title case ("Kapan
        # Waktunya Reroll? Inilah Tips dan Trik Reroll Auto Chess Biar Gold Gak Mubazir!").
        return False
    if _stamp_line(line):
        return False  # "2 jam lalu": when, not what
    if _UPDATED.match(line) and is_stamp(line):
        # "Diperbarui: Jumat, 6 November 2015 10:00 WIB": an update's time, neither byline nor headline
        # (a headline may open on "Update": "Update 23 Januari 2021: 98 Juta Kasus ...", with no clock).
        return False
    # A headline is written in words, not in figures and separators.
    return sum(w[:1].isalpha() for w in words) >= len(words) / 2


def _role_credits(lines: list[str]) -> tuple[list[str], list[str], set[int]]:
    """Credit boxes that put the role on its own line, before or after the name ("Penulis" / "Editor")."""
    authors: list[str] = []
    editors: list[str] = []
    used: set[int] = set()
    roles = [i for i, line in enumerate(lines) if cues.role_line(line)]
    if not roles:
        return authors, editors, used

    def name_at(i: int) -> str | None:
        # A label ("Diterbitkan:") or a line of chrome ("Advertisement") ends the names under a role.
        if 0 <= i < len(lines) and i not in used and not cues.role_line(lines[i]) and _may_name(lines[i]):
            name = lines[i].strip(" ,:")
            if is_person_name(name) and len(name.split()) <= 6:
                return name
        return None

    # Whether the name comes after its label is told by the last label: a name after it means "label, name",
    # unless that is one word and a full name stands before the first label ("Nama Penulis" / "Penulis" /
    # "Perbesar": a button's word after the box is no name of it).
    after_name, before_name = name_at(roles[-1] + 1), name_at(roles[0] - 1)
    after = after_name is not None and not (
        " " not in after_name and before_name is not None and " " in before_name
    )
    for i in roles:
        role = cues.line_role(lines[i])
        if role is Role.PHOTO:
            continue  # a photographer is the author only where no writer is credited: see read_header
        # A label's colon points at the name after it, whichever way the box's other labels go ("Penulis:"
        # / name closing the text, over a credit box whose names stand above their labels).
        forward = after or lines[i].rstrip().endswith(":")
        j = i + 1 if forward else i - 1
        # Under its label a role may list several people, one a line ("Author" / name / name / "Editor").
        while (name := name_at(j)) is not None:
            (editors if role is Role.EDITOR else authors).append(name)
            used.update((i, j))
            if not after:
                # One name beside its label, unless the box runs label over names: under a colon's name
                # the next box's label may follow ("Penulis:" / "Ulya Kaltsum" / "Kredit").
                break
            j += 1
    return authors, editors, used


def _may_name(line: str) -> bool:
    """Whether a credit box's line may be a name: not a label of its own ("Diterbitkan:", the date's) and not
    a line of chrome (an ad's "Advertisement", a menu's word)."""
    return not line.rstrip().endswith(":") and chrome_reason(line, None) is None


def _author_line(line: str, *, bare: bool = True, longer: bool = False) -> tuple[list[str], list[str]]:
    """Writers and editors on a short credit line: "Mulia Budi - detikNews", "By Ratnaning Asih",
    "Reporter: Andi | Editor: Budi".

    ``bare`` allows a name with neither label nor outlet beside it (only right next to the date line), of
    two or three words; ``longer`` of four too (where a headline above it says it is no short headline).
    """
    # A byline the copy broke at its bar ("30-07-2020 15:16" / "| Nama") leaves the bar opening the name.
    line = _without_post(line).lstrip(language.FIELD_BARS + " ")
    if len(line.split()) > _CREDIT_MAX_WORDS or ends_sentence(line) or "©" in line or caption_in_text(line):
        return [], []  # "Brandon Salim/©KapanLagi.com®/M. Akrom": a photo credit, not a byline
    if cues.EDITOR_LABEL.match(line) or cues.role_line(line):
        return [], []  # "Editor: Nama" names the editor: the credit rules read it
    named = credit_rules.role_after_credit(line, site_names=NAMES)
    if named is not None:
        return list(named[0]), list(named[1])  # "Budi Santoso, Jurnalis": the role after the name
    line = _BRACKETED_DESK.sub("", line)
    labelled = cues.AUTHOR_LABEL.match(line) is not None
    with_site = any(is_outlet_name(p) for p in _BYLINE_SEPARATORS.split(line) if p)
    if not labelled and "/" in line and any(is_outlet_name(p.strip()) for p in line.split("/")):
        # "Alessandro Viero/IMAXtree.com", "Antara/Nama": a photo's credit, its source beside the slash (a
        # photo story's "Rusman/Biro Pers Sekretariat Presiden - detikFinance" credits its photographer).
        return [], []
    if not (bare or labelled or with_site or line[:4].casefold() == "tim "):
        return [], []  # neither beside the date, nor labelled, nor a desk ("Tim ..."): no names are read
    names, editors = _credit_names(line, single=labelled or with_site)
    if len(line.split()) > 10 and not editors:
        return [], []  # a long line is a credit only where it names the editor too
    # "Tim detikBali": a desk of the outlet credited as a whole says the line is a credit, as a label does.
    if not (labelled or with_site) and not (len(names) == 1 and is_desk_credit(names[0])):
        if not bare or editors:
            return [], []
        # A bare name is two or three words; four capitalised words are more often a short headline. The
        # channel may follow it as on detik ("Afif Farhan - Sepakbola").
        pieces = [p for p in _BYLINE_SEPARATORS.split(line) if p.strip()]
        if len(pieces) >= 2 and all(is_person_name(p.strip()) and 2 <= len(p.split()) <= 4 for p in pieces):
            return [p.strip() for p in pieces], []  # "Budi Santoso | Ani Wijaya": writers side by side
        channel = len(pieces) == 2 and len(pieces[1].split()) == 1
        names = [
            n
            for n in names
            if len(n.split()) <= (4 if longer else 3)
            and len(names) == 1
            and (len(line.split()) <= (4 if longer else 3) or (channel and n == pieces[0]))
        ]
    return names, editors


_POST_BAR = " | "
_NAME_WORDS_MAX = 4


def _without_post(line: str) -> str:
    """A labelled byline without the writer's post after its bar: "Oleh Nama | General Manager ..., Kompas
    Gramedia" gives "Oleh Nama". A bar before another label ("Penulis: Nama | Editor: Nama"), or before
    what may be a second name (four words at most), stays."""
    head, bar, post = line.partition(_POST_BAR)
    if (
        not bar
        or len(post.split()) <= _NAME_WORDS_MAX
        or cues.AUTHOR_LABEL.match(head) is None
        or _credit_line(post.strip())
    ):
        return line
    return head


def _credit_line(line: str) -> bool:
    return bool(cues.AUTHOR_LABEL.match(line) or cues.EDITOR_LABEL.match(line) or cues.role_line(line))


def _credits_people(line: str) -> bool:
    """Whether a credit line credits a writer or an editor (not a photo, a video or a source)."""
    role = cues.line_role(line)
    # No role alone: a labelled line with its names ("Penulis: Nama", "Editor: Nama").
    return role is None or role in (Role.AUTHOR, Role.EDITOR)


def _fragment(line: str) -> bool:
    """A piece of a headline the copy broke at a link: a few capitalised words."""
    return len(line.split()) <= 4 and line[:1].isupper() and not ends_sentence(line)


def _title_score(lines: list[str], i: int, dated: set[int], authored: set[int]) -> float:
    """How much line ``i`` looks like the headline: its length and its place beside the byline and date."""
    line = lines[i]
    words = len(line.split())
    score = min(words, 14) / 3.5
    # The byline stands under the headline, or under the pieces a copy broke it into.
    below = i + 1
    while below < min(len(lines), i + 4) and below not in (dated | authored) and _fragment(lines[below]):
        below += 1
    # Or under the lead photo's credit and the standfirst the headline stands over ("Judul" / "foto:
    # freepik" / "Satu kalimat dek." / "Nama"): the credit is the picture's, the sentence the headline's.
    if below < len(lines) and _photo_credit(lines[below]):
        below += 1
        if below < len(lines) and short_prose(lines[below]):
            below += 1
    if _menu_run(lines, i + 1, below):
        below = i + 1
    # A credit line, or a credit box's role word ("Penulis", "Jurnalis"), names people; a menu item that is
    # a photo's or a video's word ("Foto", "Video") names none.
    if {i + 1, i + 2, below} & (dated | authored) or any(
        _credit_line(lines[j]) and _credits_people(lines[j]) for j in (i + 1,) if j < len(lines)
    ):
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


def read_header(lines: list[str], outlet: Outlet | None) -> Header:
    """Title, date, byline and captions above the article's first paragraph."""
    head = Header()
    authors, editors, used = _role_credits(lines)
    read = _HeaderLines(lines, used)
    for i in _page_titles(lines):
        read.taken.add(i)
        head.removed.append(Removed(R.TITLE, lines[i]))
    _read_byline(read, head)
    # Names in a credit box ("Isna Rifka Sri Rahayu" above "Penulis") are no headline, nor is the list of
    # the same names above the box ("Isna Rifka Sri Rahayu, Yoga Sukmana").
    credited = {n.casefold() for n in (*authors, *editors, *head.authors)}
    title_at = _read_title(read, head, outlet, credited)
    _reader_estimate(read, head, title_at, credited=bool(authors))
    if not head.authors and not authors:
        _writer_under_title(read, head, title_at)
    if head.title is not None and head.subtitle is None:
        # A sentence under the headline, above the text, is the standfirst.
        for i, line in enumerate(lines):
            # By index, not by text: a headline joined with its broken-off last words is in no line.
            if i not in read.taken and short_prose(line) and title_at < i:
                head.subtitle = line
                read.taken.add(i)
                head.removed.append(Removed(R.SUBTITLE, line))
                if not head.authors and not authors:
                    _writer_under_standfirst(read, head, i + 1)
                break
    if authors or any(a not in head.unlabelled for a in head.authors):
        # A credit box, or a byline that says it credits ("by: Astrid Bestari"): a bare name under the date
        # is someone else's (the lead photo's credit, "Vicky Tanzil").
        head.drop_unlabelled()
    head.authors.extend(a for a in authors if a not in head.authors)
    head.editors.extend(editors)
    # A photo story credits its photographer: the author, where nobody else is credited.
    for i, line in enumerate(lines):
        m = _PHOTOGRAPHER.match(line)
        if m is not None and i not in read.taken:
            if not head.authors:
                head.authors.extend(n for n in split_names(m["names"]) if is_person_name(n))
            head.removed.append(Removed(R.BYLINE, line))
            read.taken.add(i)
    head.removed.extend(Removed(R.BYLINE, lines[i]) for i in sorted(used - read.taken))
    read.taken |= used
    _read_leftovers([line for i, line in enumerate(lines) if i not in read.taken], head, outlet)
    return head


@attrs.define
class _HeaderLines:
    """The header's lines and which of them are read: ``used`` by the role credits, ``taken`` by the
    readers, ``dated`` (a byline with the date) and ``authored`` (an author line)."""

    lines: list[str]
    used: set[int]
    taken: set[int] = attrs.Factory(set)
    dated: set[int] = attrs.Factory(set)
    authored: set[int] = attrs.Factory(set)
    bylined: list[bool] = attrs.Factory(list)
    """Per line, whether :func:`_byline` reads it as a byline (filled by :func:`_read_byline`)."""


def opening_stamp(lines: list[str]) -> tuple[int, dt.date] | None:
    """A stamp among the text's first lines, under its opening paragraph: ``(index, date)``. A photo page
    puts its date under the intro, above the slide's text ("Senin, 07 Juli 2025 09:00"); the text's
    stretch runs over it (see :func:`beritaparse.paste.layout.article_span`)."""
    for i in range(1, min(len(lines), _OPENING_STAMP_REACH)):
        if is_stamp(lines[i]) and (by := _byline(lines[i])) is not None and by[0] is not None and not by[1]:
            return i, by[0]
    return None


# How many of the text's first lines may hold its stamp: the intro's paragraph, and one more.
_OPENING_STAMP_REACH = 3


def _read_byline(read: _HeaderLines, head: Header) -> None:
    """The dated byline and the author lines around it; where they name nobody, a credit line that says it
    is one (a label, an outlet's name or a desk: "Penulis: Nama", "Nama - Contoh.com", "Tim detikBali")
    wherever it stands in the header: under a headline the date stands above, or with no date at all."""
    _read_dated_byline(read, head)
    if head.authors or read.used:
        return  # a writer by the date, or a credit box ("Nama" / "Penulis") the header reads after the title
    # A credit stands near the text: a page's top (a site's tagline beside its name, "Contoh.com - Berita
    # Terkini") is too far up to be one.
    for j in range(max(0, len(read.lines) - _CREDIT_REACH), len(read.lines)):
        line = read.lines[j]
        if j in read.taken or read.bylined[j] or not _may_credit(line):
            continue
        names, editors = _author_line(line, bare=False)
        if names:
            head.authors.extend(n for n in names if n not in head.authors)
            head.editors.extend(n for n in editors if n not in head.editors)
            head.removed.append(Removed(R.BYLINE, line))
            read.taken.add(j)
            read.authored.add(j)
            return


# The most words of a credit line naming the writer and the editor, and of one naming a writer beside the
# outlet ("Budi Santoso Wibowo - Contoh.com").
_CREDIT_MAX_WORDS = 14
# How far above the text (in header lines) a credit read without a date beside it may stand.
_CREDIT_REACH = 15
_SITE_CREDIT_MAX_WORDS = 8
# A separator a name and an outlet's name stand apart by: "Nama - Contoh.com", "Nama | CNN Indonesia".
_SEPARATED = lazy(r"[•|·,]|\s[-–—]\s", _V)


def _may_credit(line: str) -> bool:
    """Whether a header line can be a credit :func:`_author_line` reads without a date beside it: a label,
    a desk ("Tim ..."), or a name beside an outlet's (so a separator). Most header lines (menus, captions,
    the headline) fail this cheap test, not the credit readers."""
    words = line.count(" ") + 1
    if words > _CREDIT_MAX_WORDS or line[-1:] in ".!?":
        return False
    return (
        line[:4].casefold() == "tim "
        or (words <= _SITE_CREDIT_MAX_WORDS and _SEPARATED.search(line) is not None)
        or cues.AUTHOR_LABEL.match(line) is not None
    )


def _read_dated_byline(read: _HeaderLines, head: Header) -> None:
    """The byline nearest the text dates it (one with a time before one with the day only); author lines
    stand around it."""
    lines, taken = read.lines, read.taken
    found = [_byline(line) for line in lines]
    read.bylined = [by is not None for by in found]
    bylines = [(i, by) for i in range(len(lines) - 1, -1, -1) if (by := found[i]) and by[0] is not None]
    bylines.sort(key=lambda ib: not isinstance(ib[1][0], dt.datetime))
    if not bylines:
        # Where the header shows only when the story was updated ("Diperbarui 12 Agu 2025, 08:00 WIB"), that
        # time dates it, as a page's only stamp does: the story is no later than it.
        bylines = [(i, by) for i in range(len(lines)) if (by := _update_stamp(lines[i])) is not None][:1]
    if not bylines:
        return
    i, by = bylines[0]
    head.published = by[0]
    head.authors.extend(by[1])
    if by[1] and not _author_line(lines[i], bare=False)[0]:
        # Names beside the date with nothing that says they credit ("Your Story | Jumat, 29 Mei 2020 17:01",
        # a rubric's): a label that credits the writer outranks them.
        head.unlabelled.extend(n for n in by[1] if n not in head.unlabelled)
    head.removed.append(Removed(R.BYLINE, lines[i]))
    taken.add(i)
    read.dated.add(i)
    if (
        i + 1 < len(lines)
        and not isinstance(by[0], dt.datetime)
        and _TIME_ONLY.match(lines[i + 1])
        and (joined := _byline(f"{lines[i]} {lines[i + 1]}")) is not None
        and isinstance(joined[0], dt.datetime)
    ):
        # The day on one line, its time on the next.
        head.published = joined[0]
        head.removed.append(Removed(R.BYLINE, lines[i + 1]))
        taken.add(i + 1)
        read.dated.add(i + 1)
    top, bottom = _stamp_block(read, head, i)
    lone = None
    for j in (top - 1, bottom + 1, top - 2, bottom + 2, top - 3, bottom + 3, bottom + 4):
        if 0 <= j < len(lines) and j not in taken and j not in read.used:
            # A bare name stands right above the date, or right under it above another credit line; not
            # the last item of a breadcrumb ("Sepakbola >" / "Liga Inggris"), which names the section.
            # A photo's credit may stand between ("Instagram.com/nama", "Foto: Antara").
            under = (
                j == bottom + 1 or (j == bottom + 2 and j - 1 not in taken and _photo_credit(lines[j - 1]))
            ) and _name_under_stamp(lines, top, j)
            # A line of separators ("·") between the name and the date leaves the name right above it, and
            # so does the outlet's name after the writer's comma ("Rani Hardjanti," / "Okezone" / "·").
            right_above = j == top - 1 or (j >= top - 3 and _name_joined_to_date(lines, j, top))
            bare = (right_above and not (j > 0 and lines[j - 1].endswith(_CRUMB_ENDS))) or under
            # Between a headline and the date, or under a date that a headline stands on, a name of four
            # words is the byline as well.
            headed = _fragment(lines[j]) and (
                (j == top - 1 and j > 0 and _headline_like(lines[j - 1], None))
                # A reader mode puts the site's name between: "Judul" / "contoh.com" / "Nama" / date.
                or (
                    j == top - 1
                    and j > 1
                    and is_outlet_name(lines[j - 1])
                    and _headline_like(lines[j - 2], None)
                )
                or (under and top > 0 and _headline_like(lines[top - 1], None))
            )
            names, editors = _author_line(lines[j], bare=bare, longer=headed)
            if not names and under and _over_share_bar(lines, j):
                # One word of a name under the date, over the share bar ("Rachma" / "Share:"): the writer as
                # the byline shows them; a bare two-word name is read above without the bar.
                names = [lines[j]]
            if not names and j == top - 1 and _lone_name_above_date(lines, j):
                lone = j  # read last: a name beside the date that is surely one makes it the headline's end
                continue
            if names or editors:
                if under and not _author_line(lines[j], bare=False)[0]:
                    # Read only for where it stands: a credit that says what it is outranks it.
                    head.unlabelled.extend(n for n in names if n not in head.authors)
                head.authors.extend(n for n in names if n not in head.authors)
                head.editors.extend(n for n in editors if n not in head.editors)
                head.removed.append(Removed(R.BYLINE, lines[j]))
                taken.add(j)
                read.authored.add(j)
    # Not beside a credit box either: its names ("Nama" / "Editor") credit the story, and the word above
    # the date is the headline's last.
    if lone is not None and not head.authors and not read.used:
        head.authors.append(lines[lone])
        head.unlabelled.append(lines[lone])  # where it stands says it is a name: a label outranks it
        head.removed.append(Removed(R.BYLINE, lines[lone]))
        taken.add(lone)
        read.authored.add(lone)


def _update_stamp(line: str) -> tuple[dt.date | None, list[str]] | None:
    """An update's stamp read as a byline without its label: ``(updated, [])``; None for any other line."""
    if not (_UPDATED.match(line) and is_stamp(line)):
        return None
    by = _byline(_UPDATED.sub("", line, count=1).strip(" :"))
    return (by[0], []) if by is not None and by[0] is not None else None


def _over_share_bar(lines: list[str], j: int) -> bool:
    """Whether line ``j`` is one word of a name right over a share bar's line ("Share:", "Bagikan")."""
    line = lines[j]
    return (
        j + 1 < len(lines)
        and " " not in line
        and is_person_name(line)
        and chrome_reason(lines[j + 1], None) is R.SHARE
    )


def _name_joined_to_date(lines: list[str], j: int, top: int) -> bool:
    """Whether only separator lines ("·", "|") stand between line ``j`` and the date at ``top``, or the
    outlet's name too where line ``j`` ends on the comma that joins the writer to it ("Nama, Okezone ·")."""
    between = lines[j + 1 : top]
    # A share button or the desk's initials between the two say neither who nor when ("Nama" / "(brl/guf)"
    # / "Share now" / the date: Brilio's byline row): the name is the date's as where nothing stands between.
    words = [
        line
        for line in between
        if _SEPARATOR_LINE.fullmatch(line) is None
        and chrome_reason(line, None) is not R.SHARE
        and not (line[:1] in "([" and cues.CLOSING_INITIALS.match(line))
    ]
    if not words:
        return bool(between)
    return len(words) == 1 and lines[j].endswith(",") and is_outlet_name(words[0])


def _photo_credit(line: str) -> bool:
    """A photo's credit on its own line: one token with a path or a site in it ("Instagram.com/nama",
    "Antara/Budi"), or a line the rules set aside as a picture's ("Foto: Antara", "Dok. Istimewa")."""
    if " " not in line:
        return "/" in line or is_outlet_name(line)
    # A credit is a few words: "FOTO: <a headline's words>" labels a gallery's headline, not a credit.
    return line.count(" ") < _PHOTO_CREDIT_MAX_WORDS and chrome_reason(line, None) is R.MEDIA


_PHOTO_CREDIT_MAX_WORDS = 4


def _name_under_stamp(lines: list[str], top: int, j: int) -> bool:
    """Whether line ``j``, right under the date, may be a bare writer's name: not one of a list going on
    ("Nama," / "Nama"), not a photo credit ("Outlet/ Nama"), not a role's name in a credit box, and not the
    person the lines above the date (the headline) speak of, whom a photo's caption names there."""
    line = lines[j]
    if j + 1 < len(lines) and _credit_line(lines[j + 1]):
        return not cues.role_line(lines[j + 1])  # a name above another credit line ("Nama" / "Editor: Nama")
    if line.endswith(",") or "/" in line:
        return False
    if _names_a_place(line):
        return False  # "Jakarta Pusat": where, not who
    words = [w.casefold() for w in _WORD.findall(line)]
    above = {w.casefold() for k in range(max(0, top - 3), top) for w in _WORD.findall(lines[k])}
    return not any(w in above for w in words)


def _names_a_place(line: str) -> bool:
    """Whether a word of ``line`` is a place's ("Jakarta Pusat", "Kabupaten Bogor"): a line a bare name's
    place holds that says where, not who."""
    return any(w.casefold() in PLACE_WORDS for w in _WORD.findall(line))


def _stamp_block(read: _HeaderLines, head: Header, i: int) -> tuple[int, int]:
    """The lines around the dated byline ``i`` that only say when too (its relative time, "2 jam lalu", an
    update's time, a clock time): one stamp with it, which a bare name stands above or under. They are
    taken as the byline's; the first and last line of the block are returned."""
    lines, taken = read.lines, read.taken
    top = bottom = i
    while bottom + 1 < len(lines) and (bottom + 1 in taken or _stamp_line(lines[bottom + 1])):
        if bottom + 1 not in read.dated:
            if bottom + 1 in taken:
                break
            head.removed.append(Removed(R.BYLINE, lines[bottom + 1]))
            taken.add(bottom + 1)
            read.dated.add(bottom + 1)
        bottom += 1
    while top > 0 and top - 1 not in taken and _stamp_line(lines[top - 1]):
        head.removed.append(Removed(R.BYLINE, lines[top - 1]))
        taken.add(top - 1)
        read.dated.add(top - 1)
        top -= 1
    return top, bottom


# A line that says only when: few words, and a figure the date grammar reads ("2 jam lalu", "09:30 WIB").
_STAMP_LINE_MAX_WORDS = 6
_DIGIT = lazy(r"\d", _V)


def _stamp_line(line: str) -> bool:
    """A line of a relative time, an update's time or a clock time alone: a time stamp, never a headline
    nor a name ("2 jam lalu", "Diperbarui 5 menit yang lalu", "09:30 WIB")."""
    if line.count(" ") >= _STAMP_LINE_MAX_WORDS:
        return False
    # A stamp holds a figure, or counts back in words ("sehari lalu", "a day ago"): its last word says so.
    if _DIGIT.search(line) is None and line.rsplit(maxsplit=1)[-1].casefold() not in calendar.PAST_WORDS:
        return False
    if _TIME_ONLY.match(line) or (_UPDATED.match(line) and is_stamp(line)):
        return True
    rest = line
    for m in reversed(find_dates(line)):
        rest = rest[: m.start] + " " + rest[m.end :]
    # What the mentions leave is punctuation and at most a label ("Diperbarui", "Update").
    words = [w for w in _WORD.findall(rest) if not w.isdigit()]
    if rest == line or len(words) > 1:
        return False
    return not words or _UPDATED.match(rest.strip(" :|-–—()")) is not None


def _reader_estimate(read: _HeaderLines, head: Header, title_at: int, *, credited: bool) -> None:
    """A reader mode's page, copied: the headline, the byline (a bare name, the page's credit), the estimate
    of the reading time ("3–4 minutes", :data:`~beritaparse.rules.cues.READER_ESTIMATE`), then the text
    (Firefox's Reader View). The estimate is the reading time; the name over it, under the headline, the
    writer, where nothing else credits one."""
    if title_at < 0:
        return
    for j in (title_at + 1, title_at + 2):
        if j >= len(read.lines) or j in read.taken or j in read.used:
            return
        m = cues.READER_ESTIMATE.match(read.lines[j])
        if m is None:
            continue
        head.reading_time = head.reading_time or int(m["m"])
        head.removed.append(Removed(R.READING_TIME, read.lines[j]))
        read.taken.add(j)
        if j == title_at + 2 and not head.authors and not credited:
            names, editors = _author_line(read.lines[title_at + 1], bare=True)
            if names and not editors:
                head.authors.extend(names)
                head.unlabelled.extend(names)  # where it stands says it is a name: a label outranks it
                head.removed.append(Removed(R.BYLINE, read.lines[title_at + 1]))
                read.taken.add(title_at + 1)
        return


def _writer_under_title(read: _HeaderLines, head: Header, title_at: int) -> None:
    """Where nothing else credits a writer, a name beside one word right under the headline ("Nama Penulis
    | Contoh", "Nama Penulis - Sepakbola") is the writer and the outlet or channel, as a byline shows them:
    two or three words of a name, one of the channel's."""
    j = title_at + 1
    if title_at < 0 or j >= len(read.lines) or j in read.taken or j in read.used:
        return
    pieces = [p.strip() for p in _BYLINE_SEPARATORS.split(read.lines[j]) if p.strip()]
    if (
        len(pieces) == 2
        and 2 <= len(pieces[0].split()) <= 3
        and " " not in pieces[1]
        and pieces[1][:1].isalpha()
        and is_person_name(pieces[0])
    ):
        head.authors.append(pieces[0])
        head.removed.append(Removed(R.BYLINE, read.lines[j]))
        read.taken.add(j)


def _writer_under_standfirst(read: _HeaderLines, head: Header, j: int) -> None:
    """Where nothing else credits a writer, a bare name on the header's last line, right under the
    standfirst, is the writer: the byline over the text ("Judul" / "Satu kalimat dek." / "Nama" / the text,
    Brilio's AMP page)."""
    if j != len(read.lines) - 1 or j in read.taken or j in read.used or _names_a_place(read.lines[j]):
        return
    names, editors = _author_line(read.lines[j], bare=True)
    if names and not editors:
        head.authors.extend(names)
        head.unlabelled.extend(names)  # where it stands says it is a name: a label outranks it
        head.removed.append(Removed(R.BYLINE, read.lines[j]))
        read.taken.add(j)


# The separators a page's title puts before the site's name: "Judul - Contoh.com", "Judul | Contoh.com".
_SITE_SEPARATORS = (" - ", " | ", " – ", " — ")
_SITE_MAX_CHARS = 40


def _without_site(line: str, *, named: bool = True) -> str:
    """``line`` without the site's name after it: a browser's page title ("Judul - Contoh.com") is the
    headline and the site; no headline names its own outlet. ``named``: only where the rules know the
    words after the separator for an outlet's name (a domain, a known outlet)."""
    # The last separator, read from the end (most lines hold none; a headline may hold one before it).
    at = max(line.rfind(sep) for sep in _SITE_SEPARATORS)
    if at <= 0:
        return line
    site = line[at + 3 :].strip()
    if not 2 <= len(site) <= _SITE_MAX_CHARS or (
        not is_outlet_name(site) if named else _DIGIT.search(site) is not None  # a date is no site
    ):
        return line
    return line[:at].rstrip()


def _page_titles(lines: list[str]) -> set[int]:
    """Lines that repeat another header line with the site's name after it: the page's title, copied
    above the page (a share text, a tab's title), beside the headline it repeats; neither headline nor a
    writer's credit ("Judul Berita - Contoh.com" has that shape). The repeat says what the words after
    the separator are, whether or not the rules know the outlet ("Judul Berita | Contoh")."""
    if len(lines) < 2:
        return set()
    shown = {line.casefold() for line in lines}
    return {
        i
        for i, line in enumerate(lines)
        if (bare := _without_site(line, named=False)) != line and bare.casefold() in shown
    }


def _read_title(read: _HeaderLines, head: Header, outlet: Outlet | None, credited: set[str]) -> int:
    """The headline: the most headline-like line that names none of the ``credited`` only; its index, or
    -1 when there is none."""
    lines, taken, used = read.lines, read.taken, read.used
    candidates = [
        i
        for i, line in enumerate(lines)
        if i not in taken
        and i not in used
        and _headline_like(
            line, outlet, byline=read.bylined[i], over_byline=functools.partial(_over_byline, read, i)
        )
        and not (credited and all(p.strip().casefold() in credited for p in line.split(",") if p.strip()))
    ]
    if not candidates:
        return -1
    # A credit box's lines (role words and names) stand under the headline as a byline does.
    credit_lines = read.authored | used
    best = max(candidates, key=lambda i: (_title_score(lines, i, read.dated, credit_lines), -i))
    if best - 1 in candidates and (
        (capitalised(lines[best - 1]) and sentence_case(lines[best]))
        or (best - 2 in read.dated and len(lines[best - 1].split()) > len(lines[best].split()))
    ):
        # A line in sentence case right under one in title case is the standfirst under its headline
        # ("Cerita Ria Miranda Soal Inspirasi ..." / "Makna mendalam di setiap pakaian"): nearer the date,
        # it scores higher, but templates capitalise a headline's words and never a standfirst's. So is a
        # shorter line under one that stands right under the date ("28 Nov 23 | 14:01" / "ISMAYA Group Buka
        # Dua Outlet Perdananya di Makassar, Must Try!" / "Ada Djournal Coffee dan The People's Café"): a
        # kicker over a headline is the shorter of the two.
        head.subtitle = lines[best]
        taken.add(best)
        head.removed.append(Removed(R.SUBTITLE, lines[best]))
        best -= 1
    best = _whole_headline(lines, candidates, best)
    head.title = _without_site(lines[best])
    taken.add(best)
    head.removed.append(Removed(R.TITLE, lines[best]))
    _join_broken_title(read, head, best + 1, outlet)
    return best


def _over_byline(read: _HeaderLines, i: int) -> bool:
    """Whether line ``i`` stands right over a byline that names a writer and gives the date."""
    below = i + 1
    return below in read.dated and (found := _byline(read.lines[below])) is not None and bool(found[1])


def _whole_headline(lines: list[str], candidates: list[int], best: int) -> int:
    """The headline whose opening words line ``best`` repeats, above it: the line a lead photo's caption or
    a card writes under the dek is the headline cut short ("Olike LCD Drawing Board" under "Olike LCD
    Drawing Board, Mainan Aman & Edukatif di Tengah Pandemi"), nearer the byline but not the headline."""
    short = lines[best].casefold()
    for i in candidates:
        if i >= best:
            break
        whole = lines[i].casefold()
        if len(whole) > len(short) and whole.startswith(short) and not whole[len(short)].isalnum():
            return i
    return best


def _join_broken_title(read: _HeaderLines, head: Header, tail: int, outlet: Outlet | None) -> None:
    """A headline the copy broke before its last words (at a link inside it: one to three short pieces
    from ``tail`` on), just above the byline.

    A line the rules name (a share button, a photo credit, "Redaksi" heading a credit box) is the page's,
    not the headline's, however short and capitalised.
    """
    lines, taken = read.lines, read.taken
    for pieces in (1, 2, 3):
        broken = range(tail, tail + pieces)
        if (
            tail + pieces < len(lines)
            and (tail + pieces) in (read.dated | read.authored)
            and not ends_sentence(head.title or "")
            and all(
                k not in taken
                and k not in read.used
                and len(lines[k].split()) <= 4
                and lines[k][:1].isupper()
                and not _credit_line(lines[k])
                # A role word opens a credit, a desk's too ("Editor KapanLagi"), not a headline's last words.
                and not cues.ROLE_PREFIX.match(lines[k])
                and not is_outlet_name(lines[k])
                and not _TEAM_LINE.match(lines[k])
                and caption_in_text(lines[k]) is None
                and chrome_reason(lines[k], outlet) is None
                for k in broken
            )
            # A headline is not written half in capitals: capitals above the date are a kicker or a name.
            and not any(" " in lines[k] and lines[k].isupper() for k in broken)
            and not _menu_run(lines, tail, tail + pieces)
            # A channel's name under a whole headline ("... Pasar Induk" / "Nasional") labels the story.
            and not (
                pieces == 1 and lines[tail].casefold() in SECTION_WORDS and not _open_ended(head.title or "")
            )
        ):
            for k in broken:
                head.title = f"{head.title} {lines[k]}"
                taken.add(k)
                head.removed.append(Removed(R.TITLE, lines[k]))
            break


def _open_ended(line: str) -> bool:
    """Whether ``line`` stops on a word no headline ends on ("... Usai Bertemu di"): it goes on below."""
    return line.rsplit(maxsplit=1)[-1].casefold() in language.OPEN_END_WORDS if line.strip() else False


# The fewest words of a headline a one-word name stands under ("Foto Bisnis" is a channel's path).
_LONE_NAME_HEADLINE_WORDS = 4


def _lone_name_above_date(lines: list[str], j: int) -> bool:
    """Whether the one word on line ``j``, between a whole headline and the date under it, is the writer's
    one-word name ("Rusman", "Monalisa"): a headline broken at a link leaves its last word there only after
    a word no headline ends on, and a channel's name ("Nasional") is no writer."""
    word = lines[j]
    # A reader mode puts the site's name between the headline and the writer ("contoh.com").
    above = j - 2 if j > 1 and is_outlet_name(lines[j - 1]) else j - 1
    return (
        above >= 0
        and " " not in word
        and word[:1].isupper()
        and word[1:].islower()  # "FotoBisnis", "SELEBRITI": a label's or a channel's spelling
        and lines[above].count(" ") >= _LONE_NAME_HEADLINE_WORDS - 1
        and word.casefold() not in SECTION_WORDS
        and is_person_name(word)
        and _headline_like(lines[above], None)
        and not _open_ended(lines[above])
    )


def _read_leftovers(leftovers: list[str], head: Header, outlet: Outlet | None) -> None:
    """What is neither title nor byline stands above the first paragraph: chrome, captions, repeated
    titles. The shared rules name most of it; whatever they would keep is not article text either."""
    candidates = [Candidate(line) for line in leftovers]
    rest = clean(candidates, outlet=outlet, title=head.title, text_end=False, site_names=NAMES)
    head.captions.extend(rest.captions)
    head.removed.extend(
        r if r.reason is not R.RELATED else Removed(R.NAVIGATION, r.text) for r in rest.removed
    )
    head.removed.extend(Removed(R.NAVIGATION, b.text) for b in rest.body)
    head.authors.extend(a for a in rest.authors if a not in head.authors)
    head.editors.extend(rest.editors)
    head.reading_time = rest.reading_time_minutes or head.reading_time


_TRAILER_TITLE_MIN_WORDS = 3


@attrs.define
class Trailer:
    """What the lines below the article say: credit boxes, a capitals credit, related links, tags."""

    authors: list[str]
    editors: list[str]
    signed: list[str]
    """The names of a capitals credit right under the text ("DINI TEJA": the writer, where nobody else
    is credited)."""
    related: list[RelatedLink]
    removed: list[Removed]
    tags: list[str]


def _signed_names(lines: list[str], i: int, outlet: Outlet | None) -> tuple[str, ...]:
    """The writers that line ``i`` under the text names without a label, taken where nobody else is
    credited: a credit in capitals right under the text (:func:`~beritaparse.rules.blocks.capitals_credit`),
    or the name under the label of the box about the writer, as the site shows it (an account's name,
    "fachrul_run", or one word)."""
    line = lines[i]
    if (
        i == 0
        and (signed := capitals_credit(line, NAMES))
        and chrome_reason(line, outlet) is None  # a share button in capitals ("BAGIKAN") names nobody
    ):
        return signed
    return (line,) if i > 0 and cues.writer_box_label(lines[i - 1]) and _box_name(line) else ()


def read_trailer(lines: list[str], outlet: Outlet | None) -> Trailer:
    """Below the sign-off: credit boxes, a capitals credit and related links ("Baca juga: <title>") are
    read, everything else (boxes of other stories) is removed."""
    authors, editors, used = _role_credits(lines)
    signed: list[str] = []
    removed = []
    related = []
    listed = tag_lists(lines, outlet)
    # The lines read above, each set aside for what it is; a carded credit is another story's byline,
    # under its headline: not the text's writer.
    read = {
        **dict.fromkeys(used, R.BYLINE),
        **dict.fromkeys(_card_credits(lines, outlet), R.RELATED),
        **dict.fromkeys(listed, R.TAGS),
    }
    for i, line in enumerate(lines):
        if (reason := read.get(i)) is not None:
            removed.append(Removed(reason, line))
            continue
        if names := _signed_names(lines, i, outlet):
            signed.extend(names)
            removed.append(Removed(R.BYLINE, line))
            continue
        m = cues.RELATED_CUE.match(line)
        # A headline after the cue; "Related News" heads a box, it links nothing, and "Jangan lewatkan
        # penawaran ini" goes on in lower case: an advertisement's sentence, not a title.
        if (
            m is not None
            and len(m["title"].split()) >= _TRAILER_TITLE_MIN_WORDS
            and (m["title"][:1].isupper() or m["title"][:1].isdigit())
        ):
            related.append(RelatedLink(m["title"].strip(" :-–—»>")))
            removed.append(Removed(R.RELATED, line))
            continue
        # A credit may stand in brackets on its own line: "(Editor: Nama)", "(Ditulis oleh Nama)".
        credit = line[1:-1].strip() if line[:1] in "([" and line[-1:] in ")]" else line
        wire = credit_rules.by_credits(credit, site_names=NAMES)
        if wire is not None:
            # "Reporting by Nama; Editing by Nama": wire copy credits writers and editors on one line.
            authors.extend(n for n in wire[0] if is_person_name(n) and n not in authors)
            editors.extend(n for n in wire[1] if is_person_name(n))
            removed.append(Removed(R.BYLINE, line))
            continue
        # "Redaktur & Reporter : Nama": one person wrote and edited the text; "Sumber: Antara | Penulis:
        # Nama": a source's label opens the row of credits.
        joined = (
            credit_rules.joined_roles_credit(credit) or credit_rules.credit_row(credit, site_names=NAMES)
            if len(line) < 80
            else None
        )
        if joined is not None:
            editors.extend(n for n in joined[1] if is_person_name(n))
            authors.extend(n for n in joined[0] if is_person_name(n) and n not in authors)
            removed.append(Removed(R.BYLINE, line))
            continue
        m = cues.EDITOR_LABEL.match(credit)
        if m is not None and len(line) < 80:
            writers, edited = labelled_credit(credit, m["names"], opening="editor")
            editors.extend(n for n in edited if is_person_name(n))
            authors.extend(n for n in writers if is_person_name(n) and n not in authors)
            removed.append(Removed(R.EDITOR_CREDIT, line))
            continue
        m = cues.AUTHOR_LABEL.match(credit)
        if m is not None and len(line) < 100:
            writers, edited = labelled_credit(credit, m["names"], opening="author")
            # An adapted story's credit names the original's writer: this one's where nobody else is credited.
            named = signed if credit_rules.adapted_credit(credit) else authors
            named.extend(n for n in writers if is_person_name(n) and n not in named)
            editors.extend(n for n in edited if is_person_name(n))
            removed.append(Removed(R.BYLINE, line))
            continue
        removed.append(Removed(chrome_reason(line, outlet) or R.NOT_CONTENT, line))
    return Trailer(authors, editors, signed, related, removed, [t for tags in listed.values() for t in tags])


# Cards of other stories credit their writers, a card a credit: this many under headlines are cards.
_CARD_CREDITS = 2


def _card_credits(lines: list[str], outlet: Outlet | None) -> set[int]:
    """The writer credits ("by: Nama") each right under a headline of its own, where there are two or more:
    a box of other stories' cards after the text ("More From Fashion": title, "by: Nama", title, ...), whose
    names are not the text's writers. The text's own closing credit stands alone, or under its last
    paragraph, not under a headline."""
    carded = {
        i
        for i in range(1, len(lines))
        if len(lines[i]) < _CARD_CREDIT_CHARS
        and cues.AUTHOR_LABEL.match(lines[i])
        and _headline_like(lines[i - 1], outlet)
    }
    return carded if len(carded) >= _CARD_CREDITS else set()


_CARD_CREDIT_CHARS = 100


# A writer's name in the box about them: a few words, or an account's name.
_BOX_NAME_WORDS = 4
_BOX_NAME_CHARS = 40


def _box_name(line: str) -> bool:
    """Whether ``line`` may be the name the box about the writer shows: a few words and no sentence."""
    return len(line) <= _BOX_NAME_CHARS and line.count(" ") < _BOX_NAME_WORDS and not ends_sentence(line)


# Share of a headline's content words that its own opening paragraphs repeat: a box of other stories on
# the same subject shares a word or two, the article's own headline most of them.
_LEAD_OVERLAP = 0.6


def _content_words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text) if len(w) > 3 and not w.isdigit()}


def title_below(lines: list[str], lead: str, outlet: Outlet | None) -> str | None:
    """The headline where a copy left it out above the text but a box below lists the article itself
    ("Berita lainnya", "Terkini"): the headline-like line whose words the opening paragraphs repeat most."""
    lead_words = _content_words(lead)
    best: tuple[int, float, str] | None = None
    for line in lines:
        # A headline opens with a capital and says something: a tag ("harga tiket pesawat") does neither.
        if (
            not line[:1].isupper()
            or len(line.split()) < 4
            or line.endswith(".")
            or not _headline_like(line, outlet)
        ):
            continue
        words = _content_words(line)
        shared = len(words & lead_words)
        if (
            words
            and shared / len(words) >= _LEAD_OVERLAP
            and (best is None or (shared, shared / len(words)) > best[:2])
        ):
            best = (shared, shared / len(words), line)
    return best[2] if best is not None else None
