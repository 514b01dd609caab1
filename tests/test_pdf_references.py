"""Reference lists in PDFs (issue 3): one block per entry, numbered or author-year, number kept at the start."""

from __future__ import annotations

import pytest
from reportlab.pdfgen import canvas

from pipeline.ingest.blocks import HEADING, TEXT
from pipeline.ingest.pdf import pdf_to_blocks

BODY = [
    "Mitophagy removes damaged mitochondria and supports the survival of tumour",
    "cells under chemotherapy, as several studies of solid tumours have shown in",
    "cell lines and in mouse models over the last decade of research on autophagy.",
]
ENTRIES = [
    ["Smith J, Doe A, Roe B. Mitophagy and resistance to cisplatin in", "ovarian cancer. Cancer Res (2020) 80(2):100-10. doi:10.1158/0008-", "5472.CAN-19-1234"],
    ["Chen L, Wang Q. PINK1/Parkin signalling in glioma cells treated with", "temozolomide. Autophagy (2019) 15(4):500-12."],
    ["Kumar R, Reichert AS. Common principles of mitophagy from yeast to", "humans. Int J Mol Sci (2021) 22(9):4363."],
]


def _paper(path, style: str) -> None:
    c = canvas.Canvas(str(path))
    y = 760
    c.setFont("Helvetica-Bold", 12)
    c.drawString(72, y, "1 Introduction")
    c.setFont("Times-Roman", 10)
    for line in BODY:
        y -= 13
        c.drawString(72, y, line)
    y -= 26
    c.setFont("Helvetica-Bold", 12)
    c.drawString(72, y, "References")
    c.setFont("Times-Roman", 9)
    for n, entry in enumerate(ENTRIES, start=1):
        y -= 15
        if style == "alone":
            c.drawString(72, y, f"{n}.")
            y -= 11
        for i, line in enumerate(entry):
            if style == "brackets":
                text = f"[{n}] {line}" if i == 0 else line
                c.drawString(72 if i == 0 else 90, y, text)
            elif style == "author-year":
                c.drawString(72 if i == 0 else 84, y, line)
            else:
                c.drawString(72, y, line)
            y -= 11
    c.save()


@pytest.mark.parametrize(("style", "prefix"), [("brackets", "[{n}] "), ("alone", "{n}. "), ("author-year", "")])
def test_one_block_per_entry(tmp_path, style, prefix):
    path = tmp_path / f"{style}.pdf"
    _paper(path, style)
    blocks = pdf_to_blocks(path)
    at = next(i for i, b in enumerate(blocks) if b.kind == HEADING and b.text == "References")
    entries = [b.text for b in blocks[at + 1 :] if b.kind == TEXT]
    want = [prefix.format(n=n) + " ".join(e) for n, e in enumerate(ENTRIES, start=1)]
    want[0] = want[0].replace("0008- 5472", "0008-5472")  # a DOI broken at its hyphen joins up
    assert entries == want
