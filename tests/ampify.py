"""Rewrite a saved page the way its AMP version writes it, to check that an AMP page reads as its canonical.

AMP pages carry the same article in other markup: ``<amp-img>`` for ``<img>``, ``<amp-iframe>`` and
``<amp-video>`` for embeds, and components of their own for an advertisement (with fallback text inside),
the share bar, the menu, the cookie notice and the analytics configuration. The rewrite works on the raw
bytes and adds those components with text of their own, which must never reach the article.

>>> ampify(b'<html><body><p>' + b'Teks ' * 30 + b'</p><img src=a.jpg></body></html>')[:16]
b'<html amp><body>'
"""

from __future__ import annotations

import re

__all__ = ["AMP_CHROME", "ampify"]

AMP_CHROME = (
    "Iklan tidak dapat dimuat, muat ulang halaman ini",
    "Bagikan ke Facebook",
    "Kirim lewat WhatsApp",
    "Menu Utama Beranda Nasional Ekonomi Olahraga",
    "Situs ini memakai cookie agar pengalaman membaca lebih baik",
    "Memuat video dari mitra kami",
)
"""Texts the rewrite puts inside AMP components; none of them is article text."""

_AD = (
    b'<amp-ad width="300" height="250" type="doubleclick" data-slot="/1/x">'
    b"<div fallback>" + AMP_CHROME[0].encode() + b"</div></amp-ad>"
)
_SHARE = (
    b'<amp-social-share type="facebook">' + AMP_CHROME[1].encode() + b"</amp-social-share>"
    b'<amp-social-share type="whatsapp">' + AMP_CHROME[2].encode() + b"</amp-social-share>"
)
_MENU = b'<amp-sidebar id="menu" layout="nodisplay"><nav>' + AMP_CHROME[3].encode() + b"</nav></amp-sidebar>"
_NOTICE = (
    b'<amp-user-notification id="cookie" layout="nodisplay">'
    + AMP_CHROME[4].encode()
    + b"</amp-user-notification>"
    b'<amp-analytics type="gtag"><script type="application/json">{"vars": {}}</script></amp-analytics>'
)
_EMBED = b'<amp-iframe width="600" height="340" src="https://example.com/v"><div placeholder>'
_EMBED_END = AMP_CHROME[5].encode() + b"</div></amp-iframe>"

# Not an <img> quoted inside another attribute's value (an iframe's srcdoc writes 'src=&quot;...&quot;'):
# rewriting it would put real quotes there.
_IMG = re.compile(rb"<img\b(?![^>]*=&quot;)([^>]*?)\s*/?>", re.IGNORECASE)
# The opening tag's quoted values are skipped whole: an iframe's srcdoc holds a page's markup, ">" and
# "</iframe>" included.
_IFRAME = re.compile(rb"""<iframe\b(?:[^>"']|"[^"]*"|'[^']*')*>.*?</iframe>""", re.IGNORECASE | re.DOTALL)
_HTML = re.compile(rb"<html\b", re.IGNORECASE)
_BODY = re.compile(rb"<body\b[^>]*>", re.IGNORECASE)
_BODY_END = re.compile(rb"</body\s*>", re.IGNORECASE)
_H1_END = re.compile(rb"</h1\s*>", re.IGNORECASE)
# The first paragraph of prose: an advertisement slot follows it, as AMP templates place one in the text.
_PROSE_END = re.compile(rb"[^<>]{120,}</p\s*>", re.IGNORECASE)


def _once(pattern: re.Pattern[bytes], page: bytes, insert: bytes, *, before: bool = False) -> bytes:
    m = pattern.search(page)
    if m is None:
        return page
    at = m.start() if before else m.end()
    return page[:at] + insert + page[at:]


def ampify(page: bytes) -> bytes:
    """``page`` as an AMP template writes it, with AMP's own chrome added (see :data:`AMP_CHROME`)."""
    page = _HTML.sub(b"<html amp", page, count=1)
    page = _IMG.sub(lambda m: b"<amp-img" + m[1] + b' layout="responsive"></amp-img>', page)
    page = _IFRAME.sub(_EMBED + _EMBED_END, page)
    page = _once(_BODY, page, _MENU)
    page = _once(_H1_END, page, _SHARE)
    page = _once(_PROSE_END, page, _AD)
    return _once(_BODY_END, page, _NOTICE, before=True)
