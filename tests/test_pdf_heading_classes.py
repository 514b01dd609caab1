"""Heading layout classes of issue 10 (pdf-body), each on a page generated here with reportlab."""

from __future__ import annotations

from reportlab.pdfgen import canvas

from pipeline.ingest import ingest_path
from pipeline.ingest.blocks import TEXT
from pipeline.ingest.headings import heading_title, unnumbered_kind
from pipeline.ingest.pdf import pdf_to_blocks
from pipeline.ingest.pdf.headings import not_a_section_title
from pdf_pages import BODY, draw_lines, headings


def test_roman_numbered_all_caps_heading_keeps_its_numeral():
    """``II. METHODS`` is sentence-cased after the numeral, which stays as printed; it is still the Methods heading."""
    assert heading_title("II. METHODS") == "II. Methods"
    assert heading_title("IV. RESULTS AND DISCUSSION") == "IV. Results and discussion"
    assert heading_title("A. PINK1 LOSS") == "A. PINK1 loss"
    assert unnumbered_kind("III. RESULTS") == "body"
    assert unnumbered_kind("VI. REFERENCES") == "references"


def test_affiliation_correspondence_and_equation_lines_in_a_heading_face_are_not_headings(tmp_path):
    assert not_a_section_title("²Department of Biology, University of Somewhere, Country")
    assert not_a_section_title("1Institute of Cancer Research")
    assert not_a_section_title("*Correspondence: someone@example.org")
    assert not_a_section_title("mmax = P Rmax + h")
    assert not not_a_section_title("Institute-wide screens of PINK1")
    assert not not_a_section_title("Protein expression and purification")
    path = tmp_path / "affil.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica-Bold", 11)
    c.drawString(72, 740, "Introduction")
    y = draw_lines(c, 724, BODY * 2)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(72, y - 8, "Results")
    y = draw_lines(c, y - 24, BODY * 2)
    c.setFont("Helvetica-Bold", 10)  # the same bold face, on lines of their own
    c.drawString(72, y - 8, "Department of Oncology, University of Nowhere, Nowhere 12345")
    c.drawString(72, y - 30, "*Correspondence: author@example.org")
    draw_lines(c, y - 52, BODY)
    c.save()
    assert headings(path) == ["Introduction", "Results"]


def test_two_headings_on_consecutive_lines_are_two_headings(tmp_path):
    """A section heading left at a column's foot (its text follows in small type) and the next one.

    Also two headings stacked in one column: the first line stops well short of the
    column's edge, so the next line is not its continuation.
    """
    path = tmp_path / "stacked.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica-Bold", 11)
    c.drawString(72, 740, "Introduction")
    y = draw_lines(c, 724, BODY * 3)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(72, y - 10, "Materials and methods")
    c.drawString(72, y - 24, "Cell culture and treatment")
    y = draw_lines(c, y - 40, BODY * 2)
    c.save()
    heads = headings(path)
    assert "Materials and methods" in heads and "Cell culture and treatment" in heads
    assert not any("methods Cell" in h for h in heads)


def test_heading_whose_last_line_is_an_italic_name_is_one_heading(tmp_path):
    """``Loss of PINK1 sensitises the mutants in`` / *Saccharomyces cerevisiae*: one heading, not a heading and a scrap."""
    path = tmp_path / "italic.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica-Bold", 11)
    c.drawString(72, 740, "Introduction")
    y = draw_lines(c, 724, BODY * 2)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(72, y - 10, "Loss of PINK1 sensitises the respiratory mutants of")
    c.setFont("Helvetica-BoldOblique", 11)
    c.drawString(72, y - 24, "Saccharomyces cerevisiae")
    draw_lines(c, y - 40, BODY * 2)
    c.save()
    heads = headings(path)
    assert "Loss of PINK1 sensitises the respiratory mutants of Saccharomyces cerevisiae" in heads
    assert "Saccharomyces cerevisiae" not in heads


