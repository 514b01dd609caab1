"""A plain-text excerpt whose only heading is a numbered subsection the reader does not open the numbering
at (``3.3 ...`` over a Results passage, no abstract): the paragraphs under it were read as front matter and
lost (issue 9, session 9, branch reldisc). They now stay body text. Texts written for the test."""

from __future__ import annotations

import pytest

from pipeline.document import Source
from pipeline.ingest import ingest_text

PARAGRAPHS = [
    "Carboplatin raised PARK7 protein in ovarian cancer cells within a day of treatment, and the rise was "
    "blocked by cycloheximide (Fig. 2A).",
    "PARK7 knockdown with two siRNAs increased carboplatin-induced apoptosis in both lines we tested, and the "
    "effect was reversed by an siRNA-resistant construct (Fig. 2B, C).",
    "In xenografts, PARK7 depletion enhanced the antitumour effect of carboplatin without changing body weight "
    "of the treated mice (Fig. 3A).",
]


def _document(heading: str):
    text = "PARK7 supports carboplatin tolerance in ovarian cancer\n\n" + heading + "\n\n" + "\n\n".join(PARAGRAPHS)
    text += "\n\nReferences\n\n1. Smith A, Jones B. A title of a paper. J Biol. 2020;1:1-9.\n"
    return ingest_text(text, Source(path="excerpt.txt", format="text", sha256="0" * 64))


@pytest.mark.parametrize("heading", ["3.3 PARK7 and the carboplatin response", "4 Discussion",
                                     "2.5 Silencing of PARK7 in ovarian cancer cells"])
def test_no_paragraph_under_a_lone_numbered_heading_is_lost(heading):
    document = _document(heading)
    kept = [document.abstract] + [p.text for s in document.sections for p in s.paragraphs]
    for paragraph in PARAGRAPHS:
        assert any(paragraph in text for text in kept), (heading, paragraph)


def test_an_opening_number_still_heads_its_section():
    document = _document("1 Results")
    assert [s.number for s in document.sections if s.number] == ["1"]
    assert all(any(p in q.text for s in document.sections for q in s.paragraphs) for p in PARAGRAPHS)
