"""Every adapter's examples: each pasted text or page in the outlet's template gives the fields written
beside it (``Outlet.examples``, the way yt-dlp keeps ``_TESTS`` beside each extractor).

One test per (outlet, example, field), so a failure names all three; an adapter without an example, or an
example whose expected field the Article does not have, fails too.
"""

from __future__ import annotations

import functools
import json
from typing import TYPE_CHECKING, Any

import pytest

import beritaparse
from beritaparse.outlets import OUTLETS

if TYPE_CHECKING:
    from beritaparse.model import Article
    from beritaparse.outlets.base import Example


def _plain(value: object) -> Any:
    """Tuples to lists, as JSON holds them: an example writes tuples, to_dict() gives lists."""
    return json.loads(json.dumps(value, ensure_ascii=False))


@functools.cache
def _read(outlet_id: str, index: int) -> Article:
    example = OUTLETS[outlet_id].examples[index]
    if example.html is not None:
        return beritaparse.parse(example.html, url=example.url)
    assert example.text is not None
    return beritaparse.parse_text(example.text)


def _fields(article: Article) -> dict[str, Any]:
    data: dict[str, Any] = article.to_dict()
    data["paragraphs"] = list(article.paragraphs)
    return data


def _cases() -> list[Any]:
    found = []
    for outlet_id, outlet in sorted(OUTLETS.items()):
        for index, example in enumerate(outlet.examples):
            kind = "page" if example.html is not None else "paste"
            for field in ("outlet", *example.expect):
                found.append(pytest.param(outlet_id, index, field, id=f"{outlet_id}-{index}-{kind}:{field}"))
    return found


@pytest.mark.parametrize("outlet_id", sorted(OUTLETS))
def test_every_adapter_has_an_example(outlet_id: str) -> None:
    examples = OUTLETS[outlet_id].examples
    assert examples, f"{outlet_id} has no example of its template"
    for example in examples:
        assert example.note
        # a paste, or a page with the address that picks the adapter
        assert (example.text is None) != (example.html is None)
        assert example.html is None or example.url is not None


@pytest.mark.parametrize(("outlet_id", "index", "field"), _cases())
def test_example_field(outlet_id: str, index: int, field: str) -> None:
    example: Example = OUTLETS[outlet_id].examples[index]
    got = _fields(_read(outlet_id, index))
    assert field in got, f"no Article field {field!r}"
    if field == "outlet":
        # a paste names its outlet in its own words, a page by its address
        assert got["outlet"] == outlet_id
        return
    want = _plain(example.expect[field])
    if field == "removed":
        # the pieces the outlet's conventions set aside, each with its reason; the rules may set aside more
        removed = [[r["reason"], r["text"]] for r in got["removed"]]
        missing = [pair for pair in want if pair not in removed]
        assert missing == [], f"not removed: {missing}; removed: {removed}"
        return
    assert got[field] == want
