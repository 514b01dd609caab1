"""The command line as a new user meets it: --version, flags shown as flags, one-line input errors."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from conftest import REVIEW_HTML_TEXT, ROOT
from pipeline.cli import app
from pipeline.version import __version__

runner = CliRunner()


def _one_line_error(result, path) -> str:
    assert result.exit_code == 1, result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith(f"mitominer: {path}: "), result.stderr
    return lines[0]


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"mitominer {__version__}"


@pytest.mark.parametrize("command", ["run", "entities", "evaluate", "bench-pdf"])
def test_on_off_options_are_shown_as_flags(command):
    result = runner.invoke(app, [command, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "<bool>" not in result.stdout


def test_run_flags_have_their_negative_form():
    result = runner.invoke(app, ["run", "--help"], env={"COLUMNS": "200"})
    for flag in ("--no-force", "--no-retry-failed", "--no-dask", "--no-quiet"):
        assert flag in result.stdout


def test_bench_pdf_help_shows_no_machine_path():
    result = runner.invoke(app, ["bench-pdf", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0 and str(ROOT.parent) not in result.stdout and "shared/data/pdfs]" not in result.stdout


@pytest.mark.parametrize("command", ["ingest", "extract", "entities"])
def test_a_folder_given_as_the_paper(command, tmp_path):
    assert "directory" in _one_line_error(runner.invoke(app, [command, str(tmp_path)]), tmp_path)


def test_a_file_given_as_the_corpus_folder(tmp_path):
    paper = tmp_path / "paper.txt"
    paper.write_text("x", encoding="utf-8")
    assert "not a folder" in _one_line_error(runner.invoke(app, ["run", str(paper), "-o", str(tmp_path / "o")]), paper)
    assert "no such folder" in _one_line_error(runner.invoke(app, ["dataset", str(tmp_path / "none")]), tmp_path / "none")


@pytest.mark.parametrize("suffix, name", [(".docx", "Word documents"), (".odt", "OpenDocument text files")])
def test_office_documents_are_refused_by_name(tmp_path, suffix, name):
    paper = tmp_path / f"paper{suffix}"
    paper.write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    line = _one_line_error(runner.invoke(app, ["ingest", str(paper)]), paper)
    assert f"{name} are not supported" in line


def test_an_output_that_cannot_be_written_is_named(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    target = blocker / "out.json"
    line = _one_line_error(runner.invoke(app, ["ingest", str(REVIEW_HTML_TEXT), "-o", str(target)]), target)
    assert "cannot write" in line and ".tmp" not in line
    assert "is a folder" in _one_line_error(runner.invoke(app, ["ingest", str(REVIEW_HTML_TEXT), "-o", str(tmp_path)]), tmp_path)
    line = _one_line_error(runner.invoke(app, ["run", str(tmp_path), "-o", str(blocker)]), blocker)
    assert re.search(r"is a file, not a folder", line)


def test_dask_is_imported_only_for_dask_runs(tmp_path):
    """A local run never imports dask (its import costs start-up time); ``--dask`` does."""
    import subprocess
    import sys

    code = ("import sys\nfrom typer.testing import CliRunner\nfrom pipeline.cli import app\n"
            f"r = CliRunner().invoke(app, ['run', {str(tmp_path)!r}, '-o', {str(tmp_path / 'out')!r}, '--workers', '0', '-q'])\n"
            "assert r.exit_code == 0, r.output\nprint('dask' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "False"
