"""The processed papers of a ``mitominer run`` output folder, from its manifest and cache."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pipeline.batch.cache import load_result
from pipeline.batch.dataset import read_manifest


def processed_results(out_dir: Path) -> tuple[list[tuple[str, dict[str, Any]]], int, int]:
    """(path, cached result) of every paper processed without failure, sorted by doc_id; plus failed and missing counts."""
    version, items = read_manifest(Path(out_dir))
    results, failed, missing = [], 0, 0
    for item in sorted(items, key=lambda i: (i.doc_id, i.sha256)):
        result = load_result(Path(out_dir), item.sha256, version)
        if result is None:
            missing += 1
        elif result.get("status") != "ok":
            failed += 1
        else:
            results.append((item.path, result))
    return results, failed, missing
