"""The lexicon's integrity: tables well formed and without repeats, and every entry read by the rules built
from it, in lower case, upper case and capitalised forms."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import lxml.html
import pytest
import regex

from beritaparse.lexicon import alternation, calendar, language, markup, names, pages, phrases, roles
from beritaparse.lexicon.roles import Role
from beritaparse.model import RemovedReason
from beritaparse.page import dom, kind
from beritaparse.page.pagequery import HIDDEN_STYLE
from beritaparse.paste import layout
from beritaparse.rules import blocks, cues
from beritaparse.rules import credits as credit_rules
from beritaparse.rules.blocks import Candidate

if TYPE_CHECKING:
    import types

MODULES = (calendar, language, markup, names, pages, phrases, roles)
NAME = "Andi Wijaya"


def _tables(module: types.ModuleType) -> list[tuple[str, Any]]:
    return [
        (f"{module.__name__}.{attr}", value)
        for attr in module.__all__
        if isinstance(value := getattr(module, attr), (tuple, frozenset, Mapping, str))
    ]


TABLES = [t for m in MODULES for t in _tables(m)]


def _cases(form: str) -> list[str]:
    """The forms outlets print a word in: as listed, upper case, capitalised."""
    return sorted({form, form.upper(), form.capitalize()})


def _words(name: str, table: object) -> list[str]:
    if isinstance(table, str):
        # A string of characters (sentence ends, closers) or a single word.
        return list(table) if name.endswith(("_ENDS", "CLOSERS")) else [table]
    # Mappings give their keys; (pattern, reason) tables their patterns.
    return [w if isinstance(w, str) else w[0] for w in table]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("name", "table"), TABLES, ids=[n for n, _ in TABLES])
def test_table_has_no_repeats_and_is_normalised(name: str, table: object) -> None:
    words = _words(name, table)
    assert words, f"{name} is empty"
    assert len(words) == len(set(words)), f"{name} repeats an entry"
    if isinstance(table, str) or name.endswith(("WEEKDAY_NAMES", "ZONE_NAMES", "FULL_LINE", "LEAD")):
        return
    for word in words:
        # Lower case with single spaces: the patterns add the case forms and any run of white space.
        assert word == " ".join(word.split()), f"{name}: {word!r}"
        assert word == word.lower(), f"{name}: {word!r}"


def test_tuples_are_sorted_so_a_repeat_shows_in_review() -> None:
    for name, table in TABLES:
        if isinstance(table, tuple) and name.rsplit(".", 1)[1] not in {"FULL_LINE", "LEAD"}:
            assert list(table) == sorted(table), name


def test_role_tables_do_not_overlap() -> None:
    assert not roles.ROLE_WORDS.keys() & roles.ABBREVIATIONS.keys()
    assert not roles.ROLE_WORDS.keys() & roles.BY_WORDS.keys()
    assert roles.PLACE_ROLES <= roles.REPORT_ROLES <= roles.ROLE_WORDS.keys()
    assert {roles.ROLE_WORDS[w] for w in roles.REPORT_ROLES} == {Role.AUTHOR}


def test_alternation_tries_longer_phrases_first() -> None:
    pattern = regex.compile(alternation(["pewarta", "pewarta foto"]))
    assert pattern.match("pewarta  foto")[0] == "pewarta  foto"  # type: ignore[index]


# --- every role word is read by every pattern built for its role -----------------------------------------

AUTHOR_WORDS = [c for w in roles.words_for(Role.AUTHOR) for c in _cases(w)]
EDITOR_WORDS = [c for w in roles.words_for(Role.EDITOR) for c in _cases(w)]
ABBREVIATED = [(c, r) for w, r in roles.ABBREVIATIONS.items() for c in _cases(w)]
OTHER_WORDS = [
    c
    for w in roles.words_for(Role.PHOTO, Role.OTHER)
    if w not in phrases.PHOTO_CREDIT_LABELS
    for c in _cases(w)
]
PHOTOGRAPHER_WORDS = [c for w in phrases.PHOTO_CREDIT_LABELS for c in _cases(w)]


@pytest.mark.parametrize("word", AUTHOR_WORDS)
def test_author_word_labels_a_byline_everywhere(word: str) -> None:
    line = f"{word}: {NAME}"
    assert cues.AUTHOR_LABEL.match(line)["names"] == NAME  # type: ignore[index]
    assert cues.CREDIT_LABEL.match(line)["author"]  # type: ignore[index]
    assert cues.CREDIT_START.match(line)
    assert cues.CHROME_OPENING.match(line)
    assert cues.ROLE_LINE.match(word)
    assert cues.ROLE_SUFFIX.search(f"{NAME} {word}")
    assert credit_rules.split_names(line) == (NAME,)
    out = blocks.clean([Candidate(line)])
    assert out.body == ()
    assert out.authors == (NAME,)


@pytest.mark.parametrize("word", EDITOR_WORDS)
def test_editor_word_labels_an_editor_credit_everywhere(word: str) -> None:
    line = f"{word}: {NAME}"
    assert cues.EDITOR_LABEL.match(line)["names"] == NAME  # type: ignore[index]
    assert cues.CREDIT_LABEL.match(line)["editor"]  # type: ignore[index]
    assert cues.CREDIT_START.match(line)
    assert cues.ROLE_LINE.match(word)
    assert cues.ROLE_SUFFIX.search(f"{NAME} {word}")
    assert credit_rules.split_names(line) == (NAME,)
    out = blocks.clean([Candidate(line)])
    assert out.body == ()
    assert out.editors == (NAME,)


@pytest.mark.parametrize(("word", "role"), ABBREVIATED)
def test_abbreviated_role_needs_its_colon(word: str, role: Role) -> None:
    label = cues.AUTHOR_LABEL if role is Role.AUTHOR else cues.EDITOR_LABEL
    assert label.match(f"{word}: {NAME}")["names"] == NAME  # type: ignore[index]
    assert cues.CREDIT_LABEL.match(f"{word}: {NAME}")[role.value]  # type: ignore[index]
    assert not cues.AUTHOR_LABEL.match(f"{word} {NAME}")
    assert not cues.EDITOR_LABEL.match(f"{word} {NAME}")


@pytest.mark.parametrize("word", OTHER_WORDS)
def test_photo_and_source_credits_name_no_author(word: str) -> None:
    match = cues.CREDIT_LABEL.match(f"{word}: {NAME}")
    assert match is not None
    assert match["other"]
    assert not cues.AUTHOR_LABEL.match(f"{word}: {NAME}")
    assert not cues.EDITOR_LABEL.match(f"{word}: {NAME}")


@pytest.mark.parametrize("word", PHOTOGRAPHER_WORDS)
def test_photographer_credit_is_read_apart_from_the_writers(word: str) -> None:
    line = f"{word}: {NAME}"
    assert cues.CREDIT_LABEL.match(line)["photo"]  # type: ignore[index]
    assert cues.CREDIT_START.match(line)
    assert cues.PHOTO_LABEL.match(line)["names"] == NAME  # type: ignore[index]
    assert cues.ROLE_LINE.match(word)
    assert not cues.AUTHOR_LABEL.match(line)
    assert blocks.chrome_reason(line, None) is RemovedReason.MEDIA


@pytest.mark.parametrize("word", sorted(roles.BY_WORDS))
def test_by_word_opens_a_byline_before_a_capital_only(word: str) -> None:
    for form in _cases(word):
        assert cues.BYLINE_START.match(f"{form} {NAME}")
        assert not cues.BYLINE_START.match(f"{form} karena itu")
        # The credit goes to the role the word gives: "Editing by" names the editor, never a writer.
        if roles.BY_WORDS[word] is roles.Role.EDITOR:
            assert cues.EDITOR_LABEL.match(f"{form} {NAME}")["names"] == NAME  # type: ignore[index]
            assert not cues.EDITOR_LABEL.match(f"{form} karena itu")
            assert not cues.AUTHOR_LABEL.match(f"{form} {NAME}")
        else:
            assert cues.AUTHOR_LABEL.match(f"{form} {NAME}")


@pytest.mark.parametrize("role", sorted(roles.REPORT_ROLES))
def test_report_line_names_the_reporter_after_the_outlet(role: str) -> None:
    line = f"{roles.REPORT_OPENER.capitalize()} {role.capitalize()} Contohnews.com, {NAME}"
    assert cues.REPORT_START.match(line)
    assert credit_rules.split_names(line) == (NAME,)


@pytest.mark.parametrize("role", sorted(roles.PLACE_ROLES))
def test_place_role_takes_its_place_name_with_it(role: str) -> None:
    assert credit_rules.split_names(f"Penulis: {role.capitalize()} Lhokseumawe, {NAME}") == (NAME,)


@pytest.mark.parametrize("team", sorted(roles.TEAM_CREDITS))
def test_team_credit_names_no_person(team: str) -> None:
    assert credit_rules.split_names(f"Penulis: {team.title()}") == ()


# --- cue phrases -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("cue", [c for w in phrases.RELATED_CUES for c in _cases(w)])
def test_related_cue_is_read_in_text_above_links_and_by_the_container_finder(cue: str) -> None:
    m = cues.RELATED_CUE.match(f"{cue}: Harga Cabai Turun")
    assert m is not None
    assert m["title"] == "Harga Cabai Turun"
    assert cues.BARE_RELATED_CUE.match(f"{cue}:")
    assert cues.CHROME_OPENING.match(f"{cue}: Harga Cabai Turun")
    out = blocks.clean([Candidate(f"{cue}: Harga Cabai Turun")])
    assert [r.title for r in out.related] == ["Harga Cabai Turun"]


@pytest.mark.parametrize("mark", phrases.VIDEO_TITLE_MARKS)
def test_video_title_after_a_related_cue_is_a_promotion(mark: str) -> None:
    out = blocks.clean([Candidate(f"Baca juga: {mark.capitalize()} Banjir Jakarta")])
    assert out.related == ()
    assert [r.reason for r in out.removed] == [RemovedReason.PROMO]


@pytest.mark.parametrize(
    ("verb", "obj"), [(v, o) for v in phrases.WATCH_VERBS for o in phrases.WATCH_OBJECTS]
)
def test_watch_prompt_is_a_promotion(verb: str, obj: str) -> None:
    for form in _cases(f"{verb} juga {obj}"):
        assert blocks.chrome_reason(f"{form} Banjir di Jakarta", None) is RemovedReason.PROMO


@pytest.mark.parametrize("label", [c for w in phrases.AD_LABELS + phrases.LINE_AD_LABELS for c in _cases(w)])
def test_ad_label_alone_is_an_advertisement(label: str) -> None:
    assert blocks.chrome_reason(label, None) is RemovedReason.ADVERTISEMENT


@pytest.mark.parametrize("label", phrases.AD_LABELS + phrases.SCROLL_PROMPTS + phrases.REPUBLISHED)
def test_page_chrome_openings(label: str) -> None:
    for form in _cases(label):
        assert cues.CHROME_OPENING.match(f"{form} lorem")


@pytest.mark.parametrize("mark", phrases.COPYRIGHT_MARKS)
def test_copyright_line_is_a_footer(mark: str) -> None:
    for form in _cases(mark):
        assert blocks.chrome_reason(f"{form} 2024 Contoh Media", None) is RemovedReason.FOOTER
        assert cues.CHROME_OPENING.match(f"{form} 2024 Contoh Media")


@pytest.mark.parametrize("target", phrases.SHARE_TARGETS)
def test_share_bar_of_any_two_targets(target: str) -> None:
    other = "facebook" if target != "facebook" else "twitter"
    assert blocks.chrome_reason(f"{target.capitalize()} {other.upper()}", None) is RemovedReason.SHARE


@pytest.mark.parametrize("target", phrases.FOLLOW_TARGETS)
def test_follow_prompt(target: str) -> None:
    assert blocks.chrome_reason(f"Ikuti berita terkini di {target.title()}", None) is RemovedReason.PROMO


@pytest.mark.parametrize("label", phrases.TAG_LABELS)
def test_tag_list(label: str) -> None:
    for form in _cases(label):
        assert cues.TAGS_LABEL.match(f"{form}: Banjir, Jakarta")["tags"] == "Banjir, Jakarta"  # type: ignore[index]


@pytest.mark.parametrize("label", phrases.READING_TIME_LABELS)
def test_reading_time(label: str) -> None:
    for form in _cases(label):
        assert cues.READING_TIME.match(f"{form}: 3 menit")["m"] == "3"  # type: ignore[index]


@pytest.mark.parametrize("item", phrases.MENU_ITEMS)
def test_menu_item(item: str) -> None:
    for form in _cases(item):
        assert cues.NAV_PHRASES.fullmatch(form)


# --- markup ----------------------------------------------------------------------------------------------


def _walk(html: str) -> dom.Walk:
    return dom.walk(lxml.html.fragment_fromstring(html, create_parent="div"))


@pytest.mark.parametrize(("word", "reason"), sorted({**markup.CHROME_WORDS, **markup.BOX_WORDS}.items()))
def test_class_word_marks_a_box_of_chrome(word: str, reason: RemovedReason) -> None:
    for form in _cases(word):
        walked = _walk(f"<div class='box {form}-x'><p>Isi kotak</p></div><p>Teks berita.</p>")
        assert [c.text for c in walked.candidates] == ["Teks berita."]
        assert [(r.reason, r.text) for r in walked.dropped] == [(reason, "Isi kotak")]


@pytest.mark.parametrize(("cls", "reason"), sorted(markup.EMBED_CLASSES.items()))
def test_embedded_post_is_media(cls: str, reason: RemovedReason) -> None:
    walked = _walk(f"<blockquote class='{cls}'>Isi cuitan</blockquote><p>Teks berita.</p>")
    assert [(r.reason, r.text) for r in walked.dropped] == [(reason, "Isi cuitan")]


@pytest.mark.parametrize("part", markup.PAGING_PARTS)
def test_read_more_control_is_paging(part: str) -> None:
    walked = _walk(f"<div class='article__{part}'>Baca selanjutnya</div><p>Teks berita.</p>")
    assert [r.reason for r in walked.dropped] == [RemovedReason.PAGING]


@pytest.mark.parametrize("word", sorted(markup.HIDDEN_CLASSES))
def test_hidden_class(word: str) -> None:
    assert dom.is_hidden(lxml.html.fragment_fromstring(f"<p class='x {word}'>a</p>"))


@pytest.mark.parametrize(("prop", "value"), sorted(markup.HIDDEN_STYLES.items()))
def test_hidden_style(prop: str, value: str) -> None:
    for style in (f"{prop}:{value}", f"{prop.upper()} : {value.upper()}"):
        assert HIDDEN_STYLE.search(style)
        assert dom.is_hidden(lxml.html.fragment_fromstring(f"<p style='{style}'>a</p>"))


@pytest.mark.parametrize("word", markup.CAPTION_WORDS)
def test_caption_class(word: str) -> None:
    assert dom.is_caption(lxml.html.fragment_fromstring(f"<div class='detail__{word}'>a</div>"))


@pytest.mark.parametrize("word", sorted(markup.CREDIT_WORDS))
def test_credit_inside_a_caption(word: str) -> None:
    walked = _walk(
        f"<figure><figcaption>Banjir di Jakarta <span class='{word}'>ANTARA</span></figcaption></figure>"
    )
    assert [(c.text, c.credit) for c in walked.candidates] == [("Banjir di Jakarta", "ANTARA")]


@pytest.mark.parametrize("tag", sorted(set(markup.DROP_TAGS) - {"input"}))
def test_dropped_tag(tag: str) -> None:
    walked = _walk(f"<{tag}>Teks lain</{tag}><p>Teks berita.</p>")
    assert [c.text for c in walked.candidates] == ["Teks berita."]
    assert [(r.reason, r.text) for r in walked.dropped] == [(markup.DROP_TAGS[tag], "Teks lain")]


def test_dropped_input_field() -> None:
    # An input holds no text (a void element): what it carries is its value, never read as text.
    walked = _walk("<p>Cari: <input value='Teks lain'></p><p>Teks berita.</p>")
    assert [c.text for c in walked.candidates] == ["Cari:", "Teks berita."]


# --- names, language, calendar ---------------------------------------------------------------------------


@pytest.mark.parametrize("word", names.ORGANISATION_WORDS)
def test_organisation_word_is_no_person(word: str) -> None:
    for form in _cases(word):
        assert not credit_rules.is_person_name(f"Contoh {form}")


@pytest.mark.parametrize("source", names.AGENCIES + names.PHOTO_SOURCES)
def test_photo_source_closes_a_caption(source: str) -> None:
    caption = blocks.caption_in_text(f"Warga melintasi banjir di Jakarta. ({source.upper()})")
    assert caption is not None
    assert caption.credit == source.upper()


@pytest.mark.parametrize("ending", names.DOMAIN_ENDINGS)
def test_domain_ending(ending: str) -> None:
    assert credit_rules.looks_like_domain(f"Contoh.{ending}")
    assert credit_rules.split_names(f"{NAME} - Contoh.{ending.upper()}") == (NAME,)


@pytest.mark.parametrize("word", language.OPEN_END_WORDS)
def test_open_end_word_joins_the_next_line(word: str) -> None:
    assert layout.reflow([f"Harga beras naik {word}", "pasar induk pekan ini."], None) == [
        f"Harga beras naik {word} pasar induk pekan ini."
    ]


@pytest.mark.parametrize("end", language.SENTENCE_ENDS)
def test_sentence_end(end: str) -> None:
    for closer in ("", *language.CLOSERS):
        assert cues.SENTENCE_END.search(f"Harga naik{end}{closer}")


@pytest.mark.parametrize("day", calendar.WEEKDAY_NAMES)
def test_weekday_ends_a_byline_name(day: str) -> None:
    assert credit_rules.split_names(f"{NAME} {day.capitalize()}, 13 Mei 2024") == (NAME,)


def test_function_words_are_what_the_language_guess_reads() -> None:
    assert cues.FUNCTION_WORDS is language.FUNCTION_WORDS


def _kind(title: str = "Kabar", body: str = "", url: str | None = None) -> str | None:
    page = f"<html><head><title>{title}</title></head><body>{body}</body></html>"
    doc = lxml.html.document_fromstring(page)
    return kind.not_article(doc, body_chars=0, url=url)


@pytest.mark.parametrize("phrase", pages.NOT_FOUND_PHRASES)
def test_not_found_phrase_names_an_error_page(phrase: str) -> None:
    for form in _cases(phrase):
        assert _kind(f"{form} - Kabar Daerah") == "not-found"


@pytest.mark.parametrize("word", pages.CONSENT_WORDS)
def test_consent_word_makes_a_notice(word: str) -> None:
    for form in _cases(word):
        assert _kind(body=f"<p>Situs ini memakai {form} untuk iklan.</p><button>Setuju</button>") == "consent"


@pytest.mark.parametrize("folder", pages.INDEX_FOLDERS)
def test_index_folder_names_an_index_address(folder: str) -> None:
    for form in _cases(folder):
        assert _kind(url=f"https://kabar.example/{form}/banjir") == "listing"
    assert _kind(url=f"https://kabar.example/berita/{folder}-banjir") is None


@pytest.mark.parametrize("host", pages.INDEX_HOSTS)
def test_index_host_names_an_index_address(host: str) -> None:
    assert _kind(url=f"https://{host}.kabar.example/news") == "listing"


@pytest.mark.parametrize("parameter", pages.SEARCH_PARAMETERS)
def test_search_parameter_names_a_search(parameter: str) -> None:
    assert _kind(url=f"https://kabar.example/berita?{parameter}=banjir") == "listing"


@pytest.mark.parametrize("parameter", pages.PAGING_PARAMETERS)
def test_paging_parameter_keeps_the_root_an_index(parameter: str) -> None:
    assert _kind(url=f"https://kabar.example/?{parameter}=2") == "listing"
    assert _kind(url=f"https://kabar.example/?{parameter}=2&p=123") is None


@pytest.mark.parametrize(
    ("word", "noun"), [(w, n) for w in pages.INDEX_TITLE_WORDS for n in pages.INDEX_TITLE_NOUNS]
)
def test_index_title(word: str, noun: str) -> None:
    for form in _cases(f"{word} {noun}"):
        assert _kind(f"{form} - Kabar") == "listing"
    assert _kind(f"{word.capitalize()} Harga Konsumen Naik - Kabar") is None


@pytest.mark.parametrize("label", pages.INDEX_TITLE_LABELS)
def test_index_title_label(label: str) -> None:
    for form in _cases(label):
        assert _kind(f"{form}: banjir - Kabar") == "listing"
    assert _kind(f"{label.capitalize()} Kota Banjir Lagi - Kabar") is None


@pytest.mark.parametrize("title", pages.SEARCH_TITLES)
def test_search_title(title: str) -> None:
    for form in _cases(title):
        assert _kind(f"{form} banjir - Kabar") == "listing"
