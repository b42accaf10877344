"""Tirto.id: host and text conventions. The text opens with the outlet only: "tirto.id -".

No saved page of this outlet is in the test corpus, so the adapter has no page selectors: the generic
extractor finds the body and these conventions clean it.
"""

from __future__ import annotations

from beritaparse.outlets.base import Example, Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="tirto",
    name="Tirto.id",
    hosts=("tirto.id",),
    signals=(r"\btirto\.id\b",),
    examples=(
        Example(
            note="The outlet's name alone opens the text, in lower case: 'tirto.id -', no place.",
            text=(
                "Mengapa Harga Cabai Selalu Naik Saat Musim Hujan\n"
                "tirto.id - Harga cabai hampir selalu naik ketika musim hujan tiba karena tanaman cabai "
                "mudah busuk jika terlalu lama tergenang air.\n"
                "Petani di sentra produksi biasanya mengurangi luas tanam menjelang musim hujan untuk "
                "menghindari kerugian akibat gagal panen.\n"
                "Akibatnya, pasokan ke pasar berkurang tepat ketika permintaan rumah tangga dan restoran "
                "tetap tinggi.\n"
            ),
            expect={
                "dateline": None,
                "paragraphs": (
                    "Harga cabai hampir selalu naik ketika musim hujan tiba karena tanaman cabai mudah busuk "
                    "jika terlalu lama tergenang air.",
                    "Petani di sentra produksi biasanya mengurangi luas tanam menjelang musim hujan untuk "
                    "menghindari kerugian akibat gagal panen.",
                    "Akibatnya, pasokan ke pasar berkurang tepat ketika permintaan rumah tangga dan restoran "
                    "tetap tinggi.",
                ),
                "removed": (("dateline", "tirto.id -"),),
            },
        ),
    ),
)
