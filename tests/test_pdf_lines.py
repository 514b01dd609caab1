"""Line builder (pipeline/ingest/pdf/layout.py): lines never join across a column gap or a small-print side column."""

from pathlib import Path

from reportlab.pdfgen import canvas

from pipeline.ingest.pdf.convert import pages_to_lines
from pipeline.ingest.pdf.layout import page_to_lines
from pipeline.ingest.pdf.reader import open_pdf, pdf_to_pages


def _first_page_lines(path: Path):
    with open_pdf(path) as pdf:
        page = pdf_to_pages(pdf, path)[0]
    lines, _ = page_to_lines(page.words, page.width, page.number)
    return [ln.text for ln in lines]


def test_a_small_print_sidebar_beside_the_abstract_keeps_its_own_lines(tmp_path):
    """RSC: 7 pt lines (Received, Accepted, DOI) at a 9 pt pitch beside 9.5 pt text at a 12 pt pitch."""
    path = tmp_path / "sidebar.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica", 7)
    side = ["Cite this: Mito. Chem., 2026, 12, 101", "", "Received 3rd March 2026", "Accepted 5th May 2026",
            "", "DOI: 10.1039/d6mc00101a", "", "rsc.li/mito-chem"]
    for k, text in enumerate(side):
        c.drawString(40, 650 - 9 * k, text)
    c.setFont("Helvetica", 9.5)
    prose = ["Cancer cells survive chemotherapy by removing damaged mitochondria through",
             "mitophagy, and here we show that the loss of PINK1 changes how solid tumours",
             "respond to cisplatin in cell lines and in mice. We engineer reporter cells that",
             "follow mitophagy in real time and find that tumours lacking the kinase clear",
             "fewer organelles and die more often under treatment, which suggests that",
             "blocking the pathway could restore sensitivity to drugs."]
    for k, text in enumerate(prose):
        c.drawString(190, 650 - 12 * k, text)
    c.setFont("Helvetica", 9)  # a two-column body under both (the page gets a gutter)
    for k in range(30):
        c.drawString(40, 534 - 11.5 * k, "Mitophagy removes damaged mitochondria and supports the")
        c.drawString(316, 534 - 11.5 * k, "survival of tumour cells under chemotherapy, as several")
    c.save()
    texts = _first_page_lines(path)
    for text in [t for t in side if t] + prose:
        assert text in texts


def test_two_columns_on_one_baseline_are_two_lines_without_a_gutter(tmp_path):
    """A short page (too few words for the gutter finder): two columns' lines at one baseline, a
    column gap of about three font sizes, are not one line."""
    path = tmp_path / "columns.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica", 9)
    left = ["Mitophagy removes damaged", "mitochondria in tumours."]
    right = ["PINK1 loss changes the", "response to cisplatin."]
    for k, (a, b) in enumerate(zip(left, right)):
        c.drawString(40, 700 - 11 * k, a)
        c.drawString(40 + c.stringWidth(left[0], "Helvetica", 9) + 28, 700 - 11 * k, b)
    c.save()
    with open_pdf(path) as pdf:
        pages = pdf_to_pages(pdf, path)
    # the reader's lines after the table finder (pages_to_lines): a gap aligned down two lines parts them
    lines = pages_to_lines(pages)
    texts = [ln.text for ln in lines]
    for text in left + right:
        assert text in texts
    assert texts.index(left[1]) < texts.index(right[0])  # the left column is read first


def test_a_one_word_line_reads_as_the_general_path_would():
    """Line.finish's one-word shortcut: the word's box, size, font and style, its text normalised, and a
    word of zero size still marked raised (what the many-word path computes for a single word)."""
    from pipeline.ingest.pdf.layout import Line
    from pipeline.ingest.pdf.reader import Word

    ln = Line([Word("\ufb01gure", 10.0, 40.0, 100.0, 110.0, 9.5, "Times-Bold", bold=True)]).finish()
    assert (ln.x0, ln.x1, ln.top, ln.bottom, ln.size, ln.font) == (10.0, 40.0, 100.0, 110.0, 9.5, "Times-Bold")
    assert ln.bold is True and ln.italic is False and ln.text == "figure" and not ln.words[0].sup
    zero = Line([Word("7", 0.0, 1.0, 5.0, 6.0, 0.0, "F")]).finish()
    two = Line([Word("7", 0.0, 1.0, 5.0, 6.0, 0.0, "F"), Word("7", 0.0, 1.0, 5.0, 6.0, 0.0, "F")]).finish()
    assert zero.words[0].sup == two.words[0].sup and zero.size == two.size
