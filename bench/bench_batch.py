"""Throughput and memory of ``beritaparse batch`` on the corpus pages, repeated into a WARC.gz.

    .venv/bin/python bench/bench_batch.py            # pages/s at 1 and 2 workers, peak RSS at 1k and 10k
    .venv/bin/python bench/bench_batch.py --quick    # smaller sizes, for a smoke run

Pages/s counts only the records that parsed into an article (a failure is quicker and would flatter the
figure). Peak RSS is the largest sum, over the command's process tree (main process and workers), of
resident memory, sampled every 50 ms. The WARC reader is timed alone too (warcio, and FastWARC when
installed) to show what reading costs next to parsing.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import time

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from beritaparse.batch import iter_warc

ROOT = pathlib.Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "tests" / "pages").glob("*/*.html"))


def build_warc(path: pathlib.Path, records: int) -> None:
    bodies = [p.read_bytes() for p in PAGES]
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for i in range(records):
            headers = [("Content-Type", "text/html; charset=UTF-8")]
            http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
            body = io.BytesIO(bodies[i % len(bodies)])
            record = writer.create_warc_record(
                f"https://bench.example/{i}", "response", payload=body, http_headers=http
            )
            writer.write_record(record)


def _tree_rss_kb(pid: int) -> int:
    total = 0
    stack = [pid]
    while stack:
        current = stack.pop()
        try:
            status = pathlib.Path(f"/proc/{current}/status").read_text()
            children = pathlib.Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
        stack.extend(int(c) for c in children)
    return total


def run_batch(warc: pathlib.Path, out: pathlib.Path, workers: int) -> tuple[float, int, int]:
    """Seconds, parsed records and peak RSS (KiB) of one ``beritaparse batch`` run."""
    command = [sys.executable, "-m", "beritaparse", "batch", str(warc), "-o", str(out), "-q"]
    command += ["-w", str(workers)]
    start = time.perf_counter()
    peak = 0
    with subprocess.Popen(command) as proc:  # noqa: S603 - our own interpreter and arguments
        while proc.poll() is None:
            peak = max(peak, _tree_rss_kb(proc.pid))
            time.sleep(0.05)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"batch failed with status {proc.returncode}")
    with out.open(encoding="utf-8") as lines:
        count = sum(1 for line in lines if "article" in json.loads(line))
    return elapsed, count, peak


def time_readers(warc: pathlib.Path) -> dict[str, float]:
    """Records per second of the WARC readers alone (payloads read, nothing parsed)."""
    rates: dict[str, float] = {}

    start = time.perf_counter()
    with warc.open("rb") as stream:
        count = sum(1 for _ in iter_warc(stream, str(warc)))
    rates["warcio (beritaparse.batch.iter_warc)"] = count / (time.perf_counter() - start)
    try:
        from fastwarc.warc import ArchiveIterator, WarcRecordType  # noqa: PLC0415 - optional, compared only
    except ImportError:
        return rates
    start = time.perf_counter()
    count = 0
    with warc.open("rb") as stream:
        for record in ArchiveIterator(stream, record_types=WarcRecordType.response, parse_http=True):
            record.reader.read()
            count += 1
    rates["fastwarc (ArchiveIterator, payload read)"] = count / (time.perf_counter() - start)
    return rates


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="300 records for speed, 300 and 1000 for memory")
    args = parser.parse_args()
    speed_n = 300 if args.quick else 3000
    memory_ns = (300, 1000) if args.quick else (1000, 10000)
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, {len(PAGES)} corpus pages")
    with tempfile.TemporaryDirectory() as tmp:
        folder = pathlib.Path(tmp)
        warc = folder / "speed.warc.gz"
        build_warc(warc, speed_n)
        print(f"\nthroughput, {speed_n} records ({warc.stat().st_size / 2**20:.0f} MiB WARC.gz):")
        for workers in (1, 2):
            elapsed, count, peak = run_batch(warc, folder / "out.jsonl", workers)
            rate, mib = count / elapsed, peak / 1024
            print(f"  {workers} worker(s): {rate:6.1f} pages/s ({elapsed:.1f} s, peak RSS {mib:.0f} MiB)")
        for name, rate in time_readers(warc).items():
            print(f"  reader only, {name}: {rate:.0f} records/s")
        print("\nmemory, 2 workers:")
        for n in memory_ns:
            big = folder / f"mem{n}.warc.gz"
            build_warc(big, n)
            elapsed, count, peak = run_batch(big, folder / "out.jsonl", 2)
            print(f"  {n:6d} records: peak RSS {peak / 1024:.0f} MiB ({count} records in {elapsed:.0f} s)")
            big.unlink()


if __name__ == "__main__":
    main()
