"""Never lose an article on a page never seen (issue 11): every real article page, rewritten the ways the
web also serves it (tests/variants.py), read with no outlet knowledge and no URL.

Each variant must give no error, let none of the text it added (a teaser list, a comment section) into the
body, and reach the body F1 the method should reach there against the gold cut to match: a page whose text
is all on it (scrambled names, no structured data, AMP, a box of other stories or comments after it), or in
its JSON-LD ``articleBody``, reads as the saved page does. The pages below 0.9 are named with the reason
the method falls short there; a page that reaches 0.9 leaves the list (the test says so), one that drops
below it fails. The real non-article pages stay non-articles in each variant that keeps them one.
"""

from __future__ import annotations

import functools

import pytest

import beritaparse
import variants
from goldens import known_failures

# What the method should reach per variant: the saved pages' own figure (0.99) where the text is all on
# the page; a short item's gold is a paragraph or two, where one stray line weighs more.
FLOORS = {
    # The mean body F1 of a variant's pages (those listed below 0.9 aside). The gold keeps subheadings out of
    # its body (shared/corpus/README); the parse's heading blocks the gold lists in ``headings`` are left out
    # of the comparison (variants.outcome), so the means (0.994-0.998) measure the text read, not its
    # subheadings. 0.99 where the page keeps its text whole: each miss there is a leak or a loss.
    **dict.fromkeys(variants.ARTICLE_VARIANTS, 0.99),
    # With the text cut to a paragraph or two, one caption or box line read with it weighs heavily.
    "short-1": 0.88,
    "short-2": 0.95,
    "short-comments": 0.93,
    "short-bare": 0.95,
    "feed-short": 0.95,
    # The text emptied: what is read is the JSON-LD articleBody, written apart from the page.
    "ld-only": 0.98,
}
# The pages of a variant below 0.9 body F1, and why.
_PHOTO_CAPTION = "the lead photo's long caption outweighs a one- or two-paragraph text"
_LIST_LEAD = (
    "the text opens with a bulleted verdict: cut there, the list is all there is and is read as a list"
)
_SLIDES = "a photo story cut to its opening: its remaining slides are read as its text"
_FEED_CAPTION = (
    "the photo caption outweighs the two paragraphs; read as a caption it leaves no text, and the summary"
    " under the headline is taken"
)
_SUMMARY_ONLY = "a slide story whose only text is a one-line summary under the headline"
KNOWN_SHORT: dict[str, dict[str, str]] = {
    "short-1": {
        "pp-parapuan-1": "cut to its opening line, the page's other blocks outweigh a ten-word text (F1 0.0)",
        "ap-antara-4": "another story's lead in a box beside the text outweighs a one-line text",
        "hd-kompas-1": "a sign-in dialog's two sentences (hidden by a class) outweigh a one-line text",
        "mf-turnbackhoax-1": _LIST_LEAD,
        "mh-tribunnews-1": _PHOTO_CAPTION,
    },
    "short-2": {
        "mf-turnbackhoax-1": _LIST_LEAD,
        "mh-detik-2": _SLIDES,
        "mh-tribunnews-1": _PHOTO_CAPTION,
    },
    "short-comments": {
        "mf-turnbackhoax-1": _LIST_LEAD,
        "mh-detik-2": _SLIDES,
        "mh-tribunnews-1": _PHOTO_CAPTION,
    },
    "short-bare": {
        "mf-turnbackhoax-1": _LIST_LEAD,
        "mh-detik-2": _SLIDES,
        "mh-tribunnews-1": _PHOTO_CAPTION,
    },
    "feed-short": {
        "mf-turnbackhoax-1": _LIST_LEAD,
        "mh-detik-2": _SLIDES,
        "mh-tribunnews-1": _FEED_CAPTION,
    },
    "author-box": {
        "pp-kompas-slidestory-1": _SUMMARY_ONLY + ": the box, put after it in the headline's own box, takes"
        " its place",
        "mh-detik-2": "a photo story: the box, put after the last slide inside the slide show (where no"
        " theme puts it), leaves the first slide's text alone (not diagnosed)",
    },
    "author-box-bare": {
        "pp-kompas-slidestory-1": _SUMMARY_ONLY + ": the box, put after it in the headline's own box, is read"
        " with it as the summary's element's text",
    },
    **{
        name: {
            "pp-kompas-slidestory-1": _SUMMARY_ONLY
            + ": the cards, put after it in the headline's own box, take its place",
            "ap-antara-4": "the text stands in <div>s, one of them holding most of it as lines between <br>s:"
            " that one is no paragraph of the element around them (an old template's whole text is such a"
            " <div>), so the cards after the last <div> count against that element",
        }
        for name in ("story-cards", "story-cards-bare")
    },
    "teasers-mid": {
        "ap-antara-4": "the text stands in <div>s, one of them holding most of it as lines between <br>s:"
        " no paragraph of the element around them, which the box in it then counts against",
    },
    "header-in": {
        "pp-kompas-slidestory-1": _SUMMARY_ONLY + ": the header, put at the top of the summary's own element,"
        " is read with it as the summary under the headline",
    },
    "split-box": {
        "nl-merdeka-1": "the part after the box is mostly a list of streets (list items are no prose) with"
        " its 'Baca juga' lines: less prose than chrome, as a sidebar holds",
    },
    "ld-only": {
        "pp-kompas-slidestory-1": f"{_SUMMARY_ONLY}: this variant does not give it back (not diagnosed)",
        "ap-detik-2": "the articleBody of a one-paragraph story is under 200 letters, which a"
        " description may be",
    },
}
# Pages added to tests/unseen before any rule was written on them (measured, not yet diagnosed in the code).
_PAYWALL = (
    "a paywalled page whose public text is two short paragraphs (some 450 letters): a box of the site's"
    " prose (a support appeal) outweighs it once a variant adds chrome beside it or takes its structured"
    " data (F1 0.09; its sign-in dialogs are chrome since generic's sign_in_boxes, so 'scrambled' reads"
    " 1.0); the lines of its header (the byline with no meta author, the standfirst as a line) stay in it"
    " (F1 0.85-0.87)"
)
# The broken copy whose unclosed element nests the article in a share bar's list item: read (0.936) where
# the text's element keeps its <p> paragraphs, but its in-text links and recipe lists leave its element a
# thin lead over the boxes of prose inside it.
_SHARE_NEST = (
    "a recipe whose element scores little above the boxes inside it (tag links in its sentences, 'Baca juga'"
    " lines, lists): cut to one paragraph, a box of prose inside it (the newsletter prompt, a paragraph) wins"
    " (F1 0.0; split around a box, 0.44, it reads 0.94 since this round's generic._run change)"
)
_NEW_SHORT = {
    "pp-kompas-food-1": (_SHARE_NEST, ["short-1"]),
    "tp-tempo-en-magz-1": (
        _PAYWALL,
        [
            "unstructured",
            "teasers",
            "comments",
            "teasers-bare",
            "comments-bare",
            "unheaded-bare",
            "lines",
            "ld-only",
            "feed",
            "site-box-bare",
            "author-box-bare",
            "story-cards",
            "story-cards-bare",
            "share-nest",
        ],
    ),
    "pp-bentarabudaya-1": (
        "cut to two paragraphs as a feed's first item, without structured data, the page is taken for a"
        " listing (NotAnArticleError)",
        ["feed-short"],
    ),
}
for _page, (_why, _names) in _NEW_SHORT.items():
    for _name in _names:
        KNOWN_SHORT.setdefault(_name, {})[_page] = _why
