"""Block rules shared by pages and pasted text.

Both inputs meet here: a page's body container and a pasted text are each turned into a sequence of
:class:`Candidate` blocks, and :func:`clean` decides, block by block, what is article text and what is
advertisement, navigation, a "Baca juga" link, a caption, a byline, a dateline or an editor's sign-off.
Nothing is dropped silently: every candidate with text ends up in the body, in captions or related links,
or in ``removed`` with a reason.

>>> from beritaparse.rules.blocks import Candidate, clean
>>> out = clean([
...     Candidate("JAKARTA, KOMPAS.com - Harga beras naik lagi pekan ini."),
...     Candidate("ADVERTISEMENT"),
...     Candidate("Baca juga: Harga Cabai Turun"),
...     Candidate("Pedagang mengeluh. (abc/def)"),
... ])
>>> [b.text for b in out.body], out.dateline, out.editors
(['Harga beras naik lagi pekan ini.', 'Pedagang mengeluh.'], 'Jakarta', ('abc', 'def'))
>>> [r.title for r in out.related], [str(r.reason) for r in out.removed]
(['Harga Cabai Turun'], ['advertisement', 'related', 'dateline', 'editor-credit'])
"""

from __future__ import annotations

import functools
import itertools
from typing import TYPE_CHECKING

import attrs
import regex

from beritaparse.dates import find_dates
from beritaparse.lexicon import alternation, language, names, phrases, roles
from beritaparse.lexicon.roles import Role
from beritaparse.model import Block, BlockKind, Caption, RelatedLink, Removed, RemovedReason
from beritaparse.rules import cues
from beritaparse.rules.candidate import Candidate, Hint
from beritaparse.rules.credits import (
    adapted_credit,
    by_credits,
    credit_row,
    is_agency,
    is_outlet_name,
    is_person_name,
    joined_roles_credit,
    labelled_credit,
    looks_like_domain,
    role_after_credit,
    split_names,
)
from beritaparse.rules.flags import CASED, WORDS, LazyPattern, lazy
from beritaparse.rules.record import FrozenRecord
from beritaparse.rules.strings import one_edit_apart, word_pairs, words_of

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from beritaparse.dates import DateMention
    from beritaparse.rules.conventions import Conventions

__all__ = [
    "PROMO_BOX_LINES",
    "STORY_CAPTION",
    "STORY_SLIDES",
    "VIEWER_TEXT_MAX",
    "Candidate",
    "Cleaned",
    "Hint",
    "capitals_credit",
    "caption_in_text",
    "chrome_reason",
    "clean",
    "fold",
    "labelled_tags",
    "promo_button",
    "split_caption",
    "split_dateline",
    "stamp_only",
    "strip_invisible",
    "video_prompt",
]

R = RemovedReason
_F = WORDS

# Lines longer than this are prose; chrome cues are only tried on shorter ones, which keeps a stray cue
# word inside a real paragraph from deleting it.
_CHROME_MAX = 260
# A paste's lines are judged by several stages (its span, header, trailer, headings, the block rules): the
# verdicts on a line, which depend on nothing else, are kept for the next stage that asks about the same
# line. A few hundred lines is a long article; the cache holds a few articles, not a corpus.
_LINE_CACHE = 512
_CAPTION_MAX = 600
# A caption under a picture's enlarge button runs a sentence or two; a paragraph is longer.
_ZOOMED_CAPTION_MAX = 300
STORY_SLIDES = 3
"""A photo story tells itself in its slides' captions: at least this many that read as sentences..."""
STORY_CAPTION = 60
"""... each at least this long (in characters); pages and pastes read photo stories by the same measure."""
VIEWER_TEXT_MAX = 3
"""A photo page's own text runs this many paragraphs at most: the slide its viewer shows is text only beside
such a text (a news story's gallery beside a long text is captions), on pages and in pastes."""
_HEADING_MAX_WORDS = 14
_RELATED_TITLE_MAX_WORDS = 25


class Cleaned(FrozenRecord):
    """What the rules made of the candidates.

    ``signed``: writers named only where nobody else is credited: the names of a capitals credit closing the
    text ("DINI TEJA"), the writer's on outlets that sign so, and the original's writer an adapted story's
    credit names ("Penulis: Erica Gonzales; Artikel ini disadur dari Bazaar US").
    """

    # Not an attrs class (see rules.record): :meth:`with_body` makes a changed copy.
    __slots__ = _FIELDS = (
        "body",
        "captions",
        "related",
        "removed",
        "authors",
        "editors",
        "tags",
        "dateline",
        "reading_time_minutes",
        "signed",
    )

    body: tuple[Block, ...]
    captions: tuple[Caption, ...]
    related: tuple[RelatedLink, ...]
    removed: tuple[Removed, ...]
    authors: tuple[str, ...]
    editors: tuple[str, ...]
    tags: tuple[str, ...]
    dateline: str | None
    reading_time_minutes: int | None
    signed: tuple[str, ...]

    def __init__(
        self,
        *,
        body: tuple[Block, ...] = (),
        captions: tuple[Caption, ...] = (),
        related: tuple[RelatedLink, ...] = (),
        removed: tuple[Removed, ...] = (),
        authors: tuple[str, ...] = (),
        editors: tuple[str, ...] = (),
        tags: tuple[str, ...] = (),
        dateline: str | None = None,
        reading_time_minutes: int | None = None,
        signed: tuple[str, ...] = (),
    ) -> None:
        values: tuple[object, ...] = (body, captions, related, removed, authors, editors, tags, dateline)
        values += (reading_time_minutes, signed)
        self._set(values)

    def with_body(self, body: tuple[Block, ...]) -> Cleaned:
        """A copy with ``body`` instead of this one's."""
        copy = object.__new__(Cleaned)
        copy._set((body, *self._values()[1:]))  # body comes first
        return copy


_INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_INVISIBLE = lazy(f"[{_INVISIBLE_CHARS}]", regex.VERSION1)


def strip_invisible(text: str) -> str:
    """``text`` without zero-width spaces, soft hyphens and byte-order marks, which pages hide inside words
    ("Baca\u200b juga", "ADVERTISE\u00adMENT") and which would otherwise hide them from the rules."""
    # Every character the pattern removes is outside ASCII: an ASCII text (most lines) has none of them. A
    # text with curly quotes or accents (most of a page's) is searched for each of the six characters in C,
    # which costs a twentieth of the pattern's substitution, run only when one is there.
    if text.isascii() or not any(map(text.__contains__, _INVISIBLE_CHARS)):
        return text
    return _INVISIBLE.sub("", text)


def fold(text: str) -> str:
    """White space folded and case folded: the form used to compare titles and repeats."""
    return " ".join(text.split()).casefold()


# --- datelines -------------------------------------------------------------------------------------------

_PLACE = (
    r"(?P<place>\p{Lu}[\p{L}.'’]*(?:[ ]+(?:\p{Lu}[\p{L}.'’]*|de|di|al|el|van|von)){0,3}"
    r"(?:,[ ]*\p{Lu}[\p{L}.]*(?:[ ]+\p{Lu}[\p{L}.]*){0,2})?)"
)
# A domain as a dateline prints it, hyphens in its name too ("POS-KUPANG.COM", "TRIBUN-MEDAN.com").
_DOMAIN = r"[\p{L}\d]+(?:-[\p{L}\d]+)*(?:\.[\p{L}]{2,6}){1,2}"
_SITE = rf"(?P<site>{_DOMAIN}|[\p{{Lu}}][\p{{L}}\d]*(?:[ ][\p{{Lu}}][\p{{L}}\d]*){{0,2}})"
_D = cues.DASH

_GENERIC_DATELINES: tuple[LazyPattern, ...] = tuple(
    lazy(p, regex.VERSION1)
    for p in (
        # The outlet before the place: Liputan6.com, Kyiv; TEMPO.CO, Jakarta (first: a domain is no place)
        rf"^(?P<site>{_DOMAIN}),[ ]*{_PLACE}[ ]*{_D}{{1,2}}[ ]*",
        # ... and with no comma between, as a bold dateline may print them: "TEMPO.CO Jakarta -" (not the name
        # said twice, "Otosia.com Otosia.com -", which the outlet-only form below reads)
        rf"^(?P<site>{_DOMAIN})[ ]+(?!{_DOMAIN}){_PLACE}[ ]*{_D}{{1,2}}[ ]*",
        # The place before the outlet: JAKARTA, KOMPAS.com; Jakarta, CNN Indonesia; BANDUNG, TRIBUN
        rf"^{_PLACE},[ ]*{_SITE}[ ]*{_D}{{1,2}}[ ]*",
        # ... and with a bar, the outlet's domain: "Samarinda | KabarKota.co.id -" (a bar between two words
        # is a control's label as often: "Reset | A-")
        rf"^{_PLACE}[ ]*\|[ ]*(?P<site>{_DOMAIN})[ ]*{_D}{{1,2}}[ ]*",
        # The place and the day, and the wire in brackets where there is one: press releases' "ISTANBUL, 23
        # Februari 2016 (Antara/PRNewswire) --", regional sites' "Samarinda, 13 Mei 2024 -" and the old
        # agency form "SAMARINDA, 13/5 (Antara) -"
        rf"^{_PLACE},[ ]*(?:\d{{1,2}}[ ]+\p{{L}}{{3,9}}\.?[ ]+\d{{4}}|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?)[ ]*"
        rf"(?:\((?P<site>[^()]{{2,40}})\)[ ]*)?{_D}{{1,2}}[ ]*",
        # The agency in brackets after the place: Mataram (ANTARA News), Jakarta (ANTARA), Mangupura,
        # (Metrobali.com)-, and with a full stop before the dash: "BANDUNG, (PR).-"
        rf"^{_PLACE},?[ ]*\((?P<site>[^()]{{2,30}})\)\.?[ ]*{_D}{{1,2}}[ ]*",
        # "JAKARTA - ", "Jakarta -" (one to three capitalised words, then a spaced dash)
        rf"^(?P<place>\p{{Lu}}[\p{{L}}'’]+(?:[ ]\p{{Lu}}[\p{{L}}'’]+){{0,2}})[ ]+{_D}{{1,2}}[ ]+",
        # outlet only: "Merdeka.com -", "VIVA.co.id -", "TRIBUNNEWS.COM -", "(IslamToday ID) -", and the
        # name said twice where a logo's alt text precedes it ("Otosia.com Otosia.com -")
        rf"^\(?(?:{_DOMAIN}[ ]+)?(?P<site>{_DOMAIN})\)?[ ]*{_D}{{1,2}}[ ]*",
        # The forms with no dash (last: every dashed form comes first). The agency in brackets after the
        # place and a colon: "SAMARINDA (Kabarkota.id) :"
        rf"^{_PLACE},?[ ]*\((?P<site>[^()]{{2,30}})\)[ ]*:[ ]*",
        # The outlet's domain before the place and a colon: "Metrotvnews.com, Jakarta:"
        rf"^(?P<site>{_DOMAIN}),[ ]*{_PLACE}[ ]*:[ ]*",
        # The outlet's domain and a one-word place with no dash at all, as some older templates print it:
        # "Liputan6.com, Jakarta London Love Story, film kedua ..."
        r"^(?P<site>[\p{L}\d]+(?:\.[\p{L}]{2,6}){1,2}),[ ]*(?P<place>\p{Lu}\p{Ll}+)[ ]+(?=\p{Lu})",
    )
)

