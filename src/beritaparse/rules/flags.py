"""The regex flags every case-insensitive pattern of the library is compiled with.

``regex.VERSION1`` with ``IGNORECASE`` turns on *full* case folding, under which "ss" matches "ß" and "ff"
matches "ﬀ" in two ways each: a class such as ``[\\w-]+`` then has exponentially many ways to split a run of
"s" or "f", and a failed search over a title like "Judul - sssss...s x.c" took minutes. Indonesian text needs
only simple case folding, which ``VERSION0`` gives, so no pattern here ever folds fully.
"""

from __future__ import annotations

import regex

__all__ = ["CASED", "WORDS"]

#: Case-insensitive, simple case folding: the flags for word and cue patterns.
WORDS = regex.IGNORECASE | regex.VERSION0

#: Case kept, for patterns that read capitals and initials (``\\p{Lu}`` is upper case only); the words
#: inside them that may come in any case go in a scoped ``(?i:...)``, which ``VERSION0`` folds simply too.
CASED = regex.VERSION0
