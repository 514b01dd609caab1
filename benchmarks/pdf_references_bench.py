"""Per-PDF reference report: entries, sampled fields, DOIs, citation coverage, unresolved markers.

    python benchmarks/pdf_references_bench.py [--annotations DIR ...] [--split tune|test|all] [PDF_DIR ...]

For every PDF of ``../shared/data/pdfs`` and ``../shared/data/pdfs/litqa``
(or the folders given): entries parsed vs the annotated count, field accuracy
on the annotated sample entries (first author's surname, year, title start,
DOI), DOIs parsed vs entries that print one (a ``10.NNNN/`` string in the
entry), the share of entries cited at least once, and markers left unresolved
(numbers the list lacks, or author-year works no entry matches). Means for the
tune and the test split separately. The split is fixed: all PDF file names
sorted together, index % 3 == 2 is TEST.

Annotations: ``<DIR>/<file stem>.json`` with ``"references": {"count", "style",
"samples": [{"position", "first_author", "year", "title_start", "doi"}]}``;
the first folder holding a file wins.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.errors import InputError  # noqa: E402
from pipeline.ingest import ingest_path  # noqa: E402
from pipeline.ingest.author_year import fold, surname  # noqa: E402
from pipeline.ingest.references import normalize_doi  # noqa: E402

SHARED = ROOT.parent / "shared" / "data" / "pdfs"
DEFAULT_DIRS = [SHARED, SHARED / "litqa"]
_PRINTED_DOI = re.compile(r"10\.\s?\d{4,9}\s?/")


def split_of(names: list[str]) -> dict[str, str]:
    return {name: ("test" if i % 3 == 2 else "tune") for i, name in enumerate(sorted(names))}


def load_annotation(stem: str, folders: list[Path]) -> dict | None:
    for folder in folders:
        path = folder / f"{stem}.json"
        if path.is_file():
            data = json.loads(path.read_text(encoding="utf-8"))
            return data.get("references")
    return None


def _sample_checks(doc, sample: dict, numbered: bool = False) -> dict[str, bool]:
    """A sample's position is its printed number in a numbered list (one entry lost does not
    shift every later one onto the wrong entry), else its place in the list."""
    pos = int(sample["position"])
    if numbered:
        ref = next((r for r in doc.references if r.number == pos), None)
    else:
        ref = doc.references[pos - 1] if 0 < pos <= len(doc.references) else None
    out = {}
    if sample.get("first_author"):
        got = fold(surname(ref.authors[0])) if ref and ref.authors else ""
        want = fold(sample["first_author"])
        out["first_author"] = bool(got) and (got == want or got.endswith(want) or want.endswith(got))
    if sample.get("year"):
        out["year"] = ref is not None and str(ref.year) == str(sample["year"])[:4]
    if sample.get("title_start"):
        want = fold(sample["title_start"])
        out["title_start"] = ref is not None and fold(ref.title).startswith(want[: max(10, len(want) - 2)])
    if sample.get("doi"):
        out["doi"] = ref is not None and ref.doi == normalize_doi(sample["doi"])
    return out


def report(path: Path, annotation: dict | None, uncited: bool = False) -> dict:
    t0 = time.time()
    doc = ingest_path(path)
    refs = doc.references
    cited = {n for c in doc.citations for n in c.numbers}
    numbers = {r.number for r in refs}
    if uncited:  # tune only (main refuses it for test): what to look at, per PDF
        for r in refs:
            if r.number not in cited:
                print(f"    never cited [{r.number}] {r.raw[:110]}")
        for c in doc.citations:
            if c.unresolved or c.unlinked:
                print(f"    unresolved {c.text!r} {c.unresolved or c.unlinked} ({c.section})")
    checks: list[bool] = []
    if annotation:
        numbered = annotation.get("style") in ("numeric", "superscript")
        for sample in annotation.get("samples", []):
            checks += _sample_checks(doc, sample, numbered).values()
    printed = sum(1 for r in refs if _PRINTED_DOI.search(r.raw))
    parsed = sum(1 for r in refs if r.doi and _PRINTED_DOI.search(r.raw))
    return {
        "file": path.name,
        "entries": len(refs),
        "annotated": annotation.get("count") if annotation else None,
        "style": annotation.get("style", "") if annotation else "",
        "fields_ok": sum(checks),
        "fields": len(checks),
        "dois_printed": printed,
        "dois_parsed": parsed,
        "cited_share": len(cited & numbers) / len(numbers) if numbers else 0.0,
        "markers": len(doc.citations),
        "unresolved": sum(1 for c in doc.citations if c.unresolved or c.unlinked),
        "seconds": time.time() - t0,
    }


def _mean(values: list[float]) -> str:
    return f"{100 * sum(values) / len(values):.1f}%" if values else "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=Path, default=DEFAULT_DIRS)
    parser.add_argument("--annotations", action="append", type=Path, default=[],
                        help="folder of <file stem>.json annotations (repeatable; default annotations/pdf)")
    parser.add_argument("--split", choices=["tune", "test", "all"], default="all")
    parser.add_argument("--only", help="substring of the file names to run")
    parser.add_argument("--uncited", action="store_true",
                        help="list each PDF's entries never cited and markers left unresolved (tune split only)")
    args = parser.parse_args()
    if args.uncited and args.split != "tune":
        sys.exit("mitominer: --uncited lists per-PDF errors and is for --split tune only")
    folders = args.annotations or [ROOT / "annotations" / "pdf"]
    pdfs = [p for d in args.dirs if d.is_dir() for p in sorted(d.glob("*.pdf"))]
    if not pdfs:
        sys.exit("mitominer: no PDFs found (../shared/data/pdfs absent?)")
    splits = split_of([p.name for p in pdfs])
    rows = []
    print("| split | PDF | style | entries / annotated | sampled fields | DOIs parsed / printed | cited >=1 | markers (unresolved) | s |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for path in pdfs:
        split = splits[path.name]
        if args.split != "all" and split != args.split:
            continue
        if args.only and args.only not in path.name:
            continue
        try:
            row = report(path, load_annotation(path.stem, folders), args.uncited)
        except InputError as exc:
            print(f"mitominer: {path}: {exc}", file=sys.stderr)
            continue
        row["split"] = split
        rows.append(row)
        ann = row["annotated"] if row["annotated"] is not None else "?"
        fields = f"{row['fields_ok']}/{row['fields']}" if row["fields"] else "-"
        print(f"| {split} | {row['file'][:34]} | {row['style'] or '?'} | {row['entries']} / {ann} | {fields} | "
              f"{row['dois_parsed']} / {row['dois_printed']} | {100 * row['cited_share']:.0f}% | "
              f"{row['markers']} ({row['unresolved']}) | {row['seconds']:.1f} |", flush=True)
    for split in ("tune", "test"):
        sel = [r for r in rows if r["split"] == split]
        if not sel:
            continue
        _summary(split, sel)
        for style in sorted({r["style"] for r in sel if r["style"]}):
            _summary(f"{split} {style}", [r for r in sel if r["style"] == style])


def _summary(split: str, sel: list[dict]) -> None:
    """One summary line: count, fields, DOIs and citation coverage over the PDFs in ``sel``."""
    counted = [r for r in sel if r["annotated"]]
    within = [abs(r["entries"] - r["annotated"]) <= 0.02 * r["annotated"] for r in counted]
    ratio = [min(r["entries"], r["annotated"]) / max(r["entries"], r["annotated"]) for r in counted if r["entries"]]
    fields = [r["fields_ok"] / r["fields"] for r in sel if r["fields"]]
    dois = [r["dois_parsed"] / r["dois_printed"] for r in sel if r["dois_printed"]]
    cited = [r["cited_share"] for r in sel if r["entries"]]
    print(f"\n{split}: {len(sel)} PDFs; entry count within 2% of annotated: {sum(within)}/{len(counted)} "
          f"(mean count ratio {_mean(ratio)}); sampled fields right (mean per PDF) {_mean(fields)}; "
          f"DOIs parsed of printed {_mean(dois)}; entries cited >= 1 {_mean(cited)}; "
          f"unresolved markers {sum(r['unresolved'] for r in sel)} of {sum(r['markers'] for r in sel)}")


if __name__ == "__main__":
    main()
