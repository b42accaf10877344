"""VOA Indonesia: host and text conventions. Datelines read "WASHINGTON DC (VOA) -".

No saved page of this outlet is in the test corpus, so the adapter has no page selectors: the generic
extractor finds the body and these conventions clean it.
"""

from __future__ import annotations

from beritaparse.outlets.base import Example, Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="voaindonesia",
    name="VOA Indonesia",
    hosts=("voaindonesia.com",),
    signals=(r"\(VOA\)",),
    examples=(
        Example(
            note="The place in capitals before the outlet in brackets: 'WASHINGTON DC (VOA) -'.",
            text=(
                "Kongres AS Setujui Anggaran Sementara\n"
                "WASHINGTON DC (VOA) - Kongres Amerika Serikat menyetujui anggaran sementara untuk mencegah "
                "penutupan sebagian kantor pemerintah federal.\n"
                "Rancangan undang-undang itu mendanai pemerintah hingga pertengahan Maret sambil anggota "
                "parlemen merundingkan anggaran setahun penuh.\n"
                "Presiden diperkirakan menandatangani rancangan itu sebelum tenggat tengah malam nanti.\n"
            ),
            expect={
                "dateline": "Washington DC",
                "paragraphs": (
                    "Kongres Amerika Serikat menyetujui anggaran sementara untuk mencegah penutupan sebagian "
                    "kantor pemerintah federal.",
                    "Rancangan undang-undang itu mendanai pemerintah hingga pertengahan Maret sambil anggota "
                    "parlemen merundingkan anggaran setahun penuh.",
                    "Presiden diperkirakan menandatangani rancangan itu sebelum tenggat tengah malam nanti.",
                ),
                "removed": (("dateline", "WASHINGTON DC (VOA) -"),),
            },
        ),
    ),
)
