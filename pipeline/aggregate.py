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


def relation_order(row: Mapping[str, Any]) -> tuple[str, str]:
    """The order relations are aggregated in: it decides each regulator id's shown form and
    the order of ``record_ids``."""
    return (str(row.get("doc_id", "")), str(row.get("record_id", "")))


class PairAggregator:
    """``pair_rows`` one relation at a time: ``add`` the rows in ``relation_order``, then ``rows()``.

    It keeps only what the pairs table shows (counts, doc ids, cancer types, record ids per
    pair), not the relations, so a corpus's relations can be streamed through it.
    """

    def __init__(self) -> None:
        self._groups: dict[tuple[str, str], dict[str, Any]] = {}
        self._shown: dict[str, str] = {}
        self._last: tuple[str, str] | None = None

    def add(self, row: Mapping[str, Any]) -> None:
        order = relation_order(row)
        if self._last is not None and order < self._last:
            raise ValueError(f"relations out of order: {order} after {self._last}")
        self._last = order
        therapy = str(row.get("therapy_id") or "")
        if not therapy:
            return
        for rid in dict.fromkeys(_ids(row.get("regulator_ids"))):
            self._shown.setdefault(rid.casefold(), rid)
            group = self._groups.get((rid.casefold(), therapy))
            if group is None:
                group = self._groups[(rid.casefold(), therapy)] = {
                    "counts": dict.fromkeys(EFFECTS, 0), "papers": set(), "docs": set(), "cancers": set(), "records": []
                }
            if row.get("effect") in group["counts"]:
                group["counts"][row["effect"]] += 1
            group["papers"].add(row.get("doc_id"))
            group["docs"].add(str(row.get("doc_id", "")))
            group["cancers"].add(str(row.get("cancer_type") or ""))
            group["records"].append(str(row.get("record_id", "")))

    def rows(self) -> list[dict[str, Any]]:
        out = []
        for (folded, therapy), group in sorted(self._groups.items()):
            counts = group["counts"]
            conflicts = [name for name, (a, b) in OPPOSITES.items() if counts[a] and counts[b]]
            out.append(
                {
                    "regulator_id": self._shown[folded],
                    "therapy_id": therapy,
                    "n_records": len(group["records"]),
                    "n_papers": len(group["papers"]),
                    **{f"n_{effect}": counts[effect] for effect in EFFECTS},
                    "conflict": ",".join(conflicts),
                    "doc_ids": sorted(group["docs"]),
                    "cancer_types": sorted(group["cancers"] - {""}),
                    "record_ids": list(group["records"]),
                }
            )
        return sorted(out, key=lambda p: (p["regulator_id"], p["therapy_id"]))  # the dataset's sort keys


def pair_rows(relations: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Relation rows (dataset columns) -> one row per (regulator id, therapy id), sorted.

    Regulator ids are compared case-insensitively (as the scorer does) and shown
    in the form first met in sort order; each record counts once per id it lists.
    """
    aggregator = PairAggregator()
    for row in sorted(relations, key=relation_order):
        aggregator.add(row)
    return aggregator.rows()


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
