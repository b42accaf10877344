"""The words that credit people in Indonesian news, and the role each one gives.

Outlets label credits in many ways ("Penulis:", "Pewarta:", "Jurnalis:", "Koresponden:", "Rep:",
"Laporan Wartawan Tribunnews.com, ...", "Editor:", "Redaktur:", "(Red)", "Fotografer:"), in Indonesian and
in English. Every reader of credits (the block rules, the paste header, the page's credit lines) builds
its patterns from these tables, so a role word added here is read the same way everywhere.

Forms are lower case with single spaces; patterns match them case-insensitively.
"""

from __future__ import annotations

import enum
from types import MappingProxyType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = [
    "ABBREVIATIONS",
    "ADAPTED_FROM",
    "BY_WORDS",
    "PLACE_ROLES",
    "REPORT_OPENER",
    "REPORT_ROLES",
    "ROLE_WORDS",
    "TEAM_CREDITS",
    "TRANSLATORS",
    "WRITER_NOTE_ROLES",
    "Role",
    "words_for",
]


class Role(enum.Enum):
    """What a credit says a person did."""

    AUTHOR = "author"
    EDITOR = "editor"
    PHOTO = "photo"
    OTHER = "other"  # a source, an illustrator, a translator: credited, but neither author nor editor


_A, _E, _P, _O = Role.AUTHOR, Role.EDITOR, Role.PHOTO, Role.OTHER

TRANSLATORS: tuple[str, ...] = ("alih bahasa", "penerjemah", "translator")
"""Role words of a translator's credit ("Translator: Nama", Tempo English and ANTARA English; "Alih bahasa:
Nama" under a translated magazine story): credited, not the writer (their role in :data:`ROLE_WORDS` is
OTHER)."""

ADAPTED_FROM: tuple[str, ...] = (
    "adapted from",
    "diadaptasi dari",
    "dialihbahasakan dari",
    "disadur dari",
    "diterjemahkan dari",
    "translated from",
)
"""How a credit line says the story is another outlet's, adapted or translated ("Penulis: Erica Gonzales;
Artikel ini disadur dari Bazaar US; Alih bahasa: ..."): the writer it names wrote the original, and the
byline names who wrote this one."""

WRITER_NOTE_ROLES: tuple[str, ...] = (
    "advokat",
    "akademisi",
    "aktivis",
    "alumni",
    "alumnus",
    "analis",
    "anggota",
    "dekan",
    "direktur",
    "dokter",
    "dosen",
    "ekonom",
    "guru",
    "guru besar",
    "jurnalis",
    "kandidat doktor",
    "kepala",
    "ketua",
    "kolumnis",
    "konsultan",
    "koordinator",
    "mahasiswa",
    "mahasiswi",
    "mantan",
    "pegiat",
    "pemerhati",
    "pendiri",
    "peneliti",
    "pengacara",
    "pengajar",
    "pengamat",
    "pengurus",
    "penulis",
    "praktisi",
    "profesor",
    "rektor",
    "sekretaris",
    "staf",
    "wakil",
    "wartawan",
)
"""What the note closing an opinion piece says its writer is ("Penulis adalah dosen ...", "Penulis merupakan
pengamat ..."): a role or trade, so that a sentence about some book's author ("Penulis adalah orang yang
...") stays text."""