# Pages of the issue-11 hunt (tests/unseen, known_failures.json unseen/*), measured before any rule:
_SHORT_PROMOS = "cut short, the text is outweighed by the promos, placeholder and writer box the page keeps"
_CARDS_SPLIT = (
    "the mobile page with story cards after the text: the two lead paragraphs standing as single <p>"
    " siblings before the split pages are lost (F1 0.84)"
)
_HUNT = {
    "fi-duniaku-1": [(n, _SHORT_PROMOS) for n in ("short-1", "short-comments", "feed-short")],
    "fi-ggwp-1": [("short-1", _SHORT_PROMOS)],
    "ai-idntimes-m-1": [
        ("story-cards", _CARDS_SPLIT),
        ("story-cards-bare", _CARDS_SPLIT),
    ],
}
for _page, _pairs in _HUNT.items():
    for _name, _why in _pairs:
        KNOWN_SHORT.setdefault(_name, {})[_page] = _why
# Pages of the pages9 hunt (front-end templates of Pikiran Rakyat, Skor.id and Harper's Bazaar Indonesia, a
# Kompas.com video page; known_failures.json unseen/*), measured before any rule:
_IN_FEED = "as a feed's first item the page is taken for a listing (NotAnArticleError)"
_HUNT9: dict[str, list[tuple[str, str]]] = {
    "pp-kompas-video-1": [
        (
            "ld-only",
            "the description emptied, the page (no JSON-LD) is taken for a listing (NotAnArticleError)",
        )
    ],
    "ir-pikiranrakyat-1": [("feed-short", _IN_FEED)],
    "ir-pikiranrakyat-amp-1": [("feed-short", _IN_FEED)],
    "ir-pikiranrakyat-photo-1": [("feed", _IN_FEED + ": its one paragraph is a teaser's length")],
    "ir-pikiranrakyat-video-1": [("feed", _IN_FEED + ": its two-paragraph summary is a teaser's length")],
    "ir-skorid-1": [("feed-short", _IN_FEED)],
    "ir-skorid-photo-1": [
        ("feed", _IN_FEED),
        ("feed-short", _IN_FEED),
    ],
    "ir-bazaar-listing-m-1": [
        ("feed-short", _IN_FEED),
        *(
            (n, "story cards after the text: the numbered items' h2 names and numbers outweigh, F1 0.86")
            for n in ("story-cards", "story-cards-bare")
        ),
    ],
}
for _page, _pairs in _HUNT9.items():
    for _name, _why in _pairs:
        KNOWN_SHORT.setdefault(_name, {})[_page] = _why
