"""The Indonesian vocabulary of numbers and quantities, as data.

Everything the grammar knows about words lives here; :mod:`._grammar` compiles it into patterns once.
Keys are lower case unless the form is case-sensitive (the short scales ``M`` and ``T``, for instance).
"""

from __future__ import annotations

from typing import Final, Literal

__all__ = [
    "ATTRIBUTE_WORDS_BEFORE",
    "CLASSIFIERS",
    "CLITICS",
    "COMMON_COUNTED_NOUNS",
    "CURRENCIES",
    "CURRENCY_PREFIXES",
    "CURRENCY_SUFFIXES",
    "CURRENCY_WORDS",
    "DATE_WORDS",
    "DIGIT_WORDS",
    "FRACTION_DENOMINATORS",
    "FUNCTION_WORDS",
    "IDIOMS",
    "LABEL_WORDS",
    "MINUS_WORDS",
    "MULTIWORD_NOUNS",
    "NOT_NOUNS",
    "NOUN_LIKE_VERB_PREFIXED",
    "PER_ABBREVIATIONS",
    "PER_AS_OF",
    "PER_SE_WORDS",
    "PER_WORDS",
    "PROPER_NOUNS",
    "QUALIFIERS",
    "RANGE_WORDS",
    "SCALE_WORDS",
    "SCORE_WORDS",
    "SE_WORDS",
    "SHORT_SCALES",
    "SHORT_SCALES_WITH_CURRENCY",
    "TEN_WORDS",
    "UNIT_FORMS",
    "VAGUE_PLURALS",
    "VERB_PREFIXES",
    "YEAR_RANGE",
    "CurrencyPlace",
    "Qualifier",
]


def _wordset(words: str) -> frozenset[str]:
    """A set of words written as one white-space separated string, the way word lists read best."""
    return frozenset(words.split())


CurrencyPlace = Literal["before", "after", "both"]
Qualifier = Literal["approx", "above", "below", "at_least", "at_most"]

# satu ... sembilan; "nol" is zero.
DIGIT_WORDS: Final[dict[str, int]] = {
    "nol": 0,
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
}

# Words that multiply the digit word before them inside a group below a thousand.
TEN_WORDS: Final[dict[str, int]] = {"belas": 10, "puluh": 10, "ratus": 100}

# Scale words, with the common spelling variants of news copy.
SCALE_WORDS: Final[dict[str, int]] = {
    "ribu": 10**3,
    "juta": 10**6,
    "miliar": 10**9,
    "milyar": 10**9,
    "triliun": 10**12,
    "trilyun": 10**12,
    "kuadriliun": 10**15,
}

# Short scales accepted after any number ("10 rb", "300 jt").
SHORT_SCALES: Final[dict[str, int]] = {"rb": 10**3, "ribu": 10**3, "jt": 10**6}

# Short scales that are only a scale after a currency ("Rp 5 M", "Rp1,2 T", "Rp 50K"): elsewhere "5 M"
# may be metres or a name, so they are case-sensitive and need the currency.
SHORT_SCALES_WITH_CURRENCY: Final[dict[str, int]] = {"K": 10**3, "k": 10**3, "M": 10**9, "T": 10**12}

# The se- forms: "se" is "one" fused to the next word.
SE_WORDS: Final[dict[str, tuple[int, str]]] = {
    "sepuluh": (10, "ten"),
    "sebelas": (11, "ten"),
    "seratus": (100, "hundred"),
    "seribu": (1000, "scale"),
    "sejuta": (10**6, "scale"),
    "semiliar": (10**9, "scale"),
    "setriliun": (10**12, "scale"),
}

# Fractions: "setengah"/"separuh" (a half) and "per" + a digit word ("sepertiga", "tiga perempat").
FRACTION_DENOMINATORS: Final[dict[str, int]] = {
    "setengah": 2,
    "separuh": 2,
    "perdua": 2,
    "pertiga": 3,
    "perempat": 4,
    "perlima": 5,
    "perenam": 6,
    "pertujuh": 7,
    "perdelapan": 8,
    "persembilan": 9,
    "persepuluh": 10,
    "perseratus": 100,
}

