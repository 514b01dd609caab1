"""``mitominer entities PAPER [--jsonl] [-o FILE]``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from pipeline.cli.common import output_file, reported_errors, write_atomic
from pipeline.ingest import paper_to_document
from pipeline.ner import Entity, entities_of, load_nlp

JSONL_KEYS = ("text", "label", "id", "section", "paragraph", "start", "end")


def entities_to_jsonl(entities: list[Entity]) -> str:
    """One JSON object per entity (spec/document.md keys plus ``paragraph``)."""
    return "".join(json.dumps({k: getattr(e, k) for k in JSONL_KEYS}, ensure_ascii=False) + "\n" for e in entities)


def entities_to_table(entities: list[Entity]) -> str:
    """A readable listing: section, label, id, text; tab-separated."""
    lines = [f"{e.section}\t{e.label}\t{e.id}\t{e.text}" for e in entities]
    return "\n".join(["section\tlabel\tid\ttext", *lines]) + "\n"


def entities_command(
    paper: Annotated[Path, typer.Argument(help="A PDF or text file, or a document JSON.")],
    jsonl: Annotated[bool, typer.Option("--jsonl", help="One JSON object per entity.")] = False,
    statistical: Annotated[
        bool, typer.Option("--statistical/--no-statistical", help="Add the trained NER models (models/ner_stat); slower.")
    ] = False,
    output: Annotated[
        Optional[Path], typer.Option("-o", "--output", help="Write here instead of stdout.")
    ] = None,
) -> None:
    """Print the biomedical entities of one paper with labels and normalized ids."""
    output_file(output)
    with reported_errors():
        nlp = load_nlp(statistical=statistical)
        entities = entities_of(paper_to_document(paper), nlp)
        text = entities_to_jsonl(entities) if jsonl else entities_to_table(entities)
        if output is None:
            typer.echo(text, nl=False)
        else:
            write_atomic(output, text)
