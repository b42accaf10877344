"""Bisnis.com: host and text conventions. Datelines read "Bisnis.com, JAKARTA -".

No saved page of this outlet is in the test corpus, so the adapter has no page selectors: the generic
extractor finds the body and these conventions clean it.
"""

from __future__ import annotations

from beritaparse.outlets.base import Example, Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="bisnis",
    name="Bisnis.com",
    hosts=("bisnis.com",),
    signals=(r"\bBisnis\.com\b",),
    examples=(
        Example(
            note="The outlet's name, then the place in capitals: 'Bisnis.com, JAKARTA -'.",
            text=(
                "Rupiah Ditutup Menguat ke Level Rp16.050\n"
                "Bisnis.com, JAKARTA - Nilai tukar rupiah ditutup menguat 0,3 persen ke level Rp16.050 per "
                "dolar AS pada perdagangan Senin sore.\n"
                "Penguatan terjadi seiring masuknya kembali dana asing ke pasar obligasi pemerintah setelah "
                "data inflasi Amerika Serikat melandai.\n"
                "Analis memperkirakan rupiah masih bergerak di kisaran yang sama hingga akhir pekan ini "
                "menjelang rapat dewan gubernur bank sentral.\n"
            ),
            expect={
                "dateline": "Jakarta",
                "paragraphs": (
                    "Nilai tukar rupiah ditutup menguat 0,3 persen ke level Rp16.050 per dolar AS pada "
                    "perdagangan Senin sore.",
                    "Penguatan terjadi seiring masuknya kembali dana asing ke pasar obligasi pemerintah "
                    "setelah data inflasi Amerika Serikat melandai.",
                    "Analis memperkirakan rupiah masih bergerak di kisaran yang sama hingga akhir pekan ini "
                    "menjelang rapat dewan gubernur bank sentral.",
                ),
                "removed": (("dateline", "Bisnis.com, JAKARTA -"),),
            },
        ),
    ),
)
