"""Train the optional statistical NER (CHEMICAL, DISEASE) on the BC5CDR training split.

    python scripts/train_ner.py --shared ../shared --out models/ner_stat [--max-steps 3000]

Steps: PubTator -> spaCy DocBin with the pipeline's own tokenizer (so spans
align at run time; mentions that do not align with tokens are dropped and
counted), 10% of the training abstracts held out for checkpoint selection (the
dev split stays untouched for ``benchmarks/ner_bench.py``), then ``spacy
train`` with ``models/ner_stat/config.cfg`` (a CNN tok2vec inside the NER, no
pretrained vectors: CPU, a few minutes). The trained pipeline's ``ner`` is
what ``pipeline.ner`` loads when the statistical component is switched on.
"""

from __future__ import annotations

import argparse
import logging
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from ner_bench import read_pubtator  # noqa: E402

LABELS = {"Chemical": "CHEMICAL", "Disease": "DISEASE"}
log = logging.getLogger("train_ner")


def pubtator_to_docbin(path: Path, tokenizer_nlp, seed: int = 13, held_out: float = 0.1):
    from spacy.tokens import DocBin

    docs = list(read_pubtator(path))
    random.Random(seed).shuffle(docs)
    n_dev = int(len(docs) * held_out)
    bins = {"train": DocBin(), "dev": DocBin()}
    dropped = 0
    for i, (_pmid, text, gold) in enumerate(docs):
        doc = tokenizer_nlp.make_doc(text)
        spans = []
        for start, end, kind in sorted(gold):
            if kind not in LABELS:
                continue
            span = doc.char_span(start, end, label=LABELS[kind])
            if span is None:
                dropped += 1
                continue
            spans.append(span)
        from spacy.util import filter_spans

        doc.ents = filter_spans(spans)
        bins["dev" if i < n_dev else "train"].add(doc)
    log.info("%s: %d docs, %d mentions not aligned with tokens (dropped)", path.name, len(docs), dropped)
    return bins


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=ROOT / "models" / "ner_stat")
    parser.add_argument("--max-steps", type=int, default=3000)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    import spacy

    from pipeline.ner.tokenizer import build_tokenizer

    nlp = spacy.blank("en")
    nlp.tokenizer = build_tokenizer(nlp)
    bins = pubtator_to_docbin(args.shared / "data" / "ner" / "bc5cdr" / "CDR_TrainingSet.PubTator.txt", nlp)
    with tempfile.TemporaryDirectory() as tmp:
        for name, db in bins.items():
            db.to_disk(Path(tmp) / f"{name}.spacy")
        cmd = [sys.executable, "-m", "spacy", "train", str(args.out / "config.cfg"), "--output", tmp + "/out",
               "--paths.train", tmp + "/train.spacy", "--paths.dev", tmp + "/dev.spacy",
               "--training.max_steps", str(args.max_steps)]
        subprocess.run(cmd, check=True)
        best = Path(tmp) / "out" / "model-best"
        target = args.out / "model"
        if target.exists():
            import shutil

            shutil.rmtree(target)
        import shutil

        shutil.copytree(best, target)
    log.info("trained model written to %s", target)


if __name__ == "__main__":
    main()