# Every generic form but the last three holds a dash ({_D}{1,2}, in no optional group): a line with no dash at
# all, most lines a paste's layout asks about, can meet only those two, and the dashed ones need not run.
_ANY_DASH = lazy(_D, regex.VERSION1)
_UNDASHED = 3
_UNDASHED_DATELINES = _GENERIC_DATELINES[-_UNDASHED:]


def _place_name(raw: str) -> str:
    """ "JAKARTA" -> "Jakarta", "BANDA ACEH" -> "Banda Aceh"; mixed case and short acronyms (NTB) are kept."""
    parts = [p.strip() for p in raw.strip(" ,").split(",")]
    out = []
    for part in parts:
        words = part.split()
        if part.isupper():
            words = [w if len(w) <= 3 else w.capitalize() for w in words]
        out.append(" ".join(words))
    return ", ".join(p for p in out if p)


# A place closed by a full stop, as English-language outlets write it: "Jakarta. The government ..."
# (titles such as "Prof." and "Drs." are no place). Indonesian text does not open so, and a one-word
# sentence there ("Demikian.") would look the same: the form holds only before English text.
_ENGLISH_DATELINE = lazy(
    r"^(?P<place>(?!(?:Prof|Drs|Prov|Kab|Kec|Kel|Bapak|Jend)\.)\p{Lu}\p{Ll}{3,}(?:[ ]\p{Lu}\p{Ll}+){0,2}"
    r"|\p{Lu}{4,})\.[ ]+(?=\p{Lu}\p{Ll})",
    regex.VERSION1,
)
_ENGLISH_WORDS = frozenset(
    (
        "the",
        "a",
        "an",
        "of",
        "to",
        "in",
        "on",
        "and",
        "is",
        "was",
        "were",
        "has",
        "have",
        "said",
        "will",
        "for",
    )
)


# These two through the cache of compiled patterns: regex.findall(source, ...) compiled them in every process.
_WORD = lazy(r"\w+")
_CREDIT_SEPARATOR = lazy(r"\s*[|/,]\s*")


def _english(text: str) -> bool:
    words = [w.casefold() for w in _WORD.findall(text)[:30]]
    english = sum(w in _ENGLISH_WORDS for w in words)
    return english >= 3 and english > sum(w in cues.FUNCTION_WORDS for w in words)


def _hyphenated(text: str, end: int) -> bool:
    """Whether a dateline's match ending at ``end`` ends on the hyphen of a word ("Sering Depresi Berat,
    Hati-Hati Diabetes!"): letters on both sides of the dash with no space, where no domain stands before it
    ("Jakarta, Kompas.com-Harga ..." is a dateline written tight)."""
    return (
        0 < end - 1 < len(text) - 1
        and text[end - 1] == "-"
        and text[end - 2].isalpha()
        and text[end].isalpha()
        and "." not in text[:end]
    )


@functools.lru_cache(maxsize=_LINE_CACHE)
def split_dateline(text: str, outlet: Conventions | None = None) -> tuple[str | None, str, str]:
    """Split an opening dateline off a first paragraph: ``(place or None, removed prefix, rest)``.

    The outlet's own dateline pattern is tried first, then the forms Indonesian outlets share.

    >>> split_dateline("Liputan6.com, Kyiv - Tentara Korea Utara tewas.")
    ('Kyiv', 'Liputan6.com, Kyiv -', 'Tentara Korea Utara tewas.')
    >>> split_dateline("Merdeka.com - Wali kota meminta warga tetap di rumah.")
    (None, 'Merdeka.com -', 'Wali kota meminta warga tetap di rumah.')
    >>> split_dateline("Presiden meminta warga tetap di rumah.")
    (None, '', 'Presiden meminta warga tetap di rumah.')
    """
    patterns: list[regex.Pattern[str] | LazyPattern] = []
    if outlet is not None and outlet.dateline_pattern is not None:
        patterns.append(outlet.dateline_pattern)
    patterns.extend(_GENERIC_DATELINES if _ANY_DASH.search(text) else _UNDASHED_DATELINES)
    for pattern in patterns:
        m = pattern.match(text)
        if m is None:
            continue
        rest = text[m.end() :].lstrip()
        # A dateline opens a sentence; if nothing or lower-case prose follows, it was not one.
        if rest and not (rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"'“‘("):
            continue
        if _hyphenated(text, m.end()):
            continue
        place = m.groupdict().get("place")
        return (_place_name(place) if place else None), text[: m.end()].strip(), rest
    m = _ENGLISH_DATELINE.match(text)
    if m is not None and _english(text[m.end() :]):
        return _place_name(m["place"]), text[: m.end()].strip(), text[m.end() :].lstrip()
    return None, "", text


# --- names ---------------------------------------------------------------------------------------------

_INITIALS_SPLIT = lazy(r"\s*[,/]\s*", _F)


def _split_initials(raw: str) -> tuple[str, ...]:
    """ "fyk/ash" -> ("fyk", "ash"); "Surya Perkasa" -> ("Surya Perkasa",)."""
    return tuple(n for n in (p.strip(" .:-()[]") for p in _INITIALS_SPLIT.split(raw)) if n)


# --- the rules -------------------------------------------------------------------------------------------

_CAMEL_GLUE = lazy(r"\p{Ll}\p{Lu}", regex.VERSION1)
_DATE_LIKE = lazy(r"^\s*\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?\s*$", regex.VERSION1)
_INITIALS_ONLY = lazy(r"^[a-z]{2,6}(?:\s*/\s*[a-z]{2,6})*$", regex.VERSION1)
# A sentence ending inside the text: its end mark (and closers), white space, the next one's capital. Only
# whether the text holds one is asked; written without look-arounds, the engine looks for an end mark and
# goes on from it, where the split's look-behind was tried at every position of a one-sentence paragraph
# (most blocks), some seven times the cost.
_SENTENCE_INSIDE = lazy(
    rf"[{regex.escape(language.SENTENCE_ENDS)}][{regex.escape(language.CLOSERS)}]*\s+[\"'“‘(]?\p{{Lu}}",
    regex.VERSION1,
)


def _looks_like_nav(text: str) -> bool:
    if "." in text.rstrip(".") and len(text) > 120:
        return False
    folded = text.casefold()
    # Most lines hold none of the words, told by a look-up of their tokens (see cues.TokenWords).
    if not cues.NAV_FIRST_WORD_TOKENS.held_by(folded):
        return False
    if sum(map(folded.count, cues.NAV_FIRST_WORDS)) < 2:
        return False  # fewer than two menu items can open here: most lines end here, before the search
    hits = len(cues.NAV_PHRASES.findall(text))
    return hits >= 3 or (hits >= 2 and len(_CAMEL_GLUE.findall(text)) >= 2)


def _plausible_credit(credit: str) -> bool:
    c = credit.strip()
    if _DATE_LIKE.match(c) or _INITIALS_ONLY.match(c) or c.isdigit():
        return False
    low = c.casefold().removeprefix("foto:").removeprefix("foto :").strip()
    # A known source or a web domain credits the picture even in capitals ("(AFP)", "(KOMPAS.COM)").
    if low in cues.PHOTO_SOURCES or any(low.startswith(s + " ") for s in cues.PHOTO_SOURCES):
        return True
    # A handout an agency passed on: "(Kementerian Luar Negeri Thailand via AP)", "(Handout via Reuters)".
    if " via " in low and is_agency(low.rsplit(" via ", 1)[1]):
        return True
    if cues.CLOSING_INITIALS.fullmatch(f"({c})"):
        return False  # "(Mvi/Ali)": the writer's and editor's initials, not a photo credit
    return "/" in c or "@" in c or looks_like_domain(c)


_CAPTION_LABEL = lazy(r"^\s*(?:foto|photo|image|gambar|ilustrasi)\s*:\s*", _F)
_TRAILING_PHOTO_CREDIT = lazy(
    r"^(?P<text>.*?[.!?\"”)])\s+(?:sumber\s+)?(?:foto|photo|image|gambar|dok\.?|doc\.?)\s*:\s*"
    r"(?P<credit>(?:[^.]|\.(?=\S)){2,80}?)\.?$",  # a dot inside a word: a site ("unsplash.com/Nama")
    _F,
)


def split_caption(text: str, credit: str | None = None) -> Caption:
    """A caption with its credit: the given credit, or one parsed from the caption's own text.

    >>> split_caption("Foto: Presiden Joko Widodo. (Vico-Biro Pers Sekretariat Presiden).")
    Caption(text='Presiden Joko Widodo.', credit='Vico-Biro Pers Sekretariat Presiden')
    >>> split_caption("Sam Bankman Fried. Foto: Getty Images")
    Caption(text='Sam Bankman Fried.', credit='Getty Images')
    """
    text = _CAPTION_LABEL.sub("", text).strip()
    if credit:
        cred = credit.strip(" ()[]")
        for prefix in ("Foto:", "Foto :", "FOTO:", "Photo:", "Sumber:", "Dok:"):
            cred = cred.removeprefix(prefix).strip()
        return Caption(text=text, credit=cred or None)
    bare = text.rstrip(". ")
    m = cues.CAPTION_CREDIT.match(bare) if cues.closes_on_bracket(bare) else None
    # Inside a caption element a closing bracket is the credit unless it is a date or initials.
    if m is not None and not _DATE_LIKE.match(m["credit"]) and not _INITIALS_ONLY.match(m["credit"]):
        return Caption(text=m["text"].strip(), credit=m["credit"].strip())
    m = _credit_outside_brackets(text)
    if m is not None:
        return Caption(text=m["text"].strip(), credit=m["credit"].strip())
    return Caption(text=text, credit=None)


