"""Indonesian news boilerplate, as data: the cue phrases that hold for every outlet.

Outlet-specific chrome lives in the outlet's module; what is here is how Indonesian news sites in general
mark advertisements, related links, share and follow prompts, credits and footers. Each table is a tuple of
regular expressions (``regex`` syntax, case-insensitive) with the reason a matching line is not article text.
Patterns marked *full* must match the whole line; *lead* patterns match its start.
"""

from __future__ import annotations

import functools

import regex

from beritaparse.cache import patterns as cache
from beritaparse.lexicon import alternation, language, names, phrases, roles
from beritaparse.lexicon.roles import Role
from beritaparse.model import RemovedReason
from beritaparse.rules.flags import CASED, WORDS, LazyPattern, lazy

__all__ = [
    "AMOUNT_ITEM",
    "AUTHOR_LABEL",
    "BARE_RELATED_CUE",
    "BARE_ROLE",
    "BYLINE_START",
    "BY_WORD_ALONE",
    "CAPTION_CREDIT",
    "CHROME_OPENING",
    "CLOSING_INITIALS",
    "CLOSING_NAME",
    "COMMENTS_HEADING",
    "CREDIT_BOX_HEADING",
    "CREDIT_LABEL",
    "CREDIT_START",
    "DASH",
    "EDITOR_BREAK",
    "EDITOR_LABEL",
    "EDITOR_START",
    "FULL_LINE_CUES",
    "FUNCTION_WORDS",
    "GLUED_AGENCY_CREDIT",
    "GLUED_CUES",
    "GLUED_CUE_WORDS",
    "GLUED_ROLE",
    "JOINED_ROLES_LABEL",
    "LEAD_CUES",
    "NAV_FIRST_WORDS",
    "NAV_FIRST_WORD_TOKENS",
    "NAV_PHRASES",
    "NEGATED_ROLE",
    "OTHER_STORIES_HEADING",
    "PAYWALL_OPENER",
    "PHOTO_LABEL",
    "PHOTO_SOURCES",
    "PICTURE_POSITION",
    "PLACE_CREDIT",
    "PLAYER_FIGURE",
    "PLAYER_LINE",
    "POINTS_BELOW",
    "READER_ESTIMATE",
    "READING_TIME",
    "READ_MORE",
    "RELATED_CUE",
    "REPORT_START",
    "ROLE_LINE",
    "ROLE_PREFIX",
    "ROLE_SUFFIX",
    "SENTENCE_END",
    "SITE_BOX",
    "SLIDE_COUNTER",
    "TAGS_LABEL",
    "TWEET_SIGNATURE",
    "VIDEO_PROMO",
    "VIDEO_TITLE",
    "WRITER_BOX",
    "ZOOM_LABEL",
    "CueTable",
    "OpeningGate",
    "TokenWords",
    "box_heading",
    "closes_on_bracket",
    "closes_on_call",
    "ends_quote",
    "ends_sentence",
    "folded",
    "line_role",
    "own_box_heading",
    "promo_paragraph",
    "reading_time",
    "role_line",
    "site_alone",
    "slide_number",
    "titles_heading",
    "without_end_mark",
    "writer_box_label",
]

_F = WORDS

DASH = r"[-\u2010-\u2015\u2212]"
"""Any dash: hyphen, en dash, em dash, minus (outlets mix them in datelines)."""

R = RemovedReason


# The characters outside ASCII that the word flags (simple case folding) read as an ASCII letter, written as
# that letter: to the engine "İ" is an "i", to str.lower() it is "i" and a combining dot. With them, an ASCII
# word a pattern needs is in the folded line whenever the pattern can match (tests/test_cue_gates.py checks
# the table against the engine over every code point).
_ENGINE_LETTERS = str.maketrans({"\u0130": "i", "\u017f": "s", "\u212a": "k"})
_ENGINE_ONLY = ("\u0130", "\u017f", "\u212a")


def folded(text: str) -> str:
    """``text`` in lower case as the word flags read it, for ``in`` tests of the words a pattern needs: an
    ASCII word a pattern of the word flags matches is in the folded text wherever the pattern matches."""
    # A text holding none of the three (nearly every one) is translated to itself: three searches in C cost
    # a fraction of the translation, which looks each character of a text outside ASCII up in the table.
    if text.isascii() or not any(map(text.__contains__, _ENGINE_ONLY)):
        return text.lower()
    return text.translate(_ENGINE_LETTERS).lower()


# Row lists kept per table, one for each pair of opening characters met: a few thousand in a large batch.
_OPENINGS = 4096
# Answers added to those the cache of compiled patterns keeps for a table, up to this many.
_REMEMBERED = 2048

# A table's row: its index in the table, the words it needs (none for most), its pattern.
_Row = tuple[int, tuple[str, ...], LazyPattern]


def _may_open(pattern: regex.Pattern[str], opening: str, *, whole: bool) -> bool:
    """Whether a text opening on ``opening`` can match ``pattern`` (in whole, or at its start)."""
    find = pattern.fullmatch if whole else pattern.match
    return find(opening, partial=True) is not None


def _answers_key(kind: str, patterns: tuple[LazyPattern, ...], *, whole: bool) -> str:
    """The name the cache of compiled patterns keeps the openings answered for ``patterns`` under: every
    pattern's source and flags in it, so that a changed pattern is asked again."""
    rows = "\0".join(f"{int(p.flags)}:{p.pattern}" for p in patterns)
    return f"{kind} openings, {'fullmatch' if whole else 'match'}\0{rows}"