def test_bold_run_in_heading_smaller_than_its_text_and_wrapped_over_a_line_end(tmp_path):
    """PNAS sets run-in headings in 8 pt bold on 9 pt methods text under a 10 pt body, one over two lines."""
    path = tmp_path / "runin.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica-Bold", 11)
    c.drawString(72, 740, "Introduction")
    y = draw_lines(c, 724, BODY * 3)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(72, y - 10, "Materials and Methods")
    y -= 28
    c.setFont("Helvetica-Bold", 8)
    c.drawString(72, y, "Cell Culture.")
    x = 72 + c.stringWidth("Cell Culture. ", "Helvetica-Bold", 8)
    c.setFont("Times-Roman", 9)
    c.drawString(x, y, "HeLa cells were grown in medium with serum and treated with the drug for")
    y = draw_lines(c, y - 11.7, BODY[:3] + ("in our hands.",), size=9)  # the paragraph ends on a short line
    c.setFont("Helvetica-Bold", 8)
    line1 = "Activation of the Kinase Leads to Increased Glycogen Deposition and Fatty"
    c.drawString(72, y, line1)
    y -= 11.7
    c.drawString(72, y, "Acid Oxidation.")
    x = 72 + c.stringWidth("Acid Oxidation. ", "Helvetica-Bold", 8)
    c.setFont("Times-Roman", 9)
    c.drawString(x, y, "The insulin sensitising effect was measured in three independent")
    draw_lines(c, y - 11.7, BODY[:3], size=9)
    c.save()
    heads = headings(path)
    assert "Cell Culture" in heads
    assert "Activation of the Kinase Leads to Increased Glycogen Deposition and Fatty Acid Oxidation" in heads
    texts = [b.text for b in pdf_to_blocks(path) if b.kind == TEXT]
    assert any(t.startswith("HeLa cells were grown") for t in texts)
    assert any(t.startswith("The insulin sensitising effect") for t in texts)
    doc = ingest_path(path)
    assert [s.title for s in doc.sections][-2:] == [
        "Cell Culture",
        "Activation of the Kinase Leads to Increased Glycogen Deposition and Fatty Acid Oxidation",
    ]


def test_symbol_encoded_fonts_give_their_greek_letters_and_signs():
    """``b`` in a Symbol-encoded face is β; Universal Greek with Math Pi also draws ``+``/``−`` at ``1``/``2``."""
    from pipeline.ingest.pdf.glyphs import apply_glyph_maps
    from pipeline.ingest.pdf.reader import Word

    def word(text: str, font: str) -> Word:
        return Word(text=text, x0=0, x1=5, top=0, bottom=10, size=10, font=font)

    words = [word("b", "ABCDEF+Symbol"), word("a", "Universal-GreekwithMathPi"), word("1", "Universal-GreekwithMathPi"),
             word("b", "Times-Roman"), word("2", "SymbolMT")]
    assert [w.text for w in apply_glyph_maps(words)] == ["β", "α", "+", "b", "2"]



def test_key_resources_table_with_rules_drawn_as_paths_is_a_labelled_table(tmp_path):
    """Cell Press STAR Methods: ``KEY RESOURCES TABLE`` heading, no ``Table N``; rows ruled by flat paths."""
    path = tmp_path / "krt.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica-Bold", 11)
    c.drawString(72, 740, "Introduction")
    draw_lines(c, 724, BODY)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(72, 640, "KEY RESOURCES TABLE")
    rows = [
        ("REAGENT or RESOURCE", "SOURCE", "IDENTIFIER"),
        ("Rabbit anti-PINK1", "Abcam", "Cat# ab23707"),
        ("Mouse anti-TOMM20", "Santa Cruz", "Cat# sc-17764"),
        ("Carbonyl cyanide m-chlorophenyl hydrazone", "Sigma-Aldrich", "Cat# C2759"),
        ("HeLa cells", "ATCC", "CCL-2"),
        ("HEK293T cells", "ATCC", "CRL-3216"),
        ("Oligomycin A", "Sigma-Aldrich", "Cat# 75351"),
        ("Antimycin A", "Sigma-Aldrich", "Cat# A8674"),
        ("ImageJ", "NIH", "RRID:SCR_003070"),
    ]  # nine flat paths: without the rule test they would cluster into a "figure" and its words be dropped
    y = 620
    for i, row in enumerate(rows):
        c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 8)
        for x, cell in zip((72, 300, 450), row):
            c.drawString(x, y, cell)
        p = c.beginPath()  # a rule drawn as a three-point path: PDFium calls it a curve
        p.moveTo(72, y - 4)
        p.lineTo(300, y - 4)
        p.lineTo(540, y - 4)
        c.setLineWidth(0.5)
        c.drawPath(p, stroke=1, fill=0)
        y -= 16
    c.save()
    doc = ingest_path(path)
    tables = [t for t in doc.tables if t.label == "Key resources table"]
    assert len(tables) == 1
    table = tables[0]
    assert table.columns == ["REAGENT or RESOURCE", "SOURCE", "IDENTIFIER"]
    assert ["HeLa cells", "ATCC", "CCL-2"] in table.rows
