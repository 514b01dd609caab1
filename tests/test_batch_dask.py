"""The same per-paper task on a real Dask ``LocalCluster`` (loopback) gives the local run's dataset."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import batch_fakes
from batch_corpus import write_mixed_corpus
from pipeline.batch.runner import RunOptions, run_batch
from pipeline.batch.task import Limits

distributed = pytest.importorskip("distributed")
TESTS = Path(__file__).resolve().parent


def _dataset(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((out / "dataset").iterdir())}


def test_dask_local_cluster_dataset_equals_the_local_run(tmp_path: Path, monkeypatch) -> None:
    # Dask worker processes import the stand-in stages from tests/.
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(p for p in (str(TESTS), os.environ.get("PYTHONPATH", "")) if p))
    corpus = write_mixed_corpus(tmp_path / "corpus", n_good=12, pdfs=1, markers=False, seed=3)
    limits = Limits(max_bytes=200_000, timeout=30)
    local = run_batch(corpus.root, tmp_path / "local", RunOptions(workers=2, stages=batch_fakes.STAGES, limits=limits, quiet=True))

    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as cluster:
        options = RunOptions(scheduler=cluster.scheduler_address, stages=batch_fakes.STAGES, limits=limits, quiet=True)
        remote = run_batch(corpus.root, tmp_path / "dask", options)
    assert remote.processed == local.processed == remote.papers
    assert remote.failed == local.failed == len(corpus.bad)
    assert {pid for pid in remote.peak_rss_kb} and not set(remote.peak_rss_kb) & set(local.peak_rss_kb)
    assert _dataset(tmp_path / "dask") == _dataset(tmp_path / "local")


def test_dask_flag_starts_its_own_cluster(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(p for p in (str(TESTS), os.environ.get("PYTHONPATH", "")) if p))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Title\n\n1 Intro\n\nPINK1 protects cells from cisplatin (1).\n", encoding="utf-8")
    (corpus / "empty.md").write_text("", encoding="utf-8")
    summary = run_batch(corpus, tmp_path / "out", RunOptions(dask=True, workers=1, stages=batch_fakes.STAGES, quiet=True))
    assert (summary.processed, summary.failed, summary.dataset.documents) == (2, 1, 1)


def test_a_dask_task_stuck_in_c_code_is_given_up_and_the_run_writes_its_dataset(tmp_path: Path, monkeypatch) -> None:
    from batch_corpus import paper_text

    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(p for p in (str(TESTS), os.environ.get("PYTHONPATH", "")) if p))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for k in range(2):
        (corpus / f"p{k}.txt").write_text(paper_text(k), encoding="utf-8")
    # time.sleep in C: the thread variant of the timeout cannot interrupt it, only the runner can give up.
    (corpus / "stuck.txt").write_text(paper_text(5) + "\nFAKE-HANG\n", encoding="utf-8")
    options = RunOptions(dask=True, workers=1, stages=batch_fakes.STAGES, limits=Limits(timeout=1), hard_grace=2, quiet=True)
    summary = run_batch(corpus, tmp_path / "out", options)
    assert (summary.processed, summary.failed, summary.dataset.documents) == (3, 1, 2)
    import pyarrow.parquet as pq

    failures = pq.read_table(tmp_path / "out" / "dataset" / "failures.parquet").to_pylist()
    assert [(f["path"], f["reason_code"]) for f in failures] == [("stuck.txt", "timeout")]
