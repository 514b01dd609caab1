"""The PDF benchmark's scoring rules (benchmarks/pdf_bench.py), on structures written here."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from pipeline.document import Table

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("pdf_bench_under_test", ROOT / "benchmarks" / "pdf_bench.py")
bench = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = bench
_spec.loader.exec_module(bench)


def test_abstract_must_start_and_end_with_the_gold_words_ignoring_hyphenation_and_ligatures():
    gold = {"first_words": "Mitophagy removes damaged", "last_words": "drug resistance."}
    assert bench.abstract_verdict("Abstract: Mitophagy re-\nmoves dam- aged mitochondria ... drug resistance.", gold)[0]
    assert bench.abstract_verdict("Mitophagy removes damaged mitochondria and ﬁnally drug resistance.", gold)[0]
    ok, why = bench.abstract_verdict("Introduction text. Mitophagy removes damaged ... drug resistance.", gold)
    assert not ok and "late" in why
    ok, why = bench.abstract_verdict("Mitophagy removes damaged ... drug resistance. Keywords: PINK1", gold)
    assert not ok and "runs on" in why
    assert not bench.abstract_verdict("", gold)[0]
    assert bench.abstract_verdict("", None)[0]  # no abstract in the paper: empty is right
    assert not bench.abstract_verdict("Some first paragraph.", None)[0]


def test_headings_pair_in_order_ignoring_numbers_and_case_and_score_levels():
    gold = [{"text": "Introduction", "level": 1}, {"text": "Results", "level": 1},
            {"text": "PINK1 loss", "level": 2}, {"text": "Discussion", "level": 1}]
    ours = [("1 INTRODUCTION", 1), ("Results", 1), ("PINK1 loss", 1), ("A", 1), ("Discussion", 1)]
    p, r, f1, level, missed, extra = bench.score_headings(ours, gold)
    assert (p, r) == (4 / 5, 1.0) and round(f1, 3) == 0.889
    assert level == 3 / 4 and missed == [] and extra == ["A"]


def test_tables_need_the_label_and_the_shape():
    ours = [Table(label="Table 1", caption="x", columns=["a", "b", "c"], rows=[["1", "2", "3"]] * 4),
            Table(label="Table 2", caption="y", columns=["a", "b"], rows=[["1", "2"]] * 2)]
    gold = [{"label": "Table 1", "columns": 3, "rows": 4, "header_rows": 1},
            {"label": "Table 2", "columns": 3, "rows": 2, "header_rows": 1},
            {"label": "Table 3", "columns": 2, "rows": 2, "header_rows": 1}]
    found, shaped, notes = bench.score_tables(ours, gold)
    assert (found, shaped) == (2, 1) and len(notes) == 2


def test_split_is_every_third_sorted_file_name():
    paths = [Path(f"/x/{n}.pdf") for n in "edcba"] + [Path("/x/sub/f.pdf")]
    splits = bench.split_of(paths)
    assert [splits[Path(f"/x/{n}.pdf")] for n in "abcde"] == ["tune", "tune", "test", "tune", "tune"]
    assert splits[Path("/x/sub/f.pdf")] == "test"


def test_table_rows_counted_as_the_gold_counts_them():
    """Gold rows leave out header rows and spanning group-label rows (annotations/pdf/README.md)."""
    grouped = Table(label="Key resources table", caption="", columns=["REAGENT", "SOURCE", "IDENTIFIER"],
                    rows=[["Antibodies", "", ""], ["anti-PINK1", "Abcam", "ab1"], ["anti-TOM20", "SCBT", "sc2"]])
    assert bench.table_shaped(grouped, {"columns": 3, "rows": 2, "header_rows": 1})
    assert not bench.table_shaped(grouped, {"columns": 3, "rows": 3, "header_rows": 1})
    # printed without a header row: the first data row becomes our header
    headless = Table(label="Table 1", caption="", columns=["P1", "ACGT"], rows=[["P2", "TTGA"], ["P3", "GGCA"]])
    assert bench.table_shaped(headless, {"columns": 2, "rows": 3, "header_rows": 0})
    assert not bench.table_shaped(headless, {"columns": 2, "rows": 3, "header_rows": 1})


def test_speed_table_with_a_subset_of_tools():
    """``pdf_speed.py --tools ingest,pdfium``: the ratios of tools left out print n/a, not a KeyError."""
    spec = importlib.util.spec_from_file_location("pdf_speed_under_test", ROOT / "benchmarks" / "pdf_speed.py")
    speed = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = speed
    spec.loader.exec_module(speed)
    row = speed.SpeedRow(pdf="a.pdf", pages=2, cpu={"ingest": 0.2, "pdfium": 0.05}, wall={"ingest": 0.2, "pdfium": 0.05})
    out = speed.speed_table([row])
    assert "ingest/pdfium 4.000" in out and "reader/pdfium n/a" in out and "ingest/plumber n/a" in out


def test_pdf_speed_warm_up_loads_what_a_batch_worker_preloads(tmp_path, monkeypatch):
    """The speed bench's untimed warm-up loads what a batch worker loads before its first paper
    (``preload_ingest``, ``preload_loaders``): a lazy import that the first PDF did not reach (``scipy.ndimage``
    of the furniture filter) is no per-page cost of the first PDF with drawings."""
    import pipeline.batch.task as task

    spec = importlib.util.spec_from_file_location("pdf_speed_warm_up", ROOT / "benchmarks" / "pdf_speed.py")
    speed = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = speed
    spec.loader.exec_module(speed)
    called = []
    monkeypatch.setattr(task, "preload_ingest", lambda: called.append("ingest"))
    monkeypatch.setattr(task, "preload_loaders", lambda: called.append("loaders") or 0)
    bad = tmp_path / "not.pdf"
    bad.write_bytes(b"not a pdf")
    rows = speed.speed_rows([bad], only=("ingest",))
    assert called == ["ingest", "loaders"]
    assert rows[0].error  # the unreadable file is reported in its row, the run goes on
    called.clear()
    speed.speed_rows([bad], only=("pdfium",))
    assert called == []  # bare engines: nothing of ours to load
