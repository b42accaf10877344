"""Where the article runs in a paste: lines, the breaks the copy made, and the stretch of prose.

A paste holds the site's chrome, the headline and byline, the article, and boxes of other stories. The
article is the stretch of prose lines with the most words; lines the copy broke (at every link, in some
templates) are joined first, and once more inside the stretch, where a broken paragraph can only go on.

>>> from beritaparse.paste.layout import article_span, reflow, split_lines
>>> paste = [
...     "Beranda", "Berita", "Jakarta -", "Harga beras naik lagi di pasar induk pada pekan",
...     "ini, kata para pedagang kepada wartawan di lokasi.", "Baca juga: Harga Cabai",
... ]
>>> lines = reflow(split_lines("\\n".join(paste)), None)
>>> lines[:2], lines[3]
(['Beranda', 'Berita'], 'Baca juga: Harga Cabai')
>>> lines[2]
'Jakarta - Harga beras naik lagi di pasar induk pada pekan ini, kata para pedagang kepada wartawan di lokasi.'
>>> article_span(lines, None)
(2, 3)
"""

from __future__ import annotations

import collections
from typing import TYPE_CHECKING

import regex

from beritaparse.dates import find_dates
from beritaparse.lexicon import alternation, calendar, language, phrases
from beritaparse.model import RemovedReason
from beritaparse.outlets import NAMES
from beritaparse.rules import cues
from beritaparse.rules.blocks import (
    PROMO_BOX_LINES,
    STORY_CAPTION,
    STORY_SLIDES,
    VIEWER_TEXT_MAX,
    caption_in_text,
    chrome_reason,
    labelled_tags,
    promo_button,
    split_dateline,
    strip_invisible,
    video_prompt,
)
from beritaparse.rules.credits import DATE_LINE_LEFTOVER, is_outlet_name
from beritaparse.rules.cues import ends_sentence
from beritaparse.rules.flags import CASED, WORDS, lazy

if TYPE_CHECKING:
    from beritaparse.model import Caption
    from beritaparse.outlets.base import Outlet

__all__ = [
    "LIST_ITEM",
    "SENTENCE_END",
    "article_span",
    "capitalised",
    "counted_slide",
    "is_prose",
    "is_sign_off",
    "is_stamp",
    "player_lines",
    "reflow",
    "repeated_lines",
    "sentence_case",
    "short_prose",
    "split_lines",
    "tag_lists",
    "told_caption",
    "two_sentences",
]

_V = regex.VERSION1

_PROSE_MIN_WORDS = 20
_SENTENCES_WORDS = 8
# Non-prose lines (related links, captions, ads) that may stand between two paragraphs of one article.
_MAX_GAP = 6
# How far below the first prose line a dateline may still open the text.
_DATELINE_REACH = 12
LIST_ITEM = lazy(r"^(?:\d{1,3}[.)]|[-•*]|\d{1,2}:\d{2}(?::\d{2})?)\s+\S", _V)
"""A numbered or bulleted list item, or a video's chapter under its time ("01:06 Unboxing ...")."""
SENTENCE_END = cues.SENTENCE_END
"""A line that ends a sentence (closing quotes and brackets allowed)."""
_LONE_DATELINE_MAX = 80
_WORD = lazy(r"\w+", _V)
_DATELINE_ENDS = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212:.")
_STATEMENT_END = lazy(r"[.…][\"'”’)\]]*$", _V)

# A line ending in one of these words goes on in the next line: no sentence or headline ends on them.
_OPEN_END = lazy(rf"\b{alternation(language.OPEN_END_WORDS)}$", WORDS)
# A match of it starts this near the end (the longest word, and room for a final newline): searching from
# there, not from the start of a long paragraph, finds the same match (``\b`` still sees the character
# before the search's start).
_OPEN_END_REACH = max(map(len, language.OPEN_END_WORDS)) + 2


# A caption's credit label left at the end of a line, its credit on the next: "... dikenang Foto:".
_CREDIT_LABEL_END = lazy(r"\b(?:Foto|FOTO|Photo|PHOTO|Credit|Kredit)\s*:$", _V)
_CREDIT_TAIL = lazy(r"\b(?:Foto|FOTO|Photo|PHOTO|Credit|Kredit)\s*:[^:]{1,60}$", _V)
_CREDIT_MAX_WORDS = 6


# A writer's name run into the date after it, as a copy of two adjacent inline elements gives it ("Vinsensia
# Dianawanti13 Des 2020, 12:00 WIB"): a lower-case letter right before a day, a month's name and a year.
_GLUED_DATE = lazy(
    rf"(?<=\p{{Ll}})(?=\d{{1,2}}\s+(?i:{alternation(calendar.MONTH_NAMES)})\.?\s+\d{{4}}\b)", CASED
)


def split_lines(text: str) -> list[str]:
    """The paste's non-empty lines, white space folded, invisible characters (zero-width spaces, soft
    hyphens, byte-order marks: pasted from pages they hide inside words) removed."""
    # Pasting glues some chrome to its neighbour ("waktu baca 2 menitADVERTISEMENT"): split it off first.
    text = strip_invisible(text)
    if any(cue in text for cue in cues.GLUED_CUE_WORDS):
        text = cues.GLUED_CUES.sub(r"\n\1\n", text)
    text = _GLUED_DATE.sub("\n", text)
    raw = text.splitlines()
    if _hard_wrapped(raw):
        # Each block between blank lines is one paragraph the wrap broke: joined before any rule reads it.
        raw = [" ".join(block) for block in _blocks(raw)]
    lines = [" ".join(line.split()) for line in raw if line.strip()]
    lines = [_unmarked(line) if line[0] in _EMPHASIS else line for line in lines]
    return [_INLINE_EMPHASIS.sub(r"\2", line) if "*" in line or "_" in line else line for line in lines]


# A line of a player's interface runs no longer: the caption settings' options run together are the longest.
_PLAYER_LINE_MAX = 800
# Its buttons' labels are short ("Picture-in-Picture"); their words are looked up as the line stands, case
# folded, and the displays' figures ("0:00", "1x", "75%", "/") open on these characters.
_CONTROL_MAX = 40
_CONTROL_WORDS = frozenset(phrases.PLAYER_CONTROLS)
_CONTROL_FIGURES = frozenset("0123456789-/")


