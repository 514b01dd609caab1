"""Relation extraction on the development sets, scored per regulator id: tune and test parts apart.

Runs the extractor the way ``mitominer extract`` does (``paper_to_document``
then ``pipeline.relations.extract_records``, the NER loaded once) over

- ``abstracts``: the real titles + abstracts in ``../shared/data/papers/abstracts/``,
  gold in ``annotations/dev/abstracts/`` (skipped, predictions still written,
  when that gold is absent);
- ``biored``: the BioRED research abstracts exported by
  ``scripts/export_biored_dev.py`` into a temporary folder (the data stay out
  of the repository), gold in ``annotations/dev/biored/``;
- ``chemprot``: the ChemProt sentences about a therapy's outcome exported by
  ``scripts/export_chemprot_dev.py`` (one text per sentence, in section
  ``abstract``) into a temporary folder, gold in ``annotations/dev/chemprot/``;
- ``bc5cdr``: the BC5CDR abstracts exported by ``scripts/export_bc5cdr_dev.py``
  into a temporary folder, gold in ``annotations/dev/bc5cdr/`` (a precision
  set: most texts give no record);
- ``review``: both text renditions of the founding review, gold
  ``annotations/relations.jsonl`` (the paper the rules were tuned on: an upper
  bound, not a held-out figure);

writes the predictions to ``OUT/<set>/<stem>.jsonl`` and prints, per set and
part of ``annotations/dev/splits.json`` (``tune``, ``test``; ``all`` when the
split lists none), the evaluator's strict and pair P/R/F1 (per regulator id,
micro-averaged), records per paper, and extraction words/s (words of the text
the extractor reads: title, abstract, body paragraphs, figure legends, table
cells; time of ``extract_records`` only, i.e. the one NER pass (``annotate``)
plus the relation rules (``annotated_to_records``), after the NER is loaded and one
untimed warm-up run, one process, as wall-clock and as CPU time of the
process: words per CPU second is the per-core figure, printed for the whole
extraction and for the rules alone (``rules w/cpu s``); the load average is
printed because the wall-clock figure depends on what else runs).
The sets needing ``../shared`` are skipped with a note when it is absent.

Run: ``python benchmarks/relations_dev.py [-o OUT_DIR] [--sets abstracts,biored,chemprot,bc5cdr,review] [--repeat N] [--json] [-v]``.
``--repeat N`` extracts every paper N times and times the fastest run of each (the
records are the same every time): on a shared, loaded machine the CPU time of one
run varies by a third or more, the fastest of five much less.
``-v`` adds one line per paper and the error lists of the test parts stay
unprinted on purpose: read them with ``mitominer evaluate --gold DIR --pred OUT/<set>``
on the tune part only.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
ABSTRACTS_DIR = SHARED / "data" / "papers" / "abstracts"
BIORED_DATA = SHARED / "data" / "relations" / "biored"
CHEMPROT_DATA = SHARED / "data" / "relations" / "chemprot"
BC5CDR_DATA = SHARED / "data" / "ner" / "bc5cdr"
ANNOTATIONS = ROOT / "annotations"
SPLITS = ANNOTATIONS / "dev" / "splits.json"
REVIEW_RENDITIONS = (
    ROOT / "corpus" / "yan2025_oncolrev_html-extracted.txt",
    ROOT / "corpus" / "yan2025_oncolrev_pdf-extracted.txt",
)
SETS = ("abstracts", "biored", "chemprot", "bc5cdr", "review")
sys.path.insert(0, str(ROOT))  # this checkout's `pipeline`, not another one installed in the environment

from pipeline.cli.extract import paper_to_document  # noqa: E402  (the code path of `mitominer extract`)
from pipeline.document import Document  # noqa: E402
from pipeline.errors import InputError  # noqa: E402
from pipeline.evaluate import Scores, score  # noqa: E402
from pipeline.evaluate_folder import score_folders  # noqa: E402
from pipeline.records import Record, read_records, records_to_jsonl  # noqa: E402
from pipeline.annotate import annotate  # noqa: E402
from pipeline.relations.extract import annotated_to_records  # noqa: E402  (extract_records = annotate + this)


@dataclass
class Paper:
    stem: str
    words: int
    seconds: float  # wall clock
    cpu_seconds: float  # CPU time of this process: the per-core figure, less sensitive to a loaded machine
    records: list[Record]
    relation_cpu_seconds: float = 0.0  # CPU time of the relation rules alone (after the one NER pass)


@dataclass
class SetRun:
    name: str
    papers: list[Paper] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)  # papers ingestion refused
    note: str = ""


def document_words(document: Document) -> int:
    """Words of the text the extractor reads (title, abstract, body paragraphs, legends, table cells)."""
    parts = [document.title, document.abstract]
    parts += [p.text for s in document.sections for p in s.paragraphs]
    parts += [f.caption for f in document.figures]
    parts += [cell for t in document.tables for row in t.rows for cell in row]
    return sum(len(text.split()) for text in parts)


def run_papers(name: str, paths: list[Path], out_dir: Path, nlp, repeat: int = 1) -> SetRun:
    run = SetRun(name)
    (out_dir / name).mkdir(parents=True, exist_ok=True)
    for path in paths:
        try:
            document = paper_to_document(path)
        except InputError as exc:  # as `mitominer extract` would: one line, the paper scores as no prediction
            print(f"relations_dev: {exc}", file=sys.stderr)
            run.failed.append(path.stem)
            continue
        best = None
        for _ in range(max(1, repeat)):  # the fastest of ``repeat`` runs: what other processes add is noise
            start, cpu_start = time.perf_counter(), time.process_time()
            annotated = annotate(document, nlp)  # what extract_records does: the NER pass, then the rules
            cpu_rules = time.process_time()
            records = annotated_to_records(annotated, nlp)
            seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
            rules = time.process_time() - cpu_rules
            run_times = (seconds, cpu, rules)
            best = run_times if best is None else tuple(min(a, b) for a, b in zip(best, run_times))
        seconds, cpu, rules = best
        (out_dir / name / f"{path.stem}.jsonl").write_text(records_to_jsonl(records), encoding="utf-8")
        run.papers.append(Paper(path.stem, document_words(document), seconds, cpu, records, rules))
    return run


def _exporter(name: str):
    """The module ``scripts/<name>.py`` (a dev-set exporter), loaded once."""
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # a dataclass in it looks its module up there
        spec.loader.exec_module(module)
    return sys.modules[name]


def export_biored(tmp: Path) -> list[Path]:
    return _exporter("export_biored_dev").export(BIORED_DATA, tmp)


def export_chemprot(tmp: Path) -> list[Path]:
    """The ChemProt dev sentences as ``<doc_id>.txt`` in ``tmp`` (scripts/export_chemprot_dev.py)."""
    return _exporter("export_chemprot_dev").export(CHEMPROT_DATA, tmp)


def export_bc5cdr(tmp: Path) -> list[Path]:
    # a folder of its own: the BioRED export writes to tmp itself
    return _exporter("export_bc5cdr_dev").export(BC5CDR_DATA, tmp / "bc5cdr")


def load_parts(key: str, stems: list[str]) -> dict[str, list[str]]:
    """``{"tune": [...], "test": [...]}`` of the split ``key``, else ``{"all": stems}``."""
    if SPLITS.is_file():
        split = json.loads(SPLITS.read_text(encoding="utf-8")).get(key)
        if isinstance(split, dict) and split.get("test"):
            return {part: list(split.get(part, [])) for part in ("tune", "test")}
    return {"all": stems}


def gold_folder(folder: Path) -> dict[str, list[Record]] | None:
    files = sorted(folder.glob("*.jsonl")) if folder.is_dir() else []
    return {p.stem: read_records(p) for p in files} or None


def figures(scores: Scores) -> dict:
    out = {"gold": scores.gold_n, "pred": scores.pred_n}
    for mode in (scores.strict, scores.pair):
        out[mode.mode] = {
            "precision": round(mode.precision, 3),
            "recall": round(mode.recall, 3),
            "f1": round(mode.f1, 3),
            "tp": mode.tp,
            "fp": mode.fp,
            "fn": mode.fn,
        }
    return out


def speed(run: SetRun) -> dict:
    words = sum(p.words for p in run.papers)
    seconds = sum(p.seconds for p in run.papers)
    cpu = sum(p.cpu_seconds for p in run.papers)
    rules = sum(p.relation_cpu_seconds for p in run.papers)
    counts = [len(p.records) for p in run.papers]
    return {
        "papers": len(run.papers),
        "failed": list(run.failed),
        "records": sum(counts),
        "records_per_paper": round(sum(counts) / len(counts), 2) if counts else 0.0,
        "papers_with_records": sum(1 for c in counts if c),
        "words": words,
        "seconds": round(seconds, 3),
        "words_per_s": round(words / seconds) if seconds else None,
        "cpu_seconds": round(cpu, 3),
        "words_per_cpu_s": round(words / cpu) if cpu else None,
        "relation_cpu_seconds": round(rules, 3),
        "relation_words_per_cpu_s": round(words / rules) if rules else None,
    }


def score_set(run: SetRun, gold: dict[str, list[Record]] | None) -> dict:
    result: dict = {"speed": speed(run), "note": run.note, "parts": {}}
    if gold is None:
        result["note"] = (run.note + "; " if run.note else "") + "no gold folder: not scored"
        return result
    pred = {p.stem: p.records for p in run.papers}
    for part, stems in load_parts(run.name, sorted(gold)).items():
        scored = score_folders(gold, pred, stems)
        result["parts"][part] = figures(scored.total) | {
            "papers": len(scored.papers),
            "per_paper": [p.to_dict() for p in scored.papers],
        }
    return result


def score_review(run: SetRun) -> dict:
    gold = read_records(ANNOTATIONS / "relations.jsonl")
    result: dict = {"speed": speed(run), "note": "the paper the rules were tuned on", "parts": {}}
    for paper in run.papers:
        result["parts"][paper.stem] = figures(score(gold, paper.records)) | {"papers": 1, "per_paper": []}
    return result


def print_report(results: dict[str, dict], verbose: bool) -> None:
    head = f"{'set':10} {'part':34} {'papers':>6} {'gold':>5} {'pred':>5}  {'strict P / R / F1':>19}  {'pair P / R / F1':>19}"
    print(head)
    print("-" * len(head))
    for name, result in results.items():
        if not result["parts"]:
            print(f"{name:10} {'-':34} {result['speed']['papers']:>6}  ({result['note']})")
        for part, f in result["parts"].items():
            s, p = f["strict"], f["pair"]
            print(
                f"{name:10} {part:34} {f['papers']:>6} {f['gold']:>5} {f['pred']:>5}  "
                f"{s['precision']:.3f} / {s['recall']:.3f} / {s['f1']:.3f}  "
                f"{p['precision']:.3f} / {p['recall']:.3f} / {p['f1']:.3f}"
            )
            if verbose:
                for paper in f["per_paper"]:
                    prf = (
                        "(nothing to find, nothing found)"
                        if paper["gold"] == paper["pred"] == 0
                        else f"P {paper['precision']:.3f}  R {paper['recall']:.3f}  F1 {paper['f1']:.3f}"
                    )
                    print(
                        f"    {paper['paper']:40} gold {paper['gold']:>3}  pred {paper['pred']:>3}  tp {paper['tp']:>3}  {prf}"
                        + ("" if paper["has_prediction"] else "  (no prediction)")
                    )
    print()
    print(f"{'set':10} {'papers':>6} {'records':>7} {'per paper':>9} {'with any':>8} {'words':>8} {'wall s':>8} {'words/s':>8} {'cpu s':>8} {'words/cpu s':>11} {'rules cpu s':>11} {'rules w/cpu s':>13}")
    for name, result in results.items():
        sp = result["speed"]
        failed = f"  (not ingested: {', '.join(sp['failed'])})" if sp["failed"] else ""
        print(
            f"{name:10} {sp['papers']:>6} {sp['records']:>7} {sp['records_per_paper']:>9} {sp['papers_with_records']:>8} "
            f"{sp['words']:>8} {sp['seconds']:>8} {sp['words_per_s'] or '-':>8} {sp['cpu_seconds']:>8} "
            f"{sp['words_per_cpu_s'] or '-':>11} {sp['relation_cpu_seconds']:>11} {sp['relation_words_per_cpu_s'] or '-':>13}{failed}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "out" / "relations_dev", help="predictions folder")
    parser.add_argument("--sets", default=",".join(SETS), help="comma-separated: " + ", ".join(SETS))
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("-v", "--verbose", action="store_true", help="one line per paper")
    parser.add_argument("--repeat", type=int, default=1,
                        help="extract each paper N times and time the fastest run (steadier on a loaded machine)")
    args = parser.parse_args(argv)
    wanted = [s.strip() for s in args.sets.split(",") if s.strip()]
    unknown = [s for s in wanted if s not in SETS]
    if unknown:
        print(f"relations_dev: unknown set(s) {', '.join(unknown)} (known: {', '.join(SETS)})", file=sys.stderr)
        return 1

    from pipeline.ner import load_nlp

    load_start = time.perf_counter()
    nlp = load_nlp()
    load_seconds = time.perf_counter() - load_start
    # one untimed run first: the first call builds the matchers and lexicons (about 1 s), which is
    # start-up cost, not extraction speed
    document = paper_to_document(REVIEW_RENDITIONS[0])
    annotated_to_records(annotate(document, nlp), nlp)
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="mitominer-biored-") as tmp:
        for name in wanted:
            if name == "review":
                results[name] = score_review(run_papers(name, list(REVIEW_RENDITIONS), args.output, nlp, args.repeat))
            elif not SHARED.is_dir():
                results[name] = {"speed": speed(SetRun(name)), "note": "../shared is absent: skipped", "parts": {}}
            elif name == "abstracts":
                paths = sorted(ABSTRACTS_DIR.glob("*.txt"))
                results[name] = score_set(run_papers(name, paths, args.output, nlp, args.repeat), gold_folder(ANNOTATIONS / "dev" / "abstracts"))
            elif name == "chemprot":
                paths = export_chemprot(Path(tmp) / "chemprot")
                results[name] = score_set(run_papers(name, paths, args.output, nlp, args.repeat), gold_folder(ANNOTATIONS / "dev" / "chemprot"))
            elif name == "bc5cdr":
                paths = export_bc5cdr(Path(tmp))
                results[name] = score_set(run_papers(name, paths, args.output, nlp, args.repeat), gold_folder(ANNOTATIONS / "dev" / "bc5cdr"))
            else:
                paths = export_biored(Path(tmp))
                results[name] = score_set(run_papers(name, paths, args.output, nlp, args.repeat), gold_folder(ANNOTATIONS / "dev" / "biored"))
    if args.json:
        data = {"ner_load_seconds": round(load_seconds, 2), "load_average": round(os.getloadavg()[0], 2), "sets": results}
        print(json.dumps(data, indent=2))
    else:
        print(f"predictions in {args.output}/<set>/; NER loaded in {load_seconds:.1f} s; scoring per regulator id\n")
        print_report(results, args.verbose)
        print(f"load average during the run: {os.getloadavg()[0]:.1f} ({os.cpu_count()} cores)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
