"""Tempo.co: adapter (page and text conventions). Datelines read "TEMPO.CO, Jakarta -".

The text closes with a credit in bold capitals: the reporter ("<strong>DINI TEJA</strong>") or the news
agency the story came from ("<strong>ANTARA</strong>"); that line is a credit, not a subheading. Page
selectors follow the 2015 templates of tempo.co (``div.artikel``, caption ``div.deskripsi``, topics
``ul.topik-terkait``) and en.tempo.co (``div.tubuh-berita``, caption ``div.foto-desc``, topics ``div.mlta``).
"""

from __future__ import annotations

from beritaparse.model import RemovedReason
from beritaparse.outlets.base import Example, Outlet

__all__ = ["OUTLET"]


def _cls(token: str) -> str:
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {token} ')"


# The 2015 templates' text boxes, and the 2017 desktop template's (``div#isi``).
_TEXT = f"div[{_cls('artikel')} or {_cls('tubuh-berita')} or @id = 'isi']"

# A bold run in capitals that closes the last paragraph holding text (blank ones are "&nbsp;").
_CLOSING_CREDIT = (
    "p[translate(normalize-space(), '\u00a0', '') != ''][last()]"
    "/strong[last()][not(following-sibling::node()[normalize-space()])]"
    "[normalize-space()][translate(., 'abcdefghijklmnopqrstuvwxyz', '') = .]"
)

OUTLET = Outlet(
    id="tempo",
    name="Tempo.co",
    hosts=("tempo.co",),
    signals=(r"\bTEMPO\.CO\b",),
    dateline=r"^\s*(?i:TEMPO\.CO)\s*(?:,\s*(?P<place>[^,\n]{2,40}?))?\s*[-–—]+\s*",
    body=(f"//{_TEXT}",),
    drop=(
        (f".//ul[{_cls('block-kanal-map')}]", RemovedReason.NAVIGATION),
        (f".//div[{_cls('share-display')}]", RemovedReason.SHARE),
        (f"./{_CLOSING_CREDIT}", RemovedReason.BYLINE),
    ),
    captions=(
        f"//div[{_cls('artikel')}]//div[{_cls('deskripsi')}]",
        f"//div[{_cls('blok-foto-konten')}]/div[{_cls('foto-desc')}]",
    ),
    authors=(f"//{_TEXT}/{_CLOSING_CREDIT}",),
    published=(f"//div[{_cls('artikel')}]/div[{_cls('block-tanggal')}]",),
    tags=(f"//ul[{_cls('topik-terkait')}]/li", f"//div[{_cls('mlta')}]/li"),
    examples=(
        Example(
            note="'TEMPO.CO, Jakarta -' opens the text; the reporter's name in capitals closes it.",
            text=(
                "KPK Periksa Mantan Pejabat Kementerian Pertanian\n"
                "TEMPO.CO, Jakarta - Komisi Pemberantasan Korupsi memeriksa seorang mantan pejabat "
                "Kementerian Pertanian sebagai saksi dalam kasus pengadaan pupuk.\n"
                "Juru bicara KPK mengatakan penyidik mendalami proses lelang yang diduga diatur sejak awal "
                "untuk memenangkan satu perusahaan.\n"
                "Saksi keluar dari gedung KPK setelah diperiksa selama delapan jam dan tidak menjawab "
                "pertanyaan wartawan.\n"
                "DINI TEJA\n"
            ),
            expect={
                "dateline": "Jakarta",
                "paragraphs": (
                    "Komisi Pemberantasan Korupsi memeriksa seorang mantan pejabat Kementerian Pertanian "
                    "sebagai saksi dalam kasus pengadaan pupuk.",
                    "Juru bicara KPK mengatakan penyidik mendalami proses lelang yang diduga diatur sejak "
                    "awal "
                    "untuk memenangkan satu perusahaan.",
                    "Saksi keluar dari gedung KPK setelah diperiksa selama delapan jam dan tidak menjawab "
                    "pertanyaan wartawan.",
                ),
                "removed": (("dateline", "TEMPO.CO, Jakarta -"),),
            },
        ),
        Example(
            note="A page of the 2015 template: div.artikel, the date block, a credit in bold capitals.",
            url="https://nasional.tempo.co/read/100/kpk-periksa-mantan-pejabat",
            html=(
                "<html><head><title>KPK Periksa Mantan Pejabat Kementerian Pertanian | "
                "tempo.co</title></head>"
                "<body><h1>KPK Periksa Mantan Pejabat Kementerian Pertanian</h1>"
                "<div class='artikel'><div class='block-tanggal'>Senin, 13 Mei 2024 | 13:24 WIB</div>"
                "<p><strong>TEMPO.CO</strong>, <strong>Jakarta</strong> - Komisi Pemberantasan Korupsi "
                "memeriksa seorang mantan pejabat Kementerian Pertanian sebagai saksi.</p>"
                "<p>Juru bicara KPK mengatakan penyidik mendalami proses lelang yang diduga diatur sejak "
                "awal.</p>"
                "<p>Saksi keluar dari gedung KPK setelah diperiksa selama delapan jam.</p>"
                "<p><strong>DINI TEJA</strong></p>"
                "<p>&nbsp;</p></div>"
                "<ul class='topik-terkait'><li>KPK</li><li>Korupsi</li></ul></body></html>"
            ),
            expect={
                "title": "KPK Periksa Mantan Pejabat Kementerian Pertanian",
                "published": "2024-05-13T13:24:00+07:00",
                "dateline": "Jakarta",
                "authors": ("DINI TEJA",),  # as printed, as the corpus gold writes it
                "tags": ("KPK", "Korupsi"),
                "paragraphs": (
                    "Komisi Pemberantasan Korupsi memeriksa seorang mantan pejabat Kementerian Pertanian "
                    "sebagai saksi.",
                    "Juru bicara KPK mengatakan penyidik mendalami proses lelang yang diduga diatur sejak "
                    "awal.",
                    "Saksi keluar dari gedung KPK setelah diperiksa selama delapan jam.",
                ),
            },
        ),
    ),
)
