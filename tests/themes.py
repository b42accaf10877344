# ruff: noqa: E501 (the pages are written as the themes serve them, a line of markup per box)
"""Articles in the markup of the news themes and CMSs small Indonesian outlets run on (issue 11).

Hundreds of regional sites share a handful of themes: JNews, Newspaper (tagDiv), Jannah/Sahifa (TieLabs),
ColorMag, Newsup (Themeansar), Newsmatic (BlazeThemes), CoverNews (AF themes), Newspack (Automattic's theme
for local newsrooms), general-purpose themes (GeneratePress, Astra) with Jetpack's share and related-posts
boxes, OceanWP, Astra, HitMag (ThemezHut), a block theme (Twenty Twenty-Four, WordPress's default), the AMP
plugin's reader template, and Blogger's; and sites on other systems: Ghost (its default theme, Casper),
Joomla (its own article view in the default template) and Drupal (Olivero, its default theme). Each function
below writes an article as one of them serves it, from the theme's own markup (class names, the boxes it
puts inside and around the text: inline "Baca Juga" blocks, ad slots, share bars, tag lists, the author box,
related posts, the comment form, sidebar widgets), for a site the project has no adapter for. The articles
are written here, so the gold is what :data:`ARTICLES` holds: nothing is read back from the parser.

``page(theme, article, meta=..., scrambled=...)`` gives the page with or without its meta tags and JSON-LD,
and with its class and id names as written or scrambled (tests/scramble.py).
"""

from __future__ import annotations

import html
import json
import sys
from pathlib import Path
from typing import Any

from scramble import scramble

__all__ = ["ARTICLES", "CHROME", "HOST", "THEMES", "TIMED", "page", "url", "write_cases"]

ARTICLES = [
    {
        "slug": "banjir-rendam-tiga-kecamatan",
        "title": "Banjir Rendam Tiga Kecamatan di Samarinda, Ratusan Warga Mengungsi",
        "date_iso": "2024-05-13T10:15:00+08:00",
        "date_shown": "13 Mei 2024",
        "time_shown": "10:15",
        "author": "Rina Kartika",
        "editor": "Agus Salim",
        "place": "SAMARINDA",
        "category": "Daerah",
        "tags": ["banjir", "samarinda", "bpbd"],
        "paragraphs": [
            "Hujan deras yang mengguyur Kota Samarinda sejak Minggu malam membuat tiga kecamatan terendam banjir setinggi"
            " 50 sentimeter hingga satu meter pada Senin (13/5/2024) pagi.",
            "Kepala Badan Penanggulangan Bencana Daerah (BPBD) Samarinda, Suwarso, mengatakan air mulai naik sekitar pukul"
            " 02.00 Wita dan merendam permukiman warga di Kecamatan Sungai Pinang, Samarinda Ulu dan Samarinda Utara.",
            '"Kami sudah menurunkan tim dan perahu karet untuk mengevakuasi warga, terutama lansia dan anak-anak," kata'
            " Suwarso saat ditemui di posko pengungsian.",
            "Hingga siang hari, tercatat sebanyak 312 warga mengungsi ke masjid dan sekolah terdekat. Pemerintah kota juga"
            " mendirikan dapur umum untuk memenuhi kebutuhan makan para pengungsi.",
            "Menurut Suwarso, banjir kali ini dipicu oleh curah hujan tinggi yang bersamaan dengan pasangnya air Sungai"
            " Mahakam, sehingga aliran air dari drainase kota tidak dapat terbuang dengan lancar.",
            "Warga Sungai Pinang, Hasanah (45), mengaku sudah tiga kali rumahnya kebanjiran dalam sebulan terakhir. Ia"
            " berharap pemerintah segera menuntaskan normalisasi Sungai Karang Mumus.",
            "BPBD mengimbau warga yang tinggal di bantaran sungai untuk tetap waspada, karena hujan dengan intensitas"
            " sedang hingga lebat diperkirakan masih akan turun hingga tiga hari ke depan.",
        ],
        "related": [
            "Pemkot Samarinda Siapkan Rp 20 Miliar untuk Normalisasi Sungai Karang Mumus",
            "BMKG Prediksi Hujan Lebat di Kaltim Sepekan ke Depan",
        ],
    },
    {
        "slug": "harga-cabai-rawit-melonjak",
        "title": "Harga Cabai Rawit di Pasar Tradisional Melonjak Jelang Iduladha",
        "date_iso": "2024-06-10T14:30:00+07:00",
        "date_shown": "10 Juni 2024",
        "time_shown": "14:30",
        "author": "Dedi Kurniawan",
        "editor": "Siti Rahmawati",
        "place": "GARUT",
        "category": "Ekonomi",
        "tags": ["cabai rawit", "harga pangan", "garut"],
        "paragraphs": [
            "Harga cabai rawit di sejumlah pasar tradisional di Kabupaten Garut melonjak tajam dalam sepekan terakhir,"
            " dari Rp 40.000 menjadi Rp 75.000 per kilogram.",
            "Seorang pedagang di Pasar Guntur Ciawitali, Enok (52), mengatakan kenaikan harga terjadi karena pasokan dari"
            " petani berkurang akibat cuaca yang tidak menentu.",
            '"Barangnya sedikit, yang beli banyak karena mau Iduladha. Jadi harganya naik terus," ujar Enok, Senin'
            " (10/6/2024).",
            "Selain cabai rawit, harga bawang merah juga naik dari Rp 32.000 menjadi Rp 45.000 per kilogram, sementara"
            " harga daging sapi bertahan di kisaran Rp 130.000 per kilogram.",
            "Kepala Dinas Perindustrian dan Perdagangan Garut, Ridwan Effendi, menyebut pihaknya akan menggelar operasi"
            " pasar di empat kecamatan untuk menekan harga menjelang hari raya.",
            "Operasi pasar tersebut rencananya digelar mulai Rabu pekan ini dengan menyediakan sekitar dua ton cabai dan"
            " bawang dari daerah penghasil di Jawa Tengah.",
        ],
        "headings": {3: "Operasi Pasar Digelar"},
        "related": ["Jelang Iduladha, Permintaan Hewan Kurban di Garut Naik 20 Persen"],
    },
]

SIDEBAR_POSTS = [
    "Bupati Resmikan Jembatan Gantung Penghubung Dua Desa",
    "Ribuan Pelari Ramaikan Lomba Lari 10K Keliling Kota",
    "Polres Ungkap Jaringan Pengedar Sabu Antarprovinsi",
    "Dinas Pendidikan Buka Pendaftaran PPDB Jalur Zonasi",
    "Pasar Murah Digelar di Lima Kelurahan Jelang Lebaran",
]
OTHER_POSTS = [
    (
        "Petani Keluhkan Harga Pupuk Subsidi yang Sulit Didapat",
        "Sejumlah petani di wilayah selatan mengeluhkan sulitnya mendapatkan pupuk bersubsidi menjelang musim tanam.",
    ),
    (
        "Warga Gotong Royong Bersihkan Saluran Air Cegah Banjir",
        "Ratusan warga di tiga kelurahan bergotong royong membersihkan saluran air yang tersumbat sampah.",
    ),
    (
        "Festival Budaya Tahunan Kembali Digelar Setelah Empat Tahun",
        "Festival yang menampilkan tarian dan kuliner khas daerah itu diikuti peserta dari 12 kabupaten.",
    ),
    (
        "Ratusan Honorer Ikuti Seleksi PPPK di Gedung Olahraga",
        "Seleksi digelar dalam dua sesi dengan pengawasan ketat dari panitia dan kepolisian setempat.",
    ),
]
# Readers' comments under a post, in sentences as long as a short story's paragraphs.
COMMENTS = [
    (
        "Warga Pinang",
        "Setiap tahun selalu begini, pemerintah harus segera menuntaskan normalisasi sungai agar warga tidak terus"
        " menjadi korban banjir setiap kali hujan turun deras.",
    ),
    (
        "Andi",
        "Semoga para pengungsi segera mendapat bantuan yang layak, terutama anak-anak dan lansia yang paling"
        " rentan terserang penyakit di posko pengungsian.",
    ),
]
SITE = "Radar Kota"
HOST = "https://www.radarkota.id"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def url(a):
    return f"{HOST}/{a['date_iso'][:4]}/{a['date_iso'][5:7]}/{a['slug']}/"


def head(a, meta=True):
    m = ""
    if meta:
        m = f"""
<meta property="og:locale" content="id_ID"><meta property="og:type" content="article">
<meta property="og:title" content="{esc(a["title"])}"><meta property="og:url" content="{url(a)}">
<meta property="og:site_name" content="{SITE}">
<meta property="article:published_time" content="{a["date_iso"]}">
<meta name="author" content="{esc(a["author"])}">
<link rel="canonical" href="{url(a)}">
<script type="application/ld+json" class="yoast-schema-graph">{{"@context":"https://schema.org","@graph":[{{"@type":"Article","@id":"{url(a)}#article","isPartOf":{{"@id":"{url(a)}"}},"author":{{"name":"{a["author"]}","@id":"{HOST}/#/schema/person/1a2b"}},"headline":"{esc(a["title"])}","datePublished":"{a["date_iso"]}","dateModified":"{a["date_iso"]}","publisher":{{"@id":"{HOST}/#organization"}},"articleSection":["{a["category"]}"],"inLanguage":"id"}},{{"@type":"Organization","@id":"{HOST}/#organization","name":"{SITE}"}},{{"@type":"Person","@id":"{HOST}/#/schema/person/1a2b","name":"{a["author"]}"}}]}}</script>"""
    return f"""<!DOCTYPE html><html lang="id-ID"><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a["title"])} - {SITE}</title>{m}
<link rel='stylesheet' id='wp-block-library-css' href='{HOST}/wp-includes/css/dist/block-library/style.min.css' media='all' />
<script src="{HOST}/wp-includes/js/jquery/jquery.min.js" id="jquery-core-js"></script>
</head>"""


def body_parts(a, first_prefix=None):
    """The article's paragraphs with its inline 'Baca Juga' boxes, given by the theme."""
    out = []
    for i, p in enumerate(a["paragraphs"]):
        text = esc(p)
        if i == 0:
            text = (first_prefix or f"<strong>{a['place']}, RADARKOTA.ID</strong> &#8211; ") + text
        if i in a.get("headings", {}):
            out.append(("heading", a["headings"][i]))
        out.append(("p", text))
        if i == 1:
            out.append(("related", a["related"][0]))
        if i == 4 and len(a["related"]) > 1:
            out.append(("related", a["related"][1]))
    return out


def nav():
    items = "".join(
        f'<li class="menu-item"><a href="{HOST}/category/{c.lower()}/">{c}</a></li>'
        for c in ("Beranda", "Daerah", "Ekonomi", "Politik", "Olahraga", "Hukum", "Opini", "Indeks")
    )
    return f'<nav class="main-navigation"><ul id="menu-main" class="menu">{items}</ul></nav>'


def slugify(t):
    return "-".join(t.lower().replace(",", "").split()[:6])


def jnews(a, meta=True):
    text = _text(a, "jnews", heading="h2")
    tags = "".join(f'<a href="{HOST}/tag/{t.replace(" ", "-")}/" rel="tag">{esc(t)}</a>' for t in a["tags"])
    related = "".join(
        f"""<article class="jeg_post jeg_pl_md_2 format-standard"><div class="jeg_thumb"><a href="{HOST}/2024/05/{slugify(t)}/"><div class="thumbnail-container animate-lazy size-715"><img src="{HOST}/a.jpg" alt="{esc(t)}"></div></a></div><div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="{HOST}/2024/05/{slugify(t)}/">{esc(t)}</a></h3><div class="jeg_post_meta"><div class="jeg_meta_date"><a href="#"><i class="fa fa-clock-o"></i> 11 Mei 2024</a></div></div><div class="jeg_post_excerpt"><p>{esc(e)}</p><a href="{HOST}/2024/05/{slugify(t)}/" class="jeg_readmore">Read more</a></div></div></article>"""
        for t, e in OTHER_POSTS
    )
    popular = "".join(
        f"""<article class="jeg_post jeg_pl_sm format-standard"><div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="{HOST}/2024/05/{slugify(t)}/">{esc(t)}</a></h3><div class="jeg_post_meta"><div class="jeg_meta_date"><a href="#"><i class="fa fa-clock-o"></i> 10 Mei 2024</a></div></div></div></article>"""
        for t in SIDEBAR_POSTS
    )
    return (
        head(a, meta)
        + f"""
<body class="post-template-default single single-post postid-48213 single-format-standard jeg_toggle_light jeg_single_tpl_1 jnews jsc_normal">
<div class="jeg_ad jeg_ad_top jnews_header_top_ads"><div class='ads-wrapper  '></div></div>
<div class="jeg_viewport">
<div class="jeg_header_wrapper"><div class="jeg_header_instagram_wrapper"></div><div class="jeg_header normal"><div class="jeg_topbar jeg_container jeg_navbar_wrapper dark"><div class="container"><div class="jeg_nav_row"><div class="jeg_nav_col jeg_nav_left jeg_nav_grow"><div class="item_wrap jeg_nav_alignleft"><div class="jeg_nav_item jeg_top_date">Senin, Mei 13, 2024</div></div></div></div></div></div>
<div class="jeg_midbar jeg_container jeg_navbar_wrapper normal"><div class="container"><div class="jeg_nav_row"><div class="jeg_nav_col jeg_nav_left jeg_nav_normal"><div class="item_wrap jeg_nav_alignleft"><div class="jeg_nav_item jeg_logo jeg_desktop_logo"><h1 class="site-title"><a href="{HOST}/" style="padding: 0 0 0 0;"><img class='jeg_logo_img' src="{HOST}/logo.png" alt="{SITE}"></a></h1></div></div></div></div></div></div>
<div class="jeg_bottombar jeg_navbar jeg_container jeg_navbar_wrapper jeg_navbar_normal jeg_navbar_normal"><div class="container"><div class="jeg_nav_row"><div class="jeg_nav_col jeg_nav_left jeg_nav_grow"><div class="item_wrap jeg_nav_alignleft"><div class="jeg_nav_item jeg_main_menu_wrapper"><div class="jeg_mainmenu_wrap">{nav()}</div></div></div></div></div></div></div></div></div>
<div class="jeg_main "><div class="jeg_container"><div class="jeg_content jeg_singlepage"><div class="container">
<div class="jeg_ad jeg_article jnews_article_top_ads"><div class='ads-wrapper  '></div></div>
<div class="row"><div class="jeg_main_content col-md-8">
<div class="jeg_inner_content">
<div class="jeg_breadcrumbs jeg_breadcrumb_container"><div id="breadcrumbs"><span class=""><a href="{HOST}">Home</a></span><i class="fa fa-angle-right"></i><span class=""><a href="{HOST}/category/{a["category"].lower()}/">{a["category"]}</a></span><i class="fa fa-angle-right"></i><span class="breadcrumb_last_link"><a href="{url(a)}">{esc(a["title"])}</a></span></div></div>
<div class="entry-header">
<h1 class="jeg_post_title">{esc(a["title"])}</h1>
<div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1"><div class="meta_left"><div class="jeg_meta_author"><img alt='{esc(a["author"])}' src='{HOST}/avatar.png' class='avatar avatar-80 photo' height='80' width='80'><span class="meta_text">by</span> <a href="{HOST}/author/{a["author"].lower().replace(" ", "-")}/">{esc(a["author"])}</a></div><div class="jeg_meta_date"><a href="{url(a)}">{a["date_shown"]}</a></div><div class="jeg_meta_category"><span><span class="meta_text">in</span> <a href="{HOST}/category/{a["category"].lower()}/" rel="category tag">{a["category"]}</a></span></div></div><div class="meta_right"><div class="jeg_meta_comment"><a href="{url(a)}#comments"><i class="fa fa-comment-o"></i> 0</a></div></div></div></div>
</div>
<div class="jeg_featured featured_image"><a href="{HOST}/wp-content/uploads/2024/05/banjir.jpg"><div class="thumbnail-container animate-lazy" style="padding-bottom:50%"><img width="750" height="375" src="{HOST}/wp-content/uploads/2024/05/banjir.jpg" class="attachment-jnews-750x375 size-jnews-750x375 wp-post-image" alt="{esc(a["title"])}"></div></a><p class="wp-caption-text">Suasana di lokasi, Senin pagi. (Foto: Dok/{SITE})</p></div>
<div class="jeg_share_top_container"><div class="jeg_share_button clearfix"><div class="jeg_share_stats"><div class="jeg_share_count"><div class="counts">0</div><span class="sharetext">SHARES</span></div><div class="jeg_views_count"><div class="counts">127</div><span class="sharetext">VIEWS</span></div></div><div class="jeg_sharelist"><a href="http://www.facebook.com/sharer.php?u={url(a)}" rel='nofollow' class="jeg_btn-facebook expanded"><i class="fa fa-facebook-official"></i><span>Share on Facebook</span></a><a href="https://twitter.com/intent/tweet?url={url(a)}" rel='nofollow' class="jeg_btn-twitter expanded"><i class="fa fa-twitter"></i><span>Share on Twitter</span></a><a href="whatsapp://send?text={url(a)}" rel='nofollow' class="jeg_btn-whatsapp "><i class="fa fa-whatsapp"></i></a></div></div></div>
<div class="jeg_ad jeg_article jnews_content_top_ads "><div class='ads-wrapper  '></div></div>
<div class="entry-content no-share">
<div class="jeg_share_button share-float jeg_sticky_share clearfix share-monocrhome"><div class="jeg_share_float_container"></div></div>
<div class="content-inner ">
{text}
<div class="jeg_ad jeg_ad_article jnews_content_inline_ads  "><div class='ads-wrapper align-center '><div class='ads_code'><ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-1"></ins></div></div></div>
</div>
<div class="jeg_post_tags"><span>Tags:</span> {tags}</div>
</div>
<div class="jeg_share_bottom_container"></div>
<div class="jeg_ad jeg_article jnews_content_bottom_ads "><div class='ads-wrapper  '></div></div>
<div class="jnews_prev_next_container"><div class="jeg_prevnext_post"><a href="{HOST}/prev/" class="post prev-post"><span class="caption">Previous Post</span><h3 class="post-title">{esc(SIDEBAR_POSTS[0])}</h3></a><a href="{HOST}/next/" class="post next-post"><span class="caption">Next Post</span><h3 class="post-title">{esc(SIDEBAR_POSTS[1])}</h3></a></div></div>
<div class="jnews_author_box_container "><div class="jeg_authorbox"><div class="jeg_author_image"><img alt='{esc(a["author"])}' src='{HOST}/avatar.png' class='avatar avatar-80 photo'></div><div class="jeg_author_content"><h3 class="jeg_author_name"><a href="{HOST}/author/x/">{esc(a["author"])}</a></h3><p class="jeg_author_desc"></p></div></div></div>
<div class="jnews_related_post_container"><div class="jeg_postblock_22 jeg_postblock jeg_module_hook jeg_pagination_disable jeg_col_2o3"><div class="jeg_block_heading jeg_block_heading_6 jeg_subcat_right"><h3 class="jeg_block_title"><span>Related<strong> Posts</strong></span></h3></div><div class="jeg_block_container"><div class="jeg_posts_wrap"><div class="jeg_posts jeg_load_more_flag">{related}</div></div></div></div></div>
<div class="jnews_comment_container"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Tinggalkan Balasan <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Batalkan balasan</a></small></h3><form action="{HOST}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Alamat email Anda tidak akan dipublikasikan.</span> <span class="required-field-message">Ruas yang wajib ditandai <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">Komentar <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Kirim Komentar"></p></form></div></div>
</div></div>
<div class="jeg_sidebar  jeg_sticky_sidebar col-md-4"><div class="jegStickyHolder"><div class="theiaStickySidebar"><div class="widget widget_jnews_module_block_21" id="jnews_module_block_21-2"><div class="jeg_postblock_21 jeg_postblock"><div class="jeg_block_heading jeg_block_heading_6"><h3 class="jeg_block_title"><span>Terpopuler</span></h3></div><div class="jeg_block_container"><div class="jeg_posts jeg_load_more_flag">{popular}</div></div></div></div>
<div class="widget widget_tag_cloud" id="tag_cloud-2"><div class="jeg_block_heading jeg_block_heading_6"><h3 class="jeg_block_title"><span>Tag</span></h3></div><div class="tagcloud"><a href="{HOST}/tag/pilkada/" class="tag-cloud-link">pilkada</a><a href="{HOST}/tag/banjir/" class="tag-cloud-link">banjir</a><a href="{HOST}/tag/kriminal/" class="tag-cloud-link">kriminal</a></div></div></div></div></div>
</div></div></div></div>
<div class="footer-holder" id="footer" class="jeg_footer_primary clearfix"><div class="jeg_footer jeg_footer_1 dark"><div class="jeg_footer_container jeg_container"><div class="jeg_footer_content"><div class="container"><div class="row"><div class="jeg_footer_primary clearfix"><div class="col-md-4 footer_column"><div class="footer_widget widget_text"><div class="textwidget"><p>{SITE} adalah portal berita daerah yang menyajikan informasi terkini, akurat dan berimbang dari Kalimantan Timur dan sekitarnya.</p></div></div></div></div></div></div></div><div class="jeg_footer_bottom"><div class="container"><p class="copyright"> &copy; 2024 {SITE}. All Rights Reserved. <a href="{HOST}/redaksi/">Redaksi</a> <a href="{HOST}/pedoman-media-siber/">Pedoman Media Siber</a></p></div></div></div></div></div>
</div>
<script type="text/javascript">var jnewsoption = {{"login_reload":"{HOST}/","popup_script":"magnific"}};</script>
</body></html>"""
    )


