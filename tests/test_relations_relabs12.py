"""Relation classes of issue 9, session 12, branch relabs12: sentence shapes of primary research abstracts
(``models/relations/research_shapes.json``; the classes read off the tune part of ``annotations/dev/synthetic10``).

Every sentence here was written for these tests (invented findings, real gene and drug names); none is copied
from a development text. Real NER (``pipeline.ner.load_nlp``), as on papers.
"""

from __future__ import annotations

import pytest
from test_relations_generalize import INH, IND, R, S, triples



# -- anaphoric outcomes: "abolished this response and enhanced D-induced apoptosis" -----------------------

@pytest.mark.parametrize(("text", "expected", "absent"), [
    ("Silencing of BNIP3 or FUNDC1 abolished this response and markedly enhanced sorafenib-induced apoptosis "
     "in liver cancer cells.",
     [("BNIP3", R, "sorafenib"), ("FUNDC1", R, "sorafenib")], [("BNIP3", S, "sorafenib"), ("FUNDC1", S, "sorafenib")]),
    ("ULK1 knockdown blocked this effect and increased the sensitivity of glioma cells to temozolomide.",
     [("ULK1", R, "temozolomide")], [("ULK1", S, "temozolomide")]),
])
def test_flip_of_an_anaphoric_outcome_leaves_the_later_outcome(text, expected, absent, nlp):
    got = triples(text, nlp)
    assert all(e in got for e in expected), (text, got)
    assert not any(a in got for a in absent), (text, got)


def test_an_anaphoric_outcome_alone_in_its_clause_is_still_read(nlp):
    got = triples("PGAM5 knockdown reversed this resistance to lenvatinib in hepatoma cells.", nlp)
    assert ("PGAM5", R, "lenvatinib") in got


# -- a tool drug's co-treatment outcome: "the X inhibitor D1 reduced mitophagy and increased radiosensitivity" --

def test_class_described_tool_and_blocked_mitophagy_give_the_modality_outcome(nlp):
    got = triples("We found that the ULK1 inhibitor SBI-0206965 reduced mitophagy and increased radiosensitivity "
                  "of lung cancer cells.", nlp)
    assert {("ULK1", INH, "sbi-0206965"), ("mitophagy", INH, "sbi-0206965"),
            ("ULK1", R, "radiotherapy"), ("mitophagy", R, "radiotherapy")} <= got, got


def test_a_tool_before_another_regulators_loss_gives_that_regulator_the_outcome(nlp):
    got = triples("The AMPK inhibitor dorsomorphin reduced mitophagy, and PINK1 knockdown increased the "
                  "chemosensitivity of gastric cancer cells.", nlp)
    assert ("AMPK", R, "chemotherapy") not in got, got


# -- protective mitophagy: "D triggers a protective mitophagy" ----------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Our results suggest that lenvatinib triggers a protective mitophagy in thyroid cancer cells.",
     [("mitophagy", IND, "lenvatinib"), ("mitophagy", R, "lenvatinib")]),
    ("Gemcitabine induced cytoprotective mitophagy in pancreatic cancer cells.",
     [("mitophagy", IND, "gemcitabine"), ("mitophagy", R, "gemcitabine")]),
])
def test_drug_inducing_protective_mitophagy_gives_both_records(text, expected, nlp):
    got = triples(text, nlp)
    assert all(e in got for e in expected), (text, got)


def test_plain_induced_mitophagy_gives_no_resistance_record(nlp):
    got = triples("Gemcitabine induced mitophagy in pancreatic cancer cells.", nlp)
    assert ("mitophagy", IND, "gemcitabine") in got and ("mitophagy", R, "gemcitabine") not in got, got


# -- means listed after a blocked process: "Blocking mitophagy with D1 or by X knockdown ..." --------------

def test_means_after_a_blocked_process_share_its_outcome(nlp):
    got = triples("Blocking mitophagy with chloroquine or by FUNDC1 knockdown enhanced cabozantinib-induced "
                  "apoptosis in renal cancer cells.", nlp)
    assert {("mitophagy", R, "cabozantinib"), ("FUNDC1", R, "cabozantinib"), ("mitophagy", INH, "chloroquine")} <= got


def test_a_drug_among_the_means_is_a_tool_not_a_treated_drug(nlp):
    got = triples("Genetic or pharmacological inhibition of mitophagy, by BNIP3 silencing or by liensinine, "
                  "reduced the number of persister cells under dabrafenib in melanoma.", nlp)
    assert {("mitophagy", INH, "liensinine"), ("BNIP3", R, "dabrafenib"), ("mitophagy", R, "dabrafenib")} <= got, got
    assert not any(t == "liensinine" and e in (R, S) for _, e, t in got), got


# -- a drug as the first part of an outcome compound is no passive agent ------------------------------------

def test_drug_in_an_outcome_compound_is_no_passive_agent(nlp):
    got = triples("High BNIP3 expression is associated with oxaliplatin resistance in colorectal cancer.", nlp)
    assert ("BNIP3", R, "oxaliplatin") in got and ("BNIP3", IND, "oxaliplatin") not in got, got


def test_drug_with_its_own_noun_stays_a_passive_agent(nlp):
    got = triples("BNIP3 expression was induced by cisplatin treatment in ovarian cancer cells.", nlp)
    assert ("BNIP3", IND, "cisplatin") in got, got


# -- a gene with a status word before a disease noun names a patient group -----------------------------------

