"""The outlet registry: every module in this package that defines ``OUTLET`` is an adapter.

Adding an outlet is adding a module (``beritaparse/outlets/<id>.py`` with ``OUTLET = Outlet(...)``); the
registry finds it, no list to edit.

>>> from beritaparse.outlets import for_url
>>> for_url("https://news.detik.com/berita/d-1/x").id
'detik'
>>> for_url("https://example.org/") is None
True
"""

from __future__ import annotations

import importlib
import pkgutil
from types import MappingProxyType
from typing import TYPE_CHECKING

from beritaparse.outlets.base import Outlet
from beritaparse.rules.strings import host_of, text_key

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["NAMES", "OUTLETS", "Outlet", "for_host", "for_name", "for_text", "for_url"]


def _discover() -> Mapping[str, Outlet]:
    found: dict[str, Outlet] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.name.startswith("_") or info.name == "base":
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        outlet = getattr(module, "OUTLET", None)
        if isinstance(outlet, Outlet):
            found[outlet.id] = outlet
    return MappingProxyType(found)


OUTLETS: Mapping[str, Outlet] = _discover()
"""Every known outlet by id."""

NAMES: tuple[str, ...] = tuple(dict.fromkeys(n for o in OUTLETS.values() for n in (o.name, *o.hosts)))
"""Every known outlet's name and hosts ("detikcom", "detik.com"): passed to the credit and title rules by the
callers that use adapters, so that a credit or a title part naming an outlet ("Bagus Kurniawan - detiknews")
is not read as a person or as part of the headline."""


_BY_HOST: Mapping[str, Outlet] = MappingProxyType({h: o for o in OUTLETS.values() for h in o.hosts})


def for_host(host: str) -> Outlet | None:
    """The outlet that claims ``host`` (or a parent domain of it), or None.

    The longest claimed suffix wins, so a network's sub-brand can have an adapter of its own.
    """
    labels = host.lower().rstrip(".").split(".")
    for i in range(len(labels) - 1):
        outlet = _BY_HOST.get(".".join(labels[i:]))
        if outlet is not None:
            return outlet
    return None


def for_url(url: str | None) -> Outlet | None:
    """The outlet whose host serves ``url``, or None."""
    host = host_of(url)
    return for_host(host) if host else None


def _name_key(name: str) -> str:
    return text_key(name).replace(" ", "")


def _by_name() -> Mapping[str, Outlet]:
    # An outlet's own name first, then its hosts ("kompas.com" given as a site name); the first claim stays.
    found: dict[str, Outlet] = {}
    for outlet in OUTLETS.values():
        found.setdefault(_name_key(outlet.name), outlet)
    for outlet in OUTLETS.values():
        for host in outlet.hosts:
            found.setdefault(_name_key(host), outlet)
    return MappingProxyType(found)


_BY_NAME = _by_name()


def for_name(name: str) -> Outlet | None:
    """The outlet a site name given by a page stands for ("Kompas.com", "detikcom", "kompas.com"), or None.

    >>> for_name("Liputan6.com").id
    'liputan6'
    """
    return _BY_NAME.get(_name_key(name)) if name else None


def for_text(text: str) -> Outlet | None:
    """The outlet whose own signals (name in the dateline, footer, credit line) appear in ``text``.

    Where several match, the one whose signal appears first wins: a paste opens with its own outlet's
    marks, while other outlets are named later as sources.
    """
    best: Outlet | None = None
    best_pos = len(text) + 1
    for outlet in OUTLETS.values():
        for pattern in outlet.signal_patterns:
            m = pattern.search(text)
            if m is not None and m.start() < best_pos:
                best, best_pos = outlet, m.start()
    return best
