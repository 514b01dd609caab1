"""PDF reader benchmark: structure against gold annotations, agreement with other tools, speed.

``python benchmarks/pdf_bench.py [FOLDER] [--annotations DIR] [--split tune|test|all] [--repeat N] [--json]``
(the same as ``mitominer bench-pdf``, a thin wrapper around this module).

For every PDF under FOLDER (default ``../shared/data/pdfs`` and its subfolders,
e.g. ``litqa/``) it ingests the PDF and reports

- against ``annotations/pdf/<file>.json`` where one exists (schema in
  ``annotations/pdf/README.md``): title match, abstract correct (the abstract
  field starts with the gold first words and ends with the gold last words,
  compared on letters and digits only, so whitespace, ligatures and
  hyphenation do not count; a paper without an abstract is correct when ours is
  empty), heading precision / recall / F1 (titles compared without numbers,
  case and punctuation; paired in document order) and the share of paired
  headings with the gold level, tables found (a table with the gold label) and
  shaped (also the gold number of columns and rows);
- the time of ingest (reader + assembler) and its ratio to pdfplumber's bare
  ``page.extract_words()`` over the same pages (best of N interleaved runs);
- references parsed, reference entries split by the reader, DOIs parsed of
  those printed, and, where ``reference-outputs/`` holds GROBID or CERMINE
  output, their reference count and the share of their titles/headings ours
  match.

The split: every PDF's file name, sorted with ``sorted()``; index % 3 == 2 is
the TEST split, the rest TUNE.  Means are printed per split, and per publisher
within a split (publisher from the folder's ``INDEX.tsv``, else the
annotation's ``publisher`` field, else the folder name).
"""

from __future__ import annotations

import argparse
import csv
import difflib
import json
import logging
import re
import sys
import time
import unicodedata
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # this checkout's pipeline, also when run as a script

from pipeline.ingest.unheaded_intro import ADDED_WARNING as INTRO_ADDED, TITLE as INTRO_TITLE  # noqa: E402

log = logging.getLogger(__name__)

DEFAULT_DIR = ROOT.parent / "shared" / "data" / "pdfs"  # ../shared beside the checkout
DEFAULT_ANNOTATIONS = ROOT / "annotations" / "pdf"
PRINTED_DOI_RE = re.compile(r"10\.\s?\d{4,9}\s?/\S+")
SPLITS = ("tune", "test")
_HEADING_NUMBER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2}){0,4}\.?|[IVX]{1,5}\.|[A-H]\.)\s+")
# the gold's first words follow the labels: "Abstract", and a structured abstract's first part label
# ("Background:", "Objectives."), which every structured gold abstract leaves out
_ABSTRACT_LABEL = re.compile(
    r"^(?:abstract|summary)?\b[\s:.\-–—]*(?:(?:background|objectives?|aims?|purpose|context|rationale|introduction)\s*[:.]\s*)?",
    re.IGNORECASE,
)


@dataclass
class PdfFigures:
    pdf: str
    split: str = "tune"
    publisher: str = ""
    pages: int = 0
    headings: int = 0
    references: int = 0
    ref_entries: int = 0  # entries the PDF reader emitted after the References heading
    refs_printed_doi: int = 0  # entries whose raw text prints a DOI
    refs_with_doi: int = 0  # ... of which the parser returned a DOI
    tables: int = 0
    tables_captioned: int = 0
    figures: int = 0
    citations: int = 0
    seconds: float = 0.0
    bare_seconds: float = 0.0
    ratio: float = 0.0
    # against the gold annotation (None: no annotation for this PDF)
    gold: bool = False
    title_ok: bool | None = None
    abstract_ok: bool | None = None
    abstract_why: str = ""
    heading_p: float | None = None
    heading_r: float | None = None
    heading_f1: float | None = None
    level_acc: float | None = None
    gold_headings: int = 0
    gold_tables: int = 0
    tables_found: int = 0
    tables_shaped: int = 0
    missed_gold_headings: list[str] = field(default_factory=list)
    extra_headings: list[str] = field(default_factory=list)
    table_notes: list[str] = field(default_factory=list)
    # other tools
    other_tool: str = ""
    other_references: int | None = None
    ref_title_agreement: float | None = None  # share of their reference titles found in our entries
    other_headings: int | None = None
    heading_agreement: float | None = None  # share of their section headings among ours
    error: str = ""
    missed_titles: list[str] = field(default_factory=list)
    missed_headings: list[str] = field(default_factory=list)


