"""The generic extractor: finding the text container on an unknown page, and walking it into blocks."""

from __future__ import annotations

import collections
import os
import subprocess
import sys

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import beritaparse
from beritaparse.model import RemovedReason
from beritaparse.page import dom, generic
from beritaparse.page.generic import find_container
from beritaparse.page.html import load

PROSE = (
    "Pemerintah provinsi menyiapkan anggaran tambahan untuk perbaikan jalan yang rusak akibat banjir, "
    "kata kepala dinas kepada wartawan di kantornya."
)


def _page(body: str) -> lxml.html.HtmlElement:
    return load(f"<html><head><title>t</title></head><body>{body}</body></html>".encode())


def _div(html: str) -> lxml.html.HtmlElement:
    return lxml.html.fragment_fromstring(f"<div>{html}</div>")


def _texts(html: str, **kw: str) -> list[tuple[str, str | None, str]]:
    return [(c.kind, c.hint, c.text) for c in dom.candidates(_div(html), **kw)]


# --- find_container ---------------------------------------------------------------------------------


def test_the_text_beats_the_menu_and_the_link_sidebar() -> None:
    menu = "".join(f"<a href=/k{i}>Kanal {i}</a> " for i in range(30))
    sidebar = "".join(f"<li><a href=/b{i}>{PROSE[:70]}</a></li>" for i in range(8))
    doc = _page(
        f"<nav>{menu}</nav><div id=side><ul>{sidebar}</ul></div>"
        f"<div id=isi><p>{PROSE}</p><p>{PROSE}</p></div>"
    )
    assert find_container(doc).get("id") == "isi"  # type: ignore[union-attr]


def test_the_container_holds_br_separated_text_directly() -> None:
    doc = _page(f"<div id=wrap><div id=isi>{PROSE}<br><br>{PROSE}<br><br>{PROSE}</div><div>Iklan</div></div>")
    assert find_container(doc).get("id") == "isi"  # type: ignore[union-attr]


def test_a_short_story_in_lines_with_linked_read_also_lines_is_found_and_read() -> None:
    # A short story written as one element's lines between <br><br>, three "Baca:" lines of linked headlines
    # among them and tag links in its sentences: as one unit its links pass a third of its letters, and the
    # page's summary line won. Judged a line at a time, the linked lines are chrome and the rest is prose.
    headline = "Jawaban Soal SMP Kelas 7 sampai 9 di Program Belajar dari Rumah Tayangan Hari Senin Pagi"
    reads = "".join(f"<strong>Baca: <a href=/b{i}>{headline} {i}</a></strong><br><br>" for i in range(3))
    lines = [
        "Berikut ini <a href=/tag/soal>jawaban soal</a> yang ditayangkan di program belajar dari rumah.",
        "Pertanyaan tersebut merupakan soal untuk jenjang SMA sederajat di seluruh Indonesia.",
        "Untuk jenjang SMA sendiri, <a href=/tag/tvri>TVRI</a> akan menayangkan pukul 10.00 WIB.",
        "Akan ada beberapa pertanyaan yang diajukan kepada siswa selama tayangan berlangsung.",
        "Siswa diminta menuliskan jurnal harian tentang rencana dan kegiatannya sehari-hari.",
        "Contohnya dapat dilihat dari berbagai sumber dan disesuaikan dengan kegiatan masing-masing.",
        "Jawaban di atas hanya panduan, siswa dapat menjawab sesuai pemahaman masing-masing.",
    ]
    text = "<br><br>".join(lines[:2]) + "<br><br>" + reads + "<br><br>".join(lines[2:])
    menu = "".join(f"<a href=/k{i}>Kanal {i}</a> " for i in range(20))
    html = (
        f"<html><head><title>Soal</title></head><body><nav>{menu}</nav><div id=kepala>"
        f"<h1>Jawaban Soal Belajar dari Rumah</h1><div>Jawaban soal untuk SMA, Senin (4/5/2020).</div></div>"
        f"<div id=isi>{text}</div><div id=kaki>{menu}</div></body></html>"
    )
    art = beritaparse.parse(html, adapters=False)
    assert [b.text for b in art.body if b.kind == "paragraph"] == [
        "Berikut ini jawaban soal yang ditayangkan di program belajar dari rumah.",
        "Pertanyaan tersebut merupakan soal untuk jenjang SMA sederajat di seluruh Indonesia.",
        "Untuk jenjang SMA sendiri, TVRI akan menayangkan pukul 10.00 WIB.",
        "Akan ada beberapa pertanyaan yang diajukan kepada siswa selama tayangan berlangsung.",
        "Siswa diminta menuliskan jurnal harian tentang rencana dan kegiatannya sehari-hari.",
        "Contohnya dapat dilihat dari berbagai sumber dan disesuaikan dengan kegiatan masing-masing.",
        "Jawaban di atas hanya panduan, siswa dapat menjawab sesuai pemahaman masing-masing.",
    ]
    assert [r.title for r in art.related] == [f"{headline} {i}" for i in range(3)]


_PARTS = [
    f"Paragraf {n} berita: pemerintah daerah menyiapkan anggaran tambahan untuk perbaikan jalan yang rusak"
    f" akibat banjir, kata kepala dinas kepada wartawan di kantornya pada hari {n}."
    for n in range(1, 7)
]


def _split_page(second_class: str, between: str, after: str = "") -> str:
    sidebar = "".join(f"<li><a href=/b{i}>{PROSE[:70]}</a></li>" for i in range(10))
    first = "".join(f"<p>{t}</p>" for t in _PARTS[:3])
    second = "".join(f"<p>{t}</p>" for t in _PARTS[3:])
    return (
        "<html><head><title>t</title></head><body><div id=kolom><h1>Judul berita</h1>"
        f"<div class=isi>{first}</div>{between}<div class='{second_class}'>{second}</div>{after}"
        f"<div class=samping><ul>{sidebar}</ul></div></div></body></html>"
    )


@pytest.mark.parametrize(
    ("second_class", "between"),
    [
        ("isi", "<div class=x1><div>ADVERTISEMENT</div><script>g()</script></div>"),
        ("isi-2", "<div class=x1><h4>Baca Juga</h4><ul><li><a href=/a>Kabar lain</a></li></ul></div>"),
    ],
)
def test_a_text_split_around_an_ad_or_a_box_is_read_whole(second_class: str, between: str) -> None:
    # Two elements of the text side by side, an ad slot or a box of links between them; the sidebar beside
    # them in the same column stops the climb to the element holding both, so one part alone was read.
    art = beritaparse.parse(_split_page(second_class, between), adapters=False)
    assert [b.text for b in art.body if b.kind == "paragraph"] == _PARTS


def test_a_photo_in_the_second_part_of_a_split_text_is_read_once_in_its_place() -> None:
    caption = "Warga mengungsi di posko banjir. (ANTARA/Budi)"
    figure = f"<figure><img src=/f.jpg><figcaption>{caption}</figcaption></figure>"
    page = _split_page("isi", "<div class=x1><div>ADVERTISEMENT</div></div>")
    page = page.replace("<div class='isi'><p>", f"<div class='isi'>{figure}<p>", 1)
    page = page.replace("<div id=kolom>", "<article id=kolom>").replace("</div></body>", "</article></body>")
    art = beritaparse.parse(page, adapters=False)
    assert [b.text for b in art.body if b.kind == "paragraph"] == _PARTS
    assert [c.text for c in art.captions] == ["Warga mengungsi di posko banjir."]


def test_a_headed_box_of_teasers_between_the_paragraphs_does_not_make_the_text_a_list() -> None:
    # Eight linked headlines with their excerpts under "Terpopuler", in the middle of a text of six
    # paragraphs: the element holding them all was taken for a list of teasers and the article was lost.
    teasers = "".join(
        f"<div><h3><a href=/b/{i}>{title}</a></h3><p>{excerpt}</p></div>"
        for i, (title, excerpt) in enumerate(_TEASERS * 2)
    )
    text = "".join(f"<p>{t}</p>" for t in _PARTS[:3]) + f"<div><h2>Terpopuler</h2>{teasers}</div>"
    text += "".join(f"<p>{t}</p>" for t in _PARTS[3:])
    page = f"<html><body><h1>Judul</h1><div id=isi>{text}</div></body></html>"
    art = beritaparse.parse(page, adapters=False)
    assert [b.text for b in art.body if b.kind == "paragraph"] == _PARTS


_NEXT = [
    f"Kalimat {n} kabar berikutnya: harga cabai rawit di pasar tradisional melonjak menjelang hari raya, kata"
    f" para pedagang yang ditemui di pasar induk kota pada pagi hari ke-{n}."
    for n in range(1, 6)
]


@pytest.mark.parametrize("tag", ["h1", "h2"])
def test_the_next_story_an_infinite_scroll_page_holds_is_not_the_articles(tag: str) -> None:
    # A page saved from a browser after scrolling: the next story, its headline in the tag of the page's own
    # and its paragraphs, in an element of its own after the article. It is longer than the article.
    own = "".join(f"<p>{t}</p>" for t in _PARTS[:3])
    nxt = "".join(f"<p>{t}</p>" for t in _NEXT)
    page = (
        f"<html><head><title>Anggaran Jalan Rusak Ditambah - Contoh</title></head><body><div id=kolom>"
        f"<div><{tag}>Anggaran Jalan Rusak Ditambah</{tag}><div id=isi>{own}</div></div>"
        f"<div><{tag}>Harga Cabai Rawit Melonjak</{tag}><div>{nxt}</div></div></div></body></html>"
    )
    art = beritaparse.parse(page, adapters=False)
    assert art.title == "Anggaran Jalan Rusak Ditambah"
    assert art.paragraphs == tuple(_PARTS[:3])


def test_a_subheading_in_the_headlines_tag_does_not_cut_the_text() -> None:
    # An editor's subheading written as an <h1> among the text's paragraphs: the text goes on under it.
    text = "".join(f"<p>{t}</p>" for t in _PARTS[:3]) + "<h1>Jalan Provinsi</h1>"
    text += "".join(f"<p>{t}</p>" for t in _NEXT)
    page = (
        "<html><head><title>Anggaran Jalan Rusak Ditambah - Contoh</title></head><body>"
        f"<h1>Anggaran Jalan Rusak Ditambah</h1><div id=isi>{text}</div></body></html>"
    )
    art = beritaparse.parse(page, adapters=False)
    assert art.paragraphs == (*_PARTS[:3], *_NEXT)


def test_a_writers_blurb_after_the_text_does_not_join_it() -> None:
    # Two sentences of prose after the text (a writer's or a site's box, no class that says so), a fifth of
    # the text's length: no part of the text, under the letters a part of a split text holds.
    blurb = (
        "<div class=x2><p>Rina Kartika adalah jurnalis yang meliput isu lingkungan dan pemerintahan daerah"
        " sejak 2015, dan pernah menerima penghargaan jurnalistik tingkat nasional.</p>"
        "<p>Ia kini bertugas sebagai redaktur di kanal daerah dan menulis tentang kebijakan publik serta"
        " pembangunan di kawasan timur.</p></div>"
    )
    art = beritaparse.parse(_split_page("isi", "", after=blurb), adapters=False)
    assert [b.text for b in art.body if b.kind == "paragraph"] == _PARTS
    assert "Rina Kartika" not in art.text


def test_cards_after_a_text_of_div_paragraphs_are_its_box_not_its_rival() -> None:
    # A template that writes each paragraph as a <div> (detik's; old ones a line a <div>), a box of cards of
    # other stories after the last one, inside the text's element: the text's element holds its prose in
    # paragraphs of its own, so the box counts against the elements above it, not against the text.
    cards = "".join(
        f"<div><a href=/b{i}><img src=/i{i}.jpg></a><a href=/b{i}>{PROSE[:60]} {i}</a>"
        " <span>2 jam lalu</span></div>"
        for i in range(8)
    )
    text = "".join(f"<div>{PROSE}</div><div><br></div>" for _ in range(3))
    doc = _page(
        f"<div id=kolom><div id=ringkas>{PROSE[:90]}</div><div id=isi>{text}<div><span>Baca Juga</span></div>"
        f"{cards}</div></div>"
    )
    assert find_container(doc).get("id") == "isi"  # type: ignore[union-attr]


def test_a_quote_among_the_paragraphs_is_the_texts_own_beside_a_box_of_cards() -> None:
    # A fact check quotes the claim it checks in a <blockquote> among its paragraphs (turnbackhoax.id's
    # WordPress theme); with a box of cards of other stories in the text's element, the quote is a paragraph
    # of that element, so the box is spared and the text keeps its element.
    cards = "".join(
        f"<div><a href=/b{i}><img src=/i{i}.jpg><span>{PROSE[:60]} {i}</span></a>"
        " <span>2 jam lalu</span></div>"
        for i in range(8)
    )
    claim = f"<blockquote><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></blockquote>"
    doc = _page(
        f"<div id=kolom><div id=isi><ul><li>Faktanya, kabar itu keliru.</li></ul><p>{PROSE}</p>{claim}"
        f"<p>{PROSE}</p><p>{PROSE}</p><div><div><span>Berita Pilihan</span></div>{cards}</div></div>"
        "<div><p>Situs ini adalah arsip diskusi sebuah grup, dikelola sukarelawan.</p></div></div>"
    )
    assert find_container(doc).get("id") == "isi"  # type: ignore[union-attr]


def test_a_paragraph_of_lines_stands_alone_beside_a_bigger_box_of_other_stories() -> None:
    # Old templates write the whole text as one <p> split by <br><br>; a headed box of other stories
    # beside it, in the same element, outweighs it: the paragraph is the article, not a comment line. (The
    # element holding both is the text's too: its prose is that paragraph's, and the box is set aside
    # whole by its heading.)
    lines = "<br><br>".join([PROSE] * 4)
    teasers = "".join(f"<div><a href=/b{i}>Judul berita lain {i}</a><p>{PROSE}</p></div>" for i in range(6))
    page = (
        f"<div id=wrap><h1>Judul</h1><p id=isi>{lines}</p><div><h2>Pilihan Redaksi</h2>{teasers}</div></div>"
        f"<div id=kaki><p>Komentar adalah tanggapan pribadi pembaca, tidak mewakili redaksi kami.</p></div>"
    )
    assert find_container(_page(page)).get("id") in {"isi", "wrap"}  # type: ignore[union-attr]
    body = beritaparse.parse(f"<html><body>{page}</body></html>", adapters=False).paragraphs
    assert body == (PROSE,)  # the four lines, one text repeated, kept once