class OpeningGate:
    """A pattern's ``match``, asked only of a text whose first two characters a match can open on.

    The engine's partial match of the two characters (``partial=True``) tells whether a match can begin with
    them, asked once per pair and kept, as :class:`CueTable` does for its rows. Most of a page's blocks
    open on a pair that no credit label or cue opens on, and a failed match costs the engine several times
    the look-up of the pair. The answers are also kept with the cache of compiled patterns, so that a later
    process compiles the pattern only for a text that can match it.

    With ``spaced``, for a pattern that opens on ``^\\s*`` and then on a character no white space is, the pair
    is the text's first two after its white space (``str.lstrip``'s, which takes every character ``\\s``
    takes): a text node read as it stands ("\\n    Editor\\n") opens on white space, which every such
    pattern can open on.
    """

    __slots__ = ("_key", "_openings", "_spaced", "pattern")

    def __init__(self, pattern: LazyPattern, *, spaced: bool = False) -> None:
        self.pattern = pattern
        self._openings: dict[str, bool] = {}
        self._key = ""
        self._spaced = spaced

    def match(self, text: str) -> regex.Match[str] | None:
        """``pattern.match(text)``."""
        opening = text.lstrip()[:2] if self._spaced else text[:2]
        can = self._openings.get(opening)
        if can is None:
            can = self._may_open(opening)
            if len(self._openings) >= _OPENINGS:
                self._openings.clear()
            self._openings[opening] = can
        return self.pattern.match(text) if can else None

    def _may_open(self, opening: str) -> bool:
        if not self._key:
            self._key = _answers_key("gate", (self.pattern,), whole=False)
        remembered = cache.answers(self._key)
        can = remembered.get(opening)
        if type(can) is not int:  # none yet (or a file written by hand)
            can = int(_may_open(self.pattern.compiled, opening, whole=False))
            if len(remembered) < _REMEMBERED:
                remembered[opening] = can
                cache.remember(self._key)
        return bool(can)


class TokenWords:
    """Whether a line holds one of ``words`` (none of them holding white space), with the tokens of the lines
    that hold none kept.

    A word found in a line lies within one of the line's tokens (its runs without white space), so a line
    whose every token stood in a line that held none of the words holds none either: one set look-up of its
    tokens answers it. A test of each word scanned the whole line (forty words for a cue table's gated rows),
    and the lines of a page and of a batch repeat the same common words. A line with a token not met yet is
    scanned for each word, as before.
    """

    __slots__ = ("_clean", "words")

    def __init__(self, words: tuple[str, ...]) -> None:
        self.words = words
        self._clean: set[str] = set()

    def held_by(self, line: str) -> bool:
        """Whether ``line`` holds one of the words (``any(word in line for word in words)``)."""
        tokens = line.split()
        clean = self._clean
        if clean.issuperset(tokens):
            return False
        if any(map(line.__contains__, self.words)):
            return True
        if len(clean) >= _TOKENS_KEPT:
            clean.clear()  # a batch's vocabulary is bounded; past this many tokens, start afresh
        clean.update(tokens)
        return False


_TOKENS_KEPT = 1 << 13


class CueTable:
    """A table of (pattern, reason) rows: the reason of the first row that matches a line, as a loop over the
    rows in the table's order gives.

    The loop runs over the rows that can match a line opening on the line's first two characters, not over
    all of them: the engine's partial match of a row against two characters (``partial=True``) tells whether
    a match can begin with them, asked once per pair and kept. A line opening on "Pe" meets a row or two
    ("perbesar"), where an alternation of all the rows tried each of them on every line.

    A row that declares the words it needs (``(pattern, reason, needs)``) opens on a wide run (``.{0,200}``,
    ``.*``) that the engine tries at every length on every line, which cost most of the table's time: it runs
    only on a line that holds one of its words (a test of ``in``), in its place in the table's order, and is
    compiled only for such a line.

    The partial match takes a row's compiled pattern, so a process's first line compiled (or restored) every
    row of the table. The rows found for each opening are also kept with the cache of compiled patterns (as
    a number whose bits are the rows), and a later process reads them there: it compiles a row only for a
    line that can match it.
    """

    def __init__(self, rows: tuple[phrases.CueRow, ...], flags: int) -> None:
        self.rows: tuple[_Row, ...] = tuple(
            (i, row[2] if len(row) == 3 else (), lazy(row[0], flags)) for i, row in enumerate(rows)
        )
        self.reasons = tuple(row[1] for row in rows)
        # Every needed word of the table: a line holding none of them passes over all gated rows at once.
        self._words = tuple(word for _, needs, _ in self.rows for word in needs)
        # Whether a line holds one is asked of its tokens (see TokenWords), where no word holds white space.
        self._token_words = (
            TokenWords(self._words) if all(word.split() == [word] for word in self._words) else None
        )
        # The rows for each opening met, for fullmatch (True) and match (False): plain dicts, read on every
        # line, emptied when full.
        self._openings: dict[bool, dict[str, tuple[_Row, ...]]] = {True: {}, False: {}}
        # The same rows without the gated ones, for a line that holds none of the table's words (nearly
        # every line): the loop then never meets the gated rows, which every opening's rows hold.
        self._ungated: dict[bool, dict[str, tuple[_Row, ...]]] = {True: {}, False: {}}
        # The names the cache keeps the rows of each opening under (made on first use).
        self._keys: dict[bool, str] = {}

    @property
    def patterns(self) -> tuple[LazyPattern, ...]:
        """Every row's pattern, in the table's order."""
        return tuple(pattern for _, _, pattern in self.rows)

    def _rows_for(self, opening: str, *, whole: bool) -> tuple[_Row, ...]:
        """The rows that can match a text opening on ``opening`` (at most two characters), in order."""
        known = self._openings[whole]
        found = known.get(opening)
        if found is None:
            key = self._keys.get(whole)
            if key is None:
                key = self._keys[whole] = _answers_key("table", self.patterns, whole=whole)
            remembered = cache.answers(key)
            rows = remembered.get(opening)
            if type(rows) is int:
                # A gated row stands among every opening's rows, whatever a kept number says.
                found = tuple(row for row in self.rows if row[1] or rows >> row[0] & 1)
            else:
                # The rows open-ended for one character narrow to those for two; gated rows open on a wide
                # run and stay (their words decide, before they compile).
                pool = self._rows_for(opening[:1], whole=whole) if len(opening) > 1 else self.rows
                found = tuple(
                    row for row in pool if row[1] or _may_open(row[2].compiled, opening, whole=whole)
                )
                if len(remembered) < _REMEMBERED:
                    remembered[opening] = sum(1 << row[0] for row in found)
                    cache.remember(key)
            if len(known) >= _OPENINGS:
                known.clear()
            known[opening] = found
        return found

    def _ungated_for(self, opening: str, *, whole: bool) -> tuple[_Row, ...]:
        """:meth:`_rows_for` without the gated rows."""
        known = self._ungated[whole]
        found = known.get(opening)
        if found is None:
            found = tuple(row for row in self._rows_for(opening, whole=whole) if not row[1])
            if len(known) >= _OPENINGS:
                known.clear()
            known[opening] = found
        return found

    def _holds_word(self, lowered: str) -> bool:
        """Whether the folded line ``lowered`` holds one of the table's words."""
        if self._token_words is None:
            return any(map(lowered.__contains__, self._words))
        return self._token_words.held_by(lowered)

    def _reason(self, text: str, *, whole: bool) -> RemovedReason | None:
        opening = text[:2]
        lowered = ""
        # Gated rows stand among every opening's rows, so nearly every line reaches one and tests the words:
        # tested first, a line holding none of them (nearly every line) runs over the ungated rows alone.
        if self._words and self._holds_word(lowered := folded(text)):
            rows = self._rows_for(opening, whole=whole)
        else:
            rows = self._ungated_for(opening, whole=whole)
        for i, needs, pattern in rows:
            if needs and not any(map(lowered.__contains__, needs)):
                continue
            if (pattern.fullmatch(text) if whole else pattern.match(text)) is not None:
                return self.reasons[i]
        return None

    def fullmatch(self, text: str) -> RemovedReason | None:
        """The reason of the first row that matches the whole of ``text``, or None."""
        return self._reason(text, whole=True)

    def match(self, text: str) -> RemovedReason | None:
        """The reason of the first row that matches at the start of ``text``, or None."""
        return self._reason(text, whole=False)


