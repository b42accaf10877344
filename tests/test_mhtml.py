"""Pages saved as MHTML (a browser's "save as a single file"): read as the page they hold, never as markup
full of quoted-printable escapes."""

from __future__ import annotations

import base64
import json
import pathlib
import quopri

import pytest

import beritaparse
from beritaparse.batch import iter_inputs
from beritaparse.cli import looks_like_html
from beritaparse.errors import EmptyInputError, MalformedHTMLError
from beritaparse.page.mhtml import is_mhtml, location, unpack

PAGES = pathlib.Path(__file__).parent / "pages"
PAGE = PAGES / "kompas" / "mh-kompas-1.html"
URL = json.loads(PAGE.with_suffix(".expected.json").read_text(encoding="utf-8"))["url"]
BOUNDARY = b"----MultipartBoundary--Xy3dQk0aJpTnWbL9sVfR2mHcE7uGi1Zo----"


def chrome_mhtml(page: bytes, url: str = URL, *, encoding: str = "quoted-printable") -> bytes:
    """A file as Chrome's "Save as... Webpage, Single File" writes it: the headers Blink writes, the page
    first, then its resources (one image here), CRLF line ends."""
    body = quopri.encodestring(page) if encoding == "quoted-printable" else base64.encodebytes(page)
    head = (
        b"From: <Saved by Blink>\r\n"
        b"Snapshot-Content-Location: " + url.encode() + b"\r\n"
        b"Subject: =?utf-8?Q?Berita?=\r\n"
        b"Date: Mon, 7 Dec 2026 10:00:00 +0700\r\n"
        b"MIME-Version: 1.0\r\n"
        b'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n'
        b'\tboundary="' + BOUNDARY + b'"\r\n\r\n\r\n'
    )
    page_part = (
        b"--" + BOUNDARY + b"\r\nContent-Type: text/html\r\nContent-ID: <frame-0@mhtml.blink>\r\n"
        b"Content-Transfer-Encoding: " + encoding.encode() + b"\r\n"
        b"Content-Location: " + url.encode() + b"\r\n\r\n" + body.replace(b"\n", b"\r\n") + b"\r\n"
    )
    image = (
        b"--" + BOUNDARY + b"\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
        b"Content-Location: https://asset.example.id/a.png\r\n\r\niVBORw0KGgoAAAANSUhEUg==\r\n"
    )
    return head + page_part + image + b"--" + BOUNDARY + b"--\r\n"


@pytest.mark.parametrize("encoding", ["quoted-printable", "base64"])
def test_a_saved_page_reads_as_the_page_it_holds(encoding: str) -> None:
    page = PAGE.read_bytes()
    saved = chrome_mhtml(page, encoding=encoding)
    assert b"=3D" in saved or encoding == "base64"  # the file is no markup as it stands
    want = beritaparse.parse(page, url=URL)
    got = beritaparse.parse(saved)  # no url given: the file's headers name it
    assert got.url == want.url == URL
    assert (got.title, got.text, got.published, got.authors) == (
        want.title,
        want.text,
        want.published,
        want.authors,
    )
    assert "=3D" not in got.text
    assert "=\n" not in got.text


def test_a_saved_page_read_as_text_reads_the_same() -> None:
    page = PAGE.read_bytes()
    saved = chrome_mhtml(page)
    assert beritaparse.parse(saved.decode("ascii")).text == beritaparse.parse(page, url=URL).text


def test_the_address_it_was_saved_from() -> None:
    page = PAGE.read_bytes()
    assert location(chrome_mhtml(page)) == URL
    # Saved from the Wayback Machine: the article's own address, as for an archive's address given as url.
    archived = chrome_mhtml(page, url="https://web.archive.org/web/20200101000000/" + URL)
    assert beritaparse.parse(archived).url == URL
    # A page saved from the disk names no web address.
    assert location(chrome_mhtml(page, url="file:///home/a/berita.html")) is None
    assert location(page) is None
    assert location(None) is None


def test_a_single_part_file_in_a_declared_charset() -> None:
    """Internet Explorer's .mht of a page alone: the page under the headers, in the charset they declare."""
    page = "<html><head><title>Judul</title></head><body><p>“Kutipan” dan café.</p></body></html>"
    saved = (
        b"From: <Saved by Windows Internet Explorer 8>\r\nSubject: Judul\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: text/html;\r\n\tcharset="windows-1252"\r\n'
        b"Content-Transfer-Encoding: quoted-printable\r\n\r\n" + quopri.encodestring(page.encode("cp1252"))
    )
    assert is_mhtml(saved)
    assert unpack(saved).decode("utf-8") == page


def test_a_file_without_a_page_is_a_clear_error() -> None:
    saved = chrome_mhtml(b"<p>x</p>").replace(b"Content-Type: text/html", b"Content-Type: text/css")
    with pytest.raises(MalformedHTMLError, match="no HTML page"):
        beritaparse.parse(saved)
    with pytest.raises(EmptyInputError):
        beritaparse.parse(chrome_mhtml(b"  \r\n"))


def test_what_is_no_mhtml_file() -> None:
    # An HTTP response saved with its headers: a status line first.
    response = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nMIME-Version: 1.0\r\n\r\n<p>x</p>"
    assert not is_mhtml(response)
    # A text with header-like lines of its own but no MIME message's.
    assert not is_mhtml(b"Subject: rapat\r\nDate: Senin\r\n\r\nJAKARTA - Rapat digelar.")
    assert not is_mhtml(b"<!DOCTYPE html>\r\nMIME-Version: 1.0\r\nContent-Type: text/html\r\n\r\n")
    # Markup that merely holds such lines further down is read as the page it is.
    page = b"<html><body><p>MIME-Version: 1.0</p><p>Content-Type: text/html</p></body></html>"
    assert not is_mhtml(page)


def test_the_cli_and_batch_take_saved_pages(tmp_path: pathlib.Path) -> None:
    saved = chrome_mhtml(PAGE.read_bytes())
    assert looks_like_html(saved)  # standard input: parsed as a page, not as pasted text
    (tmp_path / "a.mhtml").write_bytes(saved)
    (tmp_path / "b.mht").write_bytes(saved)
    records = list(iter_inputs([tmp_path]))
    assert [r.id.rsplit("/", 1)[-1] for r in records] == ["a.mhtml", "b.mht"]
    assert all(r.kind == "html" and r.skip is None and r.error is None for r in records)
    assert beritaparse.parse(records[0].payload).text == beritaparse.parse(PAGE.read_bytes(), url=URL).text
