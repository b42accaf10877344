"""Words by which a page says it is no article: an error page, a consent wall, an index, a search.

:mod:`beritaparse.page.kind` reads these tables (never an outlet's own strings) together with the shape of
the page. Each table is lower case with single spaces, in Indonesian and English.
"""

from __future__ import annotations

__all__ = [
    "AUTHOR_FOLDERS",
    "CONSENT_WORDS",
    "INDEX_FOLDERS",
    "INDEX_HOSTS",
    "INDEX_TITLE_LABELS",
    "INDEX_TITLE_NOUNS",
    "INDEX_TITLE_WORDS",
    "NOT_FOUND_PHRASES",
    "PAGING_PARAMETERS",
    "SEARCH_PARAMETERS",
    "SEARCH_TITLES",
    "SECTION_FOLDERS",
    "TAG_FOLDERS",
]

NOT_FOUND_PHRASES: tuple[str, ...] = (
    "404 not found",
    "artikel tidak ditemukan",
    "berita tidak ditemukan",
    "error 404",
    "file not found",
    "halaman tak ditemukan",
    "halaman tidak ada",
    "halaman tidak ditemukan",
    "halaman tidak tersedia",
    "halaman yang anda cari tidak",
    "halaman yang kamu cari tidak",
    "konten tidak ditemukan",
    "page does not exist",
    "page doesn't exist",
    "page not found",
    "this page could not be found",
)
"""What the title or headline of an error page says ("Halaman Tidak Ditemukan", "404 Not Found"); a bare
"404" counts only at the start of a title, since a headline may count 404 of something."""

CONSENT_WORDS: tuple[str, ...] = (
    "consent",
    "cookie",
    "cookies",
    "data pribadi",
    "kebijakan cookie",
    "kebijakan privasi",
    "legitimate interest",
    "mitra kami",
    "our partners",
    "partner kami",
    "persetujuan",
    "personal data",
    "privacy policy",
    "privacy settings",
)
"""Words of a notice that asks to accept cookies or data processing; a page made mostly of lines that carry
them is a consent wall."""

TAG_FOLDERS: tuple[str, ...] = ("tag", "tags", "taxonomy/term", "topic", "topics", "topik")
"""The folder of a tag's page in an address: ``/tag/banjir`` (WordPress's default, and most outlets'),
``/topic/banjir`` (kumparan), ``/taxonomy/term/12`` (Drupal's own address of a term's page, where the site
gives its terms no aliases)."""

SECTION_FOLDERS: tuple[str, ...] = ("categories", "category", "kanal", "kategori", "rubrik", "section")
"""The folder of a section's page in an address: ``/category/daerah/`` (WordPress's default category base),
``/kanal/...``, ``/rubrik/...``. A link there files the article; it is no tag."""

AUTHOR_FOLDERS: tuple[str, ...] = ("author", "penulis", "reporter", "writer")
"""The folder of a writer's page in an address: ``/author/budi-santoso/`` (WordPress's default),
``/reporter/budi-santoso`` (Brilio's, Tempo's magazine)."""

INDEX_FOLDERS: tuple[str, ...] = tuple(
    sorted(
        (
            *TAG_FOLDERS,
            *AUTHOR_FOLDERS,
            *SECTION_FOLDERS,
            "archive",
            "archives",
            "arsip",
            "cari",
            "indeks",
            "index",
            "pencarian",
            "search",
        )
    )
)
"""The first folder of an index page's address: ``/tag/banjir``, ``/indeks``, ``/search/...``."""

INDEX_HOSTS: tuple[str, ...] = ("arsip", "cari", "indeks", "index", "search")
"""The first label of a host that serves only index pages (``indeks.kompas.com``)."""

SEARCH_PARAMETERS: tuple[str, ...] = ("keyword", "keywords", "q", "query", "s", "search")
"""Query parameters that carry a search term (``/?s=banjir``, ``/search?q=banjir``)."""

PAGING_PARAMETERS: tuple[str, ...] = ("hal", "halaman", "page", "paged")
"""Query parameters that only page through an index; the site root with them is still the root."""

INDEX_TITLE_WORDS: tuple[str, ...] = ("archive", "archives", "arsip", "indeks", "index", "kumpulan")
INDEX_TITLE_NOUNS: tuple[str, ...] = ("artikel", "berita", "news", "post", "posts", "stories")
"""A title that opens with one of the first words and one of the second ("Indeks Berita", "Kumpulan
Artikel") names an index: "Indeks Harga Konsumen" does not."""

INDEX_TITLE_LABELS: tuple[str, ...] = (
    "archive",
    "archives",
    "arsip",
    "beranda",
    "category",
    "halaman utama",
    "home",
    "homepage",
    "kategori",
    "startseite",
    "tag",
    "tags",
    "topic",
    "topik",
)
"""A title that opens with one of these and a separator ("Tag: banjir", "Topik - Pemilu", "Beranda | Kabar")
is an index page or a home page."""

SEARCH_TITLES: tuple[str, ...] = ("hasil cari", "hasil pencarian", "search result for", "search results")
"""Titles of a search page."""