# Vague plurals: the bounds of one unit of the word. None = open above. Digit-place plurals are closed
# (the next place has its own word); scale plurals are open because news uses "ribuan"/"jutaan" for any
# amount from one of that scale upwards ("jutaan peluru").
VAGUE_PLURALS: Final[dict[str, tuple[int, int | None]]] = {
    "belasan": (11, 19),
    "puluhan": (10, 99),
    "ratusan": (100, 999),
    "ribuan": (1000, None),
    "jutaan": (10**6, None),
    "miliaran": (10**9, None),
    "milyaran": (10**9, None),
    "triliunan": (10**12, None),
}

# Qualifier phrases before a number. Longer phrases that contain shorter ones ("tidak kurang dari",
# "kurang dari") are told apart by the grammar, which prefers the longest.
QUALIFIERS: Final[dict[str, Qualifier]] = {
    "sekitar": "approx",
    "sekira": "approx",
    "sekitaran": "approx",
    "kira-kira": "approx",
    "kurang lebih": "approx",
    "lebih kurang": "approx",
    "kurleb": "approx",
    "kisaran": "approx",
    "±": "approx",
    "lebih dari": "above",
    "lebih daripada": "above",
    "di atas": "above",
    "melebihi": "above",
    "melampaui": "above",
    "melewati": "above",
    # Comparatives: "lebih mahal dari Rp 5 juta" is above the amount, "lebih murah dari" below it.
    "lebih mahal dari": "above",
    "lebih mahal daripada": "above",
    "lebih tinggi dari": "above",
    "lebih tinggi daripada": "above",
    "lebih besar dari": "above",
    "lebih besar daripada": "above",
    "lebih banyak dari": "above",
    "lebih banyak daripada": "above",
    "lebih murah dari": "below",
    "lebih murah daripada": "below",
    "lebih rendah dari": "below",
    "lebih rendah daripada": "below",
    "lebih kecil dari": "below",
    "lebih kecil daripada": "below",
    "lebih sedikit dari": "below",
    "lebih sedikit daripada": "below",
    "kurang daripada": "below",
    "hampir": "below",
    "nyaris": "below",
    "kurang dari": "below",
    "di bawah": "below",
    "tidak sampai": "below",
    "tak sampai": "below",
    "belum sampai": "below",
    "mendekati": "below",
    "setidaknya": "at_least",
    "sedikitnya": "at_least",
    "minimal": "at_least",
    "minimum": "at_least",
    "paling sedikit": "at_least",
    "paling tidak": "at_least",
    "sekurangnya": "at_least",
    "sekurang-kurangnya": "at_least",
    "tidak kurang dari": "at_least",
    "tak kurang dari": "at_least",
    "setidak-tidaknya": "at_least",
    "maksimal": "at_most",
    "maksimum": "at_most",
    "maks.": "at_most",
    "maks": "at_most",
    "paling banyak": "at_most",
    "sebanyak-banyaknya": "at_most",
    "selebihnya": "at_most",
    "tidak lebih dari": "at_most",
    "tak lebih dari": "at_most",
    "tidak lebih daripada": "at_most",
    "tak lebih daripada": "at_most",
    "tidak melebihi": "at_most",
    "tak melebihi": "at_most",
    "tidak melampaui": "at_most",
    "tak melampaui": "at_most",
}

# A word that makes the number after it negative ("minus 5 derajat", "negatif 500"). A direction ("turun
# 2,5 persen", "naik", "merosot") is not a sign: the amount of a change is positive and the verb says
# which way.
MINUS_WORDS: Final[frozenset[str]] = _wordset("minus negatif")

# Words joining the two ends of a range ("10 hingga 15", "5 sampai dengan 7"); "-" and "–" too.
RANGE_WORDS: Final[tuple[str, ...]] = ("hingga", "sampai dengan", "sampai", "s.d.", "s/d", "sd")

