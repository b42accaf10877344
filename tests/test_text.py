"""parse_text on the shapes pastes take: each test builds a small paste in an outlet's form."""

from __future__ import annotations

import datetime as dt
import pathlib

import pytest

import beritaparse
from beritaparse.model import RemovedReason
from beritaparse.rules import cues
from beritaparse.rules.blocks import split_dateline

WIB = dt.timezone(dt.timedelta(hours=7))
P1 = "Pemerintah kota memutuskan membatasi kegiatan warga selama dua pekan ke depan karena kasus naik."
P2 = "Wali kota meminta warga tetap tenang dan mengikuti aturan yang berlaku di lingkungan masing-masing."
P3 = "Petugas gabungan akan berjaga di sejumlah ruas jalan utama setiap malam hingga akhir bulan ini."


def reasons(art: beritaparse.Article) -> dict[str, str]:
    return {r.text: r.reason.value for r in art.removed}


def test_broken_lines_are_joined() -> None:
    art = beritaparse.parse_text(
        "Jakarta -\nPemerintah kota memutuskan membatasi\nkegiatan warga selama dua pekan ke depan karena\n"
        f"kasus naik.\n{P2}\n{P3}"
    )
    assert art.dateline == "Jakarta"
    assert art.paragraphs == (P1, P2, P3)


def test_bare_related_label_takes_the_titles_below() -> None:
    art = beritaparse.parse_text(
        f"{P1}\nBaca Juga\nJalan Ditutup Malam Ini\nWarga Diminta Tenang\n{P2}\n{P3}"
    )
    assert [r.title for r in art.related] == ["Jalan Ditutup Malam Ini", "Warga Diminta Tenang"]
    assert art.paragraphs == (P1, P2, P3)


def test_titles_in_sentence_case_under_a_picks_heading_are_links_not_a_broken_paragraph() -> None:
    # KLY's box of picks before the editor's sign-off: each title stops on a lower-case word, as a line of
    # prose broken off would, and would be glued into one paragraph.
    titles = [
        "5 Potret Christian Sugiono & Titi Kamal di awal pacaran, so sweet",
        "Putuskan tutup akun Instagram, Dita Karang ungkap alasannya",
        "14 Tahun berlalu, ini kabar 8 pemain sinetron Pengantin Remaja",
    ]
    lines = "\n".join(titles)
    art = beritaparse.parse_text(f"Judul Berita Hari Ini\n{P1}\n{P2}\n{P3}\nRECOMMENDED\n{lines}\n(brl/guf)")
    assert art.paragraphs == (P1, P2, P3)
    assert [r.title for r in art.related] == titles


def test_a_related_boxs_heading_in_capitals_with_a_call_to_the_readers() -> None:
    lines = "Kelas Sultan, Lamborghini Tak Peduli Lagi\nPandemi Tak Kunjung Selesai, IIMS 2020 Batal"
    box = f"BACA INI JUGA DONG OTOLOVERS\n{lines}"
    art = beritaparse.parse_text(f"Judul Berita Hari Ini\n{P1}\n{P2}\n{box}\n(kpl/crn)")
    assert art.paragraphs == (P1, P2)
    assert len(art.related) == 2


def test_a_line_repeating_the_headlines_opening_words_under_it_is_not_the_headline() -> None:
    # Dream's microsite: the lead photo's caption, the headline cut short, stands between dek and byline.
    headline = "Olike LCD Drawing Board, Mainan Aman & Edukatif di Tengah Pandemi"
    dek = "Dikhususkan untuk mengasah kreativitas anak."
    header = f"{headline}\n{dek}\nOlike LCD Drawing Board\nSandy Mahaputra"
    art = beritaparse.parse_text(f"{header}\n21 September 2020 13:23\n{P1}\n{P2}\n{P3}")
    assert art.title == headline
    assert art.paragraphs == (P1, P2, P3)


def test_a_line_above_that_only_opens_with_the_headlines_letters_is_not_the_headline_it_repeats() -> None:
    # "Harga Beras Naikkan ..." opens with "Harga Beras Naik" but cuts a word: no headline cut short.
    above = "Harga Beras Naikkan Inflasi Bulan Ini Menurut Catatan Badan Pusat Statistik"
    header = f"{above}\nPedagang mengeluh.\nHarga Beras Naik\nRina Kartika\n13 Mei 2024 10:15"
    art = beritaparse.parse_text(f"{header}\n{P1}\n{P2}")
    assert art.title == "Harga Beras Naik"


def test_the_paragraph_under_a_boxed_title_opens_anew_though_in_lower_case() -> None:
    # Okezone: "Baca Juga:" / the linked title / the paragraph opening on a brand written in lower case.
    title = "Vivo X200 Series Hadir di Indonesia dengan Kamera Telefoto ZEISS, Intip Harganya"
    text = "vivo V60 ditopang baterai besar 6.500mAh yang mendukung pengisian cepat sehingga awet dipakai."
    art = beritaparse.parse_text(f"Judul Berita Hari Ini\n{P1}\nBaca Juga:\n{title}\n{text}\n{P2}")
    assert [r.title for r in art.related] == [title]
    assert art.paragraphs == (P1, text, P2)


def test_credit_box_with_roles_after_names() -> None:
    art = beritaparse.parse_text(
        "Kompas.com - 02/11/2023, 21:34 WIB\nIsna Rifka Sri Rahayu,\nYoga Sukmana\nTim Redaksi\n"
        "Isna Rifka Sri Rahayu\nPenulis\nYoga Sukmana\nEditor\n"
        f"JAKARTA, KOMPAS.com - {P1}\n{P2}\n{P3}"
    )
    assert art.authors == ("Isna Rifka Sri Rahayu",)
    assert art.editors == ("Yoga Sukmana",)
    assert art.published == dt.datetime(2023, 11, 2, 21, 34, tzinfo=WIB)
    assert art.outlet == "kompas"


def test_credit_box_with_roles_before_names_below_the_text() -> None:
    art = beritaparse.parse_text(
        "Kota Batasi Kegiatan Warga Dua Pekan\nBy Ratnaning Asih\non 16 Feb 2016 at 09:20 WIB\n"
        f"{P1}\n{P2}\n{P3}\n"
        "Rate artikel ini\nAuthor\nRatnaning Asih\nEditor\nAditia Saputra\nRelated News\n"
        "Lima Adegan Film yang Sukses Bikin Baper Penonton Remaja"
    )
    assert art.title == "Kota Batasi Kegiatan Warga Dua Pekan"
    assert art.authors == ("Ratnaning Asih",)
    assert art.editors == ("Aditia Saputra",)
    assert art.paragraphs == (P1, P2, P3)
    assert reasons(art)["Lima Adegan Film yang Sukses Bikin Baper Penonton Remaja"] == "not-content"


def test_stories_below_the_sign_off_are_not_the_article() -> None:
    art = beritaparse.parse_text(
        f"{P1}\n{P2}\n{P3}\n(sus)\nBerita Rekomendasi\n"
        "Presiden meminta semua menteri bekerja lebih keras lagi untuk rakyat di seluruh negeri ini.\n"
        "Gubernur menambah anggaran pendidikan untuk sekolah di daerah terpencil mulai tahun depan."
    )
    assert art.paragraphs == (P1, P2, P3)
    assert art.editors == ("sus",)


def test_headline_is_the_line_beside_the_byline_not_a_kicker() -> None:
    art = beritaparse.parse_text(
        "Selasa 16 Jun 2015, 14:05 WIB\nMUDA DAN MENGINSPIRASI\nMahasiswa UGM Kembangkan Robot Terapi\n"
        f"Bagus Kurniawan - detiknews\nYogyakarta - {P1}\n{P2}\n{P3}\n(bgs/rul)"
    )
    assert art.title == "Mahasiswa UGM Kembangkan Robot Terapi"
    assert art.authors == ("Bagus Kurniawan",)
    assert art.outlet == "detik"
    assert art.dateline == "Yogyakarta"


def test_copyright_sign_caption() -> None:
    art = beritaparse.parse_text(f"{P1}\nWali Kota Bandung saat rapat. ©2021 Instagram @humasbdg\n{P2}\n{P3}")
    assert [c.to_dict() for c in art.captions] == [
        {"text": "Wali Kota Bandung saat rapat.", "credit": "Instagram @humasbdg"}
    ]


def test_publication_day_inferred_from_weekday_dates() -> None:
    art = beritaparse.parse_text(
        "Juru bicara mengonfirmasi informasi ini pada hari Senin (16/12/2024), setelah rapat panjang.\n"
        "Badan intelijen melaporkan hal itu, seperti dikutip dari media asing, Selasa (17/12)."
    )
    assert art.published is None
    assert art.published_inferred == dt.date(2024, 12, 17)


def test_forced_outlet_applies_its_dateline() -> None:
    art = beritaparse.parse_text(f"Moskow: {P1}\n{P2}", outlet="metrotvnews")
    assert art.dateline == "Moskow"
    assert art.outlet == "metrotvnews"


def test_every_removed_piece_has_a_reason() -> None:
    art = beritaparse.parse_text(f"ADVERTISEMENT\n{P1}\nBagikan\n{P2}\n{P3}")
    assert reasons(art) == {"ADVERTISEMENT": "advertisement", "Bagikan": "share"}
    assert all(isinstance(r.reason, RemovedReason) for r in art.removed)


def test_outlet_before_place_datelines() -> None:
    for opening, outlet in (("TEMPO.CO, Jakarta -", "tempo"), ("Bisnis.com, JAKARTA -", "bisnis")):
        art = beritaparse.parse_text(f"{opening} {P1}\n{P2}")
        assert (art.outlet, art.dateline, art.paragraphs[0]) == (outlet, "Jakarta", P1)


def test_short_first_paragraph_with_dateline_is_text() -> None:
    art = beritaparse.parse_text(f"JAKARTA, KOMPAS.com - Harga beras naik.\n{P2}")
    assert art.paragraphs == ("Harga beras naik.", P2)


def test_prose_opening_on_a_credit_word_is_not_a_byline_or_standfirst() -> None:
    first = "Oleh karena itu, pemerintah meminta warga tetap tenang."
    art = beritaparse.parse_text(f"{first}\n{P2}")
    assert art.paragraphs == (first, P2)
    assert art.authors == ()
    assert art.subtitle is None


def test_gallery_headline_with_a_label_is_the_title() -> None:
    art = beritaparse.parse_text(
        "SELEBRITI\nFOTO: Dian Sastrowardoyo Saat Berusia 13 Tahun, Masih Cantik?\n"
        f"Minggu, 14 Februari 2016 09:15 |\nFoto: Istimewa\n{P1}\n{P2}"
    )
    assert art.title == "FOTO: Dian Sastrowardoyo Saat Berusia 13 Tahun, Masih Cantik?"
    assert art.published == dt.datetime(2016, 2, 14, 9, 15, tzinfo=WIB)


def test_a_headline_that_asks_and_answers_in_title_case_is_the_title() -> None:
    # "Kapan ...? Inilah ...!": two sentences, but in title case, as headlines are and captions are not
    # (GGWP.ID, 2019); the channel's name above it is no headline.
    headline = "Kapan Waktunya Reroll? Inilah Tips dan Trik Reroll Auto Chess Biar Gold Gak Mubazir!"
    art = beritaparse.parse_text(f"Rising Games\n{headline}\nSelasa, 14 Mei 2024 10:00 WIB\n{P1}\n{P2}")
    assert art.title == headline


def test_a_writer_beside_the_day_is_a_byline_not_a_dateline() -> None:
    # "Nama - 15 Juli 2019" has a dateline's shape ("JAKARTA - ..."), but beside the dash stands a day alone.
    text = f"Harga Beras Naik Lagi di Pasar Induk\nBudi Santoso - 15 Juli 2019\n{P1}\n{P2}"
    art = beritaparse.parse_text(text)
    assert art.authors == ("Budi Santoso",)
    assert art.published == dt.date(2019, 7, 15)
    assert art.dateline is None
    assert art.body[0].text == P1
    # A place beside the dash opens the text.
    assert beritaparse.parse_text(f"Harga Beras Naik\nJAKARTA - {P1}\n{P2}").dateline == "Jakarta"


def test_an_embedded_posts_credit_is_no_title() -> None:
    # The credit under an embedded Instagram post, eight words with no media label, is no headline.
    headline = "IDN Media Akuisisi GGWP.ID Sebagai Langkah Untuk Majukan Esports Indonesia"
    text = f"{headline}\nSelasa, 14 Mei 2024 10:00 WIB\n{P1}\nA post shared by IDN Times (@idntimes) on\n{P2}"
    art = beritaparse.parse_text(text)
    assert art.title == headline
    assert "A post shared" not in art.text


def test_lists_introduced_or_split_by_headers_stay_in_the_text() -> None:
    art = beritaparse.parse_text(
        "Berita Lain Yang Menarik Untuk Dibaca Hari Ini\n"
        "Berdasarkan data Johns Hopkins University, lima negara dengan kasus tertinggi adalah:\n"
        "1. Amerika Serikat: 24,8 juta kasus\n2. India: 10,6 juta kasus\n"
        f"{P1}\n{P2}\nRING I\n1. Jalan Braga\n2. Jalan Merdeka\nRING II\n"
        "(Sepanjang Jalan Lingkar Selatan yang mengarah ke pusat kota)\n1. Jalan Ahmad Yani\n"
    )
    assert art.paragraphs[:3] == (
        "Berdasarkan data Johns Hopkins University, lima negara dengan kasus tertinggi adalah:",
        "1. Amerika Serikat: 24,8 juta kasus",
        "2. India: 10,6 juta kasus",
    )
    assert art.paragraphs[-1] == "1. Jalan Ahmad Yani"
    assert "(Sepanjang Jalan Lingkar Selatan yang mengarah ke pusat kota)" in art.paragraphs


def test_a_link_back_to_the_section_is_no_headline_and_a_byline_keeps_its_writer_without_the_post() -> None:
    art = beritaparse.parse_text(
        "Kembali ke Warta Bentara\nTANDA MATA, TANDA ZAMAN\n"
        "Oleh Budi Santoso | General Manager Bentara Budaya & Communication Management, Corp Com\n"
        f"Selasa, 21 Maret 2023\n{P1}\n{P2}\n{P3}"
    )
    assert art.title == "TANDA MATA, TANDA ZAMAN"
    assert art.authors == ("Budi Santoso",)
    assert reasons(art)["Kembali ke Warta Bentara"] == "navigation"


def test_a_bar_between_two_credits_or_two_names_is_no_post() -> None:
    credit = "Penulis: Budi Santoso | Editor: Ani Wijaya"
    art = beritaparse.parse_text(f"Harga Beras Naik Lagi\n{credit}\n{P1}\n{P2}")
    assert art.authors == ("Budi Santoso",)
    assert art.editors == ("Ani Wijaya",)


def test_a_recipes_list_of_amounts_between_paragraphs_stays_in_the_text() -> None:
    # Ingredient lines (an amount and a word in lower case, no sentence) between the text and its steps:
    # they weigh as list items, not as a box of other stories' headlines that would end the text.
    ingredients = [
        "Bahan",
        "1 buah naga, kupas lalu potong dadu",
        "1 buah mangga gedong atau sesuai selera, kupas lalu potong dadu",
        "1 buah apel royal gala, buang tengahnya lalu potong dadu",
        "1 cangkir anggur, sekitar 130 gram, belah menjadi dua",
        "Bahan saus",
        "1/2 cangkir mayones, sekitar 100 gram",
        "120 gram yoghurt tawar",
        "4 sdm madu atau susu kental manis",
        "Cara membuat salad buah",
    ]
    steps = [
        "1. Masukkan semua buah yang sudah dipotong ke dalam satu mangkuk besar, lalu sisihkan sebentar.",
        "2. Dalam mangkuk lain, tuang semua bahan saus lalu aduk hingga rata dan tuang ke atas buah.",
    ]
    art = beritaparse.parse_text("\n".join([P1, P2, *ingredients, *steps]))
    assert art.paragraphs[:2] == (P1, P2)
    assert art.paragraphs[-2:] == tuple(steps)
    assert "120 gram yoghurt tawar" in art.text


