"""Generic chrome rules, each tried both ways: the rule fires on the chrome, and prose like it survives."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

import beritaparse
from beritaparse.lexicon import phrases
from beritaparse.model import Caption, RemovedReason
from beritaparse.rules import cues
from beritaparse.rules.blocks import (
    Candidate,
    caption_in_text,
    chrome_reason,
    clean,
    split_caption,
    split_dateline,
)
from beritaparse.rules.credits import split_names
from beritaparse.rules.flags import WORDS

R = RemovedReason
_CHROME_MAX = 260  # chrome_reason reads the cues only on lines up to this long

PROSE = "Harga beras di pasar tradisional kembali naik pada pekan ini, kata para pedagang kepada wartawan."
OTHER = "Pemerintah berjanji menambah pasokan dari gudang Bulog mulai bulan depan agar harga kembali turun."


def _body(*lines: str) -> list[str]:
    return [b.text for b in clean([Candidate(line) for line in lines]).body]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Artikel ini telah naik di detikBali dan bisa dibaca selengkapnya di sini.", R.FOOTER),
        ("Artikel ini telah tayang di Tribunjogja.com dengan judul Harga Beras Naik", R.FOOTER),
        ("Artikel ini merupakan bagian dari Parapuan.", R.FOOTER),
        ("Bagikan: Facebook Twitter WhatsApp", R.SHARE),
        ("Share : Facebook | X | Telegram | Salin Link", R.SHARE),
        ("Silakan berlangganan untuk menikmati akses penuh artikel eksklusif Tempo sejak 1971", R.PROMO),
        ("Kuota Artikel Gratis Anda Sudah Habis", R.PROMO),
        ("Lihat Paket Lainnya", R.PROMO),
        ("Recommended by", R.ADVERTISEMENT),
        ("null", R.BOILERPLATE),
        ("Baca Artikel Selengkapnya", R.PAGING),
        ("Foto 3 dari 10", R.PAGING),
        ("Foto dari", R.PAGING),
        ("Trending Hari Ini", R.NAVIGATION),
        ("Terpopuler Minggu Ini", R.NAVIGATION),
        ("+7", R.MEDIA),
        ("instagram.com/vatemat", R.MEDIA),
        ("www.instagram.com/queen.chu_s/", R.MEDIA),
        ("+12 Foto", R.MEDIA),
        (
            "IDN Times Community adalah media yang menyediakan platform untuk menulis. Semua karya tulis yang"
            " dibuat adalah sepenuhnya tanggung jawab dari penulis.",
            R.FOOTER,
        ),
        # The disclaimers of readers' and bloggers' platforms: a denial, or the words "di luar" the desk's.
        (
            "Contoh.com tidak bertanggung jawab atas hak cipta dan isi artikel ini, dan tidak memiliki"
            " afiliasi dengan penulis",
            R.FOOTER,
        ),
        ("Konten ini menjadi tanggung jawab bloger dan tidak mewakili pandangan redaksi.", R.FOOTER),
        ("Tulisan ini adalah kiriman pembaca, isi dari tulisan di luar tanggung jawab redaksi.", R.FOOTER),
        ("Baca berita terkini dan terpercaya di Berita Liputan6", R.PROMO),
        ("A post shared by IDN Times (@idntimes) on", R.MEDIA),
        ("728 x 90 px", R.ADVERTISEMENT),
        ("300x250", R.ADVERTISEMENT),
        ("300 x 250 px or 320 x 100 px", R.ADVERTISEMENT),
        (".jpg, .png, .gif, .html5 | Max 100 KB", R.ADVERTISEMENT),
        ("In Article 2", R.ADVERTISEMENT),
        ("Promoted by Taboola", R.ADVERTISEMENT),
        ("Daftar Tempo ID untuk mendapatkan 5 artikel eksklusif gratis. Sudah punya akun?", R.PROMO),
        ("Sudah punya akun? Masuk di sini", R.PROMO),
        ("Already a subscribed? Log in here", R.PROMO),
        ("Konten ini adalah bagian dari kerja sama Contoh.com dengan Bank Daerah.", R.FOOTER),
        ("Berita ini sudah terbit di Kompas.id", R.FOOTER),
        ("Mandatory Credit: Ben Radford /Allsport", R.MEDIA),
        ("credit: instagram.com/maudykoesnaedi", R.MEDIA),
        ("A", R.BOILERPLATE),  # a font-size button
        ("Tentang Cek Fakta Liputan6.com", R.NOT_CONTENT),  # the site's blurb about itself
        ("Kredit foto: Antara/Nama Fotografer", R.MEDIA),
        ("Image credit: Reuters", R.MEDIA),
        ("Fotografer: Andi Pratama", R.MEDIA),
        ("More Photos", R.MEDIA),
        ("Vote Photo", R.MEDIA),
        ("0 Komentar", R.NOT_CONTENT),
        ("12 Komentar", R.NOT_CONTENT),
        ("Cek Fakta", R.PROMO),
        ("Follow Official WhatsApp Channel Contoh.com untuk berita terbaru", R.PROMO),
        ("Ikuti kami di Google News", R.PROMO),
        # A promo set in brackets, whole, is the promo it holds.
        (
            "(Ayo ikuti saluran WhatsApp KapanLagi.com biar enggak ketinggalan update dan berita terbaru."
            " Klik di sini ya, Klovers!)",
            R.PROMO,
        ),
        ("Download aplikasi Contoh untuk membaca berita lebih cepat", R.PROMO),
        ("Simak breaking news dan berita pilihan kami langsung di ponselmu", R.PROMO),
        ("Filed under:", R.TAGS),
        ("Tags:", R.TAGS),
        ("Email berhasil dikirim, sekarang anda sudah berlangganan disini", R.PROMO),
        ("Thank you, you have successfully subscribed to our newsletter", R.PROMO),
        # A cookie notice inside the article's container, and its buttons.
        ("Kami menggunakan cookie untuk pengalaman Anda. Dengan melanjutkan, Anda setuju.", R.NOT_CONTENT),
        ("Situs ini menggunakan cookies untuk analitik dan iklan yang dipersonalisasi.", R.NOT_CONTENT),
        ("This website uses cookies to ensure you get the best experience. Learn more", R.NOT_CONTENT),
        ("Saya Setuju", R.NOT_CONTENT),
        ("Got it!", R.NOT_CONTENT),
        ("Accept all cookies", R.NOT_CONTENT),
        ("Kebijakan Privasi", R.NOT_CONTENT),
        # Lines a regional theme or an outlet puts among the paragraphs (issue 11).
        ("Scroll untuk melanjutkan membaca", R.ADVERTISEMENT),
        # An ad slot's lines in Indonesian words: the prompt, the note that the text goes on, its buttons.
        ("Gulir ke bawah untuk lanjut membaca", R.ADVERTISEMENT),
        ("Artikel berlanjut setelah iklan", R.ADVERTISEMENT),
        ("Konten berlanjut di bawah ini", R.ADVERTISEMENT),
        ("Lanjut baca di bawah", R.ADVERTISEMENT),
        ("Konten Sponsor", R.ADVERTISEMENT),
        ("Laporkan iklan", R.ADVERTISEMENT),
        ("Report this ad", R.ADVERTISEMENT),
        ("Dengarkan versi audio artikel ini", R.MEDIA),
        ("Listen to this article", R.MEDIA),
        ("Click here to subscribe to our newsletter", R.PROMO),
        ("Klik di sini untuk berlangganan newsletter kami", R.PROMO),
        ("Video Pilihan:", R.NAVIGATION),
        ("Berita Terkait:", R.NAVIGATION),
        ("Baca berita menarik lainnya di Kabar Daerah", R.PROMO),
        ("Dapatkan informasi terkini lainnya hanya di KabarDaerah.com", R.PROMO),
        ("Klik dan dapatkan info kost di dekat kampus idamanmu di Mamikos!", R.ADVERTISEMENT),
        # The headings of the site's own boxes and of the writer's box.
        ("Tentang Kami", R.NOT_CONTENT),
        ("Hubungi Kami", R.NOT_CONTENT),
        ("Alamat Redaksi", R.NOT_CONTENT),
        ("Tentang Penulis", R.NOT_CONTENT),
        ("About the Author", R.NOT_CONTENT),
        # The note on the writer closing an opinion piece.
        ("*) Penulis adalah dosen Fakultas Hukum Universitas Indonesia", R.BYLINE),
        ("(Penulis merupakan pengamat politik dan peneliti senior)", R.BYLINE),
        ("Penulis adalah seorang peneliti di Pusat Studi Kebijakan Publik.", R.BYLINE),
        ("The writer is a lecturer at the University of Indonesia.", R.BYLINE),
        ("The views expressed are the writer's own.", R.BYLINE),
        ("Tulisan ini adalah opini pribadi penulis dan tidak mencerminkan pandangan redaksi.", R.BYLINE),
    ],
)
def test_chrome_lines_are_named(line: str, reason: RemovedReason) -> None:
    assert chrome_reason(line, None) is reason


@pytest.mark.parametrize(
    "line",
    [
        "Artikel ini membahas kenaikan harga beras yang telah naik di banyak daerah sejak awal tahun.",
        "Program ini merupakan bagian dari rencana pemerintah untuk menekan harga beras tahun depan.",
        "Kembali ke Tanah Air",
        "Kirim lamaran ke email panitia paling lambat Jumat pekan depan, kata ketua panitia.",
        "Warga yang sudah berlangganan listrik prabayar diminta mengisi token sebelum Lebaran tiba.",
        "Pelanggan bisa melihat paket data baru di aplikasi, kata juru bicara operator seluler itu.",
        "Pihak kepolisian masih menunggu komentar dari keluarga korban.",
        "Tim cek fakta menemukan bahwa foto tersebut diambil pada tahun 2019, bukan pekan lalu.",
        "Warga kini bisa memantau harga beras langsung di pasar-pasar terdekat.",
        "Fotografer senior itu memamerkan karyanya di Jakarta.",
        "Warga yang berhasil mendaftar sebagai penerima bantuan sudah terdaftar di kantor desa sejak Senin.",
        "Google akan menghapus cookie pihak ketiga dari peramban Chrome tahun depan, kata perusahaan itu.",
        "Regulator menilai banyak situs menggunakan cookie tanpa persetujuan pengguna.",
        "“Kami menggunakan cookie hanya untuk analitik,” kata juru bicara perusahaan itu kepada wartawan.",
        "Sebanyak 40 anggota dewan setuju dengan usulan tersebut, sedangkan sisanya menolak.",
        "Warga diminta mendengarkan imbauan petugas dan membaca informasi terbaru dari BPBD.",
        "Tentang kami, warga desa, pemerintah belum pernah bertanya apa pun, kata Sutrisno.",
        "Klik dan geser layar ponsel menjadi kebiasaan baru para pelajar selama pandemi.",
        "Baca berita lain di koran pagi menjadi kebiasaan kakek saya sejak muda, tuturnya.",
        "Penulis adalah orang yang paling berjasa dalam buku itu, kata Budi kepada wartawan pekan lalu.",
        "The writer is unknown, police said, adding that the letter was left at the gate on Monday.",
        # What a newsroom, an official or a company answers for, in a story's words.
        "Isi berita ini menjadi tanggung jawab redaksi sepenuhnya, kata Ketua Dewan Pers pekan lalu.",
        "Pemerintah tidak bertanggung jawab atas kerugian yang dialami warga, kata juru bicara itu.",
        "Kami tidak bertanggung jawab atas isi surat itu, ujar juru bicara perusahaan kepada wartawan.",
        # Brackets around a sentence, or around a credit the credit rules read, make no chrome.
        "(Polisi masih menyelidiki kasus ini dan meminta warga tetap tenang, kata juru bicara.)",
    ],
)
def test_prose_like_the_chrome_is_kept(line: str) -> None:
    assert chrome_reason(line, None) is None
    assert _body(line) == [line]


def test_tag_lines_give_tags() -> None:
    out = clean([Candidate(PROSE), Candidate("Filed under: Ekonomi, Beras")])
    assert out.tags == ("Ekonomi", "Beras")
    assert [b.text for b in out.body] == [PROSE]


@pytest.mark.parametrize(
    ("line", "editors"),
    [
        ("(FHM)", ("FHM",)),
        ("(E-2)", ("E-2",)),
        ("(mdk/isn)", ("mdk", "isn")),
        ("(ant)", ("ant",)),
        ("[ran]", ("ran",)),
    ],
)
def test_closing_initials_of_any_outlet(line: str, editors: tuple[str, ...]) -> None:
    out = clean([Candidate(PROSE), Candidate(line)])
    assert [b.text for b in out.body] == [PROSE]
    assert out.editors == editors


def test_capital_initials_closing_the_last_paragraph() -> None:
    out = clean([Candidate(PROSE + " (AK/RN)")])
    assert [b.text for b in out.body] == [PROSE]
    assert out.editors == ("AK", "RN")


@pytest.mark.parametrize("mark", ["***", "*", "**"])
def test_a_story_end_mark_glued_to_the_last_sentence_is_no_text(mark: str) -> None:
    quote = "\u201cKami sudah siap,\u201d katanya."
    out = clean([Candidate(PROSE), Candidate(quote + mark)])
    assert [b.text for b in out.body] == [PROSE, quote]
    assert (R.BOILERPLATE, mark) in [(r.reason, r.text) for r in out.removed]


@pytest.mark.parametrize(
    "last",
    [
        "Harga naik menjadi Rp 5 juta per ton*",  # a footnote's mark after a word, no sentence before it
        f"{PROSE}****",  # more asterisks than an end mark has: a rule, a censored word
        "Daftar lengkapnya ada di bawah ini.*** Pertama, harga beras.",  # inside the text, not at its end
    ],
)
def test_asterisks_that_are_no_end_mark_stay(last: str) -> None:
    assert _body(PROSE, last) == [PROSE, last]


@pytest.mark.parametrize(
    "line", ["Cetak | Kirim ke teman", "Print | Email | Komentar (0)", "Cetak · Kirim ke teman · Facebook"]
)
def test_a_bar_of_buttons_joined_on_one_line_is_a_share_bar(line: str) -> None:
    # An old portal's tool bar under the text: each button is chrome alone, and so is the bar.
    assert chrome_reason(line, None) is R.SHARE
    assert _body(PROSE, line) == [PROSE]


@pytest.mark.parametrize(
    "line", ["Jakarta | Senin, 16 Maret 2009", "Ekonomi | Bisnis", "Cetak | Harga beras naik lagi pekan ini"]
)
def test_a_line_of_bars_whose_parts_are_not_all_buttons_is_no_share_bar(line: str) -> None:
    assert chrome_reason(line, None) is not R.SHARE


@pytest.mark.parametrize(
    "line",
    ["Videografer: Tempo Channel", "Multimedia: Nama Orang", "Produser: Rina Widiastuti", "Juru Kamera: A"],
)
def test_a_video_crews_credit_under_the_text_is_no_text(line: str) -> None:
    # A video page's description closes on its crew's credits: credited, for no part of the text.
    assert chrome_reason(line, None) is R.MEDIA
    out = clean([Candidate(PROSE), Candidate(line)])
    assert [b.text for b in out.body] == [PROSE]
    assert out.authors == ()


@pytest.mark.parametrize("line", ["Vdeografer: Tempo Channel", "Fotograffer: Budi Santoso", "Kameramn: A"])
def test_a_crew_credit_whose_label_is_one_letter_off_is_no_text(line: str) -> None:
    # A label typed by hand: one letter left out, doubled or changed, and still the crew's credit.
    assert chrome_reason(line, None) is R.MEDIA
    assert _body(PROSE, line) == [PROSE]


@pytest.mark.parametrize(
    "line",
    [
        "Pemulung: Budi Santoso",  # no role word one letter from it
        "Editir: Budi Santoso",  # a short role word is one letter from too many words to be mended
        "Reportase: Budi Santoso",  # two letters from "reporter"
    ],
)
def test_a_label_no_role_word_is_one_letter_from_stays(line: str) -> None:
    assert chrome_reason(line, None) is None


def test_a_sentence_opening_on_a_crew_role_is_text() -> None:
    line = "Produser film itu mengatakan syuting akan dimulai pada bulan depan di Yogyakarta."
    assert _body(PROSE, line) == [PROSE, line]


def test_a_sentence_about_an_advertisement_going_on_is_text() -> None:
    line = "Kerja sama itu berlanjut setelah iklan perdana mereka tayang di televisi nasional."
    assert _body(PROSE, line, OTHER) == [PROSE, line, OTHER]


@pytest.mark.parametrize("line", ["Penulis/Editor: Budi Santoso", "Reporter & Editor: Budi Santoso"])
def test_one_credit_for_two_roles_under_the_text_names_the_writer_and_the_editor(line: str) -> None:
    out = clean([Candidate(PROSE), Candidate(line)])
    assert [b.text for b in out.body] == [PROSE]
    assert (out.authors, out.editors) == (("Budi Santoso",), ("Budi Santoso",))


def test_credit_labels_without_a_space_after_their_colon_are_read() -> None:
    out = clean([Candidate(PROSE), Candidate("Penulis:Budi Santoso Editor:Citra Dewi")])
    assert [b.text for b in out.body] == [PROSE]
    assert (out.authors, out.editors) == (("Budi Santoso",), ("Citra Dewi",))


def test_a_joined_roles_credit_reads_alike_in_a_page_and_a_paste() -> None:
    import beritaparse  # noqa: PLC0415

    credit = "Penulis/Editor: Budi Santoso"
    text = "".join(f"<p>{line}</p>" for line in (PROSE, OTHER, credit))
    page = f"<html><body><article><h1>Judul</h1>{text}</article></body></html>"
    for art in (beritaparse.parse(page), beritaparse.parse_text(f"{PROSE}\n{OTHER}\n{credit}")):
        assert art.paragraphs == (PROSE, OTHER)
        assert (art.authors, art.editors) == (("Budi Santoso",), ("Budi Santoso",))


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        # The place a writer reports from, or the outlet, in brackets after the name: no part of it.
        ("Kontributor: Budi Santoso (Garut)", ("Budi Santoso",)),
        ("Budi Santoso (Garut), Citra Dewi (Bandung)", ("Budi Santoso", "Citra Dewi")),
        ("(Budi Santoso)", ("Budi Santoso",)),  # a name bracketed whole keeps its words
        # The date after "on" or "pada", its month first as English writes it.
        ("Posted by Budi Santoso on March 12, 2024", ("Budi Santoso",)),
        ("Oleh Budi Santoso pada 09 Nov 2021, 12:00 WIB", ("Budi Santoso",)),
        # The day's name after "on" or "pada": the word goes with the day.
        ("Posted by Budi on Monday", ("Budi",)),
        ("Oleh Budi Santoso pada Senin, 12 Maret 2024", ("Budi Santoso",)),
    ],
)
def test_a_place_or_a_date_after_a_credited_name_is_not_its(credit: str, names: tuple[str, ...]) -> None:
    assert split_names(credit) == names


@pytest.mark.parametrize(
    ("credit", "writers", "editors"),
    [
        # A row of credits that a source's label opens: the writer named after the source.
        ("Sumber: Antara | Penulis: Budi Santoso", ("Budi Santoso",), ()),
        ("Foto: Dok. Antara | Editor: Rina Dewi", (), ("Rina Dewi",)),
        # The role after the name, no label before it.
        ("Budi Santoso, Jurnalis", ("Budi Santoso",), ()),
        ("Budi Santoso - Wartawan", ("Budi Santoso",), ()),
        ("Budi Santoso, Kontributor Garut", ("Budi Santoso",), ()),
        ("Rina Dewi, Redaktur", (), ("Rina Dewi",)),
    ],
)
def test_a_credit_whose_label_does_not_open_it_names_its_people(
    credit: str, writers: tuple[str, ...], editors: tuple[str, ...]
) -> None:
    head = "Harga Beras Naik Lagi di Pasar Induk"
    page = (
        f"<html><body><div><h1>{head}</h1><div>{credit}</div><div>Senin, 13 Mei 2024 10:00 WIB</div></div>"
        f"<div><p>{PROSE}</p><p>{OTHER}</p><p>{PROSE} {OTHER}</p></div></body></html>"
    )
    inside = (
        f"<html><body><article><h1>{head}</h1><p>{credit}</p><p>{PROSE}</p><p>{OTHER}</p></article></body></html>"
    )
    pasted = f"{head}\n{credit}\nSenin, 13 Mei 2024 10:00 WIB\n{PROSE}\n{OTHER}"
    for art in (beritaparse.parse(inside), beritaparse.parse_text(pasted)):
        assert (art.authors, art.editors) == (writers, editors)
        assert credit not in art.text
    # Beside the headline, outside the text's box, the line is read for its writers.
    assert beritaparse.parse(page).authors == writers


@pytest.mark.parametrize(
    "line",
    [
        "Sumber: Kementerian Keuangan",  # a source alone names no writer
        "Sumber: Kementerian Keuangan mengatakan penulis: Budi tidak benar",
        "Menurut wartawan, harga beras naik lagi",
        "Presiden Joko Widodo, Jakarta",
        "Kata Budi, wartawan senior di Jakarta itu.",
    ],
)
def test_a_line_naming_a_role_or_a_source_is_no_credit_row(line: str) -> None:
    out = clean([Candidate(PROSE), Candidate(line), Candidate(OTHER)])
    assert (out.authors, out.editors) == ((), ())


def test_an_acronym_closing_a_sentence_is_text() -> None:
    line = "Kasus itu kini ditangani Komisi Pemberantasan Korupsi (KPK)"
    out = clean([Candidate(PROSE), Candidate(line)])
    assert [b.text for b in out.body] == [PROSE, line]
    assert out.editors == ()


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Merdeka.com - Harga beras naik.", None),
        ("Otosia.com Otosia.com - Harga beras naik.", None),
        # The outlet and the place with no comma between (a bold dateline, Tempo's 2017 mobile template).
        ("TEMPO.CO Jakarta - Harga beras naik.", "Jakarta"),
        ("Liputan6.com Banda Aceh - Harga beras naik.", "Banda Aceh"),
        ("Mangupura, (Metrobali.com)- Harga beras naik.", "Mangupura"),
        ("SUARA.CO.ID - Harga beras naik.", None),
        ("JAKARTA, KONTAN.CO.ID - Harga beras naik.", "Jakarta"),
        # Regional outlets whose names carry a hyphen.
        ("POS-KUPANG.COM, KUPANG - Harga beras naik.", "Kupang"),
        ("MEDAN, TRIBUN-MEDAN.com - Harga beras naik.", "Medan"),
        ("TRIBUN-BALI.COM - Harga beras naik.", None),
    ],
)
def test_outlet_name_prefixes(line: str, place: str | None) -> None:
    found, prefix, rest = split_dateline(line)
    assert (found, rest) == (place, "Harga beras naik.")
    assert prefix


def test_a_sentence_naming_an_outlet_keeps_its_words() -> None:
    line = "Merdeka.com adalah salah satu situs berita tertua di Indonesia."
    assert split_dateline(line) == (None, "", line)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        (
            "Dua gol dari sepak pojok di final itu paling dikenangMandatory Credit: Ben Radford /Allsport "
            "Foto: Ben Radford /Allsport",
            "Ben Radford /Allsport",
        ),
        ("Presiden meninjau banjir di Demak, Senin (18/3/2024). (ANTARA/Aji Styawan)", "ANTARA/Aji Styawan"),
        ("Suasana pasar induk pagi ini. Foto: Andi Pratama", "Andi Pratama"),
        # An agency in capitals with its unit, closing the caption.
        ("Presiden Joko Widodo di Istana Negara, Jakarta, 2022. BPMI Setpres/Lukas", "BPMI Setpres/Lukas"),
        # The credit opening the caption, before the word that says what the photo shows.
        ("Youtube/PB ESI Ilustrasi game Free Fire, Mobile Legends, dan PES 2021.", "Youtube/PB ESI"),
        ("PIXABAY/ Flor del Rocío Martínez Ilustrasi salad buah.", "PIXABAY/ Flor del Rocío Martínez"),
        # The credit in square brackets before the caption's full stop.
        ("Pemimpin redaksi di Teater Utan Kayu, 21 Juni 2000 [TEMPO/ Rully Kesuma].", "TEMPO/ Rully Kesuma"),
        # A handout an agency passed on, and an agency's photo desk after the last sentence (Tempo's photo
        # story, pasted: each slide's text with its credit).
        (
            "Megawati tiba di Bangkok, 26 Oktober 2017. (Kementerian Luar Negeri Thailand via AP)",
            "Kementerian Luar Negeri Thailand via AP",
        ),
        ("Ratu Mathilde dari Belgia di Bangkok, Thailand, 26 Oktober 2017. AP Photo", "AP Photo"),
    ],
)
def test_captions_in_the_text(line: str, credit: str) -> None:
    caption = caption_in_text(line)
    assert caption is not None
    assert caption.credit == credit
    assert "Foto:" not in caption.text
    assert "Mandatory" not in caption.text


@pytest.mark.parametrize(
    "line",
    [
        "Menurut dia, foto: bukti yang paling kuat dalam perkara ini adalah rekaman kamera pengawas.",
        "Kasus itu ditangani Komisi Pemberantasan Korupsi (KPK).",
        # Round brackets before the full stop close a sentence of the text.
        "Rekaman itu diserahkan kepada penyidik, kata juru bicara kepolisian (Humas Polda/Metro Jaya).",
        # "via" and no agency after it: how the words came, not whose picture it is.
        "Ia menjawab pertanyaan wartawan. (Wawancara via WhatsApp)",
    ],
)
def test_prose_is_no_caption(line: str) -> None:
    assert caption_in_text(line) is None


def test_a_cue_opening_running_prose_is_no_related_link() -> None:
    # "Jangan lewatkan ..." may open a paragraph of the text (IDN Times' closing lines); a linked title is
    # some words long, prose runs on.
    line = (
        "Jangan lewatkan pembukaan dua outlet perdana di Makassar pada bulan Desember 2023. Berbekal"
        " pengalaman bertahun-tahun di industri makanan dan minuman, grup itu terus melahirkan konsep"
        " restoran dan acara hiburan yang unik di seluruh Indonesia."
    )
    out = clean([Candidate(PROSE), Candidate(line)])
    assert [b.text for b in out.body] == [PROSE, line]
    assert out.related == ()
    # The cue over a title is a related link, linked or not (a paste keeps no link).
    out = clean([Candidate(PROSE), Candidate("Jangan Lewatkan: Harga Cabai Rawit Turun Tajam di Pasar")])
    assert [r.title for r in out.related] == ["Harga Cabai Rawit Turun Tajam di Pasar"]


def test_baca_with_a_colon_is_a_related_link() -> None:
    out = clean([Candidate(PROSE), Candidate("Baca: Jawaban Soal SMP di TVRI"), Candidate(PROSE + " Lagi.")])
    assert [r.title for r in out.related] == ["Jawaban Soal SMP di TVRI"]
    assert len(out.body) == 2


@pytest.mark.parametrize(
    "cue", ["Tonton Juga", "Saksikan Juga", "Simak Juga", "Lihat Juga", "Tonton", "Watch"]
)
def test_watch_and_see_cues_are_related_links(cue: str) -> None:
    line = f"{cue}: Detik-detik Banjir Bandang Terjang Permukiman Warga"
    out = clean([Candidate(PROSE), Candidate(line), Candidate(OTHER)])
    assert [b.text for b in out.body] == [PROSE, OTHER]
    assert [r.title for r in out.related] == ["Detik-detik Banjir Bandang Terjang Permukiman Warga"]


def test_baca_in_prose_is_text() -> None:
    line = "Baca buku setiap hari membuat anak lebih mudah memahami pelajaran di sekolah."
    assert _body(line) == [line]


def test_labels_above_the_headline_are_not_text() -> None:
    out = clean(
        [Candidate("FotoBisnis"), Candidate("Gardu Induk Baru Beroperasi", hint="title"), Candidate(PROSE)]
    )
    assert [b.text for b in out.body] == [PROSE]


def test_desk_credits_and_institution_credits() -> None:
    assert split_names("Tim detikBali") == ("Tim detikBali",)
    assert split_names("Tim Redaksi") == ()
    assert split_names("Rusman/Biro Pers Sekretariat Presiden") == ("Rusman",)


def test_teasers_above_the_dateline_are_not_text() -> None:
    out = clean(
        [
            Candidate("Jalan Tol Baru Dibuka Pekan Depan, Tarifnya?"),
            Candidate("JAKARTA, KOMPAS.com - " + PROSE),
            Candidate(OTHER),
        ]
    )
    assert out.dateline == "Jakarta"
    assert [b.text for b in out.body] == [PROSE, OTHER]


def test_long_paragraphs_above_a_later_dateline_stay() -> None:
    first = PROSE + " " + PROSE
    out = clean([Candidate(first), Candidate("Jakarta - " + PROSE)])
    assert out.body[0].text == first


def test_press_release_dateline() -> None:
    place, _prefix, rest = split_dateline(
        "ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) -- Pemerintah kota itu."
    )
    assert (place, rest) == ("Istanbul", "Pemerintah kota itu.")


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Samarinda, 13 Mei 2024 – Pemerintah kota itu.", "Samarinda"),
        ("SAMARINDA, 13/5 (KabarKota) - Pemerintah kota itu.", "Samarinda"),
        ("Samarinda | KabarKota.co.id - Pemerintah kota itu.", "Samarinda"),
        ("SAMARINDA (Kabarkota.id) : Pemerintah kota itu.", "Samarinda"),
        # The outlet's domain before the place, then a colon (Metrotvnews.com's 2016 template).
        ("Metrotvnews.com, Jakarta: Pemerintah kota itu.", "Jakarta"),
    ],
)
def test_regional_datelines_with_a_day_a_bar_or_a_colon(line: str, place: str) -> None:
    found, _prefix, rest = split_dateline(line)
    assert (found, rest) == (place, "Pemerintah kota itu.")


def test_a_control_label_with_a_bar_is_no_dateline() -> None:
    # "Reset | A-", a font-size control beside the text, is a place and an outlet to no one.
    assert split_dateline("Reset | A- Pemerintah kota itu.") == (None, "", "Reset | A- Pemerintah kota itu.")


def test_credit_label_with_a_staff_code() -> None:
    out = clean([Candidate(PROSE), Candidate("Pewarta: prwir")])
    assert [b.text for b in out.body] == [PROSE]
    assert out.authors == ()


def test_channel_invitation_with_its_link() -> None:
    line = (
        "Simak berita pilihan kami. Pilih saluran andalanmu akses berita Contoh.com WhatsApp Channel : "
        "https://www.whatsapp.com/channel/0029VaFPbedB. Pastikan kamu sudah install aplikasi WhatsApp ya."
    )
    assert chrome_reason(line, None) is R.PROMO


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        (
            "Presiden meninjau pasar di Solo, Senin (13/5/2024). ANTARA FOTO/Mohammad Ayudha/foc.",
            "ANTARA FOTO/Mohammad Ayudha/foc",
        ),
        ("Petugas memeriksa kendaraan di Jalan Sudirman. ANTARA/Galih Pradipta", "ANTARA/Galih Pradipta"),
        ("Warga memadati pasar. [Foto: Istimewa]", "Istimewa"),
    ],
)
def test_captions_with_agency_credits(line: str, credit: str) -> None:
    out = clean([Candidate(PROSE), Candidate(line)])
    assert [b.text for b in out.body] == [PROSE]
    assert [c.credit for c in out.captions] == [credit]


@pytest.mark.parametrize(
    ("caption", "text", "credit"),
    [
        # A caption element's text closing on an agency's photo desk, no bracket (Tempo's photo pages).
        ("Warga antre, 26 Oktober 2017. AP Photo", "Warga antre, 26 Oktober 2017.", "AP Photo"),
        ("Raja tiba. AFP PHOTO/Royal Thai Bureau", "Raja tiba.", "AFP PHOTO/Royal Thai Bureau"),
        ("Polisi berjaga. Reuters Photo/Ajeng Dinar.", "Polisi berjaga.", "Reuters Photo/Ajeng Dinar"),
        ("Haaland mencetak 4 gol, Minggu. (c) AP Photo", "Haaland mencetak 4 gol, Minggu.", "AP Photo"),
        # No sentence before it: the words are the caption's own.
        ("Wartawan AP Photo meliput sidang", "Wartawan AP Photo meliput sidang", None),
        ("Pameran foto di Bangkok. Foto bersama", "Pameran foto di Bangkok. Foto bersama", None),
    ],
)
def test_a_caption_elements_closing_agency_photo_credit(caption: str, text: str, credit: str | None) -> None:
    assert split_caption(caption) == Caption(text=text, credit=credit)


@pytest.mark.parametrize(
    "line",
    [
        "Hal itu disampaikan Menteri. KPK/Kejaksaan belum menanggapi",
        "Data itu dirilis oleh BPS. Kepala BPS/Menteri menyatakan hal sama.",
    ],
)
def test_slashes_in_prose_are_no_credit(line: str) -> None:
    assert _body(line) == [line]


@pytest.mark.parametrize(
    "line", ["Sumber foto: Instagram", "Dok. Humas Polda Bali", "Dokumentasi: Humas Pemkab"]
)
def test_photo_source_lines(line: str) -> None:
    assert chrome_reason(line, None) is R.MEDIA


def test_a_doctor_is_no_photo_source() -> None:
    line = "Dokter meminta warga menjaga kebersihan lingkungan selama musim hujan tiba."
    assert _body(line) == [line]


def test_english_dateline_closed_by_a_full_stop() -> None:
    text = "Jakarta. The government will raise the rice import quota, the minister said on Tuesday."
    assert split_dateline(text) == ("Jakarta", "Jakarta.", text.removeprefix("Jakarta. "))


@pytest.mark.parametrize(
    "text",
    [
        "Demikian. Lalu ia pergi ke pasar dan membeli beras untuk keluarga di rumah.",
        "Prof. Budi said the minister was in the city on Tuesday and the plan was on track.",
    ],
)
def test_a_one_word_sentence_is_no_dateline(text: str) -> None:
    assert split_dateline(text) == (None, "", text)


def test_a_sign_off_ends_a_run_of_related_links() -> None:
    out = clean(
        [
            Candidate(PROSE),
            Candidate("Jangan Lewatkan"),
            Candidate("Harga Cabai Turun di Pasar Induk"),
            Candidate("(kpl/sry)"),
        ]
    )
    assert [r.title for r in out.related] == ["Harga Cabai Turun di Pasar Induk"]
    assert out.editors == ("kpl", "sry")


def test_a_line_restating_the_paragraph_above_is_no_text() -> None:
    above = (
        "PT PLN hari ini resmi mengoperasikan Gardu Induk (GI) 150 kV Milenium 2x60 MVA beserta jaringannya. "
        "GI Milenium merupakan bagian dari GITET Balaraja."
    )
    out = clean(
        [Candidate(above), Candidate("PT PLN resmi mengoperasikan Gardu Induk (GI) 150 kV Milenium.")]
    )
    assert [b.text for b in out.body] == [above]


@pytest.mark.parametrize(
    "line",
    [
        "Hal itu dikatakan Budi kepada wartawan.",
        "Pedagang menyambut baik pasar baru itu, namun mereka meminta harga sewa kios diturunkan.",
    ],
)
def test_a_short_paragraph_sharing_words_with_the_one_above_stays(line: str) -> None:
    above = "Pedagang menyambut baik pasar baru yang lebih bersih, kata Budi kepada wartawan di Kuta."
    assert _body(above, line) == [above, line]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Share this:", R.SHARE),
        ("Like Loading...", R.SHARE),
        # Jetpack's share and like boxes flattened into one line, and a share plugin's label.
        ("Share this: Twitter Facebook WhatsApp", R.SHARE),
        ("Like this: Like Loading...", R.SHARE),
        ("Suka ini: Suka Memuat...", R.SHARE),
        ("Sharing is caring!", R.SHARE),
        # A theme's text-size buttons, read-aloud button, breadcrumb trail and view counter over the text,
        # and the desk or account named alone where a byline stands.
        ("A+ A-", R.SHARE),
        ("A- A A+", R.SHARE),
        ("Ukuran Font", R.SHARE),
        ("Ukuran Teks: A- A+", R.SHARE),
        ("Dengarkan", R.MEDIA),
        ("Dengarkan Berita", R.MEDIA),
        ("Home > Berita > Daerah", R.NAVIGATION),
        ("Beranda » Daerah » Samarinda", R.NAVIGATION),
        ("Artikel ini telah dibaca 1.234 kali", R.NOT_CONTENT),
        ("Redaksi", R.BYLINE),
        ("Admin", R.BYLINE),
        ("Dibaca: 1.234 kali", R.NOT_CONTENT),
        ("1,234 views", R.NOT_CONTENT),
        ("Posted in Berita Daerah", R.TAGS),
        ("Posted by admin", R.BYLINE),
        ("Artikel Sebelumnya", R.PAGING),
        ("Next article", R.PAGING),
        ("Tinggalkan Balasan", R.NOT_CONTENT),
        ("Your email address will not be published. Required fields are marked *", R.NOT_CONTENT),
        ("Berita Lainnya", R.NAVIGATION),
        ("Rekomendasi untuk Anda", R.NAVIGATION),
        ("Terpopuler", R.NAVIGATION),
        ("Pilihan Editor", R.NAVIGATION),
        ("Klik di sini untuk membaca berita lainnya", R.PROMO),
        ("Baca Berita Menarik Lainnya dari Contoh di Google News", R.PROMO),
    ],
)
def test_theme_chrome(line: str, reason: RemovedReason) -> None:
    assert chrome_reason(line, None) is reason


@pytest.mark.parametrize(
    "line",
    [
        "Apa kata warga?",
        "Beranda rumah itu rusak parah.",
        "Home sweet home, kata dia.",
        "Redaksi menerima surat pembaca setiap hari.",
        "Dengarkan suara rakyat, kata dia.",
    ],
)
def test_sentences_opening_on_a_theme_word_stay(line: str) -> None:
    assert chrome_reason(line, None) is None


@pytest.mark.parametrize(
    "line",
    [
        "Terbaru, pemerintah menyebutkan bahwa harga cabai juga ikut naik di sejumlah pasar.",
        "Artikel sebelumnya yang ditulis Budi menyebut harga beras turun pada bulan lalu.",
        "Klik di sini, kata warga, sudah menjadi kebiasaan sebelum membeli apa pun secara daring.",
        "Sebanyak 1.234 pembaca mengirimkan pertanyaan kepada redaksi selama sepekan terakhir.",
    ],
)
def test_prose_like_theme_chrome_is_kept(line: str) -> None:
    assert _body(line) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Diposting oleh Budi Santoso",
        "Laporan: Budi Santoso",
        "Posted by Budi Santoso",
        "Kontributor: Budi Santoso",
    ],
)
def test_credit_lines_in_the_text(line: str) -> None:
    out = clean([Candidate(PROSE), Candidate(line)])
    assert [b.text for b in out.body] == [PROSE]
    assert out.authors == ("Budi Santoso",)


def test_outlet_and_place_without_a_dash() -> None:
    assert split_dateline("Liputan6.com, Jakarta London Love Story, film kedua itu, laris.") == (
        "Jakarta",
        "Liputan6.com, Jakarta",
        "London Love Story, film kedua itu, laris.",
    )
    line = "Kompas.com, media daring tertua, menulis berita itu."
    assert split_dateline(line) == (None, "", line)


@pytest.mark.parametrize(
    "credit", ["(Tribunnews.com/Chaerul Umam)", "(ANTARA)", "(AP/Reuters)", "(mcr4/jpnn)"]
)
def test_the_closing_paragraph_with_a_source_credit_is_text(credit: str) -> None:
    last = "Pemerintah berjanji menambah pasokan dari gudang Bulog mulai bulan depan agar harga turun lagi."
    out = clean([Candidate(PROSE), Candidate(f"{last} {credit}")])
    assert [b.text for b in out.body] == [PROSE, last]
    assert out.captions == ()


def test_a_short_caption_closing_the_text_stays_a_caption() -> None:
    caption = "Pedagang beras di Pasar Induk Cipinang, Senin (13/5/2024). (ANTARA/Galih Pradipta)"
    out = clean([Candidate(PROSE), Candidate(caption)])
    assert [b.text for b in out.body] == [PROSE]
    assert [c.credit for c in out.captions] == ["ANTARA/Galih Pradipta"]


@pytest.mark.parametrize(
    "caption",
    [
        # Pikiran Rakyat's photo box after the text, read without its class names (ir-pikiranrakyat-amp-1).
        "MANTAN pimpinan KPK, Taufiqurrahman Ruki (kedua kanan) dan Erry Riyana Hardjapamekas (kiri)"
        " memberikan keterangan terkait polemik revisi UU KPK di Gedung KPK, Jakarta, Senin, 16 September"
        " 2019.*/ANTARA FOTO",
        "Menteri Keuangan Sri Mulyani (ketiga dari kiri) berbincang dengan para pedagang beras di Pasar Induk"
        " Cipinang, Jakarta, Senin (13/5/2024). (ANTARA/Galih Pradipta)",
    ],
)
def test_a_caption_placing_the_people_it_shows_closing_the_text_stays_a_caption(caption: str) -> None:
    # Long and told in sentences, it reads like a closing paragraph with its source; "(kiri)", "(kedua
    # kanan)" place people in a picture, which only a caption does.
    out = clean([Candidate(PROSE), Candidate(caption)])
    assert [b.text for b in out.body] == [PROSE]
    assert len(out.captions) == 1


def test_a_caption_followed_by_text_stays_a_caption() -> None:
    caption = (
        "Pedagang beras menata dagangannya di Pasar Induk Cipinang sambil menunggu pembeli yang mulai "
        "berkurang sejak harga naik. (ANTARA/Galih Pradipta)"
    )
    out = clean([Candidate(PROSE), Candidate(caption), Candidate(OTHER)])
    assert [b.text for b in out.body] == [PROSE, OTHER]
    assert len(out.captions) == 1


# "(***)" is the end mark of a story (as "(*)" is): set aside, naming nobody.
@pytest.mark.parametrize(("line", "editors"), [("(***)", ()), ("(KOMPAS)", ("KOMPAS",))])
def test_more_sign_offs(line: str, editors: tuple[str, ...]) -> None:
    out = clean([Candidate(PROSE), Candidate(line)])
    assert [b.text for b in out.body] == [PROSE]
    assert out.editors == editors


@pytest.mark.parametrize("credit", ["(Tribunnews.com/Chaerul Umam)", "(AP/Reuters)"])
def test_a_source_credit_on_its_own_line_after_the_text_is_a_sign_off(credit: str) -> None:
    out = clean([Candidate(PROSE), Candidate(OTHER), Candidate(credit)])
    assert [b.text for b in out.body] == [PROSE, OTHER]
    assert out.captions == ()


def test_a_credit_on_its_own_line_inside_the_text_closes_a_caption() -> None:
    caption = "Pedagang beras menata dagangannya di Pasar Induk Cipinang sambil menunggu pembeli datang."
    out = clean(
        [Candidate(PROSE), Candidate(caption), Candidate("(ANTARA/Galih Pradipta)"), Candidate(OTHER)]
    )
    assert [b.text for b in out.body] == [PROSE, OTHER]
    assert [c.text for c in out.captions] == [caption]


@pytest.mark.parametrize(
    ("line", "authors", "editors"),
    [
        ("(Penulis: Budi Santoso)", ("Budi Santoso",), ()),
        ("(Laporan: Budi Santoso / Editor: Ani Wijaya)", ("Budi Santoso",), ("Ani Wijaya",)),
    ],
)
def test_bracketed_credits_closing_the_text(
    line: str, authors: tuple[str, ...], editors: tuple[str, ...]
) -> None:
    for candidates in ([PROSE, OTHER, line], [PROSE, f"{OTHER} {line}"]):
        out = clean([Candidate(c) for c in candidates])
        assert [b.text for b in out.body] == [PROSE, OTHER]
        assert (out.authors, out.editors) == (authors, editors)


def test_words_in_brackets_closing_prose_stay() -> None:
    line = "Harga beras, kata dia, akan kembali turun setelah panen raya (April mendatang)"
    assert _body(PROSE, line) == [PROSE, line]


def test_bracketed_by_credit_closing_the_text_names_the_writer() -> None:
    out = clean([Candidate(PROSE), Candidate(OTHER), Candidate("(Ditulis oleh Budi Santoso)")])
    assert [b.text for b in out.body] == [PROSE, OTHER]
    assert out.authors == ("Budi Santoso",)


def test_bracketed_by_words_in_prose_are_text() -> None:
    line = "Bantuan itu disalurkan pekan lalu (oleh karena itu warga diminta bersabar)."
    out = clean([Candidate(PROSE), Candidate(line)])
    assert [b.text for b in out.body] == [PROSE, line]
    assert out.authors == ()


def test_a_role_word_between_names_is_no_name() -> None:
    assert split_names("Editor, Budi Santoso, Photographer, Ani Wijaya", codes=True) == (
        "Budi Santoso",
        "Ani Wijaya",
    )


def _paste_lines() -> list[str]:
    folder = Path(__file__).parent / "pastes"
    lines = {line.strip() for path in folder.glob("*/*.txt") for line in path.read_text("utf-8").splitlines()}
    return sorted(line for line in lines if line and len(line) <= _CHROME_MAX)


def test_full_line_cues_read_in_one_pass_name_the_first_cue_that_matches() -> None:
    """chrome_reason tries the full-line cues that can open the line (those with needed words only where
    the line holds one): on every line of the committed pastes (site menus, footers, share bars and prose),
    it names the reason of the first cue that matches the whole line, as trying the cues one by one, in
    order, does."""
    one_by_one = [(regex.compile(row[0], WORDS), row[1]) for row in phrases.FULL_LINE]
    named = 0
    for line in _paste_lines():
        first = next((reason for pattern, reason in one_by_one if pattern.fullmatch(line)), None)
        if first is not None:
            named += 1
            assert chrome_reason(line, None) is first, line
    assert named >= 20  # the pastes hold chrome lines of many kinds, so the check reads more than a few


def test_short_lines_after_a_sign_off_are_not_text() -> None:
    lines = (PROSE, OTHER, "(vyp/kna)", "stroke penyakit jantung")
    out = clean([Candidate(line) for line in lines])
    assert [b.text for b in out.body] == [PROSE, OTHER]
    assert out.editors == ("vyp", "kna")
    assert (R.NOT_CONTENT, "stroke penyakit jantung") in [(r.reason, r.text) for r in out.removed]


def test_a_sentence_after_a_bracketed_line_is_text() -> None:
    lines = (PROSE, OTHER, "(abc)", PROSE.replace("beras", "gula"))
    out = clean([Candidate(line) for line in lines])
    assert [b.text for b in out.body][-1] == PROSE.replace("beras", "gula")


def test_a_role_word_run_into_the_name_is_cut_from_it() -> None:
    # A copy that lost the space between the byline's elements: "Oleh" and the name's link (Liputan6 2026).
    assert split_names("OlehAdy Anugrahadi") == ("Ady Anugrahadi",)
    assert split_names("PenulisNabilla Tashandra") == ("Nabilla Tashandra",)
    # A name that opens with a role word's letters is a name ("Byron", "Olehan").
    assert split_names("Byron Sitompul") == ("Byron Sitompul",)
    assert split_names("Olehan Budi") == ("Olehan Budi",)


def test_a_share_label_run_into_the_byline_is_no_part_of_the_name() -> None:
    # Popmama's writer box: the name's link, then the share bar's "Share:" in the same wrapper.
    assert split_names("Rachma Share:") == ("Rachma",)
    assert split_names("Budi Santoso Bagikan") == ("Budi Santoso",)


@pytest.mark.parametrize(
    "line",
    [
        # After a sentence on what the channels hold, the call points "here" (its links' words).
        "Contoh.id juga punya konten video lho! Subscribe channel Youtube Contoh.id di sini, dan add official"
        " LINE Contoh.id di sini untuk giveaway dan update breaking news!",
        "Kami kini hadir di WhatsApp. Ikuti saluran WhatsApp kami untuk kabar terbaru setiap hari.",
    ],
)
def test_a_call_to_follow_the_sites_channels_after_a_sentence_is_a_promo(line: str) -> None:
    assert chrome_reason(line, None) is R.PROMO


def test_a_quoted_source_on_what_to_follow_is_text() -> None:
    # No "here" and no "our": the sentence reports what someone said, it sends the reader nowhere.
    line = "Dia meminta warga tenang. Ikuti protokol kesehatan, katanya lewat akun Instagram pribadinya."
    assert chrome_reason(line, None) is None


def test_a_house_promo_ending_on_its_call_to_sign_up_is_no_text_however_long() -> None:
    # Longer than any chrome line the table reads (260 characters): the call it ends on says what it is.
    promo = (
        "Mau coba berbagai game dan VR buatan dalam negeri secara gratis? Raih banyak hadiah secara gratis,"
        " dan main sepuasnya? Yuk kunjungi pameran game terbesar tahun ini di Balai Kartini Jakarta, hari"
        " Sabtu dan Minggu, 13-14 Juli 2019. Acaranya gratis lho guys, jadi daftar sekarang ya di sini!"
    )
    assert len(promo) > 260
    assert chrome_reason(promo, None) is R.PROMO
    out = clean([Candidate(PROSE), Candidate(promo), Candidate(OTHER)])
    assert [b.text for b in out.body] == [PROSE, OTHER]


@pytest.mark.parametrize(
    "line",
    [
        "Warga bisa daftar sekarang di kantor desa terdekat dengan membawa kartu tanda penduduk.",
        "Pendaftaran dibuka hari ini, dan panitia meminta peserta segera mendaftar sekarang juga.",
    ],
)
def test_news_about_signing_up_is_text(line: str) -> None:
    assert chrome_reason(line, None) is None


def test_an_embedded_posts_words_credit_and_date_are_not_text() -> None:
    # An Instagram embed flattened: its link, the post's words, its credit going on to the post's date.
    lines = (
        PROSE,
        "View this post on Instagram",
        "We proudly announce that our company officially enters eSports by acquiring a media group today.",
        "A post shared by IDN Times (@idntimes) on",
        "Jul 14, 2019 at 9:00pm PDT",
        OTHER,
    )
    out = clean([Candidate(line) for line in lines])
    assert [b.text for b in out.body] == [PROSE, OTHER]
    assert (R.MEDIA, "Jul 14, 2019 at 9:00pm PDT") in [(r.reason, r.text) for r in out.removed]


_SIGNATURE = "— Tiara Adiratna (@tiaradiratna) February 11, 2020"


_TWEET = "Bapaknya nyuci wajan pake genangan air becek. Bikin takut jajan huhu pic.twitter.com/tpIe2wXDRo"


def test_a_posts_signature_takes_the_paragraph_above_for_the_posts_words() -> None:
    tweet = _TWEET
    assert _body(PROSE, tweet, _SIGNATURE, OTHER) == [PROSE, OTHER]


def test_a_posts_signature_shown_again_alone_leaves_the_paragraph_above_it() -> None:
    # The post embedded a second time, broken (a read-page's break cut its embed): its signature stands
    # alone under the text's paragraph, whose words are no post's; the post's were read at its first embed.
    tweet = _TWEET
    assert _body(PROSE, tweet, _SIGNATURE, OTHER, _SIGNATURE) == [PROSE, OTHER]


def test_an_ad_slots_label_and_its_scroll_prompt_on_one_line_are_advertising() -> None:
    assert chrome_reason("Iklan - Scroll untuk Melanjutkan", None) is R.ADVERTISEMENT
    assert chrome_reason("Advertisement · Scroll to continue", None) is R.ADVERTISEMENT


@pytest.mark.parametrize("line", ["nz.pinterest.com", "www.agoda.com", "lilyrianitravelholic.blogspot.co.id"])
def test_a_sites_name_alone_under_a_picture_is_its_source(line: str) -> None:
    assert chrome_reason(line, None) is R.MEDIA


@pytest.mark.parametrize(
    "line",
    [
        "http://en.merhametveadalet.com/",  # an address for the reader to visit, written in full
        "www.twitter.com/AdaletMerhamet",
        "Dr.Budi",
        "Harga naik 1.5 persen.",
    ],
)
def test_an_address_in_full_and_dotted_words_are_no_pictures_source(line: str) -> None:
    assert chrome_reason(line, None) is not R.MEDIA


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        # What the reader gets, then the call to click (Kompas's 2023 line over its ad-light pages).
        ("Baca berita dengan sedikit iklan, klik di sini", R.PROMO),
        ("Scroll untuk membaca", R.ADVERTISEMENT),  # the prompt over an ad slot in the text
        ("Topik Menarik", R.TAGS),  # the heading over a tag box
        ("Download Apps Detikcom Sekarang https://apps.detik.com/detik/", R.PROMO),
    ],
)
def test_national_outlets_calls_and_labels_are_chrome(line: str, reason: R) -> None:
    assert chrome_reason(line, None) is reason


def test_a_sentence_that_asks_the_reader_to_click_for_something_is_text() -> None:
    # The call opens the sentence and goes on to what it is for: no promo's closing call.
    assert chrome_reason("Warga bisa klik di sini untuk mendaftar ke posko bantuan terdekat.", None) is None


# A picture's credit on a line of its own, an agency or a domain and the photographer after a slash, as a
# paste gives a picture's box: it closes the caption kept right above it, or stands for a picture alone.
@pytest.mark.parametrize(
    "credit",
    ["TEMPO/M Taufan Rengganis", "AFP/NICOLAS ASFOURI .", "ANTARA FOTO/Budi Setya/foc", "Suara.com/Alfian"],
)
def test_a_credit_line_under_a_caption_closes_it(credit: str) -> None:
    caption = "Anggota IDI berunjuk rasa di depan gedung DPR di Jakarta, Senin (28/11/2022)."
    out = clean([Candidate(PROSE), Candidate(caption), Candidate(credit), Candidate(OTHER)])
    assert [b.text for b in out.body] == [PROSE, OTHER]
    assert [(c.text, c.credit) for c in out.captions] == [(caption, credit.rstrip(" ."))]


def test_a_credit_line_with_no_text_right_above_is_the_pictures_alone() -> None:
    lines = ["Foto: Istimewa", "AFP/REZAN SOLEH", PROSE, OTHER]
    out = clean([Candidate(line) for line in lines])
    assert [b.text for b in out.body] == [PROSE, OTHER]
    assert (R.MEDIA, "AFP/REZAN SOLEH") in [(r.reason, r.text) for r in out.removed]
    assert out.captions == ()


@pytest.mark.parametrize(
    "line", ["www.twitter.com/AdaletMerhamet", "Harga naik 10/20 persen", "TNI/polri berjaga."]
)
def test_a_line_with_a_slash_that_credits_no_picture_stays_text(line: str) -> None:
    out = clean([Candidate(PROSE), Candidate(line), Candidate(OTHER)])
    assert [b.text for b in out.body] == [PROSE, line, OTHER]


# A video page's description closes on its tags, the site's accounts and the video's own credits.
@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("#Xiaomi #Xiaomi12 #Xiaomi12Lite #Indonesia #Tekno", R.TAGS),
        ("Follow media sosial KompasTekno yuk:", R.PROMO),
        ("Ikuti sosial media kami untuk kabar terbaru", R.PROMO),
        ("TikTok: https://www.tiktok.com/@kompastekno", R.PROMO),
        ("Instagram: @kompas.tekno", R.PROMO),
        ("YouTube: www.youtube.com/contoh", R.PROMO),
        # A channel's home under its name (unseen/pp-kompas-video-1).
        ("Berita Teknologi dan Gadget: https://tekno.kompas.com", R.PROMO),
        ("Video Editor: Mochamad Hildan Farros", R.MEDIA),
    ],
)
def test_a_video_pages_closing_lines(line: str, reason: R) -> None:
    assert chrome_reason(line, None) is reason


@pytest.mark.parametrize(
    "line",
    [
        "#BersatuMelawanCovid adalah kampanye yang digagas pemerintah sejak awal pandemi.",
        "Instagram: platform berbagi foto itu kini dipakai 100 juta warga Indonesia.",
        "Editor video itu mengaku tidak tahu siapa yang mengunggahnya ke media sosial.",
        # A page the text points at is no channel's home; nor is a sentence that closes on an address.
        "Daftar lengkapnya: https://kemdikbud.go.id/main/blog/2024/05/daftar-sekolah",
        "Warga yang ingin mendaftar dapat mengisi formulir di laman resmi pemerintah: https://contoh.go.id",
    ],
)
def test_lines_about_tags_platforms_and_video_editors_stay_text(line: str) -> None:
    assert chrome_reason(line, None) is None


def test_a_shop_box_goes_with_its_buttons() -> None:
    box = ["Drunk Elephant Cocomino Glossing Shampoo", "sephora.com", "$25.00", "Shop Now"]
    other = ["Krim Pelembap Ringan", "Rp 150.000", "Beli Sekarang"]
    out = clean([Candidate(line) for line in [PROSE, *box, *other, OTHER]])
    assert [b.text for b in out.body] == [PROSE, OTHER]


@pytest.mark.parametrize(
    "line",
    [
        "Warga memilih belanja sekarang sebelum harga beras naik lagi pekan depan.",
        "Cek harga cabai di pasar induk: naik dua kali lipat.",
    ],
)
def test_a_sentence_about_buying_is_no_shop_button(line: str) -> None:
    assert chrome_reason(line, None) is None


@pytest.mark.parametrize(
    "line",
    ["Selanjutnya: Jalannya Pertandingan...", "Halaman berikutnya: Daftar Pemain", "Next page: The Final"],
)
def test_a_pager_button_naming_the_next_page_is_paging(line: str) -> None:
    assert chrome_reason(line, None) is R.PAGING


def test_a_sentence_after_selanjutnya_stays_text() -> None:
    assert chrome_reason("Selanjutnya: pemerintah akan menaikkan harga BBM bulan depan.", None) is None


def test_the_agency_in_brackets_with_a_full_stop_before_the_dash_is_a_dateline() -> None:
    assert split_dateline("BANDUNG, (PR).- Pelatih Persib Bandung menyatakan timnya siap.") == (
        "Bandung",
        "BANDUNG, (PR).-",
        "Pelatih Persib Bandung menyatakan timnya siap.",
    )


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Pemain Persib berusaha melewati lawan di Stadion Bangkalan, Sabtu (5/10/2019).*/ANTARA", "ANTARA"),
        ("Warga memadati Pasar Baru, Senin (13/5/2024)./ANTARA FOTO", "ANTARA FOTO"),
    ],
)
def test_an_agency_glued_to_a_captions_last_sentence(line: str, credit: str) -> None:
    caption = caption_in_text(line)
    assert caption is not None
    assert caption.credit == credit
    assert not caption.text.endswith("/")


def test_a_sentence_with_a_slash_inside_is_no_glued_credit() -> None:
    assert caption_in_text("Harga naik 10/20 persen pekan ini, kata pedagang di pasar.") is None


@pytest.mark.parametrize(
    "line", ["Scroll ke bawah untuk membaca informasi selengkapnya.", "Scroll down to continue reading"]
)
def test_a_prompt_to_scroll_down_is_no_text(line: str) -> None:
    assert chrome_reason(line, None) is R.ADVERTISEMENT


@pytest.mark.parametrize("line", ["1 dari 2", "2 dari 2 halaman"])
def test_a_pages_counter_is_paging(line: str) -> None:
    assert chrome_reason(line, None) is R.PAGING


def test_a_count_of_people_is_no_pages_counter() -> None:
    assert chrome_reason("3 dari 10 orang", None) is None


def test_a_sign_off_closing_a_page_within_the_text_credits_the_editor() -> None:
    # KapanLagi's mobile page signs its first page "(kpl/lou)"; the later pages follow in the same HTML.
    text = "Maudy Koesnaedi merayakan 19 tahun pernikahannya dengan Erick Meijer pada 23 September kemarin."
    out = clean([Candidate(text), Candidate("(kpl/lou)", kind="heading"), Candidate(OTHER)])
    assert [b.text for b in out.body] == [text, OTHER]
    assert out.editors == ("kpl", "lou")


def test_an_acronym_alone_in_brackets_within_the_text_is_no_sign_off() -> None:
    text = "Kepala dinas memastikan tak akan ada razia terhadap turis asing setelah pasal baru disahkan."
    out = clean([Candidate(text), Candidate("(KUHP)"), Candidate(OTHER)])
    assert [b.text for b in out.body] == [text, "(KUHP)", OTHER]
    assert out.editors == ()


@pytest.mark.parametrize(
    ("name", "site"),
    [
        ("Dream", "Dream.co.id"),
        # A channel's site names its outlet after its own label; a site named by its address.
        ("Dream", "haji.dream.co.id"),
        ("Planet Merdeka", "https://planet.merdeka.com/"),
        ("Kapanlagi", "www.kapanlagi.com"),
    ],
)
def test_the_outlets_own_name_before_the_dash_is_no_place(name: str, site: str) -> None:
    text = f"{name} - Dalam beberapa tahun terakhir sederet artis mengubah penampilannya menjadi berhijab."
    out = clean([Candidate(text), Candidate(OTHER)], site_names=(site,))
    assert out.dateline is None
    assert out.body[0].text.startswith("Dalam beberapa tahun")


@pytest.mark.parametrize(
    ("place", "site"),
    [
        ("Jakarta", "Jakarta Globe"),
        # A regional site's subdomain names its region: a dateline of that place is still a place.
        ("Bali", "bali.tribunnews.com"),
        ("Jakarta", "jakartaglobe.id"),
    ],
)
def test_a_place_within_the_sites_name_is_still_a_place(place: str, site: str) -> None:
    text = f"{place} - Pemerintah kota memutuskan membatasi kegiatan warga selama dua pekan ke depan."
    out = clean([Candidate(text), Candidate(OTHER)], site_names=(site,))
    assert out.dateline == place


def test_the_line_under_a_pictures_enlarge_button_is_its_caption() -> None:
    caption = "Gajah Mada, Patih Amangkhubumi Kerajaan Majapahit. Sumpahnya yang terkenal: Sumpah Palapa."
    out = clean([Candidate(PROSE), Candidate("Perbesar"), Candidate(caption), Candidate(OTHER)])
    assert [b.text for b in out.body] == [PROSE, OTHER]
    assert [c.text for c in out.captions] == [caption]


def test_after_a_caption_the_button_names_no_more_captions() -> None:
    caption = "Warga melintasi jembatan penyeberangan di Jalan HR Rasuna Said, Jakarta."
    short = "Petugas berjaga di lokasi hingga malam."
    lines = [Candidate(PROSE), Candidate("Perbesar"), Candidate(caption, hint="caption"), Candidate(short)]
    out = clean([*lines, Candidate(OTHER)])
    assert [b.text for b in out.body] == [PROSE, short, OTHER]


def test_a_long_paragraph_under_the_button_is_text() -> None:
    long = (
        "Menurut petugas dinas, jembatan itu dibangun kembali dengan rangka baja setelah banjir bandang pada"
        " awal tahun merusak tiang penyangganya, dan kini dapat dilalui kendaraan roda empat. Warga berharap"
        " perbaikan serupa juga dilakukan di desa tetangga yang akses jalannya masih terputus sejak Januari."
        " Pemerintah kabupaten menjanjikan anggaran untuk itu tahun depan."
    )
    out = clean([Candidate(PROSE), Candidate("Perbesar"), Candidate(long)])
    assert [b.text for b in out.body] == [PROSE, long]


def test_a_captions_source_line_with_a_site_is_its_credit() -> None:
    caption = caption_in_text("Ilustrasi traveling. Sumber foto: unsplash.com/Holly Mandarich.")
    assert caption == Caption(text="Ilustrasi traveling.", credit="unsplash.com/Holly Mandarich")


def test_a_promo_closing_on_just_click_this_link_is_a_promo() -> None:
    line = (
        "Kabar gembira bagi Sahabat Contoh.com penggila gim. Saksikan keseruan acara kami pada 25 - 26 Juni"
        " 2020. Caranya mudah, cukup KLIK TAUTAN INI ya."
    )
    assert chrome_reason(line, None) is R.PROMO


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        (
            "Kate Middleton dan Meghan Markle menyaksikan tenis Wimbledon pada Juli 2019. (dok.Instagram"
            " @meghanmarkle_official/https://www.instagram.com/p/B0HQsy7ohCG/Henry",
            "dok.Instagram @meghanmarkle_official/https://www.instagram.com/p/B0HQsy7ohCG/Henry",
        ),
        ("Warga berfoto bersama. (Foto: Istimewa/Nama", "Istimewa/Nama"),
        ("Ilustrasi pesawat Garuda Indonesia. EXPOSE", "EXPOSE"),
    ],
)
def test_captions_whose_credit_the_copy_cut_or_left_unbracketed(line: str, credit: str) -> None:
    caption = caption_in_text(line)
    assert caption is not None
    assert caption.credit == credit


@pytest.mark.parametrize(
    ("line", "text", "credit"),
    [
        # KLY's caption under a picture, as a paste gives it (Fimela, ka-fimela-1).
        ("Ilustrasi Traveling | stocksnap/pixabay.com", "Ilustrasi Traveling", "stocksnap/pixabay.com"),
        (
            "Ilustrasi traveling | unsplash.com/@guilhermestecanella",
            "Ilustrasi traveling",
            "unsplash.com/@guilhermestecanella",
        ),
        ("Ilustrasi mobil listrik | Shutterstock", "Ilustrasi mobil listrik", "Shutterstock"),
        ("Presiden di Istana | ANTARA FOTO/Sigid", "Presiden di Istana", "ANTARA FOTO/Sigid"),
    ],
)
def test_a_caption_closed_by_a_bar_and_its_source(line: str, text: str, credit: str) -> None:
    assert caption_in_text(line) == Caption(text=text, credit=credit)


@pytest.mark.parametrize(
    "line",
    [
        # A bar parts many lines that credit no picture: a headline and its section, a date and its time,
        # a writer and a title, two headlines, a name and initials.
        "Kamis, 12 Agustus 2021 | 20:08 WIB",
        "Oleh Ilham Khoiri | General Manager Bentara Budaya & Communication Management",
        "[POPULER MONEY] BSU Tahap 5 Cair | Modus Pig Butchering Masuk ke Indonesia",
        "Paper Edition | Page: 13",
        "ANDRIAN HABIBI | DA",
        "Inter 1-0 Lazio | Serie A",
    ],
)
def test_a_bar_before_no_source_is_no_caption(line: str) -> None:
    assert caption_in_text(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Pemerintah sudah bertindak. (sumber lain menyebut hal berbeda",
        "Ilustrasi ini menunjukkan proses pembuatan vaksin di laboratorium.",
    ],
)
def test_an_open_bracket_or_an_illustration_word_alone_is_no_caption(line: str) -> None:
    assert caption_in_text(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Seperti apa tips traveling seru ala Nicholas Saputra? Yuk, kita cek video di atas!",
        "Bagaimana keseruannya? Yuk simak videonya berikut ini.",
    ],
)
def test_a_question_and_a_call_to_watch_the_video_is_a_promo(line: str) -> None:
    assert chrome_reason(line, None) is R.PROMO


def test_a_quote_about_watching_a_video_stays_text() -> None:
    line = "Polisi sudah memeriksa rekaman. Mari kita lihat video itu bersama-sama, kata dia."
    assert chrome_reason(line, None) is None


@pytest.mark.parametrize("line", ["#changemaker", "#ChangeMaker"])
def test_a_campaigns_hashtag_alone_is_a_tag(line: str) -> None:
    assert chrome_reason(line, None) is R.TAGS


def test_a_credit_box_of_labels_and_names_in_blocks_of_their_own() -> None:
    # "Reporter: <h4>Nama</h4>", "Editor: <h4>Nama</h4>": each label alone on its line, its name the next.
    text = "Wakil Gubernur DKI Jakarta tidak mau meninjau lokasi banjir rob di Jakarta Utara, kata dia."
    cleaned = clean(
        [
            Candidate("Reporter:"),
            Candidate("Alfan Hilmi"),
            Candidate("Editor:"),
            Candidate("Clara Maria Tjandra Dewi H."),
            Candidate(text),
        ]
    )
    assert cleaned.authors == ("Alfan Hilmi",)
    assert cleaned.editors == ("Clara Maria Tjandra Dewi H.",)
    assert [b.text for b in cleaned.body] == [text]


def test_a_role_label_over_a_sentence_credits_nobody() -> None:
    text = "Wakil Gubernur DKI Jakarta tidak mau meninjau lokasi banjir rob di Jakarta Utara, kata dia."
    cleaned = clean([Candidate("Editor:"), Candidate(text)])
    assert cleaned.editors == ()
    assert [b.text for b in cleaned.body] == [text]


def test_bola_nets_box_label_over_its_links_is_a_related_cue() -> None:
    # Bola.net heads its box of links inside the text "Baca Ini Juga:" (ka-bolanet-1).
    assert cues.BARE_RELATED_CUE.match("Baca Ini Juga:")
    m = cues.RELATED_CUE.match("Baca Ini Juga: Jose Mourinho pun Berterima Kasih pada Barcelona")
    assert m is not None
    assert m["title"] == "Jose Mourinho pun Berterima Kasih pada Barcelona"


@pytest.mark.parametrize("stamp", ["27 Oktober 2017", "Jumat, 27/10/2017", "Minggu, 15 September 2019"])
def test_a_day_alone_inside_the_text_is_a_stamp_not_text(stamp: str) -> None:
    # A gallery's paste: each slide's description, then the day it was posted on a line of its own.
    assert _body(PROSE, stamp, OTHER, stamp) == [PROSE, OTHER]


def test_a_day_alone_under_a_caption_above_the_text_is_a_stamp_not_text() -> None:
    # Tempo's photo story pasted: each slide's description with its credit, the day under it; the first
    # stamp stands under the first slide, taken as a caption, before any paragraph of the text.
    slide = "Raja tiba di Bangkok, Thailand, 26 Oktober 2017. AP Photo"
    out = clean([Candidate(slide), Candidate("27 Oktober 2017"), Candidate(PROSE)])
    assert [b.text for b in out.body] == [PROSE]
    assert [(c.text, c.credit) for c in out.captions] == [
        ("Raja tiba di Bangkok, Thailand, 26 Oktober 2017.", "AP Photo")
    ]
    # Nothing above it: the day opens the text (an archive's entry, a diary's first line).
    assert "27 Oktober 2017" in _body("27 Oktober 2017", PROSE)


@pytest.mark.parametrize("line", ["Senin, 13 Mei 2024 10.15 WIB", "27 Oktober 2017 pukul 13.25", "Mei 2017"])
def test_a_clock_or_a_month_alone_inside_the_text_is_no_day_stamp(line: str) -> None:
    # A live report's update is stamped with its clock; a month alone is a list's entry or a heading.
    assert line in _body(PROSE, line, OTHER)


def test_a_related_boxs_heading_in_capitals_heads_the_titles_under_it() -> None:
    # KLY's "BACA INI JUGA DONG OTOLOVERS": the cue and a call to the readers, no title.
    out = clean(
        [
            Candidate(PROSE),
            Candidate("BACA INI JUGA DONG OTOLOVERS"),
            Candidate("Kelas Sultan, Lamborghini Tak Peduli Lagi dengan Pameran Mobil"),
            Candidate("Pandemi COVID-19 Tak Kunjung Selesai, IIMS 2020 Batal"),
        ]
    )
    assert [b.text for b in out.body] == [PROSE]
    assert [r.title for r in out.related] == [
        "Kelas Sultan, Lamborghini Tak Peduli Lagi dengan Pameran Mobil",
        "Pandemi COVID-19 Tak Kunjung Selesai, IIMS 2020 Batal",
    ]


def test_a_short_linked_title_after_the_cue_is_the_link_not_a_boxs_heading() -> None:
    lines = [PROSE, "Baca juga: Jokowi Mundur", "Kabar Terbaru Dari Istana"]
    out = clean([Candidate(line) for line in lines])
    assert [r.title for r in out.related] == ["Jokowi Mundur"]
    assert [b.text for b in out.body] == [PROSE, "Kabar Terbaru Dari Istana"]


def test_a_caption_in_capitals_closing_on_its_bracketed_source_is_a_caption() -> None:
    # Tempo's captions shout, and close on the outlet's own name as the source.
    line = "PROTES KARYAWAN TEMPO DI GEDUNG DPR MPR SETELAH PEMBREDELAN MAJALAH TEMPO TAHUN 1994 [TEMPO]"
    text = "PROTES KARYAWAN TEMPO DI GEDUNG DPR MPR SETELAH PEMBREDELAN MAJALAH TEMPO TAHUN 1994"
    assert caption_in_text(line) == Caption(text=text, credit="TEMPO")


@pytest.mark.parametrize(
    "line", ["SIDANG DITUNDA (KOMPAS)", "Protes karyawan di gedung DPR setelah pembredelan (Tempo)"]
)
def test_a_short_line_in_capitals_or_a_sentence_closing_on_a_bracketed_name_is_no_caption(line: str) -> None:
    assert caption_in_text(line) is None


@pytest.mark.parametrize(
    ("line", "text", "credit"),
    [
        ("Striker Barcelona, Luis Suarez (c) AP Photo", "Striker Barcelona, Luis Suarez", "AP Photo"),
        ("Arturo Vidal. (c) AP Photo", "Arturo Vidal.", "AP Photo"),
        (
            "Bek Barcelona, Junior Firpo (c) twitter.com/JuniorFirpo03",
            "Bek Barcelona, Junior Firpo",
            "twitter.com/JuniorFirpo03",
        ),
    ],
)
def test_a_caption_closing_on_a_copyright_mark_written_c_in_brackets(
    line: str, text: str, credit: str
) -> None:
    # KLY's captions in the text: "(c)" for ©, then the picture's source.
    assert caption_in_text(line) == Caption(text=text, credit=credit)


@pytest.mark.parametrize(
    "line",
    [
        "Syaratnya (a) lulus, (b) sehat, dan (c) harga naik.",
        "Ada (a) beras, (b) gula, dan (c) minyak goreng/curah.",
    ],
)
def test_a_lists_third_item_in_brackets_is_no_copyright_mark(line: str) -> None:
    assert caption_in_text(line) is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        # A section's "see more" link under its box (Kompas), a box's "see all" link, a reactions prompt.
        ("Lihat Nasional Selengkapnya", R.NAVIGATION),
        ("Lihat Money Selengkapnya", R.NAVIGATION),
        ("Lihat Semua", R.NAVIGATION),
        ("Lihat Semua Tag", R.NAVIGATION),
        ("Berikan Reaksimu Tentang Artikel di Atas", R.NOT_CONTENT),
        ("Bagaimana reaksi Anda?", R.NOT_CONTENT),
        # A paged text's button stays the pager's, and a topic list's label stays the tags'.
        ("Lihat Artikel Selengkapnya", R.PAGING),
        ("Lihat Berita Selengkapnya", R.PAGING),
        ("Tag Terkait", R.TAGS),
    ],
)
def test_link_and_widget_lines_alone(line: str, reason: RemovedReason) -> None:
    assert chrome_reason(line, None) is reason


def test_link_and_widget_words_in_prose_stay() -> None:
    # The same words inside sentences of the text are prose.
    for text in (
        "Lihat semua data yang dirilis pemerintah pekan ini sebelum mengambil kesimpulan soal harga.",
        "Bagaimana reaksi warga ketika mendengar kabar itu? Sebagian besar memilih menunggu keputusan.",
        "Lihat laporan selengkapnya di halaman berikut, kata juru bicara kementerian kepada wartawan.",
    ):
        assert chrome_reason(text, None) is None, text


@pytest.mark.parametrize(
    "line",
    [
        "Baca juga artikel-artikel lainnya:",
        "Baca juga artikel lainnya",
        "Baca Juga Berita Lainnya",
        "Artikel Lainnya",
    ],
)
def test_a_heading_naming_other_articles_heads_a_related_box(line: str) -> None:
    # "Baca juga" would read the rest as a linked title; the whole line names the box of links under it.
    assert cues.box_heading(line) is R.RELATED
    assert cues.titles_heading(line) is R.RELATED


def test_a_sentence_about_other_articles_is_no_heading() -> None:
    assert cues.box_heading("Artikel lainnya membahas hal yang sama dari sudut pandang yang berbeda.") is None


_TELEGRAM_PROMO = (
    "Dapatkan update berita pilihan dan breaking news setiap hari dari Wartaloka.com. Mari bergabung di Grup"
    ' Telegram "Wartaloka.com News Update", caranya klik link https://t.me/wartalokaupdate, kemudian join.'
    " Anda harus install aplikasi Telegram terlebih dulu di ponsel."
)


def test_a_channel_promo_longer_than_a_line_is_a_promo() -> None:
    # Kompas.com's 2021 pages close on it; with another site's longer name it runs past a line's length, where
    # the chrome cues are not tried. It calls on the reader and names what to follow in every sentence.
    assert len(_TELEGRAM_PROMO) > 260
    assert chrome_reason(_TELEGRAM_PROMO, None) is RemovedReason.PROMO
    assert clean([Candidate(_PARAGRAPH), Candidate(_TELEGRAM_PROMO)]).body[-1].text == _PARAGRAPH


_PARAGRAPH = (
    "Hujan deras yang mengguyur kota sejak Minggu malam membuat tiga kecamatan terendam banjir setinggi satu"
    " meter, kata Kepala BPBD kepada wartawan di posko pengungsian pada Senin pagi."
)


@pytest.mark.parametrize(
    "paragraph",
    [
        # Opening on the call's word, its later sentences the story's: text.
        "Ikuti arahan petugas di lapangan, kata Kepala BPBD kepada wartawan di posko. Warga yang rumahnya"
        " terendam diminta mengungsi ke balai desa yang telah disiapkan pemerintah kabupaten sejak Minggu"
        " malam. Hingga siang hari, tercatat 312 warga mengungsi ke masjid dan sekolah terdekat di tiga"
        " kecamatan.",
        # A story about an app, a sentence of it naming none: text.
        "Dapatkan update aplikasi terbaru, kata juru bicara perusahaan itu kepada wartawan di Jakarta pada"
        " Senin. Pembaruan itu menutup celah keamanan yang ditemukan peneliti pekan lalu dan memperbaiki"
        " sejumlah galat pada tampilan. Perusahaan menyebut jutaan pengguna di Indonesia terdampak celah"
        " tersebut.",
    ],
)
def test_a_story_paragraph_opening_like_a_promo_is_text(paragraph: str) -> None:
    assert len(paragraph) > 260
    assert chrome_reason(paragraph, None) is None


@pytest.mark.parametrize(
    "pager",
    [
        ["Halaman", "1", "2", "3", "4"],  # a copy breaks the pager up, one piece a line
        ["Halaman:", "1", "2"],  # a template that sets each piece in a box of its own
        ["Selanjutnya", "Pages", "2", "3"],  # the label under the pager's button
        ["Halaman"],  # the label closing the text: its numbered links were dropped with the links
    ],
)
def test_a_pager_set_apart_piece_by_piece_is_no_text(pager: list[str]) -> None:
    out = clean([Candidate(PROSE), Candidate(OTHER), *(Candidate(line) for line in pager)])
    assert [b.text for b in out.body] == [PROSE, OTHER]
    assert [r.text for r in out.removed if r.reason is R.PAGING] == pager


@pytest.mark.parametrize(
    "lines",
    [
        [PROSE, "1", OTHER],  # a listicle's item number in a box of its own
        [PROSE, "Halaman", OTHER],  # the word as a subheading ("Halaman", a yard), with text under it
        [PROSE, "Halaman", "Kebun", OTHER],
        [PROSE, "Halaman", "0", OTHER],  # no page numbers from nought
    ],
)
def test_a_number_or_the_word_alone_outside_a_pager_stays(lines: list[str]) -> None:
    assert _body(*lines) == lines
