"""``mitominer run CORPUS_DIR -o OUT_DIR``, ``mitominer dataset OUT_DIR`` and ``mitominer bench``.

``mitominer bench`` is a thin wrapper: the benchmark lives in ``benchmarks/batch_bench.py``
of a source checkout (benchmarks are not part of the runtime package).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Optional

import typer

from pipeline.limits import DEFAULT_MAX_BYTES, DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT
from pipeline.cli.common import checkout_module, fail, input_folder, output_folder, reported_errors


def _configure_logging(quiet: bool, dask_used: bool = False) -> None:
    logging.basicConfig(
        level=logging.INFO if quiet else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    logging.getLogger("pdfminer").setLevel(logging.WARNING)  # its INFO lines would drown the batch's own
    if dask_used:  # dask is imported only for --dask / --scheduler (a second or more of start-up otherwise)
        import dask  # distributed configures its own loggers from dask's config when imported

        dask.config.set({"logging.distributed": "warning"})


@contextlib.contextmanager
def _batch_errors(output: Path | None = None) -> Iterator[None]:
    """Errors that stop a whole batch (not one paper) -> one line on stderr, exit status 1."""
    from pipeline.batch.dataset import ManifestError
    from pipeline.batch.local import WorkerStartupError
    from pipeline.batch.lock import OutputLockedError
    from pipeline.batch.runner import StageUnavailableError

    with reported_errors(default_path=output):
        try:
            yield
        except (OutputLockedError, StageUnavailableError, WorkerStartupError, ManifestError) as exc:
            raise fail(str(exc)) from None


def run_command(
    corpus: Annotated[
        Path, typer.Argument(help="Folder of papers (.pdf, .txt, .md; searched recursively).")
    ],
    output: Annotated[Path, typer.Option("-o", "--output", help="Output folder: cache/ and dataset/.")],
    workers: Annotated[int, typer.Option("-w", "--workers", min=0, help="Worker processes (0: in this process).")] = 1,
    force: Annotated[bool, typer.Option("--force/--no-force", help="Redo every paper, ignoring the cache.")] = False,
    retry_failed: Annotated[bool, typer.Option("--retry-failed/--no-retry-failed", help="Redo papers whose cached result is a failure.")] = False,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds per paper before it fails (0: no limit).")] = DEFAULT_TIMEOUT,
    max_size: Annotated[float, typer.Option("--max-size", min=0.001, help="Largest paper file, in MB.")] = DEFAULT_MAX_BYTES / (1024 * 1024),
    max_memory: Annotated[
        int, typer.Option("--max-memory", min=0, help="Memory cap per worker process, in MB (0: none).")
    ] = DEFAULT_MAX_MEMORY_MB,
    dask: Annotated[bool, typer.Option("--dask/--no-dask", help="Run on a local Dask cluster (--workers processes).")] = False,
    scheduler: Annotated[
        Optional[str], typer.Option("--scheduler", help="Run on this Dask scheduler, e.g. tcp://host:8786.")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet/--no-quiet", "-q", help="Log lines instead of the progress bar.")] = False,
    follow_links: Annotated[
        bool,
        typer.Option("--follow-links/--no-follow-links", help="Also follow symbolic links that lead outside the corpus folder."),
    ] = False,
) -> None:
    """Process every paper of a folder into OUT_DIR/dataset (Parquet + CSV), reusing cached results."""
    input_folder(corpus)
    output_folder(output)
    _configure_logging(quiet, dask_used=dask or scheduler is not None)
    with _batch_errors(output):
        from pipeline.batch.runner import RunOptions, run_batch
        from pipeline.batch.task import Limits

        options = RunOptions(
            workers=workers,
            force=force,
            retry_failed=retry_failed,
            limits=Limits(max_bytes=int(max_size * 1024 * 1024), timeout=timeout, max_memory_mb=max_memory),
            dask=dask,
            scheduler=scheduler,
            quiet=quiet,
            follow_outside_links=follow_links,
        )
        summary = run_batch(corpus, output, options)
    typer.echo(summary.to_text())


def dataset_command(
    output: Annotated[Path, typer.Argument(help="Output folder of an earlier `mitominer run`.")],
) -> None:
    """Rebuild OUT_DIR/dataset from the cache of the last run (no paper is processed)."""
    input_folder(output)
    _configure_logging(False)
    with _batch_errors(output):
        from pipeline.batch.dataset import build_dataset
        from pipeline.batch.lock import locked_output

        with locked_output(output):
            summary = build_dataset(output)
    typer.echo(
        f"dataset {summary.folder}: {summary.documents} documents, {summary.failures} failed papers"
        + (f", {summary.missing} papers without a result yet" if summary.missing else "")
    )


def bench_command(
    papers: Annotated[int, typer.Option("-n", "--papers", min=1, help="Papers in the generated corpus.")] = 20,
    workers: Annotated[str, typer.Option("--workers", help="Worker counts to compare, comma-separated.")] = "1,2",
    work_dir: Annotated[
        Optional[Path], typer.Option("--work-dir", help="Keep the corpus and outputs here (default: a temp folder).")
    ] = None,
    repeat: Annotated[
        int, typer.Option("--repeat", min=1, help="Interleaved rounds (1, 2, 1, 2, ...); medians are reported.")
    ] = 1,
    sources: Annotated[
        str, typer.Option("--sources", help="all: shipped corpus + ../shared PDFs + litqa PDFs (distinct papers); basic: without litqa.")
    ] = "all",
) -> None:
    """Build a corpus of N papers from the shipped ones and time runs with 1 and 2 workers."""
    _configure_logging(False)
    if not BATCH_BENCH.is_file():
        raise fail(f"{BATCH_BENCH}: not found (bench runs from a source checkout)")
    try:
        counts = [int(w) for w in workers.split(",") if w.strip()]
    except ValueError:
        raise fail(f"--workers {workers!r}: expected comma-separated integers such as 1,2") from None
    bench = batch_bench_module()
    if sources not in bench.SOURCE_SETS:
        raise fail(f"--sources {sources!r}: expected one of {', '.join(bench.SOURCE_SETS)}")
    with _batch_errors():
        try:
            report = bench.run_benchmark(papers=papers, worker_counts=counts, work_dir=work_dir, repeat=repeat,
                                         sources=sources)
        except bench.BenchFolderError as exc:
            raise fail(str(exc)) from None
    typer.echo(report)


BATCH_BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "batch_bench.py"


def batch_bench_module():
    """``benchmarks/batch_bench.py`` of this checkout, loaded as a module."""
    return checkout_module(BATCH_BENCH, "mitominer_batch_bench")