# -- normalisation -------------------------------------------------------------------


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def squeeze(text: str) -> str:
    """Letters and digits only, lower case, ligatures and accents decomposed: hyphenation and spacing vanish."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text.lower() if c.isalnum())


def heading_key(text: str) -> str:
    return squeeze(_HEADING_NUMBER.sub("", text or "").rstrip(":."))


# -- the split and the publisher -----------------------------------------------------


def find_pdfs(folder: Path) -> list[Path]:
    """PDFs in the folder and its direct subfolders (not ``reference-outputs``)."""
    found = list(folder.glob("*.pdf"))
    for sub in sorted(p for p in folder.iterdir() if p.is_dir() and p.name != "reference-outputs"):
        found.extend(sub.glob("*.pdf"))
    return sorted(found, key=lambda p: (p.name, str(p)))


def split_of(paths: list[Path]) -> dict[Path, str]:
    names = sorted(p.name for p in paths)
    index = {n: i for i, n in enumerate(names)}
    return {p: ("test" if index[p.name] % 3 == 2 else "tune") for p in paths}


def publishers(folder: Path) -> dict[str, str]:
    index = folder / "INDEX.tsv"
    if not index.is_file():
        return {}
    with index.open(encoding="utf-8", newline="") as fh:
        return {row["file"]: row.get("publisher", "") for row in csv.DictReader(fh, delimiter="\t")}


def load_annotation(pdf: Path, ann_dirs: list[Path]) -> dict | None:
    """The gold of one PDF: ``<stem>.json`` (or ``<file>.json``) in the first folder that has it."""
    for ann_dir in ann_dirs:
        for name in (f"{pdf.stem}.json", f"{pdf.name}.json"):
            f = ann_dir / name
            if f.is_file():
                return json.loads(f.read_text(encoding="utf-8"))
    return None


# -- scoring against gold --------------------------------------------------------------


def title_matches(ours: str, gold: str) -> bool:
    return bool(squeeze(gold)) and squeeze(ours) == squeeze(gold)


def abstract_verdict(ours: str, gold: dict | None) -> tuple[bool, str]:
    """(correct, why not): the field starts with the first words and ends with the last words."""
    got = squeeze(_ABSTRACT_LABEL.sub("", ours.strip()))
    if not gold:
        return (not got, "" if not got else "abstract where the paper has none")
    first = squeeze(_ABSTRACT_LABEL.sub("", gold.get("first_words", "")))
    last = squeeze(gold.get("last_words", ""))
    if not got:
        return False, "empty"
    if not got.startswith(first):
        inside = first in got
        return False, "starts late (other text before)" if inside else "first words missing"
    if not got.endswith(last):
        inside = last in got
        return False, "runs on (other text after)" if inside else "last words missing"
    return True, ""


def score_headings(ours: list[tuple[str, int]], gold: list[dict]) -> tuple[float, float, float, float | None, list[str], list[str]]:
    """P, R, F1, level accuracy over paired headings, missed gold titles, extra titles of ours."""
    g_keys = [heading_key(h.get("text", "")) for h in gold]
    o_keys = [heading_key(t) for t, _ in ours]
    matcher = difflib.SequenceMatcher(None, o_keys, g_keys, autojunk=False)
    pairs = [(b.a + k, b.b + k) for b in matcher.get_matching_blocks() for k in range(b.size)]
    # headings out of order still count as found (reading order is scored by the pairing only for levels)
    paired_o = {i for i, _ in pairs}
    paired_g = {j for _, j in pairs}
    rest_g: dict[str, list[int]] = defaultdict(list)
    for j, k in enumerate(g_keys):
        if j not in paired_g:
            rest_g[k].append(j)
    for i, k in enumerate(o_keys):
        if i not in paired_o and rest_g.get(k):
            j = rest_g[k].pop(0)
            pairs.append((i, j))
            paired_o.add(i)
            paired_g.add(j)
    hit = len(pairs)
    p = hit / len(o_keys) if o_keys else (1.0 if not g_keys else 0.0)
    r = hit / len(g_keys) if g_keys else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    levels = [ours[i][1] == gold[j].get("level") for i, j in pairs if gold[j].get("level") is not None]
    level_acc = sum(levels) / len(levels) if levels else None
    missed = [gold[j].get("text", "") for j in range(len(gold)) if j not in paired_g]
    extra = [ours[i][0] for i in range(len(ours)) if i not in paired_o]
    return p, r, f1, level_acc, missed, extra


def _label_key(label: str) -> str:
    m = re.search(r"(?i)\btable\s+(S?\d+[A-Za-z]?|[IVX]+)\b", label or "")
    return m.group(1).upper() if m else squeeze(label)


def is_group_row(row: list[str]) -> bool:
    """A spanning group-label row (``Antibodies`` in a key resources table): text in the first cell only."""
    return len(row) >= 2 and bool(row[0].strip()) and not any(c.strip() for c in row[1:])


def table_shaped(table, gold: dict) -> bool:
    """Columns equal, and rows equal as the gold counts them (annotations/pdf/README.md):
    data rows, the header row(s) and spanning group-label rows not included.

    A multi-line header left as several rows is accepted (``rows + header_rows - 1``);
    a table printed without a header row (``header_rows`` 0) has its first data
    row read as the header, so ``rows - 1`` body rows are accepted.
    """
    cols, rows = gold.get("columns"), gold.get("rows")
    if cols is None or rows is None:
        return False
    head = gold.get("header_rows")
    head = 1 if head is None else head
    ours_rows = sum(1 for r in table.rows if not is_group_row(r))
    return len(table.columns) == cols and ours_rows in {rows, rows + max(head, 1) - 1, rows - 1 if head == 0 else rows}


def score_tables(tables, gold: list[dict]) -> tuple[int, int, list[str]]:
    by_label: dict[str, list] = defaultdict(list)
    for t in tables:
        by_label[_label_key(t.label)].append(t)
    found = shaped = 0
    notes = []
    for g in gold:
        cands = by_label.get(_label_key(g.get("label", "")), [])
        if not cands:
            notes.append(f"{g.get('label')}: not found")
            continue
        found += 1
        if any(table_shaped(t, g) for t in cands):
            shaped += 1
        else:
            t = cands[0]
            notes.append(
                f"{g.get('label')}: {len(t.columns)}x{sum(1 for r in t.rows if not is_group_row(r))} vs gold {g.get('columns')}x{g.get('rows')}"
                f"{' (rotated)' if g.get('rotated') else ''}{' ' + str(g.get('ruling')) if g.get('ruling') else ''}"
            )
    return found, shaped, notes


def score_against_gold(fig: PdfFigures, doc, gold: dict) -> None:
    fig.gold = True
    fig.title_ok = title_matches(doc.title, gold.get("title", ""))
    fig.abstract_ok, fig.abstract_why = abstract_verdict(doc.abstract, gold.get("abstract"))
    ours = [(s.title, s.level) for s in doc.sections]
    if INTRO_ADDED in doc.warnings and ours and ours[0][0] == INTRO_TITLE:
        ours = ours[1:]  # the assembler named an unheaded introduction: no heading is printed there
    gold_heads = gold.get("headings") or []
    p, r, f1, lv, missed, extra = score_headings(ours, gold_heads)
    fig.heading_p, fig.heading_r, fig.heading_f1, fig.level_acc = round(p, 3), round(r, 3), round(f1, 3), (
        round(lv, 3) if lv is not None else None
    )
    fig.gold_headings = len(gold_heads)
    fig.missed_gold_headings, fig.extra_headings = missed, extra
    gold_tables = gold.get("tables") or []
    fig.gold_tables = len(gold_tables)
    fig.tables_found, fig.tables_shaped, fig.table_notes = score_tables(doc.tables, gold_tables)


# -- other tools ------------------------------------------------------------------------


def bare_extract_seconds(path: Path) -> tuple[float, int]:
    """pdfplumber's ``extract_words()`` over all pages: the speed yardstick."""
    import pdfplumber

    start = time.perf_counter()
    with pdfplumber.open(path) as pdf:
        n = len(pdf.pages)
        for page in pdf.pages:
            page.extract_words()
    return time.perf_counter() - start, n