def test_a_pull_quote_beside_boxes_of_other_stories_is_no_texts_element() -> None:
    # A page whose text a script renders keeps its pull quote beside the boxes of other stories: the
    # element holding them is no text's element, and the boxes count against it.
    teasers = "".join(f"<div><h3><a href=/b{i}>Judul berita lain {i}</a></h3></div>" for i in range(6))
    doc = _page(
        f"<div id=wrap><h1>Judul</h1><div id=isi></div><blockquote>{PROSE}</blockquote>"
        f"<div><h2>Berita Lainnya</h2>{teasers}</div>"
        f"<div><h2>12 Komentar</h2><p>{PROSE}</p><p>{PROSE}</p></div></div>"
    )
    assert find_container(doc) is None


def test_a_paragraph_of_lines_with_a_short_box_beside_it_keeps_its_container() -> None:
    # Where the element around the paragraph is worth more than its chrome, it stays the container (its
    # closing credit and related links are read from it).
    lines = "<br><br>".join([PROSE] * 4)
    doc = _page(f"<div id=isi><p>{lines}</p><div><h2>Baca Juga</h2><a href=/b>Judul lain</a></div></div>")
    assert find_container(doc).get("id") == "isi"  # type: ignore[union-attr]


def test_a_news_feed_of_summaries_is_not_the_article() -> None:
    feed = "".join(
        f"<li><div><h3><a href=/n{i}>Judul {i}</a></h3><p>{PROSE}</p></div></li>" for i in range(10)
    )
    doc = _page(f"<div id=isi><p>{PROSE}</p><p>{PROSE}</p></div><ul id=feed>{feed}</ul>")
    assert find_container(doc).get("id") == "isi"  # type: ignore[union-attr]


def test_related_cue_paragraphs_count_against_a_box() -> None:
    box = "".join(f"<p>Baca juga: {PROSE}</p>" for _ in range(6))
    doc = _page(f"<div id=box>{box}</div><div id=isi><p>{PROSE}</p><p>{PROSE}</p></div>")
    assert find_container(doc).get("id") == "isi"  # type: ignore[union-attr]


def test_all_sections_of_a_sectioned_article_are_taken() -> None:
    sections = "".join(
        f"<div class=sec><h2>Bagian {i}</h2><p>{PROSE}</p><p>{PROSE}</p></div>" for i in range(3)
    )
    doc = _page(f"<div id=menu><a href=/>Beranda</a></div><div id=isi>{sections}</div>")
    assert find_container(doc).get("id") == "isi"  # type: ignore[union-attr]


def test_hidden_links_and_caption_text_do_not_make_a_container() -> None:
    links = "".join(f"<p><a href=/b/{i}>{PROSE}</a></p>" for i in range(3))
    doc = _page(
        f"<div id=hid style='display:none'>{links}</div>"
        f"<figure id=fig><figcaption>{PROSE} {PROSE}</figcaption></figure><div id=isi><p>{PROSE}</p></div>"
    )
    assert find_container(doc).get("id") == "isi"  # type: ignore[union-attr]


@pytest.mark.parametrize("hiding", ["mfp-hide", "modal fade", "invisible"])
def test_a_pop_up_hidden_by_its_framework_class_is_no_text(hiding: str) -> None:
    # Sign-in and sharing pop-ups a theme keeps in the page, hidden by its CSS framework's class until shown
    # (Magnific Popup's, Bootstrap's): their sentences are no part of a short text beside them.
    popup = (
        f"<div class='white-popup-block {hiding}'><p>Kami telah mengirimkan link aktivasi melalui email ke"
        " alamat yang Anda daftarkan, silakan periksa kotak masuk Anda.</p><p>Apakah Anda yakin akan"
        " menghapus berita ini dari daftar bacaan yang sudah Anda simpan sebelumnya?</p></div>"
    )
    page = f"<html><body>{popup}<div id=isi><p>{PROSE}</p></div></body></html>"
    art = beritaparse.parse(page, adapters=False)
    assert art.paragraphs == (PROSE,)


_SIGN_UP = (
    "<div class=k1><h3>Satu Akun, Untuk Semua Akses</h3><form><input type=email name=e>"
    "<input type=PASSWORD name=p><button>Daftar</button></form><div class=k2><p>Kami telah mengirimkan link"
    " aktivasi melalui email ke alamat yang Anda daftarkan, silakan periksa kotak masuk Anda.</p><p>Klik link"
    " aktivasi dan dapatkan akses membaca dua artikel gratis setiap bulan di situs kami.</p></div></div>"
)


def test_a_sign_up_dialog_of_unknown_class_is_no_text() -> None:
    # A template's sign-up dialogs at the page's top level, hidden by a class of its own stylesheet (here an
    # unknown name): their messages, more prose than a paywalled story's two paragraphs, are not its text.
    text = f"<p>{PROSE}</p><p>{PROSE.upper()}</p>"
    page = f"<html><body>{_SIGN_UP * 3}<main><h1>Judul</h1><div class=k3>{text}</div></main></body></html>"
    assert beritaparse.parse(page, adapters=False).paragraphs == (PROSE, PROSE.upper())


@pytest.mark.parametrize("where", ["wrapper", "text", "h2"])
def test_a_password_field_beside_the_headline_or_in_the_text_keeps_the_text(where: str) -> None:
    # The box holding the headline (any <h1>, or the element showing the page's title) is the page's (a
    # wrapper of the whole page) or the article's own (a paywall's sign-in prompt after its first
    # paragraphs): its text is still the article's.
    prompt = "<div class=k4><form><input type=password name=p><button>Masuk</button></form></div>"
    text = f"<p>{PROSE}</p><p>{PROSE.upper()}</p>"
    head = "<h2>Jalan Rusak Diperbaiki</h2>" if where == "h2" else "<h1>Judul</h1>"
    inner = f"{head}<div class=k3>{text}{prompt}</div>"
    page = f"<html><head><title>Jalan Rusak Diperbaiki</title></head><body><div class=k0>{inner}</div>"
    page += f"{_SIGN_UP if where == 'text' else ''}</body></html>"
    doc = load(page.encode())
    headline = doc.find(f".//{'h2' if where == 'h2' else 'h1'}")
    found = generic.find(doc, title="Jalan Rusak Diperbaiki", headline=headline)
    assert found.container is not None
    assert found.container.get("class") == "k3"
    assert beritaparse.parse(page, adapters=False).paragraphs == (PROSE, PROSE.upper())


def test_hidden_later_pages_belong_to_the_container() -> None:
    doc = _page(
        f"<div id=menu><a href=/>Beranda</a></div><div id=isi><div id=p1><p>{PROSE}</p><p>{PROSE}</p></div>"
        f"<div id=p2 style='display:none'><p>{PROSE}</p><p>{PROSE}</p></div></div>"
    )
    assert find_container(doc).get("id") == "isi"  # type: ignore[union-attr]


def test_comments_and_other_stories_stop_the_climb_from_the_text() -> None:
    others = "".join(f"<div class=item><p>{PROSE}</p></div>" for _ in range(3))
    doc = _page(
        f"<div id=wrap><div id=isi><p>{PROSE}</p><p>{PROSE}</p></div>"
        f"<div class='box-related'>{others}</div><div id=comments><p>{PROSE}</p></div></div>"
    )
    assert find_container(doc).get("id") == "isi"  # type: ignore[union-attr]


def test_text_beside_an_image_is_its_caption_not_prose() -> None:
    doc = _page(
        f"<div id=wrap><div class=photo><img src=a.jpg>{PROSE}</div>"
        f"<div id=isi><p>{PROSE}</p><p>{PROSE}</p></div></div>"
    )
    assert find_container(doc).get("id") == "isi"  # type: ignore[union-attr]


def test_the_credit_after_a_figure_of_the_picture_alone_is_its_caption() -> None:
    # IDN Media's templates set each picture's credit in a <span> after its <figure>.
    html = (
        f"<h2>1. Alpukat</h2><div><figure><img src=a.jpg></figure><span>Unsplash/Wesual Click</span></div>"
        f"<p>{PROSE}</p>"
    )
    assert _texts(html) == [
        ("heading", None, "1. Alpukat"),
        ("paragraph", "caption", "Unsplash/Wesual Click"),
        ("paragraph", None, PROSE),
    ]
    # After a figure with its own caption, the next line is the text's.
    captioned = html.replace("</figure>", "<figcaption>Alpukat matang.</figcaption></figure>")
    assert ("paragraph", None, "Unsplash/Wesual Click") in _texts(captioned)


_SENTENCES = st.sampled_from(
    [
        PROSE,
        "Warga yang terdampak banjir mulai kembali ke rumah masing-masing setelah air surut pada Senin pagi.",
        "Pemerintah daerah menyalurkan bantuan berupa beras, air bersih dan obat kepada para pengungsi.",
        "Menurut dia, perbaikan tanggul ditargetkan selesai sebelum musim hujan tiba pada akhir tahun ini.",
    ]
)
_CHROME = st.sampled_from(
    [
        "<nav>" + " ".join(f"<a href=/k{i}>Kanal {i}</a>" for i in range(12)) + "</nav>",
        "<ul class=populer>"
        + "".join(f"<li><a href=/p{i}>{PROSE[:60]}</a></li>" for i in range(5))
        + "</ul>",
        "<div class=iklan><a href=/ad><img src=ad.jpg></a></div>",
        "<footer><p>Copyright 2024 Contoh Media. All rights reserved.</p><a href=/about>Tentang</a></footer>",
        "<div class=komentar><p>" + PROSE + "</p></div>",
    ]
)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(_SENTENCES, min_size=2, max_size=8),
    st.lists(_CHROME, max_size=4),
    st.lists(_CHROME, max_size=4),
)
def test_the_article_is_found_whatever_chrome_surrounds_it(
    paragraphs: list[str], before: list[str], after: list[str]
) -> None:
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    doc = _page(f"<div id=page>{''.join(before)}<div id=isi>{text}</div>{''.join(after)}</div>")
    assert find_container(doc).get("id") == "isi"  # type: ignore[union-attr]


def test_a_page_without_prose_has_no_container() -> None:
    assert find_container(_page("<div><a href=/a>Beranda</a> <a href=/b>Nasional</a></div>")) is None


_NAME_WORDS = "caption Keterangan COMMENTS comment related terkait populer popular gdpr re com"
_NAME_PARTS = st.sampled_from(_NAME_WORDS.split())


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_NAME_PARTS, st.text("abcdeimnoprst-_ 1ſK", max_size=8)), max_size=6))
def test_class_names_are_read_as_the_word_pattern_reads_them(parts: list[str]) -> None:
    """The tree of lower-case words that answers ASCII class and id names gives what the case-folding
    alternation gives: the kind of the word that the search finds first."""
    names = "".join(parts)
    m = generic._NAMED.search(names)
    expected = generic._FREE if m is None else generic._ASIDE if m.lastgroup == "aside" else generic._SKIPPED
    assert generic._named.__wrapped__(names) == expected


# --- dom.walk ---------------------------------------------------------------------------------------


def test_br_runs_split_paragraphs_and_white_space_is_folded() -> None:
    assert _texts("Satu  dua.<br><br>\n Tiga\u00a0empat. <br> Lima.") == [
        ("paragraph", None, "Satu dua."),
        ("paragraph", None, "Tiga empat."),
        ("paragraph", None, "Lima."),
    ]


def test_block_kinds_from_markup() -> None:
    got = _texts(
        "<h1>Judul</h1><h3>Sub</h3><blockquote><p>Kutipan.</p></blockquote><ul><li>a</li><li>b</li></ul>"
    )
    assert got == [
        ("paragraph", "title", "Judul"),
        ("heading", None, "Sub"),
        ("quote", None, "Kutipan."),
        ("list", None, "a\nb"),
    ]


def test_a_box_of_tag_links_is_tags_without_a_class_to_say_so() -> None:
    box = (
        "<div><a href='https://kabar.example/tag/banjir/'>banjir</a>, "
        "<a href='/tag/banjir-bandang'>banjir\n bandang</a> | <a href='/topic/bekasi'>Bekasi</a></div>"
    )
    got = [(c.hint, c.parts) for c in dom.candidates(_div(f"<p>{PROSE}</p>{box}"))]
    assert got == [(None, ()), ("tags", ("banjir", "banjir bandang", "Bekasi"))]


def test_links_to_other_pages_or_with_words_between_are_no_tag_box() -> None:
    stories = "<div><a href='/read/2024/1/satu'>Satu</a> <a href='/read/2024/1/dua'>Dua</a></div>"
    worded = "<div><a href='/tag/banjir'>banjir</a> dan <a href='/tag/bekasi'>bekasi</a></div>"
    one = "<div><a href='/tag/banjir'>banjir</a></div>"
    for html in (stories, worded, one):
        assert [c.hint for c in dom.candidates(_div(html))] == [None], html


def test_the_tag_box_after_the_text_gives_the_articles_tags_and_a_bar_above_it_gives_none() -> None:
    def page(*, bar: str = "", box: str = "") -> bytes:
        return (
            "<html><body><h1>Banjir di Bekasi</h1><div>"
            f"{bar}<p>{PROSE}</p><p>{PROSE} Lagi.</p><p>{PROSE} Lalu.</p>{box}</div></body></html>"
        ).encode()

    links = "<div><a href='/tag/banjir'>banjir</a> <a href='/tag/bekasi'>bekasi</a></div>"
    after = beritaparse.parse(page(box=links), adapters=False)
    assert after.tags == ("banjir", "bekasi")
    text = [PROSE, f"{PROSE} Lagi.", f"{PROSE} Lalu."]
    assert [b.text for b in after.body] == text
    assert [r.reason for r in after.removed] == [RemovedReason.TAGS]
    above = beritaparse.parse(page(bar=links), adapters=False)
    assert above.tags == ()
    assert [b.text for b in above.body] == text


def test_a_wholly_bold_paragraph_is_emphasis_but_a_partly_bold_one_is_not() -> None:
    got = _texts("<p><strong>Data <em>dan</em> Fakta</strong></p><p><b>JAKARTA</b> - Isi.</p>")
    assert [h for _, h, _ in got] == ["emphasis", None]


