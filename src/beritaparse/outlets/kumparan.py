"""kumparan: text conventions (pasted text; no saved pages of this outlet yet, so no page selectors)."""

from __future__ import annotations

from beritaparse.model import RemovedReason
from beritaparse.outlets.base import Example, Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="kumparan",
    name="kumparan",
    hosts=("kumparan.com",),
    # The site footer ("Cara Menulis di kumparan", "PT Dynamo Media Network") and the "kumparanNEWS"-style
    # channel names are how a paste identifies itself.
    signals=(
        r"\bdi kumparan\b",
        r"PT Dynamo Media Network",
        r"\bkumparan(?:NEWS|BISNIS|TECH|SAINS|BOLA|OTO|FOOD|MOM|WOMAN|TRAVEL|HITS)\b",
    ),
    chrome=((r"(?:kumparan\w*|user\s+kumparan)(?:\s*·.*)?", RemovedReason.BYLINE),),
    examples=(
        Example(
            note="No dateline; the channel name over the date is chrome, the site footer names the outlet.",
            text=(
                "Tentang KamiPedoman Media SiberKetentuan & Kebijakan PrivasiCara Menulis di kumparan\n"
                "2024 © PT Dynamo Media Network\n"
                "Harga Tiket Pesawat Turun Jelang Libur Sekolah\n"
                "kumparanBISNIS\n"
                "13 Mei 2024 13:24 WIB\n"
                "·\n"
                "waktu baca 2 menit\n"
                "Harga tiket pesawat rute domestik turun hingga 15 persen menjelang libur sekolah setelah "
                "maskapai menambah jumlah penerbangan.\n"
                "ADVERTISEMENT\n"
                "Kementerian Perhubungan mencatat penambahan lebih dari 200 penerbangan tambahan untuk rute "
                "padat seperti Jakarta-Denpasar dan Jakarta-Medan.\n"
                "Penumpang disarankan membeli tiket jauh hari karena harga biasanya kembali naik sepekan "
                "sebelum libur dimulai.\n"
            ),
            expect={
                "title": "Harga Tiket Pesawat Turun Jelang Libur Sekolah",
                "published": "2024-05-13T13:24:00+07:00",
                "dateline": None,
                "paragraphs": (
                    "Harga tiket pesawat rute domestik turun hingga 15 persen menjelang libur sekolah "
                    "setelah "
                    "maskapai menambah jumlah penerbangan.",
                    "Kementerian Perhubungan mencatat penambahan lebih dari 200 penerbangan tambahan untuk "
                    "rute padat seperti Jakarta-Denpasar dan Jakarta-Medan.",
                    "Penumpang disarankan membeli tiket jauh hari karena harga biasanya kembali naik sepekan "
                    "sebelum libur dimulai.",
                ),
            },
        ),
    ),
)
