"""IslamToday ID: text conventions.

The text opens with "(IslamToday ID) –" and closes with "[abc]" initials.
"""

from __future__ import annotations

from beritaparse.outlets.base import Example, Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="islamtoday",
    name="IslamToday ID",
    hosts=("islamtoday.id",),
    signals=(r"\(IslamToday(?:\s+ID)?\)", r"\bislamtoday\.id\b"),
    dateline=r"^\((?i:IslamToday(?:[ ]ID)?)\)[ ]*[-\u2010-\u2015][ ]*",
    examples=(
        Example(
            note="'(IslamToday ID) –' opens the text with no place; '[abc]' initials close it.",
            text=(
                "Arab Saudi Buka Kembali Visa Umrah Setelah Musim Haji\n"
                "(IslamToday ID) – Pemerintah Arab Saudi kembali membuka penerbitan visa umrah bagi jemaah "
                "internasional setelah musim haji berakhir.\n"
                "Kementerian Haji dan Umrah menyebut jemaah dapat mengajukan visa melalui penyelenggara "
                "perjalanan resmi maupun aplikasi Nusuk.\n"
                "Jemaah diminta memastikan telah menerima vaksin meningitis sebelum berangkat ke Tanah "
                "Suci. [ran]\n"
            ),
            expect={
                "dateline": None,
                "editors": ("ran",),
                "paragraphs": (
                    "Pemerintah Arab Saudi kembali membuka penerbitan visa umrah bagi jemaah internasional "
                    "setelah musim haji berakhir.",
                    "Kementerian Haji dan Umrah menyebut jemaah dapat mengajukan visa melalui penyelenggara "
                    "perjalanan resmi maupun aplikasi Nusuk.",
                    "Jemaah diminta memastikan telah menerima vaksin meningitis sebelum berangkat ke Tanah "
                    "Suci.",
                ),
                "removed": (("dateline", "(IslamToday ID) –"), ("editor-credit", "[ran]")),
            },
        ),
    ),
)
