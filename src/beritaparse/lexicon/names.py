"""Names that are not people: news agencies, photo sources, organisations, web domains.

Outlet names are not here: they are the outlet registry's (:mod:`beritaparse.outlets`), and reach the
credit rules only as names passed in by the caller, so that parsing without adapters knows no outlet.
"""

from __future__ import annotations

__all__ = [
    "AGENCIES",
    "DOMAIN_ENDINGS",
    "ORGANISATION_WORDS",
    "PHOTO_SOURCES",
    "PLACE_WORDS",
    "SECTION_WORDS",
    "SOCIAL_NETWORKS",
]

AGENCIES: tuple[str, ...] = (
    "afp",
    "agence france-presse",
    "anadolu",
    "antara",
    "ap",
    "associated press",
    "bloomberg",
    "epa",
    "reuters",
    "xinhua",
)
"""News and photo agencies whose credits any outlet prints ("ANTARA", "AFP", "Reuters"); English-language
outlets write the wire's name in full ("Omar Millan, The Associated Press, Tijuana")."""

PHOTO_SOURCES: tuple[str, ...] = (
    "antara foto",
    "ap photo",
    "dok",
    "dok.",
    "dokumentasi",
    "freepik",
    "getty",
    "getty images",
    "handout",
    "ilustrasi",
    "ist",
    "istimewa",
    "istock",
    "istockphoto",
    "net",
    "pixabay",
    "repro",
    "screenshot",
    "shutterstock",
    "tangkap layar",
    "tangkapan layar",
    "unsplash",
)
"""Photo credits other than the agencies: stock libraries, "Istimewa" (courtesy), "Dok." (archive),
screenshots ("Tangkapan layar", "Repro"). Social networks (:data:`SOCIAL_NETWORKS`) credit pictures too."""

SOCIAL_NETWORKS: tuple[str, ...] = ("instagram", "youtube")
"""Networks a picture is credited to ("(Instagram)", "(YouTube)")."""

ORGANISATION_WORDS: tuple[str, ...] = (
    "admin",
    "berita",
    "biro",
    "corp",
    "cyber",
    "desk",
    "digital",
    "dinas",
    "dokumentasi",
    "editorial",
    "group",
    "grup",
    "humas",
    "inc",
    "istimewa",
    "kementerian",
    "ltd",
    "media",
    "network",
    "news",
    "newsroom",
    "official",
    "online",
    "pemerintah",
    "pemkab",
    "pemkot",
    "pemprov",
    "portal",
    "pt",
    "radio",
    "redaksi",
    "sekretariat",
    "team",
    "televisi",
    "terjemahan",
    "tim",
    "tv",
)
"""Words that make a credit an organisation ("Kompas Cyber Media", "Tim Redaksi", "Biro Pers Sekretariat
Presiden", "Humas Pemprov") or a desk ("Reporter: Terjemahan", the translation desk), not a person."""

DOMAIN_ENDINGS: tuple[str, ...] = ("co.id", "com", "id", "net", "news", "org", "tv")
"""Endings of the web domains outlets credit themselves by ("Tribunnews.com", "VIVA.co.id")."""

PLACE_WORDS: tuple[str, ...] = (
    "barat",
    "kabupaten",
    "kota",
    "provinsi",
    "pusat",
    "selatan",
    "tengah",
    "timur",
    "utara",
)
"""Words that make a capitalised name a place ("Jakarta Pusat", "Jawa Tengah", "Kota Bandung"), not a person:
a template may print the place under the date where another prints the writer."""

SECTION_WORDS: frozenset[str] = frozenset(
    {
        "berita", "bisnis", "bola", "daerah", "dunia", "edukasi", "ekonomi", "entertainment", "finance",
        "finansial", "foto", "gaya", "health", "hiburan", "hukum", "humaniora", "internasional", "kesehatan",
        "kolom", "kuliner", "lifestyle", "megapolitan", "metro", "nasional", "news", "olahraga", "opini",
        "otomotif", "otosport", "pendidikan", "politik", "populer", "properti", "regional", "sains", "seleb",
        "sepakbola", "showbiz", "sport", "sports", "tekno", "teknologi", "terkini", "travel", "trending",
        "video", "viral", "wisata",
        # Lifestyle and entertainment channels (KapanLagi's "Selebriti | Kamis, ...", Brilio's, IDN Media's).
        "beauty", "celebrity", "fashion", "film", "gadget", "games", "gosip", "kecantikan", "musik",
        "parenting", "peristiwa", "ragam", "religi", "selebriti", "selebritis",
    }
)  # fmt: skip
"""One-word channel names a template may print beside the headline or the date ("Nasional", "Tekno"): a
capitalised word there is a writer's one-word name ("Rusman") only when it is none of these."""
