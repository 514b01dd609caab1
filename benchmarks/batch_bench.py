"""``mitominer bench``: time batch runs of a built corpus with 1 and 2 workers.

    python benchmarks/batch_bench.py [--papers N] [--workers 1,2] [--work-dir DIR] [--repeat R]

(``mitominer bench`` is a thin wrapper around this file; benchmarks are not part
of the runtime package.)

The corpus is N papers cycled from the review's two text renditions, the
fixture PDFs (``corpus/fixtures/*.pdf``) and, when present, the PDFs in
``../shared/data/pdfs`` and (``--sources all``, the default since session 11)
``../shared/data/pdfs/litqa``: 56 distinct sources, so ``--papers 40`` repeats
none. With repeated copies a worker reads a source it has seen before faster
(warm per-process caches), and the 1-worker run sees fewer first copies than
the 2-worker run, which understates the speed-up; ``--sources basic`` keeps the
14-source corpus of the earlier figures for comparison. Each copy gets a distinct trailing line (a comment after a PDF's
``%%EOF``) so that no two share a hash and none is served from the cache.
Every run uses a fresh output folder. The output format is kept stable (one
header line, one row per worker count, one speed-up line) so figures can be
compared over time; ``BENCHMARKS.md`` records them.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

if __name__ == "__main__":  # run as a script: this checkout's pipeline package, not an installed one
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.batch.cache import pipeline_version
from pipeline.batch.runner import RunOptions, RunSummary, run_batch
from pipeline.batch.task import default_stages

REPO = Path(__file__).resolve().parents[1]
COLUMNS = (
    "workers",
    "papers",
    "failed",
    "startup_s",
    "wall_s",
    "papers/s",
    "words/s",
    "ingest_s",
    "ner_s",
    "relations_s",
    "write_s",
    "parent_cpu_s",
    "ner+rel_words/s",
    "ner+rel_words/cpu_s",
    "peak_rss_mb",
)


@dataclass
class BenchCorpus:
    folder: Path
    papers: int
    sources: dict[str, int]  # kind of source -> number of distinct source files


SOURCE_SETS = ("all", "basic")


def bench_sources(repo: Path = REPO, sources: str = "all") -> dict[str, list[Path]]:
    """The source files by kind: ``basic`` = the shipped corpus and ``../shared/data/pdfs``; ``all`` adds
    ``../shared/data/pdfs/litqa`` (distinct papers, so a 40-paper corpus repeats none)."""
    if sources not in SOURCE_SETS:
        raise ValueError(f"sources {sources!r}: expected one of {', '.join(SOURCE_SETS)}")
    shared = repo.parent / "shared" / "data" / "pdfs"
    out = {
        "review renditions": sorted((repo / "corpus").glob("*.txt")),
        "fixture PDFs": sorted((repo / "corpus" / "fixtures").glob("*.pdf")),
        "shared PDFs": sorted(shared.glob("*.pdf")) if shared.is_dir() else [],
    }
    if sources == "all":
        out["shared litqa PDFs"] = sorted((shared / "litqa").glob("*.pdf")) if (shared / "litqa").is_dir() else []
    return out


def build_bench_corpus(folder: Path, papers: int, repo: Path = REPO, sources: str = "all") -> BenchCorpus:
    """Write ``papers`` distinct files cycled from the sources into ``folder``."""
    sources = bench_sources(repo, sources)
    pool = [path for paths in sources.values() for path in paths]
    if not pool:
        raise FileNotFoundError(f"no benchmark sources under {repo / 'corpus'}")
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(papers):
        source = pool[k % len(pool)]
        data = source.read_bytes()
        if source.suffix.lower() == ".pdf":
            data += f"\n% mitominer bench copy {k}\n".encode("ascii")
        else:
            data += f"\n\nBenchmark copy {k}.\n".encode("ascii")
        (folder / f"{k:04d}-{source.stem}{source.suffix.lower()}").write_bytes(data)
    return BenchCorpus(folder, papers, {kind: len(paths) for kind, paths in sources.items()})


@dataclass
class BenchRun:
    summary: RunSummary
    parent_cpu: float  # CPU seconds of this process (the batch's parent) over the whole run
    total: float  # wall seconds of the whole run_batch call: discovery, start-up, processing, dataset


def summary_to_row(workers: int, s: RunSummary, parent_cpu: float = 0.0) -> list[str]:
    ner_rel = s.stage_seconds.get("ner", 0.0) + s.stage_seconds.get("relations", 0.0)
    ner_rel_cpu = s.stage_seconds.get("ner_cpu", 0.0) + s.stage_seconds.get("relations_cpu", 0.0)
    peak_mb = max(s.peak_rss_kb.values(), default=0) / 1024
    return [
        str(workers),
        str(s.processed),
        str(s.failed),
        f"{s.startup:.1f}",
        f"{s.elapsed:.1f}",
        f"{s.papers_per_second:.2f}",
        f"{s.words / s.elapsed if s.elapsed else 0:.0f}",
        f"{s.stage_seconds.get('ingest', 0.0):.1f}",
        f"{s.stage_seconds.get('ner', 0.0):.1f}",
        f"{s.stage_seconds.get('relations', 0.0):.1f}",
        f"{s.write_seconds:.1f}",
        f"{parent_cpu:.1f}",
        f"{s.words / ner_rel if ner_rel else 0:.0f}",
        f"{s.words / ner_rel_cpu if ner_rel_cpu else 0:.0f}",
        f"{peak_mb:.0f}",
    ]


def cpu_speedup(base: RunSummary, run: RunSummary) -> float:
    """Busiest worker's stage CPU seconds at the base worker count over that of this run."""
    busiest_base, busiest = max(base.worker_cpu.values(), default=0.0), max(run.worker_cpu.values(), default=0.0)
    return busiest_base / busiest if busiest else 0.0