FULL_LINE_CUES = CueTable(phrases.FULL_LINE, _F)
"""Lines that are chrome in their entirety: :data:`beritaparse.lexicon.phrases.FULL_LINE`."""
PLAYER_LINE = lazy(phrases.PLAYER_LINE, _F)
"""A line only a web video player shows (:data:`beritaparse.lexicon.phrases.PLAYER_LINE`)."""
PLAYER_FIGURE = lazy(r"-?\d{1,2}:\d\d(?::\d\d)?|\d(?:\.\d\d?)?x|\d{2,3}%|/", _F)
"""What a web video player's displays show, a line each: a time ("0:00", "-0:00"), the playback rate ("1x"),
a size of the captions' font ("75%"), the slash between two times. A player's beside a :data:`PLAYER_LINE`,
as the labels of its buttons (:data:`beritaparse.lexicon.phrases.PLAYER_CONTROLS`) are."""
TWEET_SIGNATURE = lazy(phrases.TWEET_SIGNATURE, _F)
"""The signature under an embedded tweet (a line :data:`FULL_LINE_CUES` sets aside as media)."""
AMOUNT_ITEM = lazy(r"^\d+(?:[/.,]\d+)?\s+\p{Ll}", CASED)
"""A line of a list of amounts: a number and a word in lower case ("1 buah naga, kupas lalu potong dadu",
"1/2 sdt garam", "120 gram yoghurt tawar"): a recipe's ingredients, a product's specifications. Another
story's headline opening with a number goes on in capitals ("5 Resep Camilan dari Tepung Beras")."""

LEAD_CUES = CueTable(phrases.LEAD, _F)
"""Lines that are chrome because of how they open: :data:`beritaparse.lexicon.phrases.LEAD`."""

_WATCH = alternation(phrases.WATCH_VERBS)
VIDEO_PROMO = lazy(rf"^\s*{_WATCH}\s+(?:juga\s+)?video\b", _F)
"""A prompt to watch a video ("Simak juga video ...")."""
POINTS_BELOW = lazy(rf"\b{alternation(language.FOLLOWING_WORDS)}\s*[.:]$", _F)
"""A line closing on words that point at what follows it ("simak tabel di bawah ini.", "Simak juga video
pilihan berikut ini:"): a table, a list or a video stands under it."""
VIDEO_TITLE = lazy(rf"^\s*{alternation(phrases.VIDEO_TITLE_MARKS)}(?!\w)", _F)
"""A linked title that is a video, not a story."""

_RELATED = alternation(phrases.RELATED_CUES)
RELATED_CUE = lazy(
    rf"^\s*[\[(]?\s*(?:{_RELATED}|{alternation(phrases.RELATED_LABELS)}(?=\s*:))\s*[\])]?\s*"
    r"(?:[:>»›|\-–—!]+\s*|\s+|$)(?P<title>.*)$",
    _F,
)
"""An in-text related link: "Baca Juga: <title>". The rest of the line is the linked title."""
OTHER_STORIES_HEADING = lazy(rf"^\W*{phrases.OTHER_STORIES_HEADING}\W*$", _F)
"""A line that is only the heading of a box of other stories ("RECOMMENDED", "Berita Terpopuler"): the linked
titles under it are the box's, as under :data:`BARE_RELATED_CUE`."""
BARE_RELATED_CUE = lazy(rf"^\W*(?:{_RELATED}|{alternation(phrases.RELATED_HEADINGS)})\W*$", _F)
"""A line that is only a related-links cue ("Baca Juga", "JANGAN LEWATKAN!!!"), heading the links under it."""


