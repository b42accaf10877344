"""SINDOnews: host and text conventions. Datelines read "JAKARTA -".

No saved page of this outlet is in the test corpus, so the adapter has no page selectors: the generic
extractor finds the body and these conventions clean it.
"""

from __future__ import annotations

from beritaparse.outlets.base import Example, Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="sindonews",
    name="SINDOnews",
    hosts=("sindonews.com",),
    signals=(r"\bSINDOnews(?:\.com)?\b",),
    examples=(
        Example(
            note="The place alone in capitals: 'JAKARTA -'; the copyright footer names the outlet.",
            text=(
                "DPR Setujui Anggaran Pertahanan Tahun Depan\n"
                "Senin, 13 Mei 2024 - 13:24 WIB\n"
                "JAKARTA - Komisi I DPR menyetujui pagu anggaran Kementerian Pertahanan tahun depan sebesar "
                "Rp139 triliun dalam rapat kerja Senin siang.\n"
                "Sebagian besar anggaran akan digunakan untuk pemeliharaan alat utama sistem persenjataan "
                "dan pembangunan pangkalan di wilayah perbatasan.\n"
                "Anggota komisi meminta kementerian melaporkan setiap pengadaan senjata secara terbuka "
                "kepada DPR.\n"
                "Copyright © 2024 SINDOnews.com\n"
            ),
            expect={
                "published": "2024-05-13T13:24:00+07:00",
                "dateline": "Jakarta",
                "paragraphs": (
                    "Komisi I DPR menyetujui pagu anggaran Kementerian Pertahanan tahun depan sebesar Rp139 "
                    "triliun dalam rapat kerja Senin siang.",
                    "Sebagian besar anggaran akan digunakan untuk pemeliharaan alat utama sistem "
                    "persenjataan "
                    "dan pembangunan pangkalan di wilayah perbatasan.",
                    "Anggota komisi meminta kementerian melaporkan setiap pengadaan senjata secara terbuka "
                    "kepada DPR.",
                ),
                "removed": (("dateline", "JAKARTA -"),),
            },
        ),
    ),
)
