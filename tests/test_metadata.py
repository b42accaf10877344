"""beritaparse.page.metadata: the corpus gold for title, publication time and credits, and each rule alone."""

from __future__ import annotations

import datetime as dt
import json
import pathlib
from typing import TYPE_CHECKING, Any

import attrs
import pytest

from beritaparse.outlets import NAMES, OUTLETS
from beritaparse.outlets.base import Outlet
from beritaparse.page.html import load
from beritaparse.page.metadata import PageMeta, clean_title, clean_url, extract, find_outlet, split_names
from beritaparse.page.titles import site_in_title
from goldens import cases, param

if TYPE_CHECKING:
    from collections.abc import Mapping

PAGES = pathlib.Path(__file__).parent / "pages"
CASES = [c.source for c in cases("pages")]
WIB = dt.timezone(dt.timedelta(hours=7))


def gold_of(path: pathlib.Path) -> Mapping[str, Any]:
    return _GOLD[path]


_GOLD = {c.source: c.gold for c in cases("pages")}


def read(path: pathlib.Path, url: str | None = None) -> PageMeta:
    """A saved page's metadata as ``parse()`` reads it: the outlet decided first, then passed down."""
    doc = load(path.read_bytes())
    return extract(doc, url=url, outlet=find_outlet(doc, url=url), site_names=NAMES)


def folded(names) -> set[str]:
    return {" ".join(n.split()).casefold() for n in names}


def page(head: str = "", body: str = "") -> bytes:
    return f"<html><head>{head}</head><body>{body}</body></html>".encode()


# --- the corpus --------------------------------------------------------------------------------------
# Title, publication time and authors of every page are compared with the gold in test_gold.py (through
# parse); here the metadata reader's own promises.


@pytest.fixture(scope="module", params=CASES, ids=lambda p: p.stem)
def corpus_case(request):
    path = request.param
    gold = gold_of(path)
    return gold, read(path, gold["url"])


def test_corpus_editors_are_never_wrong(corpus_case):
    # Editor initials closing the text are the body's business; what metadata names must be in the gold.
    gold, meta = corpus_case
    assert folded(meta.editors) <= folded(gold["editors"])


def test_corpus_outlet_and_url(corpus_case):
    gold, meta = corpus_case
    assert meta.outlet_id == gold["outlet"]
    assert meta.url is not None
    assert "utm" not in meta.url


@pytest.mark.parametrize(
    "path", [param(f"pages/{c.name}", "metadata_without_url", c.source) for c in cases("pages")]
)
def test_corpus_without_url_finds_outlet_and_same_fields(path):
    gold = gold_of(path)
    meta = read(path)
    assert meta.outlet_id == gold["outlet"]
    assert meta.title == gold["title"]
    assert folded(meta.authors) == folded(gold["authors"])


def test_corpus_generic_rules_alone():
    # The adapters' XPaths switched off: the generic rules must still read nearly all these templates (a few
    # credit a writer only in an outlet's own way, such as tempo's closing capitals).
    hits = {"title": 0, "published": 0, "authors": 0}
    misses = []
    for path in CASES:
        gold = gold_of(path)
        bare = OUTLETS[gold["outlet"]].replace(title=(), authors=(), editors=(), published=(), tags=())
        meta = extract(load(path.read_bytes()), url=gold["url"], outlet=bare)
        expected = dt.datetime.fromisoformat(gold["published"])
        checks = {
            "title": meta.title == gold["title"],
            "published": meta.published is not None
            and abs(meta.published - expected) <= dt.timedelta(minutes=5),
            "authors": folded(meta.authors) == folded(gold["authors"]),
        }
        for field, ok in checks.items():
            hits[field] += ok
            if not ok:
                misses.append((path.stem, field))
    for field, count in hits.items():
        assert count / len(CASES) >= 0.9, (field, misses)


def test_corpus_named_editors_from_credit_boxes():
    cases = {
        "antaranews/ap-antara-1": ["Ade Marboen"],
        "kompas/ap-kompas-1": ["Ervan Hardoko"],
        "kompas/mh-kompas-1": ["Icha Rastika"],
        "liputan6/sl-liputan6": ["Mevi Linawati"],
        "republika/ap-republika-2": ["Mohamad Amin Madani"],
        "tribunnews/mh-tribunnews-1": ["Muhammad Renald Shiftanto"],
    }
    for name, editors in cases.items():
        path = PAGES / f"{name}.html"
        meta = read(path, gold_of(path)["url"])
        assert list(meta.editors) == editors, name


def plain_tags(tags) -> list[str]:
    # Gold keeps the "#" some templates show before a tag on one page and drops it on another.
    return [t.lstrip("#").strip().casefold() for t in tags]