def titles_heading(line: str) -> RemovedReason | None:
    """What a line alone that heads a box of linked titles is: RELATED for a related-links cue ("Baca
    Juga", "Terkait"), NAVIGATION for the heading of a box of other stories ("RECOMMENDED", "Terpopuler");
    None for any other line. The lines under either, one title each, are the box's links."""
    if BARE_RELATED_CUE.match(line) is not None:
        return R.RELATED
    if OTHER_STORIES_HEADING.match(line) is not None:
        return R.NAVIGATION
    return None


PAYWALL_OPENER = lazy(rf"^\W*(?:{phrases.PAYWALL_CUT})", _F)
"""A line that opens a paywall where it cuts the text (:data:`beritaparse.lexicon.phrases.PAYWALL_CUT`)."""
ZOOM_LABEL = lazy(rf"^\W*(?:{alternation(phrases.ZOOM_LABELS)})\W*$", _F)
"""A picture's enlarge button alone on its line ("Perbesar"): the picture's caption stands under it."""
WRITER_BOX = lazy(rf"^\W*(?:{phrases.WRITER_BOX_LABEL})\W*", _F)
"""The label over the box about the writer ("Tentang Penulis"), with the white space and marks after it."""
_SIGN_UP_CALL = lazy(rf"\b(?:{phrases.SIGN_UP_CALL})\W*$", _F)
# The call's words from "daftar" to "di sini!" with room for two words between: the end of a text holds them.
_SIGN_UP_CALL_REACH = 60  # the word the quick test looks for is in the call, so in these last characters
_SITE_ALONE = lazy(phrases.SITE_ALONE, _F)
READ_MORE = lazy(phrases.READ_MORE, _F)
"""A read-more label alone (:data:`beritaparse.lexicon.phrases.READ_MORE`); match it with ``fullmatch``."""


SITE_BOX = lazy(rf"^\W*(?:{phrases.SITE_BOX_HEADING})\W*$", _F)
"""The heading of a site's own box alone on its line (``phrases.SITE_BOX_HEADING``)."""


def own_box_heading(text: str) -> bool:
    """Whether ``text`` alone heads a box of the site's own (``SITE_BOX``) or the box about the writer: what
    follows it is the site's, not the article's."""
    return writer_box_label(text) or SITE_BOX.match(text) is not None


def writer_box_label(text: str) -> bool:
    """Whether ``text`` is the label over the box about the writer and nothing else ("Tentang Penulis",
    "ABOUT THE AUTHOR:"), white space around it allowed."""
    text = text.strip()
    label = WRITER_BOX.match(text)
    return label is not None and label.end() == len(text)


def closes_on_call(text: str) -> bool:
    """Whether ``text`` ends on a house promo's call to sign up or buy "here" (``phrases.SIGN_UP_CALL``)."""
    tail = text[-_SIGN_UP_CALL_REACH:]
    folded = tail.casefold()
    called = "sekarang" in folded or "klik" in folded or "click" in folded
    return called and _SIGN_UP_CALL.search(tail) is not None


# A channel promo opens on its call ("Dapatkan update berita ...", "Ikuti ..."), and every sentence of it
# names the channel, the app or the link to follow.
_PROMO_CALL = lazy(r"^\W*(?:dapatkan|ikuti|follow|gabung|bergabung|join|subscribe|download|unduh)\b", _F)
_FOLLOWED = lazy(rf"\b(?:{alternation(phrases.FOLLOW_TARGETS)})\b|https?://|\bt\.me/|\bklik\b", _F)
_SENTENCE_BREAK = lazy(r"(?<=[.!?])\s+(?=\p{Lu})", regex.VERSION1)
# Longer than a promo paragraph runs, a text is the story's however it opens.
_PROMO_PARAGRAPH_MAX = 600


def promo_paragraph(text: str) -> bool:
    """Whether ``text``, a paragraph's length, is a channel promo from its first sentence to its last:
    "Dapatkan update berita pilihan dan breaking news setiap hari dari Contoh.com. Mari bergabung di Grup
    Telegram ..., caranya klik link https://t.me/..., kemudian join. Anda harus install aplikasi Telegram
    terlebih dulu di ponsel." Past a line's length the chrome cues are not tried (prose may hold their
    words); a promo that long still calls on the reader in its opening and names what to follow in every
    sentence, which a story's paragraph does not."""
    if len(text) > _PROMO_PARAGRAPH_MAX or _PROMO_CALL.match(text) is None:
        return False
    return all(_FOLLOWED.search(sentence) is not None for sentence in _SENTENCE_BREAK.split(text))


def site_alone(text: str) -> bool:
    """Whether ``text`` is a site's name and nothing else (``phrases.SITE_ALONE``): one token with a dot,
    which most lines (they hold a space) are not, known before the pattern."""
    return " " not in text and "." in text and _SITE_ALONE.fullmatch(text) is not None

_COMMENT = alternation(phrases.COMMENT_WORDS)
COMMENTS_HEADING = lazy(
    rf"^\W*(?:(?:\d+\s+)?(?:{_COMMENT})(?:\s*\(\d+\))?|(?:tinggalkan|tulis|berikan|leave\s+a|write\s+a)\s+"
    rf"(?:{_COMMENT}|balasan|reply))\W*$",
    _F,
)
"""The heading of the readers' comments ("Komentar", "16 Komentar", "Comments (3)", "Tinggalkan Balasan",
"Leave a Reply"): the article's text is over where they begin."""

