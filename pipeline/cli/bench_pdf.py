"""``mitominer bench-pdf [FOLDER] [--annotations DIR] [--split S] [--repeat N] [--json]``.

A thin wrapper: the benchmark lives in ``benchmarks/pdf_bench.py`` of a source
checkout (benchmarks are not part of the runtime package).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from pipeline.cli.common import checkout_module, fail

CHECKOUT = Path(__file__).resolve().parents[2]
BENCH = CHECKOUT / "benchmarks" / "pdf_bench.py"
DEFAULT_DIR = CHECKOUT.parent / "shared" / "data" / "pdfs"
DEFAULT_ANNOTATIONS = CHECKOUT / "annotations" / "pdf"


def _bench_module():
    return checkout_module(BENCH, "mitominer_pdf_bench")


def bench_pdf_command(
    folder: Annotated[
        Optional[Path],
        typer.Argument(help="A folder of PDFs and subfolders of PDFs (default: ../shared/data/pdfs beside the checkout).", show_default=False),
    ] = None,
    annotations: Annotated[list[Path] | None, typer.Option("--annotations", help="Gold structure, <file>.json per PDF (repeatable; default annotations/pdf).")] = None,
    split: Annotated[str, typer.Option("--split", help="tune, test or all (sorted file names, index % 3 == 2 is test).")] = "all",
    only: Annotated[str, typer.Option("--only", help="Only PDFs whose file name contains this.")] = "",
    repeat: Annotated[int, typer.Option("--repeat", min=1, help="Best of N interleaved runs.")] = 1,
    no_timing: Annotated[bool, typer.Option("--no-timing", help="Skip the bare extract_words yardstick.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Missed and extra headings, table shapes.")] = False,
    annotated_only: Annotated[bool, typer.Option("--annotated-only", help="Only PDFs with a gold annotation.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object instead of the table.")] = False,
    speed: Annotated[bool, typer.Option("--speed/--no-speed", help="Also ms/page: ingest, pdfplumber, pdfium, pdftotext.")] = True,
    speed_only: Annotated[bool, typer.Option("--speed-only", help="Only the ms/page table.")] = False,
    speed_extra: Annotated[Optional[list[Path]], typer.Option("--speed-extra", help="More PDF folders for the ms/page table.")] = None,
) -> None:
    """Per PDF and per publisher: title, abstract, heading P/R/F1, tables against gold; then ms/page of our ingest
    and of the bare engines."""
    if not BENCH.is_file():
        raise fail(f"{BENCH}: not found (bench-pdf runs from a source checkout)")
    folder = folder if folder is not None else DEFAULT_DIR  # a checkout's path, so never shown as a default
    if not folder.is_dir():
        raise fail(f"{folder}: no such folder (the real PDFs live in ../shared/data/pdfs)")
    if split not in ("tune", "test", "all"):
        raise fail(f"--split {split}: expected tune, test or all")
    if not speed_only:
        bench = _bench_module()
        typer.echo(
            bench.run_bench(
                folder, repeat=repeat, as_json=as_json, annotations=annotations or [DEFAULT_ANNOTATIONS], split=split,
                only=only, timing=not no_timing, verbose=verbose, annotated_only=annotated_only,
            )
        )
    if (speed and not as_json) or speed_only:
        typer.echo(_speed_report([folder, *(speed_extra or [])], repeat))


def _speed_report(folders: list[Path], repeat: int) -> str:
    """The ms/page table of ``benchmarks/pdf_speed.py`` (beside the package in a checkout)."""
    script = Path(__file__).resolve().parents[2] / "benchmarks" / "pdf_speed.py"
    if not script.is_file():
        return "ms/page table: benchmarks/pdf_speed.py not found (run from a checkout)"
    mod = checkout_module(script, "pdf_speed")
    return mod.machine_line() + "\n" + mod.speed_table(mod.speed_rows(mod.pdfs_in(folders), repeat))
