"""JPNN.com: host and text conventions. Datelines read "jpnn.com, JAKARTA -".

No saved page of this outlet is in the test corpus, so the adapter has no page selectors: the generic
extractor finds the body and these conventions clean it.
"""

from __future__ import annotations

from beritaparse.outlets.base import Example, Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="jpnn",
    name="JPNN.com",
    hosts=("jpnn.com",),
    signals=(r"\bjpnn\.com\b",),
    examples=(
        Example(
            note="The outlet's name, then the place in capitals: 'jpnn.com, JAKARTA -'.",
            text=(
                "KPU Tetapkan Jadwal Pendaftaran Calon Kepala Daerah\n"
                "jpnn.com, JAKARTA - Komisi Pemilihan Umum menetapkan pendaftaran calon kepala daerah dibuka "
                "selama tiga hari pada akhir Agustus mendatang.\n"
                "Ketua KPU mengatakan partai politik dan gabungan partai wajib menyerahkan berkas lengkap "
                "pada hari pendaftaran.\n"
                "Calon perseorangan harus lebih dahulu lolos verifikasi faktual dukungan sebelum dapat "
                "mendaftar ke KPU daerah.\n"
            ),
            expect={
                "dateline": "Jakarta",
                "paragraphs": (
                    "Komisi Pemilihan Umum menetapkan pendaftaran calon kepala daerah dibuka selama tiga "
                    "hari "
                    "pada akhir Agustus mendatang.",
                    "Ketua KPU mengatakan partai politik dan gabungan partai wajib menyerahkan berkas "
                    "lengkap "
                    "pada hari pendaftaran.",
                    "Calon perseorangan harus lebih dahulu lolos verifikasi faktual dukungan sebelum dapat "
                    "mendaftar ke KPU daerah.",
                ),
                "removed": (("dateline", "jpnn.com, JAKARTA -"),),
            },
        ),
    ),
)
