"""A magazine template's header and paywall inside the article's element (Tempo's 2023 magazine pages had
both): the byline and the date in headings, a standfirst under the headline, a paywall's box of packages
after the text, a closing list of reporters in capitals. Each is read as what it is on any page, whatever
the markup's names (the pages below carry none)."""

from __future__ import annotations

import beritaparse
from beritaparse.model import RemovedReason

_WRITER = "Hussein Abri Dongoran"
_DEK = "Rancangan undang-undang kesehatan disebut titipan pemerintah. Kementerian mendapat wewenang besar."
_TEXT = (
    "<p>KETIKA Slamet Budiarto bertemu Menteri Kesehatan di rumah dinasnya di Jalan Widya Chandra, Jakarta "
    "Selatan, pada Selasa pekan lalu, ia menyampaikan penolakan organisasinya terhadap rancangan itu.</p>"
    "<p>Menurut dia, rancangan undang-undang tersebut akan menimbulkan banyak persoalan di sektor kesehatan "
    "karena kewenangan organisasi profesi dipangkas dan diserahkan kepada kementerian.</p>"
    "<p>Dewan Perwakilan Rakyat memasukkan rancangan itu ke daftar prioritas program legislasi nasional "
    "tahun ini, dan pembahasannya dimulai bulan depan bersama pemerintah.</p>"
)


def _page(*, header: str = "", text: str = _TEXT, after: str = "", description: str = _DEK) -> str:
    return (
        f'<html><head><meta property="og:description" content="{description}">'
        f'<meta name="author" content="{_WRITER}"></head><body><main><article>'
        f"<div><h1>RUU Kesehatan Dikebut</h1>{header}</div><div>{text}{after}</div>"
        "</article></main></body></html>"
    )


_HEADER = (
    f'<div><h4><a href="/reporter/hussein">{_WRITER}</a></h4></div>'
    "<h4>Senin, 16 Januari 2023</h4>"
    f"<p>{_DEK}</p>"
)


def test_the_byline_and_date_headings_above_the_text_are_no_text() -> None:
    art = beritaparse.parse(_page(header=_HEADER))
    assert art.authors == (_WRITER,)
    assert art.body[0].text.startswith("KETIKA Slamet Budiarto")
    assert _WRITER not in art.text
    assert "16 Januari 2023" not in art.text


def test_a_date_heading_inside_the_text_heads_its_part() -> None:
    # A chronology heads its days with their dates: below the text's first paragraph a date is a subheading.
    text = _TEXT + "<h3>Selasa, 17 Januari 2023</h3>" + _TEXT.replace("KETIKA", "SETELAH")
    art = beritaparse.parse(_page(text=text))
    assert [b.text for b in art.body if b.kind == "heading"] == ["Selasa, 17 Januari 2023"]


def test_the_standfirst_beside_the_headline_is_the_subtitle_not_text() -> None:
    art = beritaparse.parse(_page(header=_HEADER))
    assert art.subtitle == _DEK
    assert _DEK not in art.text
    assert any(r.reason is RemovedReason.SUBTITLE and r.text == _DEK for r in art.removed)


def test_a_lead_paragraph_the_description_repeats_stays_in_the_text() -> None:
    # Many outlets' description is their lead: set among the text's paragraphs, it is the text's.
    lead = "KETIKA Slamet Budiarto bertemu Menteri Kesehatan di rumah dinasnya di Jalan Widya Chandra"
    art = beritaparse.parse(_page(header=_HEADER.replace(f"<p>{_DEK}</p>", ""), description=lead))
    assert art.subtitle is None
    assert art.body[0].text.startswith(lead)


_PAYWALL = (
    "<div><img src='lock.png'><p>Subscribe to continue reading.<br>We craft news with stories.</p>"
    "<p>For the benefits of subscribing to Digital Tempo, <a href='/dukung'>See More</a></p>"
    "<div><p>Rp 54.945/Month</p><p>Active for 12 months, Rp 659.340</p>"
    "<ul><li>*You Save -Rp 102.000</li><li>*Guaranteed update of up to 52 Editions</li></ul>"
    "<a class='btn'>Subscribe</a></div></div>"
)


def test_a_paywalls_box_after_the_text_is_set_aside_whole() -> None:
    art = beritaparse.parse(_page(header=_HEADER, after=_PAYWALL))
    assert art.body[-1].text.startswith("Dewan Perwakilan Rakyat")
    for line in ("We craft news", "Rp 54.945", "Active for 12 months", "Guaranteed update"):
        assert line not in art.text
    assert any(r.reason is RemovedReason.PROMO and "Rp 54.945" in r.text for r in art.removed)