def test_caption_with_separate_credit_element() -> None:
    [c] = dom.candidates(
        _div(
            "<figure><img src=a.jpg alt='alt'><figcaption>Warga antre "
            "<span class='photo__author'>ANTARA/Budi</span></figcaption></figure>"
        )
    )
    assert (c.hint, c.text, c.credit) == ("caption", "Warga antre", "ANTARA/Budi")


@pytest.mark.parametrize("stamp", ["27 Oktober 2017", "Jumat, 27/10/2017 13:25 WIB"])
def test_a_date_stamp_set_in_a_slides_caption_is_no_caption_text(stamp: str) -> None:
    # A gallery's slide shows the day it was posted under its description (Tempo's photo pages).
    [c] = dom.candidates(
        _div(
            "<figure><img src=a.jpg><figcaption><a href=a.jpg><h2>Warga antre di Jakarta, 26 Oktober 2017."
            f"</h2><span class=time>{stamp}</span></a></figcaption></figure>"
        )
    )
    assert (c.hint, c.text) == ("caption", "Warga antre di Jakarta, 26 Oktober 2017.")


def test_words_set_apart_in_a_caption_stay_caption_text_though_they_hold_a_date() -> None:
    [c] = dom.candidates(
        _div("<figure><img src=a.jpg><figcaption>Warga antre <span>sejak 27 Oktober 2017 pagi</span>"
             "</figcaption></figure>")
    )
    assert c.text == "Warga antre sejak 27 Oktober 2017 pagi"


def test_hidden_blocks_are_marked_not_dropped() -> None:
    got = _texts("<p>Isi.</p><span style='display: none'>Baca juga: Lain</span><p hidden>X</p>")
    assert got == [
        ("paragraph", None, "Isi."),
        ("paragraph", "hidden", "Baca juga: Lain"),
        ("paragraph", "hidden", "X"),
    ]


def test_a_block_that_is_one_link_carries_its_absolute_url() -> None:
    cands = dom.candidates(
        _div(
            "<p>Baca juga: <a href='/read/1/judul-lain'>Judul Berita Lain yang Panjang</a></p>"
            "<p>Isi <a href='/tag/x'>tag</a> berita yang panjang sekali di sini.</p>"
        ),
        base_url="https://news.example.id/read/2/ini",
    )
    assert [c.url for c in cands] == ["https://news.example.id/read/1/judul-lain", None]


def test_scripts_styles_and_chrome_are_dropped_and_text_bearing_chrome_is_recorded() -> None:
    walked = dom.walk(
        _div(
            "<p>Isi.</p><script>var x = 'Baca';</script><style>p{}</style>"
            "<div class='share-bar'>Bagikan <script>track()</script></div><div id='div-gpt-ad-1'>Iklan</div>"
            "<blockquote class='twitter-tweet'>cuitan</blockquote><iframe></iframe>"
        )
    )
    assert [c.text for c in walked.candidates] == ["Isi."]
    assert [(r.reason, r.text) for r in walked.dropped] == [
        (RemovedReason.SHARE, "Bagikan"),
        (RemovedReason.ADVERTISEMENT, "Iklan"),
        (RemovedReason.MEDIA, "cuitan"),
    ]


@pytest.mark.parametrize(
    "quote",
    [
        # A tweet: its text, then the signature linking to the post.
        "<blockquote class='k1'><p>Banjir merendam jalan di depan pasar.</p>&mdash; TMC Kota (@TMCKota)"
        " <a href='https://twitter.com/TMCKota/status/17'>May 13, 2024</a></blockquote>",
        # An Instagram post: the permalink on the post's own lines.
        "<blockquote class='k2'><a href='https://www.instagram.com/p/C6x/'>Lihat postingan ini di"
        " Instagram</a><p><a href='https://www.instagram.com/p/C6x/'>Sebuah kiriman dibagikan oleh Humas"
        " (@humas)</a></p></blockquote>",
        # A TikTok video: the post's address in the blockquote's cite.
        "<blockquote class='k3' cite='https://www.tiktok.com/@warga/video/71'><section>"
        "<a href='https://www.tiktok.com/@warga'>@warga</a> Detik-detik air masuk ke rumah"
        "</section></blockquote>",
    ],
)
def test_an_embedded_post_is_media_whatever_its_class(quote: str) -> None:
    walked = dom.walk(_div(f"<p>Isi berita.</p>{quote}<p>Lanjutan berita.</p>"))
    assert [c.text for c in walked.candidates] == ["Isi berita.", "Lanjutan berita."]
    assert [r.reason for r in walked.dropped] == [RemovedReason.MEDIA]


def test_an_embedded_posts_signature_shown_again_alone_leaves_the_paragraph_above_it() -> None:
    # A read-page's break cut the embed: its signature stands again in a paragraph of the text's, under a
    # paragraph of the text, which is no post's words.
    signature = "&mdash; TMC Kota (@TMCKota) <a href='https://twitter.com/TMCKota/status/17'>May 13, 2024</a>"
    quote = f"<blockquote class='twitter-tweet'><p>Banjir merendam jalan.</p>{signature}</blockquote>"
    page = f"<p>Isi berita.</p>{quote}<p>Lanjutan berita yang panjang.</p><p>{signature}</p><p>Penutup.</p>"
    walked = dom.walk(_div(page))
    assert [c.text for c in walked.candidates] == ["Isi berita.", "Lanjutan berita yang panjang.", "Penutup."]
    assert [r.reason for r in walked.dropped] == [RemovedReason.MEDIA, RemovedReason.MEDIA]


def test_a_posts_signature_in_a_paragraph_of_its_own_is_read_by_the_rules() -> None:
    # No embed above names the post: the signature is a candidate, which the block rules read with the
    # post's words above it.
    signature = "&mdash; TMC Kota (@TMCKota) <a href='https://twitter.com/TMCKota/status/17'>May 13, 2024</a>"
    walked = dom.walk(_div(f"<p>Isi berita.</p><p>Banjir di pasar.</p><p>{signature}</p>"))
    assert [c.text for c in walked.candidates][-1] == "— TMC Kota (@TMCKota) May 13, 2024"


@pytest.mark.parametrize(
    "player",
    [
        # Video.js, as a saved page holds it once its script has run.
        "<div class='video-js vjs-paused'><video class='vjs-tech' src='/v.mp4'></video>"
        "<div class='vjs-control-bar'><div class='vjs-current-time'><span class='vjs-control-text'>Current"
        " Time</span> 0:00</div><div class='vjs-remaining-time'>Remaining Time -0:00</div></div>"
        "<div class='vjs-modal-dialog'><p class='vjs-control-text'>Beginning of dialog window. Escape will"
        " cancel and close the window.</p></div></div>",
        # WordPress's own player (MediaElement.js).
        "<div class='wp-video'><div class='mejs-container'><div class='mejs-inner'>"
        "<div class='mejs-mediaelement'><video src='/v.mp4'></video></div><div class='mejs-controls'>"
        "<span class='mejs-offscreen'>Use Up/Down Arrow keys to increase or decrease volume.</span>"
        "<span class='mejs-currenttime'>00:00</span></div></div></div></div>",
    ],
)
def test_a_video_players_labels_are_media(player: str) -> None:
    walked = dom.walk(_div(f"<p>Isi berita.</p>{player}<p>Lanjutan berita.</p>"))
    assert [c.text for c in walked.candidates] == ["Isi berita.", "Lanjutan berita."]
    assert {r.reason for r in walked.dropped} == {RemovedReason.MEDIA}


def test_a_quote_linking_to_a_profile_is_text() -> None:
    quote = (
        "<blockquote><p>Kami akan menambah pasokan beras bulan depan, tulis menteri di akun"
        " <a href='https://twitter.com/menteri'>@menteri</a>.</p></blockquote>"
    )
    walked = dom.walk(_div(f"<p>Isi berita.</p>{quote}"))
    assert len(walked.candidates) == 2
    assert not walked.dropped


def test_a_list_of_story_links_is_related_not_prose() -> None:
    got = dom.candidates(
        _div(
            "<ul><li><a href=/a>Banjir Rob Melanda Pesisir Utara</a></li>"
            "<li><a href='#'>Warga Mengungsi ke Balai Desa</a></li></ul>"
        )
    )
    assert [(c.hint, c.text, c.url) for c in got] == [
        ("related", "Banjir Rob Melanda Pesisir Utara", "/a"),
        ("related", "Warga Mengungsi ke Balai Desa", None),
    ]


def test_a_list_of_one_or_two_word_links_is_navigation() -> None:
    walked = dom.walk(_div("<ul><li><a href=/>home</a></li><li><a href=#>kesehatan</a></li></ul><p>Isi.</p>"))
    assert [c.text for c in walked.candidates] == ["Isi."]
    assert [(r.reason, r.text) for r in walked.dropped] == [(RemovedReason.NAVIGATION, "home kesehatan")]


def test_a_short_line_under_an_image_is_its_caption() -> None:
    got = _texts(
        "<p>Isi pertama.</p><div><img src=a.jpg></div>"
        "<div><em>Taylor Swift berdiri memberi tepuk tangan.</em></div>"
        "<p><img src=b.jpg></p><p>Bruno Mars memberi tepuk tangan. Foto: Grammy</p>"
        "<p><img src=c.jpg></p><p>Paragraf biasa sesudah gambar ditutup dengan titik.</p>"
    )
    assert [h for _, h, _ in got] == [None, "caption", "caption", None]


# A prayer's transliteration: a long line that ends no sentence, in no italics.
_PRAYER = (
    "Allohumma innii a'uudzubika minal hammi wal hazani wa a'uudzubika minal 'ajzi walkasali, wa a'uudzubika"
    " minal jubni wa bukhli"
)


def test_a_long_line_after_a_pictures_own_paragraph_is_the_texts() -> None:
    # Brilio: an uncaptioned photo in a <p> of its own, then the text goes on with a line that ends no
    # sentence. A caption written as a paragraph of its own is a line, a credit or a label.
    got = _texts(f"<p>{PROSE}</p><p><img src=a.jpg alt=''></p><p>{_PRAYER}</p><p>Artinya: ...</p>")
    assert got[1] == ("paragraph", None, _PRAYER)


@pytest.mark.parametrize(
    "html",
    [
        # The credit line after the picture's own paragraph.
        "<p><img src=a.jpg></p><p>Shutterstock/Nama Fotografer</p>",
        # The long line in the picture's own box.
        f"<div><img src=a.jpg>{_PRAYER}</div>",
        # The long line after a picture in a box, not in a paragraph of its own.
        f"<div><img src=a.jpg></div><div>{_PRAYER}</div>",
    ],
)
def test_a_line_under_a_picture_stays_its_caption(html: str) -> None:
    got = _texts(f"<p>{PROSE}</p>{html}")
    assert [hint for _, hint, _ in got] == [None, "caption"]


def test_a_sentence_sharing_its_box_with_a_picture_alone_is_its_caption() -> None:
    # Okezone's lead photo: <div><img><div>Sentence.</div></div>, no figure markup, no caption class.
    got = _texts(f"<div><img src=a.jpg><div>Vivo V60 resmi meluncur di Indonesia.</div></div><p>{PROSE}</p>")
    assert got == [
        ("paragraph", "caption", "Vivo V60 resmi meluncur di Indonesia."),
        ("paragraph", None, PROSE),
    ]
    # A box that holds more than the picture and one element, or the text after it outside the box, is text.
    got = _texts(f"<div><img src=a.jpg><div>Paragraf pertama teks.</div><p>{PROSE}</p></div>")
    assert [h for _, h, _ in got] == [None, None]
    got = _texts(f"<div><img src=a.jpg><div>{PROSE} {PROSE}</div></div>")
    assert [h for _, h, _ in got] == [None]
    # A writer's name beside the avatar says who, not what the picture shows.
    walked = dom.walk(
        _div(f"<div><img src=a.jpg><div><a href=/p/s>Sandy Mahaputra</a></div></div><p>{PROSE}</p>")
    )
    assert [c.hint for c in walked.candidates] == [None, None]


def test_link_lines_under_a_bare_cue_are_related_and_the_cue_is_removed() -> None:
    walked = dom.walk(
        _div(
            "<p>Isi.</p><h2>JANGAN LEWATKAN!!!</h2><a href=/a>Berita A</a><br>"
            "<a href=/b>Berita B</a><br><p>(kpl/sry)</p>"
        )
    )
    assert [(c.hint, c.text) for c in walked.candidates] == [
        (None, "Isi."),
        ("related", "Berita A"),
        ("related", "Berita B"),
        (None, "(kpl/sry)"),
    ]
    assert [(r.reason, r.text) for r in walked.dropped] == [(RemovedReason.RELATED, "JANGAN LEWATKAN!!!")]


def test_a_table_row_reads_as_one_line() -> None:
    got = _texts(
        "<table><tr><td>Penulis</td><td>: Nabilla</td></tr><tr><td>Editor</td><td>: Bayu</td></tr></table>"
    )
    assert got == [("paragraph", None, "Penulis : Nabilla"), ("paragraph", None, "Editor : Bayu")]


def test_tag_boxes_give_their_links_but_inline_tag_links_are_text() -> None:
    # A box its class names a tag box, of links to tag pages, is read as the article's tags (the rules
    # keep them when it follows the text); a tag link inside a sentence is a word of the sentence.
    walked = dom.walk(
        _div(
            "<p>Menteri <a class='inner-link-tag' href=/tag/x>Budi Karya</a> datang.</p>"
            "<div class='detail__body-tag'><a href=/tag/a>jokowi</a> <a href=/tag/b>beras</a></div>"
        )
    )
    assert [(c.text, c.hint, c.parts) for c in walked.candidates] == [
        ("Menteri Budi Karya datang.", None, ()),
        ("jokowi beras", "tags", ("jokowi", "beras")),
    ]
    assert walked.dropped == ()


def test_a_tag_class_box_of_other_links_is_dropped() -> None:
    walked = dom.walk(_div("<p>Isi.</p><div class='tags'><a href=/a>Beranda</a> <a href=/b>Kanal</a></div>"))
    assert [c.text for c in walked.candidates] == ["Isi."]
    assert [(r.reason, r.text) for r in walked.dropped] == [(RemovedReason.TAGS, "Beranda Kanal")]


