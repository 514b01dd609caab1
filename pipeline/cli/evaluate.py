"""``mitominer evaluate --gold GOLD.jsonl --pred PRED.jsonl [--json]``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from pipeline.cli.common import fail, reported_errors
from pipeline.evaluate import Scores, score
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


def print_scores(scores: Scores, console: Console) -> None:
    """The curator's view: the two modes, the column agreement, then every miss."""
    if scores.alignment is not None:
        gold_doc, pred_doc = scores.alignment
        console.print(f"aligned documents: prediction {pred_doc!r} scored against gold {gold_doc!r}")
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
    # Plain lines rather than a table: evidence stays legible at any terminal width.
    for title, records in (
        ("false negatives (strict: gold records not found)", scores.strict.false_negatives),
        ("false positives (strict: predictions matching no gold)", scores.strict.false_positives),
    ):
        console.print(f"{title}: {len(records) or 'none'}", markup=False)
        for record in records:
            for line in record_lines(record):
                console.print(line, markup=False, highlight=False, soft_wrap=True)


def evaluate_command(
    gold: Annotated[Path, typer.Option("--gold", help="Gold records (JSONL).")],
    pred: Annotated[Path, typer.Option("--pred", help="Predicted records (JSONL).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object instead of tables.")] = False,
) -> None:
    """Score predicted relation records against gold records (spec/relations.md, Scoring)."""
    with reported_errors():
        scores = score(load_records(gold), load_records(pred))
    if as_json:
        typer.echo(json.dumps(scores.to_dict(), ensure_ascii=False, sort_keys=False))
    else:
        print_scores(scores, Console(highlight=False, soft_wrap=False))
