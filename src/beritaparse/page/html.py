"""Decode and parse an HTML page safely into an lxml document.

:func:`load` accepts what callers actually hold (bytes in any encoding, ``str``, a ``BeautifulSoup`` or an
lxml tree) and always returns the root ``<html>`` element of a fresh document that the pipeline may change
freely: a caller's own tree is copied, never modified.

>>> from beritaparse.page.html import load, text_of
>>> doc = load("<title>Judul</title><p>Isi   berita.</p>".encode("utf-8"))
>>> doc.tag, text_of(doc.find(".//p"))
('html', 'Isi berita.')

Decoding follows what browsers effectively do: bytes that are valid UTF-8 are UTF-8, whatever the page
declares (several Indonesian templates declare ``iso-8859-1`` and serve UTF-8); otherwise the declared or
detected encoding wins (``bs4.UnicodeDammit``, which consults charset-normalizer when installed).
Parsing is libxml2's HTML parser with networking, comments and processing instructions off, huge-tree
mode off, and no entity expansion beyond HTML's own.
"""

from __future__ import annotations

import codecs
import copy
import os
import threading
from typing import Any

import lxml.etree
import lxml.html

from beritaparse.errors import (
    EmptyInputError,
    HTMLDecodeError,
    InputTooLargeError,
    InputTypeError,
    MalformedHTMLError,
)
from beritaparse.page.mhtml import is_mhtml, unpack
from beritaparse.rules.flags import lazy
from beritaparse.rules.strings import fold, host_of, redecoded

__all__ = [
    "DEFAULT_MAX_BYTES",
    "NON_TEXT_TAGS",
    "decode",
    "host_of",
    "is_inside",
    "load",
    "string_of",
    "strip_non_text",
    "text_of",
]

DEFAULT_MAX_BYTES = 20_000_000
"""The default size limit of :func:`load`: far above any real article page (most are 50-500 kB)."""

NON_TEXT_TAGS: tuple[str, ...] = ("script", "style", "noscript", "template")
"""Elements whose content is never article text (removed by :func:`strip_non_text`)."""

_SAMPLE = 8192

# Magic numbers of formats that are sometimes handed to an HTML parser by mistake.
_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"RIFF", "a RIFF (WebP/WAV/AVI) file"),
    (b"%PDF-", "a PDF document"),
    (b"\x1f\x8b", "gzip-compressed data (decompress it first)"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data (decompress it first)"),
    (b"\xfd7zXZ\x00", "xz-compressed data (decompress it first)"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x00\x00\x01\x00", "an icon"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
    (b"\x7fELF", "an executable"),
)

# C0 controls other than TAB, LF, FF and CR, and DEL: text never has many of them, binary data does.
_CONTROL_BYTES = bytes([*range(0x09), 0x0B, *range(0x0E, 0x20), 0x7F])

# Characters libxml2 cannot hold: C0 controls except TAB/LF/CR, lone surrogates, U+FFFE/U+FFFF.
_ILLEGAL_BYTES = bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])
# What an empty page may hold, and how much of a page is looked at first: nearly every page has markup
# within its first bytes, and stripping the whole page to see that copied all of it.
_BLANK = b" \t\n\r\f\v\x00"
_BLANK_PREFIX = 256
_XML_ILLEGAL = lazy(r"[\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]")

# Compiled once: ``element.xpath("string()")`` compiles the expression on every call. Without EXSLT's
# regular expressions, which lxml registers on every call of an XPath compiled with them (see
# :func:`beritaparse.page.pagequery.compile_xpath`, which this module cannot import: pagequery imports it).
_STRING = lxml.etree.XPath("string()", regexp=False)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# lxml parsers keep per-document state; one per thread keeps load() safe to call from worker threads.
_local = threading.local()


def _parser() -> lxml.html.HTMLParser:
    parser: lxml.html.HTMLParser | None = getattr(_local, "parser", None)
    if parser is None:
        parser = lxml.html.HTMLParser(
            encoding="utf-8",
            remove_comments=True,
            remove_pis=True,
            no_network=True,
            huge_tree=False,
            recover=True,
            compact=True,
            # libxml2 keeps a table of every id attribute for XPath's id() and get_element_by_id(); nothing
            # here asks either (ids are read as attributes), and the table cost 2% of
            # load()'s instructions (12.88 -> 12.60 M a page on tests/unseen and shared/corpus).
            collect_ids=False,
        )
        # lxml.html's own lookup calls a Python method for every element proxy lxml creates (each XPath
        # result, each step of an iteration), which cost more than the parse itself over a page; this one
        # is done in C. Every element is still an HtmlElement: only the form-control subclasses
        # (FormElement, InputElement...) go, and nothing here reads forms.
        parser.set_element_class_lookup(
            lxml.etree.ElementDefaultClassLookup(
                element=lxml.html.HtmlElement,
                comment=lxml.html.HtmlComment,
                pi=lxml.html.HtmlProcessingInstruction,
                entity=lxml.html.HtmlEntity,
            )
        )
        _local.parser = parser
    return parser


