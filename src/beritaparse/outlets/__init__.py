"""The outlet registry: every module in this package that defines ``OUTLET`` is an adapter.

Adding an outlet is adding a module (``beritaparse/outlets/<id>.py`` with ``OUTLET = Outlet(...)``) and
running ``python tools/outlet_index.py``, which copies its id, name and hosts into ``_index.py``. The
registry answers a host or a site name from that index and imports an adapter module the first time its
outlet is read, so an import of beritaparse loads no adapter, and a page loads only its own outlet's. An
index that lists other modules than the folder holds is not used: every adapter is then imported at once,
as the registry always did, so a module added without the index is found all the same (only slower).

>>> from beritaparse.outlets import for_url
>>> for_url("https://news.detik.com/berita/d-1/x").id
'detik'
>>> for_url("https://example.org/") is None
True
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from beritaparse.outlets._index import INDEX
from beritaparse.rules.credits import share_site_names
from beritaparse.rules.strings import host_of, text_key

if TYPE_CHECKING:
    from beritaparse.outlets.base import Outlet

__all__ = ["NAMES", "OUTLETS", "Outlet", "for_host", "for_name", "for_text", "for_url"]

_NOT_ADAPTERS = frozenset({"__init__", "_index", "base"})


def _load(outlet_id: str) -> Outlet | None:
    """The ``OUTLET`` of the module ``outlet_id``, or None when it defines none."""
    from beritaparse.outlets.base import Outlet  # noqa: PLC0415 (loaded with the first adapter)

    outlet = getattr(importlib.import_module(f"{__name__}.{outlet_id}"), "OUTLET", None)
    return outlet if isinstance(outlet, Outlet) else None


def _module_names() -> frozenset[str] | None:
    """The adapter modules in this package's folder, or None when it is no folder that can be listed."""
    try:
        files = os.listdir(__path__[0])  # noqa: PTH208 (pathlib is not loaded at import; os is)
    except OSError:
        return None
    return frozenset(f[:-3] for f in files if f.endswith(".py") and f[:-3] not in _NOT_ADAPTERS)


def _discover() -> dict[str, Outlet]:
    """Every adapter, each module imported now: what the registry does when the index cannot be trusted."""
    import pkgutil  # noqa: PLC0415 (only without a trusted index)

    found: dict[str, Outlet] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.name.startswith("_") or info.name == "base":
            continue
        outlet = _load(info.name)
        if outlet is not None:
            found[outlet.id] = outlet
    return found


class _Registry(Mapping[str, "Outlet"]):
    """Every known outlet by id, read-only; an adapter module is imported the first time its outlet is read.

    Iterating over the ids imports nothing; ``values()`` and ``items()`` import every adapter.
    """

    __slots__ = ("_ids", "_loaded")

    def __init__(self, ids: tuple[str, ...], loaded: Mapping[str, Outlet]) -> None:
        self._ids = ids
        self._loaded = dict(loaded)

    def __getitem__(self, outlet_id: str) -> Outlet:
        outlet = self._loaded.get(outlet_id)
        if outlet is None:
            if outlet_id not in self._ids:
                raise KeyError(outlet_id)
            outlet = _load(outlet_id)
            if outlet is None or outlet.id != outlet_id:  # the index fell behind the module's OUTLET
                raise KeyError(outlet_id)
            self._loaded[outlet_id] = outlet
        return outlet

    def __contains__(self, outlet_id: object) -> bool:
        return outlet_id in self._ids

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)

    def __repr__(self) -> str:
        return f"<outlet registry: {', '.join(self._ids)}>"


def _registry() -> tuple[_Registry, tuple[tuple[str, str, tuple[str, ...]], ...]]:
    """The registry and its (id, name, hosts) table: from the index when it lists the folder's modules."""
    if _module_names() == frozenset(i for i, _, _ in INDEX):
        return _Registry(tuple(i for i, _, _ in INDEX), {}), INDEX
    found = _discover()
    return _Registry(tuple(found), found), tuple((o.id, o.name, o.hosts) for o in found.values())


_REGISTRY, _TABLE = _registry()

OUTLETS: Mapping[str, Outlet] = _REGISTRY
"""Every known outlet by id (a read-only mapping; reading an outlet imports its adapter module)."""

NAMES: tuple[str, ...] = tuple(dict.fromkeys(n for _, name, hosts in _TABLE for n in (name, *hosts)))
"""Every known outlet's name and hosts ("detikcom", "detik.com"): passed to the credit and title rules by the
callers that use adapters, so that a credit or a title part naming an outlet ("Bagus Kurniawan - detiknews")
is not read as a person or as part of the headline."""
share_site_names(NAMES)


_BY_HOST: Mapping[str, str] = {h: i for i, _, hosts in _TABLE for h in hosts}


def for_host(host: str) -> Outlet | None:
    """The outlet that claims ``host`` (or a parent domain of it), or None.

    The longest claimed suffix wins, so a network's sub-brand can have an adapter of its own.
    """
    labels = host.lower().rstrip(".").split(".")
    for i in range(len(labels) - 1):
        outlet_id = _BY_HOST.get(".".join(labels[i:]))
        if outlet_id is not None:
            return OUTLETS[outlet_id]
    return None


def for_url(url: str | None) -> Outlet | None:
    """The outlet whose host serves ``url``, or None."""
    host = host_of(url)
    return for_host(host) if host else None


def _name_key(name: str) -> str:
    return text_key(name).replace(" ", "")


def _by_name() -> Mapping[str, str]:
    # An outlet's own name first, then its hosts ("kompas.com" given as a site name); the first claim stays.
    found: dict[str, str] = {}
    for outlet_id, name, _ in _TABLE:
        found.setdefault(_name_key(name), outlet_id)
    for outlet_id, _, hosts in _TABLE:
        for host in hosts:
            found.setdefault(_name_key(host), outlet_id)
    return found


_BY_NAME = _by_name()


def for_name(name: str) -> Outlet | None:
    """The outlet a site name given by a page stands for ("Kompas.com", "detikcom", "kompas.com"), or None.

    >>> for_name("Liputan6.com").id
    'liputan6'
    """
    outlet_id = _BY_NAME.get(_name_key(name)) if name else None
    return OUTLETS[outlet_id] if outlet_id is not None else None


def for_text(text: str) -> Outlet | None:
    """The outlet whose own signals (name in the dateline, footer, credit line) appear in ``text``.

    Where several match, the one whose signal appears first wins: a paste opens with its own outlet's
    marks, while other outlets are named later as sources. Every adapter is imported on the first call.
    """
    best: Outlet | None = None
    best_pos = len(text) + 1
    for outlet in OUTLETS.values():
        for pattern in outlet.signal_patterns:
            m = pattern.search(text)
            if m is not None and m.start() < best_pos:
                best, best_pos = outlet, m.start()
    return best


def __getattr__(name: str) -> Any:
    # ``Outlet`` is re-exported for callers who write adapters; its module is loaded with the first adapter.
    if name == "Outlet":
        from beritaparse.outlets.base import Outlet  # noqa: PLC0415

        globals()["Outlet"] = Outlet
        return Outlet
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
