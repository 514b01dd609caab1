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


AUTHOR_YEAR = [
    # raw strings of N18-3011.pdf (ACL) and cermine_web_example1.pdf: names without initials
    "Waleed Ammar, Matthew E. Peters, Chandra Bhagavatula, and Russell Power. 2017. The ai2 system at semeval-2017 task 10. In ACL workshop (SemEval).",
    "Oren Etzioni. 2011. Search needs a shake-up. Nature 476 7358:25–6.",
    "Paolo Ferragina and Ugo Scaiella. 2010. TAGME: on-the-fly annotation of short text fragments. In CIKM.",
    "American Psychiatric Association. (2000). Diagnostic and Statistical Manual of Mental Disorders. Washington, DC.",
    "Xiang Wang, Yan Dong, Xiang qian Qi, Yi-Ming Li, and Lijun Hou. 2013. Clinical review: Efficacy of antimicrobial-impregnated catheters. Critical Care 17.",
]


def test_author_year_entries_without_initials_are_kept():
    blocks = [
        Block(HEADING, "1 Introduction", level=1),
        Block(TEXT, "Entity linking is hard (Ferragina and Scaiella, 2010)."),
        Block(HEADING, "References", level=1),
        *[Block(TEXT, e) for e in AUTHOR_YEAR],
    ]
    doc = blocks_to_document(blocks, Source("x.pdf", "pdf", "0" * 64))
    assert [r.year for r in doc.references] == [2017, 2011, 2010, 2000, 2013]
    assert [r.raw.split(".")[0] for r in doc.references] == [e.split(".")[0] for e in AUTHOR_YEAR]
