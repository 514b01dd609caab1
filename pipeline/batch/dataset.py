"""Cached per-paper results -> ``OUT_DIR/dataset/<table>.parquet`` and ``<table>.csv``.

Rebuilt whole from the cache after every run (and by ``mitominer dataset``), so
it always reflects exactly the papers of the last discovered corpus (listed in
``OUT_DIR/manifest.json``). Bytes are reproducible: rows sorted by fixed keys,
fixed schemas, no pandas index or metadata, one compression setting, list
columns in the CSV written as JSON; the same corpus gives the same files
whatever the number of workers or the order papers finished in.
"""

from __future__ import annotations

import contextlib
import json
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.aggregate import pair_rows, relation_order
from pipeline.atomic import atomic_path
from pipeline.batch.cache import load_result, write_json_atomic
from pipeline.batch.discover import WorkItem
from pipeline.batch.memory_pool import release_freed, system_memory_pool
from pipeline.batch.pair_sort import PairSorter
from pipeline.batch.parquet_append import RowGroupFile
from pipeline.batch.schema import SCHEMAS, SORT_KEYS, TABLE_NAMES
from pipeline.batch.spill import RowSpill

DATASET_DIR = "dataset"
MANIFEST = "manifest.json"
PARQUET_OPTIONS = {
    "compression": "zstd",
    "compression_level": 3,
    "use_dictionary": True,
    "write_statistics": True,
    "version": "2.6",
    "data_page_version": "1.0",
}


class ManifestError(ValueError):
    """OUT_DIR has no readable manifest: no run has discovered a corpus there yet."""


@dataclass
class DatasetSummary:
    rows: dict[str, int] = field(default_factory=dict)
    documents: int = 0
    failures: int = 0  # failed papers (distinct contents)
    missing: int = 0  # papers of the manifest with no cached result yet
    folder: str = ""


def write_manifest(out_dir: Path, corpus: Path, version: str, items: list[WorkItem]) -> None:
    write_json_atomic(
        Path(out_dir) / MANIFEST,
        {"corpus": str(Path(corpus).resolve()), "pipeline_version": version, "items": [i.to_dict() for i in items]},
    )


def read_manifest(out_dir: Path) -> tuple[str, list[WorkItem]]:
    """The pipeline version and work items of the last run on ``out_dir``."""
    path = Path(out_dir) / MANIFEST
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ManifestError(f"{path}: no manifest; run `mitominer run CORPUS -o {out_dir}` first") from None
    except json.JSONDecodeError as exc:
        raise ManifestError(f"{path}: unreadable manifest ({exc})") from None
    root = data.get("corpus", "")
    return data["pipeline_version"], [WorkItem.from_dict(i, root) for i in data["items"]]


def item_rows(item: WorkItem, result: dict[str, Any], version: str) -> dict[str, list[dict]]:
    """One (item, cached result) pair -> its rows per table (all but ``pairs``), unsorted."""
    tables: dict[str, list[dict]] = {name: [] for name in TABLE_NAMES if name != "pairs"}
    if result["status"] == "ok":
        doc = dict(result["document"])
        doc.update(
            doc_id=item.doc_id,
            sha256=item.sha256,
            path=item.path,
            paths=list(item.paths),
            size_bytes=item.size,
            pipeline_version=version,
        )
        tables["documents"].append(doc)
        for name, rows in result["tables"].items():
            tables[name].extend(rows)
    else:
        for path in item.paths:
            tables["failures"].append(
                {
                    "path": path,
                    "doc_id": item.doc_id,
                    "sha256": item.sha256,
                    "size_bytes": item.size,
                    "reason_code": result["reason_code"],
                    "reason": result["reason"],
                    "stage": result.get("stage", ""),
                }
            )
    return tables


def results_to_rows(results: list[tuple[WorkItem, dict[str, Any]]], version: str) -> dict[str, list[dict]]:
    """(item, cached result) pairs -> rows per table, unsorted, all in memory (small row sets:
    tests and tools; the dataset itself is streamed by ``build_dataset``)."""
    tables: dict[str, list[dict]] = {name: [] for name in TABLE_NAMES}
    for item, result in results:
        for name, rows in item_rows(item, result, version).items():
            tables[name].extend(rows)
    tables["pairs"] = pair_rows(tables["relations"])
    return tables


