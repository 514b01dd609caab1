"""Flattened superscript citations (``chemotherapy12,13``): the run rule, the document rule, the ingest hook.

All texts are written here for the classes they stand for; none is from a dev paper.
"""

from __future__ import annotations

import pytest

from pipeline.document import Source
from pipeline.ingest import ingest_text
from pipeline.ingest.citations import find_markers
from pipeline.ingest.flat_citations import candidates, detect, is_plain_word, split_glued


def _numbers(text: str, limit: int = 50) -> list[tuple[int, ...]]:
    return [m.numbers for m in candidates(text, limit)]


# --- the run rule ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, numbers",
    [
        ("Surgery remains the usual first treatment1,2.", [(1, 2)]),  # comma list before "."
        ("It damages the genome of dividing tumour cells3-5.", [(3, 4, 5)]),  # range
        ("Both agents act on the spindle6\u20138, whereas others do not.", [(6, 7, 8)]),  # en dash
        ("This was first seen in leukaemia9, and later in solid tumours10.", [(9,), (10,)]),
        ("The effect is lost in hypoxic regions of the graft (see the earlier review)11.", [(11,)]),  # after ")"
        ("The effect was weak in this setting.12 Later work disagreed.", [(12,)]),  # after "."
        ("Most relapses occur in Europe and Asia13,14.", [(13, 14)]),  # a proper noun
        ("It also raised chemoresistance15 and radiosensitivity16.", [(15,), (16,)]),  # prefixed words
        ("Drug-resistant17 clones expand.", [(17,)]),  # last segment of a hyphenated word
    ],
)
def test_flattened_runs_found(text, numbers):
    assert _numbers(text) == numbers


@pytest.mark.parametrize(
    "text",
    [
        # gene/protein/miRNA symbols and other tokens with digits
        "Loss of BNIP3 and MFN2 raised CD44 and ATG5 levels.",
        "The p53 and p62 proteins, miR-21 and IL-6 were measured.",
        "Cells were treated with H2O2 or 5-FU and arrested in G2/M.",
        "Phosphorylation at Ser65 rose in COVID-19 patients.",
        "The mitoK(ATP)1 channel and Ca(OH)2 were used.",
        "Mouse Pink1 and Park2 alleles, and the pink1 mutant fish.",
        "TGF-beta1 and AMP-alpha2 were induced; the arginine84 residue was mutated.",
        "Clones (BMPR)1 and (Hsp)27, and (CCTTT)14 repeats.",
        # units and isotopes, labels that take a number
        "Wells of 2 cm2 held 5 mm3 of gel; titres were log10 2.",
        "In phase3 and stage2 of the trial, exons2-4 were skipped on day7.",
        # formulas, sequences, years
        "Here x2 + y2 = r2 and the motif a1a2a3 repeats.",
        "The cohort was enrolled since2019 and followed to 2021.",
        # numbered items glued after a full stop, decimals
        "Glucose was measured.2. Insulin was measured.3. Lactate was measured.",
        "The ratio was 0.12 and the slope 1.5 in all cells1.5-fold.",
    ],
)
def test_false_citation_classes_stay_uncited(text):
    assert _numbers(text) == []


def test_numbers_beyond_the_list_are_no_citation():
    assert _numbers("As reported for these cells45.", limit=40) == []
    assert _numbers("As reported for these cells45.", limit=60) == [(45,)]


def test_plain_word_list():
    assert is_plain_word("chemotherapy") and is_plain_word("cells") and is_plain_word("mitophagy")
    assert not is_plain_word("bnip") and not is_plain_word("phase") and not is_plain_word("beta")


# --- the document rule ----------------------------------------------------------------------------

FLAT_PAPER = [
    "Gastric cancer remains a leading cause of death1,2. Surgery alone is rarely curative3.",
    "Platinum drugs damage the genome4-6, and taxanes block the spindle7. Resistance arises in most patients8,9.",
    "Hypoxia induces receptor-mediated mitophagy10, which removes damaged organelles11.",
    "Here we ask whether this pathway protects gastric cancer cells from oxaliplatin.",
]


def test_a_paper_in_the_style_is_accepted():
    style = detect(FLAT_PAPER, n_references=11)
    assert style.accepted
    got = [m.numbers for text in FLAT_PAPER for m in style.markers(text)]
    assert got == [(1, 2), (3,), (4, 5, 6), (7,), (8, 9), (10,), (11,)]


