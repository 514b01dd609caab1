"""Relation classes of issue 9, session 9, branch relprec9: doses opening a sentence, quantities read as drugs,
genes carried by cells or xenografts, anaphoric drugs, mitophagy blocked by a genetic change.

Every sentence here was written for these tests (invented findings, real gene and drug names); none is copied
from a development text.
"""

from __future__ import annotations

import pytest
from test_relations_generalize import IND, INH, R, S, check, triples

from pipeline.relations.arguments import doc_to_mentions
from pipeline.relations.triggers import load_lexicon


def _therapies(text, nlp):
    return [(m.text, m.therapy_id) for m in doc_to_mentions(nlp(text), load_lexicon()) if m.kind == "THER"]


# -- a dose that opens the sentence is the radiotherapy ---------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("6 Gy induced PINK1-dependent mitophagy in glioma cells.", ("PINK1", IND, "radiotherapy")),
    ("8 Gy of X-rays triggered BNIP3-mediated mitophagy in cervical cancer cells.", ("BNIP3", IND, "radiotherapy")),
    ("A single 10 Gy dose activated FUNDC1-dependent mitophagy in lung cancer cells.", ("FUNDC1", IND, "radiotherapy")),
])
def test_dose_opening_the_sentence_is_radiotherapy(text, expected, nlp):
    check(text, [expected], nlp)


def test_dose_of_a_tagged_therapy_word_keeps_that_mention(nlp):
    # "2 Gy of irradiation": the NER's "irradiation" names the therapy, no second mention over the dose
    assert _therapies("2 Gy of irradiation induced PINK1-dependent mitophagy in glioma cells.", nlp) == [
        ("irradiation", "radiotherapy")]


def test_dose_inside_a_sentence_after_no_preposition_is_no_therapy(nlp):
    assert _therapies("Cells that received 6 Gy were lysed and PINK1 was measured.", nlp) == []


# -- a preposition and a quantity's number are no drug --------------------------------------------

@pytest.mark.parametrize("text", [
    "At 10 uM, cisplatin induced BNIP3-mediated mitophagy in lung cancer cells.",
    "At 10 µM, cisplatin induced BNIP3-mediated mitophagy in lung cancer cells.",
    "At 10 mg/kg/day, cisplatin induced BNIP3-mediated mitophagy in lung tumours.",
])
def test_preposition_and_quantity_number_is_no_drug(text, nlp):
    assert [t for _, t in _therapies(text, nlp)] == ["cisplatin"]
    assert triples(text, nlp) == {("BNIP3", IND, "cisplatin")}


# -- a genetic change that blocks mitophagy and helps the drug: mitophagy protects against the drug ---------

@pytest.mark.parametrize(("text", "expected"), [
    ("FUNDC1 knockdown reduced mitophagy and sensitized ovarian cancer cells to carboplatin.",
     [("FUNDC1", R, "carboplatin"), ("mitophagy", R, "carboplatin")]),
    ("Restoring miR-124-3p blocked mitophagy and resensitized resistant cells to gefitinib.",
     [("hsa-miR-124-3p", S, "gefitinib"), ("mitophagy", R, "gefitinib")]),
    ("BNIP3 overexpression enhanced mitophagy and conferred resistance to sorafenib in liver cancer cells.",
     [("BNIP3", R, "sorafenib"), ("mitophagy", R, "sorafenib")]),
])
def test_genetic_change_of_bare_mitophagy_gives_mitophagy_the_outcome(text, expected, nlp):
    check(text, expected, nlp)


def test_mediated_mitophagy_gives_the_regulator_only(nlp):
    # "X-mediated mitophagy": the convention's modifier form, no separate claim about mitophagy itself
    got = triples("Loss of PHB2 impaired PHB2-mediated signalling and sensitized cells to olaparib.", nlp)
    assert ("PHB2", R, "olaparib") in got and not any(g[0] == "mitophagy" for g in got), got


# -- a regulator inside a study question after the outcome word is no finding ------------------------------

def test_regulator_in_examined_how_question_gives_no_record(nlp):
    text = ("In this work, we screened lncRNAs differentially expressed between parental and lapatinib-resistant "
            "cells and examined how the leading candidate regulates mitophagy and drug response.")
    assert triples(text, nlp) == set()


# -- a gene modifying the cells or tumours that carry it: the gene is the regulator ---------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("ULK1-silenced melanoma cells were more sensitive to vemurafenib.", ("ULK1", R, "vemurafenib")),
    ("MFN2-depleted organoids were sensitized to oxaliplatin.", ("MFN2", R, "oxaliplatin")),
    ("OPA1-depleted xenografts were more sensitive to gemcitabine.", ("OPA1", R, "gemcitabine")),
    ("PHB2-deleted xenografts were more sensitive to gemcitabine.", ("PHB2", R, "gemcitabine")),
    ("PINK1-ablated glioma cells were more sensitive to temozolomide.", ("PINK1", R, "temozolomide")),
])
def test_hyphen_glued_loss_participle_flips_the_carried_gene(text, expected, nlp):
    check(text, [expected], nlp, absent=[(expected[0], S, expected[2])])


