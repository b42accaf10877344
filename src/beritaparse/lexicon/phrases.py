"""Cue phrases: how Indonesian news marks a line as something else than article text, and why.

What holds for every outlet is here (outlet-specific chrome lives in the outlet's adapter): the cues of
related links ("Baca juga"), advertisements, promotions and follow prompts, share bars, paging, footers,
tag lists and reading times. Word tables are lower case with single spaces; the line tables at the end are
``regex`` sources (case-insensitive) with the :class:`~beritaparse.model.RemovedReason` of a matching line,
built from the word tables above them so that each word is written once.
"""

from __future__ import annotations

from beritaparse.lexicon import alternation, names, roles
from beritaparse.model import RemovedReason

__all__ = [
    "AD_LABELS",
    "COMMENT_WORDS",
    "COPYRIGHT_MARKS",
    "CREW_CREDIT_LABELS",
    "FOLLOW_TARGETS",
    "FULL_LINE",
    "LEAD",
    "LINE_AD_LABELS",
    "MENU_ITEMS",
    "OTHER_STORIES_HEADING",
    "PAGER_LABELS",
    "PAYWALL_CUT",
    "PHOTO_CREDIT_LABELS",
    "PLAYER_CONTROLS",
    "PLAYER_LINE",
    "READING_TIME_LABELS",
    "READ_MORE",
    "RELATED_CUES",
    "RELATED_HEADINGS",
    "RELATED_LABELS",
    "REPUBLISHED",
    "SCROLL_PROMPTS",
    "SHARE_LABELS",
    "SHARE_TARGETS",
    "SIGN_UP_CALL",
    "SITE_ALONE",
    "SITE_BOX_HEADING",
    "SITE_PAGES",
    "SYNDICATION_VERBS",
    "TAG_LABELS",
    "TWEET_SIGNATURE",
    "VIDEO_TITLE_MARKS",
    "WATCH_OBJECTS",
    "WATCH_VERBS",
    "WRITER_BOX_LABEL",
    "ZOOM_LABELS",
    "CueRow",
]

R = RemovedReason

RELATED_CUES: tuple[str, ...] = (
    "also read",
    "artikel terkait",
    "baca berita lainnya",
    "baca berita terkait",
    "baca ini juga",
    "baca juga",
    "baca pula",
    "baca selengkapnya",
    "berita lainnya",
    "berita terkait",
    "jangan lewatkan",
    "klik juga",
    "lihat juga",
    "read also",
    "read more",
    "read next",
    "related",
    "related article",
    "related articles",
    "related news",
    "related post",
    "related posts",
    "related stories",
    "related story",
    "saksikan juga",
    "see also",
    "simak juga",
    "tonton juga",
)
"""Phrases that introduce a link to another story, in the text ("Baca juga: <title>") or above a list. The
English forms are those of the English-language Indonesian outlets (Antara English, Tempo English, Jakarta
Globe) and of blog themes ("Related Posts"): their chrome sits in these same tables, beside the Indonesian,
and is read the same way. "Related news" is written out although "related" is a cue: the longer cue is the
one that must match, or "news:" would open the linked title."""

RELATED_HEADINGS: tuple[str, ...] = (
    "artikel lainnya",
    "baca juga artikel lainnya",
    "baca juga artikel-artikel lainnya",
    "baca juga berita lainnya",
    "berita foto",
    "editor's picks",
    "editors' picks",
    "editors’ picks",
    "editor’s picks",
    "pos terkait",
    "postingan terkait",
    "terkait",
    "tulisan terkait",
)
"""Headings of a box of related links that are cues only as a whole line ("Terkait", Jetpack's heading in
Indonesian; "Baca juga artikel-artikel lainnya:" over a box of links, where "Baca juga" would take the
rest for a linked title; the box of picks IDN Media's sites put inside the text, "Editor’s picks"; KLY's
photo-story card set into the text, "Berita Foto"): "Terkait hal itu, ..." opens ordinary sentences."""

RELATED_LABELS: tuple[str, ...] = (
    "baca",
    "cek fakta",
    "editor's choice",
    "editor’s choice",
    "read",
    "tonton",
    "watch",
)
"""Words that introduce a linked story only with their colon ("Baca: <title>", "Cek Fakta: <title>", Tempo
English's "Read: <title>" and "Editor's Choice: <title>"): without it they open ordinary sentences."""

WATCH_VERBS: tuple[str, ...] = ("lihat", "saksikan", "simak", "tonton")
WATCH_OBJECTS: tuple[str, ...] = ("live", "siaran", "tayangan", "video")
"""A watch verb and its object make a video promotion: "Simak juga video ...", "Tonton siaran ..."."""

VIDEO_TITLE_MARKS: tuple[str, ...] = ("20detik", "[video]", "video")
"""Openings of a linked title that is a video, not a story (20detik is detik's video channel, named in its
"Baca juga" boxes across the network)."""

AD_LABELS: tuple[str, ...] = ("ads", "advertisement", "advertisment", "sponsored")
"""Advertisement labels that never open Indonesian prose."""
LINE_AD_LABELS: tuple[str, ...] = (
    "advertising",
    "iklan",
    "konten bersponsor",
    "konten sponsor",
    "sponsored content",
    "sponsored post",
)
"""Advertisement labels that are also ordinary words: a label only as a whole line ("Advertising" over the
ad slot an AMP template puts between paragraphs, Popbela's)."""

AD_PROVIDERS: tuple[str, ...] = ("advertiser", "pengiklan", "sponsor", "mitra")
"""Who a sponsored box says its content is from: "Konten di bawah ini disajikan oleh Advertiser"."""

SCROLL_PROMPTS: tuple[str, ...] = (
    # In English words and in Indonesian ones ("Gulir ke bawah untuk lanjut membaca").
    "geser ke bawah untuk", "gulir ke bawah untuk", "gulir untuk",
    "scroll down to", "scroll down untuk", "scroll ke bawah untuk", "scroll to", "scroll untuk",
)  # fmt: skip
"""The prompt an advertisement slot sits in: "SCROLL TO CONTINUE WITH CONTENT"."""

PAGER_LABELS: tuple[str, ...] = ("hal", "hal.", "halaman", "page", "pages")
"""The label a pager sets before its page numbers ("Halaman" / "1" / "2" / "3", "Pages:"): the label alone on
its line, and the numbers each on theirs, where the template sets them apart or a copy breaks them up."""

COPYRIGHT_MARKS: tuple[str, ...] = ("(c)", "copyright", "hak cipta", "©")
REPUBLISHED: tuple[str, ...] = tuple(
    f"artikel ini {done} {verb}" for done in ("sudah", "telah") for verb in ("dimuat", "tayang", "terbit")
)
"""The footer of a story syndicated from another outlet of the network (how it opens)."""

SYNDICATION_VERBS: tuple[str, ...] = (
    "dimuat",
    "dipublikasikan",
    "ditayangkan",
    "diterbitkan",
    "naik",
    "tayang",
    "terbit",
)
"""How a syndication note says the story appeared elsewhere: "Artikel ini telah naik di detikBali"."""