def _binary_kind(data: bytes) -> str | None:
    """Say what ``data`` is when it is plainly not text, else None."""
    for magic, kind in _BINARY_MAGIC:
        if data.startswith(magic):
            return kind
    sample = data[:_SAMPLE]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    # A page may hold a stray NUL or escape; one byte in twenty is never text in an 8-bit or multi-byte
    # encoding (UTF-16/32 are recognised before this check, by BOM or NUL pattern).
    if controls * 20 > len(sample):
        return "binary data (many NUL or control bytes)"
    return None


def _utf16_without_bom(sample: bytes) -> str | None:
    """Recognise BOM-less UTF-16 markup by its NULs: every ASCII character has one on the same side."""
    if len(sample) < 8 or sample.count(0) * 3 < len(sample):
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd >= 0.9 * half and even < 0.1 * half:
        return "utf-16-le"
    if even >= 0.9 * half and odd < 0.1 * half:
        return "utf-16-be"
    return None


def decode(data: bytes) -> str:
    """Decode a page's bytes to text: BOM, else strict UTF-8, else the declared or detected encoding.

    Raises :class:`~beritaparse.errors.HTMLDecodeError` for binary data (images, PDFs, compressed data)
    and for bytes no plausible encoding reads.

    >>> decode('<meta charset="iso-8859-1"><p>Café</p>'.encode("utf-8"))
    '<meta charset="iso-8859-1"><p>Café</p>'
    >>> decode('<meta charset="iso-8859-1"><p>Café</p>'.encode("latin-1"))
    '<meta charset="iso-8859-1"><p>Café</p>'
    """
    return _decode(data)[0]


