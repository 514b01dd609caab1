"""The streamed dataset writer gives the bytes the in-memory writer gave.

``legacy_build`` is the writer as it was before streaming (every row of every
table in memory, one ``pq.write_table`` and one ``DataFrame.to_csv`` per table),
kept here as the reference the streamed one must match byte for byte.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

import batch_fakes
from batch_corpus import write_mixed_corpus
from pipeline.aggregate import EFFECTS, OPPOSITES, _ids, pair_rows, relation_order
from pipeline.batch import dataset, pair_sort
from pipeline.batch.cache import load_result, store_result
from pipeline.batch.dataset import build_dataset, rows_to_table, write_table_files
from pipeline.batch.discover import WorkItem
from pipeline.batch.pair_sort import PairSorter
from pipeline.batch.schema import TABLE_NAMES


def _legacy_pair_rows(relations: list[dict]) -> list[dict]:
    """``pipeline.aggregate.pair_rows`` as it was before the streamed aggregation (all rows kept)."""
    groups: dict[tuple[str, str], list[dict]] = {}
    shown: dict[str, str] = {}
    for row in sorted(relations, key=lambda r: (str(r.get("doc_id", "")), str(r.get("record_id", "")))):
        therapy = str(row.get("therapy_id") or "")
        if not therapy:
            continue
        for rid in dict.fromkeys(_ids(row.get("regulator_ids"))):
            shown.setdefault(rid.casefold(), rid)
            groups.setdefault((rid.casefold(), therapy), []).append(row)
    out = []
    for (folded, therapy), rows in sorted(groups.items()):
        counts = {effect: sum(r.get("effect") == effect for r in rows) for effect in EFFECTS}
        out.append(
            {
                "regulator_id": shown[folded], "therapy_id": therapy, "n_records": len(rows),
                "n_papers": len({r.get("doc_id") for r in rows}),
                **{f"n_{effect}": counts[effect] for effect in EFFECTS},
                "conflict": ",".join(name for name, (a, b) in OPPOSITES.items() if counts[a] and counts[b]),
                "doc_ids": sorted({str(r.get("doc_id", "")) for r in rows}),
                "cancer_types": sorted({str(r.get("cancer_type") or "") for r in rows} - {""}),
                "record_ids": [str(r.get("record_id", "")) for r in rows],
            }
        )
    return sorted(out, key=lambda p: (p["regulator_id"], p["therapy_id"]))


def _legacy_rows(results: list[tuple[WorkItem, dict[str, Any]]], version: str) -> dict[str, list[dict]]:
    tables: dict[str, list[dict]] = {name: [] for name in TABLE_NAMES}
    for item, result in results:
        if result["status"] == "ok":
            doc = dict(result["document"])
            doc.update(doc_id=item.doc_id, sha256=item.sha256, path=item.path, paths=list(item.paths),
                       size_bytes=item.size, pipeline_version=version)
            tables["documents"].append(doc)
            for name, rows in result["tables"].items():
                tables[name].extend(rows)
        else:
            for path in item.paths:
                tables["failures"].append(
                    {"path": path, "doc_id": item.doc_id, "sha256": item.sha256, "size_bytes": item.size,
                     "reason_code": result["reason_code"], "reason": result["reason"], "stage": result.get("stage", "")}
                )
    tables["pairs"] = _legacy_pair_rows(tables["relations"])
    return tables


def legacy_build(out_dir: Path, folder: Path, items: list[WorkItem], version: str) -> None:
    results = []
    for item in sorted(items, key=lambda i: i.sha256):
        result = load_result(out_dir, item.sha256, version)
        if result is not None:
            results.append((item, result))
    tables = _legacy_rows(results, version)
    for name in TABLE_NAMES:
        write_table_files(folder, name, rows_to_table(name, tables[name]))


@pytest.fixture(scope="module")
def cached_corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[WorkItem], str]:
    root = tmp_path_factory.mktemp("stream")
    corpus = write_mixed_corpus(root / "corpus", n_good=12, pdfs=1, markers=False)
    out = root / "out"
    items, version = batch_fakes.cache_fake_results(corpus.root, out)
    return out, items, version


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_streamed_dataset_is_byte_identical_to_the_in_memory_writer(cached_corpus, tmp_path: Path) -> None:
    out, items, version = cached_corpus
    summary = build_dataset(out)
    legacy = tmp_path / "legacy"
    legacy_build(out, legacy, items, version)
    streamed, reference = _files(out / "dataset"), _files(legacy)
    assert sorted(streamed) == sorted(reference) and len(streamed) == 2 * len(TABLE_NAMES)
    assert [name for name in reference if streamed[name] != reference[name]] == []
    # the corpus exercises every kind of row: failures, relations with therapies, pairs
    assert summary.failures > 0 and summary.rows["relations"] > 0 and summary.rows["pairs"] > 0
    assert summary.rows["failures"] > 0 and summary.documents > 5


def test_pairs_in_small_sorted_runs_and_csv_in_small_slices_give_the_same_bytes(cached_corpus, tmp_path, monkeypatch) -> None:
    """The pairs table's external sort, with runs of 3 entries merged 2 at a time and rows handed
    to the writer one at a time, writes the bytes of the in-memory aggregation; every CSV written
    a few rows at a time is the same bytes too."""
    out, items, version = cached_corpus
    monkeypatch.setattr(pair_sort, "RUN_ENTRIES", 3)
    monkeypatch.setattr(pair_sort, "FAN_IN", 2)
    monkeypatch.setattr(dataset, "PAIR_CHUNK_IDS", 2)
    monkeypatch.setattr(dataset, "CSV_SLICE_BYTES", 500)
    summary = build_dataset(out)
    legacy_build(out, tmp_path / "legacy", items, version)
    assert summary.rows["pairs"] > 4
    assert _files(out / "dataset") == _files(tmp_path / "legacy")
    monkeypatch.undo()
    build_dataset(out)


def test_small_row_groups_keep_the_content_and_the_csv_bytes(cached_corpus, tmp_path, monkeypatch) -> None:
    """A table over the row-group size is written in several row groups; the CSV is the same bytes
    and the Parquet the same rows."""
    out, items, version = cached_corpus
    legacy = tmp_path / "legacy"
    legacy_build(out, legacy, items, version)
    monkeypatch.setattr(dataset, "ROW_GROUP_BYTES", 2000)
    build_dataset(out)
    folder = out / "dataset"
    assert pq.read_metadata(folder / "paragraphs.parquet").num_row_groups > 1
    for name in TABLE_NAMES:
        assert (folder / f"{name}.csv").read_bytes() == (legacy / f"{name}.csv").read_bytes(), name
        assert pq.read_table(folder / f"{name}.parquet").equals(pq.read_table(legacy / f"{name}.parquet")), name
    monkeypatch.undo()
    build_dataset(out)  # leave the module's dataset as the fixture made it


def test_papers_sharing_a_doc_id_sort_as_one_table(tmp_path: Path) -> None:
    """Two contents whose hashes share the 16-digit prefix (a collision) still give the
    in-memory writer's order: their rows are sorted together."""
    out = tmp_path / "out"
    version = "v1"
    items = []
    for k, suffix in enumerate(("f" * 48, "0" * 48)):
        sha = "ab" * 8 + suffix
        item = WorkItem(sha256=sha, size=10, paths=(f"p{k}.txt",), root=str(tmp_path))
        rows = [{"doc_id": item.doc_id, "entity_id": f"e{k}{j}", "section": "1", "paragraph": 0, "start": 10 * j + k,
                 "end": 10 * j + k + 2, "text": "x", "label": "L", "id": ""} for j in range(3)]
        document = {"doc_id": item.doc_id, "format": "text", "title": f"t{k}", "n_entities": 3}
        store_result(out, version, {"sha256": sha, "doc_id": item.doc_id, "status": "ok", "document": document,
                                    "tables": {"entities": rows}})
        items.append(item)
    build_dataset(out, items, version)
    legacy_build(out, tmp_path / "legacy", items, version)
    for name in ("entities", "documents"):
        for ext in ("parquet", "csv"):
            assert (out / "dataset" / f"{name}.{ext}").read_bytes() == (tmp_path / "legacy" / f"{name}.{ext}").read_bytes()
    starts = pq.read_table(out / "dataset" / "entities.parquet").column("start").to_pylist()
    assert starts == sorted(starts)


