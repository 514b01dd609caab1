"""Cached per-paper results -> ``OUT_DIR/dataset/<table>.parquet`` and ``<table>.csv``.

Rebuilt whole from the cache after every run (and by ``mitominer dataset``), so
it always reflects exactly the papers of the last discovered corpus (listed in
``OUT_DIR/manifest.json``). Bytes are reproducible: rows sorted by fixed keys,
fixed schemas, no pandas index or metadata, one compression setting, list
columns in the CSV written as JSON; the same corpus gives the same files
whatever the number of workers or the order papers finished in.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.aggregate import pair_rows
from pipeline.atomic import atomic_path
from pipeline.batch.cache import load_result, write_json_atomic
from pipeline.batch.discover import WorkItem
from pipeline.batch.schema import SCHEMAS, SORT_KEYS, TABLE_NAMES

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


def results_to_rows(results: list[tuple[WorkItem, dict[str, Any]]], version: str) -> dict[str, list[dict]]:
    """(item, cached result) pairs -> rows per table, unsorted."""
    tables: dict[str, list[dict]] = {name: [] for name in TABLE_NAMES}
    for item, result in results:
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


def build_dataset(out_dir: Path, items: list[WorkItem] | None = None, version: str | None = None) -> DatasetSummary:
    """Rebuild ``OUT_DIR/dataset/`` from the cache for the given items (default: the manifest's)."""
    out_dir = Path(out_dir)
    if items is None or version is None:
        version, items = read_manifest(out_dir)
    results, missing = [], 0
    for item in sorted(items, key=lambda i: i.sha256):
        result = load_result(out_dir, item.sha256, version)
        if result is None:
            missing += 1
        else:
            results.append((item, result))
    tables = results_to_rows(results, version)
    folder = out_dir / DATASET_DIR
    folder.mkdir(parents=True, exist_ok=True)
    summary = DatasetSummary(missing=missing, folder=str(folder))
    for name in TABLE_NAMES:
        table = rows_to_table(name, tables[name])
        write_table_files(folder, name, table)
        summary.rows[name] = table.num_rows
    summary.documents = summary.rows["documents"]
    summary.failures = sum(1 for _, r in results if r["status"] != "ok")
    return summary
