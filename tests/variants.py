"""Variants of a saved page as the web also serves it, each with the gold its parse must reach (issue 11).

A page of an outlet never seen differs from the saved pages in ways that are common on the web; each variant
below rewrites a saved article page one such way and cuts its gold to match:

- ``scrambled``: every class and id renamed to a meaningless token (tests/scramble.py);
- ``unstructured``: no meta tags and no JSON-LD;
- ``short-1``, ``short-2``: the text cut after its first one or two paragraphs, everything after them in
  the article's container gone, a JSON-LD ``articleBody`` cut alike (a breaking-news flash, a video page's
  summary);
- ``teasers``: a long list of other stories (linked headline, image, one-line excerpt, time) right after
  the article's container, with no class name that says so;
- ``comments``: a big comment section (name, time, a comment in sentences, reply link) right after it,
  with no class name that says so;
- ``short-comments``: ``short-2`` with that comment section after it;
- ``short-bare``: ``short-2`` without meta tags and JSON-LD and with its names scrambled (a short item of a
  template never seen that declares nothing);
- ``teasers-bare``, ``comments-bare``: ``teasers`` and ``comments`` without meta tags and JSON-LD and with
  names scrambled (a template never seen that declares nothing, with a box of other stories or comments
  beside its text);
- ``unheaded-bare``: ``teasers-bare`` with the box's heading gone and each teaser an ``<article>`` (an
  "up next" strip that says nothing of itself);
- ``divs``: every ``<p>`` a ``<div>`` (templates that write each paragraph as a ``<div>``, as detik's
  does), the page's markup otherwise as saved;
- ``lines``: every ``<p>`` unwrapped into lines of the element it stood in, a ``<br><br>`` after each (old
  templates, and text pasted into a site's editor, write the article so);
- ``split``: the text's element split in two at its middle paragraph, the second half in an element of the
  same tag and class after an ad slot (a template that renders the text in parts around its ads);
  ``split-box``: the second half in an element of another class after a box of links ("Baca Juga");
- ``read-more``: the text from its fourth paragraph on hidden (``display:none``) behind a "Baca
  Selengkapnya" button, as a mobile template shows the first paragraphs until the reader asks;
- ``header-in``: the article's header (headline, a byline with the time, a share bar) at the top of the
  text's element, as themes that write the entry header inside the entry do;
- ``teasers-mid``: the ``teasers`` box, headed, between the text's middle paragraphs in the element that
  holds them (a template's "Terpopuler" or "Berita Terkait" box inside the text);
- ``amp``: the AMP form (tests/ampify.py);
- ``feed``: the article as the first item of a feed ("Today" pages): its container under a linked headline,
  followed by items of the same shape, each a linked headline over an excerpt;
- ``feed-short``: ``short-2`` without meta tags and JSON-LD, as the first item of such a feed;
- ``site-box``: the site's own box at the end of the page, as a regional theme's footer widget has it: a
  heading ("Tentang Kami", "Disclaimer") over two paragraphs of prose about the site and a copyright line,
  in a ``<footer>``; ``site-box-bare``: the same box in a ``<div>``, the page without meta tags and JSON-LD
  and with its names scrambled;
- ``author-box``: the writer's own box right after the text's last paragraph, inside the text's element, as
  a theme writes it (a photo, the linked name, a paragraph about the writer; named as JNews names it);
  ``author-box-bare``: the same box headed "Tentang Penulis", the page without meta tags and JSON-LD and
  with its names scrambled;
- ``body-classes``: the ``<body>`` named for its layout as themes name it ("comments-open", "footer-dark");
- ``ld-only``: the container emptied (a page whose text a script renders) and the text in a JSON-LD
  ``NewsArticle``'s ``articleBody``;
- ``fragment``: the text's element alone, its HTML cut from the page as a scraper's selector hands it over
  (the innermost element holding every gold paragraph): no head, no title, often no headline or date;
- ``table-layout``: that element in a portal's page of the 2000s, laid out in one ``<table>`` without a
  class or an id: a menu cell, the headline in ``<font><b>``, the text with a tool bar under it ("Cetak |
  Kirim ke teman"), a cell of other stories with their dates, a copyright row (the page's head kept).

A non-article page (a home or index page) must stay one in ``scrambled``, ``unstructured``, ``amp`` and
``teasers`` (:data:`NON_ARTICLE_VARIANTS`); the other variants need an article to rewrite.

The paragraphs are found in the page by their text (the innermost element holding each gold paragraph's
end), so a variant needs no knowledge of the outlet's template; a page whose paragraphs share one element
(``<br><br>`` between them) cannot be cut, and :func:`variant` returns None for it there.

    python tests/variants.py            # the table: per variant, pages, errors, mean body F1, pages below 0.9
"""

from __future__ import annotations

import html as html_text
import json
import pathlib
import re
import sys
from typing import TYPE_CHECKING, Any

import lxml.etree
import lxml.html

import beritaparse
from ampify import ampify
from beritaparse.evaluation import body_f1
from beritaparse.page.html import load
from scramble import scramble

if TYPE_CHECKING:
    from collections.abc import Iterator

    from lxml.html import HtmlElement

__all__ = [
    "ARTICLE_VARIANTS",
    "BOXED",
    "CARD_HEADINGS",
    "COMMENTS",
    "NON_ARTICLE_VARIANTS",
    "TEASERS",
    "Variant",
    "article_pages",
    "nonarticle_pages",
    "variant",
]

