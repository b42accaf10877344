"""What HTML templates say with their tags, class and id words and styles, as data.

Class and id attributes are read as words: split at white space, "-" and "_", lower case. The tables say
what a word marks on any template (outlet-specific selectors live in the outlet's adapter).
"""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING

from beritaparse.model import RemovedReason

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = [
    "AUTHOR_BOX_PARTS",
    "BLOCK_TAGS",
    "BOLD_TAGS",
    "BOLD_WEIGHTS",
    "BOX_WORDS",
    "BYLINE_WORDS",
    "CAPTION_WORDS",
    "CELL_TAGS",
    "CHROME_WORDS",
    "CREDIT_WORDS",
    "DROP_TAGS",
    "EMBED_CLASSES",
    "EMBED_POST_URLS",
    "FIGURE_TAGS",
    "HEADING_TAGS",
    "HIDDEN_CLASSES",
    "HIDDEN_STYLES",
    "IMAGE_TAGS",
    "ITALIC_TAGS",
    "LIST_ITEM_TAGS",
    "MEDIA_WORDS",
    "PAGING_PARTS",
    "PART_BOX_WORDS",
    "PLAYER_TAGS",
    "POST_CLASS_PREFIXES",
    "QUOTING_TAGS",
    "SILENT_TAGS",
    "VIDEO_EMBED_URLS",
]

R = RemovedReason

BLOCK_TAGS: frozenset[str] = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
        "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
        "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol",
        "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    }
)  # fmt: skip
"""Elements that start a new block of text (HTML's block-level and table elements)."""
CELL_TAGS: frozenset[str] = frozenset({"td", "th"})
HEADING_TAGS: frozenset[str] = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
LIST_ITEM_TAGS: frozenset[str] = frozenset({"dd", "dt", "li"})
BOLD_TAGS: frozenset[str] = frozenset({"b", "strong"})
BOLD_WEIGHTS: tuple[str, ...] = ("600", "700", "800", "900", "bold", "bolder")
"""``font-weight`` values of an inline style that makes its text bold, as a ``<b>`` does (WordPress
editors style a label so: ``<span style="font-weight: bold">Kesimpulan</span>``)."""
ITALIC_TAGS: frozenset[str] = frozenset({"em", "i"})
FIGURE_TAGS: frozenset[str] = frozenset({"figcaption", "figure"})
IMAGE_TAGS: frozenset[str] = frozenset({"amp-anim", "amp-img", "img"})
"""A picture in the text (AMP writes ``<amp-img>``): the text beside it may be its caption."""
QUOTING_TAGS: frozenset[str] = frozenset({"blockquote", "cite", "figcaption", "figure", "p", "q"})
"""The text's paragraphs, its quotes and its pictures: a person named there with a role word after the name
("<blockquote>... <b>Nama</b> <i>Penulis</i></blockquote>") is quoted or pictured, not credited."""

PLAYER_TAGS: frozenset[str] = frozenset(
    {
        "video", "amp-brightcove", "amp-dailymotion", "amp-jwplayer", "amp-video", "amp-video-iframe",
        "amp-youtube",
    }
)  # fmt: skip
"""A video player in the text: the short line right after it, in its box, is its caption ("Desta Stand Up, Cak
Lontong Menertawakannya" under an ``<amp-youtube>``), as a picture's is. Not any ``<iframe>``: an ad's slot is
one, and the line after it an ad's prompt or the text going on; only one that loads a video host's player
(:data:`VIDEO_EMBED_URLS`)."""
VIDEO_EMBED_URLS: tuple[str, ...] = (
    r"dailymotion\.com/embed/",
    r"facebook\.com/plugins/video",
    r"player\.vimeo\.com/video/",
    r"vidio\.com/embed/",
    r"youtube(?:-nocookie)?\.com/embed/",
)
"""Addresses of a video host's player loaded in an ``<iframe>`` (the same player as :data:`PLAYER_TAGS`)."""
SILENT_TAGS: frozenset[str] = frozenset(
    {
        "base", "head", "link", "meta", "noscript", "script", "style", "template", "title",
        # AMP's measurement and state components: configuration, never text.
        "amp-analytics", "amp-pixel", "amp-state",
    }
)  # fmt: skip
"""Never text, and not worth reporting when dropped."""

