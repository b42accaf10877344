"""Time per size for every public function over growing adversarial inputs (issue 15).

For each input family (runs of one letter, "s"/"ff"/"ss", digits, dots, base64, repeated dates, repeated cue
phrases, repeated amounts...) and each public entry point, the input doubles from 1 KB to 64 KB. A function is
linear when doubling its input about doubles its time; this prints the worst ratio between two steps and the
time at 64 KB, and exits 1 when a ratio passes --max-ratio or a 64 KB input takes longer than --max-seconds.

    python bench/bench_adversarial.py                 # every family and function, 1 KB .. 64 KB
    python bench/bench_adversarial.py --quick         # 1 KB .. 16 KB, fewer families
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import itertools
import random
import sys
import time
from typing import TYPE_CHECKING, Any

import beritaparse
from beritaparse.errors import BeritaparseError

if TYPE_CHECKING:
    from collections.abc import Callable

rng = random.Random(15)
B64 = base64.b64encode(rng.randbytes(200_000)).decode()

FAMILIES: dict[str, Callable[[int], str]] = {
    "a": lambda n: "a" * n,
    "s": lambda n: "s" * n,
    "ff": lambda n: "ff" * (n // 2),
    "ss": lambda n: "ss" * (n // 2),
    "S": lambda n: "S" * n,
    "digits": lambda n: "7" * n,
    "dots": lambda n: "." * n,
    "digit-dots": lambda n: "1." * (n // 2),
    "digit-commas": lambda n: "1," * (n // 2),
    "spaces": lambda n: "a " * (n // 2),
    "newlines": lambda n: "Aa\n" * (n // 3),
    "base64": lambda n: B64[:n],
    "dates": lambda n: ("Selasa (17/12) " * (n // 15 + 1))[:n],
    "datetimes": lambda n: ("Senin, 13 Mei 2024 13:24 WIB " * (n // 29 + 1))[:n],
    "amounts": lambda n: ("Rp 1,5 triliun " * (n // 15 + 1))[:n],
    "ranges": lambda n: ("5-7 juta " * (n // 9 + 1))[:n],
    "cues": lambda n: ("Baca juga: " * (n // 11 + 1))[:n],
    "initials": lambda n: ("(abc/def) " * (n // 10 + 1))[:n],
    "domains": lambda n: ("kompas.com " * (n // 11 + 1))[:n],
    "caps": lambda n: ("JAKARTA " * (n // 8 + 1))[:n],
    "dashes": lambda n: ("- " * (n // 2 + 1))[:n],
    "parens": lambda n: ("(" * n),
    "brackets": lambda n: ("[" * n),
}
QUICK = ("s", "ff", "digits", "dots", "base64", "dates", "amounts", "cues", "initials", "domains")

PROSE = "Harga beras di pasar tradisional kembali naik pada pekan ini, kata para pedagang setempat. "


ARTICLE = f"<article><p>{PROSE * 3}</p></article>"


def _page_title(s: str) -> str:
    return f"<html><head><title>Judul berita - {s} x.c</title></head><body>{ARTICLE}</body></html>"


def _page_body(s: str) -> str:
    return f"<html><head><title>Judul</title></head><body><div><p>{PROSE}{s}</p>{ARTICLE}</div></body></html>"


def _page_attr(s: str) -> str:
    return f"<html><body><div class='{s}'><a href='http://x.id/{s}'>{PROSE}</a>{ARTICLE}</div></body></html>"


FUNCTIONS: dict[str, Callable[[str], object]] = {
    "parse(title)": lambda s: beritaparse.parse(_page_title(s)),
    "parse(body)": lambda s: beritaparse.parse(_page_body(s)),
    "parse(attributes)": lambda s: beritaparse.parse(_page_attr(s)),
    "parse(url)": lambda s: beritaparse.parse(_page_body("x"), url=f"https://x.id/{s}"),
    "parse_text": lambda s: beritaparse.parse_text(f"Judul Berita\n{PROSE}{s}\n{PROSE}"),
    "parse_text(line)": beritaparse.parse_text,
    "parse_date": beritaparse.parse_date,
    "find_dates": beritaparse.find_dates,
    "parse_quantity": beritaparse.parse_quantity,
    "find_quantities": beritaparse.find_quantities,
}


def _bounded_caches() -> list[Any]:
    """The package's bounded caches (lines, texts, dates read); unbounded ones hold compiled patterns."""
    found = []
    for name, module in list(sys.modules.items()):
        if name.split(".")[0] != "beritaparse":
            continue
        for value in vars(module).values():
            info = getattr(value, "cache_info", None)
            if callable(info) and info().maxsize is not None:
                found.append(value)
    return found


def _time(fn: Callable[[str], object], text: str, budget: float) -> float:
    # Every run starts with the text caches empty: the best of several runs would otherwise time the cached
    # answer to the same input, not the work a new hostile input costs.
    caches = _bounded_caches()
    best = float("inf")
    spent = 0.0
    while spent < budget or best == float("inf"):
        # CPU time of this process, not the wall clock: on a shared machine a few milliseconds of someone
        # else's work between two sizes read as a super-linear jump. The functions run in this thread only.
        for cache in caches:
            cache.cache_clear()
        t0 = time.process_time()
        with contextlib.suppress(BeritaparseError):
            fn(text)
        took = time.process_time() - t0
        best = min(best, took)
        spent += took
        if took > 1.0:
            break
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--max-ratio", type=float, default=3.0, help="worst allowed time ratio per doubling")
    ap.add_argument("--max-seconds", type=float, default=1.0, help="worst allowed time at the largest size")
    ap.add_argument("--only", help="a substring of the function names to run")
    args = ap.parse_args(argv)
    sizes = [1024 * 2**i for i in range(5 if args.quick else 7)]
    families = QUICK if args.quick else tuple(FAMILIES)
    failed = []
    print(f"{'function':18} {'family':13} " + " ".join(f"{s // 1024:>6}K" for s in sizes) + "  worst-ratio")
    for fname, fn in FUNCTIONS.items():
        if args.only and args.only not in fname:
            continue
        for family in families:
            times = [_time(fn, FAMILIES[family](size), 0.05) for size in sizes]
            # below a tenth of a millisecond the clock's noise decides the ratio
            ratios = [b / a for a, b in itertools.pairwise(times) if max(a, b) > 1e-4]
            worst = max(ratios, default=1.0)
            row = " ".join(f"{t * 1000:7.1f}" for t in times)
            bad = worst > args.max_ratio or times[-1] > args.max_seconds
            flag = "  <-- super-linear" if bad else ""
            print(f"{fname:18} {family:13} {row}  {worst:5.2f}{flag}", flush=True)
            if bad:
                failed.append((fname, family))
    print(f"\n{len(failed)} super-linear or slow:", ", ".join(f"{f}/{fam}" for f, fam in failed) or "none")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
