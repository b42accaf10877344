"""Republika: adapter (page and text conventions)."""

from __future__ import annotations

from beritaparse.outlets.base import Example, Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="republika",
    name="Republika",
    hosts=("republika.co.id", "republika.id"),
    signals=(
        r"\bREPUBLIKA\.CO\.ID\b",
        r"\bRepublika\.id\b",
    ),
    dateline=r"^\s*(?i:REPUBLIKA\.CO\.ID)\s*,\s*(?P<place>[^-–—\n]{2,40}?)\s*(?:-{1,2}|[–—])\s*",
    body=(
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' content-detail ')]",
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' teaser-pic ')]",
    ),
    captions=(
        (
            "//div[contains(concat(' ', normalize-space(@class), ' '), ' wp-cap "
            "')]//div[contains(concat(' ', normalize-space(@class), ' '), ' caption ')]"
        ),
    ),
    title=(
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' jdl-pic ')]",
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' jdl-detail ')]/h2",
    ),
    published=(
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' date-detail ')]",
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' date-pic ')]",
    ),
    tags=(
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' tagging ')]/a",
    ),
    examples=(
        Example(
            note="'REPUBLIKA.CO.ID, JAKARTA --': the outlet's name, the place, a double dash.",
            text=(
                "Kemenag Tetapkan Biaya Haji Reguler Tahun Depan\n"
                "REPUBLIKA.CO.ID, JAKARTA -- Kementerian Agama dan DPR menyepakati rata-rata biaya haji "
                "reguler tahun depan sebesar Rp93 juta per jemaah.\n"
                "Dari jumlah itu, jemaah menanggung sekitar 60 persen, sedangkan sisanya dibiayai dari nilai "
                "manfaat dana haji yang dikelola BPKH.\n"
                "Pelunasan biaya haji dijadwalkan dibuka pada awal tahun depan setelah keputusan presiden "
                "diterbitkan.\n"
            ),
            expect={
                "dateline": "Jakarta",
                "paragraphs": (
                    "Kementerian Agama dan DPR menyepakati rata-rata biaya haji reguler tahun depan sebesar "
                    "Rp93 juta per jemaah.",
                    "Dari jumlah itu, jemaah menanggung sekitar 60 persen, sedangkan sisanya dibiayai dari "
                    "nilai manfaat dana haji yang dikelola BPKH.",
                    "Pelunasan biaya haji dijadwalkan dibuka pada awal tahun depan setelah keputusan "
                    "presiden "
                    "diterbitkan.",
                ),
                "removed": (("dateline", "REPUBLIKA.CO.ID, JAKARTA --"),),
            },
        ),
        Example(
            note="A page of the 2015 template: the headline box, the date box, content-detail, tagging.",
            url="https://www.republika.co.id/berita/100/kemenag-tetapkan-biaya-haji",
            html=(
                "<html><head><title>Kemenag Tetapkan Biaya Haji Reguler | Republika Online</title></head>"
                "<body><div class='jdl-detail'><h2>Kemenag Tetapkan Biaya Haji Reguler Tahun Depan</h2></div>"
                "<div class='date-detail'>Senin, 13 Mei 2024, 13:24 WIB</div>"
                "<div class='content-detail'>"
                "<p>REPUBLIKA.CO.ID, JAKARTA -- Kementerian Agama dan DPR menyepakati rata-rata biaya haji "
                "reguler tahun depan sebesar Rp93 juta per jemaah.</p>"
                "<p>Dari jumlah itu, jemaah menanggung sekitar 60 persen, sedangkan sisanya dibiayai dari "
                "nilai manfaat dana haji.</p>"
                "<p>Pelunasan biaya haji dijadwalkan dibuka pada awal tahun depan.</p></div>"
                "<div class='tagging'><a href='/tag/haji'>haji</a><a href='/tag/kemenag'>kemenag</a></div>"
                "</body></html>"
            ),
            expect={
                "title": "Kemenag Tetapkan Biaya Haji Reguler Tahun Depan",
                "published": "2024-05-13T13:24:00+07:00",
                "dateline": "Jakarta",
                "tags": ("haji", "kemenag"),
                "paragraphs": (
                    "Kementerian Agama dan DPR menyepakati rata-rata biaya haji reguler tahun depan sebesar "
                    "Rp93 juta per jemaah.",
                    "Dari jumlah itu, jemaah menanggung sekitar 60 persen, sedangkan sisanya dibiayai dari "
                    "nilai manfaat dana haji.",
                    "Pelunasan biaya haji dijadwalkan dibuka pada awal tahun depan.",
                ),
            },
        ),
    ),
)
