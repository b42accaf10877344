"""Pages that are no article (home, index and tag pages, feeds, 404s, consent walls) get NotAnArticleError.

tests/nonarticles holds real pages of that kind, each with its source and expected reason in
SOURCES.tsv, recognised as saved and with every class and id renamed (the signals are never an outlet's
names); every article page in tests/pages and tests/unseen must still parse (no article is misrecognised).
"""

from __future__ import annotations

import csv
import json
import pathlib

import lxml.html
import pytest

import beritaparse
from beritaparse.errors import BeritaparseError, NoArticleError, NotAnArticleError
from beritaparse.page import kind
from beritaparse.page.pagetree import PageTree
from goldens import known_failures
from scramble import scramble

HERE = pathlib.Path(__file__).parent
NON_ARTICLES = HERE / "nonarticles"
SOURCES = {
    row["name"]: row
    for row in csv.DictReader(
        (NON_ARTICLES / "SOURCES.tsv").read_text(encoding="utf-8").splitlines(), delimiter="\t"
    )
}
ARTICLES = sorted([*(HERE / "pages").glob("*/*.html"), *(HERE / "unseen").glob("*.html")])
MIN_PAGES = 15


def test_every_non_article_page_is_listed_with_its_source() -> None:
    pages = {p.name.removesuffix(".html") for p in NON_ARTICLES.glob("*.html")}
    assert pages == set(SOURCES)
    assert len(pages) >= MIN_PAGES
    assert all(row["repository"] and row["path"] and row["license"] for row in SOURCES.values())


def _non_article_param(name: str, variant: str, scrambled: bool) -> object:
    """``NAME-VARIANT``, xfail-strict where known_failures.json lists ``("nonarticles/NAME", VARIANT)``:
    a real non-article page the rules still read as an article, with what they make of it."""
    reason = known_failures().get((f"nonarticles/{name}", variant))
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason is not None else []
    return pytest.param(name, scrambled, id=f"{name}-{variant}", marks=marks)


@pytest.mark.parametrize(
    ("name", "scrambled"),
    [
        _non_article_param(name, variant, scrambled)
        for name in sorted(SOURCES)
        for variant, scrambled in (("as-saved", False), ("scrambled", True))
    ],
)
def test_non_article_page_is_recognised(name: str, scrambled: bool) -> None:
    raw = (NON_ARTICLES / f"{name}.html").read_bytes()
    for adapters in (True, False):
        with pytest.raises(NotAnArticleError) as info:
            beritaparse.parse(scramble(raw) if scrambled else raw, adapters=adapters)
        assert info.value.reason == SOURCES[name]["reason"]


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_no_article_page_is_taken_for_a_non_article(path: pathlib.Path) -> None:
    url = json.loads(path.with_name(path.stem + ".expected.json").read_text(encoding="utf-8"))["url"]
    raw = path.read_bytes()
    for kwargs in ({"url": url}, {"adapters": False}):
        assert beritaparse.parse(raw, **kwargs).body  # type: ignore[arg-type]
    # With every class and id renamed, and nothing known of the outlet, it is still an article.
    assert beritaparse.parse(scramble(raw), adapters=False).body


def test_the_error_is_a_no_article_error_with_a_reason() -> None:
    assert issubclass(NotAnArticleError, NoArticleError)
    assert issubclass(NotAnArticleError, BeritaparseError)
    assert issubclass(NotAnArticleError, ValueError)
    err = NotAnArticleError("feed")
    assert err.reason == "feed"
    assert "feed" in str(err)


def _page(head: str, body: str) -> bytes:
    return f"<html><head>{head}</head><body>{body}</body></html>".encode()


def test_a_404_page() -> None:
    page = _page(
        "<title>Halaman Tidak Ditemukan - Kabar Daerah</title>",
        "<h1>404</h1><p>Maaf, halaman yang Anda cari tidak ditemukan.</p><a href=/>Kembali ke beranda</a>",
    )
    with pytest.raises(NotAnArticleError) as info:
        beritaparse.parse(page)
    assert info.value.reason == "not-found"


def test_a_404_page_under_the_sites_own_title_says_so_in_a_line() -> None:
    page = _page(
        "<title>Kabar Daerah | Dari Rakyat Untuk Rakyat</title>",
        "<nav><a href=/>Beranda</a><a href=/news>News</a></nav><div><div>404</div><div>Error</div>"
        "<div>Halaman yang Anda cari tidak ditemukan.</div><a href=/>Kembali</a></div>",
    )
    with pytest.raises(NotAnArticleError) as info:
        beritaparse.parse(page)
    assert info.value.reason == "not-found"


def test_an_article_quoting_a_404_line_is_an_article() -> None:
    one = (
        "Warga mengeluhkan situs layanan publik kota yang tidak dapat diakses sejak Senin pagi, kata petugas."
        " Setiap kali dibuka, situs itu hanya menampilkan pesan singkat kepada warga yang mencoba mendaftar."
    )
    two = "Dinas Komunikasi kota menyatakan perbaikan server akan selesai dalam dua hari ke depan."
    page = _page(
        "<title>Situs Layanan Kota Tak Bisa Diakses - Kabar Daerah</title>",
        f"<h1>Situs Layanan Kota Tak Bisa Diakses</h1><p>{one}</p><p>{two}</p>"
        "<blockquote>Halaman yang Anda cari tidak ditemukan.</blockquote>",
    )
    assert beritaparse.parse(page).title == "Situs Layanan Kota Tak Bisa Diakses"


