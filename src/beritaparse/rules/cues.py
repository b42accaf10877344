"""Indonesian news boilerplate, as data: the cue phrases that hold for every outlet.

Outlet-specific chrome lives in the outlet's module; what is here is how Indonesian news sites in general
mark advertisements, related links, share and follow prompts, credits and footers. Each table is a tuple of
regular expressions (``regex`` syntax, case-insensitive) with the reason a matching line is not article text.
Patterns marked *full* must match the whole line; *lead* patterns match its start.
"""

from __future__ import annotations

import regex

from beritaparse.model import RemovedReason
from beritaparse.rules.flags import WORDS

__all__ = [
    "AUTHOR_LABEL",
    "CAPTION_CREDIT",
    "CLOSING_INITIALS",
    "CLOSING_NAME",
    "DASH",
    "EDITOR_LABEL",
    "FULL_LINE_CUES",
    "FUNCTION_WORDS",
    "GLUED_CUES",
    "LEAD_CUES",
    "NAV_PHRASES",
    "PHOTO_SOURCES",
    "READING_TIME",
    "RELATED_CUE",
    "TAGS_LABEL",
    "VIDEO_PROMO",
]

_F = WORDS

DASH = r"[-\u2010-\u2015\u2212]"
"""Any dash: hyphen, en dash, em dash, minus (outlets mix them in datelines)."""

R = RemovedReason

# Lines that are chrome in their entirety.
FULL_LINE_CUES: tuple[tuple[regex.Pattern[str], RemovedReason], ...] = tuple(
    (regex.compile(p, _F), reason)
    for p, reason in (
        (r"advertisement|advertisment|iklan|ads|sponsored|konten\s+bersponsor", R.ADVERTISEMENT),
        (r"scroll\s+(?:to|untuk)\s+(?:continue|resume|lanjut)\w*(?:\s+\w+){0,3}", R.ADVERTISEMENT),
        (r"(?:lanjutkan|lanjut)\s+membaca(?:\s+artikel)?(?:\s+di\s+bawah)?\s*[↓⬇▼»>]*", R.ADVERTISEMENT),
        (r"\d{1,2}\s+dari\s+\d{1,2}\s+halaman", R.PAGING),
        (r"[·•|/\\\-–—_*~.,:;]+", R.BOILERPLATE),
        (
            r"(?:bagikan|share|tweet|salin\s+(?:link|tautan)|copy\s+link|kirim)(?:\s+(?:artikel|berita)\s+ini)?\s*:?",
            R.SHARE,
        ),
        # "Share on Facebook", "Bagikan ke WhatsApp"; share buttons with their counters ("Tweet 0",
        # "Comment (0)").
        (r"(?:share|bagikan|kirim)\s+(?:on|to|via|ke|di|lewat)\s+\w+(?:\s+\w+)?", R.SHARE),
        (
            r"(?:share|shares|tweet|whatsapp|telegram|facebook|twitter|linkedin|email|comments?|komentar|like|suka)"
            r"\s*\(?\d{1,6}\)?",
            R.SHARE,
        ),
        (
            r"(?:(?:facebook|twitter|x|whatsapp|wa|telegram|line|linkedin|pinterest|email|e-mail|copy\s+link"
            r"|salin\s+link|threads|instagram|tiktok)\s*[,|·•]?\s*){2,}",
            R.SHARE,
        ),
        (
            r"(?:halaman|page)\s*(?:selanjutnya|berikutnya|sebelumnya|\d+(?:\s*(?:dari|/)\s*\d+)?)"
            r"(?:\s*[»>›]+)?",
            R.PAGING,
        ),
        (r"(?:selanjutnya|berikutnya|sebelumnya|next|prev(?:ious)?)\s*[»>›<«‹]*", R.PAGING),
        (r"\d+(?:\s+\d+)+(?:\s*(?:selanjutnya|next|»|›))?", R.PAGING),
        (r"(?:©|\(c\)|copyright|hak\s+cipta).*", R.FOOTER),
        (r".*(?:all\s+rights\s+reserved|hak\s+cipta\s+dilindungi).*", R.FOOTER),
        (r"\d{4}\s*©.*", R.FOOTER),
        (r"version\s+\d+(?:\.\d+)+", R.FOOTER),
        # Syndication notes: "Artikel ini telah tayang di Tribunnews.com", "... telah naik di detikBali".
        (
            r"(?:artikel|berita|tulisan|konten)\s+ini\s+(?:telah\s+|sudah\s+|pertama\s+kali\s+|juga\s+)*"
            r"(?:tayang|terbit|dimuat|naik|diterbitkan|ditayangkan|dipublikasikan)\s+(?:di|pada|dalam)\b.*",
            R.FOOTER,
        ),
        (r"(?:sumber|source)\s*:\s*.{1,80}", R.BOILERPLATE),
        (r"(?:foto|video|grafis|infografis)\s*:\s*[^?!]{1,40}", R.MEDIA),
        (r"\[?gambas\s*:.*", R.MEDIA),
        # Agency photo terms and gallery controls.
        (r"mandatory\s+credit\s*:.*|(?:fotografer|photographer|pewarta\s+foto)\s*:\s*.{1,60}", R.MEDIA),
        (r"(?:sumber\s+(?:foto|gambar|video)\s*:|dok\.|dok\s*:|dokumentasi\s*:)\s*[^.!?]{1,50}", R.MEDIA),
        (
            r"(?:vote|rate)\s+(?:this\s+)?photo|more\s+photos|foto\s+(?:lainnya|terkait)|rating\s*\(.{0,20}\)",
            R.MEDIA,
        ),
        (r"perbesar|zoom|lihat\s+foto|tampilkan\s+semua|show\s+all", R.MEDIA),
        # The signature under an embedded tweet: "— MoFA Indonesia (@Kemlu_RI) January 23, 2021".
        (r"[-–—]\s*.{1,60}\(@\w{1,30}\)\s+\w+\s+\d{1,2},\s+\d{4}", R.MEDIA),
        (
            r"(?:ikuti|follow|dapatkan|gabung|subscribe|download|unduh|install).{0,120}"
            r"(?:google\s+news|whatsapp|telegram|channel|saluran|instagram|twitter|tiktok|youtube|facebook|aplikasi"
            r"|app\s+store|play\s+store|newsletter|notifikasi|update\s+berita).*",
            R.PROMO,
        ),
        (r"(?:jangan\s+sampai\s+ketinggalan|langganan|berlangganan|subscribe)\b.{0,160}", R.PROMO),
        (
            r"(?:jangan\s+lupa|yuk|ayo)\b.{0,160}(?:ikuti|follow|subscribe|like|share|bagikan|simak|klik|gabung).*",
            R.PROMO,
        ),
        (r".{0,40}google\s+news.{0,60}", R.PROMO),
        (
            r".{0,200}(?:info\s+(?:lebih\s+)?lengkap|selengkapnya|klik|kunjungi|daftar\s+(?:sekarang|di))"
            r"\s*(?:di\s*)?:?\s*(?:https?://)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?\s*",
            R.PROMO,
        ),
        (r"(?:tag|tags|topik|topic|kata\s+kunci|filed\s+under)\s*:?\s*#?", R.TAGS),
        (r"(?:\d+\s+)?(?:komentar|comments?|tulis\s+komentar|berikan\s+komentar).{0,40}", R.NOT_CONTENT),
        # A fact-check box ("Cek Fakta" over a verdict link) and the reading promos of news apps.
        (r"cek\s+fakta\s*:?(?:\s+\S+){0,2}", R.PROMO),
        (r".{0,120}\blangsung\s+di\s+(?:ponsel|hp|gawai|smartphone|handphone)\w*\b.*", R.PROMO),
        # An invitation whose link is a channel, a feed or a store page.
        (
            r".{0,200}https?://(?:www\.)?(?:whatsapp\.com/channel|t\.me|news\.google\.com|play\.google\.com"
            r"|apps\.apple\.com)\S*.*",
            R.PROMO,
        ),
        (r"(?:loading|memuat)\s*\.{0,3}", R.NOT_CONTENT),
    )
)

