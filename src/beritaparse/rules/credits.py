"""Names in credits: who wrote and who edited, from the ways Indonesian news credits people.

Pages and pasted text credit people the same ways ("Penulis: Kontributor Lhokseumawe, Masriadi",
"Mulia Budi - detikNews", "By Ratnaning Asih on 16 Feb 2016", "Icha Rastika Editor"), so one reader of
credits serves page metadata (:mod:`beritaparse.page.bylines`), the block rules and pasted text.

>>> from beritaparse.rules.credits import split_names, is_person_name
>>> split_names("Laporan Wartawan Tribunnews.com, Glery Lazuardi")
('Glery Lazuardi',)
>>> [is_person_name(n) for n in ("Herdi Alif Al Hikam", "Tim Redaksi", "MUDA DAN MENGINSPIRASI")]
[True, False, False]
"""

from __future__ import annotations

import functools
import itertools
from typing import TYPE_CHECKING

import regex

from beritaparse.cache.patterns import compile_pattern
from beritaparse.lexicon import alternation, calendar, language, names, phrases, roles
from beritaparse.rules import cues
from beritaparse.rules.flags import WORDS, LazyPattern, lazy
from beritaparse.rules.strings import fold, unique

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

__all__ = [
    "BY_CREDITS_MAX",
    "DATE_ALONE_LEFTOVER",
    "DATE_LINE_LEFTOVER",
    "adapted_credit",
    "by_credits",
    "credit_row",
    "credit_segments",
    "is_agency",
    "is_desk_credit",
    "is_outlet_name",
    "is_person_name",
    "joined_roles_credit",
    "labelled_credit",
    "labels_name",
    "looks_like_domain",
    "role_after_credit",
    "share_site_names",
    "split_credit",
    "split_names",
    "stamp_without_weekday",
]

_FLAGS = WORDS

DATE_ALONE_LEFTOVER = 5
"""What a byline's date alone after a dash ("Nama - 13 Oktober 2016 23:11 wib") leaves beside its mention, at
most: a comma, a zone's word."""
DATE_LINE_LEFTOVER = 3
"""What a date alone on its line ("Selasa, 15 September 2019.", a header's bare date) holds beside its
mention, at most: punctuation, a separator."""

_ADAPTED = lazy(rf"\b{alternation(roles.ADAPTED_FROM)}\b", _FLAGS)


def adapted_credit(text: str) -> bool:
    """Whether a credit line says the story is adapted or translated from another outlet's
    (:data:`~beritaparse.lexicon.roles.ADAPTED_FROM`): its writer is the original's.

    >>> adapted_credit("(Penulis: Erica Gonzales; Artikel ini disadur dari Bazaar US)")
    True
    >>> adapted_credit("Penulis: Erica Gonzales | Editor: Budi")
    False
    """
    return _ADAPTED.search(text) is not None


# A weekday opening a stamp ("Senin, 24 September 2019 | 23:34 WIB"), with what parts it from the date.
_WEEKDAY_OPENING = lazy(rf"\s*{alternation(calendar.WEEKDAY_NAMES)}\b[\s,.]*", _FLAGS)


def stamp_without_weekday(stamp: str) -> str | None:
    """A byline's stamp with the weekday it opens with taken off; None when it opens with none.

    The dates package reads no date where the weekday contradicts it ("Senin, 24 September 2019" was a
    Tuesday), as it should in a sentence. In the stamp beside a headline the date and time are what the site
    stored and the weekday a template's word (a placeholder, a weekday taken in another zone): the stamp
    without it dates the article, on a page (:mod:`beritaparse.page.timestamps`) and in pasted text.

    >>> stamp_without_weekday("Senin, 24 September 2019 | 23:34 WIB")
    '24 September 2019 | 23:34 WIB'
    >>> stamp_without_weekday("24 September 2019") is None
    True
    """
    opening = _WEEKDAY_OPENING.match(stamp)
    return None if opening is None else stamp[opening.end() :]


