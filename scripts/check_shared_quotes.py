"""Find text of ``../shared/data`` copied into the repo.

The shared data (papers, PDFs, abstracts, GROBID labelled references, BioRED /
ChemProt / BC5CDR / NCBI-disease sentences, JATS) may be read by tools and
tests but never copied into the repo (``../shared/data/PROVENANCE.md``). This
scan normalises text (lower case, every run of non-word characters -> one
space), indexes every 8-word window of the repo's tracked text files and looks
each window of the shared text up in that index. A hit is a repo line range
sharing at least one window with the shared data; overlapping windows of one
file merge into one hit.

Classes (``models/provenance/shared_quotes.json``): files under ``skip`` are
not scanned (the vocabulary / lexicon files that hold names built from the
pinned vocabularies, the trained models, the shipped founding review);
``report_only`` files (the gold under ``annotations/``) are listed in their own
class and do not fail; a hit whose every window also occurs in the shipped
review (``corpus/*.txt``, which the shared abstracts overlap) is
``shipped-review``, and one whose every window lies inside a listed stock phrase
(licence lines, competing-interest statements, repository cover notices, printed
the same on every paper of a publisher) is ``stock-phrase``; neither fails.
Windows of numbers only are no text and never hit. Every other hit fails: exit
status 1.
Without ``../shared`` the scan says so and exits 0.

Usage: ``python scripts/check_shared_quotes.py [--shared DIR] [--repo DIR] [--json]``

Hand-written rather than a library: the n-gram overlap is a few numpy lines
(a 64-bit polynomial hash of each window, ``np.isin`` of the shared windows
against the repo's, then an exact token check of every match), and it runs in
seconds over ~4 M shared words without caching anything.
"""

from __future__ import annotations

import argparse
import fnmatch
import html
import json
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
CLASSES = ROOT / "models" / "provenance" / "shared_quotes.json"

WORD = re.compile(r"\w+")
# An XML tag, a declaration or a processing instruction, strict enough that code comparisons
# (`a < b and c > d`) are no tag. Tags are markup, not text: both sides drop them, so a quote
# keeps matching whether it carries its JATS / TEI tags or not, and shared markup alone
# (`<xref ref-type="bibr" rid="b1">`, DOCTYPE lines) is no quote.
XML_TAG = re.compile(
    r"<(?:/?[A-Za-z][\w:.-]*(?:\s+[\w:.-]+\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'))*\s*/?"
    r"|![A-Za-z][^<>]*|\?[^<>]*\?)>"
)
U_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
C_ESCAPE = re.compile(r"\\[ntr]")
HYPHEN_BREAK = re.compile(r"[-\u00ad\u0002]\s*\n\s*")
HASH_BASE = np.uint64(1_000_003)


def words(text: str) -> list[str]:
    """The normalised words of a text: lower case, split on non-word characters."""
    return WORD.findall(text.lower())


def unescape_source(text: str) -> str:
    """Undo the escapes of JSON / Python string literals that hide a word (``\\u03b1``, ``\\n``)."""
    text = U_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
    return C_ESCAPE.sub(" ", text)


def strip_tags(text: str) -> str:
    """Markup -> spaces; a tag's own line breaks stay, so repo line numbers do not move."""
    return XML_TAG.sub(lambda m: " " + "\n" * m.group(0).count("\n"), text)


# ----------------------------------------------------------------------------- repo side


@dataclass
class RepoFile:
    path: str  # relative to the repo root, '/'-separated
    words: list[str]
    lines: list[int]  # 1-based line of each word


def tracked_files(repo: Path) -> list[str]:
    """The repo's tracked files (``git ls-files``); every file when the folder is no checkout."""
    try:
        out = subprocess.run(["git", "-C", str(repo), "ls-files", "-z"], capture_output=True, check=True)
        names = [n for n in out.stdout.decode("utf-8").split("\0") if n]
    except (OSError, subprocess.CalledProcessError):
        names = [str(p.relative_to(repo)) for p in repo.rglob("*") if p.is_file() and ".git" not in p.parts]
    return sorted(n.replace("\\", "/") for n in names)


def read_text(path: Path) -> str | None:
    """UTF-8 text of a file, or None for a binary file (NUL byte or not UTF-8: models, images, gzip)."""
    data = path.read_bytes()
    if b"\0" in data:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def repo_file(path: str, text: str) -> RepoFile:
    toks: list[str] = []
    lines: list[int] = []
    for lineno, line in enumerate(strip_tags(unescape_source(text)).split("\n"), 1):
        found = words(line)
        toks.extend(found)
        lines.extend([lineno] * len(found))
    return RepoFile(path, toks, lines)


def matches(path: str, patterns: list[dict]) -> dict | None:
    for entry in patterns:
        if fnmatch.fnmatch(path, entry["glob"]):
            return entry
    return None


