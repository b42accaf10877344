"""Credits and times of pages without an adapter: every signal a news page carries, as templates write it."""

from __future__ import annotations

import datetime as dt

import pytest

import beritaparse
from beritaparse.page import bylines
from beritaparse.page.html import load
from beritaparse.page.metadata import extract
from beritaparse.rules.credits import credit_segments

WITA = dt.timezone(dt.timedelta(hours=8))
WIT = dt.timezone(dt.timedelta(hours=9))
BODY = "<p>Harga beras di pasar tradisional kembali naik pada pekan ini, kata para pedagang.</p>"


def _page(head: str = "", body: str = "") -> bytes:
    return (
        f"<html><head><title>Harga Beras Naik - Contoh News</title>{head}</head>"
        f"<body><h1>Harga Beras Naik</h1>{body}{BODY}</body></html>"
    ).encode()


def test_json_ld_graph_author_by_reference() -> None:
    ld = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
        '{"@type": "NewsArticle", "headline": "Harga Beras Naik", "author": {"@id": "https://contoh.id/#/p/1"},'
        ' "datePublished": "2024-05-13T13:24:00+08:00"},'
        '{"@type": "Person", "@id": "https://contoh.id/#/p/1", "name": "Budi Santoso"}]}</script>'
    )
    meta = extract(load(_page(ld)))
    assert meta.authors == ("Budi Santoso",)
    assert meta.published == dt.datetime(2024, 5, 13, 13, 24, tzinfo=WITA)


@pytest.mark.parametrize(
    ("author", "names"),
    [
        ('"Budi Santoso"', ("Budi Santoso",)),
        ('["Budi Santoso", "Ani Wijaya"]', ("Budi Santoso", "Ani Wijaya")),
        ('{"@type": "Person", "name": "Budi Santoso"}', ("Budi Santoso",)),
        (
            '[{"@type": "Person", "name": "Budi Santoso"}, {"@type": "Organization", "name": "Contoh News"}]',
            ("Budi Santoso",),
        ),
        ('{"@type": "Organization", "name": "Contoh News"}', ()),
    ],
)
def test_json_ld_author_shapes(author: str, names: tuple[str, ...]) -> None:
    ld = f'<script type="application/ld+json">[{{"@type": "NewsArticle", "author": {author}}}]</script>'
    assert extract(load(_page(ld))).authors == names


def test_parsely_page_json() -> None:
    head = (
        '<meta name="parsely-page" content=\'{"title": "Harga Beras Naik", "authors": ["Ani Wijaya"], '
        '"pub_date": "2024-05-13T05:24:00Z"}\'>'
    )
    meta = extract(load(_page(head)))
    assert meta.authors == ("Ani Wijaya",)
    assert meta.published == dt.datetime(2024, 5, 13, 5, 24, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    "head",
    [
        '<meta name="parsely-author" content="Ani Wijaya">',
        '<meta name="sailthru.author" content="Ani Wijaya">',
        '<meta name="dc.creator" content="Ani Wijaya">',
        '<meta property="article:author" content="Ani Wijaya">',
        '<meta property="article:author" content="https://facebook.com/contoh">'
        '<meta name="author" content="Ani Wijaya">',
    ],
)
def test_author_meta_tags(head: str) -> None:
    assert extract(load(_page(head))).authors == ("Ani Wijaya",)


def test_microdata_person_name() -> None:
    body = (
        '<div itemprop="author" itemscope itemtype="https://schema.org/Person"><img src="a.jpg" alt="">'
        '<a href="/penulis/ani" itemprop="url">Profil</a> <span itemprop="name">Ani Wijaya</span></div>'
    )
    assert extract(load(_page(body=body))).authors == ("Ani Wijaya",)


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        ("Penulis: Budi Santoso", ("Budi Santoso",)),
        ("Reporter: Budi Santoso | Editor: Citra Dewi", ("Budi Santoso",)),
        ("Pewarta: Budi Santoso", ("Budi Santoso",)),
        ("Jurnalis: Budi Santoso", ("Budi Santoso",)),
        ("Kontributor: Budi Santoso", ("Budi Santoso",)),
        ("Koresponden: Budi Santoso", ("Budi Santoso",)),
        ("Rep: Budi Santoso Red: Citra Dewi", ("Budi Santoso",)),
        ("Laporan Wartawan Contoh.com, Budi Santoso", ("Budi Santoso",)),
        ("Kontributor Makassar, Budi Santoso", ("Budi Santoso",)),
        ("Oleh Budi Santoso", ("Budi Santoso",)),
        # A long-form's credit box: the text's writer, then the multimedia team (no writers of the text).
        ("Teks: Budi Santoso <br> <b>Multimedia</b>: Citra Dewi, Dian Sastro", ("Budi Santoso",)),
        ("Naskah: Budi Santoso", ("Budi Santoso",)),
    ],
)
def test_visible_credit_lines(credit: str, names: tuple[str, ...]) -> None:
    assert extract(load(_page(body=f"<div>{credit}</div>"))).authors == names


def test_team_of_the_newsroom_is_no_author() -> None:
    assert extract(load(_page(body="<div>Penulis: Tim Redaksi</div>"))).authors == ()


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("Senin, 13 Mei 2024 13:24 WITA", dt.datetime(2024, 5, 13, 13, 24, tzinfo=WITA)),
        ("Senin, 13 Mei 2024 | 13.24 Wita", dt.datetime(2024, 5, 13, 13, 24, tzinfo=WITA)),
        ("13/05/2024 13:24 WIT", dt.datetime(2024, 5, 13, 13, 24, tzinfo=WIT)),
    ],
)
def test_eastern_time_zones_beside_the_headline(stamp: str, expected: dt.datetime) -> None:
    # The template's tag writes the local time with the Jakarta offset: the time beside the headline wins.
    local = expected.replace(tzinfo=None).isoformat()
    head = f'<meta property="article:published_time" content="{local}+07:00">'
    page = (
        f"<html><head>{head}</head><body><div class=head><h1>Harga Beras Naik</h1><span>{stamp}</span></div>"
        f"{BODY}</body></html>"
    ).encode()
    assert extract(load(page)).published == expected


