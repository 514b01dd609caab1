"""PDFs too complex to read safely (issue 15): stream bombs, operator floods, object floods -> ``too-complex``.

Every PDF here is built by hand on the fly. The caps are lowered for the tests
(the same code paths, small inputs); the benchmark (``benchmarks/hostile_bench.py
--ingest-only``) times the full-size bombs at the shipped caps.
"""

from __future__ import annotations

import zlib
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from reportlab.pdfgen import canvas
from typer.testing import CliRunner

import batch_fakes
from batch_corpus import paper_text
from pipeline.batch.runner import RunOptions, run_batch
from pipeline.cli import app
from pipeline.cli.common import checkout_module
from pipeline.errors import TooComplexError
from pipeline.ingest import ingest_path
from pipeline.ingest.pdf import limits_check
from pipeline.ingest.pdf.limits_check import PdfLimits, check_pdf_complexity, measure, pdf_limits
from pipeline.ingest.pdf.reader import open_pdf, pdf_to_pages

# one-page PDFs built byte by byte, shared with the benchmark of the large inputs
_pdf = checkout_module(Path(__file__).resolve().parents[1] / "benchmarks" / "hostile_bench.py", "mitominer_hostile_bench").one_page_pdf

SMALL = PdfLimits(max_decoded_mb=4, max_stream_mb=2, max_objects=500, max_page_objects=5000)


TEXT = b"BT /F1 12 Tf 72 700 Td (Mitophagy protects cancer cells from cisplatin.) Tj ET\n"


def _drawing(n: int) -> bytes:
    return TEXT + b"".join(b"%d %d m %d %d l S\n" % (i % 600, i % 700, i % 500, i % 400) for i in range(n))


@pytest.fixture
def small_caps(monkeypatch):
    monkeypatch.setattr(limits_check, "pdf_limits", lambda: SMALL)


def test_a_compressed_stream_bomb_is_too_complex_before_any_engine_reads_it(tmp_path: Path, small_caps, monkeypatch) -> None:
    bomb = tmp_path / "bomb.pdf"
    bomb.write_bytes(_pdf(TEXT + b" " * (3 * 1024 * 1024)))  # 3 MB of content in ~3 KB: over the 2 MB stream cap
    assert bomb.stat().st_size < 10_000
    opened = []
    monkeypatch.setattr("pipeline.ingest.pdf.pdfium_source.open_pdfium", lambda *a: opened.append(a))
    with pytest.raises(TooComplexError, match="a stream decodes to over 2 MB") as caught:
        ingest_path(bomb)
    assert caught.value.reason_code == "too-complex" and not opened


def test_many_streams_that_together_decode_past_the_cap_are_too_complex(small_caps) -> None:
    fonts = [b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(z) + z + b"\nendstream" for z in [zlib.compress(b"x" * 1_500_000)] * 3]
    seen, within = measure(_pdf(TEXT, extra_objects=fonts), SMALL)
    assert not within and seen.largest_stream <= 2 * 1024 * 1024 and seen.decoded_bytes > 4 * 1024 * 1024


@pytest.mark.parametrize("filters", [("ASCIIHexDecode", "FlateDecode"), ("ASCII85Decode", "FlateDecode")])
def test_a_bomb_behind_an_ascii_filter_is_inflated_and_counted(filters: tuple[str, ...]) -> None:
    seen, within = measure(_pdf(TEXT + b" " * (3 * 1024 * 1024), filters=filters), SMALL)
    assert not within and seen.largest_stream > 2 * 1024 * 1024


def test_an_image_stream_is_not_decoded_and_never_counts(small_caps) -> None:
    image = zlib.compress(b"\x00" * (8 * 1024 * 1024))  # 8 MB of pixels: an engine decodes them only to render
    xobject = b"<< /Type /XObject /Subtype /Image /Width 4096 /Height 2048 /BitsPerComponent 8 /ColorSpace /DeviceGray /Length %d /Filter /FlateDecode >>\nstream\n" % len(image)
    seen, within = measure(_pdf(TEXT, extra_objects=[xobject + image + b"\nendstream"]), SMALL)
    assert within and seen.decoded_bytes < 1024