# A photo credit glued to the end of the caption it closes, as image boxes inside the text render it
# ("... paling dikenangMandatory Credit: Ben Radford /Allsport Foto: Ben Radford /Allsport"); the label is
# capitalised, which running prose does not do mid-sentence.
_GLUED_PHOTO_CREDIT = lazy(
    r"^(?P<text>.*?[^\s\[(])\s*(?i:mandatory\s+credit\s*:[^:]*?)?\s*(?:Foto|FOTO|Photo|PHOTO)\s*:\s*"
    r"(?P<credit>[^.:\[\]()]{2,80}?)\.?$",
    CASED,  # VERSION0: the (?i:...) label folds simply
)
# An agency credit closing a caption without brackets: "... Senin (13/5/2024). ANTARA FOTO/Nama/foc.",
# "... Jalan Sudirman. Liputan6.com/Nama": an agency in capitals or a domain, a slash, a name.
# The photographer's name after the agency's slash runs this many words at most.
_AGENCY_NAME_WORDS = 5
_AGENCY_CREDIT = (
    r"(?:\p{Lu}[\p{Lu}\d]+(?:\s+FOTO|\s+\p{Lu}[\p{L}\d]+)?|[\p{L}\d]+\.(?:com|co\.id|id|net))"
    rf"\s*/\s*\p{{Lu}}[\p{{L}}'-]*(?:\s+\p{{Lu}}[\p{{L}}'.-]*){{0,{_AGENCY_NAME_WORDS - 1}}}"
    r"(?:/\s*\p{L}{2,6})?"
)
"""An agency of one word in capitals, with its unit after it ("BPMI Setpres/Lukas"), or a domain; a slash
and the photographer's name; the desk's initials after a second slash."""
# An agency's photo desk closing a caption, no bracket, no slash needed: "... di Bangkok, 26 Oktober 2017. AP
# Photo", "... Selasa. Reuters Photo/Nama", "... dini hari WIB. (c) AP Photo".
_AGENCY_PHOTO_CREDIT = lazy(
    rf"^(?P<text>.*?[.!?\"”)])\s+(?:\([cC]\)\s*)?(?P<credit>(?i:{alternation(names.AGENCIES)})\s+(?i:photo)"
    r"(?:\s*/\s*\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'.-]*?){0,4})?)\.?$",
    CASED,  # VERSION0: the (?i:...) words fold simply
)
_BARE_AGENCY_CREDIT = lazy(rf"^(?P<text>.*?[.!?\"”)])\s+(?P<credit>{_AGENCY_CREDIT})\.?$", regex.VERSION1)
# The same credit on a line of its own under the caption it closes, as a paste gives a picture's box
# ("TEMPO/M Taufan Rengganis", "AFP/NICOLAS ASFOURI ."): no sentence is a source, a slash and a name alone.
_AGENCY_CREDIT_LINE = lazy(rf"^\s*(?P<credit>{_AGENCY_CREDIT})\s*\.?\s*$", regex.VERSION1)
# A credit opening the caption, before the word that says what the photo shows ("KOMPAS.com/NAMA Ilustrasi
# ...", "Youtube/PB ESI Ilustrasi game Free Fire"): the source, a slash, the name or desk, no sentence.
_LEADING_CREDIT = lazy(
    r"^(?P<credit>[\p{L}\d][\p{L}\d.]*\s*/\s*[^.!?/]{1,40}?)\s+(?P<text>(?:Ilustrasi|Illustration)\b.*)$",
    regex.VERSION1,
)
# A caption whose bracketed credit the copy cut before its closing bracket: "... pada Juli 2019.
# (dok.Instagram @nama/https://www.instagram.com/p/...": a credit's label opens it.
_OPEN_CREDIT = lazy(
    r"^(?P<text>.*?[.!?\"”])\s*\((?:(?:foto|photo|sumber|source|kredit|credit)\s*:\s*|(?=dok\b))"
    r"(?P<credit>[^()]{2,200})$",
    _F,
)
# An illustration's caption closed by its source in capitals, no bracket: "Ilustrasi pesawat Garuda
# Indonesia. EXPOSE".
_ILLUSTRATION_CREDIT = lazy(
    r"^(?P<text>(?:Ilustrasi|Illustration)\b[^.!?]{0,150}[.!?])\s+(?P<credit>\p{Lu}[\p{Lu}\d&.\-/ ]{1,30})$",
    regex.VERSION1,
)
# A caption closed by a bar and the picture's source, KLY's form ("Ilustrasi traveling |
# unsplash.com/@nama", "Ilustrasi | Shutterstock"): one bar, the text before it, a short credit after it.
# A bar also parts a headline from a section or a date from a time: the credit must name a source.
_BARRED_CREDIT = lazy(r"^(?P<text>[^|]{2,200}?)\s+\|\s+(?P<credit>[^|\s][^|]{1,60})$", regex.VERSION1)
_CREDIT_ONLY = lazy(
    r"^\s*[\[(]\s*(?:(?:foto|photo|dok)\s*[:.]\s*)?(?P<credit>[^\[\]()]{2,90}?)\s*[\])]\s*$", _F
)
_COPYRIGHT_CREDIT = lazy(r"^(?P<text>.*?\S)\s*©\s*(?:\d{4}\s+)?(?P<credit>\S.{0,80})$", regex.VERSION1)
_PAREN_C_CREDIT = lazy(r"^(?P<text>.*?\S)\s*\([cC]\)\s*(?P<credit>\S.{0,80}?)\.?$", regex.VERSION1)
# The cue and label patterns every block meets, behind their opening gates (most blocks open on a pair of
# characters none of them can open on).
_RELATED_CUE = cues.OpeningGate(cues.RELATED_CUE)
_EDITOR_LABEL = cues.OpeningGate(cues.EDITOR_LABEL)
_AUTHOR_LABEL = cues.OpeningGate(cues.AUTHOR_LABEL)
_TAGS_LABEL = cues.OpeningGate(cues.TAGS_LABEL)


# The labels the two forms above need, as the line holds them: _TRAILING_PHOTO_CREDIT's in any case (read in
# the folded line, as the word flags read it), _GLUED_PHOTO_CREDIT's as written (its pattern keeps case).
_TRAILING_LABELS = ("foto", "photo", "image", "gambar", "dok", "doc")
_GLUED_LABELS = ("Foto", "FOTO", "Photo", "PHOTO")


def _credit_outside_brackets(text: str) -> regex.Match[str] | None:
    """Every unbracketed form a caption closes on (:func:`_unbracketed_credit`), or an agency's photo desk
    after its last sentence ("... 26 Oktober 2017. AP Photo"), which ends no sentence of prose either: read
    alike in a caption's own element and in a line of running text (a photo story's slide, pasted)."""
    m = _unbracketed_credit(text)
    if m is None and ("hoto" in text or "HOTO" in text):
        m = _AGENCY_PHOTO_CREDIT.match(text)
    return m


def _unbracketed_credit(text: str) -> regex.Match[str] | None:
    """The first caption form with its credit outside brackets that ``text`` matches (©, "Foto:", an agency
    and a slash). Each form needs a character most lines lack, tested for before its pattern runs."""
    m = _copyright_credit(text) or _trailing_photo_credit(text)
    if m is not None:
        return m
    if ":" in text and any(map(text.__contains__, _GLUED_LABELS)) and (m := _GLUED_PHOTO_CREDIT.match(text)):
        return m
    # The credit's bracket is the text's last, left open: every other bracket of a paragraph (a name's
    # party, a date) is closed after it, and the pattern, which tries each sentence end, does not run.
    if text.rfind("(") > text.rfind(")") and (m := _OPEN_CREDIT.match(text)):
        return m
    if text[:3] in ("Ilu", "Ill") and (m := _ILLUSTRATION_CREDIT.match(text)):
        return m
    if " | " in text and (m := _BARRED_CREDIT.match(text)) and _sourced(m["credit"]):
        return m
    slash = text.rfind("/")
    if slash < 0:
        return None
    # Both closing forms end on their last slash and what follows it: a name of a few words (or a desk's
    # initials), or an agency in capitals. A paragraph's slash (a date's, "13/5/2024") is followed by the
    # rest of its sentence, and neither pattern runs (each tries every sentence end of the paragraph).
    after = text[slash + 1 :]
    return (
        (_BARE_AGENCY_CREDIT.match(text) if len(after.split()) <= _AGENCY_NAME_WORDS else None)
        or (cues.GLUED_AGENCY_CREDIT.match(text) if after.isupper() else None)
        or _LEADING_CREDIT.match(text)
    )


def _sourced(credit: str) -> bool:
    """A credit that names where the picture is from: a photo source or agency ("Shutterstock", "Antara
    Foto/Nama"), a web address ("stocksnap/pixabay.com") or an account ("@nama")."""
    low = cues.folded(credit)
    return (
        "@" in credit
        or looks_like_domain(credit)
        or any(part.strip() in cues.PHOTO_SOURCES for part in low.split("/"))
    )


def _copyright_credit(text: str) -> regex.Match[str] | None:
    if "©" in text:
        return _COPYRIGHT_CREDIT.match(text)
    if "(c)" not in text and "(C)" not in text:
        return None
    # "(c)" for the mark before the picture's source: "... dini hari WIB. (c) AP Photo", "Striker
    # Barcelona, Luis Suarez (c) AP Photo" (KLY's). A list's third item ("(a) ..., (b) ..., dan (c) harga
    # naik.") names no source.
    m = _PAREN_C_CREDIT.match(text)
    return m if m is not None and _sourced(m["credit"]) else None


def _trailing_photo_credit(text: str) -> regex.Match[str] | None:
    # The form's label is a word the line holds after a colon: a quote's colon ("kata dia: ...") names no
    # photo, and a line without both is answered without the pattern.
    if ":" not in text or not any(map(cues.folded(text).__contains__, _TRAILING_LABELS)):
        return None
    return _TRAILING_PHOTO_CREDIT.match(text)


@functools.lru_cache(maxsize=_LINE_CACHE)
def caption_in_text(text: str) -> Caption | None:
    """A line of running text that is a photo caption: short, closing on a bracketed or © photo credit."""
    if len(text) > _CAPTION_MAX:
        return None
    m = _credit_outside_brackets(text)
    if m is not None:
        return Caption(text=m["text"].strip(), credit=m["credit"].strip())
    # A credit in square brackets may close the caption's sentence before its full stop ("... 21 Juni 2000
    # [TEMPO/ Rully Kesuma]."); round brackets so placed close a sentence of the text ("... kata dia (45).").
    if text.endswith("]."):
        text = text[:-1]
    m = cues.CAPTION_CREDIT.match(text) if cues.closes_on_bracket(text) else None
    if m is None or not (m["label"] or _plausible_credit(m["credit"]) or _shouted(m["text"])):
        return None
    return Caption(text=m["text"].strip(), credit=m["credit"].strip())