def _inline_related(v, style):
    href = f"{HOST}/2024/05/{slugify(v)}/"
    if style == "jnews":
        return f"""<div class="jnews_inline_related_post_wrapper"><div class="jnews_inline_related_post"><div class="jeg_postblock_21 jeg_postblock jeg_module_hook jeg_pagination_disable jeg_col_2o3"><div class="jeg_block_heading jeg_block_heading_6 jeg_subcat_right"><h3 class="jeg_block_title"><span>Baca Juga<strong></strong></span></h3></div><div class="jeg_block_container"><div class="jeg_posts "><article class="jeg_post jeg_pl_sm format-standard"><div class="jeg_thumb"><a href="{HOST}/2024/05/{slugify(v)}/"><div class="thumbnail-container size-715"><img width="120" height="86" src="{HOST}/wp-content/uploads/2024/05/a.jpg" alt="{esc(v)}"></div></a></div><div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="{HOST}/2024/05/{slugify(v)}/">{esc(v)}</a></h3><div class="jeg_post_meta"><div class="jeg_meta_date"><a href="{HOST}/2024/05/{slugify(v)}/"><i class="fa fa-clock-o"></i> 12 Mei 2024</a></div></div></div></article></div></div></div></div></div>"""
    if style == "strong":
        return f'<p><strong>Baca Juga: <a href="{href}">{esc(v)}</a></strong></p>'
    if style == "ez":
        return f'<div class="baca-juga"><span>Baca Juga</span><ul><li><a href="{href}">{esc(v)}</a></li></ul></div>'
    return f'<p>Baca juga: <a href="{href}" target="_blank" rel="noopener">{esc(v)}</a></p>'


def _text(a, style, first_prefix=None, end="", heading="h3"):
    out = []
    for kind, v in body_parts(a, first_prefix=first_prefix):
        if kind == "p":
            out.append(f"<p>{v}</p>")
        elif kind == "heading":
            out.append(f"<{heading}>{esc(v)}</{heading}>")
        else:
            out.append(_inline_related(v, style))
    return "\n".join(out) + end


def _others(fmt):
    return "".join(fmt.format(t=esc(t), e=esc(e), h=f"{HOST}/2024/05/{slugify(t)}/") for t, e in OTHER_POSTS)


def _popular(fmt):
    return "".join(
        fmt.format(t=esc(t), h=f"{HOST}/2024/05/{slugify(t)}/", n=i + 1) for i, t in enumerate(SIDEBAR_POSTS)
    )


def tagdiv(a, meta=True):
    """Newspaper (tagDiv), the classic single template."""
    text = _text(a, "strong", end=f"<p>Editor: {esc(a['editor'])}</p>")
    tags = "".join(f'<li><a href="{HOST}/tag/{t.replace(" ", "-")}/">{esc(t)}</a></li>' for t in a["tags"])
    return (
        head(a, meta)
        + f"""
<body class="post-template-default single single-post postid-9912 single-format-standard td-standard-pack global-block-template-1 td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>
<div class="td-menu-background"></div><div id="td-mobile-nav"><div class="td-mobile-container"><div class="td-mobile-content"><div class="menu-main-container">{nav()}</div></div></div></div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-wrap td-header-style-1 "><div class="td-header-top-menu-full td-container-wrap "><div class="td-container td-header-row td-header-top-menu"><div class="top-bar-style-1"><div class="td-header-sp-top-menu"><div class="td_data_time"><div>Senin, Mei 13, 2024</div></div></div></div></div></div>
<div class="td-banner-wrap-full td-logo-wrap-full td-container-wrap "><div class="td-container td-header-row td-header-header"><div class="td-header-sp-logo"><a class="td-main-logo" href="{HOST}/"><img class="td-retina-data" src="{HOST}/logo.png" alt="{SITE}"/><span class="td-visual-hidden">{SITE}</span></a></div><div class="td-header-sp-recs"><div class="td-header-rec-wrap"><div class="td-a-rec td-a-rec-id-header  td-a-rec-no-translate tdi_1 td_block_template_1"><span class="td-adspot-title">- Advertisement -</span></div></div></div></div></div>
<div class="td-header-menu-wrap-full td-container-wrap "><div class="td-header-menu-wrap td-header-gradient "><div class="td-container td-header-row td-header-main-menu"><div id="td-header-menu" role="navigation">{nav()}</div></div></div></div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-default ">
<div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="{HOST}/">Beranda</a></span> <i class="td-icon-right td-bred-no-url-last"></i> <span><a title="Lihat semua kiriman dalam {a["category"]}" class="entry-crumb" href="{HOST}/category/x/">{a["category"]}</a></span> <i class="td-icon-right td-bred-no-url-last"></i> <span class="td-bred-no-url-last">{esc(a["title"])}</span></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<article id="post-9912" class="post-9912 post type-post status-publish format-standard has-post-thumbnail category-x" itemscope itemtype="https://schema.org/Article">
<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="{HOST}/category/x/">{a["category"]}</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">{esc(a["title"])}</h1>
<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">Oleh</div> <a href="{HOST}/author/x/">{esc(a["author"])}</a><div class="td-author-line"> - </div> </div><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{a["date_iso"]}" >{a["date_shown"]}</time></span><div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-9912">214</span></div><div class="td-post-comments"><a href="#respond"><i class="td-icon-comments"></i>0</a></div></div>
</header></div>
<div class="td-post-sharing-top"><div id="td_social_sharing_article_top" class="td-post-sharing td-ps-bg td-ps-notext td-post-sharing-style1 "><div class="td-post-sharing-visible"><a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-facebook" href="https://www.facebook.com/sharer.php?u={url(a)}" title="Facebook" ><div class="td-social-but-icon"><i class="td-icon-facebook"></i></div><div class="td-social-but-text">Facebook</div></a><a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-twitter" href="https://twitter.com/intent/tweet?text=x" title="Twitter"><div class="td-social-but-icon"><i class="td-icon-twitter"></i></div><div class="td-social-but-text">Twitter</div></a><a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-whatsapp" href="https://api.whatsapp.com/send?text=x" title="WhatsApp"><div class="td-social-but-icon"><i class="td-icon-whatsapp"></i></div><div class="td-social-but-text">WhatsApp</div></a></div></div></div>
<div class="td-post-content tagdiv-type">
<div class="td-post-featured-image"><figure><a href="{HOST}/img.jpg" data-caption="Ilustrasi. (Foto: Istimewa)"><img width="696" height="392" class="entry-thumb td-modal-image" src="{HOST}/img.jpg" alt="" title="x"/></a><figcaption class="wp-caption-text">Ilustrasi. (Foto: Istimewa)</figcaption></figure></div>
{text}
<div class="td-a-rec td-a-rec-id-content_bottom  tdi_3 td_block_template_1"><span class="td-adspot-title">- Advertisement -</span><ins class="adsbygoogle"></ins></div>
</div>
<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li>{tags}</ul></div>
<div class="td-post-sharing-bottom"><div class="td-post-sharing-classic"></div><div id="td_social_sharing_article_bottom" class="td-post-sharing td-ps-bg td-ps-notext td-post-sharing-style1 "><div class="td-post-sharing-visible"><div class="td-social-sharing-button td-social-sharing-button-js td-social-handler td-social-share-text"><div class="td-social-but-icon"><i class="td-icon-share"></i></div><div class="td-social-but-text">Share</div></div><a class="td-social-sharing-button td-social-network td-social-facebook" href="#"><div class="td-social-but-icon"><i class="td-icon-facebook"></i></div><div class="td-social-but-text">Facebook</div></a></div></div></div>
<div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>Artikel sebelumnya</span><a href="{HOST}/prev/">{esc(SIDEBAR_POSTS[2])}</a></div></div><div class="td-next-prev-separator"></div><div class="td-block-span6 td-post-next-post"><div class="td-post-next-prev-content"><span>Artikel berikutnya</span><a href="{HOST}/next/">{esc(SIDEBAR_POSTS[3])}</a></div></div></div>
<div class="author-box-wrap"><a href="{HOST}/author/x/"><img alt='' src='{HOST}/avatar.png' class='avatar avatar-96 photo' height='96' width='96'/></a><div class="desc"><div class="td-author-name vcard author"><span class="fn"><a href="{HOST}/author/x/">{esc(a["author"])}</a></span></div><div class="td-author-description"></div><div class="td-author-social"></div><div class="clearfix"></div></div></div>
</footer></article>
<div class="td_block_wrap td_block_related_posts tdi_4 td_with_ajax_pagination td-pb-border-top td_block_template_1"><h4 class="td-related-title td-block-title"><a id="tdi_5" class="td-related-left td-cur-simple-item" data-td_filter_value="" data-td_block_id="tdi_4" href="#">ARTIKEL TERKAIT</a><a id="tdi_6" class="td-related-right" data-td_filter_value="td_related_more_from_author" data-td_block_id="tdi_4" href="#">LEBIH DARI PENULIS</a></h4><div id=tdi_4 class="td_block_inner"><div class="td-related-row">{_others('<div class="td-related-span4"><div class="td_module_related_posts td-animation-stack td_mod_related_posts"><div class="td-module-image"><div class="td-module-thumb"><a href="{h}" class="td-image-wrap" title="{t}"><img class="entry-thumb" src="x.jpg" alt=""/></a></div></div><div class="item-details"><h3 class="entry-title td-module-title"><a href="{h}" title="{t}">{t}</a></h3></div></div></div>')}</div></div></div>
<div class="comments" id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">TINGGALKAN BALASAN <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Batalkan balasan</a></small></h3><form action="{HOST}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><div class="clearfix"></div><div class="comment-form-input-wrap td-form-comment"><textarea placeholder="Komentar:" id="comment" name="comment" cols="45" rows="8" aria-required="true"></textarea><div class="td-warning-comment">Please enter your comment!</div></div><div class="td-form-author"><input class="" id="author" name="author" placeholder="Nama:*" type="text" value="" size="30"  aria-required='true' /><div class="td-warning-author">Please enter your name here</div></div><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Kirim Komentar" /></p></form></div></div>
</div></div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar"><div class="td_block_wrap td_block_1 tdi_7 td-pb-border-top td_block_template_1 td-column-1"><div class="td-block-title-wrap"><h4 class="block-title td-block-title"><span class="td-pulldown-size">Berita Terbaru</span></h4></div><div id=tdi_7 class="td_block_inner">{_popular('<div class="td-block-span12"><div class="td_module_6 td_module_wrap td-animation-stack"><div class="item-details"><h3 class="entry-title td-module-title"><a href="{h}" rel="bookmark" title="{t}">{t}</a></h3><div class="td-module-meta-info"><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2024-05-12T08:00:00+08:00" >12 Mei 2024</time></span></div></div></div></div>')}</div></div></div></div>
</div></div></div>
<div class="td-footer-wrapper td-container-wrap "><div class="td-container"><div class="td-pb-row"><div class="td-pb-span12"><div class="td-footer-info"><div class="footer-logo-wrap"><a href="{HOST}/"><img class="td-retina-data" src="{HOST}/logo.png" alt=""/></a></div><div class="footer-text-wrap">{SITE} - Portal berita terpercaya dari Bumi Etam.<div class="footer-email-wrap">Hubungi kami: <a href="mailto:redaksi@radarkota.id">redaksi@radarkota.id</a></div></div></div></div></div></div></div>
<div class="td-sub-footer-container td-container-wrap "><div class="td-container"><div class="td-pb-row"><div class="td-pb-span td-sub-footer-menu"><div class="menu-footer-container"><ul id="menu-footer" class="td-subfooter-menu"><li class="menu-item"><a href="{HOST}/redaksi/">Redaksi</a></li><li class="menu-item"><a href="{HOST}/pedoman/">Pedoman Media Siber</a></li></ul></div></div><div class="td-pb-span td-sub-footer-copy">&copy; Copyright 2024 - {SITE}</div></div></div></div>
</div></body></html>"""
    )


def generic_wp(a, meta=True):
    """A general-purpose theme (GeneratePress/Astra shape) with Jetpack's share and related-posts boxes."""
    text = _text(
        a,
        "plain",
        first_prefix=f"{a['place'].title()} &#8211; ",
        end=f"<p>(<em>{a['author'].split()[0].lower()[:3]}/{a['editor'].split()[0].lower()[:3]}</em>)</p>",
    )
    return (
        head(a, meta)
        + f"""
<body class="post-template-default single single-post postid-77 single-format-standard wp-custom-logo wp-embed-responsive right-sidebar nav-float-right separate-containers">
<a class="screen-reader-text skip-link" href="#content" title="Langsung ke isi">Langsung ke isi</a>
<header class="site-header has-inline-mobile-toggle" id="masthead"><div class="inside-header grid-container"><div class="site-branding"><p class="main-title"><a href="{HOST}/" rel="home">{SITE}</a></p><p class="site-description">Kabar Terkini dari Daerah</p></div>{nav()}</div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<article id="post-77" class="post-77 post type-post status-publish format-standard has-post-thumbnail hentry category-x" itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article">
<div class="featured-image page-header-image-single grid-container grid-parent"><img width="1200" height="675" src="{HOST}/img.jpg" class="attachment-full size-full wp-post-image" alt="" itemprop="image" /></div>
<header class="entry-header"><h1 class="entry-title" itemprop="headline">{esc(a["title"])}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{a["date_iso"]}" itemprop="datePublished">{a["date_shown"]}</time></span> <span class="byline">oleh <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="{HOST}/author/x/" title="Lihat semua pos oleh {esc(a["author"])}" rel="author" itemprop="url"><span class="author-name" itemprop="name">{esc(a["author"])}</span></a></span></span></div>
</header>
<div class="entry-content" itemprop="text">
{text}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Bagikan ini:</h3><div class="sd-content"><ul><li class="share-twitter"><a rel="nofollow noopener noreferrer" class="share-twitter sd-button share-icon" href="{url(a)}?share=twitter" target="_blank" title="Klik untuk berbagi di Twitter" ><span>Twitter</span></a></li><li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon" href="{url(a)}?share=facebook" target="_blank" title="Klik untuk membagikan di Facebook" ><span>Facebook</span></a></li><li class="share-end"></li></ul></div></div></div>
<div id='jp-relatedposts' class='jp-relatedposts' ><h3 class="jp-relatedposts-headline"><em>Terkait</em></h3>{_others('<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="{h}" title="{t}" rel="nofollow">{t}</a></h4><p class="jp-relatedposts-post-excerpt">{e}</p><p class="jp-relatedposts-post-date">11 Mei 2024</p><p class="jp-relatedposts-post-context">Dalam &quot;Daerah&quot;</p></div>')}</div>
</div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Kategori </span><a href="{HOST}/category/x/" rel="category tag">{a["category"]}</a></span> <span class="tags-links"><span class="screen-reader-text">Tag </span>{", ".join(f'<a href="{HOST}/tag/{t.replace(" ", "-")}/" rel="tag">{esc(t)}</a>' for t in a["tags"])}</span>
<nav id="nav-below" class="post-navigation" aria-label="Pos"><div class="nav-previous"><span class="prev"><a href="{HOST}/prev/" rel="prev">{esc(SIDEBAR_POSTS[0])}</a></span></div><div class="nav-next"><span class="next"><a href="{HOST}/next/" rel="next">{esc(SIDEBAR_POSTS[1])}</a></span></div></nav></footer>
</div></article>
<div class="comments-area"><div id="comments"><h2 class="comments-title">{len(COMMENTS)} tanggapan untuk &ldquo;<span>{esc(a["title"])}</span>&rdquo;</h2><ol class="comment-list">{"".join(f'<li id="comment-{n}" class="comment even thread-even depth-1"><article id="div-comment-{n}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="{HOST}/avatar.png" class="avatar avatar-50 photo" height="50" width="50"><b class="fn">{who}</b> <span class="says">berkata:</span></div><div class="comment-metadata"><a href="{url(a)}#comment-{n}"><time datetime="2024-05-13T11:0{n}:00+08:00">13 Mei 2024 pukul 11.0{n}</time></a></div></footer><div class="comment-content"><p>{esc(said)}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{n}">Balas</a></div></article></li>' for n, (who, said) in enumerate(COMMENTS))}</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Tinggalkan Balasan</h3><form action="{HOST}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-form-comment"><label for="comment" class="screen-reader-text">Komentar</label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><label for="author" class="screen-reader-text">Nama</label><input placeholder="Nama *" id="author" name="author" type="text" value="" size="30" required /><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Kirim Komentar" /></p></form></div></div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar"><aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="{HOST}/"><label><span class="screen-reader-text">Cari untuk:</span><input type="search" class="search-field" placeholder="Cari &hellip;" value="" name="s" title="Cari untuk:"></label><button class="search-submit" aria-label="Cari"></button></form></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Pos-pos Terbaru</h2><ul>{_popular('<li><a href="{h}">{t}</a></li>')}</ul></aside>
<aside id="archives-2" class="widget inner-padding widget_archive"><h2 class="widget-title">Arsip</h2><ul><li><a href='{HOST}/2024/05/'>Mei 2024</a></li><li><a href='{HOST}/2024/04/'>April 2024</a></li></ul></aside></div></div>
</div></div>
<div class="site-footer"><footer class="site-info" aria-label="Situs" itemtype="https://schema.org/WPFooter" itemscope><div class="inside-site-info grid-container"><div class="copyright-bar"><span class="copyright">&copy; 2024 {SITE}</span> &bull; Dibangun dengan <a href="https://generatepress.com" itemprop="url">GeneratePress</a></div></div></footer></div>
</body></html>"""
    )