def test_embedded_tweet_signature_and_zoom_labels_are_media() -> None:
    art = beritaparse.parse_text(f"{P1}\nPerbesar\n— MoFA Indonesia (@Kemlu_RI) January 23, 2021\n{P2}\n{P3}")
    assert art.paragraphs == (P1, P2, P3)
    assert set(reasons(art).values()) == {"media"}


def test_a_posts_signature_ends_its_line_before_the_next_posts_words() -> None:
    # Replies embedded one after another: a signature ends on its date, and the next post's words open in
    # lower case; read as one broken line, the signature no longer took the words above it for the post's.
    art = beritaparse.parse_text(
        f"{P1}\n{P2}\nDuh bapak, kenapa ada di video ini. Apa salahnya di kasih tau tanpa di viralkan?\n"
        "— idola ibumu (@remarsyu) February 11, 2020\n"
        "itu gunanya internet dan sosmed, supaya informasi cepat tersebar\n"
        f"— Mas Fakhri (@Mas_Fakhri_) February 12, 2020\n{P3}"
    )
    assert art.paragraphs == (P1, P2, P3)


def test_paragraph_broken_at_every_link_is_joined() -> None:
    # Pages whose markup puts each link on its own line copy as fragments; upper-case words included.
    art = beritaparse.parse_text(
        "Doha -\nMaroko\nvs Portugal\nakan bermain malam ini di\nperempatfinal\n"
        "Piala Dunia 2022. Susunan pemainnya sudah\nkeluar,\nCristiano Ronaldo jadi cadangan lagi.\n"
        "Posisi Ronaldo digantikan Goncalo Ramos. Pemain berusia\n21\n"
        "tahun itu tampil apik di babak 16 besar\nkontra Swiss dengan bikin hat-trick.\n"
        f"{P1}\n{P2}"
    )
    assert art.dateline == "Doha"
    assert art.paragraphs[:2] == (
        "Maroko vs Portugal akan bermain malam ini di perempatfinal Piala Dunia 2022. Susunan pemainnya "
        "sudah keluar, Cristiano Ronaldo jadi cadangan lagi.",
        "Posisi Ronaldo digantikan Goncalo Ramos. Pemain berusia 21 tahun itu tampil apik di babak 16 besar "
        "kontra Swiss dengan bikin hat-trick.",
    )


def test_byline_with_a_channel_after_the_name() -> None:
    art = beritaparse.parse_text(
        "Susunan Pemain Maroko Vs Portugal\nAfif Farhan - Sepakbola\nSabtu, 10 Des 2022 20:55 WIB\n"
        f"{P1}\n{P2}"
    )
    assert art.authors == ("Afif Farhan",)
    assert art.title == "Susunan Pemain Maroko Vs Portugal"


def test_invisible_characters_do_not_hide_cues() -> None:
    art = beritaparse.parse_text(f"\ufeff{P1}\nBaca\u200b juga: Jalan Ditutup\nADVERTISE\u00adMENT\n{P2}")
    assert art.paragraphs == (P1, P2)
    assert [r.title for r in art.related] == ["Jalan Ditutup"]


def test_names_in_a_credit_box_are_never_the_title() -> None:
    art = beritaparse.parse_text(
        "Kompas.com - 02/11/2023, 21:34 WIB\nIsna Rifka Sri Rahayu\nPenulis\nYoga Sukmana\nEditor\n"
        f"JAKARTA, KOMPAS.com - {P1}\n{P2}"
    )
    assert art.title is None
    assert (art.authors, art.editors) == (("Isna Rifka Sri Rahayu",), ("Yoga Sukmana",))


def test_headline_missing_above_is_found_in_a_box_below() -> None:
    lead = (
        "JAKARTA - Pemerintah kota membatasi kegiatan warga selama dua pekan karena kasus corona naik lagi."
    )
    art = beritaparse.parse_text(
        f"Share on Facebook\nTweet 0\n{lead}\n{P2}\n{P3}\n(abc)\nBerita lainnya\n"
        "Harga Cabai Turun di Pasar Induk\nPemerintah Kota Batasi Kegiatan Warga karena Kasus Corona Naik\n"
        "Jalan Tol Baru Dibuka Pekan Depan"
    )
    assert art.title == "Pemerintah Kota Batasi Kegiatan Warga karena Kasus Corona Naik"
    assert art.paragraphs[0] == lead.removeprefix("JAKARTA - ")
    assert reasons(art)["Share on Facebook"] == "share"


def test_no_headline_is_taken_from_stories_on_other_subjects() -> None:
    art = beritaparse.parse_text(f"{P1}\n{P2}\n{P3}\n(abc)\nBerita lainnya\nHarga Cabai Turun di Pasar Induk")
    assert art.title is None


def test_byline_label_on_a_line_of_its_own() -> None:
    art = beritaparse.parse_text(
        "Harga Beras Naik Lagi di Pasar Induk\nSelasa, 16 Februari 2016 | 13:01 WIB\nOleh :\nMaya Sofia\n"
        f"{P1}\n{P2}\n{P3}"
    )
    assert art.title == "Harga Beras Naik Lagi di Pasar Induk"
    assert art.authors == ("Maya Sofia",)


def test_a_caption_with_its_credit_is_no_headline() -> None:
    art = beritaparse.parse_text(
        "Ini 7 Alasan Orang Malas Bergerak\nKamis, 05 November 2015 | 11:13 WIB\n"
        "Rektor buka invitasi olahraga antar perguruan tinggi. Doc. kampus.ac.id KOMUNIKA ONLINE\n"
        f"{P1}\n{P2}\n{P3}"
    )
    assert art.title == "Ini 7 Alasan Orang Malas Bergerak"


def test_one_word_name_beside_the_outlet_is_the_author() -> None:
    art = beritaparse.parse_text(
        "Jabat Tangan Dua Tokoh Usai Pertemuan\nRusman/Biro Pers Sekretariat Presiden - detikFinance\n"
        f"Senin, 20 Mei 2024 18:04 WIB\n{P1}\n{P2}\n{P3}"
    )
    assert art.authors == ("Rusman",)


def test_photographer_is_the_author_of_a_photo_story() -> None:
    art = beritaparse.parse_text(
        f"Gardu Induk Baru Resmi Beroperasi\nSelasa, 23/02/2016 15:32 WIB\nFotografer: Grandyos Zafna\n{P1}"
    )
    assert art.authors == ("Grandyos Zafna",)
    art = beritaparse.parse_text(
        "Gardu Induk Baru Resmi Beroperasi\nSelasa, 23/02/2016 15:32 WIB\nPenulis: Andi Pratama\n"
        f"Fotografer: Grandyos Zafna\n{P1}"
    )
    assert art.authors == ("Andi Pratama",)


def test_related_titles_that_ask_stay_in_the_run() -> None:
    art = beritaparse.parse_text(
        f"{P1}\nBaca Juga\nJalan Ditutup Malam Ini\nSetelah Jalan Ditutup, Akan Ada Apa Lagi?\n{P2}\n{P3}"
    )
    assert [r.title for r in art.related] == [
        "Jalan Ditutup Malam Ini",
        "Setelah Jalan Ditutup, Akan Ada Apa Lagi?",
    ]
    assert art.paragraphs == (P1, P2, P3)


def test_a_question_in_the_text_after_a_related_link_is_text() -> None:
    question = "Lalu apa yang terjadi setelah itu?"
    art = beritaparse.parse_text(f"{P1}\nBaca Juga\nJalan Ditutup Malam Ini\n{question}\n{P2}\n{P3}")
    assert question in art.paragraphs


def test_credit_box_role_with_several_names() -> None:
    art = beritaparse.parse_text(
        "Harga Beras Naik Lagi di Pasar Induk\nBy Budi Santoso\non 18 Jun 2015 at 06:25 WIB\n"
        f"{P1}\n{P2}\n{P3} (Mvi/Ali)\nAuthor\nBudi Santoso\nAni Wijaya\nEditor\nCitra Dewi"
    )
    assert art.authors == ("Budi Santoso", "Ani Wijaya")
    assert art.editors == ("Citra Dewi",)  # the closing initials abbreviate the editor named in full


def test_closing_initials_are_the_editors_where_none_is_named() -> None:
    art = beritaparse.parse_text(f"{P1}\n{P2}\n{P3} (Mvi/Ali)")
    assert art.editors == ("Mvi", "Ali")


def test_capitals_sign_off_is_the_writer_where_nobody_else_is_credited() -> None:
    art = beritaparse.parse_text(
        f"Harga Beras Naik Lagi\nKamis, 05 November 2015 | 11:13 WIB\n{P1}\n{P2}\n{P3}\nDINI TEJA"
    )
    assert art.authors == ("Dini Teja",)
    assert "DINI TEJA" not in art.text


def test_a_capitals_sign_off_with_the_editors_initials_under_a_placeholder_credit() -> None:
    # Tempo's 2017 template: the box's reporter is a placeholder ("Non Koresponden"); the sign-off under the
    # text names the writer beside the editor's initials.
    art = beritaparse.parse_text(
        "Harga Beras Naik Lagi\nReporter:\nNon Koresponden\nEditor:\nDwi Arjanto\n"
        f"Kamis, 26 Oktober 2017 12:34 WIB\n{P1}\n{P2}\n{P3}\nANDRIAN HABIBI | DA\nTerkait"
    )
    assert art.authors == ("Andrian Habibi",)
    assert art.editors == ("Dwi Arjanto",)
    assert "ANDRIAN" not in art.text


def test_tags_end_the_article_and_cut_teasers_are_no_text() -> None:
    teaser = "Hakim Heran Saksi Kenalkan Calo Kasus ke Eks Ketua Pengadilan: Kok Tak Jaga Nama Baik..."
    art = beritaparse.parse_text(f"{P1}\n{P2}\n{P3}\nTag\nkorupsi\nSuap Hakim\nLihat Selengkapnya\n{teaser}")
    assert art.paragraphs == (P1, P2, P3)


def test_headline_broken_at_its_links_above_a_desk_byline() -> None:
    art = beritaparse.parse_text(
        "Sabtu, 10 Des 2022 22:10 WIB\nKadispar Jamin Wisman Tak Disweeping\nImbas Pasal Zina\nKUHP\n"
        f"Tim detikBali - detikTravel\n{P1}\n{P2}\n{P3}"
    )
    assert art.title == "Kadispar Jamin Wisman Tak Disweeping Imbas Pasal Zina KUHP"
    assert art.authors == ("Tim detikBali",)


def test_a_headline_in_title_case_is_not_joined_to_a_captions_end_in_lower_case_under_it() -> None:
    # Merdeka's "Hot Issue" copied: a rubric over the headline, the lead photo's caption cut to its end.
    art = beritaparse.parse_text(
        "Hot Issue\nFenomena di Tengah Pandemi, Masyarakat Simpan Ratusan Juta Hingga Borong Emas\n"
        "pertumbuhan ekonomi. ©2019 Merdeka.com/Imam Buhori\nUANG | 14 Agustus 2020 07:00\n"
        f"Reporter : Idris Rusadi Putra\n{P1}\n{P2}\n{P3}"
    )
    assert art.title == "Fenomena di Tengah Pandemi, Masyarakat Simpan Ratusan Juta Hingga Borong Emas"
    assert [c.credit for c in art.captions] == ["Merdeka.com/Imam Buhori"]


def test_a_headline_broken_at_a_link_goes_on_in_title_case_and_a_short_opening_in_lower_case() -> None:
    # Under six capitalised words a line is as often a sentence's opening names ("Presiden Joko Widodo").
    art = beritaparse.parse_text(
        "Gubernur Jawa Barat Resmikan Jalan Tol\nbaru di Kawasan Selatan Kota Bandung\n"
        f"Budi Santoso - detikNews\n{P1}\n{P2}\n{P3}"
    )
    assert art.title == "Gubernur Jawa Barat Resmikan Jalan Tol baru di Kawasan Selatan Kota Bandung"
    art = beritaparse.parse_text(
        f"Presiden Joko Widodo\nmeminta semua menteri bekerja keras.\n{P1}\n{P2}\n{P3}"
    )
    assert art.paragraphs[0] == "Presiden Joko Widodo meminta semua menteri bekerja keras."


def _header(lines: str) -> beritaparse.Article:
    return beritaparse.parse_text(f"Harga Beras Naik Lagi di Pasar Induk\n{lines}\n{P1}\n{P2}\n{P3}")


def test_day_and_time_on_two_lines() -> None:
    art = _header("Selasa, 21 Januari 2025\n09.30 WITA")
    assert art.published == dt.datetime(2025, 1, 21, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))


def test_stamp_with_a_two_digit_year_dates_the_article() -> None:
    # IDN Times' 2023 stamp: day, short month, two-digit year, a bar, the time.
    art = _header("28 Nov 23 | 14:01\nBudi Santoso")
    assert art.published == dt.datetime(2023, 11, 28, 14, 1, tzinfo=WIB)
    assert _header("24 Okt 23\nBudi Santoso").published == dt.date(2023, 10, 24)


def test_update_line_does_not_date_the_article() -> None:
    for lines in (
        "Selasa, 21 Januari 2025 09:30 WIB\nDiperbarui: Rabu, 22 Januari 2025 10:00 WIB",
        "Diperbarui: Rabu, 22 Januari 2025 10:00 WIB\nSelasa, 21 Januari 2025 09:30 WIB",
    ):
        assert _header(lines).published == dt.datetime(2025, 1, 21, 9, 30, tzinfo=WIB)


def test_byline_with_date_after_pada() -> None:
    art = _header("Oleh Budi Santoso pada 21 Januari 2025 09:30 WIB")
    assert art.authors == ("Budi Santoso",)
    assert art.published == dt.datetime(2025, 1, 21, 9, 30, tzinfo=WIB)


def test_bare_name_under_the_date_above_the_editor_credit() -> None:
    art = _header("21 Januari 2025\nBudi Santoso\nEditor: Ani Wijaya")
    assert (art.authors, art.editors) == (("Budi Santoso",), ("Ani Wijaya",))


def test_place_under_the_date_is_no_author() -> None:
    art = _header("21 Januari 2025\nJakarta Pusat")
    assert art.authors == ()


def test_writers_side_by_side_and_a_caption_credit() -> None:
    art = _header(
        "Budi Santoso | Ani Wijaya\nSelasa, 21 Januari 2025 | 09:30 WIB\n"
        "Ilustrasi beras. [Contoh.com/Alfian Winanto]"
    )
    assert art.authors == ("Budi Santoso", "Ani Wijaya")


def test_editor_line_above_the_date_is_no_author_nor_headline() -> None:
    art = _header("Editor: Ani Wijaya\nReporter: Budi Santoso\nSelasa, 21 Januari 2025 | 09:30 WIB")
    assert art.title == "Harga Beras Naik Lagi di Pasar Induk"
    assert (art.authors, art.editors) == (("Budi Santoso",), ("Ani Wijaya",))


def test_role_lines_above_the_date() -> None:
    art = _header("Reporter\nBudi Santoso\nEditor\nAni Wijaya\nSelasa, 21 Januari 2025 09:30 WIB")
    assert art.title == "Harga Beras Naik Lagi di Pasar Induk"
    assert (art.authors, art.editors) == (("Budi Santoso",), ("Ani Wijaya",))


def test_outlet_name_under_the_headline_is_not_part_of_it() -> None:
    art = _header("CNN Indonesia\nSelasa, 21 Jan 2025 09:30 WIB")
    assert art.title == "Harga Beras Naik Lagi di Pasar Induk"


def test_caption_broken_at_its_credit_label() -> None:
    art = beritaparse.parse_text(
        f"{P1}\nDua gol dari sepak pojok di final itu paling dikenang Foto:\nBen Radford\n/Allsport\n"
        f"{P2}\n{P3}"
    )
    assert art.paragraphs == (P1, P2, P3)
    assert [c.credit for c in art.captions] == ["Ben Radford /Allsport"]