_STORY_TIME = dt.datetime(2017, 10, 26, 12, 34, tzinfo=dt.timezone(dt.timedelta(hours=7)))


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        # Tempo's 2017 template wrote one DC.date.issued into every page: the time shown is the story's.
        ("DC.date.issued", _STORY_TIME),
        ("date", _STORY_TIME),
        # An article's own tag, months from the time shown, still wins (the shown time may be an update's).
        ("article:published_time", dt.datetime(2017, 2, 1, 18, 0, tzinfo=dt.timezone(dt.timedelta(hours=7)))),
    ],
)
def test_a_heads_meta_far_from_the_time_shown_by_the_headline_yields(key: str, expected: dt.datetime) -> None:
    head = f'<meta property="{key}" content="2017-02-01T18:00:00+07:00">'
    page = (
        f"<html><head>{head}</head><body><div class=head><h1>Harga Beras Naik</h1>"
        f"<span>Kamis, 26 Oktober 2017 12:34 WIB</span></div>{BODY}</body></html>"
    ).encode()
    assert extract(load(page)).published == expected


@pytest.mark.parametrize(
    "prose",
    [
        "Wartawan senior itu mengatakan, harga beras naik sejak awal pekan.",
        "Oleh karena itu, pemerintah menambah pasokan beras ke pasar.",
        "Kontributor utama kenaikan harga adalah ongkos angkut, kata pedagang.",
    ],
)
def test_prose_opening_on_a_role_word_names_nobody(prose: str) -> None:
    assert extract(load(_page(body=f"<p>{prose}</p>"))).authors == ()


def test_local_time_with_the_wrong_offset_far_from_the_headline() -> None:
    # A regional template: the headline in one box, the byline with its WITA time two boxes away, and the
    # tags writing the local clock time with Jakarta's offset.
    page = (
        '<html><head><meta property="article:published_time" content="2024-05-13T13:24:00+07:00"></head>'
        "<body><div class=wrap><div class=top><div class=box><h1>Harga Beras Naik</h1></div></div>"
        "<div class=meta><div><span>Senin, 13 Mei 2024 13:24 WITA</span></div></div>"
        f"{BODY}</div></body></html>"
    ).encode()
    assert extract(load(page)).published == dt.datetime(2024, 5, 13, 13, 24, tzinfo=WITA)


def test_the_part_of_the_title_tag_the_page_shows() -> None:
    page = _page().replace(b"<h1>Harga Beras Naik</h1>", b"<div class=judul>Harga Beras Naik</div>")
    assert extract(load(page)).title == "Harga Beras Naik"


def test_a_whole_title_shown_with_its_dash_keeps_it() -> None:
    page = (
        "<html><head><title>Harga Beras Naik - Ini Kata Menteri Perdagangan</title></head><body>"
        "<a href=/tag>Harga Beras Naik</a><div>Harga Beras Naik - Ini Kata Menteri Perdagangan</div>"
        f"{BODY}</body></html>"
    ).encode()
    assert extract(load(page)).title == "Harga Beras Naik - Ini Kata Menteri Perdagangan"


def test_a_shown_byline_names_the_writer_who_also_edited() -> None:
    body = (
        '<div class="read-page__author">By Budi Santoso</div>'
        '<ul class="credits"><li>Editor</li><li><a>Budi Santoso</a></li></ul>'
    )
    meta = extract(load(_page(body=body)))
    assert meta.authors == ("Budi Santoso",)
    assert meta.editors == ("Budi Santoso",)


def test_structured_data_naming_the_editor_as_author_names_no_writer() -> None:
    ld = (
        '<script type="application/ld+json">'
        '{"@type": "NewsArticle", "author": {"name": "Ani Wijaya"}}</script>'
    )
    meta = extract(load(_page(ld, body="<p>Editor: Ani Wijaya</p>")))
    assert meta.authors == ()
    assert meta.editors == ("Ani Wijaya",)


def test_a_name_with_its_role_after_it() -> None:
    meta = extract(load(_page(body="<div><div>Dewi Kania</div><span>Jurnalis</span></div>")))
    assert meta.authors == ("Dewi Kania",)


def test_a_directory_of_people_and_their_professions_names_no_writer() -> None:
    people = "".join(f"<div><a>{n}</a> <span>Jurnalis</span></div>" for n in ("Andi Saputra", "Rina Wijaya"))
    assert extract(load(_page(body=people))).authors == ()


# kompas's credit box (as its 2023-2024 pages write it): a card per person, the name and the role each the
# whole text of an element of their own, the role after the name.
KOMPAS_CARDS = (
    '<div class="credit"><a href="/profile/2072/Irfan.Kamil"><div><div data-avatar-initial="IK"></div><div>'
    "<h6>Irfan Kamil</h6><h6>Penulis</h6></div></div></a>"
    '<a href="/profile/robertus.belarminus"><div><div data-avatar-initial="RB"></div><div>'
    "<h6>Robertus Belarminus</h6><h6>Editor</h6></div></div></a></div>"
)


