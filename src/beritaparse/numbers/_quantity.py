"""The :class:`Quantity` result: a number as the text gives it, with its bounds, unit and qualifier."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, TypeAlias

import attrs

if TYPE_CHECKING:
    from beritaparse.numbers._table import Qualifier

__all__ = ["Number", "Quantity"]

Number: TypeAlias = int | Decimal


@attrs.frozen
class Quantity:
    """One quantity found in text.

    ``value`` is the exact number (``int``, or ``Decimal`` when not whole); it is None for a range or a
    vague amount, whose ``low`` and ``high`` give the bounds (None = open). For an exact number
    ``low == high == value``. ``unit`` is a unit or currency code (``"IDR"``, ``"persen"``, ``"km2"``) or
    the lower-cased noun being counted (``"tentara"``; an acronym keeps its capitals: ``"KK"``), None
    when nothing is counted. ``raw`` is the text the quantity was read from and ``span`` its place, so
    ``text[span[0]:span[1]] == raw``. A minus sign makes the number negative ("-3,2 persen"); a
    direction ("turun 2,5 persen") does not. ``per`` is what a rate is per, as a unit code or a counted
    noun ("Rp 80.000 per kg": ``unit="IDR", per="kg"``), None for an amount that is no rate; a speed's
    unit already says it ("60 km/jam": ``unit="km/jam", per=None``).
    """

    value: Number | None
    low: Number | None
    high: Number | None
    unit: str | None
    qualifier: Qualifier | None
    raw: str
    span: tuple[int, int]
    per: str | None = None

    def to_dict(self) -> dict[str, object]:
        """Plain JSON-able data: whole numbers as ``int``, others as decimal strings (exact, unlike floats).

        >>> half = Decimal("1.5")
        >>> data = Quantity(half, half, half, "kg", None, "1,5 kg sehari", (0, 13), per="hari").to_dict()
        >>> data["value"], data["unit"], data["per"], data["span"]
        ('1.5', 'kg', 'hari', [0, 13])
        """
        return {
            "value": _plain(self.value),
            "low": _plain(self.low),
            "high": _plain(self.high),
            "unit": self.unit,
            "per": self.per,
            "qualifier": self.qualifier,
            "raw": self.raw,
            "span": list(self.span),
        }


def _plain(number: Number | None) -> int | str | None:
    return str(number) if isinstance(number, Decimal) else number
