"""Reference entries the PDF reader splits reach the document even when their style is unusual (issue 3)."""

from __future__ import annotations

from pipeline.document import Source
from pipeline.ingest.assemble import blocks_to_document
from pipeline.ingest.blocks import HEADING, TEXT, Block

ENTRIES = [
    # invented entries of the styles the style check alone missed in real PDFs (colon after the authors,
    # a group author, a title-only product)
    "10. Marlow TH, Osei RM, Brandt KI: A trial of two doses of warfarin after hip surgery. N Engl J Med 1995, 331:402-9.",
    "11. Lindqvist JI: Oral anticoagulants today. N Engl J Med 1997, 339:120-31.",
    "12. Bureau of Ward Safety, Patient Panels: A Handbook for Hearing the Views of Those We Treat, 2009.",
    "13. Atlas of Marine Toxins on DVD, edition 4.1. Wiley & Sons, 2004.",
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
    # invented entries of the ACL and APA styles: names without initials, a group author
    "Tariq Osman, Helena B. Strand, Priya Ramesh, and Owen Fairley. 2017. The kestrel tagger at semeval-2017 task 7. In ACL workshop (SemEval).",
    "Mira Castellanos. 2011. Reading at web scale. Nature 471 7339:31–3.",
    "Bruno Salvatori and Ida Marchetti. 2010. LINKO: quick linking of short text snippets to a wiki. In CIKM.",
    "American Dietetic Society. (2000). Handbook of Clinical Nutrition Codes and Terms. Chicago, IL.",
    "Wei Zhang, Lin Hua, Jia hui Bo, Xiao-Ling Fu, and Ming Tao. 2013. Clinical review: Coated drains after abdominal surgery. Critical Care 17.",
]


def test_author_year_entries_without_initials_are_kept():
    blocks = [
        Block(HEADING, "1 Introduction", level=1),
        Block(TEXT, "Entity linking is hard (Salvatori and Marchetti, 2010)."),
        Block(HEADING, "References", level=1),
        *[Block(TEXT, e) for e in AUTHOR_YEAR],
    ]
    doc = blocks_to_document(blocks, Source("x.pdf", "pdf", "0" * 64))
    assert [r.year for r in doc.references] == [2017, 2011, 2010, 2000, 2013]
    assert [r.raw.split(".")[0] for r in doc.references] == [e.split(".")[0] for e in AUTHOR_YEAR]