def test_a_bracketed_credit_line_closing_the_paste_names_the_writer() -> None:
    art = beritaparse.parse_text(
        "Harga Beras Naik Lagi\nSenin, 13 Mei 2024 13:24 WIB\n"
        f"JAKARTA - {P1}\n{P2}\n(Ditulis oleh Budi Santoso)"
    )
    assert art.authors == ("Budi Santoso",)
    assert art.paragraphs == (P1, P2)


def test_a_chrome_line_under_the_date_is_not_glued_to_it() -> None:
    # "komentar" opens in lower case, as a broken line's rest would, but it is the page's comment link.
    date = "Selasa, 16 Februari 2016 | 14:38 WIB"
    art = beritaparse.parse_text(f"Judul Berita Hari Ini\n{date}\nkomentar\n{P1}\n{P2}")
    assert ("byline", date) in [(str(r.reason), r.text) for r in art.removed]
    assert art.paragraphs == (P1, P2)


def test_a_photo_credit_line_does_not_swallow_the_paragraph_below() -> None:
    art = beritaparse.parse_text(
        f"Harga Beras Naik Lagi\nSenin, 13 Mei 2024 13:24 WIB\nJAKARTA - {P1}\n{P2}\nFoto: Antara\n{P3}"
    )
    assert art.paragraphs == (P1, P2, P3)


def test_english_chrome_of_english_language_outlets() -> None:
    lead = "The government raised the ceiling price of premium rice on Monday, the food agency said."
    rest = "The agency said the new price would apply in Java, Lampung and South Sumatra from next week."
    chrome = (
        "Also read: Government to cut fuel subsidy",
        "Photo: Antara",
        "Don't miss out on the latest news",
        "Join our WhatsApp channel for the latest news",
    )
    art = beritaparse.parse_text(
        "Indonesia Raises Rice Price Ceiling\nMonday, May 13, 2024 13:24 WIB\n"
        + "\n".join((f"Jakarta. {lead}", *chrome, rest))
    )
    assert art.paragraphs == (lead, rest)


def test_one_credit_for_two_roles_below_the_text() -> None:
    # jpnn.com: "Redaktur & Reporter : Boy" under the text; the one person wrote and edited it.
    art = beritaparse.parse_text(
        "Kota Batasi Kegiatan Warga Dua Pekan\nMinggu, 18 Juli 2021 – 18:52 WIB\n"
        f"{P1}\n{P2}\n{P3} (boy/jpnn)\n"
        "Redaktur & Reporter : Boy\nSilakan baca konten menarik lainnya dari JPNN.com di Google News"
    )
    assert art.authors == ("Boy",)
    assert art.editors == ("Boy",)
    assert art.paragraphs == (P1, P2, P3)


def test_the_last_item_of_a_breadcrumb_above_the_date_is_no_byline() -> None:
    # A copy breaks "Home > Sepakbola > Liga Inggris" into lines: the section stands above the date.
    art = beritaparse.parse_text(
        "Home >\nSepakbola >\nLiga Inggris\nRabu, 18 November 2015, 10:18 WIB\n"
        f"Kota Batasi Kegiatan Warga Dua Pekan\n{P1}\n{P2}\n{P3}"
    )
    assert art.authors == ()
    assert art.title == "Kota Batasi Kegiatan Warga Dua Pekan"
    assert art.published == dt.datetime(2015, 11, 18, 10, 18, tzinfo=WIB)


def test_a_summary_box_after_the_writer_editor_sign_off_is_not_the_text() -> None:
    # jpnn.com shows the article's summary under its last paragraph, which closes "(boy/jpnn)".
    summary = "Wali kota membatasi kegiatan warga dua pekan. Dia khawatir kasus naik bila tidak dibatasi."
    art = beritaparse.parse_text(f"{P1}\n{P2}\n{P3} (boy/jpnn)\nYuk, Simak Juga Video ini!\n{summary}")
    assert art.paragraphs == (P1, P2, P3)
    assert reasons(art)[summary] == "not-content"


def test_one_credit_line_for_the_writer_and_the_editor() -> None:
    # Each label's names are its own: the editor named after the writer is no writer, with or without colons
    # and separators between them.
    for line in (
        "Reporter: Budi Santoso | Editor: Ani Wijaya",
        "Penulis: Budi Santoso Editor: Ani Wijaya",
        "Penulis Budi Santoso | Editor Ani Wijaya",
    ):
        art = _header(f"Selasa, 21 Januari 2025 09:30 WIB\n{line}")
        assert (art.authors, art.editors) == (("Budi Santoso",), ("Ani Wijaya",)), line


def test_one_credit_line_for_the_editor_and_the_writer_below_the_text() -> None:
    art = beritaparse.parse_text(f"{P1}\n{P2}\n{P3}\nEditor: Ani Wijaya | Penulis: Budi Santoso")
    assert (art.authors, art.editors) == (("Budi Santoso",), ("Ani Wijaya",))


def test_chrome_under_the_headline_is_not_part_of_it() -> None:
    # Short capitalised lines between the headline and the byline are pieces of a broken headline only
    # when the rules name them nothing else: share buttons, a photo credit, a credit box's heading.
    for lines in (
        "Share on Facebook\nShare on Twitter\nBudi Santoso\nSelasa, 21 Januari 2025 09:30 WIB",
        "Foto: Ilustrasi (Ani/Antara)\nSelasa, 21 Januari 2025 09:30 WIB\nPenulis: Budi Santoso",
        "Redaksi\nSelasa, 21 Januari 2025 09:30 WIB",
    ):
        assert _header(lines).title == "Harga Beras Naik Lagi di Pasar Induk", lines


def test_dateline_above_pieces_of_a_paragraph_broken_at_every_link() -> None:
    # The opening paragraph is broken into pieces too short to count as prose; the text opens at its
    # dateline all the same, and the headline and the desk's credit above it are the header's.
    art = beritaparse.parse_text(
        "Sabtu, 10 Des 2022 22:10 WIB\nKadispar Jamin Wisman Tak Disweeping\nImbas Pasal Zina\nKUHP\n"
        "Tim detikBali\ndetikTravel\nShare 0\nFoto: Wisman di Bali (Ichalchem)\n"
        "Badung - Kepala Dinas Pariwisata Badung, I Nyoman\nRudiarta\nmemastikan tak akan ada sweeping\n"
        f"terhadap turis asing.\n{P1}\n{P2}\n{P3}"
    )
    assert art.title == "Kadispar Jamin Wisman Tak Disweeping Imbas Pasal Zina KUHP"
    assert art.authors == ("Tim detikBali",)
    assert art.dateline == "Badung"
    assert art.paragraphs[0].startswith("Kepala Dinas Pariwisata Badung")


def test_labelled_credit_under_a_headline_the_date_stands_above() -> None:
    art = beritaparse.parse_text(
        f"Selasa, 21 Januari 2025 09:30 WIB\nHarga Beras Naik Lagi di Pasar Induk\nBagikan\n"
        "Penulis: Budi Santoso | Editor: Ani Wijaya\nShare on Facebook\nFoto: Ilustrasi (Antara)\n"
        f"{P1}\n{P2}\n{P3}"
    )
    assert art.title == "Harga Beras Naik Lagi di Pasar Induk"
    assert (art.authors, art.editors) == (("Budi Santoso",), ("Ani Wijaya",))


def test_a_list_of_teasers_with_their_stamps_is_not_the_article() -> None:
    # Below the article, a box of other stories (headline, a stamp with its day and time, a summary) holds
    # more words than the article: the stamps between the summaries part them.
    teasers = "".join(
        f"Judul Berita Lain Nomor {n} di Kota\nDETIKNEWS | Kamis 18 Jun 2015, 0{n}:00 WIB\n"
        f"Ringkasan berita lain nomor {n} yang panjang ini menceritakan peristiwa di kota lain pagi ini.\n"
        for n in range(1, 8)
    )
    art = beritaparse.parse_text(f"Harga Beras Naik Lagi di Pasar Induk\n{P1}\n{P2}\n{P3}\n{teasers}")
    assert art.paragraphs == (P1, P2, P3)


def test_a_photo_story_pasted_is_told_by_its_slides() -> None:
    slides = [
        f"Warga antre membeli beras murah di pasar induk kota pada hari ke-{n} operasi pasar, Senin (15/2)."
        for n in range(1, 5)
    ]
    art = beritaparse.parse_text(
        "Antrean Beras Murah di Pasar Induk\nBy Budi Santoso\non 16 Feb 2016 at 09:09 WIB\nShare\n"
        + "".join(f"{s} (Contoh.com/Ani Wijaya)\n" for s in slides)
        + "Related News\nBeras Naik Lagi\nTerpopuler\n"
    )
    assert art.paragraphs == tuple(slides)
    assert [c.credit for c in art.captions] == ["Contoh.com/Ani Wijaya"] * 4
    assert art.title == "Antrean Beras Murah di Pasar Induk"
    assert art.authors == ("Budi Santoso",)


def test_a_page_pasted_whole_gives_its_headline_not_a_menu_item_or_the_breadcrumb() -> None:
    # Everything of the page pasted: the site's menus and tagline, a breadcrumb ending on the headline, the
    # headline (whose "Hati-Hati" is a hyphenated word, no dateline), a credit box, the text.
    art = beritaparse.parse_text(
        "Contoh.com - Experience The Zone\nNews\nLifestyle\nAsk the Expert\nFoto\nVideo\n"
        "Contoh.com » Lifestyle » Health » Sering Depresi Berat, Hati-Hati Diabetes!\n"
        "Kamis, 5 November 2015 - 15:56 wib\nSering Depresi Berat, Hati-Hati Diabetes!\n"
        "Depresi berat, waspada diabetes! (Foto: Usnews)\nDewi Kania\nJurnalis\nShare on Facebook\n"
        f"{P1}\n{P2}\n{P3}"
    )
    assert art.title == "Sering Depresi Berat, Hati-Hati Diabetes!"
    assert art.authors == ("Dewi Kania",)
    assert art.dateline is None


def test_a_hyphenated_word_is_no_dateline() -> None:
    assert split_dateline("Sering Depresi Berat, Hati-Hati Diabetes!") == (
        None,
        "",
        "Sering Depresi Berat, Hati-Hati Diabetes!",
    )
    assert split_dateline("Jakarta, Contoh.com-Harga beras naik.")[0] == "Jakarta"


def test_a_list_introduced_under_related_links_is_text() -> None:
    art = beritaparse.parse_text(
        f"{P1}\nBaca Juga\nHarga Cabai Turun Jelang Lebaran\nBeras Impor Tiba di Pelabuhan\n"
        "Berdasarkan data dinas perdagangan, lima pasar dengan harga tertinggi adalah:\n"
        f"1. Pasar Induk: Rp 15 ribu\n2. Pasar Minggu: Rp 14 ribu\n{P2}\n{P3}"
    )
    related = ["Harga Cabai Turun Jelang Lebaran", "Beras Impor Tiba di Pelabuhan"]
    assert [r.title for r in art.related] == related
    assert "1. Pasar Induk: Rp 15 ribu" in art.text


def test_the_words_of_an_embedded_tweet_are_not_text() -> None:
    tweet = "Berikut perkembangan terbaru di dunia per hari ini pukul 08.00 WIB. Total kasus naik lagi."
    art = beritaparse.parse_text(
        f"{P1}\n{P2}\nBerikut petanya:\n{tweet}\n— Kementerian Contoh (@Contoh_RI) January 23, 2021\n{P3}"
    )
    assert tweet not in art.paragraphs
    assert P3 in art.paragraphs


def test_the_page_footer_ends_the_text_before_a_box_of_other_stories() -> None:
    box = "".join(
        f"Judul Berita Lain Nomor {n}\nRingkasan berita lain nomor {n} menceritakan peristiwa lain di kota "
        f"lain pada pekan ini, kata para pejabat kepada wartawan di lokasi.\n» Selanjutnya\n"
        for n in range(1, 3)
    )
    art = beritaparse.parse_text(
        f"Harga Beras Naik Lagi di Pasar Induk\n{P1}\n{P2}\n{P3}\nCOPYRIGHT © 2016\nBerita Lainnya\n{box}"
    )
    assert art.paragraphs == (P1, P2, P3)


def test_an_update_stamp_under_the_date_is_no_headline() -> None:
    art = _header(
        "Kamis, 5 November 2015 | 15:56 WIB\nDiperbarui: Jumat, 6 November 2015 10:00 WIB\n"
        "Penulis: Budi Santoso"
    )
    assert art.title == "Harga Beras Naik Lagi di Pasar Induk"
    assert art.published == dt.datetime(2015, 11, 5, 15, 56, tzinfo=WIB)


def test_relative_time_beside_the_date_is_neither_headline_nor_name() -> None:
    art = _header("Budi Santoso\n2 jam lalu\nSelasa, 21 Januari 2025 09:30 WIB")
    assert (art.title, art.authors) == ("Harga Beras Naik Lagi di Pasar Induk", ("Budi Santoso",))
    assert _header("Selasa, 21 Januari 2025 09:30 WIB\n2 jam lalu\nBudi Santoso").authors == ("Budi Santoso",)


@pytest.mark.parametrize("stamp", ["3 hours ago", "a day ago", "an hour ago", "sehari lalu"])
def test_english_and_worded_relative_times_are_stamps(stamp: str) -> None:
    art = _header(f"Budi Santoso\n{stamp}\nSelasa, 21 Januari 2025 09:30 WIB")
    assert (art.title, art.authors) == ("Harga Beras Naik Lagi di Pasar Induk", ("Budi Santoso",))


def test_bare_name_under_the_date_with_chrome_below() -> None:
    art = _header(
        "Selasa, 21 Januari 2025 09:30 WIB\nBudi Santoso\nShare on Facebook\nFoto: Ilustrasi (Dok.)"
    )
    assert art.authors == ("Budi Santoso",)


def test_name_under_the_date_that_the_headline_speaks_of_is_a_caption() -> None:
    art = beritaparse.parse_text(
        "Budi Santoso Raih Penghargaan di Jakarta\nSelasa, 21 Januari 2025 09:30 WIB\n"
        f"Budi Santoso\n{P1}\n{P2}"
    )
    assert art.authors == ()


def test_bare_name_under_the_date_gives_way_to_a_labelled_credit() -> None:
    art = _header(
        "21 Januari 2025\nAni Wijaya, Budi Santoso\nTim Redaksi\nBudi Santoso\nPenulis\nAni Wijaya\nEditor"
    )
    assert (art.authors, art.editors) == (("Budi Santoso",), ("Ani Wijaya",))
    art = beritaparse.parse_text(
        "Harga Beras Naik Lagi di Pasar Induk\n21 Januari 2025\nAni Wijaya\n"
        f"{P1}\n{P2}\n{P3}\nPenulis: Budi Santoso"
    )
    assert art.authors == ("Budi Santoso",)


def test_name_between_headline_and_date_is_the_byline() -> None:
    # Four words between the headline and a numeric date: the writer, not the headline's broken-off end.
    art = _header("Herdi Alif Al Hikam\n13/05/2024, 13:24 WIB")
    assert (art.title, art.authors) == ("Harga Beras Naik Lagi di Pasar Induk", ("Herdi Alif Al Hikam",))


def test_outlet_and_time_stamp_or_writer_and_outlet_open_no_text() -> None:
    # "Outlet - <date>" and "Nama - Outlet.com" have a dateline's shape; the text opens on the real one.
    for lines in (
        "Contoh.com - 18/07/2021, 18:52 WIB\nPenulis: Budi Santoso",
        "Kamis, 5 Nov 2015 15:56\nBudi Santoso - Contoh.com",
    ):
        art = _header(lines + "\nShare on Facebook\nA")
        assert art.paragraphs == (P1, P2, P3), lines
        assert art.published is not None, lines
        assert art.authors == ("Budi Santoso",), lines


def test_labelled_one_word_writer_beside_the_date() -> None:
    assert _header("Oleh: Monalisa | Selasa, 21 Januari 2025 09:30 WIB").authors == ("Monalisa",)


