"""The paste reader's cheap tests in front of its patterns answer as the plain forms they replaced.

``paste.layout._continues`` runs the credit label's pattern only on a line ending on a colon, reads the last
word of the line above only where it can change the answer, and tests the next line's opening (outlet name,
reading time, related cue) only where the two lines could join; ``is_prose`` counts words before it runs the
prose patterns. Each is checked against the form written without those shortcuts, on every pair of
neighbouring lines of the committed pastes and seeds.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from beritaparse.outlets import NAMES, OUTLETS
from beritaparse.paste import layout
from beritaparse.paste.layout import (
    _CREDIT_LABEL_END,
    _CREDIT_TAIL,
    _OPEN_END,
    capitalised,
    is_prose,
    short_prose,
    two_sentences,
)
from beritaparse.rules import cues
from beritaparse.rules.blocks import chrome_reason, split_dateline
from beritaparse.rules.credits import is_outlet_name

if TYPE_CHECKING:
    from beritaparse.outlets.base import Outlet


def _plain_continues(prev: str, line: str, outlet: Outlet | None, *, open_paragraph: bool) -> bool:
    """``_continues`` as first written: every pattern in its place, whatever the cheaper tests say."""
    if (_CREDIT_LABEL_END.search(prev) or (line[:1] == "/" and _CREDIT_TAIL.search(prev))) and len(
        line.split()
    ) <= layout._CREDIT_MAX_WORDS:
        return True
    if cues.SENTENCE_END.search(prev) or prev.endswith(":") or cues.GLUED_AGENCY_CREDIT.match(prev):
        return False
    if (
        is_outlet_name(line.split(maxsplit=1)[0], site_names=NAMES)
        or cues.reading_time(line)
        or cues.RELATED_CUE.match(line)
        or cues.CREDIT_LABEL.match(line)
    ):
        return False
    first = line[0]
    if first.islower() and not open_paragraph and layout._headline_over_prose(prev, line):
        return False
    if prev.endswith((",", ";")) or _OPEN_END.search(prev) is not None:
        joins = first.isalnum() or first in "\"'“‘("
    else:
        joins = (open_paragraph or len(prev.split()) >= 3) and first.islower()
    if not joins:
        return False
    if first.isupper() and chrome_reason(prev, outlet) is not None:
        return False
    return open_paragraph or chrome_reason(line, outlet) is None


def _plain_is_prose(line: str, outlet: Outlet | None) -> bool:
    if cues.closes_on_bracket(line):
        line = cues.CLOSING_INITIALS.sub("", line)
    if short_prose(line):
        return True
    words = len(line.split())
    if words >= 20 and (cues.SENTENCE_END.search(line) or cues.ends_quote(line)):
        return True
    if words >= 5 and split_dateline(line, outlet)[1] and (words >= 8 or cues.SENTENCE_END.search(line)):
        return True
    if words >= 8 and cues.SENTENCE_END.search(line) and two_sentences(line) and not capitalised(line):
        return True
    return words >= 35


def _pastes() -> list[list[str]]:
    folder = Path(__file__).parent
    paths = sorted((*folder.glob("pastes/*/*.txt"), *folder.glob("seeds/*.txt")))
    return [layout.split_lines(path.read_text("utf-8")) for path in paths]


@pytest.mark.parametrize("outlet", [None, OUTLETS["detik"]], ids=["generic", "detik"])
def test_lines_join_as_the_plain_form_joins_them(outlet: Outlet | None) -> None:
    pairs = 0
    for lines in _pastes():
        for prev, line in itertools.pairwise(lines):
            # and the line above with a caption's label left at its end, or a comma
            for above in (prev, prev + " Foto:", prev + ","):
                for open_paragraph in (False, True):
                    expected = _plain_continues(above, line, outlet, open_paragraph=open_paragraph)
                    assert layout._continues(above, line, outlet, open_paragraph=open_paragraph) is expected
                    pairs += 1
    assert pairs > 10_000


def test_prose_is_told_as_the_plain_form_tells_it() -> None:
    told = 0
    for lines in _pastes():
        for line in lines:
            expected = _plain_is_prose(line, None)
            told += expected
            assert is_prose(line, None) is expected, line
    assert told > 500
