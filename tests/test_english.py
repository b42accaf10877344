"""English-language Indonesian outlets (ANTARA English, Tempo English, The Jakarta Post, Jakarta Globe)
through the generic path: no adapter, no URL.

No saved page of these outlets is in tests/pages yet, so these are unit tests of the rules on realistic
lines WRITTEN FOR THESE TESTS in the forms those outlets print (a dateline "Jakarta (ANTARA) -", "Related
news:" links in sentence case, "Read More:", wire credits "Reporting by ...; Editing by ..."): the stories
are invented, the expected values were written from reading the lines, not copied from the code's output.
"""

from __future__ import annotations

import pytest

import beritaparse
from beritaparse.model import RemovedReason

_LEAD = (
    "Indonesia and Japan agreed on Thursday to step up cooperation in maritime security, including joint "
    "patrols in the waters around the Natuna Islands, the foreign minister said."
)
_SECOND = (
    "The two ministers also discussed the development of a port in Patimban, West Java, which Japan has "
    "helped to finance since 2018."
)
_THIRD = (
    "Japan is one of the largest sources of foreign direct investment in Indonesia, with projects worth "
    "US$4.6 billion last year, according to the Investment Ministry."
)
_RELATED_TITLE = "Indonesia, Japan discuss trade ahead of summit"


def _page(*paragraphs: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        "<html lang='en'><head><title>Indonesia, Japan agree to boost maritime cooperation</title></head>"
        "<body><article><h1>Indonesia, Japan agree to boost maritime cooperation</h1>"
        f"<div class='post-content'>{body}</div></article></body></html>"
    )


def test_paste_related_link_in_sentence_case_does_not_swallow_the_next_paragraph() -> None:
    # ANTARA English writes its titles in sentence case: the linked title ends on a lower-case word, as a
    # paragraph broken mid-sentence would.
    art = beritaparse.parse_text(
        "Indonesia, Japan agree to boost maritime cooperation\n"
        f"Jakarta (ANTARA) - {_LEAD}\n"
        f"Related news: {_RELATED_TITLE}\n"
        f"{_SECOND}\n"
        f"{_THIRD}\n"
        "Reporter: Yashinta Difa Pramudyani\n"
        "Editor: Rahmad Nasution\n"
        "Copyright © ANTARA 2025\n"
    )
    assert art.paragraphs == (_LEAD, _SECOND, _THIRD)
    assert [r.title for r in art.related] == [_RELATED_TITLE]
    assert art.dateline == "Jakarta"
    assert art.authors == ("Yashinta Difa Pramudyani",)
    assert art.editors == ("Rahmad Nasution",)


def test_page_related_news_cue_is_read_whole() -> None:
    # "Related news" is the cue, not "Related" with a title opening on "news:".
    art = beritaparse.parse(
        _page(
            f"Jakarta (ANTARA) - {_LEAD}", f"Related news: <a href='/news/1'>{_RELATED_TITLE}</a>", _SECOND
        ),
        url=None,
        adapters=False,
    )
    assert art.paragraphs == (_LEAD, _SECOND)
    assert [r.title for r in art.related] == [_RELATED_TITLE]


@pytest.mark.parametrize(
    "cue",
    ["Read More:", "Read also:", "Read:", "Editor's Choice:", "See also:", "Related stories:"],
)
def test_english_related_cues_set_the_link_aside(cue: str) -> None:
    title = "Bali Expects Record Foreign Arrivals in December"
    art = beritaparse.parse(
        _page(_LEAD, f"{cue} <a href='/news/2'>{title}</a>", _SECOND, _THIRD), url=None, adapters=False
    )
    assert art.paragraphs == (_LEAD, _SECOND, _THIRD)
    assert [r.title for r in art.related] == [title]


def test_paste_wire_credits_name_writers_and_editors_apart() -> None:
    # The closing credit of Reuters copy as English-language outlets run it.
    art = beritaparse.parse_text(
        "Indonesia's Central Bank Holds Rate Steady as Rupiah Slides\n"
        f"JAKARTA, Indonesia — {_LEAD}\n"
        f"{_SECOND}\n"
        f"{_THIRD}\n"
        "Reporting by Stefanno Sulaiman and Gayatri Suroyo; Editing by Kanupriya Kapoor\n"
    )
    assert art.paragraphs == (_LEAD, _SECOND, _THIRD)
    assert art.authors == ("Stefanno Sulaiman", "Gayatri Suroyo")
    assert art.editors == ("Kanupriya Kapoor",)
    assert art.dateline == "Jakarta"  # the city; the country beside it is no part of the place


def test_page_wire_credits_name_writers_and_editors_apart() -> None:
    credit = (
        "Reporting by Stanley Widianto and Ananda Teresia; Additional reporting by Fransiska Nangoy; "
        "Editing by Kanupriya Kapoor"
    )
    art = beritaparse.parse(_page(_LEAD, _SECOND, _THIRD, credit), url=None, adapters=False)
    assert art.paragraphs == (_LEAD, _SECOND, _THIRD)
    assert sorted(art.authors) == ["Ananda Teresia", "Fransiska Nangoy", "Stanley Widianto"]
    assert art.editors == ("Kanupriya Kapoor",)
    assert RemovedReason.BYLINE in {r.reason for r in art.removed}