# Every spelling of a currency, with its ISO 4217 code and where it stands next to the amount:
# "before" it ("Rp 5", "US$ 3"), "after" it ("5 rupiah", "tujuh pound"), or on "both" sides, as symbols
# and ISO codes are written ("$5" and "15$", "USD 45" and "45 USD", "Rp5" and "50Rp"). A bare "dolar" or
# "$" is the US dollar and "¥" the yen: that is what Indonesian news means unless it names a country.
CURRENCIES: Final[dict[str, tuple[str, CurrencyPlace]]] = {
    # Indonesian rupiah
    "rp": ("IDR", "both"),
    "rp.": ("IDR", "before"),
    "idr": ("IDR", "both"),
    "rupiah": ("IDR", "after"),
    # US dollar
    "$": ("USD", "both"),
    "us$": ("USD", "before"),
    "usd": ("USD", "both"),
    "dolar": ("USD", "after"),
    "dollar": ("USD", "after"),
    "dolar as": ("USD", "after"),
    "dollar as": ("USD", "after"),
    "dolar amerika": ("USD", "after"),
    "dolar amerika serikat": ("USD", "after"),
    "dollars": ("USD", "after"),
    # other dollars
    "s$": ("SGD", "before"),
    "sgd": ("SGD", "both"),
    "dolar singapura": ("SGD", "after"),
    "a$": ("AUD", "before"),
    "aud": ("AUD", "both"),
    "dolar australia": ("AUD", "after"),
    "hk$": ("HKD", "before"),
    "hkd": ("HKD", "both"),
    "dolar hong kong": ("HKD", "after"),
    "nt$": ("TWD", "before"),
    "twd": ("TWD", "both"),
    "dolar taiwan": ("TWD", "after"),
    "cad": ("CAD", "both"),
    "dolar kanada": ("CAD", "after"),
    "nzd": ("NZD", "both"),
    "dolar selandia baru": ("NZD", "after"),
    "bnd": ("BND", "both"),
    "dolar brunei": ("BND", "after"),
    # euro, pound, franc
    "€": ("EUR", "both"),
    "eur": ("EUR", "both"),
    "euro": ("EUR", "after"),
    "euros": ("EUR", "after"),
    "£": ("GBP", "both"),
    "gbp": ("GBP", "both"),
    "pound": ("GBP", "after"),
    "pounds": ("GBP", "after"),
    "pound sterling": ("GBP", "after"),
    "poundsterling": ("GBP", "after"),
    "chf": ("CHF", "both"),
    "franc swiss": ("CHF", "after"),
    # Asia
    "¥": ("JPY", "both"),
    "jpy": ("JPY", "both"),
    "yen": ("JPY", "after"),
    "yen jepang": ("JPY", "after"),
    "cny": ("CNY", "both"),
    "rmb": ("CNY", "both"),
    "yuan": ("CNY", "after"),
    "yuan china": ("CNY", "after"),
    "yuan tiongkok": ("CNY", "after"),
    "renminbi": ("CNY", "after"),
    "₩": ("KRW", "both"),
    "krw": ("KRW", "both"),
    "won": ("KRW", "after"),
    "won korea": ("KRW", "after"),
    "won korea selatan": ("KRW", "after"),
    "won korsel": ("KRW", "after"),
    "rm": ("MYR", "before"),
    "myr": ("MYR", "both"),
    "ringgit": ("MYR", "after"),
    "ringgit malaysia": ("MYR", "after"),
    "฿": ("THB", "both"),
    "thb": ("THB", "both"),
    "baht": ("THB", "after"),
    "baht thailand": ("THB", "after"),
    "₱": ("PHP", "both"),
    "peso": ("PHP", "after"),
    "peso filipina": ("PHP", "after"),
    "₹": ("INR", "both"),
    "inr": ("INR", "both"),
    "rupee": ("INR", "after"),
    "rupees": ("INR", "after"),
    "rupee india": ("INR", "after"),
    # Middle East, Russia, Turkey
    "sar": ("SAR", "both"),
    "riyal": ("SAR", "after"),
    "riyal saudi": ("SAR", "after"),
    "riyal arab saudi": ("SAR", "after"),
    "aed": ("AED", "both"),
    "dirham": ("AED", "after"),
    "dirham uea": ("AED", "after"),
    "₽": ("RUB", "both"),
    "rub": ("RUB", "both"),
    "rubel": ("RUB", "after"),
    "rubel rusia": ("RUB", "after"),
    "lira": ("TRY", "after"),
    "lira turki": ("TRY", "after"),
}

# The spellings by place: before the amount (symbols, codes, "Rp") and after it (names, symbols, codes).
CURRENCY_PREFIXES: Final[dict[str, str]] = {
    spelling: code for spelling, (code, place) in CURRENCIES.items() if place != "after"
}
CURRENCY_WORDS: Final[dict[str, str]] = {
    spelling: code for spelling, (code, place) in CURRENCIES.items() if place == "after"
}
CURRENCY_SUFFIXES: Final[dict[str, str]] = {
    spelling: code for spelling, (code, place) in CURRENCIES.items() if place == "both"
}