def test_a_consent_wall() -> None:
    page = _page(
        "<title>Kabar Daerah</title>",
        "<div><p>Kami menggunakan cookies untuk meningkatkan pengalaman Anda. Dengan melanjutkan, Anda"
        " menyetujui kebijakan privasi kami.</p><button>Setuju</button></div>",
    )
    with pytest.raises(NotAnArticleError) as info:
        beritaparse.parse(page)
    assert info.value.reason == "consent"


def test_a_consent_notice_of_two_sentences_one_naming_no_cookie() -> None:
    # Counted by sentence, the notice is still most of the page: one sentence of two names the cookies.
    page = _page(
        "<title>Kabar Daerah</title>",
        "<div><p>Kami dan mitra kami menggunakan cookie untuk menayangkan iklan yang sesuai dengan minat"
        " Anda. Anda dapat mengubah pilihan ini kapan saja.</p>"
        "<button>Terima</button><button>Kelola</button></div>",
    )
    with pytest.raises(NotAnArticleError) as info:
        beritaparse.parse(page)
    assert info.value.reason == "consent"


def test_an_undated_text_naming_personal_data_once_is_no_consent_wall() -> None:
    # An article's HTML cut from its page (no date, no structured data), its paragraphs lines of one block:
    # one sentence of the text names personal data, which made the whole block a consent notice's line.
    paragraphs = (
        "Galaxy S6 Edge adalah ponsel andalan Samsung tahun ini. Namun menurut Google, ponsel itu tidak luput"
        " dari kelemahan di sisi keamanan.",
        "Google menyatakan ponsel itu memiliki sebelas celah keamanan. Tim Project Zero mengujinya karena"
        " banyak orang yang memilikinya.",
        "Beberapa celah itu memungkinkan peretas mengambil alih perangkat dan mencuri data pribadi.",
        "Samsung menyatakan tiga celah yang tersisa akan ditutup dalam pembaruan bulan ini.",
    )
    page = f"<p>{'<br><br>'.join(paragraphs)}</p>".encode()
    article = beritaparse.parse(page)
    assert [block.text for block in article.body] == list(paragraphs)


def test_a_tag_page_of_teasers() -> None:
    teasers = "".join(
        f"<div><h3><a href=/read/{i}/judul>Judul berita nomor {i} tentang banjir di kota</a></h3>"
        f"<p>Ringkasan singkat berita nomor {i}, dengan koma, yang cukup panjang untuk dibaca.</p></div>"
        for i in range(10)
    )
    page = _page("<title>Tag: banjir</title>", f"<div id=list>{teasers}</div>")
    with pytest.raises(NotAnArticleError) as info:
        beritaparse.parse(page, url="https://kabar.example/tag/banjir")
    assert info.value.reason == "listing"


def test_an_index_of_teasers_written_as_a_link_a_date_and_a_lead() -> None:
    # Merdeka's photo index: no heading tags, each teaser a link, its date and its lead in plain boxes.
    teasers = "".join(
        f"<div><a href=/foto/{i}/judul><img src=/i/{i}.jpg></a><div><a href=/foto/{i}/judul>Judul galeri"
        f" nomor {i} tentang banjir di kota</a><span>Selasa, 14 Juli 2020 13:{10 + i}:51</span>"
        f"<span>Judul galeri nomor {i}. Ringkasan singkat galeri nomor {i}, dengan koma, yang cukup panjang"
        " untuk dibaca.</span></div></div>"
        for i in range(10)
    )
    title = "<title>Judul galeri nomor 0 tentang banjir di kota</title>"
    page = _page(title, f"<div id=list>{teasers}</div>")
    with pytest.raises(NotAnArticleError) as info:
        beritaparse.parse(page)
    assert info.value.reason == "listing"


def test_an_article_with_dated_cards_under_its_text_stays_an_article() -> None:
    # A "Terpopuler" widget put inside the text's element: eight cards, each a linked headline and a time.
    cards = "".join(
        f"<div><a href=/berita/{i}/kabar><img src=/i/{i}.jpg><span>Judul berita lain nomor {i} tentang kota"
        f"</span></a> <span>Senin, 13 Mei 2024 1{i}:00</span></div>"
        for i in range(8)
    )
    text = f"<p>{_PARAGRAPH}</p><p>{_PARAGRAPH} Lagi.</p>{cards}"
    art = beritaparse.parse(_article("Banjir Rendam Kota", text))
    assert art.paragraphs[:2] == (_PARAGRAPH, f"{_PARAGRAPH} Lagi.")


def test_a_listicle_whose_entries_open_on_links_stays_an_article() -> None:
    # The same shape without the dates: a list's entries, each a place's link and a line about it.
    entries = "".join(
        f"<div><a href=/tempat/{i}>Tempat wisata nomor {i} di kota kita</a><br>"
        f"<span>Tempat ini ramai dikunjungi saat libur panjang, kata pengelola nomor {i}.</span></div>"
        for i in range(10)
    )
    art = beritaparse.parse(_article("Sepuluh Tempat Wisata di Kota Kita", f"<p>{_PARAGRAPH}</p>{entries}"))
    assert len(art.paragraphs) >= 10


