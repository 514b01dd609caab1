"""Batch building blocks, in this process: discovery, ids, cache, lock, task failures, dataset bytes."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import replace
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import batch_fakes
from pipeline.batch.cache import code_digest, load_result, models_digest, pipeline_version, remove_stale_temporaries, store_result
from pipeline.batch.dataset import build_dataset, rows_to_table, write_manifest
from pipeline.batch.discover import discover, doc_id_of, sha256_of_file
from pipeline.batch.lock import OutputLockedError, locked_output
from pipeline.batch.rows import records_to_rows
from pipeline.batch.task import Limits, PaperTimeout, process_paper, stages_from_spec, time_limit
from pipeline.errors import NotAPaperError
from pipeline.records import Record


@pytest.fixture()
def small_corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    (root / "a" / "b").mkdir(parents=True)
    (root / "a" / "one.txt").write_text("1 Intro\n\nText (1).\n", encoding="utf-8")
    (root / "a" / "b" / "two.MD").write_text("# Two\n\nOther text.\n", encoding="utf-8")
    (root / "same.txt").write_text("1 Intro\n\nText (1).\n", encoding="utf-8")  # duplicate of a/one.txt
    (root / "skip.csv").write_text("x\n", encoding="utf-8")
    (root / ".hidden.txt").write_text("hidden\n", encoding="utf-8")
    (root / ".git").mkdir()
    (root / ".git" / "x.txt").write_text("no\n", encoding="utf-8")
    return root


def test_discover_is_recursive_filters_suffixes_and_groups_duplicates(small_corpus: Path) -> None:
    items = discover(small_corpus)
    assert sorted(p for i in items for p in i.paths) == ["a/b/two.MD", "a/one.txt", "same.txt"]
    twin = next(i for i in items if len(i.paths) == 2)
    assert twin.paths == ("a/one.txt", "same.txt") and twin.path == "a/one.txt"
    assert twin.sha256 == sha256_of_file(small_corpus / "same.txt")
    assert twin.doc_id == twin.sha256[:16] == doc_id_of(twin.sha256)
    assert [i.sha256 for i in items] == sorted(i.sha256 for i in items)


def test_discover_skips_the_output_folder_inside_the_corpus(small_corpus: Path) -> None:
    out = small_corpus / "out"
    (out / "cache").mkdir(parents=True)
    (out / "cache" / "stray.txt").write_text("not a paper\n", encoding="utf-8")
    assert all(not p.startswith("out/") for i in discover(small_corpus, exclude=out) for p in i.paths)


def test_discover_leaves_out_a_folders_own_documentation(small_corpus: Path) -> None:
    (small_corpus / "README.md").write_text("# About this folder\n\n1 Introduction\n\nNot a paper.\n", encoding="utf-8")
    (small_corpus / "a" / "LICENSE.txt").write_text("CC BY 4.0\n", encoding="utf-8")
    paths = {p for i in discover(small_corpus) for p in i.paths}
    assert "README.md" not in paths and "a/LICENSE.txt" not in paths
    assert "a/one.txt" in paths


def test_code_digest_changes_with_the_source(tmp_path: Path) -> None:
    (tmp_path / "stage.py").write_text("RULE = 1\n", encoding="utf-8")
    before = code_digest(tmp_path)
    (tmp_path / "stage.py").write_text("RULE = 2\n", encoding="utf-8")
    assert code_digest(tmp_path) != before
    assert code_digest() in pipeline_version()


def test_discover_rejects_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(NotADirectoryError, match="does not exist"):
        discover(tmp_path / "nope")


def test_models_digest_changes_with_any_model_file(tmp_path: Path) -> None:
    (tmp_path / "lexicons").mkdir()
    lexicon = tmp_path / "lexicons" / "genes.jsonl"
    lexicon.write_text('{"label": "GENE_OR_PROTEIN", "pattern": "PINK1", "id": "PINK1"}\n', encoding="utf-8")
    before = models_digest(tmp_path)
    lexicon.write_text('{"label": "GENE_OR_PROTEIN", "pattern": "PRKN", "id": "PRKN"}\n', encoding="utf-8")
    assert models_digest(tmp_path) != before
    assert pipeline_version("fake").endswith("+fake") and pipeline_version() != pipeline_version("fake")


def test_cache_round_trip_and_unreadable_entries(tmp_path: Path) -> None:
    result = {"sha256": "ab" * 32, "doc_id": "ab" * 8, "status": "failed", "reason_code": "empty", "reason": "x"}
    path = store_result(tmp_path, "v1", result)
    assert path.name == f"{'ab' * 32}-v1.json"
    assert load_result(tmp_path, "ab" * 32, "v1")["reason_code"] == "empty"
    assert load_result(tmp_path, "ab" * 32, "v2") is None
    path.write_text('{"truncated', encoding="utf-8")
    assert load_result(tmp_path, "ab" * 32, "v1") is None
    (path.parent / f".{path.name}.x1.tmp").write_text("partial", encoding="utf-8")
    assert remove_stale_temporaries(tmp_path) == 1


def test_lock_refuses_a_second_holder_and_names_the_pid(tmp_path: Path) -> None:
    import os

    with locked_output(tmp_path):
        with pytest.raises(OutputLockedError, match=rf"in use by another mitominer run \(pid {os.getpid()}\)"):
            with locked_output(tmp_path):
                pass
    with locked_output(tmp_path):  # released on exit
        pass


def test_time_limit_interrupts_the_main_thread_and_worker_threads() -> None:
    with pytest.raises(PaperTimeout):
        with time_limit(0.2):
            time.sleep(5)
    caught = []

    def busy() -> None:
        try:
            with time_limit(0.2):
                deadline = time.monotonic() + 5
                while time.monotonic() < deadline:
                    pass
        except PaperTimeout:
            caught.append(True)

    thread = threading.Thread(target=busy)
    thread.start()
    thread.join(10)
    assert caught == [True]


def _raise_not_a_paper(path, *_):
    raise NotAPaperError(f"{path}", "no headings, paragraphs or references")


def _raise_bug(path, *_):
    raise KeyError("boom")


def _raise_missing_model(document, nlp=None):
    raise FileNotFoundError(2, "No such file or directory", "models/lexicons/x.jsonl")


def test_process_paper_turns_every_failure_into_a_record(small_corpus: Path) -> None:
    item = next(i for i in discover(small_corpus) if len(i.paths) == 1)
    fake = batch_fakes.STAGES
    assert process_paper(item, fake, Limits())["status"] == "ok"
    too_large = process_paper(item, fake, Limits(max_bytes=5))
    assert too_large["reason_code"] == "too-large" and "over the limit of 5 bytes" in too_large["reason"]
    not_paper = process_paper(item, replace(fake, name="t", ingest=_raise_not_a_paper), Limits())
    assert not_paper["reason_code"] == "not-a-paper"
    assert str(small_corpus) not in not_paper["reason"]  # reasons never hold the corpus's absolute path
    bug = process_paper(item, replace(fake, name="t", ingest=_raise_bug), Limits())
    assert bug["reason_code"] == "error" and bug["reason"] == "ingest failed: KeyError: 'boom'"
    missing_model = process_paper(item, replace(fake, name="t", entities=_raise_missing_model), Limits())
    assert missing_model["reason_code"] == "error" and missing_model["stage"] == "ner"


def test_stages_from_spec_names_the_problem() -> None:
    assert stages_from_spec("batch_fakes:STAGES") is batch_fakes.STAGES
    with pytest.raises(ValueError, match="expected 'module:attribute'"):
        stages_from_spec("batch_fakes")
    with pytest.raises(ValueError, match="not a Stages object"):
        stages_from_spec("batch_fakes:fake_ingest")


def test_record_ids_are_stable_and_unique() -> None:
    record = Record("d1", "PINK1", ("PINK1",), "promotes_resistance", "cisplatin", "cisplatin", section="2.1", evidence="e")
    rows = records_to_rows("d1", [record, record])
    assert rows[0]["record_id"] == records_to_rows("d1", [record])[0]["record_id"]
    assert rows[1]["record_id"] == rows[0]["record_id"] + "-2"


def test_tables_sort_rows_and_keep_a_fixed_schema() -> None:
    rows = [
        {"doc_id": "b", "entity_id": "2", "section": "1", "paragraph": 0, "start": 5, "end": 9, "text": "x", "label": "L", "id": ""},
        {"doc_id": "a", "entity_id": "1", "section": "1", "paragraph": 0, "start": 9, "end": 12, "text": "y", "label": "L", "id": ""},
    ]
    table = rows_to_table("entities", rows)
    assert table.column("doc_id").to_pylist() == ["a", "b"]
    assert rows_to_table("entities", []).schema == table.schema


def test_dataset_files_are_byte_identical_when_rebuilt(small_corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    items = discover(small_corpus)
    version = pipeline_version("fake")
    for item in items:
        store_result(out, version, process_paper(item, batch_fakes.STAGES, Limits()))
    write_manifest(out, small_corpus, version, items)
    summary = build_dataset(out)
    assert summary.documents == 2 and summary.missing == 0
    first = {p.name: p.read_bytes() for p in (out / "dataset").iterdir()}
    build_dataset(out)
    assert {p.name: p.read_bytes() for p in (out / "dataset").iterdir()} == first
    assert len(first) == 2 * len(summary.rows)  # a Parquet file and a CSV twin per table
    docs = pq.read_table(out / "dataset" / "documents.parquet").to_pylist()
    twin = next(d for d in docs if len(d["paths"]) == 2)
    assert twin["paths"] == ["a/one.txt", "same.txt"] and twin["path"] == "a/one.txt"
    assert pq.read_metadata(out / "dataset" / "documents.parquet").metadata.get(b"pandas") is None
    header, *lines = (out / "dataset" / "documents.csv").read_text(encoding="utf-8").splitlines()
    assert header.startswith("doc_id,sha256,path,paths,")
    assert any(json.dumps(["a/one.txt", "same.txt"]).replace('"', '""') in line for line in lines)


def test_progress_bar_shows_papers_failures_and_rate() -> None:
    import io

    from rich.console import Console

    from pipeline.batch.progress import BatchProgress

    stream = io.StringIO()
    console = Console(file=stream, force_terminal=True, width=120)
    with BatchProgress(total=2, console=console) as progress:
        progress.advance("a.txt", failed=False)
        progress.advance("b.txt", failed=True, reason="file is empty")
    text = stream.getvalue()
    assert "2/2" in text and "failures 1" in text and "papers/s" in text
    assert "failed: b.txt: file is empty" in text
    assert (progress.done, progress.failed) == (2, 1)


def test_bench_corpus_copies_are_distinct_papers(tmp_path: Path) -> None:
    from pipeline.cli.run import batch_bench_module

    build_bench_corpus = batch_bench_module().build_bench_corpus

    corpus = build_bench_corpus(tmp_path / "bench", papers=5)
    files = sorted((tmp_path / "bench").iterdir())
    assert len(files) == corpus.papers == 5
    assert len({sha256_of_file(f) for f in files}) == 5
    assert corpus.sources["review renditions"] == 2


def test_bench_corpus_of_distinct_sources_repeats_no_paper(tmp_path: Path) -> None:
    """Repeated copies of one source run faster on a worker that has read it (warm caches), which favours the
    1-worker run: with the litqa PDFs beside it, a corpus no larger than the pool repeats no source."""
    bench = batch_bench_module_loaded()
    repo = tmp_path / "repo"
    (repo / "corpus" / "fixtures").mkdir(parents=True)
    litqa = tmp_path / "shared" / "data" / "pdfs" / "litqa"
    litqa.mkdir(parents=True)
    (repo / "corpus" / "a.txt").write_text("Title\n\nText.\n", encoding="utf-8")
    for name in ("p1.pdf", "p2.pdf"):
        (tmp_path / "shared" / "data" / "pdfs" / name).write_bytes(b"%PDF-1.4\n%%EOF\n")
    for name in ("q1.pdf", "q2.pdf", "q3.pdf"):
        (litqa / name).write_bytes(b"%PDF-1.4\n%%EOF\n")
    every = bench.build_bench_corpus(tmp_path / "all", papers=6, repo=repo)
    assert every.sources == {"review renditions": 1, "fixture PDFs": 0, "shared PDFs": 2, "shared litqa PDFs": 3}
    stems = [f.name.split("-", 1)[1] for f in sorted((tmp_path / "all").iterdir())]
    assert len(set(stems)) == 6
    basic = bench.build_bench_corpus(tmp_path / "basic", papers=6, repo=repo, sources="basic")
    assert "shared litqa PDFs" not in basic.sources
    assert len({f.name.split("-", 1)[1] for f in (tmp_path / "basic").iterdir()}) == 3


def batch_bench_module_loaded():
    from pipeline.cli.run import batch_bench_module

    return batch_bench_module()


def test_output_files_follow_the_umask_not_mkstemp(tmp_path: Path) -> None:
    import os

    path = store_result(tmp_path, "v1", {"sha256": "cd" * 32, "status": "failed", "reason_code": "x", "reason": "y"})
    umask = os.umask(0)
    os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask


def test_discover_skips_names_that_are_not_utf8(tmp_path: Path) -> None:
    import os

    (tmp_path / "ok.txt").write_text("text\n", encoding="utf-8")
    with open(os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt"), "wb") as handle:
        handle.write(b"text\n")
    assert [p for i in discover(tmp_path) for p in i.paths] == ["ok.txt"]


def test_an_unreadable_file_becomes_a_failure_not_a_crash(small_corpus: Path, tmp_path: Path, monkeypatch) -> None:
    import hashlib

    import pipeline.batch.discover as discover_module
    from pipeline.batch.runner import RunOptions, run_batch

    real_hash = discover_module.sha256_of_file

    def deny(path: Path) -> str:
        if path.name == "two.MD":
            raise PermissionError(13, "Permission denied", str(path))
        return real_hash(path)

    monkeypatch.setattr(discover_module, "sha256_of_file", deny)
    item = next(i for i in discover(small_corpus) if i.path == "a/b/two.MD")
    assert item.sha256 == hashlib.sha256(b"unreadable:a/b/two.MD").hexdigest() and item.size == 0

    import pipeline.ingest.checks as checks

    real_read = checks.read_paper_bytes

    def read(path: Path, max_bytes=None):
        if Path(path).name == "two.MD":  # what reading it would do (tests run as root: chmod would not stop them)
            raise checks.UnreadableFileError(path, "cannot be read: Permission denied")
        return real_read(path, max_bytes=max_bytes)

    monkeypatch.setattr(checks, "read_paper_bytes", read)
    stages = replace(batch_fakes.STAGES, name="unreadable")
    summary = run_batch(small_corpus, tmp_path / "out", RunOptions(workers=0, stages=stages, quiet=True))
    assert (summary.papers, summary.failed, summary.dataset.documents) == (2, 1, 1)
    failures = pq.read_table(tmp_path / "out" / "dataset" / "failures.parquet").to_pylist()
    assert [(f["path"], f["reason_code"], f["reason"]) for f in failures] == [
        ("a/b/two.MD", "unreadable", "cannot be read: Permission denied")
    ]


def test_bench_repeats_report_the_median_run_and_median_speedup() -> None:
    from pipeline.batch.runner import RunSummary
    from pipeline.cli.run import batch_bench_module

    bench = batch_bench_module()

    def run(papers_per_s: float) -> object:
        return bench.BenchRun(RunSummary(processed=10, elapsed=10 / papers_per_s), 0.0, 10 / papers_per_s)

    runs = [run(1.0), run(3.0), run(2.0)]
    assert bench.median_run(runs).summary.papers_per_second == 2.0
    assert bench.median_run(runs[:2]).summary.papers_per_second == 1.0  # even count: the lower middle run
    assert bench.median([2.85, 1.47, 2.0]) == 2.0 and bench.median([1.0, 2.0]) == 1.5


def test_work_items_of_a_corpus_are_slotted_and_share_one_root_string(tmp_path: Path) -> None:
    """The parent keeps a work item per paper for the whole run: no per-item ``__dict__`` and one
    root string for all (``str(Path)`` made a copy per item), and still picklable and replaceable."""
    import dataclasses
    import pickle

    from pipeline.batch.discover import WorkItem, discover

    for k in range(5):
        (tmp_path / f"paper{k}.txt").write_text(f"Paper {k} text.\n", encoding="utf-8")
    items = discover(tmp_path)
    assert len(items) == 5
    assert all(not hasattr(i, "__dict__") for i in items)
    assert len({id(i.root) for i in items}) == 1
    item = items[0]
    assert pickle.loads(pickle.dumps(item)) == item
    assert dataclasses.replace(item, size=1).size == 1 and isinstance(item, WorkItem)


def test_reading_cached_results_interns_no_file_names(tmp_path: Path, monkeypatch) -> None:
    """The dataset build reads every paper's cache file; through pathlib each read interned the
    file's name (``sys.intern``), growing the interpreter's table of interned strings with the
    corpus. ``load_result`` opens a plain string path: nothing interned, the same result."""
    import sys

    version = "0.1.0+test"
    sha = "ab" * 32
    store_result(tmp_path, version, {"sha256": sha, "doc_id": sha[:16], "status": "failed", "reason_code": "empty"})
    interned: list[str] = []
    intern = sys.intern

    def spying(text: str) -> str:
        interned.append(text)
        return intern(text)

    monkeypatch.setattr(sys, "intern", spying)
    result = load_result(tmp_path, sha, version)
    missing = load_result(tmp_path, "cd" * 32, version)
    monkeypatch.undo()
    assert result is not None and result["sha256"] == sha and result["reason_code"] == "empty"
    assert missing is None
    assert not [t for t in interned if sha in t or "cd" * 32 in t]