# Lines that are chrome because of how they open.
LEAD_CUES: tuple[tuple[regex.Pattern[str], RemovedReason], ...] = tuple(
    (regex.compile(p, _F), reason)
    for p, reason in (
        (r"(?:simak|tonton|saksikan|lihat)\s+(?:juga\s+)?(?:video|live|siaran|tayangan)\b", R.PROMO),
        (r"(?:\[|\()?\s*(?:video|foto)\s*(?:\]|\))?\s*:", R.MEDIA),
        (r"(?:dapatkan|ikuti)\s+(?:update|berita|informasi|artikel)\b", R.PROMO),
        (r"(?:ingin|mau)\s+(?:tahu|dapat)\b.{0,80}(?:klik|ikuti|gabung|download)", R.PROMO),
    )
)

VIDEO_PROMO = regex.compile(r"^\s*(?:simak|tonton|saksikan|lihat)\s+(?:juga\s+)?video\b", _F)

RELATED_CUE = regex.compile(
    r"^\s*[\[(]?\s*(?:baca\s+(?:juga|pula|selengkapnya)|baca(?=\s*:)|cek\s+fakta(?=\s*:)|lihat\s+juga|simak\s+juga"
    r"|jangan\s+lewatkan"
    r"|berita\s+terkait|artikel\s+terkait|baca\s+berita\s+(?:lainnya|terkait)|klik\s+juga|related)"
    r"\s*[\])]?\s*(?:[:>»›|\-–—!]+\s*|\s+|$)(?P<title>.*)$",
    _F,
)
"""An in-text related link: "Baca Juga: <title>". The rest of the line is the linked title."""