def test_an_article_with_teasers_beside_it_stays_an_article() -> None:
    teasers = "".join(
        f"<li><h3><a href=/read/{i}/judul>Judul berita lain nomor {i} tentang kota</a></h3></li>"
        for i in range(15)
    )
    page = _page(
        '<meta property="article:published_time" content="2024-05-13T10:00:00+07:00">',
        "<h1>Banjir Rendam Kota</h1><div id=text><p>Hujan deras sejak pagi membuat sungai meluap dan air"
        " merendam rumah warga di tepi sungai.</p></div>"
        f"<aside><ul>{teasers}</ul></aside>",
    )
    art = beritaparse.parse(page)
    assert art.paragraphs == (
        "Hujan deras sejak pagi membuat sungai meluap dan air merendam rumah warga di tepi sungai.",
    )


_PARAGRAPH = (
    "Hujan deras sejak pagi membuat sungai meluap dan air merendam rumah warga di tepi sungai, kata petugas."
)


def _article(headline: str, body: str, head: str = "") -> bytes:
    return _page(
        f"<title>{headline} - Kabar Daerah</title>{head}", f"<h1>{headline}</h1><div id=isi>{body}</div>"
    )


def test_a_listicle_with_many_subheadings_stays_an_article() -> None:
    items = "".join(f"<h2>{i}. Tempat wisata nomor {i} di kota</h2><p>{_PARAGRAPH}</p>" for i in range(1, 8))
    art = beritaparse.parse(_article("Tujuh Tempat Wisata di Kota Kita", f"<p>{_PARAGRAPH}</p>{items}"))
    assert len(art.paragraphs) == 8


def test_a_short_article_with_a_cookie_notice_stays_an_article() -> None:
    notice = (
        "<div id=cookie><p>Situs ini memakai cookies. Baca kebijakan privasi kami.</p><button>OK</button>"
    )
    page = _article("Banjir Rendam Kota Pagi Ini", f"<p>{_PARAGRAPH}</p><p>{_PARAGRAPH}</p>")
    art = beritaparse.parse(page.replace(b"</body>", notice.encode() + b"</div></body>"))
    assert art.paragraphs[0] == _PARAGRAPH


@pytest.mark.parametrize(
    "headline", ["Indeks Harga Konsumen Naik Tipis", "404 Warga Terdampak Banjir Bandang"]
)
def test_a_headline_that_looks_like_an_index_or_error_stays_an_article(headline: str) -> None:
    assert beritaparse.parse(_article(headline, f"<p>{_PARAGRAPH}</p>")).paragraphs == (_PARAGRAPH,)


def test_an_article_whose_canonical_address_is_the_home_page_stays_an_article() -> None:
    teasers = "".join(
        f"<li><h3><a href=/read/{i}/judul>Judul berita lain nomor {i} tentang kota</a></h3></li>"
        for i in range(15)
    )
    page = _article(
        "Banjir Rendam Kota Pagi Ini",
        "".join(f"<p>{_PARAGRAPH} Laporan nomor {i}.</p>" for i in range(3)),
        head='<link rel="canonical" href="https://kabar.example/">',
    )
    art = beritaparse.parse(page.replace(b"</body>", f"<aside><ul>{teasers}</ul></aside></body>".encode()))
    assert len(art.paragraphs) == 3


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("https://kabar.example/index.php/2024/05/13/banjir-rendam-kota", None),
        ("https://kabar.example/?p=123", None),
        ("https://kabar.example/?s=banjir", "listing"),
        ("https://kabar.example/", "listing"),
        ("https://indeks.kabar.example/news", "listing"),
    ],
)
def test_the_address_the_page_was_fetched_from(url: str, reason: str | None) -> None:
    page = _article("Banjir Rendam Kota Pagi Ini", f"<p>{_PARAGRAPH}</p>")
    if reason is None:
        assert beritaparse.parse(page, url=url).paragraphs == (_PARAGRAPH,)
    else:
        with pytest.raises(NotAnArticleError) as info:
            beritaparse.parse(page, url=url)
        assert info.value.reason == reason


def test_a_blog_front_page_of_post_excerpts() -> None:
    posts = "".join(
        f"<div class=post><h2><a href=/2024/05/{i}/judul>Judul tulisan nomor {i} tentang kota</a></h2>"
        f"<div class=excerpt><p>{_PARAGRAPH} Ringkasan tulisan nomor {i}.</p></div></div>"
        for i in range(12)
    )
    page = _page("<title>Blog Kota</title>", f"<h1><a href=/>Blog Kota</a></h1><div id=posts>{posts}</div>")
    with pytest.raises(NotAnArticleError) as info:
        beritaparse.parse(page)
    assert info.value.reason == "listing"