def other_tool_output(pdf: Path, ref_dir: Path) -> tuple[str, list[str], list[str]] | None:
    """(tool, reference titles, section headings) from another tool's output for this PDF, if any."""
    if not ref_dir.is_dir():
        return None
    stem = pdf.stem
    for f in sorted(ref_dir.iterdir()):
        if not (f.name.startswith(stem) or stem in f.name):
            continue
        if f.name.endswith(".tei.xml"):
            return ("GROBID", *_tei(f))
        if f.name.endswith("-content.xml"):
            return ("CERMINE", *_nlm(f))
    return None


def _tei(path: Path) -> tuple[list[str], list[str]]:
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    root = ET.parse(path).getroot()
    titles = []
    for bib in root.iterfind(".//t:listBibl/t:biblStruct", ns):
        t = bib.find(".//t:analytic/t:title", ns)
        if t is None:
            t = bib.find(".//t:monogr/t:title", ns)
        titles.append("".join(t.itertext()) if t is not None else "")
    heads = ["".join(h.itertext()) for h in root.iterfind(".//t:body//t:div/t:head", ns)]
    return titles, heads


def _nlm(path: Path) -> tuple[list[str], list[str]]:
    root = ET.parse(path).getroot()
    titles = []
    for ref in root.iter("ref"):
        t = ref.find(".//article-title")
        titles.append("".join(t.itertext()) if t is not None else "")
    heads = ["".join(t.itertext()) for sec in root.iter("sec") for t in sec.findall("title")]
    return titles, heads


