"""A batch run: lock the output folder, find the papers, process what the cache lacks, rebuild the dataset.

Each result is written to the cache as soon as it arrives, so a run killed at
any point loses at most the papers in flight; the next run redoes only those.
"""

from __future__ import annotations

import logging
import time
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pipeline.batch.cache import load_result, pipeline_version, remove_stale_temporaries, store_result
from pipeline.batch.dask_runner import run_dask
from pipeline.batch.dataset import DatasetSummary, build_dataset, write_manifest
from pipeline.batch.discover import WorkItem, discover
from pipeline.batch.local import DEFAULT_HARD_GRACE, LocalRunner, run_in_process
from pipeline.batch.lock import locked_output
from pipeline.batch.progress import BatchProgress
from pipeline.batch.task import STAGE_NAMES, TRANSIENT_FAILURES, Limits, Stages, default_stages, failure_result

log = logging.getLogger(__name__)


class StageUnavailableError(RuntimeError):
    """A pipeline stage cannot be imported, so no paper could be processed."""


@dataclass(frozen=True)
class RunOptions:
    workers: int = 1  # worker processes; 0 runs in this process
    force: bool = False  # redo every paper, cached or not
    retry_failed: bool = False  # redo papers whose cached result is a failure
    limits: Limits = field(default_factory=Limits)
    dask: bool = False  # run on Dask (a LocalCluster unless scheduler is given)
    scheduler: str | None = None  # Dask scheduler address, e.g. tcp://host:8786
    quiet: bool = False
    stages: Stages | None = None  # None: the real stages (or MITOMINER_STAGES)
    hard_grace: float = DEFAULT_HARD_GRACE
    follow_outside_links: bool = False  # follow symbolic links that lead outside the corpus folder


@dataclass
class RunSummary:
    papers: int = 0  # distinct papers (contents) in the corpus
    files: int = 0  # paper files, duplicates included
    cached: int = 0  # taken from the cache
    processed: int = 0  # processed by this run
    failed: int = 0  # failures among those processed by this run
    elapsed: float = 0.0  # seconds spent processing papers (discovery, worker start-up and dataset excluded)
    startup: float = 0.0  # seconds spent starting workers (each loads the pipeline), all together
    words: int = 0  # words of the documents processed by this run
    stage_seconds: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    peak_rss_kb: dict[int, int] = field(default_factory=dict)  # worker pid -> peak RSS
    worker_cpu: dict[int, float] = field(default_factory=dict)  # worker pid -> CPU seconds in the stages
    write_seconds: float = 0.0  # cache writes plus the dataset rebuild
    dataset: DatasetSummary = field(default_factory=DatasetSummary)
    pipeline_version: str = ""

    @property
    def papers_per_second(self) -> float:
        return self.processed / self.elapsed if self.elapsed > 0 else 0.0

    def to_text(self) -> str:
        d = self.dataset
        lines = [
            f"{self.papers} papers ({self.files} files): {self.processed} processed, {self.cached} from cache, "
            f"{self.failed} failed in this run",
            f"processing took {self.elapsed:.1f} s ({self.papers_per_second:.2f} papers/s), "
            f"after {self.startup:.1f} s starting the workers",
            f"dataset {d.folder}: {d.documents} documents, {d.failures} failed papers "
            f"({d.rows.get('failures', 0)} files in failures), {d.rows.get('entities', 0)} entities, "
            f"{d.rows.get('relations', 0)} relations",
        ]
        if d.missing:
            lines.append(f"{d.missing} papers have no result yet (rerun to finish them)")
        return "\n".join(lines)


def check_stages(stages: Stages) -> Stages:
    """Import every stage here, before any worker starts, so a missing one is one clear error."""
    try:
        return stages.resolved()
    except (ImportError, AttributeError) as exc:
        raise StageUnavailableError(
            f"a pipeline stage ({', '.join(STAGE_NAMES)}) cannot be loaded: {type(exc).__name__}: {exc}"
        ) from None


def items_to_do(out_dir: Path, items: list[WorkItem], version: str, options: RunOptions) -> list[WorkItem]:
    """The items whose result the cache lacks (all with ``force``; failed ones too with ``retry_failed``)."""
    if options.force:
        return list(items)
    todo = []
    for item in items:
        cached = load_result(out_dir, item.sha256, version)
        failed = cached is not None and cached.get("status") != "ok"
        if item.problem or cached is None or (failed and (options.retry_failed or cached.get("reason_code") in TRANSIENT_FAILURES)):
            todo.append(item)
    return todo