def player_lines(lines: list[str]) -> list[int]:
    """The indices of the lines that are a web video player's interface, which a copy of a page with a player
    in its text holds (Video.js's "Video Player is loading." / "Play Video" / "Current Time 0:00" / "/" /
    "Duration 0:00" / "Loaded: 0%" ... "End of dialog window."): each run of player lines
    (:data:`~beritaparse.rules.cues.PLAYER_LINE`) and the buttons' labels and displays' figures about them
    (:data:`~beritaparse.lexicon.phrases.PLAYER_CONTROLS`, :data:`~beritaparse.rules.cues.PLAYER_FIGURE`).
    A button's word ("Play", "Text", "Live") is a player's only beside a line no text writes.
    """
    # A player's copy holds its buttons' labels ("Play", "Mute", "Video Player"), each a line of its own: a
    # text without one is looked at no further (a set's test of the short lines, where a player's line is a
    # pattern's, which cost some 700 ns a line).
    if _CONTROL_WORDS.isdisjoint(line.casefold() for line in lines if len(line) <= _CONTROL_MAX):
        return []
    found: set[int] = set()
    for mark, line in enumerate(lines):
        if mark in found or not _player_mark(line):
            continue
        found.add(mark)
        for step in (-1, 1):
            i = mark + step
            while 0 <= i < len(lines) and (_player_control(lines[i]) or _player_mark(lines[i])):
                found.add(i)
                i += step
    return sorted(found)


def _player_mark(line: str) -> bool:
    return len(line) <= _PLAYER_LINE_MAX and cues.PLAYER_LINE.fullmatch(line) is not None


def _player_control(line: str) -> bool:
    if len(line) > _CONTROL_MAX:
        return False
    if line[0] in _CONTROL_FIGURES:
        return cues.PLAYER_FIGURE.fullmatch(line) is not None
    return line.casefold() in _CONTROL_WORDS


# A hard-wrapped text (a mail client's plain text, a terminal's copy) cuts every line at a fixed width, 70
# to 80 columns; no line of it is longer than this, while a paste of a page holds paragraphs much longer.
_WRAP_MAX = 100
# In a wrapped text, the lines a block goes on after reach near the width: at least this share of it.
_WRAP_FILL = 0.6
_WRAP_MIN_BLOCKS = 3


def _blocks(raw: list[str]) -> list[list[str]]:
    """The runs of non-blank lines between blank ones."""
    blocks: list[list[str]] = [[]]
    for line in raw:
        if line.strip():
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def _hard_wrapped(raw: list[str]) -> bool:
    """Whether the text is hard-wrapped with a blank line between its blocks: no line longer than a wrap's
    width, several blocks of more than one line, and the lines inside those blocks filled near the width
    (a menu's or a list's short lines, one under another, are not)."""
    width = 0
    for line in raw:
        width = max(width, len(line.rstrip()))
        if width > _WRAP_MAX:
            return False  # most pastes: a paragraph on one line
    if width == 0:
        return False
    blocks = _blocks(raw)
    if len(blocks) < _WRAP_MIN_BLOCKS:
        return False  # no blank lines part the blocks: which line ends a paragraph is not told
    inner = [len(line.rstrip()) for block in blocks if len(block) >= 2 for line in block[:-1]]
    return len(inner) >= _WRAP_MIN_BLOCKS and sum(n >= _WRAP_FILL * width for n in inner) >= 0.8 * len(inner)


# Chat apps and mail in plain text mark a line bold or italic by wrapping it ("*Judul Berita*", "_Judul_");
# a forwarded story's headline comes that way.
_EMPHASIS = frozenset("*_")
# Words a chat or Markdown marks inside a line ("kata Lurah Kampung Melayu, *Budi Santoso*.", a story
# forwarded on WhatsApp): the marks in pairs, each against a word, between spaces or punctuation (a
# "snake_case" name, an address's "/_next_/" and a footnote's lone "*" keep theirs).
_INLINE_EMPHASIS = lazy(
    r"(?<=^|[\s(\"'“‘])(\*{1,2}|_{1,2})(?=[^\s*_])([^*_\n]{1,300}?)(?<=[^\s*_])\1(?=$|[\s.,;:!?)\"'”’])", _V
)


def _unmarked(line: str) -> str:
    """``line`` without the emphasis marks wrapping it whole ("*Judul*", "**Judul**", "_Judul_"); a line
    of marks alone (a separator) or marked at one end only (a list's bullet) stays as it is."""
    mark = line[0]
    inner = line.strip(mark)
    if line[-1] != mark or not inner or inner[0].isspace() or not any(c.isalnum() for c in inner):
        return line
    return inner.strip()


def _continues(prev: str, line: str, outlet: Outlet | None, *, open_paragraph: bool) -> bool:
    """True when ``line`` is the rest of ``prev``, broken by the page's markup or the copy."""
    # "... Foto:" broken from its credit ("Ben Radford", "/Allsport"); the label's pattern ends on the colon
    # (or the colon and a newline), so it runs only on a line that does.
    if (
        (prev.endswith((":", ":\n")) and _CREDIT_LABEL_END.search(prev))
        or (line[:1] == "/" and _CREDIT_TAIL.search(prev))
    ) and len(line.split()) <= _CREDIT_MAX_WORDS:
        return True
    if ends_sentence(prev) or prev.endswith(":"):
        return False
    if "/" in prev and cues.GLUED_AGENCY_CREDIT.match(prev):
        return False  # a caption closed by its agency ("... skor 2-1.*/ANTARA") ends there, like a sentence
    if "(@" in prev and cues.TWEET_SIGNATURE.fullmatch(prev):
        return False  # an embedded post's signature ends it: the next post's words open anew, lower case too
    first = line[0]
    # A line ending mid-clause goes on in the next one.
    mid_clause = first.isalnum() or first in "\"'“‘("
    # A lower-case opening continues the line above, but only a line of prose: in a broken paragraph
    # (``open_paragraph``) even a one-word fragment does.
    # (The case first: the word count splits the whole paragraph joined so far; splitting at most twice
    # leaves three pieces exactly when it holds three words or more.)
    lower = first.islower() and (open_paragraph or len(prev.split(maxsplit=2)) >= 3)
    if lower and not open_paragraph and _headline_over_prose(prev, line):
        return False
    if mid_clause == lower:
        joins = lower  # how the line above ends cannot change the answer: its last word is not read
    elif prev.endswith((",", ";")) or _OPEN_END.search(prev, max(0, len(prev) - _OPEN_END_REACH)) is not None:
        joins = mid_clause
    else:
        joins = lower
    # A line that opens with an outlet's name, a reading time, a related-link cue or a credit's label starts
    # anew; tested after the cheap tests of how the lines meet, which most pairs already fail.
    if (
        not joins
        or is_outlet_name(line.split(maxsplit=1)[0], site_names=NAMES)
        or cues.reading_time(line)
        or cues.RELATED_CUE.match(line)
        or cues.CREDIT_LABEL.match(line)  # "by: Nama" under the headline, lower-case as some themes write it
    ):
        return False
    # A line the rules set aside ends there: a capitalised line after it starts anew, even where the
    # set-aside line ends on a word prose does not end on ("Foto: Antara" / "Pemerintah berjanji ...").
    if first.isupper() and chrome_reason(prev, outlet) is not None:
        return False
    # A line the rules set aside stands alone however it opens (kumparan's "kumparanBISNIS" under a title),
    # unless a sentence broken mid-way goes on in it ("pada musim" / "sebelumnya" / "menjadi pelatih").
    return open_paragraph or chrome_reason(line, outlet) is None


