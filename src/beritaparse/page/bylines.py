"""Credits of a page: credit lines, the byline beside the headline, author markup, the people named."""

from __future__ import annotations

import collections
import copy
import functools
import itertools
import operator
import urllib.parse
from typing import TYPE_CHECKING, cast

import lxml.etree
import regex

from beritaparse.dates import find_dates
from beritaparse.lexicon import alternation, language, markup, pages, roles
from beritaparse.page.pagequery import (
    compile_xpath,
    fold,
    opening_text,
    spaced_text,
    unique,
    value_text,
    xpath,
)
from beritaparse.page.pagetree import subtree_class_text
from beritaparse.page.structured import ld_people, meta_first, meta_json
from beritaparse.page.titles import around, around_box
from beritaparse.rules import cues
from beritaparse.rules.credits import (
    BY_CREDITS_MAX,
    DATE_ALONE_LEFTOVER,
    adapted_credit,
    credit_row,
    credit_segments,
    is_desk_credit,
    is_outlet_name,
    is_person_name,
    labels_name,
    role_after_credit,
    split_credit,
    split_names,
)
from beritaparse.rules.flags import WORDS, lazy

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Sequence
    from typing import Any

    from lxml.html import HtmlElement

    from beritaparse.page.pagequery import PageSources

__all__ = ["people"]

_FLAGS = WORDS

# The elements with itemprop="author" or rel="author" (links in the head excepted), found by their
# attributes: libxml2 tests a predicate on every element of ``//*`` at several times the cost. The attributes
# of /descendant::* are those of ``//@``, without the attribute step libxml2 takes at every text node too.
_AUTHOR_MARKUP = (
    "(/descendant::*/@itemprop[. = 'author'] | /descendant::*/@rel[. = 'author'])/parent::*[not(self::link)]"
)
_PARSELY_JSON = ("parsely-page", "parsely-metadata")
_AUTHOR_META = (
    "content_author",
    "dtk:author",
    "author",
    "article:author",
    "og:article:author",
    "article.author",
    "dc.creator",
    "parsely-author",
    "sailthru.author",
)
_EDITOR_META = ("content_editor", "editor")

# Labels of credit lines; group "author" or "editor" says which list the names go to, "photo" names the
# photographer (the author of a photo story that credits no one else). "Sumber" and "Foto" end a credit
# segment without adding names.
_CREDIT_LABEL = cues.CREDIT_LABEL
_CREDIT_START = cues.CREDIT_START
_BARE_LABEL = cues.BARE_ROLE
_BARE_LABEL_WORD = lazy(rf"(?<![\w-]){_BARE_LABEL.pattern}(?![\w:-])(?!\s*:)", _FLAGS)
_REPORT_START = cues.REPORT_START
# The by-word patterns are alternations of every case form of every by-word, which the engine tries one
# by one (some microseconds a text, most for a text opening on white space): asked behind a gate.
_BYLINE_START = cues.OpeningGate(cues.BYLINE_START, spaced=True)
_BY_WORD_ALONE = cues.OpeningGate(cues.BY_WORD_ALONE, spaced=True)
_BY_CREDIT = cues.BY_CREDIT
_PLACE_CREDIT = cues.PLACE_CREDIT

_BYLINE_CLASS = lazy(alternation(markup.BYLINE_WORDS), _FLAGS)
_MEDIA_CLASS = lazy(alternation(markup.MEDIA_WORDS), _FLAGS)