def test_menu_and_capitals_under_the_headline_are_not_its_broken_end() -> None:
    for lines in ("Home\nNews\nSecurity\nPenulis: Budi Santoso", "DINI TEJA\n2025-01-21 09:30"):
        assert _header(lines).title == "Harga Beras Naik Lagi di Pasar Induk", lines
    art = beritaparse.parse_text(
        "Bola / Liga Indonesia\nPenulis: Budi Santoso\nSelasa, 21 Januari 2025 09:30 WIB\n"
        f"Samsul Arif Tak Beban\n{P1}\n{P2}"
    )
    assert art.title == "Samsul Arif Tak Beban"


def test_a_desks_credit_under_the_headline_is_not_its_broken_end() -> None:
    # "Editor KapanLagi": the outlet's desk credited under the headline, over the date; no person named.
    art = _header("Editor KapanLagi\nMinggu, 6 Juli 2025 15:00")
    assert art.title == "Harga Beras Naik Lagi di Pasar Induk"
    assert art.authors == ()


def test_bylines_of_an_outlet_nobody_knows() -> None:
    # Written the way known outlets write them, with a name the adapters do not know.
    for lines, authors in (
        ("By Budi Santoso, Wartaloka\nSelasa, 21 Januari 2025 09:30 WIB", ("Budi Santoso",)),
        ("Budi Santoso | Wartaloka", ("Budi Santoso",)),
        ("Budi Santoso\nPenulis\nPerbesar", ("Budi Santoso",)),
        ("Tangkapan Layar TVRI\nSelasa, 21 Januari 2025 09:30 WIB", ()),
    ):
        assert _header(lines).authors == authors, lines
    # Two one-word writers side by side still count.
    assert _header("Oleh: Andi, Budi | Selasa, 21 Januari 2025 09:30 WIB").authors == ("Andi", "Budi")


def test_role_label_under_a_short_headline_labels_the_name_below() -> None:
    art = beritaparse.parse_text(
        "Gardu Induk Baru Resmi Beroperasi\nReporter\nBudi Santoso\nSelasa, 21 Januari 2025 09:30 WIB\n"
        f"{P1}\n{P2}"
    )
    assert (art.title, art.authors) == ("Gardu Induk Baru Resmi Beroperasi", ("Budi Santoso",))


def test_page_title_above_the_copy_is_neither_headline_nor_credit() -> None:
    # A share text or a tab's title copied above the page: the headline with the site's name after it.
    title = "Gardu Induk Baru Resmi Beroperasi"
    for site in ("- Contoh.com", "| Contoh"):
        art = beritaparse.parse_text(
            f"{title} {site}\nEkonomi\n{title}\nSelasa, 21 Januari 2025 09:30 WIB\n{P1}\n{P2}"
        )
        assert (art.title, art.authors) == (title, ()), site


def test_one_word_name_between_the_headline_and_the_date_is_the_writer() -> None:
    art = _header("Rusman\n20/05/2024, 18:04 WIB")
    assert (art.title, art.authors) == ("Harga Beras Naik Lagi di Pasar Induk", ("Rusman",))


def test_one_word_channel_labelling_the_cards_under_the_text_is_nobody() -> None:
    # A channel no word list knows, over the date and again over each card of the channel's stories below.
    cards = "Baca Berita Lainnya\nBolatainment\nDaftar Pemain Termahal\nBolatainment\nGaya Rambut Baru"
    head = "Harga Beras Naik Lagi di Pasar Induk"
    art = beritaparse.parse_text(f"{head}\nBolatainment\n20/05/2024, 18:04 WIB\n{P1}\n{P2}\n{P3}\n{cards}")
    assert (art.title, art.paragraphs) == (head, (P1, P2, P3))
    assert art.authors == ()
    # A writer's one-word name, named once more under the text (a writer's box), is the writer's.
    art = beritaparse.parse_text(f"{head}\nRusman\n20/05/2024, 18:04 WIB\n{P1}\n{P2}\n{P3}\nPenulis\nRusman")
    assert art.authors == ("Rusman",)


def test_one_word_channel_between_the_headline_and_the_date_is_nobody() -> None:
    art = _header("Nasional\n20/05/2024, 18:04 WIB")
    assert art.title == "Harga Beras Naik Lagi di Pasar Induk"
    assert art.authors == ()


def test_one_word_under_a_headline_cut_after_an_open_word_is_its_end() -> None:
    art = beritaparse.parse_text(
        f"Harga Beras Naik Lagi di\nCianjur\n20/05/2024, 18:04 WIB\n{P1}\n{P2}\n{P3}"
    )
    assert (art.title, art.authors) == ("Harga Beras Naik Lagi di Cianjur", ())


def test_a_label_outranks_a_one_word_name_above_the_date() -> None:
    art = _header("Rusman\n20/05/2024, 18:04 WIB\nPenulis\nBudi Santoso")
    assert art.authors == ("Budi Santoso",)


def test_a_sentence_case_line_under_a_title_case_headline_is_the_standfirst() -> None:
    art = beritaparse.parse_text(
        "Harga Beras Naik Lagi di Pasar Induk Kramat Jati\nPedagang mengeluhkan pasokan dari daerah\n"
        f"Ekonomi\n25 Mei 2020\nInstagram.com/pasarinduk\nBudi Santoso Wibowo\n{P1}\n{P2}\n{P3}"
    )
    assert art.title == "Harga Beras Naik Lagi di Pasar Induk Kramat Jati"
    assert art.subtitle == "Pedagang mengeluhkan pasokan dari daerah"
    # The name under the date stands below the photo's credit.
    assert art.authors == ("Budi Santoso Wibowo",)


def test_a_gallery_headline_under_the_date_is_no_photo_credit() -> None:
    art = beritaparse.parse_text(
        f"Minggu, 14 Februari 2016 09:15 WIB\nFOTO: Dian Sastro Saat Berusia 13 Tahun, Masih Cantik?\n"
        f"Dian Sastro\n{P1}\n{P2}\n{P3}"
    )
    assert art.authors == ()


def test_a_forwarded_chat_message_bolds_its_headline() -> None:
    art = beritaparse.parse_text(
        f"*Harga Beras Naik Lagi di Pasar Induk*\n\n{P1}\n\n{P2}\n\n{P3}\n\nhttps://contoh.com/a"
    )
    assert art.title == "Harga Beras Naik Lagi di Pasar Induk"
    assert beritaparse.parse_text(f"***\n{P1}\n{P2}\n{P3}").paragraphs == (
        P1,
        P2,
        P3,
    )  # a separator stays one


def test_hard_wrapped_blocks_are_joined_at_the_blank_lines() -> None:
    import textwrap  # noqa: PLC0415

    text = "\n\n".join(
        "\n".join(textwrap.wrap(block, 40))
        for block in ("Harga Beras Naik Lagi di Pasar Induk", "Selasa, 21 Januari 2025 09:30 WIB", P1, P2, P3)
    )
    art = beritaparse.parse_text(text)
    assert (art.title, art.paragraphs) == ("Harga Beras Naik Lagi di Pasar Induk", (P1, P2, P3))


def test_a_newsletters_own_lines_are_no_text() -> None:
    art = beritaparse.parse_text(
        "Lihat email ini di browser\nContoh Newsletter\nHarga Beras Naik Lagi di Pasar Induk\n"
        f"{P1}\n{P2}\n{P3}\n"
        "Editor: Budi Santoso\nAnda menerima email ini karena berlangganan newsletter Contoh.\n"
        "Berhenti berlangganan | Atur preferensi email"
    )
    assert (art.title, art.paragraphs, art.editors) == (
        "Harga Beras Naik Lagi di Pasar Induk",
        (P1, P2, P3),
        ("Budi Santoso",),
    )


def test_reader_mode_puts_the_site_between_headline_and_writer() -> None:
    art = beritaparse.parse_text(
        f"Harga Beras Naik Lagi di Pasar Induk\n\ncontoh.com\n\nIsna Rifka Sri Rahayu\n\n"
        f"Kamis, 02 November 2023 21:34 WIB\n\n{P1}\n\n{P2}\n\n{P3}"
    )
    assert (art.title, art.authors) == ("Harga Beras Naik Lagi di Pasar Induk", ("Isna Rifka Sri Rahayu",))


@pytest.mark.parametrize(
    ("between", "authors"),
    [
        # okezone's "Nama, Okezone · date" pasted one part a line.
        ("Rani Hardjanti,\nOkezone\n·", ("Rani Hardjanti",)),
        ("Rani Hardjanti\n·", ("Rani Hardjanti",)),
        ("Rani Hardjanti\n|\n·", ("Rani Hardjanti",)),
        # Brilio's byline row: the desk's initials and the share button between the writer and the date.
        ("Shofia Nida\n(brl/guf)\nShare now", ("Shofia Nida",)),
        ("Shofia Nida\nBagikan", ("Shofia Nida",)),
        # A line that says something stands between: the name is no longer the date's.
        ("Shofia Nida\nHarga beras di pasar induk naik lagi hari ini.", ()),
    ],
)
def test_a_writer_joined_to_the_outlet_and_the_date(between: str, authors: tuple[str, ...]) -> None:
    art = beritaparse.parse_text(
        f"Harga Beras Naik Lagi di Pasar Induk\n{between}\nSelasa 07 Juli 2020 22:35 WIB\n{P1}\n{P2}\n{P3}"
    )
    assert art.title == "Harga Beras Naik Lagi di Pasar Induk"
    assert art.authors == authors


_TABLE = "Layar\nAMOLED 6,55 inci\nChipset\nSnapdragon 778G\nBaterai\n4.300 mAh"


def test_the_headline_stands_over_its_photo_credit_and_standfirst_above_the_byline() -> None:
    # Brilio's header under a community box: the box's sentence is longer than the headline, but the
    # headline stands over the lead photo's credit and the standfirst, right above the writer.
    welcome = (
        "Welcome to our Community Page, a place where you can create and share your content with the world"
    )
    header = (
        f"Sign In\n{welcome}\nConnect with Google\nView Image\n"
        "Doa agar terhindar dari rasa malas atau mager\nfoto: freepik\n"
        "Rasa malas yang menghampiri kita akan membawa banyak kerugian.\n"
        "Shofia Nida\n(brl/guf)\nShare now\n04 / 06 / 2020 03:21\n"
    )
    art = beritaparse.parse_text(f"{header}{P1}\n{P2}\n{P3}")
    assert art.title == "Doa agar terhindar dari rasa malas atau mager"
    assert art.authors == ("Shofia Nida",)
    assert art.subtitle == "Rasa malas yang menghampiri kita akan membawa banyak kerugian."
    assert art.published is not None
    assert art.published.isoformat() == "2020-06-04T03:21:00+07:00"


def test_a_table_the_text_points_at_is_the_texts_own() -> None:
    pointing = "Untuk mengetahui spesifikasi lengkapnya, silakan simak tabel di bawah ini."
    art = beritaparse.parse_text(f"{P1}\n{P2}\n{pointing}\n{_TABLE}\nBaca juga: Harga Ponsel Baru Turun Lagi")
    assert "Snapdragon 778G" in art.text
    # Short lines running to the end of the paste close nothing: a box of other stories, perhaps.
    art = beritaparse.parse_text(f"{P1}\n{P2}\n{pointing}\n{_TABLE}")
    assert "Snapdragon 778G" not in art.text


def test_a_headlines_last_word_above_the_date_beside_a_credit_box_is_the_headlines() -> None:
    art = beritaparse.parse_text(
        f"Puluhan Kendaraan Barang dan Bak Terbuka\nDitindak\nContoh.com - 21/05/2024, 12:31 WIB\n"
        f"Stanly Ravel\nEditor\n{P1}\n{P2}\n{P3}"
    )
    assert (art.title, art.authors) == ("Puluhan Kendaraan Barang dan Bak Terbuka Ditindak", ())


def test_a_long_promotion_under_a_short_text_does_not_take_its_place() -> None:
    # A photo page's paste: one paragraph of text, the page's photo controls, then the site's long Telegram
    # promotion. Read as prose by its length, the promotion outweighed the paragraph and was the only
    # stretch of text; removed as a promotion, it left nothing (NoArticleError).
    text = (
        "Gardu Induk Milenium PLN Resmi Beroperasi\n"
        "Selasa, 23/02/2016 15:32 WIB\n"
        "PT PLN hari ini resmi mengoperasikan Gardu Induk (GI) 150 kV Milenium 2x60 MVA beserta"
        " jaringannya. GI Milenium merupakan bagian dari GITET Balaraja.\n"
        "Rating ( voters)\nVote Photo\nForm Rating\nMore Photos\nFoto Terkait\n"
        "Bahana Targetkan Dana Kelolaan Rp 34 T di 2016\n"
        "Bayar Pajak Bisa Lewat Mini ATM Bank Mandiri\n"
        "Dapatkan update berita pilihan dan breaking news setiap hari dari Contoh.com. Mari bergabung di Grup"
        ' Telegram "Contoh News Update", caranya klik link https://t.me/contoh, kemudian join. Anda harus'
        " install aplikasi Telegram terlebih dulu di ponsel.\n"
    )
    art = beritaparse.parse_text(text)
    assert art.paragraphs == (
        "PT PLN hari ini resmi mengoperasikan Gardu Induk (GI) 150 kV Milenium 2x60 MVA beserta jaringannya."
        " GI Milenium merupakan bagian dari GITET Balaraja.",
    )


_PASTES = pathlib.Path(__file__).parent / "pastes"
_OTHER_STORIES = (
    "Bahana Targetkan Dana Kelolaan Rp 34 T di 2016",
    "Bayar Pajak Bisa Lewat Mini ATM Bank Mandiri",
    "Mandiri Luncurkan Kartu Kredit untuk Penggemar Golf",
)


@pytest.mark.parametrize(
    "heading", [None, "Terpopuler", "Berita Pilihan", "Rekomendasi untuk Anda", "Most Read"]
)
def test_the_readers_comments_are_not_the_text(heading: str | None) -> None:
    # A real paste: the text, Kompas's long WhatsApp promotion, the comment counters, "Komentar" and a
    # reader's comment, which is prose. The comments' heading ends the text as a tag list does; before, the
    # promotion (as long as prose) carried the text on to the comment, and with it the counters and any box
    # of other stories put under the last paragraph.
    lines = (_PASTES / "kompas" / "mh-kompas-1.txt").read_text(encoding="utf-8").split("\n")
    last = next(i for i, line in enumerate(lines) if line.startswith("Simak breaking news")) - 1
    box = [heading, *_OTHER_STORIES] if heading else []
    art = beritaparse.parse_text("\n".join([*lines[: last + 1], *box, *lines[last + 1 :]]))
    assert art.paragraphs[-1] == lines[last]
    assert not any(story in p for story in _OTHER_STORIES for p in art.paragraphs)


def test_a_last_quote_closed_by_its_speaker_is_text() -> None:
    # The last paragraph ends on the speaker with no full stop after: it is prose all the same, and stays
    # in the text above the republication note.
    quote = (
        '"Kami mengimbau agar masyarakat dan juga pihak terkait untuk menindaklanjuti peringatan dini kami di'
        ' lapangan. Kami ini sisi early warning, namun perlu early action dari stakeholder," katanya'
    )
    text = (
        f"{P1}\n{P2}\n{P3}\n{quote}\n"
        "Artikel ini telah tayang di Contoh.com dengan judul Peringatan Dini Cuaca Sudah Dikeluarkan\n"
        "Tags\nBanjir\n"
    )
    assert beritaparse.parse_text(text).paragraphs == (P1, P2, P3, quote)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Kami siap," katanya', True),
        ('"Kami siap," kata Kepala BPBD Samarinda', True),
        ("“Kami siap,” ujarnya", True),
        ('"We are ready," he said', False),  # the speaker before the verb: not this form
        ("Hal itu kata dia", False),
        ("kata Budi kepada wartawan di kantornya kemarin sore", False),
    ],
)
def test_a_quote_closed_by_its_speaker(text: str, expected: bool) -> None:
    assert cues.ends_quote(text) is expected


