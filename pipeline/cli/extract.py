"""``mitominer extract PAPER [-o RECORDS.jsonl]``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from pipeline.cli.common import output_file, reported_errors, write_atomic
from pipeline.ingest import paper_to_document
from pipeline.records import records_to_jsonl
from pipeline.relations import extract_records


def extract_command(
    paper: Annotated[Path, typer.Argument(help="A PDF, JATS XML or text file, or a document JSON.")],
    output: Annotated[
        Optional[Path], typer.Option("-o", "--output", help="Write the records (JSONL) here.")
    ] = None,
) -> None:
    """Extract (regulator, effect, therapy) relation records from one paper; without -o, print JSONL."""
    output_file(output)
    with reported_errors():
        records = extract_records(paper_to_document(paper))
        text = records_to_jsonl(records)
        if output is None:
            typer.echo(text, nl=False)
        else:
            write_atomic(output, text)