@pytest.mark.parametrize(("text", "expected"), [
    ("ATG5-deficient CAR-T cells displayed weaker cytotoxicity against leukaemia cells.",
     ("ATG5", S, "car-t cell therapy")),
    ("SIRT3-overexpressing CAR-T cells showed stronger killing of lymphoma cells.",
     ("SIRT3", S, "car-t cell therapy")),
])
def test_cell_therapy_carrying_the_gene_is_the_therapy_of_its_killing(text, expected, nlp):
    check(text, [expected], nlp)


def test_drug_as_subject_of_killing_stays_its_own_effect(nlp):
    # "D kills cells" says what the drug does, not what a regulator does to D (weak outcome, drug subject)
    assert triples("Cisplatin killed PINK1-expressing ovarian cancer cells.", nlp) == set()


# -- survival of patients or animals is the therapy's efficacy, not tumour-cell survival ----------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Low MUL1 expression was associated with longer overall survival in patients treated with docetaxel.",
     ("MUL1", R, "docetaxel")),
    ("High FUNDC1 levels were associated with shorter progression-free survival in patients receiving lenvatinib.",
     ("FUNDC1", R, "lenvatinib")),
    ("OPA1 knockdown prolonged the survival of mice treated with gemcitabine.", ("OPA1", R, "gemcitabine")),
    ("BNIP3L overexpression in CAR-T cells extended the survival of mice bearing leukaemia.",
     ("BNIP3L", S, "car-t cell therapy")),
])
def test_host_survival_is_efficacy(text, expected, nlp):
    opposite = S if expected[1] == R else R
    check(text, [expected], nlp, absent=[(expected[0], opposite, expected[2])])


def test_tumour_cell_survival_keeps_its_direction(nlp):
    check("BNIP3 knockdown reduced the survival of lung cancer cells exposed to cisplatin.",
          [("BNIP3", R, "cisplatin")], nlp)


# -- a pronoun or definite noun standing for the drug named before ------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Gemcitabine is the backbone of pancreatic cancer treatment. However, its efficacy is limited by high "
     "FUNDC1 expression.", ("FUNDC1", R, "gemcitabine")),
    ("Oxaliplatin remains a first-line drug in colorectal cancer, but its benefit is curtailed by PHB2.",
     ("PHB2", R, "oxaliplatin")),
    ("Lenvatinib is approved for liver cancer. Resistance to this agent is driven by BNIP3.",
     ("BNIP3", R, "lenvatinib")),
    ("Doxorubicin raised BNIP3L in breast cancer cells, whereas BNIP3L silencing increased the death of cells "
     "exposed to the drug.", ("BNIP3L", R, "doxorubicin")),
    ("Olaparib is used in ovarian cancer. The drug's cytotoxicity was enhanced by PINK1 knockdown.",
     ("PINK1", R, "olaparib")),
])
def test_drug_anaphor_takes_the_drug_named_before(text, expected, nlp):
    opposite = S if expected[1] == R else R
    check(text, [expected], nlp, absent=[(expected[0], opposite, expected[2])])


@pytest.mark.parametrize("text", [
    # two drugs it may stand for
    "Cisplatin and paclitaxel are standard in ovarian cancer. However, resistance to the drug is driven by PINK1.",
    # no drug before it
    "Ovarian cancer often relapses. However, resistance to this agent is driven by PINK1.",
])
def test_drug_anaphor_without_one_antecedent_gives_no_record(text, nlp):
    assert not any(g[0] == "PINK1" for g in triples(text, nlp)), triples(text, nlp)


def test_regulator_anaphor_still_stands_for_the_last_subject(nlp):
    check("PINK1 is raised in resistant cells. Its knockdown sensitized them to cisplatin.",
          [("PINK1", R, "cisplatin")], nlp)


def test_without_compromising_the_drug_effect_is_no_outcome(nlp):
    got = triples("Parkin-mediated mitophagy shields neurons from oxaliplatin toxicity without compromising its "
                  "anticancer effect in colon cancer cells.", nlp)
    assert not any(g[1] in (R, S) for g in got), got


# -- a family noun ending a defined long form does not outrank the short form's gene ----------------------

def test_long_form_ending_in_a_family_noun_takes_the_short_forms_gene(nlp):
    doc = nlp("Resistance to temozolomide is driven by O6-methylguanine-DNA methyltransferase (MGMT) in glioma.")
    genes = {e.text: e.kb_id_ for e in doc.ents if e.label_ == "GENE_OR_PROTEIN"}
    assert genes.get("MGMT") == "MGMT", genes
    assert "Methyltransferases" not in genes.values(), genes