PHOTO_CREDIT_LABELS: tuple[str, ...] = tuple(
    sorted(w for w, r in roles.ROLE_WORDS.items() if r is roles.Role.PHOTO and w not in {"foto", "photo"})
)
"""Labels of a photographer's credit line ("Fotografer: Nama", "Pewarta Foto: Nama")."""

CREW_CREDIT_LABELS: tuple[str, ...] = tuple(
    sorted(
        w
        for w, r in roles.ROLE_WORDS.items()
        if r is roles.Role.OTHER and w not in {"sumber", "source", "ilustrasi", *roles.TRANSLATORS}
    )
)
"""Labels of a video's or a multimedia story's crew credited under it ("Videografer: Nama", "Produser:
Nama"): credited, for no part of the text. A source's label is a line of its own kind, an illustration's
may open a caption, a translator's is read with the credits."""

ZOOM_LABELS: tuple[str, ...] = (
    "klik gambar untuk perbesar", "klik untuk memperbesar", "lihat foto", "perbesar", "zoom",
)  # fmt: skip
"""The button on a picture that enlarges it ("Perbesar", Liputan6's; "Klik gambar untuk perbesar", its mobile
gallery's): its caption is right under it."""

SHARE_LABELS: tuple[str, ...] = ("bagikan", "share")
"""A share bar's label ("Share:", "Bagikan"): run into the byline before it, no part of a name."""

SHARE_TARGETS: tuple[str, ...] = (
    "copy link",
    "e-mail",
    "email",
    "facebook",
    "instagram",
    "line",
    "linkedin",
    "pinterest",
    "salin link",
    "telegram",
    "threads",
    "tiktok",
    "twitter",
    "wa",
    "whatsapp",
    "x",
)
"""Names on a share bar; a line of two or more of them is the bar."""

FOLLOW_TARGETS: tuple[str, ...] = (
    "aplikasi",
    "app store",
    "apps",
    "channel",
    "facebook",
    "google news",
    "instagram",
    "media sosial",
    "medsos",
    "newsletter",
    "notifikasi",
    "our app",
    "play store",
    "saluran",
    "social media",
    "sosial media",
    "telegram",
    "the app",
    "tiktok",
    "twitter",
    "update berita",
    "whatsapp",
    "youtube",
)
"""What a follow or download prompt asks the reader to follow: "Ikuti kami di Google News"."""

SITE_PAGES: tuple[str, ...] = (
    "articles",
    "artikel",
    "atas",
    "beranda",
    "berita",
    "daftar",
    "halaman",
    "home",
    "indeks",
    "index",
    "kanal",
    "list",
    "news",
    "rubrik",
    "top",
    "warta",
)
"""The pages of a site a link back to it names: "Kembali ke Beranda", "Back to top", "Kembali ke Warta"."""

COMMENT_WORDS: tuple[str, ...] = ("comment", "comments", "komentar")
"""The words that head a section of readers' comments ("Komentar", "16 Komentar", "Tulis Komentar")."""

TAG_LABELS: tuple[str, ...] = (
    "filed under",
    "kata kunci",
    "keywords",
    "tag",
    "tag terkait",
    "tags",
    "topics",
    "topik",
    "topik menarik",
    "topik terkait",
)
"""Labels of a tag list ("Tags: Banjir, Jakarta"); "topic" also labels a bare tag heading."""

READING_TIME_LABELS: tuple[str, ...] = ("estimasi baca", "lama baca", "reading time", "waktu baca")

MENU_ITEMS: tuple[str, ...] = (
    "about us",
    "bantuan",
    "contact us",
    "disclaimer",
    "hubungi kami",
    "iklan",
    "info iklan",
    "karier",
    "karir",
    "kebijakan privasi",
    "kerja sama",
    "kerjasama",
    "ketentuan",
    "kode etik",
    "kontak",
    "kontak kami",
    "panduan komunitas",
    "pedoman media siber",
    "privacy policy",
    "redaksi",
    "sitemap",
    "syarat & ketentuan",
    "syarat dan ketentuan",
    "tentang kami",
    "terms",
)
"""Footer menu items: a line with several of them is site navigation."""

_WATCH = alternation(WATCH_VERBS)
_SHARE = alternation(SHARE_TARGETS)

CueRow = tuple[str, RemovedReason] | tuple[str, RemovedReason, tuple[str, ...]]
"""A row of a line table: a ``regex`` source (case-insensitive), the reason of a matching line, and for a row
that opens on a wide run (``.{0,200}``), the words a line must hold (any one of them, in lower case) for the
source to match it: the rules run such a row only on lines that hold one (see
:class:`beritaparse.rules.cues.CueTable`)."""

# The headings of a site's own boxes in its footer or sidebar: who runs it, how to reach it, where to follow
# it ("Tentang Kami", "Hubungi Kami", "Ikuti Kami"), or about the site by its address ("Tentang Cek Fakta
# Liputan6.com": a fact-check desk's standing blurb). What they head is never the article's.
SITE_BOX_HEADING = (
    r"tentang\s+kami|about\s+us|disclaimer|(?:hubungi|kontak)\s+kami|contact\s+us|ikuti\s+kami|follow\s+us"
    rf"|(?:tentang|about)(?:\s+\S+){{0,3}}?\s+[\w-]+\.{alternation(names.DOMAIN_ENDINGS)}"
    r"|(?:alamat|kantor|susunan)\s+redaksi"
)

# The label over the box about the writer under the text: "Tentang Penulis", "About the Author". The box names
# the writer, then tells of them.
WRITER_BOX_LABEL = r"(?:tentang|profil|biodata)\s+(?:penulis|author)|about\s+the\s+author"

# How a paywall opens, where it cuts the text: "Subscribe to continue reading", "Silakan berlangganan untuk
# menikmati akses penuh ...", "Kuota artikel gratis Anda sudah habis", "Artikel ini khusus untuk pelanggan".
# Such a line is chrome, and so is the box it opens (its packages, prices and buttons).
PAYWALL_CUT = (
    r"(?:subscribe|sign\s+in|log\s*in|register)\s+(?:now\s+)?to\s+(?:continue|keep|read|unlock|access)\b"
    r"|(?:silah?kan\s+|yuk\s+|ayo\s+)?(?:berlangganan|langganan)\s+(?:sekarang\s+)?untuk\s+"
    r"(?:melanjutkan|lanjut|membaca|menikmati|mengakses|membuka)\b"
    r"|(?:silah?kan\s+)?(?:masuk|login|log\s+in|daftar)\s+untuk\s+"
    r"(?:melanjutkan\s+membaca|membaca\s+(?:artikel|berita|selengkapnya))\b"
    r"|kuota\s+(?:artikel|baca(?:an)?)\b"
    r"|(?:artikel|konten|berita|tulisan)\s+(?:ini\s+)?(?:khusus|hanya|eksklusif)\s+(?:untuk|bagi)\s+"
    r"(?:pelanggan|member|anggota|subscriber)"
    r"|this\s+(?:article|story|content)\s+is\s+(?:only\s+)?(?:for|available\s+(?:only\s+)?to|exclusive\s+to)\s+"
    r"(?:our\s+)?(?:subscribers|members|premium)"
)
TWEET_SIGNATURE = r"[-–—]\s*.{1,60}\(@\w{1,30}\)\s+\w+\s+\d{1,2},\s+\d{4}"
"""The signature under an embedded tweet: "— MoFA Indonesia (@Kemlu_RI) January 23, 2021". Copied as text, the
tweet leaves its words on the line above it and this signature under them."""

