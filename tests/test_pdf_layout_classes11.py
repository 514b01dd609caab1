"""Layout classes left by synthetic family 4 (issue 10, session 11, pdfleft11): an ``Abbreviations`` block after the
abstract, bold headings wrapped over four lines of a narrow column, a heading cut by a column break, bold run-ins
whose title fills its line, compounds broken at their hyphen, an italic subheading under a bare number over an
unindented paragraph. One reportlab document per class, each asserting the structure the reader must find.
Texts written for the tests."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph

from pipeline.ingest import ingest_path
from pdf_pages import STORY_TITLE, BODY, LEAD, draw_lines, story_styles

TITLE = STORY_TITLE
ABSTRACT = " ".join(LEAD)
TEXT = " ".join(BODY)
BODY_STYLE, TITLE_STYLE, AUTHORS, H1, ITALIC = story_styles()
H2 = ParagraphStyle("h2", fontName="Times-Bold", fontSize=10, leading=12.5, spaceBefore=6, spaceAfter=3)


def _front() -> list:
    return [Paragraph(TITLE, TITLE_STYLE), Paragraph("Anna Lee, Bo Chen and Carla Diaz", AUTHORS),
            Paragraph("Abstract", H1), Paragraph(ABSTRACT, BODY_STYLE)]


def _build(path, story, frames=None):
    frames = frames or [Frame(72, 72, 468, 648, id="f")]
    doc = BaseDocTemplate(str(path), pagesize=(612, 792), pageTemplates=[PageTemplate("p", frames)], invariant=1)
    doc.build(story)
    return ingest_path(path)


def _sections(out) -> list[tuple[str, int, str]]:
    return [(s.title, s.level, s.number or "") for s in out.sections]


def test_abbreviations_block_after_the_abstract_is_front_matter_and_a_section_at_the_back(tmp_path):
    """A bold ``Abbreviations:`` run in to its list on the lines after the abstract and keywords (a Significance
    block between them) is a front-matter block, not a level-1 section before the Introduction; an ``Abbreviations`` heading after the Discussion stays a
    back-matter section."""
    small = ParagraphStyle("s", parent=BODY_STYLE, fontSize=9, leading=11, spaceBefore=6)
    abbr = "ROS, reactive oxygen species; OMM, outer mitochondrial membrane; MMP, mitochondrial membrane potential."
    significance = [Paragraph("Significance", H1), Paragraph(" ".join(BODY[:2]) + ".", BODY_STYLE)]
    story = _front() + significance + [Paragraph("<b>Keywords:</b> mitophagy; ovarian cancer; platinum drugs; resistance", small),
                        Paragraph(f"<b>Abbreviations:</b> {abbr}", small),
                        Paragraph("Introduction", H1), Paragraph(TEXT, BODY_STYLE), Paragraph(TEXT, BODY_STYLE),
                        Paragraph("Discussion", H1), Paragraph(TEXT, BODY_STYLE),
                        Paragraph("Abbreviations", H1), Paragraph("CQ, chloroquine; KD, knockdown.", BODY_STYLE)]
    out = _build(tmp_path / "abbrev.pdf", story)
    assert out.title == TITLE
    assert out.abstract == ABSTRACT
    got = _sections(out)
    assert got[0] == ("Introduction", 1, "")
    assert [t for t, _, _ in got].count("Abbreviations") == 1 and got[-1] == ("Abbreviations", 1, "")
    blocks = {b["label"]: b["text"] for b in out.front_matter}
    assert blocks.get("Abbreviations", "").startswith("ROS, reactive oxygen species")
    assert blocks.get("Significance", "").startswith(BODY[0])


def test_bold_heading_wrapped_over_four_lines_of_a_narrow_column(tmp_path):
    """A bold level-2 heading of eighteen words with no full stop, set on a line of its own over four lines of a
    narrow column, is one heading under Results (not a bold paragraph)."""
    narrow = ParagraphStyle("n", parent=BODY_STYLE, fontSize=9, leading=11)
    head = ParagraphStyle("h", parent=H2, fontSize=9.5, leading=12)
    title = "Loss of the receptor restores sensitivity to platinum drugs and predicts the response of ovarian tumours in mice"
    story = _front() + [Paragraph("Results", H1), Paragraph("Mitophagy receptors rise under treatment", head),
                        Paragraph(TEXT, narrow), Paragraph(title, head), Paragraph(TEXT, narrow)]
    out = _build(tmp_path / "wrapped.pdf", story, [Frame(72, 72, 160, 648, id="f")])
    got = _sections(out)
    assert (title, 2, "") in got
    assert ("Mitophagy receptors rise under treatment", 2, "") in got
    section = next(s for s in out.sections if s.title == title)
    assert section.paragraphs[0].text.startswith(TEXT.split()[0])


def test_bold_run_in_heading_cut_by_a_page_break_is_one_heading(tmp_path):
    """A long bold run-in heading whose first two lines end a page (the second ending in ``in``) and whose last
    words open the next page, run in to the text there: one level-2 heading, its text the paragraph."""
    narrow = ParagraphStyle("n", parent=BODY_STYLE, fontSize=9, leading=11)
    title = "High receptor levels predict a poor survival in ovarian tumours and predict the response to platinum drugs in cultured cells"
    lead = _front() + [Paragraph("Results", H1), Paragraph(f"<b>Mitophagy receptors rise under treatment.</b> {TEXT}", narrow)]
    width = 230
    used = sum(p.wrap(width, 800)[1] + p.getSpaceBefore() + p.getSpaceAfter() for p in lead)
    runin = Paragraph(f"<b>{title}.</b> {TEXT}", narrow)
    runin.wrap(width, 800)
    second = " ".join(w.text for w in runin.blPara.lines[1].words)
    assert len(runin.blPara.lines) > 3 and second.rstrip().endswith(" in")  # the break falls after a function word
    # each page's frame holds the lead and two lines of the run-in paragraph; the rest opens the next page
    height = used + 2 * 11 + 13
    frame = Frame(72, 720 - height, width + 12, height, leftPadding=6, rightPadding=6, topPadding=6, bottomPadding=6, id="f")
    out = _build(tmp_path / "pagebreak.pdf", lead + [runin, Paragraph(TEXT, narrow)], [frame])
    titles = [t for t, _, _ in _sections(out)]
    assert title in titles, titles
    assert not any(t.endswith(" in") or t.startswith("cultured") for t in titles)
    section = next(s for s in out.sections if s.title == title)
    assert section.paragraphs[0].text.startswith(TEXT.split()[0])


def test_bold_run_in_title_that_fills_its_line_in_a_narrow_column(tmp_path):
    """Three columns under a full-width front: a bold run-in title (``Mitochondrial membrane potential assay.``) as
    wide as its column, so its text starts on the next line with no indent; it still heads that text, and the
    sibling run-ins that share their first line with the text are found as before."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    narrow = ParagraphStyle("n", parent=BODY_STYLE, fontSize=8.5, leading=10.5, alignment=0)
    title = "Mitochondrial membrane potential assay"
    width = stringWidth(title + ".", "Times-Bold", 8.5) + 6  # the title and no next word fit on its line
    frames = [Frame(54, 440, 504, 290, id="top")]
    frames += [Frame(48 + k * (width + 24), 72, width + 12, 360, leftPadding=6, rightPadding=6, id=f"c{k}") for k in range(3)]
    story = _front() + [FrameBreak(), Paragraph("Methods", H1)]
    for t in ("Cell culture", title, "Statistical analysis"):
        story.append(Paragraph(f"<b>{t}.</b> {TEXT} {TEXT}", narrow))
        story.append(Paragraph(TEXT, ParagraphStyle("ni", parent=narrow, firstLineIndent=8)))
    out = _build(tmp_path / "three.pdf", story, frames)
    got = _sections(out)
    for t in ("Cell culture", title, "Statistical analysis"):
        assert (t, 2, "") in got, got
    section = next(s for s in out.sections if s.title == title)
    assert section.paragraphs and section.paragraphs[0].text.startswith(TEXT.split()[0])


