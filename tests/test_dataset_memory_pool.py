"""The dataset build allocates Arrow buffers from the system allocator, and the files do not change.

mimalloc (pyarrow's default pool here) kept the freed pages of a build, so the parent's peak grew
with the corpus (``pipeline/batch/memory_pool.py``); the pool must never change the bytes written.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pytest

import batch_fakes
from batch_corpus import write_mixed_corpus
from pipeline.batch import dataset
from pipeline.batch.dataset import build_dataset
from pipeline.batch.memory_pool import ARROW_POOL_ENV, system_memory_pool

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def cached_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("pool")
    corpus = write_mixed_corpus(root / "corpus", n_good=8, pdfs=1, markers=False)
    out = root / "out"
    batch_fakes.cache_fake_results(corpus.root, out)
    return out


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_dataset_build_uses_the_system_pool_and_restores_the_default(cached_out: Path, monkeypatch) -> None:
    before = pa.default_memory_pool().backend_name
    seen: set[str] = set()
    add = dataset.TableWriter.add

    def spying_add(self, rows):
        seen.add(pa.default_memory_pool().backend_name)
        add(self, rows)

    monkeypatch.setattr(dataset.TableWriter, "add", spying_add)
    summary = build_dataset(cached_out)
    assert summary.documents > 3
    assert seen == {"system"}
    assert pa.default_memory_pool().backend_name == before


@pytest.mark.parametrize("backend", ["mimalloc", "jemalloc"])
def test_dataset_bytes_do_not_depend_on_the_memory_pool(cached_out: Path, monkeypatch, backend: str) -> None:
    try:
        pool = getattr(pa, f"{backend}_memory_pool")()
    except (AttributeError, NotImplementedError):
        pytest.skip(f"pyarrow is built without {backend}")
    build_dataset(cached_out)
    system = _files(cached_out / "dataset")

    @contextlib.contextmanager
    def other_pool():
        previous = pa.default_memory_pool()
        pa.set_memory_pool(pool)
        try:
            yield pool
        finally:
            pa.set_memory_pool(previous)

    monkeypatch.setattr(dataset, "system_memory_pool", other_pool)
    build_dataset(cached_out)
    assert pool.max_memory() > 0  # the build did allocate from it
    assert _files(cached_out / "dataset") == system
    monkeypatch.undo()
    build_dataset(cached_out)


def test_system_memory_pool_restores_the_pool_after_an_error() -> None:
    before = pa.default_memory_pool().backend_name
    with pytest.raises(RuntimeError), system_memory_pool():
        assert pa.default_memory_pool().backend_name == "system"
        raise RuntimeError("boom")
    assert pa.default_memory_pool().backend_name == before


def _backend_after_import(env: dict[str, str]) -> str:
    code = "import pipeline.batch, pyarrow; print(pyarrow.default_memory_pool().backend_name)"
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, check=True)
    return out.stdout.strip()


def test_importing_the_batch_package_first_selects_the_system_allocator_for_arrow() -> None:
    env = {k: v for k, v in os.environ.items() if k != ARROW_POOL_ENV}
    env["PYTHONPATH"] = str(REPO)
    assert _backend_after_import(env) == "system"


def test_a_pool_chosen_by_the_user_is_kept() -> None:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    env[ARROW_POOL_ENV] = "jemalloc" if hasattr(pa, "jemalloc_memory_pool") else "mimalloc"
    assert _backend_after_import(env) == env[ARROW_POOL_ENV]
