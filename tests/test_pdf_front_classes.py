"""Front-matter layout classes of issue 10 (title and abstract), each on a page generated here with reportlab."""

from __future__ import annotations

import re

from reportlab.pdfgen import canvas

from pipeline.ingest import ingest_path
from pdf_pages import BODY, draw_lines

LEAD = (
    "Cancer cells survive chemotherapy by removing damaged mitochondria through mitophagy,",
    "and here we show that the loss of PINK1 changes how solid tumours respond to cisplatin",
    "in cell lines and in mice. We engineer reporter cells that follow mitophagy in real time",
    "and find that tumours lacking the kinase clear fewer organelles and die more often under",
    "treatment, which suggests that blocking the pathway could restore sensitivity to drugs.",
)


def _badge(c, x0: float, y0: float, label: str = "Check for updates") -> None:
    """A vector badge or logo: a ring of curves and ticks (a figure to the vector-figure finder), with its label."""
    c.setLineWidth(0.5)
    for k in range(12):
        p = c.beginPath()
        p.moveTo(x0 + 3 * k, y0)
        p.curveTo(x0 + 3 * k + 1, y0 + 14, x0 + 3 * k + 2, y0 + 14, x0 + 3 * k + 3, y0)
        c.drawPath(p)
        c.line(x0 + 3 * k, y0 - 2, x0 + 3 * k, y0 - 4)
    c.rect(x0, y0 - 6, 36, 24)
    c.setFont("Helvetica", 6)
    c.drawString(x0, y0 - 14, label)


def test_lead_abstract_line_beside_a_vector_badge_is_kept(tmp_path):
    """Nature Communications: the "Check for updates" badge and a framed panel make one drawing box over
    the abstract; its short lines (fewer than 9 words) must stay: they are prose at the text size."""
    path = tmp_path / "badge.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica-Bold", 24)
    c.drawString(40, 720, "Mitophagy and the resistance")
    c.drawString(40, 692, "of solid tumours")
    words = " ".join(LEAD).split()
    short = [" ".join(words[i : i + 7]) for i in range(0, len(words), 7)]  # lines of 7 words
    y = 620
    c.setLineWidth(0.5)
    c.roundRect(30, y - 14 * len(short) - 6, 540, 14 * len(short) + 20, 8)  # a framed panel (curved corners)
    _badge(c, 40, y - 30)
    draw_lines(c, y, short, font="Helvetica", size=10, pitch=14, x=217)
    draw_lines(c, y - 14 * len(short) - 40, BODY * 3, size=8.5, pitch=10, x=40)
    c.save()
    doc = ingest_path(path)
    assert doc.abstract.startswith("Cancer cells survive chemotherapy") and doc.abstract.endswith("sensitivity to drugs.")
    assert len(doc.abstract.split()) == len(words)  # no line of it lost
    assert "updates" not in doc.abstract and "Tumours that lose PINK1" not in doc.abstract


def test_title_line_beside_a_journal_logo_is_kept_whole(tmp_path):
    """Cell Press: the journal's vector logo reaches under the first title line; display type is never figure text."""
    path = tmp_path / "logo.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    _badge(c, 60, 700, label="")
    c.setFont("Helvetica-Bold", 19)
    c.drawString(53, 690, "An endogenous reporter of mitophagy in")
    c.drawString(53, 668, "tumours that resist cisplatin")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(53, 620, "Summary")
    y = draw_lines(c, 604, LEAD, x=53)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(53, y - 14, "Introduction")
    draw_lines(c, y - 34, BODY * 2, x=53)
    c.save()
    doc = ingest_path(path)
    assert doc.title == "An endogenous reporter of mitophagy in tumours that resist cisplatin"


def test_preprint_line_numbers_reaching_into_the_text_margin_are_dropped(tmp_path):
    """bioRxiv/Word manuscripts: line numbers counting 1, 2, 3 ... a little inside 12 % of the page width."""
    path = tmp_path / "numbered.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    n = 0
    for page in range(2):
        y = 740
        rows = [("Helvetica-Bold", "A reporter of mitophagy in tumours that resist cisplatin")] if page == 0 else []
        rows += [("Helvetica", ""), ("Helvetica-Bold", "Abstract")] if page == 0 else []
        rows += [("Helvetica", t) for t in (LEAD if page == 0 else ())]
        rows += [("Helvetica", ""), ("Helvetica-Bold", "Introduction")] if page == 0 else []
        rows += [("Helvetica", t) for t in BODY * 3]
        for font, text in rows:
            n += 1
            c.setFont("Helvetica", 10.3)
            c.drawRightString(77, y, str(n))
            if text:
                c.setFont(font, 10.3)
                c.drawString(90, y, text)
            y -= 20
        c.showPage()
    c.save()
    doc = ingest_path(path)
    assert doc.title == "A reporter of mitophagy in tumours that resist cisplatin"
    assert doc.abstract.startswith("Cancer cells survive") and doc.abstract.endswith("sensitivity to drugs.")
    assert not re.search(r"\b\d+\b", doc.title + " " + doc.abstract)  # no line number left in either


