"""Whole batch runs with the fast stand-in stages: a 50+ paper corpus with bad files,
caching, equality across worker counts, stuck workers, and the CLI."""

from __future__ import annotations

import os
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

import batch_fakes
from batch_corpus import paper_text, write_mixed_corpus
from pipeline.batch.lock import OutputLockedError, locked_output
from pipeline.batch.runner import RunOptions, run_batch
from pipeline.batch.task import Limits
from pipeline.cli import app

FAKE = batch_fakes.STAGES


def dataset_bytes(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((out / "dataset").iterdir())}


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory):
    return write_mixed_corpus(tmp_path_factory.mktemp("mixed") / "corpus", n_good=52, pdfs=2, too_large_bytes=300_000)


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory):
    return write_mixed_corpus(tmp_path_factory.mktemp("clean") / "corpus", n_good=14, pdfs=1, markers=False, seed=7)


def test_mixed_corpus_keeps_every_good_paper_and_records_every_bad_one(mixed, tmp_path: Path) -> None:
    out = tmp_path / "out"
    # timeout 5 s, not 2: a good PDF parse took over 2 s of wall time on a shared machine at load 20
    options = RunOptions(workers=2, stages=FAKE, limits=Limits(max_bytes=200_000, timeout=5), hard_grace=5, quiet=True)
    summary = run_batch(mixed.root, out, options)
    assert summary.files == len(mixed.good) + len(mixed.bad)
    assert summary.processed == summary.papers == len(mixed.good) - 1 + len(mixed.bad)  # one duplicate
    assert summary.failed == len(mixed.bad) >= 10

    documents = pq.read_table(out / "dataset" / "documents.parquet").to_pylist()
    assert sorted(p for d in documents for p in d["paths"]) == sorted(mixed.good)
    assert all(d["doc_id"] == d["sha256"][:16] for d in documents)
    assert [d["doc_id"] for d in documents] == sorted(d["doc_id"] for d in documents)
    twin = next(d for d in documents if len(d["paths"]) == 2)
    assert tuple(twin["paths"]) == tuple(sorted(mixed.duplicates))
    failures = pq.read_table(out / "dataset" / "failures.parquet").to_pylist()
    assert {f["path"]: f["reason_code"] for f in failures} == mixed.bad
    assert all(f["reason"] for f in failures)

    entities = pq.read_table(out / "dataset" / "entities.parquet")
    relations = pq.read_table(out / "dataset" / "relations.parquet")
    assert entities.num_rows == sum(d["n_entities"] for d in documents) > 0
    assert relations.num_rows == sum(d["n_relations"] for d in documents) > 0
    assert len(set(entities.column("entity_id").to_pylist())) == entities.num_rows

    # A rerun takes everything from the cache and rewrites the same bytes.
    before = dataset_bytes(out)
    again = run_batch(mixed.root, out, options)
    assert (again.processed, again.cached) == (0, summary.papers)
    assert dataset_bytes(out) == before


