"""Flattened superscript citations (``drugs4-6``) on the synthetic dev set: markers and citations agreement.

Per part of ``annotations/dev/synthetic/split.json`` (tune, and the test part only
as one summary line): texts whose document was judged to use the flattened style,
citation markers found (all kinds, and the flattened ones), and the citations
column agreement of the records that match gold (pair matching, ``mitominer
evaluate``'s column agreement) together with strict P/R/F1 (which needs a shared
citation). ``--no-flat`` runs the same with the flattened-citation rule switched off
(the "before"). Records come from the extractor as ``mitominer extract`` runs it
(``benchmarks/relations_dev.py``).

Run: ``python benchmarks/flat_citations_bench.py [--no-flat] [--part tune|test|both] [-v]``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import relations_dev as dev  # noqa: E402
from pipeline.evaluate_folder import score_folders  # noqa: E402
from pipeline.ingest import flat_citations  # noqa: E402

SYNTHETIC = ROOT / "annotations" / "dev" / "synthetic"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-flat", action="store_true", help="switch the flattened-citation rule off (before)")
    parser.add_argument("--part", choices=["tune", "test", "both"], default="tune", help="test: its summary line only, never tuned on")
    parser.add_argument("-v", "--verbose", action="store_true", help="one line per tune text")
    args = parser.parse_args(argv)
    if args.no_flat:
        import pipeline.ingest.assemble as assemble

        assemble.detect_flat_style = lambda texts, n_references=0: None  # the hook passes flat=None: the old path

    from pipeline.ner import load_nlp

    nlp = load_nlp()
    split = json.loads((SYNTHETIC / "split.json").read_text(encoding="utf-8"))["synthetic"]
    paths = sorted(SYNTHETIC.glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        run = dev.run_papers("synthetic", paths, Path(tmp), nlp)
    pred = {p.stem: p.records for p in run.papers}
    gold = dev.gold_folder(SYNTHETIC) or {}
    print(f"flattened-citation rule {'OFF' if args.no_flat else 'ON'}")
    for part in ("tune", "test") if args.part == "both" else (args.part,):
        stems = split[part]
        docs = {p: dev.paper_to_document(SYNTHETIC / f"{p}.txt") for p in stems}
        markers = sum(len(d.citations) for d in docs.values())
        flat = sum(1 for d in docs.values() for c in d.citations if c.text[:1] in "0123456789")
        styled = sum(1 for d in docs.values() if any(c.text[:1] in "0123456789" for c in d.citations))
        scored = score_folders(gold, pred, stems)
        agree = {a.column: a for a in scored.total.agreement}["citations"]
        s = scored.total.strict
        rate = f"{agree.rate:.3f}" if agree.rate is not None else "-"
        print(
            f"{part:5} texts {len(stems):>2}  flat-style texts {styled:>2}  markers {markers:>3} (flattened {flat:>3})  "
            f"citations agree {agree.agree}/{agree.total} = {rate}  strict P/R/F1 {s.precision:.3f}/{s.recall:.3f}/{s.f1:.3f}"
        )
        if args.verbose and part == "tune":
            for p, d in docs.items():
                n_flat = sum(1 for c in d.citations if c.text[:1] in "0123456789")
                print(f"    {p:42} markers {len(d.citations):>3}  flattened {n_flat:>3}")
    _ = flat_citations  # the rule under measurement
    return 0


if __name__ == "__main__":
    sys.exit(main())
