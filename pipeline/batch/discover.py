"""Corpus folder -> the papers to process, one work item per distinct content.

A paper is any file ending in ``.pdf``, ``.txt``, ``.md``, ``.xml`` or ``.nxml`` (any case), other than a
folder's own documentation (``README.md``, ``LICENSE.txt`` ...), below the
folder; hidden files and folders, and names that are not valid UTF-8, are left
out. Items are keyed by the SHA-256 of the file's bytes: the same content under
two names is processed once, and the document lists every path
(``documents.paths``). Paths are kept relative to the
corpus folder, with ``/`` separators, so the dataset does not depend on where the
corpus sits on disk.

Nothing is lost silently: a folder that cannot be listed, a file that is not a
regular file (FIFO, device, socket) and a symbolic link that leads outside the
corpus folder (unless ``follow_outside_links``) each become a work item with a
``problem``: the runner records it as an ``unreadable`` failure without reading
it (a FIFO would block a reader; a link could leak ``/etc`` or ``/proc`` into the
dataset). Links inside the corpus are followed; links to folders are not
descended into (a loop could not end).
"""

from __future__ import annotations

import hashlib
import logging
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

PAPER_SUFFIXES = (".pdf", ".txt", ".md", ".xml", ".nxml")  # .xml/.nxml: JATS full texts
# A folder's own documentation is not a paper: README.md, LICENSE.txt, CHANGELOG.md ...
NOT_PAPERS = ("readme", "license", "licence", "changelog", "notice", "contributing", "authors", "copying")
HASH_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class WorkItem:
    """One distinct paper: its content hash, size and every path that holds it.

    The parent keeps one per paper for the whole run (the manifest, the hand-out order, the
    dataset build): slots and one shared ``root`` string keep that near 400 bytes a paper
    (a per-instance ``__dict__`` and a copy of the root each made it about 700).
    """

    sha256: str
    size: int
    paths: tuple[str, ...]  # relative to the corpus folder, sorted
    root: str = field(default="", compare=False)  # the corpus folder, absolute
    problem: str = ""  # why the path is not read at all (see the module docstring); "" for a paper

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
        data = {"sha256": self.sha256, "size": self.size, "paths": list(self.paths)}
        if self.problem:
            data["problem"] = self.problem
        return data

    @classmethod
    def from_dict(cls, data: dict, root: str) -> WorkItem:
        return cls(
            sha256=data["sha256"], size=int(data["size"]), paths=tuple(data["paths"]), root=root,
            problem=data.get("problem", ""),
        )


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


def _problem_item(root: Path, relative: str, problem: str) -> WorkItem:
    digest = hashlib.sha256(f"problem:{relative}".encode()).hexdigest()
    return WorkItem(sha256=digest, size=0, paths=(relative,), root=str(root), problem=problem)


def _is_paper_name(name: str) -> bool:
    lower = name.lower()
    return not name.startswith(".") and lower.endswith(PAPER_SUFFIXES) and lower.rsplit(".", 1)[0] not in NOT_PAPERS


def _check_path(root: Path, path: Path, follow_outside_links: bool) -> str:
    """"" for a regular paper file to read, else why it is not read."""
    try:
        if path.is_symlink():
            target = path.resolve(strict=True)
            if not follow_outside_links and not target.is_relative_to(root):
                return "a symbolic link to a file outside the corpus folder; not followed (--follow-links allows it)"
            if not follow_outside_links and target.is_relative_to(Path("/proc")):
                return "a symbolic link into /proc; not followed"
        mode = path.stat().st_mode
    except FileNotFoundError:
        return "a broken symbolic link" if path.is_symlink() else ""
    except OSError as exc:
        return f"cannot be examined: {exc.strerror or exc}"
    if not stat.S_ISREG(mode):
        kind = "FIFO" if stat.S_ISFIFO(mode) else "device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "socket" if stat.S_ISSOCK(mode) else "special file"
        return f"not a regular file ({kind}); not read"
    return ""


def corpus_files(
    root: Path, exclude: Path | None = None, follow_outside_links: bool = False
) -> tuple[list[Path], list[WorkItem]]:
    """Every paper file below ``root``, sorted, and the problem items (see the module docstring).

    ``exclude`` (e.g. the output folder) is skipped.
    """
    root = root.resolve()
    excluded = exclude.resolve() if exclude is not None else None
    found: list[Path] = []
    problems: list[WorkItem] = []

    def on_error(exc: OSError) -> None:  # os.walk could not list a folder
        where = Path(exc.filename) if exc.filename else root
        relative = where.relative_to(root).as_posix() if where != root else "."
        log.warning("%s/: cannot be listed (%s); recorded as a failure", relative, exc.strerror or exc)
        problems.append(_problem_item(root, relative + "/", f"folder cannot be listed: {exc.strerror or exc}"))

    for dirpath, dirnames, filenames in os.walk(root, onerror=on_error):
        here = Path(dirpath)
        dirnames[:] = sorted(
            d for d in dirnames if not d.startswith(".") and (excluded is None or (here / d).resolve() != excluded)
        )
        for name in filenames:
            if not _is_paper_name(name):
                continue
            path = here / name
            if not _utf8_name(path):
                log.warning("%r: skipped: its name is not valid UTF-8, so the dataset could not hold it", str(path))
                continue
            problem = _check_path(root, path, follow_outside_links)
            if problem:
                relative = path.relative_to(root).as_posix()
                log.warning("%s: %s; recorded as a failure", relative, problem)
                problems.append(_problem_item(root, relative, problem))
            elif path.exists():
                found.append(path)
    return sorted(found), sorted(problems, key=lambda i: i.path)


def files_to_items(root: Path, files: list[Path]) -> list[WorkItem]:
    """Hash the files and group identical contents into one work item each, sorted by sha256."""
    root = root.resolve()
    root_text = str(root)  # one string shared by every item
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
        WorkItem(sha256=digest, size=sizes[digest], paths=tuple(sorted(paths)), root=root_text)
        for digest, paths in sorted(by_hash.items())
    ]


def discover(root: Path, exclude: Path | None = None, follow_outside_links: bool = False) -> list[WorkItem]:
    """Corpus folder -> work items, papers and problems, sorted by sha256 (see the module docstring)."""
    if not root.is_dir():
        raise NotADirectoryError(f"corpus folder {root} does not exist or is not a folder")
    files, problems = corpus_files(root, exclude=exclude, follow_outside_links=follow_outside_links)
    return sorted(files_to_items(root, files) + problems, key=lambda i: i.sha256)