def _lone_dateline(line: str, outlet: Outlet | None) -> bool:
    """A dateline that the markup set apart from its text ("Jakarta -" on a line of its own)."""
    # A dateline is a few words ending on a dash, a colon or a full stop, or "Place, Outlet" / "Outlet,
    # Place" without the dash: a cheap test before trying every form.
    if len(line) > _LONE_DATELINE_MAX or (line[-1:] not in _DATELINE_ENDS and "," not in line):
        return False
    _place, prefix, rest = split_dateline(line + " X", outlet)
    # A related link's label takes a place's form in an outlet's "Place:" dateline ("Baca Juga :"): the
    # titles under it are links, not the text the dateline opens.
    return bool(prefix) and rest == "X" and cues.RELATED_CUE.match(line) is None


# A linked title under a box's heading runs this many words at least.
_BOX_TITLE_WORDS = 4


# A line the template repeats runs this many words at least: a label or a button's word ("Advertisement",
# "Baca Juga") repeats too, and its own rules read it.
_REPEATED_WORDS = 4


def repeated_lines(lines: list[str]) -> frozenset[str]:
    """The lines of ``lines`` that stand more than once, each of :data:`_REPEATED_WORDS` words or more and
    no sentence: what a template writes on each of an article's pages, the picture's caption above each
    page's text on a read-page of several ("Seorang pedagang ketahuan mencuci wajan ... di jalan"). Such a
    line is whole on its line, however it stops: no paragraph broken off, and no part of the one below."""
    n = _REPEATED_WORDS
    return frozenset(
        line
        for line, count in collections.Counter(lines).items()
        if count > 1 and len(line.split(maxsplit=n)) >= n and not ends_sentence(line)
    )


def reflow(lines: list[str], outlet: Outlet | None, *, inside: bool = False) -> list[str]:
    """Join paragraphs the copy broke into several lines, and a lone dateline ("Jakarta -") with its text.

    ``inside`` the article's own stretch a paragraph already broken once goes on, whatever the case of
    the next line, until a sentence ends: links and bold words inside a paragraph break it that way. Over
    the whole paste that rule would glue boxes of headlines together, so it waits for the stretch.
    """
    out: list[str] = []
    open_paragraph = False
    # Under a box's heading ("RECOMMENDED", "Baca Juga") come linked titles, one a line, until a sentence
    # of prose: a title stops without a full stop but breaks off no paragraph. A word or two on a line is
    # no title but a copy's hard wrap: the box is over or was never one.
    boxed = False
    # A tag list's lines join nothing either: "kasus harian corona" under "update corona" is a tag of its own.
    listed = frozenset() if inside else _word_items(lines) | tag_lists(lines, outlet).keys()
    whole = repeated_lines(lines)
    for i, line in enumerate(lines):
        if (
            out
            and i not in listed
            and line not in whole
            and out[-1] not in whole
            # A title under a box's heading is whole on its line: the paragraph under the box opens anew,
            # in lower case too ("vivo V60 ditopang ...").
            and not boxed
            and (
                _lone_dateline(out[-1], outlet)
                or _bracket_goes_on(out[-1], lines, i)
                or _continues(out[-1], line, outlet, open_paragraph=open_paragraph)
                or (inside and open_paragraph and _fragment_goes_on(out[-1], line, outlet))
            )
        ):
            out[-1] = out[-1] + " " + line
            # A caption closed by its credit ends there, like a sentence.
            open_paragraph = not (ends_sentence(out[-1]) or _CREDIT_TAIL.search(out[-1]))
            continue
        out.append(line)
        titled = len(line.split(maxsplit=_BOX_TITLE_WORDS)) >= _BOX_TITLE_WORDS and not ends_sentence(line)
        boxed = cues.titles_heading(line) is not None or (boxed and titled)
        # A line the rules set aside is no paragraph broken off, however it stops ("Join our WhatsApp
        # channel for the latest news"): the line below it starts anew. So is a related link: a title in
        # sentence case ends on a lower-case word ("Related news: Japan, Indonesia discuss trade ahead of
        # summit"), as English-language outlets and ANTARA write their titles.
        open_paragraph = (
            inside
            and not boxed
            and _broken_off(line)
            and chrome_reason(line, outlet) is None
            and cues.RELATED_CUE.match(line) is None
        )
    return out


def _bracket_goes_on(text: str, lines: list[str], i: int) -> bool:
    """Whether ``text``, a line that opens a bracket it does not close, goes on in line ``i``: a bracketed
    aside the copy broke at its links ("(Ayo ikuti saluran" / "WhatsApp KapanLagi.com" / "biar enggak
    ketinggalan ..." / "Klik di sini ya, Klovers!)"), whose closing bracket stands a few lines below."""
    return (
        text[:1] == "("
        and len(text) <= _BRACKET_MAX
        and text.count("(") > text.count(")")
        and any(")" in line for line in lines[i : i + _BRACKET_REACH])
    )


# A bracketed aside broken over lines closes within this many lines, and runs this long at most.
_BRACKET_REACH = 5
_BRACKET_MAX = 400


def _word_items(lines: list[str]) -> frozenset[int]:
    """Lines of one lower-case word each, one under another: a breadcrumb ("home" / "gaya" / "kesehatan") or
    a tag list ("kuhp" / "pasal zina"... as one-word tags), whose items join nothing above them. A sentence
    broken at a link leaves a lone lower-case word too, but seldom two in a row, and inside the article's
    stretch (``reflow(inside=True)``) broken paragraphs are joined again whatever their pieces."""
    lone = [" " not in line and line.islower() for line in lines]
    if lone.count(True) < 2:  # fewer than two such lines make no run
        return frozenset()
    return frozenset(
        i
        for i, one in enumerate(lone)
        if one and ((i > 0 and lone[i - 1]) or (i + 1 < len(lone) and lone[i + 1]))
    )


# A tag names a topic: a few words, no sentence ("Tol Jakarta-Cikampek", "Badan Meteorologi Klimatologi dan
# Geofisika (BMKG)"); a longer line under a tag list is the next box's headline. A bare label is short.
_TAG_WORDS = 6
_TAG_CHARS = 60
_TAG_LABEL_CHARS = 20
# The one-word labels: a line holding one is a control of the list ("More Tag", "Lihat Semua Tag"), no tag.
_TAG_LABEL_WORDS = frozenset(label for label in phrases.TAG_LABELS if " " not in label)


