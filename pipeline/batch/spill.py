"""Rows set aside on disk while the dataset is built, read back once at the end.

The streamed build (``pipeline.batch.dataset``) writes every per-paper table as it
goes, but two tables need rows from the whole corpus before they can be written:
``pairs`` aggregates the relations of every paper (its sorted runs are spills:
``pipeline.batch.pair_sort``), and ``failures`` is sorted by path. Kept in memory, those few long-lived rows would sit among each paper's
short-lived ones and pin the allocator's pools, so the parent's memory grew with
the corpus (about 60 MB a thousand papers, though the rows themselves were a few
MB); here they go to an unnamed temporary file beside the dataset (removed by the
OS even when the build is killed) as JSON lines, and come back in the order
they were written.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any


class RowSpill:
    """An append-only file of JSON rows (dicts, or lists: a pair sort's entries); ``rows()`` reads
    them back, in order, one at a time."""

    def __init__(self, folder: Path):
        self.count = 0
        # TemporaryFile: no name on Linux (O_TMPFILE), so nothing to clean after a crash.
        self._file: IO[str] = tempfile.TemporaryFile(  # noqa: SIM115 - closed by close()
            "w+", encoding="utf-8", newline="\n", dir=folder, prefix=".spill.", suffix=".tmp"
        )

    def extend(self, rows: Iterable[Any]) -> None:
        for row in rows:
            # ASCII escapes: any str survives the round trip, a lone surrogate too.
            self._file.write(json.dumps(row, separators=(",", ":")))
            self._file.write("\n")
            self.count += 1

    def rows(self) -> Iterator[Any]:
        self._file.flush()
        self._file.seek(0)
        for line in self._file:
            yield json.loads(line)

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> RowSpill:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