@pytest.mark.parametrize(
    "path", [param(f"pages/{c.name}", "metadata_tags", c.source) for c in cases("pages")]
)
def test_corpus_tags_are_never_wrong(path):
    gold = gold_of(path)
    meta = read(path, gold["url"])
    assert set(plain_tags(meta.tags)) <= set(plain_tags(gold["tags"]))


@pytest.mark.parametrize(
    "name",
    [
        "detik/mh-detik-1",
        "kapanlagi/ap-kapanlagi-1",
        "kompas/hd-kompas-1",
        "liputan6/nl-liputan6-1",
        "liputan6/sl-liputan6",
        "merdeka/nl-merdeka-1",
        "merdeka/sl-merdeka",
        "republika/ap-republika-1",
        "tribunnews/mh-tribunnews-1",
        "tribunnews/sl-tribunnews",
    ],
)
def test_corpus_tags_where_the_page_lists_them(name):
    path = PAGES / f"{name}.html"
    gold = gold_of(path)
    meta = read(path, gold["url"])
    assert plain_tags(meta.tags) == plain_tags(gold["tags"])


def test_corpus_multi_page_article():
    path = PAGES / "kompas" / "hd-kompas-1.html"
    meta = read(path, gold_of(path)["url"])
    article = "https://money.kompas.com/read/2023/11/02/213419026/menhub-bocorkan-penyebab-harga-tiket-pesawat-masih-mahal"
    assert meta.more_pages == (article + "?page=2",)


def test_corpus_load_more_button_is_not_a_page():
    path = PAGES / "liputan6" / "sl-liputan6.html"
    assert read(path, gold_of(path)["url"]).more_pages == ()


# --- titles ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Menhub Bocorkan Harga Tiket - Kompas.com", "Menhub Bocorkan Harga Tiket"),
        ("Judul Berita | merdeka.com", "Judul Berita"),
        ("KapanLagi.com: Brandon Salim di 'HEART BEAT'", "Brandon Salim di 'HEART BEAT'"),
        ("Ahok Dukung Jokowi :: Okezone News", "Ahok Dukung Jokowi"),
        ("Judul - Tribunnews.com", "Judul"),
        ("Jokowi - Prabowo Bertemu di Istana", "Jokowi - Prabowo Bertemu di Istana"),
        ("Tanpa Akhiran", "Tanpa Akhiran"),
    ],
)
def test_clean_title(raw, clean):
    # The names of known outlets come from the caller, as parse() passes them with adapters ("Okezone").
    assert clean_title(raw, site_names=NAMES) == clean


def test_title_is_the_visible_heading_matching_the_tags():
    doc = load(
        page(
            '<meta property="og:title" content="Harga Beras Naik Lagi - Contoh.com">',
            "<h1>Ekonomi</h1><h2>Harga Beras Naik Lagi</h2>",
        )
    )
    assert extract(doc).title == "Harga Beras Naik Lagi"


def test_title_keeps_visible_prefix_the_tags_lack():
    doc = load(
        page(
            "<title>KPK Periksa Pejabat MA yang Tertangkap OTT - Contoh Online</title>"
            '<meta property="og:site_name" content="Contoh Online">',
            "<h1>In Picture: KPK Periksa Pejabat MA yang Tertangkap OTT</h1>",
        )
    )
    assert extract(doc).title == "In Picture: KPK Periksa Pejabat MA yang Tertangkap OTT"


def test_the_whole_title_shown_beats_a_part_heading_holding_most_of_it():
    # A story in parts whose first part's <h3> repeats the headline shortened, the headline itself in an
    # <h5> (Planet Merdeka's citizen posts, 2020): the element showing the whole title is the headline.
    head = (
        "<title>Menguak Fakta Pria di Bogor Aniaya Istri Karena Cemburu - Planet Contoh</title>"
        '<meta property="og:site_name" content="Planet Contoh">'
    )
    body = (
        "<div><h5>Menguak Fakta Pria di Bogor Aniaya Istri Karena Cemburu</h5><p>13 Juni 2020 11:18</p></div>"
        "<div><h3>Menguak Fakta Pria di Bogor Aniaya Istri</h3><p>Bagaimana jadinya jika ...</p></div>"
    )
    assert extract(load(page(head, body))).title == "Menguak Fakta Pria di Bogor Aniaya Istri Karena Cemburu"
    # Shown nowhere whole, the heading holding most of it stays the headline (a title tag that adds a
    # word or two the page does not show).
    shortened = body.replace("<h5>Menguak Fakta Pria di Bogor Aniaya Istri Karena Cemburu</h5>", "")
    assert extract(load(page(head, shortened))).title == "Menguak Fakta Pria di Bogor Aniaya Istri"


