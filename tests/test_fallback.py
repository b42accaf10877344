"""The fallback chain of parse(): a thin or empty result gives way to the next extractor.

adapter container -> generic container -> density reading of the whole page -> JSON-LD articleBody ->
og:description (said so in ``removed``); hidden later pages are text, hidden boxes are not; a photo story's
slides are its text. Each page here is written for the case, its expected text read off the page.
"""

from __future__ import annotations

import json

import pytest

import beritaparse
from beritaparse.page import density, fallback
from beritaparse.page.html import load

P1 = "Hujan deras yang turun sejak pagi membuat sungai di tengah kota meluap dan merendam rumah warga."
P2 = "Menurut petugas, air mulai naik sekitar pukul 06.00 dan terus bertambah tinggi hingga siang hari."
P3 = "Warga yang rumahnya terendam diminta mengungsi ke balai desa yang telah disiapkan oleh pemerintah."
P4 = "Hingga sore hari, petugas masih mendata jumlah rumah yang rusak akibat banjir tersebut di kota itu."
P5 = "Pemerintah kota berjanji memperbaiki tanggul sungai yang jebol sebelum musim hujan berikutnya tiba."


def _page(head: str, body: str) -> bytes:
    return f"<html><head>{head}</head><body>{body}</body></html>".encode()


MENU = "".join(f"<a href=/k/{i}>Kanal {i}</a> " for i in range(30))


def test_text_without_block_markup_is_read_by_density() -> None:
    # No paragraph elements at all: the text sits in the body between line breaks, beside link menus.
    page = _page("<title>Banjir</title>", f"<div>{MENU}</div>{P1}<br><br>{P2}<br><br>{P3}<div>{MENU}</div>")
    assert beritaparse.parse(page, adapters=False).paragraphs == (P1, P2, P3)


def test_density_judges_alone_then_by_neighbours() -> None:
    doc = load(
        _page("", f"<p>{P1}</p><p>Kata dia.</p><p>{P2}</p><p><a href=/x>Berita lain yang dibaca</a></p>")
    )
    blocks = density.read(doc)
    assert [b.text for b in blocks] == [P1, "Kata dia.", P2]


def test_density_looks_past_a_baca_juga_line_between_paragraphs() -> None:
    # A dateline's first paragraph is names and numbers, few function words: it is text because good
    # paragraphs stand after it, past the "Baca juga" line between them (issue 11).
    lead = (
        "Kepala BPBD Samarinda, Suwarso, mengatakan air mulai naik pada pukul 02.00 Wita dan merendam rumah"
        " warga di tiga kecamatan."
    )
    related = "<p>Baca juga: <a href=/x>Pemkot Siapkan Rp 20 Miliar untuk Normalisasi Sungai</a></p>"
    doc = load(_page("", f"<div>{MENU}</div><p>{lead}</p>{related}<p>{P1}</p><p>{P2}</p><div>{MENU}</div>"))
    assert [b.text for b in density.read(doc)] == [lead, P1, P2]


def test_json_ld_article_body_when_the_page_renders_text_by_script() -> None:
    ld = {"@type": "NewsArticle", "headline": "Banjir", "articleBody": f"{P1}\n\n{P2}\n\n{P3}"}
    page = _page(
        f'<title>Banjir</title><script type="application/ld+json">{json.dumps(ld)}</script>',
        "<div id=app></div><script>render()</script>",
    )
    art = beritaparse.parse(page)
    assert art.paragraphs == (P1, P2, P3)
    assert fallback.DESCRIPTION_NOTE not in art.removed


def _state_page(state: object) -> bytes:
    script = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script>'
    head = '<title>Banjir Rendam Kota</title><meta property="og:type" content="article">'
    return _page(head, f"<div id=__next></div>{script}")


def test_the_text_in_a_script_rendered_pages_state_when_the_page_shows_none() -> None:
    # A Next.js page saved before its script ran: the text is a string of the state, in HTML, deep in the
    # page's props, beside the shorter strings of its title, teasers and template.
    teaser = {"title": "Harga Beras Naik", "summary": "Harga beras di pasar naik lagi, kata pedagang."}
    body = f"<p>{P1}</p><p>{P2}</p><p>{P3}</p><p>{P4}</p>"
    story = {"title": "Banjir Rendam Kota", "content": body}
    state = {"props": {"pageProps": {"story": story, "more": [teaser]}}}
    art = beritaparse.parse(_state_page(state), adapters=False)
    assert art.paragraphs == (P1, P2, P3, P4)