def jannah(a, meta=True):
    """Jannah / Sahifa (TieLabs)."""
    text = _text(
        a,
        "ez",
        first_prefix=f"<strong>{a['place'].title()}, {SITE}</strong> &#8211; ",
        end=f"<p><strong>Penulis: {esc(a['author'])}<br>Editor: {esc(a['editor'])}</strong></p>",
    )
    return (
        head(a, meta)
        + f"""
<body id="tie-body" class="post-template-default single single-post postid-501 single-format-standard wrapper-has-shadow block-head-1 magazine1 is-thumb-overlay-disabled is-desktop is-header-layout-3 has-header-ad sidebar-right has-sidebar post-layout-1 narrow-title-narrow-media has-mobile-share">
<div class="background-overlay"><div id="tie-container" class="site tie-container"><div id="tie-wrapper">
<header id="theme-header" class="theme-header header-layout-3 main-nav-dark main-nav-default-dark main-nav-below main-nav-boxed no-stream-item top-nav-active top-nav-light top-nav-default-light top-nav-above has-shadow has-normal-width-logo mobile-header-default"><nav id="top-nav" class="has-date-breaking-components top-nav header-nav has-breaking-news" aria-label="Navigasi Sekunder"><div class="container"><div class="topbar-wrapper"><div class="topbar-today-date tie-icon">Senin, 13 Mei 2024</div><div class="tie-alignleft"><div class="breaking controls-is-active"><span class="breaking-title"><span class="tie-icon-bolt breaking-icon" aria-hidden="true"></span><span class="breaking-title-text">Berita Terkini</span></span><ul id="breaking-news-in-header" class="breaking-news" data-type="reveal">{_popular('<li class="news-item"><a href="{h}">{t}</a></li>')}</ul></div></div></div></div></nav>
<div class="container header-container"><div class="tie-row logo-row"><div class="logo-wrapper"><div class="tie-col-md-4 logo-container clearfix"><div id="logo" class="image-logo" ><a title="{SITE}" href="{HOST}/"><picture class="tie-logo-default tie-logo-picture"><img class="tie-logo-img-default tie-logo-img" src="{HOST}/logo.png" alt="{SITE}" /></picture></a></div></div></div></div></div>
<div class="main-nav-wrapper"><nav id="main-nav" class="main-nav header-nav" aria-label="Navigasi Utama"><div class="container"><div class="main-menu-wrapper"><div id="menu-components-wrap"><div class="main-menu main-menu-wrap tie-alignleft"><div id="main-nav-menu" class="main-menu header-menu">{nav()}</div></div></div></div></div></nav></div></header>
<div id="content" class="site-content container"><div id="main-content-row" class="tie-row main-content-row">
<div class="main-content tie-col-md-8 tie-col-xs-12" role="main">
<article id="the-post" class="container-wrapper post-content tie-standard">
<header class="entry-header-outer"><nav id="breadcrumb"><a href="{HOST}/"><span class="tie-icon-home" aria-hidden="true"></span> Beranda</a><em class="delimiter">/</em><a href="{HOST}/category/x/">{a["category"]}</a><em class="delimiter">/</em><span class="current">{esc(a["title"])}</span></nav>
<div class="entry-header"><span class="post-cat-wrap"><a class="post-cat tie-cat-3" href="{HOST}/category/x/">{a["category"]}</a></span><h1 class="post-title entry-title">{esc(a["title"])}</h1>
<div id="single-post-meta" class="post-meta clearfix"><span class="author-meta single-author with-avatars"><span class="meta-item meta-author-wrapper meta-author-4"><span class="meta-author-avatar"><a href="{HOST}/author/x/"><img alt='Photo of {esc(a["author"])}' src='{HOST}/avatar.png' class='avatar avatar-140 photo' height='140' width='140' /></a></span><span class="meta-author"><a href="{HOST}/author/x/" class="author-name tie-icon" title="{esc(a["author"])}">{esc(a["author"])}</a></span></span></span><span class="date meta-item tie-icon">{a["date_shown"]}</span><div class="tie-alignright"><span class="meta-comment tie-icon meta-item fa-before">0</span><span class="meta-views meta-item "><span class="tie-icon-fire" aria-hidden="true"></span> 312 </span><span class="meta-reading-time meta-item"><span class="tie-icon-bookmark" aria-hidden="true"></span> 1 menit membaca</span></div></div></div></header>
<div class="featured-area"><div class="featured-area-inner"><figure class="single-featured-image"><img width="780" height="470" src="{HOST}/img.jpg" class="attachment-jannah-image-post size-jannah-image-post wp-post-image" alt="" /><figcaption class="single-caption-text"><span class="tie-icon-camera" aria-hidden="true"></span> Ilustrasi. (Foto: Dok/{SITE})</figcaption></figure></div></div>
<div class="entry-content entry clearfix">
<div class="stream-item stream-item-above-post-content"><ins class="adsbygoogle"></ins></div>
{text}
<div class="stream-item stream-item-below-post-content"><span class="stream-title">Advertisement</span></div>
<div class="post-bottom-meta post-bottom-tags post-tags-modern"><div class="post-bottom-meta-title"><span class="tie-icon-tags" aria-hidden="true"></span> Tags</div><span class="tagcloud">{"".join(f'<a href="{HOST}/tag/{t.replace(" ", "-")}/" rel="tag">{esc(t)}</a>' for t in a["tags"])}</span></div>
</div>
<div id="post-extra-info"><div class="theiaStickySidebar"><div id="single-post-meta" class="post-meta clearfix"></div></div></div>
<div class="clearfix"></div>
<div id="share-buttons-bottom" class="share-buttons share-buttons-bottom"><div class="share-links  icons-text share-pill"><a href="https://www.facebook.com/sharer.php?u={url(a)}" rel="external noopener nofollow" title="Facebook" target="_blank" class="facebook-share-btn  large-share-button" data-raw="x"><span class="share-btn-icon tie-icon-facebook"></span> <span class="social-text">Facebook</span></a><a href="https://twitter.com/intent/tweet?text=x" rel="external noopener nofollow" title="X" target="_blank" class="twitter-share-btn  large-share-button"><span class="share-btn-icon tie-icon-twitter"></span> <span class="social-text">X</span></a><a href="https://api.whatsapp.com/send?text=x" rel="external noopener nofollow" title="WhatsApp" target="_blank" class="whatsapp-share-btn  large-share-button"><span class="share-btn-icon tie-icon-whatsapp"></span> <span class="social-text">WhatsApp</span></a><a href="#" rel="external noopener nofollow" title="Bagikan melalui Email" class="email-share-btn  large-share-button"><span class="share-btn-icon tie-icon-envelope"></span> <span class="social-text">Bagikan melalui Email</span></a><a href="#" rel="external noopener nofollow" title="Cetak" class="print-share-btn  large-share-button"><span class="share-btn-icon tie-icon-print"></span> <span class="social-text">Cetak</span></a></div></div>
</article>
<div class="post-components"><div class="prev-next-post-nav container-wrapper media-overlay"><div class="tie-col-xs-6 prev-post"><a href="{HOST}/prev/" style="background-image: url(x.jpg)" class="post-thumb" rel="prev"><div class="post-thumb-overlay-wrap"><div class="post-thumb-overlay"><span class="tie-icon tie-media-icon"></span></div></div></a><a href="{HOST}/prev/" rel="prev"><h3 class="post-title">{esc(SIDEBAR_POSTS[0])}</h3></a></div><div class="tie-col-xs-6 next-post"><a href="{HOST}/next/" rel="next"><h3 class="post-title">{esc(SIDEBAR_POSTS[1])}</h3></a></div></div>
<div id="related-posts" class="container-wrapper has-extra-post"><div class="mag-box-title the-global-title"><h3>Artikel Terkait</h3></div><div class="related-posts-list">{_others('<div class="related-item tie-standard"><a aria-label="{t}" href="{h}" class="post-thumb"><img width="390" height="220" src="x.jpg" class="attachment-jannah-image-large size-jannah-image-large wp-post-image" alt="" /></a><h3 class="post-title"><a href="{h}">{t}</a></h3><div class="post-meta clearfix"><span class="date meta-item tie-icon">11 Mei 2024</span></div></div>')}</div></div>
<div id="comments" class="comments-area"><div id="add-comment-block" class="container-wrapper"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title the-global-title">اترك تعليقاً <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">إلغاء الرد</a></small></h3><form action="{HOST}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">لن يتم نشر عنوان بريدك الإلكتروني.</span></p><p class="comment-form-comment"><label for="comment">التعليق</label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="إرسال التعليق" /></p></form></div></div></div>
</div></div>
<aside class="sidebar tie-col-md-4 tie-col-xs-12 normal-side is-sticky" aria-label="القائمة الجانبية الرئيسية"><div class="theiaStickySidebar"><div id="posts-list-widget-2" class="container-wrapper widget posts-list"><div class="widget-title the-global-title"><div class="the-subtitle">Terpopuler<span class="widget-title-icon tie-icon"></span></div></div><div class="widget-posts-list-wrapper"><div class="widget-posts-list-container" ><ul class="posts-list-items widget-posts-wrapper">{_popular('<li class="widget-single-post-item widget-post-list tie-standard"><div class="post-widget-body "><a class="post-title the-subtitle" href="{h}">{t}</a><div class="post-meta"><span class="date meta-item tie-icon">12 Mei 2024</span></div></div></li>')}</ul></div></div><div class="clearfix"></div></div></div></aside>
</div></div>
<footer id="footer" class="site-footer dark-skin dark-widgetized-area"><div id="footer-widgets-container"><div class="container"></div></div><div id="site-info" class="site-info site-info-layout-2"><div class="container"><div class="tie-row"><div class="tie-col-md-12"><div class="copyright-text copyright-text-first">&copy; Copyright 2024, All Rights Reserved | {SITE}</div><div class="footer-menu"><ul id="menu-footer" class="menu"><li class="menu-item"><a href="{HOST}/redaksi/">Redaksi</a></li><li class="menu-item"><a href="{HOST}/kontak/">Kontak</a></li></ul></div></div></div></div></div></footer>
</div></div></div></body></html>"""
    )


def colormag(a, meta=True):
    """ColorMag (ThemeGrill), a free magazine theme: the byline and date in ``below-entry-meta``, the related
    posts under "You May Also Like", the comment form after them."""
    text = _text(a, "plain", end=f"<p>Reporter: {esc(a['author'])}<br />Editor: {esc(a['editor'])}</p>")
    return (
        head(a, meta)
        + f"""
<body class="post-template-default single single-post postid-310 single-format-standard wp-custom-logo right-sidebar wide">
<div id="page" class="hfeed site"><a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<header id="masthead" class="site-header clearfix "><div id="header-text-nav-container" class="clearfix"><div class="news-bar"><div class="inner-wrap"><div class="date-in-header">Senin, Mei 13, 2024</div><div class="breaking-news"><strong class="breaking-news-latest">Terbaru:</strong><ul class="newsticker">{_popular('<li><a href="{h}" title="{t}">{t}</a></li>')}</ul></div></div></div>
<div class="inner-wrap"><div id="header-text" class=""><h3 id="site-title"><a href="{HOST}/" title="{SITE}" rel="home">{SITE}</a></h3><p id="site-description">Berita Daerah Terkini</p></div></div>
<nav id="site-navigation" class="main-navigation clearfix" role="navigation"><div class="inner-wrap clearfix">{nav()}</div></nav></div></header>
<div id="main" class="clearfix"><div class="inner-wrap clearfix"><div id="primary"><div id="content" class="clearfix">
<article id="post-310" class="post-310 post type-post status-publish format-standard has-post-thumbnail hentry category-x">
<div class="featured-image"><img width="800" height="445" src="{HOST}/img.jpg" class="attachment-colormag-featured-image size-colormag-featured-image wp-post-image" alt="" /></div>
<div class="article-content clearfix"><div class="above-entry-meta"><span class="cat-links"><a href="{HOST}/category/x/" style="background:#dd3333" rel="category tag">{a["category"]}</a>&nbsp;</span></div>
<header class="entry-header"><h1 class="entry-title">{esc(a["title"])}</h1></header>
<div class="below-entry-meta"><span class="posted-on"><a href="{url(a)}" title="{a["time_shown"]}" rel="bookmark"><i class="fa fa-calendar-o"></i> <time class="entry-date published" datetime="{a["date_iso"]}">{a["date_shown"]}</time></a></span>
<span class="byline"><span class="author vcard"><i class="fa fa-user"></i><a class="url fn n" href="{HOST}/author/redaksi/" title="Redaksi">Redaksi</a></span></span>
<span class="comments"><a href="{url(a)}#respond"><i class="fa fa-comment"></i> 0 Comments</a></span></div>
<div class="entry-content clearfix">
{text}
</div></div></article>
<ul class="default-wp-page clearfix"><li class="previous"><a href="{HOST}/prev/" rel="prev"><span class="meta-nav">&larr;</span> {esc(SIDEBAR_POSTS[0])}</a></li><li class="next"><a href="{HOST}/next/" rel="next">{esc(SIDEBAR_POSTS[1])} <span class="meta-nav">&rarr;</span></a></li></ul>
<div class="related-posts-wrapper"><h4 class="related-posts-main-title"><i class="fa fa-thumbs-up"></i><span>You May Also Like</span></h4><div class="related-posts clearfix">{_others('<div class="single-related-posts"><div class="related-posts-thumbnail"><a href="{h}" title="{t}"><img src="x.jpg" alt=""/></a></div><div class="article-content"><h3 class="entry-title"><a href="{h}" rel="bookmark" title="{t}">{t}</a></h3><div class="below-entry-meta"><span class="posted-on"><a href="{h}" rel="bookmark"><i class="fa fa-calendar-o"></i> <time class="entry-date published" datetime="2024-05-11T09:00:00+08:00">11 Mei 2024</time></a></span></div></div></div>')}</div></div>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Tinggalkan Balasan</h3><form action="{HOST}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Alamat email Anda tidak akan dipublikasikan.</span></p><p class="comment-form-comment"><label for="comment">Komentar</label> <textarea id="comment" name="comment" cols="45" rows="8" required="required"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Kirim Komentar" /></p></form></div></div>
</div></div>
<div id="secondary"><aside id="colormag_featured_posts_vertical_widget-2" class="widget widget_featured_posts widget_featured_posts_vertical widget_featured_meta clearfix"><h3 class="widget-title" style="border-bottom-color:#dd3333;"><span style="background-color:#dd3333;">Berita Populer</span></h3>{_popular('<div class="single-article clearfix"><div class="article-content"><h3 class="entry-title"><a href="{h}" title="{t}">{t}</a></h3><div class="below-entry-meta"><span class="posted-on"><a href="{h}" rel="bookmark"><i class="fa fa-calendar-o"></i> <time class="entry-date published" datetime="2024-05-10T08:00:00+08:00">10 Mei 2024</time></a></span></div></div></div>')}</aside></div>
</div></div>
<footer id="colophon" class="clearfix "><div class="footer-socket-wrapper clearfix"><div class="inner-wrap"><div class="footer-socket-area"><div class="footer-socket-right-section"></div><div class="footer-socket-left-section"><div class="copyright">Copyright &copy; 2024 <a href="{HOST}/" title="{SITE}" ><span>{SITE}</span></a>. All rights reserved.<br>Theme: ColorMag by <a href="https://themegrill.com/themes/colormag" target="_blank" title="ThemeGrill" rel="author"><span>ThemeGrill</span></a>.</div></div></div></div></div></footer>
</div></body></html>"""
    )


def blogger(a, meta=True):
    """A Blogger (Blogspot) news template: the text in ``post-body entry-content`` split by ``<br>``, "Posted
    by" and the date in the post's footer, the blog's widgets beside it."""
    lines = []
    for kind, v in body_parts(a, first_prefix=f"<b>{a['place']}</b> - "):
        if kind == "p":
            lines.append(v)
        elif kind == "heading":
            lines.append(f"<b>{esc(v)}</b>")
        else:
            lines.append(f'<b>Baca Juga:</b> <a href="{HOST}/2024/05/{slugify(v)}.html">{esc(v)}</a>')
    text = "<br /><br />".join(lines)
    return (
        head(a, meta)
        + f"""
<body class="loading"><div class="navbar no-items section" id="navbar"></div>
<div class="outer-wrapper"><div class="header-outer"><div class="header section" id="header"><div class="widget Header" id="Header1"><div id="header-inner"><div class="titlewrapper"><h1 class="title"><a href="{HOST}/">{SITE}</a></h1></div><div class="descriptionwrapper"><p class="description"><span>Kabar Terkini dari Daerah</span></p></div></div></div></div></div>
<div class="tabs-outer"><div class="tabs section" id="crosscol"><div class="widget PageList" id="PageList1"><div class="widget-content"><ul><li class="selected"><a href="{HOST}/">Beranda</a></li><li><a href="{HOST}/search/label/Daerah">Daerah</a></li><li><a href="{HOST}/search/label/Ekonomi">Ekonomi</a></li><li><a href="{HOST}/p/redaksi.html">Redaksi</a></li></ul></div></div></div></div>
<div class="main-outer"><div class="main-inner"><div class="columns-inner"><div class="column-center-outer"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>Senin, 13 Mei 2024</span></h2><div class="date-posts"><div class="post-outer"><div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope="itemscope" itemtype="http://schema.org/BlogPosting">
<a name="4471"></a><h3 class="post-title entry-title" itemprop="name">{esc(a["title"])}</h3>
<div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-4471" itemprop="description articleBody">
<div class="separator" style="clear: both; text-align: center;"><a href="{HOST}/img.jpg" style="margin-left: 1em; margin-right: 1em;"><img border="0" height="360" src="{HOST}/img.jpg" width="640" /></a></div><div style="text-align: center;"><i>Ilustrasi. (Foto: Istimewa)</i></div><br />
{text}
<div style="clear: both;"></div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person"><span itemprop="name">{esc(a["author"])}</span></span></span> <span class="post-timestamp">at <meta content="{url(a)}" itemprop="url"><a class="timestamp-link" href="{url(a)}" rel="bookmark" title="permanent link"><abbr class="published" itemprop="datePublished" title="{a["date_iso"]}">{a["time_shown"]}</abbr></a></span> <span class="post-comment-link"><a class="comment-link" href="{url(a)}#comment-form">Tidak ada komentar:</a></span></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">Label: {", ".join(f'<a href="{HOST}/search/label/{t}" rel="tag">{esc(t)}</a>' for t in a["tags"])}</span></div>
<div class="post-share-buttons goog-inline-block"><a class="goog-inline-block share-button sb-email" href="#" title="Kirimkan Ini lewat Email"><span class="share-button-link-text">Kirimkan Ini lewat Email</span></a><a class="goog-inline-block share-button sb-blog" href="#" title="BlogThis!"><span class="share-button-link-text">BlogThis!</span></a><a class="goog-inline-block share-button sb-twitter" href="#" title="Berbagi ke Twitter"><span class="share-button-link-text">Berbagi ke Twitter</span></a></div></div></div>
<div class="comments" id="comments"><a name="comments"></a><h4>Tidak ada komentar:</h4><div id="Blog1_comments-block-wrapper"><dl class="avatar-comment-indent" id="comments-block"></dl></div><p class="comment-footer"><a href="#" onclick="">Posting Komentar</a></p></div>
</div></div></div></div>
<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="{HOST}/newer" id="Blog1_blog-pager-newer-link" title="Posting Lebih Baru">Posting Lebih Baru</a></span><span id="blog-pager-older-link"><a class="blog-pager-older-link" href="{HOST}/older" id="Blog1_blog-pager-older-link" title="Posting Lama">Posting Lama</a></span><a class="home-link" href="{HOST}/">Beranda</a></div>
</div></div></div></div>
<div class="column-right-outer"><div class="sidebar section" id="sidebar-right-1"><div class="widget PopularPosts" id="PopularPosts1"><h2>Postingan Populer</h2><div class="widget-content popular-posts"><ul>{_popular('<li><div class="item-content"><div class="item-title"><a href="{h}">{t}</a></div><div class="item-snippet">Warga setempat menyambut baik kegiatan tersebut yang digelar untuk pertama kalinya di kota ini.</div></div></li>')}</ul></div></div>
<div class="widget BlogArchive" id="BlogArchive1"><h2>Arsip Blog</h2><div class="widget-content"><ul class="hierarchy"><li class="archivedate expanded"><a class="post-count-link" href="{HOST}/2024/">2024</a> <span class="post-count" dir="ltr">(214)</span></li></ul></div></div></div></div>
</div></div></div>
<div class="footer-outer"><div class="footer section" id="footer-1"><div class="widget Attribution" id="Attribution1"><div class="widget-content" style="text-align: center;">Tema Sederhana. Diberdayakan oleh <a href="https://www.blogger.com" target="_blank">Blogger</a>.</div></div></div></div>
</div></body></html>"""
    )


def amp_wp(a, meta=True):
    """The AMP plugin's legacy reader template (``amp-wp-*``), the AMP page of many WordPress news sites."""
    text = _text(a, "plain")
    return (
        f"""<!doctype html><html amp lang="id-ID"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{esc(a["title"])} &#8211; {SITE}</title><link rel="canonical" href="{url(a)}">"""
        + (head(a, meta)[head(a, meta).index("<head>") + 6 : head(a, meta).index("</head>")] if meta else "")
        + f"""
<style amp-custom>.amp-wp-header{{background:#0a89c0}}</style></head>
<body class="">
<header id="top" class="amp-wp-header"><div><a href="{HOST}/"><amp-img src="{HOST}/icon.png" width="32" height="32" class="amp-wp-site-icon"></amp-img><span class="amp-site-title">{SITE}</span></a><a class="amp-wp-canonical-link" href="{url(a)}">Keluar dari Mode AMP</a></div></header>
<article class="amp-wp-article">
<header class="amp-wp-article-header"><h1 class="amp-wp-title">{esc(a["title"])}</h1>
<div class="amp-wp-meta amp-wp-byline"><amp-img src="{HOST}/avatar.png" alt="{esc(a["author"])}" width="24" height="24" layout="fixed"></amp-img><span class="amp-wp-author author vcard">{esc(a["author"])}</span></div>
<div class="amp-wp-meta amp-wp-posted-on"><time datetime="{a["date_iso"]}">{a["date_shown"]}</time></div></header>
<figure class="amp-wp-article-featured-image wp-caption"><amp-img width="1200" height="675" src="{HOST}/img.jpg" class="attachment-large size-large wp-post-image amp-wp-enforced-sizes" layout="intrinsic"></amp-img></figure>
<div class="amp-wp-article-content">
{text}
<amp-ad width="300" height="250" type="adsense" data-ad-client="ca-pub-1"></amp-ad>
</div>
<footer class="amp-wp-article-footer"><div class="amp-wp-meta amp-wp-tax-category">Kategori: <a href="{HOST}/category/x/" rel="category tag">{a["category"]}</a></div>
<div class="amp-wp-meta amp-wp-tax-tag">Tag: {", ".join(f'<a href="{HOST}/tag/{t.replace(" ", "-")}/" rel="tag">{esc(t)}</a>' for t in a["tags"])}</div>
<div class="amp-wp-meta amp-wp-comments-link"><a href="{url(a)}#respond">Tinggalkan komentar</a></div></footer>
</article>
<footer class="amp-wp-footer"><div><h2>{SITE}</h2><a href="#top" class="back-to-top">Kembali ke atas</a></div></footer>
</body></html>"""
    )


def _comment_form(heading="Tinggalkan Balasan"):
    """WordPress core's ``comment_form()`` as an Indonesian site serves it."""
    return f"""<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">{heading} <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Batalkan balasan</a></small></h3><form action="{HOST}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">Alamat email Anda tidak akan dipublikasikan.</span> <span class="required-field-message">Ruas yang wajib ditandai <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">Komentar <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">Nama <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p><p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" autocomplete="email" required /></p><p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">Simpan nama, email, dan situs web saya pada peramban ini untuk komentar saya berikutnya.</label></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Kirim Komentar" /></p></form></div>"""


def _month_day(a):
    """WordPress's 'M j, Y' in Indonesian: 'Mei 13, 2024' from the article's '13 Mei 2024'."""
    day, month, year = a["date_shown"].split()
    return f"{month[:3] if month != 'Mei' else month} {day}, {year}"