@pytest.mark.parametrize("scrambled", [False, True])
def test_a_blogger_front_page_dated_by_day_is_a_listing(scrambled: bool) -> None:
    # Blogger's front page: each day's posts under the day's date, each post a linked title over an excerpt
    # and a "read more" link. The excerpts read as prose, and the first day's date is no date of the page.
    posts = "".join(
        f'<div class="date-outer"><h2 class="date-header"><span>Senin, {10 + i} Mei 2024</span></h2>'
        f'<div class="date-posts"><div class="post-outer"><div class="post hentry">'
        f'<h3 class="post-title entry-title"><a href="/2024/05/tulisan-{i}.html">Judul tulisan nomor {i}'
        f' tentang kota</a></h3><div class="post-body entry-content">{_PARAGRAPH} Ringkasan nomor {i}.'
        f'<div class="jump-link"><a href="/2024/05/tulisan-{i}.html#more">Baca selengkapnya &#187;</a></div>'
        f'</div><div class="post-footer">Posted by <span class="fn">Admin</span></div>'
        "</div></div></div></div>"
        for i in range(9)
    )
    page = _page(
        "<title>Blog Kota</title>",
        f'<h1 class="title"><a href="/">Blog Kota</a></h1><div class="blog-posts hfeed">{posts}</div>',
    )
    with pytest.raises(NotAnArticleError) as info:
        beritaparse.parse(scramble(page) if scrambled else page, adapters=False)
    assert info.value.reason == "listing"


def test_a_whole_story_in_a_feed_like_template_stays_an_article() -> None:
    story = "".join(f"<p>{_PARAGRAPH} Bagian cerita nomor {i}.</p>" for i in range(10))
    others = "".join(
        f"<div class=item><h2><a href=/today/{i}/lain>Judul cerita lain nomor {i} hari ini</a></h2>"
        f"<div class=text><p>Ringkasan cerita lain nomor {i}.</p></div></div>"
        for i in range(5)
    )
    page = _page(
        "<title>Cerita Utama Hari Ini di Kota - Kabar</title>",
        "<div class=feed><div class=item><h2><a href=/today/1/utama>Cerita Utama Hari Ini di Kota</a></h2>"
        f"<div class=text>{story}</div></div>{others}</div>",
    )
    assert len(beritaparse.parse(page).paragraphs) == 10


_OTHERS = "".join(
    f"<div class=item><h2><a href=/today/{i}/lain>Judul cerita lain nomor {i} hari ini</a></h2>"
    f"<div class=text><p>Ringkasan cerita lain nomor {i} yang dimuat di kota hari ini.</p></div></div>"
    for i in range(6)
)


def test_a_short_story_in_a_feed_like_template_stays_an_article_without_structured_data() -> None:
    # A short item (two paragraphs) as the first of a feed's items, no meta tags, no JSON-LD: the page is
    # headed by the story's headline and the item holds several times any other's text (issue 11).
    story = f"<p>{_PARAGRAPH} Bagian pertama.</p><p>{_PARAGRAPH} Bagian kedua.</p>"
    page = _page(
        "<title>Cerita Utama Hari Ini di Kota - Kabar</title>",
        "<h1>Cerita Utama Hari Ini di Kota</h1><div class=feed><div class=item><h2><a href=/today/1/utama>"
        f"Cerita Utama Hari Ini di Kota</a></h2><div class=text>{story}</div></div>{_OTHERS}</div>",
    )
    art = beritaparse.parse(page, adapters=False)
    # The story's text, without the excerpts of the items around it.
    assert len(art.paragraphs) == 2
    assert "Ringkasan" not in art.text


def test_an_excerpt_as_long_as_the_others_in_a_feed_is_a_listing() -> None:
    # The same feed with the first item's text an excerpt like the rest: a front page, whatever the heading.
    page = _page(
        "<title>Cerita Utama Hari Ini di Kota - Kabar</title>",
        "<h1>Cerita Utama Hari Ini di Kota</h1><div class=feed><div class=item><h2><a href=/today/1/utama>"
        f"Cerita Utama Hari Ini di Kota</a></h2><div class=text><p>{_PARAGRAPH}</p></div></div>"
        f"{_OTHERS}</div>",
    )
    with pytest.raises(NotAnArticleError):
        beritaparse.parse(page, adapters=False)


def test_a_short_story_whose_item_links_to_the_page_itself_stays_an_article() -> None:
    # The same short item, its headline linking to the page's own address: the page's own story, however
    # short beside the excerpts (issue 11: two short paragraphs of a "Today" page raised).
    own = "https://kabar.example/today/1/utama"
    page = _page(
        f"<title>Cerita Utama Hari Ini di Kota - Kabar</title><link rel=canonical href={own}>",
        f"<h1>Cerita Utama Hari Ini di Kota</h1><div class=feed><div class=item><h2><a href={own}>"
        f"Cerita Utama Hari Ini di Kota</a></h2><div class=text><p>{_PARAGRAPH}</p></div></div>"
        f"{_OTHERS}</div>",
    )
    art = beritaparse.parse(page, adapters=False)
    assert art.paragraphs == (_PARAGRAPH,)


def test_a_home_page_with_no_text_anywhere_lists_whatever_heads_it() -> None:
    # A radio station's home page stripped of its meta tags: a slogan heading that repeats the title, no
    # text, no data, no date, and many linked headlines (issue 11).
    teasers = "".join(
        f"<div><h3><a href=/news/{i}/judul>Judul berita nomor {i} dari kota hari ini</a></h3></div>"
        for i in range(14)
    )
    page = _page("<title>Musik Terbaik Setiap Hari</title>", f"<h1>Musik Terbaik Setiap Hari</h1>{teasers}")
    with pytest.raises(NotAnArticleError) as info:
        beritaparse.parse(page, adapters=False)
    assert info.value.reason == "listing"


