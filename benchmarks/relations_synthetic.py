"""Relation extraction on the synthetic development set, scored per regulator id: tune and test parts apart.

The 30 texts and their gold live in ``annotations/dev/synthetic/`` (written by reading,
see its README; the split is its own ``split.json``, number % 3 == 0 is test). The
extractor runs as ``mitominer extract`` does, through the helpers of
``benchmarks/relations_dev.py`` (``paper_to_document``, then the one NER pass and the
relation rules, NER loaded once, one untimed warm-up); predictions go to
``OUT/<stem>.jsonl``. Printed per part: strict and pair P/R/F1 (micro-averaged), gold
and predicted records, records per text, extraction words per CPU second; ``-v`` adds
one line per text. ``--errors`` prints the false negatives and false positives of the
**tune** part only (the test part's errors stay unprinted on purpose).

``--dir FOLDER`` scores another synthetic set laid out the same way (``<stem>.txt`` +
``<stem>.jsonl`` + ``split.json`` with one key holding ``tune`` and ``test``), for example
``annotations/dev/synthetic2`` (18 introduction-heavy texts); predictions then go to
``OUT/<folder name>/``.

Run: ``python benchmarks/relations_synthetic.py [--dir FOLDER] [-o OUT_DIR] [-v] [--errors] [--json]``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's `pipeline`
sys.path.insert(0, str(ROOT / "benchmarks"))

import relations_dev as dev  # noqa: E402  (helpers shared with the other dev sets; not edited here)
from pipeline.evaluate_folder import score_folders  # noqa: E402

SYNTHETIC = ROOT / "annotations" / "dev" / "synthetic"
SPLIT = SYNTHETIC / "split.json"


def parts(folder: Path = SYNTHETIC) -> dict[str, list[str]]:
    """The tune and test stems of a synthetic set, read from its own ``split.json``.

    The file holds one key (the set's name: ``synthetic``, ``synthetic2``); the folder's
    name is tried first so a file with several keys still resolves."""
    data = json.loads((folder / "split.json").read_text(encoding="utf-8"))
    if folder.name in data:
        split = data[folder.name]
    elif len(data) == 1:
        split = next(iter(data.values()))
    else:
        raise SystemExit(f"mitominer: {folder / 'split.json'}: no key {folder.name!r} and more than one set")
    return {"tune": list(split["tune"]), "test": list(split["test"])}


def error_lines(scored) -> list[str]:
    """One line per missed gold record and per spurious prediction (tune part only)."""
    lines = []
    for paper in scored.papers:
        strict = paper.scores.strict
        for kind, recs in (("FN", strict.false_negatives), ("FP", strict.false_positives)):
            for r in recs:
                ids = ",".join(r.regulator_ids)
                lines.append(
                    f"{kind} {paper.stem[:2]} {ids:18} {r.effect:21} {r.therapy_id:22} "
                    f"cit={list(r.citations)} [{r.section}] {r.evidence[:150]}"
                )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "out" / "relations_synthetic", help="predictions folder")
    parser.add_argument("-v", "--verbose", action="store_true", help="one line per text")
    parser.add_argument("--errors", action="store_true", help="print the tune part's false negatives and positives")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--dir", type=Path, default=SYNTHETIC, help="the synthetic set's folder (texts, gold, split.json)")
    args = parser.parse_args(argv)
    folder = args.dir.resolve()
    if not (folder / "split.json").is_file():
        print(f"mitominer: {args.dir}: no split.json", file=sys.stderr)
        return 2
    name = folder.name

    from pipeline.ner import load_nlp

    nlp = load_nlp()
    warm = dev.paper_to_document(dev.REVIEW_RENDITIONS[0])  # first call builds matchers and lexicons: start-up, not speed
    dev.annotated_to_records(dev.annotate(warm, nlp), nlp)

    paths = sorted(folder.glob("*.txt"))
    out_root = args.output
    run = dev.run_papers(name, paths, out_root, nlp)  # writes OUT/<name>/<stem>.jsonl
    gold = dev.gold_folder(folder) or {}
    pred = {p.stem: p.records for p in run.papers}
    results: dict = {"speed": dev.speed(run), "parts": {}}
    scored_parts = {}
    for part, stems in parts(folder).items():
        scored = score_folders(gold, pred, stems)
        scored_parts[part] = scored
        n_pred = sum(len(pred.get(s, [])) for s in stems)
        results["parts"][part] = dev.figures(scored.total) | {
            "texts": len(stems),
            "records_per_text": round(n_pred / len(stems), 2) if stems else 0.0,
            "per_text": [p.to_dict() for p in scored.papers],
        }
    if args.json:
        print(json.dumps(results | {"load_average": round(os.getloadavg()[0], 2)}, indent=2))
        return 0
    print(f"{name}: predictions in {out_root}/{name}/; scoring per regulator id\n")
    head = f"{'part':6} {'texts':>5} {'gold':>5} {'pred':>5} {'pred/text':>9}  {'strict P / R / F1':>19}  {'pair P / R / F1':>19}"
    print(head)
    print("-" * len(head))
    for part, f in results["parts"].items():
        s, p = f["strict"], f["pair"]
        print(
            f"{part:6} {f['texts']:>5} {f['gold']:>5} {f['pred']:>5} {f['records_per_text']:>9}  "
            f"{s['precision']:.3f} / {s['recall']:.3f} / {s['f1']:.3f}  {p['precision']:.3f} / {p['recall']:.3f} / {p['f1']:.3f}"
        )
        if args.verbose:
            for t in f["per_text"]:
                print(f"    {t['paper']:40} gold {t['gold']:>3}  pred {t['pred']:>3}  tp {t['tp']:>3}  pair tp {t['pair_tp']:>3}")
    sp = results["speed"]
    print(
        f"\n{sp['papers']} texts, {sp['records']} records ({sp['records_per_paper']} per text), {sp['words']} words, "
        f"{sp['cpu_seconds']} CPU s ({sp['words_per_cpu_s'] or '-'} words/CPU s; rules alone {sp['relation_words_per_cpu_s'] or '-'})"
        + (f"; not ingested: {', '.join(sp['failed'])}" if sp["failed"] else "")
    )
    print(f"load average during the run: {os.getloadavg()[0]:.1f} ({os.cpu_count()} cores)")
    if args.errors:
        print("\nerrors of the tune part (strict; FN = gold missed, FP = prediction not in gold):")
        for line in error_lines(scored_parts["tune"]):
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