def newsup(a, meta=True):
    """Newsup (Themeansar), a free news theme: the byline ("By" in its own span, then the name) and the
    date ('M j, Y') in ``mg-info-author-block`` under the headline with the tags as '#tag' links, the featured
    image's caption in a span, the text in ``article.page-content-single``, a share bar and the post navigation
    inside that article, then an author box, "Related Post" teasers with their own author and date, the comment
    form, the sidebar and the footer's "You Missed" posts (hooks/hook-index-main.php, hook-footer.php)."""
    text = _text(a, "plain", heading="h2")
    tags = ", ".join(f'<a href="{HOST}/tag/{t.replace(" ", "-")}/">#{esc(t)}</a>' for t in a["tags"])
    slug = a["author"].lower().replace(" ", "-")

    def meta_line(when):
        return f'<div class="mg-blog-meta"><span class="mg-blog-date"><i class="fas fa-clock"></i> {when}</span><a class="auth" href="{HOST}/author/redaksi/"><i class="fas fa-user-circle"></i>Redaksi</a></div>'

    return (
        head(a, meta)
        + f"""
<body class="post-template-default single single-post postid-2817 single-format-standard wp-custom-logo wp-embed-responsive ta-hide-date-author-in-list">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Langsung ke konten</a>
<div class="wrapper" id="custom-background-css">
<header class="mg-headwidget"><div class="mg-head-detail hidden-xs"><div class="container-fluid"><div class="row align-items-center"><div class="col-md-6 col-xs-12"><ul class="info-left"><li>Senin, Mei 13, 2024 <span id="time" class="time"></span></li></ul></div><div class="col-md-6 col-xs-12"><ul class="mg-social info-right"><li><a target="_blank" href="https://facebook.com/radarkota"><span class="icon-soci facebook"><i class="fab fa-facebook"></i></span></a></li><li><a target="_blank" href="https://instagram.com/radarkota"><span class="icon-soci instagram"><i class="fab fa-instagram"></i></span></a></li></ul></div></div></div></div>
<div class="clearfix"></div>
<div class="mg-nav-widget-area-back" style='background-image: url("{HOST}/head-back.jpg" );'><div class="overlay"><div class="inner" style="background-color:rgba(32,47,91,0.4);"><div class="container-fluid"><div class="mg-nav-widget-area"><div class="row align-items-center"><div class="col-md-3 text-center-xs"><div class="navbar-header"><div class="site-logo"><a href="{HOST}/" class="custom-logo-link" rel="home"><img width="300" height="80" src="{HOST}/logo.png" class="custom-logo" alt="{SITE}" /></a></div><div class="site-branding-text d-none"><p class="site-title"> <a href="{HOST}/" rel="home">{SITE}</a></p><p class="site-description">Kabar Terkini dari Daerah</p></div></div></div></div></div></div></div></div></div>
<div class="mg-menu-full"><nav class="navbar navbar-expand-lg navbar-wp"><div class="container-fluid"><div class="m-header align-items-center"><a class="mobilehomebtn" href="{HOST}/"><span class="fa-solid fa-house-chimney"></span></a><button class="navbar-toggler mx-auto" type="button" data-toggle="collapse" data-target="#navbar-wp" aria-controls="navbarSupportedContent" aria-expanded="false" aria-label="Toggle navigation"><span class="burger"><span class="burger-line"></span><span class="burger-line"></span><span class="burger-line"></span></span></button><div class="dropdown show mg-search-box pr-2"><a class="dropdown-toggle msearch ml-auto" href="#" role="button" id="dropdownMenuLink" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false"><i class="fas fa-search"></i></a><div class="dropdown-menu searchinner" aria-labelledby="dropdownMenuLink"><form role="search" method="get" id="searchform" action="{HOST}/"><div class="input-group"><input type="search" class="form-control" placeholder="Cari" value="" name="s" /><span class="input-group-btn btn-default"><button type="submit" class="btn"> <i class="fas fa-search"></i> </button></span></div></form></div></div><a href="#" target="_blank" class="btn-bell btn-theme mx-2"><i class="fa fa-bell"></i></a></div><div class="collapse navbar-collapse" id="navbar-wp"><div class="d-md-block">{nav()}</div></div></div></nav></div>
</header>
<div class="clearfix"></div>
<main id="content" class="single-class content"><div class="container-fluid"><div class="row">
<div class="col-lg-9 col-md-8">
<div class="mg-blog-post-box"><div class="mg-header"><div class="mg-blog-category"><a class="newsup-categories category-color-1" href="{HOST}/category/{a["category"].lower()}/" alt="Lihat semua pos di {a["category"]}">
                                 {a["category"]}
                             </a></div><h1 class="title single"> <a title="Permalink to: {esc(a["title"])}">
                            {esc(a["title"])}</a>
                        </h1>
<div class="media mg-info-author-block"><a class="mg-author-pic" href="{HOST}/author/{slug}/"> <img alt='' src='{HOST}/avatar.png' class='avatar avatar-150 photo' height='150' width='150' loading='lazy' decoding='async'/> </a><div class="media-body"><h4 class="media-heading"><span>By</span><a href="{HOST}/author/{slug}/">{esc(a["author"])}</a></h4><span class="mg-blog-date"><i class="fas fa-clock"></i>
                                    {_month_day(a)}
                                </span><span class="newsup-tags"><i class="fas fa-tag"></i>
                                    {tags}</span></div></div></div>
<img width="1200" height="675" src="{HOST}/wp-content/uploads/2024/05/banjir.jpg" class="img-fluid single-featured-image wp-post-image" alt="" loading="eager" fetchpriority="high" decoding="async" /><span class="featured-image-caption">Suasana di lokasi, Senin pagi. (Foto: Dok/{SITE})</span>
<article class="page-content-single small single">
{text}
<script>function pinIt() {{ var e = document.createElement('script'); document.body.appendChild(e); }}</script>
<div class="post-share"><div class="post-share-icons cf"><a href="https://www.facebook.com/sharer/sharer.php?u={url(a)}" class="link facebook" target="_blank" rel="noopener noreferrer"><i class="fab fa-facebook"></i></a><a href="http://twitter.com/share?url={url(a)}" class="link x-twitter" target="_blank" rel="noopener noreferrer"><i class="fa-brands fa-x-twitter"></i></a><a href="mailto:?subject=x&amp;body={url(a)}" class="link email" target="_blank"><i class="fas fa-envelope"></i></a><a href="https://www.linkedin.com/sharing/share-offsite/?url={url(a)}" class="link linkedin" target="_blank" rel="noopener noreferrer"><i class="fab fa-linkedin"></i></a><a href="https://telegram.me/share/url?url={url(a)}" class="link telegram" target="_blank" rel="noopener noreferrer"><i class="fab fa-telegram"></i></a><a href="javascript:pinIt();" class="link pinterest"><i class="fab fa-pinterest"></i></a><a class="print-r" href="javascript:window.print()"> <i class="fas fa-print"></i></a></div></div>
<div class="clearfix mb-3"></div>
<nav class="navigation post-navigation" aria-label="Pos"><h2 class="screen-reader-text">Navigasi pos</h2><div class="nav-links"><div class="nav-previous"><a href="{HOST}/prev/" rel="prev">{esc(SIDEBAR_POSTS[0])} <div class="fa fa-angle-double-right"></div><span></span></a></div><div class="nav-next"><a href="{HOST}/next/" rel="next"><div class="fa fa-angle-double-left"></div><span></span> {esc(SIDEBAR_POSTS[1])}</a></div></div></nav>
</article>
</div>
<div class="media mg-info-author-block"><a class="mg-author-pic" href="{HOST}/author/{slug}/"><img alt='' src='{HOST}/avatar.png' class='avatar avatar-150 photo' height='150' width='150' /></a><div class="media-body"><h4 class="media-heading">By <a href ="{HOST}/author/{slug}/">{esc(a["author"])}</a></h4></div></div>
<div class="mg-featured-slider p-3 mb-4"><div class="mg-sec-title"><h4>Related Post</h4></div><div class="row">{_others('<div class="col-md-4"><div class="mg-blog-post-3 minh back-img mb-md-0 mb-2" style="background-image: url(x.jpg);"><div class="mg-blog-inner"><div class="mg-blog-category"><a class="newsup-categories category-color-1" href="' + HOST + '/category/daerah/">Daerah</a></div><h4 class="title"> <a href="{h}" title="Permalink to: {t}">{t}</a></h4>' + meta_line("Mei 11, 2024") + "</div></div></div>")}</div></div>
<div id="comments" class="comments-area mg-card-box padding-20 mb-md-0 mb-4">{_comment_form("Tinggalkan Balasan")}</div>
</div>
<aside class="col-lg-3 col-md-4 sidebar-sticky"><aside id="secondary" class="widget-area" role="complementary"><div id="sidebar-right" class="mg-sidebar"><div id="block-2" class="mg-widget widget_block widget_search"><form role="search" method="get" action="{HOST}/" class="wp-block-search__button-outside wp-block-search__text-button wp-block-search"><label class="wp-block-search__label" for="wp-block-search__input-1">Cari</label><div class="wp-block-search__inside-wrapper"><input class="wp-block-search__input" id="wp-block-search__input-1" placeholder="" value="" type="search" name="s" required /><button aria-label="Cari" class="wp-block-search__button wp-element-button" type="submit">Cari</button></div></form></div><div id="block-3" class="mg-widget widget_block"><div class="wp-block-group"><div class="wp-block-group__inner-container"><h2 class="wp-block-heading">Pos-pos Terbaru</h2><ul class="wp-block-latest-posts__list wp-block-latest-posts">{_popular('<li><a class="wp-block-latest-posts__post-title" href="{h}">{t}</a></li>')}</ul></div></div></div><div id="block-4" class="mg-widget widget_block"><div class="wp-block-group"><div class="wp-block-group__inner-container"><h2 class="wp-block-heading">Komentar Terbaru</h2><div class="no-comments wp-block-latest-comments">Tidak ada komentar untuk ditampilkan.</div></div></div></div></div></aside></aside>
</div></div></main>
<div class="container-fluid missed-section mg-posts-sec-inner"><div class="missed-inner"><div class="row"><div class="col-md-12"><div class="mg-sec-title"><h4>You missed</h4></div></div>{_others('<div class="col-lg-3 col-sm-6 pulse animated"><div class="mg-blog-post-3 minh back-img mb-lg-0" style="background-image: url(x.jpg);"><a class="link-div" href="{h}"></a><div class="mg-blog-inner"><div class="mg-blog-category"><a class="newsup-categories category-color-1" href="' + HOST + '/category/daerah/">Daerah</a></div><h4 class="title"> <a href="{h}" title="Permalink to: {t}"> {t}</a> </h4>' + meta_line("Mei 10, 2024") + "</div></div></div>")}</div></div></div>
<footer class="footer back-img" style=""><div class="overlay" style="background-color: ;"><div class="mg-footer-bottom-area"><div class="container-fluid"><div class="divide-line"></div><div class="row align-items-center"><div class="col-md-6"><div class="site-logo"><a href="{HOST}/" class="custom-logo-link" rel="home"><img width="300" height="80" src="{HOST}/logo.png" class="custom-logo" alt="{SITE}" /></a></div></div></div></div></div>
<div class="mg-footer-copyright"><div class="container-fluid"><div class="row"><div class="col-md-6 text-xs"><p><a href="https://wordpress.org/">Proudly powered by WordPress</a><span class="sep"> | </span>Theme: Newsup by <a href="https://themeansar.com/" rel="designer">Themeansar</a>.</p></div><div class="col-md-6 text-md-right text-xs"><ul id="menu-footer" class="info-right"><li class="menu-item"><a class="nav-link" href="{HOST}/redaksi/">Redaksi</a></li><li class="menu-item"><a class="nav-link" href="{HOST}/pedoman-media-siber/">Pedoman Media Siber</a></li></ul></div></div></div></div></div></footer>
</div></div>
<a href="#" class="ta_upscr bounceInup animated"><i class="fas fa-angle-up"></i></a>
</body></html>"""
    )


def _breadcrumb_trail(a, cls="breadcrumb-trail breadcrumbs"):
    """The Breadcrumb Trail library's list (Justin Tadlock's, bundled by many free themes), as schema.org's
    BreadcrumbList: home, the category, the post's own title."""
    home = ' rel="home"'
    items = [("Beranda", f"{HOST}/"), (a["category"], f"{HOST}/category/{a['category'].lower()}/")]
    lis = "".join(
        f'<li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem" class="trail-item{" trail-begin" if n == 0 else ""}"><a href="{h}"{home if n == 0 else ""} itemprop="item"><span itemprop="name">{t}</span></a><meta itemprop="position" content="{n + 1}" /></li>'
        for n, (t, h) in enumerate(items)
    )
    last = f'<li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem" class="trail-item trail-end"><a href="{url(a)}" itemprop="item"><span itemprop="name">{esc(a["title"])}</span></a><meta itemprop="position" content="3" /></li>'
    return f'<nav role="navigation" aria-label="Breadcrumbs" class="{cls}" itemprop="breadcrumb"><ul class="trail-items" itemscope itemtype="http://schema.org/BreadcrumbList"><meta name="numberOfItems" content="3" /><meta name="itemListOrder" content="Ascending" />{lis}{last}</ul></nav>'


def newsmatic(a, meta=True):
    """Newsmatic (BlazeThemes), a free magazine theme: the Breadcrumb Trail above the post, the categories,
    the headline and ``entry-meta`` (a ``byline`` with an ``author vcard`` and a ``posted-on`` time whose
    text is the theme's default "2 tahun ago", the datetime the real one), the featured image with its
    caption, ``entry-content`` with schema.org microdata, "Tagged:" tags in the post's footer, the post
    navigation and comment form inside the article, and "Related News" below it, each teaser with its own
    byline and time (template-parts/content-single.php, inc/template-tags.php, inc/hooks/inner-hooks.php)."""
    text = _text(a, "strong", heading="h2", end=f"<p><em>Editor: {esc(a['editor'])}</em></p>")
    slug = a["author"].lower().replace(" ", "-")
    tags = " ".join(f'<a href="{HOST}/tag/{t.replace(" ", "-")}/" rel="tag">{esc(t)}</a>' for t in a["tags"])
    teaser_meta = (
        '<div class="post-meta"><span class="byline"> <span class="author vcard"><a class="url fn n author_name" href="'
        + HOST
        + '/author/redaksi/">Redaksi</a></span></span><span class="post-date posted-on published"><a href="{h}" rel="bookmark"><time class="entry-date published updated" datetime="2024-05-11T09:00:00+08:00">3 hari ago</time></a></span><a href="{h}#comments"><span class="post-comment">0</span></a></div>'
    )
    return (
        head(a, meta)
        + f"""
<body class="post-template-default single single-post postid-1284 single-format-standard wp-custom-logo newsmatic-title-two newsmatic-image-hover--effect-two site-full-width--layout newsmatic_main_body newsmatic_font_typography header-width--contain block-title--layout-four search-popup--style-three post-layout--one right-sidebar background-animation--none global-content-layout--boxed--layout" itemtype='https://schema.org/Blog' itemscope='itemscope'>
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
<div class="newsmatic_ovelay_div"></div>
<header id="masthead" class="site-header layout--default layout--one"><div class="top-header"><div class="newsmatic-container"><div class="row"><div class="top-date-time"><span class="date">Senin, Mei 13, 2024</span><span class="time"></span></div><div class="top-ticker-news"><ul class="ticker-item-wrap">{_popular('<li class="ticker-item"><figure class="feature_image"><a href="{h}" title="{t}"><img width="150" height="150" src="x.jpg" class="attachment-thumbnail size-thumbnail wp-post-image" alt="" title="{t}" /></a></figure><div class="title-wrap"><h2 class="post-title"><a href="{h}" title="{t}">{t}</a></h2><span class="post-date">2 hari ago</span></div></li>')}</ul></div><div class="top-social-icons"><div class="social-icons-wrap"><a href="https://facebook.com/radarkota" target="_blank"><i class="fab fa-facebook-f"></i></a><a href="https://instagram.com/radarkota" target="_blank"><i class="fab fa-instagram"></i></a></div></div></div></div></div>
<div class="main-header order--social-logo-buttons"><div class="site-branding-section"><div class="newsmatic-container"><div class="row"><div class="site-branding"><a href="{HOST}/" class="custom-logo-link" rel="home"><img width="300" height="80" src="{HOST}/logo.png" class="custom-logo" alt="{SITE}" decoding="async" /></a><p class="site-title"><a href="{HOST}/" rel="home">{SITE}</a></p><p class="site-description">Kabar Terkini dari Daerah</p></div><div class="header-right-button-wrap"><div class="newsletter-element"><a href="" data-popup="redirect"><span class="title-icon"><i class="far fa-envelope"></i></span><span class="title-text">Newsletter</span></a></div><div class="random-news-element"><a href="{HOST}?newsmaticargs=custom&amp;posts=random"><span class="title-icon"><i class="fas fa-bolt"></i></span><span class="title-text">Random News</span></a></div></div></div></div></div>
<div class="menu-section"><div class="newsmatic-container"><div class="row"><div class="sidebar-toggle-wrap"><a class="off-canvas-trigger" href="javascript:void(0);"><div class="newsmatic_sidetoggle_menu_burger"><span></span><span></span><span></span></div></a></div><nav id="site-navigation" class="main-navigation hover-effect--none"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><div id="newsmatic_menu_burger"><span></span><span></span><span></span></div><span class="menu_txt">Menu</span></button>{nav()}</nav><div class="search-wrap"><button class="search-trigger"><i class="fas fa-search"></i></button><div class="search-form-wrap hide"><form role="search" method="get" class="search-form" action="{HOST}/"><label><span class="screen-reader-text">Cari untuk:</span><input type="search" class="search-field" placeholder="Cari &hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="Cari" /></form></div></div></div></div></div></div>
</header>
<div class="after-header header-layout-banner-two"><div class="newsmatic-container"><div class="row"></div></div></div>
<div id="theme-content">
<main id="primary" class="site-main"><div class="newsmatic-container"><div class="row">
<div class="secondary-left-sidebar"></div>
<div class="primary-content">
<div class="newsmatic-breadcrumb-wrap">{_breadcrumb_trail(a)}</div>
<div class="post-inner-wrapper">
<article itemtype='https://schema.org/Article' itemscope='itemscope' id="post-1284" class="post-1284 post type-post status-publish format-standard has-post-thumbnail hentry category-x tag-x">
<div class="post-inner"><header class="entry-header"><ul class="post-categories"><li class="cat-item cat-3"><a href="{HOST}/category/{a["category"].lower()}/" rel="category tag">{a["category"]}</a></li></ul><h1 class="entry-title"itemprop='name'>{esc(a["title"])}</h1>
<div class="entry-meta"><span class="byline"> <span class="author vcard"><a class="url fn n author_name" href="{HOST}/author/{slug}/">{esc(a["author"])}</a></span></span><span class="post-date posted-on published"><a href="{url(a)}" rel="bookmark"><time class="entry-date published updated" datetime="{a["date_iso"]}">2 tahun ago</time></a></span><a href="{url(a)}#comments"><span class="post-comment">0</span></a><span class="read-time">2 mins</span></div>
<div class="post-thumbnail"><img width="1200" height="675" src="{HOST}/wp-content/uploads/2024/05/banjir.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async" /><span class="thumb-caption">Suasana di lokasi, Senin pagi. (Foto: Dok/{SITE})</span></div>
</header>
<div itemprop='articleBody' class="entry-content">
{text}
</div>
<footer class="entry-footer"><span class="tags-links">Tagged: {tags}</span></footer>
<nav class="navigation post-navigation" aria-label="Pos"><h2 class="screen-reader-text">Navigasi pos</h2><div class="nav-links"><div class="nav-previous"><a href="{HOST}/prev/" rel="prev"><span class="nav-subtitle"><i class="fas fa-angle-double-left"></i>Previous:</span> <span class="nav-title">{esc(SIDEBAR_POSTS[0])}</span></a></div><div class="nav-next"><a href="{HOST}/next/" rel="next"><span class="nav-subtitle">Next:<i class="fas fa-angle-double-right"></i></span> <span class="nav-title">{esc(SIDEBAR_POSTS[1])}</span></a></div></div></nav>
</div>
<div id="comments" class="comments-area">{_comment_form()}</div>
</article>
<div class="single-related-posts-section-wrap layout--list"><div class="single-related-posts-section"><a href="javascript:void(0);" class="related_post_close"><i class="fas fa-times-circle"></i></a><h2 class="newsmatic-block-title"><span>Related News</span></h2><div class="single-related-posts-wrap">{_others('<article post-id="post-9" class="post-9 post type-post status-publish format-standard has-post-thumbnail hentry category-x"><figure class="post-thumb-wrap "><a class="post-thumbnail" href="{h}" aria-hidden="true" tabindex="-1"><img width="600" height="400" src="x.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="{t}" /></a></figure><div class="post-element"><h2 class="post-title"><a href="{h}">{t}</a></h2>' + teaser_meta + "</div></article>")}</div></div></div>
</div>
</div>
<div class="secondary-sidebar"><aside id="secondary" class="widget-area"><section id="newsmatic_popular_posts_widget-1" class="widget widget_newsmatic_popular_posts_widget"><h2 class="widget-title"><span>Popular</span></h2><div class="popular-posts-wrap">{_popular('<article class="post-item"><figure class="post-thumb"><a href="{h}"><img src="x.jpg" alt=""/></a><span class="post-count">{n}</span></figure><div class="post-content"><h2 class="post-title"><a href="{h}">{t}</a></h2><div class="post-meta"><span class="post-date posted-on published"><a href="{h}" rel="bookmark"><time class="entry-date published updated" datetime="2024-05-10T08:00:00+08:00">3 hari ago</time></a></span></div></div></article>')}</div></section>
<section id="tag_cloud-1" class="widget widget_tag_cloud"><h2 class="widget-title"><span>Tags</span></h2><div class="tagcloud"><a href="{HOST}/tag/pilkada/" class="tag-cloud-link tag-link-5">pilkada</a><a href="{HOST}/tag/banjir/" class="tag-cloud-link tag-link-6">banjir</a><a href="{HOST}/tag/kriminal/" class="tag-cloud-link tag-link-7">kriminal</a></div></section></aside></div>
</div></div></main></div>
<footer id="colophon" class="site-footer dark_bk"><div class="bottom-footer"><div class="newsmatic-container"><div class="row"><div class="bottom-inner-wrapper"><div class="site-info">Hak Cipta &copy; 2024 <a href="{HOST}/">{SITE}</a>. Powered By <a href="https://blazethemes.com/">BlazeThemes</a>.</div><div class="bottom-menu"><ul id="menu-footer" class="menu"><li class="menu-item"><a href="{HOST}/redaksi/">Redaksi</a></li><li class="menu-item"><a href="{HOST}/kontak/">Kontak</a></li></ul></div></div></div></div></div></footer>
<div id="newsmatic-scroll-to-top" class="align--right"><span class="icon-holder"><i class="fas fa-ban"></i></span></div>
</div></body></html>"""
    )


