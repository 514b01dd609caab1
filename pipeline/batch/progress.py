"""Progress of a batch: a rich progress bar (papers done, failures, papers/s), or log lines.

The bar goes to stderr so stdout keeps only the summary. ``quiet`` replaces it
with logging: one line per failure and one every ``LOG_EVERY`` papers.
"""

from __future__ import annotations

import logging
import time
from types import TracebackType

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

log = logging.getLogger("pipeline.batch")

LOG_EVERY = 25


class BatchProgress:
    """Counts papers as they end and shows it; use as a context manager."""

    def __init__(self, total: int, cached: int = 0, quiet: bool = False, console: Console | None = None):
        self.total = total
        self.cached = cached
        self.quiet = quiet
        self.done = 0
        self.failed = 0
        self.started = time.monotonic()
        self._progress: Progress | None = None
        self._task = None
        if not quiet:
            self._progress = Progress(
                TextColumn("[bold]papers"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("failures {task.fields[failed]}"),
                TextColumn("{task.fields[rate]} papers/s"),
                TimeElapsedColumn(),
                TimeRemainingColumn(),
                console=console or Console(stderr=True),
                transient=False,
            )

    def __enter__(self) -> BatchProgress:
        if self._progress is not None:
            self._progress.start()
            self._task = self._progress.add_task("papers", total=self.total, failed=0, rate="0.00")
        else:
            log.info("%d papers to process (%d already cached)", self.total, self.cached)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._progress is not None:
            self._progress.stop()

    @property
    def rate(self) -> float:
        elapsed = time.monotonic() - self.started
        return self.done / elapsed if elapsed > 0 else 0.0

    def advance(self, path: str, failed: bool, reason: str = "") -> None:
        self.done += 1
        self.failed += int(failed)
        if self._progress is not None and self._task is not None:
            self._progress.update(self._task, advance=1, failed=self.failed, rate=f"{self.rate:.2f}")
            if failed:
                self._progress.console.print(f"failed: {path}: {reason}", markup=False, highlight=False)
            return
        if failed:
            log.warning("failed: %s: %s", path, reason)
        if self.done % LOG_EVERY == 0 or self.done == self.total:
            log.info("%d/%d papers, %d failures, %.2f papers/s", self.done, self.total, self.failed, self.rate)
