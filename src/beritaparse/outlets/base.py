"""What an outlet adapter is: one :class:`Outlet` value that says how a site writes its articles.

An adapter module (``beritaparse/outlets/<id>.py``) defines ``OUTLET = Outlet(...)`` and nothing else is
required. Text conventions (how the dateline opens the text, which lines are chrome, how editors sign off)
apply to pasted text and to pages alike; page conventions (XPath expressions) apply to HTML only. Every
field is optional: shared machinery in :mod:`beritaparse.rules.blocks` and
:mod:`beritaparse.page.generic` does the rest, so an adapter states only what its site does differently.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from beritaparse.cache.patterns import compile_pattern
from beritaparse.rules.flags import CASED, WORDS
from beritaparse.rules.record import FrozenRecord

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    import regex

    from beritaparse.model import RemovedReason

__all__ = ["Example", "Outlet"]

# The flags each text field is compiled with, in one place. Signals and chrome are words, found whatever
# their case: Liputan6.com or LIPUTAN6.COM. Datelines and closing credits read capitals and initials: a
# place is capitalised and initials are lower case, so there ``\p{Lu}`` and ``[a-z]`` keep their case.
# Ignoring it, a kontan dateline took the sentence "Pemerintah menaikkan harga." for a place (issue 12).
# The outlet's own name inside them goes in a scoped ``(?i:...)``.
_SIGNAL_FLAGS = WORDS
_CHROME_FLAGS = WORDS
_DATELINE_FLAGS = CASED
_CLOSING_FLAGS = CASED


def _compile_all(sources: Sequence[str], flags: int) -> tuple[regex.Pattern[str], ...]:
    return tuple(compile_pattern(s, flags) for s in sources)


# Neither class is an attrs class: the first page of an outlet loads this module, and creating the two
# frozen attrs classes took 1.3 ms of that page (a new process's first page costs more than three warm ones;
# issue 14). They are frozen records (:class:`~beritaparse.rules.record.FrozenRecord`) with a dict, where the
# cached properties below live as functools puts them.
class Example(FrozenRecord):
    """An article in the outlet's template and what must be read from it, kept beside the conventions it
    exercises (as yt-dlp keeps ``_TESTS`` beside each extractor); ``tests/test_outlet_examples.py`` runs
    every example of every adapter, so an outlet with no saved page is tested too.

    Written by hand from the outlet's conventions, never copied from the library's output:

    - ``text``: the article as a reader pastes it, read with ``parse_text`` (the outlet found from the text);
      or ``html`` with ``url``: a minimal page in the outlet's template, read with ``parse``.
    - ``expect``: field -> value, as :meth:`~beritaparse.model.Article.to_dict` gives it (tuples for lists);
      ``paragraphs`` is the body's paragraph texts; ``removed`` lists ``(reason, text)`` pairs that must be
      among those set aside (the dateline prefix, the closing credit).
    - ``note``: what the example shows.
    """

    _FIELDS = ("note", "expect", "text", "html", "url")

    note: str
    expect: Mapping[str, object]
    text: str | None
    html: str | None
    url: str | None

    def __init__(
        self,
        *,
        note: str,
        expect: Mapping[str, object],
        text: str | None = None,
        html: str | None = None,
        url: str | None = None,
    ) -> None:
        self._set((note, expect, text, html, url))

    def __hash__(self) -> int:
        return hash((self.note, self.text, self.html, self.url))  # ``expect`` is a dict: no hash of its own


class Outlet(FrozenRecord):
    """An outlet's conventions.

    Text conventions (regular expressions, ``regex`` syntax):

    - ``signals``: any match in pasted text identifies the outlet ("Liputan6.com, Kyiv -"). Case ignored.
    - ``dateline``: matches the opening of the first paragraph; the named group ``place`` (optional) is the
      dateline place, the whole match is removed from the paragraph. Case kept, so ``\\p{Lu}`` is a capital;
      write the outlet's name as ``(?i:Liputan6\\.com)``.
    - ``chrome``: (pattern, reason) pairs; a line the pattern matches in full is site chrome. Case ignored.
    - ``closing_credit``: matches the whole closing line of editor credits; named group ``editors`` holds
      the names or initials, separated by "/" or ",". Case kept, so ``[a-z]`` initials are lower case.
    - ``author_is_first_initials``: closing credits such as "(fyk/ash)" name the writer first, then the
      editor: only the last one is an editor.

    Page conventions (XPath 1.0, class tests by token as ``contains(concat(' ', @class, ' '), ' x ')``):

    - ``body``: candidate body containers, the first that matches wins.
    - ``drop``: (xpath, reason) pairs evaluated inside the body container; what they match is removed.
    - ``title``, ``authors``, ``editors``, ``published``, ``captions``, ``tags``, ``section``: where the
      visible markup holds those fields; tried before the generic fallbacks.

    ``examples``: at least one :class:`Example` of the outlet's template and what it must give.
    """

    _FIELDS = (
        "id",
        "name",
        "hosts",
        "signals",
        "dateline",
        "chrome",
        "closing_credit",
        "author_is_first_initials",
        "body",
        "drop",
        "title",
        "authors",
        "editors",
        "published",
        "captions",
        "tags",
        "section",
        "examples",
    )

    id: str
    name: str
    hosts: tuple[str, ...]
    signals: tuple[str, ...]
    dateline: str | None
    chrome: tuple[tuple[str, RemovedReason], ...]
    closing_credit: str | None
    author_is_first_initials: bool
    body: tuple[str, ...]
    drop: tuple[tuple[str, RemovedReason], ...]
    title: tuple[str, ...]
    authors: tuple[str, ...]
    editors: tuple[str, ...]
    published: tuple[str, ...]
    captions: tuple[str, ...]
    tags: tuple[str, ...]
    section: tuple[str, ...]
    examples: tuple[Example, ...]
    _hash: int

    def __init__(  # noqa: PLR0917 (an adapter's fields, written as keywords)
        self,
        id: str,  # noqa: A002 (the adapter's id, as the field is named)
        name: str,
        hosts: tuple[str, ...] = (),
        signals: tuple[str, ...] = (),
        dateline: str | None = None,
        chrome: tuple[tuple[str, RemovedReason], ...] = (),
        closing_credit: str | None = None,
        author_is_first_initials: bool = False,
        body: tuple[str, ...] = (),
        drop: tuple[tuple[str, RemovedReason], ...] = (),
        title: tuple[str, ...] = (),
        authors: tuple[str, ...] = (),
        editors: tuple[str, ...] = (),
        published: tuple[str, ...] = (),
        captions: tuple[str, ...] = (),
        tags: tuple[str, ...] = (),
        section: tuple[str, ...] = (),
        examples: tuple[Example, ...] = (),
    ) -> None:
        self._set(
            (
                id,
                name,
                hosts,
                signals,
                dateline,
                chrome,
                closing_credit,
                author_is_first_initials,
                body,
                drop,
                title,
                authors,
                editors,
                published,
                captions,
                tags,
                section,
                examples,
            )
        )
        # The hash is kept: the line rules cache their verdicts by (line, outlet), and a hash reads every
        # field. The examples are no part of the outlet's value (attrs' ``eq=False`` before).
        object.__setattr__(self, "_hash", hash(self._values()))

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self._FIELDS[:-1])

    def __hash__(self) -> int:
        return self._hash

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._FIELDS[:-1])
        return f"Outlet({fields})"

    def replace(self, **changes: Any) -> Outlet:
        """A copy with ``changes`` to its fields (``attrs.evolve`` for this record)."""
        return Outlet(**{**{name: getattr(self, name) for name in self._FIELDS}, **changes})

    @functools.cached_property
    def signal_patterns(self) -> tuple[regex.Pattern[str], ...]:
        return _compile_all(self.signals, _SIGNAL_FLAGS)

    @functools.cached_property
    def dateline_pattern(self) -> regex.Pattern[str] | None:
        return compile_pattern(self.dateline, _DATELINE_FLAGS) if self.dateline else None

    @functools.cached_property
    def chrome_patterns(self) -> tuple[tuple[regex.Pattern[str], RemovedReason], ...]:
        return tuple((compile_pattern(p, _CHROME_FLAGS), reason) for p, reason in self.chrome)

    @functools.cached_property
    def closing_pattern(self) -> regex.Pattern[str] | None:
        return compile_pattern(self.closing_credit, _CLOSING_FLAGS) if self.closing_credit else None

    def claims_host(self, host: str) -> bool:
        """True when ``host`` is one of the outlet's hosts or a subdomain of one."""
        host = host.lower().rstrip(".")
        return any(host == h or host.endswith("." + h) for h in self.hosts)