@pytest.mark.parametrize(
    ("body", "authors", "editors"),
    [
        (KOMPAS_CARDS, ("Irfan Kamil",), ("Robertus Belarminus",)),
        # kompas's older card credits only the editor, the role in a paragraph beside the name's box.
        ("<div><div><h6>Stanly Ravel</h6></div><p>Editor</p></div>", (), ("Stanly Ravel",)),
        # liputan6's credits: spans in a list item.
        (
            '<ul><li><a href="/me/1"><span><span>Hariz Barak</span><span>Editor</span></span></a></li></ul>',
            (),
            ("Hariz Barak",),
        ),
        # A malformed card (an <h6> never closed, as a kompas page has it) is still one name and one role.
        ("<div><h6>Yoga Sukmana</h6><h6>Editor<h6></div>", (), ("Yoga Sukmana",)),
    ],
)
def test_a_credit_card_names_the_person_before_the_role(
    body: str, authors: tuple[str, ...], editors: tuple[str, ...]
) -> None:
    meta = extract(load(_page(body=body)))
    assert (meta.authors, meta.editors) == (authors, editors)


# Liputan6's 'Kredit' box (2020-2021 read-pages): a card per person, the name over the role, two writers.
KREDIT = (
    "<ul>"
    + "".join(
        f"<li><div><div>{name}</div><div>{role}</div></div><a href=/me/{i}><img alt='{name}'></a></li>"
        for i, (name, role) in enumerate((("Istiarto Sigit", "Author"), ("Reza Rinaldi", "Author")))
    )
    + "</ul>"
)


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # The byline names one of the box's writers: the box is the article's credit, both wrote it.
        ("<div>Istiarto Sigit | 09 Nov 2021, 11:45 WIB</div>", ("Istiarto Sigit", "Reza Rinaldi")),
        ("<div>Oleh: Reza Rinaldi</div>", ("Reza Rinaldi", "Istiarto Sigit")),
        (
            '<script type="application/ld+json">{"@type": "NewsArticle", "author": "Reza Rinaldi"}</script>',
            ("Reza Rinaldi", "Istiarto Sigit"),
        ),
        # The byline names someone else: the two cards are profiles beside the article.
        ("<div>Ani Wijaya | 09 Nov 2021, 11:45 WIB</div>", ("Ani Wijaya",)),
    ],
)
def test_a_credit_box_of_several_writers_names_them_all(header: str, authors: tuple[str, ...]) -> None:
    page = _bare("Harga Beras Naik", f"<div><h1>Harga Beras Naik</h1>{header}</div>{BODY}{KREDIT}")
    assert beritaparse.parse(page, url=None, adapters=False).authors == authors


PROFILES = [("Adhie M Massardi", "Aktivis"), ("John Phillips Marquand", "Penulis"), ("James Mill", "Penulis")]


@pytest.mark.parametrize(
    "body",
    [
        # The author of a quote, with the profession after the name, inside the quote.
        "<blockquote><p>Orang boleh pandai setinggi langit.</p>"
        "<div><b>Pramoedya Ananta Toer</b><i>Penulis</i></div></blockquote>",
        # merdeka's box of profiles: people and their professions, "Penulis" among them, twice.
        "".join(
            f"<div><a href=/p/{i}><img alt='{n}'></a><span><a href=/p/{i}>{n}</a> <span>{r}</span></span>"
            "</div>"
            for i, (n, r) in enumerate(PROFILES)
        ),
        # More than a name and a role on the card: a profile with its place.
        "<div><h6>Budi Santoso</h6><span>Penulis</span><span>Yogyakarta</span></div>",
        # A card whose first text names no person: a link to the writer's profile page.
        "<div><a href=/profil>Lihat profil</a><span>Penulis</span></div>",
    ],
)
def test_a_name_with_a_profession_after_it_is_no_credit_card(body: str) -> None:
    assert extract(load(_page(body=body))).authors == ()


def test_a_name_and_the_outlet_beside_the_headline() -> None:
    page = (
        "<html><head><title>Harga Beras Naik - Contoh</title></head><body><h1>Harga Beras Naik</h1>"
        f"<div><strong>Budi Santoso</strong> - contohnews.com</div>{BODY}</body></html>"
    ).encode()
    assert extract(load(page)).authors == ("Budi Santoso",)


def test_a_capitals_sign_off_is_the_writer_where_nobody_else_is() -> None:
    prose = "".join(f"<p>Paragraf ke-{i}: {BODY[3:-4]}</p>" for i in range(4))
    page = f"<html><body><h1>Harga Beras Naik</h1><div>{prose}<p><b>DINI TEJA</b></p></div></body></html>"
    art = beritaparse.parse(page.encode(), url=None, adapters=False)
    assert art.authors == ("Dini Teja",)
    assert "DINI TEJA" not in art.text


def test_a_capitals_sign_off_beside_the_editors_initials_names_the_writer_alone() -> None:
    prose = "".join(f"<p>Paragraf ke-{i}: {BODY[3:-4]}</p>" for i in range(4))
    signed = "<p><b>ANDRIAN HABIBI | DA</b></p>"
    page = f"<html><body><h1>Harga Beras Naik</h1><div>{prose}{signed}</div></body></html>"
    art = beritaparse.parse(page.encode(), url=None, adapters=False)
    assert art.authors == ("Andrian Habibi",)
    assert "ANDRIAN HABIBI" not in art.text


@pytest.mark.parametrize(
    ("closing", "authors"),
    [
        # A translated story's closing line of sources: a source's name and another's acronym, no person.
        ("THE SUN | ESPN", ()),
        ("REUTERS | CHOIRUL AMINUDDIN", ("Choirul Aminuddin",)),
    ],
)
def test_a_closing_line_of_sources_in_capitals_names_nobody(closing: str, authors: tuple[str, ...]) -> None:
    prose = "".join(f"<p>Paragraf ke-{i}: {BODY[3:-4]}</p>" for i in range(4))
    page = f"<html><body><h1>Harga Beras Naik</h1><div>{prose}<p><b>{closing}</b></p></div></body></html>"
    assert beritaparse.parse(page.encode(), url=None, adapters=False).authors == authors