@pytest.mark.parametrize(
    "value",
    [
        # Long, but no text: a template's markup and a list of names tell no sentences.
        "<div class='menu'>" + "".join(f"<a href='/k/{i}'>Kanal {i}</a>" for i in range(30)) + "</div>",
        ", ".join(f"Nama Orang {i}" for i in range(40)),
    ],
)
def test_a_states_long_strings_that_tell_no_sentences_are_no_text(value: str) -> None:
    with pytest.raises(beritaparse.errors.NoArticleError):
        beritaparse.parse(_state_page({"props": {"pageProps": {"layout": value}}}), adapters=False)


def test_json_ld_article_body_over_another_block_of_the_page() -> None:
    # The text is rendered by script; what the page shows as prose is another story's lead in a box, which
    # the articleBody does not tell: the articleBody is the text (issue 11).
    ld = {"@type": "NewsArticle", "headline": "Banjir", "articleBody": f"{P1}\n\n{P2}\n\n{P3}\n\n{P4}"}
    other = "Taman lalu lintas di pusat kota direvitalisasi oleh sebuah perusahaan swasta senilai Rp9 miliar."
    page = _page(
        f'<title>Banjir</title><script type="application/ld+json">{json.dumps(ld)}</script>',
        f"<h1>Banjir</h1><div id=app></div><div class=box><div>{other}</div></div>",
    )
    assert beritaparse.parse(page, adapters=False).paragraphs == (P1, P2, P3, P4)


def test_one_page_of_an_article_whose_article_body_holds_every_page() -> None:
    # The page shows its first page; the articleBody holds them all: the body is the page shown.
    ld = {"@type": "NewsArticle", "headline": "Banjir", "articleBody": "\n\n".join((P1, P2, P3, P4, P5) * 2)}
    page = _page(
        f'<title>Banjir</title><script type="application/ld+json">{json.dumps(ld)}</script>',
        f"<h1>Banjir</h1><div class=isi><p>{P1}</p><p>{P2}</p></div>",
    )
    assert beritaparse.parse(page, adapters=False).paragraphs == (P1, P2)


def test_description_as_the_last_resort_is_said_so() -> None:
    page = _page(
        f'<title>Banjir</title><meta property="og:description" content="{P1}">'
        '<meta property="article:published_time" content="2024-05-13T10:00:00+07:00">',
        "<div id=app></div>",
    )
    art = beritaparse.parse(page)
    assert art.paragraphs == (P1,)
    assert fallback.DESCRIPTION_NOTE in art.removed


def test_no_text_anywhere_is_no_article() -> None:
    page = _page("<title>Kabar</title>", "<div><a href=/>Beranda</a> <a href=/n>Nasional</a></div>")
    with pytest.raises(beritaparse.NoArticleError) as info:
        beritaparse.parse(page)
    assert not isinstance(info.value, beritaparse.NotAnArticleError)


def test_hidden_later_pages_are_the_rest_of_the_article() -> None:
    page = _page(
        "<title>Banjir</title>",
        f"<h1>Banjir</h1><div class=content><div class=page-1><p>{P1}</p><p>{P2}</p></div>"
        f'<div class=page-2 style="display:none"><p>{P3}</p><p>{P4}</p><p>{P5}</p></div>'
        "<div class=paging><a href=?page=1>1</a> <a href=?page=2>2</a></div></div>",
    )
    for adapters in (True, False):
        assert beritaparse.parse(page, adapters=adapters).paragraphs == (P1, P2, P3, P4, P5)


def test_a_hidden_box_of_links_is_not_text() -> None:
    box = "".join(
        f"<p><a href=/read/{i}>Baca juga: Berita lain nomor {i} yang cukup panjang</a></p>" for i in range(4)
    )
    page = _page(
        "<title>Banjir</title>",
        f'<div class=isi><p>{P1}</p><div style="display:none">{box}</div><p>{P2}</p></div>',
    )
    art = beritaparse.parse(page, adapters=False)
    assert art.paragraphs == (P1, P2)


def test_a_hidden_copy_of_the_text_is_not_repeated() -> None:
    page = _page(
        "<title>Banjir</title>",
        f"<div class=isi><p>{P1}</p><p>{P2}</p><div hidden><p>{P1}</p><p>{P2}</p></div></div>",
    )
    assert beritaparse.parse(page, adapters=False).paragraphs == (P1, P2)


def test_a_photo_story_is_told_in_its_slides() -> None:
    slides = "".join(
        f"<figure><img src=/f/{i}.jpg><figcaption>{text} <span class=credit>Foto: Andi</span>"
        "</figcaption></figure>"
        for i, text in enumerate((P2, P3, P4))
    )
    page = _page(
        "<title>Foto: Banjir</title>", f"<article><div class=isi><p>{P1}</p>{slides}</div></article>"
    )
    art = beritaparse.parse(page, adapters=False)
    assert art.paragraphs == (P1, P2, P3, P4)
    assert [c.text for c in art.captions] == [P2, P3, P4]
    assert {c.credit for c in art.captions} == {"Andi"}


