"""Throughput of beritaparse.numbers.find_quantities on the seed articles' bodies (characters per second).

Run: .venv/bin/python bench/bench_numbers.py [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from beritaparse.numbers import find_quantities

SEEDS = Path(__file__).resolve().parent.parent / "tests" / "seeds"


def bodies() -> list[str]:
    texts = []
    for path in sorted(SEEDS.glob("*.expected.json")):
        article = json.loads(path.read_text(encoding="utf-8"))
        texts.append("\n".join(article.get("body") or []))
    return [text for text in texts if text]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=200, help="passes over all bodies (default 200)")
    args = parser.parse_args()
    texts = bodies()
    chars = sum(len(text) for text in texts)
    found = sum(len(find_quantities(text)) for text in texts)  # also warms the compiled patterns
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        for _ in range(args.repeat):
            for text in texts:
                find_quantities(text)
        best = min(best, time.perf_counter() - start)
    total = chars * args.repeat
    print(f"{len(texts)} bodies, {chars} characters, {found} quantities per pass")
    print(f"find_quantities: {total / best:,.0f} characters/second (best of 5 x {args.repeat} passes)")


if __name__ == "__main__":
    main()
