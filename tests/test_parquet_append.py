"""Row groups appended by ``RowGroupFile``: pyarrow's bytes, with the footer entries on disk."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.batch import dataset
from pipeline.batch.dataset import PARQUET_OPTIONS, TableWriter, build_dataset
from pipeline.batch.parquet_append import RowGroupFile
from pipeline.batch.schema import TABLE_NAMES

SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("position", pa.int64()),
        ("text", pa.string()),
        ("score", pa.float64()),
        ("flag", pa.bool_()),
        ("ids", pa.list_(pa.string())),
    ]
)


def _group(seed: int, rows: int) -> pa.Table:
    """An invented row group: short keys, long repeated text (long statistics), nulls, lists."""
    return pa.table(
        {
            "doc_id": [f"{seed:04x}{k:012x}" for k in range(rows)],
            "position": [seed * 1000 + k if k % 7 else None for k in range(rows)],
            "text": [("word%d " % (k % 13)) * (50 + k % 400) for k in range(rows)],
            "score": [k / 3 if k % 5 else None for k in range(rows)],
            "flag": [k % 2 == 0 for k in range(rows)],
            "ids": [[f"r{seed}-{j}" for j in range(k % 4)] if k % 6 else None for k in range(rows)],
        },
        schema=SCHEMA,
    )


def _both(tmp_path: Path, groups: list[pa.Table], **options) -> tuple[bytes, bytes]:
    reference, appended = tmp_path / "reference.parquet", tmp_path / "appended.parquet"
    with pq.ParquetWriter(reference, SCHEMA, **options) as writer:
        for table in groups:
            writer.write_table(table)
    out = RowGroupFile(appended, SCHEMA, tmp_path, **options)
    for table in groups:
        out.write_table(table)
    out.close()
    return reference.read_bytes(), appended.read_bytes()


def test_row_groups_appended_one_at_a_time_are_the_bytes_of_one_parquet_writer(tmp_path: Path) -> None:
    # 20 row groups (a footer list over 15 entries), sizes from 1 row to thousands (offsets of
    # several varint bytes), an empty one in the middle; the dataset's options and the defaults.
    groups = [_group(seed, rows) for seed, rows in enumerate([1, 3000, 40, 0, 700] + [17 * k + 1 for k in range(15)])]
    for options in (PARQUET_OPTIONS, {}):
        reference, appended = _both(tmp_path, groups, **options)
        assert appended == reference
        metadata = pq.read_metadata(tmp_path / "appended.parquet")
        assert metadata.num_row_groups == len(groups)
        assert metadata.num_rows == sum(t.num_rows for t in groups)
    assert pq.read_table(tmp_path / "appended.parquet").equals(pa.concat_tables(groups))


def test_a_file_with_no_row_written_is_pyarrows_empty_file(tmp_path: Path) -> None:
    reference, appended = _both(tmp_path, [SCHEMA.empty_table()], **PARQUET_OPTIONS)
    assert appended == reference
    out = RowGroupFile(tmp_path / "never.parquet", SCHEMA, tmp_path, **PARQUET_OPTIONS)
    out.close()  # closed with nothing written: the same empty file
    assert (tmp_path / "never.parquet").read_bytes() == reference


def test_the_footer_entries_wait_on_disk_not_in_memory(tmp_path: Path) -> None:
    """What grows with the row groups is the entries' temporary file; the writer's own state is
    the same few values after 1 and after 30 row groups (pyarrow's writer kept every entry)."""
    out = RowGroupFile(tmp_path / "t.parquet", SCHEMA, tmp_path, **PARQUET_OPTIONS)
    out.write_table(_group(0, 50))
    first_state = {k: type(v) for k, v in vars(out).items()}
    first_fields, first_spilled = len(out._fields or []), out._entries.tell()
    for seed in range(1, 30):
        out.write_table(_group(seed, 50))
    assert {k: type(v) for k, v in vars(out).items()} == first_state
    assert len(out._fields or []) == first_fields  # the file-level fields only, never one per row group
    assert out._entries.tell() > 20 * first_spilled  # the 30 entries are in the file
    # its only containers: the writer options and the file-level fields, both fixed
    assert {k for k, v in vars(out).items() if isinstance(v, (list, dict, bytes, bytearray))} == {"_options", "_fields"}
    out.close()
    assert pq.read_metadata(tmp_path / "t.parquet").num_row_groups == 30
    writer = TableWriter("paragraphs", str(tmp_path / "p.parquet"), str(tmp_path / "p.csv"))
    assert isinstance(writer._parquet, RowGroupFile)  # the dataset build's tables use it
    writer.close()


class _PyarrowWriter:
    """``pq.ParquetWriter`` behind ``RowGroupFile``'s interface: the former build's writer."""

    def __init__(self, path, schema, scratch_dir, **options):
        self._writer = pq.ParquetWriter(path, schema, **options)

    def write_table(self, table):
        self._writer.write_table(table)

    def close(self):
        self._writer.close()

    abort = close


def test_the_dataset_in_many_row_groups_is_the_bytes_pyarrows_writer_gave(tmp_path: Path, monkeypatch) -> None:
    from batch_corpus import write_mixed_corpus

    import batch_fakes

    corpus = write_mixed_corpus(tmp_path / "corpus", n_good=6, pdfs=0, markers=False)
    out = tmp_path / "out"
    batch_fakes.cache_fake_results(corpus.root, out)
    monkeypatch.setattr(dataset, "ROW_GROUP_BYTES", 1500)  # many row groups in the larger tables
    build_dataset(out)
    appended = {p.name: p.read_bytes() for p in (out / "dataset").iterdir()}
    monkeypatch.setattr(dataset, "RowGroupFile", _PyarrowWriter)
    build_dataset(out)
    former = {p.name: p.read_bytes() for p in (out / "dataset").iterdir()}
    assert len(former) == 2 * len(TABLE_NAMES) and appended == former
    assert pq.read_metadata(out / "dataset" / "paragraphs.parquet").num_row_groups > 3