def covernews(a, meta=True):
    """CoverNews (AF themes), a free news theme: the Breadcrumb Trail in ``em-breadcrumbs``, the headline
    in ``entry-header-details`` with ``author-links``, the author a bare link beside a user icon and the date
    ('j F Y') linked to the month's archive, the featured image with its caption, ``entry-content`` with the
    post navigation inside it (tags hidden by the theme's default), "More Stories" teasers with their own
    author and date, the comment form, and the sidebar's tabbed widget (single.php, template-parts/content.php,
    inc/template-tags.php, inc/hooks/blocks/block-post-header.php and block-post-related.php)."""
    text = _text(a, "ez")

    def item_meta(who, when):
        return f'<span class="author-links"><span class="item-metadata posts-author"><i class="far fa-user-circle"></i><a href="{HOST}/author/{who.lower().replace(" ", "-")}/">\n                    {esc(who)}                </a></span><span class="item-metadata posts-date"><i class="far fa-clock"></i><a href="{HOST}/2024/05/">\n            {when}          </a></span><span class="aft-comment-count"><a href="#comments"><i class="far fa-comment"></i><span class="aft-show-hover">0</span></a></span></span>'

    return (
        head(a, meta)
        + f"""
<body class="post-template-default single single-post postid-6130 single-format-standard wp-custom-logo wp-embed-responsive default-content-layout archive-layout-grid scrollup-sticky-header aft-sticky-header aft-sticky-sidebar default aft-container-default aft-main-banner-slider-editors-picks-trending single-content-mode-default header-image-default align-content-left aft-and">
<div id="af-preloader"><div id="loader-wrapper"><div id="loader"></div></div></div>
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="header-layout-1"><div class="top-masthead"><div class="container"><div class="row"><div class="col-xs-12 col-sm-12 col-md-8 device-center"><span class="topbar-date">Senin, Mei 13, 2024</span><div class="top-navigation"><ul id="top-menu" class="menu"><li class="menu-item"><a href="{HOST}/redaksi/">Redaksi</a></li><li class="menu-item"><a href="{HOST}/kontak/">Kontak</a></li></ul></div></div><div class="col-xs-12 col-sm-12 col-md-4 pull-right"><div class="social-navigation"><ul id="social-menu" class="menu"><li class="menu-item"><a href="https://facebook.com/radarkota"><span class="screen-reader-text">Facebook</span></a></li></ul></div></div></div></div></div>
<header id="masthead" class="site-header"><div class="masthead-banner data-bg" data-background="{HOST}/header.jpg"><div class="container"><div class="row"><div class="col-md-4"><div class="site-branding"><a href="{HOST}/" class="custom-logo-link" rel="home"><img width="300" height="80" src="{HOST}/logo.png" class="custom-logo" alt="{SITE}" /></a><p class="site-title font-family-1"><a href="{HOST}/" rel="home">{SITE}</a></p><p class="site-description">Kabar Terkini dari Daerah</p></div></div><div class="col-md-8"><div class="banner-promotions-wrapper"><div class="promotion-section"><a href="{HOST}/iklan/" target="_blank"><img width="728" height="90" src="{HOST}/banner.jpg" class="attachment-full size-full" alt="" /></a></div></div></div></div></div></div>
<nav id="site-navigation" class="main-navigation"><div class="container"><div class="row"><div class="kol-12"><div class="navigation-container"><div class="main-navigation-container-items-wrapper"><span class="toggle-menu" aria-controls="primary-menu" aria-expanded="false"><a href="javascript:void(0)" class="aft-void-menu"><span class="screen-reader-text">Primary Menu</span><i class="ham"></i></a></span><span class="af-mobile-site-title-wrap"><a href="{HOST}/" class="custom-logo-link" rel="home"><img width="300" height="80" src="{HOST}/logo.png" class="custom-logo" alt="{SITE}" /></a></span>{nav()}</div><div class="cart-search"><div class="af-search-wrap"><div class="search-overlay"><a href="#" title="Search" class="search-icon"><i class="fa fa-search"></i></a><div class="af-search-form"><form role="search" method="get" class="search-form" action="{HOST}/"><label><span class="screen-reader-text">Cari untuk:</span><input type="search" class="search-field" placeholder="Cari &hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="Cari" /></form></div></div></div></div></div></div></div></div></nav>
</header>
<div id="content" class="container">
<div class="em-breadcrumbs font-family-1 covernews-breadcrumbs"><div class="row">{_breadcrumb_trail(a, "breadcrumb-trail breadcrumbs")}</div></div>
<div class="section-block-upper row">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-6130" class="af-single-article post-6130 post type-post status-publish format-standard has-post-thumbnail hentry category-x">
<div class="entry-content-wrap">
<header class="entry-header"><div class="header-details-wrapper"><div class="entry-header-details"><div class="figure-categories figure-categories-bg"><ul class="cat-links"><li class="meta-category"><a class="covernews-categories category-color-1" href="{HOST}/category/{a["category"].lower()}/" alt="Lihat semua pos di {a["category"]}">{a["category"]}</a></li></ul></div><h1 class="entry-title">{esc(a["title"])}</h1>
{item_meta(a["author"], a["date_shown"])}
</div></div>
<div class="aft-post-thumbnail-wrapper"><div class="post-thumbnail full-width-image"><img width="1024" height="576" src="{HOST}/wp-content/uploads/2024/05/banjir.jpg" class="attachment-covernews-featured size-covernews-featured wp-post-image" alt="" decoding="async" /></div><span class="aft-image-caption"><p>Suasana di lokasi, Senin pagi. (Foto: Dok/{SITE})</p></span></div>
</header>
<div class="entry-content">
{text}
<div class="post-item-metadata entry-meta"></div>
<nav class="navigation post-navigation" aria-label="Post navigation"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous"><a href="{HOST}/prev/" rel="prev">Previous: <span class="em-post-navigation nav-title">{esc(SIDEBAR_POSTS[0])}</span></a></div><div class="nav-next"><a href="{HOST}/next/" rel="next">Next: <span class="em-post-navigation nav-title">{esc(SIDEBAR_POSTS[1])}</span></a></div></div></nav>
</div>
</div>
<div class="promotionspace enable-promotionspace"><div class="em-reated-posts  col-ten"><div class="row"><h3 class="related-title">More Stories</h3><div class="row">{_others('<div class="col-sm-4 latest-posts-grid" data-mh="latest-posts-grid"><div class="spotlight-post"><figure class="categorised-article inside-img"><div class="categorised-article-wrapper"><div class="data-bg-hover data-bg-categorised read-bg-img"><a href="{h}" aria-label="{t}"><img width="300" height="200" src="x.jpg" class="attachment-medium size-medium wp-post-image" alt="" /></a></div></div><div class="figure-categories figure-categories-bg"><ul class="cat-links"><li class="meta-category"><a class="covernews-categories category-color-1" href="' + HOST + '/category/daerah/">Daerah</a></li></ul></div></figure><figcaption><h3 class="article-title article-title-1"><a href="{h}">{t}</a></h3><div class="grid-item-metadata">' + item_meta("Redaksi", "11 Mei 2024") + "</div></figcaption></div></div>")}</div></div></div></div>
<div id="comments" class="comments-area">{_comment_form()}</div>
</article>
</main></div>
<aside id="secondary" class="widget-area sidebar-sticky-top"><div id="covernews_tabbed_posts-2" class="widget covernews-widget covernews_tabbed_posts_widget"><div class="tabbed-container"><div class="tabbed-head"><ul class="nav nav-tabs af-tabs tab-warpper" role="tablist"><li class="tab tab-recent active"><a href="#tabbed-2-recent" aria-controls="Recent" role="tab" data-toggle="tab" class="font-family-1">Latest</a></li><li role="presentation" class="tab tab-popular"><a href="#tabbed-2-popular" aria-controls="Popular" role="tab" data-toggle="tab" class="font-family-1">Popular</a></li></ul></div><div class="tab-content"><div id="tabbed-2-recent" role="tabpanel" class="tab-pane active"><ul class="article-item article-list-item article-tabbed-list article-item-left">{_popular('<li class="full-item clearfix"><div class="base-border"><div class="row-sm align-items-center"><div class="col col-four col-image"><div class="tab-article-image"><a href="{h}" class="post-thumb"><img src="x.jpg" alt="" /></a></div><div class="trending-no">{n}</div></div><div class="full-item-details col col-details"><div class="prime-row"><div class="full-item-metadata primary-font"><div class="figure-categories figure-categories-2"><ul class="cat-links"><li class="meta-category"><a class="covernews-categories category-color-1" href="#">Daerah</a></li></ul></div></div><div class="full-item-content"><h3 class="article-title article-title-1"><a href="{h}">{t}</a></h3><div class="grid-item-metadata"><span class="item-metadata posts-date"><i class="far fa-clock"></i> 10 Mei 2024</span></div></div></div></div></div></div></li>')}</ul></div></div></div></div></aside>
</div></div>
<div class="af-main-banner-latest-posts grid-layout"><div class="container"><div class="row"><div class="widget-title-section"><h4 class="widget-title header-after1"><span class="header-after">You may have missed</span></h4></div><div class="row">{_others('<div class="col-sm-15 latest-posts-grid"><div class="spotlight-post"><figure class="categorised-article inside-img"><div class="categorised-article-wrapper"><div class="data-bg-hover data-bg-categorised read-bg-img"><a href="{h}" aria-label="{t}"><img src="x.jpg" alt="" /></a></div></div></figure><figcaption><h3 class="article-title article-title-1"><a href="{h}">{t}</a></h3></figcaption></div></div>')}</div></div></div></div>
<footer class="site-footer"><div class="site-info"><div class="container"><div class="row"><div class="col-sm-12">Hak Cipta &copy; Semua hak dilindungi undang-undang. <span class="sep"> | </span><a href="https://afthemes.com/products/covernews/">CoverNews</a> by AF themes.</div></div></div></div></footer>
</div>
<a id="scroll-up" class="secondary-color" href="#top" aria-label="Scroll to top"><i class="fa fa-angle-up" aria-hidden="true"></i></a>
</body></html>"""
    )


def _author_bio(a):
    """An author box's prose: a sentence about the writer, as WordPress's "Biographical Info" holds it."""
    return f"{esc(a['author'])} adalah jurnalis {SITE} yang meliput isu lingkungan, kebencanaan dan pemerintahan daerah sejak 2018."


def newspack(a, meta=True):
    """Newspack (Automattic), the theme of the Newspack programme's local newsrooms: the header above the
    content column (``entry-header`` with the category, the headline and ``entry-subhead``: an avatar, a
    ``byline`` with "by" in a span of its own, the ``posted-on`` time, 'j F Y', and Jetpack's share buttons),
    the large featured image's caption, the text in ``entry-content`` with the "Article below content"
    widget area inside it (here a Newspack Blocks homepage-posts block of other stories with their excerpts,
    bylines and times), "Tagged:" in ``entry-footer``, the author bio with its "More by" link, the comment
    form and the sidebar (single.php, template-parts/header/entry-header.php, template-parts/content/
    content-single.php, template-parts/post/author-bio.php, inc/template-tags.php; newspack-blocks
    src/blocks/homepage-articles/templates/article.php)."""
    text = _text(a, "plain", heading="h2")
    slug = a["author"].lower().replace(" ", "-")
    tags = '<span class="sep">,&nbsp;</span>'.join(
        f'<a href="{HOST}/tag/{t.replace(" ", "-")}/" rel="tag">{esc(t)}</a>' for t in a["tags"]
    )

    def teaser(fmt_excerpt):
        return (
            '<article data-post-id="9" class="category-daerah type-post post-has-image"><figure class="post-thumbnail"><a href="{h}" rel="bookmark" tabindex="-1" aria-hidden="true"><img width="400" height="300" src="x.jpg" class="attachment-newspack-article-block-landscape-small size-newspack-article-block-landscape-small wp-post-image" alt="{t}" data-hero-candidate="1" /></a></figure><div class="entry-wrapper"><h3 class="entry-title"><a href="{h}" rel="bookmark">{t}</a></h3>'
            + fmt_excerpt
            + '<div class="entry-meta"><span class="byline"><span class="author-prefix">by</span> <span class="author vcard"><a class="url fn n" href="'
            + HOST
            + '/author/redaksi/">Redaksi</a></span></span><time class="entry-date published updated" datetime="2024-05-11T09:00:00+08:00">11 Mei 2024</time></div></div></article>'
        )

    sharing = "".join(
        f'<li class="share-{k}"><a rel="nofollow noopener noreferrer" data-shared="sharing-{k}-5521" class="share-{k} sd-button share-icon no-text" href="{url(a)}?share={k}" target="_blank" title="Klik untuk berbagi di {n}"><span></span><span class="sharing-screen-reader-text">Klik untuk berbagi di {n}(Membuka di jendela yang baru)</span></a></li>'
        for k, n in (("facebook", "Facebook"), ("x", "X"), ("jetpack-whatsapp", "WhatsApp"))
    )
    return (
        head(a, meta)
        + f"""
<body class="post-template-default single single-post postid-5521 single-format-standard wp-custom-logo wp-embed-responsive single-featured-image-default h-nsub h-db h-ll h-dh header-default-background has-sidebar cat-daerah has-large-featured-image" data-amp-auto-lightbox-disable>
<aside id="mobile-sidebar-fallback" class="mobile-sidebar"><button class="mobile-menu-toggle">Close</button>{nav()}</aside>
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<header id="masthead" class="site-header hide-header-search">
<div class="top-header-contain desktop-only"><div class="wrapper"><div id="secondary-nav-contain"><nav class="secondary-menu" aria-label="Secondary Menu"><ul id="menu-secondary" class="secondary-menu"><li class="menu-item"><a href="{HOST}/redaksi/">Redaksi</a></li><li class="menu-item"><a href="{HOST}/kontak/">Kontak</a></li></ul></nav></div><div id="social-nav-contain"><nav class="social-navigation" aria-label="Social Links Menu"><ul id="menu-social" class="social-links-menu"><li class="menu-item"><a href="https://facebook.com/radarkota"><span class="screen-reader-text">Facebook</span><svg class="svg-icon" width="24" height="24" aria-hidden="true" role="img" focusable="false" viewBox="0 0 24 24"><path d="M12 2C6.5 2 2 6.5 2 12z"></path></svg></a></li></ul></nav></div></div></div>
<div class="middle-header-contain"><div class="wrapper"><div class="site-branding"><a href="{HOST}/" class="custom-logo-link" rel="home"><img width="300" height="80" src="{HOST}/logo.png" class="custom-logo" alt="{SITE}" decoding="async" /></a><div class="site-identity"><p class="site-title"><a href="{HOST}/" rel="home">{SITE}</a></p><p class="site-description">Kabar Terkini dari Daerah</p></div></div><div class="header-search-contain"><button id="search-toggle" aria-expanded="false"><span class="screen-reader-text">Open Search</span><svg class="svg-icon" width="28" height="28" aria-hidden="true" role="img" focusable="false" viewBox="0 0 24 24"><path d="M15.5 14z"></path></svg></button><div id="header-search"><form role="search" method="get" class="search-form" action="{HOST}/"><label for="search-form-1"><span class="screen-reader-text">Search for:</span></label><input type="search" id="search-form-1" class="search-field" placeholder="Search &hellip;" value="" name="s" /><button type="submit" class="search-submit"><span class="screen-reader-text">Search</span></button></form></div></div></div></div>
<div class="bottom-header-contain desktop-only"><div class="wrapper"><div id="site-navigation">{nav()}</div></div></div>
</header>
<div id="content" class="site-content">
<section id="primary" class="content-area category-{a["category"].lower()}"><main id="main" class="site-main">
<header class="entry-header">
<span class="cat-links"><span class="screen-reader-text">Posted in</span><a href="{HOST}/category/{a["category"].lower()}/" rel="category tag">{a["category"]}</a></span>		<h1 class="entry-title ">
			{esc(a["title"])}		</h1>
<div class="entry-subhead">
<div class="entry-meta">
<span class="author-avatar"><img alt='' src='{HOST}/avatar.png' class='avatar avatar-96 photo' height='96' width='96' loading='lazy' decoding='async'/></span><span class="byline"><span>by</span> <span class="author vcard"><a class="url fn n" href="{HOST}/author/{slug}/">{esc(a["author"])}</a></span></span><span class="posted-on"><time class="entry-date published updated" datetime="{a["date_iso"]}">{a["date_shown"]}</time></span>					</div><!-- .meta-info -->
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon sd-sharing"><h3 class="sd-title">Bagikan ini:</h3><div class="sd-content"><ul>{sharing}<li class="share-end"></li></ul></div></div></div>
</div>
</header>
<figure class="post-thumbnail"><img width="1200" height="675" src="{HOST}/wp-content/uploads/2024/05/banjir.jpg" class="attachment-newspack-featured-image size-newspack-featured-image wp-post-image" alt="" data-hero-candidate="1" fetchpriority="high" decoding="async" /><figcaption><span>Suasana di lokasi, Senin pagi. (Foto: Dok/{SITE})</span></figcaption></figure>
<div class="main-content">
<article id="post-5521" class="post-5521 post type-post status-publish format-standard has-post-thumbnail category-{a["category"].lower()} entry">
<div class="entry-content">
{text}
<section id="block-7" class="below-content widget widget_block"><div class="wp-block-newspack-blocks-homepage-articles wpnbha show-image image-alignleft ts-2 is-4 is-landscape has-text-color"><div data-posts data-current-post-id="5521"><h2 class="article-section-title"><span>Berita Lainnya</span></h2>{_others(teaser('<div class="excerpt"><p>{e}</p></div>'))}</div></div></section>
</div><!-- .entry-content -->
<footer class="entry-footer"><span class="tags-links"><span>Tagged: </span>{tags}</span></footer><!-- .entry-footer -->
<div class="author-bio"><a href="{HOST}/author/{slug}/" rel="author"><img alt='' src='{HOST}/avatar.png' class='avatar avatar-80 photo' height='80' width='80' loading='lazy' decoding='async'/></a><div class="author-bio-text"><div class="author-bio-header"><div><h2 class="accent-header"><a href="{HOST}/author/{slug}/" rel="author">{esc(a["author"])}</a></h2></div></div><!-- .author-bio-header --><p>{_author_bio(a)} <a class="author-link" href="{HOST}/author/{slug}/" rel="author">More by {esc(a["author"])}</a></p></div><!-- .author-bio-text --></div><!-- .author-bio -->
</article><!-- #post-5521 -->
<div id="comments" class="comments-area">{_comment_form("Leave a Reply")}</div>
</div><!-- .main-content -->
<aside id="secondary" class="widget-area"><section id="block-3" class="widget widget_block"><div class="wp-block-newspack-blocks-homepage-articles wpnbha ts-3 is-3"><div data-posts data-current-post-id="5521"><h2 class="article-section-title"><span>Terpopuler</span></h2>{_popular(teaser("").replace("{t}", "{t}"))}</div></div></section></aside><!-- #secondary -->
</main><!-- #main --></section><!-- #primary -->
</div><!-- #content -->
<footer id="colophon" class="site-footer"><div class="footer-branding"><div class="wrapper"><a href="{HOST}/" class="custom-logo-link" rel="home"><img width="300" height="80" src="{HOST}/logo.png" class="custom-logo" alt="{SITE}" /></a></div></div><div class="site-info"><div class="wrapper site-info-contain"><span class="copyright">&copy; 2024 {SITE}</span><a target="_blank" href="https://newspack.com/" class="imprint">Powered by Newspack</a><a class="privacy-policy-link" href="{HOST}/kebijakan-privasi/" rel="privacy-policy">Kebijakan Privasi</a></div></div></footer>
</div><!-- #page -->
</body></html>"""
    )


