"""Before/after: ingest every PDF of some folders with two PDF engines and report every field that differs.

    python scripts/compare_pdf_documents.py corpus/fixtures ../shared/data/pdfs ../shared/data/pdfs/litqa \
        [--old pdfplumber] [--new pdfium] [--cache DIR] [--context 60] [--json OUT]

For each PDF both documents are built by ``ingest_path`` (the engine chosen by
``MITOMINER_PDF_ENGINE``) and compared field by field: title, abstract,
keywords, section headings (number, title, level), paragraph texts (in document
order, with their section), tables (label, caption, header, cells), figure
captions, references (raw text and parsed authors, year, title, journal, DOI)
and citation markers (text, numbers, section, paragraph, offsets).  Every
difference is printed with the words around it; the last table counts them per
PDF and field.  ``--cache`` keeps the old engine's documents (by file hash), so
a rerun only re-ingests with the new engine.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.errors import InputError  # noqa: E402
from pipeline.ingest import ingest_path  # noqa: E402
from pipeline.ingest.pdf.reader import ENGINE_ENV  # noqa: E402

FIELDS = ("title", "abstract", "keywords", "headings", "paragraphs", "tables", "figures", "references", "citations")


def ingest_with(path: Path, engine: str) -> tuple[dict | None, str, float]:
    """(document dict or None, error reason, CPU seconds) with the given engine."""
    before = os.environ.get(ENGINE_ENV)
    os.environ[ENGINE_ENV] = engine
    start = time.process_time()
    try:
        doc = ingest_path(path).to_dict()
        return doc, "", time.process_time() - start
    except InputError as exc:
        return None, exc.reason, time.process_time() - start
    finally:
        if before is None:
            os.environ.pop(ENGINE_ENV, None)
        else:
            os.environ[ENGINE_ENV] = before


def views(doc: dict) -> dict[str, list[str]]:
    """Each compared field as a list of printable items (order matters)."""
    heads, paras = [], []
    for s in doc["sections"]:
        key = s["number"] or s["title"]
        heads.append(f"{s['number']} {s['title']} (level {s['level']}, {s['kind']})".strip())
        paras.extend(f"[{key}] {p['text']}" for p in s["paragraphs"])
    tables = []
    for t in doc["tables"]:
        tables.append(f"{t['label']} | caption: {t['caption']}")
        tables.append(f"{t['label']} | header: " + " ‖ ".join(t["columns"]))
        tables.extend(f"{t['label']} | row {i}: " + " ‖ ".join(r) for i, r in enumerate(t["rows"]))
    refs = []
    for r in doc["references"]:
        refs.append(f"[{r['number']}] raw: {r['raw']}")
        refs.append(
            f"[{r['number']}] parsed: authors={len(r['authors'])} {'; '.join(r['authors'][:3])} | year={r['year']} | "
            f"title={r['title']} | journal={r['journal']} | doi={r['doi']}"
        )
    cites = [
        f"{c['text']} -> {c['numbers']} in {c['section']} para {c['paragraph']} at {c['start']}-{c['end']}"
        + (f" row {c['row']} col {c['column']}" if c["row"] >= 0 else "")
        for c in doc["citations"]
    ]
    return {
        "title": [doc["title"]],
        "abstract": [doc["abstract"]],
        "keywords": ["; ".join(doc["keywords"])],
        "headings": heads,
        "paragraphs": paras,
        "tables": tables,
        "figures": [f"{f['label']}: {f['caption']}" for f in doc["figures"]],
        "references": refs,
        "citations": cites,
    }


def word_diff(a: str, b: str, context: int) -> str:
    """The changed words of two strings, each change with a few words around it."""
    wa, wb = a.split(), b.split()
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        n = max(1, context // 8)
        left = " ".join(wa[max(0, i1 - n) : i1])
        out.append(f"…{left} [{' '.join(wa[i1:i2])} → {' '.join(wb[j1:j2])}] {' '.join(wa[i2 : i2 + n])}…")
    return " | ".join(out) if out else "(white space only)"


def compare_field(old: list[str], new: list[str], context: int) -> list[str]:
    """Printable differences between two item lists (lines of the report)."""
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        if op == "replace" and i2 - i1 == j2 - j1:
            out.extend(f"    ~ {word_diff(a, b, context)}" for a, b in zip(old[i1:i2], new[j1:j2]))
            continue
        out.extend(f"    - {_short(x, context)}" for x in old[i1:i2])
        out.extend(f"    + {_short(x, context)}" for x in new[j1:j2])
    return out


def _short(text: str, context: int) -> str:
    return text if len(text) <= 4 * context else text[: 2 * context] + " … " + text[-2 * context :]


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def compare_one(path: Path, old_engine: str, new_engine: str, cache: Path | None, context: int) -> dict:
    cached = cache / f"{path.stem}.{file_hash(path)}.{old_engine}.json" if cache else None
    if cached is not None and cached.exists():
        data = json.loads(cached.read_text())
        old, old_err, old_s = data["doc"], data["error"], data["seconds"]
    else:
        old, old_err, old_s = ingest_with(path, old_engine)
        if cached is not None:
            cached.parent.mkdir(parents=True, exist_ok=True)
            cached.write_text(json.dumps({"doc": old, "error": old_err, "seconds": old_s}))
    new, new_err, new_s = ingest_with(path, new_engine)
    result = {"pdf": str(path), "old_seconds": old_s, "new_seconds": new_s, "old_error": old_err, "new_error": new_err, "diffs": {}}
    if old is None or new is None:
        if old_err != new_err:
            result["diffs"]["error"] = [f"    - {old_err or 'ok'}", f"    + {new_err or 'ok'}"]
        return result
    vo, vn = views(old), views(new)
    for f in FIELDS:
        lines = compare_field(vo[f], vn[f], context)
        if lines:
            result["diffs"][f] = lines
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="+", type=Path, help="folders of PDFs (or PDF files)")
    ap.add_argument("--old", default="pdfplumber", help="the engine before (default pdfplumber)")
    ap.add_argument("--new", default="pdfium", help="the engine after (default pdfium)")
    ap.add_argument("--cache", type=Path, help="keep the old engine's documents here between runs")
    ap.add_argument("--context", type=int, default=60, help="characters of context per difference")
    ap.add_argument("--json", type=Path, help="also write every result as JSON here")
    args = ap.parse_args(argv)
    import logging

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    pdfs: list[Path] = []
    for f in args.folders:
        pdfs.extend(sorted(f.glob("*.pdf")) if f.is_dir() else [f])
    results = []
    for path in pdfs:
        r = compare_one(path, args.old, args.new, args.cache, args.context)
        results.append(r)
        n = sum(len(v) for v in r["diffs"].values())
        print(f"== {path.name}: {n} difference line(s); CPU {r['old_seconds']:.2f} s {args.old} -> {r['new_seconds']:.2f} s {args.new}", flush=True)
        for field, lines in r["diffs"].items():
            print(f"  {field}:")
            print("\n".join(lines))
    print()
    print(f"{'pdf':<40} " + " ".join(f"{f[:5]:>5}" for f in FIELDS) + "   old_s   new_s")
    for r in results:
        counts = " ".join(f"{len(r['diffs'].get(f, [])):>5}" for f in FIELDS)
        err = "  error differs" if "error" in r["diffs"] else ""
        print(f"{Path(r['pdf']).name[:40]:<40} {counts} {r['old_seconds']:>7.2f} {r['new_seconds']:>7.2f}{err}")
    same = sum(1 for r in results if not r["diffs"])
    old_t = sum(r["old_seconds"] for r in results)
    new_t = sum(r["new_seconds"] for r in results)
    print(f"{len(results)} PDFs, {same} identical in every field; CPU {old_t:.1f} s {args.old} -> {new_t:.1f} s {args.new}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
