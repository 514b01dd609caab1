"""``mitominer evaluate --gold GOLD --pred PRED [--split SPLITS.json --part test] [--json]``.

GOLD and PRED are both JSONL files (one set of records, any documents) or
both folders of ``<stem>.jsonl`` files, one per document
(``pipeline.evaluate_folder``). Warnings (an empty side, no document in
common) go to stderr, one line each, and do not change the exit status.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from pipeline.cli.common import err_console, fail, reported_errors
from pipeline.evaluate import Scores, documents_align, score
from pipeline.evaluate_folder import FolderScores, SplitError, read_split, record_files, score_folders
from pipeline.records import Record, RecordError, read_records

EVIDENCE_WIDTH = 90


def load_records(path: Path) -> list[Record]:
    """Read a records file; a bad line or encoding becomes a one-line CLI error."""
    try:
        return read_records(path)
    except RecordError as exc:
        raise fail(str(exc)) from None
    except UnicodeDecodeError:
        raise fail(f"{path}: not UTF-8 text (expected JSONL records)") from None


def warn(message: str) -> None:
    """One line on stderr: ``mitominer: warning: MESSAGE``."""
    err_console.print(f"mitominer: warning: {message}", markup=False)


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _truncate(text: str, width: int = EVIDENCE_WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def record_lines(record: Record, width: int = EVIDENCE_WIDTH) -> list[str]:
    """Two lines per record: place, regulator {ids}, effect, therapy, (citations); then the evidence."""
    ids = ", ".join(record.regulator_ids)
    citations = ", ".join(str(c) for c in record.citations) or "no citation"
    head = (
        f"  [{record.section or '?'}] {record.regulator} {{{ids}}}  {record.effect}  "
        f"{record.therapy_id}  ({citations})"
    )
    return [head, "      " + _truncate(record.evidence, width)]


def print_scores(scores: Scores, console: Console, papers: FolderScores | None = None) -> None:
    """The curator's view: the two modes, the column agreement, (per paper,) then every miss."""
    if scores.alignment is not None:
        gold_doc, pred_doc = scores.alignment
        console.print(f"aligned documents: prediction {pred_doc!r} scored against gold {gold_doc!r}")
    console.print(
        f"records per regulator id: gold {scores.gold_n}, predicted {scores.pred_n}"
        + (f", over {len(papers.papers)} papers (micro-average)" if papers is not None else ""),
        markup=False,
    )
    figures = Table(title="relation records", title_justify="left")
    for column in ("mode", "precision", "recall", "F1", "tp", "fp", "fn"):
        figures.add_column(column, justify="left" if column == "mode" else "right")
    for mode in (scores.strict, scores.pair):
        figures.add_row(
            mode.mode, _fmt(mode.precision), _fmt(mode.recall), _fmt(mode.f1), str(mode.tp), str(mode.fp), str(mode.fn)
        )
    console.print(figures)
    agreement = Table(title="agreement on pair-matched records", title_justify="left")
    for column in ("column", "agree", "matched", "rate"):
        agreement.add_column(column, justify="left" if column == "column" else "right")
    for a in scores.agreement:
        agreement.add_row(a.column, str(a.agree), str(a.total), _fmt(a.rate))
    console.print(agreement)
    if papers is not None:
        console.print("per paper (strict): paper  gold  pred  tp  P  R  F1", markup=False)
        for p in papers.papers:
            s = p.scores.strict
            note = "" if p.has_prediction else "  (no prediction file)"
            console.print(
                f"  {p.stem}  {p.scores.gold_n}  {p.scores.pred_n}  {s.tp}  "
                f"{_fmt(s.precision)}  {_fmt(s.recall)}  {_fmt(s.f1)}{note}",
                markup=False,
                highlight=False,
            )
    # Plain lines rather than a table: evidence stays legible at any terminal width.
    for title, records in (
        ("false negatives (strict: gold records not found)", scores.strict.false_negatives),
        ("false positives (strict: predictions matching no gold)", scores.strict.false_positives),
    ):
        console.print(f"{title}: {len(records) or 'none'}", markup=False)
        for record in records:
            for line in record_lines(record):
                console.print(line, markup=False, highlight=False, soft_wrap=True)


def _folder_scores(gold: Path, pred: Path, split: Path | None, part: str, split_key: str | None) -> FolderScores:
    gold_files, pred_files = record_files(gold), record_files(pred)
    stems = None
    if split is not None:
        try:
            stems = read_split(split, part, list(gold_files), split_key)
        except SplitError as exc:
            raise fail(str(exc)) from None
        absent = [s for s in stems if s not in gold_files]
        if absent:
            warn(f"{gold}: {len(absent)} stem(s) of part {part!r} have no gold file, scored as empty: {', '.join(absent[:5])}")
    scored = set(gold_files if stems is None else stems)
    gold_records = {stem: load_records(path) for stem, path in gold_files.items() if stem in scored}
    pred_records = {stem: load_records(path) for stem, path in pred_files.items() if stem in scored}
    result = score_folders(gold_records, pred_records, stems)
    result = replace(result, unscored_predictions=tuple(sorted(set(pred_files) - scored)))
    if not scored & set(pred_files):
        warn(f"{pred}: no prediction file shares a stem with the gold files in {gold}")
    missing = [p.stem for p in result.papers if not p.has_prediction]
    if missing and scored & set(pred_files):
        warn(f"{pred}: {len(missing)} gold file(s) have no prediction file, counted as misses: {', '.join(missing[:5])}")
    return result


def _warn_empty(scores: Scores, gold: Path, pred: Path) -> None:
    if scores.gold_n == 0:
        warn(f"{gold}: no gold records")
    if scores.pred_n == 0:
        warn(f"{pred}: no predicted records")


def evaluate_command(
    gold: Annotated[Path, typer.Option("--gold", help="Gold records: a JSONL file, or a folder of <stem>.jsonl.")],
    pred: Annotated[Path, typer.Option("--pred", help="Predicted records: a JSONL file, or a folder of <stem>.jsonl.")],
    split: Annotated[
        Path | None, typer.Option("--split", help="Folder mode: a splits JSON file; score only the stems of --part.")
    ] = None,
    part: Annotated[str, typer.Option("--part", help="The part of --split to score (test or tune).")] = "test",
    split_key: Annotated[
        str | None,
        typer.Option("--split-key", help="The named split in --split (default: the one that lists the gold files)."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object instead of tables.")] = False,
) -> None:
    """Score predicted relation records against gold records (spec/relations.md, Scoring)."""
    papers = None
    with reported_errors():
        if gold.is_dir() or pred.is_dir():
            if not (gold.is_dir() and pred.is_dir()):
                raise fail(f"{gold if not gold.is_dir() else pred}: expected a folder (--gold and --pred are both folders or both files)")
            papers = _folder_scores(gold, pred, split, part, split_key)
            scores = papers.total
        else:
            if split is not None:
                raise fail(f"{split}: --split applies to folders of records, not to single files")
            gold_records, pred_records = load_records(gold), load_records(pred)
            scores = score(gold_records, pred_records)
            if gold_records and pred_records and not documents_align(gold_records, pred_records):
                warn(f"{pred}: no document of the prediction aligns with a gold document (doc_ids differ)")
    _warn_empty(scores, gold, pred)
    if as_json:
        data = scores.to_dict() if papers is None else papers.to_dict()
        typer.echo(json.dumps(data, ensure_ascii=False, sort_keys=False))
    else:
        print_scores(scores, Console(highlight=False, soft_wrap=False), papers)