# What a rate is per: "Rp 80.000 per kg", "Rp 15.000/kg", "Rp 3 juta tiap bulan". The words that say "per"
# before the unit or noun; and the se- words that are "per" and the noun in one ("Rp 3 juta sebulan").
# "semalam" is left out: after a number it is "last night" more often than "a night".
PER_WORDS: Final[frozenset[str]] = _wordset("per tiap setiap")
PER_SE_WORDS: Final[dict[str, str]] = {
    "sehari": "hari",
    "seminggu": "minggu",
    "sepekan": "pekan",
    "sebulan": "bulan",
    "setahun": "tahun",
    "sejam": "jam",
}
# Short forms of what a rate is per ("Rp 50 rb/bln").
PER_ABBREVIATIONS: Final[dict[str, str]] = {
    "hr": "hari",
    "mgg": "minggu",
    "bln": "bulan",
    "thn": "tahun",
    "th": "tahun",
    "org": "orang",
}
# After "per" these make it "as of" ("per hari ini", "per hari Senin", "per tanggal 5"), not a rate.
PER_AS_OF: Final[frozenset[str]] = _wordset(
    "ini itu tersebut tanggal tgl senin selasa rabu kamis jumat sabtu minggu"
)

# Units written as symbols or abbreviations, mapped to one short code; units written as words are kept
# as written (lower-cased): "kilometer" stays "kilometer", "km persegi" becomes "km2". A symbol whose
# reading is an Indonesian word maps to that word, as "%" does to "persen" and "°C" to "derajat celsius".
UNIT_FORMS: Final[dict[str, str]] = {
    "%": "persen",
    "persen": "persen",
    "persen poin": "persen poin",
    "poin persentase": "persen poin",
    "bps": "basis poin",
    "basis poin": "basis poin",
    "km/jam": "km/jam",
    "km/j": "km/jam",
    "km/h": "km/jam",
    "m/detik": "m/detik",
    "m/s": "m/detik",
    "km per jam": "km/jam",
    "kpj": "km/jam",
    "km persegi": "km2",
    "km2": "km2",
    "km²": "km2",
    "km": "km",
    "m persegi": "m2",
    "m2": "m2",
    "m²": "m2",
    "m3": "m3",
    "m³": "m3",
    "cm": "cm",
    "mm": "mm",
    "m": "m",
    "kg": "kg",
    "gr": "g",
    "ml": "ml",
    "cc": "cc",
    "mg": "mg",
    "ha": "ha",
    "mph": "mil/jam",
    "°c": "derajat celsius",
    "ºc": "derajat celsius",
    "° c": "derajat celsius",
    "derajat c": "derajat celsius",
    "°f": "derajat fahrenheit",
    "ºf": "derajat fahrenheit",
    "derajat celsius": "derajat celsius",
    "derajat celcius": "derajat celsius",
    "derajat fahrenheit": "derajat fahrenheit",
    "sr": "SR",
    "mah": "mAh",
    "hz": "Hz",
    "mhz": "MHz",
    "ghz": "GHz",
    "kw": "kW",
    "kwh": "kWh",
    "mw": "MW",
    "gw": "GW",
    "gb": "GB",
    "tb": "TB",
    "mb": "MB",
}

# Counted nouns of more than one word whose first word alone means something else, so the head-noun
# rule (first word after the number) would be wrong. Value: the unit reported.
MULTIWORD_NOUNS: Final[dict[str, str]] = {
    "bala bantuan": "bala bantuan",
    "kali lipat": "kali lipat",
    "kepala keluarga": "kepala keluarga",
    "kepala desa": "kepala desa",
    "kepala daerah": "kepala daerah",
    "rumah tangga": "rumah tangga",
    "tenaga kerja": "tenaga kerja",
    "anak buah": "anak buah",
    "warga negara": "warga negara",
    "kilometer persegi": "kilometer persegi",
    "meter persegi": "meter persegi",
    "meter kubik": "meter kubik",
    "kilometer per jam": "kilometer per jam",
    "mil per jam": "mil per jam",
    "mil laut": "mil laut",
    "tahun cahaya": "tahun cahaya",
    "sen dolar": "sen dolar",
}

# Classifiers: the noun that follows is what is counted ("5 ekor sapi" counts "sapi"). Without a
# following noun the classifier itself is the unit. "orang" is left out on purpose: "20 orang terluka"
# counts people.
CLASSIFIERS: Final[frozenset[str]] = frozenset(
    {"buah", "ekor", "biji", "butir", "helai", "lembar", "pucuk", "unit", "batang", "bidang", "potong"}
)

