"""Heading layout classes of issue 10 (pdf-body), each on a page generated here with reportlab."""

from __future__ import annotations

from reportlab.pdfgen import canvas

from pipeline.ingest import ingest_path
from pipeline.ingest.blocks import HEADING, TEXT
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
    line1 = "Loss of the Kinase Leads to Reduced Lipid Storage and Faster Glucose"
    c.drawString(72, y, line1)
    y -= 11.7
    c.drawString(72, y, "Uptake.")
    x = 72 + c.stringWidth("Acid Oxidation. ", "Helvetica-Bold", 8)
    c.setFont("Times-Roman", 9)
    c.drawString(x, y, "The insulin sensitising effect was measured in three independent")
    draw_lines(c, y - 11.7, BODY[:3], size=9)
    c.save()
    heads = headings(path)
    assert "Cell Culture" in heads
    assert "Loss of the Kinase Leads to Reduced Lipid Storage and Faster Glucose Uptake" in heads
    texts = [b.text for b in pdf_to_blocks(path) if b.kind == TEXT]
    assert any(t.startswith("HeLa cells were grown") for t in texts)
    assert any(t.startswith("The insulin sensitising effect") for t in texts)
    doc = ingest_path(path)
    assert [s.title for s in doc.sections][-2:] == [
        "Cell Culture",
        "Loss of the Kinase Leads to Reduced Lipid Storage and Faster Glucose Uptake",
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


def _run_in(c, y: float, head: str, text: str, head_font: str = "Helvetica-Bold", size: float = 10,
            body_font: str = "Times-Roman") -> float:
    """A bold run-in heading then its text on one line; the next free baseline."""
    c.setFont(head_font, size)
    c.drawString(72, y, head)
    c.setFont(body_font, size)
    c.drawString(72 + c.stringWidth(head + " ", head_font, size), y, text)
    return y - size * 1.3


def test_oversized_ornament_before_a_heading_does_not_join_it_to_the_next_line(tmp_path):
    """ACS: ``■ RESULTS`` with the square's box 32 pt tall on 10 pt type, a run-in heading on the next line."""
    path = tmp_path / "ornament.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica-Bold", 11)
    c.drawString(72, 740, "Introduction")
    y = draw_lines(c, 724, BODY * 2)
    c.setFont("ZapfDingbats", 32)
    c.drawString(72, y - 14, "n")  # ZapfDingbats "n" is the black square U+25A0
    c.setFont("Helvetica-Bold", 10.5)
    c.drawString(100, y - 10, "RESULTS")
    y = _run_in(c, y - 24, "Tunable Receptor Output.", "To test the design we first built a reporter line of")
    draw_lines(c, y, BODY)
    c.save()
    heads = headings(path)
    assert "RESULTS" in heads or "Results" in heads
    assert "Tunable Receptor Output" in heads


def test_heading_line_stacked_on_a_run_in_paragraph_is_its_own_heading(tmp_path):
    """ASM/Cell STAR Methods: ``RESULTS`` on a line of its own, then ``Survey of X.`` run in to the text, no gap."""
    path = tmp_path / "stacked_run_in.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica-Bold", 11)
    c.drawString(72, 740, "Introduction")
    y = draw_lines(c, 724, BODY * 2)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(72, y - 6, "RESULTS")
    y = _run_in(c, y - 19, "Survey of PINK1 loss in tumour lines.", "We first surveyed the lines for loss of the")
    y = draw_lines(c, y, BODY[:3] + ("in our hands.",))  # the paragraph ends on a short line
    y = _run_in(c, y, "Statistics.", "All analyses used two-sided tests with a threshold of five percent in")
    draw_lines(c, y, BODY[:2])
    c.save()
    heads = headings(path)
    assert heads[-3:] == ["RESULTS", "Survey of PINK1 loss in tumour lines", "Statistics"]
    texts = [b.text for b in pdf_to_blocks(path) if b.kind == TEXT]
    assert any(t.startswith("We first surveyed") for t in texts)


