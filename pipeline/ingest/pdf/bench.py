"""Benchmark the PDF reader on real journal PDFs: structure found, agreement with other tools, speed.

For every PDF in a folder (default ``../shared/data/pdfs``) prints headings found,
references parsed, DOIs found, tables found, the time of ``ingest`` and its ratio
to pdfplumber's bare ``page.extract_words()`` over all pages.  Where
``reference-outputs/`` holds another tool's output for the PDF (GROBID TEI,
CERMINE NLM, S2ORC JSON), it also reports the agreement: their reference count,
the share of their reference titles and section headings that ours match.

Run: ``mitominer bench-pdf [FOLDER] [--repeat N] [--json]`` or ``python benchmarks/pdf_bench.py``.
Times are the best of N interleaved runs (the machine may be shared).
"""

from __future__ import annotations

import json
import logging
import re
import time
import xml.etree.ElementTree as ET
from dataclasses import asdict, dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

DEFAULT_DIR = Path(__file__).resolve().parents[4] / "shared" / "data" / "pdfs"  # ../shared beside the checkout
PRINTED_DOI_RE = re.compile(r"10\.\s?\d{4,9}\s?/\S+")


@dataclass
class PdfFigures:
    pdf: str
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
    other_tool: str = ""
    other_references: int | None = None
    ref_title_agreement: float | None = None  # share of their reference titles found in our entries
    other_headings: int | None = None
    heading_agreement: float | None = None  # share of their section headings among ours
    error: str = ""
    missed_titles: list[str] = field(default_factory=list)
    missed_headings: list[str] = field(default_factory=list)


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


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


def bench_one(path: Path, ref_dir: Path, repeat: int = 1) -> PdfFigures:
    from pipeline.errors import InputError
    from pipeline.ingest import ingest_path

    from pipeline.ingest.pdf import pdf_to_blocks

    fig = PdfFigures(pdf=path.name)
    bare, ours = [], []
    for _ in range(max(repeat, 1)):  # interleaved, best of N: other processes share the machine
        seconds, fig.pages = bare_extract_seconds(path)
        bare.append(seconds)
        start = time.perf_counter()
        try:
            doc = ingest_path(path)
        except InputError as exc:
            fig.error = exc.reason
            return fig
        ours.append(time.perf_counter() - start)
    fig.bare_seconds, fig.seconds = min(bare), min(ours)
    fig.ref_entries = reference_entries(pdf_to_blocks(path))
    fig.ratio = round(fig.seconds / fig.bare_seconds, 2) if fig.bare_seconds else 0.0
    fig.headings = len(doc.sections)
    fig.references = len(doc.references)
    fig.refs_printed_doi = sum(1 for r in doc.references if PRINTED_DOI_RE.search(r.raw))
    fig.refs_with_doi = sum(1 for r in doc.references if r.doi and PRINTED_DOI_RE.search(r.raw))
    fig.tables = len(doc.tables)
    fig.tables_captioned = sum(1 for t in doc.tables if t.caption)
    fig.figures = len(doc.figures)
    fig.citations = len(doc.citations)
    other = other_tool_output(path, ref_dir)
    if other:
        fig.other_tool, titles, heads = other
        fig.other_references = len(titles)
        refs_text = " | ".join(_norm(r.raw) for r in doc.references)
        fig.ref_title_agreement, fig.missed_titles = _agreement(titles, refs_text)
        fig.other_headings = len(heads)
        ours = " | ".join(_norm(f"{s.number} {s.title}") + " | " + _norm(s.title) for s in doc.sections)
        fig.heading_agreement, fig.missed_headings = _agreement(heads, ours)
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


def bench_folder(folder: Path, repeat: int = 1) -> list[PdfFigures]:
    ref_dir = folder / "reference-outputs"
    return [bench_one(p, ref_dir, repeat) for p in sorted(folder.glob("*.pdf"))]


def figures_to_table(rows: list[PdfFigures]) -> str:
    head = f"{'pdf':<26} {'pg':>3} {'head':>4} {'refs':>4} {'ent':>4} {'doi':>7} {'tab':>5} {'fig':>3} {'cit':>4} {'sec':>6} {'ratio':>5}  other-tool agreement"
    out = [head]
    for f in rows:
        if f.error:
            out.append(f"{f.pdf[:26]:<26} error: {f.error}")
            continue
        agree = ""
        if f.other_tool:
            agree = (
                f"{f.other_tool}: refs {f.references}/{f.other_references}, titles {f.ref_title_agreement}, "
                f"headings {f.heading_agreement} of {f.other_headings}"
            )
        out.append(
            f"{f.pdf[:26]:<26} {f.pages:>3} {f.headings:>4} {f.references:>4} {f.ref_entries:>4} {f.refs_with_doi:>3}/{f.refs_printed_doi:<3} "
            f"{f.tables_captioned:>2}/{f.tables:<2} {f.figures:>3} {f.citations:>4} {f.seconds:>6.2f} {f.ratio:>5.2f}  {agree}"
        )
    total = sum(f.seconds for f in rows)
    bare = sum(f.bare_seconds for f in rows if not f.error)
    printed = sum(f.refs_printed_doi for f in rows)
    with_doi = sum(f.refs_with_doi for f in rows)
    out.append(
        f"total: {total:.2f} s vs bare extract_words {bare:.2f} s (ratio {total / bare if bare else 0:.2f}); "
        f"DOIs parsed {with_doi}/{printed} of printed"
    )
    return "\n".join(out)


def run_bench(folder: Path = DEFAULT_DIR, *, repeat: int = 1, as_json: bool = False) -> str:
    """Benchmark every PDF in ``folder``; the printable report (a table, or JSON)."""
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    rows = bench_folder(Path(folder), repeat)
    return json.dumps([asdict(r) for r in rows], indent=2) if as_json else figures_to_table(rows)
