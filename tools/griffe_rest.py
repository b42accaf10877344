"""A griffe extension for the documentation site: the docstrings' reStructuredText idioms as Markdown.

The docstrings are written for doctest and for reading in an editor, in reStructuredText habits: doctest
blocks (``>>>``), literal blocks after ``::`` or ``.. code-block::``, and Sphinx roles
(``:class:`~beritaparse.model.Article```). mkdocstrings renders docstrings as Markdown, where a doctest
block would become nested quotes and a role a stray ``:class:``. This extension rewrites those three idioms
as fenced code and code spans before rendering, and changes nothing else; mkdocs.yml loads it.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

__all__ = ["RestToMarkdown", "to_markdown"]

# :class:`~beritaparse.model.Article`, :func:`parse`, :meth:`Article.to_dict`, :mod:`title <target>`.
_ROLE = re.compile(r":(?:py:)?(?:attr|class|data|exc|func|meth|mod|obj):`(~?)([^`<]+?)(?:\s*<([^>]+)>)?`")
_CODE_BLOCK = re.compile(r"^(\s*)\.\. (?:code-block|code|sourcecode)::\s*(\w*)\s*$")


def _role(match: re.Match[str]) -> str:
    short, text, target = match.group(1), match.group(2).strip(), match.group(3)
    if target is None and short:
        text = text.rsplit(".", 1)[-1]
    return f"`{text}`"


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _indented_block(lines: list[str], start: int, outer: int) -> int:
    """The end (exclusive) of the block indented deeper than ``outer`` that begins at or after ``start``."""
    end = start
    last = start
    while end < len(lines):
        if lines[end].strip():
            if _indent(lines[end]) <= outer:
                break
            last = end + 1
        end += 1
    return last


def to_markdown(text: str) -> str:
    """Doctest blocks and literal blocks as fenced code, Sphinx roles as code spans.

    >>> to_markdown("Parse it with :func:`~beritaparse.parse`.\\n\\n>>> 1 + 1\\n2\\n\\nDone.").splitlines()
    ['Parse it with `parse`.', '', '```pycon', '>>> 1 + 1', '2', '```', '', 'Done.']
    >>> print(to_markdown("Three shapes::\\n\\n    {'a': 1}\\n    {'b': 2}\\n\\nEnd."))
    Three shapes:
    <BLANKLINE>
    ```
    {'a': 1}
    {'b': 2}
    ```
    <BLANKLINE>
    End.
    """
    lines = text.splitlines()
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        indent = line[: _indent(line)]
        if stripped.startswith(">>>") and (i == 0 or not lines[i - 1].strip()):
            end = i
            while end < len(lines) and lines[end].strip():
                end += 1
            out += [f"{indent}```pycon", *lines[i:end], f"{indent}```"]
            i = end
            continue
        code_block = _CODE_BLOCK.match(line)
        literal = stripped.endswith("::") and not code_block
        if code_block or literal:
            start = i + 1
            end = _indented_block(lines, start, _indent(line))
            if end > start:
                body = lines[start:end]
                inner = min(_indent(entry) for entry in body if entry.strip())
                while body and not body[0].strip():
                    body.pop(0)
                if code_block:
                    fence = f"{indent}```{code_block.group(2)}"
                else:
                    # "text::" reads "text:"; a "::" alone on its line only announces the block.
                    if stripped != "::":
                        out.append(_ROLE.sub(_role, line[:-1]))
                    out.append("")
                    fence = f"{indent}```"
                out += [fence, *(indent + entry[inner:] for entry in body), f"{indent}```"]
                i = end
                continue
        out.append(_ROLE.sub(_role, line))
        i += 1
    return "\n".join(out)


class RestToMarkdown(griffe.Extension):
    """Rewrite each docstring with :func:`to_markdown` as griffe loads it."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        del kwargs
        if obj.docstring is not None:
            obj.docstring.value = to_markdown(obj.docstring.value)
