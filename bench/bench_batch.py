"""Throughput and memory of ``beritaparse batch`` on the corpus pages, repeated into a WARC.gz.

    .venv/bin/python bench/bench_batch.py            # pages/s at 1 and 2 workers, peak RSS at 1k and 10k
    .venv/bin/python bench/bench_batch.py --quick    # smaller sizes, for a smoke run

Pages/s counts only the records that parsed into an article (a failure is quicker and would flatter the
figure). Peak RSS is the largest sum, over the command's process tree (main process and workers), of
resident memory, sampled every 50 ms; "per worker" is the largest peak of any one worker process (the
main process, which reads the input and writes the output, is given apart). The WARC reader is timed
alone too (warcio, and FastWARC when installed) to show what reading costs next to parsing.
"""

from __future__ import annotations

import argparse
import dataclasses
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


_TICK = os.sysconf("SC_CLK_TCK")


def _tree_usage(pid: int) -> dict[int, tuple[int, float]]:
    """Resident memory (KiB) and CPU seconds so far of ``pid`` and each of its descendants."""
    sizes: dict[int, tuple[int, float]] = {}
    stack = [pid]
    while stack:
        current = stack.pop()
        try:
            status = pathlib.Path(f"/proc/{current}/status").read_text()
            stat = pathlib.Path(f"/proc/{current}/stat").read_text()
            children = pathlib.Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        # Fields 14 and 15 of /proc/PID/stat (after the command name in parentheses): user and system ticks.
        fields = stat.rsplit(")", 1)[1].split()
        cpu = (int(fields[11]) + int(fields[12])) / _TICK
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                sizes[current] = (int(line.split()[1]), cpu)
        stack.extend(int(c) for c in children)
    return sizes


@dataclasses.dataclass
class Run:
    seconds: float
    parsed: int
    peak_kb: int  # the whole tree
    main_kb: int  # the main process
    worker_kb: int  # the largest worker
    cpu: dict[int, float]  # CPU seconds of each process, the main one first

    @property
    def rate(self) -> float:
        return self.parsed / self.seconds

    @property
    def busiest(self) -> float:
        """CPU seconds of the busiest process: the run's length on cores nobody else uses."""
        return max(self.cpu.values())


def run_batch(warc: pathlib.Path, out: pathlib.Path, workers: int) -> Run:
    """One ``beritaparse batch`` run: its time, parsed records and peak memory."""
    command = [sys.executable, "-m", "beritaparse", "batch", str(warc), "-o", str(out), "-q"]
    command += ["-w", str(workers)]
    start = time.perf_counter()
    peak = main_peak = 0
    worker_peaks: dict[int, int] = {}
    cpu: dict[int, float] = {}
    with subprocess.Popen(command) as proc:  # noqa: S603 - our own interpreter and arguments
        while proc.poll() is None:
            usage = _tree_usage(proc.pid)
            peak = max(peak, sum(size for size, _ in usage.values()))
            main_peak = max(main_peak, usage.get(proc.pid, (0, 0.0))[0])
            for pid, (size, seconds) in usage.items():
                cpu[pid] = seconds  # the last sample, 50 ms before the process ended at most
                if pid != proc.pid:
                    worker_peaks[pid] = max(worker_peaks.get(pid, 0), size)
            time.sleep(0.05)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"batch failed with status {proc.returncode}")
    with out.open(encoding="utf-8") as lines:
        count = sum(1 for line in lines if "article" in json.loads(line))
    return Run(elapsed, count, peak, main_peak, max(worker_peaks.values(), default=main_peak), cpu)


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
        runs = {}
        for workers in (1, 2):
            run = runs[workers] = run_batch(warc, folder / "out.jsonl", workers)
            cpu = ", ".join(f"{seconds:.1f}" for seconds in run.cpu.values())
            print(
                f"  {workers} worker(s): {run.rate:6.1f} pages/s ({run.seconds:.1f} s, peak RSS"
                f" {run.peak_kb / 1024:.0f} MiB; CPU s per process, main first: {cpu})"
            )
        print(f"  2 workers / 1 worker, wall clock: {runs[2].rate / runs[1].rate:.2f}x")
        # On a shared machine the wall clock measures the neighbours too; the busiest process's CPU time
        # is how long the run takes on cores of its own.
        print(f"  2 workers / 1 worker, busiest process CPU: {runs[1].busiest / runs[2].busiest:.2f}x")
        for name, rate in time_readers(warc).items():
            print(f"  reader only, {name}: {rate:.0f} records/s")
        print("\nmemory, 2 workers:")
        for n in memory_ns:
            big = folder / f"mem{n}.warc.gz"
            build_warc(big, n)
            run = run_batch(big, folder / "out.jsonl", 2)
            print(
                f"  {n:6d} records: peak RSS {run.peak_kb / 1024:.0f} MiB in all, main process"
                f" {run.main_kb / 1024:.0f} MiB, per worker {run.worker_kb / 1024:.0f} MiB"
                f" ({run.parsed} parsed in {run.seconds:.0f} s)"
            )
            big.unlink()


if __name__ == "__main__":
    main()