# Nouns most often counted in news. Written in capitals after a number ("7 HARI", "5 ORANG TEWAS") they
# are a headline in capitals, not an acronym, and are reported in lower case like any other noun.
COMMON_COUNTED_NOUNS: Final[frozenset[str]] = _wordset(
    """
    orang jiwa warga korban pasien kasus hari minggu pekan bulan tahun jam menit detik kali abad
    rumah gedung bangunan sekolah desa kota kabupaten kecamatan provinsi negara pulau wilayah lokasi titik
    anak bayi balita siswa murid mahasiswa guru dosen petani nelayan buruh pekerja karyawan pegawai
    personel prajurit tentara pasukan polisi anggota peserta penumpang pengunjung penonton pemilih suara
    kursi kendaraan mobil motor truk bus kapal pesawat kereta ton liter barel meter kilometer hektare
    gram kilogram persen poin ribu juta miliar triliun rupiah dolar kasur keluarga perusahaan
    """
)

# Possessive clitics stripped from the counted noun ("pasukannya" -> "pasukan").
CLITICS: Final[tuple[str, ...]] = ("nya", "ku", "mu")

# Function words: never the thing counted, and a postfix "lebih" before one of them is "more than"
# ("10 ribu lebih di ...") rather than a comparative ("10 persen lebih tinggi").
FUNCTION_WORDS: Final[frozenset[str]] = _wordset(
    """
    adalah akan agar akibat atau bagi bahkan bahwa baru belum bersama bisa buat dalam dan dapat daripada
    dari demi dengan di dia hingga ia ialah ini itu jadi jika juga justru kalau kami kamu karena ke kecuali
    kembali kemudian kepada ketika kini kita lagi lalu lantaran maka masih melalui mereka meski meskipun
    namun oleh pada padahal para pernah pula pun saat saja sambil sampai sang sebab sebagai sebelum
    sebelumnya sedang sedangkan sehingga sejak sekaligus selagi selama sementara semenjak seperti serta
    setelah supaya tak tanpa tapi telah tentang terhadap termasuk tetapi tidak untuk usai walau walaupun
    yaitu yakni yang sudah silam tersebut harus boleh perlu wajib ingin hendak mampu sempat beserta hanya
    masing-masing sebanyak sebesar senilai setara seharga
    """
)

# Words after a number that are not the thing counted either: other adverbs and determiners, common
# verbs and adjectives of news reports, month and day names, time zones.
NOT_NOUNS: Final[frozenset[str]] = FUNCTION_WORDS | _wordset(
    """
    al amat antara apa apabila atas baik beberapa diri lain lainnya lebih kurang mau milik mungkin
    sangat satu-satunya seakan sekali seluruh semua setiap siapa tiap sana sini situ begitu demikian
    pertama terakhir berikutnya mendatang nanti tadi kemarin besok lusa sekarang
    tewas meninggal hilang luka luka-luka selamat mati sakit tiba pergi datang ada sembuh stabil positif
    negatif kritis parah ringan sedang gugur wafat lolos gagal lulus aman sehat bebas aktif nonaktif absen
    hadir siaga waspada awas reaktif kosong penuh sisa tersisa utuh rusak hancur ambruk roboh terbakar
    tenggelam tertimbun kalah menang seri imbang unggul utama baru muda tua terbaik terbesar
    terbanyak tertinggi terendah terpilih lebihnya sekaligus langsung berturut-turut terakhirnya
    nasional internasional domestik lokal global regional asing swasta negeri publik umum khusus resmi
    penting berbeda serupa sejenis
    besar kecil buruk tinggi rendah banyak sedikit lama panjang pendek jauh dekat cepat lambat mahal murah
    januari februari maret april mei juni juli agustus september oktober november desember
    jan feb mar apr jun jul agu agt agus sep sept okt nov des
    senin selasa rabu kamis jumat sabtu
    muharram muharam safar rajab syakban syaban ramadan ramadhan syawal zulkaidah zulhijah
    pagi siang sore malam wib wita wit gmt utc
    """
)