def _agreement(theirs: list[str], ours_text: str) -> tuple[float | None, list[str]]:
    wanted = [_norm(t) for t in theirs if len(_norm(t)) >= 8]
    if not wanted:
        return None, []
    missed = [t for t in wanted if t not in ours_text]
    return round(1 - len(missed) / len(wanted), 3), missed


# -- one PDF ------------------------------------------------------------------------------


def bench_one(path: Path, ref_dir: Path, repeat: int = 1, gold: dict | None = None, timing: bool = True) -> PdfFigures:
    from pipeline.document import Source
    from pipeline.errors import InputError
    from pipeline.ingest.assemble import blocks_to_document
    from pipeline.ingest.pdf import pdf_to_blocks

    fig = PdfFigures(pdf=path.name)
    bare, ours = [], []
    source = Source(path=str(path), format="pdf", sha256="0" * 64)
    blocks = doc = None
    for _ in range(max(repeat, 1)):  # interleaved, best of N: other processes share the machine
        if timing:
            seconds, fig.pages = bare_extract_seconds(path)
            bare.append(seconds)
        start = time.perf_counter()
        try:
            blocks = pdf_to_blocks(path)
            doc = blocks_to_document(blocks, source, str(path))
        except InputError as exc:
            fig.error = exc.reason
            return fig
        ours.append(time.perf_counter() - start)
    fig.seconds = min(ours)
    fig.bare_seconds = min(bare) if bare else 0.0
    fig.ratio = round(fig.seconds / fig.bare_seconds, 2) if fig.bare_seconds else 0.0
    fig.ref_entries = reference_entries(blocks)
    fig.pages = fig.pages or max((b.page or 0 for b in blocks), default=0)
    fig.headings = len(doc.sections)
    fig.references = len(doc.references)
    fig.refs_printed_doi = sum(1 for r in doc.references if PRINTED_DOI_RE.search(r.raw))
    fig.refs_with_doi = sum(1 for r in doc.references if r.doi and PRINTED_DOI_RE.search(r.raw))
    fig.tables = len(doc.tables)
    fig.tables_captioned = sum(1 for t in doc.tables if t.caption)
    fig.figures = len(doc.figures)
    fig.citations = len(doc.citations)
    if gold is not None:
        score_against_gold(fig, doc, gold)
    other = other_tool_output(path, ref_dir)
    if other:
        fig.other_tool, titles, heads = other
        fig.other_references = len(titles)
        refs_text = " | ".join(_norm(r.raw) for r in doc.references)
        fig.ref_title_agreement, fig.missed_titles = _agreement(titles, refs_text)
        fig.other_headings = len(heads)
        ours_heads = " | ".join(_norm(f"{s.number} {s.title}") + " | " + _norm(s.title) for s in doc.sections)
        fig.heading_agreement, fig.missed_headings = _agreement(heads, ours_heads)
    return fig


