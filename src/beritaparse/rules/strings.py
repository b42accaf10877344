"""Plain-string helpers every layer above the rules shares: white space folding, comparison keys, order-kept
unique items, and a web address's host.

They live here, below pages, pastes and outlets, so that a credit rule or the outlet registry can use them
without loading the HTML reader (:mod:`beritaparse.page`); the page modules re-export them where they were
first defined (``beritaparse.page.pagequery.fold``, ``beritaparse.page.html.host_of``).

>>> fold("  Harga   beras\\n naik ")
'Harga beras naik'
>>> text_key("Kompas.com - Regional")
'kompas com regional'
>>> unique(["Ani", "ani", "Budi"])
('Ani', 'Budi')
"""

from __future__ import annotations

import codecs
import functools
import itertools
import urllib.parse
from typing import TYPE_CHECKING

import regex

from beritaparse.rules.flags import lazy

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "fold",
    "host_of",
    "one_edit_apart",
    "redecoded",
    "repeats_sentences",
    "sentences",
    "text_key",
    "unique",
    "word_line",
    "word_pairs",
    "words_of",
]

_KEY = lazy(r"[^\p{L}\p{N}]+")
_WS = lazy(r"\s+")
_WORD = lazy(r"\w+", regex.VERSION1)


def fold(text: str) -> str:
    """``text`` with every run of white space one space, and none at either end."""
    # The information separators U+001C-U+001F are the only characters str.split() takes for white space
    # and the pattern's ``\s`` does not: a text holding one goes through the pattern, as it always did.
    if "\x1c" in text or "\x1d" in text or "\x1e" in text or "\x1f" in text:
        return _WS.sub(" ", text).strip()
    # str.split() and join do in C what the pattern's sub does in the regex engine, some seven times faster;
    # fold is called for most text nodes and blocks of a page.
    return " ".join(text.split())


# The keys asked for again and again: the registry's site names, keyed for every page's title (some hundred
# a page), and a page's own repeats (its title's parts, its headings). A batch's other keys pass through.
_KEYS_CACHE = 256


# Every ASCII character that is neither a letter nor a digit as a space, and each capital as its small letter:
# on ASCII text these are exactly the characters the key's pattern takes out, and its case folding is
# lower-casing. A table of bytes, which bytes.translate reads by index, where str.translate looked every
# character up in a dict (some five times the cost of a key a headline's length; a page keys some twenty
# texts its cache has not seen).
_ASCII_KEY_BYTES = bytes(
    ord(chr(code).lower()) if code >= 128 or chr(code).isalnum() else ord(" ") for code in range(256)
)


@functools.lru_cache(maxsize=_KEYS_CACHE)
def text_key(text: str) -> str:
    """A comparison key: letters and digits only, runs of anything else one space, case folded."""
    # Cached: a regex substitution costs some fifteen times a cache hit, and most calls repeat a key.
    if text.isascii():
        # Nearly every key a page asks for (headlines, headings, site names): str methods in C give the
        # pattern's answer, its runs one space and none at the ends, at a fraction of a substitution's cost.
        return b" ".join(text.encode("ascii").translate(_ASCII_KEY_BYTES).split()).decode("ascii")
    return _KEY.sub(" ", text).strip().casefold()


def words_of(text: str) -> tuple[str, ...]:
    """``text``'s words (runs of letters, digits and underscores), case folded: what the rules compare when
    they ask whether two texts say the same thing.

    >>> words_of("Kata Dia, 'Ya'.")
    ('kata', 'dia', 'ya')
    """
    if text.isascii():
        # A paragraph's words as the pattern finds them, by str methods in C (see _ASCII_WORD_BYTES): the
        # engine's findall costs some 3,000 instructions a word, and the block rules split every one-sentence
        # block of a page into words to compare it with the paragraph above.
        return tuple(text.encode("ascii").translate(_ASCII_WORD_BYTES).decode("ascii").split())
    # Folding the whole text first gives the same words: case folding keeps every character's word-ness
    # (tested over every code point), and one call costs less than one a word.
    return tuple(_WORD.findall(text.casefold()))


# Every ASCII character that is no word character of ``_WORD`` (a letter, a digit, "_") as a space, and each
# capital as its small letter: on ASCII text the words of the pattern, case folded, are the runs left
# between the spaces (case folding is lower-casing there).
_ASCII_WORD_BYTES = bytes(
    ord(chr(code).lower()) if code >= 128 or chr(code).isalnum() or code == ord("_") else ord(" ")
    for code in range(256)
)


def word_line(texts: Iterable[str]) -> str:
    """The words of ``texts`` (:func:`words_of`), one space between and one at each end: what
    :func:`repeats_sentences` searches."""
    return f" {' '.join(word for text in texts for word in words_of(text))} "