# Reading time as outlets print it: waktu baca 2 menit, 2 menit baca, Waktu baca: 3 menit
READING_TIME = regex.compile(
    r"^\s*(?:waktu\s+baca|lama\s+baca|estimasi\s+baca|reading\s+time)\s*:?\s*(?P<m>\d{1,3})\s*(?:menit|min(?:utes?)?)"
    r"\s*$|^\s*(?P<m2>\d{1,3})\s*(?:menit|min(?:utes?)?)\s+(?:baca|membaca|read)\s*$",
    _F,
)

EDITOR_LABEL = regex.compile(
    r"^\s*(?:editor|penyunting|redaktur|red|penyelaras(?:\s+bahasa)?|editing)\s*[:.]\s*(?P<names>.+?)\s*$", _F
)
AUTHOR_LABEL = regex.compile(
    r"^\s*(?:penulis|reporter|pewarta|wartawan|kontributor|oleh|laporan\s+wartawan(?:\s+\S+){0,3}|writer"
    r"|by)\s*[:.]?\s+(?P<names>.+?)\s*$",
    _F,
)
TAGS_LABEL = regex.compile(r"^\s*(?:tag|tags|topik|kata\s+kunci|filed\s+under)\s*:\s*(?P<tags>.+?)\s*$", _F)

# Closing sign-offs: "(fyk/ash)", "[ran]", "(ren)", "(ant/red)", "(*)" — lower-case initials — anywhere
# at the end; capitals ("(FHM)", "(E-2)", "(AK/RN)") only alone or after a full stop, since a sentence may
# end on an acronym in brackets ("... Komisi Pemberantasan Korupsi (KPK)").
CLOSING_INITIALS = regex.compile(
    r"(?:(?:^|\s)[\[(]\s*(?P<names>[a-z]{2,6}(?:\s*[/,]\s*[a-z*]{1,6})*|\*"
    r"|\p{Lu}\p{Ll}{1,3}(?:\s*/\s*\p{Lu}\p{Ll}{1,3})+)\s*[\])]"
    r"|(?:^|(?<=[.!?…\"'”’]\s{0,3}))[\[(]\s*(?P<names>\p{Lu}{2,5}(?:\s*/\s*\p{Lu}{2,5})*|\p{Lu}{1,3}-\d{1,3})"
    r"\s*[\])])\s*$",
    regex.VERSION1,
)
# A named editor alone on the closing line: "(Surya Perkasa)".
CLOSING_NAME = regex.compile(
    r"^\s*\(\s*(?P<names>\p{Lu}[\p{L}'.]+(?:\s+\p{Lu}[\p{L}'.]*){0,4})\s*\)\s*$", regex.VERSION1
)

PHOTO_SOURCES = (
    "afp",
    "ap",
    "ap photo",
    "reuters",
    "antara",
    "antara foto",
    "epa",
    "getty",
    "getty images",
    "istimewa",
    "dok",
    "dok.",
    "dokumentasi",
    "shutterstock",
    "istock",
    "istockphoto",
    "freepik",
    "unsplash",
    "pixabay",
    "handout",
    "anadolu",
    "xinhua",
    "bloomberg",
    "net",
    "ist",
    "ilustrasi",
    "kompas.com",
    "detikcom",
    "tangkapan layar",
    "tangkap layar",
    "screenshot",
    "repro",
    "youtube",
    "instagram",
)

# A caption's closing credit: "(Foto: ANTARA/Budi)", "[Handout/Telegram/AFP]", "(@ZELENSKYYUA/X)".
CAPTION_CREDIT = regex.compile(
    r"^(?P<text>.*?\S)\s*(?:[\[(]\s*(?P<label>(?:foto|photo|dok|sumber|kredit|credit)\s*[:.]\s*)?(?P<credit>[^\[\]()]{2,90}?)"
    r"\s*[\])])\s*$",
    _F,
)

# Menu items that show a line is site navigation when several appear on it.
NAV_PHRASES = regex.compile(
    r"tentang\s+kami|pedoman\s+media\s+siber|kebijakan\s+privasi|ketentuan|syarat\s+(?:&|dan)\s+ketentuan"
    r"|kode\s+etik|redaksi|kontak(?:\s+kami)?|hubungi\s+kami|karir|karier|iklan|disclaimer|sitemap|bantuan"
    r"|info\s+iklan|panduan\s+komunitas|kerja\s*sama|privacy\s+policy|about\s+us|contact\s+us|terms",
    _F,
)

# Chrome that pasting glues onto the neighbouring line ("waktu baca 2 menitADVERTISEMENT").
GLUED_CUES = regex.compile(
    r"(ADVERTISEMENT|SCROLL TO CONTINUE WITH CONTENT|SCROLL TO RESUME CONTENT)", regex.VERSION1
)

# Indonesian function words: frequent in any Indonesian headline or paragraph and rare in English. Tells an
# Indonesian text from an English one (Malay shares most of them).
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
