"""Indonesian numbers and quantities as news writes them: digits, words, scales, ranges, qualifiers.

>>> from beritaparse.numbers import find_quantities, parse_quantity
>>> q = parse_quantity("lebih dari 10 ribu pasukannya")
>>> q.value, q.unit, q.qualifier
(10000, 'pasukan', 'above')
>>> parse_quantity("seratus dua belas ribu").value
112000
>>> q = parse_quantity("Rp 1,5 triliun")
>>> q.value, q.unit
(1500000000000, 'IDR')
>>> q = parse_quantity("jutaan peluru artileri")
>>> q.value, q.low, q.high, q.unit, q.qualifier
(None, 1000000, None, 'peluru', 'approx')
>>> parse_quantity("3,5 persen").value
Decimal('3.5')
>>> parse_quantity("3.5 percent", decimal_separator=".").value
Decimal('3.5')
>>> [(q.raw, q.low, q.high) for q in find_quantities("Pada 2024, 10.000 hingga 12.000 tentara tiba.")]
[('10.000 hingga 12.000 tentara', 10000, 12000)]

Separators are a parameter, never guessed: with the default ``decimal_separator=","`` "10.000" is ten
thousand and "1,5" one and a half; with ``"."`` it is the other way round. docs/numbers.md shows every
form and what running text leaves out (years, dates, times, labels, ordinals, list markers).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from beritaparse.errors import InputTypeError
from beritaparse.numbers._quantity import Quantity

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["Quantity", "find_quantities", "parse_quantity"]

DecimalSeparator = Literal[",", "."]


def _check(text: object, decimal_separator: object) -> None:
    if not isinstance(text, str):
        raise InputTypeError(f"a quantity text must be str, not {type(text).__name__}")
    if decimal_separator not in (",", "."):
        # The parameter's type is Literal[",", "."]: another value is a type error.
        raise InputTypeError(f"decimal_separator must be ',' or '.', not {decimal_separator!r}")


def _scanner() -> Callable[..., list[Quantity]]:
    """The scanner, imported on first use: its tables and patterns cost an import nothing (issue 14).

    After the first call the import statement is a dictionary look-up in ``sys.modules``.
    """
    from beritaparse.numbers._scan import scan  # noqa: PLC0415 (lazy on purpose, see above)

    return scan


def parse_quantity(text: str, *, decimal_separator: DecimalSeparator = ",") -> Quantity | None:
    """The main quantity in one expression ("sekitar 300 prajurit", "bertemu Kim tiga kali").

    The first quantity in the text is the main one; None when there is none. Unlike
    :func:`find_quantities`, nothing is left out as a year or a label: the caller says this is a quantity.
    """
    _check(text, decimal_separator)
    found = _scanner()(text, decimal_separator, running=False, first_only=True)
    return found[0] if found else None


def find_quantities(text: str, *, decimal_separator: DecimalSeparator = ",") -> list[Quantity]:
    """Every quantity in running text, in order and not overlapping, each with its ``raw`` and ``span``."""
    _check(text, decimal_separator)
    return _scanner()(text, decimal_separator, running=True)
