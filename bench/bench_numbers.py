"""Speed of beritaparse.numbers: throughput on the seed articles, and a sweep over hostile input.

Run: .venv/bin/python bench/bench_numbers.py [--repeat N]      characters per second of find_quantities
     .venv/bin/python bench/bench_numbers.py --sweep           time per size over growing adversarial text

The sweep grows each adversarial text (runs of one character, digits, dots, "s"/"ff", repeated amounts,
number words, qualifiers, telephone-like groups...) from 1 KB to 64 KB, doubling, and times
find_quantities and parse_quantity on it. The scanner should be linear: doubling the input about doubles
the time, and no 64 KB input takes over a second. One step of a row may grow by more than two where the
text outgrows a processor cache (a plain ``regex`` search over the same text shows the same step, and the
doublings after it double again), so a row is judged by its growth over all sizes: the exponent k in
time ~ size**k, 1 for linear and 2 for quadratic, must stay under 1.5. Rows over either limit are marked
and the exit status is 1. (Speed is measured here, not asserted in the tests.)
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from itertools import pairwise
from pathlib import Path

from beritaparse.numbers import find_quantities, parse_quantity

SEEDS = Path(__file__).resolve().parent.parent / "tests" / "seeds"

# Each unit is repeated up to the size; together they hit every pattern piece: digit runs and separators
# (bounded repeats), word look-ups, qualifiers read backwards, ranges, rates, telephone numbers, plates.
ADVERSARIAL = {
    "digits": "1",
    "digits spaced": "1 ",
    "dots": ".",
    "digit dots": "1.",
    "grouped": "1.000.",
    "commas": "1,",
    "zeros": "0",
    "phone-ish": "0812 ",
    "plus": "+62 ",
    "brackets": "(0",
    "plates": "B 1 ",
    "dashes": "- ",
    "minus digits": "-1",
    "letters s": "s",
    "letters ff": "ff",
    "words": "kata ",
    "number words": "dua puluh ",
    "satu": "satu ",
    "vague": "puluhan ribu ",
    "scales": "juta ",
    "amounts": "Rp 1.000 ",
    "currency": "Rp ",
    "dollar": "$",
    "dollar spaced": "$ ",
    "qualifiers": "lebih dari ",
    "comparatives": "lebih murah daripada ",
    "ranges": "5 dolar sampai ",
    "rates": "per ",
    "slashes": "1/",
    "se-words": "sebulan ",
    "decimals": ",5",
    "whitespace": " ",
}
SIZES = [1024 * 2**k for k in range(7)]  # 1 KB .. 64 KB
MAX_SECONDS_64K = 1.0
# time ~ size**k: 1 is linear, 2 quadratic.
MAX_EXPONENT = 1.5
# Times under this are timer noise, not growth.
MEASURABLE = 2e-4


def bodies() -> list[str]:
    texts = []
    for path in sorted(SEEDS.glob("*.expected.json")):
        article = json.loads(path.read_text(encoding="utf-8"))
        texts.append("\n".join(article.get("body") or []))
    return [text for text in texts if text]


def throughput(repeat: int) -> None:
    texts = bodies()
    chars = sum(len(text) for text in texts)
    found = sum(len(find_quantities(text)) for text in texts)  # also warms the compiled patterns
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        for _ in range(repeat):
            for text in texts:
                find_quantities(text)
        best = min(best, time.perf_counter() - start)
    total = chars * repeat
    print(f"{len(texts)} bodies, {chars} characters, {found} quantities per pass")
    print(f"find_quantities: {total / best:,.0f} characters/second (best of 5 x {repeat} passes)")


def _timed(function: object, text: str) -> float:
    """The best of three calls in CPU time: on a machine shared with other jobs, wall time measures them."""
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        function(text)  # type: ignore[operator]
        best = min(best, time.process_time() - start)
    return best


def _exponent(times: list[float]) -> float:
    """k in time ~ size**k, from the first measurable size to the largest (sizes double)."""
    first = next((i for i, seconds in enumerate(times) if seconds > MEASURABLE), len(times) - 1)
    doublings = len(times) - 1 - first
    if doublings < 2:
        return 1.0  # too fast to measure growth at all
    return math.log2(times[-1] / times[first]) / doublings


def sweep() -> bool:
    """Print the time per size for every adversarial text; True when every row keeps the rules."""
    find_quantities("Rp 1.000")  # load the scanner before timing
    ok = True
    print(
        f"{'input':16} {'function':16} " + " ".join(f"{size // 1024:>6}K" for size in SIZES) + "  x2 max  k"
    )
    for name, unit in ADVERSARIAL.items():
        texts = [(unit * (size // len(unit) + 1))[:size] for size in SIZES]
        for function in (find_quantities, parse_quantity):
            times = [_timed(function, text) for text in texts]
            ratios = [later / earlier for earlier, later in pairwise(times) if later > MEASURABLE]
            worst = max(ratios, default=1.0)
            exponent = _exponent(times)
            bad = times[-1] > MAX_SECONDS_64K or exponent > MAX_EXPONENT
            ok = ok and not bad
            cells = " ".join(f"{seconds * 1000:6.1f}m" for seconds in times)
            flag = "  <-- SLOW" if bad else ""
            print(f"{name:16} {function.__name__:16} {cells}  {worst:5.2f} {exponent:4.2f}{flag}")
    print("CPU milliseconds (best of 3); x2 max: the largest growth of one doubling; k: the exponent")
    print("every row linear (k < 1.5) and under 1 s at 64 KB:", "yes" if ok else "NO")
    return ok


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=200, help="passes over all bodies (default 200)")
    parser.add_argument("--sweep", action="store_true", help="time growing adversarial inputs instead")
    args = parser.parse_args()
    if args.sweep:
        sys.exit(0 if sweep() else 1)
    throughput(args.repeat)


if __name__ == "__main__":
    main()
