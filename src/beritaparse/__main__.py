"""``python -m beritaparse``: the same as the ``beritaparse`` command."""

from __future__ import annotations

import sys

from beritaparse.cli import main

__all__: list[str] = []

if __name__ == "__main__":
    sys.exit(main())