# A caption in capitals runs this many words at least; a kicker or a sign-off is shorter.
_SHOUTED_WORDS = 5


def _shouted(text: str) -> bool:
    """Whether ``text`` is written in capitals, a sentence long: Tempo's captions ("PROTES KARYAWAN TEMPO DI
    GEDUNG DPR MPR SETELAH PEMBREDELAN ... [TEMPO]"), which close on their bracketed source as a caption
    does; prose is never written so."""
    return text.isupper() and len(text.split(maxsplit=_SHOUTED_WORDS)) > _SHOUTED_WORDS


@functools.lru_cache(maxsize=_LINE_CACHE)
def chrome_reason(text: str, outlet: Conventions | None) -> RemovedReason | None:
    if outlet is not None:
        for pattern, reason in outlet.chrome_patterns:
            if pattern.fullmatch(text):
                return reason
    if cues.closes_on_call(text):
        return R.PROMO  # a house promo runs as long as a paragraph, but ends on its call to sign up "here"
    if len(text) > _CHROME_MAX:
        return R.PROMO if cues.promo_paragraph(text) else None
    found = cues.FULL_LINE_CUES.fullmatch(text)
    if found is None:
        found = cues.LEAD_CUES.match(text)
    if found is not None:
        return found
    if _looks_like_nav(text):
        return R.NAVIGATION
    if (bar := _button_bar(text, outlet)) is not None:
        return bar
    if cues.site_alone(text):
        return R.MEDIA  # where the picture above it is from
    colon = text.find(":", 0, _LABEL_MAX)
    if colon > 0 and (mended := _mended_label(text, colon)) is not None:
        return chrome_reason(mended, outlet)
    inner = _bracketed(text)
    # A promo or a note set in brackets, whole ("(Ayo ikuti saluran WhatsApp ... Klik di sini ya!)"), is
    # what it says inside them. A credit in brackets ("(Ditulis oleh Nama)") is the credit rules' to read.
    held = chrome_reason(inner, outlet) if inner else None
    return held if held in _BRACKETED_CHROME else None


# A credit's label and its colon stand in this many characters at the line's start ("Koresponden:").
_LABEL_MAX = 14
# Role words this long at least are mended when one letter is off: a shorter word ("editor", "source")
# is one letter from too many other words.
_MENDED_MIN = 8
_MENDED_ROLES = tuple(w for w in roles.ROLE_WORDS if " " not in w and len(w) >= _MENDED_MIN)


def _mended_label(text: str, colon: int) -> str | None:
    """``text`` with its credit label's typo mended ("Vdeografer: Tempo Channel" closing a video page's
    text, a label typed by hand), or None where the label is a role word already or one letter from none."""
    label = text[:colon].strip().casefold()
    if len(label) < _MENDED_MIN - 1 or not label.isalpha() or label in roles.ROLE_WORDS:
        return None
    word = next((w for w in _MENDED_ROLES if one_edit_apart(label, w)), None)
    return None if word is None else word.capitalize() + text[colon:]


# The separators a bar of buttons or links is written with on one line ("Cetak | Kirim ke teman").
_BAR_SEPARATOR = lazy(r"\s*[|·•]\s*", regex.VERSION1)
# What each button of such a bar may be: sharing, printing and mailing, commenting, or a network's name.
_BUTTONS = frozenset({R.SHARE, R.NOT_CONTENT})
_SHARE_TARGETS = frozenset(phrases.SHARE_TARGETS)


def _button_bar(text: str, outlet: Conventions | None) -> RemovedReason | None:
    """A line of buttons joined by bars, each of them chrome the rules name alone: an article's tool bar
    under its text ("Cetak | Kirim ke teman | Komentar (0)", old portals' print and mail links), whose
    parts the patterns know only one at a time. ``R.SHARE`` for such a bar, None for any other line."""
    if "|" not in text and "·" not in text and "•" not in text:
        return None
    parts = [part for part in _BAR_SEPARATOR.split(text) if part]
    if len(parts) < 2:
        return None
    buttons = (part.casefold() in _SHARE_TARGETS or chrome_reason(part, outlet) in _BUTTONS for part in parts)
    return R.SHARE if all(buttons) else None


_BRACKETS = {"(": ")", "[": "]"}
_BRACKETED_CHROME = frozenset({R.PROMO, R.FOOTER, R.SHARE, R.ADVERTISEMENT})


def _bracketed(text: str) -> str | None:
    """What one pair of brackets around the whole of ``text`` holds, or None when it is not so bracketed."""
    closer = _BRACKETS.get(text[:1])
    if closer is None or not text.endswith(closer) or text.count(text[0]) != 1 or text.count(closer) != 1:
        return None
    return text[1:-1].strip()


def _closing_credit(text: str, outlet: Conventions | None) -> tuple[tuple[str, ...], str] | None:
    """Editor credits closing the text: ``(editors, text left before them)``, or None."""
    if outlet is not None and outlet.closing_pattern is not None:
        m = outlet.closing_pattern.search(text)
        if m is not None and m.end() == len(text.rstrip()):
            names = _split_initials(m.groupdict().get("editors") or m.group(0))
            return _editor_initials(names, outlet), text[: m.start()].rstrip()
    m = cues.CLOSING_NAME.match(text)
    if m is not None:
        return _split_initials(m["names"]), ""
    # Initials close on a bracket: a text that does not (most paragraphs) is answered without the search,
    # which tries every position of the paragraph.
    m = cues.CLOSING_INITIALS.search(text) if cues.closes_on_bracket(text) else None
    if m is not None:
        # "(*)", "(***)": the end mark of a story names nobody.
        names = tuple(n for n in _split_initials(m["names"]) if n.strip("*"))
        return _editor_initials(names, outlet), text[: m.start()].rstrip()
    return None


def _editor_initials(names: tuple[str, ...], outlet: Conventions | None) -> tuple[str, ...]:
    if outlet is not None and outlet.author_is_first_initials and len(names) > 1:
        return names[1:]
    return names


class _Acc:
    """The rules' working state while walking the candidates.

    Not an attrs class: it is private and only filled in, and an attrs class costs about a millisecond to
    create at import (issue 14).
    """

    __slots__ = (
        "authors",
        "body",
        "captions",
        "editors",
        "kept_at",
        "labelled",
        "linked",
        "pending_related",
        "reading_time",
        "related",
        "related_run_linked",
        "removed",
        "signed",
        "sites",
        "tags",
        "text_caption",
        "video_at",
        "zoomed",
    )

    def __init__(self, *, sites: tuple[str, ...] = ()) -> None:
        # Outlet names the caller knows (see :func:`clean`): credits naming one of them name no person.
        self.sites = sites
        self.body: list[Block] = []
        self.captions: list[Caption] = []
        self.related: list[RelatedLink] = []
        self.removed: list[Removed] = []
        self.authors: list[str] = []
        self.editors: list[str] = []
        self.tags: list[str] = []
        self.reading_time: int | None = None
        self.pending_related = False
        # The run of titles under a related cue has taken a linked one (pages only: a paste links none).
        self.related_run_linked = False
        # The role a credit box's label alone on its line gave ("Editor:"), for the name in the next block.
        self.labelled: Role | None = None
        self.signed: list[str] = []
        # The last caption read from running text, while no body text has followed it: its index, the lines
        # it was read from and its credit's text.
        self.text_caption: tuple[int, tuple[str, ...], str] | None = None
        # How many pieces were set aside when the last block was kept: the same count later means the block
        # stands right above the line being read.
        self.kept_at = -1
        # The body blocks whose whole text is one link's (a teaser's or a sponsored item's title), by id;
        # the blocks are held here so that an id is never reused while it is listed.
        self.linked: dict[int, Block] = {}
        # A picture's enlarge button was set aside and no block kept since: the next short paragraph is
        # the picture's caption.
        self.zoomed = False
        # How many body blocks stood above the last prompt to watch the video below ("Simak juga video
        # pilihan berikut ini:"), when one was set aside, and how many pieces were set aside with it.
        self.video_at: tuple[int, int] | None = None

    def drop(self, reason: RemovedReason, text: str) -> None:
        self.removed.append(Removed(reason, text))
        # Only the picture's credit stands between its button and its caption (``_credit_line`` keeps the
        # state): anything else set aside, and the next paragraph is the text's.
        self.zoomed = False


def _classify(c: Candidate, acc: _Acc, outlet: Conventions | None, title_key: str | None) -> None:
    text = c.text
    if c.hint == "hidden":
        acc.drop(R.HIDDEN, text)
        return
    if c.hint == "title":
        _drop_kickers(acc)
        acc.drop(R.TITLE, text)
        return
    # The text comes folded from clean(), and case folding never shortens a text: a block longer than the
    # title's key is no repeat of it, known without folding the block (most blocks are paragraphs).
    if title_key is not None and len(text) <= len(title_key) and fold(text) == title_key:
        acc.drop(R.DUPLICATE_TITLE, text)
        return
    if c.hint is not None and _marked(c, acc):
        return
    if _related(c, acc):
        return
    if _credits(c, acc):
        return
    reason = chrome_reason(text, outlet)
    if reason is not None:
        if (
            reason is R.MEDIA
            and acc.kept_at == len(acc.removed)
            and acc.body
            and acc.body[-1].kind == "paragraph"
            and _signs_tweet(text)
            and not _signed_before(text, acc)
        ):
            # The words of an embedded post stand right above its signature: the post's, not the text's.
            acc.drop(R.MEDIA, acc.body.pop().text)
        if reason is R.PROMO and acc.kept_at == len(acc.removed) and _button_sized(text):
            _drop_promo_box(acc)
        acc.drop(reason, text)
        acc.zoomed = reason is R.MEDIA and cues.ZOOM_LABEL.match(text) is not None
        return
    if c.kind == "paragraph" and _cut_headline(text):
        acc.related.append(RelatedLink(text, c.url))
        acc.drop(R.RELATED, text)
        return
    if acc.removed and acc.kept_at < len(acc.removed) and _dates_post(acc.removed[-1], text):
        acc.drop(R.MEDIA, text)
        return
    if _credit_line(text, acc, outlet) or (c.kind == "paragraph" and _caption_line(text, acc)):
        return
    kind: BlockKind = c.kind
    if c.hint == "emphasis" and kind == "paragraph" and _heading_like(text):
        kind = "heading"
    if not _repeat_or_stamp(text, kind, acc):
        _keep(acc, Block(kind, text), linked=c.url is not None)