# A box's heading this long at most names the box ("Berita Terkait", "12 Komentar"); a longer one is a title.
_BOX_HEADING_MAX = 60
_BOX_HEADING_WORDS = 6
# What such a heading makes its box: other stories, readers' comments, a share box.
_BOX_REASONS = frozenset({R.NOT_CONTENT, R.NAVIGATION, R.SHARE})


_CLOSING_QUOTES = ("”", '"', "»")
_QUOTED_TITLE = lazy(r"[“\"«][^“”\"«»]{1,200}[”\"»]\s*$")


# A template repeats its box headings on every page ("Berita Terkait", "Terpopuler"): each text is read once.
@functools.lru_cache(maxsize=_OPENINGS)
def box_heading(text: str) -> RemovedReason | None:
    """What a box is that ``text``, its heading, names: related links for a related-links cue ("Baca Juga",
    "Berita Terkait"), chrome for a box of other stories, comments or sharing ("Terpopuler", "Pilihan
    Redaksi", "12 Komentar", "Komentar (12)"); None for any other heading.

    >>> str(box_heading("Baca Juga")), str(box_heading("12 Komentar")), box_heading("Kronologi Kejadian")
    ('related', 'not-content', None)
    """
    # A comment section's heading names the article in quotes ("3 tanggapan untuk “Judul”", WordPress's):
    # the quoted title is no part of how long a box's heading runs.
    if text.rstrip().endswith(_CLOSING_QUOTES):
        text = _QUOTED_TITLE.sub("“”", text)
    words = text.split()
    if not words or len(words) > _BOX_HEADING_WORDS:
        return None
    text = " ".join(words)
    if len(text) > _BOX_HEADING_MAX:
        return None
    if BARE_RELATED_CUE.match(text) is not None:
        return R.RELATED
    reason = FULL_LINE_CUES.fullmatch(text)
    return reason if reason in _BOX_REASONS else None


# A number of minutes' unit: "menit", "min", "minute", "minutes".
_MINUTES = r"(?:menit|min(?:utes?)?)"
# Reading time as outlets print it: waktu baca 2 menit, 2 menit baca, Waktu baca: 3 menit
READING_TIME = lazy(
    rf"^\s*{alternation(phrases.READING_TIME_LABELS)}\s*:?\s*(?P<m>\d{{1,3}})\s*{_MINUTES}"
    rf"\s*$|^\s*(?P<m2>\d{{1,3}})\s*{_MINUTES}\s+(?:baca|membaca|read)\s*$",
    _F,
)


READER_ESTIMATE = lazy(rf"^\s*(?P<m>\d{{1,3}})(?:\s*[–-]\s*\d{{1,3}})?\s*{_MINUTES}\s*$", _F)
"""A reader mode's estimate of the reading time, alone on its line under the headline and the byline: "3–4
minutes" (Firefox's Reader View; "3–4 menit" in Indonesian). Only there: elsewhere a number of minutes alone
on a line is a video's length or a recipe's step."""


def reading_time(text: str) -> regex.Match[str] | None:
    """:data:`READING_TIME`'s match at the start of ``text``; a text it cannot match (no digit) is answered
    without compiling the pattern, which most pages' lines never need."""
    return READING_TIME.match(text) if _may_hold_digit(text) else None


def _may_hold_digit(text: str) -> bool:
    # False only for an ASCII text without 0-9: ``\d`` is any script's digit; other texts go to the pattern.
    return not text.isascii() or any(map(str.isdigit, text))


# --- credits: every pattern below is built from the role words of beritaparse.lexicon.roles ---------------

_AUTHOR_WORDS = alternation(roles.words_for(Role.AUTHOR))
_EDITOR_WORDS = alternation(roles.words_for(Role.EDITOR))
_AUTHOR_ABBR = alternation(roles.words_for(Role.AUTHOR, table=roles.ABBREVIATIONS))
_EDITOR_ABBR = alternation(roles.words_for(Role.EDITOR, table=roles.ABBREVIATIONS))
_BY = alternation(roles.words_for(Role.AUTHOR, table=roles.BY_WORDS))
# "Editing by Nama", the editor's line of wire copy: a "by" credit that names the editor.
_EDITOR_BY = alternation(roles.words_for(Role.EDITOR, table=roles.BY_WORDS))
_ANY_BY = alternation(roles.BY_WORDS)
_PLACE_ROLES = alternation(roles.PLACE_ROLES)
_REPORT = rf"{roles.REPORT_OPENER}\s+{alternation(roles.REPORT_ROLES)}"
_FULL_ROLES = alternation(roles.words_for(Role.AUTHOR, Role.EDITOR))
_CREDITED = alternation(roles.words_for(Role.AUTHOR, Role.EDITOR, Role.PHOTO))
# Credits of other roles that open with an author's word: "Pewarta Foto" is ANTARA's photographer.
_NOT_AUTHOR = alternation(w for w in roles.words_for(Role.PHOTO, Role.OTHER) if " " in w)

