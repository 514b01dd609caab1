"""The Arrow memory pool of the parent's dataset build: the system allocator, not mimalloc.

pyarrow's default pool here is mimalloc, which keeps the pages a build has freed
for reuse and hands them back to the OS only now and then: building the
dataset of a stub corpus, the parent's resident memory climbed 40-60 MB above
its start while Arrow itself held at most 6 MB (``pa.total_allocated_bytes``),
and the climb went on with the corpus (build peak 150 MB at 100 papers, 163 MB
at 1,000; ``benchmarks/batch_memory.py``). With the system allocator (glibc
malloc, which gives large freed blocks back at once) the same build peaks at
126 and 133 MB. The pool only decides where buffers live: the files are the
same bytes (tests/test_dataset_memory_pool.py).

Two switches, because Arrow has two defaults: the one pyarrow's Python calls
use (``pa.set_memory_pool``, any time: ``system_memory_pool()``) and the C++
one the Parquet writer's encoders allocate from, fixed by the environment
variable ``ARROW_DEFAULT_MEMORY_POOL`` when pyarrow loads. ``prefer_system_allocator``
sets that variable (unless the user did) as long as pyarrow is not loaded yet;
``pipeline.batch`` calls it on import, before anything of the batch imports
pyarrow (worker processes never load it).

glibc gives back at once only large blocks and the top of its heap: the free space a row
group's short-lived buffers leave between long-lived allocations (the Parquet writers'
footers) stays resident, and the build's resident size crept up with the corpus (about +2 MB
per 1,000 stub papers). ``release_freed`` hands it back (``malloc_trim`` through Arrow's
``release_unused``) once a row group is written.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from typing import Any

ARROW_POOL_ENV = "ARROW_DEFAULT_MEMORY_POOL"


def prefer_system_allocator() -> bool:
    """Ask for Arrow's system allocator before pyarrow loads; False when too late (already loaded)."""
    if "pyarrow" in sys.modules:
        return False
    os.environ.setdefault(ARROW_POOL_ENV, "system")
    return True


@contextlib.contextmanager
def system_memory_pool() -> Iterator[Any]:
    """Make the system allocator the pool of pyarrow's Python calls inside the block, then restore
    the old one (``Table.from_pylist`` takes no pool argument, so the default is switched:
    process-wide, meant for the parent's build, where nothing else uses Arrow meanwhile).
    Buffers allocated before or after keep the pool they came from."""
    import pyarrow as pa

    previous = pa.default_memory_pool()
    pool = pa.system_memory_pool()
    pa.set_memory_pool(pool)
    try:
        yield pool
    finally:
        pa.set_memory_pool(previous)


def release_freed() -> None:
    """Give the system allocator's free pages back to the OS (glibc: ``malloc_trim``; a no-op
    where the allocator has nothing to do). A few milliseconds: called once per row group."""
    import pyarrow as pa

    pa.system_memory_pool().release_unused()
