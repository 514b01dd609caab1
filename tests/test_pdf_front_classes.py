"""Front-matter layout classes of issue 10 (title and abstract), each on a page generated here with reportlab."""

from __future__ import annotations

import re
import textwrap

from reportlab.pdfgen import canvas

from pipeline.ingest import ingest_path
from pdf_pages import BODY, LEAD, draw_lines


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


def _two_column_body(c, y: float, size: float = 9.5) -> None:
    draw_lines(c, y, [ln[:44] for ln in BODY * 3], size=size, x=52)
    draw_lines(c, y, [ln[:44] for ln in BODY * 3], size=size, x=320)


def test_repository_cover_page_and_manuscript_banner_are_not_the_title(tmp_path):
    """eScholarship-style cover page (Title / Permalink / Authors) before an HHS author manuscript whose first
    page carries the ``HHS Public Access`` banner: the title and abstract come from the article's own page."""
    path = tmp_path / "cover.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, 740, "UC Somewhere")
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, 720, "UC Somewhere Previously Published Works")
    y = 690
    for label, value in (("Title", "Mitophagy and the resistance of solid tumours"), ("Permalink", "https://example.org/item/x1"),
                         ("Authors", "Lee, Anna; Chen, Bo"), ("Publication Date", "2023-11-01")):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, y, label)
        c.setFont("Helvetica", 11)
        c.drawString(50, y - 18, value)
        y -= 46
    c.setFont("Helvetica", 11)
    c.drawString(57, 50, "eScholarship.org    Powered by the California Digital Library")
    c.showPage()
    c.setFont("Helvetica-Bold", 22)
    c.drawString(130, 760, "HHS Public Access")
    c.setFont("Times-Roman", 14)
    c.drawString(130, 740, "Author manuscript")
    c.setFont("Times-Roman", 11)
    c.drawString(130, 725, "Tumour Biol. Author manuscript; available in PMC 2024 March 14.")
    c.setFont("Times-Roman", 10)
    c.drawString(90, 705, "Published in final edited form as:")
    c.drawString(95, 694, "Tumour Biol. 2023 March 14; 61(4): 512-527. doi:10.1000/tb.2023.09.005.")
    c.setFont("Helvetica-Bold", 14)
    c.drawString(90, 660, "PINK1 loss changes how tumours respond to cisplatin")
    c.setFont("Helvetica", 10)
    c.drawString(90, 640, "Anna Lee1, Bo Chen2")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(90, 610, "Summary:")
    y = draw_lines(c, 592, LEAD, x=108)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(90, y - 14, "Introduction")
    draw_lines(c, y - 34, BODY * 3, x=108)
    c.save()
    doc = ingest_path(path)
    assert doc.title == "PINK1 loss changes how tumours respond to cisplatin"
    assert doc.abstract.startswith("Cancer cells survive") and doc.abstract.endswith("sensitivity to drugs.")
    assert "Public Access" not in doc.abstract and "Permalink" not in doc.abstract


def test_bold_lead_abstract_split_by_glyphs_of_another_font_stays_whole(tmp_path):
    """PNAS: an unlabelled bold abstract in small type whose lines carry glyphs from a regular face (so they are
    not all bold) and whose paragraph rules break it in three: one abstract, before the regular introduction."""
    path = tmp_path / "pnas.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica-Bold", 22)
    c.drawString(52, 730, "A family of tumour mitophagy regulators")
    c.setFont("Helvetica-Bold", 9)
    c.drawString(52, 700, "Anna Lee, Bo Chen, and Carla Diaz")
    y = 676
    for k, line in enumerate(LEAD * 2):
        c.setFont("Helvetica-Bold", 8)
        c.drawString(52, y, line)
        if k in (1, 6):  # a glyph in the regular face at the line end: the line is not all bold
            c.setFont("Helvetica", 8)
            c.drawString(52 + c.stringWidth(line, "Helvetica-Bold", 8) + 2, y, "α")
        y -= 10.5 if k not in (2, 5) else 16  # wider pitch: the paragraph rules cut here
    draw_lines(c, y - 14, BODY * 4, font="Times-Roman", size=9, x=52)
    c.save()
    doc = ingest_path(path)
    words = " ".join(LEAD * 2).split()
    assert doc.abstract.startswith("Cancer cells survive") and doc.abstract.endswith("sensitivity to drugs.")
    assert len(doc.abstract.split()) >= len(words)
    assert "Tumours that lose PINK1" not in doc.abstract