def test_a_tag_class_box_holding_the_headline_is_the_template_not_a_tag_box() -> None:
    # Liputan6's mobile photo page names its whole template "js-photo-tag": its breadcrumb and byline links,
    # the headline, the standfirst and the slider. Inside a container (a page whose text element is a cell
    # of an old table layout) it is read as any box is.
    walked = dom.walk(
        _div(
            "<div class='js-photo-tag'><a href=/>Home</a> <a href=/global>Global</a><h1>Judul Foto</h1>"
            f"<a href=/me/nama>Nama Penulis</a><div class='short-desc'>{PROSE}</div></div>"
        )
    )
    assert PROSE in [c.text for c in walked.candidates]
    assert RemovedReason.TAGS not in [r.reason for r in walked.dropped]


def test_read_more_controls_are_paging() -> None:
    walked = dom.walk(
        _div("<p>Isi.</p><div class='article-content-body__load-more'>Lanjutkan Membaca ↓</div>")
    )
    assert [c.text for c in walked.candidates] == ["Isi."]
    assert [(r.reason, r.text) for r in walked.dropped] == [(RemovedReason.PAGING, "Lanjutkan Membaca ↓")]


def test_a_dateline_set_apart_by_markup_is_joined_to_its_paragraph() -> None:
    got = _texts("<strong>Jakarta</strong> - <p>Presiden meninjau pasar.</p><p>Kedua.</p>")
    assert got == [("paragraph", None, "Jakarta - Presiden meninjau pasar."), ("paragraph", None, "Kedua.")]


_WORDS = st.sampled_from(["satu", "dua", "tiga", "empat", "lima", "enam"])