def reference_entries(blocks) -> int:
    """TEXT blocks under References headings: the entries the reader split."""
    from pipeline.ingest.blocks import HEADING, TEXT
    from pipeline.ingest.pdf.headings import REFERENCES_RE

    n, inside = 0, False
    for b in blocks:
        if b.kind == HEADING:
            inside = bool(REFERENCES_RE.match(b.text))
        elif b.kind == TEXT and inside:
            n += 1
    return n


def bench_folder(
    folder: Path,
    repeat: int = 1,
    *,
    annotations: Path | list[Path] = DEFAULT_ANNOTATIONS,
    split: str = "all",
    only: str = "",
    timing: bool = True,
    annotated_only: bool = False,
) -> list[PdfFigures]:
    ann_dirs = [Path(annotations)] if isinstance(annotations, (str, Path)) else [Path(a) for a in annotations]
    paths = find_pdfs(folder)
    splits = split_of(paths)
    rows = []
    for p in paths:
        if split != "all" and splits[p] != split:
            continue  # the other split is never opened
        if only and only not in p.name:
            continue
        gold = load_annotation(p, ann_dirs)
        if annotated_only and gold is None:
            continue
        f = bench_one(p, folder / "reference-outputs", repeat, gold, timing)
        f.split = splits[p]
        f.publisher = publishers(p.parent).get(p.name) or (gold or {}).get("publisher") or p.parent.name
        rows.append(f)
    return rows


# -- printing ----------------------------------------------------------------------------------


def _mean(values) -> float | None:
    values = [float(v) for v in values if v is not None]
    return sum(values) / len(values) if values else None


def _fmt(v, width: int = 5, pct: bool = False) -> str:
    if v is None:
        return f"{'-':>{width}}"
    if isinstance(v, bool):
        return f"{'yes' if v else 'NO':>{width}}"
    return f"{v * 100:>{width - 1}.0f}%" if pct else f"{v:>{width}.2f}"


def summary(rows: list[PdfFigures]) -> dict:
    scored = [f for f in rows if f.gold and not f.error]
    gold_tables = sum(f.gold_tables for f in scored)
    bare = sum(f.bare_seconds for f in rows if not f.error)
    secs = sum(f.seconds for f in rows if not f.error)
    return {
        "pdfs": len(rows),
        "annotated": len(scored),
        "errors": sum(1 for f in rows if f.error),
        "title": _mean(f.title_ok for f in scored),
        "abstract": _mean(f.abstract_ok for f in scored),
        "heading_p": _mean(f.heading_p for f in scored),
        "heading_r": _mean(f.heading_r for f in scored),
        "heading_f1": _mean(f.heading_f1 for f in scored),
        "level_acc": _mean(f.level_acc for f in scored),
        "gold_tables": gold_tables,
        "tables_found": (sum(f.tables_found for f in scored) / gold_tables) if gold_tables else None,
        "tables_shaped": (sum(f.tables_shaped for f in scored) / gold_tables) if gold_tables else None,
        "seconds": round(secs, 2),
        "bare_seconds": round(bare, 2),
        "ratio": round(secs / bare, 2) if bare else None,
    }


def _summary_line(name: str, s: dict) -> str:
    return (
        f"{name[:34]:<34} {s['annotated']:>2}/{s['pdfs']:<2} title {_fmt(s['title'], 4, True)}  abstract {_fmt(s['abstract'], 4, True)}  "
        f"headings P {_fmt(s['heading_p'], 4)} R {_fmt(s['heading_r'], 4)} F1 {_fmt(s['heading_f1'], 4)} level {_fmt(s['level_acc'], 4)}  "
        f"tables found {_fmt(s['tables_found'], 4, True)} shaped {_fmt(s['tables_shaped'], 4, True)} of {s['gold_tables']:<3} "
        f"ratio {_fmt(s['ratio'], 4)}"
    )