# The lines of a web video player's interface, which a copy of the page takes with the text (the player's
# labels for screen readers, its time displays and dialogs are text in its markup): Video.js's default
# English strings, and MediaElement.js's (WordPress's player). Each says it is a player's, alone on its
# line: "Video Player is loading.", "Current Time 0:00", "Loaded: 0%", "Beginning of dialog window. Escape
# will cancel and close the window.", the caption settings' options run together ("TextColorWhiteBlack...").
PLAYER_LINE = (
    r"(?:video|audio|media)\s*player\s+is\s+loading\.?"
    r"|(?:current\s*time|duration|remaining\s*time)\s*-?\s*\d{1,2}(?::\d\d){1,2}"
    r"(?:\s*/\s*(?:duration\s*)?\d{1,2}(?::\d\d){1,2})?"
    r"|(?:loaded|progress)\s*:\s*\d{1,3}(?:[.,]\d+)?\s*%"
    r"|stream\s*type\s*live|seek\s+to\s+live,\s*currently\s+(?:playing|behind)\s+live"
    r"|(?:captions|subtitles|descriptions|chapters)\s+(?:off|settings)"
    r"(?:\s*,\s*(?:selected|opens\s+\w+\s+settings\s+dialog))*"
    r"|this\s+is\s+a\s+modal\s+window\.?(?:\s*this\s+modal\s+can\s+be\s+closed\b.*)?"
    r"|this\s+modal\s+can\s+be\s+closed\s+by\s+pressing\s+the\s+escape\s+key\b.*"
    r"|(?:beginning|end)\s+of\s+dialog\s+window\b.*|close\s+modal\s+dialog|caption\s+settings\s+dialog"
    r"|(?:the\s+media\s+(?:could\s+not\s+be\s+loaded|playback\s+was\s+aborted|is\s+encrypted)"
    r"|no\s+compatible\s+source\s+was\s+found|a\s+network\s+error\s+caused\s+the\s+media"
    r"|you\s+aborted\s+the\s+media\s+playback)\b.*"
    r"|text\s*colou?r\s*white\s*black\b.*|reset\s*restore\s+all\s+settings\s+to\s+the\s+default\s+values"
    r"(?:\s*done)?"
    r"|use\s+up/down\s+arrow\s+keys\s+to\s+(?:increase\s+or\s+decrease\s+volume|adjust\b).*"
    r"|media\s+error\s*:.*|download\s+file\s*:\s*https?://\S+"
)
"""A line of a web video player's interface that only a player shows (:data:`PLAYER_CONTROLS` are the
labels of its buttons and menus, which read as a player's only beside such a line)."""
PLAYER_CONTROLS: tuple[str, ...] = (
    "audio player",
    "audio track",
    "background",
    "black",
    "blue",
    "captions",
    "captions/subtitles",
    "casual",
    "chapters",
    "close",
    "color",
    "cyan",
    "depressed",
    "descriptions",
    "done",
    "drop shadow",
    "dropshadow",
    "exit fullscreen",
    "exit picture-in-picture",
    "font family",
    "font size",
    "fullscreen",
    "green",
    "live",
    "magenta",
    "modal window",
    "monospace sans-serif",
    "monospace serif",
    "mute",
    "non-fullscreen",
    "none",
    "opaque",
    "pause",
    "picture-in-picture",
    "play",
    "play video",
    "playback rate",
    "progress bar",
    "proportional sans-serif",
    "proportional serif",
    "raised",
    "red",
    "replay",
    "reset",
    "script",
    "semi-transparent",
    "small caps",
    "subtitles",
    "text",
    "text edge style",
    "time slider",
    "transparency",
    "transparent",
    "uniform",
    "unmute",
    "video player",
    "volume level",
    "white",
    "window",
    "yellow",
)
"""The labels of a web video player's buttons and menus (Video.js, MediaElement.js), each a line of its own
in a copy: a player's only in a run of such lines that holds a :data:`PLAYER_LINE`."""

# A house promo's closing call to sign up or buy "here", the link's words: "... Acaranya gratis lho guys, jadi
# daftar sekarang ya di sini!". News prose does not end on such a call, whatever its length.
SIGN_UP_CALL = (
    r"(?:daftar|download|unduh|beli|pesan|klaim)\s+(?:\w+\s+){0,2}?sekarang\s+(?:juga\s+)?(?:ya\s+)?"
    r"(?:di\s*sini|here)"
    # ... or on the call to click, after what it gives: "Baca berita dengan sedikit iklan, klik di sini",
    # "Caranya mudah, cukup KLIK TAUTAN INI ya."
    r"|[,.]\s*(?:silakan\s+|cukup\s+)?(?:klik|click)\s+(?:di\s*sini|here|link\s+ini|tautan\s+ini)(?:\s+(?:ya|saja))?"
)

# The last part of a site's name as picture credits write it (".com", ".co.id", ".blogspot.co.id").
_SITE_ENDINGS = (
    *("au", "blog", "co", "com", "id", "info", "io", "me"),
    *("my", "net", "news", "org", "sg", "tv", "uk", "us"),
)
READ_MORE = r"(?:lihat(?:\s+(?!(?:artikel|berita)\b)[\w&-]+){0,2}\s+|baca\s+)?selengkapnya\s*[»>›↓]*"
"""A "read more" link's label alone on its line ("Selengkapnya", "Lihat Selengkapnya", "Lihat Nasional
Selengkapnya": a section's, under its box), under a teaser's or a card's excerpt: what stands right above it
is another page's. "Lihat Artikel Selengkapnya" is a paged text's button (a row of its own)."""
# A site's name alone on its line, under a picture: where the picture is from ("nz.pinterest.com",
# "www.agoda.com", "lilyrianitravelholic.blogspot.co.id"). An address the text gives for the reader to visit
# is written in full, with its scheme or its path ("http://en.contoh.com/", "www.twitter.com/x").
SITE_ALONE = rf"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.{alternation(_SITE_ENDINGS)}"
# An ad slot's size as its placeholder shows it: "728 x 90 px", "300x250", "320 x 100 pixel".
_AD_SIZE = r"\d{2,4}\s*[x×]\s*\d{2,4}(?:\s*(?:px|pixels?))?"