def _blocks_nav():
    """The Navigation block's list, as block themes write the site's menu."""
    items = "".join(
        f'<li class=" wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="{HOST}/category/{c.lower()}/"><span class="wp-block-navigation-item__label">{c}</span></a></li>'
        for c in ("Beranda", "Daerah", "Ekonomi", "Politik", "Olahraga", "Hukum", "Opini", "Indeks")
    )
    return f'<nav class="is-responsive items-justified-right wp-block-navigation is-horizontal is-content-justification-right is-layout-flex wp-container-core-navigation-is-layout-1 wp-block-navigation-is-layout-flex" aria-label="Navigasi"><button type="button" aria-haspopup="dialog" aria-label="Buka menu" class="wp-block-navigation__responsive-container-open "><svg width="24" height="24" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><rect x="4" y="7.5" width="16" height="1.5" /><rect x="4" y="15" width="16" height="1.5" /></svg></button><div class="wp-block-navigation__responsive-container" id="modal-1"><div class="wp-block-navigation__responsive-close" tabindex="-1"><div class="wp-block-navigation__responsive-dialog"><button type="button" aria-label="Tutup menu" class="wp-block-navigation__responsive-container-close"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"><path d="M13 11.8l6.1-6.3-1-1-6.1 6.2-6.1-6.2-1 1 6.1 6.3-6.5 6.7 1 1 6.5-6.6 6.5 6.6 1-1z"></path></svg></button><div class="wp-block-navigation__responsive-container-content" id="modal-1-content"><ul class="wp-block-navigation__container is-responsive items-justified-right wp-block-navigation">{items}</ul></div></div></div></div></nav>'


def _footer_links(links):
    return "".join(
        f'<li class=" wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="{HOST}/{x.lower()}/"><span class="wp-block-navigation-item__label">{x}</span></a></li>'
        for x in links
    )


def block_theme(a, meta=True):
    """A block (full-site-editing) theme, Twenty Twenty-Four, WordPress's default since 6.4: every part a core
    block's markup. The headline in ``wp-block-post-title``; the post-meta pattern under it: the Post Date
    block (a ``<time datetime>`` around a link, 'M j, Y'), an em dash and "oleh" each in a paragraph of its
    own, the Post Author Name block and the category as a Post Terms block, whose links carry rel="tag" as
    every term list does; the text in ``wp-block-post-content``; the tags as a Post Terms block after it;
    the Comments block with readers' comments (Comment Template) and the form; the Post Navigation Link
    blocks; the footer pattern's columns of links (templates/single.html, parts/post-meta.html,
    patterns/hidden-post-meta.php, hidden-comments.php, hidden-post-navigation.php, footer.php; the
    blocks' render functions in wordpress-develop src/wp-includes/blocks)."""
    text = _text(a, "strong", heading="h2").replace("<h2>", '<h2 class="wp-block-heading">')
    slug = a["author"].lower().replace(" ", "-")
    sep = '<span class="wp-block-post-terms__separator">  </span>'
    tags = sep.join(f'<a href="{HOST}/tag/{t.replace(" ", "-")}/" rel="tag">{esc(t)}</a>' for t in a["tags"])
    comments = "".join(
        f'<li id="comment-{n + 7}" class="comment even thread-even depth-1"><div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="margin-top:0;margin-bottom:var(--wp--preset--spacing--30)"><div class="wp-block-group is-nowrap is-layout-flex wp-container-core-group-is-layout-9 wp-block-group-is-layout-flex"><div class="wp-block-avatar"><img alt="Avatar {esc(who)}" src="{HOST}/avatar.png" class="avatar avatar-40 photo wp-block-avatar__image" width="40" height="40" /></div><div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow"><div class="wp-block-comment-author-name">{esc(who)}</div><div class="wp-block-comment-date"><time datetime="2024-05-13T13:0{n}:11+08:00"><a href="{url(a)}#comment-{n + 7}">{_month_day(a)} pada 1:0{n} pm</a></time></div></div></div><div class="wp-block-comment-content"><p>{esc(said)}</p></div><div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex"><div class="wp-block-comment-reply-link"><a rel="nofollow" class="comment-reply-link" href="#comment-{n + 7}" data-commentid="{n + 7}" data-postid="412" data-belowelement="comment-{n + 7}" data-respondelement="respond" aria-label="Balasan untuk {esc(who)}">Balas</a></div></div></div></li>'
        for n, (who, said) in enumerate(COMMENTS)
    )
    footer_cols = "".join(
        f'<div class="wp-block-group is-vertical is-layout-flex wp-block-group-is-layout-flex"><h2 class="wp-block-heading has-medium-font-size has-body-font-family" style="font-style:normal;font-weight:600">{h}</h2><nav class="is-vertical wp-block-navigation is-layout-flex wp-block-navigation-is-layout-flex"><ul class="wp-block-navigation__container is-vertical wp-block-navigation">{_footer_links(links)}</ul></nav></div>'
        for h, links in (
            ("Tentang", ("Tim", "Sejarah", "Karier")),
            ("Privasi", ("Kebijakan", "Ketentuan", "Kontak")),
            ("Sosial", ("Facebook", "Instagram", "Twitter/X")),
        )
    )
    return (
        head(a, meta)
        + f"""
<body class="post-template-default single single-post postid-412 single-format-standard wp-custom-logo wp-embed-responsive">
<div class="wp-site-blocks"><header class="wp-block-template-part">
<div class="wp-block-group alignwide has-base-background-color has-background has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="padding-top:20px;padding-bottom:20px"><div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex wp-container-core-group-is-layout-1 wp-block-group-is-layout-flex"><div class="wp-block-group is-layout-flex wp-container-core-group-is-layout-2 wp-block-group-is-layout-flex"><div class="wp-block-site-logo"><a href="{HOST}/" class="custom-logo-link" rel="home"><img width="60" height="60" src="{HOST}/logo.png" class="custom-logo" alt="{SITE}" decoding="async" /></a></div><div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow"><p class="wp-block-site-title"><a href="{HOST}" target="_self" rel="home">{SITE}</a></p></div></div>
{_blocks_nav()}</div></div>
</header>
<main class="wp-block-group alignfull is-layout-flow wp-block-group-is-layout-flow">
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="margin-bottom:var(--wp--preset--spacing--40);padding-top:var(--wp--preset--spacing--50)">
<figure style="margin-bottom:var(--wp--preset--spacing--40);" class="wp-block-post-featured-image"><img width="1200" height="675" src="{HOST}/wp-content/uploads/2024/05/banjir.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" style="object-fit:cover;" decoding="async" fetchpriority="high" /></figure>
<div class="wp-block-group is-vertical is-content-justification-stretch is-layout-flex wp-container-core-group-is-layout-6 wp-block-group-is-layout-flex" style="padding-top:0;padding-bottom:0">
<h1 class="wp-block-post-title has-x-large-font-size">{esc(a["title"])}</h1>
<div class="wp-block-template-part"><div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained"><div class="wp-block-group is-layout-flex wp-container-core-group-is-layout-4 wp-block-group-is-layout-flex"><div class="wp-block-post-date"><time datetime="{a["date_iso"]}"><a href="{url(a)}">{_month_day(a)}</a></time></div>
<p class="has-contrast-2-color has-text-color">—</p>
<p class="has-small-font-size has-contrast-2-color has-text-color">oleh</p>
<div class="wp-block-post-author-name"><a href="{HOST}/author/{slug}/" target="_self" class="wp-block-post-author-name__link">{esc(a["author"])}</a></div>
<div class="taxonomy-category wp-block-post-terms"><span class="wp-block-post-terms__prefix">di </span><a href="{HOST}/category/{a["category"].lower()}/" rel="tag">{a["category"]}</a></div></div></div></div>
</div></div>
<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">
{text}
</div>
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="margin-top:var(--wp--preset--spacing--40);padding-bottom:var(--wp--preset--spacing--50)">
<div class="is-style-pill taxonomy-post_tag wp-block-post-terms">{tags}</div>
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained"><div style="height:var(--wp--preset--spacing--40)" aria-hidden="true" class="wp-block-spacer"></div>
<hr class="wp-block-separator has-text-color has-contrast-3-color has-alpha-channel-opacity has-contrast-3-background-color has-background is-style-wide" style="margin-bottom:var(--wp--preset--spacing--40)"/>
<div class="wp-block-comments wp-block-comments-query-loop"><h2 class="wp-block-heading">Komentar</h2><h3 id="comments" class="wp-block-comments-title">{len(COMMENTS)} tanggapan untuk &#8220;{esc(a["title"])}&#8221;</h3><ol class="wp-block-comment-template">{comments}</ol>{_comment_form().replace('class="comment-respond"', 'class="comment-respond wp-block-post-comments-form"', 1)}</div>
<nav class="wp-block-group is-content-justification-space-between is-nowrap is-layout-flex wp-container-core-group-is-layout-11 wp-block-group-is-layout-flex" style="padding-top:var(--wp--preset--spacing--40);padding-bottom:var(--wp--preset--spacing--40)" aria-label="Pos"><div class="post-navigation-link-previous wp-block-post-navigation-link"><span class="wp-block-post-navigation-link__arrow-previous is-arrow-arrow" aria-hidden="true">←</span><a href="{HOST}/prev/" rel="prev"><span class="post-navigation-link__label">Sebelumnya: </span> <span class="post-navigation-link__title">{esc(SIDEBAR_POSTS[0])}</span></a></div><div class="post-navigation-link-next wp-block-post-navigation-link"><a href="{HOST}/next/" rel="next"><span class="post-navigation-link__label">Berikutnya: </span> <span class="post-navigation-link__title">{esc(SIDEBAR_POSTS[1])}</span></a><span class="wp-block-post-navigation-link__arrow-next is-arrow-arrow" aria-hidden="true">→</span></div></nav>
</div></div>
</main>
<footer class="wp-block-template-part"><div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="padding-top:var(--wp--preset--spacing--40);padding-bottom:var(--wp--preset--spacing--40)"><div class="wp-block-columns alignwide is-layout-flex wp-container-core-columns-is-layout-1 wp-block-columns-is-layout-flex"><div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow" style="flex-basis:30%"><div class="wp-block-group is-vertical is-layout-flex wp-block-group-is-layout-flex"><div class="wp-block-site-logo"><a href="{HOST}/" class="custom-logo-link" rel="home"><img width="60" height="60" src="{HOST}/logo.png" class="custom-logo" alt="{SITE}" /></a></div><h2 class="wp-block-site-title has-medium-font-size"><a href="{HOST}" target="_self" rel="home">{SITE}</a></h2><p class="wp-block-site-tagline">Kabar Terkini dari Daerah</p></div></div><div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow" style="flex-basis:20%"></div><div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow" style="flex-basis:50%"><div class="wp-block-group is-content-justification-space-between is-layout-flex wp-block-group-is-layout-flex">{footer_cols}</div></div></div><div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex wp-block-group-is-layout-flex" style="padding-top:var(--wp--preset--spacing--40)"><p class="has-small-font-size">Dirancang dengan <a href="https://id.wordpress.org" rel="nofollow">WordPress</a></p></div></div></footer></div>
</body></html>"""
    )


def oceanwp(a, meta=True):
    """OceanWP, a general-purpose theme on hundreds of thousands of sites: the page header's title bar above
    the post, an h1 that says "Blog" (the theme's default for posts) with itemprop="headline" and the
    breadcrumb; the post's own headline an h2 (``single-post-title``, also itemprop="headline") under the
    featured image and its caption; ``ul.meta`` with screen-reader labels ("Post author:", "Post
    published:") before the author link and the date, shown 'j F Y' with no ``<time>`` (itemprop
    datePublished on the list item); ``entry-content``; "Tags:" (rel="tag"); Ocean Social Sharing's "Please
    Share This"; the post navigation; the author bio; "You Might Also Like", each teaser with its own
    ``<time datetime>``; the comment form; the sidebar's recent posts and tag cloud (singular.php,
    partials/page-header.php, partials/single/layout.php, header.php, meta.php, content.php, tags.php,
    next-prev.php, author-bio.php, related-posts.php, media/blog-single.php; inc/helpers.php,
    inc/oceanwp-strings.php)."""
    text = _text(a, "plain")
    slug = a["author"].lower().replace(" ", "-")
    tags = '<span class="owp-sep">,</span> '.join(
        f'<a href="{HOST}/tag/{t.replace(" ", "-")}/" rel="tag">{esc(t)}</a>' for t in a["tags"]
    )
    menu = "".join(
        f'<li class="menu-item"><a href="{HOST}/category/{c.lower()}/" class="menu-link"><span class="text-wrap">{c}</span></a></li>'
        for c in ("Beranda", "Daerah", "Ekonomi", "Politik", "Olahraga", "Hukum", "Opini", "Indeks")
    )
    share = "".join(
        f'<li class="{k}"><a href="{h}" aria-label="Share on {n}" onclick="oss_onClick( this.href );return false;"><span class="screen-reader-text">Opens in a new window</span><span class="oss-icon-wrap"><svg class="oss-icon" role="img" viewBox="0 0 512 512" xmlns="http://www.w3.org/2000/svg" aria-hidden="true" focusable="false"><path d="M0 0z"/></svg></span></a></li>'
        for k, n, h in (
            ("twitter", "Twitter", f"https://twitter.com/share?url={url(a)}"),
            ("facebook", "Facebook", f"https://www.facebook.com/sharer.php?u={url(a)}"),
            ("whatsapp", "WhatsApp", f"https://wa.me/?text={url(a)}"),
        )
    )
    crumbs = (
        f'<li class="trail-item trail-begin" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="{HOST}" rel="home" aria-label="Beranda" itemprop="item"><span itemprop="name"><i class=" icon-home" aria-hidden="true" role="img"></i><span class="breadcrumb-home has-icon">Beranda</span></span></a><span class="breadcrumb-sep">&gt;</span><meta itemprop="position" content="1" /></li>'
        f'<li class="trail-item" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="{HOST}/category/{a["category"].lower()}/" itemprop="item"><span itemprop="name">{a["category"]}</span></a><span class="breadcrumb-sep">&gt;</span><meta itemprop="position" content="2" /></li>'
        f'<li class="trail-item trail-end" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><span itemprop="name"><a href="{url(a)}">{esc(a["title"])}</a></span><meta itemprop="position" content="3" /></li>'
    )
    return (
        head(a, meta)
        + f"""
<body class="post-template-default single single-post postid-3310 single-format-standard wp-custom-logo wp-embed-responsive oceanwp-theme dropdown-mobile default-breakpoint has-sidebar content-right-sidebar post-in-category-{a["category"].lower()} has-topbar has-breadcrumbs" itemscope="itemscope" itemtype="https://schema.org/Article">
<div id="outer-wrap" class="site clr"><a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<div id="wrap" class="clr">
<div id="top-bar-wrap" class="clr"><div id="top-bar" class="clr container"><div id="top-bar-inner" class="clr"><div id="top-bar-content" class="clr has-content top-bar-left"><div id="top-bar-nav" class="navigation clr"><ul id="menu-top" class="top-bar-menu dropdown-menu sf-menu"><li class="menu-item"><a href="{HOST}/redaksi/" class="menu-link">Redaksi</a></li><li class="menu-item"><a href="{HOST}/kontak/" class="menu-link">Kontak</a></li></ul></div></div><div id="top-bar-social" class="clr top-bar-right"><ul class="clr" aria-label="Social links"><li class="oceanwp-facebook"><a href="https://facebook.com/radarkota" aria-label="Facebook (opens in a new tab)" target="_blank" rel="noopener noreferrer"><i class=" fab fa-facebook" aria-hidden="true" role="img"></i></a></li></ul></div></div></div></div>
<header id="site-header" class="minimal-header clr" data-height="74" itemscope="itemscope" itemtype="https://schema.org/WPHeader" role="banner"><div id="site-header-inner" class="clr container"><div id="site-logo" class="clr" itemscope itemtype="https://schema.org/Brand"><div id="site-logo-inner" class="clr"><a href="{HOST}/" class="custom-logo-link" rel="home"><img width="300" height="80" src="{HOST}/logo.png" class="custom-logo" alt="{SITE}" decoding="async" /></a></div></div><div id="site-navigation-wrap" class="clr"><nav id="site-navigation" class="navigation main-navigation clr" itemscope="itemscope" itemtype="https://schema.org/SiteNavigationElement" role="navigation"><ul id="menu-main" class="main-menu dropdown-menu sf-menu">{menu}</ul></nav></div><div class="oceanwp-mobile-menu-icon clr mobile-right"><a href="#mobile-menu-toggle" class="mobile-menu" aria-label="Mobile Menu"><i class="fa fa-bars" aria-hidden="true"></i><span class="oceanwp-text">Menu</span><span class="oceanwp-close-text">Tutup</span></a></div></div></header>
<main id="main" class="site-main clr" role="main">
<header class="page-header"><div class="container clr page-header-inner"><h1 class="page-header-title clr" itemprop="headline">Blog</h1><nav role="navigation" aria-label="Breadcrumbs" class="site-breadcrumbs clr position-"><ol class="trail-items" itemscope itemtype="http://schema.org/BreadcrumbList"><meta name="numberOfItems" content="3" /><meta name="itemListOrder" content="Ascending" />{crumbs}</ol></nav></div></header>
<div id="content-wrap" class="container clr"><div id="primary" class="content-area clr"><div id="content" class="site-content clr">
<article id="post-3310">
<div class="thumbnail"><img width="1200" height="675" src="{HOST}/wp-content/uploads/2024/05/banjir.jpg" class="attachment-full size-full wp-post-image" alt="You are currently viewing {esc(a["title"])}" itemprop="image" decoding="async" fetchpriority="high" /><div class="thumbnail-caption">Suasana di lokasi, Senin pagi. (Foto: Dok/{SITE})</div></div><!-- .thumbnail -->
<header class="entry-header clr"><h2 class="single-post-title entry-title" itemprop="headline">{esc(a["title"])}</h2><!-- .single-post-title --></header><!-- .entry-header -->
<ul class="meta ospm-default clr">
<li class="meta-author" itemprop="name"><span class="screen-reader-text">Post author:</span><i class=" icon-user" aria-hidden="true" role="img"></i><a href="{HOST}/author/{slug}/" title="Pos-pos oleh {esc(a["author"])}" rel="author"  itemprop="author" itemscope="itemscope" itemtype="https://schema.org/Person">{esc(a["author"])}</a></li>
<li class="meta-date" itemprop="datePublished"><span class="screen-reader-text">Post published:</span><i class=" icon-clock" aria-hidden="true" role="img"></i>{a["date_shown"]}</li>
<li class="meta-cat"><span class="screen-reader-text">Post category:</span><i class=" icon-folder" aria-hidden="true" role="img"></i><a href="{HOST}/category/{a["category"].lower()}/" rel="category tag">{a["category"]}</a></li>
<li class="meta-comments"><span class="screen-reader-text">Post comments:</span><i class=" icon-bubble" aria-hidden="true" role="img"></i><a href="{url(a)}#respond" class="comments-link" >0 Comments</a></li>
</ul>
<div class="entry-content clr" itemprop="text">
{text}
</div><!-- .entry -->
<div class="post-tags clr"><span class="owp-tag-texts">Tags</span>: {tags}</div>
<div class="entry-share clr minimal side"><h3 class="theme-heading social-share-title"><span class="text" aria-hidden="true">Please Share This</span><span class="screen-reader-text">Share this content</span></h3><ul class="oss-social-share clr" aria-label="Available sharing options">{share}</ul></div><!-- .entry-share -->
<nav class="navigation post-navigation" aria-label="Read more articles"><h2 class="screen-reader-text">Read more articles</h2><div class="nav-links"><div class="nav-previous"><a href="{HOST}/prev/" rel="prev"><span class="title"><i class=" fas fa-long-arrow-alt-left" aria-hidden="true" role="img"></i> Previous Post</span><span class="post-title">{esc(SIDEBAR_POSTS[0])}</span></a></div><div class="nav-next"><a href="{HOST}/next/" rel="next"><span class="title"><i class=" fas fa-long-arrow-alt-right" aria-hidden="true" role="img"></i> Next Post</span><span class="post-title">{esc(SIDEBAR_POSTS[1])}</span></a></div></div></nav>
<section id="author-bio" class="clr"><div id="author-bio-inner"><div class="author-bio-avatar"><a href="{HOST}/author/{slug}/" title="Visit author page" rel="author"><img alt='Post author avatar' src='{HOST}/avatar.png' class='avatar avatar-100 photo' height='100' width='100' loading='lazy' decoding='async'/></a></div><!-- .author-bio-avatar --><div class="author-bio-content clr"><h3 class="author-bio-title"><a href="{HOST}/author/{slug}/" title="Visit author page">{esc(a["author"])}</a></h3><!-- .author-bio-title --><div class="author-bio-description clr">{_author_bio(a)}</div><!-- author-bio-description --></div></div><!-- #author-bio-inner --></section><!-- #author-bio -->
<section id="related-posts" class="clr"><h3 class="theme-heading related-posts-title"><span class="text">You Might Also Like</span></h3><div class="oceanwp-row clr">{_others('<article class="related-post clr col span_1_of_3 col-1 post type-post status-publish format-standard has-post-thumbnail hentry category-daerah entry has-media"><figure class="related-post-media clr"><a href="{h}" class="related-thumb"><img width="300" height="200" src="x.jpg" class="attachment-medium size-medium wp-post-image" alt="Read more about the article {t}" itemprop="image" decoding="async" loading="lazy" /></a></figure><h3 class="related-post-title"><a href="{h}" rel="bookmark">{t}</a></h3><!-- .related-post-title --><time class="published" datetime="2024-05-11T09:00:00+08:00"><i class=" icon-clock" aria-hidden="true" role="img"></i>11 Mei 2024</time></article><!-- .related-post -->')}</div><!-- .oceanwp-row --></section><!-- .related-posts -->
<section id="comments" class="comments-area clr">{_comment_form()}</section><!-- #comments -->
</article>
</div><!-- #content --></div><!-- #primary -->
<aside id="right-sidebar" class="sidebar-container widget-area sidebar-primary" itemscope="itemscope" itemtype="https://schema.org/WPSideBar" role="complementary" aria-label="Primary Sidebar"><div id="right-sidebar-inner" class="clr"><div id="search-2" class="sidebar-box widget_search clr"><form aria-label="Search this website" role="search" method="get" class="searchform" action="{HOST}/"><label for="ocean-search-form-1"><span class="screen-reader-text">Search this website</span><input type="search" id="ocean-search-form-1" class="field" autocomplete="off" placeholder="Cari" name="s"></label></form></div><div id="ocean_recent_posts-2" class="sidebar-box widget-oceanwp-recent-posts recent-posts-widget clr"><h4 class="widget-title">Pos-pos Terbaru</h4><ul class="oceanwp-recent-posts clr">{_popular('<li class="clr"><a href="{h}" title="{t}" class="recent-posts-thumbnail"><img src="x.jpg" alt="{t}"/><span class="overlay"></span></a><div class="recent-posts-details clr"><div class="recent-posts-details-inner clr"><a href="{h}" class="recent-posts-title">{t}</a><div class="recent-posts-info clr"><div class="recent-posts-date">10 Mei 2024<span class="sep">/</span></div><div class="recent-posts-comments"><a href="{h}#respond">0 Comments</a></div></div></div></div></li>')}</ul></div><div id="tag_cloud-2" class="sidebar-box widget_tag_cloud clr"><h4 class="widget-title">Tag</h4><div class="tagcloud"><a href="{HOST}/tag/pilkada/" class="tag-cloud-link">pilkada</a><a href="{HOST}/tag/banjir/" class="tag-cloud-link">banjir</a><a href="{HOST}/tag/kriminal/" class="tag-cloud-link">kriminal</a></div></div></div></aside><!-- #right-sidebar -->
</div><!-- #content-wrap -->
</main><!-- #main -->
<footer id="footer" class="site-footer" itemscope="itemscope" itemtype="https://schema.org/WPFooter" role="contentinfo"><div id="footer-inner" class="clr"><div id="footer-bottom" class="clr no-footer-nav"><div id="footer-bottom-inner" class="container clr"><div id="copyright" class="clr" role="contentinfo">Copyright - OceanWP Theme by OceanWP</div></div></div></div></footer>
</div><!-- #wrap --></div><!-- #outer-wrap -->
<a aria-label="Scroll to the top of the page" href="#" id="scroll-top" class="scroll-top-right"><i class=" fa fa-angle-up" aria-hidden="true" role="img"></i></a>
</body></html>"""
    )


