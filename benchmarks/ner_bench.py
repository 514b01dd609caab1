"""NER benchmark: exact-span P/R/F1 on dev splits, throughput, load time and memory.

Usage: ``python benchmarks/ner_bench.py [--shared ../shared] [--json]``

- BC5CDR dev (PubTator): Chemical vs our CHEMICAL (plus THERAPY spans that are
  drug-class names), Disease vs our DISEASE + CANCER.
- NCBI-disease dev (PubTator): every disease mention type vs DISEASE + CANCER.
- BC2GM dev (IOB): gene mentions vs GENE_OR_PROTEIN + MIRNA. The IOB file is
  pre-tokenized; sentences are rebuilt by joining tokens with spaces, so
  ``IL - 2`` is what the pipeline sees (a handicap for symbol matching).
- BioRED dev (PubTator, untokenized abstracts): genes, chemicals, diseases
  (BioRED annotates gene mentions in running text, closer to our papers).
- Throughput: words/s of the whole pipeline on the review (via ``entities_of``
  on the ingested document) and on BC5CDR dev title+abstract texts
  (``nlp.pipe``), single process; pipeline load time; peak RSS.

Exact span means same start and end character offsets and same type.
``--statistical`` measures the pipeline with the optional trained NER.
Figures print as a table (or one JSON object with ``--json``).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

REVIEW_PASSES = 5
CLASS_HEADS = ("inhibitor", "inhibitors", "antagonist", "antagonists", "agonist", "agonists", "blockers")
BIORED_TYPES = {"GeneOrGeneProduct": "gene", "ChemicalEntity": "chemical", "DiseaseOrPhenotypicFeature": "disease"}
BC5CDR_TYPES = {"Chemical": "chemical", "Disease": "disease"}
PRED_TYPES = {"CHEMICAL": "chemical", "DISEASE": "disease", "CANCER": "disease", "GENE_OR_PROTEIN": "gene",
              "MIRNA": "gene"}


def read_pubtator(path: Path) -> Iterator[tuple[str, str, set[tuple[int, int, str]]]]:
    """(pmid, text, gold spans) per document; text = title + " " + abstract as PubTator offsets assume."""
    title, abstract, spans, pmid = "", "", set(), None
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if "|t|" in line[:20]:
            pmid, _, title = line.split("|", 2)
            title = title[2:] if title.startswith("t|") else title
        elif "|a|" in line[:20]:
            abstract = line.split("|", 2)[2]
        elif line.strip() and pmid is not None:
            cols = line.split("\t")
            if len(cols) >= 5 and cols[1].isdigit():
                spans.add((int(cols[1]), int(cols[2]), cols[4]))
        elif not line.strip() and pmid is not None:
            yield pmid, f"{title} {abstract}", spans
            title, abstract, spans, pmid = "", "", set(), None


def read_iob(path: Path) -> Iterator[tuple[str, set[tuple[int, int, str]]]]:
    """(sentence text, gold spans) from a token<TAB>tag file, tokens joined by single spaces."""
    tokens: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.strip():
            tok, _, tag = line.partition("\t")
            tokens.append((tok, tag.strip()))
            continue
        if not tokens:
            continue
        text, spans, pos, start = "", set(), 0, None
        for i, (tok, tag) in enumerate(tokens):
            if i:
                text += " "
                pos += 1
            if tag.startswith("B") or (tag.startswith("I") and start is None):
                if start is not None:
                    spans.add((start, end, "gene"))
                start = pos
            elif tag == "O" and start is not None:
                spans.add((start, end, "gene"))
                start = None
            text += tok
            pos += len(tok)
            end = pos
        if start is not None:
            spans.add((start, end, "gene"))
        yield text, spans
        tokens = []


def predicted_spans(doc, keep: set[str]) -> set[tuple[int, int, str]]:
    out = set()
    for ent in doc.ents:
        kind = PRED_TYPES.get(ent.label_)
        if ent.label_ == "THERAPY" and ent.text.lower().endswith(CLASS_HEADS) and "chemical" in keep:
            kind = "chemical"  # drug-class names ("PARP inhibitors") are BC5CDR chemicals when named by MeSH
        if kind in keep:
            out.add((ent.start_char, ent.end_char, kind))
    return out


def prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    """P/R/F1; 0/0 counts as 0."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def score(nlp, items: Iterable[tuple[str, set]], kinds: set[str]) -> dict[str, dict]:
    counts = {k: [0, 0, 0] for k in kinds}
    texts, golds = zip(*items)
    for doc, gold in zip(nlp.pipe(texts, batch_size=64), golds):
        pred = predicted_spans(doc, kinds)
        for k in kinds:
            g = {s for s in gold if s[2] == k}
            p = {s for s in pred if s[2] == k}
            counts[k][0] += len(g & p)
            counts[k][1] += len(p - g)
            counts[k][2] += len(g - p)
    return {k: prf(*v) for k, v in sorted(counts.items())}


