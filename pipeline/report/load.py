"""Read a dataset folder's tables as lists of plain dicts (lists as Python lists)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

TABLES = ("documents", "relations", "references", "entities", "failures")


class ReportInputError(ValueError):
    """The folder holds no dataset the report can read; the message names the path."""


def dataset_folder(out_dir: Path) -> Path:
    """``OUT_DIR/dataset`` (or ``OUT_DIR`` itself when it is the dataset folder)."""
    out_dir = Path(out_dir)
    for folder in (out_dir / "dataset", out_dir):
        if (folder / "documents.parquet").is_file():
            return folder
    raise ReportInputError(f"{out_dir}: no dataset (documents.parquet); run `mitominer run CORPUS -o {out_dir}` first")


def read_tables(folder: Path) -> dict[str, list[dict[str, Any]]]:
    """Each table of ``TABLES`` as rows; a table missing from an older dataset reads as empty."""
    tables: dict[str, list[dict[str, Any]]] = {}
    for name in TABLES:
        path = folder / f"{name}.parquet"
        if not path.is_file():
            tables[name] = []
            continue
        try:
            tables[name] = pq.read_table(path).to_pylist()
        except Exception as exc:  # pyarrow raises several types for a damaged file
            raise ReportInputError(f"{path}: unreadable Parquet file ({exc})") from None
    return tables
