"""IDN Times: host and text conventions. Datelines read "Jakarta, IDN Times -".

No saved page of this outlet is in the test corpus, so the adapter has no page selectors: the generic
extractor finds the body and these conventions clean it.
"""

from __future__ import annotations

from beritaparse.outlets.base import Example, Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="idntimes",
    name="IDN Times",
    hosts=("idntimes.com",),
    signals=(r"\bIDN Times\b",),
    examples=(
        Example(
            note="The place, then the outlet's name: 'Jakarta, IDN Times -'.",
            text=(
                "5 Fakta Gerhana Bulan Total yang Bisa Dilihat Malam Ini\n"
                "Jakarta, IDN Times - Gerhana bulan total dapat disaksikan dari seluruh wilayah Indonesia "
                "pada Rabu malam jika langit cerah.\n"
                "Puncak gerhana diperkirakan terjadi pukul 20.30 WIB dan berlangsung sekitar satu jam "
                "sebelum bulan perlahan kembali terang.\n"
                "Pengamat tidak memerlukan alat khusus karena gerhana bulan aman dilihat langsung dengan "
                "mata telanjang.\n"
            ),
            expect={
                "dateline": "Jakarta",
                "paragraphs": (
                    "Gerhana bulan total dapat disaksikan dari seluruh wilayah Indonesia pada Rabu malam "
                    "jika "
                    "langit cerah.",
                    "Puncak gerhana diperkirakan terjadi pukul 20.30 WIB dan berlangsung sekitar satu jam "
                    "sebelum bulan perlahan kembali terang.",
                    "Pengamat tidak memerlukan alat khusus karena gerhana bulan aman dilihat langsung dengan "
                    "mata telanjang.",
                ),
                "removed": (("dateline", "Jakarta, IDN Times -"),),
            },
        ),
    ),
)