# A pager's label and its page numbers are this long at most ("Halaman:", "12").
_PAGER_PART_MAX = 8
_PAGER_LABELS = frozenset(phrases.PAGER_LABELS)


def _pager_label(text: str) -> bool:
    return text.rstrip(" :").casefold() in _PAGER_LABELS


def _pager_part(text: str, acc: _Acc) -> bool:
    """Whether ``text`` is a piece of a pager set apart, taken: a page number under the pager's label or
    under another piece of it, or the label right under a pager's line ("Halaman" / "1" / "2" / "3": a
    copy gives each on its own line, a template may set each in its own box). A label alone is kept until
    a number shows it a pager's (or it closes the text: :func:`_drop_pager_label`)."""
    after_pager = bool(acc.removed) and acc.kept_at < len(acc.removed) and acc.removed[-1].reason is R.PAGING
    if _pager_label(text):
        if not after_pager:
            return False
    elif not text.isdigit() or text.startswith("0"):
        return False
    elif not after_pager:
        if not acc.body or acc.kept_at != len(acc.removed) or not _pager_label(acc.body[-1].text):
            return False
        acc.drop(R.PAGING, acc.body.pop().text)
    acc.drop(R.PAGING, text)
    return True


def _drop_pager_label(acc: _Acc) -> None:
    """A pager's label closing the text is the pager's, whose numbered links the page dropped ("Halaman"
    over a list of links "1 2 3 4"): no text ends on the word alone."""
    if acc.body and acc.body[-1].kind == "paragraph" and _pager_label(acc.body[-1].text):
        acc.drop(R.PAGING, acc.body.pop().text)


def _repeat_or_stamp(text: str, kind: BlockKind, acc: _Acc) -> bool:
    """Whether the block ``text``, inside the text, is dropped as a repeat of the block above it, as a day's
    stamp or as a piece of a pager."""
    if len(text) <= _PAGER_PART_MAX and _pager_part(text, acc):
        return True
    if not acc.body and not acc.captions:
        return False
    if acc.body and (acc.body[-1].text == text or _restates(text, acc.body[-1].text)):
        acc.drop(R.DUPLICATE, text)
        return True
    if kind == "paragraph" and _day_alone(text):
        # A day alone on its line inside the text, or under a caption above it: the stamp a gallery sets
        # under each slide or a box under each entry ("27 Oktober 2017"). A live report's updates are
        # stamped with their clock.
        acc.drop(R.NOT_CONTENT, text)
        return True
    return False


def _caption_line(text: str, acc: _Acc) -> bool:
    """Whether the paragraph ``text`` is a picture's caption in the running text, taken: one closing on its
    credit, or one right under the picture's enlarge button."""
    caption = caption_in_text(text)
    if caption is not None:
        acc.captions.append(caption)
        acc.drop(R.CAPTION, text)
        acc.text_caption = (len(acc.captions) - 1, (text,), text[len(caption.text) :].strip())
        return True
    if acc.zoomed and len(text) <= _ZOOMED_CAPTION_MAX:
        # "Perbesar" / "Gajah Mada, Patih Amangkhubumi Kerajaan Majapahit. Sumpahnya ...": the caption under
        # the picture's enlarge button, a credit or not.
        acc.captions.append(split_caption(text))
        acc.drop(R.CAPTION, text)
        return True
    return False


def _credit_line(text: str, acc: _Acc, outlet: Conventions | None) -> bool:
    """Whether ``text`` is a picture's credit on a line of its own, taken: with the caption it closes, the
    text kept right above it, or alone."""
    # A bracketed credit opens and closes on its brackets (the text has no white space at either end): most
    # blocks fail on their first or last character, without the pattern.
    credit_only = None
    if text[:1] in "[(" and text[-1:] in ")]":
        credit_only = _CREDIT_ONLY.match(text)
    elif "/" in text and (credit_only := _AGENCY_CREDIT_LINE.match(text)) is not None and (
        not acc.body or acc.kept_at != len(acc.removed)
    ):
        zoomed = acc.zoomed
        acc.drop(R.MEDIA, text)  # no text right above it to close: the credit of a picture without a caption
        acc.zoomed = zoomed  # its caption may come under it ("lihat foto" / "AFP/Nama" / caption)
        return True
    if (
        credit_only is not None
        and _plausible_credit(credit_only["credit"])
        and acc.body
        and _closing_credit(text, outlet) is None
        and not _names_writer_or_editor(credit_only["credit"])
    ):
        # A credit on a line of its own closes the caption above it.
        above = acc.body.pop()
        acc.captions.append(Caption(text=above.text, credit=credit_only["credit"].strip()))
        acc.drop(R.CAPTION, above.text)
        acc.drop(R.CAPTION, text)
        acc.text_caption = (len(acc.captions) - 1, (above.text, text), text)
        return True
    return False


def _keep(acc: _Acc, block: Block, *, linked: bool) -> None:
    """``block`` is the text's, for now: ``linked`` says its whole text is one link's."""
    acc.body.append(block)
    acc.zoomed = False
    if linked:
        acc.linked[id(block)] = block
    acc.kept_at = len(acc.removed)
    acc.text_caption = None


# A promotion's button ("Dapatkan Aplikasi") is a few words; the lines of its box above it (the app's name,
# a slogan, a rating) are short and no sentence, and at most this many.
_PROMO_BUTTON_WORDS = 4
PROMO_BOX_LINES = 3
"""The most lines of a promotion's box above its button: an app's name, a slogan, a rating; a product's
kind, name and price."""


def _button_sized(text: str) -> bool:
    return len(text.split()) <= _PROMO_BUTTON_WORDS


def promo_button(text: str, outlet: Conventions | None = None) -> bool:
    """Whether ``text`` is a promotion's button alone on its line ("Dapatkan Aplikasi", "Shop Now"), which
    closes a box of a few short lines above it (:data:`PROMO_BOX_LINES`)."""
    return _button_sized(text) and chrome_reason(text, outlet) is R.PROMO


_PROMO_LINE_WORDS = 10


def video_prompt(text: str, outlet: Conventions | None = None) -> bool:
    """A prompt to watch the video below, alone in its block or on its line: "Simak juga video pilihan
    berikut ini:", or a box's heading of a few words naming a video ("Video Pilihan"). What follows it is
    the video and its description, another story's; pages and pastes end the text there alike."""
    if cues.VIDEO_PROMO.match(text) is not None:
        # Pointing below, not naming a video in the text ("Simak Video 'Judul'", a paragraph may follow it).
        return text.endswith(":") or cues.POINTS_BELOW.search(text) is not None
    words = text.casefold().split()
    return len(words) <= _VIDEO_HEADING_WORDS and "video" in words and chrome_reason(text, outlet) is not None


_VIDEO_HEADING_WORDS = 3


def _drop_promo_box(acc: _Acc) -> None:
    """Set aside the lines of the box a promotion's button closes: an app banner between two paragraphs
    ("4+", "KOMPAS.com: Berita Terpercaya", "Baca Berita Terbaru Tanpa Terganggu Banyak Iklan", "Dapatkan
    Aplikasi") reads as short lines right above the button. Only short paragraph lines that are no sentence
    go, at most three, and only when a paragraph of the text stays above them."""
    box = 0
    while (
        box < len(acc.body)
        and box < PROMO_BOX_LINES
        and acc.body[-1 - box].kind == "paragraph"
        and len(acc.body[-1 - box].text.split()) <= _PROMO_LINE_WORDS
        and not cues.ends_sentence(acc.body[-1 - box].text)
    ):
        box += 1
    if not box or box == len(acc.body):
        return
    for block in acc.body[-box:]:
        acc.drop(R.PROMO, block.text)
    del acc.body[-box:]


def _signs_tweet(text: str) -> bool:
    """Whether ``text`` signs an embedded post: a tweet's signature, an Instagram post's credit ("A post
    shared by IDN Times (@idntimes) on")."""
    # Every signature holds "(@" (the account): most media lines are answered without the pattern.
    if "(@" not in text:
        return False
    return cues.TWEET_SIGNATURE.fullmatch(text) is not None or text[:13].casefold() == "a post shared"


def _signed_before(signature: str, acc: _Acc) -> bool:
    """Whether the post ``signature`` signs was embedded above already: its second embed, broken, shows the
    signature alone (the page kept no words of the post twice), so the paragraph above it is the text's."""
    return any(r.text == signature for r in acc.removed if r.reason is R.MEDIA)


# A post's date is a few words: "Jul 14, 2019 at 9:00pm PDT".
_POST_DATE_WORDS = 7


def _dates_post(above: Removed, text: str) -> bool:
    """Whether ``text`` is the date an embedded post's credit goes on to: "A post shared by IDN Times
    (@idntimes) on" / "Jul 14, 2019 at 9:00pm PDT"."""
    return (
        above.reason is R.MEDIA
        and above.text.endswith(" on")
        and len(text.split()) <= _POST_DATE_WORDS
        and _signs_tweet(above.text)
        and bool(find_dates(text))
    )


_KICKER_MAX_WORDS = 6


def _drop_kickers(acc: _Acc) -> None:
    """Labels above the headline ("FotoBisnis", "EKSKLUSIF", a channel name) are not article text: the
    article starts under its headline. Prose above it stays: some templates repeat the headline lower down."""
    kept = []
    for block in acc.body:
        if len(block.text.split()) <= _KICKER_MAX_WORDS and not cues.ends_sentence(block.text):
            acc.drop(R.NAVIGATION, block.text)
        else:
            kept.append(block)
    acc.body[:] = kept


