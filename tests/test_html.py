"""beritaparse.page.html: decoding, safe parsing, accepted input types and the errors for bad input."""

from __future__ import annotations

import codecs
import gzip
import io
import pathlib
import threading

import lxml.etree
import lxml.html
import pytest
from bs4 import BeautifulSoup

from beritaparse.errors import (
    BeritaparseError,
    EmptyInputError,
    HTMLDecodeError,
    InputTooLargeError,
    InputTypeError,
    MalformedHTMLError,
)
from beritaparse.page.html import decode, host_of, load, string_of, strip_non_text, text_of

PAGES = pathlib.Path(__file__).parent / "pages"

PAGE = (
    "<html><head><title>Judul</title></head><body><h1>Judul Berita</h1><p>Isi berita café.</p></body></html>"
)


def p_text(doc: lxml.html.HtmlElement) -> str:
    return text_of(doc.find(".//p"))


# --- decoding ----------------------------------------------------------------------------------------


def test_utf8_bytes():
    doc = load(PAGE.encode("utf-8"))
    assert doc.tag == "html"
    assert p_text(doc) == "Isi berita café."


def test_utf8_declared_as_latin1_is_read_as_utf8():
    # The kapanlagi trap: the page says iso-8859-1, the bytes are UTF-8.
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>KapanLagi.com® © “kutip”</p></body></html>'
    doc = load(page.encode("utf-8"))
    assert p_text(doc) == "KapanLagi.com® © “kutip”"


def test_utf8_declared_as_latin1_in_http_equiv():
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head>'
        "<body><p>Rp 200 juta — naik 5%</p></body></html>"
    )
    assert p_text(load(page.encode("utf-8"))) == "Rp 200 juta — naik 5%"


@pytest.mark.parametrize("name", ["ap-kapanlagi-1", "ap-kapanlagi-2"])
def test_corpus_kapanlagi_pages_decode_as_utf8(name):
    raw = (PAGES / "kapanlagi" / f"{name}.html").read_bytes()
    assert b"iso-8859-1" in raw.lower()  # the trap is really there
    text = text_of(load(raw))
    assert "Â" not in text
    assert "©" in text


def test_real_latin1_page_uses_declared_charset():
    page = '<html><head><meta charset="windows-1252"></head><body><p>café “kutip” – naïve</p></body></html>'
    assert p_text(load(page.encode("cp1252"))) == "café “kutip” – naïve"


def test_real_latin1_page_with_xml_declaration():
    page = '<?xml version="1.0" encoding="iso-8859-1"?><html><body><p>Ibu kota Hélène</p></body></html>'
    assert p_text(load(page.encode("latin-1"))) == "Ibu kota Hélène"


@pytest.mark.parametrize(
    "data",
    [
        codecs.BOM_UTF8 + PAGE.encode("utf-8"),
        PAGE.encode("utf-16"),  # with BOM
        PAGE.encode("utf-16-le"),  # no BOM
        PAGE.encode("utf-16-be"),  # no BOM
        codecs.BOM_UTF32_LE + PAGE.encode("utf-32-le"),
    ],
    ids=["utf8-bom", "utf16-bom", "utf16le", "utf16be", "utf32-bom"],
)
def test_unicode_encodings(data):
    assert p_text(load(data)) == "Isi berita café."


def test_decode_prefers_utf8_then_declared():
    assert decode("<p>é</p>".encode()) == "<p>é</p>"
    assert (
        decode('<meta charset="iso-8859-1"><p>é</p>'.encode("latin-1"))
        == '<meta charset="iso-8859-1"><p>é</p>'
    )


def test_a_few_nul_bytes_are_dropped_not_fatal():
    doc = load(b"<html><body><p>Ja\x00karta</p>" + b"<p>x</p>" * 50 + b"</body></html>")
    assert p_text(doc) == "Jakarta"


def test_control_characters_and_surrogates_in_str_are_dropped():
    doc = load("<p>a\x01b\ud800c\x0bd</p>")
    assert p_text(doc) == "abcd"


# --- input types -------------------------------------------------------------------------------------


def test_str_input():
    assert p_text(load(PAGE)) == "Isi berita café."


def test_bytearray_and_memoryview():
    assert p_text(load(bytearray(PAGE.encode()))) == "Isi berita café."
    assert p_text(load(memoryview(PAGE.encode()))) == "Isi berita café."