def test_abstract_continues_on_the_next_page_after_footnotes(tmp_path):
    """Author manuscripts: the abstract's last sentence runs over the page turn, with correspondence and
    contribution footnotes in small print between; the abstract continues on the next page."""
    path = tmp_path / "overpage.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica-Bold", 18)
    c.drawString(90, 720, "PINK1 loss changes how tumours respond to cisplatin")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(90, 300, "Summary:")
    cut = LEAD[-1].split(" could")[0]
    draw_lines(c, 282, LEAD[:-1] + (cut,), x=108)
    draw_lines(c, 120, ("*Lead contact: someone@example.org.", "Author contributions: A.L. designed experiments and wrote the paper."),
               size=8, x=90)
    c.showPage()
    y = draw_lines(c, 740, ("could restore sensitivity to drugs.",), x=108)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(90, y - 14, "Introduction")
    draw_lines(c, y - 34, BODY * 3, x=108)
    c.save()
    doc = ingest_path(path)
    assert doc.abstract.startswith("Cancer cells survive") and doc.abstract.endswith("could restore sensitivity to drugs.")
    assert "Lead contact" not in doc.abstract and "contributions" not in doc.abstract


def test_summary_in_its_own_face_continues_at_the_top_of_the_next_column(tmp_path):
    """J Cell Sci: a bold summary fills the left column's top and runs on into the right column, while the
    Introduction starts in the left column below it; the right column's part belongs to the abstract."""
    path = tmp_path / "nextcol.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica-Bold", 20)
    c.drawString(52, 730, "A protein of the plant defence family in human cells")
    c.setFont("Helvetica-Bold", 10)
    c.drawString(52, 680, "Summary")
    left = [ln[:46] for ln in LEAD] + ["and the first part of the summary ends here."]
    y = draw_lines(c, 664, left, font="Times-Bold", x=52)
    right = ["By mass spectrometry the protein was found", "in the right column, and it ends here too."]
    draw_lines(c, 664, right, font="Times-Bold", x=320)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(52, y - 30, "Introduction")
    draw_lines(c, y - 46, [ln[:46] for ln in BODY * 3], x=52)
    draw_lines(c, y - 46, [ln[:46] for ln in BODY * 3], x=320)
    c.save()
    doc = ingest_path(path)
    assert doc.abstract.startswith("Cancer cells survive") and doc.abstract.endswith("it ends here too.")
    assert "Mitophagy removes" not in doc.abstract
    assert doc.sections[0].title == "Introduction"
    assert "By mass spectrometry" not in " ".join(p.text for s in doc.sections for p in s.paragraphs)


def test_side_column_on_the_abstract_baselines_is_not_in_the_abstract(tmp_path):
    """ASCB: a Monitoring Editor / Received / Accepted column to the right of the abstract, on the same
    baselines as its lines: cut off at the wide gap, never inside the abstract or the body."""
    path = tmp_path / "sidebar.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica-Bold", 18)
    c.drawString(36, 720, "Label-free comparison of mitophagy in tumours")
    side = ("Monitoring Editor", "Anna Editor", "University of Somewhere", "", "Received: Mar 10, 2023",
            "Accepted: Dec 18, 2023")
    lines = textwrap.wrap("ABSTRACT " + " ".join(LEAD), 70)
    y = 680
    for k, line in enumerate(lines):
        c.setFont("Helvetica-Bold", 9)
        c.drawString(36, y, line)
        if k < len(side) and side[k]:
            c.setFont("Helvetica", 8)
            c.drawString(430, y, side[k])
        y -= 11
    c.setFont("Helvetica-Bold", 11)
    c.drawString(36, y - 10, "INTRODUCTION")
    draw_lines(c, y - 26, BODY * 3, size=9, x=36)
    c.save()
    doc = ingest_path(path)
    assert doc.abstract.startswith("Cancer cells survive") and doc.abstract.endswith("sensitivity to drugs.")
    for cue in ("Monitoring", "Editor", "Received", "Somewhere"):
        assert cue not in doc.abstract
        assert cue not in " ".join(p.text for s in doc.sections for p in s.paragraphs)


