"""``mitominer report OUT_DIR [-o DEST]``: the curator's static HTML report of a dataset."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from pipeline.cli.common import fail, reported_errors


def report_command(
    output: Annotated[Path, typer.Argument(help="Output folder of `mitominer run` (holding dataset/).")],
    dest: Annotated[
        Optional[Path], typer.Option("-o", "--output", help="Report folder (default: OUT_DIR/report).", file_okay=False)
    ] = None,
) -> None:
    """Build a self-contained HTML report (overview, one page per paper, cross-paper pairs and conflicts)."""
    from pipeline.report import build_report
    from pipeline.report.load import ReportInputError

    with reported_errors():
        try:
            summary = build_report(output, dest)
        except ReportInputError as exc:
            raise fail(str(exc)) from None
    index = Path(summary.folder) / "index.html"
    typer.echo(
        f"report {summary.folder}: {summary.papers} papers, {summary.failures} failed files, "
        f"{summary.records} records, {summary.pairs} pairs, {summary.conflicts} conflicts; open {index.resolve().as_uri()}"
    )