OTHER_STORIES_HEADING = (
    r"(?:(?:berita|artikel|topik|video|foto|galeri|kabar|konten|pos(?:-pos)?|tulisan|postingan)\s+(?:terkait|lainnya|terpopuler"
    r"|terbaru|terkini|pilihan|rekomendasi|populer)|rekomendasi(?:\s+untuk\s+(?:anda|kamu))?"
    # A box of the day's or the week's favourites: "Trending Hari Ini", "Terpopuler Minggu Ini".
    r"|(?:terpopuler|populer|trending)(?:\s+(?:now|hari\s+ini|minggu\s+ini|pekan\s+ini|sepekan))?"
    r"|terkini(?:\s+lainnya)?|terbaru|arsip"
    r"|editor(?:['’]?s|s['’])?\s+picks?|pilihan\s+(?:editor|redaksi)|most\s+(?:popular|read|viewed|shared)"
    r"|recommended(?:\s+for\s+you)?|you\s+(?:may|might)\s+also\s+like|latest\s+(?:news|stories)"
    r"|more\s+(?:news|stories))"
)
"""The heading of a box of other stories ("Berita Terpopuler", "Rekomendasi", "Trending Hari Ini",
"RECOMMENDED", "Most Read"): chrome alone on its line, and the linked titles under it are not the text."""

