"""Side columns beside the abstract whose lines the line builder meets on other baselines (issue 10,
session 7): an Elsevier-style ``ARTICLE INFO`` column on the left, a dates box on the right, and three
body columns that must stay text. One reportlab page per class; each asserts the abstract's text."""

from __future__ import annotations

import textwrap

from reportlab.pdfgen import canvas

from pipeline.ingest import ingest_path
from pdf_pages import BODY, LEAD, draw_lines

ABSTRACT = " ".join(LEAD)
TITLE = "Mitophagy sustains the resistance of ovarian tumours to platinum drugs"


def _head(c, y: float = 740) -> None:
    c.setFont("Helvetica-Bold", 17)
    c.drawString(40, y, "Mitophagy sustains the resistance of")
    c.drawString(40, y - 22, "ovarian tumours to platinum drugs")
    c.setFont("Helvetica", 10)
    c.drawString(40, y - 46, "Anna Lee, Bo Chen and Carla Diaz")


def _body(c, y: float) -> None:
    c.setFont("Times-Bold", 11)
    c.drawString(40, y, "Introduction")
    body = textwrap.wrap(" ".join(BODY * 6), 58)
    draw_lines(c, y - 16, body[:20], x=40, font="Times-Roman", size=9.5, pitch=12)
    draw_lines(c, y, body[20:42], x=316, font="Times-Roman", size=9.5, pitch=12)


def test_article_info_column_in_smaller_print_on_other_baselines_is_not_in_the_abstract(tmp_path):
    """``ARTICLE INFO``: ``Article history:`` and its dates in 7.5 pt at a 9.5 pt pitch, then keywords
    one or a few a line in 9.5 pt, left of an abstract in 10 pt at a 13 pt pitch: each side line overlaps
    one or two abstract lines by height (the dates chained two of them into one line before), and the
    keyword lines end a mere em before the abstract's left edge."""
    path = tmp_path / "article_info.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    _head(c)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(40, 660, "ARTICLE INFO")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(190, 660, "Abstract")
    draw_lines(c, 647, ["Article history:", "Received 2 March 2026", "Revised 1 May 2026", "Accepted 9 June 2026"],
               x=40, font="Helvetica", size=7.5, pitch=9.5)
    draw_lines(c, 604, ["Keywords: mitophagy ·", "platinum · ovarian", "cancer · resistance"],
               x=40, font="Helvetica", size=9.5, pitch=12)
    lines = textwrap.wrap(ABSTRACT, 68)
    y = draw_lines(c, 643, lines, x=190, font="Times-Roman", size=10, pitch=13)
    _body(c, min(y, 560) - 24)
    c.save()
    doc = ingest_path(path)
    assert doc.title == TITLE
    assert doc.abstract == ABSTRACT


def test_dates_box_right_of_the_abstract_on_its_own_baselines_is_not_in_the_abstract(tmp_path):
    """A right-hand box (``Monitoring Editor`` / name / ``Received: ...``) in 8 pt at a 10 pt pitch beside
    an abstract in 9 pt at a 12 pt pitch: its lines are parted from the abstract's by their baselines and
    must still leave the abstract whole."""
    path = tmp_path / "dates_box.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    _head(c)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(40, 660, "ABSTRACT")
    draw_lines(c, 660, ["Monitoring Editor", "Anna Smith", "University of Eastbrook", "", "Received: Mar 10, 2026",
                        "Revised: May 1, 2026", "Accepted: Jun 9, 2026"],
               x=440, font="Helvetica", size=8, pitch=10)
    lines = textwrap.wrap(ABSTRACT, 80)
    y = draw_lines(c, 646, lines, x=40, font="Times-Roman", size=9, pitch=12)
    _body(c, min(y, 570) - 24)
    c.save()
    doc = ingest_path(path)
    assert doc.abstract == ABSTRACT


def test_three_body_columns_under_a_spanning_abstract_are_no_side_column(tmp_path):
    """Under a spanning abstract, three body columns of short lines in one size: the left column is text
    (its lines stay in the introduction), not a side column of the middle one."""
    path = tmp_path / "three_columns.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    _head(c)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(40, 660, "Abstract")
    y = draw_lines(c, 646, textwrap.wrap(ABSTRACT, 105), x=40, font="Times-Roman", size=9.5, pitch=12)
    y -= 20
    c.setFont("Times-Bold", 11)
    c.drawString(40, y, "Introduction")
    body = textwrap.wrap(" ".join(BODY * 6), 34)
    for k, x in enumerate((40, 220, 400)):
        draw_lines(c, y - 16, body[k * 24 : (k + 1) * 24], x=x, font="Times-Roman", size=8.5, pitch=10.5)
    c.save()
    doc = ingest_path(path)
    assert doc.abstract == ABSTRACT
    intro = " ".join(p.text for s in doc.sections if s.title == "Introduction" for p in s.paragraphs)
    assert intro.startswith(" ".join(body[0].split()[:4]))
    assert body[30].split()[-1] in intro


def test_run_in_abstract_label_glued_to_the_simple_summary_above_starts_the_abstract():
    """The layout joined a Simple Summary's paragraph and the run-in ``Abstract: ...`` under it into one
    block: the label after the summary's last sentence still starts the abstract, and the summary keeps
    only its own sentences."""
    from pipeline.ingest.frontmatter import parse_front

    summary = "Tumour cells clear their damaged mitochondria to survive the drug. Blocking this makes them die."
    front = parse_front(["Simple Summary", f"{summary} Abstract: {ABSTRACT}"], TITLE, prose_fallback=False)
    assert front.abstract == ABSTRACT
    assert [b["label"] for b in front.blocks] == ["Simple Summary"]
    assert front.blocks[0]["text"] == summary
    # prose that merely names an abstract is no label
    plain = f"{summary} Abstracts of the trials were read twice."
    front = parse_front(["Simple Summary", plain], TITLE, prose_fallback=False)
    assert front.abstract == "" and front.blocks[0]["text"] == plain


def test_unlabelled_bold_lead_after_a_graphical_abstract_picture_is_the_abstract(tmp_path):
    """``Graphical abstract`` over a picture, then the unlabelled bold lead paragraph: the picture's label
    owns no prose, so the lead is the abstract (a ``Significance`` label's text would not be)."""
    path = tmp_path / "graphical_lead.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    _head(c)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(40, 660, "Graphical abstract")
    c.setFillColorRGB(0.3, 0.4, 0.7)
    c.rect(60, 560, 120, 80, fill=1, stroke=0)
    c.rect(220, 560, 120, 60, fill=1, stroke=0)
    c.setFillColorRGB(0, 0, 0)
    y = draw_lines(c, 530, textwrap.wrap(ABSTRACT, 100), x=40, font="Times-Bold", size=9.5, pitch=12)
    _body(c, min(y, 460) - 24)
    c.save()
    doc = ingest_path(path)
    assert doc.abstract == ABSTRACT
    assert [b["label"] for b in doc.front_matter if b["label"] == "Graphical abstract"] == ["Graphical abstract"]