def test_a_credit_line_of_a_translated_story_names_its_people_by_their_roles() -> None:
    credit = (
        "<p>(Penulis: Erica Gonzales ; Artikel ini disadur dari Bazaar US; Alih bahasa: Denniel Saerang;"
        " Foto: Courtesy of Bazaar US)</p>"
    )
    prose = "".join(f"<p>Paragraf ke-{i}: {BODY[3:-4]}</p>" for i in range(4))
    page = f"<html><body><h1>Harga Beras Naik</h1><div>{prose}{credit}</div></body></html>"
    assert beritaparse.parse(page.encode(), url=None, adapters=False).authors == ("Erica Gonzales",)


def test_a_negated_role_in_the_byline_box_names_nobody() -> None:
    # Tempo's 2017 template: "Non Koresponden" stands where the reporter's name would, each line of the box
    # classed "author"; the editor's line names the editor, no writer.
    box = (
        '<div class="author">Reporter: <h4>Non Koresponden</h4></div>'
        '<div class="author">Editor: <h4>Dwi Arjanto</h4></div>'
    )
    meta = extract(load(_page(body=f"<div>{box}</div>")))
    assert meta.authors == ()
    assert meta.editors == ("Dwi Arjanto",)


@pytest.mark.parametrize(
    "text",
    [
        "Penulis: Budi",
        "  \u00a0\n\tEDITOR : Sari",
        "\u2003oleh Budi",
        "By Budi",
        "by:",
        "Rep",
        "\u212aontributor: Budi",  # KELVIN SIGN, which the case-insensitive pattern reads as "k"
        "Laporan wartawan Tribun",
        "Pewarta foto: Budi",
        "x Penulis: Budi",
        "Pen",
        "Fotografer: Budi",
        "Foto",
        "Konten ini",
        " \t\n",
        "",
    ],
)
def test_credit_pre_test_rejects_no_credit_line(text: str) -> None:
    # The cheap tests before the credit pattern (the first three characters, then the first _HEAD) must pass
    # every text the pattern matches.
    matches = bylines._CREDIT_START.match(text) is not None
    passes = bylines._may_open_credit(text.lstrip()[:3])
    assert passes or not matches
    assert bylines._may_open_credit(text.lstrip()[: bylines._HEAD]) or not matches
    if text.strip().startswith(("Penulis", "EDITOR", "oleh", "By", "\u212aontributor")):
        assert matches


@pytest.mark.parametrize("site", ["www.warta.com", "Warta.com"])
def test_closing_initials_beside_the_sites_own_name_name_one_editor(site: str) -> None:
    # jpnn.com closes "(boy/jpnn)": the editor's initials, then the outlet's own name, which names nobody.
    page = (
        f'<html><head><meta property="og:site_name" content="{site}"></head><body><h1>Cuaca Buruk</h1>'
        f"<div>{BODY}<p>Warga diminta tetap waspada terhadap cuaca buruk sepekan ke depan, kata petugas."
        " (boy/warta)</p></div></body></html>"
    )
    art = beritaparse.parse(page, url=None, adapters=False)
    assert art.editors == ("boy",)


# Pages that show their metadata only to the reader (no JSON-LD, no meta tags): what the generic path reads.
TEXT = f"<div class=isi>{BODY * 2}<p>Pedagang berharap pasokan dari daerah normal pekan depan.</p></div>"


def _bare(title: str, header: str, before: str = "") -> bytes:
    return f"<html><head><title>{title}</title></head><body>{before}{header}{TEXT}</body></html>".encode()


def test_the_headline_repeated_in_a_heading_atop_the_body_is_not_the_articles() -> None:
    # detik: an h1 with the headline opens the body, the article's own h1 stands with its byline and date.
    page = _bare(
        "Harga Beras Naik",
        "<div class=header><h1>Harga Beras Naik</h1><div class=penulis>Budi Santoso - detikFinance</div>"
        "<div class=tanggal>Sabtu, 10 Des 2022 07:16 WIB</div></div>",
        # A sticky share bar and a menu, hundreds of elements long, stand between the two.
        before=f"<h1 class=seo>Harga Beras Naik</h1><div class=share>{'<a href=/s>Bagikan</a>' * 400}</div>",
    )
    art = beritaparse.parse(page, url=None, adapters=False)
    assert art.published == dt.datetime(2022, 12, 10, 7, 16, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    assert art.authors == ("Budi Santoso",)


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # detik writes the channel after the writer's name.
        ("<div class=author>Afif Farhan - <span class=label>Sepakbola</span></div>", ("Afif Farhan",)),
        # okezone: the writer in bold, then the date.
        ("<span><b>Vania Ika Aldida</b> | Jumat, 17 Februari 2017 - 13:30 wib</span>", ("Vania Ika Aldida",)),
        # detikTravel credits a desk of the outlet as a whole, in no element marked as a byline.
        ("<div><div><a> Tim detikBali </a><div>detikTravel</div></div></div>", ("Tim detikBali",)),
        # okezone 2020: the writer's role after the name, a middle dot before the date.
        (
            "<div><div>Natasha Oktalia, <span>Jurnalis</span> <i>·</i>"
            " <b>Kamis 09 Juli 2020 07:26 WIB</b></div></div>",
            ("Natasha Oktalia",),
        ),
        # okezone 2025: the role and the weekday joined by an unspaced dash.
        (
            "<div><a href=/detail/rahman>Rahman Asmardika</a><span>, Jurnalis-Jum'at, 29 Agustus 2025"
            " |13:10 WIB</span></div>",
            ("Rahman Asmardika",),
        ),
        # ... but a name glued to other words by a dash is no byline ("Jakarta-Pada ...").
        ("<div>Jakarta-Pada Senin, 12 Mei 2024 | harga naik</div>", ()),
        # Bola.net's mobile byline: the date first, the writer after the bar.
        ("<div class=d2>17-09-2020 16:53 | Aga Deta</div>", ("Aga Deta",)),
        # ... where a section's name, one word, stands as often: no writer.
        ("<div class=d2>17-09-2020 16:53 | Sepakbola</div>", ()),
        ("<div>Senin, 12 Mei 2024 | Nasional</div>", ()),
    ],
)
def test_a_byline_the_page_shows_without_metadata(header: str, authors: tuple[str, ...]) -> None:
    page = _bare("Harga Beras Naik", f"<div class=judul><h1>Harga Beras Naik</h1>{header}</div>")
    assert beritaparse.parse(page, url=None, adapters=False).authors == authors