def _photo_tag_page(dek: str) -> bytes:
    # Liputan6's 2021 photo page (ka-liputan6-photo-1): its template names every box "photo-tag"; the
    # slider stands above the header, whose standfirst is the only text written beside the slides.
    slides = "".join(
        "<figure class='read-page--photo-tag--slider__top__item'><img src=/f/{i}.jpg>"
        "<div class='read-page--photo-tag--slider__top__item__desc'>"
        "<div class='read-page--photo-tag--slider__top__item__page'><span>1</span>/<span>3</span></div>"
        f"<p class='read-page--photo-tag--slider__top__item__caption'>{text} (Nama Fotografer/AP)</p>"
        "<div class='read-page--photo-tag--slider__top__item__readmore'><a href='#'>Selengkapnya</a></div>"
        "</div></figure>"
        for i, text in enumerate((P2, P3, P4))
    )
    header = (
        "<div class=photo-container__aside><header class=read-page--header>"
        "<div class='read-page--photo-tag--header'><h1 class='read-page--photo-tag--header__title'>FOTO:"
        " Banjir Rendam Kota</h1><p><time datetime='2024-05-13 08:00:00'>13 Mei 2024, 08:00 WIB</time>"
        "<time datetime='2024-05-13 10:15:00'>Diperbarui 13 Mei 2024, 10:15 WIB</time></p>"
        f"<div class='read-page--photo-tag--header__content'>{dek}</div>"
        "<div class='read-page--photo-tag--header__credits'><div><div>Editor: </div><div>Nama Editor</div>"
        "</div><div><div>Photographer: </div><div>Contoh.com</div></div></div></div></header></div>"
    )
    return _page(
        f"<title>FOTO: Banjir Rendam Kota</title><meta name=description content='{dek}'>",
        "<div class=read-page-upper><div class=photo-container><div class=photo-container__gallery>"
        f"<div class='read-page--photo-tag--slider'>{slides}</div></div>{header}</div></div>"
        f"<div class=footer>{MENU}</div>",
    )


def test_a_photo_storys_standfirst_beside_its_slides_opens_its_text() -> None:
    # A box its classes name for tags that links nothing and tells a sentence is no tag box; and a story
    # told in its slides alone has the standfirst for its intro.
    art = beritaparse.parse(_photo_tag_page(P1), adapters=False)
    assert art.paragraphs == (P1, P2, P3, P4)
    assert art.subtitle is None


def test_the_line_under_a_video_player_is_its_caption() -> None:
    # Pikiran Rakyat's AMP page: a player and its title in a box after the text (ir-pikiranrakyat-amp-1).
    page = _page(
        "<title>Banjir</title>",
        f"<article><div><p>{P1}</p><p>{P2}</p><p>{P3}</p><div><amp-youtube data-videoid=x width=480"
        " height=270></amp-youtube><div>Desta Stand Up, Cak Lontong Menertawakannya</div></div></div>"
        "</article>",
    )
    art = beritaparse.parse(page, adapters=False)
    assert art.paragraphs == (P1, P2, P3)
    assert [c.text for c in art.captions] == ["Desta Stand Up, Cak Lontong Menertawakannya"]


@pytest.mark.parametrize(
    ("src", "captioned"),
    [
        # Pikiran Rakyat's and Skor.id's desktop pages: a video host's player loaded in an iframe.
        ("https://www.youtube.com/embed/0qVhFc_m-PM", True),
        ("https://www.vidio.com/embed/123-banjir", True),
        # An ad's slot is an iframe too: the line after it is no player's title.
        ("https://ads.contoh.net/slot?id=3", False),
    ],
)
def test_the_line_under_a_video_hosts_iframe_is_its_caption(src: str, captioned: bool) -> None:
    title = "Inter 1-0 Lazio | Inter maintain winning streak | Serie A"
    page = _page(
        "<title>Banjir</title>",
        f"<article><div><p>{P1}</p><p>{P2}</p><div><div><iframe src='{src}'></iframe></div>"
        f"<div>{title}</div></div><p>{P3}</p></div></article>",
    )
    art = beritaparse.parse(page, adapters=False)
    assert ([c.text for c in art.captions] == [title]) is captioned
    assert (title in art.paragraphs) is not captioned


def test_a_tag_box_of_unlinked_labels_stays_out_of_the_text() -> None:
    page = _page(
        "<title>Banjir</title>",
        f"<article><div class=isi><p>{P1}</p><p>{P2}</p><p>{P3}</p>"
        "<div class=tags><span>Banjir</span> <span>Samarinda</span> <span>Kalimantan Timur</span></div>"
        "</div></article>",
    )
    art = beritaparse.parse(page, adapters=False)
    assert art.paragraphs == (P1, P2, P3)