def test_a_failed_build_leaves_the_old_dataset_whole(cached_corpus, monkeypatch) -> None:
    out, _, _ = cached_corpus
    build_dataset(out)
    before = _files(out / "dataset")

    def boom(*args, **kwargs):
        raise RuntimeError("disk gone")

    monkeypatch.setattr(dataset.PairSorter, "rows", boom)
    with pytest.raises(RuntimeError, match="disk gone"):
        build_dataset(out)
    assert _files(out / "dataset") == before  # no temporaries left, no file half replaced


def test_the_build_holds_one_row_group_per_table_whatever_the_corpus(cached_corpus, tmp_path, monkeypatch) -> None:
    """Streaming: with a small row-group size, between two papers no table buffers a row group's
    worth of data, the buffered rows lie on disk (no Arrow memory is held between two papers, however
    many tables are part-filled), and the cross-paper rows go to spill files, not to memory: the
    failures to one, the pairs' entries to sorted runs of ``RUN_ENTRIES`` (never more held)."""
    import gc

    import pyarrow as pa

    out, items, version = cached_corpus
    monkeypatch.setattr(dataset, "ROW_GROUP_BYTES", 3000)
    monkeypatch.setattr(pair_sort, "RUN_ENTRIES", 4)
    monkeypatch.setattr(pair_sort, "FAN_IN", 3)
    worst: dict[str, int] = {}
    held_between_papers: list[int] = []
    add = dataset.TableWriter.add

    def spying_add(self, rows):
        add(self, rows)
        worst[self.name] = max(worst.get(self.name, 0), self._buffered_bytes)
        if self.name == "documents":  # once a paper: the Arrow tables and batches alive at that moment
            held_between_papers.append(
                sum(isinstance(o, (pa.Table, pa.RecordBatch)) for o in gc.get_objects())
            )

    spilled: list[int] = []
    close = dataset.RowSpill.close

    def spying_close(self):
        spilled.append(self.count)
        close(self)

    pair_buffer: list[int] = []
    add_pairs = PairSorter.add

    def spying_add_pairs(self, rows):
        add_pairs(self, rows)
        pair_buffer.append(len(self._buffer))

    monkeypatch.setattr(dataset.TableWriter, "add", spying_add)
    monkeypatch.setattr(dataset.RowSpill, "close", spying_close)
    monkeypatch.setattr(PairSorter, "add", spying_add_pairs)
    summary = build_dataset(out)
    assert pq.read_metadata(out / "dataset" / "entities.parquet").num_row_groups > 2
    assert sum(1 for n in worst.values() if n > 0) >= 3  # several tables part-filled at once
    for name, held in worst.items():
        assert held < 3000, name
    # no buffered rows in memory: not a table or batch alive between two papers (only the writers)
    assert held_between_papers and max(held_between_papers) == 0
    # the failure rows in one spill; the pairs' entries (one per relation with a therapy and
    # regulator id) in sorted runs, runs merged into bigger ones, at most a run's worth in memory
    entries = sum(len(dict.fromkeys(r["regulator_ids"])) for r in _therapy_relations(out))
    assert summary.rows["failures"] in spilled
    assert entries > 12 and len(spilled) >= 1 + entries // 4 and max(spilled) > 4
    assert pair_buffer and max(pair_buffer) < 4
    monkeypatch.undo()
    build_dataset(out)