def hitmag(a, meta=True):
    """HitMag (ThemezHut), a free magazine theme: the top bar with the day the page is read ('j F Y': a date
    that is not the article's), a header ad, ``entry-header`` with the categories, the headline and
    ``entry-meta`` (the date's ``<time datetime>`` linked to the post, " - ", "by" and the ``author vcard``,
    " - ", "Leave a Comment"), the featured image, ``entry-content``, "Tagged" in ``entry-footer``, then
    outside the article "Related Posts" (each with its own ``<time datetime>``), the post navigation
    ("Previous Article"), the author box ("About Nama", a bio, "View all posts by Nama"), the comment form,
    and the sidebar's "HitMag: Sidebar Posts" widget (header.php, single.php, template-parts/content-single.php,
    related-posts.php, authorbox.php, inc/template-tags.php, inc/widgets/sidebar-posts.php)."""
    text = _text(a, "strong", heading="h2")
    slug = a["author"].lower().replace(" ", "-")
    tags = "".join(f'<a href="{HOST}/tag/{t.replace(" ", "-")}/" rel="tag">{esc(t)}</a>' for t in a["tags"])
    stamp = '<time class="entry-date published updated" datetime="{iso}">{shown}</time>'
    menu = "".join(
        f'<li class="menu-item"><a href="{HOST}/category/{c.lower()}/">{c}</a></li>'
        for c in ("Beranda", "Daerah", "Ekonomi", "Politik", "Olahraga", "Hukum", "Opini", "Indeks")
    )
    return (
        head(a, meta)
        + f"""
<body class="post-template-default single single-post postid-2290 single-format-standard wp-custom-logo th-right-sidebar">
<div id="page" class="site hitmag-wrapper"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header" role="banner">
<div class="hm-topnavbutton"><a href="#" class="navbutton" id="top-nav-button">Top Menu</a></div><div class="responsive-topnav"></div>
<div class="hm-top-bar"><div class="hm-container"><div class="hm-date">20 Mei 2024</div><div id="top-navigation" class="top-navigation"><div class="menu-top-container"><ul id="top-menu" class="menu"><li class="menu-item"><a href="{HOST}/redaksi/">Redaksi</a></li><li class="menu-item"><a href="{HOST}/kontak/">Kontak</a></li></ul></div></div><div class="hm-social-menu"><div id="hm-menu-social" class="menu"><ul id="menu-social-items" class="menu-items"><li class="menu-item"><a href="https://facebook.com/radarkota"><span class="screen-reader-text">Facebook</span></a></li><li class="menu-item"><a href="https://instagram.com/radarkota"><span class="screen-reader-text">Instagram</span></a></li></ul></div></div></div></div>
<div class="header-main-area"><div class="hm-container"><div class="site-branding"><div class="site-branding-content"><div class="hm-logo"><a href="{HOST}/" class="custom-logo-link" rel="home"><img width="300" height="80" src="{HOST}/logo.png" class="custom-logo" alt="{SITE}" decoding="async" /></a></div><div class="hm-site-title"><p class="site-title"><a href="{HOST}/" rel="home">{SITE}</a></p><p class="site-description">Kabar Terkini dari Daerah</p></div></div></div><div class="hm-header-sidebar"><aside id="media_image-2" class="widget widget_media_image"><a href="{HOST}/iklan/"><img width="728" height="90" src="{HOST}/banner.jpg" class="image wp-image-77  attachment-full size-full" alt="" decoding="async" /></a></aside></div></div></div>
<div class="hm-nav-container"><nav id="site-navigation" class="main-navigation" role="navigation"><div class="hm-container"><div class="menu-main-container"><ul id="primary-menu" class="menu">{menu}</ul></div><div class="hm-search-button-icon"></div><div class="hm-search-box-container"><div class="hm-search-box"><form role="search" method="get" class="search-form" action="{HOST}/"><label><span class="screen-reader-text">Cari untuk:</span><input type="search" class="search-field" placeholder="Cari &hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="Cari" /></form></div></div></div></nav><a href="#" class="navbutton" id="main-nav-button">Main Menu</a><div class="responsive-mainnav"></div></div>
</header><!-- #masthead -->
<div id="content" class="site-content"><div class="hm-container">
<div id="primary" class="content-area"><main id="main" class="site-main" role="main">
<article id="post-2290" class="hitmag-single post-2290 post type-post status-publish format-standard has-post-thumbnail hentry category-{a["category"].lower()}">
<header class="entry-header"><div class="cat-links"><a href="{HOST}/category/{a["category"].lower()}/" rel="category tag">{a["category"]}</a></div><h1 class="entry-title">{esc(a["title"])}</h1><div class="entry-meta"><span class="posted-on"><a href="{url(a)}" rel="bookmark">{stamp.format(iso=a["date_iso"], shown=a["date_shown"])}</a></span><span class="meta-sep"> - </span><span class="byline"> by <span class="author vcard"><a class="url fn n" href="{HOST}/author/{slug}/">{esc(a["author"])}</a></span></span><span class="meta-sep"> - </span><span class="comments-link"><a href="{url(a)}#respond">Leave a Comment</a></span></div><!-- .entry-meta --></header><!-- .entry-header -->
<a class="image-link" href="{HOST}/wp-content/uploads/2024/05/banjir.jpg"><img width="735" height="400" src="{HOST}/wp-content/uploads/2024/05/banjir-735x400.jpg" class="attachment-hitmag-featured size-hitmag-featured wp-post-image" alt="" decoding="async" fetchpriority="high" /></a>
<div class="entry-content">
{text}
</div><!-- .entry-content -->
<footer class="entry-footer"><span class="hm-tags-links"><span class="hm-tagged">Tagged</span>{tags}</span></footer><!-- .entry-footer -->
</article><!-- #post-## -->
<div class="hm-related-posts"><div class="wt-container"><h4 class="widget-title">Related Posts</h4></div><div class="hmrp-container">{_others('<div class="hm-rel-post"><a href="{h}" rel="bookmark" title="{t}"><img width="348" height="215" src="x.jpg" class="attachment-hitmag-grid size-hitmag-grid wp-post-image" alt="" decoding="async" loading="lazy" /></a><h3 class="post-title"><a href="{h}" rel="bookmark" title="{t}">{t}</a></h3><p class="hms-meta">' + stamp.format(iso="2024-05-11T09:00:00+08:00", shown="11 Mei 2024") + "</p></div>")}</div></div>
<nav class="navigation post-navigation" aria-label="Pos"><h2 class="screen-reader-text">Navigasi pos</h2><div class="nav-links"><div class="nav-previous"><a href="{HOST}/prev/" rel="prev"><span class="meta-nav" aria-hidden="true">Previous Article</span> <span class="post-title">{esc(SIDEBAR_POSTS[0])}</span></a></div><div class="nav-next"><a href="{HOST}/next/" rel="next"><span class="meta-nav" aria-hidden="true">Next Article</span> <span class="post-title">{esc(SIDEBAR_POSTS[1])}</span></a></div></div></nav>
<div class="hm-authorbox"><div class="hm-author-img"><img alt='' src='{HOST}/avatar.png' class='avatar avatar-100 photo' height='100' width='100' loading='lazy' decoding='async'/></div><div class="hm-author-content"><h4 class="author-name">About {esc(a["author"])}</h4><p class="author-description">{_author_bio(a)}</p><a class="author-posts-link" href="{HOST}/author/{slug}/" title="{esc(a["author"])}">View all posts by {esc(a["author"])} &rarr;</a></div></div>
<div id="comments" class="comments-area">{_comment_form()}</div>
</main><!-- #main --></div><!-- #primary -->
<aside id="secondary" class="widget-area" role="complementary"><section id="sidebar_posts-2" class="widget widget_sidebar_posts"><div class="hitmag-category-posts"><h4 class="widget-title">Berita Terkini</h4>{_popular('<div class="hms-post"><div class="hms-thumb"><a href="{h}" rel="bookmark" title="{t}"><img width="135" height="93" src="x.jpg" class="attachment-hitmag-thumbnail size-hitmag-thumbnail wp-post-image" alt="" decoding="async" loading="lazy" /></a></div><div class="hms-details"><h3 class="hms-title"><a href="{h}" rel="bookmark">{t}</a></h3><p class="hms-meta">' + stamp.format(iso="2024-05-10T08:00:00+08:00", shown="10 Mei 2024") + "</p></div></div><!-- .hms-post -->")}</div><!-- .hitmag-category-posts --></section><section id="tag_cloud-2" class="widget widget_tag_cloud"><h4 class="widget-title">Tag</h4><div class="tagcloud"><a href="{HOST}/tag/pilkada/" class="tag-cloud-link">pilkada</a><a href="{HOST}/tag/banjir/" class="tag-cloud-link">banjir</a><a href="{HOST}/tag/kriminal/" class="tag-cloud-link">kriminal</a></div></section></aside><!-- #secondary -->
</div><!-- .hm-container --></div><!-- #content -->
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-info"><div class="hm-container"><div class="site-info-owner">Hak Cipta &#169; 2024 <a href="{HOST}/" title="{SITE}">{SITE}</a>.</div><div class="site-info-designer">Ditenagai oleh <a href="https://wordpress.org" target="_blank" title="WordPress">WordPress</a> dan <a href="https://themezhut.com/themes/hitmag/" target="_blank" title="HitMag WordPress Theme">HitMag</a>.</div></div></div></footer><!-- #colophon -->
</div><!-- #page -->
</body></html>"""
    )


def _astra_meta_date(a):
    """Astra's ``astra_post_date()``: the published day and the modified day in spans side by side, no
    ``<time>``; the theme's stylesheet hides ``.updated`` (WordPress's hAtom class for the modified time)."""
    return (
        f'<span class="posted-on"><span class="published" itemprop="datePublished"> {a["date_shown"]}</span>'
        f'<span class="updated" itemprop="dateModified"> {_MODIFIED}</span></span>'
    )


# The day a post was last edited, a week after it appeared: shown beside (or hidden beside) the published day.
_MODIFIED = "20 Mei 2024"


def astra(a, meta=True):
    """Astra (Brainstorm Force), a general-purpose theme on over a million sites, with its header and footer
    builders: ``entry-header`` with the featured image and the headline, then ``entry-meta`` as the
    Customizer lists it ("Leave a Comment", the category, "By " and the ``posted-by vcard author`` link,
    and the date, here switched on beside the default three): ``astra_post_date()`` writes the published
    day in ``span.published`` (itemprop datePublished, no ``<time>``, no clock time) and the modified day
    right after it in ``span.updated``, which the theme's CSS hides; ``entry-content``; the post navigation
    ("Previous Post", "Next Post"); the comment form under "Leave a Comment"; the sidebar's recent posts
    and the footer builder's copyright line (template-parts/content-single.php,
    template-parts/single/single-layout.php, inc/blog/blog-config.php (astra_get_post_meta,
    astra_post_date, astra_post_author, astra_post_categories, astra_post_comments),
    inc/blog/single-blog.php, inc/core/class-astra-theme-options.php, inc/core/class-theme-strings.php)."""
    text = _text(a, "plain", heading="h2")
    slug = a["author"].lower().replace(" ", "-")
    cat = a["category"]
    menu = "".join(
        f'<li class="menu-item menu-item-type-taxonomy menu-item-object-category"><a href="{HOST}/category/{c.lower()}/" class="menu-link">{c}</a></li>'
        for c in ("Beranda", "Daerah", "Ekonomi", "Politik", "Olahraga", "Hukum", "Opini", "Indeks")
    )
    byline = f'By <span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author"><a title="View all posts by {esc(a["author"])}" href="{HOST}/author/{slug}/" rel="author" class="url fn n" itemprop="url"><span class="author-name" itemprop="name">{esc(a["author"])}</span></a></span>'
    return (
        head(a, meta)
        + f"""
<body itemtype='https://schema.org/Blog' itemscope='itemscope' class="post-template-default single single-post postid-4127 single-format-standard wp-custom-logo ast-desktop ast-separate-container ast-right-sidebar astra-3.6.5 ast-blog-single-style-1 ast-single-post ast-inherit-site-logo-transparent ast-hfb-header ast-normal-title-enabled">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead"><div id="ast-desktop-header" data-toggle-type="dropdown"><div class="ast-main-header-wrap main-header-bar-wrap "><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item" data-section="section-primary-header-builder"><div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container" data-section="section-primary-header-builder"><div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center"><div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left"><div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline"><div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope"><span class="site-logo-img"><a href="{HOST}/" class="custom-logo-link" rel="home"><img width="300" height="80" src="{HOST}/logo.png" class="custom-logo" alt="{SITE}" decoding="async" /></a></span><div class="ast-site-title-wrap"><span class="site-title" itemprop="name"><a href="{HOST}/" rel="home" itemprop="url">{SITE}</a></span><p class="site-description" itemprop="description">Kabar Terkini dari Daerah</p></div></div></div></div><div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1"><div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation" aria-label="Site Navigation" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope"><div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">{menu}</ul></div></nav></div></div></div></div></div></div></div></div></div></header><!-- #masthead -->
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-4127 post type-post status-publish format-standard has-post-thumbnail hentry category-{cat.lower()} ast-article-single" id="post-4127" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<div class="ast-post-format- single-layout-1">
<header class="entry-header ">
<div class="post-thumb-img-content post-thumb"><img width="1024" height="576" src="{HOST}/wp-content/uploads/2024/05/banjir-1024x576.jpg" class="attachment-large size-large wp-post-image" alt="" itemprop="image" decoding="async" fetchpriority="high" /></div>
<h1 class="entry-title" itemprop="headline">{esc(a["title"])}</h1><div class="entry-meta"><span class="comments-link"><a href="{url(a)}#respond">Leave a Comment</a></span> / <span class="cat-links"><a href="{HOST}/category/{cat.lower()}/" rel="category tag">{cat}</a></span> / {byline} / {_astra_meta_date(a)}</div>
</header><!-- .entry-header -->
<div class="entry-content clear" itemprop="text">
{text}
</div><!-- .entry-content .clear -->
</div>
</article><!-- #post-## -->
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous"><a href="{HOST}/prev/" rel="prev"><span class="ast-left-arrow">&larr;</span> Previous Post</a></div><div class="nav-next"><a href="{HOST}/next/" rel="next">Next Post <span class="ast-right-arrow">&rarr;</span></a></div></div></nav>
<div id="comments" class="comments-area">{_comment_form("Leave a Comment")}</div><!-- #comments -->
</main><!-- #main --></div><!-- #primary -->
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main"><aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="{HOST}/"><label for="search-field"><span class="screen-reader-text">Search for:</span><input type="search" id="search-field" class="search-field" placeholder="Search..." value="" name="s" tabindex="-1"></label></form></aside><aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Pos-pos Terbaru</h2><nav aria-label="Pos-pos Terbaru"><ul>{_popular('<li><a href="{h}">{t}</a></li>')}</ul></nav></aside><aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Kategori</h2><nav aria-label="Kategori"><ul><li class="cat-item"><a href="{HOST}/category/daerah/">Daerah</a></li><li class="cat-item"><a href="{HOST}/category/ekonomi/">Ekonomi</a></li></ul></nav></aside></div></div><!-- #secondary -->
</div><!-- ast-container --></div><!-- #content -->
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon"><div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full ast-builder-grid-row-tablet-full ast-builder-grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack" data-section="section-below-footer-builder"><div class="ast-builder-grid-row-container-inner"><div class="ast-builder-footer-grid-columns site-below-footer-inner-wrap ast-builder-grid-row"><div class="site-footer-below-section-1 site-footer-section site-footer-section-1"><div class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright" data-section="section-footer-builder"><div class="ast-footer-copyright"><p>Copyright &copy; 2024 {SITE} | Powered by <a href="https://wpastra.com" rel="nofollow noopener" target="_blank">Astra WordPress Theme</a></p></div></div></div></div></div></div></footer><!-- #colophon -->
</div><!-- #page -->
</body></html>"""
    )


def _ghost_day(a):
    """Casper's ``{{date format="DD MMM YYYY"}}`` in Indonesian: the month's short name ('10 Jun 2024')."""
    day, month, year = a["date_shown"].split()
    return f"{day} {month[:3]} {year}"


