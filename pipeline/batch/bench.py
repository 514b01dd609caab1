"""``mitominer bench``: time batch runs of a built corpus with 1 and 2 workers.

The corpus is N papers cycled from the review's two text renditions, the
fixture PDFs (``corpus/fixtures/*.pdf``) and the PDFs in ``../shared/data/pdfs``
when present. Each copy gets a distinct trailing line (a comment after a PDF's
``%%EOF``) so that no two share a hash and none is served from the cache.
Every run uses a fresh output folder. The output format is kept stable (one
header line, one row per worker count, one speed-up line) so figures can be
compared over time; ``BENCHMARKS.md`` records them.
"""

from __future__ import annotations

import os
import platform
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from pipeline.batch.cache import pipeline_version
from pipeline.batch.runner import RunOptions, RunSummary, run_batch
from pipeline.batch.task import default_stages

REPO = Path(__file__).resolve().parents[2]
COLUMNS = (
    "workers",
    "papers",
    "failed",
    "wall_s",
    "papers/s",
    "words/s",
    "ingest_s",
    "ner_s",
    "relations_s",
    "write_s",
    "ner+rel_words/s",
    "ner+rel_words/cpu_s",
    "peak_rss_mb",
)


@dataclass
class BenchCorpus:
    folder: Path
    papers: int
    sources: dict[str, int]  # kind of source -> number of distinct source files


def bench_sources(repo: Path = REPO) -> dict[str, list[Path]]:
    shared = repo.parent / "shared" / "data" / "pdfs"
    return {
        "review renditions": sorted((repo / "corpus").glob("*.txt")),
        "fixture PDFs": sorted((repo / "corpus" / "fixtures").glob("*.pdf")),
        "shared PDFs": sorted(shared.glob("*.pdf")) if shared.is_dir() else [],
    }


def build_bench_corpus(folder: Path, papers: int, repo: Path = REPO) -> BenchCorpus:
    """Write ``papers`` distinct files cycled from the sources into ``folder``."""
    sources = bench_sources(repo)
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


def summary_to_row(workers: int, s: RunSummary) -> list[str]:
    ner_rel = s.stage_seconds.get("ner", 0.0) + s.stage_seconds.get("relations", 0.0)
    ner_rel_cpu = s.stage_seconds.get("ner_cpu", 0.0) + s.stage_seconds.get("relations_cpu", 0.0)
    peak_mb = max(s.peak_rss_kb.values(), default=0) / 1024
    return [
        str(workers),
        str(s.processed),
        str(s.failed),
        f"{s.elapsed:.1f}",
        f"{s.papers_per_second:.2f}",
        f"{s.words / s.elapsed if s.elapsed else 0:.0f}",
        f"{s.stage_seconds.get('ingest', 0.0):.1f}",
        f"{s.stage_seconds.get('ner', 0.0):.1f}",
        f"{s.stage_seconds.get('relations', 0.0):.1f}",
        f"{s.write_seconds:.1f}",
        f"{s.words / ner_rel if ner_rel else 0:.0f}",
        f"{s.words / ner_rel_cpu if ner_rel_cpu else 0:.0f}",
        f"{peak_mb:.0f}",
    ]


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


def run_benchmark(papers: int = 20, worker_counts: list[int] | None = None, work_dir: Path | None = None) -> str:
    """Build the corpus, run it once per worker count, and return the report text."""
    worker_counts = worker_counts or [1, 2]
    keep = work_dir is not None
    root = Path(work_dir) if keep else Path(tempfile.mkdtemp(prefix="mitominer-bench-"))
    if keep:
        claim_work_dir(root)
    try:
        machine = machine_line()  # before the runs: the load average then is other work's
        corpus_dir = root / "corpus"
        shutil.rmtree(corpus_dir, ignore_errors=True)
        corpus = build_bench_corpus(corpus_dir, papers)
        summaries = {}
        for workers in worker_counts:
            out = root / f"out-w{workers}"
            shutil.rmtree(out, ignore_errors=True)
            summaries[workers] = run_batch(corpus_dir, out, RunOptions(workers=workers, force=True, quiet=True))
        first = summaries[worker_counts[0]]
        sources = ", ".join(f"{n} {kind}" for kind, n in corpus.sources.items())
        lines = [
            "mitominer bench",
            machine,
            f"corpus: {corpus.papers} papers, {first.words} words (ok papers), from {sources}",
            format_table([summary_to_row(w, s) for w, s in summaries.items()]),
        ]
        base = summaries[worker_counts[0]].papers_per_second
        for workers in worker_counts[1:]:
            rate = summaries[workers].papers_per_second
            lines.append(
                f"speed-up {worker_counts[0]}->{workers} workers: {rate / base if base else 0:.2f}x"
            )
        lines.append(
            "wall_s includes starting the workers and loading the pipeline in each; stage seconds are wall "
            "seconds summed over papers; cpu_s is CPU time (unaffected by other load on the machine); "
            "peak_rss_mb is the largest worker's peak resident memory"
        )
        return "\n".join(lines)
    finally:
        if not keep:
            shutil.rmtree(root, ignore_errors=True)
