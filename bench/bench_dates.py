"""Time beritaparse.dates.parse_date against dateparser.parse on the 24 seed date cases, in one run.

dateparser is a bench-only dependency (the ``bench`` extra: ``pip install beritaparse[bench]``); the library
itself never imports it.

    .venv/bin/python bench/bench_dates.py [--rounds N]

Both parsers get the case's reference date (dateparser as ``RELATIVE_BASE``) and dateparser gets
``languages=["id", "en"]``. Scoring, per case:
- value right: beritaparse's ISO text equals the expected one; dateparser's datetime lies inside the
  expected interval (a time without zone read as WIB), or is the expected minute for timed cases;
- precision right: the value is right and nothing is invented. beritaparse: the granularity matches.
  dateparser.parse returns a full datetime, so it is at the right precision only for day and finer cases.

It also times ``find_dates`` over the committed pasted articles (tests/pastes/*/*.txt), in characters per
second: the running-text path every ``parse``/``parse_text`` call takes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
import warnings
from pathlib import Path
from typing import Any

from beritaparse.dates import find_dates, parse_date

WIB = dt.timezone(dt.timedelta(hours=7))
DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "normalization.json"
PASTES = DATA.parent.parent / "pastes"
FINE = {"day", "hour", "minute", "second"}


def load_cases() -> list[tuple[str, dt.date | None, str, str]]:
    cases = []
    for text, reference, expected, granularity in json.loads(DATA.read_text("utf-8"))["dates"]:
        ref = dt.date.fromisoformat(reference) if reference else None
        want = expected if isinstance(expected, str) else "/".join(expected)
        cases.append((text, ref, want, granularity))
    return cases


def interval(expected: str, granularity: str) -> tuple[dt.datetime, dt.datetime]:
    """The expected value as [start, end), to judge dateparser's single datetime."""
    if granularity in {"minute", "second"}:
        start = dt.datetime.fromisoformat(expected)
        return start, start + dt.timedelta(minutes=1 if granularity == "minute" else 0, seconds=1)
    if granularity == "span":
        first, last = expected.split("/")
        return _day(first), _day(last) + dt.timedelta(days=1)
    if granularity == "year":
        year = int(expected)
        return dt.datetime(year, 1, 1, tzinfo=WIB), dt.datetime(year + 1, 1, 1, tzinfo=WIB)
    if granularity == "month":
        year, month = map(int, expected.split("-"))
        end = dt.datetime(year + month // 12, month % 12 + 1, 1, tzinfo=WIB)
        return dt.datetime(year, month, 1, tzinfo=WIB), end
    return _day(expected), _day(expected) + dt.timedelta(days=1)


def _day(text: str) -> dt.datetime:
    day = dt.date.fromisoformat(text)
    return dt.datetime(day.year, day.month, day.day, tzinfo=WIB)


def run_dateparser(cases: list[tuple[str, dt.date | None, str, str]]) -> list[Any]:
    import dateparser  # noqa: PLC0415 - bench-only dependency, imported where it is used

    results = []
    for text, ref, _, _ in cases:
        # dateparser wants a naive RELATIVE_BASE; its wall clock is WIB here.
        base = dt.datetime(ref.year, ref.month, ref.day) if ref else None  # noqa: DTZ001
        settings = {"RELATIVE_BASE": base} if base else {}
        results.append(dateparser.parse(text, languages=["id", "en"], settings=settings))
    return results


def run_beritaparse(cases: list[tuple[str, dt.date | None, str, str]]) -> list[Any]:
    return [parse_date(text, reference=ref) for text, ref, _, _ in cases]


Case = tuple[str, dt.date | None, str, str]


def score_dateparser(cases: list[Case], results: list[Any]) -> tuple[int, int]:
    value_right = precision_right = 0
    for (_, _, expected, granularity), got in zip(cases, results, strict=True):
        if got is None:
            continue
        when = got if got.tzinfo else got.replace(tzinfo=WIB)
        start, end = interval(expected, granularity)
        if start <= when < end:
            value_right += 1
            precision_right += granularity in FINE
    return value_right, precision_right


def score_beritaparse(cases: list[Case], results: list[Any]) -> tuple[int, int]:
    value_right = precision_right = 0
    for (_, _, expected, granularity), got in zip(cases, results, strict=True):
        if got is not None and got.iso() == expected:
            value_right += 1
            precision_right += got.granularity == granularity
    return value_right, precision_right


def rate(function: Any, cases: list[Case], rounds: int, repeats: int = 5) -> float:
    """Parses per second, from the best of ``repeats`` timings (as timeit does: the least disturbed one)."""
    function(cases)  # warm up: dateparser loads its language data on first use
    best = float("inf")
    for _ in range(repeats):
        began = time.perf_counter()
        for _ in range(rounds):
            function(cases)
        best = min(best, time.perf_counter() - began)
    return rounds * len(cases) / best


def find_rate(texts: list[str], rounds: int, repeats: int = 5) -> float:
    """``find_dates`` characters per second over ``texts``, from the best of ``repeats`` timings."""
    reference = dt.date(2025, 2, 4)
    for text in texts:
        find_dates(text, reference=reference)
    best = float("inf")
    for _ in range(repeats):
        began = time.perf_counter()
        for _ in range(rounds):
            for text in texts:
                find_dates(text, reference=reference)
        best = min(best, time.perf_counter() - began)
    return rounds * sum(map(len, texts)) / best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10, help="passes over the seed cases per timing")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")  # dateparser's own deprecation warnings would drown the table
    cases = load_cases()
    ours = score_beritaparse(cases, run_beritaparse(cases))
    theirs = score_dateparser(cases, run_dateparser(cases))
    ours_rate = rate(run_beritaparse, cases, args.rounds * 10)
    theirs_rate = rate(run_dateparser, cases, args.rounds)
    n = len(cases)
    print(f"{n} seed date cases from {DATA.name}")
    print(f"{'parser':<12} {'value right':>12} {'precision right':>16} {'parses/s':>12}")
    print(f"{'beritaparse':<12} {ours[0]:>9}/{n} {ours[1]:>13}/{n} {ours_rate:>12,.0f}")
    print(f"{'dateparser':<12} {theirs[0]:>9}/{n} {theirs[1]:>13}/{n} {theirs_rate:>12,.0f}")
    print(f"speed ratio: {ours_rate / theirs_rate:.1f}x dateparser's parses per second")
    texts = [path.read_text("utf-8") for path in sorted(PASTES.glob("*/*.txt"))]
    chars = find_rate(texts, max(1, args.rounds // 5))
    print(f"find_dates over {len(texts)} pasted articles: {chars:,.0f} characters/s")


if __name__ == "__main__":
    main()
