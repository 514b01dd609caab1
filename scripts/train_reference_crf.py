"""Train the reference-string CRF on the TUNE split of GROBID's citation corpus.

    python scripts/train_reference_crf.py [--root ../shared/data/references/grobid-citation] [--out MODEL]
    python scripts/train_reference_crf.py --dev [--fold N] [--out MODEL]

Writes models/references/citation.crfsuite (or --out; with --dev, a /tmp file unless --out
is given). The held-out third (SHA-1 of the
string = 0 mod 3, see benchmarks/grobid_corpus.py) is never read here.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

import pycrfsuite  # noqa: E402

import grobid_corpus  # noqa: E402
from pipeline.ingest.reference_crf import _VENUE_WORDS, LEXICON_FIELDS, features, tokenize, venue_index  # noqa: E402

#: Fields the runtime uses keep their names; the rest collapse into a few.
LABELS = {
    "author": "author", "editor": "editor", "title": "title", "journal": "journal",
    "booktitle": "booktitle", "series": "booktitle", "date": "date", "volume": "volume",
    "issue": "issue", "pages": "pages", "doi": "doi", "idno": "idno", "url": "url",
    "publisher": "publisher", "pubplace": "pubplace", "institution": "publisher",
}


def token_labels(example: grobid_corpus.Example) -> tuple[list, list[str]]:
    tokens = tokenize(example.raw)
    labels = []
    for _tok, start, _end in tokens:
        label = "O"
        for name, s, e in example.spans:
            if s <= start < e:
                label = LABELS.get(name, "O")
                break
        labels.append(label)
    return tokens, labels


def build_lexicon(examples, min_count: int = 3) -> dict[str, str]:
    """word -> one digit per LEXICON_FIELDS: the share (in fifths, 0-4) of the word's
    occurrences in ``examples`` that lie inside that field; words seen < min_count times
    are left out."""
    seen: Counter[str] = Counter()
    inside: dict[str, Counter[str]] = defaultdict(Counter)
    for example in examples:
        tokens, labels = token_labels(example)
        for (tok, _s, _e), label in zip(tokens, labels):
            if not tok[:1].isalpha():
                continue
            low = tok.lower()
            seen[low] += 1
            inside[low][label] += 1
    return {
        word: "".join(str(min(4, int(5 * inside[word][name] / n))) for name in LEXICON_FIELDS)
        for word, n in sorted(seen.items())
        if n >= min_count
    }


def build_venues(examples) -> list[str]:
    """The journal names the labels of ``examples`` hold, as space-joined lower-case word
    sequences (letters only, at most _VENUE_WORDS words): the gazetteer behind the ``gz``
    features."""
    names = set()
    for example in examples:
        for name, s, e in example.spans:
            if name == "journal":
                words = [tok.lower() for tok, _s, _e in tokenize(example.raw[s:e]) if tok[:1].isalpha()]
                if 0 < len(words) <= _VENUE_WORDS:
                    names.add(" ".join(words))
    return sorted(names)


def _fold(raw: str) -> int:
    return int(hashlib.sha1(b"lexicon:" + raw.encode()).hexdigest(), 16) % 2


#: Where the shipped model goes (no --dev, no --out).
SHIPPED_MODEL = ROOT / "models" / "references" / "citation.crfsuite"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line, with ``out`` resolved: ``--out`` when given (with or without
    ``--dev``), else the shipped model's path, or with ``--dev`` a /tmp file named by the
    settings (``citation-dev-C1-C2[-foldN][TAG].crfsuite``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=grobid_corpus.DEFAULT_ROOT)
    parser.add_argument("--out", type=Path, default=None,
                        help="model file (its lexicon is written beside it as NAME-lexicon.json); default "
                             "models/references/citation.crfsuite, or with --dev /tmp/citation-dev-C1-C2[-foldN][TAG].crfsuite")
    parser.add_argument("--iterations", type=int, default=150)
    parser.add_argument("--c2", type=float, default=0.1)  # chosen by --dev: 0.1 beat 0.01 on 6 of 7 fields
    parser.add_argument("--c1", type=float, default=0.2)  # chosen by --dev (session 3)
    parser.add_argument("--minfreq", type=int, default=2, help="crfsuite feature.minfreq (features seen fewer times are dropped)")
    parser.add_argument("--lexicon-min", type=int, default=3, help="words seen fewer times are left out of the lexicon")
    parser.add_argument("--tag", default="", help="suffix of the --dev model's file name")
    parser.add_argument("--fold", type=int, default=0, choices=(0, 1, 2),
                        help="with --dev: which third of tune is held back (0, the dev third of the model choices)")
    parser.add_argument("--dev", action="store_true",
                        help="model selection inside tune: train on 2/3 of it, score the other 1/3 (held-out untouched)")
    args = parser.parse_args(argv)
    if args.out is not None and args.out.suffix != ".crfsuite":
        parser.error("--out must end in .crfsuite (the lexicon is written beside it as NAME-lexicon.json)")
    if args.out is None:
        if args.dev:
            fold = f"-fold{args.fold}" if args.fold else ""
            args.out = Path("/tmp") / f"citation-dev-{args.c1}-{args.c2}{fold}{args.tag}.crfsuite"
        else:
            args.out = SHIPPED_MODEL
    return args


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    tune, _heldout = grobid_corpus.split(grobid_corpus.load(args.root))
    dev = []
    if args.dev:
        dev = [e for e in tune if grobid_corpus.is_dev(e.raw, args.fold)]
        tune = [e for e in tune if not grobid_corpus.is_dev(e.raw, args.fold)]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    lexicon_out = args.out.with_name(args.out.name.replace(".crfsuite", "-lexicon.json"))
    lexicon = build_lexicon(tune, args.lexicon_min)
    lexicon_out.write_text(json.dumps({
        "about": "word -> share of its occurrences inside each field, in fifths (0-4), GROBID citation "
                 "corpus, tune split; built by scripts/train_reference_crf.py",
        "fields": list(LEXICON_FIELDS), "words": lexicon, "venues": build_venues(tune),
    }, ensure_ascii=False, sort_keys=True, indent=0) + "\n", encoding="utf-8")
    # cross-fitted: a training string's lexicon features come from the other half of the
    # strings, so the CRF learns how far a lexicon built on OTHER strings can be trusted
    halves = [build_lexicon([e for e in tune if _fold(e.raw) != k], args.lexicon_min) for k in (0, 1)]
    venue_halves = [venue_index(build_venues([e for e in tune if _fold(e.raw) != k])) for k in (0, 1)]
    trainer = pycrfsuite.Trainer(verbose=False)
    for example in tune:
        tokens, labels = token_labels(example)
        if tokens:
            trainer.append(features(example.raw, tokens, halves[_fold(example.raw)], venue_halves[_fold(example.raw)]), labels)
    trainer.set_params({
        "c1": args.c1, "c2": args.c2, "max_iterations": args.iterations,
        "feature.minfreq": args.minfreq, "feature.possible_transitions": True,
    })
    args.out.parent.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    trainer.train(str(args.out))
    print(f"trained on {len(tune)} tune strings in {time.time() - t0:.0f} s -> {args.out} "
          f"({args.out.stat().st_size / 1e6:.1f} MB)")
    if dev:
        import references_bench
        from pipeline.ingest import reference_crf

        reference_crf.use_model(args.out, lexicon_out)
        for field, (p, r, f1, n) in references_bench.score(dev).items():
            print(f"dev {field}: P {100 * p:.1f} R {100 * r:.1f} F1 {100 * f1:.1f} (n={n})")


if __name__ == "__main__":
    main()
