"""Liputan6.com: adapter (page and text conventions)."""

from __future__ import annotations

from beritaparse.model import RemovedReason
from beritaparse.outlets.base import Example, Outlet

__all__ = ["OUTLET"]

OUTLET = Outlet(
    id="liputan6",
    name="Liputan6.com",
    hosts=("liputan6.com",),
    dateline=(
        r"^\s*(?i:Liputan6\.com)\s*,\s*(?:(?P<place>[^-–—\n]{2,40}?)\s*[-–—]+\s*|"
        r"(?P<place>\p{Lu}\p{Ll}+)\s+)"
    ),
    closing_credit=r"(?:^|\s)\(\s*(?P<editors>\p{L}{2,5}(?:\s*/\s*\p{L}{2,5})+)\s*\)\s*$",
    author_is_first_initials=True,
    body=(
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' article-content-body ')]",
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' read-page__content-body ')]",
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' text-detail ')]",
    ),
    drop=(
        (
            ".//div[contains(concat(' ', normalize-space(@class), ' '), ' "
            "article-content-body__break ') or contains(concat(' ', normalize-space(@class), ' '), ' "
            "article-content-body__load-more ')]",
            RemovedReason.PAGING,
        ),
        (
            ".//div[contains(concat(' ', normalize-space(@class), ' '), ' "
            "article-content-body__loading-animation ')]",
            RemovedReason.NOT_CONTENT,
        ),
    ),
    captions=(
        (
            "//figcaption[contains(concat(' ', normalize-space(@class), ' '), ' "
            "read-page--photo-gallery--item__caption ')]"
        ),
        (
            "//div[contains(concat(' ', normalize-space(@class), ' '), ' "
            "article-photo-gallery--item__description ')]"
        ),
        (
            "//figure[contains(concat(' ', normalize-space(@class), ' '), ' gallery-item-container "
            "')]/figcaption"
        ),
    ),
    signals=(r"\bLiputan6\.com\b",),
    authors=(
        (
            "//li[@id='credits_author']/following-sibling::li[preceding-sibling::li[starts-with(@id,"
            " 'credits_')][1][@id='credits_author']]"
        ),
        (
            "//li[contains(concat(' ', normalize-space(@class), ' '), ' article-credits__item"
            " ')][.//*[contains(concat(' ', normalize-space(@class), ' '), '"
            " article-credits__item-role ')][normalize-space()='Author']]//*[contains(concat(' ',"
            " normalize-space(@class), ' '), ' article-credits__item-name ')]"
        ),
        (
            "//*[contains(concat(' ', normalize-space(@class), ' '), ' read-page--header__author ')"
            " or contains(concat(' ', normalize-space(@class), ' '), ' article-header__authors ')]"
        ),
    ),
    editors=(
        (
            "//li[@id='credits_editor']/following-sibling::li[preceding-sibling::li[starts-with(@id,"
            " 'credits_')][1][@id='credits_editor']]"
        ),
        (
            "//li[contains(concat(' ', normalize-space(@class), ' '), ' article-credits__item"
            " ')][.//*[contains(concat(' ', normalize-space(@class), ' '), '"
            " article-credits__item-role ')][normalize-space()='Editor']]//*[contains(concat(' ',"
            " normalize-space(@class), ' '), ' article-credits__item-name ')]"
        ),
    ),
    published=(
        (
            "//time[contains(concat(' ', normalize-space(@class), ' '), ' read-page--header__datetime"
            " ')]"
        ),
        "//*[contains(concat(' ', normalize-space(@class), ' '), ' article-header__datetime ')]",
        "//header//p[contains(concat(' ', normalize-space(@class), ' '), ' datetime ')]",
    ),
    tags=(
        "//a[contains(concat(' ', normalize-space(@class), ' '), ' tags--topics--item__link ')]",
    ),
    examples=(
        Example(
            note="'Liputan6.com, Kyiv -', and capitalised '(Writer/Editor)' initials: the editor last.",
            text=(
                "Ukraina Terima Bantuan Sistem Pertahanan Udara Baru\n"
                "Liputan6.com, Kyiv - Ukraina menerima sistem pertahanan udara baru dari sekutu Eropa untuk "
                "melindungi jaringan listrik dari serangan rudal.\n"
                "Presiden Ukraina menyebut sistem itu akan ditempatkan di sekitar pembangkit listrik yang "
                "paling sering menjadi sasaran sepanjang musim dingin.\n"
                "Para menteri pertahanan negara sekutu dijadwalkan bertemu pekan depan untuk membahas "
                "bantuan berikutnya. (Rie/Ysl)\n"
            ),
            expect={
                "dateline": "Kyiv",
                "editors": ("Ysl",),
                "paragraphs": (
                    "Ukraina menerima sistem pertahanan udara baru dari sekutu Eropa untuk melindungi "
                    "jaringan "
                    "listrik dari serangan rudal.",
                    "Presiden Ukraina menyebut sistem itu akan ditempatkan di sekitar pembangkit listrik "
                    "yang "
                    "paling sering menjadi sasaran sepanjang musim dingin.",
                    "Para menteri pertahanan negara sekutu dijadwalkan bertemu pekan depan untuk membahas "
                    "bantuan berikutnya.",
                ),
                "removed": (("dateline", "Liputan6.com, Kyiv -"), ("editor-credit", "(Rie/Ysl)")),
            },
        ),
        Example(
            note="A page of the current template: article-content-body, the credits list, the header time.",
            url="https://www.liputan6.com/global/read/5600001/ukraina-terima-bantuan",
            html=(
                "<html><head><title>Ukraina Terima Bantuan Sistem Pertahanan Udara Baru</title></head><body>"
                "<header class='article-header'><h1>Ukraina Terima Bantuan Sistem Pertahanan Udara Baru</h1>"
                "<p class='datetime'><time>13 Mei 2024, 13:24 WIB</time></p></header>"
                "<div class='article-content-body'><div class='article-content-body__item-content'>"
                "<p><b>Liputan6.com, Kyiv -</b> Ukraina menerima sistem pertahanan udara baru dari sekutu "
                "Eropa untuk melindungi jaringan listrik.</p>"
                "<p>Presiden Ukraina menyebut sistem itu akan ditempatkan di sekitar pembangkit listrik yang "
                "paling sering menjadi sasaran.</p>"
                "<p>Para menteri pertahanan negara sekutu dijadwalkan bertemu pekan depan untuk membahas "
                "bantuan berikutnya.</p></div></div>"
                "<ul class='article-credits'>"
                "<li class='article-credits__item'><span class='article-credits__item-role'>Author</span>"
                "<span class='article-credits__item-name'>Rizki Akbar Hasan</span></li>"
                "<li class='article-credits__item'><span class='article-credits__item-role'>Editor</span>"
                "<span class='article-credits__item-name'>Yasmina Shofa Az Zahra</span></li></ul>"
                "</body></html>"
            ),
            expect={
                "title": "Ukraina Terima Bantuan Sistem Pertahanan Udara Baru",
                "published": "2024-05-13T13:24:00+07:00",
                "dateline": "Kyiv",
                "authors": ("Rizki Akbar Hasan",),
                "editors": ("Yasmina Shofa Az Zahra",),
                "paragraphs": (
                    "Ukraina menerima sistem pertahanan udara baru dari sekutu Eropa untuk melindungi "
                    "jaringan "
                    "listrik.",
                    "Presiden Ukraina menyebut sistem itu akan ditempatkan di sekitar pembangkit listrik "
                    "yang "
                    "paling sering menjadi sasaran.",
                    "Para menteri pertahanan negara sekutu dijadwalkan bertemu pekan depan untuk membahas "
                    "bantuan berikutnya.",
                ),
            },
        ),
    ),
)
