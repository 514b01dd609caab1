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


def _build(path, story, frames, pagesize=(612, 792)):
    doc = BaseDocTemplate(str(path), pagesize=pagesize, pageTemplates=[PageTemplate("p", frames)], invariant=1)
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


def test_bold_heading_wrapped_over_six_lines_of_a_three_column_page(tmp_path):
    """A bold level-2 heading of nineteen words with no full stop, on lines of its own, that takes six lines of a
    115-pt column of a page set in three columns (all three filled): one heading over its text, its last line
    included; a bold statement of about as many words, closed by its full stop, stays text."""
    narrow = ParagraphStyle("n", parent=BODY_STYLE, fontSize=8.5, leading=10.5)
    head = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=9, leading=11.5, spaceBefore=6, spaceAfter=3)
    title = ("Loss of TFEB impairs reactive oxygen species production in xenograft tumours independently of PINK1 in "
             "drug-resistant cell lines")
    wrapped = Paragraph(title, head)
    wrapped.wrap(115, 800)
    assert len(wrapped.blPara.lines) == 6  # the heading fills six lines of the column
    statement = "Cells that lose the receptor keep fewer damaged mitochondria and die more often under platinum drugs in mice."
    lead_in = Paragraph(f"<b>{statement}</b>", ParagraphStyle("b", parent=narrow, spaceBefore=4, spaceAfter=4))
    lead_in.wrap(115, 800)
    assert len(lead_in.blPara.lines) >= 4  # a bold statement on lines of its own, closed by a full stop
    story = [Paragraph(TITLE, ParagraphStyle("st", parent=TITLE_STYLE, fontSize=15, leading=18)),
             Paragraph("Anna Lee, Bo Chen and Carla Diaz", AUTHORS), Paragraph("Abstract", H1), Paragraph(ABSTRACT, BODY_STYLE),
             FrameBreak(), Paragraph("Results", H1), Paragraph(title, head), Paragraph(TEXT, narrow), lead_in, Paragraph(TEXT, narrow)]
    story += [Paragraph(TEXT, narrow)] * 5
    frames = [Frame(18, 470, 420, 300, id="top")] + [
        Frame(18 + k * 145, 40, 125, 420, leftPadding=5, rightPadding=5, id=f"c{k}") for k in range(3)]
    out = _build(tmp_path / "six.pdf", story, frames, (456, 792))
    got = [(s.title, s.level) for s in out.sections]
    assert got[:2] == [("Results", 1), (title, 2)], got
    section = out.sections[1]
    assert section.paragraphs[0].text.startswith(TEXT.split()[0])
    assert any(p.text == statement for p in section.paragraphs), [p.text[:40] for p in section.paragraphs]
