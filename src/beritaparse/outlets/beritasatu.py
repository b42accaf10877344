"""Beritasatu.com: host and text conventions. Datelines read "Jakarta, Beritasatu.com -".

No saved page of this outlet is in the test corpus, so the adapter has no page selectors: the generic
extractor finds the body and these conventions clean it.
"""

from __future__ import annotations

from beritaparse.outlets.base import Example, Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="beritasatu",
    name="Beritasatu.com",
    hosts=("beritasatu.com",),
    signals=(r"\bBeritasatu\.com\b",),
    examples=(
        Example(
            note="The place, then the outlet's name: 'Jakarta, Beritasatu.com -'.",
            text=(
                "Kemenkes Catat Kasus DBD Naik Tajam\n"
                "Jakarta, Beritasatu.com - Kementerian Kesehatan mencatat kasus demam berdarah dengue naik "
                "tajam sepanjang Mei 2024 di sejumlah provinsi.\n"
                "Kenaikan paling tinggi terjadi di Jawa Barat dan Banten, yang sama-sama mencatat lebih dari "
                "seribu kasus baru dalam sebulan terakhir.\n"
                "Kementerian meminta warga membersihkan tempat penampungan air setidaknya sekali sepekan "
                "untuk memutus siklus hidup nyamuk.\n"
            ),
            expect={
                "dateline": "Jakarta",
                "paragraphs": (
                    "Kementerian Kesehatan mencatat kasus demam berdarah dengue naik tajam sepanjang Mei "
                    "2024 "
                    "di sejumlah provinsi.",
                    "Kenaikan paling tinggi terjadi di Jawa Barat dan Banten, yang sama-sama mencatat lebih "
                    "dari seribu kasus baru dalam sebulan terakhir.",
                    "Kementerian meminta warga membersihkan tempat penampungan air setidaknya sekali sepekan "
                    "untuk memutus siklus hidup nyamuk.",
                ),
                "removed": (("dateline", "Jakarta, Beritasatu.com -"),),
            },
        ),
    ),
)