# -- coordinated names sharing one post-nominal modifier --------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("PINK1 and BNIP3 knockdown sensitized glioma cells to temozolomide.",
     [("PINK1", R, "temozolomide"), ("BNIP3", R, "temozolomide")]),
    ("MFN2, OPA1 and DNM1L depletion increased the sensitivity of ovarian cancer cells to carboplatin.",
     [("MFN2", R, "carboplatin"), ("OPA1", R, "carboplatin"), ("DNM1L", R, "carboplatin")]),
])
def test_shared_post_nominal_modifier_flips_every_name(text, expected, nlp):
    check(text, expected, nlp, absent=[(g, S, t) for g, _, t in expected])


def test_modifier_before_the_second_name_only_is_not_shared(nlp):
    check("PINK1 and loss of BNIP3 sensitized cells to cisplatin.", [("BNIP3", R, "cisplatin")], nlp,
          absent=[("PINK1", R, "cisplatin")])


# -- a protein a drug imitates is no regulator ------------------------------------------------------------

def test_protein_named_before_mimetic_leaves_the_subject_to_the_next_name(nlp):
    text = "A low dose of the Smac mimetic LCL161 induces XIAP degradation to increase tumour cell sensitivity to radiation."
    check(text, [("XIAP", R, "radiotherapy")], nlp, absent=[("DIABLO", R, "radiotherapy"), ("DIABLO", S, "radiotherapy")])


def test_drug_anaphor_inside_a_study_aim_gives_no_record(nlp):
    text = ("Because expression of BIRC5 and MCL1 depends on SP1, we then examined the effects of genistein on SP1 "
            "as a mechanism for the apoptotic activity of this compound.")
    assert not any(g[2] == "genistein" and g[1] in (R, S) for g in triples(text, nlp)), triples(text, nlp)


def test_drug_anaphor_does_not_hide_the_drugs_own_target(nlp):
    # "X inhibition produced by D ... its efficacy": X is how D works (own target), checked at D's own name
    text = "The combination of PDE4 and transporter inhibition produced by roflumilast may contribute to its clinical efficacy."
    assert not any(g[2] == "roflumilast" and g[1] in (R, S) for g in triples(text, nlp)), triples(text, nlp)


# -- cells that carry the change are no agent of mitophagy ---------------------------------------------------

def test_cell_therapy_carrying_a_change_is_no_mitophagy_agent(nlp):
    got = triples("Overexpression of PINK1 in CD19 CAR-T cells restored mitophagy and prolonged survival of NSG mice "
                  "bearing leukaemia.", nlp)
    assert ("PINK1", S, "car-t cell therapy") in got, got
    assert not any(g[1] in (IND, INH) for g in got), got


# -- organ toxicity and overdoses are normal tissue (spec rule 10), no resistance record ---------------------

@pytest.mark.parametrize("text", [
    "BNIP3 knockdown protected mice from doxorubicin-induced cardiac injury.",
    "SIRT3 overexpression protected against cardiac complications of doxorubicin.",
    "PARP1 deletion protected mice from acetaminophen-induced liver injury.",
    "PARP1 deletion reduced death after acetaminophen overdose.",
])
def test_organ_toxicity_or_overdose_gives_no_outcome_record(text, nlp):
    assert not any(g[1] in (R, S) for g in triples(text, nlp)), triples(text, nlp)


def test_tumour_sentence_with_cardiac_word_keeps_its_record(nlp):
    check("BNIP3 knockdown sensitized breast cancer cells to doxorubicin without cardiac injury in mice.",
          [("BNIP3", R, "doxorubicin")], nlp)


# -- a therapy the patients cannot receive is no therapy of the finding --------------------------------------

def test_therapy_after_unfit_for_is_no_therapy(nlp):
    text = "The MCL-1 inhibitor S63845, given with decitabine, improves survival of patients unfit for intensive chemotherapy."
    assert not any(g[2] == "chemotherapy" for g in triples(text, nlp)), triples(text, nlp)


def test_therapy_received_after_an_unfit_phrase_stays(nlp):
    check("High MCL1 predicted shorter overall survival in patients ineligible for chemotherapy treated with venetoclax.",
          [("MCL1", R, "venetoclax")], nlp)


# -- a drug's short form listed in its brackets is no gene; growth factors are no therapy --------------------

def test_short_form_after_a_bracketed_drug_is_no_regulator(nlp):
    from pipeline.relations.arguments import Mention, mark_bracketed_drug_short_forms

    doc = nlp.make_doc("The antifibrotic agent (nintedanib, NTD) slowed the growth of glioma cells.")
    words = [t.text for t in doc]
    d, s = words.index("nintedanib"), words.index("NTD")
    mentions = [Mention("THER", d, d + 1, "nintedanib", ("nintedanib",), "CHEMICAL"),
                Mention("REG", s, s + 1, "NTD", ("NTD",), "GENE_OR_PROTEIN")]
    marked = mark_bracketed_drug_short_forms(doc, mentions)
    assert marked[1].excluded and not marked[0].excluded


def test_growth_factor_is_no_therapy(nlp):
    assert _therapies("Survivin knockdown enhanced the cytotoxicity of TGF-beta2 in glioma cells.", nlp) == []
