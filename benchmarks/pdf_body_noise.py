"""Body-text cleanliness of PDF documents (issue 10's "Body text" clause), measured without gold.

No annotation says what every paragraph should read, so this counts the kinds
of noise the issue names, each found independently of the reader's own rules:

- ``furniture``: paragraphs holding a running header or footer. The page
  furniture is found here from pdfplumber's words alone: a line in the top or
  bottom ``MARGIN`` of the page whose text, digits folded to ``#``, repeats on
  at least ``MIN_PAGES`` pages (and on a third of them). A body paragraph that
  contains such a line (folded the same way, at least ``MIN_FURNITURE_WORDS``
  words) has furniture in it.
- ``licence``: paragraphs with a licence, copyright, DOI link, e-mail or
  "Downloaded from" line (one regex, ``LICENCE``).
- ``hyphen``: a word broken by a line-end hyphen and not repaired, written
  ``assump- tion`` (hyphen, space) where the joined word is an ordinary word
  (``models/ingest/plain_words.txt.gz`` and the system word lists) and the two
  halves are not (``mito-chondria`` without the space is left out: it can't be
  told from a real compound such as ``follow-up``).
- ``split``: a word cut at a ligature or a spacing gap (``signi ficant``,
  ``e ffect``): two tokens that are no ordinary words but join into one.

Printed per PDF and as totals: paragraphs, and the count and share of
paragraphs with each kind. The split into tune and test follows the layout
annotations (``benchmarks/pdf_bench.py``: all file names sorted, index % 3 == 2 is
test); ``--split`` picks one (default tune).
Lower is better; a share is an upper bound of the true noise (a quoted DOI in
a methods paragraph counts as ``licence``).

Run: ``python benchmarks/pdf_body_noise.py [DIR ...] [--split tune|test|all] [--summary]``
(defaults: ``../shared/data/pdfs`` and ``../shared/data/pdfs/litqa``).
"""

from __future__ import annotations

import argparse
import gzip
import logging
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's `pipeline`
SHARED = ROOT.parent / "shared" / "data" / "pdfs"
DEFAULT_DIRS = (SHARED, SHARED / "litqa")

MARGIN = 0.07  # share of the page height that holds running headers and footers
MIN_PAGES = 3
MIN_FURNITURE_WORDS = 3
LICENCE = re.compile(
    r"(?i)©|\bcopyright\b|creative ?commons|\bCC[ -]BY\b|licen[cs]ed under|\bdoi\.org/|https?://|www\.|"
    r"\S@\S+\.\w|downloaded from\b|all rights reserved"
)
KINDS = ("furniture", "licence", "hyphen", "split")
_WORD = re.compile(r"[A-Za-z]+")
_HYPHEN_GAP = re.compile(r"\b([a-z]{2,})- ([a-z]{2,})\b")
_PAIR = re.compile(r"\b([a-z]{2,})\s([a-z]{2,})\b")


def _fold(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.split())).lower()


DICTIONARIES = (Path("/usr/share/dict/american-english"), Path("/usr/share/dict/british-english"))


def plain_words() -> set[str]:
    """The flattened-citation rule's ordinary words, plus the system word lists when installed
    (that list leaves out words that are gene symbols, such as ``set``, which a split check needs)."""
    with gzip.open(ROOT / "models" / "ingest" / "plain_words.txt.gz", "rt", encoding="utf-8") as fh:
        words = {w.strip() for w in fh if w.strip()}
    for path in DICTIONARIES:
        if path.is_file():
            words |= {w.strip().lower() for w in path.read_text(encoding="utf-8", errors="ignore").split() if w.isalpha()}
    return words


