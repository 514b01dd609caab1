"""A batch killed with SIGKILL mid-way resumes, redoes only unfinished papers, and ends
with the same dataset bytes as an uninterrupted run; a second run meanwhile is refused."""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

import batch_fakes
from batch_corpus import write_mixed_corpus
from pipeline.batch.dataset import build_dataset
from pipeline.batch.lock import OutputLockedError
from pipeline.batch.runner import RunOptions, run_batch
from pipeline.batch.task import Limits

TESTS = Path(__file__).resolve().parent
MAX_MB = "0.2"


def _env(delay: str) -> dict[str, str]:
    env = dict(os.environ)
    env["MITOMINER_STAGES"] = "batch_fakes:STAGES"
    env["MITOMINER_TEST_DELAY"] = delay
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(TESTS), env.get("PYTHONPATH", "")) if p)
    return env


def _cmd(corpus: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "pipeline", "run", str(corpus), "-o", str(out), "--workers", "2", "--quiet",
            "--max-size", MAX_MB]


def _cached(out: Path) -> int:
    folder = out / "cache"
    return len(list(folder.glob("*.json"))) if folder.is_dir() else 0


def _dataset(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((out / "dataset").iterdir())}


def test_sigkill_mid_batch_then_resume_gives_the_uninterrupted_dataset(tmp_path: Path) -> None:
    corpus = write_mixed_corpus(tmp_path / "corpus", n_good=20, pdfs=0, markers=False)
    papers = len(corpus.good) - 1 + len(corpus.bad)
    out = tmp_path / "out"
    proc = subprocess.Popen(
        _cmd(corpus.root, out), env=_env("0.4"), start_new_session=True,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        while _cached(out) < 4:
            assert proc.poll() is None, "the batch ended before it could be killed"
            assert time.monotonic() < deadline, "no cache file appeared in time"
            time.sleep(0.05)
        # A second run on the same folder meanwhile is refused, naming the holder.
        with pytest.raises(OutputLockedError, match=f"pid {proc.pid}"):
            run_batch(corpus.root, out, RunOptions(workers=0, stages=batch_fakes.STAGES, quiet=True))
        workers = psutil.Process(proc.pid).children(recursive=True)
        proc.kill()  # SIGKILL to the batch's main process only
        proc.wait(30)
        # Its worker processes notice and exit instead of lingering.
        _, alive = psutil.wait_procs(workers, timeout=20)
        assert not alive
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(30)
    finished = _cached(out)
    assert 4 <= finished < papers
    assert not (out / "dataset").exists()
    # What is done is usable at once: `mitominer dataset` builds from the cache alone.
    partial = build_dataset(out)
    assert (partial.documents + partial.failures, partial.missing) == (finished, papers - finished)

    resumed = subprocess.run(_cmd(corpus.root, out), env=_env("0"), capture_output=True, text=True, timeout=120)
    assert resumed.returncode == 0, resumed.stderr
    counts = re.search(r"(\d+) processed, (\d+) from cache", resumed.stdout)
    assert counts, resumed.stdout
    assert (int(counts.group(1)), int(counts.group(2))) == (papers - finished, finished)

    reference = tmp_path / "reference"
    options = RunOptions(workers=1, stages=batch_fakes.STAGES, limits=Limits(max_bytes=int(float(MAX_MB) * 1024 * 1024)), quiet=True)
    run_batch(corpus.root, reference, options)
    assert _dataset(out) == _dataset(reference)
    assert not list((out / "cache").glob(".*.tmp"))