def test_the_name_under_the_writer_box_label_is_the_writer() -> None:
    # Under the text: tags, then the box about the writer (its label, the name as the site shows it, a bio).
    text = (
        f"Judul Berita Tentang Kota\n{P1}\n{P2}\n{P3}\nShare this article\n"
        "TENTANG PENULIS\nfachrul_run\n"
        "Novelis yang telah menulis beberapa cerpen dan novel, menyukai dunia video game dan komik.\n"
    )
    art = beritaparse.parse_text(text)
    assert art.authors == ("fachrul_run",)
    assert art.paragraphs == (P1, P2, P3)  # the bio under the label is no part of the text


def test_the_writer_box_gives_way_to_a_byline() -> None:
    text = (
        f"Judul Berita Tentang Kota\nPenulis: Budi Santoso\n{P1}\n{P2}\n{P3}\n"
        "Tentang Penulis\nBudi\nWartawan yang meliput isu perkotaan dan pemerintahan daerah sejak 2015.\n"
    )
    assert beritaparse.parse_text(text).authors == ("Budi Santoso",)


def test_an_embedded_post_does_not_end_the_text() -> None:
    # The post's date under its credit is a stamp with a year and a clock time, as another story's byline
    # is: here it dates the post, and the paragraphs after the embed are the text's.
    text = (
        f"Judul Berita Tentang Kota\n{P1}\n{P2}\nView this post on Instagram\n"
        "We proudly announce that our company officially enters eSports by acquiring a media group today.\n"
        f"A post shared by IDN Times (@idntimes) on\nJul 14, 2019 at 9:00pm PDT\n{P3}\n"
        "Pejabat itu menyebut aturan akan dievaluasi setiap pekan bersama aparat dan tokoh masyarakat.\n"
    )
    art = beritaparse.parse_text(text)
    assert art.paragraphs[:2] == (P1, P2)
    assert P3 in art.paragraphs
    assert not any("9:00pm" in p or "proudly" in p for p in art.paragraphs)


def test_a_short_closing_paragraph_of_two_sentences_is_text() -> None:
    # Fourteen words, a statement and a question to the reader: sentences in sentence case, not a headline.
    close = "Dengan ini, keluarga kami akan semakin luas. Bagaimana menurut kalian dengan akuisisi ini?"
    text = f"Judul Berita Tentang Kota\n{P1}\n{P2}\n{P3}\n{close}\nBerita Terkait Lainnya\n"
    assert beritaparse.parse_text(text).paragraphs == (P1, P2, P3, close)


def test_a_list_the_text_introduces_does_not_end_it() -> None:
    # Five capitalised items under "... sebagai berikut:" weigh as a box of headlines would: they are the
    # text's list, and the paragraphs after them are the text's too.
    items = [f"Cashback 100 persen (maks. Rp{9 + i}.646) untuk {36 + i} Diamonds" for i in range(5)]
    intro = "Adapun promo yang disediakan untuk para pengguna ini sebagai berikut:"
    text = "\n".join(["Judul Berita Tentang Kota", P1, P2, intro, *items, "(Contoh/Nama)", P3])
    art = beritaparse.parse_text(text)
    assert P3 in art.paragraphs
    assert items[0] in art.text


def test_an_ad_label_and_a_box_of_picks_inside_the_text_do_not_end_it() -> None:
    picks = (
        "Begini Cara Mencuci Tangan yang Benar, Paling Baik Gunakan Sabun",
        "Klarifikasi Cuitan Virus Corona, Fahira Idris Ancam Laporkan Muannas",
        "Habiskan Rp70 Triliun dalam 100 Hari Kampanye, Bloomberg pun Mundur",
    )
    lines = (
        "Judul Berita Tentang Kota",
        P1,
        P2,
        "Baca Juga: RSPI Isolasi Dua Pasien Baru Terkait Corona",
        "2. Delapan pasien yang dirawat di ruang isolasi dalam kondisi baik",
        "Lanjutkan membaca artikel di bawah",
        "Editor’s picks",
        *picks,
        "Pos Pemantauan Rumah Sakit Sulianti Saroso (ANTARA FOTO/Nama)",
        P3,
    )
    art = beritaparse.parse_text("\n".join(lines))
    assert P3 in art.paragraphs
    assert picks[0] not in art.text  # the picks are other stories
    assert picks[0] in [r.title for r in art.related]


def test_a_pictures_credit_under_a_numbered_subheading_joins_nothing() -> None:
    heading = "3. Pemerintah konsisten dukung kemajuan olahraga daerah"
    lines = ("Judul Berita Tentang Kota", P1, P2, heading, "(Contoh/Nama Fotografer)", P3)
    text = "\n".join(lines)
    art = beritaparse.parse_text(text)
    assert P3 in art.paragraphs
    assert not any(heading in p and P3 in p for p in art.paragraphs)


def test_one_word_of_a_name_under_the_date_over_the_share_bar_is_the_writer() -> None:

    # Popmama's byline: the date, the picture's credit, the writer's one-word name, the share bar's label.
    head = "Judul Berita Tentang Kota\n22 Januari 2019\nFreepik/Freepic.diller\nRachma\nShare:"
    text = f"{head}\n{P1}\n{P2}\n{P3}\n"
    assert beritaparse.parse_text(text).authors == ("Rachma",)


def test_one_word_under_the_date_without_a_share_bar_names_no_writer() -> None:
    head = "Judul Berita Tentang Kota\n22 Januari 2019\nFreepik/Freepic.diller\nKesehatan"
    text = f"{head}\n{P1}\n{P2}\n{P3}\n"
    assert beritaparse.parse_text(text).authors == ()


@pytest.mark.parametrize("channel", ["Selebriti", "Musik", "Parenting"])
def test_a_channel_above_the_date_names_no_writer(channel: str) -> None:
    # KapanLagi's AMP header: the channel and the date on one row, "Selebriti | Kamis, 24 September 2020".
    head = f"Judul Berita Tentang Kota\n{channel}\n| Kamis, 24 September 2020 10:23"
    assert beritaparse.parse_text(f"{head}\n{P1}\n{P2}\n{P3}\n").authors == ()
    # A name stands there as a channel does.
    head = "Judul Berita Tentang Kota\nRachma\n| Kamis, 24 September 2020 10:23"
    assert beritaparse.parse_text(f"{head}\n{P1}\n{P2}\n{P3}\n").authors == ("Rachma",)


@pytest.mark.parametrize(
    ("last", "authors"),
    [
        # Brilio's AMP header: the date, the headline, the standfirst, the writer's bare name over the text.
        ("Aliftya Amarilisya", ("Aliftya Amarilisya",)),
        # A place there says where, and a picture's credit under the name leaves it no byline's place.
        ("Jakarta Selatan", ()),
        ("Aliftya Amarilisya\nInstagram.com/jessicaiskandar", ()),
    ],
)
def test_a_bare_name_under_the_standfirst_over_the_text_is_the_writer(
    last: str, authors: tuple[str, ...]
) -> None:
    head = (
        "04 Juni 2020 10:21\nPotret Anyar Jessica Iskandar dengan Rambut Pink\n"
        f"Kini kekasih Richard Kyle itu tampil memesona dengan rambut berwarna pink pastel.\n{last}"
    )
    art = beritaparse.parse_text(f"{head}\nContoh.com - {P1}\n{P2}\n{P3}")
    assert art.subtitle == "Kini kekasih Richard Kyle itu tampil memesona dengan rambut berwarna pink pastel."
    assert art.authors == authors


def test_the_longer_line_right_under_the_date_is_the_headline_over_a_dek() -> None:
    # IDN Times: the date, the headline, a shorter dek in title case, the picture's caption, a credit box.
    text = (
        "28 Nov 23 | 14:01\nISMAYA Group Buka Dua Outlet Perdananya di Makassar, Must Try!\n"
        "Ada Djournal Coffee dan The People’s Café\nThe People’s Café hadir di Makassar (Dok.ISMAYA)\n"
        f"Verified\nWahyu Kurniawan\n{P1}\n{P2}\n{P3}\n"
    )
    art = beritaparse.parse_text(text)
    assert art.title == "ISMAYA Group Buka Dua Outlet Perdananya di Makassar, Must Try!"
    assert art.subtitle == "Ada Djournal Coffee dan The People’s Café"


def test_a_related_label_in_a_place_datelines_form_opens_no_text() -> None:
    # An outlet whose dateline is "Place:" ("Metrotvnews.com, Jakarta:"): "Baca Juga :" has its form, but the
    # titles under it are links, each one of its own, not a paragraph the label opens.
    art = beritaparse.parse_text(
        f"{P1}\nBaca Juga :\nJalan Ditutup Malam Ini\nWarga Diminta Tenang\nBrandconnect\n{P2}\n{P3}",
        outlet="metrotvnews",
    )
    titles = ["Jalan Ditutup Malam Ini", "Warga Diminta Tenang", "Brandconnect"]
    assert [r.title for r in art.related] == titles
    assert art.paragraphs == (P1, P2, P3)


@pytest.mark.parametrize("stamp", ["13 Oktober 2016 23:11 wib", "13 Oktober 2016, 23:11 WIB"])
def test_one_word_name_dashed_to_the_date_alone_is_the_writer(stamp: str) -> None:
    art = beritaparse.parse_text(f"Sandi Ajak Calon Lain Transparan\nMeilikhah - {stamp}\n{P1}\n{P2}\n{P3}")
    assert art.authors == ("Meilikhah",)
    assert art.published == dt.datetime(2016, 10, 13, 23, 11, tzinfo=WIB)


def test_a_stamp_whose_weekday_contradicts_its_date_dates_the_text() -> None:
    # 24 September 2019 was a Tuesday: the template's weekday, the date and time the site's (as on a page,
    # test_metadata). A weekday in a sentence of the text that contradicts its date still dates nothing.
    title = "Klasemen Liga Italia, Rekor Conte dan Kesempurnaan Inter"
    art = beritaparse.parse_text(
        f"{title}\nSenin, 24 September 2019 | 23:34 WIB\nPenulis: Jalu Wisnu\n{P1}\n{P2}\n{P3}"
    )
    assert art.published == dt.datetime(2019, 9, 24, 23, 34, tzinfo=WIB)
    assert art.authors == ("Jalu Wisnu",)
    dated_in_a_sentence = beritaparse.parse_text(
        f"{title}\nLaga digelar Senin, 24 September 2019 di Milan, kata pelatih.\n{P1}\n{P2}\n{P3}"
    )
    assert dated_in_a_sentence.published is None


def test_other_stories_cards_after_the_text_credit_no_writer() -> None:
    # "More From": a headline and "by: Nama" a card; their names are the cards' writers, not the text's.
    cards = "\n".join(
        f"{title}\nby: {name}"
        for title, name in (
            ("Meghan Markle dan Pangeran Harry Berbagi Makanan di LA", "Putri Arifa Malik"),
            ("Sejumlah Kegiatan Menarik Ini Juga Bisa Dilakukan di Bioskop", "Erlissa Florencia"),
            ("Inilah Prediksi Tren Gaun Pernikahan untuk Tahun 2020", "Tammy Tjenreng"),
        )
    )
    art = beritaparse.parse_text(
        f"10 Tren Kalung Spring/Summer 2020 yang Perlu Anda Ketahui\nby: Elizabeth Michelle\n"
        f"/ 23 September 2020\n{P1}\n{P2}\n{P3}\nMore From Fashion\n{cards}\nAbout Us"
    )
    assert art.authors == ("Elizabeth Michelle",)
    assert art.paragraphs == (P1, P2, P3)


def test_a_photo_credit_of_a_name_and_a_site_under_the_date_is_no_writer() -> None:
    art = beritaparse.parse_text(
        "10 Tren Kalung Spring/Summer 2020 yang Perlu Anda Ketahui\nby: Elizabeth Michelle\n"
        f"/ 23 September 2020\nAlessandro Viero/IMAXtree.com\n{P1}\n{P2}\n{P3}"
    )
    assert art.authors == ("Elizabeth Michelle",)


def test_a_label_or_a_chrome_line_ends_the_names_under_a_role() -> None:
    # "Penulis:" / name / "Diterbitkan:" / date above the text; "Reporter:" / name / an ad's label and a box's
    # heading after it: only the names are writers.
    art = beritaparse.parse_text(
        "Alipjon Buka Pameran Tunggal di spaCCCe Jakarta, Libatkan Band Plastik\n"
        "Penulis:\nTantri Dwi Rahmawati\nDiterbitkan:\nSenin, 07 Juli 2025 08:00 WIB\n"
        f"{P1}\n{P2}\n{P3}\nReporter:\nFikri Alfi Rosyadi\nAdvertisement\nMore Stories\nDangdut"
    )
    assert art.authors == ("Tantri Dwi Rahmawati", "Fikri Alfi Rosyadi")
    assert art.published == dt.datetime(2025, 7, 7, 8, 0, tzinfo=WIB)


def test_one_word_before_a_dated_sentence_is_no_writer() -> None:
    # The dash parts a place from its text too: a date inside a sentence leaves more than a zone beside it.
    art = beritaparse.parse_text(
        "Sandi Ajak Calon Lain Transparan\nJakarta - 13 Oktober 2016 23:11 wib, kata polisi\n"
        f"{P1}\n{P2}\n{P3}"
    )
    assert art.authors == ()


@pytest.mark.parametrize("mark", ["...", "…"])
def test_a_paragraph_a_paywall_cut_is_the_texts_last(mark: str) -> None:
    cut = "“Saya tegaskan bahwa kami menolak rancangan itu,"
    art = beritaparse.parse_text(
        f"{P1}\n{P2}\n{P3}\n{cut}\n{mark}\nBerlangganan untuk lanjut membaca.\nRp 54.945/bulan\nLangganan"
    )
    assert art.paragraphs == (P1, P2, P3, cut)


def test_a_short_line_over_an_ellipsis_is_no_cut_paragraph() -> None:
    art = beritaparse.parse_text(
        f"{P1}\n{P2}\n{P3}\nSelengkapnya\n...\nBerita Terkini\nJalan Ditutup Malam Ini"
    )
    assert art.paragraphs == (P1, P2, P3)


def test_a_caption_closed_by_its_glued_agency_joins_no_paragraph_under_it() -> None:
    caption = "Pemain Persib berusaha melewati lawan di Stadion Bangkalan, Sabtu (5/10/2019).*/ANTARA"
    quote = "“Kami sudah siap menghadapi laga itu,” ujar Robert."
    art = beritaparse.parse_text(f"{P1}\n{caption}\n{quote}\n{P3}")
    assert art.paragraphs == (P1, quote, P3)
    assert [c.credit for c in art.captions] == ["ANTARA"]


def test_a_last_paragraph_with_the_storys_end_mark_glued_is_text() -> None:
    last = (
        "“Mereka sudah belajar dari itu. Jadi pemain secara mental harus lebih kuat dari tahun lalu,”"
        " katanya.***"
    )
    art = beritaparse.parse_text(f"{P1}\n{P2}\n{P3}\n{last}\nArtikel Terkait\nPersib Putri Taklukan PSIS")
    # ... and the end mark closes it, no letters of it.
    assert art.paragraphs[-1] == last.removesuffix("***")


def test_a_caption_repeated_over_each_page_of_a_read_page_is_a_caption_not_the_text_under_it() -> None:
    # A read-page of several pages copied whole: each page its subheading, the same picture's caption (no
    # sentence, ending on a lower-case word, as a paragraph broken off at a link does) and its text.
    caption = "Seorang pedagang ketahuan mencuci wajan masaknya dengan air genangan di jalan"
    parts = ((2, "Wajan", P2), (3, "Warga", P3))
    pages = [f"{n} dari 3 halaman\n{head}\n{caption}\n{text}" for n, head, text in parts]
    paste = "\n".join([P1, *pages])
    art = beritaparse.parse_text(paste)
    assert art.paragraphs == (P1, P2, P3)
    assert [c.text for c in art.captions] == [caption, caption]


