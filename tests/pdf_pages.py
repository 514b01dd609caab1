"""Shared pieces of the reportlab pages the PDF layout-class tests generate."""

from __future__ import annotations

from pipeline.ingest.blocks import HEADING
from pipeline.ingest.pdf import pdf_to_blocks

BODY = (
    "Mitophagy removes damaged mitochondria and supports the survival of tumour cells under",
    "chemotherapy, as several studies of solid tumours have shown in cell lines and in mice",
    "over the last decade of research on autophagy and on the resistance of cancer cells.",
    "Tumours that lose PINK1 respond differently, and the reasons are still debated among",
    "groups that study the mitochondrial quality control of cancer cells in the clinic today.",
)

# an unlabelled summary paragraph (a lead) for front-matter pages
LEAD = (
    "Cancer cells survive chemotherapy by removing damaged mitochondria through mitophagy,",
    "and here we show that the loss of PINK1 changes how solid tumours respond to cisplatin",
    "in cell lines and in mice. We engineer reporter cells that follow mitophagy in real time",
    "and find that tumours lacking the kinase clear fewer organelles and die more often under",
    "treatment, which suggests that blocking the pathway could restore sensitivity to drugs.",
)


def draw_lines(c, y: float, lines=BODY, x: float = 72, font: str = "Times-Roman", size: float = 10,
               pitch: float | None = None) -> float:
    """Draw ``lines`` from baseline ``y`` down (``pitch``, default 1.3 x size); the next free baseline."""
    c.setFont(font, size)
    for line in lines:
        c.drawString(x, y, line)
        y -= size * 1.3 if pitch is None else pitch
    return y


def headings(path) -> list[str]:
    return [b.text for b in pdf_to_blocks(path) if b.kind == HEADING]


def story_styles():
    """The reportlab styles of the layout-class pages (tests/test_pdf_layout_classes10.py, ...11.py): body,
    title, author line, level-1 heading and italic subheading (each file sets its own level-2 face)."""
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.styles import ParagraphStyle

    return (
        ParagraphStyle("b", fontName="Times-Roman", fontSize=10, leading=12.5, alignment=TA_JUSTIFY),
        ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=18, leading=22, spaceAfter=8),
        ParagraphStyle("a", fontName="Times-Roman", fontSize=10.5, leading=13, spaceAfter=8),
        ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=4),
        ParagraphStyle("h3", fontName="Times-Italic", fontSize=10, leading=12.5, spaceBefore=5, spaceAfter=2),
    )


STORY_TITLE = "Mitophagy sustains the resistance of ovarian tumours to platinum drugs"


def pdf_document(path):
    """The document of a generated PDF (``blocks_to_document`` over the reader's blocks, a dummy hash)."""
    from pipeline.document import Source
    from pipeline.ingest.assemble import blocks_to_document

    return blocks_to_document(pdf_to_blocks(path), Source(path=str(path), format="pdf", sha256="0" * 64), str(path))


def draw_flowable(c, flowable, x: float, y: float, width: float = 460) -> float:
    """Draw a reportlab flowable with its top at ``y``; the next free ``y`` (4 pt below it)."""
    _, h = flowable.wrap(width, 1000)
    flowable.drawOn(c, x, y - h)
    return y - h - 4