def test_title_heading_matching_the_first_part_of_a_long_title_tag():
    doc = load(
        page(
            "<title>Harga Cabai Melonjak Jelang Lebaran - Berita Terkini Hari Ini | Contoh</title>",
            "<h1>Nasional</h1><h2>Harga Cabai Melonjak Jelang Lebaran</h2>",
        )
    )
    assert extract(doc).title == "Harga Cabai Melonjak Jelang Lebaran"


def test_title_from_tags_when_no_heading_matches():
    doc = load(page("<title>Banjir di Padang | Contoh.com</title>", "<h1>Nasional</h1>"))
    assert extract(doc).title == "Banjir di Padang"


def test_the_dated_h1_is_the_headline_where_the_tags_give_another_title():
    # A magazine's page heads its story with the print headline; its tags give the online title, shown
    # nowhere on the page (majalah.tempo.co, 2023).
    doc = load(
        page(
            '<meta property="og:title" content="Seberapa Serius Manuver Jokowi Calon Wakil Presiden">',
            "<div><h1>Baliho Pujian Prabowo untuk Jokowi</h1><h4>Raymundus Rikang</h4>"
            "<h4>Minggu, 2 Oktober 2022</h4></div><p>BALIHO itu terpacak di mulut jalan keluar tol.</p>",
        )
    )
    assert extract(doc).title == "Baliho Pujian Prabowo untuk Jokowi"


def test_an_undated_or_linked_h1_does_not_displace_the_tags_title():
    # A site's logo or a section's name in an <h1> has no byline's date beside it, or links to a page.
    logo = '<h1><a href="/">Portal Berita Nusantara</a></h1>'
    for h1 in ("<h1>Portal Berita Nusantara Terkini</h1>", logo):
        doc = load(
            page(
                "<title>Banjir di Padang | Contoh.com</title>",
                f"<div>{h1}<span>Senin, 3 Oktober 2022</span></div>" if "href" in h1 else h1,
            )
        )
        assert extract(doc).title == "Banjir di Padang"


def test_title_from_lone_h1():
    assert extract(load(page(body="<h1>  Satu-satunya   Judul </h1>"))).title == "Satu-satunya Judul"


def test_outlet_title_xpath_wins():
    outlet = Outlet(id="contoh", name="Contoh", title=("//div[@class='judul']",))
    doc = load(page("<title>Lain</title>", "<h1>Lain</h1><div class='judul'>Judul Asli</div>"))
    assert extract(doc, outlet=outlet).title == "Judul Asli"


# --- JSON-LD -----------------------------------------------------------------------------------------


def ld(obj: object, raw: str | None = None) -> str:
    return f'<script type="application/ld+json">{raw if raw is not None else json.dumps(obj)}</script>'


def test_json_ld_in_graph():
    data = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Contoh"},
            {
                "@type": "NewsArticle",
                "headline": "Gempa Guncang Cianjur",
                "datePublished": "2022-11-21T13:21:10+07:00",
                "author": [
                    {"@type": "Person", "name": "Budi Santoso"},
                    {"@type": "Organization", "name": "Contoh"},
                ],
                "keywords": ["gempa", "cianjur"],
            },
        ],
    }
    tag_links = "<div class='tags'><a href='/tag/gempa'>gempa</a> <a href='/tag/cianjur'>#cianjur</a></div>"
    meta = extract(load(page(ld(data), tag_links)))
    assert meta.title == "Gempa Guncang Cianjur"
    assert meta.published == dt.datetime(2022, 11, 21, 13, 21, 10, tzinfo=WIB)
    assert meta.authors == ("Budi Santoso",)
    assert meta.tags == ("gempa", "cianjur")


def test_json_ld_list_and_broken_json():
    broken = '{"@type": "NewsArticle", "headline": "Judul Rusak", "author": {"name": "Ani Wijaya"},}'
    meta = extract(load(page(ld(None, "[" + broken + "]"))))
    assert meta.title == "Judul Rusak"
    assert meta.authors == ("Ani Wijaya",)


def test_json_ld_garbage_is_ignored():
    meta = extract(load(page(ld(None, "{{{ not json") + ld(None, "[" * 5000 + "]" * 5000), "<h1>Judul</h1>")))
    assert meta.title == "Judul"


def test_json_ld_author_who_is_the_editor_is_not_an_author():
    data = {"@type": "NewsArticle", "headline": "X", "author": {"@type": "Person", "name": "Yoga Sukmana"}}
    doc = load(page(ld(data), "<h1>X</h1><div>Editor: Yoga Sukmana</div>"))
    meta = extract(doc)
    assert meta.editors == ("Yoga Sukmana",)
    assert meta.authors == ()


# --- dates -------------------------------------------------------------------------------------------


