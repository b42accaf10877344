"""rules.record.FrozenRecord: what the private result classes keep of a frozen attrs class."""

from __future__ import annotations

import attrs
import pytest

from beritaparse.page.metadata import PageMeta
from beritaparse.rules.blocks import Cleaned


def test_values_compare_hash_and_print_by_field() -> None:
    a, b = PageMeta(title="Banjir", authors=("Ani",)), PageMeta(title="Banjir", authors=("Ani",))
    assert a == b
    assert hash(a) == hash(b)
    assert a != PageMeta(title="Banjir")
    assert a != Cleaned()  # another class is never equal, whatever its fields
    assert repr(a).startswith("PageMeta(title='Banjir', description=None,")
    assert "authors=('Ani',)" in repr(a)


def test_no_field_changes_after_init() -> None:
    meta = PageMeta(title="Banjir")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        meta.title = "Longsor"  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        del meta.title  # type: ignore[misc]
    assert meta.title == "Banjir"


def test_with_body_changes_the_body_only() -> None:
    cleaned = Cleaned(authors=("Ani",), dateline="JAKARTA")
    changed = cleaned.with_body(())
    assert changed == cleaned
    assert changed is not cleaned
    assert (changed.authors, changed.dateline) == (("Ani",), "JAKARTA")
