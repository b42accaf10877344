"""KOMPAS.TV: host and text conventions. Datelines read "JAKARTA, KOMPAS.TV -".

No saved page of this outlet is in the test corpus, so the adapter has no page selectors: the generic
extractor finds the body and these conventions clean it.
"""

from __future__ import annotations

from beritaparse.outlets.base import Example, Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="kompastv",
    name="KOMPAS.TV",
    hosts=("kompas.tv",),
    signals=(r"\bKOMPAS\.TV\b",),
    examples=(
        Example(
            note="The place in capitals, then the outlet's name: 'JAKARTA, KOMPAS.TV -'.",
            text=(
                "Arus Balik Lebaran di Tol Cikampek Mulai Padat\n"
                "JAKARTA, KOMPAS.TV - Arus balik Lebaran di Tol Jakarta-Cikampek mulai padat sejak Sabtu "
                "sore, terutama menjelang Gerbang Tol Cikatama.\n"
                "Polisi memberlakukan sistem satu arah dari Kilometer 414 hingga Kilometer 72 untuk mengurai "
                "kepadatan kendaraan menuju Jakarta.\n"
                "Pengendara diimbau beristirahat di rest area secara bergantian dan tidak berhenti di bahu "
                "jalan tol.\n"
            ),
            expect={
                "dateline": "Jakarta",
                "paragraphs": (
                    "Arus balik Lebaran di Tol Jakarta-Cikampek mulai padat sejak Sabtu sore, terutama "
                    "menjelang Gerbang Tol Cikatama.",
                    "Polisi memberlakukan sistem satu arah dari Kilometer 414 hingga Kilometer 72 untuk "
                    "mengurai kepadatan kendaraan menuju Jakarta.",
                    "Pengendara diimbau beristirahat di rest area secara bergantian dan tidak berhenti di "
                    "bahu "
                    "jalan tol.",
                ),
                "removed": (("dateline", "JAKARTA, KOMPAS.TV -"),),
            },
        ),
    ),
)