def _decode(data: bytes) -> tuple[str, bool]:
    """The text, and whether ``data`` was plain UTF-8 (no BOM) so it can go to the parser as it is."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), False
            except UnicodeDecodeError as exc:
                raise HTMLDecodeError(
                    f"the data starts with a {encoding} byte-order mark but is not {encoding}"
                ) from exc
    utf16 = _utf16_without_bom(data[:_SAMPLE])
    if utf16 is not None:
        try:
            return data.decode(utf16), False
        except UnicodeDecodeError:
            pass
    kind = _binary_kind(data)
    if kind is not None:
        raise HTMLDecodeError(f"the input is {kind}, not an HTML page")
    try:
        return data.decode("utf-8"), True
    except UnicodeDecodeError:
        pass
    # bs4 costs a fifth of the package's import time; only pages that are not UTF-8 need it.
    from bs4.dammit import UnicodeDammit  # noqa: PLC0415

    dammit = UnicodeDammit(data, is_html=True)
    text: str | None = dammit.unicode_markup
    if text is None:
        raise HTMLDecodeError("the bytes could not be decoded in any plausible encoding")
    return text, False


def _size_error(size: int, max_bytes: int) -> InputTooLargeError:
    return InputTooLargeError(
        f"the input is {size:,} bytes, over the limit of {max_bytes:,} bytes; "
        "pass a larger max_bytes= (on the command line, --max-bytes) to raise the limit"
    )


def _xml_safe(data: bytes, text: str) -> bool:
    """True when ``data``, the UTF-8 encoding of ``text``, holds no character libxml2 rejects (checked in
    C, unlike a regex scan). U+FFFE and U+FFFF are looked for in the text: a str search returns at once
    when the text has no character that high, and runs at memory speed when it has."""
    # One memchr per illegal byte (``int in bytes``) reads the page at memory speed without writing it;
    # deleting them with ``translate`` to compare lengths wrote a copy of the page.
    return not any(byte in data for byte in _ILLEGAL_BYTES) and "\ufffe" not in text and "\uffff" not in text


def _blank_bytes(raw: bytes) -> bool:
    """``not raw.strip(_BLANK)``: a page with text in its first bytes is not stripped whole."""
    return not raw[:_BLANK_PREFIX].strip(_BLANK) and not raw.strip(_BLANK)


def _blank_text(text: str) -> bool:
    """``not text.strip()``, looking at the first characters first (see :func:`_blank_bytes`)."""
    return not text[:_BLANK_PREFIX].strip() and not text.strip()


def _parse_text(text: str) -> lxml.html.HtmlElement:
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates
        data = b""
    if not data or not _xml_safe(data, text):
        text = _XML_ILLEGAL.sub("", text)
        data = text.encode("utf-8")
    if _blank_text(text):
        raise EmptyInputError("the page is empty or white space only")
    return _parse_utf8(data)


def _parse_utf8(data: bytes) -> lxml.html.HtmlElement:
    try:
        root = lxml.etree.fromstring(data, _parser())
    except (lxml.etree.LxmlError, ValueError, MemoryError) as exc:
        raise MalformedHTMLError(f"the markup could not be parsed: {exc}") from exc
    if root is None or not isinstance(root, lxml.html.HtmlElement):
        raise MalformedHTMLError("the markup holds no document (only comments or declarations?)")
    if root.getnext() is not None:
        _one_root(root)
    return root


def _one_root(root: lxml.html.HtmlElement) -> None:
    """Gather the document into ``root`` when libxml2 left it in several top-level elements.

    A start tag written self-closed, ``<html lang="id" />`` (IDN Times' 2019 template), makes libxml2 close
    the ``<html>`` element at once and open a second one for the head and body that follow: the root
    returned is then empty and the page's text sits in its sibling. A browser reads one document; so does
    this, with the later roots' children (and the attributes the first root lacks) moved into the first.

    >>> doc = load(b'<!DOCTYPE html><html lang="id" /><head><title>T</title></head><body><p>Isi.</p></body>')
    >>> doc.get("lang"), doc.findtext("body/p")
    ('id', 'Isi.')
    """
    for later in list(root.itersiblings()):
        if not isinstance(later.tag, str):
            continue
        for name, value in later.attrib.items():
            if root.get(name) is None:
                root.set(name, value)
        root.extend(list(later))


def _own_copy(root: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    doc = copy.deepcopy(root)
    # The caller's parser may have kept comments and processing instructions; ours never does.
    lxml.etree.strip_elements(doc, lxml.etree.Comment, lxml.etree.ProcessingInstruction, with_tail=False)
    return doc


def _is_soup(data: object) -> bool:
    """A BeautifulSoup or a tag of one; bs4 is imported only when the object comes from it."""
    if not any(cls.__module__.startswith("bs4") for cls in type(data).__mro__):
        return False
    from bs4.element import Tag  # noqa: PLC0415 (already imported by whoever made the object)

    return isinstance(data, Tag)


def load(data: Any, *, max_bytes: int = DEFAULT_MAX_BYTES) -> lxml.html.HtmlElement:
    """Turn a page into the root element of a fresh lxml HTML document.

    ``data`` may be bytes (any encoding), ``str``, a ``bs4.BeautifulSoup`` (or a tag of one), or an lxml
    element or element tree. A caller's tree is copied, never changed. A page saved as MHTML is the page
    it holds (:mod:`beritaparse.page.mhtml`). A ``str`` that is UTF-8 decoded as
    Latin-1 or Windows-1252 is read as written (:func:`~beritaparse.rules.strings.redecoded`).

    Raises (all subclasses of :class:`~beritaparse.errors.BeritaparseError`):
    :class:`~beritaparse.errors.InputTypeError` for anything else,
    :class:`~beritaparse.errors.EmptyInputError` for empty or white-space-only input,
    :class:`~beritaparse.errors.InputTooLargeError` above ``max_bytes`` (bytes, or UTF-8 bytes of text),
    :class:`~beritaparse.errors.HTMLDecodeError` for binary data,
    :class:`~beritaparse.errors.MalformedHTMLError` when no document can be built.

    >>> load(b"<p>x</p>").find("body/p").text
    'x'
    >>> load(b"   ")
    Traceback (most recent call last):
    ...
    beritaparse.errors.EmptyInputError: the page is empty or white space only
    """
    if isinstance(data, (bytes, bytearray, memoryview)):
        return _load_bytes(bytes(data), max_bytes)
    if isinstance(data, str):
        # A character is at most 4 UTF-8 bytes: only count bytes when the length alone cannot decide.
        if len(data) > max_bytes or (
            len(data) * 4 > max_bytes and len(data.encode("utf-8", "replace")) > max_bytes
        ):
            raise _size_error(len(data.encode("utf-8", "replace")), max_bytes)
        if is_mhtml(data[:_SAMPLE].encode("utf-8", "replace")):
            # An MHTML file read as text: its page is a part of it, escaped in ASCII.
            return load(data.encode("utf-8", "replace"), max_bytes=max_bytes)
        # A page decoded with the wrong codec before it reached us (requests' ``.text`` of a page served with
        # no charset) is read as the page wrote it.
        return _parse_text(redecoded(data))
    if _is_soup(data):
        return load(str(data), max_bytes=max_bytes)
    if isinstance(data, lxml.etree._ElementTree):  # noqa: SLF001 (lxml's public tree type has no public alias)
        data = data.getroot()
        if data is None:
            raise EmptyInputError("the element tree has no root element")
    if isinstance(data, lxml.etree._Element):  # noqa: SLF001 (same)
        if isinstance(data, lxml.html.HtmlElement) and data.tag == "html":
            return _own_copy(data)
        # A fragment, or a tree from another parser (etree.HTML, XML): go through markup so the result is
        # always a whole HTML document of HtmlElement objects.
        try:
            markup = lxml.etree.tostring(data, encoding="unicode", method="html")
        except (lxml.etree.LxmlError, ValueError) as exc:
            raise MalformedHTMLError(f"the element could not be serialised: {exc}") from exc
        return load(markup, max_bytes=max_bytes)
    hint = " (read the file first: pass path.read_bytes())" if isinstance(data, os.PathLike) else ""
    raise InputTypeError(
        "parse() takes the page as bytes, str, a BeautifulSoup or an lxml element or tree, "
        f"not {type(data).__name__}{hint}"
    )


def _load_bytes(raw: bytes, max_bytes: int) -> lxml.html.HtmlElement:
    if len(raw) > max_bytes:
        raise _size_error(len(raw), max_bytes)
    if _blank_bytes(raw):
        raise EmptyInputError("the page is empty or white space only")
    if is_mhtml(raw):
        # A browser's "save as a single file": the page is a part of a MIME message, quoted-printable.
        raw = unpack(raw)
        if _blank_bytes(raw):
            raise EmptyInputError("the page saved in the MHTML file is empty")
    text, plain_utf8 = _decode(raw)
    if plain_utf8 and _xml_safe(raw, text):
        # The common case: valid UTF-8 goes to libxml2 as it is, without a decode/encode round trip.
        return _parse_utf8(raw)
    return _parse_text(text)


def strip_non_text(doc: lxml.html.HtmlElement, tags: tuple[str, ...] = NON_TEXT_TAGS) -> None:
    """Remove the elements that never hold article text (scripts, styles...), keeping their tails.

    Read JSON-LD (``<script type="application/ld+json">``) before calling this.
    """
    lxml.etree.strip_elements(doc, *tags, with_tail=False)


def string_of(element: lxml.etree._Element) -> str:
    """An element's text content as it stands: what ``text_content()`` and XPath's ``string()`` give.
    The text serializer gives what string() gives (libxml2's content of the node, its text nodes joined)
    at a third of the cost of an XPath call, which sets up a context for each."""
    if isinstance(element.tag, str):
        return _element_string(element)
    return lxml.etree.tostring(element, method="text", encoding=str, with_tail=False)


def _element_string(element: lxml.etree._Element) -> str:
    """:func:`string_of` of an element (not a comment, an entity or a processing instruction). A leaf's is
    its text: lxml's ``.text`` joins the element's run of text nodes (CDATA's too) as the serializer does,
    and a node of another kind under it (a comment, an entity) is a child, so no leaf has one. Half the
    elements asked of are leaves (links, headings, spans), and the serializer costs some ten times as much
    as ``.text``."""
    if not len(element):
        return element.text or ""
    return lxml.etree.tostring(element, method="text", encoding=str, with_tail=False)


def text_of(element: lxml.etree._Element | None) -> str:
    """The element's text content with white space folded to single spaces ("" for None)."""
    if element is None:
        return ""
    if isinstance(element.tag, str):
        return fold(_element_string(element))
    try:
        text: object = _STRING(element)
    except lxml.etree.LxmlError:
        return ""
    return fold(str(text))


def is_inside(element: lxml.etree._Element, box: lxml.etree._Element) -> bool:
    """Whether ``element`` stands inside ``box`` (``box`` is one of its ancestors, not it).

    >>> doc = load(b"<div><p><b>x</b></p></div>")
    >>> is_inside(doc.find(".//b"), doc.find(".//div")), is_inside(doc.find(".//div"), doc.find(".//b"))
    (True, False)
    """
    return any(up is box for up in element.iterancestors())
