"""Error classes of issue 9 seen on review-body prose (``annotations/dev/synthetic5``, tune part):
one group per class, on sentences written for these tests (none comes from a paper or from the set).

Runs the project NER (``pipeline.ner.load_nlp``) as ``test_relations_generalize.py`` does.
"""

from __future__ import annotations

import pytest
from test_relations_generalize import IND, INH, R, check



# -- a contrast adverb set off by commas right after the subject is no clause break -------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Sunitinib, in contrast, upregulated NIX and promoted mitophagy in renal cancer cells.",
     [("BNIP3L", IND, "sunitinib"), ("mitophagy", IND, "sunitinib")]),
    ("Etoposide, conversely, suppressed PINK1 in lung cancer cells.", [("PINK1", INH, "etoposide")]),
    ("BNIP3 loss, however, sensitized glioma cells to temozolomide.", [("BNIP3", R, "temozolomide")]),
])
def test_parenthetical_contrast_adverb_after_the_subject(text, expected, nlp):
    check(text, expected, nlp)


def test_a_contrast_adverb_after_a_whole_clause_still_splits(nlp):
    check("PINK1 knockdown sensitized cells to cisplatin, in contrast, BNIP3 knockdown had no effect on cisplatin "
          "sensitivity.", [("PINK1", R, "cisplatin")], nlp, absent=[("BNIP3", R, "cisplatin")])


# -- a drug class in apposition to named drugs only describes them ------------------------------

@pytest.mark.parametrize(("text", "expected", "absent"), [
    ("Niraparib and veliparib, two other PARP inhibitors, were reported to activate FUNDC1-mediated mitophagy in "
     "ovarian cancer cells.", [("FUNDC1", IND, "niraparib"), ("FUNDC1", IND, "veliparib")],
     ("FUNDC1", IND, "parp inhibitors")),
    ("Trametinib and cobimetinib, both MEK inhibitors, suppressed PINK1 in melanoma cells.",
     [("PINK1", INH, "trametinib"), ("PINK1", INH, "cobimetinib")], ("PINK1", INH, "mek inhibitors")),
])
def test_class_in_apposition_to_named_drugs(text, expected, absent, nlp):
    check(text, expected, nlp, absent=[absent])


def test_a_class_standing_alone_is_the_therapy(nlp):
    check("PARP inhibitors activate FUNDC1-mediated mitophagy in ovarian cancer cells.",
          [("FUNDC1", IND, "parp inhibitors")], nlp)


# -- a regulator and an outcome noun listed as topics (review titles, headings) state no direction --

@pytest.mark.parametrize(("text", "absent"), [
    ("Mitophagy and resistance to platinum drugs", ("mitophagy", R, "platinum drugs")),
    ("BNIP3 and cisplatin resistance in gastric cancer", ("BNIP3", R, "cisplatin")),
    ("Mitophagy in taxane therapy: tumour resistance and neurotoxicity", ("mitophagy", R, "taxanes")),
])
def test_topic_list_gives_no_record(text, absent, nlp):
    check(text, [], nlp, absent=[absent])


@pytest.mark.parametrize(("text", "expected"), [
    ("PINK1 and Parkin confer resistance to cisplatin in ovarian cancer.", ("PRKN", R, "cisplatin")),
    ("FUNDC1 drives cisplatin resistance and metastasis in gastric cancer.", ("FUNDC1", R, "cisplatin")),
    ("Loss of NIX and PARP inhibitors synergized to kill ovarian cancer cells.", ("BNIP3L", R, "parp inhibitors")),
])
def test_a_verb_between_regulator_and_outcome_is_no_topic_list(text, expected, nlp):
    check(text, [expected], nlp)


# -- a gene sharing a drug-class word with the next conjunct names a class, not a regulator --------

def test_gene_in_an_elided_class_coordination_is_no_regulator(nlp):
    check("BRAF and MEK inhibitors are effective in melanoma, but resistance develops in most patients.", [], nlp,
          absent=[("BRAF", R, "mek inhibitors")])


# -- change words of review prose: "raised in" -----------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("ULK1 was raised in radioresistant cells.", ("ULK1", R, "radiotherapy")),
])
def test_review_change_words(text, expected, nlp):
    check(text, [expected], nlp)


# -- a short form the text defines for a drug class is that class ----------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("PARP inhibitors (PARPi) are used widely in ovarian cancer. FUNDC1 promotes PARPi resistance.",
     ("FUNDC1", R, "parp inhibitors")),
    ("Proteasome inhibitors (PIs) are used widely in myeloma. PI-resistant myeloma cells showed increased "
     "expression of FUNDC1.", ("FUNDC1", R, "proteasome inhibitors")),
])
def test_defined_class_short_form_is_the_class(text, expected, nlp):
    check(text, [expected], nlp)


def test_an_undefined_short_form_is_no_therapy(nlp):
    check("FUNDC1 promotes PARPi resistance in ovarian cancer.", [], nlp,
          absent=[("FUNDC1", R, "parp inhibitors")])


def test_a_gene_before_a_defined_class_short_form_names_the_class(nlp):
    check("Persister cells that survive EGFR tyrosine kinase inhibitors (TKIs) seed resistance in lung cancer. "
          "ULK1 is required for persister survival under EGFR TKIs.", [("ULK1", R, "egfr tkis")], nlp,
          absent=[("EGFR", R, "tyrosine kinase inhibitors"), ("ULK1", R, "tyrosine kinase inhibitors")])


# -- DRP1 is a protein of the mitophagy machinery; an ester word after a drug is the drug -----------

@pytest.mark.parametrize(("text", "expected"), [
    ("Letrozole reduced DRP1 phosphorylation in breast cancer cells.", ("DNM1L", INH, "letrozole")),
    ("Abiraterone acetate reduced DRP1 levels in prostate cancer cells.", ("DNM1L", INH, "abiraterone")),
    ("Megestrol acetate reduced PINK1 levels in endometrial cancer cells.", ("PINK1", INH, "megestrol")),
])
def test_machinery_protein_and_ester_names(text, expected, nlp):
    check(text, [expected], nlp)


def test_a_cation_acetate_is_no_drug(nlp):
    check("Sodium acetate reduced PINK1 levels in liver cancer cells.", [], nlp)


# -- a drug's participle governing a short read-out and the outcome word (coordinated) --------------

@pytest.mark.parametrize(("text", "expected"), [
    ("FUNDC1 knockdown increased gemcitabine-induced DNA damage and apoptosis.", ("FUNDC1", R, "gemcitabine")),
    ("BNIP3 knockdown increased cisplatin-induced ROS and apoptosis in ovarian cancer cells.",
     ("BNIP3", R, "cisplatin")),
])
def test_drug_induced_readout_and_outcome(text, expected, nlp):
    check(text, [expected], nlp)


# -- an RNA type word the NER tags before the RNA's name only describes it ------------------------

@pytest.mark.parametrize("text", [
    "Notably, the exosomal circRNA circFOXO9 conferred cisplatin resistance on gastric cancer cells.",
    "The circRNA circFOXO9 conferred cisplatin resistance on gastric cancer cells.",
])
def test_rna_type_word_before_the_name(text, nlp):
    check(text, [("circFOXO9", R, "cisplatin")], nlp, absent=[("circRNA", R, "cisplatin")])
