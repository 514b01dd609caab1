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
def dask_client(address: str | None, workers: int) -> Iterator[Any]:
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
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def run_dask(
    items: list[WorkItem],
    stages: Stages,
    limits: Limits,
    on_result: OnResult,
    *,
    address: str | None = None,
    workers: int = 2,
) -> None:
    """Process every item on the cluster; ``on_result`` runs here as each paper ends."""
    from distributed import as_completed
    from distributed.scheduler import KilledWorker

    if not items:
        return
    with dask_client(address, workers) as client:
        futures = {}
        run_token = uuid.uuid4().hex[:8]  # keys unique per run on a long-lived cluster
        for item in items:
            key = f"paper-{item.sha256[:16]}-{run_token}"
            future = client.submit(process_paper, item, stages, limits, key=key, pure=False)
            futures[future] = item
        for future in as_completed(futures):
            item = futures.pop(future)
            try:
                result = future.result()
            except KilledWorker:
                log.warning("%s: killed its Dask workers", item.path)
                result = failure_result(item, "worker-crashed", "the Dask worker died while processing this paper")
            except Exception as exc:  # a failure outside the task's own handling (e.g. unpicklable result)
                result = failure_result(item, "error", f"dask task failed: {type(exc).__name__}: {exc}")
            future.release()
            on_result(item, result)
