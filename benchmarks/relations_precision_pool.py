"""Precision pool: the extractor over real text no dev set holds, records per 100 texts and a judged share.

The pool is every BioRED train+dev abstract (``../shared/data/relations/biored``),
every distinct ChemProt train+dev sentence (``../shared/data/relations/chemprot``) and
every BC5CDR training+development abstract (``../shared/data/ner/bc5cdr``, pool ``bc5cdr``;
those BioRED holds are left to the BioRED pool) that is in none of the development sets, and the
whole JATS papers of ``../shared/data/jats`` (pool ``jats``: eLife and PMC papers on mitophagy,
cancer and other topics, read whole) (the stems of ``annotations/dev/*/``), and the full-text
journal PDFs of ``../shared/data/pdfs`` and its ``litqa/`` folder (pool ``pdfs``: ingested by the
normal PDF path and read whole, methods, legends and table cells included; split as bench-pdf
splits them, ``pdf_bench.split_of``: sorted file names, index % 3 == 2 is test, and its figures
are printed per part, ``pdfs:tune`` and ``pdfs:test``; ``--pdf-part tune`` runs the tune part only):
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

The PDF ingest is slow (about 0.1 s a page), so the ingested documents are cached as document
JSON outside the repository (``--cache DIR``, default ``$TMPDIR/mitominer-pdfpool-cache``), keyed
by the PDF's bytes and the source of ``pipeline/ingest`` and ``pipeline/document.py``: a change to
the reader re-ingests, a change to the relation rules does not.

Run: ``python benchmarks/relations_precision_pool.py [-o OUT_DIR] [--pools biored,chemprot,bc5cdr,jats,pdfs] [--pdf-part tune|test|all] [--judged FILE] [--show]``.
Writes ``OUT_DIR/<pool>/<stem>.jsonl`` and ``OUT_DIR/<pool>_records.txt`` (every
record with its evidence, for reading). ``--show`` prints the unjudged records.
"""

from __future__ import annotations

import argparse
import hashlib
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
import pdf_bench  # noqa: E402  (bench-pdf's PDF list and its tune/test split)

POOLS = ("biored", "chemprot", "bc5cdr", "jats", "pdfs")
JATS_DIR = dev.SHARED / "data" / "jats"
PDF_DIR = dev.SHARED / "data" / "pdfs"
CACHE = Path(tempfile.gettempdir()) / "mitominer-pdfpool-cache"
JUDGED = ROOT / "annotations" / "precision_pool_judged.jsonl"


def dev_stems() -> set[str]:
    """Every text any development set holds (their gold files are named by stem)."""
    return {p.stem for p in (ROOT / "annotations" / "dev").glob("*/*.jsonl")}