def test_page_wire_credits_in_brackets_are_credits() -> None:
    # Reuters' own form, which outlets running its copy keep: the credits in brackets after the text.
    credit = "(Reporting by Stanley Widianto; Editing by Ed Davies)"
    art = beritaparse.parse(_page(_LEAD, _SECOND, _THIRD, credit), url=None, adapters=False)
    assert art.paragraphs == (_LEAD, _SECOND, _THIRD)
    assert art.authors == ("Stanley Widianto",)
    assert art.editors == ("Ed Davies",)


def test_translator_is_credited_but_writes_nothing() -> None:
    art = beritaparse.parse_text(
        "KPK Names Regent as Suspect in Bribery Case\n"
        "Reporter: Andi Adam Faturahman\n"
        "Editor: Laila Afifa\n"
        "Translator: Ricky Mohammad Nugraha\n"
        f"TEMPO.CO, Jakarta - {_LEAD}\n"
        f"{_SECOND}\n"
        f"{_THIRD}\n"
    )
    assert art.authors == ("Andi Adam Faturahman",)
    assert art.editors == ("Laila Afifa",)
    assert "Ricky Mohammad Nugraha" not in art.text


_STORY = (
    "Thousands of residents in East and South Jakarta were forced to leave their homes on Thursday after "
    "heavy overnight rain caused two rivers to overflow.",
    "The city's disaster mitigation agency said 4,210 people had been moved to temporary shelters in "
    "mosques, schools and sports halls.",
    "Experts have long warned that land subsidence and poor drainage leave the capital vulnerable to floods "
    "every rainy season.",
)


def _dated_byline_page(byline: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in _STORY)
    return (
        "<html><head><title>Jakarta floods displace thousands | The Jakarta Post</title>"
        "<meta property='og:site_name' content='The Jakarta Post'></head><body><div class='main'>"
        f"<h1>Jakarta floods displace thousands</h1>{byline}<div class='text'>{paragraphs}</div></div>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    ("byline", "published"),
    [
        # The writer, the outlet and its desk, then the date and the time in elements of their own.
        (
            "<div class='byline'><span>Ivany Atina Arbi</span> <span>The Jakarta Post</span> "
            "<span>Jakarta</span> / <span>Thu, December 4, 2025</span> / <span>04:44 pm</span></div>",
            "2025-12-04T16:44:00+07:00",
        ),
        # The same on one line, in an element nothing marks as a byline.
        (
            "<div class='info'>Ivany Atina Arbi, The Jakarta Post, Jakarta | Jakarta | "
            "Sat, December 27 2014, 4:00 PM</div>",
            "2014-12-27T16:00:00+07:00",
        ),
    ],
)
def test_byline_with_outlet_desk_and_time_names_the_writer_only(byline: str, published: str) -> None:
    art = beritaparse.parse(_dated_byline_page(byline), url=None, adapters=False)
    assert art.authors == ("Ivany Atina Arbi",)
    assert art.published is not None
    assert art.published.isoformat() == published
    assert art.paragraphs == _STORY  # the byline is not a paragraph


def test_paste_writer_with_the_outlet_in_brackets() -> None:
    art = beritaparse.parse_text(
        "Jakarta floods displace thousands\nIvany Atina Arbi (The Jakarta Post)\n"
        "Jakarta ● Thu, December 4, 2025\n" + "\n".join(_STORY)
    )
    assert art.authors == ("Ivany Atina Arbi",)
    assert art.published is not None
    assert art.published.isoformat() == "2025-12-04"
    assert art.paragraphs == _STORY


def test_story_end_marks_and_print_edition_note_are_no_text() -> None:
    # ANTARA English closes its stories with "(*)" right after the full stop; The Jakarta Post prints the
    # paper's page under the text; share and comment boxes leave one-word buttons.
    art = beritaparse.parse(
        _page(_LEAD, _SECOND, f"{_THIRD}(*)", "Paper Edition | Page: 13", "Print", "Email", "Send Comment"),
        url=None,
        adapters=False,
    )
    assert art.paragraphs == (_LEAD, _SECOND, _THIRD)
    assert art.editors == ()  # "(*)" names nobody


def test_pull_quote_above_the_dateline_is_no_text() -> None:
    quote = (
        '"We will work together to keep the sea lanes open," the Japanese deputy ambassador to Indonesia, '
        "Junji Shimada, said."
    )
    art = beritaparse.parse(
        "<html><body><h1>Indonesia, Japan agree to boost maritime cooperation</h1><div class='text'>"
        f"<blockquote>{quote}</blockquote>Jakarta (ANTARA News) - {_LEAD}<br><br>{_SECOND}<br><br>{_THIRD}"
        "</div></body></html>",
        url=None,
        adapters=False,
    )
    assert art.paragraphs == (_LEAD, _SECOND, _THIRD)
    assert art.dateline == "Jakarta"


