"""The PDF table reader on synthetic table pages (scripts/make_synthetic_tables.py) against their exact gold.

``python benchmarks/pdf_synthetic_tables.py DIR [--generate N] [--seed S] [--split tune|test|all] [-v]``

DIR holds ``tab_NNN.pdf`` + ``tab_NNN.json`` (``--generate N`` writes the first N documents there first).
The split is the gold's ``split`` field (document number % 3 == 0 is TEST). Each PDF is read as
``mitominer ingest`` reads it, and every gold table is scored:

- found: a table with the gold label (``Table 3``; ``Key resources table``);
- shaped: columns and body rows as ``mitominer bench-pdf`` counts them (``pdf_bench.table_shaped``);
- cells: shaped, and every body cell's text equal to the gold's (white space, dashes and the minus sign
  ignored; spanning group-label rows left out on both sides). ``cell %`` is the share of equal cells
  over the shaped tables;
- caption: a found table's caption (its label left out) starts with the gold's first words.

The open family (``make_synthetic_tables.py --family open``) is scored the same way; its class is the
``open`` axis.

The summary line gives the three shares; the tune split also prints a per-class table (for every drawn
class value, the tables that miss each measure) and, with ``-v``, one line per failing table. The TEST
split prints its summary line only.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for p in (ROOT, ROOT / "benchmarks", ROOT / "scripts"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

from pdf_bench import _label_key, is_group_row, table_shaped  # noqa: E402
from pdf_synthetic import ingest  # noqa: E402

MEASURES = ("found", "shaped", "cells", "caption")


def norm_cell(text: str) -> str:
    t = unicodedata.normalize("NFKC", text or "")
    t = re.sub(r"[\u2212\u2013\u2014\u2010\u2011]", "-", t)
    return re.sub(r"\s+", "", t)


def cell_match(ours, gold: dict) -> tuple[int, int]:
    """(equal cells, gold cells) of a shaped table's body, group rows left out."""
    want = [r for r in gold["cells"]["body"] if not is_group_row(r)]
    have = [r for r in ours.rows if not is_group_row(r)]
    if len(have) > len(want):  # a second header row left as a body row
        have = have[len(have) - len(want):]
    total = sum(len(r) for r in want)
    equal = sum(1 for a, b in zip(have, want) for x, y in zip(a, b) if norm_cell(x) == norm_cell(y))
    return equal, total


def caption_match(caption: str, start: str) -> bool:
    """The caption text (the label left out) begins with the gold's first words; never empty when they are not."""
    text = re.sub(r"^(?:table|TABLE)\s+\S+?[.:|]?\s+", "", caption or "")
    return norm_cell(text).lower().startswith(norm_cell(start).lower())


def score_doc(pdf: Path, gold: dict) -> list[dict]:
    try:
        doc = ingest(pdf)
        tables = doc.tables
        error = ""
    except Exception as exc:  # a bad PDF is a result here, never a stopped benchmark
        tables, error = [], f"{type(exc).__name__}: {exc}"
    by_label = defaultdict(list)
    for t in tables:
        by_label[_label_key(t.label)].append(t)
    out = []
    for g in gold["tables"]:
        cands = by_label.get(_label_key(g["label"]), [])
        row = {"pdf": pdf.name, "label": g["label"], "classes": g["classes"], "found": bool(cands), "shaped": False, "cells": False,
               "caption": any(caption_match(t.caption, g.get("caption_start", "")) for t in cands),
               "equal": 0, "total": 0, "error": error, "ours": ""}
        shaped = [t for t in cands if table_shaped(t, g)]
        if shaped:
            row["shaped"] = True
            row["equal"], row["total"] = cell_match(shaped[0], g)
            row["cells"] = row["equal"] == row["total"]
        if cands:
            t = cands[0]
            row["ours"] = f"{len(t.columns)}x{sum(1 for r in t.rows if not is_group_row(r))}"
        row["gold"] = f"{g['columns']}x{g['rows']} (+{g['header_rows']}h)"
        out.append(row)
    return out


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:3.0f}%" if b else "  -"


def summary(name: str, rows: list[dict]) -> str:
    n = len(rows)
    f = sum(r["found"] for r in rows)
    s = sum(r["shaped"] for r in rows)
    c = sum(r["cells"] for r in rows)
    eq, tot = sum(r["equal"] for r in rows), sum(r["total"] for r in rows)
    cap = sum(r["caption"] for r in rows)
    return f"all {name:5s} {n:3d} tables  found {pct(f, n)}  shaped {pct(s, n)}  cells exact {pct(c, n)}  cell {pct(eq, tot)}  caption {pct(cap, n)}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--generate", type=int, default=0, help="write the first N documents into FOLDER first")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--split", choices=("tune", "test", "all"), default="tune")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    logging.disable(logging.WARNING)
    if args.generate:
        from make_synthetic_tables import generate

        generate(args.folder, args.generate, args.seed)
    golds = sorted(args.folder.glob("tab_*.json"))
    if not golds:
        print(f"pdf_synthetic_tables: {args.folder}: no tab_*.json", file=sys.stderr)
        return 1
    rows: list[dict] = []
    for gp in golds:
        gold = json.loads(gp.read_text(encoding="utf-8"))
        if args.split != "all" and gold["split"] != args.split:
            continue
        rows += score_doc(gp.with_suffix(".pdf"), gold)
    print(summary(args.split, rows))
    if args.split == "test":
        return 0
    print(f"\n{'class':34s} {'n':>3s} " + " ".join(f"{m:>7s}" for m in MEASURES))
    axes = sorted({(a, str(v)) for r in rows for a, v in r["classes"].items()})
    for axis, val in axes:
        mine = [r for r in rows if str(r["classes"].get(axis)) == val]
        miss = [sum(1 for r in mine if not r[m]) for m in MEASURES]
        print(f"{axis + '=' + val:34s} {len(mine):3d} " + " ".join(f"{m:7d}" for m in miss))
    if args.verbose:
        print()
        for r in rows:
            if not r["cells"] or not r["caption"]:
                cls = ",".join(f"{v}" for v in r["classes"].values())
                cap = "" if r["caption"] else " caption wrong"
                print(f"{r['pdf']} {r['label']}: ours {r['ours'] or '-'} gold {r['gold']} cells {r['equal']}/{r['total']}{cap} [{cls}] {r['error']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