TESTS = pathlib.Path(__file__).parent
ARTICLE_VARIANTS = (
    "as-saved",
    "scrambled",
    "unstructured",
    "short-1",
    "short-2",
    "teasers",
    "comments",
    "short-comments",
    "short-bare",
    "teasers-bare",
    "comments-bare",
    "unheaded-bare",
    "divs",
    "lines",
    "split",
    "split-box",
    "read-more",
    "header-in",
    "teasers-mid",
    "amp",
    "ld-only",
    "feed",
    "feed-short",
    "site-box",
    "site-box-bare",
    "author-box",
    "author-box-bare",
    "body-classes",
    "story-cards",
    "story-cards-bare",
    "share-nest",
    "fragment",
    "table-layout",
)
NON_ARTICLE_VARIANTS = ("as-saved", "scrambled", "unstructured", "amp", "teasers")

# Other stories, as a regional theme lists them under an article: a linked headline over a one-line excerpt.
TEASERS = tuple(
    (title, excerpt)
    for title, excerpt in (
        (
            "Pemkab Gelar Festival Kuliner Nusantara di Alun-alun Kota",
            "Ratusan pedagang dari berbagai daerah ikut meramaikan festival yang berlangsung selama"
            " tiga hari.",
        ),
        (
            "Harga Cabai Rawit di Pasar Tradisional Turun Drastis",
            "Pedagang mengaku penurunan harga terjadi karena pasokan dari petani di daerah sentra melimpah.",
        ),
        (
            "Jembatan Penghubung Dua Desa Ambruk Diterjang Banjir",
            "Warga kini terpaksa memutar sejauh belasan kilometer untuk bisa sampai ke kecamatan terdekat.",
        ),
        (
            "Ribuan Peserta Ikuti Lomba Lari Maraton Tingkat Provinsi",
            "Panitia menyiapkan pos kesehatan di setiap lima kilometer untuk menjaga keselamatan"
            " para pelari.",
        ),
        (
            "Dinas Pendidikan Buka Pendaftaran Sekolah Gratis Tahun Ini",
            "Orang tua diminta menyiapkan dokumen kependudukan sebelum mendaftar secara daring di"
            " situs resmi.",
        ),
        (
            "Petani Keluhkan Pupuk Bersubsidi yang Sulit Didapat",
            "Kelompok tani meminta pemerintah daerah mengawasi penyaluran pupuk agar tepat sasaran"
            " dan waktu.",
        ),
        (
            "Polisi Amankan Dua Pelaku Pencurian Sepeda Motor di Perumahan",
            "Kedua pelaku ditangkap setelah rekaman kamera pengawas warga tersebar luas di media sosial.",
        ),
        (
            "Wisata Pantai Selatan Kembali Ramai Dikunjungi Saat Libur Panjang",
            "Pengelola mencatat jumlah pengunjung naik dua kali lipat dibandingkan dengan libur tahun lalu.",
        ),
        (
            "Puskesmas Keliling Layani Warga di Desa Terpencil Setiap Pekan",
            "Layanan ini menyasar lansia dan ibu hamil yang kesulitan menjangkau fasilitas kesehatan"
            " di kota.",
        ),
        (
            "Tim Sepak Bola Daerah Lolos ke Babak Final Liga Regional",
            "Kemenangan dipastikan lewat adu penalti yang menegangkan di hadapan ribuan suporter tuan rumah.",
        ),
        (
            "Bupati Resmikan Pasar Rakyat yang Baru Selesai Direnovasi",
            "Pasar yang kini lebih bersih itu diharapkan mampu menarik kembali pembeli dari pusat"
            " perbelanjaan.",
        ),
        (
            "Ratusan Rumah Terendam Banjir Rob di Kawasan Pesisir Utara",
            "Warga berharap pemerintah segera membangun tanggul laut agar banjir tidak terus"
            " berulang setiap bulan.",
        ),
        (
            "Mahasiswa KKN Ajari Warga Membuat Pupuk Organik dari Sampah",
            "Program ini disambut antusias karena bisa mengurangi sampah rumah tangga sekaligus"
            " menghemat biaya.",
        ),
        (
            "Jadwal Pemadaman Listrik Bergilir di Sejumlah Kecamatan Pekan Depan",
            "Perusahaan listrik meminta pelanggan menyiapkan diri karena ada perbaikan jaringan di"
            " gardu induk.",
        ),
        (
            "Komunitas Pemuda Bersihkan Sungai dari Tumpukan Sampah Plastik",
            "Puluhan karung sampah berhasil diangkut dari bantaran sungai yang selama ini menjadi"
            " tempat buang.",
        ),
        (
            "Harga Emas Perhiasan di Toko Emas Kota Naik Jelang Lebaran",
            "Meski harga naik, pemilik toko mengaku penjualan tetap ramai karena banyak warga"
            " membeli untuk hadiah.",
        ),
    )
)
# A comment section: readers' names, a time, a comment in sentences (as prose as the article's), a reply link.
COMMENTS = (
    (
        "Budi_Santoso88",
        "Semoga pemerintah cepat tanggap dan masalah seperti ini tidak terulang lagi di daerah kami.",
    ),
    (
        "rina.w",
        "Saya setuju dengan pendapat warga di atas, sudah saatnya ada tindakan nyata dari pihak berwenang.",
    ),
    (
        "Andi Pratama",
        "Dari dulu sudah sering diberitakan tapi tidak pernah ada perubahan yang berarti, kami hanya bisa"
        " berharap kali ini benar-benar ditindaklanjuti dan bukan sekadar janji.",
    ),
    (
        "kang_asep",
        "Beritanya bagus dan lengkap, terima kasih kepada wartawan yang sudah meliput langsung ke lokasi.",
    ),
    (
        "Sulastri",
        "Kalau menurut saya masalahnya ada pada pengawasan yang lemah, jadi yang harus dibenahi itu"
        " dulu sebelum"
        " membuat aturan baru yang justru membingungkan masyarakat kecil seperti kami.",
    ),
    (
        "dewi_ayu",
        "Mohon maaf, apakah ada info lebih lanjut tentang cara mendaftar untuk warga yang tinggal di desa?",
    ),
    (
        "Hendra K",
        "Jangan cuma ramai di awal lalu dilupakan, kami akan terus mengawal kasus ini sampai tuntas.",
    ),
    (
        "Yusuf Maulana",
        "Saya tinggal tidak jauh dari lokasi dan memang kondisinya sudah seperti itu sejak beberapa"
        " tahun lalu,"
        " tetapi baru sekarang ada yang memberitakan dengan serius.",
    ),
    (
        "mamah_zahra",
        "Ya Allah semoga semua yang terdampak diberi kesabaran dan segera mendapatkan bantuan yang layak.",
    ),
    (
        "Tono Sugiarto",
        "Pertanyaan saya, anggaran yang kemarin diumumkan itu sebenarnya dipakai untuk apa saja ya?",
    ),
    (
        "lia_marlina",
        "Tolong redaksi buat liputan lanjutan, karena banyak dari kami yang ingin tahu bagaimana perkembangan"
        " selanjutnya dan apakah ada sanksi bagi pihak yang lalai.",
    ),
    ("Agus Salim", "Mantap, akhirnya ada juga berita yang membahas hal ini secara berimbang dari dua sisi."),
)
# The headings such boxes carry on the web, one per page in turn.
TEASER_HEADINGS = (
    "Berita Lainnya",
    "Baca Juga",
    "Berita Terkait",
    "Terpopuler",
    "Pilihan Redaksi",
    "Related Posts",
)
# A site's own box in its footer or sidebar: who runs it and how it works, in sentences.
SITE_BOX = (
    "Portal Berita Nusantara adalah media daring yang menyajikan informasi terkini seputar peristiwa daerah,"
    " politik, ekonomi, olahraga dan gaya hidup dengan mengedepankan prinsip jurnalisme yang akurat dan"
    " berimbang sesuai Kode Etik Jurnalistik dan Pedoman Pemberitaan Media Siber.",
    "Redaksi menerima tulisan, opini dan rilis dari pembaca melalui surel redaksi. Setiap tulisan yang"
    " dikirim akan melalui proses penyuntingan sebelum diterbitkan, dan redaksi berhak menolak tulisan"
    " yang tidak sesuai dengan kebijakan redaksi.",
)
SITE_BOX_HEADINGS = ("Tentang Kami", "Disclaimer", "About Us", "Hubungi Kami")
# The writer's own box under the text: a paragraph about the writer.
AUTHOR_BIO = (
    "Rina Kartika adalah jurnalis yang meliput isu lingkungan dan pemerintahan daerah sejak 2015. Ia pernah"
    " menerima penghargaan jurnalistik dan kini bertugas sebagai redaktur di kanal daerah.",
)
# Layout words themes put in the <body>'s classes, some of them words that name boxes elsewhere.
BODY_CLASSES = "single single-post comments-open footer-dark has-sidebar related-posts-below"
COMMENT_HEADINGS = ("12 Komentar", "Komentar (12)", "Komentar", "12 Comments", "Tulis Komentar")
_TIMES = ("2 jam lalu", "5 jam lalu", "kemarin", "13 Mei 2024 10.15")
_NO_TEXT_TAGS = frozenset({"script", "style", "noscript", "template", "head", "title", "meta"})
_KEY = 60