def test_wire_byline_names_the_writer_not_the_agency_or_the_place() -> None:
    art = beritaparse.parse(
        _dated_byline_page(
            "<div class='byline'>Omar Millan, The Associated Press, Tijuana, Mexico | World | "
            "Mon, March 17 2014, 9:08 AM</div>"
        ),
        url=None,
        adapters=False,
    )
    assert art.authors == ("Omar Millan",)


def test_title_tag_names_the_site_when_nothing_else_does() -> None:
    # No og:site_name, no publisher: "<title>Headline | The Jakarta Post" is how the page names its site,
    # and the byline after the writer's name goes on to that site and its desk's city.
    html = _dated_byline_page(
        "<div class='byline'>Hasyim Widhiarto, The Jakarta Post, Jakarta | National | "
        "Sun, March 16 2014, 2:33 PM</div>"
    ).replace("<meta property='og:site_name' content='The Jakarta Post'>", "")
    art = beritaparse.parse(html, url=None, adapters=False)
    assert art.authors == ("Hasyim Widhiarto",)
    assert art.paragraphs == _STORY


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Share this article", RemovedReason.SHARE),
        ("Sign up for our free newsletters", RemovedReason.PROMO),
        ("Already a subscriber? Log in", RemovedReason.PROMO),
        ("Log in to continue reading", RemovedReason.PROMO),
        ("Become a subscriber", RemovedReason.PROMO),
        ("Keep reading with a subscription", RemovedReason.PROMO),
        ("Continue reading by logging in", RemovedReason.PROMO),
        ("Get the latest news on WhatsApp", RemovedReason.PROMO),
        ("Download the app", RemovedReason.PROMO),
        (
            'This article appeared in the print edition of The Jakarta Post with the title "Floods".',
            RemovedReason.FOOTER,
        ),
        ("Continue reading below", RemovedReason.ADVERTISEMENT),
        ("Sponsored content", RemovedReason.ADVERTISEMENT),
        ("Most Read", RemovedReason.NAVIGATION),
        ("Latest News", RemovedReason.NAVIGATION),
        ("You might also like", RemovedReason.NAVIGATION),
        ("Load more", RemovedReason.PAGING),
        ("Show comments", RemovedReason.NOT_CONTENT),
        ("Translator: Ricky Mohammad Nugraha", RemovedReason.BYLINE),
    ],
)
def test_english_chrome_between_paragraphs(line: str, reason: RemovedReason) -> None:
    # Each line of chrome stands between two paragraphs, where a box or a prompt of the template puts it; a
    # footer (the print-edition note) closes the text, where the outlet prints it.
    footer = reason is RemovedReason.FOOTER
    order = (_LEAD, _SECOND, _THIRD, line) if footer else (_LEAD, line, _SECOND, _THIRD)
    art = beritaparse.parse(_page(*order), url=None, adapters=False)
    assert art.paragraphs == (_LEAD, _SECOND, _THIRD)
    assert (reason, line) in {(r.reason, r.text) for r in art.removed}
    headline = "Indonesia, Japan agree to boost maritime cooperation"
    pasted = beritaparse.parse_text("\n".join((headline, *order)))
    assert pasted.paragraphs == (_LEAD, _SECOND, _THIRD)


@pytest.mark.parametrize("label", ["Keywords", "Topics"])
def test_english_tag_labels(label: str) -> None:
    art = beritaparse.parse(
        _page(_LEAD, _SECOND, _THIRD, f"{label}: Japan, maritime"), url=None, adapters=False
    )
    assert art.paragraphs == (_LEAD, _SECOND, _THIRD)
    assert art.tags == ("Japan", "maritime")


@pytest.mark.parametrize(
    "credit", ["Reuters", "(Reuters)", "REUTERS", "Reuters.", "AFP", "The Associated Press"]
)
def test_the_wires_name_alone_closing_the_text_is_its_credit(credit: str) -> None:
    # Wire copy closes on the agency's name, in whatever case the outlet writes it (issue 11: a lone
    # "Reuters" line leaked into the text while "REUTERS" and "(Reuters)" did not).
    page = beritaparse.parse(_page(_LEAD, _SECOND, _THIRD, credit))
    assert [b.text for b in page.body] == [_LEAD, _SECOND, _THIRD]
    assert (RemovedReason.EDITOR_CREDIT, credit) in [(r.reason, r.text) for r in page.removed]
    # A paste's layout sets a lone short closing line aside before the closing rules read it.
    paste = beritaparse.parse_text(f"{_LEAD}\n\n{_SECOND}\n\n{_THIRD}\n\n{credit}")
    assert [b.text for b in paste.body] == [_LEAD, _SECOND, _THIRD]
    assert credit in [r.text for r in paste.removed]


def test_a_sentence_naming_the_wire_closing_the_text_stays() -> None:
    closing = "Reuters could not independently verify the report."
    article = beritaparse.parse(_page(_LEAD, _SECOND, closing))
    assert [b.text for b in article.body] == [_LEAD, _SECOND, closing]