def _therapy_relations(out: Path):
    return (r for r in pq.read_table(out / "dataset" / "relations.parquet").to_pylist() if r["therapy_id"])


def _invented_relations() -> list[dict]:
    """Relations of three papers (fed in no particular order) covering every grouping rule: an id in
    two case forms (in one record, and across papers, the lower-case form met first), records
    naming two regulator ids, pairs with conflicting effects, rows without a therapy, an effect
    outside the counted ones, cancer types missing or named."""
    relations = []
    for d, doc in enumerate(("d2", "d0", "d1")):
        for k, (regs, effect, therapy, cancer) in enumerate(
            [(["PINK1"], "promotes_resistance", "cisplatin", "lung"),
             (["pink1", "PINK1"], "promotes_sensitivity", "cisplatin", ""),
             (["BNIP3", "fundc1" if doc == "d0" else "FUNDC1"], "induces_mitophagy", "sorafenib", "liver"),
             (["BNIP3"], "inhibits_mitophagy", "sorafenib", None),
             (["PRKN"], "promotes_resistance", "", "breast"),
             (["fundc1"] if doc == "d0" else ["FUNDC1"], "associated", "sorafenib", "colon"),
             (["ZZX9", "ZZX9"], "promotes_resistance", None, "lung")]
        ):
            relations.append({"doc_id": doc, "record_id": f"r{(k * 3 + d) % 7}", "regulator_ids": regs,
                              "effect": effect, "therapy_id": therapy, "cancer_type": cancer})
    return relations


