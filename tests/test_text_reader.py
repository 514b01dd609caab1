"""Text renditions other than the review: hard-wrapped lines, Markdown headings, unnumbered headings."""

from __future__ import annotations

from pipeline.document import Source
from pipeline.ingest import ingest_text
from pipeline.ingest.repair import join_wrapped_lines, repair_text

SOURCE = Source(path="mem.txt", format="text", sha256="0" * 64)

WRAPPED = """Autophagy flux in glioma cells

Abstract

Glioma cells survive temozolomide by clearing damaged mitochondria. We
show that BNIP3-mediated mito-
phagy protects cells and that its loss restores sensitivity to the drug in
three cell lines. These results define a resistance mechanism that can be
targeted, and they suggest combination regimens worth testing in vivo.

Introduction

Temozolomide is the standard drug for glioma (1). Resistance is common,
and the mechanisms remain unclear [2, 3].

Methods

Cells were treated with 100 µM temozolomide for 48 h (4).

References

1. Stupp R, Mason WP, van den Bent MJ. Radiotherapy plus concomitant and
adjuvant temozolomide for glioblastoma. N Engl J Med (2005) 352(10):987-96.
doi:10.1056/NEJMoa043330

2. Lee SY. Temozolomide resistance in glioblastoma multiforme. Genes Dis
(2016) 3(3):198-210. doi:10.1016/j.gendis.2016.04.007

3. Doe J, Roe R. A study. Cell (2020) 1:1-2.
"""


def test_hard_wrapped_paper():
    doc = ingest_text(WRAPPED, SOURCE)
    assert doc.title == "Autophagy flux in glioma cells"
    assert doc.abstract.startswith("Glioma cells survive") and "mitophagy protects" in doc.abstract
    assert [(s.title, s.kind) for s in doc.sections] == [
        ("Introduction", "body"), ("Methods", "body"), ("References", "back")
    ]
    intro = doc.section("Introduction").paragraphs
    assert len(intro) == 1 and "Resistance is common, and the" in intro[0].text
    assert [r.number for r in doc.references] == [1, 2, 3]
    assert doc.references[0].doi == "10.1056/nejmoa043330"
    assert doc.references[1].year == 2016
    # Methods cites (4), which the list lacks: the marker is kept and flagged, not dropped.
    assert [(c.numbers, c.unresolved) for c in doc.citations] == [([1], []), ([2, 3], []), ([4], [4])]


def test_markdown_headings_and_unresolved_markers():
    text = "# Mitophagy and drug response in tumours\n\n## 1 Background\n\nPINK1 is studied (1, 9).\n\n## References\n\n1. Doe J, Roe R. A study. Cell (2020) 1:1-2.\n"
    doc = ingest_text(text, SOURCE)
    assert doc.title == "Mitophagy and drug response in tumours"
    assert doc.sections[0].number == "1" and doc.sections[0].title == "Background"
    (cite,) = doc.citations
    assert cite.numbers == [1, 9] and cite.unresolved == [9]


def test_repairs_keep_names():
    assert join_wrapped_lines(["the evi-", "dence for FoxG1-", "mediated loss"]) == "the evidence for FoxG1-mediated loss"
    assert repair_text("PINK1/ Parkin and fission- mitophagy; $(9)^{(p1)}$ and ^{4.}") == "PINK1/Parkin and fission-mitophagy; (9)(p1) and 4."
    assert repair_text("SBI-0206965 and ﬁssion") == "SBI-0206965 and fission"
    assert repair_text("dual effects.Mitophagy exerts") == "dual effects. Mitophagy exerts"