# KLY network pages (tests/unseen/ka-*, known_failures.json unseen/ka-*), measured before any rule:
_KA_BARE = (
    "teasers-bare",
    "comments-bare",
    "unheaded-bare",
    "site-box-bare",
    "author-box-bare",
    "story-cards-bare",
)
_KA_ALL = (
    "as-saved",
    "scrambled",
    "unstructured",
    "teasers",
    "comments",
    "divs",
    "lines",
    "header-in",
    "amp",
    "feed",
    "site-box",
    "author-box",
    "body-classes",
    "story-cards",
    "share-nest",
    *_KA_BARE,
)
_KA = {
    "ka-bolanet-m-1": (
        "in the form that rewrites its paragraphs as lines, the text still ends at the first part: both"
        " later parts are lost (F1 under 0.9)",
        ["lines"],
    ),
}
for _page, (_why, _names) in _KA.items():
    for _name in _names:
        KNOWN_SHORT.setdefault(_name, {})[_page] = _why
# Pages of the pages11 hunt (KapanLagi 2025 and Liputan6 2025 copies of KLY front-end developers' page
# repositories; known_failures.json unseen/iw-*), measured before any rule:
_P11_PHOTO = (
    "a photo page whose first slide's description stands in the viewer beside the text: where the variant"
    " makes its <p> a <div>, only the intro under the headline is read (F1 0.80)"
)
_P11_L6 = (
    "the Liputan6 2025 read-page (0.99 as saved): cut to its opening line, taken for a listing; cut to two"
    " paragraphs without class names, the developer's dummy comment ('Peter Parker 2 jam yang lalu', 'Berita"
    " ini sangat informatif ...') is read instead (F1 0.11); as a feed's first item, taken for a listing"
)
_P11_AMP = (
    "the Liputan6 2025 AMP page cut short: the dek repeating the first paragraph, the lead photo's caption"
    " ('Timnas Indonesia U-17 siap hadapi Tajikistan ... (Dok. PSSI).') and the undropped 'Liputan6.com,"
    " Jakarta -' dateline outweigh two paragraphs (F1 0.73); as a feed's first item, taken for a listing"
)
_P11_OPENING = (
    "with a box put in the text's middle or story cards after it, the paragraphs above the first numbered"
    " subheading (two to four) are lost and the two WhatsApp promo paragraphs read (F1 0.79-0.85)"
)
_P11 = {
    "iw-kapanlagi-photo-1": (_P11_PHOTO, ["divs"]),
    "iw-liputan6-1": (_P11_L6, ["short-1", "short-bare", "feed-short"]),
    "iw-liputan6-amp-1": (_P11_AMP, ["short-2", "short-comments", "short-bare", "feed-short"]),
    "iw-kapanlagi-1": (_P11_OPENING, ["teasers-mid", "story-cards", "story-cards-bare"]),
}
for _page, (_why, _names) in _P11.items():
    for _name in _names:
        KNOWN_SHORT.setdefault(_name, {})[_page] = _why