@pytest.mark.parametrize("url", [None, "https://www.kompas.com/read/2024/01/01/banjir"])
def test_a_photo_storys_slides_beside_its_text_are_read_under_any_adapter(url: str | None) -> None:
    # The slides stand in the <article> beside the text box (detik's photo pages). An adapter whose caption
    # XPaths fit nothing here (another template, a redesign) must not hide the page's own figures: before,
    # it did, and the story was read as its first line.
    slides = "".join(
        f"<figure><img src=/f/{i}.jpg><figcaption>{text}</figcaption></figure>"
        for i, text in enumerate((P2, P3, P4))
    )
    page = _page(
        "<title>Foto: Banjir</title>",
        f"<article><h1>Foto: Banjir</h1><div class='gallery media-nav'>{slides}</div>"
        f"<div class=isi><p>{P1}</p></div></article>",
    )
    art = beritaparse.parse(page, url=url)
    assert art.paragraphs == (P1, P2, P3, P4)
    assert [c.text for c in art.captions] == [P2, P3, P4]


def test_a_news_story_keeps_its_short_captions_out_of_the_text() -> None:
    page = _page(
        "<title>Banjir</title>",
        f"<div class=isi><figure><img src=/f.jpg><figcaption>Banjir di kota.</figcaption></figure>"
        f"<p>{P1}</p><p>{P2}</p><p>{P3}</p></div>",
    )
    art = beritaparse.parse(page, adapters=False)
    assert art.paragraphs == (P1, P2, P3)


def test_the_summary_under_the_headline_is_read_without_a_feeds_teasers() -> None:
    # A slide story whose only text is a summary, set as the first item of a feed of teasers right under
    # its headline (issue 11): the summary is the item's text beside the teasers, without the headline
    # its item repeats above it.
    title = "Banjir Rendam Rumah Warga di Tepi Sungai Kota"
    summary = f"{P1} {P2}"
    teasers = "".join(
        f"<div><h2><a href=/b/{i}>Judul berita lain nomor {i} dari kota hari ini</a></h2>"
        f"<div><p>Ringkasan berita lain nomor {i} yang dimuat di kota pada hari yang sama.</p></div></div>"
        for i in range(6)
    )
    page = _page(
        f"<title>{title}</title>",
        f"<h1>{title}</h1><iframe src=/slide></iframe><div><div><h2><a href=/slide/1>{title}</a></h2>"
        f"<h3>{summary}</h3></div>{teasers}</div>",
    )
    art = beritaparse.parse(page, adapters=False)
    assert art.paragraphs == (summary,)
    assert fallback.SUMMARY_NOTE in art.removed


def test_a_scrap_of_the_article_gives_way_to_its_article_body() -> None:
    # The template writes one line of the article in the page (a subheading, a caption) and renders the
    # paragraphs by script: that scrap is no text, the articleBody is (issue 11).
    ld = {"@type": "NewsArticle", "headline": "Banjir", "articleBody": f"{P1}\n\n{P2}\n\n{P3}"}
    # Each scrap is words of the articleBody's ("air mulai naik sekitar pukul 06.00"): no other block.
    for scrap in (
        "<p>Air mulai naik sekitar pukul 06.00 pagi.</p>",
        "<div><div>Warga yang rumahnya terendam diminta mengungsi.</div></div>",
    ):
        page = _page(
            f'<title>Banjir</title><script type="application/ld+json">{json.dumps(ld)}</script>',
            f"<h1>Banjir</h1><div class=isi>{scrap}<div id=app></div></div>",
        )
        assert beritaparse.parse(page, adapters=False).paragraphs == (P1, P2, P3), scrap
    # A short text of the page's own beside an articleBody at most twice as long stays the page's.
    shown = f"{P1} Air surut sore hari."
    short = {"@type": "NewsArticle", "headline": "Banjir", "articleBody": f"{shown}\n\n{P2}"}
    assert 2 * len(shown) >= len(short["articleBody"]) >= 200  # long enough to be told, not twice as long
    assert len(shown) < 150  # thinner than a text
    page = _page(
        f'<title>Banjir</title><script type="application/ld+json">{json.dumps(short)}</script>',
        f"<h1>Banjir</h1><div class=isi><p>{shown}</p></div>",
    )
    assert beritaparse.parse(page, adapters=False).paragraphs == (shown,)


def test_entities_written_into_the_article_body_are_read_as_characters() -> None:
    said = "&ldquo;Kami sudah mengungsi sejak pagi,&rdquo; kata warga.&nbsp;"
    ld = {"@type": "NewsArticle", "headline": "Banjir", "articleBody": f"{P1}\n\n{said}\n\n{P3}"}
    page = _page(f'<title>Banjir</title><script type="application/ld+json">{json.dumps(ld)}</script>', "")
    assert beritaparse.parse(page).paragraphs == (P1, "“Kami sudah mengungsi sejak pagi,” kata warga.", P3)
