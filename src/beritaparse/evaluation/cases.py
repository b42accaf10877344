"""Evaluation cases on disk: a page (``NAME.html``) or a pasted text (``NAME.txt``) beside its gold.

The gold, ``NAME.expected.json``, is what a correct parse holds (the format is in ``docs/evaluation.md``).
Folders nest freely (``pages/kompas/NAME.html``); a case is named by its path under the folder, without the
extension, so names stay unique across outlet folders.

>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("JAKARTA - Harga beras naik.", encoding="utf-8")
>>> _ = (folder / "a.expected.json").write_text('{"outlet": null, "body": ["Harga beras naik."]}')
>>> [(c.name, c.kind, c.outlet) for c in load_cases(folder)]
[('a', 'text', '(none)')]
"""

from __future__ import annotations

import json
import pathlib
from typing import TYPE_CHECKING, Any, Literal

import attrs

from beritaparse.errors import CaseFormatError

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["GOLD_SUFFIX", "NO_OUTLET", "Case", "gold_body", "load_cases"]

GOLD_SUFFIX = ".expected.json"
NO_OUTLET = "(none)"
"""The outlet name a case is counted under when its gold names none (as the external scorer prints it)."""

_INPUT_SUFFIXES = (".html", ".txt")
# Gold keys whose value must be a list (of strings, or of objects for body blocks, captions and related).
_LIST_KEYS = ("authors", "editors", "body", "headings", "captions", "related", "tags", "must_not_contain")


@attrs.frozen
class Case:
    """One evaluation case: the input file and its gold."""

    name: str
    """The input's path under the cases folder, without extension (``"kompas/ap-kompas-1"``)."""
    source: pathlib.Path
    """The page (``.html``, read as bytes) or pasted text (``.txt``, read as UTF-8)."""
    gold: Mapping[str, Any] = attrs.field(repr=False, eq=False)

    @property
    def kind(self) -> Literal["page", "text"]:
        """``"page"`` (HTML, for :func:`~beritaparse.parse`) or ``"text"`` (for ``parse_text``)."""
        return "page" if self.source.suffix == ".html" else "text"

    @property
    def outlet(self) -> str:
        """The gold's outlet id, or ``"(none)"``."""
        return str(self.gold.get("outlet") or NO_OUTLET)

    def read(self) -> bytes | str:
        """The input as the parser takes it: bytes for a page, text for a paste."""
        if self.kind == "page":
            return self.source.read_bytes()
        return self.source.read_text(encoding="utf-8")


def gold_body(gold: Mapping[str, Any]) -> str:
    """The gold body as one text, a block a line (blocks may be strings or ``{"text": ...}`` objects).

    >>> gold_body({"body": ["Satu.", {"kind": "paragraph", "text": "Dua."}]})
    'Satu.\\nDua.'
    """
    return "\n".join(b.get("text", "") if isinstance(b, dict) else str(b) for b in gold.get("body") or [])


def load_cases(folder: str | pathlib.Path) -> tuple[Case, ...]:
    """Every case under ``folder`` (searched recursively), sorted by name.

    A gold file with no input beside it is skipped, as the external scorer does; a gold file that is not a
    JSON object, or whose list fields are not lists, raises :class:`~beritaparse.errors.CaseFormatError`
    naming the file. A missing folder raises ``FileNotFoundError``.
    """
    root = pathlib.Path(folder)
    if not root.is_dir():
        raise FileNotFoundError(f"no such folder: {root}")
    cases = []
    for gold_path in sorted(root.rglob("*" + GOLD_SUFFIX)):
        stem = gold_path.name.removesuffix(GOLD_SUFFIX)
        source = next(
            (p for p in (gold_path.with_name(stem + s) for s in _INPUT_SUFFIXES) if p.is_file()), None
        )
        if source is None:
            continue
        name = source.relative_to(root).with_suffix("").as_posix()
        cases.append(Case(name=name, source=source, gold=_read_gold(gold_path)))
    return tuple(sorted(cases, key=lambda c: c.name))


def _read_gold(path: pathlib.Path) -> dict[str, Any]:
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CaseFormatError(f"{path}: not UTF-8 JSON ({exc})") from exc
    if not isinstance(gold, dict):
        raise CaseFormatError(f"{path}: the gold must be a JSON object, not {type(gold).__name__}")
    for key in _LIST_KEYS:
        if key in gold and not isinstance(gold[key], list):
            raise CaseFormatError(f"{path}: {key!r} must be a list, not {type(gold[key]).__name__}")
    for key in ("title", "published", "dateline", "outlet", "url"):
        if gold.get(key) is not None and not isinstance(gold[key], str):
            raise CaseFormatError(f"{path}: {key!r} must be a string or null")
    return gold
