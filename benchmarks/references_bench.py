"""Field-level P/R/F1 of the reference parser on GROBID's labelled reference strings.

    python benchmarks/references_bench.py [--root DIR] [--limit N] [--misses FIELD]
    python benchmarks/references_bench.py --dev MODEL [--errors FIELD] [--speed]

Runs ``pipeline.ingest.references.parse_reference`` on every string of the
tune and the held-out split (fixed in benchmarks/grobid_corpus.py; the CRF is
trained on tune only) and prints, per field, precision (correct / fields we
output), recall (correct / fields the gold has) and F1, plus the biomedical
subset of held-out. ``--dev MODEL`` scores only the dev third of tune with a
model trained on the other two thirds (``scripts/train_reference_crf.py --dev``;
held-out untouched) and, with ``--errors FIELD``, counts that field's misses by
class (cut short, ran on, missing, spurious, other; article vs book/proceedings)
and lists some of each. ``--speed`` prints CPU ms per 1,000 strings (tagging
through python-crfsuite, through the numpy scorer, whole parse) and checks the two
taggers agree. Matching is GROBID's "soft" matching: case, punctuation and
spaces ignored; authors also ignore "and", "et al."; year = the 4 digits; DOI
exact after normalisation (lower case, no prefix). Gold title is
``title[@level=a]``, else the book title; gold journal is ``title[@level=j]``,
else the book/proceedings title of a chapter or paper.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(Path(__file__).resolve().parent)]

import grobid_corpus  # noqa: E402
from pipeline.ingest.references import normalize_doi, parse_reference  # noqa: E402

FIELDS = ("authors", "title", "year", "journal", "volume", "pages", "doi")

#: GROBID 0.8.2, end-to-end on PMC_sample_1943 (90,125 references), citation metadata,
#: soft matching, F1 -- kermitt2/grobid doc/benchmarks/Benchmarking-pmc.md. GROBID's
#: README claims "above .95 F1-score at field level" for references parsed in isolation
#: (no per-field table published for that setting that we could find).
GROBID_PMC_SOFT_F1 = {"authors": 78.72, "title": 86.10, "year": 87.95, "journal": 82.05, "volume": 91.67, "pages": 87.88}


def _soft(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


def _soft_authors(text: str) -> str:
    text = re.sub(r"(?i)\bet\.?\s*al\b\.?|\band\b|&|\bet\b", " ", text)
    return _soft(text)


def _pages(text: str) -> str:
    return re.sub(r"[\s\u2010-\u2015\-]+", "-", text.strip()).strip("-").lower().replace("pp.", "").replace("p.", "")


_PROCEEDINGS = re.compile(r"^(?:In:?\s+)?(?:Proceedings of\s+(?:the\s+)?)?")


def gold_fields(ex: grobid_corpus.Example) -> dict[str, str]:
    title = ex.field("title") or (ex.field("booktitle") if not ex.field("journal") else "")
    # the parser names a proceedings paper's venue without "In Proceedings of the"
    journal = ex.field("journal") or (_PROCEEDINGS.sub("", ex.field("booktitle")) if ex.field("title") else "")
    doi = ex.field("doi")
    if not doi:  # a DOI printed as a resolver link is tagged <ptr>; it is a DOI all the same
        doi = next((ex.raw[s:e] for lab, s, e in ex.spans if lab == "url" and re.search(r"10\.\d{4,9}/", ex.raw[s:e])), "")
    authors = " ".join(ex.raw[s:e] for lab, s, e in ex.spans if lab == "author")
    year = re.search(r"(?:1[5-9]|20)\d\d", ex.field("date"))
    return {
        "authors": _soft_authors(authors),
        "title": _soft(title),
        "year": year.group(0) if year else "",
        "journal": _soft(journal),
        "volume": _soft(ex.field("volume")),
        "pages": _soft(_pages(ex.field("pages"))),
        "doi": normalize_doi(doi) or "",
    }


def predicted_fields(raw: str) -> dict[str, str]:
    ref = parse_reference(raw, number=0)
    return {
        "authors": _soft_authors(" ".join(ref.authors)),
        "title": _soft(ref.title),
        "year": str(ref.year) if ref.year else "",
        "journal": _soft(ref.journal),
        "volume": _soft(re.sub(r"\(.*\)$", "", ref.volume)),  # "26(4)": the issue rides along
        "pages": _soft(_pages(ref.pages)),
        "doi": ref.doi or "",
    }


def score(examples, misses: str | None = None, show: int = 15) -> dict[str, tuple[float, float, float, int]]:
    counts = defaultdict(lambda: [0, 0, 0])  # correct, predicted, gold
    shown = 0
    for ex in examples:
        gold, pred = gold_fields(ex), predicted_fields(ex.raw)
        for f in FIELDS:
            c = counts[f]
            if pred[f]:
                c[1] += 1
            if gold[f]:
                c[2] += 1
            if pred[f] and pred[f] == gold[f]:
                c[0] += 1
            elif f == misses and (pred[f] or gold[f]) and shown < show:
                shown += 1
                print(f"  MISS {f}: gold={gold[f]!r} pred={pred[f]!r}\n       {ex.raw[:200]}")
    out = {}
    for f in FIELDS:
        correct, predicted, gold = counts[f]
        p = correct / predicted if predicted else 0.0
        r = correct / gold if gold else 0.0
        out[f] = (p, r, 2 * p * r / (p + r) if p + r else 0.0, gold)
    return out


def miss_class(gold: str, pred: str) -> str:
    """What kind of miss a (soft) gold/prediction pair is."""
    if not pred:
        return "missing"
    if not gold:
        return "spurious"
    if gold.startswith(pred) or pred in gold:
        return "cut short"
    if pred.startswith(gold) or gold in pred:
        return "ran on"
    return "other"


def kind(ex: grobid_corpus.Example) -> str:
    labels = {lab for lab, _s, _e in ex.spans}
    return "book/proc" if labels & {"booktitle", "publisher", "editor", "series"} else "article"


def errors(examples, field: str, show: int = 6) -> None:
    """Misses of one field by class, with a few examples of each (dev part only)."""
    by_class: dict[tuple[str, str], list] = defaultdict(list)
    for ex in examples:
        gold, pred = gold_fields(ex)[field], predicted_fields(ex.raw)[field]
        if gold != pred:
            by_class[(miss_class(gold, pred), kind(ex))].append((ex, gold, pred))
    for key, items in sorted(by_class.items(), key=lambda kv: -len(kv[1])):
        print(f"\n== {field} {key[0]} / {key[1]}: {len(items)}")
        for ex, gold, pred in items[:show]:
            print(f"  gold={gold[:90]!r}\n  pred={pred[:90]!r}\n    {ex.raw[:230]}")


def speed(examples) -> None:
    """CPU milliseconds per 1,000 strings: CRF tagging through python-crfsuite's Tagger (the
    feature dicts), through the numpy scorer the parser uses (``reference_crf.tag``), and
    the whole parse; the two taggers' labels must be the same."""
    from pipeline.ingest import reference_crf

    strings = [ex.raw for ex in examples]
    reference_crf.tag(strings[0])  # load the models outside the timing
    reference_crf.tag_crfsuite(strings[0])
    t0 = time.process_time()
    slow = [reference_crf.tag_crfsuite(raw) for raw in strings]
    t1 = time.process_time()
    fast = [reference_crf.tag(raw) for raw in strings]
    t2 = time.process_time()
    for raw in strings:
        parse_reference(raw, number=0)
    t3 = time.process_time()
    k = 1000 / len(strings)
    differ = sum(a != b for a, b in zip(slow, fast))
    print(f"CPU per 1,000 strings ({len(strings)} strings): tag python-crfsuite {k * (t1 - t0) * 1000:.0f} ms, "
          f"tag numpy {k * (t2 - t1) * 1000:.0f} ms (labels differ on {differ}), "
          f"parse_reference {k * (t3 - t2) * 1000:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=grobid_corpus.DEFAULT_ROOT)
    parser.add_argument("--limit", type=int, default=0, help="first N strings of each split only")
    parser.add_argument("--misses", choices=FIELDS, help="print misses of one field (tune split only)")
    parser.add_argument("--dev", type=Path, metavar="MODEL",
                        help="score the dev third of tune with this --dev model (and its -lexicon.json) only")
    parser.add_argument("--errors", choices=FIELDS, help="with --dev: that field's misses by class")
    parser.add_argument("--show", type=int, default=6, help="with --errors: examples printed per class")
    parser.add_argument("--fold", type=int, default=0, choices=(0, 1, 2),
                        help="with --dev: which third of tune is the dev part (the model's --fold)")
    parser.add_argument("--speed", action="store_true", help="CPU ms per 1,000 strings (dev part with --dev, else tune)")
    args = parser.parse_args()
    if not args.root.is_dir():
        sys.exit(f"mitominer: {args.root}: GROBID citation corpus not found")
    tune, heldout = grobid_corpus.split(grobid_corpus.load(args.root))
    if args.dev:
        from pipeline.ingest import reference_crf

        if not args.dev.is_file():
            sys.exit(f"mitominer: {args.dev}: model not found")
        reference_crf.use_model(args.dev, args.dev.with_name(args.dev.name.replace(".crfsuite", "-lexicon.json")))
        dev = [e for e in tune if grobid_corpus.is_dev(e.raw, args.fold)]
        if args.errors:
            errors(dev, args.errors, args.show)
        if args.speed:
            speed(dev)
        for field, (p, r, f1, n) in score(dev).items():
            print(f"dev {field}: P {100 * p:.1f} R {100 * r:.1f} F1 {100 * f1:.1f} (n={n})")
        return
    if args.speed:
        speed(tune)
        return
    if args.limit:
        tune, heldout = tune[: args.limit], heldout[: args.limit]
    splits = [("tune", tune), ("held-out", heldout), ("held-out biomedical", [e for e in heldout if grobid_corpus.is_biomedical(e)])]
    results = {}
    t0 = time.time()
    for name, examples in splits:
        results[name] = score(examples, args.misses if name == "tune" else None)
    seconds = time.time() - t0
    n = sum(len(ex) for _, ex in splits)
    print(f"\nreference strings: tune {len(tune)}, held-out {len(heldout)} ({len(splits[2][1])} biomedical); "
          f"{n / seconds:.0f} strings/s")
    header = "| field | " + " | ".join(f"{name} P / R / F1" for name, _ in splits) + " | GROBID PMC F1 |"
    print(header)
    print("|" + " --- |" * (len(splits) + 2))
    for f in FIELDS:
        cells = []
        for name, _ in splits:
            p, r, f1, support = results[name][f]
            cells.append(f"{100 * p:.1f} / {100 * r:.1f} / **{100 * f1:.1f}** (n={support})")
        grobid = GROBID_PMC_SOFT_F1.get(f)
        print(f"| {f} | " + " | ".join(cells) + f" | {grobid if grobid else '-'} |")
    print("\nDOI: exact match after normalisation; GROBID PMC figures are end-to-end from PDF "
          "(kermitt2/grobid doc/benchmarks/Benchmarking-pmc.md, v0.8.2, soft matching).")


if __name__ == "__main__":
    main()
