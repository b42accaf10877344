"""CNBC Indonesia: host and text conventions.

Datelines read "Jakarta, CNBC Indonesia -"; closing initials "(abc/def)" name the writer first.

No saved page of this outlet is in the test corpus, so the adapter has no page selectors: the generic
extractor finds the body and these conventions clean it.
"""

from __future__ import annotations

from beritaparse.outlets.base import Example, Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="cnbcindonesia",
    name="CNBC Indonesia",
    hosts=("cnbcindonesia.com",),
    signals=(r"\bCNBC Indonesia\b",),
    author_is_first_initials=True,
    examples=(
        Example(
            note="'Jakarta, CNBC Indonesia -'; '(writer/editor)' initials close the text, the editor last.",
            text=(
                "Harga Emas Antam Naik Rp5.000 Hari Ini\n"
                "Jakarta, CNBC Indonesia - Harga emas batangan Antam naik Rp5.000 menjadi Rp1.325.000 per "
                "gram pada perdagangan Senin pagi.\n"
                "Kenaikan ini mengikuti harga emas dunia yang kembali menguat setelah data ketenagakerjaan "
                "Amerika Serikat lebih lemah dari perkiraan pasar.\n"
                "Harga pembelian kembali atau buyback juga naik Rp5.000 menjadi Rp1.210.000 per gram di "
                "butik emas Antam Pulo Gadung.\n"
                "(fsd/haa)\n"
            ),
            expect={
                "dateline": "Jakarta",
                "editors": ("haa",),
                "paragraphs": (
                    "Harga emas batangan Antam naik Rp5.000 menjadi Rp1.325.000 per gram pada perdagangan "
                    "Senin pagi.",
                    "Kenaikan ini mengikuti harga emas dunia yang kembali menguat setelah data "
                    "ketenagakerjaan Amerika Serikat lebih lemah dari perkiraan pasar.",
                    "Harga pembelian kembali atau buyback juga naik Rp5.000 menjadi Rp1.210.000 per gram di "
                    "butik emas Antam Pulo Gadung.",
                ),
                "removed": (("dateline", "Jakarta, CNBC Indonesia -"), ("editor-credit", "(fsd/haa)")),
            },
        ),
    ),
)
