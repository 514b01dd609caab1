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