def test_visible_time_beats_meta_written_as_utc_by_mistake():
    # The tag says 13:19 "Z" but means WIB, as the byline shows.
    doc = load(
        page(
            '<meta name="pubdate" content="2022-12-10T13:19:56Z">',
            "<div><h1>Judul</h1><div class='date'>Sabtu, 10 Des 2022 13:19 WIB</div></div>",
        )
    )
    assert extract(doc).published == dt.datetime(2022, 12, 10, 13, 19, tzinfo=WIB)


def test_meta_kept_when_it_agrees_with_the_visible_minute():
    doc = load(
        page(
            '<meta property="article:published_time" content="2024-05-13T07:04:56+00:00">',
            "<div><h1>Judul</h1><p>Kompas.com - 13/05/2024, 14:04 WIB</p></div>",
        )
    )
    assert extract(doc).published == dt.datetime(2024, 5, 13, 7, 4, 56, tzinfo=dt.timezone.utc)


def test_visible_stamp_with_a_two_digit_year_beats_the_json_ld_time():
    # IDN Times' 2023 stamp: the year in two figures after a short month, a bar, the time the reader sees.
    data = {"@type": "NewsArticle", "headline": "Judul", "datePublished": "2023-11-28T13:53:17+07:00"}
    doc = load(page(ld(data), "<div><time class='date'>28 Nov 23 | 14:01</time><h1>Judul</h1></div>"))
    assert extract(doc).published == dt.datetime(2023, 11, 28, 14, 1, tzinfo=WIB)
    # Two figures after a day and a month in a sentence are a count: no visible date, the tags' time stays.
    doc = load(page(ld(data), "<div><h1>Judul</h1><p>Pada 28 November 23 orang tewas.</p></div>"))
    assert extract(doc).published == dt.datetime(2023, 11, 28, 13, 53, 17, tzinfo=WIB)


def test_idn_times_mobile_page_is_dated_by_its_visible_stamp():
    # tests/unseen/ai-idntimes-m-1: '28 Nov 23 | 14:01' shown, JSON-LD datePublished 13:53:17; the gold is
    # the stamp.
    path = pathlib.Path(__file__).parent / "unseen" / "ai-idntimes-m-1.html"
    assert extract(load(path.read_bytes())).published == dt.datetime(2023, 11, 28, 14, 1, tzinfo=WIB)


def test_meta_only():
    doc = load(page('<meta property="article:published_time" content="2021-01-23T13:30:00+07:00">'))
    assert extract(doc).published == dt.datetime(2021, 1, 23, 13, 30, tzinfo=WIB)


def test_naive_meta_time_is_wib():
    doc = load(page('<meta name="publishdate" content="2024/05/13 13:24:16">'))
    assert extract(doc).published == dt.datetime(2024, 5, 13, 13, 24, 16, tzinfo=WIB)


def test_offset_with_stray_z():
    doc = load(page('<meta name="pub_date" content="2015-06-19T03:40:00+07:00Z">'))
    assert extract(doc).published == dt.datetime(2015, 6, 19, 3, 40, tzinfo=WIB)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("2024-05-13", dt.date(2024, 5, 13)),
        ("2024-05-13T13:24:16+0700", dt.datetime(2024, 5, 13, 13, 24, 16, tzinfo=WIB)),
        ("2024-05-13T06:24:16.500Z", dt.datetime(2024, 5, 13, 6, 24, 16, 500000, tzinfo=dt.timezone.utc)),
        ("Thu, 17 Jun 2021 11:38:29 +0700", dt.datetime(2021, 6, 17, 11, 38, 29, tzinfo=WIB)),
        ("2015-11-05 T10:08:58+07:00", dt.datetime(2015, 11, 5, 10, 8, 58, tzinfo=WIB)),
        ("bukan tanggal", None),
    ],
)
def test_machine_date_forms(content, expected):
    doc = load(page(f'<meta property="article:published_time" content="{content}">'))
    assert extract(doc).published == expected


def test_updated_line_is_not_the_publication_time():
    doc = load(
        page(
            body="<div><h1>Judul</h1><p>Diperbarui 24 Jan 2021, 08:00 WIB</p>"
            "<p>pada 23 Jan 2021, 13:30 WIB</p></div>"
        )
    )
    assert extract(doc).published == dt.datetime(2021, 1, 23, 13, 30, tzinfo=WIB)


def test_updated_from_meta():
    doc = load(page('<meta property="article:modified_time" content="2021-01-23T13:11:14+07:00">'))
    assert extract(doc).updated == dt.datetime(2021, 1, 23, 13, 11, 14, tzinfo=WIB)