@pytest.mark.parametrize("text", [
    "Acquired resistance to lapatinib limits its use in the treatment of HER2-positive breast cancer.",
    "Resistance to osimertinib is inevitable in patients with EGFR-mutant non-small cell lung cancer.",
])
def test_status_modified_gene_after_the_outcome_is_no_regulator(text, nlp):
    got = triples(text, nlp)
    assert not any(e in (R, S) for _, e, _ in got), (text, got)


def test_status_modified_gene_as_subject_keeps_its_record(nlp):
    got = triples("KRAS-mutant colorectal tumours were resistant to cetuximab.", nlp)
    assert ("KRAS", R, "cetuximab") in got, got


# -- a manipulation combined with a modality prolongs survival ----------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("In a glioma xenograft model, OPTN depletion combined with irradiation prolonged the survival of mice.",
     ("OPTN", R, "radiotherapy")),
    ("BNIP3L knockdown combined with docetaxel prolonged the survival of tumour-bearing mice.",
     ("BNIP3L", R, "docetaxel")),
])
def test_loss_combined_with_a_therapy_that_prolongs_survival(text, expected, nlp):
    got = triples(text, nlp)
    assert expected in got, (text, got)


# -- a second nominal change joined to the first: "the accumulation of X ... and the recruitment of Y" ---------

def test_second_nominal_change_shares_the_drugs_verb(nlp):
    got = triples("Sorafenib rapidly induced the accumulation of PINK1 on damaged mitochondria and the recruitment "
                  "of Parkin in hepatoma cells.", nlp)
    assert {("PINK1", IND, "sorafenib"), ("PRKN", IND, "sorafenib")} <= got, got


def test_a_second_change_after_another_argument_is_not_joined(nlp):
    got = triples("Sorafenib induced the accumulation of PINK1, whereas rapamycin triggered the recruitment of "
                  "Parkin in hepatoma cells.", nlp)
    assert ("PRKN", IND, "sorafenib") not in got, got


# -- a therapy in a relative aside is no subject: "D1, which is given with D2, also induced mitophagy" -------

def test_therapy_in_a_relative_aside_gives_way_to_its_antecedent(nlp):
    got = triples("Trastuzumab, which is often combined with paclitaxel in the clinic, also induced mitophagy in "
                  "gastric cancer cells.", nlp)
    assert ("mitophagy", IND, "trastuzumab") in got and ("mitophagy", IND, "paclitaxel") not in got, got


# -- an instrument after a place phrase: "Enhancing mitophagy in T cells with D" ------------------------------

def test_instrument_after_a_place_phrase_is_the_agent(nlp):
    got = triples("Inhibiting mitophagy in glioma stem cells with liensinine sensitized them to temozolomide.", nlp)
    assert ("mitophagy", INH, "liensinine") in got, got
    assert not any(t == "liensinine" and e in (R, S) for _, e, t in got), got


def test_an_undescribed_drug_acting_on_mitophagy_keeps_rule_9(nlp):
    got = triples("Metformin exploits mitophagy for chemosensitization of breast cancer cells.", nlp)
    assert not any(t == "chemotherapy" for _, _, t in got), got


# -- a verb list after one drug: "D inhibited mTOR, enhanced mitophagy and reduced ..." ------------------------

def test_later_verb_of_a_drugs_list_acts_on_mitophagy(nlp):
    got = triples("We found that temsirolimus inhibited mTOR, enhanced mitophagy and reduced mitochondrial mass in "
                  "renal cancer cells.", nlp)
    assert {("MTOR", IND, "temsirolimus"), ("mitophagy", IND, "temsirolimus")} <= got, got


def test_a_later_verb_after_another_drug_is_not_the_first_drugs(nlp):
    got = triples("Temsirolimus inhibited mTOR in renal cancer cells, whereas bafilomycin A1 blocked mitophagy.", nlp)
    assert ("mitophagy", IND, "temsirolimus") not in got and ("mitophagy", INH, "temsirolimus") not in got, got


# -- cells that survived a drug are the resistant ones: "persister cells surviving D displayed high X" --------

@pytest.mark.parametrize(("text", "expected"), [
    ("Drug-tolerant persister cells surviving dabrafenib displayed high levels of BNIP3 in melanoma.",
     ("BNIP3", R, "dabrafenib")),
    ("Gastric cancer cells that survived oxaliplatin treatment showed elevated FUNDC1 expression.",
     ("FUNDC1", R, "oxaliplatin")),
    ("Ovarian cancer cells that survived carboplatin exposure exhibited reduced PINK1 levels.",
     ("PINK1", S, "carboplatin")),
])
def test_regulator_level_in_cells_surviving_a_drug(text, expected, nlp):
    got = triples(text, nlp)
    assert expected in got, (text, got)


def test_negated_level_in_surviving_cells_gives_no_record(nlp):
    got = triples("Colon cancer cells surviving irinotecan did not show high levels of OPTN.", nlp)
    assert ("OPTN", R, "irinotecan") not in got, got


def test_a_marker_written_in_words_is_no_surviving_cells_regulator(nlp):
    got = triples("Persister cells surviving trametinib displayed high levels of phosphorylated ubiquitin and "
                  "Parkin in melanoma.", nlp)
    assert ("PRKN", R, "trametinib") in got and not any(i.lower() == "ubiquitin" for i, _, _ in got), got
