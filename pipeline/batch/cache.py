"""The per-paper cache: ``OUT_DIR/cache/<sha256>-<pipeline_version>.json``.

One file per (paper content, pipeline version) holds that paper's rows for every
dataset table, or its failure. A file exists only once complete (temporary file
plus rename), so a batch killed at any point leaves either a whole result or
nothing. The pipeline version is the package version plus a hash of every file
under ``models/`` and of the package's own source, so changing a lexicon, a rule
or the code that applies them invalidates the cache.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import re
from pathlib import Path
from typing import Any

from pipeline.atomic import write_text_atomic
from pipeline.resources import models_dir
from pipeline.version import __version__

CACHE_DIR = "cache"
CACHE_FORMAT = 1  # bump when the layout of a cache file changes


def models_digest(root: Path | None = None) -> str:
    """SHA-256 over the relative path and bytes of every file under ``models/`` (12 hex digits)."""
    root = root if root is not None else models_dir()
    digest = hashlib.sha256()
    if root.is_dir():
        for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:12]


def code_digest(root: Path | None = None) -> str:
    """SHA-256 over the relative path and bytes of every ``.py`` file of the package (12 hex digits)."""
    root = root if root is not None else Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:12]


@functools.lru_cache(maxsize=8)
def pipeline_version(stages_name: str = "default") -> str:
    """``<package version>+<models digest>.<code digest>``, plus the stage set's name when it is not the default."""
    version = f"{__version__}+{models_digest()}.{code_digest()}"
    if stages_name != "default":
        version += f"+{stages_name}"
    return version


def cache_dir(out_dir: Path) -> Path:
    return Path(out_dir) / CACHE_DIR


_SHA256 = re.compile(r"[0-9a-f]{64}")
_VERSION = re.compile(r"[0-9A-Za-z.+_-]{1,200}")


def cache_name(sha256: str, version: str) -> str:
    """The cache file name of one paper; both parts are validated, never trusted (a result may come
    back from a remote Dask worker, and its hash names a file)."""
    if not isinstance(sha256, str) or not _SHA256.fullmatch(sha256):
        raise ValueError(f"not a SHA-256 hex digest: {str(sha256)[:80]!r}")
    if not _VERSION.fullmatch(version):
        raise ValueError(f"not a pipeline version: {version[:80]!r}")
    return f"{sha256}-{version}.json"


def cache_path(out_dir: Path, sha256: str, version: str) -> Path:
    """The cache file of one paper (see ``cache_name``)."""
    return cache_dir(out_dir) / cache_name(sha256, version)


def write_json_atomic(path: Path, data: Any) -> None:
    """Write ``data`` as JSON atomically, synced to disk before the rename (a cache entry must survive a crash)."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    write_text_atomic(path, text, fsync=True)


def store_result(out_dir: Path, version: str, result: dict[str, Any]) -> Path:
    """Write one paper's result (see ``task.process_paper``) to the cache."""
    path = cache_path(out_dir, result["sha256"], version)
    write_json_atomic(path, {"format": CACHE_FORMAT, "pipeline_version": version, **result})
    return path


def load_result(out_dir: Path, sha256: str, version: str) -> dict[str, Any] | None:
    """The cached result of a paper, or None when absent or unreadable (it is then redone)."""
    # A plain string, not a Path: pathlib interns every name it parses (``sys.intern``), and the
    # build reads every paper's file, so the interpreter's table of interned strings grew by a
    # step of ~2 MB somewhere in a large corpus (``benchmarks/batch_memory.py``'s top grower).
    path = os.path.join(os.fspath(out_dir), CACHE_DIR, cache_name(sha256, version))
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.loads(handle.read())
    except (FileNotFoundError, json.JSONDecodeError, UnicodeDecodeError):
        return None
    if data.get("format") != CACHE_FORMAT or data.get("sha256") != sha256:
        return None
    return data


def is_cached(out_dir: Path, sha256: str, version: str) -> bool:
    return cache_path(out_dir, sha256, version).is_file()


def remove_stale_temporaries(out_dir: Path) -> int:
    """Delete temporary files a killed run left in the cache, the dataset folder and beside the
    manifest (``pipeline.atomic`` names them ``.NAME.*.tmp``); call only while holding the lock."""
    removed = 0
    for folder in (cache_dir(out_dir), Path(out_dir) / "dataset", Path(out_dir)):
        if folder.is_dir():
            for tmp in folder.glob(".*.tmp"):
                with contextlib.suppress(FileNotFoundError):
                    tmp.unlink()
                    removed += 1
    return removed