def figures_to_table(rows: list[PdfFigures], verbose: bool = False) -> str:
    head = (
        f"{'pdf':<28} {'spl':<4} {'pg':>3} {'title':>5} {'abstr':>5} {'hP':>5} {'hR':>5} {'hF1':>5} {'lvl':>5} "
        f"{'tab':>7} {'refs':>4} {'ent':>4} {'doi':>7} {'sec':>6} {'ratio':>5}  notes"
    )
    out = [head]
    for f in rows:
        if f.error:
            out.append(f"{f.pdf[:28]:<28} {f.split:<4} error: {f.error}")
            continue
        notes = []
        if f.gold and not f.abstract_ok:
            notes.append(f"abstract {f.abstract_why}")
        if f.other_tool:
            notes.append(
                f"{f.other_tool}: refs {f.references}/{f.other_references}, titles {f.ref_title_agreement}, "
                f"headings {f.heading_agreement} of {f.other_headings}"
            )
        tab = f"{f.tables_shaped}/{f.tables_found}/{f.gold_tables}" if f.gold else f"-/{f.tables}"
        out.append(
            f"{f.pdf[:28]:<28} {f.split:<4} {f.pages:>3} {_fmt(f.title_ok)} {_fmt(f.abstract_ok)} {_fmt(f.heading_p)} "
            f"{_fmt(f.heading_r)} {_fmt(f.heading_f1)} {_fmt(f.level_acc)} {tab:>7} {f.references:>4} {f.ref_entries:>4} "
            f"{f.refs_with_doi:>3}/{f.refs_printed_doi:<3} {f.seconds:>6.2f} {f.ratio:>5.2f}  {'; '.join(notes)}"
        )
        if verbose and f.gold:
            if f.missed_gold_headings:
                out.append(f"    missed headings: {f.missed_gold_headings}")
            if f.extra_headings:
                out.append(f"    extra headings:  {f.extra_headings}")
            for n in f.table_notes:
                out.append(f"    table {n}")
    out.append("(tab = shaped/found/gold tables; title, abstract, headings and tables need annotations/pdf/<file>.json)")
    for split in SPLITS:
        part = [f for f in rows if f.split == split]
        if not part:
            continue
        out.append("")
        out.append(f"== {split.upper()} split: mean per PDF (tables: share of gold tables) ==")
        out.append(_summary_line(f"all {split}", summary(part)))
        by_pub: dict[str, list[PdfFigures]] = defaultdict(list)
        for f in part:
            by_pub[f.publisher].append(f)
        for pub in sorted(by_pub):
            out.append(_summary_line(pub, summary(by_pub[pub])))
    total = sum(f.seconds for f in rows)
    bare = sum(f.bare_seconds for f in rows if not f.error)
    printed = sum(f.refs_printed_doi for f in rows)
    with_doi = sum(f.refs_with_doi for f in rows)
    out.append("")
    out.append(
        f"total: {total:.2f} s vs bare extract_words {bare:.2f} s (ratio {total / bare if bare else 0:.2f}); "
        f"DOIs parsed {with_doi}/{printed} of printed"
    )
    return "\n".join(out)


def run_bench(
    folder: Path = DEFAULT_DIR,
    *,
    repeat: int = 1,
    as_json: bool = False,
    annotations: Path | list[Path] = DEFAULT_ANNOTATIONS,
    split: str = "all",
    only: str = "",
    timing: bool = True,
    verbose: bool = False,
    annotated_only: bool = False,
) -> str:
    """Benchmark every PDF under ``folder``; the printable report (a table, or JSON)."""
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    rows = bench_folder(Path(folder), repeat, annotations=annotations, split=split, only=only, timing=timing,
                        annotated_only=annotated_only)
    if as_json:
        return json.dumps(
            {"pdfs": [asdict(r) for r in rows], "summary": {s: summary([r for r in rows if r.split == s]) for s in SPLITS}},
            indent=2,
        )
    return figures_to_table(rows, verbose)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--annotations", type=Path, action="append", help="folder of <file>.json gold (repeatable)")
    parser.add_argument("--split", choices=("tune", "test", "all"), default="all")
    parser.add_argument("--only", default="", help="only PDFs whose name contains this")
    parser.add_argument("--repeat", type=int, default=1, help="best of N interleaved runs")
    parser.add_argument("--no-timing", action="store_true", help="skip the bare extract_words yardstick")
    parser.add_argument("--verbose", "-v", action="store_true", help="missed/extra headings, table shapes")
    parser.add_argument("--annotated-only", action="store_true", help="only PDFs with a gold annotation")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        print(f"pdf_bench: {args.folder}: no such folder", file=sys.stderr)
        return 1
    print(
        run_bench(
            args.folder, repeat=args.repeat, as_json=args.json, annotations=args.annotations or [DEFAULT_ANNOTATIONS], split=args.split,
            only=args.only, timing=not args.no_timing, verbose=args.verbose, annotated_only=args.annotated_only,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