@pytest.mark.parametrize(
    "links",
    [
        "",
        '<link rel="canonical">',
        '<link rel="canonical"><link rel="canonical" href="https://a.example/1">',
        '<link rel="Canonical" href="https://a.example/x"><link rel="canonical" href="">',
        '<link rel="alternate canonical" href="https://a.example/x"><link rel="canonical" href="https://a.example/2">',
    ],
)
def test_own_address_is_the_first_canonical_link_with_an_address(links: str) -> None:
    # The link walk reads the same address as the XPath it replaced.
    page = f"<html><head>{links}</head><body><link rel='canonical' href='/b'></body></html>"
    doc = lxml.html.document_fromstring(page)
    expected = doc.xpath("string(//link[@rel='canonical']/@href)")
    assert kind._own_addresses(PageTree(doc), {}) == ([expected] if expected else [])


def _teasers(n: int) -> str:
    return "".join(
        f"<li><a href='/read/2024/01/{i}/berita-lain'>Berita lain nomor {i} yang juga dibaca</a></li>"
        for i in range(n)
    )


def test_an_article_told_in_its_json_ld_is_no_listing_though_its_og_url_points_home() -> None:
    """AMP pages point og:url at the site's root; the text may be only in the article's JSON-LD."""
    body = " ".join(["Warga di bantaran sungai diminta waspada karena hujan deras masih turun."] * 20)
    headline = "Banjir Rendam Ratusan Rumah Warga"
    ld = json.dumps({"@type": "NewsArticle", "headline": headline, "articleBody": body})
    page = (
        "<html><head><title>Banjir Rendam Ratusan Rumah Warga</title>"
        "<meta property='og:url' content='https://kabar.example/'>"
        f"<script type='application/ld+json'>{ld}</script></head><body>"
        f"<h1>Banjir Rendam Ratusan Rumah Warga</h1><div></div><ul>{_teasers(20)}</ul></body></html>"
    )
    assert beritaparse.parse(page, adapters=False).title == "Banjir Rendam Ratusan Rumah Warga"
    # The same page with no article text in its data lists only other stories.
    with pytest.raises(NotAnArticleError):
        beritaparse.parse(page.replace(ld, "{}"), adapters=False)


def test_a_headline_shown_in_a_link_to_the_page_itself_dates_a_short_story() -> None:
    """Mobile templates show the headline as ``<a href="#">``: the date under it dates the page."""
    text = "".join(
        f"<p>{p}</p>"
        for p in (
            "Harga cabai rawit di pasar tradisional turun tajam sejak awal pekan ini, kata pedagang.",
            "Pasokan dari petani di daerah sentra melimpah setelah panen raya di sejumlah kabupaten.",
        )
    )
    page = (
        "<html><head><title>Harga Cabai Rawit Turun Tajam di Pasar</title></head><body>"
        f"<ul>{_teasers(20)}</ul><div><a href='#'>Harga Cabai Rawit Turun Tajam di Pasar</a>"
        f"<h6>Kabar.com, 20 Juli 2022, 09:30 WIB</h6></div><div>{text}</div>"
        f"<ul>{_teasers(20)}</ul></body></html>"
    )
    art = beritaparse.parse(page, adapters=False)
    assert art.published is not None
    assert art.published.isoformat().startswith("2022-07-20T09:30")
    # A link to another page holding the words is a teaser, not the headline: no date, a listing.
    with pytest.raises(NotAnArticleError):
        beritaparse.parse(page.replace("href='#'", "href='/read/lain'"), adapters=False)


def test_a_line_apart_from_the_headline_among_many_teasers_is_an_index_pages_box() -> None:
    """A home page's SEO heading repeats its title; the only prose on it is a promo box or a teaser's excerpt
    far from that heading, past the teasers (Liputan6's 2026 home page, Popmama's section fronts)."""
    box = "<div><p>Mulai konsultasi seputar parenting yuk! Hai Ma, bertanya pada ahli parenting.</p></div>"
    page = (
        "<html><head><title>Berita Terkini Hari Ini Indonesia dan Dunia - Contoh.com</title></head><body>"
        f"<h1>Berita Terkini Hari Ini Indonesia dan Dunia</h1><ul>{_teasers(20)}</ul>{box}"
        f"<ul>{_teasers(20)}</ul></body></html>"
    )
    with pytest.raises(NotAnArticleError):
        beritaparse.parse(page, adapters=False)
    # The same line right under the headline is a short story's text.
    near = page.replace(f"<ul>{_teasers(20)}</ul>{box}", f"{box}<ul>{_teasers(20)}</ul>", 1)
    assert "konsultasi" in beritaparse.parse(near, adapters=False).text


