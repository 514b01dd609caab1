"""Parent memory of a batch run at 100 and 1,000 papers: is it flat?

    python benchmarks/batch_memory.py [--papers 100,1000] [--workers 2] [--code DIR]

Each size runs in a fresh Python process (peak RSS is a lifetime figure), on a
corpus of cheap text papers: the review's two text renditions cycled, each copy
with a distinct last line so no two share a hash. The stages are the stand-ins
of ``batch_stub_stages.py`` (a real paper's worth of rows in milliseconds), so
1,000 papers take a few minutes and the figures are the batch machinery's own:
discovery, the pool, the cache writes and the dataset build in the parent.

Printed per size: the parent's resident memory after imports (``base_mb``),
its peak over the whole run (``peak_mb``, ``ru_maxrss``), its peak before the
dataset build (``run_mb``: discovery, the pool, the cache writes), the peak of
the dataset build alone (``build_mb``: the process's high-water mark reset just
before the build; Linux ``/proc/self/clear_refs``, else 0),
the largest worker's peak, the dataset's rows and the CPU seconds of the
parent. ``--code DIR`` runs another checkout's ``pipeline`` package (e.g. the
code before a change) with the same stages and corpus.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


def rss_mb() -> float:
    """Current resident memory of this process (VmRSS), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def hwm_mb() -> float:
    """Resident high-water mark (VmHWM), in MB: the peak since start or the last reset."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def reset_hwm() -> bool:
    """Reset VmHWM to the current RSS (Linux: writing 5 to clear_refs); False where unsupported."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def build_corpus(folder: Path, papers: int) -> int:
    sources = sorted((REPO / "corpus").glob("*.txt"))
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for k in range(papers):
        source = sources[k % len(sources)]
        data = source.read_bytes() + f"\n\nBenchmark copy {k}.\n".encode("ascii")
        (folder / f"{k:05d}-{source.stem}.txt").write_bytes(data)
        total += len(data)
    return total


def run_one(papers: int, workers: int, work: Path) -> dict:
    """One size, in this process: build the corpus, run the batch, measure the parent."""
    import batch_stub_stages

    import pipeline.batch.dataset as dataset
    from pipeline.batch.runner import RunOptions, run_batch

    corpus_bytes = build_corpus(work / "corpus", papers)
    base = rss_mb()
    build_peak = {"mb": 0.0, "run_mb": 0.0}
    original = dataset.build_dataset

    def measured_build(*args, **kwargs):  # the dataset build's own high-water mark
        build_peak["run_mb"] = hwm_mb()  # discovery, the pool and the cache writes
        resettable = reset_hwm()
        summary = original(*args, **kwargs)
        build_peak["mb"] = hwm_mb() if resettable else 0.0
        return summary

    import pipeline.batch.runner as runner

    runner.build_dataset = measured_build
    cpu, wall = time.process_time(), time.monotonic()
    summary = run_batch(
        work / "corpus", work / "out",
        RunOptions(workers=workers, force=True, quiet=True, stages=batch_stub_stages.STAGES),
    )
    import pipeline

    return {
        "code": str(Path(pipeline.__file__).resolve().parents[1]),
        "papers": papers,
        "corpus_mb": corpus_bytes / 1e6,
        "base_mb": base,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "run_mb": build_peak["run_mb"],
        "build_mb": build_peak["mb"],
        "worker_peak_mb": max(summary.peak_rss_kb.values(), default=0) / 1024,
        "rows": sum(summary.dataset.rows.values()),
        "failed": summary.failed,
        "parent_cpu_s": time.process_time() - cpu,
        "wall_s": time.monotonic() - wall,
    }


def measure(papers: int, workers: int, code: Path | None) -> dict:
    """One size in a fresh interpreter (so ``ru_maxrss`` is that run's alone)."""
    work = Path(tempfile.mkdtemp(prefix="mitominer-memory-"))
    env = dict(os.environ)
    path = [str(HERE), str(code or REPO)]  # ahead of any installed pipeline package
    env["PYTHONPATH"] = os.pathsep.join(path + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))
    try:
        out = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--one", str(papers), "--workers", str(workers),
             "--work", str(work)],
            env=env, cwd=str(code or REPO), check=True, capture_output=True, text=True,
        )
        return json.loads(out.stdout.strip().splitlines()[-1])
    finally:
        shutil.rmtree(work, ignore_errors=True)


def report(rows: list[dict], workers: int, code: Path | None) -> str:
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    lines = [
        "mitominer batch memory (parent process; stub stages, cheap text papers)",
        f"code: {rows[0]['code'] if rows else code}; {workers} workers; {os.cpu_count()} CPUs; load average {load}",
        f"{'papers':>7} {'corpus_mb':>9} {'base_mb':>8} {'peak_mb':>8} {'run_mb':>7} {'build_mb':>9} {'worker_mb':>9} "
        f"{'rows':>9} {'failed':>6} {'parent_cpu_s':>12} {'wall_s':>7}",
    ]
    for r in rows:
        lines.append(
            f"{r['papers']:>7} {r['corpus_mb']:>9.1f} {r['base_mb']:>8.0f} {r['peak_mb']:>8.0f} {r.get('run_mb', 0):>7.0f} {r['build_mb']:>9.0f} "
            f"{r['worker_peak_mb']:>9.0f} {r['rows']:>9} {r['failed']:>6} {r['parent_cpu_s']:>12.1f} {r['wall_s']:>7.1f}"
        )
    if len(rows) >= 2:
        first, last = rows[0], rows[-1]
        lines.append(
            f"parent peak {first['papers']} -> {last['papers']} papers: {first['peak_mb']:.0f} -> {last['peak_mb']:.0f} MB "
            f"({last['peak_mb'] - first['peak_mb']:+.0f} MB); dataset build peak {first['build_mb']:.0f} -> {last['build_mb']:.0f} MB"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--papers", default="100,1000", help="corpus sizes, comma-separated")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--code", type=Path, help="a checkout whose pipeline package to run (default: this one)")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.workers, args.work)))
        return
    code = args.code.resolve() if args.code else None
    rows = [measure(int(n), args.workers, code) for n in args.papers.split(",") if n.strip()]
    print(report(rows, args.workers, code))


if __name__ == "__main__":
    main()