def _timed(words: int, fn) -> dict[str, float]:
    """Wall and CPU time of ``fn()``: CPU time is what one process costs on a machine shared with others."""
    w0, c0 = time.perf_counter(), time.process_time()
    extra = fn()
    wall, cpu = time.perf_counter() - w0, time.process_time() - c0
    out = {"words": words, "seconds": round(wall, 3), "cpu_seconds": round(cpu, 3),
           "words_per_s": round(words / wall), "words_per_cpu_s": round(words / cpu)}
    if extra is not None:
        out.update(extra)
    return out


def throughput(nlp, texts: list[str]) -> dict[str, float]:
    words = sum(len(t.split()) for t in texts)

    def run():
        for _ in nlp.pipe(texts, batch_size=64):
            pass

    return _timed(words, run)


def review_throughput(nlp) -> dict[str, float] | None:
    from pipeline.ingest import ingest_path
    from pipeline.ner import entities_of
    from pipeline.places import document_units

    path = ROOT / "corpus" / "yan2025_oncolrev_pdf-extracted.txt"
    if not path.is_file():
        return None
    document = ingest_path(path)
    words = sum(len(u.text.split()) for u in document_units(document))
    entities_of(document, nlp)  # warm the symbol cache as a long run would

    def run():  # several passes: one pass of a short paper is too brief to time
        counts = [len(entities_of(document, nlp)) for _ in range(REVIEW_PASSES)]
        return {"entities": counts[0]}

    out = _timed(words * REVIEW_PASSES, run)
    out["passes"] = REVIEW_PASSES
    return out


def run(shared: Path, statistical: bool = False) -> dict:
    t0 = time.perf_counter()
    from pipeline.ner import load_nlp

    nlp = load_nlp(statistical=statistical)
    load_s = time.perf_counter() - t0
    out: dict = {"load_seconds": round(load_s, 2)}
    ner = shared / "data" / "ner"
    bc5 = list(read_pubtator(ner / "bc5cdr" / "CDR_DevelopmentSet.PubTator.txt"))
    bc5_items = [(t, {(s, e, BC5CDR_TYPES[k]) for s, e, k in g if k in BC5CDR_TYPES}) for _, t, g in bc5]
    out["bc5cdr_dev"] = score(nlp, bc5_items, {"chemical", "disease"})
    ncbi = list(read_pubtator(ner / "ncbi-disease" / "NCBIdevelopset_corpus.txt"))
    out["ncbi_disease_dev"] = score(nlp, [(t, {(s, e, "disease") for s, e, _ in g}) for _, t, g in ncbi], {"disease"})
    out["bc2gm_dev"] = score(nlp, list(read_iob(ner / "iob" / "BC2GM-IOB" / "devel.tsv")), {"gene"})
    biored = shared / "data" / "relations" / "biored" / "Dev.PubTator"
    if biored.is_file():
        items = [(t, {(s, e, BIORED_TYPES[k]) for s, e, k in g if k in BIORED_TYPES}) for _, t, g in read_pubtator(biored)]
        out["biored_dev"] = score(nlp, items, {"gene", "chemical", "disease"})
    out["throughput_bc5cdr_dev"] = throughput(nlp, [t for t, _ in bc5_items])
    out["throughput_review"] = review_throughput(nlp)
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return out


def format_table(res: dict) -> str:
    lines = ["corpus            type       P      R      F1     tp    fp    fn"]
    for corpus in ("bc5cdr_dev", "ncbi_disease_dev", "bc2gm_dev", "biored_dev"):
        for kind, s in res.get(corpus, {}).items():
            lines.append(f"{corpus:<17} {kind:<9} {s['precision']:.3f}  {s['recall']:.3f}  {s['f1']:.3f}  "
                         f"{s['tp']:>5} {s['fp']:>5} {s['fn']:>5}")
    for key in ("throughput_review", "throughput_bc5cdr_dev"):
        t = res.get(key)
        if t:
            lines.append(f"{key}: {t['words']} words in {t['seconds']} s wall / {t['cpu_seconds']} s CPU = "
                         f"{t['words_per_s']} words/s wall, {t['words_per_cpu_s']} words/CPU-s")
    lines.append(f"pipeline load: {res['load_seconds']} s; peak RSS {res['peak_rss_mb']} MB")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--statistical", action="store_true", help="add the BC5CDR-trained NER (models/ner_stat)")
    args = parser.parse_args()
    if not (args.shared / "data" / "ner").is_dir():
        sys.exit(f"ner_bench: {args.shared}/data/ner: not found (pass --shared)")
    res = run(args.shared, statistical=args.statistical)
    print(json.dumps(res, indent=2) if args.json else format_table(res))


if __name__ == "__main__":
    main()
