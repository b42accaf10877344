"""Write ``src/beritaparse/outlets/_index.py``: each adapter's id, name and hosts, read from the adapters.

    python tools/outlet_index.py [--check]

The registry answers a host or a site name from this index and imports an adapter module only when a page
of that outlet is read, so ``import beritaparse`` does not load every adapter. The adapters stay the one
place their names and hosts are written: this script copies them, ``tests/test_outlets.py`` fails when the
index falls behind, and the registry ignores an index that lists other modules than the folder holds.
``--check`` writes nothing and exits 1 when the file would change.
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
from pathlib import Path

import beritaparse.outlets
from beritaparse.outlets.base import Outlet

__all__ = ["main", "render"]

TARGET = Path(beritaparse.outlets.__file__).with_name("_index.py")

_HEAD = '''"""Each adapter's id, name and hosts, in id order: the registry answers a host or a site name from
here and imports an adapter module only when its outlet is needed.

Written by ``python tools/outlet_index.py`` from the adapters' own ``OUTLET`` values (where they are
stated); do not edit by hand. ``tests/test_outlets.py`` fails when this falls behind the adapters.
"""

from __future__ import annotations

INDEX: tuple[tuple[str, str, tuple[str, ...]], ...] = (
'''


def _quoted(text: str) -> str:
    # Double quotes, as the formatter writes them; JSON's escapes are Python's for these plain strings.
    return json.dumps(text, ensure_ascii=False)


def render() -> str:
    """The text of the index module for the adapter modules found in ``beritaparse/outlets/``."""
    lines = [_HEAD]
    for info in sorted(pkgutil.iter_modules(beritaparse.outlets.__path__), key=lambda i: i.name):
        if info.name.startswith("_") or info.name == "base":
            continue
        outlet = getattr(importlib.import_module(f"beritaparse.outlets.{info.name}"), "OUTLET", None)
        if isinstance(outlet, Outlet):
            hosts = ", ".join(_quoted(h) for h in outlet.hosts)
            hosts = f"({hosts},)" if len(outlet.hosts) == 1 else f"({hosts})"
            lines.append(f"    ({_quoted(outlet.id)}, {_quoted(outlet.name)}, {hosts}),\n")
    lines.append(")\n")
    return "".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="write nothing; exit 1 when the index is stale")
    args = ap.parse_args(argv)
    text = render()
    if TARGET.exists() and TARGET.read_text(encoding="utf-8") == text:
        return 0
    if args.check:
        sys.stderr.write(f"{TARGET} is stale: run python tools/outlet_index.py\n")
        return 1
    TARGET.write_text(text, encoding="utf-8")
    sys.stdout.write(f"wrote {TARGET}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
