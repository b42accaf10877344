"""Coverage-guided fuzzing of parse() and parse_text() with atheris (issue 15).

Every input must end with an Article, or an error of beritaparse.errors; anything else (a raw exception
from inside, a control character in a result) is a finding, and atheris stops with the input saved.

    python -m pip install atheris
    python fuzz/fuzz_parse.py fuzz/corpus -max_total_time=3600 -timeout=10 -rss_limit_mb=4096
    python fuzz/make_corpus.py fuzz/corpus        # once: the seed corpus from tests/pages and tests/pastes

The first byte chooses the entry point (even: parse on the bytes; odd: parse_text on the text), so one
corpus serves both. ``-timeout`` turns a hang (a super-linear pattern) into a finding too.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    import beritaparse
    from beritaparse.errors import BeritaparseError

# What no text of a result may hold (see beritaparse.model.clean_text).
_BAD = frozenset(
    [chr(c) for c in (*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0))]
    + ["\ufffe", "\uffff"]
)


def _check(art: beritaparse.Article) -> None:
    texts = [art.title or "", art.dateline or "", *art.authors, *art.editors, *(b.text for b in art.body)]
    texts += [c.text for c in art.captions] + [r.title for r in art.related] + [r.text for r in art.removed]
    for text in texts:
        if _BAD.intersection(text):
            raise AssertionError(f"control character or noncharacter in a result: {text[:80]!r}")


def test_one_input(data: bytes) -> None:
    if not data:
        return
    try:
        if data[0] % 2 == 0:
            art = beritaparse.parse(data[1:])
        else:
            art = beritaparse.parse_text(data[1:].decode("utf-8", "replace"))
    except BeritaparseError:
        return
    _check(art)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