class Variant:
    """One rewritten page: its HTML and the gold body (paragraph texts) its parse should give; ``foreign``
    holds the texts the rewrite added that are no article text; ``article`` is False for a non-article
    page."""

    __slots__ = ("article", "body", "foreign", "headings", "html", "name")

    def __init__(
        self,
        name: str,
        html: bytes | str,
        body: list[str],
        foreign: tuple[str, ...] = (),
        *,
        article: bool = True,
    ) -> None:
        self.name = name
        self.html = html
        self.body = body
        self.foreign = foreign
        self.article = article
        # The gold's subheadings: the corpus keeps them out of the gold body (shared/corpus/README), so the
        # parse's heading blocks that are these are left out of the comparison, not counted against it.
        self.headings: frozenset[str] = frozenset()


def article_pages() -> Iterator[tuple[str, bytes, dict[str, Any]]]:
    """Every real article page of tests/pages and tests/unseen (shared/corpus holds the same pages as
    tests/pages): name, bytes, gold."""
    for folder in (TESTS / "pages", TESTS / "unseen"):
        for gold_path in sorted(folder.rglob("*.expected.json")):
            page = gold_path.with_name(gold_path.name.removesuffix(".expected.json") + ".html")
            if page.exists():
                yield page.stem, page.read_bytes(), json.loads(gold_path.read_text(encoding="utf-8"))


def nonarticle_pages() -> Iterator[tuple[str, bytes]]:
    """The real pages of tests/nonarticles (home and index pages)."""
    for page in sorted((TESTS / "nonarticles").glob("*.html")):
        yield page.stem, page.read_bytes()


def _fold(text: str) -> str:
    return " ".join(text.split())