def test_a_templates_unfilled_placeholder_is_no_publication_time() -> None:
    """A home page built from an article's template keeps its tag unfilled ("[publishdate]"): no article
    data, so the page is judged by what it shows."""
    box = "<div><p>Update terbaru harga emas hari ini, lengkap dengan harga per gram hari ini.</p></div>"
    page = (
        "<html><head><title>Berita Terkini Hari Ini - Contoh.com</title>"
        '<meta property="article:published_time" content="[publishdate]"></head><body>'
        f"<h1>Berita Terkini Hari Ini</h1><ul>{_teasers(20)}</ul>{box}</body></html>"
    )
    with pytest.raises(NotAnArticleError):
        beritaparse.parse(page, adapters=False)


def _dated_teasers(n: int) -> str:
    # A KLY home page's teaser list: a linked headline, its day (the page is dated by the first).
    return "".join(
        f"<div><h3><a href=/news/read/{i}/judul>Judul berita nomor {i} dari kota hari ini</a></h3>"
        f"<span>Rabu, 21 Oktober 2020</span></div>"
        for i in range(n)
    )


_DESCRIBED = (
    '<title>Berita Bola Terbaru</title><meta property="og:type" content="website">'
    '<meta property="article:published_time" content="[publishdate]">'
    '<meta name="description" content="Manchester United berjumpa PSG, Rabu (21/10/2020) dini hari.">'
)


# The top story's time over the list, which dates the page.
_TOP_STAMP = '<div><time datetime="2020-10-20T11:02:00+07:00">20 Okt 2020 11:02</time></div>'


def test_a_dated_page_whose_only_text_is_its_description_beside_teasers_is_a_listing() -> None:
    # Bola.com's and Liputan6's 2020 home pages: their teasers set aside, only the description is left.
    with pytest.raises(NotAnArticleError) as info:
        beritaparse.parse(_page(_DESCRIBED, _TOP_STAMP + _dated_teasers(8)), adapters=False)
    assert info.value.reason == "listing"


def test_a_page_whose_only_text_is_its_description_but_that_declares_an_article_stays_an_article() -> None:
    # A script writes the text of this one: its JSON-LD says it is an article, so its description stands in.
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Judul"}</script>'
    art = beritaparse.parse(_page(_DESCRIBED + ld, _TOP_STAMP + _dated_teasers(8)), adapters=False)
    assert art.paragraphs == ("Manchester United berjumpa PSG, Rabu (21/10/2020) dini hari.",)


def _catalogue(teasers: int, *, headline: str = "", meta: str = "") -> bytes:
    """A classifieds page: a notice over the ads, linked titles of the ads, nothing of its own."""
    notice = (
        "<div><p>Semua iklan mobil ditampilkan dalam periode 30 hari terakhir.</p>"
        "<p>Untuk melihat daftar iklan lebih lengkap, buka situs lewat peramban desktop.</p></div>"
    )
    return (
        f"<html><head><title>Jual Beli Mobil Bekas dan Baru di Semua Kota | Contoh.com</title>{meta}</head>"
        f"<body>{headline}{notice}<ul>{_teasers(teasers)}</ul></body></html>"
    ).encode()


def test_a_notice_over_a_few_linked_titles_is_a_listing() -> None:
    """Otosia's classifieds page: a two-line notice and ten ads' linked titles, fewer than the many
    teasers an index without a headline needs; a scrap of text on a page with no headline, data or date of
    its own lists."""
    with pytest.raises(NotAnArticleError) as info:
        beritaparse.parse(_catalogue(10), adapters=False)
    assert info.value.reason == "listing"


def test_a_scrap_under_its_own_headline_or_date_or_beside_few_links_is_no_listing() -> None:
    """The same scrap stays the page's text where the page heads it or declares its publication time, or
    where it stands beside too few links to list anything."""
    headed = _catalogue(10, headline="<h1>Jual Beli Mobil Bekas dan Baru di Semua Kota</h1>")
    assert "Semua iklan" in beritaparse.parse(headed, adapters=False).text
    dated = _catalogue(
        10, meta="<meta property='article:published_time' content='2022-07-20T09:30:00+07:00'>"
    )
    assert "Semua iklan" in beritaparse.parse(dated, adapters=False).text
    assert "Semua iklan" in beritaparse.parse(_catalogue(3), adapters=False).text
    # Nor is a text of a few paragraphs, however few links are beside it, a scrap.
    story = "".join(
        f"<p>Harga mobil bekas di pasar daerah {i} naik tipis menjelang akhir tahun, kata para pedagang.</p>"
        for i in ("Bandung", "Bekasi", "Bogor", "Depok")
    )
    longer = _catalogue(10).replace(b"<ul>", story.encode() + b"<ul>", 1)
    assert "Harga mobil bekas" in beritaparse.parse(longer, adapters=False).text