def test_a_stamp_whose_weekday_contradicts_its_date_dates_the_article():
    # 24 September 2019 was a Tuesday: a template's weekday, the date and time the site's. A date in the
    # caption below ("Rabu (25/9/2019)") dates the photo, not the article.
    doc = load(
        page(
            body="<div><h1>Judul</h1><div>Senin, 24 September 2019 | 23:34 WIB</div>"
            "<p>Laga di Stadion Giuseppe Meazza, Rabu (25/9/2019).</p></div>"
        )
    )
    assert extract(doc).published == dt.datetime(2019, 9, 24, 23, 34, tzinfo=WIB)


_LONG_PARAGRAPH = (
    "Timnas Indonesia U-17 akan menghadapi Korea Utara pada laga kedua Grup C di Stadion Pakansari, Bogor,"
    " dengan target meraih kemenangan pertama setelah hasil imbang pada laga pembuka pekan lalu."
)


def test_a_dated_line_after_a_paragraph_of_the_text_dates_no_article():
    # A list of results inside the text ("14/04/2025 - Indonesia 0-6 Korea Utara"): dates of matches.
    doc = load(
        page(
            body=f"<div><h1>Judul</h1><div><p>{_LONG_PARAGRAPH}</p><h3>5 Pertandingan Terakhir:</h3>"
            "<p>14/04/2025 - Indonesia 0-6 Korea Utara</p><p>07/04/2025 - Indonesia 4-1 Yaman</p></div></div>"
        )
    )
    assert extract(doc).published is None


def test_a_stamp_under_a_standfirst_dates_the_article():
    doc = load(
        page(
            body="<div><h1>Judul</h1><p>Timnas U-17 menjamu Korea Utara di Bogor malam ini.</p>"
            f"<p>Senin, 13 Mei 2024 10:15 WIB</p><p>{_LONG_PARAGRAPH}</p></div>"
        )
    )
    assert extract(doc).published == dt.datetime(2024, 5, 13, 10, 15, tzinfo=WIB)


def test_a_stamp_beside_the_headline_under_a_long_standfirst_dates_the_article():
    # The standfirst is as long as a paragraph of the text; beside the headline, it is the header's.
    doc = load(
        page(
            body=f"<div><h1>Judul</h1><p>{_LONG_PARAGRAPH}</p><span>Senin, 13 Mei 2024 10:15 WIB</span></div>"
            f"<div><p>{_LONG_PARAGRAPH}</p></div>"
        )
    )
    assert extract(doc).published == dt.datetime(2024, 5, 13, 10, 15, tzinfo=WIB)


def test_an_update_time_alone_beside_the_headline_dates_the_article():
    header = f"<h1>Judul</h1><p>{_LONG_PARAGRAPH}</p><span>oleh <a href='/author/x'>Harley Ikhsan</a></span>"
    updated = "<span>Diperbarui 12 Agu 2025, 08:00 WIB</span>"
    only = load(page(body=f"<div>{header}{updated}</div><div><p>{_LONG_PARAGRAPH}</p></div>"))
    assert extract(only).published == dt.datetime(2025, 8, 12, 8, 0, tzinfo=WIB)
    both = load(
        page(body=f"<div>{header}<span>11 Agu 2025, 21:15 WIB</span>{updated}</div><p>{_LONG_PARAGRAPH}</p>")
    )
    assert extract(both).published == dt.datetime(2025, 8, 11, 21, 15, tzinfo=WIB)


def test_no_date_at_all():
    assert extract(load(page(body="<h1>Judul</h1><p>Tanpa tanggal.</p>"))).published is None


# --- credits -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Penulis: Kontributor Lhokseumawe, Masriadi", ("Masriadi",)),
        ("Pewarta: Budisantoso Budiman dan Agus S", ("Budisantoso Budiman", "Agus S")),
        ("Mulia Budi - detikNews", ("Mulia Budi",)),
        ("Oleh Tommy Kurnia", ("Tommy Kurnia",)),
        ("Reporter : Ramadhian Fadillah | Jumat, 19 Juni 2015 03:40", ("Ramadhian Fadillah",)),
        ("Laporan Wartawan Tribunnews.com, Glery Lazuardi", ("Glery Lazuardi",)),
        ("Silvanus Alvin & Hanz Jimenez Salim", ("Silvanus Alvin", "Hanz Jimenez Salim")),
        ("By Corry Anestia on 16 Feb 2016 at 09:10 WIB", ("Corry Anestia",)),
        ("Pewarta: prwir", ()),
        ("Kompas Cyber Media", ()),
        ("Liputan6.com", ()),
        ("Tim Redaksi", ()),
        ("Icha Rastika Editor", ("Icha Rastika",)),
        ("Redi Setiawan, Byron Saputra", ("Redi Setiawan", "Byron Saputra")),
        ("Hasenin Ali - Senin, 13 Mei 2024", ("Hasenin Ali",)),
        ("Red: Yudha Manggala P Putra", ("Yudha Manggala P Putra",)),
        ("Reporter Ani Wijaya", ("Ani Wijaya",)),
        # A translated story's credit line: its fields parted by semicolons, one of them a sentence.
        ("Erica Gonzales ; Artikel ini disadur dari Bazaar US", ("Erica Gonzales",)),
        ("Budi bin Ali; Muhammad al Fatih", ("Budi bin Ali", "Muhammad al Fatih")),
        # The desk of translations, and a closing line of sources in capitals, name nobody.
        ("Reporter: Terjemahan", ()),
        ("THE SUN | ESPN", ()),
        ("ANDRIAN HABIBI | DA", ("ANDRIAN HABIBI",)),
    ],
)
def test_split_names(text, names):
    assert split_names(text) == names