def _paragraphs(gold: dict[str, Any]) -> list[str]:
    return [_fold(b["text"] if isinstance(b, dict) else str(b)) for b in gold.get("body") or []]


class _Located:
    """Each gold paragraph's innermost element in the page (None where the text is not found)."""

    def __init__(self, doc: HtmlElement, paragraphs: list[str]) -> None:
        body = doc.find("body")
        root = body if body is not None else doc
        texts: list[tuple[HtmlElement, str]] = []
        for el in root.iter(lxml.etree.Element):
            if el.tag in _NO_TEXT_TAGS or any(a.tag in _NO_TEXT_TAGS for a in el.iterancestors()):
                continue
            texts.append((el, _fold(el.text_content())))
        self.elements: list[HtmlElement | None] = []
        for paragraph in paragraphs:
            # The whole paragraph where the page holds it whole (a caption may repeat its end), else its end
            # (the gold leaves out what the rules drop inside it).
            holders = [(len(t), n, el) for n, (el, t) in enumerate(texts) if paragraph in t]
            if not holders:
                key = paragraph[-_KEY:]
                holders = [(len(t), n, el) for n, (el, t) in enumerate(texts) if key in t]
            self.elements.append(min(holders, key=lambda h: (h[0], h[1]))[2] if holders else None)


def _common_ancestor(a: HtmlElement, b: HtmlElement) -> HtmlElement:
    # The list keeps lxml's proxies alive, so each node has one proxy object and ``in`` compares nodes.
    up = [a, *a.iterancestors()]
    if b in up:
        return b
    return next(x for x in b.iterancestors() if x in up)


def _container(located: _Located) -> HtmlElement | None:
    found = [e for e in located.elements if e is not None]
    if not found:
        return None
    container = found[0]
    for el in found[1:]:
        container = _common_ancestor(container, el)
    return container


def _html(doc: HtmlElement) -> str:
    return lxml.html.tostring(doc, encoding="unicode", doctype="<!DOCTYPE html>")


def _cut(doc: HtmlElement, paragraphs: list[str], n: int) -> list[str] | None:
    """Cut the article after its ``n``-th paragraph: every element after it in the container goes, and a
    JSON-LD ``articleBody`` tells the paragraphs kept (a short article's data tells a short text; a page
    whose data tells more than it shows is a truncated page, whose articleBody is the text)."""
    if len(paragraphs) <= n:
        return None
    located = _Located(doc, paragraphs)
    container = _container(located)
    last = located.elements[n - 1]
    if container is None or last is None or any(e is None for e in located.elements[:n]):
        return None
    # The next paragraph inside the same element (split by <br>): no element to cut at.
    if paragraphs[n][-_KEY:] in _fold(last.text_content()):
        return None
    node = last
    while node is not container:
        node.tail = None
        for sibling in list(node.itersiblings()):
            node.getparent().remove(sibling)
        parent = node.getparent()
        if parent is None:
            return None
        node = parent
    _tell_in_data(doc, paragraphs[:n])
    return paragraphs[:n]


def _tell_in_data(doc: HtmlElement, paragraphs: list[str]) -> None:
    """Every JSON-LD ``articleBody`` of ``doc`` made ``paragraphs``."""
    for script in doc.xpath("//script[contains(@type, 'ld+json')]"):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        found = [data]
        told = False
        while found:
            item = found.pop()
            if isinstance(item, list):
                found.extend(item)
            elif isinstance(item, dict):
                if "articleBody" in item:
                    item["articleBody"], told = "\n\n".join(paragraphs), True
                found.extend(item.values())
        if told:
            script.text = json.dumps(data, ensure_ascii=False)


def _after_container(doc: HtmlElement, paragraphs: list[str], box: HtmlElement) -> bool:
    container = _container(_Located(doc, paragraphs))
    if container is None or container.getparent() is None:
        return False
    container.addnext(box)
    box.tail, container.tail = container.tail, None
    return True


def _in_feed(doc: HtmlElement, paragraphs: list[str], title: str, url: str) -> bool:
    """Put the article's container under a headline linking to the page itself, as the first of a run of
    items of one shape; the others are teasers."""
    container = _container(_Located(doc, paragraphs))
    if container is None or container.getparent() is None:
        return False
    feed = lxml.html.fragment_fromstring('<div class="f1x"></div>')
    container.addprevious(feed)
    item = lxml.html.fragment_fromstring('<div class="f10"><h2><a></a></h2></div>')
    link = item.find(".//a")
    link.set("href", url or "/")
    link.text = title
    feed.append(item)
    feed.tail, container.tail = container.tail, None
    item.append(container)
    for i, (teaser, excerpt) in enumerate(TEASERS[:6]):
        feed.append(
            lxml.html.fragment_fromstring(
                f'<div class="f10"><h2><a href="/berita/2024/05/{i}/kabar-{i}">{teaser}</a></h2>'
                f"<div><p>{excerpt}</p></div></div>"
            )
        )
    return True


def _teaser_box(turn: int, *, tag: str = "div", headed: bool = True) -> HtmlElement:
    items = "".join(
        f'<{tag} class="c7{i % 3}">'
        f'<a href="/berita/2024/05/{i}/kabar-{i}"><img src="/img/{i}.jpg" alt=""></a>'
        f'<h3><a href="/berita/2024/05/{i}/kabar-{i}">{title}</a></h3><p>{excerpt}</p>'
        f"<span>{_TIMES[i % len(_TIMES)]}</span></{tag}>"
        for i, (title, excerpt) in enumerate(TEASERS)
    )
    heading = f"<h2>{TEASER_HEADINGS[turn % len(TEASER_HEADINGS)]}</h2>" if headed else ""
    return lxml.html.fragment_fromstring(f'<div class="c70x">{heading}{items}</div>')


