"""How a batch spreads over its workers: start-up apart from processing, largest file first."""

from __future__ import annotations

from pathlib import Path

import pytest

import batch_fakes
from pipeline.batch.discover import WorkItem
from pipeline.batch.runner import RunOptions, longest_first, run_batch


def test_papers_are_handed_out_largest_file_first_ties_by_hash() -> None:
    items = [WorkItem("c" * 64, 10, ("c.txt",)), WorkItem("a" * 64, 500, ("a.pdf",)),
             WorkItem("b" * 64, 10, ("b.txt",)), WorkItem("d" * 64, 2000, ("d.pdf",))]
    assert [i.path for i in longest_first(items)] == ["d.pdf", "a.pdf", "b.txt", "c.txt"]


def _corpus(root: Path, n: int) -> Path:
    root.mkdir(parents=True)
    for k in range(n):
        (root / f"p{k}.txt").write_text(f"Paper {k}\n\n1 Intro\n\nPINK1 promotes resistance to cisplatin ({k}).\n" * (k + 1),
                                        encoding="utf-8")
    return root


def test_every_worker_loads_the_pipeline_before_processing_and_that_time_is_apart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    logs = tmp_path / "loads"
    logs.mkdir()
    monkeypatch.setenv("MITOMINER_TEST_NLP_LOG", str(logs))
    corpus = _corpus(tmp_path / "corpus", 4)
    summary = run_batch(corpus, tmp_path / "out", RunOptions(workers=2, stages=batch_fakes.STAGES, quiet=True))
    assert summary.processed == 4 and summary.failed == 0
    assert len(list(logs.iterdir())) == 2  # both workers loaded, once each
    assert summary.startup > 0 and summary.elapsed >= 0
    assert "starting the workers" in summary.to_text()


def test_no_more_workers_start_than_there_are_papers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    logs = tmp_path / "loads"
    logs.mkdir()
    monkeypatch.setenv("MITOMINER_TEST_NLP_LOG", str(logs))
    corpus = _corpus(tmp_path / "corpus", 1)
    summary = run_batch(corpus, tmp_path / "out", RunOptions(workers=3, stages=batch_fakes.STAGES, quiet=True))
    assert summary.processed == 1
    assert len(list(logs.iterdir())) == 1