def _score_board(*, headline: str = "", line: str = "") -> bytes:
    """Bola.net's mobile match page: the clubs and the score, the match's facts between <br>s, its goals in a
    table; no sentence."""
    clubs = "".join(
        f"<div class=box><div class=club><img src=/{n}.jpg><span>{club}</span></div>"
        f"<div class=score>{n}</div></div>"
        for club, n in (("Aston Villa", 7), ("Liverpool", 2))
    )
    facts = "<p><strong>Liga Premier</strong><br>Full Time<br>2020-10-05 01:15 WIB<br>Villa Park</p>"
    goals = "".join(
        f"<tr><td>{m}'</td><td><strong>[{score}]</strong> goal</td><td>{player}</td><td></td></tr>"
        for m, score, player in (
            (4, "1:0", "Ollie Watkins"),
            (22, "2:0", "Ollie Watkins"),
            (33, "2:1", "Mohamed Salah"),
            (35, "3:1", "John McGinn"),
            (39, "4:1", "Ollie Watkins"),
            (55, "5:1", "Ross Barkley"),
        )
    )
    return (
        "<html><head><title>Skor Pertandingan Aston Villa - Liverpool</title></head><body>"
        f"{headline}<div class=match>{clubs}{facts}{line}<ul><li><a href=/live>Live Reports</a></li></ul>"
        f"<table><tr><th colspan=4>Aston Villa 7 - 2 Liverpool</th></tr>{goals}</table></div></body></html>"
    ).encode()


def test_a_text_without_one_sentence_on_a_page_of_no_story_is_a_listing() -> None:
    with pytest.raises(NotAnArticleError) as info:
        beritaparse.parse(_score_board(), adapters=False)
    assert info.value.reason == "listing"


def test_a_text_without_a_sentence_under_the_pages_own_headline_or_with_one_stays() -> None:
    headed = _score_board(headline="<h1>Skor Pertandingan Aston Villa - Liverpool</h1>")
    assert "Villa Park" in beritaparse.parse(headed, adapters=False).text
    told = _score_board(line="<p>Aston Villa menang besar atas juara bertahan Liverpool di kandangnya.</p>")
    assert "menang besar" in beritaparse.parse(told, adapters=False).text


# A template's copy, or a page saved without its links, points every teaser at one placeholder address.
_PLACEHOLDER = "artikel.html"


def _cards(n: int, *, href: str = _PLACEHOLDER, start: int = 0) -> str:
    """Teaser cards as a magazine's template writes them: the whole card a link, its headline a heading
    inside, a channel and a time after it."""
    return "".join(
        f"<div><a href='{href}'><img src=/i/{i}.jpg><h3>Judul berita nomor {i} dari kota hari ini</h3>"
        f"<div>Nasional | 23:1{i % 10} WIB</div></a></div>"
        for i in range(start, start + n)
    )


def test_a_tag_page_whose_teasers_all_link_one_placeholder_address_is_a_listing() -> None:
    # Pikiran Rakyat's tag page template: fifteen dated teasers, each a different story, all linking
    # "artikel.html"; the stories are told apart by their headlines.
    teasers = "".join(
        f"<div><h4><a href=kanal.html>Nasional</a></h4><h2><a href={_PLACEHOLDER}>Judul berita nomor {i}"
        f" tentang banjir di kota</a></h2><span>25 September 2019, 23:12 WIB</span></div>"
        for i in range(15)
    )
    page = _page("<title>Kabar Daerah | Dari Rakyat Untuk Rakyat</title>", f"<h3>#Bandung</h3>{teasers}")
    with pytest.raises(NotAnArticleError) as info:
        beritaparse.parse(page, adapters=False)
    assert info.value.reason == "listing"


def test_a_story_shown_twice_as_a_card_counts_once() -> None:
    # An article under its site's name only, no date and no headline of its own, beside two boxes that show
    # the same seven stories: seven stories, too few to list, however many links and texts show them (the
    # card's link text adds the channel and the time to the headline it holds).
    text = f"<p>{_PARAGRAPH}</p><p>{_PARAGRAPH} Lagi.</p><p>{_PARAGRAPH} Dan lagi.</p>"
    page = _page(
        "<title>Kabar Daerah</title>",
        f"<div id=isi>{text}</div><aside><h2>Terpopuler</h2>{_cards(7)}</aside>"
        f"<aside><h2>Terbaru</h2>{_cards(7)}</aside>",
    )
    assert beritaparse.parse(page, adapters=False).paragraphs[0] == _PARAGRAPH
    # Seven more stories make a list of fourteen beside a thin text on a page of no story: a listing.
    more = page.replace(b"</body>", f"<aside>{_cards(7, start=7)}</aside></body>".encode())
    with pytest.raises(NotAnArticleError):
        beritaparse.parse(more, adapters=False)


def _headed(
    text: str, *, teasers: str, headline: str = "<h1>Timnas Muda Lolos ke Semifinal Turnamen</h1>"
) -> bytes:
    """A template's story page: its title names only the site, no date or data; an unlinked headline over
    a short text and many linked headlines around them."""
    return _page("<title>Skor Kita</title>", f"{headline}<article>{text}</article><aside>{teasers}</aside>")


def test_a_short_story_under_an_unlinked_headline_stays_an_article_though_the_title_names_the_site() -> None:
    # A photo story's two paragraphs under its <h1>, fifteen other stories beside them.
    text = f"<p>{_PARAGRAPH}</p><p>{_PARAGRAPH} Lagi.</p>"
    art = beritaparse.parse(_headed(text, teasers=f"<ul>{_teasers(15)}</ul>"), adapters=False)
    assert art.paragraphs == (_PARAGRAPH, f"{_PARAGRAPH} Lagi.")
    # A line of it only, too.
    art = beritaparse.parse(
        _headed(f"<p>{_PARAGRAPH}</p>", teasers=f"<ul>{_teasers(15)}</ul>"), adapters=False
    )
    assert art.paragraphs == (_PARAGRAPH,)