_ROLE_WORDS = cues.ROLE_PREFIX
# A role glued to the name and a by-credit's opening, each asked behind its opening gate: the patterns'
# alternations of role and by-words cost the engine some microseconds on every credit it fails on.
_GLUED_ROLE = cues.OpeningGate(cues.GLUED_ROLE)
_BYLINE_START = cues.OpeningGate(cues.BYLINE_START, spaced=True)
_ROLE_AFTER = cues.ROLE_SUFFIX

# A share bar's label read with the byline before it: "Rachma Share:" (Popmama's writer box).
_SHARE_TAIL = lazy(rf"\s+{alternation(phrases.SHARE_LABELS)}\s*:?$", _FLAGS)
_NAME_SPLIT = lazy(r"\s*(?:[,;&/|+]|\s-\s|\s(?:dan|and)\s)\s*", _FLAGS)
# Where a byline goes on to the date: "Nama on 18 Jun 2015", "Nama pada 23 Jan 2021", "Nama | Jumat, ...",
# "Nama, Okezone · Selasa 07 Juli 2020" (a middle dot or bullet parts a credit as a bar does),
# "Nama / Thu, November 7, 2019" (a short weekday only before its comma and the date's first word: alone,
# "Sat" or "Min" may be part of a name).
_TAIL_FORMS = (
    # "on 12 March", "on March 12, 2024" (a blog theme's "Posted by Nama on March 12, 2024"), "pada 09 Nov".
    rf"\s+(?:on|pada|at)\s+(?:{alternation(calendar.MONTH_NAMES)}\.?\s+)?\d.*$",
    rf"\s*[{regex.escape(language.FIELD_BARS)}].*$",
    # "on Monday" / "pada Senin" go with the day: "Posted by Budi on Monday, 12 March".
    rf"(?:\s+(?:on|pada)(?=\s))?\s*[-–—]?\s*(?<![\w'’]){alternation(calendar.WEEKDAY_NAMES)}\b.*$",
    rf"\s*[-–—/]?\s*(?<![\w'’]){alternation(calendar.WEEKDAY_ABBREVIATIONS)},\s*\w+\s+\d.*$",
    r"\s+\d{1,2}[/. -]\d{1,2}[/. -]\d{2,4}.*$",
)
_NAME_TAIL = lazy("|".join(_TAIL_FORMS), _FLAGS)
# Every form _NAME_TAIL cuts holds a digit, a field bar or a weekday's name. Its forms open on optional white
# space, so the engine tries each of them at every position of a credit; a credit holding none of the three
# (most: a name or two) keeps its text without the pattern.
_TAIL_WEEKDAYS = tuple(name.casefold() for name in calendar.WEEKDAY_NAMES)
# A short weekday is cut only with its comma after it ("Thu, November 7, 2019").
_TAIL_SHORT_WEEKDAYS = tuple(f"{name.casefold()}," for name in calendar.WEEKDAY_ABBREVIATIONS)


@functools.cache
def _tail_pattern(forms: tuple[int, ...]) -> LazyPattern:
    """The alternation of those of :data:`_TAIL_FORMS` numbered ``forms``, in their order."""
    return lazy("|".join(_TAIL_FORMS[k] for k in forms), _FLAGS)


def _without_tail(text: str) -> str:
    """``text`` without the date, time or bar (and what follows) that :data:`_NAME_TAIL` cuts.

    Every form of it ends the text (``.*$``): the text is cut where the first of them matches, so a form
    that cannot match anywhere in the text can be left out of the search without changing the cut. In an
    ASCII text, each form's words and marks tell whether it can: the weekday forms, tried at every position
    with a case-blind alternation of names, cost most, and are rarely possible (a line of match results,
    digits and commas, read as a byline took some 45 microseconds, 1.5 with the digit forms alone)."""
    # The engine's \d, and its case folding, reach beyond ASCII: a text outside ASCII goes to the whole
    # pattern.
    if not text.isascii():
        return _NAME_TAIL.sub("", text)
    digits = any(map(str.isdigit, text))
    lower = text.lower()
    possible = (
        digits,
        any(map(text.__contains__, language.FIELD_BARS)),
        any(map(lower.__contains__, _TAIL_WEEKDAYS)),
        digits and any(map(lower.__contains__, _TAIL_SHORT_WEEKDAYS)),
        digits,
    )
    if not any(possible):
        return text
    return _tail_pattern(tuple(itertools.compress(range(len(_TAIL_FORMS)), possible))).sub("", text)


