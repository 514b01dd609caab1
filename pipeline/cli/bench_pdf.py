"""``mitominer bench-pdf [FOLDER] [--repeat N] [--json]``: the PDF reader on real journal PDFs."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from pipeline.cli.common import fail
from pipeline.ingest.pdf.bench import DEFAULT_DIR, run_bench


def bench_pdf_command(
    folder: Annotated[
        Optional[Path], typer.Argument(help="A folder of PDFs (default: ../shared/data/pdfs beside the checkout).",
                                       show_default=False)
    ] = None,
    repeat: Annotated[int, typer.Option("--repeat", min=1, help="Best of N interleaved runs.")] = 1,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON list instead of the table.")] = False,
) -> None:
    """Per PDF: headings, references, DOIs, tables, time and its ratio to bare pdfplumber extract_words."""
    folder = folder if folder is not None else DEFAULT_DIR  # a checkout's path, so never shown as a default
    if not folder.is_dir():
        raise fail(f"{folder}: no such folder (the real PDFs live in ../shared/data/pdfs)")
    typer.echo(run_bench(folder, repeat=repeat, as_json=as_json))