# Pages of the pages12 hunt (KLY 2021 Liputan6 photo pages, the Liputan6 2025 mobile read-page;
# known_failures.json unseen/*), measured before any rule:
_P12_PHOTO = (
    "the Liputan6 2021 desktop photo page (0.95 as saved, its six slides read from the slider above the h1):"
    " cut to its first paragraphs the slides are cut too and the dek alone is no text (F1 0.54, or no text at"
    " all without class names and as a feed's first item); as lines between <br>s, no slide is a paragraph"
    " (F1 0.02)"
)
_P12_PHOTO_M = (
    "the Liputan6 2021 mobile photo page: with an author box or story cards added, only the first slide's"
    " description is read and the dek under the headline is lost (F1 0.84)"
)
_P12_L6M = (
    "the Liputan6 2025 mobile read-page (0.99 as saved), cut to its opening line or put first in a feed:"
    " taken for a listing (the developer's 'Jadi Intinya' links and story widgets outweigh one paragraph)"
)
_P12 = {
    "ka-liputan6-photo-1": (_P12_PHOTO, ["short-2", "short-comments", "short-bare", "lines", "feed-short"]),
    "ka-liputan6-photo-m-1": (_P12_PHOTO_M, ["author-box-bare", "story-cards", "story-cards-bare"]),
    "iw-liputan6-m-1": (_P12_L6M, ["short-1", "feed-short"]),
}
for _page, (_why, _names) in _P12.items():
    for _name in _names:
        KNOWN_SHORT.setdefault(_name, {})[_page] = _why
# Pages of the newpages hunt (KLY 2021 Liputan6 video pages, Jixie test copies of Okezone and Kompas pages;
# known_failures.json unseen/*), measured before any rule:
_NP_VIDEO = (
    "the Liputan6 2021 desktop video page, its text one paragraph (1.00 as saved): with its boxes' class"
    " names gone and teasers or story cards added, taken for a listing (NotAnArticleError)"
)
_NP_VIDEO_M = (
    "the Liputan6 2021 mobile video page, its text one paragraph (1.00 as saved): with the header moved into"
    " the text's box or an author box added, the 'Live Streaming' box under the tags ('Live Streaming',"
    " 'Powered by', 'Live Streaming Liputan 6 Talks') is read as two subheadings and a paragraph (F1 0.84)"
)
_NP_PLANET = (
    "the Planet Merdeka post (0.97 as saved), whose parts 2 and 3 are bare <br><br> lines in divs under h3"
    " titles: cut short, only the dek and the first paragraph (F1 0.83); as a feed's first item, taken for a"
    " listing (its teasers-mid, story-cards and split-box variants, 0.57-0.81, read 0.97 since this round's"
    " generic._run change)"
)
_NP_DREAM_M = (
    "the Dream.co.id 2020 mobile article (0.95 as saved, its dek an h6 inside the text's element): cut short,"
    " the dek read as a subheading weighs on two paragraphs (F1 0.73-0.82); as lines between <br>s, part 1"
    " (under the 'Reporter :' line and the dek) is lost and only parts 2-3 are read (F1 0.77)"
)
_NP_HIJAB = (
    "the Hijab.Dream.co.id 2017 photo page: cut to its opening line, the dek under the h1 is read instead"
    " (F1 0.20); cut to two paragraphs or put first in a feed, slide 1's one-line description above the"
    " byline is lost (F1 0.89)"
)
_NP_KAPANLAGI_AMP = (
    "the KapanLagi.com 2020 AMP page (0.97 as saved), its four parts in div.infinite-paging-item blocks under"
    " numbered h2 titles: with story cards added after the text, only the last part's two paragraphs are read"
    " (F1 0.46)"
)
_NP = {
    "co-kapanlagi-amp-1": (_NP_KAPANLAGI_AMP, ["story-cards", "story-cards-bare"]),
    "co-dream-m-1": (
        _NP_DREAM_M,
        ["short-1", "short-2", "short-bare", "lines", "feed-short"],
    ),
    "co-dream-hijab-photo-1": (
        _NP_HIJAB,
        ["short-1", "short-2", "short-comments", "short-bare", "feed-short"],
    ),
    "ka-liputan6-video-1": (_NP_VIDEO, ["teasers-bare", "unheaded-bare", "story-cards-bare"]),
    "ka-liputan6-video-m-1": (_NP_VIDEO_M, ["header-in", "author-box"]),
    "co-planetmerdeka-1": (
        _NP_PLANET,
        ["short-1", "feed-short"],
    ),
}
for _page, (_why, _names) in _NP.items():
    for _name in _names:
        KNOWN_SHORT.setdefault(_name, {})[_page] = _why