EDITOR_LABEL = lazy(
    rf"^\s*(?:(?:{_EDITOR_WORDS}|{_EDITOR_ABBR})\s*[:.]|{_EDITOR_BY}\s*:?(?=\s*(?-i:\p{{Lu}})))\s*"
    r"(?P<names>.+?)\s*$",
    _F,
)
"""An editor's credit line: "Editor: Nama", "Red: Nama", "Editing by Nama" (a capital must follow the "by"
form without its colon, as it does every "by" credit)."""
EDITOR_START = lazy(
    rf"^\s*(?:(?:{_EDITOR_WORDS})\b|(?:{_EDITOR_ABBR})(?=\s*[:.]))\s*[:.]?\s*(?P<names>.*?)\s*$", _F
)
"""A piece of a byline that credits the editor, with or without its colon: "Editor Nama", "| Editor: Nama"."""
EDITOR_BREAK = lazy(rf"\s+(?=(?i:{_EDITOR_WORDS})\s*(?::|\s+\p{{Lu}}))", CASED)
"""Where a byline goes on from its writer to its editor without a separator: "Reporter: Nama Editor: Nama",
"Penulis Nama Editor Nama" (before a role word followed by its colon or a capitalised name; a role after the
name, "Icha Rastika Editor", ends the line and is no break)."""
AUTHOR_LABEL = lazy(
    rf"^\s*(?!{_NOT_AUTHOR}\b)"
    rf"(?:(?:{_REPORT}(?:\s+\S+){{0,3}}|{_AUTHOR_WORDS}|{_BY})(?:\s*[:.]\s*|\s+)|{_AUTHOR_ABBR}\s*[:.]\s*)"
    r"(?P<names>.+?)\s*$",
    _F,
)
"""A writer's credit line: "Penulis: Nama", "Jurnalis: Nama", "Oleh Nama", "Laporan Wartawan X, Nama"."""

JOINED_ROLES_LABEL = lazy(
    rf"^\s*(?P<first>{_FULL_ROLES})\s*(?:&|dan|and|/)\s*(?P<second>{_FULL_ROLES})\s*:\s*(?P<names>.+?)\s*$",
    _F,
)
"""One credit for two roles, the names doing both: "Redaktur & Reporter : Nama" (jpnn.com), "Penulis dan
Editor: Nama"."""
ROLE_LINE = lazy(rf"^(?P<role>{_CREDITED}|{_ANY_BY})\s*:?$", _F)
"""A role word alone on its line, its name on the line above or below ("Penulis" / "Nama", "Oleh :")."""
# A line ROLE_LINE matches is a role's words and perhaps a colon: no more white-space separated pieces.
_ROLE_LINE_PIECES = 1 + max(
    len(w.split()) for w in (*roles.words_for(Role.AUTHOR, Role.EDITOR, Role.PHOTO), *roles.BY_WORDS)
)


def role_line(text: str) -> regex.Match[str] | None:
    """:data:`ROLE_LINE`'s match of ``text``; a text of more pieces than a role and its colon (most lines
    around a credit box) is answered without the pattern, which tries each role word on it. The pieces are
    counted no further than one past the most: a paragraph is not split into all its words for that."""
    return ROLE_LINE.match(text) if len(text.split(maxsplit=_ROLE_LINE_PIECES)) <= _ROLE_LINE_PIECES else None


def line_role(text: str) -> Role | None:
    """The role a role's label alone on its line names ("Editor:" -> EDITOR, "Oleh" -> AUTHOR), or None for
    any other line (:func:`role_line`)."""
    m = role_line(text)
    if m is None:
        return None
    word = " ".join(m["role"].casefold().split())
    return roles.ROLE_WORDS.get(word) or roles.BY_WORDS.get(word)


CREDIT_BOX_HEADING = lazy(
    rf"^(?:{alternation(roles.TEAM_CREDITS)}|redaksi|{_FULL_ROLES})(?:\s*[&,/]\s*{_FULL_ROLES})*$", _F
)
"""The heading of a credit box: "Tim Redaksi", "Redaksi", "Penulis & Editor"."""
PHOTO_LABEL = lazy(rf"^{alternation(phrases.PHOTO_CREDIT_LABELS)}\s*:\s*(?P<names>.{{2,80}})$", _F)
"""A photographer's credit line: "Fotografer: Nama", "Pewarta Foto: Nama"."""

ROLE_PREFIX = lazy(
    # "Kontributor Lhokseumawe, Masriadi": the role takes its place name with it, up to the comma.
    rf"^\s*(?:(?:{roles.REPORT_OPENER}\s+)?{_PLACE_ROLES}\b[^,:]*?(?=,|:|$)|{_REPORT}\b[^,:]*?(?=,|:)"
    rf"|(?:{_FULL_ROLES}|{_AUTHOR_ABBR}|{_EDITOR_ABBR}|{_ANY_BY}|{alternation(roles.TEAM_CREDITS)})\b)\s*[:.]?\s*",
    _F,
)
"""The role words that open a credit, with the place a reporter's role takes ("Kontributor Lhokseumawe,")."""
GLUED_ROLE = lazy(rf"^\s*(?i:({_ANY_BY}|{_FULL_ROLES}))(?=\p{{Lu}}\p{{Ll}})", CASED)
"""A role word run into the name it opens, a copy having lost the space between their elements
("OlehAdy Anugrahadi"): the word, with the name's capital after it."""
ROLE_SUFFIX = lazy(rf"\s+{_FULL_ROLES}$", _F)
"""A role written after the name: "Fakhrizal Fakhri Jurnalis", "Icha Rastika Editor"."""
NEGATED_ROLE = lazy(rf"\b{alternation(roles.NEGATIONS)}[\s-]*{_FULL_ROLES}\b", _F)
"""A role negated ("Non Koresponden"): a placeholder for no credit, not a name and its role."""

