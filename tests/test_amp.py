"""AMP pages read as their canonical pages: the same article, none of AMP's own chrome.

No AMP page of an Indonesian outlet is among the saved pages, so every real page of tests/pages and
tests/unseen is rewritten as an AMP template writes it (tests/ampify.py) and read with no outlet knowledge;
a small hand-made AMP page checks the components one by one.
"""

from __future__ import annotations

import pathlib

import pytest

import beritaparse
from ampify import AMP_CHROME, ampify
from goldens import known_failures

HERE = pathlib.Path(__file__).parent
PAGES = sorted([*(HERE / "pages").rglob("*.html"), *(HERE / "unseen").glob("*.html")])

PROSE = (
    "<p>JAKARTA - Harga beras di pasar tradisional kembali naik pada pekan ini, kata para pedagang di Pasar "
    "Induk Cipinang kepada wartawan.</p>"
    "<p>Kenaikan terjadi karena pasokan dari daerah berkurang sejak awal bulan, menurut para pedagang yang "
    "ditemui di pasar itu pada Senin pagi.</p>"
    "<p>Pemerintah berjanji menambah pasokan dari gudang Bulog mulai pekan depan agar harga kembali turun ke "
    "tingkat yang wajar bagi warga.</p>"
    "<p>Para pedagang berharap kiriman beras dari Jawa Tengah dan Jawa Timur segera tiba, sebab stok di "
    "gudang mereka hanya cukup untuk tiga hari ke depan.</p>"
)


def _amp_page() -> bytes:
    return (
        "<!doctype html><html amp lang='id'><head><meta charset='utf-8'>"
        "<title>Harga Beras Naik - Contoh</title>"
        "<link rel='canonical' href='https://www.contoh.id/ekonomi/2024/05/13/harga-beras-naik'>"
        "</head><body><amp-sidebar id='s' layout='nodisplay'><ul><li><a href='/'>Beranda</a></li>"
        "<li><a href='/ekonomi'>Ekonomi</a></li></ul></amp-sidebar><article><h1>Harga Beras Naik</h1>"
        "<amp-social-share type='facebook'>Bagikan</amp-social-share>"
        "<figure><amp-img src='a.jpg' width='600' height='400' layout='responsive'></amp-img>"
        "<figcaption>Pedagang beras di Pasar Induk Cipinang. (ANTARA/Budi Setiawan)</figcaption></figure>"
        + PROSE.replace(
            "</p>",
            "</p><amp-ad width='300' height='250' type='doubleclick'><div fallback>Iklan tidak tersedia</div>"
            "</amp-ad>",
            1,
        )
        + "<amp-youtube data-videoid='x' layout='responsive' width='480' height='270'>"
        "<div placeholder>Memuat video</div></amp-youtube></article>"
        "<amp-user-notification id='c' layout='nodisplay'>Situs ini memakai cookie</amp-user-notification>"
        "<amp-analytics type='gtag'><script type='application/json'>{}</script></amp-analytics></body></html>"
    ).encode()


def test_amp_components_are_chrome_and_amp_images_keep_their_captions() -> None:
    art = beritaparse.parse(_amp_page(), url=None, adapters=False)
    assert art.url == "https://www.contoh.id/ekonomi/2024/05/13/harga-beras-naik"
    assert len(art.paragraphs) == 4
    for chrome in ("Iklan tidak tersedia", "Memuat video", "cookie", "Beranda", "Bagikan"):
        assert chrome not in art.text
    assert [c.credit for c in art.captions] == ["ANTARA/Budi Setiawan"]
    reasons = {r.text: r.reason.value for r in art.removed}
    assert reasons["Iklan tidak tersedia"] == "advertisement"
    assert reasons["Memuat video"] == "media"


def _amp_param(path: pathlib.Path) -> object:
    """A page, xfail-strict where known_failures.json lists ``("unseen/NAME", "amp")``."""
    name = path.name.removesuffix(".html")
    reason = known_failures().get((f"unseen/{name}", "amp")) if path.parent.name == "unseen" else None
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason is not None else []
    return pytest.param(path, id=name, marks=marks)


@pytest.mark.parametrize("path", [_amp_param(p) for p in PAGES])
def test_an_amp_copy_reads_as_the_page(path: pathlib.Path) -> None:
    raw = path.read_bytes()
    page = beritaparse.parse(raw, url=None, adapters=False)
    amp = beritaparse.parse(ampify(raw), url=None, adapters=False)
    assert amp.paragraphs == page.paragraphs
    assert (amp.title, amp.authors, amp.published) == (page.title, page.authors, page.published)
    for chrome in AMP_CHROME:
        assert chrome not in amp.text
