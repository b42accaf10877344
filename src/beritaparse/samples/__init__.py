"""A real news page that ships with the package, for first runs, docs and smoke tests.

The page is a saved detikFinance article (May 2024) from the magic-html benchmark (Apache-2.0,
github.com/opendatalab/magic-html); see NOTICE in this folder.

>>> from beritaparse.samples import sample_page
>>> html, url = sample_page()
>>> url.startswith("https://finance.detik.com/")
True
"""

from __future__ import annotations

from importlib import resources

__all__ = ["SAMPLE_URL", "sample_page"]

SAMPLE_URL = (
    "https://finance.detik.com/berita-ekonomi-bisnis/d-7337287/"
    "jokowi-soal-jaga-harga-beras-tak-gampang-agar-petani-dan-ibu-ibu-senang"
)


def sample_page() -> tuple[bytes, str]:
    """The sample page's bytes, exactly as saved, and its URL."""
    data = resources.files(__package__).joinpath("detik-finance-2024.html").read_bytes()
    return data, SAMPLE_URL