def tag_lists(lines: list[str], outlet: Outlet | None) -> dict[int, list[str]]:
    """The lines of ``lines`` that list tags, each index with the tags it holds: a labelled line ("Tags:
    Banjir, Jakarta"), and the tag lists under a bare label ("Tag", "TAGS", "Topik Terkait"), one tag a line
    (the label holding none). Such a list runs on while its lines can name a topic and stops at the first
    that cannot (a box's heading, "Baca Juga", a "Lihat Selengkapnya" link, a headline, a credit); a list
    written with '#' keeps to its '#' ("#Info Kesehatan" over the next box's "Foto" tab). A line may list
    several, comma-separated."""
    found: dict[int, list[str]] = {}
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if (labelled := labelled_tags(line)) is not None:
            found[i - 1] = labelled
            continue
        if (
            len(line) > _TAG_LABEL_CHARS
            or line[:1] == "#"
            or chrome_reason(line, outlet) is not RemovedReason.TAGS
        ):
            continue
        found[i - 1] = []
        hashed = i < len(lines) and lines[i][:1] == "#"
        while i < len(lines) and (tags := _tags_of(lines[i], hashed, outlet)):
            found[i] = tags
            i += 1
    return found


def _tags_of(line: str, hashed: bool, outlet: Outlet | None) -> list[str]:
    """The tags ``line`` names as a line of a tag list (written with '#' where ``hashed``), or none when it
    can be no such line."""
    if (hashed and line[:1] != "#") or len(line) > _TAG_CHARS:
        return []
    tags = [tag.lstrip("#").strip() for tag in line.split(",")]
    return tags if all(_is_tag(tag, outlet) for tag in tags) else []


def _is_tag(tag: str, outlet: Outlet | None) -> bool:
    words = tag.split()
    if not words or len(words) > _TAG_WORDS or ":" in tag or not any(map(str.isalpha, tag)):
        return False
    if not _TAG_LABEL_WORDS.isdisjoint(w.casefold() for w in words):
        return False
    if ends_sentence(tag) or cues.RELATED_CUE.match(tag) is not None or cues.box_heading(tag) is not None:
        return False
    return chrome_reason(tag, outlet) is None


_NUMBERED = lazy(r"^\d{1,3}[.)]\s+\S", _V)


def _broken_off(line: str) -> bool:
    """A line of prose that stops mid-sentence: several words, no final stop, a lower-case last word.

    Subheadings stop without a full stop too, but they are short or end on a capitalised word.
    """
    words = line.split()
    return (
        len(words) >= 6
        and line[-1].isalnum()
        and words[-1][:1].islower()
        # A numbered line is a numbered subheading or a list's item ("4. Tentukan apa yang akan kamu
        # lakukan"): the capitalised line under it starts anew. A bulleted item broken at a link goes on.
        and _NUMBERED.match(line) is None
        and caption_in_text(line) is None
    )


# A picture's credit alone in brackets, under a numbered subheading the picture follows: "(IDN Times/Nama)".
_BRACKETED_CREDIT = lazy(r"^\([^()/]{1,40}/[^()]{1,60}\)$", _V)


def _fragment_goes_on(paragraph: str, line: str, outlet: Outlet | None) -> bool:
    if ends_sentence(paragraph) or paragraph.endswith(":") or LIST_ITEM.match(line):
        return False
    if _BRACKETED_CREDIT.match(line):
        return False
    return (
        cues.RELATED_CUE.match(line) is None
        and chrome_reason(line, outlet) is None
        and caption_in_text(line) is None
        and not is_sign_off(line, outlet)
    )


# A line with two sentences ("... perguruan tinggi. Doc. uny.ac.id") is a caption or prose, not a headline;
# an interjection opening a headline ("Ngeri! Penyebaran DBD Melonjak Tajam") is no sentence of its own: the
# first sentence holds three words at least.
_TWO_SENTENCES = lazy(r"\S+\s+\S+\s+[^.!?]*?\p{Ll}{3,}[.!?]\s+\S", _V)
# The pattern's own tail, for a search first: without a sentence end inside the line (most lines) the whole
# pattern, whose search tries each start with a lazy run, need not run (it cost a tenth of parse_text).
_SENTENCE_END = lazy(r"\p{Ll}{3,}[.!?]\s+\S", _V)


def two_sentences(line: str) -> bool:
    """Whether ``line`` holds two sentences, the first of three words at least (:data:`_TWO_SENTENCES`)."""
    return _SENTENCE_END.search(line) is not None and _TWO_SENTENCES.search(line) is not None


def _case_words(line: str) -> list[str]:
    """The words that tell title case from sentence case: after the first, of letters, no function word."""
    return [
        w for w in _WORD.findall(line)[1:] if w[:1].isalpha() and w.casefold() not in language.FUNCTION_WORDS
    ]


# A headline runs this many capitalised words at least after its first (function words aside); fewer open a
# sentence as often ("Presiden Joko Widodo" / "mengatakan ..."), and a stamp has fewer ("Rabu, 17 Juni 2015 |
# 23:40 WIB").
_HEADLINE_CASE_WORDS = 5


def _headline_over_prose(prev: str, line: str) -> bool:
    """Whether ``prev`` is a headline in title case and ``line`` prose in lower case under it: the headline
    ends there ("Fenomena di Tengah Pandemi, Masyarakat Simpan Ratusan Juta Hingga Borong Emas" over a
    caption's broken-off end, "pertumbuhan ekonomi. ©2019 Merdeka.com/Imam Buhori"). A headline broken at a
    link goes on in title case ("Jokowi Bertemu Prabowo" / "di Istana Negara Bahas Koalisi")."""
    words = _case_words(prev)
    return (
        len(words) >= _HEADLINE_CASE_WORDS
        and all(w[:1].isupper() for w in words)
        and any(w[:1].islower() for w in _case_words(line))
    )


def capitalised(line: str) -> bool:
    """A line in title case: every word but the function words capitalised ("Cerita Ria Soal Misi")."""
    words = _case_words(line)
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def sentence_case(line: str) -> bool:
    """A line in sentence case: its words after the first in lower case, bar a name or two."""
    words = _case_words(line)
    return len(words) >= 2 and sum(w[:1].islower() for w in words) >= 0.75 * len(words)


