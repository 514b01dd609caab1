"""The PDF reader on synthetic journal-style PDFs (scripts/make_synthetic_pdfs.py) against their exact gold.

``python benchmarks/pdf_synthetic.py DIR [--generate N] [--seed S] [--family 1|2|3|4|5|6|7] [--split tune|test|all] [-v]``

DIR holds ``synth_NNN.pdf`` + ``synth_NNN.json`` (``--generate N`` writes the first N documents there
first). The split is the gold's ``split`` field: document number % 3 == 0 is TEST (also
``mitominer bench-pdf``'s sorted-index rule for these names). For each PDF the reader runs as
``mitominer ingest`` does (``pdf_to_blocks`` + ``blocks_to_document``) and is scored with the same code
as ``mitominer bench-pdf`` (benchmarks/pdf_bench.py: title, abstract, heading P/R/F1 and level, tables
found and shaped), plus what the synthetic gold knows exactly:

- references: entry count equal to the gold (``ref count``), and the share of the reader's entries
  cited at least once (every gold entry is cited, so the gold share is 100 %);
- leaks: a running header/footer or licence string, text drawn inside a figure, a figure caption
  start or a table footnote found inside a body paragraph or a heading (letters and digits compared).

The TEST split prints its summary line only (no per-PDF rows, no per-class table); ``-v`` prints the
tune PDFs one per line. The per-class table (tune only) counts, for every drawn layout class, the
documents that fail each measure, so the failing classes can be fixed next.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
import unicodedata
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for p in (ROOT, ROOT / "benchmarks", ROOT / "scripts"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

from pdf_bench import PdfFigures, score_against_gold, squeeze  # noqa: E402

MEASURES = ("title", "abstract", "headings", "level", "tables", "refcount", "cited", "furniture", "figtext", "caption", "footnote")


def ingest(pdf: Path):
    from pipeline.document import Source
    from pipeline.ingest.assemble import blocks_to_document
    from pipeline.ingest.pdf import pdf_to_blocks

    return blocks_to_document(pdf_to_blocks(pdf), Source(path=str(pdf), format="pdf", sha256="0" * 64), str(pdf))


def _words(text: str) -> str:
    return " " + " ".join(re.findall(r"[a-z0-9]+", unicodedata.normalize("NFKD", text).lower())) + " "


def _leaks(needles: list[str], texts: list[str]) -> int:
    """Needles found in the texts: squeezed (hyphenation and spacing ignored) when 20+ letters long,
    else as whole words (an axis title ``Condition`` is not inside ``conditions``)."""
    squeezed = [squeeze(t) for t in texts]
    worded = [_words(t) for t in texts]
    n = 0
    for needle in needles:
        key = squeeze(needle)
        if len(key) >= 20:
            n += any(key in h for h in squeezed)
        elif len(key) >= 6:
            w = _words(needle)
            n += any(w in h for h in worded)
    return n


def score_one(pdf: Path, gold: dict) -> dict:
    """Every measure of one PDF (``fails``: the measures it fails)."""
    row = {"pdf": pdf.name, "split": gold["split"], "classes": gold.get("classes", {}), "error": ""}
    try:
        doc = ingest(pdf)
    except Exception as exc:  # a bad PDF is a result here, never a stopped benchmark
        row["error"] = f"{type(exc).__name__}: {exc}"
        row["fails"] = list(MEASURES)
        return row
    fig = PdfFigures(pdf=pdf.name)
    score_against_gold(fig, doc, gold)
    refs = doc.references
    cited = {n for c in doc.citations for n in c.numbers if 1 <= n <= len(refs)}
    paragraphs = [p.text for s in doc.sections for p in s.paragraphs]
    heads = [s.title for s in doc.sections]
    gold_refs = gold["references"]["count"]
    row.update(
        title=fig.title_ok, abstract=fig.abstract_ok, abstract_why=fig.abstract_why, heading_p=fig.heading_p, heading_r=fig.heading_r,
        heading_f1=fig.heading_f1, level_acc=fig.level_acc, gold_tables=fig.gold_tables, tables_found=fig.tables_found,
        tables_shaped=fig.tables_shaped, refs=len(refs), gold_refs=gold_refs, cited_share=(len(cited) / len(refs)) if refs else 0.0,
        furniture=_leaks(gold.get("furniture", []), paragraphs + heads + [doc.abstract]),
        figtext=_leaks(gold.get("figure_text", []), paragraphs + heads),
        caption=_leaks(gold.get("figure_captions", []), paragraphs),
        footnote=_leaks(gold.get("table_footnotes", []), paragraphs),
        missed=fig.missed_gold_headings, extra=fig.extra_headings, table_notes=fig.table_notes,
    )
    failed_labels = {n.split(":")[0] for n in fig.table_notes}
    row["table_rows"] = [
        {"ruling": t.get("ruling"), "label_style": t.get("label_style", ""), "columns_class": gold.get("classes", {}).get("columns", ""),
         "found": not any(n.startswith(f"{t['label']}: not found") for n in fig.table_notes), "shaped": t["label"] not in failed_labels}
        for t in gold.get("tables") or []
    ]
    fails = []
    if not fig.title_ok:
        fails.append("title")
    if not fig.abstract_ok:
        fails.append("abstract")
    if (fig.heading_f1 or 0) < 0.9:
        fails.append("headings")
    if fig.level_acc is not None and fig.level_acc < 1.0:
        fails.append("level")
    if fig.tables_shaped < fig.gold_tables:
        fails.append("tables")
    if abs(len(refs) - gold_refs) > 0.02 * gold_refs:
        fails.append("refcount")
    if row["cited_share"] < 0.9:
        fails.append("cited")
    fails += [m for m in ("furniture", "figtext", "caption", "footnote") if row[m]]
    row["fails"] = fails
    return row


def _mean(values) -> float | None:
    values = [float(v) for v in values if v is not None]
    return sum(values) / len(values) if values else None


def summary(rows: list[dict]) -> dict:
    ok = [r for r in rows if not r["error"]]
    gold_tables = sum(r["gold_tables"] for r in ok)
    return {
        "pdfs": len(rows), "errors": len(rows) - len(ok),
        "title": _mean(r["title"] for r in ok), "abstract": _mean(r["abstract"] for r in ok),
        "heading_p": _mean(r["heading_p"] for r in ok), "heading_r": _mean(r["heading_r"] for r in ok),
        "heading_f1": _mean(r["heading_f1"] for r in ok), "level_acc": _mean(r["level_acc"] for r in ok),
        "gold_tables": gold_tables,
        "tables_found": sum(r["tables_found"] for r in ok) / gold_tables if gold_tables else None,
        "tables_shaped": sum(r["tables_shaped"] for r in ok) / gold_tables if gold_tables else None,
        "refcount": _mean(not {"refcount"} & set(r["fails"]) for r in ok),
        "cited": _mean(r["cited_share"] for r in ok),
        "leak_docs": sum(1 for r in ok if any(r[m] for m in ("furniture", "figtext", "caption", "footnote"))),
    }


def _pct(v) -> str:
    return "   -" if v is None else f"{v * 100:3.0f}%"


def summary_line(name: str, s: dict) -> str:
    return (
        f"{name:<6} {s['pdfs']:>3} PDFs ({s['errors']} errors)  title {_pct(s['title'])}  abstract {_pct(s['abstract'])}  "
        f"headings P {s['heading_p'] or 0:.2f} R {s['heading_r'] or 0:.2f} F1 {s['heading_f1'] or 0:.2f} level {s['level_acc'] or 0:.2f}  "
        f"tables found {_pct(s['tables_found'])} shaped {_pct(s['tables_shaped'])} of {s['gold_tables']}  "
        f"ref count {_pct(s['refcount'])}  cited {_pct(s['cited'])}  docs with leaks {s['leak_docs']}"
    )


def class_values(classes: dict) -> list[str]:
    out = []
    for axis, value in sorted(classes.items()):
        for v in value if isinstance(value, list) else [value]:
            out.append(f"{axis}={v}")
    return out


def class_table(rows: list[dict]) -> str:
    """Per drawn class value: documents, and how many of them fail each measure."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for r in rows:
        for cv in class_values(r["classes"]):
            counts[cv]["n"] += 1
            for m in r["fails"]:
                counts[cv][m] += 1
    head = f"{'class (tune)':<38} {'n':>3} " + " ".join(f"{m[:8]:>8}" for m in MEASURES)
    out = [head]
    for cv in sorted(counts):
        c = counts[cv]
        out.append(f"{cv:<38} {c['n']:>3} " + " ".join(f"{c[m] or '.':>8}" for m in MEASURES))
    return "\n".join(out)