def _sort_key(keys: tuple[str, ...]) -> Callable[[dict], tuple]:
    # None sorts first; (flag, value) pairs keep mixed None/str columns comparable.
    return lambda row: tuple((row.get(k) is not None, row.get(k) if row.get(k) is not None else "") for k in keys)


def rows_to_table(name: str, rows: list[dict]) -> pa.Table:
    schema = SCHEMAS[name]
    ordered = sorted(rows, key=_sort_key(SORT_KEYS[name]))
    return pa.Table.from_pylist([{c: r.get(c) for c in schema.names} for r in ordered], schema=schema)


def table_to_frame(table: pa.Table) -> pd.DataFrame:
    """Arrow table -> the CSV twin's frame: lists as JSON text, nullable integers kept integral."""
    columns = {}
    for field_ in table.schema:
        values = table.column(field_.name).to_pylist()
        if pa.types.is_list(field_.type):
            columns[field_.name] = [None if v is None else json.dumps(v, ensure_ascii=False) for v in values]
        elif pa.types.is_integer(field_.type):
            columns[field_.name] = pd.array(values, dtype="Int64")
        elif pa.types.is_floating(field_.type):
            columns[field_.name] = pd.array(values, dtype="Float64")
        else:
            columns[field_.name] = pd.array(values, dtype=object)
    return pd.DataFrame(columns, columns=table.schema.names)


def write_table_files(folder: Path, name: str, table: pa.Table) -> None:
    """Write ``name.parquet`` and ``name.csv`` atomically."""
    with atomic_path(folder / f"{name}.parquet") as tmp:
        pq.write_table(table, tmp, **PARQUET_OPTIONS)
    frame = table_to_frame(table)
    with atomic_path(folder / f"{name}.csv") as tmp:
        frame.to_csv(tmp, index=False, lineterminator="\n", encoding="utf-8", na_rep="")


# A table's rows are buffered as Arrow data up to this size, then written as one Parquet row
# group and one CSV chunk. The threshold depends on the rows only, so the files stay
# reproducible; a table under it is one row group, byte for byte what one ``pq.write_table``
# of the whole table writes (tests/test_dataset_stream.py). The buffer lies on disk (an Arrow
# IPC stream per table, ``TableWriter``), so the parent's memory for the build is about one
# row group and its copies (Arrow, Python values for the CSV) at a time, whatever the corpus
# size and the number of tables; 1 MiB row groups (~10,000 entity rows) still read fast.
ROW_GROUP_BYTES = 1 << 20
# Arrow data of a row group turned into the CSV's Python values at a time (``TableWriter._flush``).
CSV_SLICE_BYTES = 1 << 17
# Pieces (one paper's rows of a table) joined at a time when a row group is read back from
# its spill file: bounds the read-back to this many small Arrow batches (see ``_buffered``).
JOIN_PIECES = 64


# Pairs rows are handed to their writer as the external sort yields them, in chunks of about
# this many ids (a row's doc ids and record ids, plus one): a pair can list thousands.
PAIR_CHUNK_IDS = 4096


def _joined(batches: list[pa.RecordBatch], schema: pa.Schema) -> pa.Table:
    """Record batches -> one table in one contiguous chunk (new buffers: the batches can go)."""
    return pa.Table.from_batches(batches, schema).combine_chunks()