def _site_box(turn: int, *, tag: str) -> HtmlElement:
    heading = SITE_BOX_HEADINGS[turn % len(SITE_BOX_HEADINGS)]
    paragraphs = "".join(f"<p>{text}</p>" for text in SITE_BOX)
    return lxml.html.fragment_fromstring(
        f'<{tag} class="e5x"><div class="e51"><h4>{heading}</h4>{paragraphs}</div>'
        f'<div class="e52">&copy; 2024 Portal Berita Nusantara. All rights reserved.</div></{tag}>'
    )


def _author_box(*, headed: bool) -> HtmlElement:
    name = '<a href="/author/rina-kartika">Rina Kartika</a>'
    if headed:
        return lxml.html.fragment_fromstring(
            f'<div class="f6x"><h4>Tentang Penulis</h4><img src="/avatar/rina.jpg" alt="">'
            f"<b>{name}</b><p>{AUTHOR_BIO[0]}</p></div>"
        )
    return lxml.html.fragment_fromstring(
        f'<div class="jeg_authorbox"><div class="jeg_author_image"><img src="/avatar/rina.jpg" alt=""></div>'
        f'<div class="jeg_author_content"><h3 class="jeg_author_name">{name}</h3>'
        f'<p class="jeg_author_desc">{AUTHOR_BIO[0]}</p></div></div>'
    )


# Headings of a box of other stories where neither it nor its cards are marked up as one.
CARD_HEADINGS = ("Terpopuler", "Berita Pilihan", "Rekomendasi untuk Anda", "Foto Lainnya", "Baca Juga")


def _story_cards(turn: int) -> HtmlElement:
    """Other stories as cards right under the text: a thumbnail and a linked headline, then a time, under
    a heading in a ``<span>`` (a template's "Terpopuler" widget put inside the text's element)."""
    cards = "".join(
        f'<div class="g8{i % 2}"><a href="/berita/2024/05/{i}/kabar-{i}"><img src="/img/{i}.jpg" alt="">'
        f"<span>{title}</span></a> <span>{_TIMES[i % len(_TIMES)]}</span></div>"
        for i, (title, _) in enumerate(TEASERS)
    )
    heading = CARD_HEADINGS[turn % len(CARD_HEADINGS)]
    return lxml.html.fragment_fromstring(f'<div class="g8x"><div><span>{heading}</span></div>{cards}</div>')


# What a template puts between the parts of a split text: an ad slot, or a box of other stories.
_SPLIT_AD = (
    '<div class="s7a"><div>ADVERTISEMENT</div><script>googletag.display("s7a")</script>'
    "<div>SCROLL TO CONTINUE WITH CONTENT</div></div>"
)
_SPLIT_BOX = '<div class="s7b"><h4>Baca Juga</h4><ul>{}</ul></div>'