# Pages of the unseen-pages hunt (KLY 2018-2020 site-download copies; known_failures.json unseen/*), measured
# before any rule:
_UP_DREAM_AMP = (
    "the Dream.co.id 2020 AMP page (1.00 as saved, its dek an h6 inside the text's element): cut to two"
    " paragraphs, the dek read as a subheading weighs on them (F1 0.87)"
)
_UP_VIDEO = (
    "the Haji.Dream.co.id 2018 video page, its text one 40-word paragraph (1.00 as saved): with its boxes'"
    " class names gone, the boxes of other video stories outweigh it and it is taken for a listing"
    " (NotAnArticleError)"
)
_UP = {
    "co-dream-amp-1": (_UP_DREAM_AMP, ["short-bare", "feed-short"]),
    "co-dream-haji-video-1": (_UP_VIDEO, ["unheaded-bare"]),
}
for _page, (_why, _names) in _UP.items():
    for _name in _names:
        KNOWN_SHORT.setdefault(_name, {})[_page] = _why
# Pages of the pages3 hunt (Tempo.co 2017 photo and video pages copied into a developer's prototype;
# known_failures.json unseen/ma-tempo-*), measured before any rule:
_P3_PHOTO = (
    "the Tempo.co 2017 photo page (1.00 as saved, its six slide descriptions read as the text): cut to its"
    " opening or nested in a share list, the og:description summary the page shows nowhere is read instead"
    " (F1 0.27, 0.08)"
)
_P3_TVIDEO = (
    "the Tempo.co 2017 video page: its text emptied, the meta description (another text: 'Tahun ini Film"
    " Pilihan Tempo kembali diadakan ...') is read (F1 0.18); bare and without its headline, no text is found"
    " (NoArticleError). (The variants that read its tag line or its typo'd 'Vdeografer:' credit as text left"
    " this list when the label was mended.)"
)
_P3_PHOTO_VARIANTS = ["short-1", "share-nest"]
_P3_VIDEO_VARIANTS = ["unheaded-bare", "ld-only"]
_P3 = {
    "ma-tempo-photo-1": (_P3_PHOTO, _P3_PHOTO_VARIANTS),
    "ma-tempo-video-1": (_P3_TVIDEO, _P3_VIDEO_VARIANTS),
}
for _page, (_why, _names) in _P3.items():
    for _name in _names:
        KNOWN_SHORT.setdefault(_name, {})[_page] = _why