def reader_fingerprint() -> str:
    """A hash of the ingest code: a cached document is stale once the reader changes."""
    digest = hashlib.sha1()
    sources = sorted((ROOT / "pipeline" / "ingest").rglob("*.py")) + [ROOT / "pipeline" / "document.py"]
    for source in sources:
        digest.update(str(source.relative_to(ROOT)).encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()[:12]


def pdf_parts() -> dict[Path, str]:
    """Every pool PDF and its part (bench-pdf's split: sorted file names, index % 3 == 2 is test)."""
    return pdf_bench.split_of(pdf_bench.find_pdfs(PDF_DIR)) if PDF_DIR.is_dir() else {}


def cached_pdf_documents(pdfs: list[Path], cache: Path) -> list[Path]:
    """Each PDF as a document JSON (``<stem>.json``, read as is by ``paper_to_document``), ingested once."""
    from pipeline.errors import InputError
    from pipeline.ingest import paper_to_document

    fingerprint = reader_fingerprint()
    out = []
    for pdf in pdfs:
        key = hashlib.sha1(pdf.read_bytes()).hexdigest()[:12]
        folder = cache / f"{fingerprint}-{key}"
        target = folder / f"{pdf.stem}.json"
        if not target.is_file():
            try:
                document = paper_to_document(pdf)
            except InputError as exc:
                print(f"relations_precision_pool: {exc}", file=sys.stderr)
                continue
            folder.mkdir(parents=True, exist_ok=True)
            tmp = target.with_suffix(".tmp")
            tmp.write_text(document.to_json(), encoding="utf-8")
            tmp.replace(target)
        out.append(target)
    return out


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


def pool_runs(names: list[str], tmp: Path, pdf_part: str, cache: Path) -> list[tuple[str, list[Path]]]:
    """(label, texts) per pool; the PDFs as two labels, ``pdfs:tune`` and ``pdfs:test``."""
    runs = []
    for name in names:
        if name != "pdfs":
            runs.append((name, export_pool(name, tmp / name)))
            continue
        parts = pdf_parts()
        for part in ("tune", "test"):
            if pdf_part in (part, "all"):
                chosen = sorted((p for p, where in parts.items() if where == part), key=lambda p: (p.name, str(p)))
                runs.append((f"pdfs:{part}", cached_pdf_documents(chosen, cache)))
    return runs


def judged_summary(label: str, judged: dict[tuple, dict], found: set[tuple], stems: set[str]) -> None:
    """How many of the judged records of these texts the extractor still outputs, and the wrong share."""
    judged = {key: row for key, row in judged.items() if key[0] in stems}
    if not judged:
        return
    kept = [row for key, row in judged.items() if key in found]
    wrong = [row for row in kept if row["verdict"] == "wrong"]
    gone_wrong = sum(1 for key, row in judged.items() if key not in found and row["verdict"] == "wrong")
    gone_right = sum(1 for key, row in judged.items() if key not in found and row["verdict"] == "right")
    share = len(wrong) / len(kept) if kept else 0.0
    docs = {key[0] for key in judged}
    unjudged = sum(1 for key in found if key not in judged)
    print(f"{label}: judged {len(judged)} records in {len(docs)} texts; still output {len(kept)}, "
          f"of them wrong {len(wrong)} ({share:.0%}), right {len(kept) - len(wrong)}; "
          f"no longer output: {gone_wrong} wrong, {gone_right} right; output but unjudged: {unjudged}")
    classes = Counter(row.get("class", "?") for row in wrong)
    if classes:
        print("  wrong records still output, by class: " + ", ".join(f"{c} {n}" for c, n in classes.most_common()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "out" / "precision_pool")
    parser.add_argument("--pools", default=",".join(POOLS))
    parser.add_argument("--pdf-part", choices=("tune", "test", "all"), default="all",
                        help="which part of the PDFs to run (bench-pdf's split)")
    parser.add_argument("--cache", type=Path, default=CACHE, help="ingested PDF documents (outside the repository)")
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
    names = [p.strip() for p in args.pools.split(",") if p.strip()]
    print(f"{'pool':10} {'texts':>6} {'records':>7} {'per text':>8} {'per 100':>7} {'with any':>8} {'words/cpu s':>11}")
    found_by_label: dict[str, tuple[set[tuple], set[str]]] = {}
    unjudged = []
    with tempfile.TemporaryDirectory(prefix="mitominer-pool-") as tmp:
        for label, paths in pool_runs(names, Path(tmp), args.pdf_part, args.cache):
            out_name = label.replace(":", "_")
            run = dev.run_papers(out_name, paths, args.output, nlp)
            found: set[tuple] = set()
            sp = dev.speed(run)
            lines = []
            for paper in run.papers:
                for record in paper.records:
                    key = record_key(paper.stem, record)
                    found.add(key)
                    if key not in judged and label != "pdfs:test":  # the test PDFs' records stay unread
                        unjudged.append((paper.stem, record))
                    lines.append(f"{paper.stem}\t{record.regulator}|{','.join(record.regulator_ids)}\t{record.effect}\t"
                                 f"{record.therapy_id}\t{record.rule}\t{record.section}\n    {record.evidence}\n")
            (args.output / f"{out_name}_records.txt").write_text("".join(lines), encoding="utf-8")
            found_by_label[label] = (found, {p.stem for p in paths})
            per_text = sp["records"] / sp["papers"] if sp["papers"] else 0.0
            print(f"{label:10} {sp['papers']:>6} {sp['records']:>7} {per_text:>8.2f} {100 * per_text:>7.1f} "
                  f"{sp['papers_with_records']:>8} {sp['words_per_cpu_s'] or '-':>11}")
    print()
    for label, (found, stems) in found_by_label.items():
        judged_summary(label, judged, found, stems)
    if args.show:
        for stem, record in unjudged:
            print(f"{stem}\t{','.join(record.regulator_ids)}\t{record.effect}\t{record.therapy_id}\t{record.rule}\n    {record.evidence}")
    print(f"load average: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