def _title_case_question(text: str) -> bool:
    """A headline that asks or exclaims ("Setelah London Love Story, Akan Ada Apa Lagi?"): most words
    capitalised, as headlines are and sentences are not."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return text.rstrip("\"'”’)").endswith(("?", "!")) and sum(w[:1].isupper() for w in words) >= 0.6 * len(
        words
    )


_RESTATE_MIN_WORDS = 6
_RESTATE_SHARE = 0.9


def _restates(text: str, above: str) -> bool:
    """A one-sentence block that says again, in the same words and order, what the paragraph above it says:
    a photo's caption or a pull quote set under the text it repeats, not text of its own."""
    # The tests on the block itself first, the ones that need no word list before it: most blocks fail one
    # of them (more than one sentence, most often), and the paragraph above is then never split into words.
    if not cues.ends_sentence(text) or _SENTENCE_INSIDE.search(text) is not None:
        return False
    words = _word_list(text)
    if len(words) < _RESTATE_MIN_WORDS:
        return False
    # A word the matcher matches is a word of the paragraph above, so it stands in that paragraph's case
    # folded text (case folding goes character by character): nearly every block fails this count of
    # substring tests, and the paragraph above is then never split into words.
    above_folded = above.casefold()
    if sum(map(above_folded.__contains__, words)) < _RESTATE_SHARE * len(words):
        return False
    above_words = _word_list(above)
    if len(words) >= len(above_words) or _shared_bound(words, above_words) < _RESTATE_SHARE * len(words):
        return False
    # difflib loads here, on the first block that gets this far: few do, and its import (heapq included) was
    # a cost every ``import beritaparse`` paid.
    import difflib  # noqa: PLC0415

    matcher = difflib.SequenceMatcher(None, words, above_words, autojunk=False)
    shared = sum(b.size for b in matcher.get_matching_blocks() if b.size >= 2)
    return shared >= _RESTATE_SHARE * len(words)


# A paragraph above that several blocks are compared with (the blocks between them dropped) is split once.
_WORD_LISTS = 8


@functools.lru_cache(maxsize=_WORD_LISTS)
def _word_list(text: str) -> tuple[str, ...]:
    return words_of(text)


def _shared_bound(words: tuple[str, ...], above: tuple[str, ...]) -> int:
    """At least the words a run of two or more matching words can cover: a word in such a run has a
    neighbour in the run, so the pair of it and that neighbour stands in ``above`` too. Counting the words
    with such a pair is a few set look-ups, where the matcher compares every pair of positions."""
    pairs = word_pairs(above)
    inside = [pair in pairs for pair in itertools.pairwise(words)]
    # Word i is covered when the pair ending on it or the pair opening on it is in ``above``.
    return sum(a or b for a, b in zip([False, *inside], [*inside, False], strict=True))


# A line ending on a colon this long is a clause introducing what follows, not a piece of a title.
_INTRO_MIN_WORDS = 6
# A related box's heading is a few words ("Editor’s picks", "Tulisan Terkait").
_BOX_HEADING_CHARS = 30


def stamp_only(text: str) -> bool:
    """Whether ``text`` is a time and nothing else ("12 Mei 2024", "2 jam lalu"): the time a box of related
    stories shows under each linked title, often a link to the story too, and no title itself."""
    return _lone_stamp(text) is not None


def _lone_stamp(text: str) -> DateMention | None:
    """The one date or time ``text`` is, nothing else beside it but separators; None for any other text."""
    if not any(ch.isdigit() for ch in text) and len(text.split()) > 2:
        return None
    found = find_dates(text)
    return found[0] if len(found) == 1 and len(found[0].raw) >= len(text.strip(" |·•-–—()")) else None


# A day written out with its weekday runs this long at most ("Minggu, 15 September 2019").
_DAY_ALONE_MAX = 40


def _day_alone(text: str) -> bool:
    """Whether ``text`` is a day and nothing else, no clock ("27 Oktober 2017", "Jumat, 27/10/2017")."""
    if len(text) > _DAY_ALONE_MAX or not any(ch.isdigit() for ch in text):
        return False
    stamp = _lone_stamp(text)
    return stamp is not None and stamp.value.granularity == "day"


# A headline a box of other stories cuts short runs this many words before its ellipsis; this share of them
# capitalised (a headline's case; a sentence of the text trailing off is in sentence case).
_CUT_HEADLINE_WORDS = (3, 20)
_CUT_HEADLINE_CAPITALS = 0.6


def _cut_headline(text: str) -> bool:
    """Whether ``text`` is another story's headline cut short with an ellipsis, as cards and boxes of other
    stories show theirs ("Grup Band dengan Follower Tiktok Terbanyak, Jagoanmu di Ranking…"); a pasted
    copy sets them one a line between the paragraphs."""
    if not text.endswith(("…", "...")):
        return False
    words = [w for w in text.rstrip(".… ").split() if w[:1].isalpha()]
    low, high = _CUT_HEADLINE_WORDS
    return (
        low <= len(words) <= high
        and _SENTENCE_INSIDE.search(text) is None
        and sum(w[:1].isupper() for w in words) >= _CUT_HEADLINE_CAPITALS * len(words)
    )


# A related box's heading calls its readers in a word or three after the cue; a linked title runs longer.
_BOX_CALL = 3


def _related(c: Candidate, acc: _Acc) -> bool:
    text = c.text
    if (acc.pending_related or c.hint == "related") and stamp_only(text):
        acc.drop(R.RELATED, text)
        return True
    if acc.pending_related:
        if not any(ch.isalpha() for ch in text):
            return False  # no title, nor prose: a card's count of its photos ("+7"), which the run goes over
        # Under a bare "Baca juga:" come one or more linked titles; the first sentence of prose, or the
        # editor's sign-off, ends the run.
        signs_off = cues.CLOSING_INITIALS.match(text) is not None or cues.CLOSING_NAME.match(text) is not None
        # A clause ending on a colon introduces what follows it (a list, a quote): text, not a linked title
        # (a title broken at its links leaves short pieces that end on one: "Maroko Vs Portugal:").
        words = len(text.split())
        # An amount in lower case is no story's title but an item of a list of the text ("70 gram tepung
        # terigu", a recipe's ingredients under the box).
        title_like = (
            words <= _RELATED_TITLE_MAX_WORDS
            and cues.AMOUNT_ITEM.match(text) is None
            and not (text.endswith(":") and words >= _INTRO_MIN_WORDS)
            and (not cues.ends_sentence(text) or _title_case_question(text))
        )
        # Once the run has taken linked titles, a line that links nowhere is past the box: the text's next
        # subheading ("Related Story" over two linked titles, then an <h2> of the text). A paste links none.
        ended = c.url is None and acc.related_run_linked
        if not signs_off and not ended and (c.url is not None or title_like):
            acc.related.append(RelatedLink(text, c.url))
            acc.drop(R.RELATED, text)
            acc.related_run_linked = c.url is not None
            return True
        acc.pending_related = False
        acc.related_run_linked = False
    m = _RELATED_CUE.match(text)
    if m is None and c.hint != "related":
        if len(text) > _BOX_HEADING_CHARS:
            return False
        # A box's heading alone ("Terkait", "Editor’s picks"; "RECOMMENDED", a box of other stories that is
        # the site's navigation): the linked titles are the next blocks.
        reason = cues.titles_heading(text)
        if reason is None:
            return False
        acc.pending_related = True
        acc.drop(reason, text)
        return True
    if m is not None and c.url is None and text.isupper() and len((m["title"] or "").split()) <= _BOX_CALL:
        # A box's heading in capitals, the cue with a call to the readers ("BACA INI JUGA DONG OTOLOVERS",
        # KLY's): no story's title, the linked titles are the next blocks.
        acc.pending_related = True
        acc.drop(R.RELATED, text)
        return True
    if m is not None and c.url is None and len((m["title"] or "").split()) > _RELATED_TITLE_MAX_WORDS:
        # Past a title's length the words after the cue are prose, no linked story: "Jangan lewatkan
        # pembukaan dua outlet perdana ... di bulan Desember 2023. Berbekal pengalaman ..." is the text's.
        return False
    if m is not None and (cues.VIDEO_PROMO.match(text) or cues.VIDEO_TITLE.match(m["title"] or "")):
        acc.drop(R.PROMO, text)
        return True
    title = (m["title"] if m is not None else text).strip(" :-–—»>")
    if title:
        acc.related.append(RelatedLink(title, c.url))
    else:
        # "Baca juga:" alone: the link is the next block.
        acc.pending_related = True
    acc.drop(R.RELATED, text)
    return True


_LETTER = 1


def _marked(c: Candidate, acc: _Acc) -> bool:
    """Set aside a block the markup says is a caption, the byline or a tag box; False for other hints."""
    text = c.text
    if c.hint == "caption":
        if c.credit is None and len(text) <= _BOX_HEADING_CHARS and cues.titles_heading(text) is not None:
            # A box of other stories set right under a picture opens with its heading ("Related Story" over
            # linked titles): no caption, but the box's heading, which the related rules read.
            return False
        if c.credit is None and len(text) <= _LETTER and chrome_reason(text, None) is R.BOILERPLATE:
            # One letter after a picture (a font-size button, "A") captions nothing.
            acc.drop(R.BOILERPLATE, text)
            return True
        acc.captions.append(split_caption(text, c.credit))
        acc.drop(R.CAPTION, text)
        return True
    if c.hint == "byline":
        _name_before_bar(text, acc)
        acc.drop(R.BYLINE, text)
        return True
    if c.hint == "tags":
        # A box of tag links. Above the text it is a bar of the site's trending tags, not the article's.
        if acc.body:
            acc.tags.extend(c.parts)
        acc.drop(R.TAGS, text)
        return True
    return False


# The bars a byline sets between the writer and the date ("Nama | 16 November 2017 14:02").
_BYLINE_BARS = tuple(language.FIELD_BARS)
# A writer's name under which the bar's line breaks off is a name's few words.
_BAR_NAME_WORDS = 4


def _name_before_bar(text: str, acc: _Acc) -> None:
    """The writer of a byline that the markup broke at its bar: ``text``, the byline's date, opens on the
    bar ("<div>Nama</div> | <span>date</span>" walks as "Nama" / "| 16 November 2017 14:02"), and the block
    kept right above it is a person's name alone: the name is the writer's, no text."""
    if not text.startswith(_BYLINE_BARS) or not acc.body or acc.kept_at != len(acc.removed):
        return
    name = acc.body[-1]
    if (
        name.kind == "paragraph"
        and len(name.text.split()) <= _BAR_NAME_WORDS
        and is_person_name(name.text, site_names=acc.sites)
    ):
        acc.body.pop()
        acc.authors.append(name.text)
        acc.drop(R.BYLINE, name.text)


# A credit of two roles runs a line's length: "Redaktur & Reporter : Nama".
_JOINED_CREDIT_MAX = 80


def _take_credit(acc: _Acc, credited: tuple[tuple[str, ...], tuple[str, ...]], text: str) -> None:
    """The credit line ``text`` names ``credited``'s writers and editors: taken, the line set aside."""
    acc.authors.extend(credited[0])
    acc.editors.extend(credited[1])
    acc.drop(R.BYLINE, text)