# Pages of the hunt round (tests/unseen co-dream-parenting-1, pc-okezone-techno-1 ...), measured before any
# rule:
_H_BOLANET_M = (
    "the Bola.net 2020 mobile listicle (1.00 as saved): its paragraphs written as lines between <br>s, only"
    " the intro's element is read and the three numbered parts, each in its own element under an h2, are"
    " lost (F1 0.62)"
)
_HUNT_ROUND = {
    "co-bolanet-m-1": (_H_BOLANET_M, ["lines"]),
}
for _page, (_why, _names) in _HUNT_ROUND.items():
    for _name in _names:
        KNOWN_SHORT.setdefault(_name, {})[_page] = _why
# Pages of the pages21 hunt (KLY 2019-2020 site-download copies; known_failures.json unseen/NAME), measured
# before any rule (the photo listicle co-hotliputan6-1 and Bola.net's AMP page co-bolanet-amp-1 read below 0.9
# in 21 variants each until generic._run took their later pages):
_P21_L6_AMP = (
    "the Liputan6.com 2020 AMP page (1.00 as saved): with story cards added after the text, part 1 alone is"
    " read and part 2 under its h2 is lost (F1 0.81)"
)
_P21_KL_FOTO = (
    "the KapanLagi.com 2020 AMP photo page, its text a two-paragraph intro and one slide description (1.00 as"
    " saved): cut to its opening in a feed, it is taken for a listing (NotAnArticleError)"
)
_P21 = {
    "co-liputan6-amp-1": (_P21_L6_AMP, ["story-cards", "story-cards-bare"]),
    "co-kapanlagi-amp-foto-1": (_P21_KL_FOTO, ["feed-short"]),
}
for _page, (_why, _names) in _P21.items():
    for _name in _names:
        KNOWN_SHORT.setdefault(_name, {})[_page] = _why
# Pages of the unseen-r2 hunt (front-end template copies of Harper's Bazaar Indonesia, Pikiran Rakyat and
# Tempo.co; known_failures.json unseen/NAME), measured before any rule:
_R2_FEED = (
    "a 2019-2020 front-end template page cut to its opening in a feed: taken for a listing"
    " (NotAnArticleError)"
)
for _page in ("ir-bazaar-2", "ir-bazaar-magazine-1", "ir-pikiranrakyat-surat-1"):
    KNOWN_SHORT.setdefault("feed-short", {})[_page] = _R2_FEED
# Pages of the unseen-more hunt (KLY 2020 site-download copies; known_failures.json unseen/NAME), measured
# before any rule:
_UM_DREAM = (
    "the Hijab.Dream.co.id 2020 article (1.00 as saved), its text two <p>s of <br><br>-split paragraphs:"
    " split in two by a box, the first half's three paragraphs are lost (F1 0.70)"
)
_UM_FIMELA = (
    "the Fimela 2020 mobile recipe (1.00 as saved) cut to its opening line and first ingredient: no text is"
    " found and the meta description is given (F1 0.52), or, bare or in a feed, the page is taken for a"
    " listing (NotAnArticleError)"
)
_UNSEEN_MORE = {
    "co-dream-hijab-1": (_UM_DREAM, ["split-box"]),
    "co-fimela-m-recipe-1": (_UM_FIMELA, ["short-2", "short-comments", "short-bare", "feed-short"]),
}
for _page, (_why, _names) in _UNSEEN_MORE.items():
    for _name in _names:
        KNOWN_SHORT.setdefault(_name, {})[_page] = _why
