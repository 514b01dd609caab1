"""Bad PDFs (issue 3): encrypted, truncated, corrupt, zero pages, no text layer -> one clear line, exit 1."""

from __future__ import annotations

import pytest
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen import canvas
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.errors import CorruptPDFError, EncryptedPDFError, NoTextLayerError
from pipeline.ingest import ingest_path
from pipeline.ingest.pdf import pdf_to_blocks

runner = CliRunner()

ZERO_PAGES = b"""%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
trailer << /Root 1 0 R >>
%%EOF
"""


def _text_pdf(path, pages: int = 3, **kwargs) -> None:
    c = canvas.Canvas(str(path), **kwargs)
    for i in range(pages):
        c.drawString(72, 700, f"Results of the experiment on page {i + 1} of the paper.")
        c.showPage()
    c.save()


def _cli_line(path) -> str:
    result = runner.invoke(app, ["ingest", str(path)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and str(path) in lines[0]
    return lines[0]


def test_encrypted_pdf(tmp_path):
    path = tmp_path / "locked.pdf"
    _text_pdf(path, encrypt=StandardEncryption("secret", ownerPassword="owner"))
    with pytest.raises(EncryptedPDFError, match="encrypted PDF: a password is needed"):
        pdf_to_blocks(path)
    assert "encrypted PDF" in _cli_line(path)


def test_truncated_pdf(tmp_path):
    whole = tmp_path / "whole.pdf"
    _text_pdf(whole)
    path = tmp_path / "truncated.pdf"
    path.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    with pytest.raises(CorruptPDFError, match="truncated or corrupt PDF"):
        pdf_to_blocks(path)
    assert "corrupt PDF" in _cli_line(path)


def test_corrupt_pdf(tmp_path):
    path = tmp_path / "garbage.pdf"
    path.write_bytes(b"%PDF-1.4\n" + b"\x00not a pdf body\n" * 40)
    with pytest.raises(CorruptPDFError, match="corrupt PDF"):
        ingest_path(path)
    assert "corrupt PDF" in _cli_line(path)


def test_zero_pages(tmp_path):
    path = tmp_path / "zero.pdf"
    path.write_bytes(ZERO_PAGES)
    with pytest.raises(CorruptPDFError, match="zero pages"):
        pdf_to_blocks(path)
    assert "zero pages" in _cli_line(path)


def test_scanned_pdf_without_text_layer(tmp_path):
    from PIL import Image

    image = tmp_path / "scan.png"
    Image.new("RGB", (400, 300), (240, 240, 240)).save(image)
    path = tmp_path / "scanned.pdf"
    c = canvas.Canvas(str(path))
    for _ in range(2):
        c.drawImage(str(image), 50, 300, width=500, height=375)
        c.showPage()
    c.save()
    with pytest.raises(NoTextLayerError, match="no text layer .* scanned PDF, OCR not available"):
        pdf_to_blocks(path)
    assert "no text layer" in _cli_line(path)


def test_empty_pdf_file(tmp_path):
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    assert "empty" in _cli_line(path)