@st.composite
def _markup(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        choice = draw(st.integers(0, 5 if depth < 3 else 1))
        if choice == 0:
            parts.append(" ".join(draw(st.lists(_WORDS, min_size=1, max_size=4))))
        elif choice == 1:
            parts.append("<br>")
        else:
            tag = ["p", "div", "span", "b", "em", "a href=/x"][choice]
            inner = draw(_markup(depth + 1))
            parts.append(f"<{tag}>{inner}</{tag.split()[0]}>")
    return " ".join(parts)


@settings(max_examples=150, deadline=None)
@given(_markup())
def test_walking_loses_and_repeats_no_word(markup: str) -> None:
    container = _div(markup)
    words = collections.Counter(container.text_content().split())
    walked = dom.walk(container)
    got = collections.Counter(w for c in walked.candidates for w in c.text.split())
    assert got == words
    for c in walked.candidates:
        assert c.text == " ".join(c.text.split())
        assert c.text


# --- parse() -----------------------------------------------------------------------------------------


def test_parse_without_adapters_uses_no_outlet_knowledge() -> None:
    page = (
        "<html><body><div class=detail__body-text>"
        "<p>Isi pertama berita ini cukup panjang untuk dibaca orang.</p>"
        "<p>Isi kedua berita ini juga cukup panjang untuk dibaca orang.</p></div>"
        "<div class=nav><a href=/>Beranda</a></div></body></html>"
    )
    with_adapter = beritaparse.parse(page, url="https://news.detik.com/berita/d-1/x")
    alone = beritaparse.parse(page, url="https://news.detik.com/berita/d-1/x", adapters=False)
    assert with_adapter.paragraphs == alone.paragraphs
    assert len(alone.paragraphs) == 2


def test_a_redesign_the_adapter_does_not_fit_falls_back_to_the_generic_extractor() -> None:
    # The adapter's body XPath still matches, but only a teaser: the real text is elsewhere.
    page = (
        "<html><body><div class=detail__body-text><p>Teaser singkat.</p></div>"
        f"<main class=new-article-body><p>{PROSE}</p><p>{PROSE[:70]}</p></main></body></html>"
    )
    art = beritaparse.parse(page, url="https://news.detik.com/berita/d-1/x")
    assert art.outlet == "detik"
    assert art.paragraphs == (PROSE, PROSE[:70])


def test_removed_accounts_for_dropped_chrome_in_the_container() -> None:
    page = (
        f"<html><body><div id=isi><p>{PROSE}</p><div class=social-share>Bagikan artikel</div>"
        f"<p>Baca juga: Banjir Rob di Pesisir</p><p>{PROSE[:60]}</p></div></body></html>"
    )
    art = beritaparse.parse(page)
    reasons = {(r.reason, r.text) for r in art.removed}
    assert (RemovedReason.SHARE, "Bagikan artikel") in reasons
    assert [r.title for r in art.related] == ["Banjir Rob di Pesisir"]
    assert art.paragraphs == (PROSE, PROSE[:60])


@pytest.mark.parametrize("page", ["<html><body><div><a href=/>Beranda</a></div></body></html>", "<p>   </p>"])
def test_a_page_without_article_text_raises(page: str) -> None:
    with pytest.raises(beritaparse.NoArticleError):
        beritaparse.parse(page)


def test_publication_stamps_in_the_container_are_not_body() -> None:
    page = (
        f"<html><body><div id=isi><div>Senin, 13 Mei 2024 13:24 WIB</div><p>{PROSE}</p>"
        "<p>Warga berkumpul pada Senin (13/5) pagi.</p></div></body></html>"
    )
    art = beritaparse.parse(page)
    assert art.paragraphs == (PROSE, "Warga berkumpul pada Senin (13/5) pagi.")
    assert (RemovedReason.BYLINE, "Senin, 13 Mei 2024 13:24 WIB") in {(r.reason, r.text) for r in art.removed}


def test_a_dated_list_inside_the_text_is_text_and_an_updates_stamp_is_not() -> None:
    results = ["07/04/2025 - Indonesia 4-1 Yaman", "29/03/2025 - Indonesia 0-2 Iran"]
    stamp = "Senin, 14 April 2025 21:05 WIB"
    page = (
        f"<html><body><div id=isi><p>{PROSE}</p><h3>5 Pertandingan Terakhir:</h3>"
        + "".join(f"<p>{r}</p>" for r in results)
        + f"<p>{stamp}</p><p>Pelatih mengumumkan daftar pemain untuk laga berikutnya.</p></div></body></html>"
    )
    art = beritaparse.parse(page)
    assert [b.text for b in art.body if b.kind == "paragraph"][1:3] == results
    assert (RemovedReason.BYLINE, stamp) in {(r.reason, r.text) for r in art.removed}


def test_a_pull_quote_repeating_the_text_is_removed_but_a_real_quote_stays() -> None:
    page = (
        "<html><body><div id=isi>"
        "<blockquote>... menyiapkan anggaran tambahan untuk perbaikan jalan ...</blockquote>"
        f"<p>{PROSE}</p><blockquote>Kami akan bekerja keras untuk warga kota ini.</blockquote>"
        "</div></body></html>"
    )
    art = beritaparse.parse(page)
    assert [b.text for b in art.body] == [PROSE, "Kami akan bekerja keras untuk warga kota ini."]
    assert [r.reason for r in art.removed if r.text.startswith("...")] == [RemovedReason.DUPLICATE]


_SPOKEN = (
    "Ia mengaku belajar berkata tidak. It's okay to cut some people in your life. Kamu harus mengontrol"
    " itu, jangan biarkan orang mengontrol kamu! Because you are the main character of your life!"
)
_PULLED = "It's okay to cut some people in your life. Because you are the main character of your life!"


@pytest.mark.parametrize(
    ("quote", "pulled"),
    [
        # A magazine's pull quote joins two sentences its paragraph has apart (unseen/ir-bazaar-magazine-1).
        (f"\u201d{_PULLED}\u201d", True),
        # One of its sentences is not in the text: a quote of its own.
        ("It's okay to cut some people in your life. Nobody else will live it for you, after all.", False),
    ],
)
def test_a_pull_quote_of_sentences_the_text_has_apart_is_removed(quote: str, pulled: bool) -> None:
    page = (
        f"<html><body><div id=isi><p>{PROSE}</p><p>{_SPOKEN}</p>"
        f"<blockquote>{quote}</blockquote></div></body></html>"
    )
    art = beritaparse.parse(page)
    assert (quote in [b.text for b in art.body]) is not pulled
    assert ((RemovedReason.DUPLICATE, quote) in {(r.reason, r.text) for r in art.removed}) is pulled


def test_parse_rejects_what_is_not_a_page() -> None:
    with pytest.raises(beritaparse.InputTypeError):
        beritaparse.parse(12)
    with pytest.raises(beritaparse.EmptyInputError):
        beritaparse.parse(b"   ")
    with pytest.raises(beritaparse.InputTooLargeError):
        beritaparse.parse(b"<p>" + b"x" * 200 + b"</p>", max_bytes=100)


def test_a_callers_tree_nested_too_deep_to_walk_is_malformed_not_a_crash() -> None:
    root = lxml.html.document_fromstring(
        f"<html><body><div id=isi><p>{PROSE}</p><p>{PROSE[:80]}</p></div></body></html>"
    )
    node = root.get_element_by_id("isi")
    for _ in range(3000):
        child = node.makeelement("span", {})
        node.append(child)
        node = child
    node.text = "dalam"
    with pytest.raises(beritaparse.MalformedHTMLError):
        beritaparse.parse(root)


def test_invisible_characters_in_a_page_do_not_hide_cues() -> None:
    html = (
        "<html><body><article><h1>Judul Berita Hari Ini</h1>"
        "<p>JAKARTA - Harga beras naik lagi di pasar induk pada pekan ini, kata pedagang kepada wartawan.</p>"
        '<p>Baca\u200b juga: <a href="/x">Jalan Ditutup</a></p><p>ADVERTISE\u00adMENT</p>'
        "<p>Petugas gabungan akan berjaga di sejumlah ruas jalan utama setiap malam hingga akhir bulan.</p>"
        "</article></body></html>"
    )
    art = beritaparse.parse(html, url="https://contoh.id/a")
    assert len(art.paragraphs) == 2
    assert [r.to_dict() for r in art.related] == [{"title": "Jalan Ditutup", "url": "https://contoh.id/x"}]


def test_lead_figure_above_the_text_container_is_the_article_caption() -> None:
    texts = [f"Pemerintah kota memutuskan langkah ke-{i} untuk membatasi kegiatan warga." for i in (1, 2, 3)]
    lead = "<figure><img src=/a.jpg><figcaption>Wali kota rapat. (Foto: Dok. Pemkot)</figcaption></figure>"
    other = '<figure><img src="/b.jpg"><figcaption>Foto berita lain</figcaption></figure>'
    html = (
        f"<html><body><main><article><h1>Kota Batasi Kegiatan Warga</h1>{lead}"
        f'<div class="entry-content">{"".join(f"<p>{t}</p>" for t in texts)}</div>'
        f"</article><aside>{other}</aside></main></body></html>"
    )
    art = beritaparse.parse(html, url="https://contoh.id/a", adapters=False)
    assert [c.to_dict() for c in art.captions] == [{"text": "Wali kota rapat.", "credit": "Dok. Pemkot"}]
    assert art.paragraphs == tuple(texts)


def test_a_block_naming_only_the_writer_is_the_byline() -> None:
    prose = "".join(
        f"<p>Paragraf ke-{i} menjelaskan bahwa harga beras di pasar tradisional kembali naik pekan ini.</p>"
        for i in range(1, 5)
    )
    page = (
        "<html><head><title>Harga Beras Naik - Contoh</title><script type='application/ld+json'>"
        '{"@type": "NewsArticle", "headline": "Harga Beras Naik", "author": {"name": "Budi Santoso"}}'
        f"</script></head><body><article><h1>Harga Beras Naik</h1><div>Budi Santoso</div>{prose}"
        "<p>Budi Santoso, pedagang, mengeluh.</p></article></body></html>"
    ).encode()
    art = beritaparse.parse(page, url=None, adapters=False)
    assert art.authors == ("Budi Santoso",)
    assert "Budi Santoso" not in art.paragraphs
    assert art.paragraphs[-1] == "Budi Santoso, pedagang, mengeluh."
    assert ("byline", "Budi Santoso") in [(r.reason.value, r.text) for r in art.removed]


@pytest.mark.parametrize(
    "label", ["Terpopuler", "Berita Pilihan", "Foto Terkait", "Kabar Lainnya", "Most Read"]
)
def test_cards_of_other_stories_under_a_plain_heading_are_its_box(label: str) -> None:
    # Neither the heading (a span) nor the cards (a thumbnail, a linked headline, a time) are marked up as a
    # box, and no name says so: the heading names other stories, the linked lines under it are its box.
    prose = "".join(
        f"<p>Paragraf ke-{i} menjelaskan bahwa harga beras di pasar tradisional kembali naik pekan ini.</p>"
        for i in range(1, 5)
    )
    titles = ("Bahana Targetkan Dana Kelolaan Rp 34 T", "Bayar Pajak di Mini ATM", "Harga Cabai Turun Lagi")
    cards = "".join(
        f"<div><a href='/read/{i}'><img src='/t/{i}.jpg'><span>{title}</span></a> <span>2 jam lalu</span>"
        "</div>"
        for i, title in enumerate(titles)
    )
    page = (
        f"<html><body><h1>Harga Beras Naik</h1><article>{prose}<div><div><span>{label}</span></div>{cards}"
        "</div></article></body></html>"
    )
    art = beritaparse.parse(page.encode(), url=None, adapters=False)
    assert art.paragraphs == tuple(
        f"Paragraf ke-{i} menjelaskan bahwa harga beras di pasar tradisional kembali naik pekan ini."
        for i in range(1, 5)
    )
    assert art.related == ()


_ABOUT = (
    "<div><p>Portal Berita Nusantara adalah media daring yang menyajikan informasi terkini seputar peristiwa"
    " daerah, politik, ekonomi, olahraga, hiburan dan gaya hidup masyarakat dengan mengedepankan prinsip"
    " jurnalisme yang akurat, berimbang dan terpercaya.</p><p>Redaksi menerima tulisan, opini dan rilis dari"
    " pembaca melalui surel redaksi. Setiap tulisan yang dikirim akan melalui proses penyuntingan sebelum"
    " diterbitkan oleh redaksi.</p></div>"
)


_POPUP = (
    "<div class='white-popup-block mfp-hide'><p>Kami telah mengirimkan tautan aktivasi ke alamat email yang"
    " Anda daftarkan, silakan periksa kotak masuk dan folder spam Anda sebelum mencoba lagi.</p><p>Apakah"
    " Anda yakin akan menghapus berita ini dari daftar bacaan yang sudah Anda simpan sebelumnya?</p></div>"
)


@pytest.mark.parametrize(
    ("holder", "before"),
    [
        ("article", ""),
        # A page of cards (each an <article>) whose text stands in its one <main>, hidden pop-ups of prose
        # outside it: the prose in sight is what the share is taken of.
        ("main", "<article><a href=/b/1>Kabar lain</a></article>" * 2),
    ],
)
def test_a_bare_pages_box_of_prose_beside_its_article_is_not_text(holder: str, before: str) -> None:
    # An AMP page: little chrome outside the text, so the whole page outscored the text's element once the
    # site's "about us" (no heading, no names) stood after the article, and joined the text.
    prose = "".join(
        f"<p>Paragraf ke-{i} menjelaskan bahwa harga beras di pasar tradisional kembali naik pekan ini.</p>"
        for i in range(1, 6)
    )
    page = (
        f"<html><body>{_POPUP * 3 if holder == 'main' else ''}<header><a href='/'>Contoh</a></header>{before}"
        f"<{holder}><h1>Harga Beras Naik</h1><div>{prose}</div></{holder}>{_ABOUT}</body></html>"
    )
    art = beritaparse.parse(page.encode(), url=None, adapters=False)
    assert art.paragraphs == tuple(
        f"Paragraf ke-{i} menjelaskan bahwa harga beras di pasar tradisional kembali naik pekan ini."
        for i in range(1, 6)
    )


_BIO = "Rina Kartika adalah jurnalis yang menulis soal lingkungan dan kebijakan publik sejak 2015."


@pytest.mark.parametrize(
    "box",
    [
        # Simple Author Box and Starbox: no byline word beside a box word in the names.
        "<div class='saboxplugin-wrap' itemprop='author'><div class='saboxplugin-tab'><div"
        " class='saboxplugin-gravatar'><img src='/a.jpg'></div><div class='saboxplugin-authorname'><a"
        " href='/author/rina'>Rina Kartika</a></div><div class='saboxplugin-desc'><div"
        f" itemprop='description'><p>{_BIO}</p></div></div></div></div>",
        "<div class='abh_box abh_box_down'><div class='abh_tabs'><div class='abh_about_tab abh_tab'><div"
        f" class='abh_image'><img src='/a.jpg'></div><div class='abh_text'><h4>Rina Kartika</h4><p>{_BIO}</p>"
        "</div></div></div></div>",
    ],
)
def test_an_author_box_plugins_box_is_no_text(box: str) -> None:
    prose = "".join(
        f"<p>Paragraf ke-{i} menjelaskan bahwa harga beras di pasar tradisional kembali naik pekan ini.</p>"
        for i in range(1, 5)
    )
    page = f"<html><body><h1>Harga Beras Naik</h1><article><div>{prose}{box}</div></article></body></html>"
    art = beritaparse.parse(page.encode(), url=None, adapters=False)
    assert len(art.paragraphs) == 4
    assert _BIO not in art.paragraphs


@pytest.mark.parametrize(("weight", "heading"), [("bold", True), ("700", True), ("normal", False)])
def test_a_label_made_bold_by_its_style_is_a_subheading(weight: str, heading: bool) -> None:
    prose = "".join(
        f"<p>Paragraf ke-{i} menjelaskan bahwa harga beras di pasar tradisional kembali naik pekan ini.</p>"
        for i in range(1, 4)
    )
    label = f"<p><span style='background-color: #ff8c00; font-weight: {weight}'>Kesimpulan</span></p>"
    page = f"<html><body><h1>Harga Beras Naik</h1><article>{prose}{label}{prose}</article></body></html>"
    art = beritaparse.parse(page.encode(), url=None, adapters=False)
    assert ("Kesimpulan" in art.headings) is heading


_TWO_REASONS = """
import json, sys
import beritaparse
html = (
    "<html><head><title>Harga beras naik</title></head><body><article><h1>Harga beras naik</h1>"
    + "<p>Harga beras di pasar tradisional Jakarta naik lagi pekan ini, kata para pedagang.</p>" * 4
    + "<div class='share ads'>Bagikan artikel ini ke teman Anda sekarang juga</div>"
    + "</article></body></html>"
)
art = beritaparse.parse(html)
print(json.dumps(sorted({r.reason.value for r in art.removed if "Bagikan" in r.text})))
"""


def test_an_element_named_by_two_chrome_words_gets_one_reason_whatever_the_hash_seed() -> None:
    # Class words are a set, whose order follows PYTHONHASHSEED; the reason must not.
    seen = set()
    for seed in range(6):
        env = {**os.environ, "PYTHONHASHSEED": str(seed)}
        out = subprocess.run(
            [sys.executable, "-c", _TWO_REASONS], env=env, capture_output=True, text=True, check=True
        ).stdout
        seen.add(out.strip())
    assert len(seen) == 1, seen
    assert seen.pop() != "[]"


@pytest.mark.parametrize(
    "notice",
    [
        # The template marks the notice: it goes whole, text and buttons.
        "<div class='cookie-notice'><p>Dengan melanjutkan, Anda menyetujui penggunaan data oleh kami dan"
        " mitra untuk iklan.</p><button>Oke</button></div>",
        "<div id=gdpr-banner><p>By continuing to browse, you agree to the use of data by us and our"
        " partners.</p><button>OK</button></div>",
        # Unmarked: the site speaking of its own cookies, then its buttons.
        "<div><p>Situs ini menggunakan cookies untuk analitik dan iklan. Dengan terus menggunakan situs ini,"
        " Anda menyetujuinya.</p><a href=/privasi>Kebijakan Privasi</a> <button>Saya Setuju</button></div>",
    ],
)
def test_a_consent_notice_inside_the_article_is_not_its_text(notice: str) -> None:
    paragraphs = [
        PROSE,
        "Perbaikan dimulai pekan depan di ruas jalan utama yang menghubungkan dua kecamatan di selatan kota.",
        "Warga diminta berhati-hati saat melintas karena sebagian lajur ditutup selama pengerjaan.",
    ]
    text = "".join(f"<p>{p}</p>" for p in paragraphs[:2]) + notice + f"<p>{paragraphs[2]}</p>"
    page = f"<html><head><title>Jalan Diperbaiki</title></head><body><article><h1>Jalan Diperbaiki</h1>{text}"
    art = beritaparse.parse(f"{page}</article></body></html>".encode(), url=None, adapters=False)
    assert art.paragraphs == tuple(paragraphs)


def test_the_lead_photos_caption_right_above_the_text() -> None:
    # jpnn.com: no <article>; the lead photo's caption box stands over the text, a share bar between.
    page = (
        "<html><head><title>Jalan Diperbaiki</title></head><body><div class=main><h1>Jalan Diperbaiki</h1>"
        "<img src=/f.jpg><div class=caption>Jalan rusak di Cianjur (ANTARA/Budi Santoso)</div>"
        "<div class=share><a href=/s>Bagikan</a></div>"
        f"<div class=isi><p>{PROSE}</p><p>Perbaikan dimulai pekan depan di ruas jalan utama.</p></div></div>"
        "</body></html>"
    )
    art = beritaparse.parse(page.encode(), url=None, adapters=False)
    assert [(c.text, c.credit) for c in art.captions] == [("Jalan rusak di Cianjur", "ANTARA/Budi Santoso")]
    assert art.paragraphs[0] == PROSE


# --- boxes a heading names (issue 11) -----------------------------------------------------------------
_STORY = [
    "Hujan deras yang turun sejak pagi membuat sungai di tengah kota meluap dan merendam rumah warga"
    " di tepinya.",
    "Menurut petugas, air mulai naik sekitar pukul 06.00 dan terus bertambah tinggi hingga siang hari ini.",
]
_SAID = [
    f"Semoga pemerintah cepat tanggap dan masalah seperti ini tidak terulang lagi di daerah kami, nomor {i}."
    for i in range(10)
]


def _comments(heading: str) -> str:
    items = "".join(
        f"<div class=k1><b>Pembaca {i}</b> <span>2 jam lalu</span><p>{text}</p><a href=#r{i}>Balas</a></div>"
        for i, text in enumerate(_SAID)
    )
    return f"<div class=k2><h3>{heading}</h3>{items}</div>"


@pytest.mark.parametrize("heading", ["12 Komentar", "Komentar (12)", "Comments"])
def test_a_box_headed_comments_is_no_text_whatever_its_class(heading: str) -> None:
    # Readers' comments are sentences as the article is; the box's heading says what they are.
    page = f"<h1>Banjir</h1><div class=k3><div class=k4>{''.join(f'<p>{p}</p>' for p in _STORY)}</div>"
    page += f"{_comments(heading)}</div>"
    doc = _page(page)
    assert find_container(doc).get("class") == "k4"
    art = beritaparse.parse(f"<html><body>{page}</body></html>", adapters=False)
    assert art.paragraphs == tuple(_STORY)


def test_a_comment_box_inside_the_container_is_dropped_whole() -> None:
    html = f"{''.join(f'<p>{p}</p>' for p in _STORY)}{_comments('12 Komentar')}"
    found = dom.walk(_div(html))
    assert [c.text for c in found.candidates] == _STORY
    assert {r.reason for r in found.dropped} == {RemovedReason.NOT_CONTENT}


def test_a_long_list_of_stories_under_a_related_heading_is_no_text() -> None:
    items = "".join(
        f"<div><h3><a href=/b/{i}>Judul berita lain yang cukup panjang nomor {i}</a></h3><p>{text}</p></div>"
        for i, text in enumerate(_SAID[:8])
    )
    html = f"{''.join(f'<p>{p}</p>' for p in _STORY)}<div><h2>Berita Terkait</h2>{items}</div>"
    assert [c.text for c in dom.walk(_div(html)).candidates] == _STORY


def test_a_short_related_box_in_the_text_still_gives_its_links() -> None:
    box = "<div><h4>Baca Juga</h4><p><a href=/b/1>Banjir Rob Melanda Pesisir Utara Jakarta</a></p></div>"
    page = f"<html><body><div>{'<p>' + _STORY[0] + '</p>'}{box}<p>{_STORY[1]}</p></div></body></html>"
    art = beritaparse.parse(page, adapters=False)
    assert art.paragraphs == tuple(_STORY)
    assert [r.title for r in art.related] == ["Banjir Rob Melanda Pesisir Utara Jakarta"]


def test_a_hidden_box_is_no_container_beside_a_short_text_in_sight() -> None:
    # A short item beside a hidden box that a script reads (the next story's title and address): the text
    # the reader sees is the container, however much the hidden box holds.
    hidden = (
        '<div id=next style="display: none;">'
        "<span>Lima Negara di Dunia yang Tidak Punya Bandara, Apa Saja?</span>"
        "<span>https://kabar.example/read/2023/11/02/203156726/lima-negara-di-dunia-tanpa-bandara</span>"
        "<span>https://kabar.example/data/photo/2023/11/02/6543a264dd6d6.jpg</span></div>"
    )
    side = "<div>" + " ".join(f"<a href=/k/{i}>Kanal berita nomor {i}</a>" for i in range(10)) + "</div>"
    page = f"<div id=main><h1>Banjir</h1><div id=text><p>{_STORY[0]}</p></div></div><div>{side}{hidden}</div>"
    assert beritaparse.parse(f"<html><body>{page}</body></html>", adapters=False).paragraphs == (_STORY[0],)


def test_a_text_all_hidden_is_still_found() -> None:
    text = f"<p>{_STORY[0]}</p><p>{_STORY[1]}</p>"
    doc = _page(f'<div id=main><div id=text style="display:none">{text}</div></div>')
    assert find_container(doc).get("id") == "text"


def test_a_text_hidden_until_a_script_shows_it_beats_a_prompt_in_sight() -> None:
    # The whole text hidden until a script reveals it; in sight only a prompt of a line. The hidden text is
    # the container: the reader of the page gets it once the script runs.
    text = "".join(f"<p>{t}</p>" for t in _PARTS)
    prompt = "<div id=ajak><p>Ikuti kanal kami untuk berita sesuai minat Anda setiap hari.</p></div>"
    links = "".join(f"<a href=/k{i}>Kanal {i}</a> " for i in range(20))
    hidden = f'<div id=main><div id=text style="display:none">{text}</div></div>'
    doc = _page(f"{hidden}<div>{prompt}{links}</div>")
    assert find_container(doc).get("id") in {"main", "text"}  # type: ignore[union-attr]


# --- feeds of teasers, and letters as the reader sees them (issue 11) ---------------------------------

# Each excerpt a line of some ninety letters, as a theme cuts them.
_TEASERS = [
    (
        "Pemkab Gelar Festival Kuliner Nusantara di Alun-alun",
        "Ratusan pedagang dari berbagai daerah ikut meramaikan festival yang berlangsung tiga hari.",
    ),
    (
        "Harga Cabai Rawit di Pasar Tradisional Turun",
        "Pedagang mengaku penurunan harga terjadi karena pasokan dari petani di daerah sentra melimpah.",
    ),
    (
        "Jembatan Penghubung Dua Desa Ambruk Diterjang Banjir",
        "Warga kini terpaksa memutar sejauh belasan kilometer untuk bisa sampai ke kecamatan terdekat.",
    ),
    (
        "Ribuan Peserta Ikuti Lomba Lari Tingkat Provinsi",
        "Panitia menyiapkan pos kesehatan di setiap lima kilometer untuk menjaga keselamatan pelari.",
    ),
    (
        "Dinas Pendidikan Buka Pendaftaran Sekolah Gratis",
        "Orang tua diminta menyiapkan dokumen kependudukan sebelum mendaftar secara daring di situs.",
    ),
    (
        "Petani Keluhkan Pupuk Bersubsidi yang Sulit Didapat",
        "Kelompok tani meminta pemerintah daerah mengawasi penyaluran pupuk agar tepat sasaran.",
    ),
    (
        "Polisi Amankan Dua Pelaku Pencurian Sepeda Motor",
        "Kedua pelaku ditangkap setelah rekaman kamera pengawas warga tersebar luas di media sosial.",
    ),
    (
        "Wisata Pantai Selatan Kembali Ramai Saat Libur",
        "Pengelola mencatat jumlah pengunjung naik dua kali lipat dibandingkan dengan libur tahun lalu.",
    ),
]


_LINES = [
    "Hujan deras yang turun sejak pagi membuat sungai di tengah kota meluap dan merendam rumah warga"
    " di tepinya, kata petugas.",
    "Menurut petugas, air mulai naik sekitar pukul 06.00 dan terus bertambah tinggi hingga siang hari ini"
    " di beberapa kampung.",
    "Warga yang rumahnya terendam diminta mengungsi ke balai desa yang telah disiapkan oleh pemerintah"
    " kabupaten sejak kemarin.",
    "Pemerintah provinsi menyiapkan anggaran tambahan untuk perbaikan jalan yang rusak akibat banjir, kata"
    " kepala dinas.",
]


def _strip(n: int = len(_TEASERS)) -> str:
    """An "up next" strip with no heading and no class that says so: ``n`` <article> teasers, each an image
    link, a linked headline, an excerpt and a time."""
    return "<div>" + "".join(
        f"<article><a href=/b/{i}><img src=/i/{i}.jpg></a><h3><a href=/b/{i}>{title}</a></h3>"
        f"<p>{excerpt}</p><span>2 jam lalu</span></article>"
        for i, (title, excerpt) in enumerate(_TEASERS[:n])
    ) + "</div>"


def test_an_unheaded_strip_of_teasers_inside_the_texts_element_is_set_aside() -> None:
    # The text is lines split by <br> in a <span>, the strip right after it in the same element: the
    # strip's headlines outweigh the text there, and before, one teaser won as the container.
    lines = "<br><br>".join(_LINES[:3])
    page = _page(f"<div id=isi><span>{lines}</span>{_strip()}</div><div id=kaki>Kontak kami</div>")
    art = beritaparse.parse(lxml.html.tostring(page), adapters=False)
    assert list(art.paragraphs) == _LINES[:3]
    assert not any(excerpt in art.text or title in art.text for title, excerpt in _TEASERS)


def test_a_strip_of_teasers_among_the_paragraphs_is_read_as_other_stories() -> None:
    # The text's element is the container; the walk read the strip's excerpts as text.
    paragraphs = [f"<p>{line}</p>" for line in _LINES]
    doc = _page(f"<div id=isi>{''.join(paragraphs[:3])}{_strip(5)}{paragraphs[3]}</div>")
    assert find_container(doc).get("id") == "isi"  # type: ignore[union-attr]
    art = beritaparse.parse(lxml.html.tostring(doc), adapters=False)
    assert list(art.paragraphs) == _LINES
    related = [r.text for r in art.removed if r.reason == RemovedReason.RELATED]
    assert [t for t, _ in _TEASERS[:5] if any(t in r for r in related)] == [t for t, _ in _TEASERS[:5]]


def test_the_teasers_are_found_but_an_item_headed_by_the_pages_headline_is_no_teaser() -> None:
    own = "Cerita Utama Hari Ini di Kota Besar"
    items = f"<div><h2><a href=/today/utama>{own}</a></h2><p>{PROSE}</p></div>" + "".join(
        f"<div><h2><a href=/b/{i}>{title}</a></h2><p>{excerpt}</p></div>"
        for i, (title, excerpt) in enumerate(_TEASERS[:5])
    )
    doc = _page(f"<div id=feed>{items}</div>")
    found = generic.find(doc, title=own)
    teaser_heads = sorted(t.findtext(".//a") for t in found.teasers)
    assert teaser_heads == sorted(t for t, _ in _TEASERS[:5])
    # Without the headline it is one more teaser, and nothing on the page is the article's text.
    assert len(generic.find(doc).teasers) == 6
    assert generic.find(doc).container is None
    # With it, its text is the container.
    assert found.container is not None
    assert found.container.findtext("p") == PROSE


def test_a_pretty_printed_pages_indents_weigh_nothing() -> None:
    # Paragraphs written as <div>, "Baca juga" boxes whose link text a pretty-printer broke over indented
    # lines, and a list of facts in lines: counted with their indents, the boxes outweighed the text and
    # the list won; counted as the reader sees them, the text's element is the container.
    indent = "\n" + "\t" * 12
    link = indent.join(["Judul", "berita", "lain", "yang", "terkait"])
    box = f"<div><b>Baca juga:</b> <a href=/b/1>{link}</a></div>"
    facts = "<br>".join(f"- {PROSE[:60]} nomor {i}." for i in range(4))
    html = f"<div id=isi><div>{PROSE}</div>{box}<div>{PROSE}</div>{box}{box}<div id=fakta>{facts}</div></div>"
    assert find_container(_page(html)).get("id") == "isi"  # type: ignore[union-attr]


@pytest.mark.parametrize("tag", ["p", "div"])
def test_a_box_named_for_paging_that_holds_the_next_page_is_read(tag: str) -> None:
    # An infinite-scroll template: each page of the article in a box the template names for paging, opened
    # by its pager's label; its paragraphs are <p>s or <div>s written as paragraphs.
    two = PROSE.replace("Pemerintah provinsi", "Dinas pekerjaan umum")
    three = PROSE.replace("Pemerintah provinsi", "Gubernur")
    html = (
        f"<div class=detail><div class=infinite-box><{tag}>{PROSE}</{tag}></div>"
        "<div class=infinite-box id=list-pagination><small>1 dari 2 halaman</small>"
        f"<{tag}>{two}</{tag}><{tag}>{three}</{tag}></div></div>"
    )
    assert [text for _, _, text in _texts(html) if not text.startswith("1 dari")] == [PROSE, two, three]


@pytest.mark.parametrize(
    "line",
    [
        # Lines of <div>s that end no sentence: the next stories' headlines a pager names.
        "<div>Halaman berikutnya: Pemerintah Provinsi Menyiapkan Anggaran Tambahan untuk Jalan Rusak</div>",
        # A <div> of lines between <br>s is a box's, not a paragraph, whatever it ends on.
        f"<div>Sudah berlangganan? <a href=/masuk>Masuk di sini</a><br>{PROSE}</div>",
    ],
)
def test_a_box_named_for_paging_holding_div_lines_is_still_a_pager(line: str) -> None:
    html = f"<p>{PROSE}</p><div class=pagination>{line}{line}<a href=/2>2</a> <a href=/3>3</a></div>"
    assert _texts(html) == [("paragraph", None, PROSE)]


def test_a_pager_named_for_paging_is_dropped() -> None:
    html = f"<p>{PROSE}</p><div class=pagination><a href=/2>2</a> <a href=/3>3</a> <a href=/2>Next</a></div>"
    assert _texts(html) == [("paragraph", None, PROSE)]


def test_a_split_articles_last_part_holding_a_list_alone_is_read() -> None:
    # KLY's read-page: the article in items of one class, each with its text element; the last part a
    # subheading over a numbered list.
    two = PROSE.replace("Pemerintah provinsi", "Dinas pekerjaan umum")
    items = "".join(f"<li>Jalan nomor {n} (rusak {n} kilometer)</li>" for n in range(1, 9))
    doc = _page(
        "<div class=body><div class=body-item><div class=raw-content>"
        f"<p>{PROSE}</p><p>{two}</p></div><div class=ad></div></div>"
        "<div class=body-item><h2 class=item-title>Daftar Jalan Rusak</h2>"
        f"<div class=raw-content><ol>{items}</ol></div></div></div>"
        "<div class=sidebar><a href=/1>Berita lain yang panjang sekali judulnya</a></div>"
    )
    found = generic.find(doc)
    assert found.container is not None
    walked = dom.walk(found.container, run=found.run)
    texts = [c.text for c in walked.candidates]
    assert texts[:2] == [PROSE, two]
    assert "Daftar Jalan Rusak" in texts
    assert any(t.startswith("Jalan nomor 1 (rusak") and "Jalan nomor 8" in t for t in texts)


def test_a_lone_text_element_of_a_class_reads_alone() -> None:
    doc = _page(
        f"<div class=body-item><div class=raw-content><p>{PROSE}</p></div></div>"
        "<div class=body-item><ul><li><a href=/1>Berita lain</a></li></ul></div>"
    )
    assert generic.find(doc).run == ()


def _story_cards() -> str:
    """A box of other stories' cards (a thumbnail and a headline in links, a time), headed by a bare label."""
    cards = "".join(
        f"<div><a href=/berita/{i}><img src=/i{i}.jpg><span>{PROSE[:70]} {i}</span></a>"
        " <span>2 jam lalu</span></div>"
        for i in range(8)
    )
    return f"<div><div><span>Terpopuler</span></div>{cards}</div>"


_SPLIT_TEXTS = tuple(
    PROSE.replace("Pemerintah provinsi", who) for who in ("Gubernur", "Bupati", "Wali kota", "Camat")
)


def test_the_numbered_parts_of_a_split_text_are_read_with_cards_after_them() -> None:
    # IDN Times: the article's pages in one element each ("split-page split-page1 open", "split-page
    # split-page2"), the last one short, other stories' cards after them. The cards outweigh the pages'
    # element, the first page is the container and the others, of its family, go on with it.
    pages = [
        "<div class='split-page split-page1 open'>"
        f"<p>{PROSE}</p><p>{PROSE}</p><p>{_SPLIT_TEXTS[0]}</p></div>",
        "<div class='show-page hide'><a href='#'>Baca Artikel Selengkapnya</a></div>",
        f"<div class='split-page split-page2'><p>{_SPLIT_TEXTS[1]}</p><p>{_SPLIT_TEXTS[2]}</p></div>",
    ]
    doc = _page(f"<article class=isi>{''.join(pages)}{_story_cards()}</article>{_LINKS}")
    found = generic.find(doc)
    assert found.container is not None
    texts = [c.text for c in dom.walk(found.container, run=found.run).candidates]
    assert [t for t in texts if t in (PROSE, *_SPLIT_TEXTS)] == [PROSE, PROSE, *_SPLIT_TEXTS[:3]]


def test_the_numbered_parts_after_a_lead_element_are_read_with_cards_after_them() -> None:
    # IDN Times' regional mobile page: the lead in an element of its own, then the split pages; the first
    # page joins the lead as a part of the text, and brings its family's later (shorter) pages after it.
    lead = "".join(f"<p>{PROSE}</p>" for _ in range(4))
    pages = [
        f"<div class='split-page split-page1 open'>{''.join(f'<p>{t}</p>' for t in _SPLIT_TEXTS[:3])}"
        f"<p>{PROSE}</p></div>",
        "<div class='show-page hide'><a href='#'>Baca Artikel Selengkapnya</a></div>",
        f"<div class='split-page split-page2'><p>{_SPLIT_TEXTS[3]}</p><p>{_SPLIT_TEXTS[3]}</p></div>",
    ]
    doc = _page(f"<div class=isi><div class=lead>{lead}</div>{''.join(pages)}{_story_cards()}</div>{_LINKS}")
    found = generic.find(doc)
    assert found.container is not None
    texts = [c.text for c in dom.walk(found.container, run=found.run).candidates]
    assert [t for t in texts if t in _SPLIT_TEXTS] == [*_SPLIT_TEXTS, _SPLIT_TEXTS[3]]


def test_the_hidden_items_of_a_split_text_are_read_with_cards_after_them() -> None:
    # KLY's read-page: each part an item holding its text element, the later items flagged hidden by a class
    # of their own ("item-page item-page_hidden"), other stories' cards after the last item.
    first, second = (f"<p>{PROSE}</p><p>{_SPLIT_TEXTS[0]}</p><p>{PROSE}</p>", f"<p>{_SPLIT_TEXTS[1]}</p>" * 2)
    items = (
        f"<div class=item-page><div class=item-content>{first}</div></div>"
        f"<div class='item-page item-page_hidden'><div class=item-content>{second}</div></div>"
    )
    doc = _page(f"<div class=read-body>{items}{_story_cards()}</div>{_LINKS}")
    found = generic.find(doc)
    assert found.container is not None
    texts = [c.text for c in dom.walk(found.container, run=found.run).candidates]
    assert [t for t in texts if t in _SPLIT_TEXTS] == [_SPLIT_TEXTS[0], _SPLIT_TEXTS[1], _SPLIT_TEXTS[1]]


def test_a_box_of_other_stories_of_the_texts_family_does_not_join_it() -> None:
    # "box box-text" then "box box-k7" (no name to say what it is): the box holds other stories' excerpts
    # under their linked headlines, more prose than links, though too little to win the text's element.
    teasers = "".join(
        f"<div><h3><a href=/berita/{i}>Judul berita lain nomor {i} yang terbit hari ini di kanal nasional"
        f" dan daerah kami</a></h3><p>{PROSE[:100]}</p></div>"
        for i in range(3)
    )
    text = "".join(f"<p>{p}</p>" for p in _SPLIT_TEXTS)
    doc = _page(f"<div class=kolom><div class='box box-text'>{text}</div><div class='box box-k7'>{teasers}"
                f"</div></div>{_LINKS}")
    found = generic.find(doc)
    assert found.container is not None
    assert found.container.get("class") == "box box-text"
    assert found.run == ()


# A bar of links between the text and what stands after it, as every page has: it stops the climb to <body>.
_LINKS = "<div><p>" + " ".join(f"<a href=/k/{i}>Kanal Berita Nomor {i}</a>" for i in range(12)) + "</p></div>"
_RECIPE = (
    "Kunci kelezatan salad buah ada pada penggunaan buah segar dan saus dressing yang dibuat sendiri.",
    "Racikan saus mayones ini terbuat dari mayones, yoghurt tawar, madu dan perasan jeruk lemon segar.",
    "Penambahan lemon dan garam dapat menyeimbangkan rasanya, sehingga tidak enek saat disantap nanti.",
)


def test_a_list_item_holding_the_headline_is_the_pages_layout_not_a_list() -> None:
    # An unclosed element of a floating share bar's <ul><li> nests the rest of the page, headline and text,
    # in one list item. The text's paragraphs are still prose: a list's items never count as prose.
    text = "".join(f"<p>{p}</p>" for p in _RECIPE)
    doc = _page(
        '<ul class="floating-bar"><li><div class="wrap"><h1>Resep Salad Buah Mayones Manis</h1>'
        f'<div class="isi">{text}</div></div></li></ul>{_LINKS}'
        "<div class=blurb><p>Parapuan adalah ruang aktualisasi diri perempuan untuk mencapai mimpinya.</p>"
        "</div>"
    )
    container = find_container(doc)
    assert container is not None
    assert container.get("class") == "isi"



@pytest.mark.parametrize("tag", ["p", "div"])
def test_a_related_line_among_the_texts_paragraphs_does_not_count_against_them(tag: str) -> None:
    # Outlets set "Baca juga: <title>" lines into the text: between its paragraphs they are its flow. Held
    # against its element they outweighed a short text, and a clean box of one sentence inside it (a
    # newsletter prompt) was taken for the article. A template writing its paragraphs as <div>s writes its
    # related lines so too.
    related = (
        f"<{tag}><strong>Baca juga: <a href=/a>Resep Salad Buah Saus Madu, Dessert Manis yang Mengenyangkan"
        f" dan Cocok untuk Keluarga</a></strong></{tag}>"
    )
    prompt = "<div class=nl><p>Dapatkan informasi, inspirasi dan insight di email kamu setiap hari.</p></div>"
    paragraphs = [f"<{tag}>{p}</{tag}>" for p in (*_RECIPE, _RECIPE[0])]
    text = related.join([paragraphs[0], paragraphs[1] + prompt, paragraphs[2], paragraphs[3]])
    doc = _page(f'<div class="isi">{text}</div>{_LINKS}')
    container = find_container(doc)
    assert container is not None
    assert container.get("class") == "isi"


def test_a_paragraph_written_as_a_div_is_its_elements_not_a_container_of_its_own() -> None:
    # Each paragraph in a <div>, the text's element holding link-heavy lines among them (a book's credit
    # in links): a long paragraph alone scored above its element, and the page came out as that paragraph.
    # Among other paragraphs of prose it is one of their element's, as a <p> is.
    long = f"{PROSE} {PROSE.replace('Pemerintah provinsi', 'Dinas pekerjaan umum')}"
    credit = "".join(f"<a href=/buku/{i}>Buku Resep Hidangan Sehat Nomor {i}</a> " for i in range(4))
    text = f"<div>{_RECIPE[0]}</div><div>Berikut resep dari {credit}</div><div>{long}</div>"
    text += f"<div>{_RECIPE[1]}</div><div>Cara membuat: {credit}</div><div>{_RECIPE[2]}</div>"
    doc = _page(f"<div class=isi>{text}</div>{_LINKS}")
    container = find_container(doc)
    assert container is not None
    assert container.get("class") == "isi"


def test_a_lone_div_paragraph_beside_chrome_is_still_a_candidate() -> None:
    # A <div> of prose with no other paragraph beside it stays a candidate: a short text in a <div> of its
    # own, under a box of links in the same element, is found, not the element with the links.
    box = "".join(f"<div><a href=/b/{i}>{PROSE[:70]} {i}</a></div>" for i in range(6))
    doc = _page(f"<div class=kolom><div class=isi>{PROSE} {PROSE}</div>{box}</div>")
    container = find_container(doc)
    assert container is not None
    assert container.get("class") == "isi"


def test_a_list_item_holding_the_headline_in_any_tag_is_layout() -> None:
    # The headline shown in an <h2> (no <h1> on the page), the page nested in a share bar's list item.
    text = "".join(f"<p>{p}</p>" for p in _RECIPE)
    page = (
        '<html><head><meta property="og:title" content="Resep Salad Buah Mayones Manis"></head><body>'
        '<ul class="floating-bar"><li><div class="wrap"><h2>Resep Salad Buah Mayones Manis</h2>'
        f'<div class="isi">{text}</div></div></li></ul>{_LINKS}'
        "<div class=blurb><p>Parapuan adalah ruang aktualisasi diri perempuan untuk mencapai mimpinya.</p>"
        "</div></body></html>"
    )
    art = beritaparse.parse(page, adapters=False)
    assert art.paragraphs == _RECIPE


_INTRO = (
    "Dalam beberapa tahun terakhir sederet nama artis mengubah penampilannya menjadi berhijab. Keputusan ini"
    " tentunya diambil dengan pertimbangan matang. Berikut potret para artis yang kini berhijab."
)
_SLIDE = (
    "Melody Prima pertama kali bermain di sinetron berjudul Dia Bukan Cinderella. Saat itu dia berperan"
    " sebagai Amanda dan sudah membintangi puluhan judul FTV sejak 2012."
)


def _photo_page(counter: str, text: str = f"<p>{_INTRO}</p>") -> str:
    # KLY's photo page: the viewer (picture, the slide's description, its counter) beside the text's element.
    return (
        "<html><head><title>Potret Artis Berhijab</title></head><body><div class=menu>"
        + " ".join(f"<a href=/k/{i}>Kanal {i}</a>" for i in range(12))
        + "</div><div class=detail><h2>Potret Artis Berhijab</h2>"
        "<div class=detail-img><div class=detail-photo>"
        f'<img src="/a.jpg"><div class=detail-photo-body><p>{_SLIDE} (IG @melodyprima)</p></div>'
        f"<div class=detail-photo-paging><a href=/2>&gt;</a><div>{counter}</div></div></div></div>"
        f"<div class=detail-body>{text}</div>{_LINKS}</div></body></html>"
    )


@pytest.mark.parametrize("counter", ["1/5", "1 dari 5"])
def test_a_photo_pages_slide_in_its_viewer_is_its_text(counter: str) -> None:
    art = beritaparse.parse(_photo_page(counter), adapters=False)
    assert art.paragraphs == (_INTRO, _SLIDE)


def test_a_viewer_beside_a_long_text_is_a_gallery_not_its_text() -> None:
    # A news story's gallery: beside four paragraphs of text, the slide's words are a caption's.
    text = "".join(f"<p>{p}</p>" for p in (*_RECIPE, _INTRO))
    art = beritaparse.parse(_photo_page("1/5", text), adapters=False)
    assert _SLIDE not in art.paragraphs


_SLIDES = (
    "Aktris kelahiran 26 November 1985 ini secara terbuka menjelaskan alasan di balik keputusannya untuk"
    " lebih selektif dalam mengambil peran film.",
    "\uff02Iya pasti, kalau suami mah nomor satu ya. Harus minta izin, kalau enggak bahaya, sama anak"
    " juga,\uff02 pungkasnya.",
    "Keluarga memang menjadi prioritas utama bagi bintang sinetron ini. Setiap tawaran yang datang harus"
    " mendapat restu dari suami dan anak-anaknya.",
)


def _gallery_page(total: int, *, numbered: bool = True, static: bool = False, credit: str = "") -> str:
    # KLY's mobile gallery: every slide in the page, each with its counter ("Foto 2 dari 3"), its picture and
    # its description, a box of other stories after it; the intro's element holds two paragraphs. ``static``:
    # every counter shows the first slide's number, as a slider numbers them by script as the reader goes.
    slides = "".join(
        f"<div class=item><div class=number><span>Foto <b>{(1 if static else i + 1) if numbered else ''}</b>"
        f" dari <b>{total}</b></span></div><figure><img src=/{i}.jpg><figcaption><p>instagram.com/artis</p>"
        f"</figcaption></figure><div class=paragraph><p>{text}{credit}</p></div>{_LINKS}</div>"
        for i, text in enumerate(_SLIDES)
    )
    return (
        "<html><head><title>Potret Artis</title></head><body><div class=pages><div class=item><div class=box>"
        f"<div class=body><h1>Potret Artis</h1><div class=paragraph><p>{_INTRO}</p><p>{PROSE}</p></div>"
        f"</div></div></div>{slides}</div></body></html>"
    )


def test_a_gallery_whose_slides_the_page_holds_reads_them_all_in_order() -> None:
    art = beritaparse.parse(_gallery_page(3), adapters=False)
    assert art.paragraphs == (_INTRO, PROSE, *_SLIDES)


def test_a_sliders_counters_all_on_its_first_slide_count_every_slide() -> None:
    # Liputan6's photo slider: "1/6" under each of its six slides, each description closing on the photo's
    # agency credit, which is no text (nor does it keep the quote among them from reading as a slide).
    art = beritaparse.parse(_gallery_page(3, static=True, credit=" (Nama Fotografer/AP)"), adapters=False)
    assert art.paragraphs == (_INTRO, PROSE, *_SLIDES)
    # Fewer slides than the counters' total: a viewer that pages through them, no gallery the page holds.
    art = beritaparse.parse(_gallery_page(4, static=True), adapters=False)
    assert art.paragraphs == (_INTRO, PROSE)


def test_counters_of_no_slide_number_make_no_gallery() -> None:
    # A template's placeholders ("Foto dari 3", its script fills the number in): no slide is counted.
    art = beritaparse.parse(_gallery_page(3, numbered=False), adapters=False)
    assert art.paragraphs == (_INTRO, PROSE)


def test_a_heading_linked_whole_to_another_page_is_another_storys_headline() -> None:
    # A slider of related stories set into the text: each card's headline an <h2> that is one link.
    found = _texts(
        f"<p>{PROSE}</p><div class=slider><h2><a href=/korea/lagu-v-bts>Lagu V BTS Masuk Soundtrack Season"
        "</a></h2></div>"
        "<h2><a href=/tag/salad>Resep salad buah</a> mayones manis</h2>"
        "<h2><a href=/reporter/hussein>Hussein Abri Dongoran</a></h2>"
    )
    assert ("paragraph", "related", "Lagu V BTS Masuk Soundtrack Season") in found
    # A subheading holding a tag's link, and a writer's name linked to their page, are no teasers.
    assert ("heading", None, "Resep salad buah mayones manis") in found
    assert not any(hint == "related" and "Hussein" in text for _, hint, text in found)


def test_the_headers_stamps_side_by_side_and_a_bare_photographers_label_are_no_text() -> None:
    # Liputan6's photo page without its class names: the published and the updated stamps in two <time>s
    # that meet with no space, the credits' labels over their values.
    stamps = (
        '<p><time datetime="2021-11-10 08:00:00">10 Nov 2021, 08:00 WIB</time><time datetime="2021-11-10'
        ' 00:38:44"><span>Diperbarui </span>10 Nov 2021, 00:38 WIB</time></p>'
    )
    labels = "<div><div>Photographer: </div><div>Nama Fotografer</div></div>"
    page = (
        f"<html><body><div><h1>Banjir Rendam Tiga Kecamatan di Samarinda</h1>{stamps}<p>{PROSE}</p>{labels}"
        f"<p>{_INTRO}</p></div></body></html>"
    )
    art = beritaparse.parse(page, adapters=False)
    assert art.paragraphs == (PROSE, _INTRO)


_DONT_MISS = (
    "Jangan lewatkan pembukaan dua outlet perdana grup restoran itu di Makassar pada bulan Desember. Berbekal"
    " pengalaman bertahun-tahun di industri makanan dan minuman, grup itu terus melahirkan berbagai konsep"
    " restoran dan acara hiburan yang unik, dan kini hadir di seluruh Indonesia, Asia Tenggara dan Arab."
)


@pytest.mark.parametrize(
    ("html", "prose"),
    [
        # A paragraph that opens on a cue's words, as long as a paragraph and linking nothing, is prose.
        (f"<p>{_DONT_MISS}</p>", True),
        # The cue's own line: a related title, or the same words linking what they name.
        ("<p>Jangan lewatkan: Pembukaan Dua Outlet Perdana Grup Restoran di Makassar</p>", False),
        (f"<p><a href=/berita/1>Jangan lewatkan</a> {_DONT_MISS[16:]}</p>", False),
    ],
)
def test_a_long_unlinked_paragraph_opening_on_a_cue_is_prose(html: str, prose: bool) -> None:
    el = lxml.html.fragment_fromstring(html)
    text = (el.text or "").strip()
    size = len(" ".join(el.text_content().split()))
    links = sum(len(a.text_content()) for a in el.iter("a"))
    good, bad = generic._judge(el, size, links, generic._FREE, pictured=False, text=text)
    assert (good > 0) is prose
    assert (bad > 0) is not prose


def test_a_letter_beside_a_picture_is_no_caption_and_no_text() -> None:
    # Okezone's font-size buttons ("A", "A", "A") right after the lead photo's box.
    text = "".join(f"<p>{PROSE} Kalimat ke-{i}.</p>" for i in range(5))
    html = (
        "<html><head><title>Harga Beras Naik</title></head><body><div><h1>Harga Beras Naik</h1>"
        "<div><img src=a.jpg></div><div><div>A</div><div>A</div><div>A</div></div>"
        f"{text}</div></body></html>"
    )
    art = beritaparse.parse(html, adapters=False)
    assert art.captions == ()
    assert all(b.text != "A" for b in art.body)


def test_the_sites_blurb_about_itself_closing_the_text_is_no_text() -> None:
    # Liputan6's fact-checks close on a part headed "Tentang Cek Fakta Liputan6.com": four sentences about
    # the desk.
    text = "".join(f"<p>{PROSE} Kalimat ke-{i}.</p>" for i in range(4))
    blurb = "Contoh.com merupakan media terverifikasi Jaringan Periksa Fakta Internasional sejak 2018."
    html = (
        "<html><head><title>Cek Fakta: Hoaks Banjir</title></head><body><div><h1>Cek Fakta: Hoaks Banjir</h1>"
        f"<div>{text}</div><div><h2>Tentang Cek Fakta Contoh.com</h2><div><p>{blurb}</p></div></div></div>"
        "</body></html>"
    )
    art = beritaparse.parse(html, adapters=False)
    assert blurb not in art.paragraphs
    assert len(art.paragraphs) == 4


def _amp_parts(wrapped_class: str) -> str:
    # Bola.net's AMP page: the intro in the text's element, then each later page in an <amp-layout> that
    # counts its view, holding the text's element again (a heading over a paragraph; a heading over a list).
    intro = "".join(f"<p>{t}</p>" for t in _PARTS[:3])
    part_1 = f"<h2>Messi dan Ronaldo</h2><div><p>{_PARTS[3]}</p><p>{_PARTS[4]}</p></div>"
    part_2 = "<h2>Kontrak Sepatu Terbesar</h2><ol><li>Neymar - Puma</li><li>Lionel Messi - Adidas</li></ol>"
    sidebar = "".join(f"<li><a href=/b{i}>{PROSE[:70]}</a></li>" for i in range(10))
    return (
        "<html><head><title>t</title></head><body><div id=kolom><h1>Judul berita</h1>"
        f"<div class=article-content>{intro}</div><center><amp-ad></amp-ad></center>"
        f"<amp-layout class=view-1><div class={wrapped_class}>{part_1}</div></amp-layout>"
        f"<amp-layout class=view-2><div class={wrapped_class}>{part_2}</div></amp-layout>"
        f"<div class=samping><ul>{sidebar}</ul></div></div></body></html>"
    )


def test_later_pages_wrapped_each_around_the_texts_element_are_read_with_it() -> None:
    art = beritaparse.parse(_amp_parts("article-content"), adapters=False)
    assert [b.text for b in art.body if b.kind == "paragraph"] == _PARTS[:5]
    assert "Kontrak Sepatu Terbesar" in art.text
    assert "Neymar - Puma" in art.text


def test_boxes_wrapped_around_elements_of_another_class_are_not_the_texts() -> None:
    art = beritaparse.parse(_amp_parts("box-lain"), adapters=False)
    assert "Kontrak Sepatu Terbesar" not in art.text


def _listicle(page_class: str, item_class: str = "item-page") -> str:
    # Liputan6's photo listicle: the intro page, then each numbered page flagged hidden by a class of its
    # own, its title a sentence over a photo.
    intro = "".join(f"<p>{t}</p>" for t in _PARTS[:4])
    pages = "".join(
        f"<div class='{page_class}'><h2>{n}. Momen kebersamaan keluarga yang terlihat penuh kasih sayang</h2>"
        f"<div class=media><img src=/f{n}.jpg></div></div><div class=page-break>{n + 1} dari 4 halaman</div>"
        for n in (1, 2, 3)
    )
    return (
        "<html><head><title>t</title></head><body><div id=kolom><h1>Judul berita</h1><div class=body>"
        f"<div class='{item_class}'><div class=item-content>{intro}</div></div>{pages}</div>"
        "<div class=samping><p>Iklan</p></div></div></body></html>"
    )


@pytest.mark.parametrize("page_class", ["item-page item-page_hidden", "item-page k3f9a"])
def test_later_pages_flagged_by_a_class_of_their_own_are_read_however_little_prose_they_hold(
    page_class: str,
) -> None:
    # The flag modifies the item's class ("_hidden"), or is a name of its own over a page titled by a heading
    # (class names scrambled).
    art = beritaparse.parse(_listicle(page_class), adapters=False)
    titles = ["1. Momen", "2. Momen", "3. Momen"]
    assert [t for t in titles if t in art.text] == titles


@pytest.mark.parametrize("page_class", ["item-card", "item-page item-card"])
def test_elements_of_another_class_beside_the_texts_item_are_not_its_pages(page_class: str) -> None:
    # Another class, or the item's first class name with another beside it than the item's own: no flag
    # added to the item, elements of another kind.
    art = beritaparse.parse(_listicle(page_class, item_class="item-page item-first"), adapters=False)
    assert "Momen kebersamaan" not in art.text


def test_a_utility_class_beside_the_items_name_flags_no_page() -> None:
    # KompasTV's video page: rows of the template ("videoKG-row clearfix mt1", a margin), no page's title.
    page = _listicle("item-page mt1")
    for n in (1, 2, 3):
        title = f"<h2>{n}. Momen kebersamaan keluarga yang terlihat penuh kasih sayang</h2>"
        page = page.replace(title, f"<div>Kompas TV {n}</div>")
    art = beritaparse.parse(page, adapters=False)
    assert "Kompas TV" not in art.text


@pytest.mark.parametrize("cls", ["content-embed -polling", "wp-polls", "poll"])
def test_a_reader_poll_inside_the_text_is_no_part_of_it(cls: str) -> None:
    poll = (
        f"<div class='{cls}'><div>Do you wear merch when you go to a game?</div>"
        "<a href='#'><span>Nah, I wear what I want always</span></a>"
        "<a href='#'><span>Absolutely! I can't go to game without repping my team</span></a></div>"
    )
    paragraphs = "".join(f"<p>{t}</p>" for t in _PARTS[:4])
    html = f"<html><body><h1>Judul berita</h1><div class=isi>{paragraphs}{poll}<p>{_PARTS[4]}</p></div>"
    art = beritaparse.parse(html + "</body></html>", adapters=False)
    assert "merch" not in art.text
    assert "Absolutely" not in art.text
    assert len(art.paragraphs) == 5


def test_a_category_named_like_a_poll_is_no_poll() -> None:
    # WordPress names the story's <article> for its categories: a whole word decides, not a part of one.
    paragraphs = "".join(f"<p>{t}</p>" for t in _PARTS[:5])
    html = (
        "<html><body><h1>Judul berita</h1>"
        f"<article class='post category-pollution polling-station'>{paragraphs}</article></body></html>"
    )
    assert len(beritaparse.parse(html, adapters=False).paragraphs) == 5


_DEK = (
    "Dalam hitungan belasan bulan Pevita berhasil mengubah pribadinya secara fisik dan mental, semuanya ia"
    " ceritakan untuk Cover Digital Bazaar.Co.Id"
)
_FEATURE = [
    PROSE,
    "Warga berharap perbaikan selesai sebelum musim hujan berikutnya tiba, karena jalan itu jalur utama.",
    "Dinas akan memulai pekerjaan pada pekan depan dan menargetkan seluruh ruas rampung dalam dua bulan.",
]


@pytest.mark.parametrize(
    ("header_more", "is_dek"),
    [
        # Harper's Bazaar's magazine feature (unseen/ir-bazaar-magazine-1): the header's own element holds
        # the headline and the dek, the text stands in another; no description repeats the dek.
        ("", True),
        # The header's element holds another paragraph's words too: the line under the headline may open
        # the text (left to the other rules).
        (f"<p>{_FEATURE[1]}</p>", False),
    ],
)
def test_the_one_line_a_header_of_its_own_sets_under_the_headline_is_its_dek(
    header_more: str, is_dek: bool
) -> None:
    page = (
        "<html><body><main><section><h1>Transformasi Persona Pevita Pearce</h1>"
        f"<p>{_DEK}</p>{header_more}</section><article>"
        + "".join(f"<p>{p}</p>" for p in _FEATURE)
        + "</article></main></body></html>"
    )
    art = beritaparse.parse(page)
    assert (art.subtitle == _DEK) is is_dek
    assert (_DEK in art.text) is not is_dek


def test_a_dated_line_under_the_headline_in_a_header_of_its_own_is_no_dek() -> None:
    # turnbackhoax's header with its class names split off (mf-turnbackhoax-1): the byline's line runs to ten
    # words (date, writer, section, comments count), and it dates the post.
    line = "May 29, 2025 Relawan Mafindo Fitnah / Hasut / Hoax 0"
    page = (
        "<html><body><main><section><h1>Transformasi Persona Pevita Pearce</h1>"
        f"<div>{line}</div></section><article>"
        + "".join(f"<p>{p}</p>" for p in _FEATURE)
        + "</article></main></body></html>"
    )
    assert beritaparse.parse(page).subtitle != line


def test_a_share_bar_between_the_headline_and_its_dek_leaves_it_the_dek() -> None:
    # The AMP copy of the magazine feature sets its share buttons right under the headline.
    page = (
        "<html><body><main><section><h1>Transformasi Persona Pevita Pearce</h1>"
        f"<div><a>Bagikan ke Facebook</a> <a>Kirim lewat WhatsApp</a></div><p>{_DEK}</p></section><article>"
        + "".join(f"<p>{p}</p>" for p in _FEATURE)
        + "</article></main></body></html>"
    )
    assert beritaparse.parse(page).subtitle == _DEK


_VIDEO_DESCRIPTION = (
    "Aliran Sungai Bengawan Solo mengalami pencemaran berat. Dinas Lingkungan Hidup dan Kehutanan Provinsi"
    " Jawa Tengah menyebut pencemaran tersebut berbahaya."
)


@pytest.mark.parametrize("prompt", ["<h2>Simak juga video pilihan berikut ini:</h2>", "<p>Video Pilihan</p>"])
def test_the_video_the_text_closes_on_is_no_text(prompt: str) -> None:
    # KLY's pages close on a prompt to watch the video below, over an embed and the video's description,
    # another story's; with no class names to tell, the prompt pointing below ends the text.
    paragraphs = "".join(f"<p>{t}</p>" for t in _PARTS[:4])
    video = (
        f"{prompt}<div><iframe src='https://www.vidio.com/embed/1'></iframe><p>{_VIDEO_DESCRIPTION}</p></div>"
    )
    html = f"<html><body><h1>Judul berita</h1><div class=isi>{paragraphs}{video}</div></body></html>"
    art = beritaparse.parse(html, adapters=False)
    assert art.paragraphs == tuple(_PARTS[:4])
    assert any(r.text == _VIDEO_DESCRIPTION and r.reason is RemovedReason.MEDIA for r in art.removed)


def test_a_video_named_in_the_text_leaves_the_paragraph_after_it_the_texts() -> None:
    # "Simak Video 'Judul'" names a video the text shows, pointing nowhere below: the paragraph after it
    # closes the text; so does the paragraph after a prompt that more text follows.
    paragraphs = "".join(f"<p>{t}</p>" for t in _PARTS[:3])
    named = "<p>Simak Video 'Banjir Rendam Padang'</p><iframe src='https://www.vidio.com/embed/1'></iframe>"
    html = f"<html><body><h1>Judul berita</h1><div class=isi>{paragraphs}{named}<p>{_PARTS[3]}</p></div>"
    assert beritaparse.parse(html, adapters=False).paragraphs == tuple(_PARTS[:4])
    below = "<p>Simak video berikut ini:</p><iframe src='https://www.vidio.com/embed/1'></iframe>"
    html = (
        f"<html><body><h1>Judul berita</h1><div class=isi>{paragraphs}{below}<p>{_PARTS[3]}</p>"
        f"<p>{_PARTS[4]}</p></div>"
    )
    assert beritaparse.parse(html, adapters=False).paragraphs == tuple(_PARTS[:5])


def test_a_box_of_other_stories_right_under_a_picture_opens_with_its_heading_not_a_caption() -> None:
    # Harper's Bazaar (2018), its class names gone: the text's photo, then a "Related Story" box of linked
    # titles set into the text. Right after the picture the heading read as its caption, and the titles
    # under it as paragraphs.
    titles = (
        "Pangeran George Terlihat Bantu Petugas Pengiriman di Norfolk",
        "Transformasi Persona Pevita Pearce",
    )
    box = "<div><div>Related Story</div>" + "".join(
        f"<div><div><a href='/r/{i}'><img src='/i/{i}.jpg' alt='{t}'></a></div><div><a href='/r/{i}'>{t}</a>"
        "</div></div>"
        for i, t in enumerate(titles)
    )
    paragraphs = "".join(f"<p>{t}</p>" for t in _PARTS[:3])
    html = (
        f"<html><body><h1>Judul berita</h1><div class=isi>{paragraphs}<div><img src='/foto.jpg'></div>"
        f"{box}</div><h2>{_SUBHEADING}</h2><p>{_PARTS[3]}</p><p>{_PARTS[4]}</p></div></body></html>"
    )
    art = beritaparse.parse(html, adapters=False)
    assert art.paragraphs == tuple(_PARTS[:5])
    assert [r.title for r in art.related] == list(titles)
    assert not art.captions
    # The text's subheading under the box links nowhere, where the box's titles were links: past the box.
    assert [b.text for b in art.body if b.kind == "heading"] == [_SUBHEADING]


_SUBHEADING = "Gwyneth menggunakan gaun rancangan desainer sahabatnya untuk pesta pertunangan"


_RICE = (
    "Harga beras di pasar tradisional kembali naik pada pekan ini, kata para pedagang kepada wartawan.",
    "Pemerintah berjanji menambah pasokan dari gudang Bulog mulai bulan depan agar harga kembali turun.",
    "Kenaikan terjadi karena pasokan dari daerah berkurang akibat musim hujan yang panjang tahun ini.",
)
_MATCH = (
    "Tim nasional Indonesia menang dua gol tanpa balas atas Vietnam dalam laga persahabatan semalam.",
    "Pelatih mengatakan para pemain tampil disiplin sepanjang pertandingan meski lapangan licin.",
    "Laga berikutnya digelar di Jakarta pada akhir bulan depan melawan Thailand di stadion utama.",
    "Suporter memadati stadion sejak sore dan menyanyikan lagu kebangsaan bersama para pemain.",
)


def _story(headline: str, paragraphs: tuple[str, ...]) -> str:
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<div><h1>{headline}</h1><div>Senin, 13 Mei 2024 10:00 WIB</div>{text}</div>"


@pytest.mark.parametrize(
    ("title", "paragraphs"),
    [("Harga Beras Naik Lagi", _RICE), ("Timnas Menang Atas Vietnam", _MATCH)],
)
def test_a_page_of_endless_scrolling_is_read_for_the_story_its_title_names(
    title: str, paragraphs: tuple[str, ...]
) -> None:
    # Saved after the next story loaded under the first: each story in its own box under its own <h1>; the
    # longer one is not the page's when the title names the other.
    stories = _story("Harga Beras Naik Lagi", _RICE) + "<p>Berita Selanjutnya</p>" + _story(
        "Timnas Menang Atas Vietnam", _MATCH
    )
    page = f"<html><head><title>{title} - Contoh</title></head><body><div>{stories}</div></body></html>"
    art = beritaparse.parse(page, adapters=False)
    assert (art.title, art.paragraphs) == (title, paragraphs)


def test_a_second_h1_outside_the_storys_box_leaves_the_text_whole() -> None:
    # The site's name in an <h1> (some themes' logo) beside the headline's box: the headline's highest box
    # without it holds the text under the headline too.
    text = "".join(f"<p>{p}</p>" for p in _RICE)
    body = (
        "<div><h1 class=logo>Contoh</h1>"
        f"<div><div><h1>Harga Beras Naik Lagi</h1></div><div>{text}</div></div></div>"
    )
    page = f"<html><head><title>Harga Beras Naik Lagi - Contoh</title></head><body>{body}</body></html>"
    assert beritaparse.parse(page, adapters=False).paragraphs == _RICE


def test_an_h1_heading_no_story_beside_the_text_leaves_it_whole() -> None:
    # A subscription box's prices in <h1>s ("12 BULAN"), as Tempo's magazine page sets them under the text:
    # the box tells no story, so the text's container is not narrowed to the headline's box.
    text = "".join(f"<p>{p}</p>" for p in _RICE)
    offer = "<div><h1>12 BULAN</h1><p>Rp 500.000</p><h1>1 BULAN</h1><p>Rp 50.000</p></div>"
    body = f"<div><div><h1>Harga Beras Naik Lagi</h1></div><div>{text}</div>{offer}</div>"
    page = f"<html><head><title>Harga Beras Naik Lagi - Contoh</title></head><body>{body}</body></html>"
    assert beritaparse.parse(page, adapters=False).paragraphs == _RICE
