"""CNN Indonesia: host and text conventions.

Datelines read "Jakarta, CNN Indonesia --"; closing initials "(abc/def)" name the writer first.

No saved page of this outlet is in the test corpus, so the adapter has no page selectors: the generic
extractor finds the body and these conventions clean it.
"""

from __future__ import annotations

from beritaparse.outlets.base import Example, Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="cnnindonesia",
    name="CNN Indonesia",
    hosts=("cnnindonesia.com",),
    signals=(r"\bCNN Indonesia\b",),
    author_is_first_initials=True,
    examples=(
        Example(
            note="'Jakarta, CNN Indonesia --' with a double dash, and '(writer/editor)' closing initials.",
            text=(
                "BMKG Minta Warga Waspada Hujan Lebat Sepekan ke Depan\n"
                "Jakarta, CNN Indonesia -- Badan Meteorologi, Klimatologi, dan Geofisika meminta warga "
                "mewaspadai hujan lebat yang disertai angin kencang selama sepekan ke depan.\n"
                "Menurut BMKG, hujan lebat berpotensi turun di sebagian besar wilayah Jawa, Bali, dan Nusa "
                "Tenggara pada sore hingga malam hari.\n"
                "Warga yang tinggal di daerah rawan longsor dan banjir diminta menyiapkan rencana "
                "evakuasi bersama aparat desa setempat. (fby/wis)\n"
            ),
            expect={
                "dateline": "Jakarta",
                "editors": ("wis",),
                "paragraphs": (
                    "Badan Meteorologi, Klimatologi, dan Geofisika meminta warga mewaspadai hujan lebat yang "
                    "disertai angin kencang selama sepekan ke depan.",
                    "Menurut BMKG, hujan lebat berpotensi turun di sebagian besar wilayah Jawa, Bali, dan "
                    "Nusa "
                    "Tenggara pada sore hingga malam hari.",
                    "Warga yang tinggal di daerah rawan longsor dan banjir diminta menyiapkan rencana "
                    "evakuasi "
                    "bersama aparat desa setempat.",
                ),
                "removed": (("dateline", "Jakarta, CNN Indonesia --"), ("editor-credit", "(fby/wis)")),
            },
        ),
    ),
)
