"""Paste cases made from page cases: the text a reader gets by selecting a page's article and copying it.

The selection runs from the headline to the end of the article's last paragraph, as in a browser: byline,
captions, "Baca juga" lines, share prompts and tags in between come along, one line per block; hidden
elements, scripts and styles do not. The paste's gold is the page's gold with ``source`` renamed and no
``url`` (a paste has none). This is how ``tests/pastes`` is made from ``tests/pages``::

    python -m beritaparse.evaluation.pastes tests/pages tests/pastes

>>> import lxml.html
>>> doc = lxml.html.document_fromstring(
...     "<html><body><nav>Menu</nav><div><h1>Harga Beras Naik</h1><p>Oleh Andi</p>"
...     "<p>Pedagang menaikkan harga.</p><p style='display:none'>tersembunyi</p></div></body></html>")
>>> print(paste(doc, {"title": "Harga Beras Naik", "body": ["Pedagang menaikkan harga."]}))
Harga Beras Naik
Oleh Andi
Pedagang menaikkan harga.
"""

from __future__ import annotations

import json
import pathlib
import re
import sys
from typing import TYPE_CHECKING, Any, cast

import lxml.html

from beritaparse.evaluation.cases import GOLD_SUFFIX

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from lxml.etree import _Element
    from lxml.html import HtmlElement

__all__ = ["MIN_PASTE_CHARS", "main", "make_pastes", "paste"]

MIN_PASTE_CHARS = 200
"""A shorter selection means the headline or the last paragraph was not found as shown: no case is made."""

# Elements a browser lays out as blocks: each starts and ends a line of the copied text.
_BLOCK = frozenset(
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "figure", "figcaption", "section",
        "article", "header", "footer", "ul", "ol", "table", "tr", "blockquote", "time", "aside", "nav",
        "span_block",
    }
)  # fmt: skip
_UNRENDERED = frozenset({"script", "style", "noscript", "iframe", "svg"})
_SPACE = re.compile(r"\s+")  # the stdlib's \s, as the original tool used


def _decode(raw: bytes) -> HtmlElement:
    # Pages that declare one charset and are written in another are common; UTF-8 is tried first.
    try:
        return lxml.html.document_fromstring(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return lxml.html.document_fromstring(raw)


def _squash(text: str | None) -> str:
    return _SPACE.sub("", text or "").casefold()


def _find(doc: _Element, text: str) -> _Element | None:
    """The last element in document order whose text holds ``text`` (white space ignored): the smallest."""
    want, best = _squash(text), None
    for el in doc.iter():
        if isinstance(el.tag, str) and want in _squash(cast("HtmlElement", el).text_content()):
            best = el
    return best


def _render(el: _Element, out: list[str]) -> None:
    if not isinstance(el.tag, str) or el.tag in _UNRENDERED:
        if el.tail:
            out.append(el.tail)
        return
    style = (el.get("style") or "").replace(" ", "").lower()
    hidden = "display:none" in style or el.get("hidden") is not None
    block = el.tag in _BLOCK
    if not hidden:
        if block:
            out.append("\n")
        if el.text:
            out.append(el.text)
        for child in el:
            _render(child, out)
        if block:
            out.append("\n")
    if el.tail:
        out.append(el.tail)


def paste(doc: _Element, gold: Mapping[str, Any]) -> str | None:
    """The copied text of ``doc`` from the gold's title to its last body block, or ``None`` if not found."""
    body = gold.get("body") or []
    if not body:
        return None
    first = _find(doc, gold["title"]) if gold.get("title") else None
    last_block = body[-1]
    last = _find(doc, last_block if isinstance(last_block, str) else last_block["text"])
    if first is None or last is None:
        return None
    ancestors = {*first.iterancestors(), first}
    common = next((a for a in [last, *last.iterancestors()] if a in ancestors), None)
    if common is None:
        return None
    out: list[str] = []
    _render(common, out)
    lines = [" ".join(line.split()) for line in "".join(out).split("\n")]
    return "\n".join(line for line in lines if line)


def make_pastes(pages: str | pathlib.Path, out: str | pathlib.Path) -> dict[str, int | None]:
    """Write ``NAME.txt`` and its gold into ``out`` for every ``NAME.html`` case under ``pages``.

    Outlet folders are mirrored (``pages/kompas/x.html`` -> ``out/kompas/x.txt``). Returns, per case name,
    the paste's line count, or ``None`` where no paste was made (selection not found or too short).
    """
    src, dst = pathlib.Path(pages), pathlib.Path(out)
    made: dict[str, int | None] = {}
    for gold_path in sorted(src.rglob("*" + GOLD_SUFFIX)):
        stem = gold_path.name.removesuffix(GOLD_SUFFIX)
        page = gold_path.with_name(stem + ".html")
        if not page.is_file():
            continue
        name = page.relative_to(src).with_suffix("").as_posix()
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = _decode(page.read_bytes())
        for bad in cast("list[HtmlElement]", doc.xpath("//script|//style|//noscript")):
            bad.drop_tree()
        text = paste(doc, gold)
        if not text or len(text) < MIN_PASTE_CHARS:
            made[name] = None
            continue
        folder = dst / page.parent.relative_to(src)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{stem}.txt").write_text(text + "\n", encoding="utf-8")
        gold = {**gold, "source": f"{stem}.txt", "url": None}
        (folder / (stem + GOLD_SUFFIX)).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        made[name] = len(text.splitlines())
    return made


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m beritaparse.evaluation.pastes PAGES OUT``: make the pastes, a line per case."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 2:
        sys.stderr.write("usage: python -m beritaparse.evaluation.pastes PAGES_DIR OUT_DIR\n")
        return 2
    for name, lines in make_pastes(args[0], args[1]).items():
        sys.stdout.write(f"skip {name}\n" if lines is None else f"{name} {lines} lines\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