def test_an_indonesian_paywall_opening_on_its_quota_line_is_set_aside_whole() -> None:
    box = (
        "<div><img src='lock.png'><div><h5>Kuota Artikel Gratis Anda Sudah Habis</h5></div>"
        "<h2>Silakan berlangganan untuk menikmati akses penuh artikel eksklusif sejak tahun 1971</h2>"
        "<h3>PAKET TERPOPULER</h3><div><h1>12 BULAN</h1><h4>Rp 594.000</h4>"
        "<ul><li>*Anda hemat -Rp 102.000</li><li>*Update hingga 52 edisi</li></ul></div></div>"
    )
    art = beritaparse.parse(_page(header=_HEADER, after=box))
    assert art.body[-1].text.startswith("Dewan Perwakilan Rakyat")
    assert "Rp 594.000" not in art.text
    assert "52 edisi" not in art.text


def test_text_under_a_paywalls_prompt_is_not_lost_with_it() -> None:
    # A box that opens with the prompt but holds the rest of the text (under a blur) is read as the page
    # shows it: its paragraphs are prose, not a box of packages.
    rest = _TEXT.replace("KETIKA", "SEMENTARA").replace("Menurut dia", "Kata dia")
    art = beritaparse.parse(_page(after=f"<div><p>Subscribe to continue reading.</p>{rest}</div>"))
    assert "SEMENTARA Slamet Budiarto" in art.text


def test_a_closing_list_of_reporters_in_capitals_is_their_credit() -> None:
    after = "<h4><strong>HUSSEIN ABRI DONGORAN, M.A. MURTADHO (BOGOR)</strong></h4>"
    art = beritaparse.parse(_page(header=_HEADER, after=after))
    assert "MURTADHO" not in art.text
    assert art.body[-1].text.startswith("Dewan Perwakilan Rakyat")
    # The page's byline names the writer; the reporters' list does not displace it.
    assert art.authors == (_WRITER,)


def test_a_box_a_label_names_as_the_writers_is_set_aside_whole() -> None:
    # A WordPress theme's writer box under the text, its label in a <span> (Duniaku.net's "TENTANG PENULIS"):
    # the name and the bio are no paragraphs of the text.
    box = (
        "<div><div><span>TENTANG PENULIS</span><hr></div><div><h5><a href='/author/fachrul_run/'>fachrul_run"
        "</a></h5><p>Novelis yang telah menulis cerpen di Fantasy Fiesta 2010, serta novel Hailstorm dan"
        " Redfang untuk seri Vandaria Saga. Menyukai dunia video game.</p></div></div>"
    )
    art = beritaparse.parse(_page(header=_HEADER, after=box))
    assert art.body[-1].text.startswith("Dewan Perwakilan Rakyat")
    assert "Novelis" not in art.text
    assert "fachrul_run" not in art.text


def test_a_share_label_over_the_text_does_not_take_the_text_with_it() -> None:
    # A box opening on a share bar's label and holding the text's paragraphs is the text's box.
    art = beritaparse.parse(_page(text=f"<div><span>Bagikan</span><a href='/s'>Facebook</a>{_TEXT}</div>"))
    assert art.body[0].text.startswith("KETIKA Slamet Budiarto")


def _one_box(first: str, after: str) -> str:
    # A template with the headline, the dek, the date and the text in one element (Popmama's 2019 mobile);
    # the JSON-LD describes the story with the dek, the meta description with the lead.
    ld = f'<script type="application/ld+json">{{"@type": "NewsArticle", "description": "{_DEK}"}}</script>'
    return (
        f'<html><head><meta name="description" content="KETIKA Slamet Budiarto bertemu Menteri">{ld}</head>'
        f"<body><div><h1>RUU Kesehatan Dikebut</h1>{first}{after}{_TEXT}</div></body></html>"
    )


def test_the_standfirst_over_the_date_in_the_texts_own_element_is_the_subtitle() -> None:
    art = beritaparse.parse(_one_box(f"<p><em>{_DEK}</em></p>", "<p>16 Januari 2023</p>"))
    assert art.subtitle == _DEK
    assert _DEK not in art.text
    assert art.body[0].text.startswith("KETIKA Slamet Budiarto")


def test_a_described_lead_under_the_headline_with_the_text_under_it_stays() -> None:
    # The same sentence under the headline, with the text's next paragraph right under it: the lead.
    art = beritaparse.parse(_one_box(f"<p>{_DEK}</p>", ""))
    assert art.subtitle is None
    assert art.body[0].text == _DEK


def test_a_heading_opening_the_text_that_repeats_the_description_is_the_subtitle() -> None:
    # Dream's template: the dek written as an <h6> at the top of the text's element, under the byline's line.
    text = f"<p>Reporter : Ahmad Baiquni</p><h6>{_DEK}</h6>{_TEXT}"
    art = beritaparse.parse(_page(text=text))
    assert art.subtitle == _DEK
    assert _DEK not in art.text
    assert art.body[0].text.startswith("KETIKA Slamet Budiarto")


def test_a_subheading_inside_the_text_that_repeats_the_description_stays() -> None:
    # Below the text's first paragraph a heading heads a part of it, whatever the description says.
    text = _TEXT + f"<h3>{_DEK}</h3>" + _TEXT.replace("KETIKA", "SETELAH")
    art = beritaparse.parse(_page(text=text))
    assert art.subtitle is None
    assert [b.text for b in art.body if b.kind == "heading"] == [_DEK]
