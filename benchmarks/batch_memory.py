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
parent; then the growth of the peak per 1,000 papers between the smallest and
the largest size. ``--code DIR`` runs another checkout's ``pipeline`` package
(e.g. the code before a change) with the same stages and corpus.

Then, unless ``--no-trace``, what grows: each size runs again in another fresh
process with ``tracemalloc`` on from the dataset build (it costs memory and
time, so never in the measured run; the run phase is flat in ``run_mb``, and
traced it took minutes), and a snapshot is taken when the dataset build holds the most on
purpose (the first table writer's close: every table written but its last row
group, the pairs aggregated, the work items and the run's bookkeeping alive);
the two snapshots are diffed by source line and the top growers printed, per
1,000 papers, with the Python objects traced and Arrow's own allocations
(``pa.total_allocated_bytes``) at that moment.
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


TRACE_FRAMES = 8  # frames kept per traced allocation (the diff groups by the innermost line)


def traced_run(papers: int, workers: int, work: Path, snapshot_file: Path) -> dict:
    """One size with tracemalloc on: the snapshot at the first table writer's close, dumped to a file."""
    import tracemalloc

    import batch_stub_stages
    import pyarrow as pa

    import pipeline.batch.dataset as dataset
    from pipeline.batch.runner import RunOptions, run_batch

    build_corpus(work / "corpus", papers)
    taken: dict = {}
    original_close = dataset.TableWriter.close

    def close(self):  # the build's fullest point: everything but the last row groups written
        if not taken:
            snapshot = tracemalloc.take_snapshot().filter_traces(
                (tracemalloc.Filter(False, tracemalloc.__file__), tracemalloc.Filter(False, "<frozen importlib._bootstrap>"))
            )
            snapshot.dump(str(snapshot_file))
            taken.update(traced_mb=tracemalloc.get_traced_memory()[0] / 1e6, arrow_mb=pa.total_allocated_bytes() / 1e6)
        return original_close(self)

    dataset.TableWriter.close = close
    import pipeline.batch.runner as runner

    build = runner.build_dataset

    def traced_build(*args, **kwargs):  # traced from here: the run phase is flat (``run_mb``) and slow traced
        tracemalloc.start(TRACE_FRAMES)
        return build(*args, **kwargs)

    runner.build_dataset = traced_build
    run_batch(
        work / "corpus", work / "out",
        RunOptions(workers=workers, force=True, quiet=True, stages=batch_stub_stages.STAGES),
    )
    taken["traced_peak_mb"] = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    return {"papers": papers, **taken}


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


def measure(papers: int, workers: int, code: Path | None, snapshot_file: Path | None = None) -> dict:
    """One size in a fresh interpreter (so ``ru_maxrss`` is that run's alone); with
    ``snapshot_file``, the traced run instead (``traced_run``)."""
    work = Path(tempfile.mkdtemp(prefix="mitominer-memory-"))
    env = dict(os.environ)
    path = [str(HERE), str(code or REPO)]  # ahead of any installed pipeline package
    env["PYTHONPATH"] = os.pathsep.join(path + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))
    trace = ["--trace-to", str(snapshot_file)] if snapshot_file else []
    try:
        out = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--one", str(papers), "--workers", str(workers),
             "--work", str(work), *trace],
            env=env, cwd=str(code or REPO), check=True, capture_output=True, text=True,
        )
        return json.loads(out.stdout.strip().splitlines()[-1])
    finally:
        shutil.rmtree(work, ignore_errors=True)


def growth_per_1000(rows: list[dict], key: str) -> float:
    """MB per 1,000 papers of ``key`` between the smallest and the largest size."""
    first, last = min(rows, key=lambda r: r["papers"]), max(rows, key=lambda r: r["papers"])
    span = last["papers"] - first["papers"]
    return (last[key] - first[key]) * 1000 / span if span else 0.0