FULL_LINE: tuple[CueRow, ...] = (
    # The label as a slot's heading sets it, between dashes or stars ("- Advertisement -", tagDiv's).
    (rf"[-–—~*=\s]*{alternation(AD_LABELS + LINE_AD_LABELS)}[-–—~*=\s]*", R.ADVERTISEMENT),
    # An ad slot's placeholder, shown where no ad was served: its sizes, its name and the files it takes ("728
    # x 90 px", "300 x 250 px or 320 x 100 px", "In Article 2", ".jpg, .png, .gif, .html5 | Max 100 KB").
    (
        rf"(?:ads?\s+)?{_AD_SIZE}(?:\s*(?:or|atau|/|,)\s*{_AD_SIZE})*|in[\s-]article(?:\s+(?:ads?\s+)?\d{{1,2}})?"
        r"|(?:\.\w{2,5}\s*,?\s*){2,}\|?\s*max\.?\s*\d+\s*[km]b",
        R.ADVERTISEMENT,
    ),
    # A recommendation widget's credit under its sponsored links: "Recommended by" (popIn's), "Recommended by
    # Outbrain", "Promoted by Taboola".
    (r"(?:recommended|promoted|sponsored|ads)\s+by(?:\s+\w+)?", R.ADVERTISEMENT),
    # The prompt to scroll past an ad slot, after the slot's label too ("Iklan - Scroll untuk Melanjutkan").
    (
        rf"(?:{alternation(AD_LABELS + LINE_AD_LABELS)}\s*[-–—|:·]?\s*)?"
        rf"{alternation(SCROLL_PROMPTS)}\s+(?:continue|resume|read|(?:me)?lanjut|(?:mem)?baca)\w*(?:\s+\w+){{0,3}}\.?",
        R.ADVERTISEMENT,
    ),
    (r"(?:lanjutkan|lanjut)\s+(?:mem)?baca(?:\s+artikel)?(?:\s+di\s+bawah)?\s*[↓⬇▼»>]*", R.ADVERTISEMENT),
    # The line over or under the slot that says the text goes on past it: "Artikel berlanjut setelah iklan",
    # "Konten berlanjut di bawah ini"; and the slot's own buttons ("Laporkan iklan", "Report this ad").
    (
        r"(?:artikel|berita|konten|tulisan)\s+(?:ini\s+)?berlanjut\s+(?:setelah|sesudah|di\s+bawah)"
        r"(?:\s+(?:iklan|ini))?(?:\s+(?:berikut|ini))?\.?\s*[↓⬇▼»>]*",
        R.ADVERTISEMENT,
    ),
    (
        r"(?:laporkan|tutup|sembunyikan)\s+iklan(?:\s+ini)?|(?:report|close|hide)\s+(?:this\s+)?ad",
        R.ADVERTISEMENT,
    ),
    # The disclaimer over a box of sponsored links, with the line that the newsroom had no hand in it:
    # "Konten di bawah ini disajikan oleh Advertiser. Jurnalis ... tidak terlibat dalam materi konten ini."
    (
        r"konten\s+(?:di\s+bawah\s+ini|berikut(?:\s+ini)?)\s+(?:disajikan|dipersembahkan)\s+oleh\s+"
        rf"{alternation(AD_PROVIDERS)}\b[.!]?(?:\s+.{{0,80}}?\btidak\s+terlibat\b[^.]{{0,80}}\.?)?",
        R.ADVERTISEMENT,
    ),
    # A page's counter, "halaman" written or not ("1 dari 2 halaman", Bola.net's "1 dari 2"), and a gallery's
    # slide counter ("Foto 3 dari 10"; "Foto dari", a template's placeholder its script fills the numbers in).
    # A photo viewer's counter alone ("1 / 7", "1/6").
    (
        r"(?:(?:foto|gambar|slide|photo)\s+)?\d{1,3}\s+dari\s+\d{1,3}(?:\s+halaman)?"
        r"|(?:foto|gambar|slide|photo)\s+dari(?:\s+\d{1,3})?|\d{1,3}\s*/\s*\d{1,3}",
        R.PAGING,
    ),
    (READ_MORE, R.NAVIGATION),
    # A box's link to all its items ("Lihat Semua", "Lihat Semua Tag"), alone on its line.
    (r"lihat\s+semua(?:\s+[\w&-]+){0,2}\s*[»>›]*", R.NAVIGATION),
    # The account a picture is from, alone on its line under it ("instagram.com/vatemat", KLY's credits); an
    # address the text gives its reader stands in a sentence or under a label.
    (rf"(?:https?://)?(?:www\.)?{alternation(names.SOCIAL_NETWORKS)}\.com/[\w.@-]+/?", R.MEDIA),
    # A picture's source alone on its line under it, with its photographer or not ("Freepik", "Unsplash/Nama
    # Fotografer", IDN Media's credits): a stock library or "Istimewa" credits no text. In capitals with a
    # name ("PIXABAY/NAMA FOTOGRAFER", "ANTARA FOTO/Nama/foc") it is an agency's form, which closes the
    # caption line above it.
    (
        rf"(?!(?-i:\p{{Lu}}[\p{{Lu}}\s]*)/){alternation(names.PHOTO_SOURCES)}"
        r"(?:\s*/\s*[^/]{1,40}){0,2}",
        R.MEDIA,
    ),
    # A video player's label alone over it.
    (r"video", R.MEDIA),
    (PLAYER_LINE, R.MEDIA),
    # A gallery card's count of its further photos, over the card's picture ("+7", "+12 Foto").
    (r"\+\s?\d{1,3}(?:\s+(?:foto|photos?|gambar))?", R.MEDIA),
    (r"[·•|/\\\-–—_*~.,:;]+", R.BOILERPLATE),
    # One letter alone says nothing: a font-size button ("A", Okezone's three of them), an icon's letter.
    (r"\p{L}", R.BOILERPLATE),
    # The button that shows the rest of a text split into pages ("Baca Artikel Selengkapnya", IDN Times').
    (r"(?:baca|lihat|tampilkan)\s+(?:artikel|berita)\s+selengkapnya\s*[»>›↓]*", R.PAGING),
    # A template's empty field printed as its script's value: a writer's bio shown as "null".
    (r"null|undefined", R.BOILERPLATE),
    # A writers' platform's disclaimer under a reader's piece: "IDN Times Community adalah media yang
    # menyediakan platform untuk menulis. Semua karya tulis yang dibuat adalah sepenuhnya tanggung jawab dari
    # penulis.", "Konten ini menjadi tanggung jawab bloger ...", "... isi dari tulisan di luar tanggung jawab
    # redaksi", "Merdeka.com tidak bertanggung jawab atas hak cipta dan isi artikel ini, dan tidak memiliki
    # afiliasi dengan penulis". The newsroom's own words on what it answers for ("menjadi tanggung jawab
    # redaksi") may be a story's: only "di luar" (outside it) or a denial names a disclaimer.
    (
        r"(?:.{0,160}?\b)?(?:isi|karya\s+tulis|tulisan|artikel|konten|opini)\b.{0,80}\b(?:tanggung\s+jawab\s+"
        r"(?:dari\s+|sepenuhnya\s+)?(?:penulis|pengirim|kontributor|blogg?er)|di\s+luar\s+tanggung\s+jawab\s+"
        r"redaksi)\b.*"
        r"|(?:.{0,80}?\b)?tidak\s+bertanggung\s+jawab\s+atas\s+(?:[\w\s,]{0,40}\s)?(?:isi|konten)\s+"
        r"(?:(?:artikel|tulisan|berita|konten)\s+)?ini\b.*",
        R.FOOTER,
        ("tanggung",),
    ),
    # A share bar's label, alone or flattened with its buttons ("Bagikan: Facebook Twitter WhatsApp"), or
    # its button's call ("Share now", "Bagikan sekarang").
    (
        r"(?:bagikan|share|tweet|salin\s+(?:link|tautan)|copy\s+link|kirim)"
        r"(?:\s+(?:artikel|berita)\s+ini|\s+(?:now|sekarang))?\s*:?"
        rf"(?:\s*[,|·•]?\s*{_SHARE})*",
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
    (rf"(?:{_SHARE}\s*[,|·•]?\s*){{2,}}", R.SHARE),
    # The button of a newsletter box inside the text: "Daftarkan email" (Kompas), "Sign up".
    (r"daftarkan\s+(?:alamat\s+)?e-?mail(?:\s+(?:kamu|anda))?|sign\s+up(?:\s+now)?", R.PROMO),
    (
        r"(?:halaman|page)\s*(?:selanjutnya|berikutnya|sebelumnya|\d+(?:\s*(?:dari|/)\s*\d+)?)(?:\s*[»>›]+)?",
        R.PAGING,
    ),
    (r"(?:selanjutnya|berikutnya|sebelumnya|next|prev(?:ious)?)\s*[»>›<«‹]*", R.PAGING),
    # The pager's button naming the next page's subheading: "Selanjutnya: Jalannya Pertandingan...".
    (
        r"(?:selanjutnya|berikutnya|next(?:\s+page)?|halaman\s+(?:selanjutnya|berikutnya))\s*:\s*"
        r"[^.!?…]{1,80}(?:\.\.\.|…)?",
        R.PAGING,
    ),
    (r"\d+(?:\s+\d+)+(?:\s*(?:selanjutnya|next|»|›))?", R.PAGING),
    (rf"{alternation(COPYRIGHT_MARKS)}.*", R.FOOTER),
    (r".*(?:all\s+rights\s+reserved|hak\s+cipta\s+dilindungi).*", R.FOOTER, ("reserved", "dilindungi")),
    (r"\d{4}\s*©.*", R.FOOTER),
    (r"version\s+\d+(?:\.\d+)+", R.FOOTER),
    # Where the story ran in the printed paper: "Paper Edition | Page: 13", "Edisi cetak, halaman 5", "This
    # article appeared in the print edition of The Jakarta Post with the title ...".
    (
        r"this\s+(?:article|story)\s+(?:appeared|was\s+published|first\s+appeared)\s+(?:in|on)\s+(?:the\s+)?"
        r"(?:print|paper)\s+edition\b.*",
        R.FOOTER,
        ("edition",),
    ),
    (
        r"(?:paper|print)\s+edition(?:\s*[|,:]\s*page\s*:?\s*\d+)?"
        r"|edisi\s+cetak(?:\s*[|,:]?\s*halaman\s*:?\s*\d+)?",
        R.FOOTER,
    ),
    # Syndication notes: "Artikel ini telah tayang di Tribunnews.com", "... telah naik di detikBali".
    (
        r"(?:artikel|berita|tulisan|konten)\s+ini\s+(?:telah\s+|sudah\s+|pertama\s+kali\s+|juga\s+)*"
        rf"{alternation(SYNDICATION_VERBS)}\s+(?:di|pada|dalam)\b.*",
        R.FOOTER,
    ),
    # A network's or a sponsor's note on the story: "Artikel ini merupakan bagian dari Parapuan.", "Konten ini
    # adalah bagian dari kerja sama ...".
    (r"(?:artikel|berita|tulisan|konten)\s+ini\s+(?:merupakan|adalah)\s+bagian\s+dari\b.*", R.FOOTER),
    (r"(?:sumber|source)\s*:\s*.{1,80}", R.BOILERPLATE),
    # A picture's or a video's credit, its editor's too ("Video Editor: Nama"): no credit of the text.
    (r"(?:foto|photo|video|grafis|infografis|graphics?)(?:\s+editor)?\s*:\s*[^?!]{1,40}", R.MEDIA),
    # A credit label alone says whose the picture is: "credit: instagram.com/nama" (KLY's), "Image credit:
    # Reuters", "Kredit foto: Antara".
    (
        r"(?:(?:foto|photo|image|gambar)\s+)?(?:credits?|kredit)(?:\s+(?:foto|gambar))?\s*:\s*[^?!]{1,60}",
        R.MEDIA,
    ),
    (r"\[?gambas\s*:.*", R.MEDIA),
    # Agency photo terms and gallery controls.
    # A photographer's label, its name after it or on the next line ("Photographer:" / "Liputan6.com").
    (rf"mandatory\s+credit\s*:.*|{alternation(PHOTO_CREDIT_LABELS)}\s*:\s*.{{0,60}}", R.MEDIA),
    (rf"{alternation(CREW_CREDIT_LABELS)}\s*:\s*[^?!]{{1,60}}", R.MEDIA),
    (r"(?:sumber\s+(?:foto|gambar|video)\s*:|dok\.|dok\s*:|dokumentasi\s*:)\s*[^.!?]{1,50}", R.MEDIA),
    (
        r"(?:vote|rate)\s+(?:this\s+)?photo|more\s+photos|rating\s*\(.{0,20}\)",
        R.MEDIA,
    ),
    (rf"{alternation(ZOOM_LABELS)}|tampilkan\s+semua|show\s+all", R.MEDIA),
    # The signature under an embedded tweet: "— MoFA Indonesia (@Kemlu_RI) January 23, 2021".
    (TWEET_SIGNATURE, R.MEDIA),
    # The credit under an embedded Instagram post: "A post shared by IDN Times (@idntimes) on Jul 15, 2019".
    (r"a\s+post\s+shared\s+by\b.{0,120}", R.MEDIA),
    # The embed's link above the post: "View this post on Instagram".
    (r"(?:view|lihat)\s+(?:this\s+)?(?:post|postingan)(?:\s+(?:ini\s+)?(?:on|di)\s+instagram)?", R.MEDIA),
    (
        rf"(?:ikuti|follow|dapatkan|get|gabung|join|subscribe|download|unduh|install).{{0,120}}"
        rf"{alternation(FOLLOW_TARGETS)}.*",
        R.PROMO,
    ),
    # The same call after a sentence that says what the channels hold ("<Site> juga punya konten video lho!
    # Subscribe channel Youtube <Site> di sini ..."). It points the reader "here" or at "our" channel: a
    # source quoted on what to follow on Instagram points nowhere.
    (
        r".{1,80}?[.!?]+\s+(?:ikuti|follow|gabung|join|subscribe|add|tambahkan)\b.{0,120}"
        rf"{alternation(FOLLOW_TARGETS)}.{{0,80}}\b(?:di\s*sini|here|kami|our)\b.*",
        R.PROMO,
        tuple(t for t in FOLLOW_TARGETS if " " not in t),
    ),
    (
        r"(?:(?:click|klik)\s+(?:here|di\s*sini)\s+(?:to|untuk)\s+)?"
        r"(?:jangan\s+sampai\s+ketinggalan|don'?t\s+miss(?:\s+out)?|(?:silah?kan\s+)?(?:langganan|berlangganan)"
        r"|subscribe)\b.{0,160}",
        R.PROMO,
    ),
    # A paywall's lines under the text it cuts ("Kuota artikel gratis Anda sudah habis", "Lihat paket
    # lainnya", "Sudah punya akun? Klik di sini", "Daftar Tempo ID untuk mendapatkan 5 artikel eksklusif
    # gratis").
    (
        rf"(?:{PAYWALL_CUT}).{{0,120}}|(?:lihat|see)\s+(?:paket|other\s+packages?)\b.{{0,40}}"
        r"|sudah\s+(?:punya\s+akun|berlangganan|(?:men)?jadi\s+(?:pelanggan|member|anggota))\b.{0,80}"
        r"|daftar(?:kan\s+diri)?\s+\S+(?:\s+\S+){0,3}\s+untuk\s+(?:mendapatkan|membaca)\s+\d+\s+artikel\b.{0,120}",
        R.PROMO,
    ),
    # An email newsletter's own lines around the story it carries: why it came, how to stop it, where to
    # read it on the web ("Anda menerima email ini karena berlangganan ...", "Berhenti berlangganan").
    (
        r"(?:anda|kamu|you)\s+(?:menerima|mendapat(?:kan)?|received?|are\s+receiving|get)\s+"
        r"(?:(?:email|e-mail|surel|pesan)\s+ini|this\s+(?:email|e-mail|message))\b.*",
        R.FOOTER,
        ("email", "mail", "surel", "pesan", "message"),
    ),
    (r"(?:berhenti\s+berlangganan|unsubscribe)\b.{0,120}", R.FOOTER),
    # The mail's masthead: "Contoh Newsletter", "Newsletter Pagi".
    # Gated on its word: a row opening on any word would be tried on every line.
    (r"(?:[\w.-]+\s+){0,3}newsletter(?:\s+[\w.-]+){0,2}", R.PROMO, ("newsletter",)),
    (
        r"(?:lihat|buka|baca|view|open|read)\s+(?:email\s+ini\s+|this\s+email\s+|versi\s+)?"
        r"(?:di|dalam|in|on)\s+(?:the\s+)?(?:browser|peramban|web)(?:\s+\w+)?",
        R.BOILERPLATE,
        ("browser", "peramban", "web"),
    ),
    # The confirmation a sign-up box shows, a message and no sentence: "Email berhasil dikirim, sekarang
    # anda sudah berlangganan disini".
    (
        r"[^.!?]{0,60}\b(?:berhasil|sukses|successfully|thank\s+you|terima\s+kasih)\b[^.!?]{0,80}"
        r"\b(?:berlangganan|subscribed?)\b[^.!?]{0,60}",
        R.PROMO,
        ("berlangganan", "subscribe"),
    ),
    (
        r"(?:jangan\s+lupa|yuk|ayo)\b.{0,160}(?:ikuti|follow|subscribe|like|share|bagikan|simak|klik|gabung).*",
        R.PROMO,
    ),
    (r".{0,80}google\s+news.{0,80}", R.PROMO, ("google",)),
    (
        r".{0,200}(?:info\s+(?:lebih\s+)?lengkap|selengkapnya|klik|kunjungi|daftar\s+(?:sekarang|di))"
        r"\s*(?:di\s*)?:?\s*(?:https?://)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?\s*",
        R.PROMO,
        ("info", "selengkapnya", "klik", "kunjungi", "daftar"),
    ),
    (rf"(?:{alternation(TAG_LABELS)}|topic)\s*:?\s*#?", R.TAGS),
    (
        rf"(?:\d+\s+)?(?:{alternation(COMMENT_WORDS)}|tulis\s+komentar|berikan\s+komentar).{{0,40}}",
        R.NOT_CONTENT,
    ),
    # A reactions widget's prompt under the text ("Berikan Reaksimu Tentang Artikel di Atas", "Bagaimana
    # reaksi Anda?"): its buttons' counts follow.
    (r"(?:berikan|bagaimana|apa)\s+reaksi\s*(?:mu|\s+(?:anda|kamu))?(?:\s+\S+){0,5}", R.NOT_CONTENT),
    # WordPress's heading over its comments, naming the post in quotes: "3 tanggapan untuk “Judul”",
    # "Satu tanggapan pada “Judul”", "One thought on “Judul”", "2 Responses".
    (
        r"(?:\d+|satu|one|no)\s+(?:tanggapan|balasan|komentar|thoughts?|responses?|replies|comments?)"
        r"(?:\s+(?:untuk|pada|on|to)\s+[“\"«][^“”\"«»]{0,200}[”\"»])?",
        R.NOT_CONTENT,
    ),
    # A comment form's heading or button ("Send Comment", "Kirim Komentar"), and the print and e-mail
    # buttons of a share box, each alone on its line.
    (
        r"(?:send|post|write|leave|add|show|view|hide|see|kirim|tulis|berikan|beri|lihat)\s+(?:a\s+|your\s+|all\s+)?"
        r"(?:comments?|komentar)",
        R.NOT_CONTENT,
    ),
    (r"(?:print|cetak|e-?mail)(?:\s+(?:this\s+)?(?:article|story|artikel|berita|ini))?", R.SHARE),
    # A fact-check box ("Cek Fakta" over a verdict link) and the reading promos of news apps.
    (r"cek\s+fakta\s*:?(?:\s+\S+){0,2}", R.PROMO),
    (r".{0,120}\blangsung\s+di\s+(?:ponsel|hp|gawai|smartphone|handphone)\w*\b.*", R.PROMO, ("langsung",)),
    # An invitation whose link is a channel, a feed or a store page.
    (
        r".{0,200}https?://(?:www\.)?(?:whatsapp\.com/channel|t\.me|news\.google\.com|play\.google\.com"
        r"|apps\.apple\.com)\S*.*",
        R.PROMO,
        ("http",),
    ),
    # The site's account on one platform, a line of a box of them ("TikTok: https://www.tiktok.com/@situs",
    # "Instagram: @situs"): the platform, a colon and the address or handle alone.
    (rf"(?:{alternation(SHARE_TARGETS)}|youtube)\s*:\s*(?:https?://|www\.|@)\S+", R.PROMO),
    # A channel's or a section's address under a few words naming it, on a line of its own ("Berita Teknologi
    # dan Gadget: https://tekno.kompas.com", a box of the desk's channels): a site's home, no page of it (a
    # source the text cites has a path).
    (r"(?:[\w&'’-]+\s+){0,5}[\w&'’-]+\s*:\s*https?://[\w-]+(?:\.[\w-]+)+/?", R.PROMO, ("http",)),
    # A shop box's button under each product ("Shop Now", "Beli Sekarang", "Cek Harga"): the product's name
    # and price above it go with it (rules/blocks._drop_promo_box).
    (
        r"(?:shop|buy|order)\s+(?:it\s+)?now|(?:beli|belanja|pesan)\s+sekarang|(?:cek|lihat)\s+harga"
        r"|check\s+(?:the\s+)?price|add\s+to\s+(?:cart|bag)|tambah(?:kan)?\s+ke\s+keranjang",
        R.PROMO,
    ),
    # A question on the video and the call to watch it above or below: "Seperti apa tips traveling seru ala
    # Nicholas Saputra? Yuk, kita cek video di atas!" (Fimela's caption under its video).
    (
        rf".{{0,160}}[?!.]\s+(?:yuk|ayo|mari)[,!]?\s+(?:kita\s+)?(?:cek|{_WATCH})\s+video(?:nya)?"
        r"(?:\s+(?:di\s+)?(?:atas|bawah|berikut))?(?:\s+ini)?\s*[.!]*",
        R.PROMO,
        ("video",),
    ),
    # A line of hashtags alone ("#Xiaomi #Xiaomi12 #Tekno", a campaign's "#changemaker"): a video's, a post's
    # or a campaign's tags, no sentence.
    (r"#\p{L}[\p{L}\p{N}_]*(?:\s+#[\p{L}\p{N}_]+)*", R.TAGS),
    (r"(?:loading|memuat)\s*\.{0,3}", R.NOT_CONTENT),
    # Paywalls and sign-up prompts of English-language outlets ("Log in to continue reading", "Already a
    # subscriber? Sign in", "Become a subscriber", "Support independent journalism").
    (
        r"(?:sign\s+up|register)\s+(?:for|to|now)\b.{0,120}"
        r"|already\s+(?:a\s+)?(?:subscriber|subscribed|member|registered)\b.{0,80}"
        r"|(?:log\s*in|sign\s+in)\s+(?:to|for)\s+(?:continue|read|access|view|unlock|comment)\b.{0,80}"
        r"|become\s+a\s+(?:subscriber|member|premium\s+member)\b.{0,80}|support\s+(?:independent|quality|our)\s+"
        r"journalism\b.{0,80}|premium(?:\s+(?:content|article|story))?"
        r"|(?:keep|continue)\s+reading\s+(?:with|by)\s+(?:a\s+)?(?:subscription|subscribing|signing|logging|"
        r"registering)\b.{0,60}",
        R.PROMO,
    ),
    (r"continue\s+reading(?:\s+(?:below|the\s+(?:article|story)))?\s*[↓⬇▼»>]*", R.ADVERTISEMENT),
    (
        r"read\s+(?:the\s+)?full\s+(?:story|article)\b.{0,60}|(?:load|show|view|see)\s+more(?:\s+\w+)?",
        R.PAGING,
    ),
    (rf"{alternation(roles.TRANSLATORS)}\s*:\s*.{{1,80}}", R.BYLINE),
    # Blog and news themes: share and like boxes, view counters, post navigation, comment forms, the
    # headings of boxes of other stories.
    (
        # Jetpack's boxes read as one line where a theme flattens them: "Share this: Twitter Facebook",
        # "Like this: Like Loading...".
        rf"(?:share|bagikan)\s+(?:this|ini)(?:\s+(?:article|story|post|artikel|berita))?\s*:?(?:\s*{_SHARE})*"
        r"|(?:like\s+this|suka\s+ini)\s*:?(?:\s*(?:like|suka))?(?:\s*(?:loading|memuat)\W*)?|like\s+loading\W*"
        r"|print\s+friendly,?\s+pdf\s*(?:&|and)\s*email|sharing\s+is\s+caring\W*",
        R.SHARE,
    ),
    # A post's own page links, when the story runs over pages ("Halaman: 1 2 3", "Pages: 1 2 Next").
    (
        r"(?:halaman|pages?)\s*:?\s*\d{1,2}(?:\s*[,|]?\s*\d{1,2})+\s*(?:selanjutnya|berikutnya|next)?\W*",
        R.PAGING,
    ),
    (alternation(RELATED_HEADINGS), R.RELATED),
    (
        r"(?:post\s+)?(?:dibaca|dilihat|views?|pembaca)\s*:?\s*[\d.,]+\s*(?:kali|x|times)?"
        r"|[\d.,]+\s*(?:views|kali\s+dibaca|kali\s+dilihat|pembaca|dibaca|dilihat)"
        r"|(?:artikel|berita|tulisan)\s+ini\s+(?:telah|sudah)\s+(?:dibaca|dilihat)\s+[\d.,]+\s*(?:kali|x)?",
        R.NOT_CONTENT,
    ),
    # A theme's text-size buttons ("A+ A-", "A A A", "Ukuran Font") over the text.
    (
        r"(?:(?:ukuran|besar)\s+(?:font|teks|huruf|tulisan)|font\s+size|text\s+size)\s*:?(?:\s*a?\s*[+-]){0,3}\s*"
        r"|(?:a\s*[+-]?\s*){2,3}",
        R.SHARE,
    ),
    # A breadcrumb trail from the home page to the story's section ("Home > Berita > Daerah", "Beranda »
    # Daerah » Samarinda").
    (r"(?:home|beranda|halaman\s+(?:utama|depan)|index)\s*[>»›/|]\s*[^.!?]{1,100}", R.NAVIGATION),
    # A link back to the section over the headline ("Kembali ke Warta Bentara", "« Back to News"): a short
    # line of its own, no sentence, behind an arrow or naming a page of the site ("Kembali ke Tanah Air"
    # may head a section of a story).
    (
        r"[«‹<←]\s*(?:kembali\s+ke|back\s+to)\s+[^.!?,]{1,40}|(?:kembali\s+ke|back\s+to)\s+(?:the\s+)?"
        rf"{alternation(SITE_PAGES)}\b[^.!?,]{{0,30}}",
        R.NAVIGATION,
    ),
    (r"posted\s+in\b.{0,60}|filed\s+in\b.{0,60}|kategori\s*:.{0,60}", R.TAGS),
    # A credit naming a staff account ("Posted by admin"), or the desk or the account alone where a byline
    # stands ("Redaksi", "Admin"); credits naming people are read before.
    (
        r"(?:(?:posted|written)\s+by|(?:ditulis|diposting)\s+oleh)\s+\S+(?:\s+\S+){0,3}"
        r"|redaksi|admin(?:istrator)?",
        R.BYLINE,
    ),
    # The note on the writer that closes an opinion piece: "*) Penulis adalah dosen ...", "(Penulis
    # merupakan ...)", the English-language papers' "The writer is a lecturer at ...", and their
    # disclaimer that the views are the writer's own. About the writer, never the argument.
    (
        rf"[()*\s]*penulis\s+(?:adalah|merupakan|ialah)\s+(?:seorang\s+)?{alternation(roles.WRITER_NOTE_ROLES)}\b"
        r".{0,240}|[()*\s]*the\s+(?:writer|author)\s+is\s+(?:a|an|the)\s+.{3,240}"
        r"|(?:the\s+)?views?\s+expressed\s+(?:in\s+this\s+\w+\s+)?(?:are|is)\s+(?:solely\s+)?(?:those\s+of\s+)?"
        r"the\s+(?:writer|author)['’]?s?(?:\s+own)?\.?"
        r"|(?:tulisan|artikel)\s+ini\s+(?:adalah|merupakan)\s+(?:opini|pendapat)\s+pribadi\s+penulis.{0,120}",
        R.BYLINE,
    ),
    (
        r"(?:previous|next|prev)\s+(?:article|post|story|news)|(?:artikel|berita|postingan)\s+"
        r"(?:sebelumnya|selanjutnya|berikutnya)",
        R.PAGING,
    ),
    (
        r"leave\s+a\s+(?:reply|comment)|tinggalkan\s+(?:balasan|komentar)|cancel\s+reply|batalkan\s+balasan"
        r"|your\s+email\s+address\s+will\s+not\s+be\s+published.*|alamat\s+email\s+anda\s+tidak\s+akan.*",
        R.NOT_CONTENT,
    ),
    (OTHER_STORIES_HEADING + r"\s*:?", R.NAVIGATION),
    # A player's prompt over the text read aloud ("Dengarkan versi audio artikel ini", "Listen to this
    # article").
    (
        r"dengarkan(?:\s+(?:versi\s+audio|audio|artikel(?:\s+ini)?|berita(?:\s+ini)?)(?:\s+\w+){0,4})?"
        r"|listen(?:\s+to\s+(?:this\s+)?(?:article|story))?",
        R.MEDIA,
    ),
    # The site sending the reader to its other stories ("Baca berita menarik lainnya di <site>", "Baca berita
    # terkini dan terpercaya di Berita Liputan6"), and an advertiser's call in the text ("Klik dan dapatkan
    # info kost ... di Mamikos!").
    (
        r"(?:baca|simak|dapatkan|temukan)\s+(?:juga\s+)?(?:berita|artikel|informasi|info)(?:\s+\w+){0,2}?"
        r"\s+(?:lainnya|lain|terbaru|terkini)(?:\s+(?:dan|&)\s+\w+)?\s+(?:hanya\s+)?(?:di|dari)\s+.{1,60}",
        R.PROMO,
    ),
    (r"klik\s+dan\s+dapatkan\b.{0,120}", R.ADVERTISEMENT),
    # The headings of a site's own boxes (SITE_BOX_HEADING) and of the box about the writer under the text.
    (rf"{SITE_BOX_HEADING}|{WRITER_BOX_LABEL}", R.NOT_CONTENT),
    (r"klik\s+(?:di\s+)?(?:sini|link\s+ini|tautan\s+ini)\s+(?:untuk|buat|agar)\b[^.]{0,120}\.?", R.PROMO),
    # A cookie notice left inside the article's container: the site speaking of its own cookies ("Kami
    # menggunakan cookie ...", "This website uses cookies ..."; a quoted statement is a source's), and the
    # notice's buttons.
    (
        r"(?!.*[\"“”]).{0,200}\b(?:kami|situs\s+ini|website\s+ini|laman\s+ini|we|this\s+(?:web)?site)\s+(?:menggunakan|memakai"
        r"|uses?)\s+(?:cookies?|kuki)\b.*",
        R.NOT_CONTENT,
        ("cookie", "kuki"),
    ),
    (
        r"(?:saya\s+)?setuju(?:\s+semua)?|(?:terima|izinkan|tolak)(?:\s+semua)?(?:\s+cookies?)?"
        r"|(?:accept|allow|reject)(?:\s+all)?(?:\s+cookies?)?|got\s+it!?|i\s+agree"
        r"|(?:pengaturan|kelola)\s+cookies?|(?:cookie|privacy)\s+(?:settings|preferences)"
        r"|kebijakan\s+(?:privasi|cookies?)|privacy\s+policy|cookie\s+policy",
        R.NOT_CONTENT,
    ),
)
"""Lines that are chrome in their entirety (the pattern must match the whole line)."""

LEAD: tuple[CueRow, ...] = (
    (rf"{_WATCH}\s+(?:juga\s+)?{alternation(WATCH_OBJECTS)}\b", R.PROMO),
    (r"(?:\[|\()?\s*(?:video|foto)\s*(?:\]|\))?\s*:", R.MEDIA),
    # The description under a video player, as KLY's sites open it ("Berita video gol kedua Persija ..."):
    # the video's, no sentence of the text.
    (r"berita\s+video\b", R.MEDIA),
    (r"(?:dapatkan|ikuti)\s+(?:update|berita|informasi|artikel)\b", R.PROMO),
    (r"(?:ingin|mau)\s+(?:tahu|dapat)\b.{0,80}(?:klik|ikuti|gabung|download)", R.PROMO),
)
"""Lines that are chrome because of how they open (the pattern matches the line's start)."""