def test_a_line_broken_off_once_still_goes_on_in_the_next() -> None:
    # Guard: a line standing once is a paragraph broken at a link, and the line under it its rest.
    first = "Seorang pedagang ketahuan mencuci wajan masaknya dengan air genangan di jalan"
    rest = "Video yang dibagikan akun Twitter itu memperlihatkan seorang bapak sedang membungkuk."
    art = beritaparse.parse_text(f"{P1}\n{first}\n{rest}\n{P3}")
    assert art.paragraphs == (P1, f"{first} {rest}", P3)


def test_a_lower_case_by_label_under_the_headline_is_the_byline() -> None:
    art = beritaparse.parse_text(
        "Kulit Anda Berminyak? Ikuti 6 Tips Makeup Ini\nby: Fariza Rahmadinna\n/ 23 September 2020\n"
        f"{P1}\n{P2}"
    )
    assert art.title == "Kulit Anda Berminyak? Ikuti 6 Tips Makeup Ini"
    assert art.authors == ("Fariza Rahmadinna",)


def test_a_shop_box_between_paragraphs_ends_no_text() -> None:
    product = ["the sulfate-free cleanser", "Drunk Elephant Glossing Shampoo", "sephora.com", "$25.00"]
    box = "\n".join([*product, "Shop Now"] * 4)
    art = beritaparse.parse_text(f"{P1}\n{P2}\n{box}\n{P3}\n{P1.replace('kota', 'desa')}")
    assert art.paragraphs == (P1, P2, P3, P1.replace("kota", "desa"))


def test_a_related_story_heading_takes_the_title_under_it() -> None:
    art = beritaparse.parse_text(f"{P1}\n{P2}\nRelated Story\nMengenal Koleksi Wewangian Terbaru\n{P3}")
    assert [r.title for r in art.related] == ["Mengenal Koleksi Wewangian Terbaru"]
    assert art.paragraphs == (P1, P2, P3)


def test_a_videos_chapters_under_its_summary_are_text() -> None:
    chapters = ["00:00 Intro", "01:06 Unboxing Xiaomi 12 Lite versi Indonesia", "09:58 Closing"]
    art = beritaparse.parse_text(
        "Unboxing Xiaomi 12 Lite\n18 Juli 2022, 10:05 WIB\n" + "\n".join([P1, *chapters, "#Xiaomi #Tekno"])
    )
    assert art.paragraphs[0] == P1
    assert [b.text for b in art.body[1:]] == chapters


def test_a_writer_run_into_the_date_is_read_apart() -> None:
    # A copy of two adjacent inline elements: the name and the date with no space between.
    art = beritaparse.parse_text(
        f"Cara Kate Middleton Mengenakan Parfum\nVinsensia Dianawanti13 Des 2020, 12:00 WIB\n{P1}\n{P2}\n{P3}"
    )
    assert art.authors == ("Vinsensia Dianawanti",)
    assert art.published == dt.datetime(2020, 12, 13, 12, 0, tzinfo=WIB)


def test_a_number_run_into_a_word_stays_one_line() -> None:
    line = "Penjualan naik di kuartal3 tahun ini, kata direktur perusahaan itu."
    art = beritaparse.parse_text(f"{P1}\n{line}\n{P2}")
    assert line in art.paragraphs


def test_a_stamp_between_the_intro_and_the_text_dates_it_and_keeps_both() -> None:
    # A photo page's paste: the headline, its intro, the stamp, then the slide's text and its counter.
    art = beritaparse.parse_text(
        f"Potret Wali Kota Meninjau Pasar Baru\n{P1} {P2}\nSenin, 07 Juli 2025 09:00\n{P3}\nPREV\n1/8\nNEXT"
    )
    assert art.published == dt.datetime(2025, 7, 7, 9, 0, tzinfo=WIB)
    assert art.paragraphs == (f"{P1} {P2}", P3)
    assert reasons(art)["Senin, 07 Juli 2025 09:00"] == "byline"


def test_a_stamp_under_another_storys_headline_still_ends_the_text() -> None:
    # A box of teasers (headline, stamp, summary) after the text: the stamp under a headline dates another
    # story, and its summary is no paragraph of this one.
    teaser = "Petugas menutup tiga ruas jalan menjelang perayaan akhir pekan di pusat kota, kata polisi."
    art = beritaparse.parse_text(
        f"Kota Batasi Kegiatan Warga\nSenin, 07 Juli 2025 09:00\n{P1}\n{P2}\n{P3}\n"
        f"Jalan Ditutup Malam Ini\nSelasa, 08 Juli 2025 10:00\n{teaser}"
    )
    assert art.published == dt.datetime(2025, 7, 7, 9, 0, tzinfo=WIB)
    assert art.paragraphs == (P1, P2, P3)


def test_an_update_stamp_alone_dates_the_text_and_gives_way_to_the_published_one() -> None:
    head = "Kota Batasi Kegiatan Warga Dua Pekan\noleh\nHarley Ikhsan\n"
    only_updated = beritaparse.parse_text(f"{head}Diperbarui 12 Agu 2025, 08:00 WIB\n{P1}\n{P2}\n{P3}")
    assert only_updated.published == dt.datetime(2025, 8, 12, 8, 0, tzinfo=WIB)
    both = beritaparse.parse_text(
        f"{head}11 Agu 2025, 21:15 WIB\nDiperbarui 12 Agu 2025, 08:00 WIB\n{P1}\n{P2}\n{P3}"
    )
    assert both.published == dt.datetime(2025, 8, 11, 21, 15, tzinfo=WIB)
    assert "Diperbarui 12 Agu 2025, 08:00 WIB" not in " ".join(both.paragraphs)


def test_a_bracketed_promo_broken_at_its_links_is_one_line_and_no_text() -> None:
    promo = [
        "(Ayo ikuti saluran",
        "WhatsApp KapanLagi.com",
        "biar enggak ketinggalan update dan berita terbaru seputar dunia hiburan tanah air.",
        "Klik di sini ya, Klovers!)",
    ]
    art = beritaparse.parse_text("\n".join([P1, *promo, P2, P3]))
    assert art.paragraphs == (P1, P2, P3)
    assert reasons(art)[" ".join(promo)] == "promo"


def test_a_bracket_that_does_not_close_nearby_joins_nothing() -> None:
    art = beritaparse.parse_text(f"{P1}\n(Catatan redaksi\n{P2}\n{P3}\nPeta\nJalan\nDitutup\nMalam\nIni)")
    assert P2 in art.paragraphs


def test_other_stories_headlines_cut_short_between_the_paragraphs_are_related() -> None:
    cut = [
        "Lagu V BTS Masuk Soundtrack 'THE SUMMER I TURNED PRETTY' Season…",
        "Grup Band dengan Follower Tiktok Terbanyak, Jagoanmu di Ranking…",
    ]
    art = beritaparse.parse_text("\n".join([P1, *cut, P2, P3]))
    assert art.paragraphs == (P1, P2, P3)
    assert [r.title for r in art.related] == cut


def test_a_sentence_trailing_off_is_text() -> None:
    trailing = "Warga yang ditemui mengatakan bahwa mereka masih menunggu kepastian dari pemerintah..."
    art = beritaparse.parse_text(f"{P1}\n{trailing}\n{P2}\n{P3}")
    assert trailing in art.paragraphs


def test_a_numbered_subheading_ending_in_lower_case_joins_no_paragraph_under_it() -> None:
    art = beritaparse.parse_text(f"{P1}\n4. Tentukan apa yang akan kamu lakukan\n{P2}\n{P3}")
    assert P2 in art.paragraphs
    assert "4. Tentukan apa yang akan kamu lakukan" in [b.text for b in art.body]


def test_a_bulleted_item_broken_at_a_link_goes_on() -> None:
    art = beritaparse.parse_text(
        f"{P1}\n- Kedua tim baru bertemu dua kali, dua-duanya di ajang\nPiala\nDunia. Maroko menang 3-1."
        f"\n{P2}"
    )
    assert "- Kedua tim baru bertemu dua kali, dua-duanya di ajang Piala Dunia. Maroko menang 3-1." in [
        b.text for b in art.body
    ]


def test_a_photo_story_card_set_into_the_text_is_related() -> None:
    card = "7 Potret Irish Bella Penuh Semangat Main Padel Bareng Suami dan Anaknya"
    art = beritaparse.parse_text(f"{P1}\n{P2}\nBerita Foto\n+7\n{card}\n{P3}")
    assert art.paragraphs == (P1, P2, P3)
    assert [r.title for r in art.related] == [card]
    assert reasons(art)["+7"] == "media"


def test_an_ad_slots_label_over_its_prompt_opens_no_text() -> None:
    # "Advertisement - Scroll untuk Melanjutkan" has a dateline's shape: it is the slot's label, and the
    # text's first paragraphs above it stay the text's.
    art = beritaparse.parse_text(
        f"Potret Wali Kota\n{P1}\n{P2}\nAdvertisement - Scroll untuk Melanjutkan\nFoto 3 dari 10\n{P3}"
    )
    assert art.paragraphs == (P1, P2, P3)
    assert art.dateline is None


_VOTES = (
    "Andi Saputra (12.4 ribu suara)\nBudi Hartono (9.8 ribu suara)\nCitra Lestari (7,312 suara)\n"
    "Dewi Anggraini (5,004 suara)"
)
_RESULTS = "12/05/2024 - Persib 2-1 Persija\n05/05/2024 - Arema 0-0 Persib\n28/04/2024 - Persib 3-2 PSM"


def test_a_list_of_data_the_text_announces_is_the_texts_own() -> None:
    # Over a page break and a heading: the list of a multi-page article's last page.
    pointing = "Berikut hasil lengkap jajak pendapat pembaca hingga akhir pekan lalu."
    art = beritaparse.parse_text(
        f"{P1}\n{P2}\n{pointing}\n2 dari 2 halaman\nHasil Jajak Pendapat\n{_VOTES}\n"
        "Tag Terkait\nPersib\nLiga 1"
    )
    assert "Dewi Anggraini (5,004 suara)" in art.text
    assert "Liga 1" not in art.text
    # Groups under labels ending on a colon, a placeholder between them.
    art = beritaparse.parse_text(
        f"{P1}\n{P2}\n{P3}\nPertemuan Terakhir:\n-\nLima Laga Terakhir Persib:\n{_RESULTS}\n"
        "Tag Terkait\nPersib"
    )
    assert "28/04/2024 - Persib 3-2 PSM" in art.text


def test_data_lines_nothing_announces_are_not_the_texts() -> None:
    # No pointer and no label: a box of scores beside the text.
    art = beritaparse.parse_text(f"{P1}\n{P2}\n{P3}\nJadwal Pekan Ini\n{_RESULTS}")
    assert "Persib 2-1 Persija" not in art.text
    # A pager's numbers under its label are no list: what stands above them stays out.
    pager = "Halaman:\n1\n2\n3\n4\nTags\nPersib"
    art = beritaparse.parse_text(f"{P1}\n{P2}\n{P3}\nVideo Pilihan Pekan Ini\n{pager}")
    assert "Video Pilihan" not in art.text
    # Two lines are no list.
    two = "12/05/2024 - Persib 2-1 Persija\n05/05/2024 - Arema 0-0 Persib"
    art = beritaparse.parse_text(f"{P1}\n{P2}\n{P3}\nHasil:\n{two}")
    assert "Persib 2-1 Persija" not in art.text


def test_a_stock_librarys_credit_alone_on_its_line_is_no_text() -> None:
    for credit in ("Freepik", "Unsplash/Nama Fotografer", "Freepik/namafoto"):
        art = beritaparse.parse_text(f"{P1}\n1. Langkah pertama\n{credit}\n{P2}\n{P3}")
        assert credit not in art.text
        assert "Langkah pertama" in art.text
    # In capitals with a name, it closes the caption line above it, as an agency's credit does.
    credit = "PIXABAY/NAMA FOTOGRAFER"
    art = beritaparse.parse_text(f"{P1}\nIlustrasi warga berjalan kaki.\n{credit}\n{P2}\n{P3}")
    assert [(c.text, c.credit) for c in art.captions] == [("Ilustrasi warga berjalan kaki.", credit)]


_SHOWN_SLIDE = (
    "Warga berkumpul di tepi sungai yang meluap di Samarinda, Kalimantan Timur, Senin (13/5/2024). Petugas"
    " BPBD mengevakuasi ratusan warga ke posko pengungsian terdekat."
)


def test_the_slide_a_viewer_shows_under_its_counter_is_a_photo_storys_text() -> None:
    # A mobile photo page shows one slide of seven: its description under the zoom button and the counter.
    intro = "Banjir merendam tiga kecamatan di Samarinda sejak Minggu malam."
    viewer = f"Klik gambar untuk perbesar\n1 / 7\n{_SHOWN_SLIDE} (AP Photo/Nama Fotografer)"
    art = beritaparse.parse_text(
        f"FOTO: Banjir Rendam Samarinda\nOleh Rina Kartika pada 13 Mei 2024, 12:00 WIB\n{intro}\n{viewer}"
    )
    assert art.paragraphs == (intro, _SHOWN_SLIDE)
    # Beside a news story's text of several paragraphs, the viewer's slide is a caption.
    art = beritaparse.parse_text(f"Banjir Rendam Samarinda\n{P1}\n{P2}\n{P3}\n{P1}\n{viewer}")
    assert _SHOWN_SLIDE not in art.paragraphs


def test_a_prompt_to_scroll_past_an_ad_is_no_text() -> None:
    # Liputan6's mobile page break, in Indonesian with the English "down".
    prompt = "<p>Scroll down untuk melanjutkan membaca</p>"
    text = f"<p>{P1}</p><p>{P2}</p>{prompt}<p>{P3}</p>"
    page = f"<html><body><article><h1>Banjir Rendam Tiga Kecamatan</h1>{text}</article></body></html>"
    art = beritaparse.parse(page, adapters=False)
    assert art.paragraphs == (P1, P2, P3)


def test_a_cards_excerpt_over_its_read_more_link_is_another_pages() -> None:
    # KLY's topic card under the text: the club's name, its kind, its blurb, the link to its page.
    card = (
        "Persib Bandung\nTim Sepakbola\nPersib Bandung berdiri pada 14 Maret 1933 dan bermarkas di Stadion"
        " Gelora Bandung Lautan Api, kebanggaan masyarakat Jawa Barat sejak lama.\nLihat Selengkapnya"
    )
    art = beritaparse.parse_text(f"{P1}\n{P2}\n{P3}\n{card}")
    assert art.paragraphs == (P1, P2, P3)
    # A photo story's slide under its counter, which the link unfolds, is the story's text.
    slide = (
        "Warga berkumpul di tepi sungai yang meluap di Samarinda, Kalimantan Timur, Senin (13/5/2024)."
        " Petugas BPBD mengevakuasi ratusan warga ke posko pengungsian terdekat sejak Minggu malam."
    )
    art = beritaparse.parse_text(f"{P1}\n1/2\n{slide}\nSelengkapnya\n1/2\n{P2} {P3}\nSelengkapnya")
    assert slide in art.paragraphs


def test_a_videos_description_under_its_player_is_no_text() -> None:
    described = "Berita video gol kedua Persib saat menghadapi PSM pada pekan pertama Liga 1, Minggu (1/3)."
    art = beritaparse.parse_text(f"{P1}\n{P2}\nVideo\n{described}\n{P3}")
    assert art.paragraphs == (P1, P2, P3)


def test_a_sliders_slides_between_its_controls_are_a_photo_storys_text() -> None:
    # Each slide under its counter and over the link that unfolds it ("1/4" / slide / "Selengkapnya").
    slides = [
        f"Petugas BPBD mengevakuasi warga di Kecamatan {place}, Samarinda, Senin (13/5/2024). Air mulai naik"
        " sejak Minggu malam dan merendam ratusan rumah warga. (ANTARA FOTO/Nama Fotografer)"
        for place in ("Sungai Pinang", "Samarinda Ulu", "Samarinda Utara", "Sungai Kunjang")
    ]
    paste = "".join(f"1/4\n{slide}\nSelengkapnya\n" for slide in slides)
    art = beritaparse.parse_text(f"{paste}Tags\nBanjir")
    assert len(art.paragraphs) == 4
    assert all(p.startswith("Petugas BPBD mengevakuasi warga") for p in art.paragraphs)