@pytest.mark.parametrize(
    ("link", "authors"),
    [
        # KapanLagi's AMP header dates its channel: the link leads to the channel's listing, no writer.
        ('<a class=fn href="../../../showbiz/selebriti/index.html">Selebriti</a>', ()),
        ('<a href="/kanal/ekonomi/">Ekonomi</a>', ()),
        # A writer's page in the folder of writers, or at the address of the name alone, is a writer's.
        ('<a href="/penulis/budi-santoso">Budi Santoso</a>', ("Budi Santoso",)),
        ('<a href="/budi-santoso">Budi Santoso</a>', ("Budi Santoso",)),
    ],
)
def test_a_dated_line_naming_a_channels_listing_names_no_writer(link: str, authors: tuple[str, ...]) -> None:
    header = f"<div>{link}<span> | Kamis, 24 September 2020 10:23</span></div>"
    page = _bare("Harga Beras Naik", f"<div class=judul><h1>Harga Beras Naik</h1>{header}</div>")
    assert beritaparse.parse(page, url=None, adapters=False).authors == authors


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # detik's 2015 line under the headline (the channel, "detikinet", is no site name the page gives
        # once its meta tags are gone).
        ("<div><strong>Fino Yurio Kristo</strong> - detikinet</div>", ("Fino Yurio Kristo",)),
        # detik's 2022 sport page: the channel in a span of its own.
        ("<div>Afif Farhan - <span>Sepakbola</span></div>", ("Afif Farhan",)),
        # A breadcrumb links every part; a subtitle is a heading; a date is no channel; a one-word name may
        # be a section's; a role after the dash is another credit's.
        ("<div><a href=/jateng>Jawa Tengah</a> - <a href=/jateng/semarang>Semarang</a></div>", ()),
        ("<h2>Joko Widodo - Presiden</h2>", ()),
        ("<div>Budi Santoso - 2022</div>", ()),
        ("<div>Olahraga - Sepakbola</div>", ()),
        ("<div>Budi Santoso - Editor</div>", ()),
    ],
)
def test_a_writer_and_a_channel_right_under_the_headline(header: str, authors: tuple[str, ...]) -> None:
    page = _bare("Harga Beras Naik", f"<div><h1>Harga Beras Naik</h1>{header}</div>")
    assert beritaparse.parse(page, url=None, adapters=False).authors == authors


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # WordPress: the writer's page in its folder of writers.
        (
            "<div>Oleh <a href='https://kabar.example/author/budi-santoso/'>Budi Santoso</a></div>",
            ("Budi Santoso",),
        ),
        (
            "<div><a href='/penulis/budi-santoso'><img src=a.jpg></a> <span>Budi Santoso</span></div>",
            ("Budi Santoso",),
        ),
        # Brilio's and Tempo's magazine's folder of writers: "/reporter/shofia-nida".
        (
            "<div><a href='https://www.contoh.net/reporter/shofia-nida'><p>Shofia Nida</p></a></div>",
            ("Shofia Nida",),
        ),
        # A channel's page reads like a name ("/kabar-dunia"), and so does a tag's ("/tag/joko-widodo"): only
        # the folder of writers says a page is a writer's.
        ("<div><a href='/kabar-dunia'>Kabar Dunia</a></div>", ()),
        ("<div><a href='/kabar-dunia'><img src=k.png></a><b>Kabar Dunia</b></div>", ()),
        ("<div><a href='/tag/joko-widodo'>Joko Widodo</a></div>", ()),
        # The link's address names another person than the text beside it.
        ("<div><a href='/author/ani-wijaya/'><img src=a.jpg></a> <span>Budi Santoso</span></div>", ()),
    ],
)
def test_a_link_to_the_writers_page_names_the_writer(header: str, authors: tuple[str, ...]) -> None:
    page = _bare("Harga Beras Naik", f"<div><h1>Harga Beras Naik</h1>{header}</div>")
    assert beritaparse.parse(page, url=None, adapters=False).authors == authors


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # Pikiran Rakyat's AMP byline, class names scrambled: the writer's photo labelled with the name, the
        # name's link to a page no folder of writers holds, the day.
        (
            "<div><div><amp-img src=p.jpg alt='Muhammad Ali'></amp-img></div>"
            "<div><a href='opini-author.html'>Muhammad Ali</a></div><div>24 September 2019</div></div>",
            ("Muhammad Ali",),
        ),
        (
            "<div><img src=p.jpg alt='Budi Santoso'> <span><a href=/budi>Budi Santoso</a></span>"
            " 5 Juli 2019</div>",
            ("Budi Santoso",),
        ),
        # Republika's lead photo of a person, captioned by the bare name: a caption links nowhere.
        ("<div><img src=f.jpg alt='Budi Santoso'></div><div><div>Budi Santoso</div></div>", ()),
        # A photo of a person, labelled with the name, over its caption: the caption is the first text.
        (
            "<figure><img src=j.jpg alt='Joko Widodo'><figcaption>Joko Widodo di Istana Negara, Jakarta."
            "</figcaption></figure><div>Joko Widodo</div>",
            (),
        ),
        # The name beside the image is another's, or no person's.
        ("<div><img src=p.jpg alt='Ani Wijaya'> <span>Budi Santoso</span></div>", ()),
        ("<div><img src=p.jpg alt='Tim Redaksi'> <span>Tim Redaksi</span></div>", ()),
    ],
)
def test_a_writers_photo_beside_the_headline_names_the_writer(header: str, authors: tuple[str, ...]) -> None:
    page = _bare("Harga Beras Naik", f"<div><h1>Harga Beras Naik</h1>{header}</div>")
    assert beritaparse.parse(page, url=None, adapters=False).authors == authors


