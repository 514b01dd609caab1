"""Run the per-paper task in worker processes on this machine.

``concurrent.futures.ProcessPoolExecutor`` with a ``spawn`` context (workers
inherit neither the output lock nor the parent's threads) and an initializer
that loads the spaCy pipeline once per worker. On top of it, what the executor
does not do:

- At most ``workers`` papers are in flight, so when a worker dies (segfault,
  ``os._exit``, the OOM killer) the executor's ``BrokenProcessPool`` can be
  pinned on a few suspects. They are rerun one at a time in a fresh pool; the
  one that breaks the pool alone is recorded as a ``worker-crashed`` failure
  and the batch goes on.
- Timeouts: the task stops itself with SIGALRM (``task.time_limit``). A worker
  stuck where no signal reaches it is killed by the parent once a paper has
  been in flight ``timeout + hard_grace`` seconds; that paper becomes a
  ``timeout`` failure, and the others in flight are requeued.
- ``workers=0`` runs the task in this process (for debugging and profiling).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from pipeline.batch.discover import WorkItem
from pipeline.batch.task import Limits, Stages, failure_result, init_worker, process_paper

log = logging.getLogger(__name__)

DEFAULT_HARD_GRACE = 60.0  # seconds past --timeout before the parent kills a stuck worker
POLL_SECONDS = 0.25
STARTUP_TIMEOUT = 600.0  # seconds for a new worker to import and load the spaCy pipeline

class WorkerStartupError(RuntimeError):
    """Worker processes die before processing any paper (a broken installation, not a bad paper)."""


OnResult = Callable[[WorkItem, dict[str, Any]], None]


def run_in_process(items: list[WorkItem], stages: Stages, limits: Limits, on_result: OnResult) -> float:
    """The task for each item, one after the other, in this process; returns the start-up seconds."""
    start = time.monotonic()
    init_worker(stages)
    startup = time.monotonic() - start
    for item in items:
        on_result(item, process_paper(item, stages, limits))
    return startup


def _init_pool_worker(stages: Stages, max_memory_mb: int, ready: Any) -> None:
    """``init_worker``, then wait until every worker of the pool has loaded the pipeline too, so
    that all start together (the executor spawns one per submitted task, and a worker still
    loading spaCy would take CPU from papers being timed)."""
    init_worker(stages, max_memory_mb)
    ready.wait(STARTUP_TIMEOUT)


def _kill_workers(pool: ProcessPoolExecutor) -> None:
    # Python < 3.14 has no public way to kill an executor's workers
    # (3.14 adds ``kill_workers``); ``_processes`` maps pid -> Process.
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        try:
            process.kill()
        except (OSError, ValueError):  # already gone or already closed
            pass
    pool.shutdown(wait=False, cancel_futures=True)


class LocalRunner:
    """Process pool with crash isolation and a hard timeout (see the module docstring)."""

    def __init__(self, stages: Stages, limits: Limits, workers: int, hard_grace: float = DEFAULT_HARD_GRACE):
        if workers < 1:
            raise ValueError(f"workers must be at least 1 for a process pool, got {workers}")
        self.stages = stages
        self.limits = limits
        self.workers = workers
        self.hard_grace = hard_grace
        self.pools_started = 0
        self.startup_seconds = 0.0  # spent starting pools (every worker loading the pipeline)

    def _new_pool(self) -> ProcessPoolExecutor:
        """A fresh pool, checked with one trivial task so that a pool that cannot start is an error,
        not a crash blamed on every paper in turn."""
        self.pools_started += 1
        started = time.monotonic()
        context = multiprocessing.get_context("spawn")
        pool = ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=context,
            initializer=_init_pool_worker,
            initargs=(self.stages, self.limits.max_memory_mb, context.Barrier(self.workers)),
        )
        try:
            # One task per worker: the executor spawns a process per task, and each returns
            # only once all have loaded the pipeline (the barrier in ``_init_pool_worker``).
            probes = [pool.submit(os.getpid) for _ in range(self.workers)]
            for probe in probes:
                probe.result(timeout=STARTUP_TIMEOUT)
        except (BrokenProcessPool, TimeoutError) as exc:
            _kill_workers(pool)
            raise WorkerStartupError(
                f"worker processes could not start (loading the pipeline failed or took over "
                f"{STARTUP_TIMEOUT:.0f} s): {type(exc).__name__}: {exc}"
            ) from None
        finally:
            self.startup_seconds += time.monotonic() - started
        return pool

    def _submit(self, pool: ProcessPoolExecutor, queue: deque[WorkItem], inflight: dict) -> None:
        """Submit the next item of ``queue``; on a broken pool it stays at the queue's head."""
        item = queue[0]
        inflight[pool.submit(process_paper, item, self.stages, self.limits)] = (item, time.monotonic())
        queue.popleft()

    def run(self, items: list[WorkItem], on_result: OnResult) -> None:
        """Process every item; ``on_result(item, result)`` is called here, in the parent, as each ends."""
        pending: deque[WorkItem] = deque(items)
        suspects: deque[WorkItem] = deque()
        inflight: dict[Future, tuple[WorkItem, float]] = {}
        pool: ProcessPoolExecutor | None = None
        isolating = False  # True while one suspect runs alone
        try:
            while pending or suspects or inflight:
                if pool is None:
                    pool = self._new_pool()
                broken = False
                try:
                    if not inflight:
                        isolating = bool(suspects)
                        if isolating:
                            self._submit(pool, suspects, inflight)
                    if not isolating and not suspects:
                        while pending and len(inflight) < self.workers:
                            self._submit(pool, pending, inflight)
                except BrokenProcessPool:  # a worker died since the last look; its paper is in flight
                    broken = True
                crashed: list[WorkItem] = []
                if not broken:
                    done, _ = wait(list(inflight), timeout=POLL_SECONDS, return_when=FIRST_COMPLETED)
                    finished, crashed = self._finished(done, inflight)
                    # The freed workers get their next paper before the parent writes these results
                    # (unpickling is done, the cache write is not): a worker never idles through it.
                    if not crashed and not isolating and not suspects:
                        try:
                            while pending and len(inflight) < self.workers:
                                self._submit(pool, pending, inflight)
                        except BrokenProcessPool:
                            broken = True
                    for item, result in finished:
                        on_result(item, result)
                if broken or crashed:
                    # The pool is broken: every paper still in flight fails the same way soon.
                    wait(list(inflight), timeout=10)
                    crashed += self._collect(list(inflight), inflight, on_result)
                    crashed += [item for item, _ in inflight.values()]
                    inflight.clear()
                    _kill_workers(pool)
                    pool = None
                    if isolating and len(crashed) == 1:
                        item = crashed[0]
                        log.warning("%s: crashed its worker process", item.path)
                        on_result(
                            item,
                            failure_result(
                                item, "worker-crashed", "the worker process died while processing this paper"
                            ),
                        )
                    else:
                        suspects.extend(sorted(crashed, key=lambda i: i.sha256))
                    continue
                pool = self._watchdog(pool, inflight, pending, on_result)
        except BaseException:
            if pool is not None:
                _kill_workers(pool)
                pool = None
            raise
        finally:
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)

    def _collect(self, done, inflight: dict[Future, tuple[WorkItem, float]], on_result: OnResult) -> list[WorkItem]:
        """Hand finished results on; return the items whose future reports a broken pool."""
        finished, crashed = self._finished(done, inflight)
        for item, result in finished:
            on_result(item, result)
        return crashed

    @staticmethod
    def _finished(
        done, inflight: dict[Future, tuple[WorkItem, float]]
    ) -> tuple[list[tuple[WorkItem, dict[str, Any]]], list[WorkItem]]:
        """Take the finished futures out of ``inflight``: (item, result) pairs, and the items whose
        future reports a broken pool."""
        finished, crashed = [], []
        for future in done:
            if not future.done():
                continue
            item, _ = inflight.pop(future)
            try:
                result = future.result()
            except BrokenProcessPool:
                crashed.append(item)
                continue
            except Exception as exc:  # e.g. a result that cannot be pickled back
                result = failure_result(item, "error", f"worker failed: {type(exc).__name__}: {exc}")
            finished.append((item, result))
        return finished, crashed

    def _watchdog(
        self,
        pool: ProcessPoolExecutor,
        inflight: dict[Future, tuple[WorkItem, float]],
        pending: deque[WorkItem],
        on_result: OnResult,
    ) -> ProcessPoolExecutor | None:
        """Kill the pool when a paper outlives its hard limit; requeue the innocent ones."""
        if self.limits.timeout <= 0 or not inflight:
            return pool
        limit = self.limits.timeout + self.hard_grace
        now = time.monotonic()
        hung = [f for f, (_, started) in inflight.items() if now - started > limit]
        if not hung:
            return pool
        _kill_workers(pool)
        for future in hung:
            item, _ = inflight.pop(future)
            log.warning("%s: worker stuck past %.0f s; killed", item.path, limit)
            on_result(
                item,
                failure_result(item, "timeout", f"took longer than {self.limits.timeout:g} s (worker killed; --timeout)"),
            )
        for item, _ in sorted(inflight.values(), key=lambda pair: pair[1], reverse=True):
            pending.appendleft(item)
        inflight.clear()
        return None
