"""Classes of issue 9 found on the tune part of ``annotations/dev/synthetic4`` (research-paper
introductions; session 8, branch relintro).

Every sentence here was written for these tests (invented findings, real names); none is copied from a
development text.
"""

from __future__ import annotations

import pytest
from test_relations_generalize import R, S, check

from pipeline.ner import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


# -- two complement clauses: "we found that A and that B" -----------------------------------------

@pytest.mark.parametrize(("text", "expected", "absent"), [
    # the regulator named twice: the loss word of the second mention decides the second finding
    ("We found that BNIP3 was increased in cisplatin-resistant ovarian cancer cells and that BNIP3 silencing "
     "restored cisplatin-induced apoptosis.", [("BNIP3", R, "cisplatin")], [("BNIP3", S, "cisplatin")]),
    ("Here we show that gemcitabine activates PINK1 and that PINK1 knockout restores gemcitabine sensitivity in "
     "pancreatic cancer cells.", [("PINK1", R, "gemcitabine")], [("PINK1", S, "gemcitabine")]),
    ("We report that NIX is upregulated in tumours of patients who progressed on imatinib and that NIX "
     "deletion sensitizes xenografts to imatinib.", [("BNIP3L", R, "imatinib")], [("BNIP3L", S, "imatinib")]),
])
def test_coordinated_that_clauses_are_two_findings(text, expected, absent, nlp):
    check(text, expected, nlp, absent=absent)


def test_and_that_of_is_a_pronoun_not_a_clause(nlp):
    # "and that of": one clause; the finding keeps its single subject
    check("Loss of FUNDC1 reduced the viability of A549 cells and that of H1299 cells treated with cisplatin.",
          [("FUNDC1", R, "cisplatin")], nlp)


# -- change verbs: "D-resistant cells downregulate X" ----------------------------------------------

@pytest.mark.parametrize(("text", "expected", "absent"), [
    ("Paclitaxel-resistant lung cancer cells downregulate PRKN.", ("PRKN", S, "paclitaxel"), ("PRKN", R, "paclitaxel")),
    ("Gefitinib-resistant cells strongly upregulate BNIP3.", ("BNIP3", R, "gefitinib"), ("BNIP3", S, "gefitinib")),
])
def test_change_verbs_after_resistant_cells(text, expected, absent, nlp):
    check(text, [expected], nlp, absent=[absent])


# -- progression and relapse on a therapy ---------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("PINK1-deficient tumours progress rapidly on oxaliplatin.", ("PINK1", S, "oxaliplatin")),
    ("High FUNDC1 expression correlated with earlier relapse on adjuvant letrozole in breast cancer patients.",
     ("FUNDC1", R, "letrozole")),
    ("ULK1 levels were higher in tumours that relapsed during maintenance olaparib.", ("ULK1", R, "olaparib")),
])
def test_progression_and_relapse_on_a_named_line_of_therapy(text, expected, nlp):
    check(text, [expected], nlp)