def _credits(c: Candidate, acc: _Acc) -> bool:
    text = c.text
    if _boxed_credit(text, acc):
        return True
    # Wire copy's credits, "Reporting by Nama; Editing by Nama", run longer than other credit lines; each
    # "by" says whose names follow it.
    found = by_credits(text, site_names=acc.sites)
    if found is not None:
        _take_credit(acc, found, text)
        return True
    if len(text) > 120:
        return False
    m = cues.reading_time(text)
    if m is not None:
        acc.reading_time = int(m["m"] or m["m2"])
        acc.drop(R.READING_TIME, text)
        return True
    # "Penulis/Editor: Nama": one person wrote and edited the text; "Sumber: Antara | Penulis: Nama": a
    # source's label opens the row, the writer named after it; "Budi Santoso, Jurnalis": the role after
    # the name.
    found = (
        (joined_roles_credit(text, site_names=acc.sites) if len(text) < _JOINED_CREDIT_MAX else None)
        or credit_row(text, site_names=acc.sites)
        or role_after_credit(text, site_names=acc.sites)
    )
    if found is not None:
        _take_credit(acc, found, text)
        return True
    m = _EDITOR_LABEL.match(text)
    if m is not None:
        # "Editor: Nama | Penulis: Nama": the writer named after the editor is no editor.
        writers, edited = labelled_credit(text, m["names"], opening="editor", site_names=acc.sites)
        acc.authors.extend(writers)
        acc.editors.extend(edited)
        acc.drop(R.EDITOR_CREDIT, text)
        return True
    m = _AUTHOR_LABEL.match(text)
    # "Oleh karena itu, ..." opens prose: a credit names people and ends without a sentence.
    # A label with its colon ("Pewarta: prwir") is a credit whatever follows; without one, a capital must.
    if (
        m is not None
        and len(m["names"].split()) <= 8
        and not cues.ends_sentence(text)
        and (m["names"][:1].isupper() or ":" in text[: m.start("names")])
    ):
        # "Penulis: Nama | Editor: Nama": the editor named after the writer wrote nothing.
        writers, edited = labelled_credit(text, m["names"], opening="author", site_names=acc.sites)
        (acc.signed if adapted_credit(text) else acc.authors).extend(writers)
        acc.editors.extend(edited)
        acc.drop(R.BYLINE, text)
        return True
    tags = labelled_tags(text)
    if tags is not None:
        acc.tags.extend(tags)
        acc.drop(R.TAGS, text)
        return True
    return False


_TAG_SEPARATORS = lazy(r"[,;#|]", regex.VERSION1)


def labelled_tags(text: str) -> list[str] | None:
    """The tags a labelled tag line lists ("Tags: Banjir, Jakarta", "Topik: #banjir #jakarta"), or None
    when ``text`` is no such line.

    >>> labelled_tags("Tags: Banjir, Jakarta"), labelled_tags("Tags")
    (['Banjir', 'Jakarta'], None)
    """
    m = _TAGS_LABEL.match(text)
    if m is None:
        return None
    return [t.lstrip("#").strip() for t in _TAG_SEPARATORS.split(m["tags"]) if t.strip(" #")]


def _boxed_credit(text: str, acc: _Acc) -> bool:
    """A credit box whose label and name are blocks of their own ("Editor:" / "Clara Maria Tjandra Dewi H.",
    a label and an <h4>): the label alone says whose role the name in the next block is."""
    role, acc.labelled = acc.labelled, None
    boxed = role is not None and len(text.split()) <= _BOXED_NAME_WORDS
    if boxed and is_person_name(text, site_names=acc.sites):
        (acc.editors if role is Role.EDITOR else acc.authors).append(text.strip(" ,"))
        acc.drop(R.EDITOR_CREDIT if role is Role.EDITOR else R.BYLINE, text)
        return True
    found = cues.line_role(text)
    if found not in (Role.AUTHOR, Role.EDITOR):
        return False
    acc.labelled = found
    acc.drop(R.EDITOR_CREDIT if found is Role.EDITOR else R.BYLINE, text)
    return True


_BOXED_NAME_WORDS = 6


def _heading_like(text: str) -> bool:
    words = text.split()
    # A bold line ending on ":" introduces what follows (a list, a quote): it is text, not a subheading.
    return 0 < len(words) <= _HEADING_MAX_WORDS and not cues.ends_sentence(text) and not text.endswith(":")


# How many short blocks may stand above the dateline: teasers of other stories, a kicker.
_ABOVE_DATELINE = 2
_TEASER_MAX_WORDS = 25


def _take_dateline(acc: _Acc, outlet: Conventions | None) -> str | None:
    """The dateline that opens the first paragraph; a dateline opens the text, so short blocks above it
    (a teaser of another story, a label) are not article text, nor is a quote above it: a pull quote that
    highlights, in other words, what the text goes on to say (old ANTARA English templates)."""
    above: list[int] = []
    quotes: list[int] = []
    for i, block in enumerate(acc.body):
        if block.kind == "quote":
            quotes.append(i)
            continue
        if block.kind != "paragraph":
            continue
        place, prefix, rest = split_dateline(block.text, outlet)
        if not prefix:
            if len(above) >= _ABOVE_DATELINE or len(block.text.split()) > _TEASER_MAX_WORDS:
                return None
            above.append(i)
            continue
        acc.drop(R.DATELINE, prefix)
        if rest:
            acc.body[i] = Block("paragraph", rest)
        else:
            del acc.body[i]
        for j in sorted(above + quotes, reverse=True):
            acc.drop(R.NAVIGATION if j in above else R.DUPLICATE, acc.body.pop(j).text)
        # "Dream - ..." has a place's form: the outlet's own name (its site's, "Dream.co.id") is no place.
        return None if place is not None and _names_site(place, acc.sites) else place
    return None


def _names_site(place: str, sites: tuple[str, ...]) -> bool:
    """Whether ``place`` is one of ``sites`` by name, or by its domain's name: the label before the domain's
    ending ("Dream" of "Dream.co.id" and of "haji.dream.co.id"), or all its labels ("Planet Merdeka" of
    "https://planet.merdeka.com/"); not a place within a site's name ("Jakarta" of "Jakarta Globe"), nor a
    subdomain's region alone ("Bali" of "bali.tribunnews.com")."""
    key = " ".join(place.casefold().split())
    return any(key in _site_keys(site) for site in sites)


@functools.lru_cache(maxsize=256)
def _site_keys(site: str) -> frozenset[str]:
    """The names ``site`` goes by: itself, and where it is a domain (an address's host), its name before the
    ending, alone and with the subdomains before it."""
    name = site.casefold().strip()
    host = name.split("://", 1)[-1].split("/", 1)[0].removeprefix("www.")
    if "." not in host or " " in host:
        return frozenset({name})
    ending = next((e for e in _DOMAIN_ENDINGS if host.endswith("." + e)), host.rsplit(".", 1)[-1])
    labels = host[: -len(ending) - 1].split(".")
    return frozenset({name, labels[-1], " ".join(labels), "".join(labels)})


# Longest first: "co.id" before "id".
_DOMAIN_ENDINGS = sorted(names.DOMAIN_ENDINGS, key=len, reverse=True)


_CAPS_CREDIT = lazy(r"^[\p{Lu}][\p{Lu} .'|/-]{1,40}$", regex.VERSION1)
# A name in a credit in capitals has this many words at most.
_CAPS_CREDIT_WORDS = 4
# A part of a capitals credit this short is initials, the editor's beside the reporter's name.
_CAPS_INITIALS = 3
# The place a list of reporters closes with: "(BOGOR)", "(JAKARTA, SURABAYA)".
_CAPS_PLACE = lazy(r"\s*\([\p{Lu} .,/-]{2,40}\)$", regex.VERSION1)


def capitals_credit(text: str, site_names: Sequence[str] = ()) -> tuple[str, ...] | None:
    """The people a credit in capitals closing a text names, in title case: the reporter's ("DINI TEJA"),
    several with the place they reported from ("HUSSEIN ABRI DONGORAN, M.A. MURTADHO (BOGOR)"), the reporter
    beside the editor's initials ("ANDRIAN HABIBI | DA"), or nobody (an agency's name, "ANTARA"). None when
    ``text`` is no such credit.

    >>> capitals_credit("ANDRIAN HABIBI | DA")
    ('Andrian Habibi',)
    >>> capitals_credit("ANTARA")
    ()
    >>> capitals_credit("THE SUN | ESPN")
    ()
    >>> capitals_credit("Andrian Habibi") is None
    True
    """
    credited = _CAPS_PLACE.sub("", text)
    parts = _CREDIT_SEPARATOR.split(credited)
    if not (len(parts) > 1 or credited == text) or not all(
        len(p.split()) <= _CAPS_CREDIT_WORDS and _CAPS_CREDIT.match(p) for p in parts
    ):
        return None
    # Beside a source's name ("THE SUN | ESPN", the line of sources a translated story closes with), a part of
    # one word is another source's: the reporter's name has two words or more ("REUTERS | CHOIRUL AMINUDDIN").
    sourced = any(is_outlet_name(part.title(), site_names=site_names) for part in parts)
    return tuple(
        n
        for part in parts
        if len(part) > _CAPS_INITIALS
        and not (sourced and " " not in part.strip())
        and is_person_name(n := part.title(), site_names=site_names)
    )


_CLOSING_PROSE_WORDS = 10


def _drop_video_description(acc: _Acc) -> None:
    """The one paragraph between a prompt to watch the video below and the end of the text is the video's
    description, another story's ("Simak juga video pilihan berikut ini:" over an embed and "Aliran Sungai
    Bengawan Solo mengalami pencemaran berat. ..." under a text on Pantai Losari): the prompt ended the text.
    Pastes end the text at the same prompt (:func:`beritaparse.paste.layout`)."""
    if acc.video_at is None:
        return
    above, set_aside = acc.video_at
    # Kept right under the prompt, nothing set aside between them: a description the rules already set
    # aside ("Video" / "Berita video gol kedua ...") leaves the paragraph after it the text's.
    if (
        above < 1
        or above != len(acc.body) - 1
        or acc.kept_at != set_aside
        or acc.body[-1].kind != "paragraph"
    ):
        return
    acc.drop(R.MEDIA, acc.body.pop().text)


