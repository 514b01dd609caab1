"""Front-matter box labels after the abstract (issue 10, session 14, pdfimpl14): an ``Implications`` /
``Key messages`` / ``What this study adds`` box set under the abstract, before the first body heading, is a front
block of its own, not a level-1 section; the same ``Implications`` label as a part of a structured abstract stays
inside the abstract. Texts written for the tests."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

from pdf_pages import BODY, LEAD, STORY_TITLE, pdf_document, story_styles

ABSTRACT = " ".join(LEAD)
TEXT = " ".join(BODY)
BODY_STYLE, TITLE_STYLE, AUTHORS, H1, _ = story_styles()
LABEL = ParagraphStyle("l", fontName="Helvetica-Bold", fontSize=10.5, leading=14, spaceAfter=3)
BOX_LABEL = ParagraphStyle("bl", fontName="Helvetica-Bold", fontSize=9.5, leading=12, textColor=colors.HexColor("#1f4e9c"))
BOX_TEXT_STYLE = ParagraphStyle("bt", fontName="Times-Roman", fontSize=8.8, leading=11)
BOX_TEXT = ("Loss of the kinase makes tumour cells clear fewer damaged organelles. Blocking the pathway may restore the "
            "response to platinum drugs in patients whose tumours resist them.")


def _body() -> list:
    return [Paragraph("Introduction", H1)] + [Paragraph(TEXT, BODY_STYLE) for _ in range(3)] + \
           [Paragraph("Results", H1)] + [Paragraph(TEXT, BODY_STYLE) for _ in range(3)] + [Paragraph("Discussion", H1), Paragraph(TEXT, BODY_STYLE)]


def _build(path, story):
    BaseDocTemplate(str(path), pagesize=(612, 792), invariant=1,
                    pageTemplates=[PageTemplate("p", [Frame(72, 72, 468, 648, id="f")])]).build(story)
    return pdf_document(path)


def test_box_label_under_the_abstract_is_a_front_block_not_a_section(tmp_path):
    """The abstract, then a shaded box headed ``Implications`` (or ``Key messages``, ``What this study adds``) in a
    face of its own, then the introduction: the box is a front block, the first section is the introduction."""
    for label in ("Implications", "Key messages", "What this study adds"):
        box = Table([[[Paragraph(label, BOX_LABEL), Paragraph(BOX_TEXT, BOX_TEXT_STYLE)]]], colWidths=[468],
                    style=TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.Color(0.93, 0.93, 0.88)),
                                      ("LEFTPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
        story = [Paragraph(STORY_TITLE, TITLE_STYLE), Paragraph("Anna Lee, Bo Chen and Carla Diaz", AUTHORS),
                 Paragraph("Abstract", LABEL), Paragraph(ABSTRACT, BODY_STYLE), Spacer(1, 8), box, Spacer(1, 12)] + _body()
        doc = _build(tmp_path / f"box_{len(label)}.pdf", story)
        assert doc.abstract == ABSTRACT, label
        titles = [s.title for s in doc.sections]
        assert titles[:3] == ["Introduction", "Results", "Discussion"], (label, titles)
        blocks = {f["label"]: f["text"] for f in doc.front_matter}
        assert blocks.get(label, "").startswith("Loss of the kinase"), (label, doc.front_matter)


def test_implications_part_of_a_structured_abstract_stays_in_the_abstract(tmp_path):
    """``Background:`` ... ``Implications:`` run in as the parts of a structured abstract: ``Implications`` is its
    last part, inside the abstract, not a front block."""
    parts = [("Background", "Tumour cells that resist platinum drugs keep their mitochondria healthy by removing damaged ones."),
             ("Methods", "We silenced the kinase in three cell lines and treated them with cisplatin for two days."),
             ("Results", "Cells without the kinase cleared fewer damaged organelles and died more often under the drug."),
             ("Implications", "Blocking the pathway may restore the response to platinum drugs in resistant tumours.")]
    story = [Paragraph(STORY_TITLE, TITLE_STYLE), Paragraph("Anna Lee, Bo Chen and Carla Diaz", AUTHORS),
             Paragraph("Abstract", LABEL)] + [Paragraph(f"<b>{k}:</b> {v}", BODY_STYLE) for k, v in parts] + [Spacer(1, 12)] + _body()
    doc = _build(tmp_path / "structured.pdf", story)
    assert doc.abstract.startswith("Background"), doc.abstract
    assert doc.abstract.rstrip().endswith("resistant tumours."), doc.abstract
    assert "Implications" in doc.abstract
    assert not any(f["label"] == "Implications" for f in doc.front_matter), doc.front_matter
    assert [s.title for s in doc.sections][:1] == ["Introduction"]
