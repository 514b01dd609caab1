"""Raised citation lists drawn in several glyph runs stay one marker list (issue 11, session 10): a comma or
dash set as a run of its own between raised numbers, or the list's rest at the start of the next line.
The reportlab pages and their sentences are written here."""

from __future__ import annotations

import pytest

pytest.importorskip("reportlab")
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

from pipeline.ingest import ingest_path  # noqa: E402
from pipeline.ingest.citations import find_markers  # noqa: E402

FONT, SIZE, RAISED = "Times-Roman", 10, 6.5
LEAD = "Resistant carcinoma cells clear damaged organelles"
REST = " and outlast the kinase inhibitor in culture."


def _draw(c: canvas.Canvas, x: float, y: float, parts: list[tuple[str, bool, float]]) -> None:
    """``parts``: (text, raised, white space before it in points), drawn as separate runs."""
    for text, raised, gap in parts:
        x += gap
        size = RAISED if raised else SIZE
        c.setFont(FONT, size)
        c.drawString(x, y + (4 if raised else 0), text)
        x += stringWidth(text, FONT, size)


def _paper(path, rows: list[list[list[tuple[str, bool, float]]]]) -> list[tuple[int, ...]]:
    """A one-column paper: each row a paragraph of one or more physical lines, then a numbered reference list
    of 30 entries; the numbers of every citation found, in order."""
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Times-Bold", 14)
    c.drawString(72, 740, "Organelle capture in resistant carcinoma")
    c.setFont("Times-Bold", 11)
    c.drawString(72, 712, "Introduction")
    y = 692
    for para in rows:
        for line in para:
            _draw(c, 72, y, line)
            y -= 13
        y -= 6
    c.setFont("Times-Bold", 11)
    c.drawString(72, y - 8, "References")
    y -= 24
    c.setFont(FONT, 8)
    for n in range(1, 31):
        c.drawString(72, y, f"{n}. Harlow B, Quist T. Receptors of resistant carcinoma cells. Cell Stress Rep. 2019;{n}:1-9.")
        y -= 10
    c.save()
    return [tuple(ci.numbers) for ci in ingest_path(path).citations]


def test_raised_range_whose_dash_is_a_run_of_its_own_is_one_range(tmp_path):
    rows = [[[(LEAD, False, 0), ("3", True, 0.3), (dash, True, 1.5), ("5", True, 1.5), (REST, False, 0)]]
            for dash in ("\u2013", "\u2014", "-")]
    assert _paper(tmp_path / "dash_runs.pdf", rows) == [(3, 4, 5)] * 3


def test_raised_list_whose_comma_is_a_spaced_run_of_its_own_is_one_list(tmp_path):
    rows = [[[(LEAD, False, 0), ("11", True, 0.3), (",", True, 1.8), ("12", True, 1.8), (REST, False, 0)]]]
    assert _paper(tmp_path / "comma_run.pdf", rows) == [(11, 12)]


def test_raised_list_continued_at_the_next_line_start_by_its_separator_is_one_list(tmp_path):
    rows = [
        [[(LEAD, False, 0), ("13", True, 0.3)], [("\u2013", True, 0), ("15", True, 1.0), (REST, False, 0)]],
        [[(LEAD, False, 0), ("16", True, 0.3)], [(",18", True, 0), (REST, False, 0)]],
        [[(LEAD, False, 0), ("1", True, 0.3), ("\u2013", True, 1.0)], [("4", True, 0), (REST, False, 0)]],
    ]
    assert _paper(tmp_path / "line_start.pdf", rows) == [(13, 14, 15), (16, 18), (1, 2, 3, 4)]


def test_raised_minus_of_a_charge_or_an_exponent_is_no_citation_tail(tmp_path):
    """A raised minus after a raised charge number, or an exponent opening a line after ``10``, cites nothing;
    the real citation in the same paragraph still does."""
    rows = [[[("Sulfate ions (SO4", False, 0), ("2", True, 0), ("\u2212", True, 0.2), (") enter the cells", False, 0),
              ("7", True, 0.3), (" and stay there for hours after the treatment.", False, 0)]],
            [[("The inhibitor was used at 5 \u00d7 10", False, 0)], [("\u22123", True, 0), (" M in every assay of the series.", False, 0)]]]
    assert _paper(tmp_path / "charges.pdf", rows) == [(7,)]


def test_text_tail_after_a_space_needs_a_raised_separator():
    """At text level the tail after a line break's space is read only with a raised separator (``⁻``) or a
    comma before the raised number; a plain spaced superscript after a raised run stays apart when it is an
    isotope's mass."""
    assert [m.numbers for m in find_markers("organelles\u00b9\u00b3 \u207b\u00b9\u2075 as shown")] == [(13, 14, 15)]
    assert [m.numbers for m in find_markers("organelles\u00b9\u2076 ,\u00b9\u2078 as shown")] == [(16, 18)]
    assert [m.numbers for m in find_markers("organelles\u00b9\u00b2, \u00b9\u00b3C-labelled glucose")] == [(12,)]
