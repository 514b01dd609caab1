"""Batch runs with the real stages: real ingestion on the mixed corpus, and the whole
pipeline (ingest -> NER -> relations) on the shipped review in a worker process."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import batch_fakes
from batch_corpus import write_mixed_corpus
from conftest import REVIEW_HTML_TEXT, REVIEW_PDF_TEXT
from pipeline.batch.runner import RunOptions, StageUnavailableError, check_stages, run_batch
from pipeline.batch.task import Limits, Stages
from pipeline.records import COLUMNS, Record


def _require(stages: Stages) -> Stages:
    try:
        return check_stages(stages)
    except StageUnavailableError as exc:
        pytest.skip(f"a real stage is missing: {exc}")


def test_real_ingestion_sorts_good_papers_from_bad_files(tmp_path: Path) -> None:
    stages = batch_fakes.REAL_INGEST_STAGES  # real ingest, stand-in NER and relations
    _require(stages)
    corpus = write_mixed_corpus(tmp_path / "corpus", n_good=24, pdfs=2, markers=False, seed=5)
    options = RunOptions(workers=2, stages=stages, limits=Limits(max_bytes=200_000, timeout=60), quiet=True)
    summary = run_batch(corpus.root, tmp_path / "out", options)
    documents = pq.read_table(tmp_path / "out" / "dataset" / "documents.parquet").to_pylist()
    assert sorted(p for d in documents for p in d["paths"]) == sorted(corpus.good)
    assert all(d["n_sections"] >= 3 and d["n_references"] >= 4 and d["n_citations"] > 0 for d in documents)
    failures = {f["path"]: f["reason_code"] for f in pq.read_table(tmp_path / "out" / "dataset" / "failures.parquet").to_pylist()}
    assert set(failures) == set(corpus.bad) and summary.failed == len(corpus.bad)
    # pdfplumber wraps pdfminer's password error; ingestion may still call it corrupt.
    assert failures.pop("bad/encrypted.pdf") in {"encrypted", "corrupt"}
    assert failures == {path: code for path, code in corpus.bad.items() if path != "bad/encrypted.pdf"}


def test_real_pipeline_on_the_review(tmp_path: Path) -> None:
    _require(Stages())
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for source in (REVIEW_PDF_TEXT, REVIEW_HTML_TEXT):
        shutil.copy(source, corpus / source.name)
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "out"
    summary = run_batch(corpus, out, RunOptions(workers=1, quiet=True))
    assert (summary.processed, summary.failed) == (3, 1)

    dataset = out / "dataset"
    documents = pq.read_table(dataset / "documents.parquet").to_pylist()
    assert sorted(d["path"] for d in documents) == sorted([REVIEW_HTML_TEXT.name, REVIEW_PDF_TEXT.name])
    doc_ids = {d["doc_id"] for d in documents}
    entities = pq.read_table(dataset / "entities.parquet").to_pylist()
    relations = pq.read_table(dataset / "relations.parquet")
    assert {e["doc_id"] for e in entities} == doc_ids
    assert {"GENE_OR_PROTEIN", "CHEMICAL"} <= {e["label"] for e in entities}
    assert set(COLUMNS) <= set(relations.schema.names)
    assert set(relations.column("doc_id").to_pylist()) == doc_ids
    for row in relations.to_pylist():  # every row is a valid record of spec/relations.md
        Record.from_dict(row)
    assert relations.num_rows == sum(d["n_relations"] for d in documents) > 0
    # Entities index into the paragraph text they came from.
    paragraphs = {(p["doc_id"], p["section"], p["paragraph"]): p["text"] for p in pq.read_table(dataset / "paragraphs.parquet").to_pylist()}
    for e in entities[:200]:
        text = paragraphs.get((e["doc_id"], e["section"], e["paragraph"]))
        if text is not None:
            assert text[e["start"] : e["end"]] == e["text"]
    failures = pq.read_table(dataset / "failures.parquet").to_pylist()
    assert [(f["path"], f["reason_code"]) for f in failures] == [("empty.txt", "empty")]

    # The real stages are deterministic too: the same bytes in this process as in a worker.
    run_batch(corpus, tmp_path / "again", RunOptions(workers=0, quiet=True))
    for path in sorted(dataset.iterdir()):
        assert (tmp_path / "again" / "dataset" / path.name).read_bytes() == path.read_bytes(), path.name