def machine_line() -> str:
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())  # other work on the machine skews the figures
    return (
        f"machine: {platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}, mitominer {pipeline_version(default_stages().name)}, "
        f"load average {load}"
    )


def format_table(rows: list[list[str]]) -> str:
    table = [list(COLUMNS), *rows]
    widths = [max(len(r[i]) for r in table) for i in range(len(COLUMNS))]
    return "\n".join("  ".join(cell.rjust(w) for cell, w in zip(r, widths, strict=True)) for r in table)


BENCH_MARK = ".mitominer-bench"  # a work folder the benchmark made itself, and so may empty again


class BenchFolderError(ValueError):
    """--work-dir names a folder with contents the benchmark did not create."""


def claim_work_dir(root: Path) -> None:
    """Make ``root`` the benchmark's own: create it, or accept it only if it is empty or was made
    by an earlier benchmark. The benchmark deletes ``corpus/`` and ``out-w*`` inside it, so a
    folder of anything else (a checkout, a real corpus) is refused, never wiped."""
    root = Path(root)
    if root.exists() and not root.is_dir():
        raise BenchFolderError(f"{root}: --work-dir is not a folder")
    if root.is_dir() and any(root.iterdir()) and not (root / BENCH_MARK).is_file():
        raise BenchFolderError(f"{root}: --work-dir is not empty and was not made by `mitominer bench`; give a new or empty folder")
    root.mkdir(parents=True, exist_ok=True)
    (root / BENCH_MARK).write_text("made by mitominer bench; its corpus/ and out-w*/ are replaced on every run\n", encoding="utf-8")