# The text's element alone (``fragment``): three pages whose element holds no text but what the page's
# other parts make one (each raises; KNOWN_ERRORS).
_FRAGMENT = {
    "ka-dream-photo-1": "a photo story's element: a headline, a one-paragraph intro and five slides (a"
    " picture over a caption each), with no title, date or data around them, reads as a list of picture"
    " items (NotAnArticleError, listing)",
    "ka-liputan6-video-1": "the video's box alone: its one paragraph is the player's description, set aside"
    " as a caption, and nothing else is cut with it (NoArticleError)",
    "pp-kompas-slidestory-1": _SUMMARY_ONLY + ": the element holding it is that one line in an <h3>, a"
    " heading with no text under it (NoArticleError)",
}
KNOWN_SHORT["fragment"] = dict(_FRAGMENT)
# The pages of a variant that raise or let added text in, and why (each is below 0.9 too).
KNOWN_ERRORS: set[tuple[str, str]] = {
    # The pages3 hunt: the Tempo.co 2017 video page left with no text (_P3_TVIDEO).
    ("unheaded-bare", "ma-tempo-video-1"),
    # The pages9 hunt: pages taken for a listing once cut into a feed, or with their text emptied.
    ("ld-only", "pp-kompas-video-1"),
    ("feed-short", "ir-pikiranrakyat-1"),
    ("feed-short", "ir-pikiranrakyat-amp-1"),
    ("feed", "ir-pikiranrakyat-photo-1"),
    ("feed", "ir-pikiranrakyat-video-1"),
    ("feed-short", "ir-skorid-1"),
    ("feed", "ir-skorid-photo-1"),
    ("feed-short", "ir-skorid-photo-1"),
    ("feed-short", "ir-bazaar-listing-m-1"),
    ("story-cards-bare", "pp-kompas-slidestory-1"),
    # Its summary gone under the cards (_SUMMARY_ONLY), the page shows no text of its own and no article
    # data beside the cards' linked headlines, as a listing does: taken for one since the listing rule
    # reads a page whose only text is its description (kind.not_article, described=).
    ("story-cards", "pp-kompas-slidestory-1"),
    ("feed-short", "pp-bentarabudaya-1"),
    # The pages11 hunt: the Liputan6 2025 pages taken for a listing (_P11_L6, _P11_AMP).
    ("short-1", "iw-liputan6-1"),
    ("feed-short", "iw-liputan6-1"),
    ("feed-short", "iw-liputan6-amp-1"),
    # The pages12 hunt: the Liputan6 2021 desktop photo page left with no text (_P12_PHOTO), the Liputan6
    # 2025 mobile read-page taken for a listing (_P12_L6M).
    ("short-bare", "ka-liputan6-photo-1"),
    ("feed-short", "ka-liputan6-photo-1"),
    ("short-1", "iw-liputan6-m-1"),
    ("feed-short", "iw-liputan6-m-1"),
    # The newpages hunt: the Liputan6 2021 desktop video page taken for a listing (_NP_VIDEO).
    ("teasers-bare", "ka-liputan6-video-1"),
    ("unheaded-bare", "ka-liputan6-video-1"),
    ("story-cards-bare", "ka-liputan6-video-1"),
    ("feed-short", "co-planetmerdeka-1"),
    # The unseen-pages hunt: the Haji.Dream.co.id 2018 video page, its text one 40-word paragraph (1.00 as
    # saved): with its boxes' class names gone, the boxes of other video stories outweigh it and the page is
    # taken for a listing (NotAnArticleError).
    ("unheaded-bare", "co-dream-haji-video-1"),
    # The pages21 hunt: the KapanLagi.com 2020 AMP photo page cut into a feed (_P21_KL_FOTO).
    ("feed-short", "co-kapanlagi-amp-foto-1"),
    # The unseen-r2 hunt: Harper's Bazaar Indonesia's two article layouts and Pikiran Rakyat's reader-letter
    # page cut into a feed (_R2_FEED).
    ("feed-short", "ir-bazaar-2"),
    ("feed-short", "ir-bazaar-magazine-1"),
    ("feed-short", "ir-pikiranrakyat-surat-1"),
    # The unseen-more hunt: the Fimela 2020 mobile recipe cut to its opening, bare or in a feed (_UM_FIMELA).
    ("short-bare", "co-fimela-m-recipe-1"),
    ("feed-short", "co-fimela-m-recipe-1"),
    *(("fragment", page) for page in _FRAGMENT),
}
KNOWN_LEAKS: set[tuple[str, str]] = {
    ("author-box-bare", "pp-kompas-slidestory-1"),
    ("header-in", "pp-kompas-slidestory-1"),
}


@functools.cache
def _outcomes(name: str) -> dict[str, variants.Outcome]:
    found = {}
    for stem, raw, gold in variants.article_pages():
        v = variants.variant(name, raw, gold)
        if v is not None:
            found[stem] = variants.outcome(v)
    return found