class TableWriter:
    """One table's ``.parquet`` and ``.csv`` temporaries, appended to in sort order.

    Rows must arrive in the table's sort order across calls (``build_dataset`` feeds
    papers in ``doc_id`` order; every per-paper table's sort key starts with ``doc_id``).
    Each paper's rows become an Arrow table appended to an unnamed temporary file beside the
    dataset (an IPC stream) until the next row group is full; the row group is read back,
    joined into one contiguous table and written. Buffered in memory, 11 tables' pieces (each
    piece of a few rows costing far more than the ``nbytes`` the threshold counts) held up to
    11 row groups at once, and more of them the larger the corpus until each table had filled
    one (``benchmarks/batch_memory.py``).
    """

    def __init__(self, name: str, parquet_tmp: str, csv_tmp: str):
        self.name = name
        self.schema = SCHEMAS[name]
        self.rows = 0
        self._buffered_bytes = 0
        self._buffered_tables = 0
        self._written = False
        # TemporaryFile: no name on Linux (O_TMPFILE), so nothing to clean after a crash.
        self._spill = tempfile.TemporaryFile(dir=Path(parquet_tmp).parent, prefix=".rows.", suffix=".tmp")  # noqa: SIM115
        self._spill_writer: pa.ipc.RecordBatchStreamWriter | None = None
        # Not ``pq.ParquetWriter``: it keeps every row group's metadata until it closes (~9-15 KB
        # each, one per MiB of the table); ``RowGroupFile`` writes the same bytes with that
        # metadata on disk (parquet_append.py).
        self._parquet = RowGroupFile(parquet_tmp, self.schema, Path(parquet_tmp).parent, **PARQUET_OPTIONS)
        self._csv = open(csv_tmp, "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed by close()

    def add(self, rows: list[dict]) -> None:
        """Append rows that sort after every row added so far (sorted here among themselves)."""
        if not rows:
            return
        table = rows_to_table(self.name, rows)
        if self._spill_writer is None:
            self._spill_writer = pa.ipc.new_stream(self._spill, self.schema)
        self._spill_writer.write_table(table)
        self._buffered_bytes += table.nbytes
        self._buffered_tables += 1
        self.rows += table.num_rows
        del table
        if self._buffered_bytes >= ROW_GROUP_BYTES:
            self._flush()

    def _buffered(self) -> pa.Table:
        """The buffered pieces read back from the spill file as one contiguous table (emptied)."""
        if self._spill_writer is None:
            return self.schema.empty_table()
        self._spill_writer.close()
        self._spill_writer = None
        self._spill.seek(0)
        # Read the pieces a few at a time, each few joined at once: ``read_all`` kept every
        # piece's batch (Arrow objects of a few KB per column however few its rows), about
        # 11 MB for the ~1,000 one-row pieces of a `documents` row group (1 MiB of Arrow data).
        chunks: list[pa.Table] = []
        pieces: list[pa.RecordBatch] = []
        with pa.ipc.open_stream(self._spill) as reader:
            for batch in reader:
                pieces.append(batch)
                if len(pieces) >= JOIN_PIECES:
                    chunks.append(_joined(pieces, self.schema))
                    pieces.clear()
        if pieces or not chunks:
            chunks.append(_joined(pieces, self.schema))
        del pieces
        table = pa.concat_tables(chunks) if len(chunks) > 1 else chunks[0]
        self._spill.seek(0)
        self._spill.truncate()
        return table

    def _flush(self) -> None:
        # One contiguous table: Parquet pages of a chunked table fall differently (other bytes).
        table = self._buffered().combine_chunks()
        self._buffered_bytes, self._buffered_tables = 0, 0
        self._parquet.write_table(table)
        # The CSV's Python values a slice at a time: a row group's, all at once, cost ~6x its
        # Arrow size (one object per value, list cells as JSON text, the frame's copies). The
        # CSV is the same bytes however the rows are cut (as across row groups).
        step = max(1, table.num_rows * CSV_SLICE_BYTES // max(table.nbytes, 1))
        for start in range(0, max(table.num_rows, 1), step):
            table_to_frame(table.slice(start, step)).to_csv(
                self._csv, index=False, header=not self._written, lineterminator="\n", na_rep=""
            )
            self._written = True
        del table
        release_freed()  # the row group's buffers are gone: hand their pages back (memory_pool.py)

    def close(self) -> None:
        if self._buffered_tables or not self._written:  # an empty table is still written: its header and schema
            self._flush()
        self._parquet.close()
        self._csv.close()
        self._spill.close()

    def abort(self) -> None:
        """Close the files after an error (their temporaries are then removed)."""
        with contextlib.suppress(Exception):
            self._parquet.abort()
        self._csv.close()
        self._spill.close()


def _write_pairs(writer: TableWriter, rows: Iterator[dict]) -> None:
    chunk: list[dict] = []
    ids = 0
    for row in rows:
        chunk.append(row)
        ids += 1 + len(row["doc_ids"]) + len(row["record_ids"])
        if ids >= PAIR_CHUNK_IDS:
            writer.add(chunk)
            chunk, ids = [], 0
    writer.add(chunk)


def _results_by_doc_id(
    out_dir: Path, items: list[WorkItem], version: str, missing: list[int]
) -> Iterator[list[tuple[WorkItem, dict[str, Any]]]]:
    """The cached results in ``doc_id`` order, one group of equal ``doc_id`` at a time, read one
    file at a time (a doc_id is a hash prefix: two papers share one only by a rare collision)."""
    group: list[tuple[WorkItem, dict[str, Any]]] = []
    for item in sorted(items, key=lambda i: i.sha256):  # sha256 order is doc_id order
        if group and group[0][0].doc_id != item.doc_id:
            yield group
            group = []
        result = load_result(out_dir, item.sha256, version)
        if result is None:
            missing[0] += 1
        else:
            group.append((item, result))
    if group:
        yield group


def build_dataset(out_dir: Path, items: list[WorkItem] | None = None, version: str | None = None) -> DatasetSummary:
    """Rebuild ``OUT_DIR/dataset/`` from the cache for the given items (default: the manifest's).

    Streamed: the cached results are read one paper at a time in ``doc_id`` order and their
    rows appended to every table, so memory does not grow with the corpus. The two tables
    that need the whole corpus first get their rows from disk once the papers are done:
    ``pairs`` from an external merge sort of every relation with a therapy
    (``pipeline.batch.pair_sort``), ``failures`` (sorted by path) from a spill file
    (``pipeline.batch.spill``). Every file is written to a temporary and all replace the old
    ones only once all are complete.
    """
    out_dir = Path(out_dir)
    if items is None or version is None:
        version, items = read_manifest(out_dir)
    folder = out_dir / DATASET_DIR
    folder.mkdir(parents=True, exist_ok=True)
    missing = [0]
    failed_papers = 0
    with contextlib.ExitStack() as stack:
        stack.enter_context(system_memory_pool())  # freed buffers go back to the OS: see memory_pool.py
        pairs = stack.enter_context(PairSorter(folder))
        failure_rows = stack.enter_context(RowSpill(folder))
        writers: dict[str, TableWriter] = {}
        try:
            for name in TABLE_NAMES:
                parquet_tmp = stack.enter_context(atomic_path(folder / f"{name}.parquet"))
                csv_tmp = stack.enter_context(atomic_path(folder / f"{name}.csv"))
                writers[name] = TableWriter(name, parquet_tmp, csv_tmp)
            for group in _results_by_doc_id(out_dir, items, version, missing):
                tables: dict[str, list[dict]] = {}
                for item, result in group:
                    failed_papers += result["status"] != "ok"
                    for name, rows in item_rows(item, result, version).items():
                        tables.setdefault(name, []).extend(rows)
                for name, rows in tables.items():
                    if name == "failures":
                        failure_rows.extend(rows)
                    else:
                        writers[name].add(rows)
                pairs.add(sorted(tables.get("relations", []), key=relation_order))  # papers come in doc_id order
            _write_pairs(writers["pairs"], pairs.rows())
            writers["failures"].add(list(failure_rows.rows()))
            for writer in writers.values():
                writer.close()
        except BaseException:
            for writer in writers.values():
                writer.abort()
            raise
    summary = DatasetSummary(missing=missing[0], folder=str(folder))
    summary.rows = {name: writer.rows for name, writer in writers.items()}
    summary.documents = summary.rows["documents"]
    summary.failures = failed_papers
    return summary
