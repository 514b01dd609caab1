"""Hostile and changing input: the battery of bad files and faults a real batch meets.

Each test builds its bad input on the fly and asserts the failure row, its reason
code, that the good papers still reach `documents`, and that the run ends. The
expensive classes (compression bombs, huge pages, nested brackets by the
megabyte) are timed in `benchmarks/hostile_bench.py`, not here.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import batch_fakes
from batch_corpus import paper_text
from pipeline.batch import runner as runner_module
from pipeline.cli.run import batch_bench_module
from pipeline.batch.cache import cache_path
from pipeline.batch.discover import discover
from pipeline.batch.runner import RunOptions, run_batch
from pipeline.errors import BinaryFileError, TooLargeError, UnreadableFileError
from pipeline.ingest import checks

FAKE = batch_fakes.STAGES


def _corpus(root: Path, n: int = 4) -> Path:
    root.mkdir(parents=True)
    for k in range(n):
        (root / f"p{k}.txt").write_text(paper_text(k), encoding="utf-8")
    return root


def _table(out: Path, name: str) -> list[dict]:
    return pq.read_table(out / "dataset" / f"{name}.parquet").to_pylist()


def _dataset_bytes(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((out / "dataset").iterdir())}


def test_files_changed_truncated_or_deleted_mid_run_never_poison_the_cache(tmp_path: Path, monkeypatch) -> None:
    corpus = _corpus(tmp_path / "corpus", 5)
    real_discover = runner_module.discover

    def discover_then_change(*args, **kwargs):
        items = real_discover(*args, **kwargs)  # hashes taken now; the files change before they are read
        (corpus / "p0.txt").write_text(paper_text(40), encoding="utf-8")  # replaced (cp over it)
        with (corpus / "p1.txt").open("r+b") as handle:  # truncated (a copy in progress)
            handle.truncate(300)
        (corpus / "p2.txt").unlink()  # deleted (a sync client)
        return items

    monkeypatch.setattr(runner_module, "discover", discover_then_change)
    out = tmp_path / "out"
    run_batch(corpus, out, RunOptions(workers=0, stages=FAKE, quiet=True))
    monkeypatch.setattr(runner_module, "discover", real_discover)
    fresh = tmp_path / "fresh"
    run_batch(corpus, fresh, RunOptions(workers=0, stages=FAKE, quiet=True))
    assert _dataset_bytes(out) == _dataset_bytes(fresh)  # as if the run had started on the final files
    documents = _table(out, "documents")
    assert sorted(d["path"] for d in documents) == ["p0.txt", "p1.txt", "p3.txt", "p4.txt"]
    # The next run serves the cache, and what it serves is the content on disk.
    again = run_batch(corpus, out, RunOptions(workers=0, stages=FAKE, quiet=True))
    assert (again.processed, again.cached) == (0, 4) and _dataset_bytes(out) == _dataset_bytes(fresh)
    title = next(d["title"] for d in documents if d["path"] == "p0.txt")
    assert title == paper_text(40).splitlines()[0].strip()


def test_missing_and_unreadable_results_are_redone_when_the_file_comes_back(tmp_path: Path, monkeypatch) -> None:
    corpus = _corpus(tmp_path / "corpus", 2)
    real_read = checks.read_paper_bytes

    def locked(path, max_bytes=None):
        if Path(path).name == "p1.txt":
            raise UnreadableFileError(path, "permission denied")
        return real_read(path, max_bytes=max_bytes)

    monkeypatch.setattr(checks, "read_paper_bytes", locked)
    out = tmp_path / "out"
    first = run_batch(corpus, out, RunOptions(workers=0, stages=FAKE, quiet=True))
    assert first.failed == 1 and [f["reason_code"] for f in _table(out, "failures")] == ["unreadable"]
    monkeypatch.setattr(checks, "read_paper_bytes", real_read)
    second = run_batch(corpus, out, RunOptions(workers=0, stages=FAKE, quiet=True))
    assert (second.processed, second.failed) == (1, 0) and not _table(out, "failures")


def test_text_encodings_with_a_byte_order_mark_and_nul_bytes_anywhere(tmp_path: Path) -> None:
    text = paper_text(3)
    for encoding in ("utf-16", "utf-32", "utf-16-be"):
        data = text.encode(encoding) if encoding != "utf-16-be" else b"\xfe\xff" + text.encode("utf-16-be")
        assert checks.decode_text(Path(f"x.{encoding}"), data) == text
    late_nul = (text * 5).encode("utf-8") + b"\x00 tail"
    assert len(late_nul) > 8192
    with pytest.raises(BinaryFileError, match="NUL"):
        checks.decode_text(Path("late-nul.txt"), late_nul)
    broken = b"\xff\xfe" + "PINK1".encode("utf-16-le") + b"\x00"  # odd length after the BOM
    with pytest.raises(Exception, match="UTF-16"):
        checks.decode_text(Path("broken.txt"), broken)


def test_the_size_limit_given_is_the_one_applied(tmp_path: Path, monkeypatch) -> None:
    paper = tmp_path / "p.txt"
    paper.write_text(paper_text(1), encoding="utf-8")
    size = paper.stat().st_size
    monkeypatch.setattr(checks, "DEFAULT_MAX_BYTES", 10)  # a default below the file: the option must win
    data, _ = checks.read_paper_bytes(paper, max_bytes=size)
    assert len(data) == size
    with pytest.raises(TooLargeError, match="--max-size"):
        checks.read_paper_bytes(paper, max_bytes=size - 1)


def test_links_special_files_and_unlistable_folders_become_failure_rows(tmp_path: Path, monkeypatch) -> None:
    corpus = _corpus(tmp_path / "corpus", 2)
    outside = tmp_path / "secret.txt"
    outside.write_text(paper_text(9), encoding="utf-8")
    (corpus / "leak.txt").symlink_to(outside)
    (corpus / "inside.txt").symlink_to(corpus / "p0.txt")  # a link within the corpus is followed
    os.mkfifo(corpus / "pipe.txt")  # reading it would block forever
    (corpus / "locked").mkdir()
    (corpus / "locked" / "p9.txt").write_text(paper_text(7), encoding="utf-8")
    real_walk = os.walk

    def walk(top, onerror=None, **kwargs):  # tests run as root, where chmod 000 would not stop a listing
        for dirpath, dirnames, filenames in real_walk(top, onerror=onerror, **kwargs):
            if Path(dirpath).name == "locked":
                onerror(PermissionError(errno.EACCES, "Permission denied", dirpath))
                continue
            yield dirpath, dirnames, filenames

    monkeypatch.setattr("pipeline.batch.discover.os.walk", walk)
    out = tmp_path / "out"
    summary = run_batch(corpus, out, RunOptions(workers=0, stages=FAKE, quiet=True))
    failures = {f["path"]: (f["reason_code"], f["reason"]) for f in _table(out, "failures")}
    assert set(failures) == {"leak.txt", "pipe.txt", "locked/"}
    assert all(code == "unreadable" for code, _ in failures.values())
    assert "outside the corpus" in failures["leak.txt"][1] and "FIFO" in failures["pipe.txt"][1]
    documents = _table(out, "documents")
    assert sorted(p for d in documents for p in d["paths"]) == ["inside.txt", "p0.txt", "p1.txt"]
    assert summary.failed == 3
    assert not any("secret" in (d["title"] or "") for d in documents)
    # Allowed on request.
    allowed = run_batch(corpus, tmp_path / "out2", RunOptions(workers=0, stages=FAKE, quiet=True, follow_outside_links=True))
    assert "leak.txt" in {p for d in _table(tmp_path / "out2", "documents") for p in d["paths"]} and allowed.failed == 2


def test_stale_dataset_temporaries_are_removed_at_the_start(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus", 1)
    out = tmp_path / "out"
    run_batch(corpus, out, RunOptions(workers=0, stages=FAKE, quiet=True))
    stale = out / "dataset" / ".relations.parquet.abc123.tmp"  # what a kill during the write leaves
    stale.write_bytes(b"partial")
    run_batch(corpus, out, RunOptions(workers=0, stages=FAKE, quiet=True))
    assert not stale.exists()


def test_cache_file_names_come_only_from_validated_hashes(tmp_path: Path) -> None:
    good = "a" * 64
    assert cache_path(tmp_path, good, "0.1.0+abc").name == f"{good}-0.1.0+abc.json"
    for bad in ("../../etc/passwd", "A" * 64, "a" * 63, "a" * 64 + "/x", 12):
        with pytest.raises(ValueError):
            cache_path(tmp_path, bad, "0.1.0")
    with pytest.raises(ValueError):
        cache_path(tmp_path, good, "../x")


def test_bench_work_dir_refuses_a_folder_it_did_not_make(tmp_path: Path) -> None:
    bench = batch_bench_module()  # benchmarks/batch_bench.py
    BenchFolderError, claim_work_dir = bench.BenchFolderError, bench.claim_work_dir  # noqa: N806
    checkout = tmp_path / "checkout"
    (checkout / "corpus").mkdir(parents=True)
    (checkout / "corpus" / "paper.txt").write_text("precious", encoding="utf-8")
    with pytest.raises(BenchFolderError, match="not empty"):
        claim_work_dir(checkout)
    assert (checkout / "corpus" / "paper.txt").read_text(encoding="utf-8") == "precious"
    fresh = tmp_path / "bench"
    claim_work_dir(fresh)
    (fresh / "corpus").mkdir()
    claim_work_dir(fresh)  # its own folder, made by an earlier benchmark: accepted again


def test_disk_full_while_writing_names_the_output_not_a_temporary(tmp_path: Path) -> None:
    from pipeline.atomic import atomic_path

    target = tmp_path / "dataset.csv"
    with pytest.raises(OSError) as info:
        with atomic_path(target) as tmp:
            raise OSError(errno.ENOSPC, "No space left on device")  # what a full disk raises mid-write
    assert info.value.filename == str(target) and info.value.errno == errno.ENOSPC
    assert not list(tmp_path.glob(".*.tmp"))


def test_a_worker_memory_cap_turns_a_runaway_allocation_into_memory_error() -> None:
    script = (
        "from pipeline.batch.task import cap_memory\n"
        "cap_memory(1024)\n"
        "try:\n    block = bytearray(2 * 1024 ** 3)\nexcept MemoryError:\n    print('capped')\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, cwd=Path(__file__).parent.parent)
    assert done.stdout.strip() == "capped", done.stderr


def test_a_long_paragraph_splits_into_sentences_in_one_pass() -> None:
    from pipeline.ingest.sentences import text_to_sentences

    sentence = "Loss of PINK1 sensitizes cells to cisplatin (12). "
    sentences = text_to_sentences(sentence * 4000)  # 200 KB in one paragraph
    assert len(sentences) == 4000 and sentences[-1].text == sentence.strip()


def test_an_unclosed_parenthesis_does_not_make_the_rest_of_a_paragraph_one_sentence() -> None:
    from pipeline.ingest.sentences import max_bracket_tokens, text_to_sentences

    sentence = "Mitophagy protects cells ((((((((((cisplatin)))))))))) here. "
    text = "(" * 20_000 + sentence * 2000  # nested-parenthesis junk: 20k openers never closed
    sentences = text_to_sentences(text)
    assert len(sentences) > 1900 and sentences[-1].text == sentence.strip()
    # A bracket that closes within the bound still keeps its sentence ends inside it.
    inside = "PINK1 is required (see Fig. 2. Parkin was not) for resistance. It was."
    assert [s.text for s in text_to_sentences(inside)] == ["PINK1 is required (see Fig. 2. Parkin was not) for resistance.", "It was."]
    words = " ".join(["word"] * (max_bracket_tokens() + 20))
    unclosed = f"Resistance was seen (in {words}. Cells died. They did."
    assert [s.text for s in text_to_sentences(unclosed)][-2:] == ["Cells died.", "They did."]