def test_structured_data_outranks_a_writer_and_channel_line() -> None:
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "author": "Ani Wijaya"}</script>'
    header = "<div><h1>Harga Beras Naik</h1><div>Afif Farhan - Sepakbola</div></div>"
    page = _bare("Harga Beras Naik", ld + header)
    assert beritaparse.parse(page, url=None, adapters=False).authors == ("Ani Wijaya",)


def test_a_title_tag_naming_a_person_before_the_headline() -> None:
    # kapanlagi: "Person | Headline - Site"; the person's name is a heading of its own under the headline.
    page = _bare(
        "Brandon Nicholas Salim | Brandon Salim Makin Dekat Dengan Sivia - Contoh.com",
        "<h1>Brandon Salim Makin Dekat Dengan Sivia</h1><span>Kamis, 05 November 2015 11:52</span>"
        "<h2>Brandon Nicholas Salim</h2>",
    )
    assert beritaparse.parse(page, url=None, adapters=False).title == "Brandon Salim Makin Dekat Dengan Sivia"


def test_the_byline_box_inside_the_lead_photo_box_names_the_writer() -> None:
    # Popbela's AMP template: the writer's avatar and name in "post-author-info", inside the "post-img" box
    # that also holds the lead photo and its source. The byline's own box makes it no photo credit.
    body = (
        '<div class="post-img"><figure><img src="/f.jpg" alt="">'
        '<span class="pic-source">Instagram.com/x</span></figure>'
        '<div class="post-author-info"><div class="author-name"><a href="/rina-kartika">'
        '<img src="/avatar.jpg" alt=""></a><strong class="author-info-name">Rina Kartika</strong>'
        "</div></div></div>"
    )
    assert extract(load(_page(body=body))).authors == ("Rina Kartika",)


def test_a_credit_in_a_photo_box_names_no_writer() -> None:
    body = (
        '<div class="post-img"><img src="/f.jpg" alt="">'
        '<span class="author">KOMPAS.COM/Rina Kartika</span></div>'
    )
    assert extract(load(_page(body=body))).authors == ()


@pytest.mark.parametrize(
    ("writer_meta", "authors"),
    [
        # The page's own meta tags give her as writer and editor: a one-person desk, the credit box showing
        # the editor alone.
        ("Ivany Atina Arbi", ("Ivany Atina Arbi",)),
        # Another writer in the meta tag: that writer, as before.
        ("Dian Erika Nugraheny", ("Dian Erika Nugraheny",)),
    ],
)
def test_the_editor_alone_in_sight_is_the_writer_where_the_meta_tags_say_both(
    writer_meta: str, authors: tuple[str, ...]
) -> None:
    head = (
        f'<meta name="content_author" content="{writer_meta}">'
        '<meta name="content_editor" content="Ivany Atina Arbi">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harga Beras Naik",'
        ' "author": {"@type": "Person", "name": "Ivany Atina Arbi"}}</script>'
    )
    art = beritaparse.parse(_page(head, "<div>Editor: Ivany Atina Arbi</div>"), adapters=False)
    assert art.authors == authors
    assert art.editors == ("Ivany Atina Arbi",)


def test_the_json_ld_naming_the_editor_as_writer_is_still_no_writer() -> None:
    # kompas's JSON-LD names the editor as the author; no meta tag says she wrote it: no writer is known.
    head = (
        '<meta name="content_editor" content="Ivany Atina Arbi">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harga Beras Naik",'
        ' "author": {"@type": "Person", "name": "Ivany Atina Arbi"}}</script>'
    )
    art = beritaparse.parse(_page(head, "<div>Editor: Ivany Atina Arbi</div>"), adapters=False)
    assert art.authors == ()


def test_a_byline_opening_with_its_by_word_beside_the_headline_names_the_writer() -> None:
    # No class, no meta tag: "Oleh NAME | post" under the headline (an essay's h2), the post running long.
    byline = (
        "<h2>Oleh Budi Santoso | General Manager Bentara Budaya &amp; Communication Management, Corp Com,"
        " Kompas Gramedia</h2><h3>Selasa, 21 Maret 2023</h3>"
    )
    meta = extract(load(_page(body=byline)))
    assert meta.authors == ("Budi Santoso",)


def test_the_writers_name_in_bold_ending_the_text_signs_it() -> None:
    # The same name signing the text in bold at its end heads nothing: it is no subheading of the body.
    page = _page('<meta name="author" content="Budi Santoso">', body="<div>" + BODY * 3 + "</div>")
    art = beritaparse.parse(page.replace(b"</body>", b"<p><strong>Budi Santoso</strong></p></body>"))
    assert art.authors == ("Budi Santoso",)
    assert "Budi Santoso" not in art.text


def test_a_sentence_opening_with_oleh_beside_the_headline_names_nobody() -> None:
    page = (
        "<html><body><div><h1>Harga Beras Naik</h1>"
        "<h2>Oleh karena itu pemerintah menambah pasokan beras</h2>"
        f"<div>{BODY * 3}</div></div></body></html>"
    )
    assert beritaparse.parse(page, adapters=False).authors == ()


