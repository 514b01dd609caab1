"""``mitominer bench-pdf [FOLDER] [--repeat N] [--json]``: the PDF reader on real journal PDFs."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from pipeline.cli.common import fail
from pipeline.ingest.pdf.bench import DEFAULT_DIR, run_bench


def bench_pdf_command(
    folder: Annotated[Path, typer.Argument(help="A folder of PDFs (default ../shared/data/pdfs).", file_okay=False)] = DEFAULT_DIR,
    repeat: Annotated[int, typer.Option("--repeat", min=1, help="Best of N interleaved runs.")] = 1,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON list instead of the table.")] = False,
    speed: Annotated[bool, typer.Option("--speed/--no-speed", help="Also ms/page: ingest, pdfplumber, pdfium, pdftotext.")] = True,
    speed_only: Annotated[bool, typer.Option("--speed-only", help="Only the ms/page table.")] = False,
    speed_extra: Annotated[Optional[list[Path]], typer.Option("--speed-extra", help="More PDF folders for the ms/page table.")] = None,
) -> None:
    """Per PDF: headings, references, DOIs, tables, time; then ms/page of our ingest and of the bare engines."""
    if not folder.is_dir():
        raise fail(f"{folder}: no such folder (the real PDFs live in ../shared/data/pdfs)")
    if not speed_only:
        typer.echo(run_bench(folder, repeat=repeat, as_json=as_json))
    if speed or speed_only:
        typer.echo(_speed_report([folder, *(speed_extra or [])], repeat))


def _speed_report(folders: list[Path], repeat: int) -> str:
    """The ms/page table of ``benchmarks/pdf_speed.py`` (beside the package in a checkout)."""
    script = Path(__file__).resolve().parents[2] / "benchmarks" / "pdf_speed.py"
    if not script.is_file():
        return "ms/page table: benchmarks/pdf_speed.py not found (run from a checkout)"
    spec = importlib.util.spec_from_file_location("pdf_speed", script)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["pdf_speed"] = mod  # dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod.machine_line() + "\n" + mod.speed_table(mod.speed_rows(mod.pdfs_in(folders), repeat))