# Where one sentence ends and the next begins: the space after its mark and the quotes or brackets closing
# with it (these stay the sentence's).
_SENTENCE_GAP = lazy(r"(?<=[.!?\u2026][\"'\u201d\u2019)\]]*)\s+", regex.VERSION1)


def redecoded(text: str) -> str:
    """``text`` as written where it is UTF-8 read as Latin-1 or Windows-1252, else ``text`` itself.

    ``requests`` reads a page served as ``text/html`` with no charset as ISO-8859-1 (``response.text``), and
    a file of UTF-8 opened with Windows' default encoding reads as cp1252: every accented letter, curly
    quote and no-break space comes out as two or three characters ("â€œ" for "“"). Such text encodes back
    to the bytes it was read from (a byte that cp1252 leaves undefined read as its C1 control, as browsers
    and ISO-8859-1 read it), and they are valid UTF-8; text with a character beyond those codecs (an arrow,
    an emoji), or with an accented letter or curly quote alone (no valid UTF-8), is returned as it is.

    >>> redecoded("Kata Bapakâ€™nya: â€œCafÃ© tutup.â€¦")
    'Kata Bapak’nya: “Café tutup.…'
    >>> redecoded("Café “Kopi” di Bandung")
    'Café “Kopi” di Bandung'
    """
    if text.isascii():
        return text
    try:
        return text.encode("cp1252", errors=_C1_BYTES).decode("utf-8")
    except UnicodeError:
        return text


def _c1_bytes(error: UnicodeError) -> tuple[bytes, int]:
    """The bytes of the characters cp1252 cannot encode where each is one byte read as itself (a C1 control,
    U+0080 to U+009F, where cp1252 leaves the byte undefined); any other character fails the encoding."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    chunk = error.object[error.start : error.end]
    if max(map(ord, chunk)) > _LAST_BYTE:
        raise error
    return chunk.encode("latin-1"), error.end


_LAST_BYTE = 0xFF
_C1_BYTES = "beritaparse.c1-bytes"
codecs.register_error(_C1_BYTES, _c1_bytes)


def sentences(text: str) -> list[str]:
    """The sentences of ``text``, cut at the white space after a sentence's closing mark and the quotes or
    brackets closing with it.

    >>> sentences("Harga naik. Warga mengeluh (kata Budi.) “Mahal!” katanya")
    ['Harga naik.', 'Warga mengeluh (kata Budi.)', '“Mahal!”', 'katanya']
    """
    return [part for part in _SENTENCE_GAP.split(text) if part]


def repeats_sentences(text: str, line: str, least: int) -> bool:
    """Whether every sentence of ``text`` stands in ``line`` (a :func:`word_line`), whole words, and its
    words hold ``least`` characters at least: a pull quote repeats the text's sentences, sometimes two the
    paragraph has apart ("It's okay to cut some people in your life. Because you are the main character of
    your life!", a sentence of the speaker's between them).

    >>> said = word_line(["Ia berkata, Saya lelah. Lalu ia pergi. Semua diam."])
    >>> repeats_sentences("“Saya lelah. Semua diam.”", said, 10)
    True
    >>> repeats_sentences("Saya lelah sekali. Semua diam.", said, 10)
    False
    """
    parts = [f" {' '.join(words)} " for part in _SENTENCE_GAP.split(text) if (words := words_of(part))]
    return sum(map(len, parts)) - 2 * len(parts) >= least and all(part in line for part in parts)


def one_edit_apart(a: str, b: str) -> bool:
    """Whether ``a`` becomes ``b`` by one letter changed, added or left out: a typo of the word.

    >>> one_edit_apart("vdeografer", "videografer"), one_edit_apart("penulis", "penulis")
    (True, False)
    """
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    # Past the first difference the rest must agree: after the changed letter, or after b's added one.
    return a[i + 1 :] == b[i + 1 :] if len(a) == len(b) else a[i:] == b[i + 1 :]


def word_pairs(words: Iterable[str]) -> set[tuple[str, str]]:
    """Every two words side by side in ``words``: text that holds a pair of another's says those two words in
    the same order, which single shared words ("yang", "di") do not tell.

    >>> sorted(word_pairs(("harga", "beras", "naik")))
    [('beras', 'naik'), ('harga', 'beras')]
    """
    return set(itertools.pairwise(words))


def unique(items: Iterable[str]) -> tuple[str, ...]:
    """Non-empty ``items`` in their first order, repeats that differ only in case left out."""
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        k = item.casefold()
        if item and k not in seen:
            seen.add(k)
            out.append(item)
    return tuple(out)


def host_of(url: str | None) -> str | None:
    """The lower-cased host name of ``url`` (no port, no trailing dot), or None when there is none.

    >>> host_of("https://News.Detik.com:443/berita/d-1/x")
    'news.detik.com'
    >>> host_of("not a url") is None
    True
    """
    if not url:
        return None
    try:
        host = urllib.parse.urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host.rstrip(".") or None
