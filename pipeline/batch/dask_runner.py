"""Run the same per-paper task on a Dask distributed cluster.

``address`` given: connect to that scheduler (``tcp://host:8786``); the workers
must see the corpus at the same absolute path (a shared file system) and have
mitominer installed. No address: start a ``LocalCluster`` on loopback with one
single-threaded worker process per ``workers``. Results come back to this
process, which alone writes the cache and the dataset, so the output folder
never needs to be shared.

Each Dask worker loads the spaCy pipeline once (``pipeline.ner.load_nlp`` is
cached per process) on its first paper. Dask runs tasks in threads, so the
per-paper timeout uses the thread variant of ``task.time_limit``. A paper that
keeps killing its workers ends as Dask's ``KilledWorker`` and is recorded as a
``worker-crashed`` failure.

Bounded time: no more papers are submitted than there are worker threads, so a
paper's clock starts when it can start. A task still running ``GRACE`` seconds
after its timeout (stuck in C code, where the thread variant cannot reach it)
is recorded as ``timeout``, cancelled, and its worker restarted (the nanny
brings a fresh one); the run goes on and writes its dataset. Bounded memory:
a LocalCluster's workers get Dask's ``memory_limit`` (``Limits.max_memory_mb``),
past which the nanny restarts them.
"""

from __future__ import annotations

import contextlib
import logging
import uuid
from collections.abc import Callable, Iterator
from typing import Any

from pipeline.batch.discover import WorkItem
from pipeline.batch.task import Limits, Stages, failure_result, process_paper

log = logging.getLogger(__name__)

OnResult = Callable[[WorkItem, dict[str, Any]], None]


@contextlib.contextmanager
def dask_client(address: str | None, workers: int, limits: Limits | None = None) -> Iterator[Any]:
    """A ``distributed.Client`` on ``address``, or on a fresh loopback ``LocalCluster``."""
    from distributed import Client, LocalCluster  # optional at import time: only Dask runs need it

    if address:
        with Client(address) as client:
            yield client
        return
    with (
        LocalCluster(
            n_workers=max(1, workers),
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
            memory_limit=f"{limits.max_memory_mb}MiB" if limits and limits.max_memory_mb else "auto",
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


GRACE = 10.0  # seconds past a paper's timeout before the runner gives up on its task
POLL = 0.5


def _worker_of(client: Any, key: str) -> str | None:
    """The address of the worker running ``key``, if the scheduler says."""
    try:
        for address, keys in client.processing().items():
            if key in keys:
                return address
    except Exception:  # noqa: BLE001 - a scheduler that cannot answer: nothing to restart
        return None
    return None


def run_dask(
    items: list[WorkItem],
    stages: Stages,
    limits: Limits,
    on_result: OnResult,
    *,
    address: str | None = None,
    workers: int = 2,
    grace: float = GRACE,
) -> None:
    """Process every item on the cluster; ``on_result`` runs here as each paper ends."""
    import time
    from collections import deque

    from distributed import wait
    from distributed.scheduler import KilledWorker

    if not items:
        return
    with dask_client(address, workers, limits) as client:
        slots = max(1, sum(w.get("nthreads", 1) for w in client.scheduler_info().get("workers", {}).values()) or workers)
        run_token = uuid.uuid4().hex[:8]  # keys unique per run on a long-lived cluster
        pending = deque(items)
        inflight: dict[Any, tuple[WorkItem, float]] = {}
        while pending or inflight:
            while pending and len(inflight) < slots:
                item = pending.popleft()
                key = f"paper-{item.sha256[:16]}-{run_token}"
                future = client.submit(process_paper, item, stages, limits, key=key, pure=False)
                inflight[future] = (item, time.monotonic())
            try:
                done, _ = wait(list(inflight), timeout=POLL, return_when="FIRST_COMPLETED")
            except TimeoutError:  # distributed raises it when nothing finished within POLL
                done = set()
            for future in done:
                item, _ = inflight.pop(future)
                try:
                    result = future.result()
                except KilledWorker:
                    log.warning("%s: killed its Dask workers", item.path)
                    result = failure_result(item, "worker-crashed", "the Dask worker died while processing this paper")
                except Exception as exc:  # a failure outside the task's own handling (e.g. unpicklable result)
                    result = failure_result(item, "error", f"dask task failed: {type(exc).__name__}: {exc}")
                future.release()
                on_result(item, result)
            if limits.timeout and limits.timeout > 0:
                now = time.monotonic()
                for future, (item, started) in list(inflight.items()):
                    if now - started <= limits.timeout + grace:
                        continue
                    inflight.pop(future)
                    worker = _worker_of(client, future.key)
                    future.cancel()
                    if worker:
                        with contextlib.suppress(Exception):  # old distributed, or no nanny: the slot stays busy
                            client.restart_workers([worker], timeout=60)
                    log.warning("%s: Dask task stuck past %.0f s; given up", item.path, limits.timeout + grace)
                    on_result(
                        item,
                        failure_result(item, "timeout", f"took longer than {limits.timeout:g} s (Dask task abandoned; --timeout)"),
                    )