def is_prose(line: str, outlet: Outlet | None) -> bool:
    if cues.closes_on_bracket(line):
        line = cues.CLOSING_INITIALS.sub("", line)
    # The word counts first, the patterns (a caption, chrome, a dateline) on what they leave open.
    words = len(line.split())
    if (
        words >= 35
        or (words >= _PROSE_MIN_WORDS and (ends_sentence(line) or cues.ends_quote(line)))
        or short_prose(line)
    ):
        return True
    if words >= _SENTENCES_WORDS and ends_sentence(line) and two_sentences(line) and not capitalised(line):
        # Sentences that run on in sentence case, however few words: a paragraph's close ("Dengan ini, ...
        # akan semakin luas. Bagaimana menurut kalian dengan akuisisi ini?"). A headline that asks and
        # answers is in title case.
        return True
    return words >= 5 and (words >= 8 or ends_sentence(line)) and bool(split_dateline(line, outlet)[1])


def is_sign_off(line: str, outlet: Outlet | None) -> bool:
    """The editor's closing credit, alone on its line or closing the last paragraph."""
    if cues.closes_on_bracket(line) and cues.CLOSING_INITIALS.search(line):
        return True
    if len(line) > 60:
        return False
    if outlet is not None and outlet.closing_pattern is not None and outlet.closing_pattern.fullmatch(line):
        return True
    return bool(cues.CLOSING_NAME.match(line))


def article_span(lines: list[str], outlet: Outlet | None) -> tuple[int, int]:
    """Where the article runs: the stretch of prose lines with the most words, to its sign-off."""
    # A promotion runs as long as prose ("Simak breaking news dan berita pilihan kami ..."): it is no part of
    # the text, and counted as prose it carried the stretch over a box of other stories above it.
    prose = [
        i
        for i, line in enumerate(lines)
        if is_prose(line, outlet)
        and chrome_reason(line, outlet) is None
        and not _card_excerpt(lines, i, outlet)
    ]
    if not prose:
        slides = _slide_runs(lines)
        return (slides[0][0], slides[0][-1] + 1) if slides else (0, len(lines))
    clusters: list[list[int]] = [[prose[0]]]
    for i in prose[1:]:
        # Fragments of a line the copy broke (one to three words) weigh little; headlines of other
        # stories weigh in full, so a box of them ends the article.
        between = range(clusters[-1][-1] + 1, i)
        gap = _gap(lines, between, outlet)
        # The editor's sign-off closes the article, and so do its tag list and the heading of the readers'
        # comments: prose after them belongs to something else.
        # A time stamp with its day and year between two paragraphs dates another story: a list of teasers
        # (title, stamp, summary) reads as one long stretch of prose otherwise, longer than the article. A
        # stamp alone between two paragraphs, no headline above it, dates the text they are both of: a photo
        # page's intro over its stamp and the slide's text, a live report's updates.
        if (gap <= _MAX_GAP or _counted_on(lines, clusters[-1][0], between)) and not any(
            is_sign_off(lines[k], outlet)
            or chrome_reason(lines[k], outlet) in _TEXT_ENDS
            or cues.COMMENTS_HEADING.match(lines[k]) is not None
            or cues.own_box_heading(lines[k])
            or (is_stamp(lines[k]) and len(between) > 1 and not _dates_embed(lines, k, outlet))
            for k in between
        ):
            clusters[-1].append(i)
        else:
            clusters.append([i])
    clusters.extend(_slide_runs(lines))
    best = max(clusters, key=lambda c: sum(len(lines[i].split()) for i in c))
    start, end = best[0], best[-1] + 1
    # A dateline opens the text: what stands above it (a standfirst, a caption) is header.
    opening = next(
        (i for i in range(start, min(end, start + _DATELINE_REACH)) if _opens_text(lines[i], outlet)),
        None,
    )
    start = opening if opening is not None else _dateline_above(lines, _opening_above(lines, start), outlet)
    start = _under_dek(lines, start, end, outlet)
    end = _before_video(lines, start, end, outlet)
    end = _through_table(lines, _through_lists(lines, end), outlet)
    end = _through_cut(lines, _through_data(lines, end, outlet), outlet)
    if len(best) <= VIEWER_TEXT_MAX:
        # A photo page's short text goes on in the slide its viewer shows under it.
        below = range(end, min(len(lines), end + _COUNTER_REACH + 1))
        end = next((j + 1 for j in below if counted_slide(lines, j) is not None), end)
    after = range(end, min(len(lines), end + _MAX_GAP + 2))
    # The heading of the site's own box under the text ("Tentang Kami") ends it: the lines between them are
    # the text's where each is a caption or a line the rules set aside (the last picture's caption, its
    # enlarge button, the pager); a box of other stories' cards there is not.
    box = next((j for j in after if cues.own_box_heading(lines[j])), None)
    if box is not None and all(
        caption_in_text(lines[k]) is not None or chrome_reason(lines[k], outlet) is not None
        for k in range(end, box)
    ):
        return start, box
    if end < len(lines) and _last_line(lines, end, outlet):
        end += 1
    for j in after:
        if is_sign_off(lines[j], outlet):
            return start, j + 1
    return start, end


def _under_dek(lines: list[str], start: int, end: int, outlet: Outlet | None) -> int:
    """Where the text opens under a standfirst that stands over the lead photo: the headline, the standfirst
    in sentences, the photo's caption, then the text ("Peringatan 25 Tahun Pembredelan Tempo" / "Seperempat
    abad lalu, Tempo ditutup penguasa negeri ini. ..." / "PROTES KARYAWAN TEMPO ... [TEMPO]" / "Pada 21 Juni
    1994, ..."). A text does not open above its lead photo; a dateline opens it wherever it stands."""
    if (
        start == 0
        or start + 2 >= end
        or caption_in_text(lines[start + 1]) is None
        or not is_prose(lines[start + 2], outlet)
        or is_prose(lines[start - 1], outlet)
        or _opens_text(lines[start], outlet)
    ):
        return start
    return start + 2


def _before_video(lines: list[str], start: int, end: int, outlet: Outlet | None) -> int:
    """Where the text ends above the video it closes on: a prompt to watch it ("Simak juga video pilihan
    berikut ini:", "Video Pilihan") over one paragraph, the video's description, which is another story's
    ("Aliran Sungai Bengawan Solo mengalami pencemaran berat. ..." under a text on Pantai Losari)."""
    for k in range(end - 1, max(start, end - _VIDEO_TAIL - 1), -1):
        if video_prompt(lines[k], outlet):
            return k
    return end


# The prompt stands this many lines from the stretch's end at most: over the description, the stretch's last.
_VIDEO_TAIL = 2


# A headline-long line at least: a subheading or a caption's label is shorter.
_UNSTOPPED_MIN_WORDS = 10


