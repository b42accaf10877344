"""What batch work is made of: a :class:`Record` to parse, and the :class:`BatchResult` that comes out.

A :class:`BatchResult` is a plain dict (JSON-able as it is), typed so a type checker knows its keys:
``id`` and ``url`` always, then exactly one of ``article`` (``Article.to_dict()``), ``error``
(:class:`ErrorDict`) or ``skipped`` (the reason).

>>> result: BatchResult = {"id": "a.html", "url": None, "skipped": "not a page file (.png)"}
>>> status_of(result)
'skipped'
"""

from __future__ import annotations

from typing import Any, Literal, TypedDict

import attrs

__all__ = ["BatchResult", "ErrorDict", "ErrorInfo", "InputKind", "Record", "Status", "status_of"]

InputKind = Literal["html", "text"]
Status = Literal["parsed", "failed", "skipped"]


class ErrorDict(TypedDict):
    """Why an input failed: the exception's class name and its message."""

    type: str
    message: str


class _ResultKeys(TypedDict):
    id: str
    url: str | None


class BatchResult(_ResultKeys, total=False):
    """One output record of a batch: ``id``, ``url`` and one of ``article``, ``error``, ``skipped``."""

    article: dict[str, Any]
    error: ErrorDict
    skipped: str


def status_of(result: BatchResult) -> Status:
    """``"parsed"``, ``"failed"`` or ``"skipped"``."""
    if "article" in result:
        return "parsed"
    if "error" in result:
        return "failed"
    return "skipped"


@attrs.frozen
class ErrorInfo:
    """Why an input could not be parsed: the exception class name and its message."""

    type: str
    message: str

    @classmethod
    def from_exception(cls, exc: BaseException) -> ErrorInfo:
        return cls(type(exc).__name__, str(exc))

    def to_dict(self) -> ErrorDict:
        return {"type": self.type, "message": self.message}


@attrs.frozen
class Record:
    """One unit of batch work: a page (``kind="html"``) or pasted text (``kind="text"``) with its id.

    A record that could not be read has ``error`` set; one that is not a page has ``skip`` set (the reason).
    """

    id: str
    url: str | None = None
    payload: bytes = b""
    kind: InputKind = "html"
    error: ErrorInfo | None = None
    skip: str | None = None

    def result(self) -> BatchResult | None:
        """The output record of a record that carries an error or a skip reason (``None`` for a payload)."""
        if self.error is not None:
            return {"id": self.id, "url": self.url, "error": self.error.to_dict()}
        if self.skip is not None:
            return {"id": self.id, "url": self.url, "skipped": self.skip}
        return None
