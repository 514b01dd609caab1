"""The ``pairs`` table of a whole corpus in bounded memory: an external merge sort.

A pair row gathers one (regulator id, therapy id) from every paper, so the table cannot be
written paper by paper like the others. Each relation with a therapy becomes one entry per
regulator id it lists (``pipeline.aggregate.pair_entries``: the id in the form first met in
``doc_id`` order, fixed at its first relation, so the final sort key is known as soon as the
relation is read). Entries are sorted ``RUN_ENTRIES`` at a time and written as sorted runs to
unnamed temporary files beside the dataset (``RowSpill``); ``FAN_IN`` runs of one level are
merged into one run of the next (so at most ``FAN_IN`` files per level are open, whatever the
corpus); at the end every run is merged (``heapq.merge``: one entry per run in memory) and
``group_pairs`` yields each pair row as its entries end.

Held at once: up to ``RUN_ENTRIES`` entries, one line per open run, one pair's row, and the map
of case-folded regulator ids to their shown form (one entry per distinct regulator id of the
corpus: the one part that grows with the corpus, with its vocabulary, not its size).
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from pipeline.aggregate import PairEntry, group_pairs, pair_entries, relation_order
from pipeline.batch.spill import RowSpill

RUN_ENTRIES = 1024  # entries sorted in memory before they go to disk as one run (~0.4 MB)
FAN_IN = 32  # runs of one level merged into one run of the next


def _entries(run: RowSpill) -> Iterator[PairEntry]:
    return map(tuple, run.rows())  # JSON gives lists back; tuples compare with the buffer's


class PairSorter:
    """``add`` relation rows in ``relation_order`` (all papers), then ``rows()``: the pairs rows,
    sorted, as ``pipeline.aggregate.pair_rows`` gives them for the same relations."""

    def __init__(self, folder: Path):
        self._folder = folder
        self._shown: dict[str, str] = {}
        self._buffer: list[PairEntry] = []
        self._levels: list[list[RowSpill]] = []
        self._last: tuple[str, str] | None = None

    def add(self, rows: Iterable[Mapping[str, Any]]) -> None:
        for row in rows:
            order = relation_order(row)
            if self._last is not None and order < self._last:
                raise ValueError(f"relations out of order: {order} after {self._last}")
            self._last = order
            self._buffer.extend(pair_entries(row, self._shown))
            if len(self._buffer) >= RUN_ENTRIES:
                self._push(self._run(sorted(self._buffer)))
                self._buffer = []

    def _run(self, entries: Iterable[PairEntry]) -> RowSpill:
        run = RowSpill(self._folder)
        try:
            run.extend(entries)
        except BaseException:
            run.close()
            raise
        return run

    def _push(self, run: RowSpill) -> None:
        """A new sorted run on level 0; a full level is merged into one run of the next."""
        level = 0
        while True:
            if level == len(self._levels):
                self._levels.append([])
            self._levels[level].append(run)
            if len(self._levels[level]) < FAN_IN:
                return
            runs, self._levels[level] = self._levels[level], []
            try:
                run = self._run(heapq.merge(*map(_entries, runs)))
            finally:
                for old in runs:
                    old.close()
            level += 1

    def rows(self) -> Iterator[dict[str, Any]]:
        runs = [run for level in self._levels for run in level]
        return group_pairs(heapq.merge(sorted(self._buffer), *map(_entries, runs)))

    def close(self) -> None:
        for level in self._levels:
            for run in level:
                run.close()
        self._levels = []
        self._buffer = []

    def __enter__(self) -> PairSorter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
