"""Batch processing: a corpus folder -> a per-paper cache -> the dataset (Parquet + CSV).

``run_batch`` is the library entry point behind ``mitominer run``; see the
README section "Batch runs and the dataset". Names are imported on first use,
so worker processes, which import only ``pipeline.batch.task``, never load
pandas and pyarrow. Importing it asks for Arrow's system allocator in this
process (``memory_pool.py``: the parent's memory stays flat with the corpus).
"""

from __future__ import annotations

import importlib
from typing import Any

from pipeline.batch.memory_pool import prefer_system_allocator

prefer_system_allocator()

_EXPORTS = {
    "build_dataset": "pipeline.batch.dataset",
    "RunOptions": "pipeline.batch.runner",
    "RunSummary": "pipeline.batch.runner",
    "StageUnavailableError": "pipeline.batch.runner",
    "run_batch": "pipeline.batch.runner",
    "Limits": "pipeline.batch.task",
    "Stages": "pipeline.batch.task",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'pipeline.batch' has no attribute {name!r}")
    return getattr(importlib.import_module(_EXPORTS[name]), name)
