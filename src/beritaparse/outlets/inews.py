"""iNews.id: host and text conventions. Datelines read "JAKARTA, iNews.id -".

No saved page of this outlet is in the test corpus, so the adapter has no page selectors: the generic
extractor finds the body and these conventions clean it.
"""

from __future__ import annotations

from beritaparse.outlets.base import Example, Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="inews",
    name="iNews.id",
    hosts=("inews.id",),
    signals=(r"\biNews\.id\b",),
    examples=(
        Example(
            note="The place in capitals, then the outlet's name: 'JAKARTA, iNews.id -'.",
            text=(
                "Polisi Tutup Jalan Sudirman Saat Pawai Budaya\n"
                "JAKARTA, iNews.id - Polisi menutup sebagian ruas Jalan Sudirman selama pawai budaya "
                "berlangsung pada Minggu pagi.\n"
                "Pengendara dari arah Blok M dialihkan ke Jalan Gatot Subroto dan Jalan Rasuna Said hingga "
                "pawai selesai sekitar pukul 11.00 WIB.\n"
                "Polisi meminta warga yang hendak menonton pawai menggunakan kendaraan umum karena tidak "
                "ada kantong parkir di sekitar rute.\n"
            ),
            expect={
                "dateline": "Jakarta",
                "paragraphs": (
                    "Polisi menutup sebagian ruas Jalan Sudirman selama pawai budaya berlangsung pada Minggu "
                    "pagi.",
                    "Pengendara dari arah Blok M dialihkan ke Jalan Gatot Subroto dan Jalan Rasuna Said "
                    "hingga "
                    "pawai selesai sekitar pukul 11.00 WIB.",
                    "Polisi meminta warga yang hendak menonton pawai menggunakan kendaraan umum karena tidak "
                    "ada kantong parkir di sekitar rute.",
                ),
                "removed": (("dateline", "JAKARTA, iNews.id -"),),
            },
        ),
    ),
)