def test_beautifulsoup_input():
    soup = BeautifulSoup(PAGE, "html.parser")
    doc = load(soup)
    assert isinstance(doc, lxml.html.HtmlElement)
    assert p_text(doc) == "Isi berita café."
    assert text_of(doc.find(".//h1")) == "Judul Berita"


def test_beautifulsoup_tag_input():
    soup = BeautifulSoup(PAGE, "html.parser")
    doc = load(soup.body)
    assert doc.tag == "html"
    assert p_text(doc) == "Isi berita café."


def test_beautifulsoup_subclass_input():
    class MySoup(BeautifulSoup):
        pass

    assert p_text(load(MySoup(PAGE, "html.parser"))) == "Isi berita café."


def test_lxml_html_document_is_copied_not_changed():
    tree = lxml.html.document_fromstring("<html><body><!-- c --><p>Asli</p></body></html>")
    doc = load(tree)
    assert p_text(doc) == "Asli"
    doc.find(".//p").text = "Diubah"
    assert tree.find(".//p").text == "Asli"
    assert doc.xpath("//comment()") == []  # our copy drops comments like our own parser does
    assert tree.xpath("//comment()") != []  # the caller's tree keeps them


def test_lxml_element_tree_input():
    parser = lxml.html.HTMLParser(encoding="utf-8")
    tree = lxml.html.parse(io.BytesIO(PAGE.encode()), parser)
    assert p_text(load(tree)) == "Isi berita café."


def test_lxml_etree_html_input():
    root = lxml.etree.HTML(PAGE)
    doc = load(root)
    assert isinstance(doc, lxml.html.HtmlElement)
    assert p_text(doc) == "Isi berita café."


def test_lxml_fragment_becomes_a_document():
    frag = lxml.html.fragment_fromstring("<div><p>Potongan</p></div>")
    doc = load(frag)
    assert doc.tag == "html"
    assert p_text(doc) == "Potongan"


@pytest.mark.parametrize("bad", [None, 42, 3.5, ["<p>x</p>"], {"html": "x"}, object()])
def test_wrong_type(bad):
    with pytest.raises(InputTypeError) as info:
        load(bad)
    assert isinstance(info.value, TypeError)
    assert type(bad).__name__ in str(info.value)


def test_a_path_is_not_read_for_the_caller(tmp_path):
    page = tmp_path / "x.html"
    page.write_bytes(b"<p>x</p>")
    with pytest.raises(InputTypeError) as info:
        load(page)
    assert "read_bytes" in str(info.value)


# --- errors ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("empty", [b"", b"   \n\t ", "", " \n ", "\x00\x00 ", b"\x00 \x00"])
def test_empty(empty):
    with pytest.raises(EmptyInputError):
        load(empty)


def test_too_large_bytes_names_limit_and_option():
    with pytest.raises(InputTooLargeError) as info:
        load(b"<p>" + b"x" * 100 + b"</p>", max_bytes=50)
    message = str(info.value)
    assert "50" in message
    assert "max_bytes" in message


def test_too_large_str_counts_utf8_bytes():
    text = "<p>" + "é" * 30 + "</p>"  # 37 characters, 67 UTF-8 bytes
    with pytest.raises(InputTooLargeError):
        load(text, max_bytes=60)
    assert p_text(load(text, max_bytes=70)) == "é" * 30


def test_limit_can_be_raised():
    data = b"<p>" + b"x" * 100 + b"</p>"
    assert p_text(load(data, max_bytes=1000)) == "x" * 100


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG"),
        (b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4, "JPEG"),
        (b"GIF89a" + bytes(range(256)), "GIF"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (gzip.compress(PAGE.encode() * 20), "gzip"),
        (b"PK\x03\x04" + bytes(100), "ZIP"),
        (bytes(range(256)) * 20, "binary"),
        (b"\x00" * 500 + b"<p>x</p>", "binary"),
    ],
)
def test_binary_data(data, what):
    with pytest.raises(HTMLDecodeError) as info:
        load(data)
    assert what in str(info.value)
    assert isinstance(info.value, ValueError)