_LIST_BREAKS = frozenset({"li", "br", "p", "div", "tr", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6"})
_COMMAS = lazy(r"(?:\s*,\s*)+")


# A credit line is at most this long: a box whose text is longer holds more than the credit.
_CREDIT_TEXT_MAX = 250


def _credit_text(el: HtmlElement, limit: int = _CREDIT_TEXT_MAX) -> str | None:
    """Text of a credit box with a comma where list items and lines break: one name per item; None when it is
    longer than ``limit`` characters.

    The climb from a label reaches boxes that hold the whole article: their text is read no further than the
    point where it cannot be short. Folding, joining the commas and the strip take out only white space and
    commas, never a letter or a digit, so more than ``limit`` of those in the pieces read make the text
    longer than ``limit``.
    """
    parts: list[str] = []
    # Letters and digits are counted only once the pieces are longer than ``limit`` (they hold no more
    # letters than characters): a credit box's few pieces are never counted.
    size = letters = 0
    counting = False
    for event, node in lxml.etree.iterwalk(el, events=("start", "end")):
        if not isinstance(node.tag, str):
            continue
        boundary = node is not el and node.tag in _LIST_BREAKS
        piece = None
        if event == "start":
            if boundary:
                parts.append(" , ")
            if node.text and node.tag not in {"script", "style"}:
                piece = node.text
        else:
            if boundary:
                parts.append(" , ")
            if node is not el and node.tail:
                piece = node.tail
        if piece is not None:
            parts.append(piece)
            size += len(piece)
            if size > limit:
                letters += sum(map(str.isalnum, piece if counting else "".join(parts)))
                counting = True
                if letters > limit:
                    return None
    text = _COMMAS.sub(", ", fold(" ".join(parts))).strip(" ,")
    return text if len(text) <= limit else None


def _may_open_credit(head: str) -> bool:
    """Whether a text whose first non-space characters are ``head`` (three, or ``_HEAD``, or all there are)
    can open with a credit label.

    Exact, not a guess: a text that :data:`_CREDIT_START` matches keeps its match without its leading white
    space (``\\s`` is white space to ``str.strip`` too), and every beginning of a match is a partial match.
    A blank text ("") opens with nothing: the label is made of letters. Most text nodes of a page fail here,
    on a cached answer, instead of in the pattern's long alternation (which takes tens of microseconds to
    fail on a run of white space, as the nodes between elements are).
    """
    return _OPENINGS[head]


class _Openings(dict[str, bool]):
    """The answers of :func:`_may_open_credit`, each worked out on its first ask. A plain dict, looked up by
    its own ``__getitem__`` mapped over a page's texts in C: an ``lru_cache`` costs a call of its wrapper
    and the upkeep of its order at each of a page's few hundred asks."""

    def __missing__(self, head: str) -> bool:
        if len(self) >= _OPENINGS_KEPT:
            # A batch's openings are bounded by what its pages hold; past this many, start afresh.
            self.clear()
        found = self[head] = bool(head) and _CREDIT_START.compiled.match(head, partial=True) is not None
        return found


_OPENINGS_KEPT = 4096
_OPENINGS = _Openings()


_FIRST_THREE = operator.itemgetter(slice(3))
# The second test's opening: long enough to tell a label from the words that share its first three letters
# ("Foto" / "Fotografer", "Konten" / "Kontributor", "Pendidikan" / "Penulis"), which are most of the texts
# the first test lets through (a dozen a page); each costs the pattern's full match otherwise.
_HEAD = 8


# The text nodes of the page's body (//body//text()), as plain strings: lxml makes an element for the parent
# of each node it returns with the node (a "smart" string), at several times the cost of the string, and a
# credit scan needs the nodes of the one or two texts in a page's several hundred that open with a label.
_BODY_TEXTS = compile_xpath("descendant::text()", smart_strings=False)
_PAGE_BODY_TEXTS = compile_xpath("/descendant::body/descendant::text()", smart_strings=False)


@functools.lru_cache(maxsize=512)
def _nth_text(position: int, *, one_body: bool) -> lxml.etree.XPath:
    """The XPath that finds the ``position``-th node (from 1) of ``_BODY_TEXTS`` (``one_body``, from the
    body) or ``_PAGE_BODY_TEXTS`` (from anywhere in the page), the node itself this time.

    A number as the step's predicate lets libxml2 stop at that node; compiling it costs a few microseconds.
    Pages with several bodies (a tree a caller built) take the union's position, over a whole walk.
    """
    if one_body:
        return compile_xpath(f"descendant::text()[{position}]")
    return compile_xpath(f"(/descendant::body/descendant::text())[{position}]")


class _BodyScan:
    """What the scan of the body's texts for credit labels (:func:`_credit_openers`) sees beside them: whether
    one text is the label over the box about the writer ("Tentang Penulis"), which :func:`_writer_box` reads
    (looking for the box's link is a walk over the page's links: only a page with the label pays it); and the
    credit cards that share a role with others (``several``: "Author: Nama" lines), which
    :func:`_with_their_box` reads."""

    __slots__ = ("several", "writer_box")

    def __init__(self) -> None:
        self.writer_box = False
        self.several: list[str] = []


# The first three letters of the box's labels ("Tentang Penulis", "About the Author", "Profil Penulis"), as
# each case writes them: a text's opening is looked up as it stands, without folding every text of the page.
_BOX_HEADS = frozenset(f(w) for w in ("ten", "abo", "pro", "bio") for f in (str.lower, str.title, str.upper))


def _credit_openers(
    doc: HtmlElement, bodies: Sequence[HtmlElement], scan: _BodyScan | None = None
) -> Iterator[Any]:
    """The text nodes of the page's body that open with a credit label, in document order, as
    ``/descendant::body/descendant::text()[normalize-space()]`` filtered by :data:`_CREDIT_START` gives them
    (a blank node opens with nothing).

    ``bodies`` are the page's ``<body>`` elements (:attr:`~beritaparse.page.pagetree.PageTree.bodies`); with
    one, and ``doc`` the root, its descendants are the whole union's.
    """
    one_body = len(bodies) == 1 and doc.getparent() is None
    context = bodies[0] if one_body else doc
    found = (_BODY_TEXTS if one_body else _PAGE_BODY_TEXTS)(context)
    # text() nodes without smart strings: a list of str.
    texts = cast("list[str]", found if isinstance(found, list) else [])
    # Three in four of a news page's text nodes are the white space between its elements, which opens
    # nothing: str.isspace answers each of them, at a fraction of the cost of the test below, in one C
    # filter. (Their indices were picked along with them, range, compress and a map for not: 0.4 M
    # instructions a corpus page, more than the test of the few hundred others.)
    shown = [*itertools.filterfalse(str.isspace, texts)]
    # The cached test of each other text's first three characters, mapped in C: most texts stop there, and
    # the loop below runs for the few that may open a credit.
    heads = [*map(_FIRST_THREE, map(str.lstrip, shown))]
    if scan is not None and not _BOX_HEADS.isdisjoint(heads):
        boxed = (text for text, head in zip(shown, heads, strict=True) if head in _BOX_HEADS)
        scan.writer_box = any(map(cues.writer_box_label, boxed))
    index = -1
    for text in itertools.compress(shown, map(_OPENINGS.__getitem__, heads)):
        if _may_open_credit(text.lstrip()[:_HEAD]) and _CREDIT_START.match(text):
            # The node's position, found for the one or two texts that open a credit: a text equal to it
            # opens one too, so the first such text after the last one found is this one.
            index = texts.index(text, index + 1)
            node = _nth_text(index + 1, one_body=one_body)(context)
            yield from node if isinstance(node, list) else ()


_QUOTING_TAGS = markup.QUOTING_TAGS


def _card_name(role_el: HtmlElement, role: str) -> str | None:
    """The person a credit card names: "<div><h6>Nama</h6><h6>Penulis</h6></div>", where ``role_el`` is the
    element whose whole text is the role word ``role``; None when ``role_el`` stands in no such card.

    After a name, "Penulis" or "Editor" is as often a profession (the author of a quote, a box of profiles)
    as a credit. A card is read as a credit only where its shape leaves no room for anything else: the name
    and the role are the card's only texts, each the whole text of an element of its own, the role last,
    the name one person's; and the card stands in no paragraph, quote or figure of the text. (That one card
    per role credits the article is for the caller to see: a box of profiles repeats them.)
    """
    card = role_el.getparent()
    if card is None or (card.text or "").strip() or spaced_text(role_el).casefold() != role:
        return None
    shown = [c for c in card if isinstance(c.tag, str) and c.tag not in _NOT_SHOWN and spaced_text(c)]
    if len(shown) != 2 or shown[1] is not role_el or any((c.tail or "").strip() for c in card):
        return None
    if card.tag in _QUOTING_TAGS or any(a.tag in _QUOTING_TAGS for a in card.iterancestors()):
        return None
    name = spaced_text(shown[0])
    return name if is_person_name(name) else None


def _add_card(cards: dict[roles.Role, list[str]], node: Any, bare: regex.Match[str] | None) -> None:
    """Adds the credit line of the card whose role is the text node ``node`` (``bare`` its role word, when
    that is its whole text) to ``cards``, under the role, when it stands in one. A newsroom role is read
    after a name in any element of its own (:func:`_credit_lines`); the other roles only on a card."""
    if bare is None or getattr(node, "is_tail", False):
        return
    role = " ".join(bare.group(0).casefold().split())
    if role in roles.REPORT_ROLES:
        return
    name = _card_name(node.getparent(), role)
    if name is not None:
        cards.setdefault(roles.ROLE_WORDS[role], []).append(f"{bare.group(0)}: {name}")


def _credit_lines(
    doc: HtmlElement, bodies: Sequence[HtmlElement], scan: _BodyScan | None = None
) -> list[str]:
    """Short texts that open with a credit label ("Penulis:", "Editor :", "Oleh ..."); ``bodies`` are the
    page's ``<body>`` elements; ``scan`` learns what else the texts hold."""
    lines: list[str] = []
    # The elements themselves, not id()s: lxml proxies are recreated, and their ids reused, once freed.
    seen: set[HtmlElement] = set()
    after_name: list[str] = []
    holders: list[HtmlElement] = []  # the element of each line of ``lines``
    cards: dict[roles.Role, list[str]] = {}
    for node in _credit_openers(doc, bodies, scan):
        if not isinstance(node, str):
            continue
        holder = node.getparent() if hasattr(node, "getparent") else None
        if holder is None:
            continue
        if getattr(node, "is_tail", False):
            holder = holder.getparent()
        bare = _BARE_LABEL.fullmatch(node.strip())
        _add_card(cards, node, bare)
        # A by-word in an element of its own, the name in the next ("<div>Oleh</div> <a>Nama</a>", tagDiv's):
        # the box around both reads "Oleh, Nama, -", its elements apart.
        by_alone = node.strip().rstrip(":") if _BY_WORD_ALONE.match(node) else None
        # Climb until the label has its value beside it ("<td>Penulis</td><td>: Nama</td>").
        for _ in range(3):
            if holder is None or holder in seen:
                break
            text = _credit_text(holder)
            if text is None:
                break
            found = _credit_at(text, bare, by_alone)
            if found is not None:
                seen.add(holder)
                if found[0]:
                    after_name.append(found[1])
                else:
                    lines.append(found[1])
                    holders.append(holder)
                break
            holder = holder.getparent()
    # Credits under other stories' linked headlines ("By Nama - 5 July 2019" on each card of a box of related
    # stories) credit those stories: several of them name no one of the article.
    # Most pages have a credit line or two, which make no box of cards nor a list of people.
    carded = {i for i, holder in enumerate(holders) if _in_card(holder)} if len(holders) >= _CARDS else set()
    if len(carded) < _CARDS:
        carded = set()
    # Credits of one role each in an item of one list, several of them, are a list of people (the site's
    # writers, "Verified Writer" over each name in a box of members to follow): none credits the article.
    if len(holders) >= _LISTED:
        keys = [(_list_of(holder), _label_of(line)) for holder, line in zip(holders, lines, strict=True)]
        counts = collections.Counter(key for key in keys if key[0] is not None)
        carded |= {i for i, key in enumerate(keys) if key[0] is not None and counts[key] >= _LISTED}
    if carded:
        lines = [line for i, line in enumerate(lines) if i not in carded]
    # One name with its role after it is the article's credit; several are a directory of people with
    # their professions ("Nama <span>Penulis</span>" in a box of profiles), naming no one of the article.
    # So with cards: one per role credits the article ("Nama / Penulis", "Nama / Editor"), several of one
    # role are profiles, or a credit box of two writers: the article's only where it names its writer too.
    lines = lines + after_name if len(after_name) == 1 else lines
    if scan is not None:
        scan.several = [line for found in cards.values() if len(found) > 1 for line in found]
    return lines + [found[0] for found in cards.values() if len(found) == 1]


# How many credits under linked headlines make a box of stories (one may be the article's own byline under
# a headline that links to the article).
_CARDS = 2
# A card holds a picture, a headline and its credit: its text is short, a page's header or text box is not.
_CARD_TEXT_MAX = 300
# A headline is a few words at least; a link of fewer is a name, a tag or a button.
_HEADLINE_MIN_WORDS = 4


# Credits of one role in items of one list that make it a list of people: an article names a writer or two.
_LISTED = 3
# How far up from a credit its list item may stand (the item, its box, the name's link).
_ITEM_DEPTH = 4


def _listed(el: HtmlElement, text: str) -> bool:
    """Whether the credit ``text`` of ``el`` near the headline is one of many: on a card of another story
    (:func:`_in_card`), or in an item of a list whose items open as it does, several of them (a box of the
    site's writers, "Verified Writer" over each name)."""
    if _in_card(el):
        return True
    holder = _list_of(el)
    if holder is None:
        return False
    opening = text.split(maxsplit=1)[0].casefold()
    alike = sum(spaced_text(item).casefold().startswith(opening) for item in holder.iterchildren("li"))
    return alike >= _LISTED


def _label_of(line: str) -> str:
    """A credit line's role as written before its names ("Verified Writer" of "Verified Writer: Nama")."""
    return line.split(":", 1)[0].strip().casefold()


def _list_of(holder: HtmlElement) -> HtmlElement | None:
    """The list whose item ``holder`` stands in (an ``<li>`` at most a few elements up), or None."""
    for el in itertools.islice(itertools.chain((holder,), holder.iterancestors()), _ITEM_DEPTH):
        if el.tag == "li":
            return el.getparent()
    return None


def _in_card(holder: HtmlElement) -> bool:
    """Whether the credit's element ``holder`` stands in a story's card: its parent or grandparent is a short
    box that also holds a linked headline (a link of a headline's words; a credit box links its names), and
    not the page's own headline (a header's "Kembali ke Warta Bentara" link is no card's)."""
    # The links of the credit itself are none of a card's: the holder, the links inside it and those around
    # it up to the box (each box read so far), looked up in these rather than by a climb from each link.
    boxes: list[HtmlElement] = []
    inside: set[HtmlElement] | None = None
    for box in itertools.islice(holder.iterancestors(), 2):
        if _short_text(box, _CARD_TEXT_MAX) == "" or next(box.iter("h1"), None) is not None:
            return False  # a long box holds the text, and one with the page's headline is its header
        boxes.append(box)
        for link in box.iter("a"):
            if link is holder or link in boxes:
                continue
            if inside is None:
                inside = set(holder.iter("a"))
            if link in inside:
                continue
            if len(spaced_text(link).split()) >= _HEADLINE_MIN_WORDS:
                return True
    return False


def _credit_at(text: str, bare: regex.Match[str] | None, by_alone: str | None) -> tuple[bool, str] | None:
    """The credit line an element's credit text ``text`` makes, climbing from a label (``bare``: the label
    alone, a role word; ``by_alone``: a by-word alone): (whether it is a role after the name, the line); None
    where the label has no value beside it yet."""
    if _CREDIT_LABEL.search(text) and _CREDIT_LABEL.sub("", text).strip(" :|"):
        return False, text
    if (
        bare is not None
        and bare.group(0).casefold() in roles.REPORT_ROLES
        and len(text) <= 80
        and text.casefold().endswith(bare.group(0).casefold())
    ):
        # A newsroom role after the name, in an element of its own: "<div>Nama</div><span>Jurnalis
        # </span>". "Penulis" after a name is as often a profession (the author of a quote).
        name = text[: -len(bare.group(0))].strip(" ,:|-")
        if name and not _CREDIT_LABEL.search(name):
            return True, f"{bare.group(0)}: {name}"
    if bare is not None and len(text) <= 80 and text.casefold().startswith(bare.group(0).casefold()):
        # A label in an element of its own with the name beside it, "<span>Editor</span> <a>Nama</a>",
        # or a list of them, "Author Nama Editor Nama": give every label its colon.
        colon_form = _BARE_LABEL_WORD.sub(r"\g<0>:", text)
        if _CREDIT_LABEL.sub("", colon_form).strip(" :|"):
            return False, colon_form
    if by_alone and len(text) <= 80 and text.startswith(by_alone):
        rest = text[len(by_alone) :].strip(" ,:|-–—")
        if rest:
            return False, _BY_CREDIT.sub(r"\g<0>:", f"{by_alone} {rest}")
    if _BYLINE_START.match(text) and (
        len(text) <= 80 or (len(text) <= BY_CREDITS_MAX and len(_BY_CREDIT.findall(text)) > 1)
    ):
        # "By Nama", or wire copy's "Reporting by Nama; Editing by Nama": each "by" gets its colon,
        # so that the credit's segments read as labelled ones, each with its role.
        return False, _BY_CREDIT.sub(r"\g<0>:", text)
    if (_REPORT_START.match(text) and len(text) <= 120) or _PLACE_CREDIT.match(text):
        return False, f"Penulis: {text}"
    return None


@functools.lru_cache(maxsize=1024)
def _names_byline(cls: str) -> bool:
    """Whether a class value names a byline: asked of every element around the headline, whose class values
    repeat (a page's cards and links share a few), so each value is searched once."""
    return _holds_byline_word(cls)


def _holds_byline_word(text: str) -> bool:
    """Whether :data:`_BYLINE_CLASS` finds one of its words in ``text``. A text whose folded form holds none
    of them (:func:`~beritaparse.rules.cues.folded`, in which the pattern's words stand wherever it matches)
    is answered by a few substring searches in C; the engine tries the alternation at every character of it
    (a box's class values run together: thousands of characters)."""
    folded = cues.folded(text)
    return any(map(folded.__contains__, markup.BYLINE_WORDS)) and _BYLINE_CLASS.search(text) is not None


def _byline_near(title_el: HtmlElement | None) -> Iterator[str]:
    """The texts of the author/byline/reporter-classed elements around the headline, nearest first (the
    nearest may hold the by-word alone: tagDiv's "<div class=td-author-by>Oleh</div>" beside the name)."""
    box = around_box(title_el)
    # Most headlines have no byline-classed element around them, and the loop below reads a few hundred
    # elements in Python to find that out: the classes of the box they all lie in answer it at once (a word
    # of _BYLINE_CLASS, a plain alternation with nothing around it, matches a class attribute only where it
    # matches the string of them all too).
    if box is None or not _holds_byline_word(subtree_class_text(box)):
        return
    for _, el in around(title_el):
        cls = el.get(b"class")  # in bytes: lxml encodes a str name on every read
        if not cls or not _names_byline(cls):
            continue
        if _in_media(el):
            continue  # a photo credit ("KOMPAS.COM/NAMA") is not the article's byline
        text = _shown_text(el)
        # The box about the writer is classed for the writer too: its label ("Tentang Penulis") is no name.
        label = _WRITER_BOX_LABEL.match(text)
        text = text[label.end() :] if label is not None else text
        if text and len(text) <= 100 and not _editor_only(text):
            yield text


_HIDDEN_CLASSES = markup.HIDDEN_CLASSES


def _hidden(el: HtmlElement) -> bool:
    cls = el.get(b"class")
    return bool(cls) and not _HIDDEN_CLASSES.isdisjoint(cls.lower().split())


def _shown_text(el: HtmlElement) -> str:
    """``spaced_text(el)`` without the text of the elements in it that the template hides: a byline's label
    for screen readers ("<span class=screen-reader-text>Post author:</span>" before the name, OceanWP's) is
    no part of what the reader sees, nor of the name."""
    if not any(map(_hidden, el.iterdescendants("*"))):
        return spaced_text(el)
    shown = copy.deepcopy(el)
    for node in [d for d in shown.iterdescendants("*") if _hidden(d)]:
        if node.getparent() is not None:
            node.drop_tree()  # keeps the text after it (its tail)
    return spaced_text(shown)


def _editor_only(text: str) -> bool:
    """Whether a byline-classed element's text credits only an editor ("Editor: Nama", a template that
    classes each line of its credit box "author"): the editor's name is no writer's."""
    opening = cues.CREDIT_LABEL.match(text)
    return (
        opening is not None
        and opening.group("editor") is not None
        and all(role == "editor" for role, _ in credit_segments(text))
    )


_WRITER_BOX_LABEL = cues.WRITER_BOX
_SIGNED_LINE = lazy(r"^\s*(?P<names>[^|–—-]{3,60}?)\s+[-–—|]\s+(?P<site>\S+(?:\s\S+)?)\s*$", _FLAGS)
_SIGNED_LINE_LOOK = 6  # elements nearest the headline where such a line may stand
# The head and its title, scripts: no text the reader sees beside the headline.
_NOT_SHOWN = markup.SILENT_TAGS


def _short_text(el: HtmlElement, limit: int) -> str:
    """``spaced_text(el)`` when it is at most ``limit`` characters long, else "".

    The elements around a headline include the boxes that hold the whole article: their text is not read
    past the point where it cannot be short. Folding keeps every character that is not white space, so
    more than ``limit`` of those make the folded text longer than ``limit``.
    """
    if not len(el):
        # A leaf's one piece of text is its own (half the elements around a headline are leaves: links,
        # icons, images, paragraphs): itertext() would start a walk of the element to give it.
        text = fold(el.text) if el.text else ""
        return text if len(text) <= limit else ""
    letters = 0
    pieces: list[str] = []
    for piece in el.itertext():
        letters += len("".join(piece.split()))
        if letters > limit:
            return ""
        pieces.append(piece)
    # spaced_text(el) from the pieces read above: a second walk of the element made them again.
    text = fold(" ".join(pieces))
    return text if len(text) <= limit else ""


class _NearTexts:
    """The short texts of the elements nearest the headline, for the line scans below.

    The scans read the same first elements of :func:`around`, each at its own limit, one after the other
    where the one before found no one: each element's text is read once, and again only where a scan asks a
    wider limit of a text longer than the last (a text read within one limit is the text at any wider one;
    one longer than a limit is longer than any narrower one).
    """

    __slots__ = ("_elements", "_read")

    def __init__(self, title_el: HtmlElement | None) -> None:
        self._elements = [el for _, el in itertools.islice(around(title_el), _NEAR_LOOK)]
        self._read: dict[int, tuple[int, str]] = {}  # by the element's place: the limit read at, the text

    def texts(self, look: int, limit: int) -> Iterator[str]:
        """The texts of at most ``limit`` characters among the first ``look`` elements nearest the
        headline, nearest first, ``_short_text``'s ("" for a longer one); none of an element whose text no
        reader sees beside the headline (the title tag writes the headline and the site's name just so,
        "Judul - Situs": it is no byline)."""
        return (text for _, text in self.items(look, limit))

    def items(self, look: int, limit: int) -> Iterator[tuple[HtmlElement, str]]:
        """:meth:`texts` with the element of each."""
        for index, el in enumerate(self._elements[:look]):
            if el.tag in _NOT_SHOWN:
                continue
            read = self._read.get(index)
            if read is not None and (read[1] or limit <= read[0]):
                text = read[1]
                yield el, text if len(text) <= limit else ""
                continue
            text = _short_text(el, limit)
            self._read[index] = (limit, text)
            yield el, text


def _signed_line_near(near: _NearTexts, sites: tuple[str, ...]) -> list[str]:
    """A byline in no element marked as one: the line beside the headline that names a person and the
    outlet or desk ("Fino Yurio Kristo - detikinet", "Budi Santoso | Contoh.com")."""
    for text in near.texts(_SIGNED_LINE_LOOK, 80):
        m = _SIGNED_LINE.match(text) if text else None
        if m is None or not is_outlet_name(m["site"], site_names=sites):
            continue
        names = split_names(m["names"], site_names=sites)
        if names and all(is_person_name(n, site_names=sites) for n in names):
            return list(names)
    return []


# "Fino Yurio Kristo - detikinet", "Afif Farhan - Sepakbola": the writer and the outlet's channel, on the line
# right under the headline, where the channel is no outlet name the page gives (a page without its meta tags
# gives none). One word of letters after a dash: no date, no second name, no menu path.
_CHANNEL_LINE = lazy(r"^\s*(?P<names>[^|–—-]{3,60}?)\s+[-–—]\s+(?P<channel>\p{L}+)\s*$", _FLAGS)
_HEADINGS = markup.HEADING_TAGS


def _channel_line_under(title_el: HtmlElement | None, sites: tuple[str, ...]) -> list[str]:
    """The writers of a "Nama - Kanal" line right under the headline: the first of the headline's following
    elements to show any text, unless it is a heading (a subtitle), holds links to more than one place (a
    breadcrumb links every part) or names anyone but people of two words or more."""
    if title_el is None:
        return []
    for el in title_el.itersiblings():
        # The first text may stand deep in a big box (the article's): read no more of it than that.
        if not isinstance(el.tag, str) or el.tag in _NOT_SHOWN or not any(t.strip() for t in el.itertext()):
            continue
        text = _short_text(el, 80)
        if not text or el.tag in _HEADINGS or len(xpath(el, "descendant-or-self::a")) > 1:
            return []
        m = _CHANNEL_LINE.match(text)
        if m is None or m["channel"].casefold() in roles.ROLE_WORDS:
            return []
        names = split_names(m["names"], site_names=sites)
        if names and all(len(n.split()) > 1 and is_person_name(n, site_names=sites) for n in names):
            return list(names)
        return []
    return []


# "Afif Farhan - Sepakbola": detik writes the channel after the writer's name; one word after the dash
# names a desk, not a second writer (a writer's name has two words or more before it).
_CHANNEL_AFTER = lazy(r"^(?P<names>\S[^|–—-]{1,60}?\s\S[^|–—-]{0,60}?)\s+[-–—|]\s+\S+\s*$", _FLAGS)


def _without_channel(byline: str) -> str:
    m = _CHANNEL_AFTER.match(byline)
    return m["names"] if m is not None else byline


# "Vania Ika Aldida | Jum'at, 17 Februari 2017 - 13:30 wib": the writer, then the date, beside the headline;
# the writer's role may follow the name ("Natasha Oktalia, Jurnalis · Kamis 09 Juli 2020 07:26 WIB"). A
# spaced dash parts them too ("Meilikhah - 13 Oktober 2016 23:11 wib"), where the date stands alone after it,
# and an unspaced one after the role ("Rahman Asmardika , Jurnalis-Jum'at, 29 Agustus 2025 |13:10 WIB").
_BARS = regex.escape(language.FIELD_BARS)
_AUTHOR_ROLE = alternation(roles.words_for(roles.Role.AUTHOR))
_DATED_LINE = lazy(
    rf"^\s*(?P<names>[^{_BARS}\d]{{3,60}}?)"
    rf"(?:,\s*{_AUTHOR_ROLE}(?P<dash>{cues.DASH})(?=\S)"
    rf"|(?:,\s*{_AUTHOR_ROLE})?\s+(?:[{_BARS}]|(?P<dash>{cues.DASH}))\s+)(?P<date>.*\d{{4}}.*)$",
    _FLAGS,
)
# The date first, then the writer after a bar: "17-09-2020 16:53 | Aga Deta" (Bola.net's mobile byline).
_DATE_FIRST_LINE = lazy(
    rf"^\s*(?P<date>[^{_BARS}]*\d{{4}}[^{_BARS}]*?)\s+[{_BARS}]\s+(?P<names>[^{_BARS}\d]{{3,60}})$", _FLAGS
)
_FULL_NAME_WORDS = 2
_BAR_CHARS = (*language.FIELD_BARS, " - ", " – ", " — ")
_YEAR = lazy(r"\d{4}")
_DESK_LOOK = 40  # elements nearest the headline where a desk's credit ("Tim detikBali") may stand
# The writer, the outlet, its desk and the date run this long at most ("Corry Elyda, The Jakarta Post,
# Jakarta | Jakarta | Sat, December 27 2014, 4:00 PM").
_DATED_LINE_MAX = 100


def _dated_or_desk_line_near(near: _NearTexts, sites: tuple[str, ...]) -> list[str]:
    """A byline in no element marked as one, without the outlet's name beside it: the writer before the
    date ("Nama | Jum'at, 17 Februari 2017 - 13:30 wib"), or a desk of the outlet credited as a whole
    ("Tim detikBali") on a short line of its own."""
    for el, text in near.items(_DESK_LOOK, _DATED_LINE_MAX):
        if not text:
            continue
        if is_desk_credit(text, site_names=sites):
            return [text]
        if text[0] in _FIELD_BARS:
            barred = _barred_after_date(el, text, sites)
            if barred:
                return barred
            continue
        # The dated line parts its fields with a bar (none of which has a case form): most texts beside a
        # headline have none, and the pattern takes its lazy name part at every length before failing.
        if not any(bar in text for bar in _BAR_CHARS) or _YEAR.search(text) is None:
            continue  # the date after the bar holds its year: a title "Judul - Situs" holds none
        m = _DATED_LINE.match(text)
        if m is not None and not _dated(m["date"], alone=m["dash"] is not None):
            m = None
        # Or the date first ("17-09-2020 16:53 | Aga Deta"), alone before the bar, and a name of two words
        # at least after it: a section's name stands there as often ("Senin, 12 Mei 2024 | Nasional").
        m = m or _DATE_FIRST_LINE.match(text)
        if (
            m is not None
            and "dash" not in m.groupdict()
            and (len(m["names"].split()) < _FULL_NAME_WORDS or not _dated(m["date"], alone=True))
        ):
            m = None
        if m is not None and not _listed(el, text):
            names = split_names(m["names"], site_names=sites)
            if (
                names
                and all(is_person_name(n, site_names=sites) for n in names)
                and not any(_channel_link(el, n) for n in names)
            ):
                return list(names)
    return []


# A channel's listing page: its address's last folder, or that folder's index file.
_INDEX_FILES = frozenset({"index.html", "index.php", "index.htm"})


def _channel_link(el: HtmlElement, name: str) -> bool:
    """Whether ``name`` in element ``el`` is the text of a link to a channel's listing: an address in no
    folder of writers whose folders end in the name as an address under a folder of its own or over an
    index file ("Selebriti | Kamis, 24 September 2020 10:23", "Selebriti" linking to
    "/showbiz/selebriti/index.html": KapanLagi's AMP header dates its channel). A writer's page at an
    address of the name alone ("/budi-santoso") stays a writer's."""
    slug = _slug(name)
    for link in el.iter("a"):
        if _slug(spaced_text(link)) != slug or _writer_page(link) is not None:
            continue
        folders = [part for part in _folders(link) if part != ".."]
        index = bool(folders) and folders[-1] in _INDEX_FILES
        if index:
            folders.pop()
        return bool(folders) and folders[-1] == slug and (index or len(folders) >= 2)
    return False


_LABELLED_LINE_MAX = 160  # a byline with the writer's post after a bar ("Oleh Nama | General Manager ...")
_NEAR_LOOK = max(_SIGNED_LINE_LOOK, _DESK_LOOK)  # the elements :class:`_NearTexts` holds: the widest look


_FIELD_BARS = language.FIELD_BARS


def _barred_after_date(el: HtmlElement, text: str, sites: tuple[str, ...]) -> list[str]:
    """The writers of a byline the template splits at its bar: the date in one element, "| Nama" in the
    next ("<div>17-06-2020 08:05</div><h2>&nbsp;| Asad Arifin</h2>", Bola.net's header); [] otherwise."""
    before = el.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()  # a comment between
    if before is None:
        return []
    shown = _short_text(before, _DATED_LINE_MAX)
    if not shown or not _dated(shown, alone=True):
        return []
    names = split_names(text.lstrip(_FIELD_BARS + " "), site_names=sites)
    return list(names) if names and all(is_person_name(n, site_names=sites) for n in names) else []


def _dated(text: str, *, alone: bool) -> bool:
    """Whether ``text`` (after a byline's bar) dates it; ``alone``: with nothing else beside the date, as
    after a dash, which opens a dateline's text too ("Jakarta - Harga beras naik pada Mei 2024.")."""
    found = find_dates(text)
    if not alone:
        return bool(found)
    rest = len(text.strip(" .,")) - sum(m.end - m.start for m in found)
    return bool(found) and rest <= DATE_ALONE_LEFTOVER


def _labelled_line_near(near: _NearTexts, sites: tuple[str, ...]) -> list[str]:
    """A byline in no element marked as one that opens with its by-word or role ("Oleh Nama | General
    Manager ...", "Penulis Nama"), or names its writer before the role ("Budi Santoso, Jurnalis"), on a short
    line beside the headline: its writers, where each is a person's name (a sentence opening "Oleh karena
    itu" names nobody)."""
    for el, text in near.items(_SIGNED_LINE_LOOK, _LABELLED_LINE_MAX):
        if not text:
            continue
        if cues.AUTHOR_LABEL.match(text) is None:
            # Or the role after the name ("Budi Santoso, Jurnalis"), or a row of credits opening on a
            # source's label ("Sumber: Antara | Penulis: Nama"): a writer's, the names checked there.
            named = role_after_credit(text, site_names=sites) or credit_row(text, site_names=sites)
            if named is not None and named[0] and not _listed(el, text):
                return list(named[0])
            continue
        if _listed(el, text):
            continue
        names = split_credit(text, site_names=sites)[0]
        if names and all(is_person_name(n, site_names=sites) for n in names):
            return list(names)
    return []


# Elements nearest the headline where a link to the writer's page may stand (below the lead photo).
_AUTHOR_LINK_LOOK = 60
# A writer's name beside the headline, as a link, an avatar's or a box's shows it, runs this long at most.
_NAME_MAX = 60
_AUTHOR_FOLDERS = frozenset(pages.AUTHOR_FOLDERS)
_NOT_WORD = lazy(r"[^\p{L}\p{N}]+")


def _writer_page(link: HtmlElement) -> str | None:
    """The last folder of ``link``'s address where it leads to a writer's page in the site's folder of
    writers ("/author/budi-santoso/" -> "budi-santoso"), case folded; None for any other address."""
    folders = _folders(link)
    return folders[-1] if len(folders) >= 2 and folders[-2] in _AUTHOR_FOLDERS else None


def _folders(link: HtmlElement) -> list[str]:
    """The folders of ``link``'s address, case folded, the file last; none for an address that cannot be
    read."""
    try:
        path = urllib.parse.urlsplit(link.get(b"href") or "").path
    except ValueError:
        return []
    return [part for part in path.casefold().split("/") if part]


def _author_link_near(title_el: HtmlElement | None, sites: tuple[str, ...]) -> list[str]:
    """The writer whose page a link beside the headline leads to: an address in the site's folder of
    writers ending in the name written as an address ("/author/budi-santoso/"), with the link or the element
    right after it (an avatar's link, the name beside it) reading that name. An address of the name alone
    ("/budi-santoso", IDN Media's) is left: a channel's reads the same ("/kabar-dunia", "Kabar Dunia")."""
    for _, el in itertools.islice(around(title_el), _AUTHOR_LINK_LOOK):
        if el.tag != "a":
            continue
        page = _writer_page(el)
        if page is None or "-" not in page or _in_card(el):
            continue  # a card's link credits the card's story
        for named in (el, el.getnext()):
            text = _short_text(named, _NAME_MAX) if named is not None else ""
            if text and _slug(text) == page:
                return [text] if is_person_name(text, site_names=sites) else []
    return []


# The elements after an avatar in document order, its box's and the name's column's: six at most stand
# between it and the name.
_AFTER = 6


def _following(el: HtmlElement) -> Iterator[HtmlElement]:
    """The elements after ``el`` in document order, its descendants not among them: XPath's
    ``following::*``, each made only when asked for. libxml2 gives an XPath ``following::*[position() <= 6]``
    the whole rest of the page before its predicate keeps six (0.69 M instructions a shared/corpus page for
    the images beside the headline, 0.05 M this way)."""
    node: HtmlElement | None = el
    while node is not None:
        for sibling in node.itersiblings():
            yield from sibling.iter(lxml.etree.Element)
        node = node.getparent()


def _avatar_name_near(title_el: HtmlElement | None, sites: tuple[str, ...]) -> list[str]:
    """The writer an avatar beside the headline pictures: an image whose alternative text is a person's name,
    the first text after it reading that same name as a link, to the writer's page whatever its address
    ("<img alt='Muhammad Ali'> <a href='opini-author.html'>Muhammad Ali</a>"). WordPress themes and outlets'
    own templates alike label the writer's photo by the byline with the writer's name; a news photo's
    alternative text tells its scene or the headline, and a photo of a person is followed by its caption,
    which links nowhere, even where it is the bare name (Republika's "Fernandinho"). The first text after an
    image with a short alternative text decides: it names the writer, or that image is no avatar."""
    for _, el in itertools.islice(around(title_el), _AUTHOR_LINK_LOOK):
        if el.tag not in markup.IMAGE_TAGS:
            continue
        alt = fold(el.get("alt") or "")
        if not alt or len(alt) > _NAME_MAX:
            continue
        for later in itertools.islice(_following(el), _AFTER):
            text = _short_text(later, _NAME_MAX) if isinstance(later.tag, str) else ""
            if not text:
                continue
            if (
                text.casefold() == alt.casefold()
                and any(_short_text(a, _NAME_MAX) == text for a in later.iter("a"))
                and not _in_card(later)
                and is_person_name(text, site_names=sites)
            ):
                return [text]
            break
    return []


# Links to a writer's page, in the site's folder of writers ("/author/budi-santoso/").
_WRITER_PAGE_LINKS = "//a[" + " or ".join(f"contains(@href, '/{f}/')" for f in pages.AUTHOR_FOLDERS) + "]"
# How far above the writer's link the box's label may open it: the box, its media row, the name's column.
_WRITER_BOX_DEPTH = 5


def _slug(text: str) -> str:
    """``text`` as an address writes a name: "Budi Santoso" as "budi-santoso", "ab_cd" as "ab-cd"."""
    return _NOT_WORD.sub("-", text.casefold()).strip("-")


def _writer_box(doc: HtmlElement) -> list[str]:
    """The writer a box about the writer names ("Tentang Penulis" over an avatar, the name and a bio): the
    text of its link to the writer's page, where the link reads what its address ends in
    ("/author/fachrul_run/", "fachrul_run"). The label says whose name it is, so a name in one word or an
    account's name is taken as the site shows it."""
    for el in xpath(doc, _WRITER_PAGE_LINKS):
        page = _writer_page(el)
        if page is None:
            continue
        text = _short_text(el, _NAME_MAX)
        if not text or _slug(text) != _slug(page):
            continue
        for box in itertools.islice(el.iterancestors(), _WRITER_BOX_DEPTH):
            if cues.writer_box_label(opening_text(box)):
                return [text]
    return []


def _markup_authors(doc: HtmlElement) -> Iterator[str]:
    """Microdata and ``rel=author`` credits: a ``Person``'s ``itemprop=name`` where it has one (the box
    also holds a photo, a profile link, a label), else the element's text or ``content``."""
    for el in xpath(doc, _AUTHOR_MARKUP):
        if el.tag == "meta":
            yield el.get("content") or ""
            continue
        names = xpath(el, ".//*[@itemprop='name']")
        if names:
            yield from (value_text(n, prefer_attr=n.tag == "meta") for n in names)
        elif el.getparent() is not None and el.getparent().tag != "head":
            yield value_text(el)


def _in_media(el: HtmlElement) -> bool:
    """Whether ``el`` sits in a picture or video box (its credit is the picture's). A box named for the
    writer on the way up is the byline's own (Popbela's "post-author-info", avatar and name, inside the
    "post-img" box that also holds the lead photo): what it holds is no photo credit."""
    for _, node in zip(range(4), el.iterancestors(), strict=False):
        if node.tag in {"figure", "figcaption", "picture"}:
            return True
        cls = node.get(b"class") or ""
        if _names_byline(cls):
            return False
        if _names_media(cls):
            return True
    return False


@functools.lru_cache(maxsize=512)
def _names_media(cls: str) -> bool:
    """Whether a class value names a picture or video box. The classes a CMS gives the post's own element
    describe the post ("has-post-thumbnail", "format-video", "category-foto", WordPress's post_class()): the
    byline inside it is no photo credit."""
    return any(
        _MEDIA_CLASS.search(word) for word in cls.split() if not word.startswith(markup.POST_CLASS_PREFIXES)
    )


def people(page: PageSources, title_el: HtmlElement | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Authors and editors, each from the most trusted source naming anyone.

    Structured data and meta tags often name the editor as the author (kompas's JSON-LD does): a name they
    give that the page credits as editor is not taken for the writer. A credit the reader sees (the
    adapter's, a labelled credit line, the byline beside the headline) is taken as it stands, even where
    the same person also edited the story, as one-person desks do."""
    sites = page.sites
    authors, editors = _adapter_people(page)
    shown = authors is not None  # the authors come from a credit the reader sees
    photographers: list[str] = []
    originals: list[str] = []
    scan = _BodyScan()  # read by the credit lines' scan, which runs wherever the last readers below run
    if authors is None or editors is None:
        labelled = _labelled_people(page.doc, page.tree.bodies, sites, scan)
        label_authors, label_editors, photographers, originals = labelled
        if authors is None and label_authors:
            authors = unique(label_authors)
            shown = True
        if editors is None and label_editors:
            editors = unique(label_editors)
    if editors is None:
        editors = _structured_editors(page)
    # ... except a name the page's own meta tags give as both its writer and its editor: a one-person desk
    # that the credit box shows as the editor alone ("Editor: Ivany Atina Arbi", content_author the same).
    editor_keys = {e.casefold() for e in editors} - _declared_both(page)

    def without_editors(names: Iterable[str]) -> tuple[str, ...]:
        return unique(n for n in names if n.casefold() not in editor_keys)

    if authors is None:
        bylines = (split_names(_without_channel(t), site_names=sites) for t in _byline_near(title_el))
        near = unique(next((names for names in bylines if names), ()))
        if not near:
            texts = _NearTexts(title_el)
            near = tuple(_signed_line_near(texts, sites))
            near = near or tuple(_dated_or_desk_line_near(texts, sites))
            near = near or tuple(_labelled_line_near(texts, sites))
        if near:
            authors, shown = near, True
    if authors is None:
        authors = _unseen_authors(page, without_editors)
    if authors is None:
        # The last the reader sees, only where nothing else (structured data included) names anyone: a
        # writer and a channel no site name confirms, or a link to the writer's page.
        under = (
            tuple(_channel_line_under(title_el, sites))
            or tuple(_author_link_near(title_el, sites))
            or tuple(_avatar_name_near(title_el, sites))
            or (tuple(_writer_box(page.doc)) if scan.writer_box else ())
        )
        if under:
            authors, shown = under, True
    if authors is None and originals:
        # An adapted story's credit names the original's writer: the writer where nothing names this one's.
        authors, shown = unique(originals), True
    if not authors and photographers:
        authors = without_editors(photographers)
    authors = (authors or ()) if shown else without_editors(authors or ())
    return _with_their_box(authors, scan.several, "author", sites), _with_their_box(
        editors, scan.several, "editor", sites
    )


def _with_their_box(
    names: tuple[str, ...], several: list[str], role: str, sites: tuple[str, ...]
) -> tuple[str, ...]:
    """``names`` and the others that credit cards of the same ``role`` name beside one of them (Liputan6's
    'Kredit' box: "Istiarto Sigit / Author", "Reza Rinaldi / Author"). Several cards of one role are a box
    of profiles as often as a credit box: one that credits a person the page names in that role by other
    means (the byline, the structured data) is the article's."""
    if not names or not several:
        return names
    boxed = [
        name
        for line in several
        for line_role, value in credit_segments(line)
        if line_role == role
        for name in split_names(value, site_names=sites, codes=role == "editor")
    ]
    keys = {name.casefold() for name in names}
    return unique((*names, *boxed)) if any(name.casefold() in keys for name in boxed) else names


def _declared_both(page: PageSources) -> set[str]:
    """The names (case folded) an author meta tag and an editor meta tag of the page both give."""
    metas = page.metas

    def named(keys: tuple[str, ...]) -> set[str]:
        values = (v for k in keys for v in metas.get(k, ()))
        return {n.casefold() for v in values for n in split_names(v, site_names=page.sites)}

    editors = named(_EDITOR_META)
    return named(_AUTHOR_META) & editors if editors else set()


def _adapter_people(page: PageSources) -> tuple[tuple[str, ...] | None, tuple[str, ...] | None]:
    """Authors and editors where the outlet's adapter says the page credits them (None: not said)."""
    authors: tuple[str, ...] | None = None
    editors: tuple[str, ...] | None = None
    if page.outlet is not None:
        found = page.outlet_values(page.outlet.authors)
        if found is not None:
            authors = unique(n for t in found for n in split_names(t, site_names=page.sites))
        found = page.outlet_values(page.outlet.editors)
        if found is not None:
            editors = unique(n for t in found for n in split_names(t, site_names=page.sites, codes=True))
    return authors, editors


def _labelled_people(
    doc: HtmlElement, bodies: Sequence[HtmlElement], sites: tuple[str, ...], scan: _BodyScan
) -> tuple[list[str], list[str], list[str], list[str]]:
    """Authors, editors and photographers the page's labelled credit lines name ("Penulis: ..."), and the
    writers of the original a line crediting an adapted or translated story names."""
    authors: list[str] = []
    editors: list[str] = []
    photographers: list[str] = []
    originals: list[str] = []
    for line in _credit_lines(doc, bodies, scan):
        writers = originals if adapted_credit(line) else authors
        for role, value in credit_segments(line):
            if role == "author":
                writers.extend(split_names(value, site_names=sites))
            elif role == "editor":
                editors.extend(split_names(value, site_names=sites, codes=True))
            elif role == "photo":
                photographers.extend(split_names(value, site_names=sites))
    return authors, editors, photographers, originals


def _structured_editors(page: PageSources) -> tuple[str, ...]:
    """Editors the JSON-LD names, else the editor meta tag."""
    editors = unique(n for t in ld_people(page.ld, "editor") for n in split_names(t, site_names=page.sites))
    if not editors:
        editor_meta = meta_first(page.metas, _EDITOR_META)
        editors = split_names(editor_meta, site_names=page.sites) if editor_meta else ()
    return editors


def _unseen_authors(
    page: PageSources, without_editors: Callable[[Iterable[str]], tuple[str, ...]]
) -> tuple[str, ...] | None:
    """Authors from what the reader does not see (author markup, JSON-LD, Parse.ly and author meta tags),
    from the first source in order of trust that names anyone but the editors; None when none does."""
    sources: tuple[Callable[[], Iterable[str]], ...] = (
        lambda: _markup_authors(page.doc),
        lambda: ld_people(page.ld, "author"),
        lambda: (
            *meta_json(page.metas, _PARSELY_JSON, "authors"),
            *meta_json(page.metas, _PARSELY_JSON, "author"),
        ),
        lambda: (
            v for k in _AUTHOR_META for v in page.metas.get(k, ()) if not v.startswith(("http://", "https://"))
        ),
    )
    for source in sources:
        found_names = without_editors(n for t in source() for n in split_names(t, site_names=page.sites))
        if found_names:
            # The markup marks the writer's name in several places: the byline's link, the author box's
            # heading, and its link to the writer's page that says so ("More by Rina Kartika", rel="author"
            # as the others): a text that is another's name with a phrase around it is that name again.
            return tuple(n for n in found_names if not any(labels_name(n, m) for m in found_names if m != n))
    return None
