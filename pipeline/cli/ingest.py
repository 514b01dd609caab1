"""``mitominer ingest PAPER [-o DOC.json]``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from pipeline.cli.common import output_file, reported_errors, write_atomic
from pipeline.ingest import ingest_path
from pipeline.ingest.outline import document_outline


def ingest_command(
    paper: Annotated[Path, typer.Argument(help="A PDF, JATS XML or text file.")],
    output: Annotated[
        Optional[Path], typer.Option("-o", "--output", help="Write the document JSON here.")
    ] = None,
) -> None:
    """Ingest one paper into the document JSON; without -o, print its outline."""
    output_file(output)
    with reported_errors():
        doc = ingest_path(paper)
        if output is None:
            typer.echo(document_outline(doc))
        else:
            write_atomic(output, doc.to_json() + "\n")
