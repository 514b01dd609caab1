"""Where a batch's worker time goes: one run, every paper's start and end on each worker.

    python benchmarks/batch_timeline.py [--papers 40] [--workers 2] [--work-dir DIR] [--papers-table]

Builds the ``mitominer bench`` corpus (``batch_bench.build_bench_corpus``), runs it
once with the real stages and prints, per worker: papers, busy wall seconds,
stage CPU seconds, the idle gaps between two of its papers (the hand-over: the
result's trip to the parent and the next paper's back), and when it ended; then
the end imbalance (the last worker's end minus the first's: the tail that
longest-first ordering is meant to keep short), the results' pickled size and
the time the parent spends pickling one like it and writing the cache (done
after the freed worker got its next paper). ``--papers-table`` adds one line a
paper, in start order, with its file size, so the order papers were handed out
in can be set against what they cost. Each result carries its worker's pid and
epoch start/end stamps (``task.process_paper``), so nothing here touches the
workers.
"""

from __future__ import annotations

import argparse
import os
import pickle
import shutil
import sys
import tempfile
import time
from pathlib import Path

if __name__ == "__main__":  # run as a script: this checkout's pipeline package, not an installed one
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    sys.path.insert(0, str(Path(__file__).resolve().parent))


def timeline(papers: int, workers: int, root: Path, per_paper: bool) -> str:
    import batch_bench

    import pipeline.batch.runner as runner
    from pipeline.batch.discover import discover
    from pipeline.batch.runner import RunOptions, run_batch

    corpus = batch_bench.build_bench_corpus(root / "corpus", papers).folder
    sizes = {i.sha256: (i.size, i.path) for i in discover(corpus)}
    records: list[dict] = []
    store = runner.store_result

    def measured_store(out_dir, version, result):
        start = time.perf_counter()
        pickled = len(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
        pickled_at = time.perf_counter()
        path = store(out_dir, version, result)
        worker = result.get("worker") or {}
        timings = result.get("timings") or {}
        records.append({
            "sha256": result["sha256"], "pid": worker.get("pid"), "started": worker.get("started", 0.0),
            "ended": worker.get("ended", 0.0), "received": time.time(), "pickled": pickled,
            "pickle_s": pickled_at - start, "store_s": time.perf_counter() - pickled_at,
            "cpu": sum(v for k, v in timings.items() if k.endswith("_cpu")),
        })
        return path

    runner.store_result = measured_store
    cpu = time.process_time()
    try:
        summary = run_batch(corpus, root / "out", RunOptions(workers=workers, force=True, quiet=True))
    finally:
        runner.store_result = store
    parent_cpu = time.process_time() - cpu
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    t0 = min((r["started"] for r in records), default=0.0)
    lines = [
        "mitominer batch timeline",
        f"{summary.processed} papers, {workers} workers, {os.cpu_count()} CPUs, load average {load}; "
        f"start-up {summary.startup:.1f} s, processing {summary.elapsed:.1f} s, parent CPU {parent_cpu:.1f} s",
        f"{'worker':>8} {'papers':>6} {'busy_s':>7} {'cpu_s':>6} {'gaps_s':>7} {'max_gap_s':>9} {'end_s':>6}",
    ]
    by_worker: dict[int, list[dict]] = {}
    for r in sorted(records, key=lambda r: r["started"]):
        by_worker.setdefault(r["pid"], []).append(r)
    ends = []
    for pid, rows in sorted(by_worker.items(), key=lambda kv: kv[1][0]["started"]):
        gaps = [b["started"] - a["ended"] for a, b in zip(rows, rows[1:])]
        ends.append(rows[-1]["ended"] - t0)
        lines.append(
            f"{pid:>8} {len(rows):>6} {sum(r['ended'] - r['started'] for r in rows):>7.1f} "
            f"{sum(r['cpu'] for r in rows):>6.1f} {sum(gaps):>7.2f} {max(gaps, default=0.0):>9.2f} {ends[-1]:>6.1f}"
        )
    if records:
        lines.append(
            f"end imbalance {max(ends) - min(ends):.1f} s; results pickled {sum(r['pickled'] for r in records) / 1e6:.1f} MB "
            f"(largest {max(r['pickled'] for r in records) / 1e3:.0f} KB, {sum(r['pickle_s'] for r in records):.2f} s to "
            f"pickle in the parent); cache writes {sum(r['store_s'] for r in records):.2f} s; result to parent "
            f"{sum(r['received'] - r['ended'] for r in records):.2f} s in all"
        )
    if per_paper:
        for r in sorted(records, key=lambda r: r["started"]):
            size, path = sizes.get(r["sha256"], (0, "?"))
            lines.append(
                f"{r['pid']:>8} start {r['started'] - t0:6.1f} wall {r['ended'] - r['started']:5.1f} cpu {r['cpu']:5.2f} "
                f"size {size / 1e3:6.0f} KB pickled {r['pickled'] / 1e3:5.0f} KB {path}"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--papers", type=int, default=40)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--work-dir", type=Path, help="a new folder for the corpus and output (default: a temporary one)")
    parser.add_argument("--papers-table", action="store_true", help="one line per paper")
    args = parser.parse_args(argv)
    root = args.work_dir or Path(tempfile.mkdtemp(prefix="mitominer-timeline-"))
    if args.work_dir and args.work_dir.exists() and any(args.work_dir.iterdir()):
        print(f"mitominer: {args.work_dir}: --work-dir must be new or empty", file=sys.stderr)
        return 1
    try:
        print(timeline(args.papers, args.workers, root, args.papers_table))
    finally:
        if not args.work_dir:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
