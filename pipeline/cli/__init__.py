"""The ``mitominer`` command: one shared typer app; each command lives in its own module.

Commands are registered here, explicitly, so that none disappears silently when
its module is not imported.
"""

from __future__ import annotations

from typing import Annotated

import typer
from typer.core import TyperOption

from pipeline.cli import ingest as _ingest
from pipeline.cli import extract as _extract
from pipeline.cli import evaluate as _evaluate
from pipeline.cli import run as _run
from pipeline.cli import entities as _entities
from pipeline.cli import models as _models
from pipeline.cli import bench_pdf as _bench_pdf
from pipeline.cli import report as _report
from pipeline.cli import export as _export

app = typer.Typer(
    name="mitominer",
    help="Literature mining of mitophagy and cancer treatment resistance.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _flag_type(self: TyperOption, ctx) -> str | None:
    """Flags take no value, so their help shows none (typer 0.29 prints ``<bool>`` after every flag,
    which reads as if ``--force`` wanted ``--force true``); other options keep typer's display."""
    if self.is_flag and self.metavar is None:
        return None
    return _typer_display_type(self, ctx)


_typer_display_type = TyperOption.display_type_rich
TyperOption.display_type_rich = _flag_type


def _print_version(value: bool) -> None:
    if value:
        from pipeline.version import __version__

        typer.echo(f"mitominer {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", help="Print the version and exit.", callback=_print_version, is_eager=True)
    ] = False,
) -> None:
    """Literature mining of mitophagy and cancer treatment resistance."""


app.command("ingest")(_ingest.ingest_command)
# -- more commands register below, one line each --
app.command("evaluate")(_evaluate.evaluate_command)
app.command("run")(_run.run_command)
app.command("extract")(_extract.extract_command)
app.command("dataset")(_run.dataset_command)
app.command("bench")(_run.bench_command)
app.command("entities")(_entities.entities_command)
app.add_typer(_models.app, name="models")
app.command("bench-pdf")(_bench_pdf.bench_pdf_command)
app.command("report")(_report.report_command)
app.command("export")(_export.export_command)


def main() -> None:
    app()