def test_the_box_about_the_writer_names_the_writer_nobody_else_credits() -> None:
    # A WordPress theme's writer box under the text: its label, an avatar, the writer's page linked under
    # the name the site shows (an account's name here), a bio. Nothing else on the page credits anyone.
    body = (
        '<div class="x1"><div><span>TENTANG PENULIS</span><hr></div><div class="x2"><img src="/a.jpg" alt="">'
        '<h5><a href="https://contoh.id/author/fachrul_run/">fachrul_run</a></h5>'
        "<p>Novelis yang gemar menulis tentang permainan video dan komik.</p></div></div>"
    )
    assert extract(load(_page(body=body))).authors == ("fachrul_run",)


def test_a_link_to_a_writers_page_outside_a_writer_box_names_no_one_word_writer() -> None:
    # A one-word link to a writer's page with no box label over it: a list of the site's writers, a menu.
    body = '<div class="x1"><div class="x2"><a href="https://contoh.id/author/redaksi/">Redaksi</a></div></div>'
    assert extract(load(_page(body=body))).authors == ()


def test_the_writer_box_classed_as_a_byline_gives_the_name_not_its_label() -> None:
    body = (
        '<div class="author-block"><h1>Tentang Penulis</h1><a class="name" href="/author/silentman/">'
        "<p>Silentman</p></a></div>"
    )
    assert extract(load(_page(body=body))).authors == ("Silentman",)


def test_the_credits_on_cards_of_other_stories_name_no_writer_of_the_article() -> None:
    # A box of related stories under the text: each card a linked headline and "By Name - date".
    cards = "".join(
        f'<div class="c"><a href="/2019/07/0{i}/kabar-{i}/"><h2>{title}</h2></a>'
        f'<p class="m">By <a href="/author/{slug}/">{name}</a> - <time>5 July 2019</time></p></div>'
        for i, (title, name, slug) in enumerate(
            [
                ("Pembahasan Update Dota Underlords Optimasi Mobile dan Gold", "D.L. Tommy", "tommy"),
                ("Bigetron Targetkan Juara di Turnamen Mobile Legends", "Leonanda Ferry", "leonanda-ferry"),
            ]
        )
    )
    body = f'<div class="r"><h3>Artikel Terkait</h3><div class="cs">{cards}</div></div>'
    assert extract(load(_page(body=body))).authors == ()


def test_a_credit_box_linking_its_names_is_the_articles() -> None:
    # "Penulis: <a>Nama</a> | Editor: <a>Nama</a>": each name a short link, no other story's headline.
    body = (
        '<div class="c"><h6>Penulis: <a href="/profile/1/Budi.Santoso">Budi Santoso</a></h6> | '
        '<h6>Editor: <a href="/profile/2/Rina.Kartika">Rina Kartika</a></h6></div>'
    )
    meta = extract(load(_page(body=body)))
    assert meta.authors == ("Budi Santoso",)
    assert meta.editors == ("Rina Kartika",)


def test_a_writer_and_a_date_parted_by_a_dash_under_the_headline_is_the_byline() -> None:
    # Metrotvnews.com's 2016 template: "<span>Nama - 13 Oktober 2016 23:11 wib</span>" under the <h1>, and a
    # meta author naming the site's developer account.
    page = (
        '<html><head><meta name="author" content="contoh developer"></head><body><h1>Harga Beras Naik</h1>'
        f"<span class='x'>Meilikhah - 13 Oktober 2016 23:11 wib</span>{BODY}</body></html>"
    ).encode()
    assert extract(load(page)).authors == ("Meilikhah",)


def test_a_dateline_opening_a_short_text_under_the_headline_names_no_writer() -> None:
    # After the dash comes a sentence, not a date alone: "Jakarta" opens the text, it signs nothing.
    body = "<p>Jakarta - Harga beras naik lagi pada Mei 2024.</p>"
    assert extract(load(_page(body=body))).authors == ()


def test_a_list_of_the_sites_writers_names_no_writer_of_the_article() -> None:
    # A menu's "Rekomendasi Member": a role over each name, every one an item of one list.
    items = "".join(
        f'<li><a href="/{n.lower().replace(" ", "-")}"><small>Verified Writer</small><p>{n}</p></a></li>'
        for n in ("Stella Azasya", "Dian Arthasalina", "Annisa Fadillah")
    )
    body = f'<div class="m"><div>Rekomendasi Member</div><ul class="l">{items}</ul></div>'
    assert extract(load(_page(body=body))).authors == ()


def test_writers_credited_each_in_an_item_of_the_credit_list_are_the_articles() -> None:
    body = "<ul><li>Penulis: Budi Santoso</li><li>Penulis: Ani Wijaya</li><li>Editor: Rina Kartika</li></ul>"
    meta = extract(load(_page(body=body)))
    assert meta.authors == ("Budi Santoso", "Ani Wijaya")
    assert meta.editors == ("Rina Kartika",)


def test_a_byline_in_the_headlines_box_beside_a_back_link_is_the_writers() -> None:
    # A short header box: a link back to the section (four words), the headline, the byline. The box holds
    # the page's headline: it is the article's header, no card of another story.
    page = (
        "<html><head></head><body><div class='c'><a href='/warta'><div>Kembali ke Warta Bentara</div></a>"
        "<h1>Tanda Mata, Tanda Zaman</h1><h2>Oleh Ilham Khoiri | General Manager Bentara Budaya &amp;"
        " Communication Management, Corp Com</h2>"
        f"<h3>Selasa, 21 Maret 2023</h3></div>{BODY}</body></html>"
    ).encode()
    assert extract(load(page)).authors == ("Ilham Khoiri",)