def test_compound_broken_at_its_hyphen_keeps_it_in_a_run_in_heading_and_text(tmp_path):
    """``drug-`` at a line end before ``resistant`` on the next (a compound whose parts the page never prints on
    their own mid-line): the hyphen stays, in a bold run-in heading and in the text; a word broken inside
    (``sensi-`` + ``tivity``) is joined."""
    from pipeline.ingest.pdf.words import join_lines

    assert join_lines(["cells that are drug-", "resistant die"]) == "cells that are drug-resistant die"
    assert join_lines(["loss of dose-", "dependent killing"]) == "loss of dose-dependent killing"
    assert join_lines(["restores sensi-", "tivity to drugs"]) == "restores sensitivity to drugs"
    assert join_lines(["is in-", "dependent of it"]) == "is independent of it"
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas

    title = "Loss of the receptor restores sensitivity in drug-resistant tumours"
    path = tmp_path / "hyphen.pdf"
    c = Canvas(str(path), pagesize=(612, 792), invariant=1)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(72, 720, TITLE)
    y = draw_lines(c, 680, ["Anna Lee, Bo Chen and Carla Diaz"], size=10.5)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(72, y - 10, "Abstract")
    y = draw_lines(c, y - 30, LEAD)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(72, y - 10, "Results")
    y -= 30
    c.setFont("Times-Bold", 10)
    c.drawString(72, y, "Loss of the receptor restores sensitivity in drug-")  # the bold run-in, broken at its hyphen
    y -= 13
    c.drawString(72, y, "resistant tumours.")
    c.setFont("Times-Roman", 10)
    c.drawString(72 + stringWidth("resistant tumours. ", "Times-Bold", 10), y, "Mitophagy removes damaged mitochondria and")
    draw_lines(c, y - 13, BODY[1:] + BODY)
    c.showPage()
    c.save()
    out = ingest_path(path)
    got = _sections(out)
    assert (title, 2, "") in got, got
    assert not any("drugresistant" in t for t, _, _ in got)
    section = next(s for s in out.sections if s.title == title)
    assert section.paragraphs[0].text.startswith("Mitophagy removes damaged mitochondria and")


def test_italic_subheading_under_a_bare_number_over_an_unindented_paragraph(tmp_path):
    """``2.1.`` alone on a line, an italic title on the next, and the paragraph right under it with no gap and no
    first-line indent: the title is a numbered level-2 heading, the paragraph its text."""
    tight = ParagraphStyle("it", parent=ITALIC, spaceBefore=5, spaceAfter=0)
    story = _front() + [Paragraph("1.<br/>Introduction", H1), Paragraph(TEXT, BODY_STYLE), Paragraph("2.<br/>Methods", H1)]
    for k, title in ((1, "Cell culture and treatments"), (2, "Mitochondrial membrane potential")):
        story += [Paragraph(f"2.{k}.<br/>{title}", tight), Paragraph(TEXT, BODY_STYLE)]
    story += [Paragraph("3.<br/>Results", H1), Paragraph(TEXT, BODY_STYLE)]
    out = _build(tmp_path / "bare.pdf", story)
    got = _sections(out)
    assert ("Cell culture and treatments", 2, "2.1") in got, got
    assert ("Mitochondrial membrane potential", 2, "2.2") in got
    section = next(s for s in out.sections if s.title == "Cell culture and treatments")
    assert section.paragraphs[0].text.startswith(TEXT.split()[0])