_SLIDER = "".join(
    f"1/4\nPetugas BPBD mengevakuasi warga di Kecamatan {place}, Samarinda, Senin (13/5/2024). Air mulai naik"
    " sejak Minggu malam dan merendam ratusan rumah warga. (ANTARA FOTO/Nama Fotografer)\nSelengkapnya\n"
    for place in ("Sungai Pinang", "Samarinda Ulu", "Samarinda Utara", "Sungai Kunjang")
)
_INTRO = (
    "Banjir merendam empat kecamatan di Samarinda sejak Minggu malam setelah hujan deras mengguyur kota"
    " selama enam jam tanpa henti."
)


def test_a_photo_pages_header_under_its_slider_heads_the_slides() -> None:
    # Liputan6's 2021 photo page: the slider above the headline, its stamps, the intro (ka-liputan6-photo-1).
    paste = (
        f"{_SLIDER}FOTO: Banjir Rendam Empat Kecamatan di Samarinda\n13 Mei 2024, 08:00 WIB\n"
        f"Diperbarui 13 Mei 2024, 10:15 WIB\n{_INTRO}\nEditor:\nNama Editor\nTags\nBanjir"
    )
    art = beritaparse.parse_text(paste)
    assert art.title == "FOTO: Banjir Rendam Empat Kecamatan di Samarinda"
    assert art.published is not None
    assert art.published.isoformat() == "2024-05-13T08:00:00+07:00"
    assert art.paragraphs[0] == _INTRO
    assert len(art.paragraphs) == 5


def test_a_card_under_a_slider_its_header_heads_stays_out_of_the_text() -> None:
    # The header above the slides heads them; a box of other stories under them (a headline, its stamp, its
    # excerpt) is no header of theirs.
    paste = (
        f"FOTO: Banjir Rendam Empat Kecamatan di Samarinda\n13 Mei 2024, 08:00 WIB\n{_SLIDER}Berita Terkait\n"
        "Jalan Tol Balikpapan Ditutup Sementara\n12 Mei 2024, 21:00 WIB\n"
        "Jalan tol ditutup sementara setelah longsor menimbun dua lajur di kilometer 14 pada Minggu malam,"
        " kata petugas jalan tol kepada wartawan di lokasi."
    )
    art = beritaparse.parse_text(paste)
    assert art.title == "FOTO: Banjir Rendam Empat Kecamatan di Samarinda"
    assert len(art.paragraphs) == 4
    assert not any("Jalan tol ditutup" in p for p in art.paragraphs)


def _gallery_slide(n: int) -> str:
    return (
        f"Revalina S Temat menjelaskan alasan nomor {n} di balik pilihannya, dan ia menyebut keluarga selalu"
        " menjadi pertimbangan utama setiap kali tawaran peran datang."
    )


def _cards() -> str:
    # A mobile page's boxes between two slides: other stories' headlines with their days, an ad's prompt.
    return (
        "Trending Hari Ini\nAdvertisement - Scroll untuk Melanjutkan\n"
        "Advertisement - Scroll untuk Melanjutkan\n"
        "Berita Terkait\nBerita Terkait\n"
        "Dari Bandung ke Panggung Besar, SHA Siap Bikin Momen Bersejarah\n7 Juli 2025\n"
        "Potret Mpok Atiek Ungkap Renovasi Mushola Peninggalan Sang Ayah\n7 Juli 2025\n"
        "Artis Ini Dilamar Kekasih di Bulan Juni 2025, Penuh Kebahagiaan\n7 Juli 2025\n"
        "Sandra Dewi Luncurkan Produk Perhiasan Emas di Mesin Penjual Otomatis\n6 Juli 2025\n"
    )


def test_a_gallerys_slides_numbered_in_turn_are_one_story_across_the_boxes_between() -> None:
    # KapanLagi's 2025 mobile photo page (iw-kapanlagi-photo-m-1): "Foto 2 dari 3" under the boxes of
    # other stories goes on from "Foto 1 dari 3" above them.
    paste = (
        "Revalina S Temat Ungkap Alasan Selektif Ambil Peran di Film\nMinggu, 6 Juli 2025 15:00\n"
        + "".join(
            f"Foto {n} dari 3\ninstagram.com/vatemat\n{_gallery_slide(n)}\n{_cards()}" for n in range(1, 4)
        )
    )
    art = beritaparse.parse_text(paste)
    assert art.paragraphs == tuple(_gallery_slide(n) for n in (1, 2, 3))


def test_a_counter_that_does_not_go_on_from_the_one_above_joins_nothing() -> None:
    # Another gallery's counter under the boxes ("Foto 1 dari 5"): its slide is another story's.
    paste = (
        "Revalina S Temat Ungkap Alasan Selektif Ambil Peran di Film\nMinggu, 6 Juli 2025 15:00\n"
        f"Foto 1 dari 3\ninstagram.com/vatemat\n{_gallery_slide(1)}\n{_gallery_slide(2)}\n{_cards()}"
        f"Foto 1 dari 5\ninstagram.com/vatemat\n{_gallery_slide(9)}\n"
    )
    art = beritaparse.parse_text(paste)
    assert _gallery_slide(9) not in art.paragraphs


BLURB = (
    "Contoh.com merupakan media terverifikasi jaringan pemeriksa fakta internasional bersama puluhan media.\n"
    "Kami juga bekerja sama dengan media nasional dan lokal untuk memverifikasi informasi yang beredar."
)


@pytest.mark.parametrize("heading", ["Tentang Cek Fakta Contoh.com", "Tentang Kami", "Hubungi Kami"])
def test_a_site_box_under_its_heading_after_the_text_is_no_part_of_it(heading: str) -> None:
    # Liputan6's fact-check copied: the desk's standing blurb under its heading closes the text.
    art = beritaparse.parse_text(f"Judul Berita Hari Ini\n{P1}\n{P2}\n{P3}\n{heading}\n{BLURB}")
    assert art.paragraphs == (P1, P2, P3)


def test_a_subheading_about_a_subject_heads_the_texts_next_part() -> None:
    art = beritaparse.parse_text(f"Judul Berita Hari Ini\n{P1}\n{P2}\n{P3}\nTentang Program Kota\n{BLURB}")
    assert art.paragraphs[-2:] == tuple(BLURB.split("\n"))


def test_the_last_pictures_caption_between_the_text_and_the_site_box_is_the_texts() -> None:
    caption = "Banner Cek Fakta: Salah (Contoh.com/Triyasni)"
    art = beritaparse.parse_text(f"Judul Berita Hari Ini\n{P1}\n{P2}\n{P3}\n{caption}\nTentang Kami\n{BLURB}")
    assert art.paragraphs == (P1, P2, P3)
    assert [(c.text, c.credit) for c in art.captions] == [("Banner Cek Fakta: Salah", "Contoh.com/Triyasni")]


def test_a_headline_that_names_a_day_is_the_title_not_a_dated_line() -> None:
    # KapanLagi's synopsis copied: the headline names the day the episode airs, the stamp under it dates it.
    headline = "Sinopsis Sinetron 'INSYA ALLAH SURGA' Episode 27, Tayang Selasa 19 Mei 2020"
    art = beritaparse.parse_text(
        f"{headline}\nSelasa, 19 Mei 2020 15:45\nPenulis: Canda Dian Permana\n{P1}\n{P2}\n{P3}"
    )
    assert art.title == headline
    assert art.published == dt.datetime(2020, 5, 19, 15, 45, tzinfo=WIB)
    assert art.authors == ("Canda Dian Permana",)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Budi Santoso, Selasa 19 Mei 2020", ("Budi Santoso",)),
        ("Kabar terbaru dari redaksi kami, Selasa 19 Mei 2020", ()),
    ],
)
def test_a_credit_or_a_sentence_beside_a_day_dates_the_text(line: str, authors: tuple[str, ...]) -> None:
    art = beritaparse.parse_text(f"Harga Beras Naik Lagi di Pasar Induk\n{line}\n{P1}\n{P2}\n{P3}")
    assert art.title == "Harga Beras Naik Lagi di Pasar Induk"
    assert art.published == dt.date(2020, 5, 19)
    assert art.authors == authors


_ITEMS = (
    "1. Momen kebersamaan Arsy dan Putra yang terlihat penuh kasih sayang",
    "2. Tidak hanya dengan Arsy, Putra pun juga dekat dengan Arsya saat liburan keluarga",
    "3. Dalam momen ulang tahun Putra, Arsy memberikan kado berupa tas kepada kakaknya",
)
_PHOTO = "Momen kedekatan Arsy dengan Putra, anak angkat Ashanty (Sumber: Instagram/ashanty_ash)"


def test_a_listicles_numbered_items_go_on_across_the_photo_and_page_break_under_each() -> None:
    # Hot.Liputan6's listicle copied (unseen/co-hotliputan6-1): each numbered description stands on its own
    # page of the article, over its photo's caption and the next page's counter.
    paste = (
        f"Judul Berita Hari Ini\n{P1}\n{P2}\nBerikut 3 potret kedekatan keduanya.\n2 dari 4 halaman\n"
        f"{_ITEMS[0]}\n{_PHOTO}\n3 dari 4 halaman\n{_ITEMS[1]}\n{_PHOTO}\n4 dari 4 halaman\n{_ITEMS[2]}\n"
        f"{_PHOTO}\nAshanty\nArtis\n"
    )
    art = beritaparse.parse_text(paste)
    assert art.paragraphs[-3:] == _ITEMS
    assert "Momen kedekatan Arsy dengan Putra" not in art.text


def test_a_numbered_line_that_does_not_go_on_from_the_item_above_joins_nothing() -> None:
    # A box of numbered teasers under the text starts at 1 again: only the next number goes on with a list.
    teaser = "1. Ngambek Tak Dibangunkan Salat, Ini 4 Tingkah Arsy yang Bikin Ashanty Terharu"
    paste = (
        f"Judul Berita Hari Ini\n{P1}\n{P2}\n{_ITEMS[0]}\n{_PHOTO}\nBerita Terpopuler\nHari ini\n{teaser}\n"
    )
    art = beritaparse.parse_text(paste)
    assert art.paragraphs[-1] == _ITEMS[0]
    assert teaser not in art.text

@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # Harper's Bazaar's magazine feature copied (unseen/ir-bazaar-magazine-1): the byline says it credits
        # the writer; the bare name under the date is the lead photo's credit.
        ("by: Astrid Bestari\n/ 23 September 2020\nVicky Tanzil\n", ("Astrid Bestari",)),
        # Nothing labelled: the bare name under the date is the writer's, as the byline shows them.
        ("23 September 2020\nVicky Tanzil\n", ("Vicky Tanzil",)),
    ],
)
def test_a_labelled_byline_outranks_a_bare_name_under_the_date(
    byline: str, expected: tuple[str, ...]
) -> None:
    art = beritaparse.parse_text(f"Transformasi Persona Pevita Pearce\n{byline}{P1}\n{P2}\n{P3}")
    assert art.authors == expected


_FACT_CHECK = (
    "Cek Fakta: Tidak Benar Situs Republika.co.id Tulis Jokowi Sebut Penusukan Syekh Ali Jaber Kriminal Biasa"
)


def test_a_fact_checks_headline_opening_on_its_desks_cue_stands_over_the_byline() -> None:
    # Liputan6's fact-check copied (unseen/co-liputan6-cekfakta-m-1): "Cek Fakta:" opens a related link in a
    # text, and this headline, right over the byline with the writer and the date.
    art = beritaparse.parse_text(
        f"Home\nCek Fakta\n{_FACT_CHECK}\nOleh Pebrianto Eko Wicaksono pada 17 Sep 2020, 12:06 WIB\n"
        f"Perbesar\n{P1}\n{P2}\n{P3}"
    )
    assert art.title == _FACT_CHECK
    assert art.authors == ("Pebrianto Eko Wicaksono",)


def test_a_related_link_over_a_bare_date_is_no_headline() -> None:
    # A box of other stories in the header: a teaser's cue and title over its date, no writer.
    art = beritaparse.parse_text(f"Home\n{_FACT_CHECK}\n16 Sep 2020, 10:00 WIB\n{P1}\n{P2}\n{P3}")
    assert art.title != _FACT_CHECK


_LEAD_CAPTION = "Petugas memeriksa kendaraan yang melintas di jalan tol Cikampek pada hari pertama mudik"


@pytest.mark.parametrize(
    ("after", "kept"),
    [
        # A gallery strip under the text shows the lead photo's caption again: the picture's, not the text's.
        (f"{_LEAD_CAPTION}.", False),
        # The text's sentence that the caption cuts short goes on in words: the text's own.
        (f"{_LEAD_CAPTION} di ruas tol itu, kata polisi kepada wartawan pada Kamis pagi.", True),
    ],
)
def test_a_paragraph_repeating_the_lead_caption_goes_and_one_going_on_from_its_words_stays(
    after: str, kept: bool
) -> None:
    art = beritaparse.parse_text(
        "Polisi Perketat Pemeriksaan Kendaraan di Tol Cikampek\n"
        "Oleh Pebrianto Eko Wicaksono pada 17 Sep 2020, 12:06 WIB\n"
        f"{_LEAD_CAPTION} (Liputan6.com/Triyasni)\n{P1}\n{P2}\n{after}\n{P3}"
    )
    assert _LEAD_CAPTION in [c.text for c in art.captions]
    assert (after in art.paragraphs) is kept


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        # Dream's AMP page copied (unseen/co-dream-amp-1): the rubric beside the date, the writer labelled.
        ("Your Story | Jumat, 29 Mei 2020 17:01\nReporter : Arini Saadah\n", ("Arini Saadah",)),
        # A name beside the date, and only an editor labelled: the name is the writer's.
        ("Andi Saputra | Jumat, 29 Mei 2020 17:01\nEditor : Budi Santoso\n", ("Andi Saputra",)),
    ],
)
def test_a_labelled_writer_outranks_a_name_beside_the_date(credit: str, expected: tuple[str, ...]) -> None:
    art = beritaparse.parse_text(f"Meniru Adab Kiai Menikmati Makanan Sehari-hari\n{credit}{P1}\n{P2}\n{P3}")
    assert art.authors == expected


def test_tags_under_a_bare_label_are_the_articles_tags() -> None:
    # The forms pastes carry below the text: one tag a line under "Tag" (Kompas), '#' tags under "TAG"
    # (Republika), lower-case tags the copy must not join into one line, a comma list on one line.
    art = beritaparse.parse_text(
        f"Judul Berita Hari Ini\n{P1}\n{P2}\n{P3}\nTag\nMenhub\ntiket pesawat\nharga tiket pesawat\n"
        "Lihat Money Selengkapnya\nPeresmian Kereta Cepat Whoosh Diundur Sehari, Menhub: 1 Oktober"
    )
    assert art.tags == ("Menhub", "tiket pesawat", "harga tiket pesawat")
    assert art.paragraphs == (P1, P2, P3)
    assert reasons(art)["tiket pesawat"] == "tags"
    hashed = beritaparse.parse_text(f"{P1}\n{P2}\n{P3}\nTAG\n#promosi wisata film\n#film promo wisata\nFoto")
    assert hashed.tags == ("promosi wisata film", "film promo wisata")
    lower = beritaparse.parse_text(
        f"{P1}\n{P2}\n{P3}\nTAG:\nupdate corona\nkasus harian corona\nupdate covid\nkasus harian Covid-19\n"
        "Lihat Semua\n"
    )
    assert lower.tags == ("update corona", "kasus harian corona", "update covid", "kasus harian Covid-19")
    listed = beritaparse.parse_text(f"{P1}\n{P2}\n{P3}\nTags\nPameran Otomotif, GIIAS, Corona Covid-19\n")
    assert listed.tags == ("Pameran Otomotif", "GIIAS", "Corona Covid-19")