def test_back_matter_in_small_print_under_small_bold_titles_and_run_ins(tmp_path):
    """BMC: 7.5 pt bold ``Funding`` over 7.5 pt text on a 10 pt body; Science: ``Competing interests:`` run in
    after the reference list.  A supplementary item's bold label (``Additional file 1: Fig. S1``) is no heading."""
    path = tmp_path / "back.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica-Bold", 11)
    c.drawString(72, 740, "Introduction")
    y = draw_lines(c, 724, BODY * 4)
    c.setFont("Helvetica-Bold", 7.5)
    c.drawString(72, y - 6, "Supplementary Information")
    c.drawString(72, y - 18, "Additional file 1: Fig. S1")
    y = draw_lines(c, y - 28, BODY[:2], size=7.5)
    c.setFont("Helvetica-Bold", 7.5)
    c.drawString(72, y - 6, "Funding")
    y = draw_lines(c, y - 16, BODY[:2], size=7.5)
    c.setFont("Helvetica-Bold", 7.5)
    c.drawString(72, y - 6, "Authors’ contributions")
    y = draw_lines(c, y - 16, BODY[:2], size=7.5)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(72, y - 10, "References")
    y = draw_lines(c, y - 26, ("1. Smith A, Jones B. Mitophagy in tumours. Cell Biol. 2020;12:1-9.",
                               "2. Brown C. PINK1 and drug resistance. Oncol Rep. 2021;3:4-8."), size=8)
    y = _run_in(c, y - 4, "Competing interests:", "The authors declare that they have no competing interests at all.", size=8)
    c.save()
    heads = headings(path)
    assert "Funding" in heads and "Authors’ contributions" in heads and "Supplementary Information" in heads
    assert not any(h.startswith("Additional file") for h in heads)
    assert heads[-1] == "Competing interests"


def test_adobe_face_suffixes_name_bold_and_italic():
    """AdvOT/AdvTT faces end in ``.B``, ``.I``, ``.BI``: a run-in's italic species name in ``.BI`` is still bold."""
    from pipeline.ingest.pdf.reader import font_is_bold, font_is_italic

    assert font_is_bold("AdvOTd0125be5.BI") and font_is_italic("AdvOTd0125be5.BI")
    assert font_is_bold("AdvOT3b30f6db.B") and not font_is_italic("AdvOT3b30f6db.B")
    assert font_is_italic("AdvTTa15c7c65.I") and not font_is_bold("AdvTTa15c7c65.I")
    assert not font_is_bold("AdvOT46dcae81") and not font_is_italic("AdvOT46dcae81")


def test_italic_heading_face_a_little_smaller_than_the_body(tmp_path):
    """EMBO/Science: methods subheadings in an italic face at 9.2 pt on a 10 pt body, each on a line of its own.

    The face sets nothing but these lines, so it is a heading face; an italic face that
    also sets a sentence of its own (``... in vivo.``) is not.
    """
    path = tmp_path / "italic_face.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica-Bold", 11)
    c.drawString(72, 740, "Introduction")
    y = draw_lines(c, 724, BODY[:3] + ("in our hands.",))
    c.setFont("Helvetica-Bold", 11)
    c.drawString(72, y - 6, "Methods")
    y -= 20
    for head in ("Cell culture and treatment", "Ribo-seq data analysis", "Statistical analysis"):
        c.setFont("Helvetica-Oblique", 9.2)
        c.drawString(72, y, head)
        y = draw_lines(c, y - 14, BODY[:3] + ("in our hands.",)) - 6
    c.setFont("Courier-Oblique", 9.2)  # another italic face, also used for a sentence: not a heading face
    for line in ("Loss of PINK1", "Tumour growth", "Mitophagy is required for tumour growth in vivo."):
        c.drawString(72, y, line)
        y = draw_lines(c, y - 14, BODY[:3] + ("in our hands.",)) - 6
    c.save()
    heads = headings(path)
    assert heads[-3:] == ["Cell culture and treatment", "Ribo-seq data analysis", "Statistical analysis"]