def table_class_table(rows: list[dict]) -> str:
    """Per table class (ruling, label style, page columns): gold tables, found, shaped."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for r in rows:
        for t in r.get("table_rows", []):
            for key in (f"ruling={t['ruling']}", f"label={t['label_style']}", f"columns={t['columns_class']}"):
                c = counts[key]
                c[0] += 1
                c[1] += t["found"]
                c[2] += t["shaped"]
    out = [f"{'table class (tune)':<38} {'tables':>6} {'found':>6} {'shaped':>6}"]
    out += [f"{k:<38} {v[0]:>6} {v[1]:>6} {v[2]:>6}" for k, v in sorted(counts.items())]
    return "\n".join(out)


def row_line(r: dict) -> str:
    if r["error"]:
        return f"{r['pdf']:<15} error: {r['error']}"
    return (
        f"{r['pdf']:<15} title {'ok' if r['title'] else 'NO':<2} abstract {'ok' if r['abstract'] else 'NO ' + r['abstract_why']:<20} "
        f"hF1 {r['heading_f1']:.2f} lvl {r['level_acc'] if r['level_acc'] is not None else '-'} tables {r['tables_shaped']}/{r['tables_found']}/{r['gold_tables']} "
        f"refs {r['refs']}/{r['gold_refs']} cited {r['cited_share']:.2f} leaks f{r['furniture']} x{r['figtext']} c{r['caption']} n{r['footnote']}"
    )


def run(folder: Path, split: str = "all", verbose: bool = False) -> tuple[str, list[dict]]:
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    rows = []
    start = time.process_time()
    for pdf in sorted(folder.glob("synth_*.pdf")):
        gold_path = pdf.with_suffix(".json")
        if not gold_path.is_file():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if split != "all" and gold["split"] != split:
            continue  # the other split is never opened
        rows.append(score_one(pdf, gold))
    cpu = time.process_time() - start
    out = []
    tune = [r for r in rows if r["split"] == "tune"]
    if verbose:
        for r in tune:
            out.append(row_line(r))
            if r.get("missed") or r.get("extra"):
                out.append(f"    missed {r['missed']}  extra {r['extra']}")
            for n in r.get("table_notes") or []:
                out.append(f"    table {n}")
    for name in ("tune", "test"):
        part = [r for r in rows if r["split"] == name]
        if part:
            out.append(summary_line(name, summary(part)))
    if tune:
        out.append("")
        out.append(class_table(tune))
        out.append("")
        out.append(table_class_table(tune))
    out.append(f"(CPU {cpu:.1f} s for {len(rows)} PDFs)")
    return "\n".join(out), rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--generate", type=int, default=0, help="first write N documents into the folder")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--family", type=int, choices=(1, 2, 3, 4, 5, 6, 7), default=1, help="with --generate: the generator's class family")
    ap.add_argument("--split", choices=("tune", "test", "all"), default="all")
    ap.add_argument("-v", "--verbose", action="store_true", help="one line per tune PDF (test PDFs are never listed)")
    args = ap.parse_args(argv)
    if args.generate:
        from make_synthetic_pdfs import generate

        generate(args.folder, args.generate, args.seed, family=args.family)
    if not args.folder.is_dir():
        print(f"pdf_synthetic: {args.folder}: no such folder (use --generate N)", file=sys.stderr)
        return 1
    text, _ = run(args.folder, args.split, args.verbose)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