# A number before these words is a date, a year or a time of day, not a count: "17 Desember",
# "1 Syawal", "1445 H", "10 pagi", "13 WIB".
DATE_WORDS: Final[frozenset[str]] = _wordset(
    """
    januari februari maret april mei juni juli agustus september oktober november desember
    jan feb mar apr jun jul agu agt agus sep sept okt nov des
    muharram muharam safar rabiulawal rabiulakhir jumadilawal jumadilakhir rajab syakban syaban ramadan
    ramadhan syawal zulkaidah dzulqaidah zulhijah dzulhijjah h sm hijriah hijriyah masehi
    pagi siang sore malam wib wita wit
    """
)

# Fixed phrases starting with a number word that count nothing ("satu sama lain" is "each other").
IDIOMS: Final[tuple[str, ...]] = ("satu sama lain", "satu per satu", "satu persatu", "satu demi satu")

# Words after which a number is an attribute or a name, not a count: "salah satu" (one of), "bintang
# lima" (five-star), "roda empat" (four-wheeled), "kaki lima" (street vendor), "ring satu", "babak 16".
ATTRIBUTE_WORDS_BEFORE: Final[frozenset[str]] = _wordset("salah bintang roda kaki ring babak")

# Words before a dash pair that make it a score ("skor 0-3", "menang 2-1"), not a range.
SCORE_WORDS: Final[frozenset[str]] = _wordset("skor kalah menang imbang unggul tertinggal takluk")

# A number right after these words is a label, not a quantity ("pukul 13", "pasal 3", "nomor 5").
LABEL_WORDS: Final[frozenset[str]] = _wordset(
    """
    pukul nomor nomer no pasal ayat halaman hlm hal tanggal tgl edisi jilid bab
    rt rw km seri versi gerbang sila kelas lantai gedung blok kav kavling kode abad liga
    tahap gelombang sektor zona pintu jalur loket peron gang gg kompleks ruang kamar tipe model
    jl jln undang-undang uu perpres perpu perppu pp permen perda keppres inpres sk kepmen
    januari februari maret april mei juni juli agustus september oktober november desember
    jan feb mar apr jun jul agu agt agus sep sept okt nov des
    """
)

# Proper nouns that a number may stand before without counting them ("juara 3 Indonesia", "Piala Dunia
# 2022 Qatar"): countries and the regions, provinces and large cities of Indonesian news. Any other word
# in capitals after a number in mid-sentence is taken as a name too (see the scanner); these are names
# even where capitals prove nothing, at the start of a sentence or a headline.
PROPER_NOUNS: Final[frozenset[str]] = _wordset(
    """
    indonesia malaysia singapura brunei thailand filipina vietnam myanmar kamboja laos timor-leste
    australia selandia jepang korea china tiongkok taiwan india pakistan bangladesh iran irak arab saudi
    qatar uea yaman suriah lebanon yordania mesir israel palestina gaza turki rusia ukraina jerman prancis
    perancis inggris italia spanyol belanda belgia swiss swedia norwegia polandia amerika as kanada meksiko
    brasil argentina afrika nigeria asia eropa asean
    jakarta bandung surabaya medan semarang makassar yogyakarta jogja palembang denpasar bali jawa sumatra
    sumatera kalimantan sulawesi papua maluku aceh riau jambi bengkulu lampung banten ntt ntb bogor depok
    bekasi tangerang solo malang batam pekanbaru padang manado balikpapan samarinda pontianak kupang ambon
    jayapura mataram
    """
)

# Verb prefixes: a word starting like this after a number is a verb ("17 ditangkap", "3 menyerang"),
# unless it is a known noun below.
VERB_PREFIXES: Final[tuple[str, ...]] = ("meng", "meny", "mem", "men", "ber", "ter", "di")

NOUN_LIKE_VERB_PREFIXED: Final[frozenset[str]] = _wordset(
    """
    menit menteri mentor menu memori member memo mental menara mentega
    berita beras berat beruang berkas berlian
    teroris terminal ternak terowongan teras terumbu termos terompet teritori teriakan terpidana tersangka
    terdakwa tertuduh
    direksi diplomasi dinasti diskusi distribusi divisi dimensi diksi dinas direktur diplomat distrik
    dinar dividen diskon diaspora dialog diagnosis diesel digit dinding dirham dirut diktator dinosaurus
    disertasi dinamo diorama diploma
    """
)

# Years that a bare four-digit number in running text is taken to be.
YEAR_RANGE: Final[tuple[int, int]] = (1900, 2100)
