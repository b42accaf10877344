"""``parse_text()``: an article pasted as plain text to an :class:`~beritaparse.model.Article`.

What people copy from a browser runs from the site's chrome through the headline, byline, photo caption
and body to share prompts and footers, one block a line. The text is read in two zones: the *header*
(everything before the first line of prose: navigation, title, date and byline, captions) and the
*body*, which goes through the same block rules as a page's body (:func:`beritaparse.rules.blocks.clean`).

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

import itertools
from typing import TYPE_CHECKING

import regex

from beritaparse.cache import patterns
from beritaparse.dates import find_dates
from beritaparse.errors import EmptyInputError, InputTypeError, NoArticleError, UnknownOutletError
from beritaparse.model import Article, Block, Removed, RemovedReason, clean_text
from beritaparse.outlets import NAMES, OUTLETS, for_text
from beritaparse.paste.header import opening_stamp, read_header, read_trailer, title_below
from beritaparse.paste.layout import (
    LIST_ITEM,
    article_span,
    counted_slide,
    is_prose,
    is_sign_off,
    player_lines,
    reflow,
    repeated_lines,
    slides_first,
    split_lines,
    told_caption,
)
from beritaparse.rules import cues
from beritaparse.rules.blocks import (
    STORY_SLIDES,
    VIEWER_TEXT_MAX,
    Candidate,
    caption_in_text,
    chrome_reason,
    clean,
    split_dateline,
)
from beritaparse.rules.cues import ends_sentence
from beritaparse.rules.flags import WORDS, lazy
from beritaparse.rules.strings import redecoded

if TYPE_CHECKING:
    import datetime as dt

    from beritaparse.paste.header import Header
    from beritaparse.rules.blocks import Cleaned

__all__ = ["parse_text"]

R = RemovedReason
_V = regex.VERSION1
_SENTENCES = lazy(r"(?<=[.!?…][\"'”’]?)\s+(?=[\"'“‘]?\p{Lu})", _V)
_WORD = lazy(r"\w+", _V)
# A text of fewer words is no article: a word or two pasted by mistake, a heading alone ("hello").
_MIN_WORDS = 5


# A label standing this many times under the text labels cards of other stories.
_CARD_LABEL_REPEATS = 2


def _labels_cards(unlabelled: list[str], below: list[str]) -> bool:
    """Whether a name the header read for where it stands, one word above the date, stands again on lines of
    its own under the text, twice or more: the channel's name that labels each card of other stories there
    ("Bolatainment" over the date, and over each card of the channel's), not a writer's."""
    words = {name for name in unlabelled if " " not in name}
    return bool(words) and any(below.count(word) >= _CARD_LABEL_REPEATS for word in words)


def _fewer_words(texts: tuple[str, ...], limit: int) -> bool:
    """Whether ``texts`` hold fewer than ``limit`` words, read up to the limit (not every word of a text)."""
    words = itertools.chain.from_iterable(_WORD.finditer(text) for text in texts)
    return sum(1 for _ in itertools.islice(words, limit)) < limit


def _content_words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text) if len(w) > 3}


_CONNECTIVE = lazy(
    r"^(?:oleh\s+karena\s+itu|karena\s+itu|namun|tetapi|tapi|sementara(?:\s+itu)?|selain\s+itu|adapun|meski"
    r"|walau|sebelumnya|kemudian|lalu|dengan\s+demikian|oleh\s+sebab\s+itu|di\s+sisi\s+lain|menurut|hal\s+ini)\b",
    WORDS,
)


def _is_standfirst(first: str, second: str) -> bool:
    """A one-sentence opening that restates the paragraph after it is the standfirst, not the body.

    A sentence that opens on a connective ("Namun", "Oleh karena itu") follows something: it is body text.
    """
    if len(_SENTENCES.split(first)) != 1 or len(first.split()) > 45 or _CONNECTIVE.match(first):
        return False
    if split_dateline(first)[1]:
        return False  # a dateline opens the text itself
    a, b = _content_words(first), _content_words(second)
    return bool(a) and len(a & b) / len(a) >= 0.4


def _heading_line(line: str, prev: str | None, nxt: str | None) -> bool:
    """A short line without final punctuation between two prose paragraphs, or under a page's counter over
    one, is a subheading."""
    words = len(line.split())
    # A numbered subheading runs longer, a listicle's item told in a clause ("3. Pasien dengan kondisi kurang
    # baik sempat dirawat seminggu di rumah sakit swasta", IDN Times').
    numbered = LIST_ITEM.match(line) is not None
    if (
        not 1 <= words <= (_NUMBERED_HEADING_WORDS if numbered else _HEADING_WORDS)
        or ends_sentence(line)
        or line.endswith((":", ","))
    ):
        return False
    if prev is None or nxt is None or len(nxt.split()) < 8:
        return False
    # Under a page's counter ("2 dari 4 halaman") a story in parts titles the part ("2. Kenang Momen Manis"
    # too); a listicle's numbered item there, over its photo's caption, is the text.
    return ends_sentence(prev) or (
        chrome_reason(prev, None) is R.PAGING and (not numbered or caption_in_text(nxt) is None)
    )


_HEADING_WORDS = 12
_NUMBERED_HEADING_WORDS = 16


_YEAR = lazy(r"\d{4}")
# "Selasa (17/12)", "Senin, (16/12)": a word, then a day in brackets. Written from the bracket back (a
# text holds this wherever it holds "\w+\s*,?\s*\(\d"): the plain form tries every word of a long body.
_WEEKDAY_DAY = lazy(r"(?<=\w\s*,?\s*)\(\d")


def _inferred_day(paragraphs: tuple[str, ...]) -> dt.date | None:
    """The latest weekday-dated day the text mentions ("Selasa (17/12)"): news dates events that way
    relative to its own publication, which is on or after the latest of them."""
    text = "\n".join(paragraphs)
    if _WEEKDAY_DAY.search(text) is None:
        # Every mention counted below holds that shape, and a mention is a stretch of the text: without it
        # anywhere the answer is None, and the date grammar need not run over the whole body.
        return None
    reference = None
    if _YEAR.search(text) is not None:  # a mention with a year is a stretch of the text too
        full = [m for m in find_dates(text) if m.value.granularity == "day" and _YEAR.search(m.raw)]
        reference = max((m.value.start for m in full), default=None)
    days: list[dt.date] = []
    for m in find_dates(text, reference=reference):
        if m.value.granularity == "day" and _WEEKDAY_DAY.search(m.raw):
            days.append(m.value.start.date())
    return max(days, default=None)


def _photo_story(cleaned: Cleaned, counted: frozenset[str] = frozenset()) -> Cleaned:
    """A photo story's text is in its slides: descriptive captions that outweigh the text join the body (as
    on a page); they stay captions too, with their credits. A slide under its viewer's counter (``counted``,
    the captions' texts) joins a text of a few paragraphs, as a photo page's does."""
    told = [c for c in cleaned.captions if told_caption(c.text)]
    if len(told) < STORY_SLIDES or sum(len(c.text) for c in told) <= sum(len(b.text) for b in cleaned.body):
        if len(cleaned.body) > VIEWER_TEXT_MAX:
            return cleaned
        told = [c for c in told if c.text in counted]
        if not told:
            return cleaned
    present = {b.text for b in cleaned.body}
    slides = tuple(Block("paragraph", c.text) for c in told if c.text not in present)
    return cleaned.with_body((*cleaned.body, *slides))


# A caption this long, repeated, is the same caption (a short one, "Ilustrasi", may open a sentence).
_SHOWN_CAPTION = 60


def _without_shown_captions(cleaned: Cleaned, head: Header) -> Cleaned:
    """The text less its paragraphs that repeat a caption the header read above the text (an AMP page's
    lightbox, a gallery's strip shows the lead picture's caption again after the text), set aside in
    ``head.removed``. A repeat the block rules read as a caption stays one (two pictures may share one)."""
    shown = [c.text for c in head.captions if len(c.text) >= _SHOWN_CAPTION]
    repeats = [
        b for b in cleaned.body if b.kind == "paragraph" and any(_repeats(b.text, text) for text in shown)
    ]
    if not repeats:
        return cleaned
    head.removed.extend(Removed(R.CAPTION, b.text) for b in repeats)
    return cleaned.with_body(tuple(b for b in cleaned.body if b not in repeats))


def _repeats(paragraph: str, caption: str) -> bool:
    """Whether ``paragraph`` is ``caption`` again, its credit after it or not ("... (Liputan6.com/Triyasni)").
    A paragraph that goes on in words from the caption's words is the text's: Liputan6's fact-check opens on
    the sentence its lead photo's caption cuts short ("Cek Fakta Liputan6.com menelusuri klaim ... di situs
    Republika.co.id, menggunakan Google Search ...")."""
    if not paragraph.startswith(caption):
        return False
    rest = paragraph[len(caption) :].lstrip()
    return not rest[:1].isalnum()