def trace_report(traces: list[dict], files: list[Path], top: int) -> str:
    """The traced sizes' figures and the top growers between the smallest and the largest."""
    import tracemalloc

    lines = [f"{'papers':>7} {'traced_mb':>9} {'traced_peak_mb':>14} {'arrow_mb':>8}  (tracemalloc runs, at the build's first close)"]
    for t in traces:
        lines.append(f"{t['papers']:>7} {t['traced_mb']:>9.1f} {t['traced_peak_mb']:>14.1f} {t['arrow_mb']:>8.1f}")
    if len(traces) < 2:
        return "\n".join(lines)
    first, last = traces[0], traces[-1]
    span = (last["papers"] - first["papers"]) / 1000
    lines.append(
        f"Python objects held {first['traced_mb']:.1f} -> {last['traced_mb']:.1f} MB "
        f"({(last['traced_mb'] - first['traced_mb']) / span:+.2f} MB per 1,000 papers); "
        f"Arrow {(last['arrow_mb'] - first['arrow_mb']) / span:+.2f} MB per 1,000 papers"
    )
    old, new = tracemalloc.Snapshot.load(str(files[0])), tracemalloc.Snapshot.load(str(files[-1]))
    lines.append(
        f"top growers {first['papers']} -> {last['papers']} papers, per 1,000 papers (size, blocks; the innermost "
        "line of the pipeline package that allocated, then the innermost line):"
    )
    grown: dict[str, list[float]] = {}
    for sign, snapshot in ((-1, old), (1, new)):
        for trace in snapshot.traces:
            frames = list(trace.traceback)[::-1]  # most recent first
            ours = next((f for f in frames if "/pipeline/" in f.filename), frames[0] if frames else None)
            if ours is None:
                continue
            key = f"{_short(ours.filename)}:{ours.lineno}"
            if frames and frames[0] is not ours:
                key += f" ({_short(frames[0].filename)}:{frames[0].lineno})"
            size_count = grown.setdefault(key, [0.0, 0.0])
            size_count[0] += sign * trace.size
            size_count[1] += sign
    for key, (size, count) in sorted(grown.items(), key=lambda kv: -kv[1][0])[:top]:
        lines.append(f"  {size / span / 1e3:+9.1f} KB {count / span:+9.0f}  {key}")
    return "\n".join(lines)


def _short(filename: str) -> str:
    """A traced file's name from its package down (site-packages, a checkout's ``pipeline``, the stdlib)."""
    for marker in ("site-packages/", "/pipeline/", "/benchmarks/"):
        if marker in filename:
            tail = filename.rsplit(marker, 1)[1]
            return tail if marker == "site-packages/" else marker.strip("/") + "/" + tail
    parts = filename.split("/lib/python3", 1)
    return parts[1].split("/", 1)[-1] if len(parts) == 2 else filename


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
        lines.append(
            f"growth per 1,000 papers: parent peak {growth_per_1000(rows, 'peak_mb'):+.1f} MB, "
            f"run phase {growth_per_1000(rows, 'run_mb'):+.1f} MB, dataset build {growth_per_1000(rows, 'build_mb'):+.1f} MB"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--papers", default="100,1000", help="corpus sizes, comma-separated")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--code", type=Path, help="a checkout whose pipeline package to run (default: this one)")
    parser.add_argument("--no-trace", action="store_true", help="skip the tracemalloc runs (the top growers)")
    parser.add_argument("--top", type=int, default=12, help="top growers to print")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--trace-to", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        if args.trace_to:
            print(json.dumps(traced_run(args.one, args.workers, args.work, args.trace_to)))
        else:
            print(json.dumps(run_one(args.one, args.workers, args.work)))
        return
    code = args.code.resolve() if args.code else None
    sizes = sorted({int(n) for n in args.papers.split(",") if n.strip()})
    rows = [measure(n, args.workers, code) for n in sizes]
    print(report(rows, args.workers, code), flush=True)
    if args.no_trace or len(sizes) < 2:
        return
    with tempfile.TemporaryDirectory(prefix="mitominer-trace-") as tmp:
        files = [Path(tmp) / f"{n}.snapshot" for n in (sizes[0], sizes[-1])]
        traces = [measure(n, args.workers, code, f) for n, f in zip((sizes[0], sizes[-1]), files)]
        print(trace_report(traces, files, args.top))


if __name__ == "__main__":
    main()