def test_run_in_importance_block_after_the_abstract_is_its_own_front_block(tmp_path):
    """ASM: ``ABSTRACT The ...`` then ``IMPORTANCE The ...`` in the same type: the abstract stops at the label."""
    path = tmp_path / "importance.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica-Bold", 18)
    c.drawString(42, 720, "Mitophagy and the resistance of tumours")
    end = LEAD[-1].split(" sensitivity")[0]
    lead = ("ABSTRACT " + LEAD[0],) + LEAD[1:-1] + (end, "sensitivity to drugs.")  # a short last line
    y = draw_lines(c, 680, lead, font="Helvetica", size=9, pitch=12, x=42)
    y = draw_lines(c, y - 4, ("IMPORTANCE Tumours that resist drugs kill patients, and mitophagy is one way they do it.",
                               "Our results point to a way around it in the clinic."), font="Helvetica", size=9, pitch=12, x=42)
    y = draw_lines(c, y - 4, ("KEYWORDS mitophagy, PINK1, cisplatin",), font="Helvetica", size=9, pitch=13, x=42)
    draw_lines(c, y - 20, BODY * 3, size=9, pitch=12, x=42)
    c.save()
    doc = ingest_path(path)
    assert doc.abstract.startswith("Cancer cells survive") and doc.abstract.endswith("sensitivity to drugs.")
    assert [b["label"] for b in doc.front_matter] == ["IMPORTANCE"]
    assert doc.front_matter[0]["text"].startswith("Tumours that resist drugs")


def test_keywords_joined_to_the_abstract_paragraph_are_cut_off():
    """BMC: ``... targeting GCK. Keywords: Diabetes, ...`` in one paragraph with the abstract's last part."""
    from pipeline.ingest.frontmatter import parse_front

    text = " ".join(LEAD) + " Keywords: Mitophagy, PINK1, Cisplatin"
    front = parse_front(["Mitophagy and the resistance of tumours", text], roles=["", "abstract"])
    assert front.abstract == " ".join(LEAD)
    assert front.keywords == ["Mitophagy", "PINK1", "Cisplatin"]


def test_structured_abstract_opening_with_importance_stays_one_abstract():
    """JAMA-style structured abstract whose first part is ``Importance:``: not a front block."""
    from pipeline.ingest.frontmatter import parse_front

    parts = ["Importance: Resistance limits cisplatin.", "Objective: To test PINK1 loss.", "Results: Tumours died more often."]
    front = parse_front(["Mitophagy and the resistance of tumours", "Abstract", *parts])
    assert front.abstract == " ".join(parts) and front.blocks == []


def test_manuscript_title_at_body_size_in_its_own_face_is_the_title(tmp_path):
    """Word/bioRxiv manuscripts: the title in the body size, in a face of its own, directly over the authors."""
    path = tmp_path / "manuscript.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica-Bold", 11)
    c.drawString(120, 720, "Chromatin barriers shape the resistance of tumours to cisplatin")
    c.setFont("Times-Roman", 11)
    c.drawString(58, 706, "Anna Lee1, Bo Chen2, Carla Diaz1,3 and Dan Evans2,*")
    c.drawString(58, 692, "1 Department of Biology, University of Somewhere, Somewhere, USA")
    c.setFont("Times-Bold", 11)
    c.drawString(58, 650, "Abstract")
    y = draw_lines(c, 634, LEAD, size=11, pitch=14, x=58)
    c.setFont("Times-Bold", 11)
    c.drawString(58, y - 16, "Introduction")
    draw_lines(c, y - 32, BODY * 3, size=11, pitch=14, x=58)
    c.save()
    doc = ingest_path(path)
    assert doc.title == "Chromatin barriers shape the resistance of tumours to cisplatin"
    assert doc.abstract.startswith("Cancer cells survive")


def test_display_title_line_with_a_glyph_in_another_face_still_joins_the_title(tmp_path):
    """PNAS: the title's first line carries a glyph from a non-bold face, so it is not all bold."""
    path = tmp_path / "title_face.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    x = 52
    for text, font in (("A family of PINK1", "Helvetica-Bold"), ("/", "Helvetica"), ("Parkin regulators of", "Helvetica-Bold")):
        c.setFont(font, 22)
        c.drawString(x, 720, text)
        x += c.stringWidth(text, font, 22)
    c.setFont("Helvetica-Bold", 22)
    c.drawString(52, 696, "tumour mitophagy")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(52, 650, "Abstract")
    y = draw_lines(c, 634, LEAD, x=52)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(52, y - 14, "Introduction")
    draw_lines(c, y - 34, BODY * 2, x=52)
    c.save()
    assert ingest_path(path).title == "A family of PINK1/Parkin regulators of tumour mitophagy"