def _split(doc: HtmlElement, paragraphs: list[str], *, same: bool) -> bool:
    """Split the text's element in two at its middle paragraph: the second half in a sibling element of the
    same tag, with the same class (``same``) after an ad slot, or another class after a box of links."""
    located = _Located(doc, paragraphs)
    container = _container(located)
    if container is None or container.getparent() is None:
        return False
    own = [e for e in located.elements if e is not None and e.getparent() is container]
    if len(own) < 4:  # two paragraphs a part at least
        return False
    second = lxml.etree.Element(container.tag)
    if container.get("class"):
        second.set("class", container.get("class") if same else f"{container.get('class')} lanjutan")
    middle = own[len(own) // 2]
    moving = False
    for child in list(container):
        moving = moving or child is middle
        if moving:
            second.append(child)
    links = "".join(
        f'<li><a href="/berita/2024/05/{i}/kabar-{i}">{t}</a></li>' for i, (t, _) in enumerate(TEASERS[:4])
    )
    between = lxml.html.fragment_fromstring(_SPLIT_AD if same else _SPLIT_BOX.format(links))
    container.addnext(second)
    container.addnext(between)
    second.tail, container.tail = container.tail, None
    return True


# The article's header as a theme puts it at the top of the text's element: headline, byline, share bar.
HEADER_LINES = ("Oleh Rina Kartika | Senin, 13 Mei 2024 10:15 WIB", "Bagikan: Facebook Twitter WhatsApp")


def _header_in(doc: HtmlElement, paragraphs: list[str], title: str) -> bool:
    """Put the article's header (its headline, a byline with the time, a share bar) at the top of the element
    that holds the text, as themes that write the entry header inside the entry do."""
    container = _container(_Located(doc, paragraphs))
    if container is None or not title:
        return False
    byline, share = HEADER_LINES
    label, _, buttons = share.partition(" ")
    links = " ".join(f'<a href="#">{b}</a>' for b in buttons.split())
    header = lxml.html.fragment_fromstring(
        f'<div class="h4d"><h1></h1><div>{byline}</div><div><span>{label}</span> {links}</div></div>'
    )
    header[0].text = title
    container.insert(0, header)
    return True


def _in_the_middle(doc: HtmlElement, paragraphs: list[str], box: HtmlElement) -> bool:
    """Put ``box`` between the middle paragraphs of the text, in the element that holds them."""
    located = _Located(doc, paragraphs)
    container = _container(located)
    own = [e for e in located.elements if e is not None and e.getparent() is container]
    if container is None or len(own) < 4:  # two paragraphs on each side at least
        return False
    own[len(own) // 2].addprevious(box)
    return True


def _read_more(doc: HtmlElement, paragraphs: list[str]) -> bool:
    """Hide the text from its fourth paragraph on behind a "Baca Selengkapnya" button, as a mobile template
    shows a page's first paragraphs until the reader asks for the rest."""
    located = _Located(doc, paragraphs)
    container = _container(located)
    own = [e for e in located.elements if e is not None and e.getparent() is container]
    if container is None or len(own) < 5:  # three paragraphs shown and two hidden at least
        return False
    rest = lxml.html.fragment_fromstring('<div class="r3h" style="display:none"></div>')
    hiding = False
    for child in list(container):
        hiding = hiding or child is own[3]
        if hiding:
            rest.append(child)
    button = '<div class="r3b"><button>Baca Selengkapnya</button></div>'
    container.append(lxml.html.fragment_fromstring(button))
    container.append(rest)
    return True


def _after_text(doc: HtmlElement, paragraphs: list[str], box: HtmlElement) -> bool:
    """Put ``box`` right after the text's last paragraph, in the element that holds the text."""
    located = _Located(doc, paragraphs)
    container, last = _container(located), located.elements[-1] if located.elements else None
    if container is None or last is None:
        return False
    node = last
    while node is not container and node.getparent() is not container:
        node = node.getparent()
    if node is container:
        container.append(box)
    else:
        node.addnext(box)
        box.tail, node.tail = node.tail, None
    return True


def _comment_box(turn: int) -> HtmlElement:
    items = "".join(
        f'<div class="d4{i % 2}"><img src="/avatar/{i}.png" alt=""><b>{name}</b> '
        f"<span>{_TIMES[i % len(_TIMES)]}</span><p>{text}</p>"
        f'<a href="#balas-{i}">Balas</a> <a href="#suka-{i}">Suka</a></div>'
        for i, (name, text) in enumerate(COMMENTS)
    )
    return lxml.html.fragment_fromstring(
        f'<div class="d4x"><h3>{COMMENT_HEADINGS[turn % len(COMMENT_HEADINGS)]}</h3>{items}</div>'
    )


_LD = re.compile(rb"<script[^>]*application/ld\+json[^>]*>.*?</script>", re.DOTALL | re.IGNORECASE)
_META = re.compile(rb"<meta\b[^>]*>", re.IGNORECASE)


def _unstructured(page: bytes) -> bytes:
    return _META.sub(b"", _LD.sub(b"", page))


def _ld_only(doc: HtmlElement, paragraphs: list[str], title: str) -> bool:
    container = _container(_Located(doc, paragraphs))
    if container is None:
        return False
    for child in list(container):
        container.remove(child)
    container.text = None
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title}
    ld["articleBody"] = "\n\n".join(paragraphs)
    script = lxml.html.fragment_fromstring(
        '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>"
    )
    head = doc.find("head")
    if head is None:
        return False
    head.insert(0, script)
    return True


_BYTE_VARIANTS = {
    "as-saved": lambda page: page,
    "scrambled": scramble,
    "unstructured": _unstructured,
    "amp": ampify,
}


def variant(name: str, page: bytes, gold: dict[str, Any] | None) -> Variant | None:
    """The ``name`` variant of ``page`` (``gold``: its gold, None for a non-article page), or None when the
    page cannot be rewritten that way."""
    made = _variant(name, page, gold)
    if made is not None and gold is not None:
        made.headings = frozenset(_fold(h) for h in gold.get("headings") or ())
    return made


def _variant(name: str, page: bytes, gold: dict[str, Any] | None) -> Variant | None:
    paragraphs = _paragraphs(gold) if gold is not None else []
    if name in _BYTE_VARIANTS:
        return Variant(name, _BYTE_VARIANTS[name](page), paragraphs, article=gold is not None)
    doc = load(page)
    # Which heading the added box carries: the page's length picks one in turn.
    turn = len(page)
    if gold is None:
        body = doc.find("body")
        if name != "teasers" or body is None:
            return None
        body.append(_teaser_box(turn))
        return Variant(name, _html(doc), [], _foreign_teasers(), article=False)
    title, url = str(gold.get("title") or ""), str(gold.get("url") or "")
    if name in {"divs", "lines"}:
        # On the parsed tree, so each paragraph stays the element the parser closed (a page's unclosed
        # <p> would nest every later <div> in the one before it). "lines": each paragraph's content stays in
        # its place, a <br><br> after it, as lines of the element it stood in.
        for paragraph in list(doc.iter("p")):
            if name == "divs":
                paragraph.tag = "div"
                continue
            for _ in range(2):
                lxml.etree.SubElement(paragraph, "br")
            paragraph.drop_tag()
        return Variant(name, _html(doc), paragraphs)
    if name == "short-bare":
        cut = _cut(doc, paragraphs, 2)
        if cut is None:
            return None
        return Variant(name, scramble(_unstructured(_html(doc).encode())), cut)
    if name == "unheaded-bare":
        if not _after_container(doc, paragraphs, _teaser_box(turn, tag="article", headed=False)):
            return None
        return Variant(name, scramble(_unstructured(_html(doc).encode())), paragraphs, _foreign_teasers())
    if name in {"teasers-bare", "comments-bare"}:
        boxed = _rewritten(name.removesuffix("-bare"), doc, paragraphs, title=title, turn=turn, url=url)
        if boxed is None:
            return None
        html = boxed.html.encode() if isinstance(boxed.html, str) else boxed.html
        return Variant(name, scramble(_unstructured(html)), boxed.body, boxed.foreign)
    return _rewritten(name, doc, paragraphs, title=title, turn=turn, url=url)


BOXED = frozenset(
    {
        "site-box",
        "site-box-bare",
        "author-box",
        "author-box-bare",
        "body-classes",
        "story-cards",
        "story-cards-bare",
        "split",
        "split-box",
        "read-more",
        "header-in",
        "teasers-mid",
        "share-nest",
    }
)


def _boxed(name: str, doc: HtmlElement, paragraphs: list[str], turn: int, title: str) -> Variant | None:
    """The variants that add a box of the site's, the writer's or other stories', split the text around an
    ad or a box, hide its end behind a button, put the article's header over it, name the page's body or
    nest it in a share bar's list item."""
    body = doc.find("body")
    if body is None:
        return None
    foreign: tuple[str, ...] = ()
    if name in _BODY_REWRITES:
        _BODY_REWRITES[name](body)
    elif name.startswith("site-box"):
        body.append(_site_box(turn, tag="footer" if name == "site-box" else "div"))
        foreign = SITE_BOX
    elif name == "read-more":
        if not _read_more(doc, paragraphs):
            return None
    elif name == "teasers-mid":
        if not _in_the_middle(doc, paragraphs, _teaser_box(turn)):
            return None
        foreign = _foreign_teasers()
    elif name == "header-in":
        if not _header_in(doc, paragraphs, title):
            return None
        foreign = HEADER_LINES
    elif name.startswith("split"):
        if not _split(doc, paragraphs, same=name == "split"):
            return None
        foreign = tuple(t for t, _ in TEASERS[:4]) if name == "split-box" else ("ADVERTISEMENT",)
    elif name.startswith("story-cards"):
        if not _after_text(doc, paragraphs, _story_cards(turn)):
            return None
        foreign = tuple(title for title, _ in TEASERS)
    elif _after_text(doc, paragraphs, _author_box(headed=name == "author-box-bare")):
        foreign = AUTHOR_BIO
    else:
        return None
    html = _html(doc)
    served = scramble(_unstructured(html.encode())) if name.endswith("-bare") else html
    return Variant(name, served, paragraphs, foreign)


def _nest_in_share_list(body: HtmlElement) -> None:
    """The page as a parser reads it when an unclosed element of a floating share bar's list opens it: the
    whole page inside one list item (a real copy of a Kompas.com page, tests/unseen/pp-kompas-food-1)."""
    bar = lxml.etree.Element("ul", {"class": "floating-share floating-share--nav"})
    share = lxml.etree.SubElement(lxml.etree.SubElement(bar, "li"), "div", {"class": "tele_share"})
    share.text, body.text = body.text, None
    for child in list(body):
        share.append(child)
    body.append(bar)


def _name_body(body: HtmlElement) -> None:
    body.set("class", f"{body.get('class') or ''} {BODY_CLASSES}".strip())


# The variants that rewrite the page's <body> element alone.
_BODY_REWRITES = {"body-classes": _name_body, "share-nest": _nest_in_share_list}


def _rewritten(
    name: str, doc: HtmlElement, paragraphs: list[str], *, title: str, turn: int, url: str
) -> Variant | None:
    """The variants that rewrite the article's tree."""
    if name in BOXED or name in _CUT_OUT:
        cut = name in _CUT_OUT
        return _cut_out(name, doc, paragraphs, title) if cut else _boxed(name, doc, paragraphs, turn, title)
    body: list[str] | None = paragraphs
    foreign: tuple[str, ...] = ()
    if name in {"short-1", "short-2"}:
        body = _cut(doc, paragraphs, int(name[-1]))
    elif name == "teasers":
        body, foreign = paragraphs, _foreign_teasers()
        if not _after_container(doc, paragraphs, _teaser_box(turn)):
            body = None
    elif name == "comments":
        body, foreign = paragraphs, _foreign_comments()
        if not _after_container(doc, paragraphs, _comment_box(turn)):
            body = None
    elif name == "short-comments":
        body, foreign = _cut(doc, paragraphs, 2), _foreign_comments()
        if body is not None and not _after_container(doc, body, _comment_box(turn)):
            body = None
    elif name in {"feed", "feed-short"}:
        if name == "feed-short":
            body = _cut(doc, paragraphs, 2)
            for script in doc.xpath("//script[contains(@type, 'ld+json')] | //meta"):
                script.drop_tree()
        foreign = _foreign_teasers()
        if body is not None and not _in_feed(doc, body, title, url):
            body = None
    elif name == "ld-only":
        if not _ld_only(doc, paragraphs, title):
            body = None

    else:
        raise ValueError(name)
    return Variant(name, _html(doc), body, foreign) if body is not None else None


# An old portal's page around the text (``table-layout``): {title} and {text} are filled in.
_TABLE_MENU = ("Nasional", "Daerah", "Ekonomi", "Olahraga", "Hiburan", "Teknologi")
_TABLE_OTHERS = tuple(title for title, _ in TEASERS[:6])
_TABLE_TOOLS = "Cetak | Kirim ke teman | Komentar (0)"
_TABLE_COPYRIGHT = "Copyright © 2009 Warta Kita. All rights reserved."
_TABLE_BAR = " | ".join(f'<a href="/{slug}">{slug.title()}</a>' for slug in ("", "indeks", "kontak"))
_TABLE_PAGE = "".join(
    (
        '<table width="780" border="0" cellpadding="0" cellspacing="0">',
        f'<tr><td colspan="3"><img src="/logo.gif"><font size="1">{_TABLE_BAR}</font></td></tr>',
        '<tr><td width="150" valign="top">',
        *(f'<a href="/kanal/{i}">{name}</a><br>' for i, name in enumerate(_TABLE_MENU)),
        '</td><td width="430" valign="top"><font size="4"><b>{title}</b></font><br><br>{text}<br>',
        " | ".join(f'<a href="/alat/{i}">{tool}</a>' for i, tool in enumerate(_TABLE_TOOLS.split(" | "))),
        '</td><td width="200" valign="top"><table><tr><td><b>Berita Lainnya</b></td></tr>',
        *(
            f'<tr><td><a href="/berita/{i}.html">{other}</a><br><font size="1">12/03/2009</font></td></tr>'
            for i, other in enumerate(_TABLE_OTHERS)
        ),
        '</table></td></tr><tr><td colspan="3" align="center">',
        f'<font size="1">{_TABLE_COPYRIGHT}</font></td></tr></table>',
    )
)


# The variants of the text's element cut out of its page (:func:`_cut_out`).
_CUT_OUT = frozenset({"fragment", "table-layout"})


def _cut_out(name: str, doc: HtmlElement, paragraphs: list[str], title: str) -> Variant | None:
    """The innermost element holding every gold paragraph, alone as a scraper's selector hands it over
    (``fragment``), or in a table-layout page of the 2000s with the page's head kept, its title, meta tags
    and JSON-LD (``table-layout``)."""
    located = _Located(doc, paragraphs)
    held = _container(located) if all(e is not None for e in located.elements) else None
    if held is None or held.tag in {"html", "body"}:
        return None
    text = lxml.html.tostring(held, encoding="unicode")
    if name == "fragment":
        return Variant(name, text, paragraphs)
    head = doc.find("head")
    page = _TABLE_PAGE.replace("{title}", html_text.escape(title)).replace("{text}", text)
    head_html = lxml.html.tostring(head, encoding="unicode") if head is not None else ""
    foreign = (*_TABLE_OTHERS, _TABLE_TOOLS, _TABLE_COPYRIGHT)
    return Variant(name, f"<html>{head_html}<body>{page}</body></html>", paragraphs, foreign)


def _foreign_teasers() -> tuple[str, ...]:
    return tuple(t for pair in TEASERS for t in pair)


def _foreign_comments() -> tuple[str, ...]:
    return tuple(text for _, text in COMMENTS)


class Outcome:
    """One variant's parse: ``error`` names the exception's class (None for none), ``f1`` the body F1,
    ``leaks`` the added texts found in the body."""

    __slots__ = ("error", "f1", "leaks")

    def __init__(self, error: str | None, f1: float, leaks: tuple[str, ...]) -> None:
        self.error = error
        self.f1 = f1
        self.leaks = leaks


def outcome(v: Variant) -> Outcome:
    """Parse ``v`` with no outlet knowledge and no URL, as a page of an outlet never seen is read."""
    try:
        art = beritaparse.parse(v.html, url=None, adapters=False)
    except beritaparse.errors.NoArticleError as exc:
        return Outcome(type(exc).__name__, 0.0, ())
    text = "\n".join(b.text for b in art.body if not (b.kind == "heading" and _fold(b.text) in v.headings))
    folded = _fold(text)
    leaks = tuple(f for f in v.foreign if f[:_KEY] in folded)
    return Outcome(None, body_f1(text, "\n".join(v.body)), leaks)


def table(names: tuple[str, ...] = ARTICLE_VARIANTS, *, show: bool = True) -> dict[str, dict[str, Any]]:
    """Per variant: pages, errors, mean body F1, pages below 0.9, leaks; and the non-article pages kept."""
    rows: dict[str, dict[str, Any]] = {}
    pages = list(article_pages())
    for name in names:
        outs = {}
        for stem, raw, gold in pages:
            v = variant(name, raw, gold)
            if v is not None:
                outs[stem] = outcome(v)
        f1s = [o.f1 for o in outs.values()]
        rows[name] = {
            "pages": len(outs),
            "errors": sorted(s for s, o in outs.items() if o.error),
            "mean_f1": round(sum(f1s) / len(f1s), 4) if f1s else 0.0,
            "below": sorted((s, round(o.f1, 3)) for s, o in outs.items() if o.f1 < 0.9),
            "leaks": sorted(s for s, o in outs.items() if o.leaks),
        }
        if show:
            r = rows[name]
            print(
                f"{name:15} pages {r['pages']:3}  errors {len(r['errors']):2}  F1 {r['mean_f1']:.4f}"
                f"  <0.9 {len(r['below']):2}  leaks {len(r['leaks']):2}  {r['errors']} {r['below']}"
                f" {r['leaks']}"
            )
    for name in NON_ARTICLE_VARIANTS:
        kept = []
        for stem, raw in nonarticle_pages():
            v = variant(name, raw, None)
            if v is None:
                continue
            try:
                beritaparse.parse(v.html, url=None, adapters=False)
            except beritaparse.errors.NotAnArticleError:
                continue
            except beritaparse.errors.NoArticleError:
                kept.append(stem + " (NoArticleError)")
                continue
            kept.append(stem)
        rows["non-article " + name] = {"parsed_as_article": kept}
        if show:
            print(f"non-article {name:12} parsed as article: {len(kept)} {kept}")
    return rows


if __name__ == "__main__":
    sys.path.insert(0, str(TESTS))
    table(tuple(sys.argv[1:]) or ARTICLE_VARIANTS)