def _last_line(lines: list[str], i: int, outlet: Outlet | None) -> bool:
    """Whether line ``i``, right under the stretch of prose, is the text's last line though no prose line by
    itself: the last paragraph whose full stop the writer left out, over what closes the text (a platform's
    disclaimer, the tag list: "Sebelumnya, Dinar Candy sering mengaku kalau hingga kini masih menjaga
    keperawannya"), or the question the text closes on to its readers, over the boxes after the text or
    nothing ("Tampil kompak memakai outfit batik, gaya busana siapa favorit Sahabat Dream?"). Words enough for
    prose, in sentence case: another story's headline there, a question too, is in title case."""
    line = lines[i]
    if (
        len(line.split()) < _UNSTOPPED_MIN_WORDS
        or not sentence_case(line)
        or chrome_reason(line, outlet) is not None
    ):
        return False
    below = lines[i + 1] if i + 1 < len(lines) else None
    closes = below is not None and chrome_reason(below, outlet) in _TEXT_ENDS
    if not ends_sentence(line):
        return closes
    return line.endswith("?") and (
        closes
        or below is None
        or cues.RELATED_CUE.match(below) is not None
        or cues.titles_heading(below) is not None
        or cues.COMMENTS_HEADING.match(below) is not None
    )


def _card_excerpt(lines: list[str], i: int, outlet: Outlet | None) -> bool:
    """Whether line ``i`` is a card's or a teaser's excerpt over its "Lihat Selengkapnya" link: another
    page's, however long, under the card's name or the teaser's title (KLY's topic cards under the text:
    "Persija Jakarta" / "Tim Sepakbola" / "Persija Jakarta berdiri pada 28 November 1928. ..." / "Lihat
    Selengkapnya"). A paragraph under another, the link unfolding the rest of the text, and a slide under
    its viewer's counter ("1/6") are the story's own."""
    if i == 0 or i + 1 == len(lines) or cues.READ_MORE.fullmatch(lines[i + 1]) is None:
        return False
    above = lines[i - 1]
    return chrome_reason(above, outlet) is not RemovedReason.PAGING and not is_prose(above, outlet)


def _dates_embed(lines: list[str], k: int, outlet: Outlet | None) -> bool:
    """Whether the stamp at ``k`` dates an embedded post: it stands under the post's credit ("A post shared by
    IDN Times (@idntimes) on" / "Jul 14, 2019 at 9:00pm PDT"), a media line."""
    return k > 0 and chrome_reason(lines[k - 1], outlet) is RemovedReason.MEDIA


def _opens_text(line: str, outlet: Outlet | None) -> bool:
    """A dateline opening the text. "ARTIKEL TERKAIT - <title>" has a dateline's shape but is a related
    link; "Contoh.com - 18/07/2021, 18:52 WIB" and "Nama - Contoh.com" have it too, but are the byline's
    time stamp and its writer beside the outlet."""
    _place, prefix, rest = split_dateline(line, outlet)
    return (
        bool(prefix)
        and cues.RELATED_CUE.match(line) is None
        and not is_stamp(line)
        and not is_outlet_name(rest, site_names=NAMES)
        and not _date_alone(rest)
        # An ad slot's label over its prompt ("Advertisement - Scroll untuk Melanjutkan") has the shape too.
        and chrome_reason(line, outlet) is None
    )


def _date_alone(text: str) -> bool:
    """Whether ``text`` is a date with its year and nothing else: "Nama - 15 Juli 2019" is a byline, the
    writer beside the day, not a dateline opening a paragraph."""
    if len(text) > _DATE_ALONE_MAX or _STAMP_YEAR.search(text) is None:
        return False
    return any(len(text) - (m.end - m.start) <= DATE_LINE_LEFTOVER for m in find_dates(text))


# A date written out with its weekday runs this long at most ("Selasa, 15 September 2019").
_DATE_ALONE_MAX = 40


def _dateline_above(lines: list[str], start: int, outlet: Outlet | None) -> int:
    """A dateline a few lines above the stretch opens the text where only pieces of a broken paragraph
    stand between: a copy that breaks the opening paragraph at every link ("Badung - Kepala Dinas ..., I
    Nyoman" / "Rudiarta" / "memastikan ...") leaves it in pieces too short to count as prose."""
    for k in range(start - 1, max(-1, start - 1 - _DATELINE_REACH), -1):
        line = lines[k]
        if _opens_text(line, outlet):
            return k
        if _gap_weight(line) >= 1 and not is_prose(line, outlet):
            return start  # a line of its own (a caption, a headline) stands between: the stretch opens below
    return start


# What closes a text: its tag list, and the page's footer (a copyright line) under it.
_TEXT_ENDS = frozenset({RemovedReason.TAGS, RemovedReason.FOOTER})
# A short line with a year and a clock time: "DETIKNEWS | Kamis 18 Jun 2015, 07:00 WIB", "16 Feb 2016 08:38".
_STAMP_YEAR = lazy(r"\b(?:19|20)\d\d\b", _V)
_STAMP_CLOCK = lazy(r"(?<!\d)(?:[01]?\d|2[0-3])[:.][0-5]\d(?!\d)", _V)
_STAMP_MAX_WORDS = 10


def is_stamp(line: str) -> bool:
    """A date-and-time stamp on a line of its own ("Kamis 18 Jun 2015, 07:00 WIB"): a story's byline or an
    update's time; the text of another story does not carry one between its paragraphs."""
    return (
        line.count(" ") < _STAMP_MAX_WORDS
        and _STAMP_YEAR.search(line) is not None
        and _STAMP_CLOCK.search(line) is not None
    )


_SLIDE_MIN_WORDS = 10
_CLOSING_BRACKETS = frozenset(")]")


def told_caption(text: str) -> bool:
    """A caption that describes in sentences ("... di Staples Center, Los Angeles, Senin (15/2)."): a photo
    story's slide, not a label under a picture."""
    return len(text) >= STORY_CAPTION and ends_sentence(text)


# A viewer's counter stands this near above the slide it numbers (a zoom button between: "Klik gambar untuk
# perbesar" / "1 / 7").
_COUNTER_REACH = 2


def counted_slide(lines: list[str], i: int) -> Caption | None:
    """The slide a photo viewer shows under its counter, where line ``i`` is one ("1 / 7" over "Migran dari
    Timur Tengah berkumpul ... Senin (8/11/2021). ... (Nama/BelTA via AP)"): a caption told in sentences,
    with its credit, which is a photo story's text (a mobile page shows one slide of the story's seven)."""
    above = lines[max(0, i - _COUNTER_REACH) : i]
    if not any(chrome_reason(k, None) is RemovedReason.PAGING for k in above):
        return None
    return _slide(lines[i])


def _slide(line: str) -> Caption | None:
    """The caption ``line`` is when it is a photo story's slide: a caption told in sentences, closing on its
    credit in brackets ("... Senin (15/2). (REUTERS / Nama)")."""
    # A credit closes the line in brackets: a cheap test of every line before the caption patterns run on
    # the few that pass it.
    if line[-1:] not in _CLOSING_BRACKETS or line.count(" ") < _SLIDE_MIN_WORDS:
        return None
    caption = caption_in_text(line)
    return caption if caption is not None and told_caption(caption.text) else None