def test_one_page_research_article_summary_before_the_article_is_skipped(tmp_path):
    """Science: page 1 is a three-column RESEARCH ARTICLE SUMMARY (INTRODUCTION / RATIONALE / RESULTS); the
    article starts on page 2 with its title, a long bold author list and a bold abstract in a face of its own
    set a little smaller than the body. The abstract is page 2's paragraph, never the summary or the authors."""
    path = tmp_path / "summary.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica-Bold", 14)
    c.drawString(40, 740, "RESEARCH ARTICLE SUMMARY")
    c.setFont("Helvetica-Bold", 18)
    c.drawString(40, 710, "Mitophagy and the resistance of solid tumours")
    for k, x in enumerate((40, 225, 410)):
        c.setFont("Times-Bold", 8.7)
        c.drawString(x, 670, ("INTRODUCTION:", "RATIONALE:", "RESULTS:")[k] + " Summary text of the")
        draw_lines(c, 658, [ln[:40] for ln in BODY * 4], size=8.7, x=x)
    c.showPage()
    c.setFont("Helvetica-Bold", 14)
    c.drawString(40, 750, "RESEARCH ARTICLE")
    c.setFont("Helvetica-Bold", 18)
    c.drawString(40, 720, "Mitophagy and the resistance of solid tumours")
    authors = ", ".join(f"Author{chr(65 + k % 26)} Name{k}" for k in range(40))
    y = draw_lines(c, 696, textwrap.wrap(authors, 90), font="Helvetica-Bold", size=8, x=40)
    y = draw_lines(c, y - 10, LEAD, font="Helvetica-Oblique", size=8, x=40)
    draw_lines(c, y - 16, BODY * 4, size=8.7, x=40)
    c.showPage()
    draw_lines(c, 740, BODY * 8, size=8.7, x=40)  # the article runs on
    c.save()
    doc = ingest_path(path)
    assert doc.title == "Mitophagy and the resistance of solid tumours"
    assert doc.abstract.startswith("Cancer cells survive") and doc.abstract.endswith("sensitivity to drugs.")
    assert "INTRODUCTION" not in doc.abstract and "Name1" not in doc.abstract


def test_abstract_last_line_and_heading_on_a_graphic_panel_are_kept(tmp_path):
    """ACS: the abstract sits on a shaded panel beside a vector table-of-contents graphic, so the drawing's
    box covers it; its short last line (``restore sensitivity to drugs.``) and the ``■ INTRODUCTION`` heading
    with its large mark just under the panel are text, not figure labels."""
    path = tmp_path / "panel.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica-Bold", 17)
    c.drawString(51, 720, "Controlled protein activities in tumour cells")
    c.setLineWidth(0.5)
    c.roundRect(40, 470, 530, 210, 8)  # the shaded panel (curved corners)
    for k in range(14):  # the graphic: curves and short strokes
        p = c.beginPath()
        p.moveTo(360 + 12 * k, 600)
        p.curveTo(364 + 12 * k, 640, 368 + 12 * k, 640, 372 + 12 * k, 600)
        c.drawPath(p)
        c.line(360 + 12 * k, 590, 360 + 12 * k, 585)
    words = ("ABSTRACT: " + " ".join(LEAD)).split()
    lines = [" ".join(words[i : i + 8]) for i in range(0, len(words) - 3, 8)]
    lines[-1:] = [lines[-1], " ".join(words[len(lines) * 8 - 8 + len(lines[-1].split()) :])]
    lines = [ln for ln in lines if ln]
    y = draw_lines(c, 660, lines, font="Times-Roman", size=10, pitch=12, x=51)
    c.setFont("Times-Roman", 30)
    c.drawString(51, y - 14, "■")
    c.setFont("Helvetica-Bold", 10.5)
    c.drawString(80, y - 12, "INTRODUCTION")
    draw_lines(c, y - 34, [ln[:46] for ln in BODY * 3], size=10, pitch=12, x=51)
    c.save()
    doc = ingest_path(path)
    assert doc.abstract.startswith("Cancer cells survive") and doc.abstract.endswith("sensitivity to drugs.")
    assert doc.sections and doc.sections[0].title == "Introduction"