@pytest.mark.parametrize(
    ("site", "names"),
    [
        # The site named with its channel (the <title>'s suffix): its first word alone is the site too.
        ("Okezone News", ("Rani Hardjanti",)),
        ("Kabar Daerah", ("Rani Hardjanti", "Okezone")),
        # A short first word may open a person's name ("Viva"), and "The" opens publications, not people.
        ("Okez News", ("Rani Hardjanti", "Okezone")),
    ],
)
def test_a_site_named_with_its_channel_is_no_writer(site, names):
    assert split_names("Rani Hardjanti, Okezone", site_names=(site,)) == names


def test_the_site_after_a_spaced_colon_in_the_title_tag():
    # Okezone's <title>: "<headline> : Okezone News"; a colon inside the headline has no space before it.
    headline = "Kasus Jiwasraya, Hotman Paris: Transaksi Sah!"
    doc = load(page(f"<title>{headline} : Okezone News</title>", f"<h1>{headline}</h1><p>Isi.</p>"))
    assert site_in_title(doc, headline) == "Okezone News"
    doc = load(page(f"<title>{headline}</title>", f"<h1>{headline}</h1><p>Isi.</p>"))
    assert site_in_title(doc, headline) is None


def test_credit_lines_in_a_table():
    doc = load(
        page(
            body="<h1>X</h1><table><tr><td>Penulis</td><td>: Nabilla Tashandra</td></tr>"
            "<tr><td>Editor</td><td>: Bayu Galih</td></tr></table>"
        )
    )
    meta = extract(doc)
    assert meta.authors == ("Nabilla Tashandra",)
    assert meta.editors == ("Bayu Galih",)


def test_credit_line_with_several_labels():
    meta = extract(load(page(body="<h1>X</h1><div>Rep: Ani Wijaya/ Red: Citra Dewi Sumber: Antara</div>")))
    assert meta.authors == ("Ani Wijaya",)
    assert meta.editors == ("Citra Dewi",)


def test_credit_list_with_labels_in_their_own_items():
    box = (
        "<ul class='credits hide'><li>Author</li><li><a>Silvanus Alvin</a></li>"
        "<li><a>Hanz Jimenez Salim</a></li><li>Editor</li><li><a>Mevi Linawati</a></li></ul>"
    )
    meta = extract(load(page(body=f"<h1>X</h1>{box}")))
    assert meta.authors == ("Silvanus Alvin", "Hanz Jimenez Salim")
    assert meta.editors == ("Mevi Linawati",)


def test_label_element_beside_the_name():
    meta = extract(load(page(body="<h1>X</h1><div><span>Reporter</span> <a>Ani Wijaya</a></div>")))
    assert meta.authors == ("Ani Wijaya",)


def test_quote_widget_naming_a_writer_is_not_a_credit():
    widget = "<div class='quote'>Kutipan hari ini<div>John Phillips Marquand<span>Penulis</span></div></div>"
    assert extract(load(page(body=f"<h1>X</h1>{widget}"))).authors == ()


def test_kicker_shown_before_the_headline_is_kept():
    doc = load(
        page(
            '<meta property="og:title" content="KPK Periksa Pejabat MA">',
            "<div class='jdl'>In Picture: KPK Periksa Pejabat MA</div>"
            "<div>Selasa, 23 Februari 2016, 17:15 WIB</div>",
        )
    )
    meta = extract(doc)
    assert meta.title == "In Picture: KPK Periksa Pejabat MA"
    assert meta.published == dt.datetime(2016, 2, 23, 17, 15, tzinfo=WIB)


def test_sentence_opening_with_oleh_is_not_a_byline():
    doc = load(page(body="<h1>X</h1><p>Oleh karena itu warga diminta waspada.</p><p>By the way</p>"))
    assert extract(doc).authors == ()
    doc = load(page(body="<h1>X</h1><div>Oleh Tommy Kurnia</div>"))
    assert extract(doc).authors == ("Tommy Kurnia",)