@pytest.mark.parametrize(
    "headline",
    [
        # The heading links to a story elsewhere: a teaser's, a front page's top story.
        "<h1><a href=/read/utama>Timnas Muda Lolos ke Semifinal Turnamen</a></h1>",
        # The heading names the list, in fewer words than a headline.
        "<h1>Berita Terbaru</h1>",
        # The heading stands apart from the text, past a list of linked headlines.
        f"<h1>Timnas Muda Lolos ke Semifinal Turnamen</h1><ul>{_teasers(15)}</ul>",
    ],
    ids=["linked", "a-list-name", "apart"],
)
def test_a_text_no_unlinked_headline_heads_beside_many_teasers_is_a_listing(headline: str) -> None:
    text = f"<p>{_PARAGRAPH}</p><p>{_PARAGRAPH} Lagi.</p>"
    with pytest.raises(NotAnArticleError) as info:
        beritaparse.parse(
            _headed(text, teasers=f"<ul>{_teasers(15)}</ul>", headline=headline), adapters=False
        )
    assert info.value.reason == "listing"


def _standings(rows: int, *, text: str = "") -> bytes:
    """A sports site's standings page: the league's name over rows of a club and its numbers, in spans."""
    clubs = ("Persib", "Persija", "Arema", "Bali United", "Persebaya", "PSM", "Madura United", "PSIS")
    table = "".join(
        f"<div class=row><span>{n + 1}</span><div class=img><img src=/{n}.png></div>{clubs[n % len(clubs)]}"
        + "".join(f"<span>{v}</span>" for v in (12, 10 - n, 1, n, 20 - n, 9, f"+{11 - n}", 31 - 3 * n))
        + "</div>"
        for n in range(rows)
    )
    return _page(
        "<title>Skor Kita</title>",
        f"<nav><a href=/>Home</a><a href=/liga>Liga 1</a></nav><h3>Liga 1</h3>{text}<div>{table}</div>",
    )


def test_a_table_of_numbers_with_no_text_is_a_listing() -> None:
    with pytest.raises(NotAnArticleError) as info:
        beritaparse.parse(_standings(8), adapters=False)
    assert info.value.reason == "listing"


def test_a_story_beside_a_table_of_numbers_or_a_page_of_a_few_numbers_is_no_listing() -> None:
    # A match report's text beside the standings is an article; a page of no text with two rows of numbers
    # holds no table, and a page that holds no text is no article, not a listing.
    text = f"<div><p>{_PARAGRAPH}</p><p>{_PARAGRAPH} Lagi.</p><p>{_PARAGRAPH} Dan lagi.</p></div>"
    assert beritaparse.parse(_standings(8, text=text), adapters=False).paragraphs[0] == _PARAGRAPH
    with pytest.raises(NoArticleError) as info:
        beritaparse.parse(_standings(2), adapters=False)
    assert not isinstance(info.value, NotAnArticleError)


def test_a_writers_page_of_her_stories_under_her_profile_is_a_listing() -> None:
    # Harper's Bazaar's author index template: the writer's photo, role and bio, then her stories as cards
    # with a line each, every card linking a placeholder address.
    bio = (
        "Ia menulis tentang mode dan budaya sejak 2015, dan kini menyunting rubrik gaya hidup setiap pekan."
        " Sebelumnya ia bekerja di sebuah majalah remaja di Jakarta selama lima tahun, lalu pindah ke Bali."
    )
    stories = "".join(
        f"<div><a href={_PLACEHOLDER}><img src=/s/{i}.jpg></a><h3><a href={_PLACEHOLDER}>Judul cerita"
        f" nomor {i} tentang mode kota</a></h3><p>Satu kalimat ringkasan cerita nomor {i} yang dimuat pekan"
        " ini.</p>"
        f"<span>by: <a href=penulis.html>Rina Kartika</a></span></div>"
        for i in range(12)
    )
    page = _page(
        "<title>Majalah Kita: Fashion, Beauty &amp; Lifestyle</title>",
        f"<div><img src=/rina.jpg><h4>Rina Kartika</h4><span>Feature Reporter</span><p>{bio}</p></div>"
        f"<section>{stories}</section>",
    )
    for form in (page, scramble(page)):
        with pytest.raises(NotAnArticleError) as info:
            beritaparse.parse(form, adapters=False)
        assert info.value.reason == "listing"


def test_a_story_with_its_writers_profile_and_her_other_stories_stays_an_article() -> None:
    # The same profile box and cards under a story's own headline and text.
    text = "".join(f"<p>{_PARAGRAPH} Bagian nomor {i}.</p>" for i in range(3))
    page = _page(
        "<title>Majalah Kita: Fashion, Beauty &amp; Lifestyle</title>",
        f"<h1>Lima Tren Mode yang Kembali Tahun Ini</h1><article>{text}</article>"
        "<div><img src=/rina.jpg><h4>Rina Kartika</h4><span>Feature Reporter</span>"
        "<p>Ia menulis tentang mode dan budaya sejak 2015.</p></div>"
        f"<section>{_cards(12)}</section>",
    )
    assert len(beritaparse.parse(page, adapters=False).paragraphs) == 3
