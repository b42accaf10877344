"""Pages saved as MHTML: a browser's "save as a single file" (Chrome's and Edge's ``.mhtml``, Internet
Explorer's ``.mht``).

Such a file is a MIME message, not markup: a block of mail headers, then the page and each of its images and
style sheets as a part of its own, the page's HTML quoted-printable (``=3D`` for every ``=``, a line cut by
``=`` at its end every 76 characters). Read as HTML it gives a document whose text is full of those escapes,
with no error: silently wrong data. :func:`unpack` finds the page's part (the first ``text/html`` one: the
frames a page embeds follow it) and decodes it; :func:`location` reads the address the page was saved from,
which the browser writes in the headers.

>>> saved = (
...     b"From: <Saved by Blink>\\r\\nSnapshot-Content-Location: https://news.example.id/a\\r\\n"
...     b"MIME-Version: 1.0\\r\\nContent-Type: multipart/related;\\r\\n\\ttype=\\"text/html\\";\\r\\n"
...     b"\\tboundary=\\"----MultipartBoundary--x----\\"\\r\\n\\r\\n------MultipartBoundary--x----\\r\\n"
...     b"Content-Type: text/html\\r\\nContent-Transfer-Encoding: quoted-printable\\r\\n\\r\\n"
...     b"<p class=3D\\"lead\\">Harga beras na=\\r\\nik.</p>\\r\\n------MultipartBoundary--x------\\r\\n"
... )
>>> is_mhtml(saved), unpack(saved), location(saved)
(True, b'<p class="lead">Harga beras naik.</p>', 'https://news.example.id/a')
>>> is_mhtml(b"<!DOCTYPE html><html>"), is_mhtml(b"Subject: a line of text\\n\\nthat is not a page")
(False, False)
"""

from __future__ import annotations

import codecs
import urllib.parse
from typing import TYPE_CHECKING

from beritaparse.errors import MalformedHTMLError

if TYPE_CHECKING:
    from email.message import Message

__all__ = ["is_mhtml", "location", "unpack"]

# The message's headers are at its start and short; a browser writes them in the first few hundred bytes.
_HEAD_BYTES = 8192
_PAGE_TYPES = (b"multipart/related", b"text/html")
# The address a page was saved from: Chrome's header, else the Content-Location of the message or its page.
_LOCATION_HEADERS = ("Snapshot-Content-Location", "Content-Location")


def _head(data: bytes) -> tuple[int, bytes] | None:
    """Where the mail headers of a saved page that open ``data`` start, and their lines up to the blank line
    that ends them; None unless every line is a "Name: value" field or the indented continuation of one
    (Chrome folds Content-Type's parameters onto lines of their own)."""
    sample = data[:_HEAD_BYTES]
    start = len(sample) - len(sample.removeprefix(b"\xef\xbb\xbf").lstrip())
    if sample[start : start + 1] == b"<":  # markup: every page but a saved MHTML file, told at once
        return None
    ends = [i for i in (sample.find(b"\n\n", start), sample.find(b"\n\r\n", start)) if i != -1]
    if not ends:
        return None
    head = sample[start : min(ends) + 1]
    lines = head.splitlines()
    for line in lines:
        name, colon, _ = line.partition(b":")
        field = colon and name[:1].isalpha() and name.replace(b"-", b"").isalnum()
        if not (field or line[:1] in {b" ", b"\t"}):
            return None
    # A saved page's message names its MIME version and a page's type: a text that merely opens with a
    # "Subject:" line of its own is no such message.
    fields = [line.lower() for line in lines]
    if any(f.startswith(b"mime-version:") for f in fields) and any(
        f.startswith(b"content-type:") and f[13:].strip().startswith(_PAGE_TYPES) for f in fields
    ):
        return start, head
    return None


def is_mhtml(data: bytes) -> bool:
    """Whether ``data`` opens as a saved page in MHTML: mail headers naming a MIME version and a page's type.

    An HTTP response's status line ("HTTP/1.1 200 OK"), a page's markup and a text with a "Subject:" line
    of its own are none.
    """
    return _head(data) is not None


def _message(data: bytes) -> Message:
    # Imported here: only a saved MHTML file needs the mail parser, and every process would pay its import.
    import email  # noqa: PLC0415
    import email.policy  # noqa: PLC0415

    return email.message_from_bytes(data, policy=email.policy.compat32)


def _page_part(data: bytes, headers: Message) -> Message | None:
    """The multipart message's first ``text/html`` part, read alone: the file's images, fonts and styles
    (most of its bytes, base64) are passed over by a search for the boundary, not parsed."""
    boundary = headers.get_param("boundary")
    if not isinstance(boundary, str) or not boundary:
        return None
    delimiter = b"--" + boundary.encode("ascii", "replace")
    start = data.find(delimiter)
    while start != -1:
        start += len(delimiter)
        if data.startswith(b"--", start):  # the closing delimiter
            return None
        end = data.find(delimiter, start)
        # The line break before a delimiter is the delimiter's (RFC 2046), not the part's.
        raw = data[start : len(data) if end == -1 else end].removesuffix(b"\n").removesuffix(b"\r")
        part = _message(raw.lstrip(b" \t").removeprefix(b"\r\n").removeprefix(b"\n"))
        if part.get_content_type() == "text/html":
            return part
        start = end
    return None


def unpack(data: bytes) -> bytes:
    """The page's HTML in a saved MHTML file, its transfer encoding undone.

    Text in a declared charset other than UTF-8 is given as UTF-8 bytes; undeclared, the bytes are the
    page's own and its ``<meta charset>`` says how to read them. Raises
    :class:`~beritaparse.errors.MalformedHTMLError` when the file holds no page.
    """
    found = _head(data)
    if found is None:
        raise MalformedHTMLError("the MHTML file has no headers")
    start, head = found
    headers = _message(head + b"\r\n")
    if headers.get_content_maintype() == "multipart":
        part = _page_part(data, headers)
    else:
        # The page alone, its body under the headers.
        part = _message(data[start:]) if headers.get_content_type() == "text/html" else None
    if part is None:
        raise MalformedHTMLError("the MHTML file holds no HTML page (no text/html part)")
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        raise MalformedHTMLError("the MHTML file's page could not be decoded")
    charset = part.get_content_charset()
    if charset is None:
        return payload
    try:
        name = codecs.lookup(charset).name
        return payload if name == "utf-8" else payload.decode(name).encode("utf-8")
    except (LookupError, UnicodeDecodeError):
        # A charset the part names wrongly or no codec knows: the bytes and their <meta> decide.
        return payload


def location(data: object) -> str | None:
    """The web address the page in a saved MHTML file (bytes or str) was saved from, as its headers give
    it; None for anything else, and for a file saved from the disk."""
    if isinstance(data, str):
        head = data[:_HEAD_BYTES].encode("utf-8", "replace")
    elif isinstance(data, (bytes, bytearray, memoryview)):
        head = bytes(memoryview(data)[:_HEAD_BYTES])
    else:
        return None
    found = _head(head)
    if found is None:
        return None
    headers = _message(found[1] + b"\r\n")
    for name in _LOCATION_HEADERS:
        value = str(headers.get(name) or "").strip()
        if value.lower().startswith(("http://", "https://")) and _readable(value):
            return value
    return None


def _readable(url: str) -> bool:
    try:
        parts = urllib.parse.urlsplit(url)
        _ = parts.hostname, parts.port  # a bad bracketed host or port only shows when these are read
    except ValueError:
        return False
    return bool(parts.hostname)