def test_a_video_editor_is_credited_but_edits_no_text() -> None:
    line = "Penulis: Oik Yusuf | Video Editor: Mochamad Hildan Farros"
    found = [(role, value.strip(" |")) for role, value in credit_segments(line)]
    assert found == [("author", "Oik Yusuf"), ("other", "Mochamad Hildan Farros")]


def test_a_byline_split_at_its_bar_after_the_date_names_the_writer() -> None:
    # Bola.net's 2020 header: the date in a <div>, "| Nama" in the <h2> after it.
    page = (
        "<html><body><h1>Harga Beras Naik</h1><div class=d>17-06-2020 08:05</div>"
        f"<h2 class=d>&nbsp;| Asad Arifin</h2>{BODY}</body></html>"
    ).encode()
    assert extract(load(page)).authors == ("Asad Arifin",)


def test_a_barred_line_after_no_date_names_nobody() -> None:
    page = (
        "<html><body><h1>Harga Beras Naik</h1><div class=d>Ekonomi</div>"
        f"<h2 class=d>| Harga Pangan</h2>{BODY}</body></html>"
    ).encode()
    assert extract(load(page)).authors == ()


def _photo_page(byline: str) -> bytes:
    # Dream's 2017 photo page with its class names gone: the headline, the slide and its thumbnails, then the
    # text's box opening on the byline, its name and date in elements of their own around the bar.
    # Twenty thumbnails: more elements than the byline reader looks at around the headline.
    slides = "".join(f"<li><a href='/foto/slide-{i}.html'><img src='/t{i}.jpg'></a></li>" for i in range(20))
    paragraphs = "".join(
        f"<p>{p}</p>"
        for p in (
            "Dream - Belakangan ini, kehadiran pendamping pengantin sudah menjadi tren tersendiri di kota.",
            "Persiapan busana yang seragam dilakukan sejak jauh-jauh hari oleh para sahabat pengantin.",
            "Dulu, pakaian pendamping dibuat senada dengan warna busana pengantin di hari pernikahan.",
        )
    )
    return (
        "<html><head><title>Pesona Bridesmaid Berhijab - Dream</title></head><body>"
        "<h1>Pesona Bridesmaid Berhijab</h1><div><img src='/1.jpg'><p>Gaya mereka anggun dan modis.</p>"
        f"<ul>{slides}</ul></div><div><div>{byline}</div>{paragraphs}</div></body></html>"
    ).encode()


def test_a_byline_broken_at_its_bar_before_the_date_names_the_writer_far_from_the_headline() -> None:
    art = beritaparse.parse(_photo_page("<div>Ratih Wulan</div> | <span>16 November 2017 14:02</span>"))
    assert art.authors == ("Ratih Wulan",)
    assert "Ratih" not in art.text


def test_a_line_over_a_barred_date_that_is_no_name_names_nobody() -> None:
    art = beritaparse.parse(_photo_page("<div>Gaya hidup kita.</div> | <span>16 November 2017 14:02</span>"))
    assert art.authors == ()


@pytest.mark.parametrize("desk", ["Editorial Contoh.com", "Tim Editorial", "Editorial Team"])
def test_a_desk_credited_as_the_json_ld_author_names_no_writer(desk: str) -> None:
    # Bola.net's and Otosia's AMP pages credit the desk ("Editorial Bola.net") and show no writer.
    data = f'{{"@type": "NewsArticle", "author": {{"name": "{desk}"}}}}'
    ld = f'<script type="application/ld+json">{data}</script>'
    head = f"<meta property='og:site_name' content='Contoh.com'>{ld}"
    assert extract(load(_page(head))).authors == ()


_ADAPTED = "(Penulis: Erica Gonzales; Artikel ini disadur dari Bazaar US; Alih bahasa: Denniel Saerang)"
_TEXT = (
    "<p>Gaya berpakaian para penggemar olahraga kini menjadi sorotan di banyak kota besar dunia, dan"
    " merek-merek mode pun ikut merancang koleksi khusus untuk mereka setiap musim.</p>"
    "<p>Para perancang mengatakan koleksi itu laris karena dapat dipakai ke stadion maupun ke kantor.</p>"
)


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # Harper's Bazaar Indonesia's translated story (unseen/ir-bazaar-2): the byline names who wrote this
        # one, the credit closing the text the US original's writer.
        ("<div class=byline>by: Sabrina Sulaiman</div>", ("Sabrina Sulaiman",)),
        # Nothing else credited: the original's writer is the one named.
        ("", ("Erica Gonzales",)),
    ],
)
def test_an_adapted_storys_credit_names_the_writer_only_where_nothing_else_does(
    byline: str, expected: tuple[str, ...]
) -> None:
    page = (
        "<html><body><article><h1>Gaya Penggemar Olahraga Jadi Sorotan Dunia Mode</h1>"
        f"{byline}<div class=content>{_TEXT}<p>{_ADAPTED}</p></div></article></body></html>"
    )
    art = beritaparse.parse(page)
    assert art.authors == expected
    assert "Erica" not in art.text


@pytest.mark.parametrize(
    ("byline", "expected"),
    [("by: Sabrina Sulaiman\n", ("Sabrina Sulaiman",)), ("", ("Erica Gonzales",))],
)
def test_an_adapted_storys_credit_in_a_paste(byline: str, expected: tuple[str, ...]) -> None:
    paras = "\n".join(p.removeprefix("<p>") for p in _TEXT.split("</p>") if p)
    headline = "Gaya Penggemar Olahraga Jadi Sorotan Dunia Mode"
    art = beritaparse.parse_text(f"{headline}\n{byline}{paras}\n{_ADAPTED}")
    assert art.authors == expected
