"""Corpus folder -> the papers to process, one work item per distinct content.

A paper is any file ending in ``.pdf``, ``.txt``, ``.md``, ``.xml`` or ``.nxml`` (any case), other than a
folder's own documentation (``README.md``, ``LICENSE.txt`` ...), below the
folder; hidden files and folders, and names that are not valid UTF-8, are left
out. Items are keyed by the SHA-256 of the file's bytes: the same content under
two names is processed once, and the document lists every path
(``documents.paths``). Paths are kept relative to the
corpus folder, with ``/`` separators, so the dataset does not depend on where the
corpus sits on disk.
"""

from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

PAPER_SUFFIXES = (".pdf", ".txt", ".md", ".xml", ".nxml")  # .xml/.nxml: JATS full texts
# A folder's own documentation is not a paper: README.md, LICENSE.txt, CHANGELOG.md ...
NOT_PAPERS = ("readme", "license", "licence", "changelog", "notice", "contributing", "authors", "copying")
HASH_CHUNK = 1 << 20


@dataclass(frozen=True)
class WorkItem:
    """One distinct paper: its content hash, size and every path that holds it."""

    sha256: str
    size: int
    paths: tuple[str, ...]  # relative to the corpus folder, sorted
    root: str = field(default="", compare=False)  # the corpus folder, absolute

    @property
    def path(self) -> str:
        """The path the paper is read from and named by: the first in sorted order."""
        return self.paths[0]

    @property
    def doc_id(self) -> str:
        return doc_id_of(self.sha256)

    def absolute(self) -> Path:
        return Path(self.root) / self.path

    def to_dict(self) -> dict:
        return {"sha256": self.sha256, "size": self.size, "paths": list(self.paths)}

    @classmethod
    def from_dict(cls, data: dict, root: str) -> WorkItem:
        return cls(sha256=data["sha256"], size=int(data["size"]), paths=tuple(data["paths"]), root=root)


def doc_id_of(sha256: str) -> str:
    """The document id: the first 16 hex digits of the file's SHA-256."""
    return sha256[:16]


def sha256_of_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(HASH_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _utf8_name(path: Path) -> bool:
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:  # undecodable bytes, kept by Python as lone surrogates
        return False
    return True


def corpus_files(root: Path, exclude: Path | None = None) -> list[Path]:
    """Every paper file below ``root``, sorted; ``exclude`` (e.g. the output folder) is skipped."""
    root = root.resolve()
    excluded = exclude.resolve() if exclude is not None else None
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        here = Path(dirpath)
        dirnames[:] = sorted(
            d for d in dirnames if not d.startswith(".") and (excluded is None or (here / d).resolve() != excluded)
        )
        for name in filenames:
            if name.startswith(".") or not name.lower().endswith(PAPER_SUFFIXES):
                continue
            if name.lower().rsplit(".", 1)[0] in NOT_PAPERS:
                continue
            path = here / name
            if not _utf8_name(path):
                log.warning("%r: skipped: its name is not valid UTF-8, so the dataset could not hold it", str(path))
                continue
            if path.is_file():
                found.append(path)
    return sorted(found)


def files_to_items(root: Path, files: list[Path]) -> list[WorkItem]:
    """Hash the files and group identical contents into one work item each, sorted by sha256."""
    root = root.resolve()
    by_hash: dict[str, list[str]] = {}
    sizes: dict[str, int] = {}
    for path in files:
        relative = path.relative_to(root).as_posix()
        try:
            digest = sha256_of_file(path)
            sizes[digest] = path.stat().st_size
        except OSError as exc:
            # Unreadable (permissions, vanished): keyed by its path so that the task records the
            # failure and the batch goes on; once readable, its content hash takes over.
            log.warning("%s: cannot be read (%s); it will be recorded as a failure", relative, exc.strerror or exc)
            digest = hashlib.sha256(f"unreadable:{relative}".encode()).hexdigest()
            sizes[digest] = 0
        by_hash.setdefault(digest, []).append(relative)
    return [
        WorkItem(sha256=digest, size=sizes[digest], paths=tuple(sorted(paths)), root=str(root))
        for digest, paths in sorted(by_hash.items())
    ]


def discover(root: Path, exclude: Path | None = None) -> list[WorkItem]:
    """Corpus folder -> work items (see the module docstring)."""
    if not root.is_dir():
        raise NotADirectoryError(f"corpus folder {root} does not exist or is not a folder")
    return files_to_items(root, corpus_files(root, exclude=exclude))