def test_headline_starting_with_a_role_word_is_not_a_credit():
    doc = load(
        page(body="<h1>X</h1><ul><li><a href='/a'>Penulis Australia berbagi ilmu di Makassar</a></li></ul>")
    )
    assert extract(doc).authors == ()


def test_reporter_line_opening_the_text():
    credit = "<p><strong>Laporan Wartawan Tribunnews.com, Glery Lazuardi</strong></p>"
    doc = load(page(body=f"<h1>X</h1>{credit}<p>Isi.</p>"))
    assert extract(doc).authors == ("Glery Lazuardi",)


def test_byline_class_beside_headline_and_not_a_photo_credit():
    doc = load(
        page(
            body="<div><div class='photo'><img src=a.jpg>"
            "<span class='author'>KOMPAS.COM/FOTOGRAFER</span></div><h1>Judul</h1>"
            "<div class='nmreporter'><div>Fakhrizal Fakhri</div><span>Jurnalis</span></div></div>"
        )
    )
    assert extract(doc).authors == ("Fakhrizal Fakhri",)


def test_meta_author_fallback_skips_urls_and_organisations():
    doc = load(
        page(
            '<meta property="article:author" content="https://www.facebook.com/contoh">'
            '<meta name="author" content="Aksara Bebey">'
        )
    )
    assert extract(doc).authors == ("Aksara Bebey",)


def test_outlet_author_xpath_is_authoritative():
    outlet = Outlet(id="contoh", name="Contoh", authors=("//div[@class='penulis']",))
    doc = load(page('<meta name="author" content="Orang Lain">', "<div class='penulis'>Pewarta: prwir</div>"))
    assert extract(doc, outlet=outlet).authors == ()


def test_broken_outlet_xpath_is_ignored():
    outlet = Outlet(id="contoh", name="Contoh", authors=("//div[",), published=("!!",))
    doc = load(page('<meta name="author" content="Ani Wijaya">'))
    assert extract(doc, outlet=outlet).authors == ("Ani Wijaya",)


# --- urls, outlet, language, the rest ----------------------------------------------------------------


def test_canonical_beats_og_url_beats_given():
    doc = load(
        page(
            '<link rel="canonical" href="/read/1/judul?utm_source=x&id=3#atas">'
            '<meta property="og:url" content="https://m.contoh.com/read/1/judul">'
        )
    )
    assert extract(doc, url="https://www.contoh.com/read/1/judul?fbclid=1").url == (
        "https://www.contoh.com/read/1/judul?id=3"
    )
    assert extract(load(page())).url is None
    assert extract(load(page()), url="https://a.id/x?utm_medium=y").url == "https://a.id/x"


def test_clean_url():
    assert clean_url("https://a.id/x?gclid=1&page=2&q=3#f") == "https://a.id/x?q=3"
    assert clean_url("javascript:void(0)") is None
    assert clean_url("x/y", "https://a.id/b/c") == "https://a.id/b/x/y"


def test_outlet_found_from_site_name_without_url():
    doc = load(page('<meta property="og:site_name" content="Liputan6.com">', "<h1>X</h1>"))
    assert find_outlet(doc) is OUTLETS["liputan6"]
    assert extract(doc).outlet_id is None  # extract() looks nothing up: the outlet is the caller's


def test_outlet_given_wins():
    doc = load(page('<meta property="og:url" content="https://news.detik.com/x">'))
    assert extract(doc, outlet=OUTLETS["kompas"]).outlet_id == "kompas"
    assert find_outlet(doc) is OUTLETS["detik"]
    assert find_outlet(doc, url="https://www.kompas.com/read/1") is OUTLETS["kompas"]


def test_unknown_site_has_no_outlet():
    assert extract(load(page(body="<h1>X</h1>")), url="https://example.org/a").outlet_id is None


@pytest.mark.parametrize(
    ("html_lang", "title", "language"),
    [
        ("in", "Apa Saja", "id"),
        ("id-ID", "Apa Saja", "id"),
        ("en", "Warga yang terdampak banjir di Padang", "id"),
        ("en", "Markets rally as inflation cools", "en"),
    ],
)
def test_language(html_lang, title, language):
    doc = load(f"<html lang='{html_lang}'><head><title>{title}</title></head><body></body></html>")
    assert extract(doc).language == language


def test_description_image_site_name_section():
    doc = load(
        page(
            '<meta property="og:description" content="Ringkasan.">'
            '<meta property="og:image" content="/img/a.jpg">'
            '<meta property="og:site_name" content="Contoh">'
            '<meta property="article:section" content="Article">'
            '<meta property="article:section" content="Peristiwa">',
        )
    )
    meta = extract(doc, url="https://contoh.id/berita/1")
    assert meta.description == "Ringkasan."
    assert meta.image == "https://contoh.id/img/a.jpg"
    assert meta.site_name == "Contoh"
    assert meta.section == "Peristiwa"