DROP_TAGS: Mapping[str, RemovedReason] = MappingProxyType(
    {
        "audio": R.MEDIA,
        "canvas": R.MEDIA,
        "embed": R.MEDIA,
        "iframe": R.MEDIA,
        "map": R.MEDIA,
        "object": R.MEDIA,
        "picture": R.MEDIA,
        "svg": R.MEDIA,
        "video": R.MEDIA,
        "button": R.NOT_CONTENT,
        "form": R.NOT_CONTENT,
        "input": R.NOT_CONTENT,
        "select": R.NOT_CONTENT,
        "textarea": R.NOT_CONTENT,
        "nav": R.NAVIGATION,
        # A page's footer: the site's own box ("Tentang Kami", its address, its disclaimer), in sentences on
        # many regional themes, which outweighed a short story or joined its text. An article's own footer
        # holds its tags and share bar, read elsewhere. (An <aside> is not dropped: a sidebar's widget is
        # what a page whose text is a bare list still reads, where nothing else is prose.)
        "footer": R.NOT_CONTENT,
        # AMP pages write their media, advertisements, share bars, menus and notices as components of
        # their own; the placeholder and fallback text inside them ("Iklan tidak tersedia", "Memuat
        # video") is never the article's. An AMP page then reads as its canonical page does.
        "amp-ad": R.ADVERTISEMENT,
        "amp-auto-ads": R.ADVERTISEMENT,
        "amp-embed": R.ADVERTISEMENT,
        "amp-sticky-ad": R.ADVERTISEMENT,
        # The scrolling window an ad shows through between two paragraphs (Popbela's AMP pages).
        "amp-fx-flying-carpet": R.ADVERTISEMENT,
        "amp-audio": R.MEDIA,
        "amp-brightcove": R.MEDIA,
        "amp-dailymotion": R.MEDIA,
        "amp-facebook": R.MEDIA,
        "amp-iframe": R.MEDIA,
        "amp-instagram": R.MEDIA,
        "amp-jwplayer": R.MEDIA,
        "amp-tiktok": R.MEDIA,
        "amp-twitter": R.MEDIA,
        "amp-video": R.MEDIA,
        "amp-video-iframe": R.MEDIA,
        "amp-youtube": R.MEDIA,
        "amp-addthis": R.SHARE,
        "amp-social-share": R.SHARE,
        "amp-mega-menu": R.NAVIGATION,
        "amp-nested-menu": R.NAVIGATION,
        "amp-sidebar": R.NAVIGATION,
        "amp-consent": R.NOT_CONTENT,
        "amp-user-notification": R.NOT_CONTENT,
        # The push-notification sign-up box under the text ("Aktifkan Notifikasimu", Kompas AMP).
        "amp-web-push-widget": R.PROMO,
    }
)
"""Never text of an article: media, forms and navigation, reported when they carry text."""

CHROME_WORDS: Mapping[str, RemovedReason] = MappingProxyType(
    {
        "share": R.SHARE,
        "sharing": R.SHARE,
        "sharebar": R.SHARE,
        "social": R.SHARE,
        "sosmed": R.SHARE,
        "ad": R.ADVERTISEMENT,
        "ads": R.ADVERTISEMENT,
        "adsense": R.ADVERTISEMENT,
        "advert": R.ADVERTISEMENT,
        "advertisement": R.ADVERTISEMENT,
        "iklan": R.ADVERTISEMENT,
        "gpt": R.ADVERTISEMENT,
        "dfp": R.ADVERTISEMENT,
        # The controls, menus and dialogs of a web video player, with their labels ("Current Time 0:00",
        # "Beginning of dialog window", "Use Up/Down Arrow keys to increase or decrease volume"): Video.js
        # ("vjs-control-bar"), MediaElement.js, WordPress's player ("mejs-offscreen"), JW Player
        # ("jw-controls"), Plyr ("plyr__controls").
        "vjs": R.MEDIA,
        "mejs": R.MEDIA,
        "jw": R.MEDIA,
        "plyr": R.MEDIA,
        # The writer's box as WordPress's author-box plugins write it, with no byline word beside a box word
        # in its names (those are read by AUTHOR_BOX_PARTS): Simple Author Box ("saboxplugin-wrap"),
        # Starbox ("abh_box", "abh_tabs").
        "saboxplugin": R.BYLINE,
        "abh": R.BYLINE,
    }
)
"""Class/id words that mark chrome on any element, inline or block."""

EMBED_CLASSES: Mapping[str, RemovedReason] = MappingProxyType(
    {
        "fb-post": R.MEDIA,
        "instagram-media": R.MEDIA,
        "tiktok-embed": R.MEDIA,
        "twitter-tweet": R.MEDIA,
    }
)
"""Whole class names of embedded posts (a tweet's blockquote): the post, not the article's text."""

EMBED_POST_URLS: tuple[str, ...] = (
    r"(?:twitter|x)\.com/\w+/status/",
    r"facebook\.com/[^\s\"']+/(?:posts|videos)/",
    r"instagram\.com/(?:[\w.]+/)?(?:p|reel|tv)/",
    r"threads\.net/@[\w.]+/post/",
    r"tiktok\.com/@[\w.]+/video/",
)
"""Addresses of one social-media post (regular expressions): a ``<blockquote>`` that cites one or links to
one is that post embedded, whatever its class says (the embed's script needs the link, not the class)."""