def test_a_paper_without_the_style_gets_none():
    # glued digits that pass the run rule, but too few and not in citation order
    text = ["Tumours regrew in animals15 treated for weeks.", "Other cells40 were spared."]
    style = detect(text, n_references=60)
    assert not style.accepted and all(style.markers(t) == [] for t in text)
    assert find_markers(text[0], flat=style) == []


def test_out_of_order_runs_reject_the_document():
    shuffled = ["Many drugs fail40,41 in patients.", "Some cells7 survive, others12 die.", "It is common3 and rare28."]
    assert not detect(shuffled, n_references=45).accepted


def test_a_far_jump_is_dropped_in_an_accepted_paper():
    text = FLAT_PAPER + ["Calibration used the standard protocol40 described above."]
    style = detect(text, n_references=45)
    assert style.accepted and style.markers(text[-1]) == []


# --- the ingest hook ------------------------------------------------------------------------------

PAPER_TEXT = """Mitophagy protects gastric cancer cells from oxaliplatin

Introduction

{body}

References

1. Alpha A, Beta B. A first study. J Test. 2001;1:1-2.
2. Gamma C. A second study. J Test. 2002;2:3-4.
3. Delta D. A third study. J Test. 2003;3:5-6.
4. Eps E. A fourth study. J Test. 2004;4:7-8.
5. Zeta F. A fifth study. J Test. 2005;5:9-10.
6. Eta G. A sixth study. J Test. 2006;6:11-12.
7. Theta H. A seventh study. J Test. 2007;7:13-14.
8. Iota I. An eighth study. J Test. 2008;8:15-16.
9. Kappa J. A ninth study. J Test. 2009;9:17-18.
10. Lambda K. A tenth study. J Test. 2010;10:19-20.
11. Mu L. An eleventh study. J Test. 2011;11:21-22.
"""


def test_ingested_text_links_flattened_markers_to_the_list():
    doc = ingest_text(PAPER_TEXT.format(body="\n\n".join(FLAT_PAPER)), Source(path="flat.txt", format="text", sha256="0" * 64))
    assert len(doc.references) == 11
    assert [c.numbers for c in doc.citations] == [[1, 2], [3], [4, 5, 6], [7], [8, 9], [10], [11]]
    assert all(not c.unresolved for c in doc.citations)


def test_ingested_text_with_bracketed_style_is_unchanged():
    body = "\n\n".join(t.replace("1,2.", " (1, 2).") for t in FLAT_PAPER[:1]) + "\n\nLoss of BNIP3 and MFN2 and ATG5 and CD44 was seen (3)."
    doc = ingest_text(PAPER_TEXT.format(body=body), Source(path="b.txt", format="text", sha256="0" * 64))
    assert [c.text for c in doc.citations] == ["(1, 2)", "(3)"]


# --- the tokenizer split (so that the NER reads the word a marker is glued to) ----------------------


@pytest.mark.parametrize(
    "token, parts",
    [
        ("cisplatin8,9", ["cisplatin", "8,9"]),
        ("chemoresistance4\u20136", ["chemoresistance", "4\u20136"]),
        ("radiosensitivity\u2078", ["radiosensitivity", "\u2078"]),
        ("resistance\u00b9\u00b2,\u00b9\u00b3", ["resistance", "\u00b9\u00b2,\u00b9\u00b3"]),
        ("BNIP3", None), ("pink1", None), ("Ser65", None), ("p53", None), ("CD44", None), ("phase3", None),
    ],
)
def test_split_glued_token(token, parts):
    assert split_glued(token) == parts


def test_ner_reads_the_word_before_a_flattened_marker():
    from pipeline.ner.pipeline import load_nlp

    doc = load_nlp()("Knockdown of BNIP3 restored sensitivity to cisplatin8,9 in these cells.")
    assert [t.text for t in doc][6:9] == ["cisplatin", "8,9", "in"]
    assert {e.text for e in doc.ents} >= {"BNIP3", "cisplatin"}


def test_drug_class_head_with_a_flattened_citation_is_split():
    # "EGFR inhibitors12": the class word SCOWL lacks is ordinary, so the digits come off
    from pipeline.ingest.flat_citations import split_glued

    assert split_glued("inhibitors12") == ["inhibitors", "12"]
    assert split_glued("blockers3,4") == ["blockers", "3,4"]
    assert split_glued("PARP1") is None and split_glued("EGFR12") is None
