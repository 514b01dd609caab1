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
from collections.abc import Iterable, Iterator, Mapping
from itertools import groupby
from operator import itemgetter
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


# One relation's share of one pair: (regulator id as shown, therapy id, doc_id, record_id,
# effect, cancer type). Sorted, a pair's entries are consecutive and its records come in
# (doc_id, record_id) order, so the pairs table is one pass over sorted entries (``group_pairs``):
# in memory here (``pair_rows``), or by an external merge sort in the dataset build
# (``pipeline.batch.pair_sort``), which holds one pair at a time.
PairEntry = tuple[str, str, str, str, str, str]


def pair_entries(row: Mapping[str, Any], shown: dict[str, str]) -> list[PairEntry]:
    """One relation row -> its entries, one per regulator id it lists (none without a therapy).

    ``shown`` maps each case-folded regulator id to its form first met; rows must come in
    ``relation_order`` for that form to be the one ``pair_rows`` shows. Fixed at the id's first
    relation, it can go into the sort key as soon as the relation is read.
    """
    therapy = str(row.get("therapy_id") or "")
    if not therapy:
        return []
    doc, record = relation_order(row)
    effect, cancer = str(row.get("effect") or ""), str(row.get("cancer_type") or "")
    return [
        (shown.setdefault(rid.casefold(), rid), therapy, doc, record, effect, cancer)
        for rid in dict.fromkeys(_ids(row.get("regulator_ids")))
    ]


def group_pairs(entries: Iterable[PairEntry]) -> Iterator[dict[str, Any]]:
    """Sorted pair entries -> one pairs row per (regulator id, therapy id), each yielded as its
    entries end (so only one pair's doc ids, cancer types and record ids are held)."""
    last: PairEntry | None = None
    for (regulator, therapy), group in groupby(entries, key=itemgetter(0, 1)):
        counts = dict.fromkeys(EFFECTS, 0)
        docs: list[str] = []
        cancers: set[str] = set()
        records: list[str] = []
        for entry in group:
            if last is not None and entry < last:
                raise ValueError(f"pair entries out of order: {entry} after {last}")
            last = entry
            _, _, doc, record, effect, cancer = entry
            if effect in counts:
                counts[effect] += 1
            if not docs or docs[-1] != doc:  # a pair's entries are in doc_id order
                docs.append(doc)
            cancers.add(cancer)
            records.append(record)
        conflicts = [name for name, (a, b) in OPPOSITES.items() if counts[a] and counts[b]]
        yield {
            "regulator_id": regulator,
            "therapy_id": therapy,
            "n_records": len(records),
            "n_papers": len(docs),
            **{f"n_{effect}": counts[effect] for effect in EFFECTS},
            "conflict": ",".join(conflicts),
            "doc_ids": docs,
            "cancer_types": sorted(cancers - {""}),
            "record_ids": records,
        }


def pair_rows(relations: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Relation rows (dataset columns) -> one row per (regulator id, therapy id), sorted.

    Regulator ids are compared case-insensitively (as the scorer does) and shown
    in the form first met in sort order; each record counts once per id it lists.
    """
    shown: dict[str, str] = {}
    entries = [entry for row in sorted(relations, key=relation_order) for entry in pair_entries(row, shown)]
    return list(group_pairs(sorted(entries)))


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