def _counted_on(lines: list[str], start: int, between: range) -> bool:
    """Whether a gallery's counter between two paragraphs numbers the slide after the one a counter above
    numbered ("Foto 8 dari 10" ... "Foto 9 dari 10"): the slides of one photo story, however many boxes of
    other stories and ads a mobile page sets between them (KapanLagi's)."""
    below = [n for k in between if (n := cues.slide_number(lines[k])) is not None]
    if not below:
        return False
    above = {cues.slide_number(lines[k]) for k in range(max(0, start - _COUNTER_REACH), between.start)}
    return any((at - 1, of) in above for at, of in below)


def _slide_runs(lines: list[str]) -> list[list[int]]:
    """Runs of descriptive captions with their credits, one a line ("... Senin (15/2). (REUTERS / Nama)"):
    the slides of a photo story, whose text they are; a news story's pictures are fewer, or its text is
    longer."""
    slides = [i for i, line in enumerate(lines) if _slide(line) is not None]
    runs: list[list[int]] = []
    for i in slides:
        # A slider sets its controls between the slides: the next one's counter, a read-more link ("1/6",
        # "Selengkapnya").
        if (
            runs
            and all(_viewer_control(lines[k]) for k in range(runs[-1][-1] + 1, i))
            and i - runs[-1][-1] <= _VIEWER_CONTROL_LINES + 1
        ):
            runs[-1].append(i)
        else:
            runs.append([i])
    return [run for run in runs if len(run) >= STORY_SLIDES]


_VIEWER_CONTROLS = frozenset({RemovedReason.PAGING, RemovedReason.NAVIGATION, RemovedReason.MEDIA})
_VIEWER_CONTROL_LINES = 2


def _viewer_control(line: str) -> bool:
    """Whether ``line`` is a slider's control set between its slides: a counter, a read-more link, a zoom
    button ("1/6", "Selengkapnya")."""
    return chrome_reason(line, None) in _VIEWER_CONTROLS


def slides_first(lines: list[str], start: int, end: int, outlet: Outlet | None) -> list[str] | None:
    """The lines in the page's reading order where a photo page sets its slider above its headline: the
    stretch the text was taken to be is the slides alone (each a caption told in sentences with its credit,
    the slider's controls between them), and a headline over its stamp stands right under it (Liputan6's
    2021 photo page: six slides, then "FOTO: ...", "10 Nov 2021, 08:00 WIB", the intro). The headline, its
    stamps and the intro under them are moved above the slides, so the header reads as a header and the
    intro opens the text; None where the lines do not read so."""
    slides = {i for i in range(start, end) if _slide(lines[i]) is not None}
    if len(slides) < STORY_SLIDES or any(
        i not in slides and not _viewer_control(lines[i]) for i in range(start, end)
    ):
        return None
    # A header above the slides heads them, unless its headline is the one under them again (a copy that
    # adds the headline and date on top of the page's own).
    above = {line.casefold() for line in lines[:start]} if any(map(is_stamp, lines[:start])) else None
    for h in range(end, min(len(lines) - 1, end + _HEADLINE_UNDER_SLIDES)):
        headline = lines[h]
        if (
            is_stamp(lines[h + 1])
            and not is_stamp(headline)
            and not ends_sentence(headline)
            and (above is None or headline.casefold() in above)
        ):
            k = h + 1
            while k < len(lines) and is_stamp(lines[k]):
                k += 1
            while k < len(lines) and is_prose(lines[k], outlet):
                k += 1
            return [*lines[:start], *lines[end:k], *lines[start:end], *lines[k:]]
    return None


# How far under the slides their headline may stand: a control or a label between.
_HEADLINE_UNDER_SLIDES = 3


def _gap(lines: list[str], between: range, outlet: Outlet | None) -> float:
    """How much the non-prose lines ``between`` two paragraphs separate them (:func:`_gap_weight` each).

    The items of a list the paragraph above introduces ("Adapun promo yang disediakan ... sebagai berikut:"
    over "Cashback 100 persen (maks. Rp9.646) untuk 36 Diamonds" and four more) are the text's, however
    capitalised; and an ad's label or a media line ("Lanjutkan membaca artikel di bawah", "Iklan") stands
    between paragraphs of one text, as a break and not another story.
    """
    total = 0.0
    listing = between.start > 0 and _list_intro(lines[between.start - 1])
    # The short lines of a promotion's box above its button ("Drunk Elephant Cocomino Glossing Shampoo" /
    # "$25.00" / "Shop Now", four such products) stand between paragraphs of one text, as an ad does.
    boxed = {
        j
        for k in between
        if promo_button(lines[k], outlet)
        for j in range(max(between.start, k - PROMO_BOX_LINES), k + 1)
    }
    # The linked titles under a related-links cue ("Baca Juga" over three titles) are one box set into the
    # text, as an ad is: the cue weighs as a headline, its titles little. A box of other stories under its
    # heading ("Terpopuler") weighs a headline a title and ends the text.
    related = False
    for k in between:
        line = lines[k]
        if k in boxed or (listing and len(line.split()) <= _LISTED_ITEM_WORDS and not ends_sentence(line)):
            total += _LIGHT
            continue
        if related and not ends_sentence(line) and len(line.split()) >= _BOX_TITLE_WORDS:
            total += _LIGHT
            continue
        related = cues.titles_heading(line) is RemovedReason.RELATED
        listing = _list_intro(line)
        total += _LIGHT if chrome_reason(line, outlet) in _BREAKS else _gap_weight(line)
    return total


# An item of a list a paragraph introduces: a line of a few words, no sentence.
_LISTED_ITEM_WORDS = 12
_LIGHT = 0.25
_BREAKS = frozenset({RemovedReason.ADVERTISEMENT, RemovedReason.MEDIA, RemovedReason.SHARE})


def _gap_weight(line: str) -> float:
    """How much a non-prose line between two paragraphs separates them.

    Fragments of a line the copy broke (one to three words, or a piece opening in lower case: the middle
    of a sentence) and list items (numbered, bulleted, or amounts) weigh little; headlines of other
    stories weigh in full, so a box of them ends the article.
    """
    if len(line.split()) <= 3 or LIST_ITEM.match(line) or line[:1].islower() or cues.AMOUNT_ITEM.match(line):
        return _LIGHT
    return 1.0


def _opening_above(lines: list[str], start: int) -> int:
    """Short opening paragraphs above the first long one still belong to the text, and so does a list
    that the text introduces with a colon ("lima negara dengan kasus tertinggi adalah:")."""
    while start > 0:
        above = start - 1
        if short_prose(lines[above]):
            start = above
            continue
        items = above
        while items >= 0 and LIST_ITEM.match(lines[items]):
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


