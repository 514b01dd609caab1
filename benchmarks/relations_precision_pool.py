"""Precision pool: the extractor over real text no dev set holds, records per 100 texts and a judged share.

The pool is every BioRED train+dev abstract (``../shared/data/relations/biored``),
every distinct ChemProt train+dev sentence (``../shared/data/relations/chemprot``) and
every BC5CDR training+development abstract (``../shared/data/ner/bc5cdr``, pool ``bc5cdr``;
those BioRED holds are left to the BioRED pool) that is in none of the development sets, and the
whole JATS papers of ``../shared/data/jats`` (pool ``jats``: eLife and PMC papers on mitophagy,
cancer and other topics, read whole) (the stems of ``annotations/dev/*/``):
text nobody annotated and no rule was tuned on, most of it on other topics
(drug mechanisms, interactions, toxicity, enzyme kinetics, receptor binding), so
almost every record there is a false positive. It is a precision check, not a
score: the figures are records per 100 texts and, for the records a person read
and judged (``--judged FILE``, default ``annotations/precision_pool_judged.jsonl``:
one object per judged record with ``doc_id``, ``regulator_ids``, ``effect``,
``therapy_id``, ``verdict`` ``right``/``wrong`` and the ``class`` of a wrong one;
keys only, no text of the data sets), how many of them the extractor still
outputs and the share of those that are wrong.

Texts are written (outside the repository) the way the dev exporters write them
(BioRED: title line, blank line, abstract; ChemProt: ``Abstract``, blank line,
the sentence) and read by ``mitominer extract``'s code path.

Run: ``python benchmarks/relations_precision_pool.py [-o OUT_DIR] [--pools biored,chemprot,bc5cdr] [--judged FILE] [--show]``.
Writes ``OUT_DIR/<pool>/<stem>.jsonl`` and ``OUT_DIR/<pool>_records.txt`` (every
record with its evidence, for reading). ``--show`` prints the unjudged records.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import relations_dev as dev  # noqa: E402  (its exporters, run_papers and speed figures)

POOLS = ("biored", "chemprot", "bc5cdr", "jats")
JATS_DIR = dev.SHARED / "data" / "jats"
JUDGED = ROOT / "annotations" / "precision_pool_judged.jsonl"


def dev_stems() -> set[str]:
    """Every text any development set holds (their gold files are named by stem)."""
    return {p.stem for p in (ROOT / "annotations" / "dev").glob("*/*.jsonl")}


def export_pool(name: str, out_dir: Path) -> list[Path]:
    if name == "jats":  # whole papers (eLife, PMC): introductions, methods, results, legends
        return sorted(p for p in JATS_DIR.glob("*/*") if p.suffix in (".xml", ".nxml"))
    held = dev_stems()
    write_texts = dev._exporter("dev_export").write_texts
    if name == "biored":
        module = dev._exporter("export_biored_dev")
        items = []
        for split in module.SPLITS:
            path = dev.BIORED_DATA / f"{split}.PubTator"
            items.extend(module.read_pubtator(path))
        seen: dict[str, str] = {}
        for item in items:
            if item.pmid not in held:
                seen.setdefault(item.pmid, module.abstract_text(item))
        return write_texts(sorted(seen.items(), key=lambda kv: int(kv[0])), out_dir)
    if name == "bc5cdr":  # chemical-disease abstracts (toxicity): those neither BioRED nor a dev set holds
        module = dev._exporter("export_bc5cdr_dev")
        in_biored = module.biored_pmids()
        seen = {}
        for file_name in module.FILES:
            for item in module.read_pubtator(dev.BC5CDR_DATA / file_name):
                if item.pmid not in held and item.pmid not in in_biored:
                    seen.setdefault(item.pmid, module.abstract_text(item))
        return write_texts(sorted(seen.items(), key=lambda kv: int(kv[0])), out_dir)
    module = dev._exporter("export_chemprot_dev")
    chosen = [s for s in module.distinct_sentences(dev.CHEMPROT_DATA) if s.doc_id not in held]
    return write_texts(((s.doc_id, module.sentence_text(s)) for s in sorted(chosen, key=lambda s: s.doc_id)), out_dir)


def record_key(stem: str, record) -> tuple:
    return (stem, tuple(sorted(record.regulator_ids)), record.effect, record.therapy_id)


def load_judged(path: Path) -> dict[tuple, dict]:
    judged: dict[tuple, dict] = {}
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                key = (row["doc_id"], tuple(sorted(row["regulator_ids"])), row["effect"], row["therapy_id"])
                judged[key] = row
    return judged


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "out" / "precision_pool")
    parser.add_argument("--pools", default=",".join(POOLS))
    parser.add_argument("--judged", type=Path, default=JUDGED)
    parser.add_argument("--show", action="store_true", help="print the records no judgment covers")
    args = parser.parse_args(argv)
    if not dev.SHARED.is_dir():
        print("relations_precision_pool: ../shared is absent: nothing to run", file=sys.stderr)
        return 1
    from pipeline.ner import load_nlp

    nlp = load_nlp()
    judged = load_judged(args.judged)
    args.output.mkdir(parents=True, exist_ok=True)
    print(f"{'pool':9} {'texts':>6} {'records':>7} {'per 100':>7} {'with any':>8} {'words/cpu s':>11}")
    found_keys: set[tuple] = set()
    run_stems: set[str] = set()
    unjudged = []
    with tempfile.TemporaryDirectory(prefix="mitominer-pool-") as tmp:
        for name in [p.strip() for p in args.pools.split(",") if p.strip()]:
            paths = export_pool(name, Path(tmp) / name)
            run = dev.run_papers(name, paths, args.output, nlp)
            run_stems.update(p.stem for p in paths)
            sp = dev.speed(run)
            lines = []
            for paper in run.papers:
                for record in paper.records:
                    key = record_key(paper.stem, record)
                    found_keys.add(key)
                    if key not in judged:
                        unjudged.append((paper.stem, record))
                    lines.append(f"{paper.stem}\t{record.regulator}|{','.join(record.regulator_ids)}\t{record.effect}\t"
                                 f"{record.therapy_id}\t{record.rule}\n    {record.evidence}\n")
            (args.output / f"{name}_records.txt").write_text("".join(lines), encoding="utf-8")
            per100 = 100 * sp["records"] / sp["papers"] if sp["papers"] else 0.0
            print(f"{name:9} {sp['papers']:>6} {sp['records']:>7} {per100:>7.1f} {sp['papers_with_records']:>8} "
                  f"{sp['words_per_cpu_s'] or '-':>11}")
    judged = {key: row for key, row in judged.items() if key[0] in run_stems}  # the pools run
    judged_docs = {key[0] for key in judged}
    if judged:
        kept = [row for key, row in judged.items() if key in found_keys]
        wrong = [row for row in kept if row["verdict"] == "wrong"]
        gone_wrong = sum(1 for key, row in judged.items() if key not in found_keys and row["verdict"] == "wrong")
        gone_right = sum(1 for key, row in judged.items() if key not in found_keys and row["verdict"] == "right")
        share = len(wrong) / len(kept) if kept else 0.0
        print(f"\njudged sample: {len(judged)} records in {len(judged_docs)} texts; still output {len(kept)}, "
              f"of them wrong {len(wrong)} ({share:.0%}); no longer output: {gone_wrong} wrong, {gone_right} right")
        classes = Counter(row.get("class", "?") for row in wrong)
        if classes:
            print("wrong records still output, by class: " + ", ".join(f"{c} {n}" for c, n in classes.most_common()))
        new_in_judged = [(s, r) for s, r in unjudged if s in judged_docs]
        print(f"records not in the judged sample: {len(unjudged)} ({len(new_in_judged)} of them in judged texts)")
    if args.show:
        for stem, record in unjudged:
            print(f"{stem}\t{','.join(record.regulator_ids)}\t{record.effect}\t{record.therapy_id}\t{record.rule}\n    {record.evidence}")
    print(f"load average: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