def test_a_tag_list_stops_at_the_first_line_no_tag_can_be() -> None:
    # A box's heading, a related cue, a headline, a sentence, a credit, the list's own "More Tag" button,
    # a reactions prompt: the list is over there, and nothing after it is a tag.
    for after in (
        "Berita Terkait",
        "Baca Juga",
        "Hari Kedua Kunker di Sultra Jokowi Akan Tinjau RSUD",
        "Warga diminta tetap tenang.",
        "Reporter : Issha Harruma",
        "More Tag",
        "Berikan Reaksimu Tentang Artikel di Atas",
    ):
        art = beritaparse.parse_text(f"{P1}\n{P2}\n{P3}\nTags\nBanjir\nSumatera Barat\n{after}\nJakarta\n")
        assert art.tags == ("Banjir", "Sumatera Barat"), after
    # A '#' list keeps to its '#': the next box's tab under it is none of its tags.
    art = beritaparse.parse_text(f"{P1}\n{P2}\n{P3}\nTopik\n#Info Kesehatan\nFoto\nVideo\n")
    assert art.tags == ("Info Kesehatan",)


def test_short_lines_without_a_tag_label_are_no_tags() -> None:
    # The same lines under a box of other stories, or under nothing, name no tag of the article.
    for above in ("Terpopuler", "Kunjungi Kami", ""):
        art = beritaparse.parse_text(f"{P1}\n{P2}\n{P3}\n{above}\nBanjir\nSumatera Barat\n")
        assert art.tags == (), above


# --- closings, parts and boxes that other outlets' pastes showed --------------------------------------


def test_a_platforms_disclaimer_closes_the_text_and_the_last_paragraph_may_lack_its_stop() -> None:
    # A citizen-writer post (Planet Merdeka, 2020): its last paragraph has no full stop, the platform's
    # disclaimer and the writer's other posts follow.
    last = "Sebelumnya, Dinar Candy sering mengaku kalau hingga kini masih menjaga keperawanannya"
    art = beritaparse.parse_text(
        f"{P1}\n{P2}\n{P3}\n{last}\n"
        "Contoh.com tidak bertanggung jawab atas hak cipta dan isi artikel ini, dan tidak memiliki afiliasi"
        " dengan penulis\nUntuk menghubungi penulis, kunjungi situs berikut :\naleole\n"
        "Fakta-fakta Pria di Luwu Utara Bunuh Keponakan Dengan Cara Sadis\n"
        "Terbangun Dengar Suara Tak Asing Suruh Putrinya Pakai Baju\n"
    )
    assert art.paragraphs == (P1, P2, P3, last)
    # A headline in title case there is another story's, not a paragraph missing its stop.
    titled = "Sembilan Hari Hilang, Beginilah Kondisi Syifa Aafiyah Saat Ditemukan di Garut Selatan"
    art = beritaparse.parse_text(
        f"{P1}\n{P2}\n{P3}\n{titled}\nContoh.com tidak bertanggung jawab atas isi artikel ini\n"
    )
    assert art.paragraphs == (P1, P2, P3)


def test_a_parts_title_under_its_page_counter_is_a_heading() -> None:
    art = beritaparse.parse_text(f"{P1}\n2 dari 3 halaman\nIstri Jadi Sasaran\n{P2}\n{P3}")
    assert [(b.kind, b.text) for b in art.body] == [
        ("paragraph", P1),
        ("heading", "Istri Jadi Sasaran"),
        ("paragraph", P2),
        ("paragraph", P3),
    ]
    # Under another line that is no sentence (a caption's label) the short line is no part's title.
    art = beritaparse.parse_text(f"{P1}\nFoto: Istimewa\nIstri Jadi Sasaran\n{P2}\n{P3}")
    assert all(b.kind == "paragraph" for b in art.body)


def test_a_labels_colon_points_at_the_name_under_it_whatever_the_box_below() -> None:
    # "Penulis:" / name closing the text, over a credit box whose names stand above their labels
    # (Liputan6's Citizen6, 2020).
    art = beritaparse.parse_text(
        f"{P1}\n{P2}\n{P3}\nPenulis:\nUlya Kaltsum\nKredit\nLiputan6dotcom\nAuthor\nEditor\nBagikan\n"
    )
    assert art.authors == ("Ulya Kaltsum",)


def test_the_titles_of_a_related_box_weigh_as_one_box_set_into_the_text() -> None:
    # A recipe (Fimela, 2020): the opening, a "Baca Juga" box of three titles, the ingredients, the steps.
    opening = (
        "Fimela.com, Jakarta Ingin menikmati bolu gulung lembut dengan rasa jeruk alami? Yuk, coba resep ini."
    )
    steps = [
        "1. Campur jus jeruk, minyak goreng, dan kental manis. Aduk rata sampai semuanya tercampur.",
        "2. Masukkan kuning telur dan garam. Kocok hingga tercampur rata dan berwarna pucat.",
        "3. Tambahkan kulit jeruk parut dan pewarna. Aduk rata lalu sisihkan sebentar.",
        "4. Tuang adonan. Panggang di dalam oven selama kurang lebih 20 menit hingga matang.",
    ]
    art = beritaparse.parse_text(
        "\n".join(
            [
                opening,
                "Baca Juga",
                "Resep Bolu Kukus tanpa Mixer yang Simpel",
                "Cara Membuat Kue Tiramisu Kukus Simpel",
                "Resep Kue Bolu Kukus Gula Merah yang Merekah",
                "Bahan-Bahan",
                "70 gram tepung terigu",
                "5 gram tepung maizena",
                "60 ml jus jeruk murni",
                "3 kuning telur",
                "3 putih telur",
                "35 gram gula pasir",
                "30 ml minyak goreng",
                "20 ml kental manis putih",
                "Bahan Fla",
                "1 sdm tepung maizena",
                "1 sdm kental manis",
                "Cara Membuat",
                *steps,
            ]
        )
    )
    # (The heading under the box, "Bahan-Bahan", goes with its titles: a word alone may be a sponsor's
    # link there, "Brandconnect".)
    assert [r.title for r in art.related][:3] == [
        "Resep Bolu Kukus tanpa Mixer yang Simpel",
        "Cara Membuat Kue Tiramisu Kukus Simpel",
        "Resep Kue Bolu Kukus Gula Merah yang Merekah",
    ]
    assert art.paragraphs[0].startswith("Ingin menikmati bolu gulung")
    assert art.paragraphs[-len(steps) :] == tuple(steps)
    assert "70 gram tepung terigu" in art.text


def test_a_box_of_other_stories_still_ends_the_text() -> None:
    # Under a heading of other stories ("Terpopuler") each title weighs a headline: the stories' teasers
    # after it are no part of the text.
    teaser = (
        "Warga Padang diminta waspada banjir susulan karena hujan deras diperkirakan turun hingga akhir"
        " pekan."
    )
    numbers = ("Satu", "Dua", "Tiga", "Empat", "Lima", "Enam")
    titles = [f"Judul Berita Lain Nomor {n} yang Sedang Ramai Dibaca" for n in numbers]
    art = beritaparse.parse_text("\n".join([P1, P2, P3, "Terpopuler", *titles, "Bahan", teaser, teaser]))
    assert art.paragraphs == (P1, P2, P3)


def test_a_photo_credit_citing_accounts_is_no_headline() -> None:
    # Hijab.Dream (2020): the lead photo's credit under the standfirst, labelled and six words long.
    art = beritaparse.parse_text(
        "Adu Kompak Laudya Cynthia Bella & Zaskia Sungkar Pakai Batik\n"
        "Mereka tampil memesona dalam balutan kain batik tradisional.\n"
        "Foto: Kolase Instagram @laudyacynthiabella & @zaskiasungkar15\n"
        f"Annisa Mutiara Asharini\n|\n17 September 2020 10:10\nDream - {P1}\n{P2}\n{P3}"
    )
    assert art.title == "Adu Kompak Laudya Cynthia Bella & Zaskia Sungkar Pakai Batik"
    assert art.authors == ("Annisa Mutiara Asharini",)


def test_a_writer_under_the_date_behind_the_bylines_bar() -> None:
    # Bola.net (2020): "30-07-2020 15:16" / "| Gia Yuda Pradana", the byline broken at its bar.
    art = beritaparse.parse_text(
        "Juventus Rilis Jersey Baru, Dipresentasikan Dybala dan Ronaldo\n30-07-2020 15:16\n"
        f"| Gia Yuda Pradana\nBola.net - {P1}\n{P2}\n{P3}"
    )
    assert art.authors == ("Gia Yuda Pradana",)
    assert art.published == dt.datetime(2020, 7, 30, 15, 16, tzinfo=WIB)


def test_the_video_the_text_closes_on_is_no_text() -> None:
    # KLY's pages end on "Simak juga video pilihan berikut ini:" over the video's description, another story.
    described = (
        "Aliran Sungai Bengawan Solo mengalami pencemaran berat. Dinas Lingkungan Hidup dan Kehutanan"
        " Provinsi Jawa Tengah menyebut pencemaran tersebut berbahaya."
    )
    for prompt in ("Simak juga video pilihan berikut ini:", "Video Pilihan"):
        paste = f"{P1}\n{P2}\n{P3}\n2 dari 2 halaman\n{prompt}\n{described}\nPantai Losari\n"
        art = beritaparse.parse_text(paste)
        assert art.paragraphs == (P1, P2, P3), prompt
    # A prompt naming its video in the text, a paragraph after it: the paragraph is the text's.
    art = beritaparse.parse_text(f"{P1}\n{P2}\nSimak Video 'Banjir Rendam Padang'\n{P3}\n")
    assert art.paragraphs == (P1, P2, P3)


def test_the_question_the_text_closes_on_to_its_readers_is_its_last_line() -> None:
    # Hijab.Dream (2020): the text closes on a question to its readers, over a related box.
    question = "Tampil kompak memakai outfit batik, gaya busana siapa favorit Sahabat Dream?"
    art = beritaparse.parse_text(f"{P1}\n{P2}\n{P3}\n{question}\nBaca Juga :\nJalan Ditutup Malam Ini\n")
    assert art.paragraphs == (P1, P2, P3, question)
    # A headline asking in title case there is another story's, the box's first title.
    titled = "Kapan Waktunya Reroll? Inilah Tips dan Trik Reroll Auto Chess Biar Gold Gak Mubazir?"
    art = beritaparse.parse_text(f"{P1}\n{P2}\n{P3}\n{titled}\nBaca Juga :\nJalan Ditutup Malam Ini\n")
    assert art.paragraphs == (P1, P2, P3)


def test_a_numbered_subheading_told_in_a_clause_is_a_heading() -> None:
    # IDN Times (2020): "3. Pasien dengan kondisi kurang baik sempat dirawat seminggu di rumah sakit swasta"
    # between two paragraphs, thirteen words; unnumbered, a line that long there is a paragraph.
    numbered = "3. Pasien dengan kondisi kurang baik sempat dirawat seminggu di rumah sakit swasta"
    art = beritaparse.parse_text(f"{P1}\n{P2}\n{numbered}\n{P3}")
    assert [b.text for b in art.body if b.kind == "heading"] == [numbered]
    unnumbered = "Pasien dengan kondisi kurang baik itu sempat dirawat seminggu di Rumah Sakit Medika"
    art = beritaparse.parse_text(f"{P1}\n{P2}\n{unnumbered}\n{P3}")
    assert all(b.kind == "paragraph" for b in art.body)


def test_a_standfirst_over_the_lead_photo_is_no_text() -> None:
    # Tempo's 2019 long-form page: the headline, a standfirst in sentences, the lead photo's caption, then
    # the text. A text does not open above its lead photo.
    dek = (
        "Seperempat abad lalu, Tempo ditutup penguasa negeri ini. Rezim Orde Baru menilai pers bebas"
        " mengganggu stabilitas sosial dan politik Indonesia."
    )
    caption = "PROTES KARYAWAN TEMPO DI GEDUNG DPR MPR SETELAH PEMBREDELAN MAJALAH TEMPO TAHUN 1994 [TEMPO]"
    art = beritaparse.parse_text(f"Peringatan 25 Tahun Pembredelan Tempo\n{dek}\n{caption}\n{P1}\n{P2}\n{P3}")
    assert art.title == "Peringatan 25 Tahun Pembredelan Tempo"
    assert art.subtitle == dek
    assert art.paragraphs == (P1, P2, P3)
    # A dateline opens the text wherever it stands: the paragraph over the photo is then the text's.
    art = beritaparse.parse_text(
        f"Peringatan 25 Tahun Pembredelan Tempo\nJakarta - {P1}\n{caption}\n{P2}\n{P3}"
    )
    assert art.paragraphs == (P1, P2, P3)


def test_a_paste_read_with_windows_default_encoding_is_read_as_written() -> None:
    # A UTF-8 file opened with Windows' default codec: each accented letter reads as two ("é" as "Ã©").
    paste = pathlib.Path(__file__).parent / "pastes" / "antaranews" / "ap-antara-3.txt"
    text = paste.read_text(encoding="utf-8")
    misread = text.encode("utf-8").decode("cp1252")
    assert "Ã" in misread
    assert beritaparse.parse_text(misread) == beritaparse.parse_text(text)


def test_a_story_forwarded_on_a_chat_keeps_its_words_not_its_marks() -> None:
    """A story forwarded on WhatsApp (or written in Markdown) marks its headline, its date and names in the
    text with "*", "_", "**"; the marks are no part of the words. A lone "*" (a footnote) and names with
    "_" inside stay as they are."""
    art = beritaparse.parse_text(
        "*Banjir Rendam Ratusan Rumah di Kampung Melayu*\n\n_Selasa, 2 Januari 2024 | 08:00 WIB_\n\n"
        "JAKARTA - Banjir merendam ratusan rumah warga di Kampung Melayu sejak Selasa pagi dengan ketinggian "
        "air mencapai **satu meter**.\n\n"
        "Sebanyak 1.200 warga mengungsi, kata Lurah Kampung Melayu, *Budi Santoso*, kepada wartawan di "
        "lokasi.\n\n"
        "Kerugian ditaksir Rp 1,5 miliar* menurut data sementara dari akun @info_banjir dan kelurahan.\n"
    )
    assert art.title == "Banjir Rendam Ratusan Rumah di Kampung Melayu"
    assert art.paragraphs[0].endswith("mencapai satu meter.")
    assert "kata Lurah Kampung Melayu, Budi Santoso, kepada" in art.paragraphs[1]
    assert "Rp 1,5 miliar* menurut" in art.paragraphs[2]
    assert "@info_banjir" in art.paragraphs[2]


@pytest.mark.parametrize("estimate", ["3–4 minutes", "3-4 menit", "1 minute"])
def test_a_reader_modes_page_names_its_writer_and_reading_time(estimate: str) -> None:
    """Firefox's Reader View, copied whole: the site, the headline, the page's credit (a bare name), the
    estimate of the reading time, then the text."""
    art = beritaparse.parse_text(
        f"megapolitan.kompas.com\nBanjir Rendam Ratusan Rumah di Jakarta\nNirmala Dewi\n{estimate}\n\n"
        f"JAKARTA, KOMPAS.com - {P1}\n\n{P2}\n\n{P3}\n"
    )
    assert art.title == "Banjir Rendam Ratusan Rumah di Jakarta"
    assert art.authors == ("Nirmala Dewi",)
    assert art.reading_time_minutes == int(estimate[0])
    assert reasons(art)[estimate] == "reading-time"
    assert art.paragraphs == (P1, P2, P3)


def test_a_number_of_minutes_is_a_reading_time_only_under_the_headline() -> None:
    """Without a reader mode's estimate under it, a bare name under the headline is not read as the writer
    (it may be a photo's credit), and "5 menit" in the text stays text."""
    art = beritaparse.parse_text(
        f"Banjir Rendam Ratusan Rumah di Jakarta\nNirmala Dewi\n\nJAKARTA - {P1}\n\n5 menit\n\n{P2}\n\n{P3}\n"
    )
    assert art.reading_time_minutes is None
    assert "5 menit" not in reasons(art)