def furniture_lines(path: Path) -> set[str]:
    """Folded top/bottom-margin lines that repeat across pages (pdfplumber's words, nothing of ours)."""
    import pdfplumber

    seen: Counter[str] = Counter()
    pages = 0
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            pages += 1
            height = float(page.height)
            lines: dict[int, list[tuple[float, str]]] = {}
            for w in page.extract_words(keep_blank_chars=False, use_text_flow=False):
                top = float(w["top"])
                if top < MARGIN * height or top > (1 - MARGIN) * height:
                    lines.setdefault(round(top), []).append((float(w["x0"]), w["text"]))
            for words in {k: v for k, v in lines.items()}.values():
                text = _fold(" ".join(t for _, t in sorted(words)))
                if len(_WORD.findall(text)) >= MIN_FURNITURE_WORDS:
                    seen[text] += 1
    need = max(MIN_PAGES, pages // 3)
    return {t for t, n in seen.items() if n >= need}


@dataclass
class NoiseRow:
    pdf: str
    paragraphs: int = 0
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    examples: dict[str, str] = field(default_factory=dict)
    error: str = ""


def _broken(text: str, words: set[str]) -> tuple[str | None, str | None]:
    hyphen = split = None
    for m in _HYPHEN_GAP.finditer(text):
        a, b = m.group(1), m.group(2)
        if (a + b) in words and not (a in words and b in words):
            hyphen = m.group(0)
            break
    for m in _PAIR.finditer(text):
        a, b = m.group(1), m.group(2)
        if a not in words and b not in words and (a + b) in words and len(a + b) >= 7:
            split = m.group(0)
            break
    return hyphen, split


def measure(path: Path, words: set[str]) -> NoiseRow:
    from pipeline.ingest import ingest_path

    row = NoiseRow(path.name)
    try:
        doc = ingest_path(path)
        furniture = furniture_lines(path)
    except Exception as exc:  # one bad PDF is a row with its reason, never the end of the run
        row.error = f"{type(exc).__name__}: {exc}".splitlines()[0][:120]
        return row
    for section in doc.sections:
        if section.kind != "body":
            continue
        for paragraph in section.paragraphs:
            text = paragraph.text
            row.paragraphs += 1
            folded = _fold(text)
            found = {
                "furniture": next((f for f in furniture if f in folded), None),
                "licence": (m.group(0) if (m := LICENCE.search(text)) else None),
            }
            found["hyphen"], found["split"] = _broken(text, words)
            for kind, hit in found.items():
                if hit:
                    row.counts[kind] += 1
                    row.examples.setdefault(kind, hit[:60])
    return row


def pdfs(dirs: list[Path], split: str) -> list[Path]:
    """The PDFs of ``dirs`` in the part ``split`` of the layout bench's split (``pdf_bench.split_of``)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from pdf_bench import split_of

    paths = sorted({p for d in dirs for p in d.glob("*.pdf")}, key=lambda p: (p.name, str(p)))
    parts = split_of(paths)
    return [p for p in paths if split in ("all", parts[p])]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=Path)
    parser.add_argument("--split", choices=("tune", "test", "all"), default="tune")
    parser.add_argument("--summary", action="store_true", help="totals only (use it for the test split)")
    args = parser.parse_args(argv)
    logging.disable(logging.WARNING)
    dirs = args.dirs or [d for d in DEFAULT_DIRS if d.is_dir()]
    if not dirs:
        print("pdf_body_noise: no PDF folder (../shared/data/pdfs absent): nothing measured")
        return 0
    words = plain_words()
    rows = [measure(p, words) for p in pdfs(dirs, args.split)]
    if not args.summary:
        print(f"{'pdf':44} {'paras':>5} " + " ".join(f"{k:>9}" for k in KINDS) + "  examples")
        for r in rows:
            if r.error:
                print(f"{r.pdf[:44]:44} error: {r.error}")
                continue
            ex = "; ".join(f"{k}: {v!r}" for k, v in r.examples.items())
            print(f"{r.pdf[:44]:44} {r.paragraphs:5d} " + " ".join(f"{r.counts[k]:9d}" for k in KINDS) + f"  {ex[:110]}")
    total = sum(r.paragraphs for r in rows)
    errors = sum(1 for r in rows if r.error)
    print(f"split {args.split}: {len(rows)} PDFs ({errors} unreadable), {total} body paragraphs")
    for k in KINDS:
        n = sum(r.counts[k] for r in rows)
        pdf_n = sum(1 for r in rows if r.counts[k])
        share = n / total if total else 0.0
        print(f"  {k:10} {n:5d} paragraphs ({share:6.1%}) in {pdf_n} PDFs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