def test_section_from_breadcrumbs():
    crumbs = {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": 1,
                "name": "detikFinance",
                "item": "https://finance.detik.com/",
            },
            {"@type": "ListItem", "position": 2, "name": "Ekonomi Bisnis", "item": "https://x/eb"},
            {"@type": "ListItem", "position": 3, "name": "Harga Beras Naik"},
        ],
    }
    doc = load(page(ld(crumbs), "<h1>Harga Beras Naik</h1>"))
    assert extract(doc).section == "Ekonomi Bisnis"


def test_editor_code_kept_writer_code_dropped():
    meta = extract(load(page(body="<h1>X</h1><p>Pewarta: prwir</p><p>Editor: yan</p>")))
    assert meta.authors == ()
    assert meta.editors == ("yan",)


def test_tags_from_news_keywords_deduplicated_as_shown():
    links = "".join(f"<a href='/tag/{t}'>{t}</a>" for t in ("banjir", "Padang", "Sumbar", "Lain"))
    doc = load(
        page('<meta name="news_keywords" content="Banjir, banjir , #Padang, ,Sumbar, Tersembunyi">', links)
    )
    assert extract(doc).tags == ("Banjir", "Padang", "Sumbar")


def test_meta_keywords_not_shown_are_not_tags():
    doc = load(page('<meta name="news_keywords" content="joey alexander, sosok joey alexander">', "<p>x</p>"))
    assert extract(doc).tags == ()


def test_more_pages_from_path_suffix_and_rel_next():
    doc = load(
        page(
            '<link rel="canonical" href="https://a.id/read/9/judul">',
            "<div class='pagination'><a href='/read/9/judul/2'>2</a><a href='/read/9/judul/3'>3</a>"
            "<a href='/read/9/judul/2'>Selanjutnya</a><a href='/lain/2'>2</a></div>",
        )
    )
    assert extract(doc).more_pages == ("https://a.id/read/9/judul/2", "https://a.id/read/9/judul/3")


def test_page_meta_is_frozen():
    meta = PageMeta(title="x")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        meta.title = "y"  # type: ignore[misc]
    assert meta.authors == ()
    assert meta.more_pages == ()


# --- the day an article's address gives -----------------------------------------------------------------
_ARTICLE = "<h1>Cerita Asal-Usul Erangel PUBG Akhirnya Terungkap</h1><p>Teks artikel yang cukup panjang.</p>"
_DATED_ADDRESS = "https://www.duniaku.net/2019/07/18/cerita-asal-usul-erangel-pubg/"


def test_a_page_that_dates_nothing_is_dated_by_its_address() -> None:
    # A WordPress site's permalink carries the day; the page shows no date and tags none.
    assert extract(load(page(body=_ARTICLE)), url=_DATED_ADDRESS).published == dt.date(2019, 7, 18)
    assert extract(load(page(body=_ARTICLE)), url="https://www.duniaku.net/cerita-erangel/").published is None


def test_the_address_day_beats_a_time_element_of_another_day() -> None:
    # The first <time datetime> of such a page dates a sidebar's teaser.
    side = (
        '<aside><a href="/x">Berita lain</a> <time datetime="2019-07-02T10:00:00+07:00">2 Juli</time></aside>'
    )
    doc = load(page(body=_ARTICLE + side))
    assert extract(doc, url=_DATED_ADDRESS).published == dt.date(2019, 7, 18)
    # The same <time> on the address's day gives the day its clock time.
    same = side.replace("2019-07-02", "2019-07-18")
    assert extract(load(page(body=_ARTICLE + same)), url=_DATED_ADDRESS).published == dt.datetime(
        2019, 7, 18, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=7))
    )


def test_a_headline_beside_the_articles_that_names_a_day_is_no_stamp() -> None:
    # A card of another story beside the headline: its title's date is that story's, not a byline's.
    card = "<div><h2>Pembahasan Update Dota Underlords 4 Juli 2019: Optimasi Mobile dan Gold</h2></div>"
    doc = load(page(body=f"<div><h1>Kapan Waktunya Reroll Auto Chess</h1>{card}</div><p>Teks.</p>"))
    assert extract(doc).published is None
    # A date set alone in a heading is the byline's (a magazine's <h4>).
    alone = "<div><h1>Kapan Waktunya Reroll Auto Chess</h1><h4>Minggu, 2 Oktober 2022</h4></div>"
    doc = load(page(body=alone))
    assert extract(doc).published == dt.date(2022, 10, 2)
