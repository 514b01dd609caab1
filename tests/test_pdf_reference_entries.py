"""Reference entries the PDF reader splits reach the document even when their style is unusual (issue 3)."""

from __future__ import annotations

from pipeline.document import Source
from pipeline.ingest.assemble import blocks_to_document
from pipeline.ingest.blocks import HEADING, TEXT, Block

ENTRIES = [
    # raw strings from real PDFs in ../shared/data/pdfs that the style check alone missed
    "10. Geerts WH, Jay RM, Code KI: A comparison of low-dose heparin with enoxaparin. N Engl J Med 1996, 335:701-7.",
    "11. Weitz JI: Low-molecular-weight heparins. N Engl J Med 1997, 337:688-98.",
    "12. Office of Quality Improvement, Focus Groups: A Guide to Learning the Needs of Those We Serve, 2007.",
    "13. Dictionary of Natural Products on CD-ROM, version 9.2. Chapman & Hall, 2001.",
]


def test_numbered_entries_in_sequence_are_kept():
    blocks = [
        Block(HEADING, "1 Introduction", level=1),
        Block(TEXT, "Heparin prevents thrombosis in trauma patients (10-13)."),
        Block(HEADING, "References", level=1),
        *[Block(TEXT, e) for e in ENTRIES],
    ]
    doc = blocks_to_document(blocks, Source("x.pdf", "pdf", "0" * 64))
    assert [r.number for r in doc.references] == [10, 11, 12, 13]
    assert doc.references[1].year == 1997
