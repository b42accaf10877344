"""Suara.com: host and text conventions. The text opens with the outlet only: "Suara.com -".

No saved page of this outlet is in the test corpus, so the adapter has no page selectors: the generic
extractor finds the body and these conventions clean it.
"""

from __future__ import annotations

from beritaparse.outlets.base import Example, Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="suara",
    name="Suara.com",
    hosts=("suara.com",),
    signals=(r"\bSuara\.com\b",),
    examples=(
        Example(
            note="The outlet's name alone opens the text: 'Suara.com -', no place.",
            text=(
                "Cara Cek Penerima Bansos Lewat Ponsel\n"
                "Suara.com - Warga dapat memeriksa status penerima bantuan sosial melalui laman resmi "
                "Kementerian Sosial hanya dengan nomor induk kependudukan.\n"
                "Setelah memilih provinsi, kabupaten, kecamatan, dan desa, warga cukup mengetik nama sesuai "
                "KTP lalu menekan tombol cari data.\n"
                "Jika nama tidak muncul, warga dapat mengajukan usulan melalui aplikasi Cek Bansos atau "
                "melapor ke kantor desa.\n"
            ),
            expect={
                "dateline": None,
                "paragraphs": (
                    "Warga dapat memeriksa status penerima bantuan sosial melalui laman resmi Kementerian "
                    "Sosial hanya dengan nomor induk kependudukan.",
                    "Setelah memilih provinsi, kabupaten, kecamatan, dan desa, warga cukup mengetik nama "
                    "sesuai "
                    "KTP lalu menekan tombol cari data.",
                    "Jika nama tidak muncul, warga dapat mengajukan usulan melalui aplikasi Cek Bansos atau "
                    "melapor ke kantor desa.",
                ),
                "removed": (("dateline", "Suara.com -"),),
            },
        ),
    ),
)