def median_run(runs: list[BenchRun]) -> BenchRun:
    """The run with the median papers/s (the lower middle one for an even count)."""
    ordered = sorted(runs, key=lambda r: r.summary.papers_per_second)
    return ordered[(len(ordered) - 1) // 2]


def median(values: list[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def run_benchmark(
    papers: int = 20, worker_counts: list[int] | None = None, work_dir: Path | None = None, repeat: int = 1,
    sources: str = "all",
) -> str:
    """Build the corpus, run it ``repeat`` rounds of once per worker count, and return the report.

    Rounds interleave the worker counts (1, 2, 1, 2, ...) so that a slow spell of the machine
    (another tenant of a shared VM, a noisy neighbour) falls on both counts rather than on one;
    each round's speed-up compares runs minutes apart, and the report gives their median."""
    worker_counts = worker_counts or [1, 2]
    repeat = max(1, repeat)
    keep = work_dir is not None
    root = Path(work_dir) if keep else Path(tempfile.mkdtemp(prefix="mitominer-bench-"))
    if keep:
        claim_work_dir(root)
    try:
        machine = machine_line()  # before the runs: the load average then is other work's
        corpus_dir = root / "corpus"
        shutil.rmtree(corpus_dir, ignore_errors=True)
        corpus = build_bench_corpus(corpus_dir, papers, sources=sources)
        rounds: list[dict[int, BenchRun]] = []
        for _ in range(repeat):
            runs: dict[int, BenchRun] = {}
            for workers in worker_counts:
                out = root / f"out-w{workers}"
                shutil.rmtree(out, ignore_errors=True)
                cpu, wall = time.process_time(), time.monotonic()
                summary = run_batch(corpus_dir, out, RunOptions(workers=workers, force=True, quiet=True))
                runs[workers] = BenchRun(summary, time.process_time() - cpu, time.monotonic() - wall)
            rounds.append(runs)
        shown = {w: median_run([r[w] for r in rounds]) for w in worker_counts}
        first = shown[worker_counts[0]]
        made_from = ", ".join(f"{n} {kind}" for kind, n in corpus.sources.items())
        lines = [
            "mitominer bench",
            machine,
            f"corpus: {corpus.papers} papers, {first.summary.words} words (ok papers), from {made_from}",
            (f"{repeat} interleaved rounds; each row is the run with the median papers/s" if repeat > 1 else ""),
            format_table([summary_to_row(w, r.summary, r.parent_cpu) for w, r in shown.items()]),
        ]
        lines = [line for line in lines if line]
        base_w = worker_counts[0]
        for workers in worker_counts[1:]:
            pair = [
                (r[workers].summary.papers_per_second / r[base_w].summary.papers_per_second)
                if r[base_w].summary.papers_per_second else 0.0
                for r in rounds
            ]
            whole = [r[base_w].total / r[workers].total if r[workers].total else 0.0 for r in rounds]
            cpu = [cpu_speedup(r[base_w].summary, r[workers].summary) for r in rounds]
            spread = f" (rounds: {', '.join(f'{x:.2f}' for x in pair)})" if repeat > 1 else ""
            lines.append(
                f"speed-up {base_w}->{workers} workers: {median(pair):.2f}x{spread} "
                f"(whole run incl. start-up and dataset: {median(whole):.2f}x; "
                f"CPU-bound: {median(cpu):.2f}x)"
            )
        lines.append(
            "startup_s: starting the workers, all at once, each loading the pipeline (before the first paper); "
            "wall_s: from then to the last result, and papers/s = papers / wall_s; stage seconds are wall "
            "seconds summed over papers; parent_cpu_s is the parent's CPU over the whole run (its share of the "
            "cores); cpu_s is CPU time (unaffected by other load on the machine); peak_rss_mb is the largest "
            "worker's peak resident memory; CPU-bound speed-up: the ratio of the busiest worker's stage CPU "
            "seconds, what the wall-clock ratio would be with a core per worker and nothing else running "
            "(it leaves out start-up, the parent and idle time: an estimate of the idle-machine figure, "
            "not a measurement); with --repeat, each speed-up is the median over rounds of the ratio within "
            "a round"
        )
        return "\n".join(lines)
    finally:
        if not keep:
            shutil.rmtree(root, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="papers/s of batch runs with 1 and 2 workers")
    parser.add_argument("-n", "--papers", type=int, default=20)
    parser.add_argument("--workers", default="1,2", help="worker counts, comma-separated")
    parser.add_argument("--work-dir", type=Path, help="keep the corpus and outputs here")
    parser.add_argument("--repeat", type=int, default=1, help="interleaved rounds (1, 2, 1, 2, ...); medians reported")
    parser.add_argument("--sources", choices=SOURCE_SETS, default="all",
                        help="all: shipped corpus + ../shared PDFs + litqa PDFs (distinct papers); basic: without litqa")
    args = parser.parse_args(argv)
    counts = [int(w) for w in args.workers.split(",") if w.strip()]
    try:
        print(run_benchmark(papers=args.papers, worker_counts=counts, work_dir=args.work_dir, repeat=args.repeat,
                            sources=args.sources))
    except BenchFolderError as exc:
        print(f"mitominer: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