def test_same_dataset_whatever_the_number_of_workers(clean, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("MITOMINER_TEST_NLP_LOG", str(tmp_path / "loads"))
    (tmp_path / "loads").mkdir()
    outputs = {}
    for workers in (0, 1, 2):
        out = tmp_path / f"out{workers}"
        options = RunOptions(workers=workers, stages=FAKE, limits=Limits(max_bytes=200_000), quiet=True)
        summary = run_batch(clean.root, out, options)
        assert summary.failed == len(clean.bad)
        outputs[workers] = dataset_bytes(out)
    assert outputs[0] == outputs[1] == outputs[2]
    # The pipeline is loaded once per worker process, not once per paper:
    # the parent (workers=0), one worker, then two workers.
    assert len(list((tmp_path / "loads").iterdir())) <= 1 + 1 + 2 < summary.papers


def test_rerun_redoes_only_new_changed_or_forced_papers(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for k in range(4):
        (corpus / f"p{k}.txt").write_text(paper_text(k), encoding="utf-8")
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "out"

    def run(**kw):
        return run_batch(corpus, out, RunOptions(workers=0, stages=FAKE, quiet=True, **kw))

    assert run().processed == 5
    (corpus / "p1.txt").write_text(paper_text(11), encoding="utf-8")  # changed content
    (corpus / "p9.md").write_text(paper_text(9), encoding="utf-8")  # new paper
    assert (run().processed, run().processed) == (2, 0)
    assert run(retry_failed=True).processed == 1  # the empty file
    assert run(force=True).processed == 6
    (corpus / "p2.txt").unlink()  # removed papers leave the dataset
    run()
    paths = pq.read_table(out / "dataset" / "documents.parquet").column("path").to_pylist()
    assert "p2.txt" not in paths and "p9.md" in paths


def test_a_worker_deaf_to_its_timeout_is_killed_and_the_batch_goes_on(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for k in range(3):
        (corpus / f"p{k}.txt").write_text(paper_text(k), encoding="utf-8")
    (corpus / "stuck.txt").write_text(paper_text(5) + "\nFAKE-STUCK\n", encoding="utf-8")
    options = RunOptions(workers=2, stages=FAKE, limits=Limits(timeout=1), hard_grace=1, quiet=True)
    summary = run_batch(corpus, tmp_path / "out", options)
    assert (summary.processed, summary.failed) == (4, 1)
    failures = pq.read_table(tmp_path / "out" / "dataset" / "failures.parquet").to_pylist()
    assert [(f["path"], f["reason_code"]) for f in failures] == [("stuck.txt", "timeout")]


def test_a_locked_output_folder_is_refused(clean, tmp_path: Path) -> None:
    with locked_output(tmp_path / "out"):
        with pytest.raises(OutputLockedError, match=f"pid {os.getpid()}"):
            run_batch(clean.root, tmp_path / "out", RunOptions(workers=0, stages=FAKE, quiet=True))


def test_cli_run_and_dataset(clean, tmp_path: Path) -> None:
    runner = CliRunner()
    env = {"MITOMINER_STAGES": "batch_fakes:STAGES"}
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(clean.root), "-o", str(out), "--workers", "0", "--quiet"], env=env)
    assert result.exit_code == 0, result.output
    assert f"{len(clean.bad) - 1} failed in this run" in result.stdout  # huge.txt is under the default limit
    before = dataset_bytes(out)
    (out / "dataset" / "documents.csv").unlink()
    result = runner.invoke(app, ["dataset", str(out)], env=env)
    assert result.exit_code == 0 and "documents" in result.stdout
    assert dataset_bytes(out) == before
    with locked_output(out):
        result = runner.invoke(app, ["run", str(clean.root), "-o", str(out), "--workers", "0", "--quiet"], env=env)
    assert result.exit_code == 1
    assert "output folder is in use by another mitominer run" in result.output
    result = runner.invoke(app, ["dataset", str(tmp_path)], env=env)
    assert result.exit_code == 1 and "no manifest" in result.output


def test_several_papers_that_kill_their_workers_are_each_recorded(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for k in range(4):
        (corpus / f"good{k}.txt").write_text(paper_text(k), encoding="utf-8")
        if k < 3:
            (corpus / f"crash{k}.txt").write_text(paper_text(20 + k) + "\nFAKE-CRASH\n", encoding="utf-8")
    summary = run_batch(corpus, tmp_path / "out", RunOptions(workers=2, stages=FAKE, quiet=True))
    failures = pq.read_table(tmp_path / "out" / "dataset" / "failures.parquet").to_pylist()
    assert [(f["path"], f["reason_code"]) for f in failures] == [(f"crash{k}.txt", "worker-crashed") for k in range(3)]
    assert (summary.processed, summary.dataset.documents) == (7, 4)


def test_a_freed_worker_gets_its_next_paper_before_the_parent_writes_the_result(clean, tmp_path: Path) -> None:
    """Slow parent writes (``on_result``) do not leave the worker idle: each next paper starts while
    the previous result is still being written (the worker was handed it first)."""
    import time

    from pipeline.batch.discover import discover
    from pipeline.batch.local import LocalRunner

    items = [i for i in discover(clean.root) if not i.problem][:4]
    written: list[tuple[float, float]] = []  # (start of the next paper, end of the write before it)
    started: list[float] = []

    def on_result(item, result) -> None:
        started.append(result["worker"]["started"])
        time.sleep(0.4)  # a slow cache write
        written.append(time.time())

    LocalRunner(FAKE, Limits(max_bytes=200_000), workers=1).run(items, on_result)
    assert len(started) == len(items)
    assert all(nxt < done for nxt, done in zip(started[1:], written))