def test_run_in_headings_in_a_face_not_named_bold_sit_under_the_last_heading(tmp_path):
    """Nature methods: run-ins in a heading face whose name says nothing of bold (set alone elsewhere), in 7.5 pt
    methods type on a 10 pt body; their level is one under ``Methods``.  URW's ``-Medi`` face is bold."""
    from pipeline.ingest.pdf.reader import font_is_bold

    assert font_is_bold("NimbusRomNo9L-Medi") and not font_is_bold("NimbusRomNo9L-Regu")
    path = tmp_path / "face_run_in.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    y = 740
    for head in ("Introduction", "Results", "Methods"):  # the heading face, on lines of its own
        c.setFont("Helvetica", 10)
        c.drawString(72, y, head)
        y = draw_lines(c, y - 14, BODY[:3] + ("in our hands.",)) - 6
    for head, text in (("Strains and plasmids.", "Strains are listed in the supplementary data and were derived from"),
                       ("Sterol extraction.", "Cells were grown to mid-log phase in rich medium and then harvested")):
        y = _run_in(c, y, head, text, head_font="Helvetica", size=7.5)
        y = draw_lines(c, y, BODY[:2] + ("in our hands.",), size=7.5) - 4
    c.save()
    doc = ingest_path(path)
    assert [(s.title, s.level) for s in doc.sections][-3:] == [("Methods", 1), ("Strains and plasmids", 2), ("Sterol extraction", 2)]


def test_panel_letters_units_and_tick_values_left_in_the_flow_are_not_headings(tmp_path):
    """Figure text a figure finder missed: a bold panel letter before its label, ``(hrs)``, a row of tick values."""
    from pipeline.ingest.headings import match_numbered

    assert match_numbered("4 6 8 10 12 14 16 18 x") is None
    assert match_numbered("2.3 Cell culture") == ("2.3", "Cell culture")
    path = tmp_path / "panel.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica-Bold", 11)
    c.drawString(72, 740, "Introduction")
    y = draw_lines(c, 724, BODY[:3] + ("in our hands.",))
    y = _run_in(c, y - 8, "C", "Flt3 expression in sorted cells")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(72, y - 8, "(hrs)")
    c.setFont("Times-Roman", 10)
    c.drawString(72, y - 30, "4 6 8 10 12 14 16 18 x")
    draw_lines(c, y - 50, BODY)
    c.save()
    assert [s.title for s in ingest_path(path).sections] == ["Introduction"]


def test_run_in_under_a_numbered_heading_in_the_same_type_is_its_child(tmp_path):
    """ACL: ``2.1 Node Types`` and the run-in ``Papers.`` under it share one bold face; the run-in is level 3."""
    path = tmp_path / "numbered_run_in.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica-Bold", 10)
    c.drawString(72, 740, "1 Introduction")
    y = draw_lines(c, 726, BODY[:3] + ("in our hands.",))
    c.setFont("Helvetica-Bold", 10)
    c.drawString(72, y - 6, "2 Structure of the graph")
    y = draw_lines(c, y - 20, BODY[:3] + ("in our hands.",))
    c.setFont("Helvetica-Bold", 10)
    c.drawString(72, y - 6, "2.1 Node types")
    y = draw_lines(c, y - 20, BODY[:3] + ("in our hands.",))
    y = _run_in(c, y - 4, "Papers.", "We obtain metadata and full texts of papers through partnerships with")
    draw_lines(c, y, BODY[:3] + ("in our hands.",))
    c.save()
    levels = [(b.text, b.level) for b in pdf_to_blocks(path) if b.kind == HEADING]
    assert levels[-2:] == [("2.1 Node types", 2), ("Papers", 3)]
