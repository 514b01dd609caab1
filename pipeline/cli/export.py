"""``mitominer export OUT_DIR --format bioc-json|bioc-xml|pubtator [-o FILE]``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from pipeline.cli.common import fail, reported_errors, write_atomic


def export_command(
    output_dir: Annotated[Path, typer.Argument(help="Output folder of an earlier `mitominer run`.", exists=True, file_okay=False)],
    fmt: Annotated[str, typer.Option("--format", "-f", help="bioc-json, bioc-xml or pubtator.")] = "bioc-json",
    output: Annotated[
        Optional[Path], typer.Option("-o", "--output", help="File to write (default: OUT_DIR/export/mitominer.<format>).", dir_okay=False)
    ] = None,
) -> None:
    """Write every processed paper of a run as BioC (passages, entity and citation annotations, relations) or PubTator."""
    from pipeline.batch.dataset import ManifestError
    from pipeline.batch.lock import OutputLockedError, locked_output
    from pipeline.export.bioc_export import FORMATS, default_output, dumps, results_to_collection
    from pipeline.export.collect import processed_results

    if fmt not in FORMATS:
        raise fail(f"--format {fmt!r}: expected one of {', '.join(FORMATS)}")
    with reported_errors():
        try:
            with locked_output(output_dir):
                results, failed, missing = processed_results(output_dir)
        except (ManifestError, OutputLockedError) as exc:
            raise fail(str(exc)) from None
        target = output or default_output(output_dir, fmt)
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, dumps(results_to_collection(results), fmt))
    typer.echo(
        f"{target}: {len(results)} documents ({fmt})"
        + (f"; {failed} failed papers left out" if failed else "")
        + (f"; {missing} papers without a result yet" if missing else "")
    )