ROLE_WORDS: Mapping[str, Role] = MappingProxyType(
    {
        # Who wrote or reported the article.
        "penulis": _A,
        "reporter": _A,
        "pewarta": _A,
        "wartawan": _A,
        "wartawati": _A,
        "jurnalis": _A,
        "kontributor": _A,
        "koresponden": _A,
        "author": _A,
        "writer": _A,
        # A long-form's credit box names the text's writer beside the multimedia team ("Teks: Nama" /
        # "Multimedia: Nama, Nama", Tempo's interactive stories; "Naskah: Nama").
        "teks": _A,
        "naskah": _A,
        # The badge IDN Media's sites (IDN Times, Popbela, Popmama) show above the writer's name.
        "verified": _A,
        "verified writer": _A,
        "community writer": _A,
        # Who edited it.
        "editor": _E,
        "penyunting": _E,
        "redaktur": _E,
        "penyelaras": _E,
        "penyelaras bahasa": _E,
        "editing": _E,
        # Who took the pictures: credited beside the article's writers, never one of them.
        "fotografer": _P,
        "photographer": _P,
        "pewarta foto": _P,
        "foto": _P,
        "photo": _P,
        # Credited, but not for the text.
        "sumber": _O,
        "source": _O,
        "video": _O,
        "videografer": _O,
        "multimedia": _O,
        # A video's or a long-form's crew, credited under it ("Produser: Nama", "Juru Kamera: Nama").
        "produser": _O,
        "producer": _O,
        "kameramen": _O,
        "kamerawan": _O,
        "juru kamera": _O,
        "narator": _O,
        "narrator": _O,
        # Who cut a video page's video ("Video Editor: Nama"): no editor of the text.
        "video editor": _O,
        "editor video": _O,
        "ilustrasi": _O,
        "grafis": _O,
        **dict.fromkeys(TRANSLATORS, _O),
    }
)
"""Role words written in full: before the names ("Penulis: Nama"), on a line of their own above or below
the name, or after it ("Nama Editor")."""

ABBREVIATIONS: Mapping[str, Role] = MappingProxyType({"rep": _A, "red": _E, "laporan": _A})
"""Short role words: only a credit with its colon or full stop ("Rep: Nama", "Red: Nama", "Laporan: Nama")."""

BY_WORDS: Mapping[str, Role] = MappingProxyType(
    {
        "oleh": _A,
        "by": _A,
        # Blog and news themes: "Posted by Nama", "Ditulis oleh Nama".
        "posted by": _A,
        "written by": _A,
        "ditulis oleh": _A,
        "diposting oleh": _A,
        "dipublikasikan oleh": _A,
        # The credits of wire copy that English-language outlets run: "Reporting by Nama; Editing by Nama".
        "reporting by": _A,
        "reported by": _A,
        "additional reporting by": _A,
        "writing by": _A,
        "editing by": _E,
        "edited by": _E,
    }
)
"""Words that put a credit before the names without a colon ("Oleh Nama", "By Nama", "Editing by Nama"), with
the role they give; they also open ordinary sentences ("Oleh karena itu"), so a capitalised name must
follow."""

REPORT_OPENER = "laporan"
"""The word before a role that opens a reporter's line: "Laporan Wartawan Tribunnews.com, Nama"."""

PLACE_ROLES: frozenset[str] = frozenset({"kontributor", "koresponden", "wartawan", "wartawati"})
"""Roles that take their outlet or place with them up to a comma ("Kontributor Lhokseumawe, Masriadi")."""

REPORT_ROLES: frozenset[str] = PLACE_ROLES | {"jurnalis", "reporter"}
"""Roles that follow :data:`REPORT_OPENER` ("Laporan Reporter Tribunnews.com, Nama")."""

TEAM_CREDITS: frozenset[str] = frozenset({"tim redaksi"})
"""A newsroom credited as a whole: no person's name."""

NEGATIONS: tuple[str, ...] = ("bukan", "non")
"""Words that negate the role after them: "Reporter: Non Koresponden", a template's placeholder where the
story credits no correspondent, names nobody."""


def words_for(*roles: Role, table: Mapping[str, Role] = ROLE_WORDS) -> tuple[str, ...]:
    """The forms in ``table`` that give one of ``roles``, sorted.

    >>> words_for(Role.EDITOR)
    ('editing', 'editor', 'penyelaras', 'penyelaras bahasa', 'penyunting', 'redaktur')
    """
    return tuple(sorted(w for w, r in table.items() if r in roles))
