"""The columns of a batch result, declared once for Parquet (pyarrow) and Spark.

One row per input: ``id``, ``url``, ``status`` (``parsed``, ``failed`` or ``skipped``), then ``article``
(a struct with the fields of :meth:`Article.to_dict`, null unless parsed), ``error`` (``type`` and
``message``, null unless failed) and ``skipped`` (the reason, null unless skipped).

Nested parts stay nested: ``body`` is an array of ``{kind, text, time}`` structs (``time``, the time of a
live report's update, null on other blocks), ``captions`` of
``{text, credit}``, ``related`` of ``{title, url}``, ``removed`` of ``{reason, text}``, so they can be
queried without parsing JSON. Dates are ISO 8601 strings, as in ``to_dict()``: a page may give only a day,
and a Spark timestamp would drop the page's UTC offset.

>>> [name for name, _ in RESULT_FIELDS]
['id', 'url', 'status', 'article', 'error', 'skipped']
>>> row = result_row({"id": "x", "url": None, "skipped": "HTTP status 404"})
>>> row["status"], row["article"], row["skipped"]
('skipped', None, 'HTTP status 404')
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, TypeAlias

from beritaparse.batch.records import status_of

if TYPE_CHECKING:
    from beritaparse.batch.records import BatchResult

__all__ = [
    "ARTICLE_FIELDS",
    "RESULT_FIELDS",
    "FieldSpec",
    "Fields",
    "arrow_schema",
    "load_pyarrow",
    "result_row",
]

FieldSpec: TypeAlias = "str | list[FieldSpec] | tuple[tuple[str, FieldSpec], ...]"
"""``"string"`` or ``"int"``; a one-item list is an array of that; a tuple of pairs is a struct."""
Fields: TypeAlias = tuple[tuple[str, FieldSpec], ...]

_STR = "string"
ARTICLE_FIELDS: Fields = (
    ("title", _STR),
    ("subtitle", _STR),
    ("outlet", _STR),
    ("url", _STR),
    ("published", _STR),
    ("updated", _STR),
    ("published_inferred", _STR),
    ("authors", [_STR]),
    ("editors", [_STR]),
    ("dateline", _STR),
    ("section", _STR),
    ("tags", [_STR]),
    ("body", [(("kind", _STR), ("text", _STR), ("time", _STR))]),
    ("headings", [_STR]),
    ("captions", [(("text", _STR), ("credit", _STR))]),
    ("related", [(("title", _STR), ("url", _STR))]),
    ("reading_time_minutes", "int"),
    ("more_pages", [_STR]),
    ("removed", [(("reason", _STR), ("text", _STR))]),
)
RESULT_FIELDS: Fields = (
    ("id", _STR),
    ("url", _STR),
    ("status", _STR),
    ("article", ARTICLE_FIELDS),
    ("error", (("type", _STR), ("message", _STR))),
    ("skipped", _STR),
)


def result_row(result: BatchResult) -> dict[str, Any]:
    """An output record with every column present (missing parts are ``None``)."""
    return {
        "id": result["id"],
        "url": result.get("url"),
        "status": status_of(result),
        "article": result.get("article"),
        "error": result.get("error"),
        "skipped": result.get("skipped"),
    }


def load_pyarrow(module: str) -> Any:
    # Imported by name: pyarrow is an optional extra without type information, and mypy must pass
    # whether or not it is installed.
    return importlib.import_module(module)


def arrow_schema() -> Any:
    """The result columns as a ``pyarrow.Schema`` (needs the ``parquet`` extra)."""
    pa = load_pyarrow("pyarrow")

    def convert(spec: FieldSpec) -> Any:
        if isinstance(spec, str):
            return pa.string() if spec == _STR else pa.int64()
        if isinstance(spec, list):
            return pa.list_(convert(spec[0]))
        return pa.struct([pa.field(name, convert(sub)) for name, sub in spec])

    return pa.schema([pa.field(name, convert(spec)) for name, spec in RESULT_FIELDS])