_DOMAIN = lazy(rf"\b[\w-]+\.{alternation(names.DOMAIN_ENDINGS)}\b", _FLAGS)
# An outlet's brand as one word: a lower-case name run into a capitalised desk or region ("detikNews",
# "tribunJabar", "kumparanBISNIS", "iNews"). Which outlets exist is not known here: their names come from
# the caller (``site_names``); this shape is how every such outlet writes itself.
_BRAND_WORD = lazy(r"^\p{Ll}+\p{Lu}[\p{L}\d]*$", regex.VERSION1)
_AGENCY = frozenset(names.AGENCIES)
_THE_NAME = lazy(r"^The\s+\p{Lu}\S*(?:\s+\S+){0,4}$", regex.VERSION1)
_NOT_NAME = lazy(r"[\d@#<>{}=]|https?:", _FLAGS)
# Words that make a credit an organisation ("Kompas Cyber Media", "Tim Redaksi"), not a person.
_ORG_WORD = lazy(rf"\b{alternation(names.ORGANISATION_WORDS)}\b", _FLAGS)


def _site_key(name: str) -> str:
    return name.casefold().replace(" ", "")


# A known site's key this long or longer also names the outlet's desks and editions written as one word
# ("detiknews" of "detik.com"); a shorter one ("viva") could open a person's name.
_DESK_PREFIX_MIN = 5


