"""Train the optional statistical NERs on the training splits.

    python scripts/train_ner.py --corpus bc5cdr --max-steps 2000   # CHEMICAL, DISEASE -> models/ner_stat/model
    python scripts/train_ner.py --corpus bc2gm --max-steps 2000    # GENE_OR_PROTEIN  -> models/ner_stat/gene_model

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

from ner_bench import read_iob, read_pubtator  # noqa: E402

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


def iob_to_docbin(path: Path, vocab, seed: int = 13, held_out: float = 0.1):
    """BC2GM IOB sentences -> DocBins, keeping the corpus tokens (they are what the file gives)."""
    from spacy.tokens import Doc, DocBin

    sents = list(read_iob(path))
    random.Random(seed).shuffle(sents)
    n_dev = int(len(sents) * held_out)
    bins = {"train": DocBin(), "dev": DocBin()}
    for i, (text, gold) in enumerate(sents):
        words = text.split(" ")
        doc = Doc(vocab, words=words)
        doc.ents = [doc.char_span(s, e, label="GENE_OR_PROTEIN") for s, e, _ in sorted(gold)]
        bins["dev" if i < n_dev else "train"].add(doc)
    log.info("%s: %d sentences", path.name, len(sents))
    return bins


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--corpus", choices=("bc5cdr", "bc2gm"), default="bc5cdr")
    parser.add_argument("--max-steps", type=int, default=3000)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    import spacy

    from pipeline.ner.tokenizer import build_tokenizer

    nlp = spacy.blank("en")
    nlp.tokenizer = build_tokenizer(nlp)
    ner_dir = args.shared / "data" / "ner"
    if args.corpus == "bc5cdr":
        bins = pubtator_to_docbin(ner_dir / "bc5cdr" / "CDR_TrainingSet.PubTator.txt", nlp)
    else:
        bins = iob_to_docbin(ner_dir / "iob" / "BC2GM-IOB" / "train.tsv", nlp.vocab)
    out_dir = ROOT / "models" / "ner_stat"
    with tempfile.TemporaryDirectory() as tmp:
        for name, db in bins.items():
            db.to_disk(Path(tmp) / f"{name}.spacy")
        cmd = [sys.executable, "-m", "spacy", "train", str(out_dir / "config.cfg"), "--output", tmp + "/out",
               "--paths.train", tmp + "/train.spacy", "--paths.dev", tmp + "/dev.spacy",
               "--training.max_steps", str(args.max_steps)]
        subprocess.run(cmd, check=True)
        best = Path(tmp) / "out" / "model-best"
        target = out_dir / ("model" if args.corpus == "bc5cdr" else "gene_model")
        if target.exists():
            import shutil

            shutil.rmtree(target)
        import shutil

        shutil.copytree(best, target)
    log.info("trained model written to %s", target)


if __name__ == "__main__":
    main()
