"""What batch work is made of: a :class:`Record` to parse, and the :class:`ErrorInfo` of one that failed."""

from __future__ import annotations

from typing import Literal

import attrs

__all__ = ["ErrorInfo", "InputKind", "Record"]

InputKind = Literal["html", "text"]


@attrs.frozen
class ErrorInfo:
    """Why an input could not be parsed: the exception class name and its message."""

    type: str
    message: str

    @classmethod
    def from_exception(cls, exc: BaseException) -> ErrorInfo:
        return cls(type(exc).__name__, str(exc))

    def to_dict(self) -> dict[str, str]:
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
