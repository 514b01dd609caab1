"""Python's cyclic garbage collector paused while one PDF is read.

Reading a page makes hundreds of thousands of small objects that live on (the
path dicts and point tuples of a page of plots, the words and lines of every
page): each few hundred allocations start a collection that walks the young
objects, and every so often one that walks all of them, so on drawing-heavy
PDFs the collector took about half the time of the page-object walk while
freeing nothing (the reader's records hold no reference cycles; reference
counting frees them).  The standard library has no context manager for this,
hence these lines; a collector paused by the caller stays paused.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """``gc.disable()`` for the block, ``gc.enable()`` after it when the collector was running before."""
    running = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if running:
            gc.enable()