_PHOTOGRAPHERS = alternation(phrases.PHOTO_CREDIT_LABELS)
_NO_NAMES = alternation(roles.words_for(Role.PHOTO, Role.OTHER))
CREDIT_LABEL = lazy(
    rf"(?<![\w-])(?:(?P<photo>{_PHOTOGRAPHERS})|(?P<author>{_AUTHOR_WORDS}|{_AUTHOR_ABBR}|{_BY})"
    rf"|(?P<editor>{_EDITOR_WORDS}|{_EDITOR_ABBR}|{_EDITOR_BY})|(?P<other>{_NO_NAMES}))\s*:",
    _F,
)
"""A credit label with its colon; the group that matched ("photo", "author", "editor", "other") says whose
names follow. A photographer ("Fotografer:") is credited for the pictures; "Foto:" and "Sumber:" end a credit
segment without naming anyone."""
CREDIT_START = lazy(
    rf"^\s*(?:{_FULL_ROLES}|{_AUTHOR_ABBR}|{_EDITOR_ABBR}|{_ANY_BY}|{roles.REPORT_OPENER}|{_PHOTOGRAPHERS})\b",
    _F,
)
"""A text that opens with a credit label (or "Laporan"): where to look for credit lines on a page."""
BARE_ROLE = lazy(_FULL_ROLES, _F)
"""A role word written in full, as a label without its colon ("<span>Editor</span> <a>Nama</a>")."""
REPORT_START = lazy(rf"^\s*{_REPORT}\b", _F)
"""The reporter's line that opens many regional stories: "Laporan Wartawan Tribunnews.com, Nama"."""
PLACE_CREDIT = lazy(
    rf"^\s*(?i:{alternation(roles.REPORT_ROLES)})\s+\p{{Lu}}[^,]{{0,40}},\s*\p{{Lu}}[\p{{L}}.' ]{{1,60}}$",
    CASED,  # VERSION0: the role words' (?i:...) folds simply
)
""""Kontributor Makassar, Nama", "Wartawan Contoh.com, Nama": a role, its place or outlet, then the name
(capitalised: case-sensitive)."""
_BY_CASED = alternation(f for w in roles.BY_WORDS for f in (w, w.upper(), w.capitalize()))
BYLINE_START = lazy(rf"^\s*{_BY_CASED}\s+(?=\p{{Lu}})", regex.VERSION1)
""""Oleh Nama" / "By Nama" without a colon; case-sensitive, so that the capital of the name is required
("Oleh karena itu ..." opens a sentence)."""
BY_WORD_ALONE = lazy(rf"^\s*{_BY_CASED}\s*:?\s*$", regex.VERSION1)
""""Oleh" / "By" as the whole text of an element, the name in the element after it."""
BY_CREDIT = lazy(rf"(?:^\s*|(?<=[;|]\s*)){_BY_CASED}(?=\s+\p{{Lu}})", regex.VERSION1)
"""Each "by" credit of a line of them, where the line opens and after a semicolon: "Reporting by Nama;
Editing by Nama" (wire copy credits its writers and editors so)."""

TAGS_LABEL = lazy(rf"^\s*{alternation(phrases.TAG_LABELS)}\s*:\s*(?P<tags>.+?)\s*$", _F)

# Closing sign-offs: "(fyk/ash)", "[ran]", "(ren)", "(ant/red)", "(*)", "(kha.-)" — lower-case initials,
# an end mark after them or not — anywhere at the end; capitals ("(FHM)", "(E-2)", "(AK/RN)") only alone
# or after a full stop, since a sentence may end on an acronym in brackets ("... Komisi Pemberantasan
# Korupsi (KPK)").
CLOSING_INITIALS = lazy(
    r"(?:(?:^|\s)[\[(]\s*(?P<names>[a-z]{2,6}(?:\s*[/,]\s*[a-z*]{1,6})*|\*{1,3}"
    r"|\p{Lu}\p{Ll}{1,3}(?:\s*/\s*\p{Lu}\p{Ll}{1,3})+)\s*(?:\.-?)?\s*[\])]"
    r"|(?:^|(?<=[.!?…\"'”’]\s{0,3}))[\[(]\s*(?P<names>\p{Lu}{2,8}(?:\s*/\s*\p{Lu}{2,8})*|\p{Lu}{1,3}-\d{1,3}|\*{1,3})"
    r"\s*[\])])\s*$",
    regex.VERSION1,
)


def closes_on_bracket(text: str) -> bool:
    """True when ``text`` ends on a closing bracket, white space aside: only then can
    :data:`CLOSING_INITIALS` or :data:`CAPTION_CREDIT` match it. The test reads the end of the string;
    those patterns try every position of a long paragraph before they fail."""
    return text.rstrip()[-1:] in ")]"


# A named editor alone on the closing line: "(Surya Perkasa)".
CLOSING_NAME = lazy(
    r"^\s*\(\s*(?P<names>\p{Lu}[\p{L}'.]+(?:\s+\p{Lu}[\p{L}'.]*){0,4})\s*\)\s*$", regex.VERSION1
)

PHOTO_SOURCES: frozenset[str] = frozenset((*names.AGENCIES, *names.PHOTO_SOURCES, *names.SOCIAL_NETWORKS))
"""Credits a caption closes on: the agencies and the photo sources of :mod:`beritaparse.lexicon.names`."""

# A caption's closing credit: "(Foto: ANTARA/Budi)", "[Handout/Telegram/AFP]", "(@ZELENSKYYUA/X)".
CAPTION_CREDIT = lazy(
    r"^(?P<text>.*?\S)\s*(?:[\[(]\s*(?P<label>(?:foto|photo|dok|sumber|kredit|credit)\s*[:.]\s*)?(?P<credit>[^\[\]()]{2,90}?)"
    r"\s*[\])])\s*$",
    _F,
)

# A photo viewer's counter: "1/8", "1 dari 5", "2 of 10", "Foto 3 dari 10" (KLY's mobile gallery).
SLIDE_COUNTER = lazy(
    r"\s*(?:foto|gambar|slide|photo)?\s*(?P<at>\d{1,3})\s*(?:/|dari|of)\s*(?P<of>\d{1,3})\s*", WORDS
)