# ----------------------------------------------------------------------------- shared side


def pdf_text(path: Path) -> str:
    import pypdfium2 as pdfium  # the PDF engine the pipeline already uses

    doc = pdfium.PdfDocument(str(path))
    try:
        pages = []
        for i in range(len(doc)):
            page = doc[i]
            pages.append(page.get_textpage().get_text_range())
            page.close()
        return "\n".join(pages)
    finally:
        doc.close()


def iob_sentences(text: str) -> str:
    """token<TAB>tag lines, blank line between sentences -> one line of tokens per sentence."""
    out: list[str] = []
    sentence: list[str] = []
    for line in text.split("\n"):
        if not line.strip():
            out.append(" ".join(sentence))
            sentence = []
        else:
            sentence.append(line.split("\t", 1)[0])
    out.append(" ".join(sentence))
    return "\n".join(out)


def shared_segments(path: Path) -> list[str]:
    """The texts of one shared file a quote could come from (a PDF's also with its line-end hyphens joined)."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        text = pdf_text(path)
        return [text, HYPHEN_BREAK.sub("", text)]
    raw = read_text(path)
    if raw is None:
        return []
    if suffix == ".tsv" and any("iob" in part.lower() for part in path.parts):
        return [iob_sentences(raw)]  # token<TAB>tag lines: the sentences, not the tags between words
    # JSON needs no parsing: its strings stay whole once the escapes are undone
    text = strip_tags(unescape_source(raw))
    if suffix in {".xml", ".nxml", ".tei"}:
        text = html.unescape(text)
    return [text]


def shared_files(shared: Path) -> list[Path]:
    return sorted(p for p in shared.rglob("*") if p.is_file())


# ----------------------------------------------------------------------------- matching


def ids_of(toks: list[str]) -> np.ndarray:
    """One 64-bit id per word: Python's string hash (fixed within a run; every match is checked
    word by word afterwards, so a collision can only cost time, never make or hide a hit)."""
    return np.fromiter(map(hash, toks), dtype=np.int64, count=len(toks)).view(np.uint64)


class KeySet:
    """Membership of uint64 window hashes: a 2**24-slot bitmap of the low bits first (one gather
    for every shared window), the sorted keys only for the few that pass it."""

    BITS = 24

    def __init__(self, keys: np.ndarray):
        self.keys = np.unique(keys)
        self.slots = np.zeros(1 << self.BITS, dtype=bool)
        self.slots[(self.keys & np.uint64((1 << self.BITS) - 1)).astype(np.int64)] = True

    def __contains__(self, key: int) -> bool:
        return bool(self.member(np.array([key], dtype=np.uint64))[0])

    def member(self, values: np.ndarray) -> np.ndarray:
        out = self.slots[(values & np.uint64((1 << self.BITS) - 1)).astype(np.int64)]
        maybe = np.nonzero(out)[0]
        if len(maybe) and len(self.keys):
            v = values[maybe]
            idx = np.minimum(np.searchsorted(self.keys, v), len(self.keys) - 1)
            out[maybe] = self.keys[idx] == v
        return out


def lettered_windows(toks: list[str], width: int) -> np.ndarray:
    """Mask of the windows holding at least one word that is not all digits."""
    n = len(toks) - width + 1
    if n <= 0:
        return np.zeros(0, dtype=bool)
    lettered = np.fromiter((not w.isdigit() for w in toks), dtype=np.int64, count=len(toks))
    counts = np.concatenate([[0], np.cumsum(lettered)])
    return (counts[width:] - counts[:-width])[:n] > 0


def window_hashes(ids: np.ndarray, width: int) -> np.ndarray:
    """64-bit polynomial hash of every ``width``-word window (wraps mod 2**64)."""
    n = len(ids) - width + 1
    if n <= 0:
        return np.zeros(0, dtype=np.uint64)
    h = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in range(width):
            h = h * HASH_BASE + ids[k : k + n]
    return h


@dataclass
class Hit:
    path: str
    first_line: int
    last_line: int
    text: str  # the shared words of the merged windows (normalised)
    sources: list[str] = field(default_factory=list)  # shared files, relative to the shared folder
    kind: str = "copy"  # copy | shipped-review | stock-phrase | gold-evidence | gold-structure | gold-docs

    @property
    def fails(self) -> bool:
        return self.kind == "copy"

    def line(self) -> str:
        where = f"{self.path}:{self.first_line}" + (f"-{self.last_line}" if self.last_line != self.first_line else "")
        return f"[{self.kind}] {where}: \"{self.text[:160]}\" ({', '.join(self.sources[:3])})"


def load_classes(path: Path = CLASSES) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def scan(repo: Path = ROOT, shared: Path | None = None, classes: dict | None = None) -> list[Hit]:
    """Every repo line range sharing a window with ``shared`` (default ``<repo>/../shared/data``)."""
    classes = classes or load_classes()
    width = int(classes["window"])
    shared = shared or repo.parent / "shared" / "data"
    files: list[RepoFile] = []
    corpus_words: list[list[str]] = []
    for name in tracked_files(repo):
        full = repo / name
        if not full.is_file():
            continue
        shipped = any(fnmatch.fnmatch(name, g) for g in classes["shipped_corpus"])
        if not shipped and matches(name, classes["skip"]):
            continue
        text = read_text(full)
        if text is None:
            continue
        if shipped:
            corpus_words.append(words(text))
        else:
            files.append(repo_file(name, text))

    repo_ids = [ids_of(f.words) for f in files]
    hashes = [window_hashes(ids, width) for ids in repo_ids]
    # a window of numbers only (`1 2 3 4 5 6 7 8`, a matrix `1 0 0 0 0 0 1 0`) is no quote of text
    textual = [lettered_windows(f.words, width) for f in files]
    kept = [h[t] for h, t in zip(hashes, textual)]
    all_hashes = KeySet(np.concatenate(kept) if kept else np.zeros(0, dtype=np.uint64))

    # every shared window that some repo window has (exact words) -> the shared files holding it
    found: dict[tuple[str, ...], set[str]] = {}
    found_hashes: list[int] = []
    for path in shared_files(shared):
        rel = str(path.relative_to(shared))
        for segment in shared_segments(path):
            toks = words(segment)
            h = window_hashes(ids_of(toks), width)
            for j in np.nonzero(all_hashes.member(h))[0]:
                window = tuple(toks[j : j + width])
                if window not in found:
                    found[window] = set()
                    found_hashes.append(int(h[j]))
                found[window].add(rel)

    def windows_of(toks: list[str]) -> set[tuple[str, ...]]:
        return {tuple(toks[j : j + width]) for j in range(len(toks) - width + 1)}

    corpus_windows = set().union(*(windows_of(toks) for toks in corpus_words))
    # stock phrases, alone and two in a row (a heading's statement, then the next heading's)
    phrases = [words(p) for p in classes.get("stock_phrases", {}).get("phrases", [])]
    stock_windows = set().union(*(windows_of(a + b) for a in phrases for b in [[]] + phrases))

    found_keys = KeySet(np.array(found_hashes, dtype=np.uint64))
    hits: list[Hit] = []
    for f, h, t in zip(files, hashes, textual):
        starts = [j for j in np.nonzero(found_keys.member(h) & t)[0] if tuple(f.words[j : j + width]) in found]
        report = matches(f.path, classes["report_only"])
        for run in merge_runs(starts, width):
            first, last = run[0], run[-1] + width - 1
            windows = [tuple(f.words[j : j + width]) for j in run]
            sources = sorted(set().union(*(found[w] for w in windows)))
            if report:
                kind = report["class"]
            elif all(w in corpus_windows for w in windows):
                kind = "shipped-review"
            elif all(w in stock_windows for w in windows):
                kind = "stock-phrase"
            else:
                kind = "copy"
            hits.append(Hit(f.path, f.lines[first], f.lines[last], " ".join(f.words[first : last + 1]), sources, kind))
    return hits


def merge_runs(starts: list[int], width: int) -> list[list[int]]:
    """Group window starts whose windows overlap or touch."""
    runs: list[list[int]] = []
    for j in starts:
        if runs and j <= runs[-1][-1] + width:
            runs[-1].append(j)
        else:
            runs.append([j])
    return runs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repo", type=Path, default=ROOT, help="repo root (default: this checkout)")
    parser.add_argument("--shared", type=Path, default=None, help="shared data folder (default: <repo>/../shared/data)")
    parser.add_argument("--json", action="store_true", help="one JSON object per hit")
    parser.add_argument("--all", action="store_true", help="also list the hits of the classes that do not fail")
    args = parser.parse_args(argv)
    shared = args.shared or args.repo.resolve().parent / "shared" / "data"
    if not shared.is_dir():
        print(f"check_shared_quotes: {shared}: no shared data folder; nothing to check")
        return 0
    hits = scan(args.repo.resolve(), shared)
    counts: dict[str, int] = {}
    for hit in hits:
        counts[hit.kind] = counts.get(hit.kind, 0) + 1
        if hit.fails or args.all:
            if args.json:
                print(json.dumps(hit.__dict__, ensure_ascii=False))
            else:
                print(hit.line())
    summary = ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "none"
    print(f"check_shared_quotes: hits by class: {summary}", file=sys.stderr)
    return 1 if any(h.fails for h in hits) else 0


if __name__ == "__main__":
    sys.exit(main())
