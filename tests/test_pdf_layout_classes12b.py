"""Layout classes left by synthetic family 5's tune part (issue 10, session 12, pdfleft12b): ``Key words:`` touching
a wrapped ``Abbreviations:`` line under the abstract, a long bold heading wrapped over six lines of a narrow column, a
colour-only italic heading at the top of a column. One reportlab document per class, each asserting the structure the
reader must find. Texts written for the tests."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph

from pipeline.ingest import ingest_path
from pdf_pages import STORY_TITLE, BODY, LEAD, story_styles

TITLE = STORY_TITLE
ABSTRACT = " ".join(LEAD)
TEXT = " ".join(BODY)
BODY_STYLE, TITLE_STYLE, AUTHORS, H1, ITALIC = story_styles()


def _build(path, story, frames):
    doc = BaseDocTemplate(str(path), pagesize=(612, 792), pageTemplates=[PageTemplate("p", frames)], invariant=1)
    doc.build(story)
    return ingest_path(path)


def test_key_words_line_touching_a_wrapped_abbreviations_line_under_the_abstract(tmp_path):
    """``Key words:`` (a short line) and ``Abbreviations:`` (two lines: one across the page, a short one) in one small
    type with no space between them, under an abstract set across the page, on a one-column page and over a
    two-column body: the keywords and the abbreviations are two front blocks, each whole; the abstract is untouched."""
    small = ParagraphStyle("s", parent=BODY_STYLE, fontSize=9, leading=11.25, spaceBefore=0, spaceAfter=0)
    keywords = ["mitophagy", "ovarian cancer", "cisplatin", "PINK1"]  # a line ending left of the gutter
    abbr = ("ROS, reactive oxygen species; OMM, outer mitochondrial membrane; MMP, mitochondrial membrane potential; "
            "CQ, chloroquine; KD, knockdown")
    one = [Frame(72, 72, 468, 648, id="f")]
    two = [Frame(72, 460, 468, 260, id="front"), Frame(72, 72, 222, 388, id="l"), Frame(318, 72, 222, 388, id="r")]
    for columns, frames in (("one", one), ("two", two)):
        for tag in ("b", "i"):
            story = [Paragraph(TITLE, TITLE_STYLE), Paragraph("Anna Lee, Bo Chen and Carla Diaz", AUTHORS),
                     Paragraph("Abstract", H1), Paragraph(ABSTRACT, BODY_STYLE),
                     Paragraph("<b>Key words:</b> " + "; ".join(keywords), ParagraphStyle("k", parent=small, spaceBefore=4)),
                     Paragraph(f"<{tag}>Abbreviations:</{tag}> {abbr}.", small)]
            if columns == "two":
                story.append(FrameBreak())
            story += [Paragraph("Introduction", H1), Paragraph(TEXT, BODY_STYLE), Paragraph(TEXT, BODY_STYLE),
                      Paragraph("Results", H1), Paragraph(TEXT, BODY_STYLE), Paragraph(TEXT, BODY_STYLE),
                      Paragraph("Discussion", H1), Paragraph(TEXT, BODY_STYLE)]
            out = _build(tmp_path / f"kw_{columns}_{tag}.pdf", story, frames)
            case = (columns, tag)
            assert out.abstract == ABSTRACT, case
            assert out.keywords == keywords, (case, out.keywords)
            blocks = {b["label"]: b["text"] for b in out.front_matter}
            assert blocks.get("Abbreviations", "").startswith("ROS, reactive oxygen species"), (case, blocks)
            assert blocks["Abbreviations"].rstrip(".").endswith("KD, knockdown"), (case, blocks)
            assert [s.title for s in out.sections][:3] == ["Introduction", "Results", "Discussion"], case