def run_batch(corpus: Path, out_dir: Path, options: RunOptions | None = None) -> RunSummary:
    """Process the corpus folder into ``OUT_DIR/cache`` and rebuild ``OUT_DIR/dataset``."""
    options = options or RunOptions()
    corpus, out_dir = Path(corpus), Path(out_dir)
    stages = options.stages or default_stages()
    check_stages(stages)
    version = pipeline_version(stages.name)
    summary = RunSummary(pipeline_version=version)
    with locked_output(out_dir):
        if remove_stale_temporaries(out_dir):
            log.info("removed temporary files left by an interrupted run")
        items = discover(corpus, exclude=out_dir, follow_outside_links=options.follow_outside_links)
        write_manifest(out_dir, corpus, version, items)
        todo = items_to_do(out_dir, items, version, options)
        summary.papers, summary.files = len(items), sum(len(i.paths) for i in items)
        summary.cached = len(items) - len(todo)

        changed: dict[str, WorkItem] = {}  # discovered sha256 -> the item as it was read
        gone: set[str] = set()  # discovered sha256 of papers deleted during the run
        with BatchProgress(total=len(todo), cached=summary.cached, quiet=options.quiet) as progress:

            def on_result(item: WorkItem, result: dict[str, Any]) -> None:
                start = time.perf_counter()
                if result.get("reason_code") == "missing" and not any((corpus / p).exists() for p in item.paths):
                    gone.add(item.sha256)  # deleted since discovery: no longer part of the corpus
                elif result["sha256"] != item.sha256:  # the file changed since discovery: keep what was read
                    changed[item.sha256] = replace(item, sha256=result["sha256"], size=int(result.get("size", item.size)))
                store_result(out_dir, version, result)
                summary.write_seconds += time.perf_counter() - start
                _account(summary, result)
                progress.advance(item.path, result["status"] != "ok", result.get("reason", ""))

            start = time.monotonic()
            for item in [i for i in todo if i.problem]:  # recorded, never read
                on_result(item, failure_result(item, "unreadable", item.problem, stage="discover"))
            todo = longest_first([i for i in todo if not i.problem])
            if not todo:
                log.info("nothing to process: every paper is cached")
            elif options.dask or options.scheduler:  # start-up (the cluster, the workers) counted as processing
                run_dask(
                    todo, stages, options.limits, on_result,
                    address=options.scheduler, workers=options.workers, grace=options.hard_grace,
                )
            elif options.workers == 0:
                summary.startup = run_in_process(todo, stages, options.limits, on_result)
            else:
                workers = min(options.workers, len(todo))  # a worker with no paper would only load spaCy
                runner = LocalRunner(stages, options.limits, workers, hard_grace=options.hard_grace)
                runner.run(todo, on_result)
                summary.startup = runner.startup_seconds
            summary.elapsed = time.monotonic() - start - summary.startup

        if changed or gone:
            items = merge_changed([i for i in items if i.sha256 not in gone], changed)
            write_manifest(out_dir, corpus, version, items)
            if changed:
                log.warning("%d paper(s) changed while the run was going; processed as their new content", len(changed))
            if gone:
                log.warning("%d paper(s) were deleted while the run was going; left out of the dataset", len(gone))
        start = time.perf_counter()
        summary.dataset = build_dataset(out_dir, items, version)
        summary.write_seconds += time.perf_counter() - start
    return summary


def longest_first(items: list[WorkItem]) -> list[WorkItem]:
    """The order papers are handed to the workers: largest file first (ties by hash).

    A batch ends when its last paper does; started last, a long paper keeps one
    worker busy while the others idle. File size is the cost estimate the parent
    has without opening a paper (it never parses one: a hostile file must only
    ever crash a worker); the results do not depend on the order.
    """
    return sorted(items, key=lambda i: (-i.size, i.sha256))


def merge_changed(items: list[WorkItem], changed: dict[str, WorkItem]) -> list[WorkItem]:
    """The run's items with changed files keyed by the content read; equal contents merged into one item."""
    by_hash: dict[str, WorkItem] = {}
    for item in items:
        item = changed.get(item.sha256, item)
        if item.sha256 in by_hash:
            other = by_hash[item.sha256]
            item = replace(other, paths=tuple(sorted(set(other.paths) | set(item.paths))))
        by_hash[item.sha256] = item
    return [by_hash[key] for key in sorted(by_hash)]


def _account(summary: RunSummary, result: dict[str, Any]) -> None:
    summary.processed += 1
    if result["status"] != "ok":
        summary.failed += 1
    else:
        summary.words += int(result["document"].get("n_words", 0))
    for stage, seconds in (result.get("timings") or {}).items():
        summary.stage_seconds[stage] += seconds
    worker = result.get("worker") or {}
    if "pid" in worker:
        pid = int(worker["pid"])
        summary.peak_rss_kb[pid] = max(summary.peak_rss_kb.get(pid, 0), int(worker.get("peak_rss_kb", 0)))
        cpu = sum(v for k, v in (result.get("timings") or {}).items() if k.endswith("_cpu"))
        summary.worker_cpu[pid] = summary.worker_cpu.get(pid, 0.0) + cpu