def test_random_looking_bytes_are_binary():
    # A fixed pseudo-random block (LCG), so the test is deterministic.
    state, out = 12345, bytearray()
    for _ in range(4096):
        state = (state * 1103515245 + 12345) % 2**31
        out.append(state >> 16 & 0xFF)
    with pytest.raises(HTMLDecodeError):
        load(bytes(out))


def test_comment_only_is_malformed():
    with pytest.raises(MalformedHTMLError):
        load(b"<!-- nothing but a comment -->")


def test_every_error_is_a_beritaparse_error():
    for bad in (None, b"", b"\x89PNG\r\n\x1a\n", b"<!---->"):
        with pytest.raises(BeritaparseError):
            load(bad)


# --- safety ------------------------------------------------------------------------------------------


def test_deep_nesting_survives():
    data = b"<html><body>" + b"<div>" * 10_000 + b"dalam" + b"</div>" * 10_000 + b"<p>akhir</p></body></html>"
    doc = load(data)
    assert doc.tag == "html"
    # libxml2 caps the depth rather than recursing without end; the document stays usable.
    assert sum(1 for _ in doc.iter()) < 20_000


def test_truncated_document():
    data = PAGE.encode()
    doc = load(data[: data.index(b"<p>") + len(b"<p>Isi ber")])
    assert text_of(doc.find(".//h1")) == "Judul Berita"
    assert p_text(doc) == "Isi ber"


def test_entity_bomb_is_not_expanded():
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">'
        b'<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>'
        b"<html><body><p>&lol4;</p></body></html>"
    )
    doc = load(bomb)
    assert "lollollol" not in text_of(doc)
    assert len(text_of(doc)) < 2000


def test_external_entity_is_not_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("RAHASIA-NEGARA")
    page = f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">]><html><body><p>&xxe;</p></body></html>'
    assert "RAHASIA" not in text_of(load(page.encode()))


def test_html_entities_are_expanded():
    assert p_text(load(b"<p>Rp&nbsp;5 &amp; &quot;x&quot; &#8211; &eacute;</p>")) == 'Rp 5 & "x" – é'


def test_very_long_attribute():
    data = b'<html><body><p class="' + b"a" * 5_000_000 + b'">isi</p></body></html>'
    assert p_text(load(data)) == "isi"


def test_comments_removed_scripts_kept_for_json_ld():
    doc = load(
        b'<html><head><script type="application/ld+json">{"headline": "x"}</script></head>'
        b"<body><!-- iklan --><p>isi</p></body></html>"
    )
    assert doc.xpath("//comment()") == []
    assert doc.find(".//script").text == '{"headline": "x"}'


def test_strip_non_text_keeps_tails():
    doc = load(
        b"<body><p>Satu <script>x()</script>dua<style>p{}</style> tiga<noscript>n</noscript></p></body>"
    )
    strip_non_text(doc)
    assert p_text(doc) == "Satu dua tiga"
    assert doc.find(".//script") is None


def test_load_from_threads():
    pages = [f"<html><body><p>halaman {i}</p></body></html>".encode() for i in range(40)]
    results: dict[int, str] = {}

    def work(i: int) -> None:
        results[i] = p_text(load(pages[i]))

    threads = [threading.Thread(target=work, args=(i,)) for i in range(40)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == {i: f"halaman {i}" for i in range(40)}


# --- helpers -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("https://News.Detik.com/berita/d-1/x", "news.detik.com"),
        ("http://www.kompas.com.:8080/read", "www.kompas.com"),
        ("//m.liputan6.com/read/1", "m.liputan6.com"),
        ("/relative/path", None),
        ("", None),
        (None, None),
        ("http://[::1", None),
    ],
)
def test_host_of(url, host):
    assert host_of(url) == host


def test_text_of_folds_white_space():
    doc = load(b"<p>  satu\n\n dua\t<b>tiga</b>  </p>")
    assert text_of(doc.find(".//p")) == "satu dua tiga"
    assert text_of(None) == ""


def test_string_of_is_the_text_content_xpath_gives():
    # string_of reads the text nodes through libxml2's serialiser, not an XPath call: the same string as
    # text_content() (XPath's string()), entities decoded, the element's own tail left out, a script's
    # text in, nested inline and block children in document order.
    doc = load(
        b"<div id=a> Satu &amp; <b>dua<i> tiga</i></b>\n<p>empat&nbsp;lima</p><script>x=1</script>"
        b"<br>enam</div>ekor<span id=e></span>"
    )
    for el in doc.iter():
        assert string_of(el) == el.text_content()
    assert string_of(doc.get_element_by_id("a")) == " Satu & dua tiga\nempat\xa0limax=1enam"
    assert string_of(doc.get_element_by_id("e")) == ""


