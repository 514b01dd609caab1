"""An ambiguous gene alias (a lexicon alias flagged common/short, such as NIX for BNIP3L) across a paper.

Two classes: a name the context cues found (the subject of an outcome frame, a shape in a gene context)
that the lexicon lists as a gene takes the lexicon's id, not its printed name; and an ambiguous alias the
lexicon pass accepted once in a gene context holds at its other occurrences in the same paper, where its
context words are too far away (one sense per paper). Sentences written for these tests.
"""

from __future__ import annotations

GENE = "GENE_OR_PROTEIN"


def _genes(nlp, text):
    return [(e.text, e.kb_id_) for e in nlp(text).ents if e.label_ == GENE]


def test_cued_alias_takes_the_lexicon_id(nlp):
    assert _genes(nlp, "NIX promoted cisplatin resistance in ovarian cancer cells.") == [("NIX", "BNIP3L")]


def test_unlisted_cued_name_keeps_its_printed_id(nlp):
    assert _genes(nlp, "ZQR7 promotes resistance to cisplatin in ovarian cancer cells.") == [("ZQR7", "ZQR7")]


def test_alias_accepted_once_holds_across_the_paper(nlp):
    text = "Loss of NIX impaired mitophagy. In ovarian cancer cells, NIX promoted cisplatin resistance."
    assert _genes(nlp, text) == [("NIX", "BNIP3L"), ("NIX", "BNIP3L")]


def test_alias_without_any_gene_context_in_the_paper_is_not_a_gene(nlp):
    # session 13: the subject after an introductory phrase is cued (tests/test_ner_alias_classes13.py);
    # a sentence with no cue at all still reads no gene
    assert _genes(nlp, "In ovarian cancer cells, NIX was measured by flow cytometry.") == []