def parse_text(text: str, *, outlet: str | None = None) -> Article:
    """Parse an article pasted as plain text.

    ``outlet`` (an id such as ``"kompas"``) forces the outlet's conventions; by default the outlet is
    recognised from the text's own signals ("Liputan6.com, Kyiv -", a footer, a credit line), and text
    from an unknown outlet gets the generic rules.

    Text that is UTF-8 read as Latin-1 or Windows-1252 is read as written (see
    :func:`beritaparse.rules.strings.redecoded`); control characters and noncharacters are taken out
    (see :func:`beritaparse.model.clean_text`).

    Raises :class:`~beritaparse.errors.InputTypeError` for non-``str`` input,
    :class:`~beritaparse.errors.EmptyInputError` for empty text (or text of control characters only),
    :class:`~beritaparse.errors.UnknownOutletError` for an ``outlet`` id no adapter has, and
    :class:`~beritaparse.errors.NoArticleError` when nothing in it is article text (every line chrome, or
    fewer than five words of prose).
    """
    if not isinstance(text, str):
        hint = " (decode bytes first, or use beritaparse.parse() for HTML)" if isinstance(text, bytes) else ""
        raise InputTypeError(f"parse_text() takes str, not {type(text).__name__}{hint}")
    if outlet is not None and outlet not in OUTLETS:
        raise UnknownOutletError(f"unknown outlet {outlet!r}; known: {', '.join(sorted(OUTLETS))}")
    # A text read with the wrong codec (a UTF-8 file opened with Windows' default) is read as written.
    text = redecoded(text)
    lines = split_lines(clean_text(text))
    if not lines:
        raise EmptyInputError("the text is empty")
    patterns.prepare()  # a first text compiles a hundred patterns: each read from the cache file
    found = OUTLETS[outlet] if outlet is not None else for_text(text)
    # A video player's interface copied with the text goes first, as one box: its lines between the lead and
    # the next paragraph parted them as a menu would, and a sentence the player cuts is joined again.
    dropped = player_lines(lines)
    player = [Removed(R.MEDIA, lines[i]) for i in dropped]
    if dropped:
        drop = set(dropped)
        lines = [line for i, line in enumerate(lines) if i not in drop] or lines
    lines = reflow(lines, found)
    start, end = article_span(lines, found)
    if (reordered := slides_first(lines, start, end, found)) is not None:
        lines = reordered
        start, end = article_span(lines, found)
    head = read_header(lines[:start], found)
    trail = read_trailer(lines[end:], found)
    if trail.authors or _labels_cards(head.unlabelled, lines[end:]):
        head.drop_unlabelled()
    head.authors.extend(a for a in trail.authors if a not in head.authors)
    head.editors.extend(e for e in trail.editors if e not in head.editors)
    body_lines = reflow(lines[start:end], found, inside=True)
    if (stamp := opening_stamp(body_lines)) is not None:
        # The date under the intro: the text's stamp, which dates it where the header did not.
        head.published = head.published or stamp[1]
        head.removed.append(Removed(R.BYLINE, body_lines[stamp[0]]))
        del body_lines[stamp[0]]
    subtitle = head.subtitle
    if head.title is None and len(body_lines) >= 2 and _is_standfirst(body_lines[0], body_lines[1]):
        subtitle = body_lines[0]
        head.removed.append(Removed(R.SUBTITLE, subtitle))
        body_lines = body_lines[1:]
    # A line the template repeats on each of the article's pages is the picture's caption over each (a
    # read-page of several pages copied whole), not the text's; a line the rules name is theirs (an embedded
    # post's signature under each copy of it).
    repeated = {line for line in repeated_lines(body_lines) if chrome_reason(line, found) is None}
    candidates = [
        Candidate(
            line,
            hint="caption" if line in repeated else None,
            kind="heading"
            if _heading_line(
                line, body_lines[i - 1] if i else None, body_lines[i + 1] if i + 1 < len(body_lines) else None
            )
            and cues.RELATED_CUE.match(line) is None
            and chrome_reason(line, found) is None
            and caption_in_text(line) is None
            and not is_sign_off(line, found)
            else "paragraph",
        )
        for i, line in enumerate(body_lines)
    ]
    if head.title is None:
        lead = " ".join(
            [line for line in body_lines if is_prose(line, found) and not cues.RELATED_CUE.match(line)][:2]
        )
        head.title = title_below(lines[end:], lead, found)
    counted = frozenset(
        slide.text for i in range(len(body_lines)) if (slide := counted_slide(body_lines, i)) is not None
    )
    cleaned = _photo_story(
        _without_shown_captions(clean(candidates, outlet=found, title=head.title, site_names=NAMES), head),
        counted,
    )
    if not any(b.kind == "paragraph" for b in cleaned.body):
        raise NoArticleError("no article text found: every line is navigation, promotion or other chrome")
    if _fewer_words(tuple(b.text for b in cleaned.body), _MIN_WORDS):
        raise NoArticleError(f"no article text found: fewer than {_MIN_WORDS} words of prose")
    published = head.published
    return Article(
        title=head.title,
        subtitle=subtitle,
        outlet=found.id if found is not None else None,
        published=published,
        published_inferred=None
        if published is not None
        else _inferred_day(tuple(b.text for b in cleaned.body)),
        # A capitals sign-off is the writer only where nobody else is credited; closing initials
        # abbreviate the editors a credit box names in full, so they count only where none is named.
        authors=head.authors + [a for a in cleaned.authors if a not in head.authors]
        or [*cleaned.signed, *trail.signed],
        editors=tuple(head.editors) or cleaned.editors,
        dateline=cleaned.dateline,
        tags=cleaned.tags or tuple(trail.tags),
        body=cleaned.body,
        captions=(*head.captions, *cleaned.captions),
        related=(*cleaned.related, *trail.related),
        reading_time_minutes=cleaned.reading_time_minutes or head.reading_time,
        removed=(*player, *head.removed, *cleaned.removed, *trail.removed),
    )