def _restore_closing_paragraph(acc: _Acc) -> None:
    """The last paragraph closed by a source credit ("... kata dia. (Tribunnews.com/Nama)", "(ANTARA)") reads
    like a caption with its credit; after the text, with no photo's words in it, it is the closing paragraph
    and its credit the sign-off. A caption is shorter, or is followed by more text."""
    if acc.text_caption is None or not acc.body:
        return
    index, lines, credit = acc.text_caption
    caption = acc.captions[index]
    if len(caption.text.split()) < _CLOSING_PROSE_WORDS or not cues.ends_sentence(caption.text):
        return
    if cues.PICTURE_POSITION.search(caption.text) is not None:
        return  # it places the people a picture shows ("Nama (kedua kanan) dan Nama (kiri)"): a caption
    del acc.captions[index]
    acc.removed[:] = [r for r in acc.removed if not (r.reason is R.CAPTION and r.text in lines)]
    if _names_writer_or_editor(caption.credit or ""):
        # "(Laporan: Nama / Editor: Nama)": the lines go back as they were, for the closing credits to read.
        acc.body.extend(Block("paragraph", line) for line in lines)
        return
    acc.body.append(Block("paragraph", caption.text))
    acc.drop(R.EDITOR_CREDIT, credit or (caption.credit or ""))


# Credits in brackets closing the text: "(Penulis: Nama)", "(Laporan: Nama / Editor: Nama)".
_BRACKETED_CREDIT = lazy(r"(?:^|\s)[\[(]\s*(?P<credit>[^\[\]()]{4,120}?)\s*[\])]\s*$", regex.VERSION1)


def _names_writer_or_editor(credit: str) -> bool:
    """ "Laporan: Nama / Editor: Nama": a credit of the text, not of a photo."""
    label = cues.CREDIT_LABEL.match(credit)
    return label is not None and bool(label["author"] or label["editor"])


def _bracketed_byline(credit: str) -> tuple[str, ...]:
    """The writers of a bracketed "by" credit closing the text, "(Ditulis oleh Nama)", "(By Nama)"; a
    name must follow the by-word, capitalised, as in every byline ("(oleh karena itu ...)" is prose)."""
    m = cues.BYLINE_START.match(credit)
    if m is None:
        return ()
    names = split_names(credit)
    return names if names and all(is_person_name(n) for n in names) else ()


def _bracketed_credit(acc: _Acc) -> None:
    last = acc.body[-1]
    m = _BRACKETED_CREDIT.search(last.text)
    if m is None:
        return
    by_names = _bracketed_byline(m["credit"])
    # An adapted story's credit names the original's writer: this one's only where nobody else is credited.
    writers = acc.signed if adapted_credit(m["credit"]) else acc.authors
    if by_names:
        writers.extend(by_names)
    elif not _names_writer_or_editor(m["credit"]):
        return
    labels = list(cues.CREDIT_LABEL.finditer(m["credit"]))
    for i, label in enumerate(labels):
        value = m["credit"][label.end() : labels[i + 1].start() if i + 1 < len(labels) else None].strip(
            " /|,;"
        )
        if label["author"]:
            writers.extend(split_names(value, site_names=acc.sites))
        elif label["editor"]:
            acc.editors.extend(split_names(value, site_names=acc.sites, codes=True))
    rest = last.text[: m.start()].rstrip()
    acc.drop(R.BYLINE, last.text[len(rest) :].strip())
    if rest:
        acc.body[-1] = Block(last.kind, rest)
    else:
        acc.body.pop()


# How many short lines may follow a sign-off on a line of its own, and how short they are: a tag list, a
# label, a button left in the container after the text's end.
_AFTER_SIGN_OFF = 2
_AFTER_SIGN_OFF_WORDS = 12


def _take_inner_sign_offs(acc: _Acc, outlet: Conventions | None) -> None:
    """A sign-off alone on its line within the text ("(kpl/lou)" closing the first of a multi-page
    article's pages, the later ones after it in the same HTML) credits the editor as a closing one does:
    never the article's text. Asked once the text's end is read, so that a sign-off closing the text still
    ends it (see :func:`_drop_after_sign_off`)."""
    kept = []
    for block in acc.body:
        text = block.text
        # A writer's and an editor's initials in lower case, a slash between ("(kpl/lou)"): a line of a
        # bracketed acronym alone ("(KUHP)", a paste's broken line) names no one.
        if text[:1] == "(" and "/" in text and text.islower() and cues.CLOSING_INITIALS.fullmatch(text):
            found = _closing_credit(text, outlet)
            if found is not None and not found[1]:
                acc.editors.extend(n for n in _signed_editors(found[0], acc) if n not in acc.editors)
                acc.drop(R.EDITOR_CREDIT, text)
                continue
        kept.append(block)
    acc.body[:] = kept


def _signed_editors(signed: tuple[str, ...], acc: _Acc) -> Iterator[str]:
    """The editors a sign-off names: "(boy/jpnn)", an outlet signs its own name beside the editor's
    initials; that part names nobody."""
    return (n for n in signed if not is_outlet_name(n, site_names=acc.sites))


def _drop_after_sign_off(acc: _Acc, outlet: Conventions | None) -> None:
    """A sign-off on a line of its own ("(vyp/kna)") ends the text: the few short lines that follow it in
    the container, none of them a sentence, are the template's (its tags, a label), not the article's."""
    # "... tegasnya. (boy/jpnn)" then one more paragraph: a writer/editor sign-off closing a paragraph ends
    # the text too, and the paragraph after it is the template's summary box, not the article's.
    _drop_links_after_sign_off(acc, outlet)
    if len(acc.body) > 2:
        found = _closing_credit(acc.body[-2].text, outlet)
        signed = found is not None and found[1] and len(found[0]) > 1
        if signed and cues.CLOSING_INITIALS.search(acc.body[-2].text):
            acc.drop(R.NOT_CONTENT, acc.body[-1].text)
            del acc.body[-1]
            return
    for after in range(1, min(_AFTER_SIGN_OFF, len(acc.body) - 2) + 1):
        tail = acc.body[-after:]
        if any(cues.ends_sentence(b.text) or len(b.text.split()) > _AFTER_SIGN_OFF_WORDS for b in tail):
            return
        found = _closing_credit(acc.body[-after - 1].text, outlet)
        if found is not None and not found[1]:
            for block in tail:
                acc.drop(R.NOT_CONTENT, block.text)
            del acc.body[-after:]
            return


def _drop_links_after_sign_off(acc: _Acc, outlet: Conventions | None) -> None:
    """A sign-off on a line of its own ends the text: lines after it that are each the whole text of a
    link (a box of other stories, a sponsored widget's items) are the template's, however many."""
    end = len(acc.body)
    start = end
    while start > 1 and id(acc.body[start - 1]) in acc.linked:
        start -= 1
    if start == end or start < 2:
        return
    found = _closing_credit(acc.body[start - 1].text, outlet)
    if found is None or found[1]:
        return
    for block in acc.body[start:]:
        acc.drop(R.NOT_CONTENT, block.text)
    del acc.body[start:]


def _take_closing(acc: _Acc, outlet: Conventions | None, *, text_end: bool = True) -> None:
    if text_end and acc.body:
        _drop_after_sign_off(acc, outlet)
    if acc.body:
        _bracketed_credit(acc)
    # "... katanya.***": the story's end mark, no letters of it (a credit before it is then read).
    end = acc.body[-1] if acc.body else None
    if end is not None and (rest := cues.without_end_mark(end.text)) != end.text:
        acc.drop(R.BOILERPLATE, end.text[len(rest) :])
        acc.body[-1] = Block(end.kind, rest)
    while acc.body:
        last = acc.body[-1]
        found = _closing_credit(last.text, outlet)
        if found is None and len(acc.body) > 1 and is_agency(last.text):
            # The wire's name alone closing the text ("Reuters", "AFP") credits the agency the story is
            # from, in whatever case the outlet writes it; a credit above it may still close the text.
            acc.drop(R.EDITOR_CREDIT, last.text)
            acc.body.pop()
            continue
        if found is None:
            # A short line in capitals closing the text is the reporter's or agency's credit ("DINI TEJA",
            # "ANTARA"): not a subheading, and not text. Whose name it is the outlet's adapter knows.
            # A magazine credits its reporters so, in a list with the place they reported from: "HUSSEIN
            # ABRI DONGORAN, M.A. MURTADHO (BOGOR)".
            if len(acc.body) > 1 and (signed := capitals_credit(last.text, acc.sites)) is not None:
                acc.drop(R.EDITOR_CREDIT, last.text)
                acc.body.pop()
                acc.signed.extend(signed)
            return
        credited, rest = found
        acc.editors.extend(_signed_editors(credited, acc))
        if rest:
            acc.drop(R.EDITOR_CREDIT, last.text[len(rest) :].strip())
            acc.body[-1] = Block(last.kind, rest)
            return
        acc.drop(R.EDITOR_CREDIT, last.text)
        acc.body.pop()


def _dedupe(names: list[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for n in names:
        seen.setdefault(fold(n), n)
    return tuple(seen.values())


def clean(
    candidates: Sequence[Candidate],
    *,
    outlet: Conventions | None = None,
    title: str | None = None,
    text_end: bool = True,
    site_names: Sequence[str] = (),
) -> Cleaned:
    """Apply the shared block rules, with ``outlet``'s conventions where it has any.

    ``title`` (when known) lets repeats of the headline be dropped as duplicates. ``text_end`` says the
    candidates run to the end of the article's text, so that the last of them may be its closing paragraph
    (a paste's header lines above the text do not). ``site_names`` are the outlet names the caller knows
    (the registry's, when adapters are used; the page's own site names): a credit naming one of them names
    no person. The rules themselves know no outlet.
    """
    acc = _Acc(sites=tuple(site_names))
    title_key = fold(title) if title else None
    for c in candidates:
        text = " ".join(strip_invisible(c.text).split())
        if text:
            set_aside = len(acc.removed)
            _classify(c if text == c.text else attrs.evolve(c, text=text), acc, outlet, title_key)
            if len(acc.removed) > set_aside and "video" in text.casefold() and video_prompt(text, outlet):
                acc.video_at = (len(acc.body), len(acc.removed))
    dateline = _take_dateline(acc, outlet)
    if text_end:
        _drop_video_description(acc)
        _restore_closing_paragraph(acc)
    _take_closing(acc, outlet, text_end=text_end)
    if text_end:
        _drop_pager_label(acc)
    _take_inner_sign_offs(acc, outlet)
    return Cleaned(
        body=tuple(acc.body),
        captions=tuple(acc.captions),
        related=tuple(acc.related),
        removed=tuple(acc.removed),
        authors=_dedupe(acc.authors),
        editors=_dedupe(acc.editors),
        tags=_dedupe(acc.tags),
        dateline=dateline,
        reading_time_minutes=acc.reading_time,
        signed=_dedupe(acc.signed),
    )
