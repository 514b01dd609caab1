"""Citations and reference entries on synthetic reference-heavy PDFs (scripts/make_synthetic_citations.py).

    python benchmarks/pdf_synthetic_citations.py DIR [--generate N] [--seed S] [--split tune|test|all] [-v]

DIR holds ``cite_NNN.pdf`` + ``cite_NNN.json``. The split is the gold's ``split`` field (document
number % 3 == 0 is TEST); the TEST split prints its summary line only. For every PDF the reader
runs as ``mitominer ingest`` does and is scored against the exact gold:

- entries: count equal to the gold; fields (first author's surname, year, title start, DOI) of
  every entry, by position;
- markers: the reader's citations (abstract and body, in reading order) aligned with the gold
  markers by their cited numbers (a dynamic-programming alignment, overlap as the score); a gold
  marker is right when its aligned citation cites exactly its entries;
- cited share: gold entries some citation of the reader cites (the gold cites every entry);
- legend-only (set 2) and table-cell-only (set 3) markers: the entries a figure legend or a table
  cell cites and nothing else does, found among the legends' / cells' citations;
- false citations: the reader's citations aligned with no gold marker (per trap class when one
  of the document's trap sentences holds it); unresolved: citations with numbers the list lacks
  or works no entry matches.

The per-class tables (tune only) count gold markers by marker class and entry fields by name
class, so the failing classes can be fixed next.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for p in (ROOT, ROOT / "scripts"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

from pipeline.ingest.author_year import fold, surname  # noqa: E402
from pipeline.ingest.references import normalize_doi  # noqa: E402


def ingest(pdf: Path):
    from pipeline.document import Source
    from pipeline.ingest.assemble import blocks_to_document
    from pipeline.ingest.pdf import pdf_to_blocks

    return blocks_to_document(pdf_to_blocks(pdf), Source(path=str(pdf), format="pdf", sha256="0" * 64), str(pdf))


def _squeeze(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", unicodedata.normalize("NFKD", text).lower())


def align(gold: list[frozenset], got: list[frozenset]) -> list[tuple[int, int]]:
    """Pairs (gold index, got index) of the best order-keeping alignment, overlap (Jaccard) as score."""
    n, m = len(gold), len(got)
    score = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            inter = len(gold[i] & got[j])
            pair = inter / len(gold[i] | got[j]) + score[i + 1][j + 1] if inter else -1.0
            score[i][j] = max(pair, score[i + 1][j], score[i][j + 1])
    pairs, i, j = [], 0, 0
    while i < n and j < m:
        inter = len(gold[i] & got[j])
        if inter and abs(score[i][j] - (inter / len(gold[i] | got[j]) + score[i + 1][j + 1])) < 1e-9:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif score[i][j] == score[i + 1][j]:
            i += 1
        else:
            j += 1
    return pairs


def _field_checks(ref, e: dict) -> dict[str, bool]:
    got = fold(surname(ref.authors[0])) if ref and ref.authors else ""
    want = fold(e["first_author"])
    if ref is not None and not got and " " in e["first_author"]:
        got = fold(ref.raw[: len(e["first_author"]) + 2])[: len(want)]  # a group author the parser keeps in raw
    out = {"first_author": bool(got) and (got == want or got.endswith(want) or want.endswith(got)),
           "year": ref is not None and (str(ref.year) == e["year"] if e["year"].isdigit() else ref.year is None or "in press" in ref.raw.lower()),
           "title": ref is not None and fold(ref.title).startswith(fold(e["title"])[:30])}
    if e["doi"]:
        out["doi"] = ref is not None and ref.doi == normalize_doi(e["doi"])
    return out


def score_one(pdf: Path, gold: dict) -> dict:
    doc = ingest(pdf)
    refs = doc.references
    row = {"pdf": pdf.name, "split": gold["split"], "classes": gold["classes"], "entries": len(refs),
           "gold_entries": len(gold["entries"]), "fields": defaultdict(lambda: [0, 0]), "markers": defaultdict(lambda: [0, 0]),
           "false": defaultdict(int), "false_texts": [], "missed_texts": []}
    # each reader entry is mapped to the gold entry whose title its text holds, so that one entry
    # lost or split does not shift every later one (the count measures that loss)
    raws = [_squeeze(r.raw) for r in refs]
    to_gold: dict[int, int] = {}
    by_gold: dict[int, object] = {}
    for e in gold["entries"]:
        key = _squeeze(e["title"])[:40]
        # (titles may repeat: the entry that also opens with the gold's first author wins)
        free = [k for k, raw in enumerate(raws) if key in raw and refs[k].number not in to_gold]
        name = _squeeze(e["first_author"])[:6]
        k = next((k for k in free if name in raws[k][:12]), free[0] if free else None)
        if k is not None:
            to_gold[refs[k].number] = e["position"]
            by_gold[e["position"]] = refs[k]
    for e in gold["entries"]:
        for name, ok in _field_checks(by_gold.get(e["position"]), e).items():
            for key in (name, f"{name}:{e['name_class']}") if e["name_class"] != "plain" else (name,):
                row["fields"][key][0] += ok
                row["fields"][key][1] += 1
    paragraphs = {}
    for s in doc.sections:
        for i, p in enumerate(s.paragraphs):
            paragraphs[(s.key, i)] = p.text
    cites = [c for c in doc.citations if c.paragraph >= 0 and c.row < 0]  # body and abstract, reading order
    got = [frozenset(to_gold.get(n, -n) for n in c.numbers) for c in cites]
    want = [frozenset(m["cites"]) for m in gold["markers"]]
    pairs = align(want, got)
    matched_got = {j for _, j in pairs}
    exact = {i for i, j in pairs if want[i] == got[j]}
    for i, m in enumerate(gold["markers"]):
        row["markers"][m["class"]][0] += i in exact
        row["markers"][m["class"]][1] += 1
        if i not in exact:
            j = next((jj for ii, jj in pairs if ii == i), None)
            row["missed_texts"].append(f"{m['class']} {sorted(m['cites'])} -> {cites[j].text!r} {cites[j].numbers}" if j is not None
                                       else f"{m['class']} {sorted(m['cites'])} -> none")
    traps = [(t["class"], _squeeze(t["text"])) for t in gold["traps"]]
    for j, c in enumerate(cites):
        if j in matched_got:
            continue
        text = paragraphs.get((c.section, c.paragraph), "") if c.section != "abstract" else doc.abstract
        window = _squeeze(text[max(0, c.start - 40) : c.end + 40])
        cls = next((k for k, t in traps if t and (t[:25] in window or window[:25] in t)), "other")
        row["false"][cls] += 1
        row["false_texts"].append(f"{cls}: {c.text!r} {c.numbers} in {text[max(0, c.start - 40) : c.end + 20]!r}")
    # set 2: citations in figure legends (paragraph -1, no table row), each the only citation of its entries
    legend = [frozenset(to_gold.get(n, -n) for n in c.numbers) for c in doc.citations if c.paragraph < 0 and c.row < 0]
    for m in gold.get("caption_markers", []):
        ok = frozenset(m["cites"]) in legend
        row["markers"][m["class"]][0] += ok
        row["markers"][m["class"]][1] += 1
        if not ok:
            row["missed_texts"].append(f"{m['class']} {sorted(m['cites'])} -> legends cite {[sorted(x) for x in legend]}")
    # set 3: citations in table cells (a table row), each the only citation of its entries
    # (one cell is one marker: the works a cell lists with no brackets are read as one citation each)
    by_cell: dict[tuple, set] = defaultdict(set)
    for c in doc.citations:
        if c.row >= 0:
            by_cell[(c.section, c.row, c.column)].update(to_gold.get(n, -n) for n in c.numbers)
    cells = [frozenset(v) for v in by_cell.values()]
    for m in gold.get("table_markers", []):
        ok = frozenset(m["cites"]) in cells
        row["markers"][m["class"]][0] += ok
        row["markers"][m["class"]][1] += 1
        if not ok:
            row["missed_texts"].append(f"{m['class']} {sorted(m['cites'])} -> cells cite {[sorted(x) for x in cells]}")
    row["n_table"] = len(gold.get("table_markers", []))
    row["table_right"] = row["markers"]["table_cell"][0] if row["n_table"] else 0
    row["n_caption"] = len(gold.get("caption_markers", []))
    row["caption_right"] = row["markers"]["caption_only"][0] if row["n_caption"] else 0
    cited = {to_gold.get(n, -n) for c in doc.citations for n in c.numbers}
    row["cited"] = len(cited & set(range(1, len(gold["entries"]) + 1))) / len(gold["entries"])
    row["n_markers"] = len(gold["markers"])
    row["right"] = len(exact)
    row["n_false"] = len(got) - len(matched_got)
    row["unresolved"] = sum(1 for c in doc.citations if c.unresolved or c.unlinked)
    return row


def _summary(name: str, rows: list[dict]) -> str:
    if not rows:
        return f"{name}: no documents"
    count_ok = sum(r["entries"] == r["gold_entries"] for r in rows)
    f_ok = sum(sum(v[0] for k, v in r["fields"].items() if ":" not in k) for r in rows)
    f_all = sum(sum(v[1] for k, v in r["fields"].items() if ":" not in k) for r in rows)
    right = sum(r["right"] for r in rows)
    markers = sum(r["n_markers"] for r in rows)
    cited = sum(r["cited"] for r in rows) / len(rows)
    legends = sum(r.get("n_caption", 0) for r in rows)
    tail = f"; legend-only markers right {sum(r['caption_right'] for r in rows)}/{legends}" if legends else ""
    cells = sum(r.get("n_table", 0) for r in rows)
    tail += f"; table-cell-only markers right {sum(r['table_right'] for r in rows)}/{cells}" if cells else ""
    return (f"{name}: {len(rows)} PDFs; entry count exact {count_ok}/{len(rows)}; fields {100 * f_ok / max(1, f_all):.1f}%; "
            f"markers right {right}/{markers} ({100 * right / max(1, markers):.1f}%); entries cited {100 * cited:.1f}%; "
            f"false citations {sum(r['n_false'] for r in rows)}; unresolved {sum(r['unresolved'] for r in rows)}{tail}")


def _class_tables(rows: list[dict]) -> str:
    out = ["", "| marker class | right / gold |", "| --- | --- |"]
    acc = defaultdict(lambda: [0, 0])
    for r in rows:
        for k, (ok, n) in r["markers"].items():
            acc[k][0] += ok
            acc[k][1] += n
    out += [f"| {k} | {ok}/{n} |" for k, (ok, n) in sorted(acc.items())]
    out += ["", "| field (name class) | right / gold |", "| --- | --- |"]
    acc = defaultdict(lambda: [0, 0])
    for r in rows:
        for k, (ok, n) in r["fields"].items():
            acc[k][0] += ok
            acc[k][1] += n
    out += [f"| {k} | {ok}/{n} |" for k, (ok, n) in sorted(acc.items())]
    out += ["", "| false citations (trap class) | count |", "| --- | --- |"]
    acc2 = defaultdict(int)
    for r in rows:
        for k, n in r["false"].items():
            acc2[k] += n
    out += [f"| {k} | {n} |" for k, n in sorted(acc2.items())]
    out += ["", "| layout class | docs with entry count wrong / docs |", "| --- | --- |"]
    acc = defaultdict(lambda: [0, 0])
    for r in rows:
        for k, v in r["classes"].items():
            acc[f"{k}={v}"][0] += r["entries"] != r["gold_entries"]
            acc[f"{k}={v}"][1] += 1
    out += [f"| {k} | {bad}/{n} |" for k, (bad, n) in sorted(acc.items())]
    return "\n".join(out)


def run(folder: Path, split: str = "all", verbose: bool = False) -> str:
    rows = []
    lines = []
    t0 = time.process_time()
    for gold_path in sorted(folder.glob("cite_*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if split != "all" and gold["split"] != split:
            continue  # the other split is never opened
        pdf = gold_path.with_suffix(".pdf")
        try:
            row = score_one(pdf, gold)
        except Exception as exc:  # one bad document must not stop the run
            lines.append(f"mitominer: {pdf}: {type(exc).__name__}: {exc}")
            continue
        rows.append(row)
        if verbose and row["split"] == "tune":
            lines.append(f"{row['pdf']} {row['classes']} entries {row['entries']}/{row['gold_entries']} "
                         f"markers {row['right']}/{row['n_markers']} false {row['n_false']} cited {100 * row['cited']:.0f}%")
            lines += [f"    missed {t}" for t in row["missed_texts"]]
            lines += [f"    false {t}" for t in row["false_texts"]]
    for name in ("tune", "test"):
        part = [r for r in rows if r["split"] == name]
        if part:
            lines.append(_summary(name, part))
            if name == "tune":
                for fam in ("numeric", "author_year"):
                    lines.append("  " + _summary(f"tune {fam}", [r for r in part if r["classes"]["family"] == fam]))
            else:
                for fam in ("numeric", "author_year"):
                    lines.append("  " + _summary(f"test {fam}", [r for r in part if r["classes"]["family"] == fam]))
    tune = [r for r in rows if r["split"] == "tune"]
    if tune:
        lines.append(_class_tables(tune))
    lines.append(f"(CPU {time.process_time() - t0:.1f} s)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--generate", type=int, default=0, help="write N documents into the folder first")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--set", type=int, choices=(1, 2, 3), default=1, dest="variant", help="with --generate: the generator's class set")
    ap.add_argument("--split", choices=("tune", "test", "all"), default="all")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    if args.generate:
        from make_synthetic_citations import generate
        generate(args.folder, args.generate, args.seed, args.variant)
    if not args.folder.is_dir():
        print(f"mitominer: {args.folder}: no such folder", file=sys.stderr)
        return 1
    print(run(args.folder, args.split, args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