def _serialized_text(node: lxml.etree._Element) -> str:
    return lxml.etree.tostring(node, method="text", encoding=str, with_tail=False)


_SOME_PAGES = sorted((pathlib.Path(__file__).parent / "pages").rglob("*.html"))[::3]


@pytest.mark.parametrize("path", _SOME_PAGES, ids=lambda p: p.name)
def test_string_of_a_leaf_is_the_serializers_text(path: pathlib.Path) -> None:
    # A leaf's text content is read as its .text, not through the serializer: the same string, for every
    # node of a page (its elements, leaves and not).
    for node in load(path.read_bytes()).iter():
        assert string_of(node) == _serialized_text(node)


def test_string_of_leaves_and_other_nodes_of_made_trees() -> None:
    xml = lxml.etree.fromstring(
        '<!DOCTYPE r [<!ENTITY e "ENT">]><r><a>x<![CDATA[ <y> ]]>z</a><b>&e;</b><c><!--k--></c>'
        "<d><?p q?>t</d><e/><f>  </f><g>a<h/>b</g></r>"
    )
    html = lxml.html.fragment_fromstring("<div><p>Satu &amp; dua</p><b></b><!--c--><i>x</i></div>")
    for tree in (xml, html):
        for node in tree.iter():
            assert string_of(node) == _serialized_text(node)
            if isinstance(node.tag, str):
                assert text_of(node) == " ".join(str(lxml.etree.XPath("string()")(node)).split())
    appended = lxml.html.fragment_fromstring("<p>a</p>")
    appended.text = "satu"
    lxml.etree.SubElement(appended, "br").tail = "dua"
    assert string_of(appended) == "satudua" == _serialized_text(appended)


# A page served as text/html with no charset: requests' ``response.text`` is its UTF-8 read as ISO-8859-1;
# a browser, or a UTF-8 file opened with Windows' default encoding, reads it as Windows-1252 (a byte cp1252
# leaves undefined read as its C1 control, as browsers do).
_MISREAD_PAGE = (
    "<html><head><title>Warga “Mengungsi” dari Bantaran Kali</title></head><body>"
    "<h1>Warga “Mengungsi” dari Bantaran Kali</h1><p>Kata Pak Ahmad, “air naik sejak pagi”; kafé di"
    "\u00a0tepi kali tutup… Warga pindah ke balai desa – 120 orang.</p></body></html>"
)


def _as_browsers_read_cp1252(data: bytes) -> str:
    undefined = {0x81, 0x8D, 0x8F, 0x90, 0x9D}
    return "".join(chr(b) if b in undefined else bytes([b]).decode("cp1252") for b in data)


@pytest.mark.parametrize(
    "misread",
    [
        lambda data: data.decode("latin-1"),
        _as_browsers_read_cp1252,
    ],
    ids=["latin-1", "windows-1252"],
)
def test_utf8_read_with_a_single_byte_codec_is_read_as_written(misread: object) -> None:
    data = _MISREAD_PAGE.encode("utf-8")
    text = misread(data)  # type: ignore[operator]
    assert "kafÃ©" in text  # the misreading the test is about
    read = lxml.html.tostring(load(text), encoding="unicode")
    assert read == lxml.html.tostring(load(data), encoding="unicode")


@pytest.mark.parametrize(
    "text",
    [
        _MISREAD_PAGE,  # curly quotes, an ellipsis, a dash: cp1252 encodes them, to bytes no UTF-8 reads
        "<p>Kafé “Kopi” 😀 → Bandung</p>",  # characters beyond a single-byte codec
        "<p>Ã la carte: harga Rp 50.000</p>",  # a letter of the misreading alone: no valid UTF-8 behind it
    ],
)
def test_a_str_read_right_is_left_as_it_is(text: str) -> None:
    as_is = lxml.html.document_fromstring(text).find("body").text_content()
    assert load(text).find("body").text_content() == as_is
