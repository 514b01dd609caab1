"""Bad inputs: one line on stderr naming the file and the reason, exit status 1, no traceback."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.errors import BinaryFileError, EmptyFileError, MissingFileError, NotAPaperError, NotUTF8Error, TooLargeError
from pipeline.ingest import ingest_path

runner = CliRunner()


def _cli_error(path) -> str:
    result = runner.invoke(app, ["ingest", str(path)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1
    assert str(path) in lines[0]
    return lines[0]


def test_missing_file(tmp_path):
    path = tmp_path / "nope.txt"
    with pytest.raises(MissingFileError, match="no such file"):
        ingest_path(path)
    assert "no such file" in _cli_error(path)


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("  \n\n")
    with pytest.raises(EmptyFileError, match="empty file"):
        ingest_path(path)
    assert "empty file" in _cli_error(path)


def test_binary_file(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(BinaryFileError, match="binary file"):
        ingest_path(path)
    assert "binary" in _cli_error(path)


def test_not_utf8(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("1 Introduction\n\nMitophagie régulée par PINK1 et Parkin.\n".encode("latin-1"))
    with pytest.raises(NotUTF8Error, match="not UTF-8"):
        ingest_path(path)
    assert "not UTF-8" in _cli_error(path)


def test_text_with_no_structure(tmp_path):
    path = tmp_path / "shopping.txt"
    path.write_text("eggs\nmilk\nbread\n")
    with pytest.raises(NotAPaperError, match="no recognizable structure"):
        ingest_path(path)
    assert "no recognizable structure" in _cli_error(path)


def test_too_large(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("1 Introduction\n\n" + "word " * 100)
    with pytest.raises(TooLargeError, match="too large"):
        ingest_path(path, max_bytes=100)


def test_directory_is_refused(tmp_path):
    with pytest.raises(MissingFileError, match="directory"):
        ingest_path(tmp_path)


def test_cli_writes_json_and_prints_outline(tmp_path):
    from conftest import REVIEW_PDF_TEXT

    out = tmp_path / "doc.json"
    result = runner.invoke(app, ["ingest", str(REVIEW_PDF_TEXT), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("{")
    outline = runner.invoke(app, ["ingest", str(REVIEW_PDF_TEXT)])
    assert outline.exit_code == 0
    assert "2.3.2 Cancer cell-specific resistance mechanisms" in outline.output
    assert "63 references" in outline.output and "0 unresolved" in outline.output