@pytest.mark.parametrize("name", variants.ARTICLE_VARIANTS)
def test_no_article_page_raises(name: str) -> None:
    outcomes = _outcomes(name)
    assert len(outcomes) >= 30
    assert {s: o.error for s, o in outcomes.items() if o.error and (name, s) not in KNOWN_ERRORS} == {}
    # A listed page that now reads comes off the list.
    assert sorted(s for n, s in KNOWN_ERRORS if n == name and s in outcomes and not outcomes[s].error) == []


@pytest.mark.parametrize("name", variants.ARTICLE_VARIANTS)
def test_no_added_text_in_the_body(name: str) -> None:
    outcomes = _outcomes(name)
    assert {s: o.leaks for s, o in outcomes.items() if o.leaks and (name, s) not in KNOWN_LEAKS} == {}
    # A listed page that no longer leaks comes off the list.
    assert sorted(s for n, s in KNOWN_LEAKS if n == name and s in outcomes and not outcomes[s].leaks) == []


@pytest.mark.parametrize("name", variants.ARTICLE_VARIANTS)
def test_the_body_is_the_article(name: str) -> None:
    outcomes = _outcomes(name)
    known = KNOWN_SHORT.get(name, {})
    # The mean is the method's figure on the pages it reads: a listed page is held by the lines above.
    kept = [o.f1 for s, o in outcomes.items() if s not in known]
    mean = sum(kept) / len(kept)
    below = {s: round(o.f1, 3) for s, o in outcomes.items() if o.f1 < 0.9}
    assert {s: f for s, f in below.items() if s not in known} == {}
    # A page that now reaches 0.9 comes off the list.
    assert sorted(s for s in known if s not in below) == []
    assert mean >= FLOORS[name]


@pytest.mark.parametrize("name", variants.NON_ARTICLE_VARIANTS)
def test_non_articles_stay_non_articles(name: str) -> None:
    wrong = []
    # A page the rules still miss as saved is recorded there (known_failures.json, "nonarticles/NAME").
    missed = {case.split("/", 1)[1] for case, field in known_failures() if case.startswith("nonarticles/")}
    for stem, raw in variants.nonarticle_pages():
        if stem in missed:
            continue
        v = variants.variant(name, raw, None)
        assert v is not None
        try:
            beritaparse.parse(v.html, url=None, adapters=False)
        except beritaparse.NotAnArticleError:
            continue
        except beritaparse.NoArticleError:
            wrong.append(f"{stem} (no text, taken for no kind)")
            continue
        wrong.append(stem)
    assert wrong == []


_P = [
    "Hujan deras yang turun sejak pagi membuat sungai di tengah kota meluap dan merendam rumah warga.",
    "Menurut petugas, air mulai naik sekitar pukul 06.00 dan terus bertambah tinggi hingga siang hari.",
    "Warga yang rumahnya terendam diminta mengungsi ke balai desa yang telah disiapkan oleh pemerintah.",
]
_PAGE = (
    "<html><head><title>Banjir</title></head><body><h1>Banjir</h1><div id=isi>"
    + "".join(f"<p>{p}</p>" for p in _P)
    + "<p>Tags: banjir</p></div><div id=kaki>Kontak</div></body></html>"
).encode()


def test_the_generator_cuts_the_page_and_the_gold_alike() -> None:
    v = variants.variant("short-2", _PAGE, {"body": _P})
    assert v is not None
    assert v.body == _P[:2]
    assert isinstance(v.html, str)
    assert _P[1] in v.html
    assert _P[2] not in v.html
    assert "Tags: banjir" not in v.html
    assert "Kontak" in v.html


def test_the_generator_puts_a_box_right_after_the_text() -> None:
    v = variants.variant("comments", _PAGE, {"body": _P})
    assert v is not None
    assert isinstance(v.html, str)
    assert v.html.index(_P[2]) < v.html.index(variants.COMMENTS[0][1]) < v.html.index("Kontak")
    # The box is the container's sibling, not inside it.
    assert v.html.index("Tags: banjir") < v.html.index(variants.COMMENTS[0][1])
