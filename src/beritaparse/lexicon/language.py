"""Indonesian as it is written: function words, how sentences end, words a line cannot end on."""

from __future__ import annotations

__all__ = [
    "CLOSERS",
    "FIELD_BARS",
    "FOLLOWING_OPENERS",
    "FOLLOWING_WORDS",
    "FUNCTION_WORDS",
    "OPEN_END_WORDS",
    "PICTURE_ORDINALS",
    "PICTURE_POSITIONS",
    "SENTENCE_ENDS",
    "SPEECH_VERBS",
]

# fmt: off
FUNCTION_WORDS: frozenset[str] = frozenset((
    "ada", "adalah", "agar", "akan", "antara", "atau", "bagi", "bahwa", "baru", "begini", "belum", "bisa",
    "dalam", "dan", "dari", "dengan", "di", "dia", "hanya", "harus", "hingga", "ia", "ingin", "ini", "itu",
    "jadi", "jika", "juga", "kami", "karena", "kata", "ke", "kita", "lagi", "lalu", "lebih", "masih",
    "menjadi", "mereka", "namun", "oleh", "pada", "para", "pun", "saat", "saya", "sebagai", "sejak",
    "seperti", "setelah", "soal", "sudah", "tahun", "tak", "telah", "tersebut", "tidak", "ujar", "untuk",
    "usai", "yang",
))
# fmt: on
"""Frequent in any Indonesian headline or paragraph and rare in English: they tell an Indonesian text from
an English one (Malay shares most of them)."""

SENTENCE_ENDS: str = ".!?…"
"""Characters that end a sentence."""

CLOSERS: str = "\"'”’)]"
"""Closing quotes and brackets that may follow a sentence's end ("... kata dia.")."""

FIELD_BARS: str = "|·•"
"""Marks that part the fields of a byline or a stamp line ("Nama | Senin, 13 Mei 2024", "Nama, Okezone ·
Selasa 07 Juli 2020"): a bar, a middle dot, a bullet."""

OPEN_END_WORDS: tuple[str, ...] = (
    "agar", "and", "antara", "atau", "bagi", "bahwa", "dalam", "dan", "dari", "dengan", "di", "hingga",
    "karena", "ke", "kepada", "of", "oleh", "pada", "para", "sampai", "sang", "sebagai", "serta", "si",
    "soal", "tentang", "terhadap", "the", "untuk", "vs", "yang",
)  # fmt: skip
"""Words no sentence or headline ends on: a line ending on one goes on in the next line."""

FOLLOWING_WORDS: tuple[str, ...] = (
    "as follows", "below", "berikut", "berikut ini", "di bawah ini", "sebagai berikut",
)  # fmt: skip
"""Words closing a sentence that points at what follows it ("silakan simak tabel di bawah ini."): a table
or a list the text goes on in."""

FOLLOWING_OPENERS: tuple[str, ...] = ("berikut", "berikut ini", "here are", "inilah")
"""Words opening a sentence that points at what follows it ("Berikut Bola.com sajikan hasil lengkap ..."):
a list the text goes on in."""

PICTURE_POSITIONS: tuple[str, ...] = ("center", "centre", "kanan", "kiri", "left", "right", "tengah")
PICTURE_ORDINALS: tuple[str, ...] = (
    "fifth", "fourth", "kedua", "keempat", "kelima", "ketiga", "second", "third",
)  # fmt: skip
"""Where a caption places a person its picture shows, in brackets after the name, with an ordinal or not:
"Nama (kiri)", "Nama (kedua kanan)", "Nama (ketiga dari kiri)", "Nama (second left)". Only a caption does."""

SPEECH_VERBS: tuple[str, ...] = (
    "imbuh", "jelas", "kata", "papar", "pungkas", "said", "says", "sebut", "tambah", "tegas", "terang",
    "tutur", "ucap", "ujar", "ungkap",
)  # fmt: skip
"""Verbs that attribute a quote after it closes ("Kami siap," kata dia; "Kami siap," ujarnya: "-nya" may
follow): a quote closed so ends a sentence, though no full stop follows the name."""
