"""Cross-paper aggregation of relation records: one row per (regulator id, therapy id).

The founding review's theme is the dual role of mitophagy: the same regulator
protects tumour cells from one therapy and sensitizes them to another, or papers
disagree by cancer type. This module counts, for every (regulator id, therapy
id) pair over all papers of a dataset, the records of each effect, the papers
and cancer types behind them, and whether the records conflict:

- ``resistance``: some records say ``promotes_resistance`` and others
  ``promotes_sensitivity`` for the same pair;
- ``mitophagy``: some say ``induces_mitophagy`` and others ``inhibits_mitophagy``.

A conflict may come from two papers or from two contexts of one paper; the
rows keep the record ids, so every count leads back to its evidence. Plain
dicts in, plain dicts out: the dataset's ``pairs`` table, the HTML report and a
notebook (``pairs_frame``) all use the same function.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from pipeline.records import EFFECTS

# Effects that contradict each other, named by what they disagree about.
OPPOSITES: dict[str, tuple[str, str]] = {
    "resistance": ("promotes_resistance", "promotes_sensitivity"),
    "mitophagy": ("induces_mitophagy", "inhibits_mitophagy"),
}


def _ids(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    return [str(v) for v in value if str(v)]


def pair_rows(relations: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Relation rows (dataset columns) -> one row per (regulator id, therapy id), sorted.

    Regulator ids are compared case-insensitively (as the scorer does) and shown
    in the form first met in sort order; each record counts once per id it lists.
    """
    groups: dict[tuple[str, str], list[Mapping[str, Any]]] = defaultdict(list)
    shown: dict[str, str] = {}
    ordered = sorted(relations, key=lambda r: (str(r.get("doc_id", "")), str(r.get("record_id", ""))))
    for row in ordered:
        therapy = str(row.get("therapy_id") or "")
        if not therapy:
            continue
        for rid in dict.fromkeys(_ids(row.get("regulator_ids"))):
            shown.setdefault(rid.casefold(), rid)
            groups[(rid.casefold(), therapy)].append(row)
    out = []
    for (folded, therapy), rows in sorted(groups.items()):
        counts = {effect: 0 for effect in EFFECTS}
        for row in rows:
            if row.get("effect") in counts:
                counts[row["effect"]] += 1
        conflicts = [name for name, (a, b) in OPPOSITES.items() if counts[a] and counts[b]]
        out.append(
            {
                "regulator_id": shown[folded],
                "therapy_id": therapy,
                "n_records": len(rows),
                "n_papers": len({r.get("doc_id") for r in rows}),
                **{f"n_{effect}": counts[effect] for effect in EFFECTS},
                "conflict": ",".join(conflicts),
                "doc_ids": sorted({str(r.get("doc_id", "")) for r in rows}),
                "cancer_types": sorted({str(r.get("cancer_type") or "") for r in rows} - {""}),
                "record_ids": [str(r.get("record_id", "")) for r in rows],
            }
        )
    return sorted(out, key=lambda p: (p["regulator_id"], p["therapy_id"]))  # the dataset's sort keys


def conflict_groups(
    pairs: Iterable[Mapping[str, Any]], relations: Iterable[Mapping[str, Any]]
) -> list[dict[str, Any]]:
    """Conflicting pairs, each with its records grouped by cancer type (``""``: none named).

    Returns ``[{"regulator_id", "therapy_id", "conflict", "by_cancer": [(cancer_type, [record rows])]}]``.
    """
    by_id = {str(r.get("record_id", "")): r for r in relations}
    out = []
    for pair in pairs:
        if not pair.get("conflict"):
            continue
        names = str(pair["conflict"]).split(",")
        wanted = {effect for name in names for effect in OPPOSITES[name]}
        grouped: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
        for rid in pair["record_ids"]:
            row = by_id.get(rid)
            if row is not None and row.get("effect") in wanted:
                grouped[str(row.get("cancer_type") or "")].append(row)
        out.append(
            {
                "regulator_id": pair["regulator_id"],
                "therapy_id": pair["therapy_id"],
                "conflict": pair["conflict"],
                "by_cancer": sorted(grouped.items()),
            }
        )
    return out


def pairs_frame(dataset_dir):  # -> pandas.DataFrame
    """The cross-paper pairs of a dataset folder (``OUT_DIR/dataset``) as a DataFrame, for notebooks."""
    from pathlib import Path

    import pandas as pd

    relations = pd.read_parquet(Path(dataset_dir) / "relations.parquet")
    return pd.DataFrame(pair_rows(relations.to_dict("records")))
