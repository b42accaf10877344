"""Kontan: host and text conventions.

Datelines read "KONTAN.CO.ID - JAKARTA." with a full stop after the place.

No saved page of this outlet is in the test corpus, so the adapter has no page selectors: the generic
extractor finds the body and these conventions clean it.
"""

from __future__ import annotations

from beritaparse.outlets.base import Example, Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="kontan",
    name="Kontan",
    hosts=("kontan.co.id",),
    signals=(r"\bKONTAN\.CO\.ID\b",),
    dateline=(
        r"^(?i:KONTAN\.CO\.ID)[ ]*[-\u2010-\u2015]+[ ]*"
        r"(?:(?P<place>\p{Lu}[\p{L}'’-]*(?:[ ]\p{Lu}[\p{L}'’-]*){0,2})\.[ ]+)?"
    ),
    examples=(
        Example(
            note="'KONTAN.CO.ID - JAKARTA.': the place in capitals, closed by a full stop.",
            text=(
                "Pemerintah Naikkan Harga Eceran Tertinggi Beras\n"
                "KONTAN.CO.ID - JAKARTA. Pemerintah menaikkan harga eceran tertinggi beras medium menjadi "
                "Rp12.500 per kilogram mulai bulan depan.\n"
                "Kepala Badan Pangan Nasional mengatakan kenaikan itu mengikuti biaya produksi gabah yang "
                "naik sepanjang tahun ini.\n"
                "Pedagang diminta memasang label harga yang jelas agar konsumen dapat membandingkan harga di "
                "setiap kios.\n"
            ),
            expect={
                "dateline": "Jakarta",
                "paragraphs": (
                    "Pemerintah menaikkan harga eceran tertinggi beras medium menjadi Rp12.500 per kilogram "
                    "mulai bulan depan.",
                    "Kepala Badan Pangan Nasional mengatakan kenaikan itu mengikuti biaya produksi gabah "
                    "yang "
                    "naik sepanjang tahun ini.",
                    "Pedagang diminta memasang label harga yang jelas agar konsumen dapat membandingkan "
                    "harga "
                    "di setiap kios.",
                ),
                "removed": (("dateline", "KONTAN.CO.ID - JAKARTA."),),
            },
        ),
        Example(
            note="Issue 12: with no place, the first sentence is text, not a dateline.",
            text=(
                "Pemerintah Naikkan Harga Eceran Tertinggi Beras\n"
                "KONTAN.CO.ID - Pemerintah menaikkan harga. Pedagang di Pasar Induk Cipinang mengeluh karena "
                "pembeli mulai mengurangi belanja.\n"
                "Kepala Badan Pangan Nasional mengatakan kenaikan itu mengikuti biaya produksi gabah yang "
                "naik sepanjang tahun ini.\n"
                "Pedagang diminta memasang label harga yang jelas agar konsumen dapat membandingkan harga di "
                "setiap kios.\n"
            ),
            expect={
                "dateline": None,
                "paragraphs": (
                    "Pemerintah menaikkan harga. Pedagang di Pasar Induk Cipinang mengeluh karena pembeli "
                    "mulai "
                    "mengurangi belanja.",
                    "Kepala Badan Pangan Nasional mengatakan kenaikan itu mengikuti biaya produksi gabah "
                    "yang "
                    "naik sepanjang tahun ini.",
                    "Pedagang diminta memasang label harga yang jelas agar konsumen dapat membandingkan "
                    "harga "
                    "di setiap kios.",
                ),
                "removed": (("dateline", "KONTAN.CO.ID -"),),
            },
        ),
    ),
)
