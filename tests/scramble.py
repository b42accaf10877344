"""Rename every class and id of a page to a meaningless token, to see how far extraction leans on names.

The renaming is deterministic (the same name always becomes the same token, so a page's CSS structure is
kept: elements that shared a class still share one) and works on the raw bytes, so the page is otherwise
byte for byte what was saved: tags, text, ``style`` attributes and scripts (JSON-LD too) are untouched.

>>> scramble(b'<div class="entry-content post" id=main><p class=x>Teks</p></div>')
b'<div class="kf2387b2e k72231043" id="k0d6e4079"><p class="k2d711642">Teks</p></div>'

Run on a folder of ``NAME.html`` pages to write their scrambled copies beside a copy of the gold:

    python tests/scramble.py ../shared/corpus /tmp/scrambled
"""

from __future__ import annotations

import hashlib
import pathlib
import re
import shutil
import sys

__all__ = ["scramble"]

# A value opening on "&" is markup quoted inside another attribute's value (an iframe's srcdoc writes
# 'id=&quot;x&quot;'): not an attribute of the page, and rewriting it would put real quotes there.
_ATTR = re.compile(rb"""(?<=[\s"'])(class|id)\s*=\s*(?!&)("[^"]*"|'[^']*'|[^\s"'>]+)""", re.IGNORECASE)


def _token(name: bytes) -> bytes:
    return b"k" + hashlib.sha256(name).hexdigest()[:8].encode()


def _rename(match: re.Match[bytes]) -> bytes:
    value = match[2].strip(b"\"'")
    return match[1].lower() + b'="' + b" ".join(_token(n) for n in value.split()) + b'"'


def scramble(page: bytes) -> bytes:
    """``page`` with every ``class`` and ``id`` value replaced, name by name, by a hashed token."""
    return _ATTR.sub(_rename, page)


def main(argv: list[str]) -> None:
    src, dst = pathlib.Path(argv[0]), pathlib.Path(argv[1])
    dst.mkdir(parents=True, exist_ok=True)
    for page in sorted(src.rglob("*.html")):
        (dst / page.name).write_bytes(scramble(page.read_bytes()))
        gold = page.with_name(page.name.removesuffix(".html") + ".expected.json")
        if gold.exists():
            shutil.copy(gold, dst / gold.name)


if __name__ == "__main__":
    main(sys.argv[1:])
