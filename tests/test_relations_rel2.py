"""Classes of issue 9 left over on the tune parts of ``annotations/dev/synthetic4`` / ``synthetic5``
(session 8, branch rel2).

Every sentence here was written for these tests (invented findings, real names); none is copied from a
development text.
"""

from __future__ import annotations

import pytest
from test_relations_generalize import R, check



def _genes(doc):
    return {e.text for e in doc.ents if e.label_ == "GENE_OR_PROTEIN"}


# -- cell-line names the gene lexicon lists as aliases --------------------------------------------

@pytest.mark.parametrize(("text", "cell_line", "gene"), [
    ("Regorafenib-resistant Huh7 cells express lower levels of PRKN than parental cells.", "Huh7", "PRKN"),
    ("In HuH-7 and Hep3B cells, silencing of FUNDC1 enhanced sorafenib-induced apoptosis.", "HuH-7", "FUNDC1"),
    ("CT26 tumours lacking PINK1 responded better to anti-PD-1 therapy.", "CT26", "PINK1"),
    ("THP-1 cells were treated with venetoclax after BNIP3 silencing.", "THP-1", "BNIP3"),
])
def test_alias_before_a_cell_word_is_a_cell_line(text, cell_line, gene, nlp):
    genes = _genes(nlp(text))
    assert cell_line not in genes
    assert gene in genes


def test_alias_not_before_a_cell_word_stays_a_gene(nlp):
    # an alias away from a cell word keeps its gene reading; a list stops at the first plain word
    genes = _genes(nlp("p62 and LC3 accumulated in HeLa cells treated with cisplatin."))
    assert {"p62", "LC3"} <= genes


def test_finding_about_alias_named_cells_is_kept(nlp):
    check("Regorafenib-resistant Huh7 cells express lower levels of PRKN than parental cells.",
          [("PRKN", "promotes_sensitivity", "regorafenib")], nlp)


# -- a named mode of cell death as the drug's effect ----------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Knockout of PINK1 restores doxorubicin-induced mitotic death in breast cancer cells.",
     ("PINK1", R, "doxorubicin")),
    ("Knockout of PINK1 increased paclitaxel-induced mitotic catastrophe in breast cancer cells.",
     ("PINK1", R, "paclitaxel")),
    ("Loss of BNIP3 potentiated oxaliplatin-induced immunogenic cell death in colorectal cancer cells.",
     ("BNIP3", R, "oxaliplatin")),
])
def test_named_cell_death_mode_is_the_drugs_effect(text, expected, nlp):
    check(text, [expected], nlp)


# -- "the benefit of D" as D's efficacy; "restricted / hampered" as a fall in it -------------------

@pytest.mark.parametrize(("text", "expected", "absent"), [
    ("The benefit of gefitinib is limited by BNIP3 expression in lung cancer.",
     ("BNIP3", R, "gefitinib"), ("BNIP3", "promotes_sensitivity", "gefitinib")),
    ("The benefit of olaparib in ovarian cancer is restricted by high PINK1 expression.",
     ("PINK1", R, "olaparib"), ("PINK1", "promotes_sensitivity", "olaparib")),
    ("Loss of PINK1 abolished the benefit of anti-PD-1 treatment in melanoma-bearing mice.",
     ("PINK1", "promotes_sensitivity", "immunotherapy"), ("PINK1", R, "immunotherapy")),
    ("High FUNDC1 expression hampered the efficacy of lenvatinib in liver cancer cells.",
     ("FUNDC1", R, "lenvatinib"), ("FUNDC1", "promotes_sensitivity", "lenvatinib")),
])
def test_benefit_of_d_is_its_efficacy(text, expected, absent, nlp):
    check(text, [expected], nlp, absent=[absent])


def test_restricted_to_a_place_is_no_outcome(nlp):
    check("BNIP3 expression was restricted to hypoxic regions of gefitinib-treated tumours.", [], nlp,
          absent=[("BNIP3", R, "gefitinib"), ("BNIP3", "promotes_sensitivity", "gefitinib")])


def test_benefit_as_a_verb_states_no_outcome(nlp):
    # "patients who could benefit from D": a selection hope, not an effect of the regulator on D
    check("BNIP3 staining may help select patients who could benefit from hypoxia-targeted radiosensitizers.",
          [], nlp, absent=[("BNIP3", "promotes_sensitivity", "radiotherapy")])