def test_a_flood_of_indirect_objects_is_too_complex(small_caps) -> None:
    flood = [b"<< /Type /Annot /N %d >>" % i for i in range(600)]
    with pytest.raises(TooComplexError, match="over 500 objects"):
        check_pdf_complexity("flood.pdf", _pdf(TEXT, extra_objects=flood))


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_a_page_of_too_many_drawing_operators_is_too_complex_in_either_engine(tmp_path: Path, small_caps, monkeypatch, engine: str) -> None:
    monkeypatch.setenv("MITOMINER_PDF_ENGINE", engine)
    flood = tmp_path / "flood.pdf"
    flood.write_bytes(_pdf(_drawing(6000)))  # 6000 painted paths on one page: over the 5000 cap
    with pytest.raises(TooComplexError, match="page 1 holds over 5000 objects"):
        ingest_path(flood)
    fine = tmp_path / "fine.pdf"
    fine.write_bytes(_pdf(_drawing(4000)))  # under the cap: read as usual
    with open_pdf(fine) as pdf:
        pages = pdf_to_pages(pdf, fine)
    assert [w.text for w in pages[0].words][:2] == ["Mitophagy", "protects"]


def test_drawings_inside_form_xobjects_count_toward_the_page(tmp_path: Path, small_caps) -> None:
    form = zlib.compress(_drawing(3000)[len(TEXT) :])
    xobject = b"<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Length %d /Filter /FlateDecode >>\nstream\n" % len(form)
    page = _pdf(TEXT + b"q /X1 Do Q q /X1 Do Q\n", extra_objects=[xobject + form + b"\nendstream"])
    page = page.replace(b"/Resources << /Font << /F1 5 0 R >> >>", b"/Resources << /Font << /F1 5 0 R >> /XObject << /X1 6 0 R >> >>")
    page = page[: page.index(b"xref")]  # PDFium rebuilds a cross-reference table it cannot use
    (tmp_path / "forms.pdf").write_bytes(page + b"trailer\n<< /Root 1 0 R >>\n%%EOF\n")
    with pytest.raises(TooComplexError, match="page 1 holds over 5000 objects"):
        ingest_path(tmp_path / "forms.pdf")


def test_ordinary_pdfs_are_far_inside_the_shipped_caps(tmp_path: Path) -> None:
    path = tmp_path / "paper.pdf"
    c = canvas.Canvas(str(path))
    for page in range(3):
        c.drawString(72, 700, f"Results on page {page + 1}: PINK1 loss sensitizes cells to sorafenib.")
        for k in range(300):
            c.line(72, 100 + k, 540, 100 + k)
        c.showPage()
    c.save()
    seen, within = measure(path.read_bytes())
    limits = pdf_limits()
    assert within and seen.decoded_bytes < limits.max_decoded_mb * 1024 * 1024 / 1000 and seen.objects < 100


def test_too_complex_is_one_line_from_the_cli(tmp_path: Path, small_caps) -> None:
    bomb = tmp_path / "bomb.pdf"
    bomb.write_bytes(_pdf(TEXT + b" " * (3 * 1024 * 1024)))
    result = CliRunner().invoke(app, ["ingest", str(bomb)])
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert len(lines) == 1 and lines[0].startswith(f"mitominer: {bomb}: too-complex PDF: ")


def test_a_too_complex_pdf_is_a_failure_row_and_the_good_papers_reach_documents(tmp_path: Path, small_caps) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for k in range(2):
        (corpus / f"p{k}.txt").write_text(paper_text(k), encoding="utf-8")
    (corpus / "bomb.pdf").write_bytes(_pdf(TEXT + b" " * (3 * 1024 * 1024)))
    (corpus / "flood.pdf").write_bytes(_pdf(_drawing(6000)))
    out = tmp_path / "out"
    summary = run_batch(corpus, out, RunOptions(workers=0, stages=batch_fakes.REAL_INGEST_STAGES, quiet=True))
    failures = pq.read_table(out / "dataset" / "failures.parquet").to_pylist()
    documents = pq.read_table(out / "dataset" / "documents.parquet").to_pylist()
    assert summary.failed == 2 and {(f["path"], f["reason_code"]) for f in failures} == {("bomb.pdf", "too-complex"), ("flood.pdf", "too-complex")}
    assert sorted(d["path"] for d in documents) == ["p0.txt", "p1.txt"]
