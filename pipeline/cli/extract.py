"""``mitominer extract PAPER [-o RECORDS.jsonl]``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from pipeline.cli.common import reported_errors, write_atomic
from pipeline.document import Document
from pipeline.ingest import ingest_path
from pipeline.records import records_to_jsonl
from pipeline.relations import extract_records


def paper_to_document(paper: Path) -> Document:
    """A document JSON written by ``mitominer ingest -o`` is read as is; any other file is ingested."""
    if paper.suffix.lower() == ".json":
        try:
            return Document.from_json(paper.read_text(encoding="utf-8"))
        except (ValueError, KeyError, TypeError):
            pass  # not a document JSON: let ingestion report what it is
    return ingest_path(paper)


def extract_command(
    paper: Annotated[Path, typer.Argument(help="A PDF, JATS XML or text file, or a document JSON.", dir_okay=False)],
    output: Annotated[
        Optional[Path], typer.Option("-o", "--output", help="Write the records (JSONL) here.", dir_okay=False)
    ] = None,
) -> None:
    """Extract (regulator, effect, therapy) relation records from one paper; without -o, print JSONL."""
    with reported_errors():
        records = extract_records(paper_to_document(paper))
        text = records_to_jsonl(records)
        if output is None:
            typer.echo(text, nl=False)
        else:
            write_atomic(output, text)
