"""The seed corpus for fuzz/fuzz_parse.py: every page of tests/pages and every paste of tests/pastes.

    python fuzz/make_corpus.py fuzz/corpus
"""

from __future__ import annotations

import hashlib
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def main() -> int:
    out = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "fuzz/corpus")
    out.mkdir(parents=True, exist_ok=True)
    count = 0
    # the first byte picks the entry point: 0 for parse(), 1 for parse_text()
    for prefix, pattern in ((b"\x00", "pages/*/*.html"), (b"\x01", "pastes/*/*.txt")):
        for path in sorted((ROOT / "tests").glob(pattern)):
            data = prefix + path.read_bytes()
            (out / hashlib.sha1(data).hexdigest()).write_bytes(data)  # noqa: S324 (a file name, not security)
            count += 1
    print(f"{count} seeds in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
