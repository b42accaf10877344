"""The fast paths of the text side answer as the slow forms they stand for (pure speed: same results).

Each test writes the reference (the plain pattern or the plain loop) itself, so a fast path that drifts
from it fails here, not only as a changed page in the goldens.
"""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from beritaparse.page import dom
from beritaparse.rules.strings import fold

# Every character Python or the regex engine may take for white space, and a few that neither does.
_SPACES = [chr(c) for c in range(0x3001) if chr(c).isspace() or regex.match(r"\s", chr(c))]
_TEXT = st.text(alphabet=st.sampled_from([*_SPACES, "a", "B", "\u200b", "\ufeff", "."]), max_size=30)


@given(_TEXT)
def test_fold_is_the_white_space_pattern(text: str) -> None:
    assert fold(text) == regex.sub(r"\s+", " ", text).strip()


def test_fold_keeps_information_separators_inside_a_word() -> None:
    # U+001C-U+001F are white space to str.split() but not to the pattern: fold keeps reading them so.
    assert fold(" a\x1cb  c ") == "a\x1cb c"


# Place-like openings with every dash ending (and a final newline, which "$" lets through), and noise.
_DASHED = st.one_of(
    st.builds(
        "".join,
        st.tuples(
            st.sampled_from(["J", "é", "1", " "]),
            st.text(alphabet=st.sampled_from(["a", "B", " ", ".", ",", "(", ")", "1"]), max_size=8),
            st.sampled_from(["", " ", "  "]),
            st.sampled_from(["-", "--", "–", "—", "-x", ":"]),
            st.sampled_from(["", "\n", "\n\n", " "]),
        ),
    ),
    st.text(alphabet=st.sampled_from(["a", "B", " ", "\n", "-", "–", "—"]), max_size=12),
)


@given(_DASHED)
def test_dateline_gate_keeps_every_match(text: str) -> None:
    if dom._DATELINE_ALONE.match(text):
        assert text.endswith(dom._DATELINE_ENDS)