# An ellipsis on a line of its own, where a paywall cuts the text.
_CUT_MARKS = frozenset({"...", "…", "[...]", "(...)"})
_CUT_MIN_WORDS = 3


def _through_cut(lines: list[str], end: int, outlet: Outlet | None) -> int:
    """A paragraph a paywall cut mid-sentence, the ellipsis under it ("“I stressed that IDI rejects the
    omnibus health bill," / "..." / "Subscribe to continue reading."), is the text's last: no prose line by
    itself, it is what the page shows of the next paragraph."""
    if end == 0 or end + 1 >= len(lines) or lines[end + 1] not in _CUT_MARKS:
        return end
    line = lines[end]
    if (
        len(line.split()) < _CUT_MIN_WORDS
        or ends_sentence(line)
        or chrome_reason(line, outlet) is not None
        or cues.RELATED_CUE.match(line) is not None
    ):
        return end
    return end + 1


def _through_lists(lines: list[str], end: int) -> int:
    """Numbered lists that close the text (and the headers between their groups) are part of it."""
    j, last_item = end, None
    while j < len(lines):
        if LIST_ITEM.match(lines[j]):
            last_item = j
        elif not (_list_bridge(lines[j]) and any(LIST_ITEM.match(k) for k in lines[j + 1 : j + 3])):
            following = None if last_item is None else _next_numbered(lines, last_item)
            if following is None:
                break
            j = following
            continue
        j += 1
    return end if last_item is None else last_item + 1


_NUMBER = lazy(r"^(\d{1,3})[.)]\s", _V)


def _next_numbered(lines: list[str], item: int) -> int | None:
    """The next item of the numbered list whose item stands at ``item``, where what stands between them is
    more than a group's header: the photo, its caption, the page break and the embedded post a listicle sets
    under each item ("1. Momen ..." / caption / "3 dari 7 halaman" / "2. Tidak hanya ..."). Only the next
    number continues the list: a box of teasers under it numbers its own from 1."""
    number = _NUMBER.match(lines[item])
    if number is None:
        return None
    expected = f"{int(number[1]) + 1}"
    for k in range(item + 1, min(len(lines), item + _MAX_GAP + 1)):
        found = _NUMBER.match(lines[k])
        if found is not None:
            return k if found[1] == expected else None
    return None


_TABLE_MAX_LINES = 80


def _through_table(lines: list[str], end: int, outlet: Outlet | None) -> int:
    """A table the text's last paragraph points at ("simak tabel di bawah ini."), copied one cell a line,
    is the text's own, up to the line that closes the text (chrome, a related link, a sign-off): lines
    running to the end of the paste, or into prose of another story, are not read as one."""
    if end == 0 or cues.POINTS_BELOW.search(lines[end - 1]) is None:
        return end
    for j in range(end, min(len(lines), end + _TABLE_MAX_LINES)):
        line = lines[j]
        if (
            chrome_reason(line, outlet) is not None
            or cues.RELATED_CUE.match(line)
            or is_sign_off(line, outlet)
        ):
            return j if j > end + 1 else end
        if is_prose(line, outlet):
            return end  # prose after short lines: no table this text points at
    return end


# A sentence opening on a pointer at what follows it: "Berikut Bola.com sajikan hasil lengkap ...".
_POINTS_ON = lazy(rf"^{alternation(language.FOLLOWING_OPENERS)}\b", WORDS)
# A list of data closing a text: results, votes, scores, one a line, each line the same shape with other
# names ("14/04/2025 - Indonesia 0-6 Korea Utara", "Juan Mata (34.2 ribu suara)").
_DATA_MIN_LINES = 3
_DATA_MAX_WORDS = 12
# Headings, group labels and a page break ("2 dari 2 halaman", "Hasil Survei Lengkap", "Pertemuan
# Sebelumnya:", "-") between the text and a list, or between two of its groups.
_DATA_BRIDGE_LINES = 3
_FIGURE = lazy(r"\d+(?:[.,:/]\d+)*", _V)
_LETTERS = lazy(r"\p{L}+(?:\s+\p{L}+)*", _V)


def _data_shape(line: str, outlet: Outlet | None) -> str | None:
    """A data line's shape, figures and runs of words each one mark ("a (0 a)"); None for any other line."""
    if (
        _FIGURE.search(line) is None
        or _LETTERS.search(line) is None  # a pager's numbers ("Halaman:" over "1", "2", "3")
        or len(line.split()) > _DATA_MAX_WORDS
        or ends_sentence(line)
        or chrome_reason(line, outlet) is not None
    ):
        return None
    return _LETTERS.sub("a", _FIGURE.sub("0", line))


def _data_bridge(line: str, outlet: Outlet | None) -> bool:
    reason = chrome_reason(line, outlet)
    if reason is RemovedReason.PAGING or not any(c.isalnum() for c in line):
        return True
    return (
        reason is None
        and len(line.split()) <= _DATA_MAX_WORDS
        and not ends_sentence(line)
        and cues.RELATED_CUE.match(line) is None
    )


def _through_data(lines: list[str], end: int, outlet: Outlet | None) -> int:
    """Lists of data the text announces ("Berikut ... hasil lengkap ...", "5 Pertandingan Terakhir:") are
    the text's, over the page breaks, headings and labels between them: each group three lines or more of one
    shape. Lines of data nothing announces are a box beside the text (a table of scores, a ticker)."""
    if end == 0 or is_sign_off(lines[end - 1], outlet):
        return end
    pointed = (
        cues.POINTS_BELOW.search(lines[end - 1]) is not None or _POINTS_ON.match(lines[end - 1]) is not None
    )
    j, bridges, last = end, 0, end
    while j < len(lines):
        shape = _data_shape(lines[j], outlet)
        run = j if shape is None else j + 1
        while run < len(lines) and shape is not None and _data_shape(lines[run], outlet) == shape:
            run += 1
        if run - j >= _DATA_MIN_LINES and (pointed or lines[j - 1].endswith(":")):
            j = last = run
            bridges = 0
            continue
        if bridges == _DATA_BRIDGE_LINES or not _data_bridge(lines[j], outlet):
            break
        bridges += 1
        j += 1
    return last


def short_prose(line: str) -> bool:
    # A statement, not a question or exclamation: short headlines end with those, and a headline cut
    # short in a box of other stories ends on an ellipsis.
    return (
        len(line.split()) >= 8
        and bool(_STATEMENT_END.search(line))
        and not line.rstrip("\"'”’)]").endswith(("...", "…"))
        and caption_in_text(line) is None
        and chrome_reason(line, None) is None
    )