BOX_WORDS: Mapping[str, RemovedReason] = MappingProxyType(
    {
        "nav": R.NAVIGATION,
        "navigation": R.NAVIGATION,
        "breadcrumb": R.NAVIGATION,
        "breadcrumbs": R.NAVIGATION,
        "pagination": R.PAGING,
        "tag": R.TAGS,
        "tags": R.TAGS,
        "comment": R.NOT_CONTENT,
        "comments": R.NOT_CONTENT,
        "komentar": R.NOT_CONTENT,
        "disqus": R.NOT_CONTENT,
        # Boxes of other stories beside or below the text; in-text "Baca juga" lines carry no such class.
        "related": R.RELATED,
        "terkait": R.RELATED,
        "rekomendasi": R.RELATED,
        "recommendation": R.RELATED,
        "recommend": R.RELATED,
        "populer": R.RELATED,
        "terpopuler": R.RELATED,
        "popular": R.RELATED,
        "trending": R.RELATED,
        # A newsletter sign-up box, with the confirmation it shows once the reader subscribes.
        "newsletter": R.PROMO,
        # A reader poll embedded in the text, its question over its answer buttons (Harper's Bazaar
        # Indonesia's "content-embed -polling", WP-Polls' "wp-polls"): an interactive embed, as a post is.
        # Whole words only: "pollution" names a story's category on WordPress's <article>.
        "poll": R.MEDIA,
        "polls": R.MEDIA,
        "polling": R.MEDIA,
        # A cookie or consent notice the template puts inside the article's container.
        "cookie": R.NOT_CONTENT,
        "cookies": R.NOT_CONTENT,
        "consent": R.NOT_CONTENT,
        "gdpr": R.NOT_CONTENT,
    }
)
"""Class/id words that mark a block of chrome (inline, some of them also mark links inside the text:
"inner-link-tag"). Those of :data:`PART_BOX_WORDS` mark one as parts of longer names too."""

PART_BOX_WORDS: frozenset[str] = frozenset(w for w, r in BOX_WORDS.items() if r in {R.NOT_CONTENT, R.RELATED})
"""The words of :data:`BOX_WORDS` that name comments, consent notices and other stories also as parts of
longer class names ("komentar-box", Jetpack's "jp-relatedposts", "popularposts"), which templates run
together; the container finder and the block walker both read them so."""

PAGING_PARTS: tuple[str, ...] = ("load-more", "loadmore", "read-more", "readmore")
"""Parts of a class or id naming a read-more or load-more control ("article-content-body__load-more")."""

CAPTION_WORDS: tuple[str, ...] = ("caption", "keterangan")
"""Parts of a class or id naming a caption ("wp-caption-text", "detail__media-caption")."""

CREDIT_WORDS: frozenset[str] = frozenset(
    {"author", "credit", "credits", "fotografer", "photographer", "source", "sumber"}
)
"""Class/id words of the credit inside a caption ("<span class=credit>ANTARA</span>")."""

BYLINE_WORDS: tuple[str, ...] = ("author", "byline", "jurnalis", "penulis", "reporter", "wartawan", "writer")
"""Parts of a class naming the byline box beside the headline."""

AUTHOR_BOX_PARTS: tuple[str, ...] = ("about", "bio", "box", "card", "desc", "profil", "profile")
"""Parts of a class naming, with a word of :data:`BYLINE_WORDS` in the same names, the writer's own box: a
photo, the name and a paragraph about the writer, under the text ("author-box", "about-author",
"jeg_authorbox", "author-bio", "penulis-profil"). It is about the writer, never the article's text."""

MEDIA_WORDS: tuple[str, ...] = (
    "caption", "foto", "galeri", "gallery", "image", "img", "media", "photo", "pic", "thumb", "video",
)  # fmt: skip
"""Parts of a class naming a picture or video box: a credit inside it is the picture's, not the article's."""

POST_CLASS_PREFIXES: tuple[str, ...] = ("category-", "format-", "has-", "status-", "tag-", "type-")
"""Openings of the classes a CMS gives a post's own element to describe the post (WordPress's post_class():
"has-post-thumbnail", "format-video", "category-foto"): what the post has or is filed under, never a box of
the page."""

HIDDEN_CLASSES: frozenset[str] = frozenset(
    {
        *("d-none", "hidden", "hide", "invisible", "is-hidden", "mfp-hide", "modal", "screen-reader-text"),
        *("sr-only", "visually-hidden"),
    }
)
"""Class words of elements the template hides: its own and its CSS framework's (Bootstrap's ``d-none``,
``invisible`` and ``modal``, a dialog shown on demand; Magnific Popup's ``mfp-hide``, the sign-in and
sharing pop-ups of many WordPress themes). Text for screen readers alone is hidden from sight as well:
Bootstrap's ``sr-only`` and ``visually-hidden``, WordPress's ``screen-reader-text`` (its themes' labels
before a byline's name or date: "Post author:", "Posted on")."""

HIDDEN_STYLES: Mapping[str, str] = MappingProxyType({"display": "none", "visibility": "hidden"})
"""Inline style properties, and the value that makes the element invisible."""
