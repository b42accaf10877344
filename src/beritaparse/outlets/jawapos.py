"""JawaPos.com: host and text conventions. The text opens with the outlet only: "JawaPos.com -".

No saved page of this outlet is in the test corpus, so the adapter has no page selectors: the generic
extractor finds the body and these conventions clean it.
"""

from __future__ import annotations

from beritaparse.outlets.base import Example, Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="jawapos",
    name="JawaPos.com",
    hosts=("jawapos.com",),
    signals=(r"\bJawaPos\.com\b",),
    examples=(
        Example(
            note="The outlet's name alone opens the text: 'JawaPos.com –', no place.",
            text=(
                "Persebaya Tambah Dua Pemain Asing Jelang Musim Baru\n"
                "JawaPos.com – Persebaya Surabaya resmi mendatangkan dua pemain asing untuk memperkuat lini "
                "tengah menjelang musim baru Liga 1.\n"
                "Pelatih kepala menyebut keduanya dipilih karena mampu bermain di lebih dari satu posisi "
                "dan sudah mengenal sepak bola Asia.\n"
                "Kedua pemain dijadwalkan mengikuti latihan perdana bersama tim di Lapangan Thor pada akhir "
                "pekan ini.\n"
            ),
            expect={
                "dateline": None,
                "paragraphs": (
                    "Persebaya Surabaya resmi mendatangkan dua pemain asing untuk memperkuat lini tengah "
                    "menjelang musim baru Liga 1.",
                    "Pelatih kepala menyebut keduanya dipilih karena mampu bermain di lebih dari satu posisi "
                    "dan sudah mengenal sepak bola Asia.",
                    "Kedua pemain dijadwalkan mengikuti latihan perdana bersama tim di Lapangan Thor pada "
                    "akhir "
                    "pekan ini.",
                ),
                "removed": (("dateline", "JawaPos.com –"),),
            },
        ),
    ),
)