def test_pair_rows_group_every_rule_as_the_former_aggregation() -> None:
    relations = _invented_relations()
    rows = pair_rows(relations)
    assert rows == _legacy_pair_rows(relations)
    by_pair = {(r["regulator_id"], r["therapy_id"]): r for r in rows}
    assert sorted(by_pair) == [("BNIP3", "sorafenib"), ("PINK1", "cisplatin"), ("fundc1", "sorafenib")]
    assert by_pair[("BNIP3", "sorafenib")]["conflict"] == "mitophagy"
    pink = by_pair[("PINK1", "cisplatin")]
    assert pink["conflict"] == "resistance" and pink["n_papers"] == 3 and pink["cancer_types"] == ["lung"]
    assert pink["n_records"] == 9  # a record naming the id in two case forms counts once per form
    fundc1 = by_pair[("fundc1", "sorafenib")]  # shown as first met (d0), both forms counted
    assert fundc1["n_records"] == 6 and fundc1["n_induces_mitophagy"] == 3
    assert fundc1["doc_ids"] == ["d0", "d1", "d2"] and fundc1["cancer_types"] == ["colon", "liver"]


@pytest.mark.parametrize(("run_entries", "fan_in"), [(1, 2), (2, 3), (5, 2), (1000, 32)])
def test_the_external_pair_sort_equals_pair_rows(tmp_path, monkeypatch, run_entries, fan_in) -> None:
    """Relations streamed through the external sort (runs of any size, merged any number at a time)
    give ``pair_rows``'s rows for the same relations."""
    monkeypatch.setattr(pair_sort, "RUN_ENTRIES", run_entries)
    monkeypatch.setattr(pair_sort, "FAN_IN", fan_in)
    relations = sorted(_invented_relations(), key=relation_order)
    with PairSorter(tmp_path) as sorter:
        for doc in ("d0", "d1", "d2"):  # one paper at a time, as the dataset build feeds it
            sorter.add([r for r in relations if r["doc_id"] == doc])
        assert list(sorter.rows()) == pair_rows(relations)
        with pytest.raises(ValueError, match="out of order"):
            sorter.add([{"doc_id": "d0", "record_id": "r0", "therapy_id": "x", "regulator_ids": ["A"]}])
    assert list(tmp_path.iterdir()) == []  # the runs are unnamed files


def test_a_row_group_of_many_one_row_pieces_is_read_back_a_few_pieces_at_a_time(tmp_path, monkeypatch) -> None:
    """A table with one row a paper (``documents``) fills a row group with ~1,000 pieces; reading
    them back whole (``read_all``) held every piece's Arrow batch at once (~11 MB at 1,000 papers).
    The read-back joins them ``JOIN_PIECES`` at a time, never holding more batches than that, and
    the row group written is the same contiguous table, so the file's bytes are those of one
    ``pq.write_table`` of the rows."""
    monkeypatch.setattr(dataset, "JOIN_PIECES", 8)
    rows = [
        {"doc_id": f"{k:016x}", "sha256": f"{k:064x}", "path": f"p{k}.txt", "paths": [f"p{k}.txt"], "format": "text",
         "size_bytes": k, "title": f"Paper {k}", "keywords": ["a", "b"][: k % 3], "n_words": k * 10}
        for k in range(61)  # 7 full joins of 8 and a last partial one
    ]
    held: list[int] = []
    joined = dataset._joined

    def counting(batches, schema):
        held.append(len(batches))
        return joined(batches, schema)

    monkeypatch.setattr(dataset, "_joined", counting)
    (tmp_path / "ref").mkdir()
    writer = dataset.TableWriter("documents", str(tmp_path / "d.parquet"), str(tmp_path / "d.csv"))
    for row in rows:
        writer.add([row])
    writer.close()
    assert held == [8] * 7 + [5]  # never more than JOIN_PIECES batches at once
    write_table_files(tmp_path / "ref", "documents", rows_to_table("documents", rows))
    assert pq.read_table(tmp_path / "d.parquet").to_pylist() == rows_to_table("documents", rows).to_pylist()
    assert (tmp_path / "d.parquet").read_bytes() == (tmp_path / "ref" / "documents.parquet").read_bytes()
    assert (tmp_path / "d.csv").read_bytes() == (tmp_path / "ref" / "documents.csv").read_bytes()