def casper(a, meta=True):
    """Casper, Ghost's default theme (Ghost, the Node.js publishing platform newsletters and small newsrooms
    run): the ``gh-head`` header with the site's navigation, ``article.article`` with ``article-header``
    (the primary tag's link, the headline, ``article-byline``: the authors' avatars, ``author-name`` with
    the ``{{authors}}`` links, the ``<time class="byline-meta-date" datetime="YYYY-MM-DD">`` day and the
    reading time, a "Share" button), the feature image and its caption, the text in ``gh-content`` (cards
    of the Koenig editor), the members' sign-up call, "read more" post cards (each with its excerpt and
    its own ``<time>``), and the footer's "Powered by Ghost" (default.hbs, post.hbs, partials/post-card.hbs).
    Ghost shows no tag list under a post: its tags are in the meta tags alone."""
    text = _text(a, "plain", heading="h2")
    slug = a["author"].lower().replace(" ", "-")
    cat = a["category"]
    menu = "".join(
        f'<li class="nav-{c.lower()}{" nav-current" if c == cat else ""}"><a href="{HOST}/tag/{c.lower()}/">{c}</a></li>'
        for c in ("Beranda", "Daerah", "Ekonomi", "Politik", "Olahraga", "Opini")
    )
    card = (
        '<article class="post-card post tag-daerah keep-ratio"><a class="post-card-image-link" href="{h}"><img class="post-card-image" srcset="x.jpg 300w" sizes="(max-width: 1000px) 400px, 800px" src="x.jpg" alt="{t}" loading="lazy" /></a><div class="post-card-content"><a class="post-card-content-link" href="{h}"><header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">Daerah</span></div><h2 class="post-card-title">{t}</h2></header><div class="post-card-excerpt">{e}</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2024-05-11">11 Mei 2024</time><span class="post-card-meta-length">2 min read</span></footer></div></article>'
    )
    return (
        head(a, meta).replace(
            f"<link rel='stylesheet' id='wp-block-library-css' href='{HOST}/wp-includes/css/dist/block-library/style.min.css' media='all' />\n"
            f'<script src="{HOST}/wp-includes/js/jquery/jquery.min.js" id="jquery-core-js"></script>',
            f'<link rel="stylesheet" type="text/css" href="{HOST}/assets/built/screen.css?v=1a2b3c" />\n<meta name="generator" content="Ghost 5.82">',
        )
        + f"""
<body class="post-template tag-{cat.lower()} is-head-left-logo has-cover">
<div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="{HOST}/"><img src="{HOST}/content/images/logo.png" alt="{SITE}"></a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round" d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg></button><button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">{menu}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content">
<main id="site-main" class="site-main">
<article class="article post tag-{cat.lower()} image-small">
<header class="article-header gh-canvas">
<div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="{HOST}/tag/{cat.lower()}/">{cat}</a></span></div>
<h1 class="article-title">{esc(a["title"])}</h1>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item"><a href="{HOST}/author/{slug}/" class="author-avatar" aria-label="Read more of {esc(a["author"])}"><img class="author-profile-image" src="{HOST}/content/images/size/w100/avatar.jpg" alt="{esc(a["author"])}" loading="eager" /></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="{HOST}/author/{slug}/">{esc(a["author"])}</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="{a["date_iso"][:10]}">{_ghost_day(a)}</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span></div></div></section>
<a href="#/share" class="gh-button gh-button-share">Share</a></div>
<figure class="article-image"><img srcset="{HOST}/content/images/size/w300/banjir.jpg 300w, {HOST}/content/images/size/w600/banjir.jpg 600w" sizes="(min-width: 1400px) 1400px, 92vw" src="{HOST}/content/images/size/w2000/banjir.jpg" alt="{esc(a["title"])}" fetchpriority="high" loading="eager" /><figcaption>Suasana di lokasi, Senin pagi. (Foto: Dok/{SITE})</figcaption></figure>
</header>
<section class="gh-content gh-canvas">
{text}
</section>
</article>
</main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for {SITE}</h2><a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">{_others(card)}</div></aside>
</div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="{HOST}/">{SITE}</a> &copy; 2024</section><div class="site-footer-center"><div class="site-footer-social-links"><a href="https://www.facebook.com/radarkota" target="_blank" rel="noopener" aria-label="Facebook"><svg viewBox="0 0 32 32" xmlns="http://www.w3.org/2000/svg"><path d="M16 0z"/></svg></a></div><nav class="site-footer-nav"><ul class="nav"><li class="nav-redaksi"><a href="{HOST}/redaksi/">Redaksi</a></li><li class="nav-pedoman-media-siber"><a href="{HOST}/pedoman-media-siber/">Pedoman Media Siber</a></li></ul></nav></div><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div>
<script src="{HOST}/assets/built/casper.js?v=1a2b3c" defer></script>
</body></html>"""
    )


def joomla(a, meta=True):
    """Joomla's own article view (com_content, the CMS many older regional and government news sites run)
    in its default site template, Cassiopeia: the header with the brand and the main menu module, the
    breadcrumbs module ("You are here:"), then ``com-content-article item-page``: the headline in
    ``page-header``, the info block (``dl.article-info`` under "Details": "Written by: Nama" in
    ``dd.createdby``, the category, the published day in a ``<time datetime>`` with its clock time, "Last
    Updated" with its own ``<time>`` a week later, the hits), the tags as a ``ul.tags`` of links to the tag
    component's pages (no rel="tag"), ``com-content-article__body``, and the page navigation plugin's
    "Prev"/"Next"; the right sidebar's "Latest Articles" and "Most Read" modules; the footer's menu
    (components/com_content/tmpl/article/default.php, layouts/joomla/content/info_block.php and its
    info_block/author.php, category.php, publish_date.php, modify_date.php, hits.php,
    layouts/joomla/content/tags.php, plugins/content/pagenavigation/tmpl/default.php,
    templates/cassiopeia/index.php, modules/mod_breadcrumbs and mod_articles_latest tmpl/default.php; the
    en-GB strings the package ships)."""
    text = _text(a, "plain", heading="h2")
    cat = a["category"]
    tags = "".join(
        f'<li class="list-inline-item tag-{n + 2} tag-list{n}"><a href="{HOST}/component/tags/tag/{t.replace(" ", "-")}" class="btn btn-sm btn-info">{esc(t)}</a></li>'
        for n, t in enumerate(a["tags"])
    )
    menu = "".join(
        f'<li class="nav-item item-{101 + n}{" default" if n == 0 else ""}{" current active" if c == cat else ""}"><a href="{HOST}/{"" if n == 0 else c.lower()}"{" aria-current=" + chr(34) + "location" + chr(34) if c == cat else ""}>{c}</a></li>'
        for n, c in enumerate(("Beranda", "Daerah", "Ekonomi", "Politik", "Olahraga", "Hukum", "Opini"))
    )
    latest = "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{HOST}/daerah/{2280 + n}-{slugify(t)}" itemprop="url"><span itemprop="name">{esc(t)}</span></a></li>'
        for n, t in enumerate(SIDEBAR_POSTS)
    )
    popular = "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{HOST}/daerah/{2270 + n}-{slugify(t)}" itemprop="url"><span itemprop="name">{esc(t)}</span></a></li>'
        for n, (t, _) in enumerate(OTHER_POSTS)
    )
    crumb = '<li class="mod-breadcrumbs__item breadcrumb-item{cls}" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">{inner}<meta itemprop="position" content="{n}"></li>'
    crumbs = (
        crumb.format(cls="", n=1, inner=f'<a itemprop="item" href="{HOST}/" class="pathway"><span itemprop="name">Beranda</span></a>')
        + crumb.format(cls="", n=2, inner=f'<a itemprop="item" href="{HOST}/{cat.lower()}" class="pathway"><span itemprop="name">{cat}</span></a>')
        + crumb.format(cls=" active", n=3, inner=f'<span itemprop="name">{esc(a["title"])}</span>')
    )
    return (
        head(a, meta).replace(
            f"<link rel='stylesheet' id='wp-block-library-css' href='{HOST}/wp-includes/css/dist/block-library/style.min.css' media='all' />\n"
            f'<script src="{HOST}/wp-includes/js/jquery/jquery.min.js" id="jquery-core-js"></script>',
            f'<meta name="generator" content="Joomla! - Open Source Content Management">\n<link href="{HOST}/media/templates/site/cassiopeia/css/template.min.css?4.4.3" rel="stylesheet" />',
        )
        + f"""
<body class="site com_content wrapper-static view-article no-layout no-task itemid-102 has-sidebar-right">
<header class="header container-header full-width">
<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="{HOST}/"><img loading="eager" decoding="async" src="{HOST}/images/logo.png" alt="{SITE}" width="300" height="80"></a><div class="site-description">Kabar Terkini dari Daerah</div></div></div>
<div class="grid-child container-nav"><nav class="navbar navbar-expand-md" aria-label="Main Menu"><button class="navbar-toggler navbar-toggler-right" type="button" data-bs-toggle="collapse" data-bs-target="#navbar1" aria-controls="navbar1" aria-expanded="false" aria-label="Toggle Navigation"><span class="icon-menu" aria-hidden="true"></span></button><div class="collapse navbar-collapse" id="navbar1"><ul class="mod-menu mod-list nav ">{menu}</ul></div></nav><div class="container-search"><form class="mod-finder js-finder-searchform form-search" action="{HOST}/component/finder/search" method="get" role="search"><label for="mod-finder-searchword1" class="visually-hidden finder">Search</label><input type="text" name="q" id="mod-finder-searchword1" class="js-finder-search-query form-control" value="" placeholder="Search ..."></form></div></div>
</header>
<div class="site-grid">
<div class="grid-child container-component">
<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__here float-start">You are here: &#160;</li>{crumbs}</ol></nav>
<div id="system-message-container" aria-live="polite"></div>
<main>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="id-ID">
<div class="page-header"><h1 itemprop="headline">{esc(a["title"])}</h1></div>
<dl class="article-info text-muted">
<dt class="article-info-term">Details</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span> Written by: <span itemprop="name">{esc(a["author"])}</span></dd>
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span> Category: <a href="{HOST}/{cat.lower()}" itemprop="genre">{cat}</a></dd>
<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="{a["date_iso"]}" itemprop="datePublished"> Published: {a["date_shown"]}</time></dd>
<dd class="modified"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2024-06-17T08:05:00+07:00" itemprop="dateModified"> Last Updated: 17 Juni 2024 08:05</time></dd>
<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:214"> Hits: 214</dd>
</dl>
<ul class="tags list-inline">{tags}</ul>
<figure class="left item-image"><img src="{HOST}/images/berita/2024/banjir.jpg" itemprop="image" width="800" height="450" loading="lazy"></figure>
<div itemprop="articleBody" class="com-content-article__body">
{text}
</div>
<nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="{HOST}/daerah/2289-prev" rel="prev"><span class="visually-hidden">Previous article: {esc(SIDEBAR_POSTS[0])}</span><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Prev</span></a><a class="btn btn-sm btn-secondary next" href="{HOST}/daerah/2291-next" rel="next"><span class="visually-hidden">Next article: {esc(SIDEBAR_POSTS[1])}</span><span aria-hidden="true">Next</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></span></nav>
</div>
</main>
</div>
<div class="grid-child container-sidebar-right">
<div class="sidebar-right card "><h3 class="card-header ">Latest Articles</h3><div class="card-body"><ul class="mod-articleslatest latestnews mod-list">{latest}</ul></div></div>
<div class="sidebar-right card "><h3 class="card-header ">Most Read</h3><div class="card-body"><ul class="mostread mod-list">{popular}</ul></div></div>
</div>
</div>
<footer class="container-footer footer full-width"><div class="grid-child"><ul class="mod-menu mod-list nav "><li class="nav-item item-120"><a href="{HOST}/redaksi">Redaksi</a></li><li class="nav-item item-121"><a href="{HOST}/pedoman-media-siber">Pedoman Media Siber</a></li></ul><div class="mod-footer">Copyright &#169; 2024 {SITE}. All Rights Reserved.</div></div></footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="Back to Top"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
</body></html>"""
    )


def olivero(a, meta=True):
    """Olivero, Drupal's default front-end theme since Drupal 9.1, on a core install's Article type: the
    site header with the branding block and the main menu, the breadcrumb, the page title block's h1 in
    ``region--content-above`` (outside the node), then ``article.node--type-article``: ``node__meta`` with
    the author's picture and "By ``node__author`` (the user's ``username`` link), 13 Mei, 2024" (the day
    in Olivero's own 'j F, Y' format, no ``<time>``), the image field, the body field (``text-content``),
    the Tags field under its "Tags" label as ``links field__items`` to the terms' pages (core's
    ``/taxonomy/term/N`` addresses, no path aliases), the comment section ("Add new comment"); the
    sidebar's "Recent content" view and the footer's "Powered by Drupal" (templates/layout/page.html.twig,
    templates/content/node.html.twig and node--article--full.html.twig, templates/field/
    field--node--field-tags.html.twig, olivero.theme's preprocess_node with the olivero_medium format)."""
    text = _text(a, "plain", heading="h2")
    cat = a["category"]
    tags = "".join(
        f'<li class="field--tags__item"><a href="{HOST}/taxonomy/term/{n + 3}" hreflang="id">{esc(t)}</a></li>'
        for n, t in enumerate(a["tags"])
    )
    day, month, year = a["date_shown"].split()
    menu = "".join(
        f'<li class="primary-nav__menu-item primary-nav__menu-item--level-1"><a href="{HOST}/{c.lower()}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1" data-drupal-link-system-path="taxonomy/term/{20 + n}"><span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">{c}</span></a></li>'
        for n, c in enumerate(("Beranda", "Daerah", "Ekonomi", "Politik", "Olahraga", "Hukum", "Opini"))
    )
    recent = "".join(
        f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{HOST}/node/{40 + n}" hreflang="id">{esc(t)}</a></span></div><div class="views-field views-field-changed"><span class="field-content"><time datetime="2024-05-10T00:00:00Z" title="Jumat, Mei 10, 2024 - 08:00" class="datetime">3 hari 2 jam</time></span></div></div>'
        for n, t in enumerate(SIDEBAR_POSTS)
    )
    return (
        head(a, meta).replace(
            f"<link rel='stylesheet' id='wp-block-library-css' href='{HOST}/wp-includes/css/dist/block-library/style.min.css' media='all' />\n"
            f'<script src="{HOST}/wp-includes/js/jquery/jquery.min.js" id="jquery-core-js"></script>',
            f'<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />\n<link rel="stylesheet" media="all" href="{HOST}/sites/default/files/css/css_olivero.css" />',
        )
        + f"""
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable" data-drupal-selector="site-header-fixable"><div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner" aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner"><a href="{HOST}/" rel="home" class="site-branding__logo"><img src="{HOST}/sites/default/files/logo.png" alt="Beranda" fetchpriority="high" /></a><div class="site-branding__text"><div class="site-branding__name"><a href="{HOST}/" rel="home" title="Beranda">{SITE}</a></div><div class="site-branding__slogan">Kabar Terkini dari Daerah</div></div></div></div>
<div class="mobile-buttons" data-drupal-selector="mobile-buttons"><button class="mobile-nav-button" aria-label="Toggle Main Menu" aria-controls="header-nav" aria-expanded="false"><span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Navigasi utama</h2><ul data-drupal-selector="primary-nav-menu--level-1" class="primary-nav__menu primary-nav__menu--level-1">{menu}</ul></nav></div>
</div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><main id="content" class="main-content" role="main"><a id="main-content" tabindex="-1"></a>
<div class="main-content__container container">
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><div class="block__content"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><div class="breadcrumb__content"><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="{HOST}/" class="breadcrumb__link">Beranda</a></li><li class="breadcrumb__item"><a href="{HOST}/{cat.lower()}" class="breadcrumb__link">{cat}</a></li></ol></div></nav></div></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">{esc(a["title"])}</span></h1></div></div>
<div class="sidebar-grid grid-full">
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div data-drupal-messages-fallback class="hidden messages-list"></div><div id="block-olivero-content" class="block block-system block-system-main-block"><div class="block__content">
<article data-history-node-id="2290" class="node node--type-article node--promoted node--view-mode-full">
<header class="content-narrow"><div class="node__meta"><div class="node__author-image"><article class="profile"><div class="field field--name-user-picture field--type-image field--label-hidden field__item"><a href="{HOST}/user/3"><img loading="lazy" src="{HOST}/sites/default/files/styles/thumbnail/public/pictures/avatar.jpg" width="100" height="100" alt="Profile picture for user {esc(a["author"])}" class="image-style-thumbnail" /></a></div></article></div><span>By <span class="node__author"><span><a title="View user profile." href="{HOST}/user/3" class="username">{esc(a["author"])}</a></span></span>, {day} {month}, {year}</span></div></header>
<div class="node__content content-narrow">
<div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy" src="{HOST}/sites/default/files/styles/wide/public/2024-05/banjir.jpg" width="1200" height="675" alt="{esc(a["title"])}" /></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">{text}</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label field--tags__label">Tags</h3><ul class="links field__items field--tags__items">{tags}</ul></div>
<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Add new comment</h2><form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="{HOST}/comment/reply/node/2290/comment" method="post" id="comment-form" accept-charset="UTF-8"><div class="js-form-item form-item js-form-type-textfield form-item-name js-form-item-name"><label for="edit-name" class="form-item__label">Nama Anda</label><input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text form-element form-element--type-text form-element--api-textfield" /></div><div class="js-form-item form-item js-form-type-textarea form-item-comment-body-0-value js-form-item-comment-body-0-value"><label for="edit-comment-body-0-value" class="form-item__label js-form-required form-required">Comment</label><textarea class="js-text-full text-full form-textarea required form-element form-element--type-textarea form-element--api-textarea" data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" required="required"></textarea></div><div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="Save" class="button button--primary js-form-submit form-submit" /></div></form></section>
</div>
</article>
</div></div></div>
<div class="region region--sidebar"><div class="views-element-container block block-views block-views-blockcontent-recent-block-1" id="block-olivero-views-block-content-recent-block-1"><h2 class="block__title">Recent content</h2><div class="block__content"><div class="view view-content-recent view-id-content_recent view-display-id-block_1"><div class="view-content">{recent}</div></div></div></div></div>
</div>
</div></main><div class="social-bar"></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer>
<div class="overlay" data-drupal-selector="overlay"></div>
</div></div></div>
</body></html>"""
    )


THEMES = {
    "jnews": jnews,
    "tagdiv": tagdiv,
    "generic_wp": generic_wp,
    "jannah": jannah,
    "colormag": colormag,
    "blogger": blogger,
    "amp_wp": amp_wp,
    "newsup": newsup,
    "newsmatic": newsmatic,
    "covernews": covernews,
    "newspack": newspack,
    "block_theme": block_theme,
    "oceanwp": oceanwp,
    "hitmag": hitmag,
    "astra": astra,
    "casper": casper,
    "joomla": joomla,
    "olivero": olivero,
}
"""Each theme's page writer: ``writer(article, meta) -> str``."""

TIMED = frozenset(
    {*("tagdiv", "generic_wp", "colormag", "blogger", "amp_wp", "newsmatic"), "newspack", "block_theme", "hitmag", "joomla"}
)
"""Themes whose header shows the clock time in markup (a <time datetime>, microdata); the others show the
day, so that a page without its meta tags dates the article by its day."""

# Texts of the page around the article that must not reach its body.
CHROME = (
    *SIDEBAR_POSTS,
    *(t for t, _ in OTHER_POSTS),
    *(e for _, e in OTHER_POSTS),
    "Terkait",
    "Advertisement",
    "Tinggalkan Balasan",
    "TINGGALKAN BALASAN",
    "Bagikan ini",
    "SHARES",
    "Share on Facebook",
    "All Rights Reserved",
    "Ilustrasi",
    "Suasana di lokasi",
    "You May Also Like",
    "Posted by",
    "Kirimkan Ini lewat Email",
    "Postingan Populer",
    "Tidak ada komentar",
    "Keluar dari Mode AMP",
    "tanggapan untuk",
    "Related Post",
    "Related News",
    "More Stories",
    "You missed",
    "You may have missed",
    "Proudly powered by",
    "Powered By",
    "Alamat email Anda",
    "Previous:",
    "2 tahun ago",
    "More by",
    "yang meliput isu lingkungan",
    "Berita Lainnya",
    "Please Share This",
    "You Might Also Like",
    "Previous Post",
    "Powered by Newspack",
    "Dirancang dengan",
    "View all posts by",
    "Previous Article",
    "Leave a Comment",
    "Astra WordPress Theme",
    "Sign up for",
    "min read",
    "Powered by Ghost",
    "You are here",
    "Last Updated",
    "Hits:",
    "Latest Articles",
    "Recent content",
    "Powered by Drupal",
    "Add new comment",
    "View user profile",
    "Most Read",
    *(said for _, said in COMMENTS),
)


def page(theme: str, article: dict[str, Any], *, meta: bool = True, scrambled: bool = False) -> bytes:
    """The article as ``theme`` serves it, with or without meta tags and JSON-LD, names scrambled or not."""
    written = THEMES[theme](article, meta).encode()
    return scramble(written) if scrambled else written


def write_cases(out: Path) -> int:
    """Write every theme's articles as score.py cases (``NAME.html`` beside ``NAME.expected.json``, the
    corpus's gold keys) into ``out``, in the four forms tests/test_themes.py reads: as served, bare (no meta
    tags or JSON-LD), scrambled, and both; the number of pages written. The gold's ``published`` is the
    day where a bare page of a theme that shows the day alone holds no clock time."""
    out.mkdir(parents=True, exist_ok=True)
    count = 0
    for theme in THEMES:
        for i, article in enumerate(ARTICLES):
            headings: dict[int, str] = article.get("headings", {})
            body = list(article["paragraphs"])
            for meta in (True, False):
                for scrambled in (False, True):
                    name = f"{theme}-{i}{'' if meta else '-bare'}{'-scr' if scrambled else ''}"
                    written = page(theme, article, meta=meta, scrambled=scrambled)
                    shown = written.decode()
                    gold = {
                        "source": f"tests/themes.py {theme}",
                        "url": url(article),
                        "outlet": "radarkota",
                        "title": article["title"],
                        "published": article["date_iso"] if meta or theme in TIMED else article["date_iso"][:10],
                        "authors": [article["author"]],
                        "body": body,
                        "headings": [headings[k] for k in sorted(headings)],
                        "tags": list(article["tags"]),
                        "must_not_contain": [c for c in CHROME if c in shown and not any(c in p for p in body)],
                    }
                    (out / f"{name}.html").write_bytes(written)
                    (out / f"{name}.expected.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1))
                    count += 1
    return count


if __name__ == "__main__":
    # python tests/themes.py OUT: the theme pages as score.py cases (shared/eval/score.py OUT).
    print(write_cases(Path(sys.argv[1])), "pages written")