def slide_number(text: str) -> tuple[int, int] | None:
    """The numbers of a photo viewer's counter that ``text`` is whole (:data:`SLIDE_COUNTER`): ``(slide,
    of)``, "Foto 3 dari 10" -> (3, 10); None for any other text."""
    m = SLIDE_COUNTER.fullmatch(text)
    return (int(m["at"]), int(m["of"])) if m is not None else None


# A person a picture shows, placed in brackets: "(kiri)", "(kedua kanan)", "(ketiga dari kiri)", "(second
# left)" (lexicon.language.PICTURE_POSITIONS).
PICTURE_POSITION = lazy(
    rf"\(\s*(?:{alternation(language.PICTURE_ORDINALS)}\s+(?:dari\s+|from\s+(?:the\s+)?)?)?"
    rf"{alternation(language.PICTURE_POSITIONS)}\s*\)",
    _F,
)
# A caption's agency glued to its last sentence by a slash, as Pikiran Rakyat closes its captions: "... skor
# 2-1.*/ANTARA", "... Senin (5/10/2019)./ANTARA FOTO". The agency is in capitals, with no photographer.
GLUED_AGENCY_CREDIT = lazy(
    r"^(?P<text>.*?[.!?\"”)])\s*\*?/\s*(?P<credit>\p{Lu}{2,}(?:[ ]FOTO)?)\.?$", regex.VERSION1
)

# Menu items that show a line is site navigation when several appear on it.
NAV_PHRASES = lazy(alternation(phrases.MENU_ITEMS), _F)
# Each match of NAV_PHRASES opens on one of these words: counting them in the case-folded line is a cheap
# upper bound of its matches.
NAV_FIRST_WORDS = frozenset(item.split()[0] for item in phrases.MENU_ITEMS)
NAV_FIRST_WORD_TOKENS = TokenWords(tuple(sorted(NAV_FIRST_WORDS)))
"""Whether a (case-folded) line holds one of :data:`NAV_FIRST_WORDS`: one that holds none counts none."""

# Chrome that pasting glues onto the neighbouring line ("waktu baca 2 menitADVERTISEMENT"), as written (in
# capitals): a text holds one only if it holds one of these strings.
GLUED_CUE_WORDS = ("ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT", "SCROLL TO RESUME CONTENT")
GLUED_CUES = lazy(f"({'|'.join(regex.escape(cue) for cue in GLUED_CUE_WORDS)})", regex.VERSION1)

FUNCTION_WORDS = language.FUNCTION_WORDS  # read here by the language guessers of pages and batches

SENTENCE_END = lazy(
    rf"[{regex.escape(language.SENTENCE_ENDS)}][{regex.escape(language.CLOSERS)}]*(?:\*{{1,3}})?$",
    regex.VERSION1,
)
"""A text that ends a sentence (closing quotes and brackets allowed, and a story's end mark glued after them:
"... katanya.***")."""


def ends_sentence(text: str) -> bool:
    """Whether :data:`SENTENCE_END` matches ``text``, read from its end: the pattern's search tries every
    position of a long paragraph before it gives its answer, which only the last characters decide."""
    # ``$`` also matches before a final newline; no sentence end or closer is a newline, so the match, if
    # any, ends there. The two sets share no character: strip the closers, and an end must come before.
    return _closes(_unmarked(text.removesuffix("\n")))


def without_end_mark(text: str) -> str:
    """``text`` without the story's end mark glued to its last sentence ("... katanya.***" -> "...
    katanya."): the asterisks a regional network's stories end on close the story, as "(*)" does, and are
    no letters of its text. Any other text is returned as it is (a footnote's "*" after a word, "***"
    alone)."""
    unmarked = _unmarked(text)
    return unmarked if unmarked != text and _closes(unmarked) else text


_END_MARK = 3  # the asterisks of a story's end mark ("***")


def _unmarked(text: str) -> str:
    """``text`` without up to :data:`_END_MARK` asterisks at its end (as it is when it ends on more)."""
    if text.endswith("*"):
        unmarked = text.rstrip("*")
        if len(text) - len(unmarked) <= _END_MARK:
            return unmarked
    return text


def _closes(text: str) -> bool:
    stripped = text.rstrip(language.CLOSERS)
    return stripped != "" and stripped[-1] in language.SENTENCE_ENDS


# A quote closed and attributed: a comma or an end mark, the closing quote, a speech verb and up to four
# words of the speaker ("...," kata Kepala BPBD Samarinda).
_ATTRIBUTED = lazy(
    rf"[,.!?…][\"”’']\s*(?:{alternation(language.SPEECH_VERBS)})(?:nya)?(?:\s+[\w.]+){{0,4}}$", _F
)
# The attribution stands in the last characters of a paragraph: the pattern reads only those.
_ATTRIBUTION_REACH = 60


def ends_quote(text: str) -> bool:
    """Whether ``text`` ends on a quote and its speaker ("...," katanya), with no full stop after: a
    sentence ends there all the same."""
    return _ATTRIBUTED.search(text[-_ATTRIBUTION_REACH:]) is not None


CHROME_OPENING = lazy(
    rf"^\W*(?:{_RELATED}|{_WATCH}\s+(?:juga|video|berita|foto)|{alternation(phrases.REPUBLISHED)}"
    rf"|{alternation(phrases.AD_LABELS)}\b|{alternation(phrases.SCROLL_PROMPTS)}\b|{_FULL_ROLES}\s*:"
    rf"|{alternation(phrases.COPYRIGHT_MARKS)})",
    _F,
)
"""A text that opens like chrome however long it runs: a related link, a video prompt, a syndication
footer, an advertisement label, a credit label, a copyright line (the page's container finder skips it)."""