@functools.lru_cache(maxsize=64)
def _site_keys(site_names: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    """The names' comparison keys, whole and without the domain ending ("kompas.com" and "kompas" of
    "Kompas.com"), and the keys a one-word desk may open with; built once per set of names (names are
    looked up per line). The openings are tested with ``str.startswith``: a pattern of them cost ~5 ms
    to compile at a process's first page, for what a prefix test answers exactly."""
    keys = {_site_key(s) for s in site_names if s}
    # "www.jpnn.com" is jpnn's: the host's "www." names no site.
    keys |= {_site_key(s.removeprefix("www.").split(".")[0]) for s in site_names if s and "." in s}
    # A site named with its channel ("Okezone News", the <title>'s suffix) is the site by its first word too:
    # "Rani Hardjanti, Okezone" credits the writer and the outlet. A short first word may open a person's
    # name, as for the desks below.
    keys |= {
        _site_key(first)
        for s in site_names
        if " " in s.strip() and len(first := s.split()[0]) >= _DESK_PREFIX_MIN and first.isalpha()
    }
    keys.discard("")
    prefixes = tuple(sorted(k for k in keys if len(k) >= _DESK_PREFIX_MIN))
    return frozenset(keys), prefixes


def _is_brand(word: str) -> bool:
    return _BRAND_WORD.match(word) is not None or word.casefold() in _AGENCY


def is_agency(text: str) -> bool:
    """``text`` is a news agency's name and nothing else, in any case, in brackets or not ("Reuters",
    "(AFP)", "The Associated Press."): the wire's credit an outlet closes a story with.

    >>> is_agency("Reuters"), is_agency("(AFP)"), is_agency("Reuters melaporkan")
    (True, True, False)
    """
    return _agency_key(text.strip(" ()[].,;:-–—")) in _AGENCY


def _agency_key(name: str) -> str:
    """``name`` as :data:`_AGENCY` holds agencies: folded, without the English article ("The Associated
    Press")."""
    return " ".join(name.casefold().split()).removeprefix("the ")


def _is_outlet_word(part: str, site_names: Iterable[str] = ()) -> bool:
    """``part`` is a domain, an outlet's brand word ("detikNews"), a news agency or one of ``site_names``.

    The rules know no outlet of their own: the names of known outlets come in ``site_names``, from the
    caller that knows them (the page's own site names; the outlet registry's, when adapters are used).
    """
    # A domain has its dot: testing the string for one is cheaper than the search, and most words fail it.
    if ("." in part and _DOMAIN.search(part)) or all(_is_brand(w) for w in part.split()):
        return True
    # An agency written in full, as English-language outlets do: "The Associated Press"; and any name that
    # opens on the English article ("The Jakarta Post", "The Star"): a publication, never a person.
    if _agency_key(part) in _AGENCY or _THE_NAME.match(part):
        return True
    keys, desks = _site_keys(tuple(site_names))
    key = _site_key(part)
    # One word opening with a known site's key is one of its desks; a longer name only when it is the site.
    return key in keys or (" " not in part.strip() and key.startswith(desks))


# "Tim detikBali", "Tim Liputan6.com": a desk of the outlet credited as a whole. It is the article's
# author as the page names it (unlike "Tim Redaksi", which names nobody in particular).
_DESK = lazy(r"^Tim\s+(?P<desk>\S+)$", _FLAGS)


# What a credit puts in brackets after a name: the place the writer reports from, the outlet ("Budi Santoso
# (Garut)", "Nama (Antara)"), no part of the name; a name bracketed whole ("(Nama)") keeps its words.
_BRACKETED_TAIL = lazy(r"(?<=\w[.]?)\s*[(\[][^()\[\]]*[)\]]\s*$", regex.VERSION1)


def split_names(text: str, *, site_names: Iterable[str] = (), codes: bool = False) -> tuple[str, ...]:
    """Person names in a credit text, without role words, outlet names, places and dates.

    >>> split_names("Penulis: Kontributor Lhokseumawe, Masriadi")
    ('Masriadi',)
    >>> split_names("Pewarta: Budisantoso Budiman dan Agus S")
    ('Budisantoso Budiman', 'Agus S')
    >>> split_names("Mulia Budi - detikNews")
    ('Mulia Budi',)
    >>> split_names("Corry Elyda, The Jakarta Post, Jakarta", site_names=("The Jakarta Post",))
    ('Corry Elyda',)
    >>> split_names("Kontributor: Budi Santoso (Garut)"), split_names("(Budi Santoso)")
    (('Budi Santoso',), ('Budi Santoso',))
    """
    site_names = tuple(site_names)
    text = fold(text).strip(" :-|")
    if _GLUED_ROLE.match(text) is not None:
        text = cues.GLUED_ROLE.sub(r"\1 ", text)
    text = _SHARE_TAIL.sub("", text)
    text = _without_tail(text)
    text = _before_site(text, site_names)
    text = cues.NEGATED_ROLE.sub("", text)  # "Non Koresponden": the role's suffix rule would leave "Non"
    names: list[str] = []
    for part in _NAME_SPLIT.split(text):
        name = _BRACKETED_TAIL.sub("", part).strip(" .:;-–—()[]\"'")
        while True:
            stripped = _ROLE_WORDS.sub("", name, count=1).strip(" .:;-–—()[]\"'")
            stripped = _ROLE_AFTER.sub("", stripped).strip(" .:;-–—()[]\"'")
            if stripped == name:
                break
            name = stripped
        desk = _DESK.match(name)
        if desk is not None and _is_outlet_word(desk["desk"], site_names):
            names.append(name)
            continue
        if (
            not name
            or len(name) > 60
            or len(name.split()) > 6
            or _NOT_NAME.search(name)
            or _ORG_WORD.search(name)
            or _phrase(name)
        ):
            continue
        # A credit in capitals writes the outlet in capitals too ("THE SUN | ESPN").
        shouted = name.isupper() and _is_outlet_word(name.title(), site_names)
        if shouted or _is_outlet_word(name, site_names):
            if names:
                # "Omar Millan, The Associated Press, Tijuana, Mexico": after the writers, the outlet or
                # agency they write for, then the place they report from, which names nobody.
                break
            continue
        # A role word left alone between names ("Editor, Nama, Photographer, Nama" from a credit box whose
        # labels are elements of their own) labels the next name; it is nobody's name.
        if name.casefold() in roles.ROLE_WORDS:
            continue
        # An all-lower-case token ("prwir", "bgs") is a staff code, not a name: an editor may be credited
        # by code ("Editor: yan"), a writer is not.
        if not codes and " " not in name and name == name.lower():
            continue
        names.append(name)
    return unique(names)


def _phrase(text: str) -> bool:
    """Whether ``text`` runs on in lower-case words, two or more besides a name's particles: a sentence's
    words ("Artikel ini disadur dari Bazaar US" beside the writer in a credit line), not a name's."""
    return sum(1 for w in text.split() if w[0].islower() and w not in _PARTICLES) >= _PHRASE_WORDS


def labels_name(text: str, name: str) -> bool:
    """Whether ``text`` is ``name`` (all its words, in a run) with a phrase's words around it, one of them in
    lower case and no name's particle: a link that leads to the writer's page and says so ("More by Rina
    Kartika", "Lihat semua tulisan Rina Kartika"), no other person. A name of more capitalised words ("Rina
    Kartika Sari") or with a particle ("Budi bin Ali" beside "Budi") names someone in its own right.

    >>> labels_name("More by Rina Kartika", "Rina Kartika"), labels_name("Rina Kartika Sari", "Rina Kartika")
    (True, False)
    """
    words, inner = text.split(), name.split()
    keys, inner_keys = [w.casefold() for w in words], [w.casefold() for w in inner]
    span = len(inner)
    if not inner or span >= len(words):
        return False
    for start in range(len(words) - span + 1):
        if keys[start : start + span] == inner_keys:
            rest = words[:start] + words[start + span :]
            return any(w[0].islower() and w not in _PARTICLES for w in rest)
    return False


# A name holds one lower-case word at most besides its particles ("Agus S", "dr. Budi", "Budi bin Ali").
_PHRASE_WORDS = 2


_SITE_NAME_MIN = 4  # a shorter site name ("Viva" is four letters) may be a word of a person's name


_SHARED_SITES: frozenset[str] = frozenset()


def share_site_names(names: Iterable[str]) -> None:
    """Tell the credit rules the site names that come with most calls: every known outlet's name and host,
    which the callers that use adapters pass after a page's own names. Those are sought with one pattern,
    compiled once and kept in the on-disk cache; a page's own names (its ``og:site_name``, its host) apart,
    with a pattern of those few alone. Before, each new site compiled and cached a pattern of every name (1.4
    ms on a first run, and an entry of 2 KB in the cache file for every site a crawl met; now 0.3 ms and a
    tenth of that)."""
    global _SHARED_SITES  # noqa: PLW0603 (set once, by the outlets' table as it is built)
    _SHARED_SITES = frozenset(names)
    _site_patterns.cache_clear()


@functools.lru_cache(maxsize=64)
def _site_patterns(site_names: tuple[str, ...]) -> tuple[regex.Pattern[str], ...]:
    """The site names long enough to end a byline's names, as whole words: the shared ones in one pattern,
    a page's own in another (see :func:`share_site_names`), so that a line naming none of them, nearly every
    one, is answered by a search or two."""
    sites = {s for s in site_names if len(s) >= _SITE_NAME_MIN}
    shared, own = sites & _SHARED_SITES, sites - _SHARED_SITES
    # Through the on-disk cache of compiled patterns: a process's first page does not pay the compiling.
    return tuple(
        compile_pattern(rf"(?<![\w]){alternation(names)}(?![\w])", _FLAGS) for names in (shared, own) if names
    )


def _site_matches(text: str, patterns: tuple[regex.Pattern[str], ...]) -> Iterator[regex.Match[str]]:
    """The site names in ``text`` after its first character, as one pattern of them all finds them: at the
    first place any name starts, the longest one there, then on from its end."""
    if len(patterns) == 1:
        yield from patterns[0].finditer(text, 1)
        return
    found = sorted(
        (m for p in patterns for m in p.finditer(text, 1, overlapped=True)),
        key=lambda m: (m.start(), -m.end()),
    )
    at = 1
    for m in found:
        if m.start() >= at:
            yield m
            at = m.end()


def _before_site(text: str, site_names: tuple[str, ...]) -> str:
    """The names before the outlet's own name in a byline that goes on to the place it reports from:
    "Corry Elyda, The Jakarta Post, Jakarta", "Ivany Atina Arbi The Jakarta Post Jakarta", "Nama (The Jakarta
    Post)". A credit that names the outlet before the person ("Laporan Wartawan Tribunnews.com, Nama") names
    no one before it, and is kept whole."""
    patterns = _site_patterns(site_names)
    if not patterns:
        return text
    for m in _site_matches(text, patterns):
        before = text[: m.start()].rstrip(" ,;:(/|-–—")
        parts = (_ROLE_WORDS.sub("", p, count=1).strip(" .:;-–—()[]\"'") for p in _NAME_SPLIT.split(before))
        if any(is_person_name(p, site_names=site_names) for p in parts):
            return before
    return text


# A person's name as credits write it: capitalised words, with the particles Indonesian names carry.
_PARTICLES = ("bin", "binti", "al", "el", "van", "von", "de", "di")
_NAME_WORD = rf"(?:\p{{Lu}}[\p{{L}}'.-]*|{'|'.join(_PARTICLES)})"
_NAME_SHAPE = lazy(rf"^{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,5}}$", regex.VERSION1)
_ROLE_OR_CHROME = lazy(
    rf"\b(?:{alternation(roles.ROLE_WORDS)}|{alternation(names.ORGANISATION_WORDS)}"
    r"|staf|artikel|halaman|share|shares|komentar)\b",
    _FLAGS,
)

# A picture's source opening the words ("Tangkapan Layar TVRI", "Dok. Pribadi"): a photo credit, no person.
_PHOTO_SOURCE = lazy(rf"^(?:{alternation(names.PHOTO_SOURCES)})(?!\w)", _FLAGS)


def is_desk_credit(text: str, *, site_names: Iterable[str] = ()) -> bool:
    """True for a desk of an outlet credited as a whole ("Tim detikBali"), as :func:`split_names` keeps it."""
    desk = _DESK.match(text)
    return desk is not None and _is_outlet_word(desk["desk"], site_names)


def looks_like_domain(text: str) -> bool:
    """True when ``text`` holds a web domain ("Tribunnews.com", "antaranews.com")."""
    return _DOMAIN.search(text) is not None


def is_outlet_name(text: str, *, site_names: Iterable[str] = ()) -> bool:
    """True when ``text`` names a news outlet or site ("detikNews", "Tribunnews.com", "Liputan6.com"), or is
    one of ``site_names``."""
    return _is_outlet_word(text, site_names)


def is_person_name(text: str, *, site_names: Iterable[str] = ()) -> bool:
    """A person's name: capitalised words, not shouting, no outlet (or one of ``site_names``), organisation
    or role word in it, not opening on a picture's source ("Tangkapan Layar", "Dok.")."""
    return (
        bool(text)
        and _NAME_SHAPE.match(text) is not None
        and not text.isupper()
        and not _is_outlet_word(text, site_names)
        and not _ORG_WORD.search(text)
        and not _ROLE_OR_CHROME.search(text)
        and not _NOT_NAME.search(text)
        and not _PHOTO_SOURCE.match(text)
    )


BY_CREDITS_MAX = 250
"""A line of wire credits, several "by" credits on one line, runs this long at most."""


def by_credits(
    text: str, *, site_names: Iterable[str] = ()
) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """Writers and editors of a line of several "by" credits, as wire copy closes: ``(authors, editors)``, or
    None for any other line.

    >>> by_credits("Reporting by Stefanno Sulaiman and Gayatri Suroyo; Editing by Kanupriya Kapoor")
    (('Stefanno Sulaiman', 'Gayatri Suroyo'), ('Kanupriya Kapoor',))
    >>> by_credits("(Reporting by Stanley Widianto; Editing by Ed Davies)")
    (('Stanley Widianto',), ('Ed Davies',))
    >>> by_credits("By Nama Penulis") is None  # one credit: the byline readers take it
    True
    """
    if text[:1] == "(" and text[-1:] == ")":
        # Reuters closes its copy with them in brackets: "(Reporting by Nama; Editing by Nama)".
        text = text[1:-1]
    # A line that does not open on a "by" word before a capital (the first credit's shape) is none: the
    # cheap test before the credits are looked for.
    if len(text) > BY_CREDITS_MAX or _BYLINE_START.match(text) is None:
        return None
    starts = [m.span() for m in cues.BY_CREDIT.finditer(text)]
    if len(starts) < 2 or starts[0][0] != 0:
        return None
    authors: list[str] = []
    editors: list[str] = []
    for (start, end), (next_start, _) in itertools.pairwise([*starts, (len(text), len(text))]):
        role = roles.BY_WORDS.get(" ".join(text[start:end].casefold().split()))
        value = text[end:next_start].strip(" ;|")
        if role is roles.Role.EDITOR:
            editors.extend(split_names(value, site_names=site_names, codes=True))
        else:
            authors.extend(split_names(value, site_names=site_names))
    return unique(authors), unique(editors)


def credit_segments(text: str) -> Iterator[tuple[str, str]]:
    """(role, value) pairs of a credit text, one per label with its colon: "Penulis: A Editor : B Sumber: C"
    gives author A, editor B, other C. The role is "photo", "author", "editor" or "other"."""
    matches = list(cues.CREDIT_LABEL.finditer(text))
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        role = next((g for g in ("photo", "author", "editor") if m.group(g)), "other")
        yield role, text[m.end() : end]


def split_credit(
    text: str, *, site_names: Iterable[str] = (), opening: str = "author"
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The writers and the editors of a credit line.

    One line often credits both ("Penulis: Nama | Editor: Nama", "Reporter: Nama Editor: Nama"): each
    labelled name belongs to its own label, so an editor is not counted among the writers, nor a writer
    among the editors. What stands before the first label with a colon ("Oleh Nama | Editor: Nama") has the
    ``opening`` role ("author" or "editor"): the role of the label the caller saw the line open with.

    >>> split_credit("Reporter: Andi Saputra | Editor: Budi Santoso")
    (('Andi Saputra',), ('Budi Santoso',))
    >>> split_credit("Oleh Andi Saputra")
    (('Andi Saputra',), ())
    """
    segments = list(credit_segments(text))
    first = cues.CREDIT_LABEL.search(text)
    lead = text[: first.start()] if first is not None else text
    authors: list[str] = []
    editors: list[str] = []
    for role, value in [(opening, lead), *segments]:
        if role == "author":
            authors.extend(split_names(value, site_names=site_names))
        elif role == "editor":
            editors.extend(split_names(value, site_names=site_names, codes=True))
    return unique(authors), unique(editors)


# The roles a writer's or an editor's name may be followed by on a line of its own; "Teks" and "Naskah"
# name a text as often as a role.
_ROLE_AFTER_WORDS = tuple(
    word
    for role in (roles.Role.AUTHOR, roles.Role.EDITOR)
    for word in roles.words_for(role)
    if word not in {"naskah", "teks", "verified"}
)
_ROLE_AFTER_NAME = lazy(
    rf"^(?P<names>[^,|\d]{{3,60}}?)\s*(?:,|\s[-–—])\s*(?P<role>{alternation(_ROLE_AFTER_WORDS)})"
    r"(?:\s+(?-i:\p{Lu})[\p{L}-]*){0,2}\s*$",
    _FLAGS,
)
_ROLE_AFTER_MAX = 90
_ROLE_AFTER_LAST = frozenset(word.split()[-1] for word in _ROLE_AFTER_WORDS)


def role_after_credit(
    text: str, *, site_names: Iterable[str] = ()
) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The writers and the editors of a line that names them and then their role ("Budi Santoso, Jurnalis",
    "Budi Santoso - Wartawan", "Budi Santoso, Kontributor Garut": the role after the name, where the
    template sets no label before it), or None for any other text. Pages and pastes read such a line through
    this one reading.

    >>> role_after_credit("Budi Santoso, Jurnalis")
    (('Budi Santoso',), ())
    >>> role_after_credit("Presiden Joko Widodo, Jakarta") is None
    True
    """
    if len(text) > _ROLE_AFTER_MAX or ("," not in text and not any(f" {dash}" in text for dash in "-–—")):
        return None
    # The role is among the last three words (two of a place may follow it): a text without one there, most
    # of them, is answered without the pattern.
    last = text.casefold().replace(",", " ").split()[-3:]
    if _ROLE_AFTER_LAST.isdisjoint(word.strip("-–—") for word in last):
        return None
    m = _ROLE_AFTER_NAME.match(text)
    if m is None:
        return None
    people = split_names(m["names"], site_names=site_names)
    if not people or not all(is_person_name(n, site_names=site_names) for n in people):
        return None
    role = roles.ROLE_WORDS.get(" ".join(m["role"].casefold().split()))
    return (people, ()) if role is roles.Role.AUTHOR else ((), people)


# A credit's names run this many words at most: a sentence after "Sumber:" (a source quoted) runs longer.
_ROW_VALUE_WORDS = 8


def credit_row(
    text: str, *, site_names: Iterable[str] = ()
) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The writers and the editors of a row of labelled credits that opens on a label naming neither
    ("Sumber: Antara | Penulis: Nama", "Foto: Dok. Antara | Editor: Nama"), or None for any other text: read
    as a source's line alone, the row lost the writer it names after the source. Pages and pastes read
    such a row through this one reading.

    >>> credit_row("Sumber: Antara | Penulis: Budi Santoso")
    (('Budi Santoso',), ())
    >>> credit_row("Sumber: Antara") is None
    True
    """
    # Every label ends on its colon: a text without one (most) is answered without the pattern.
    first = cues.CREDIT_LABEL.match(text) if ":" in text else None
    if first is None or first["author"] or first["editor"]:
        return None
    segments = list(credit_segments(text))
    if all(role not in {"author", "editor"} for role, _ in segments) or any(
        len(value.split()) > _ROW_VALUE_WORDS for _, value in segments
    ):
        return None
    writers, editors = split_credit(text, site_names=site_names, opening="other")
    return (writers, editors) if writers or editors else None


def joined_roles_credit(
    text: str, *, site_names: Iterable[str] = ()
) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The writers and the editors of one credit for two roles, the names doing both ("Redaktur & Reporter :
    Nama", jpnn.com's; "Penulis/Editor: Nama", a one-person desk's), or None for any other text. Pages and
    pastes read such a line through this one reading.

    >>> joined_roles_credit("Penulis/Editor: Budi Santoso")
    (('Budi Santoso',), ('Budi Santoso',))
    >>> joined_roles_credit("Penulis: Budi Santoso") is None
    True
    """
    m = cues.JOINED_ROLES_LABEL.match(text)
    if m is None:
        return None
    people = split_names(m["names"], site_names=site_names)
    both = {roles.ROLE_WORDS.get(" ".join(m[group].casefold().split())) for group in ("first", "second")}
    return (people if roles.Role.AUTHOR in both else ()), (people if roles.Role.EDITOR in both else ())


def labelled_credit(
    text: str, names: str, *, opening: str, site_names: Iterable[str] = ()
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The writers and the editors of a credit line that opens with a writer's or an editor's label
    (``opening``: "author" or "editor"; ``names``: what follows that label).

    Where the line labels both a writer and an editor ("Penulis: Nama | Editor: Nama", "Oleh Nama | Editor:
    Nama"), each label's names are its own (:func:`split_credit`); otherwise every name has the opening
    label's role. Pages and pastes read credit lines through this one reading.

    >>> labelled_credit("Editor: Budi Santoso | Penulis: Andi Saputra", "Budi Santoso", opening="editor")
    (('Andi Saputra',), ('Budi Santoso',))
    >>> labelled_credit("Editor: Budi Santoso", "Budi Santoso", opening="editor")
    ((), ('Budi Santoso',))
    """
    labels = {role for role, _ in credit_segments(text)}
    if "editor" in labels and ("author" in labels or cues.AUTHOR_LABEL.match(text) is not None):
        return split_credit(text, site_names=site_names, opening=opening)
    if opening == "editor":
        return (), split_names(names, site_names=site_names, codes=True)
    return split_names(text, site_names=site_names), ()
