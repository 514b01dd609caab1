"""Recall classes of issue 9 (session 6): names no lexicon lists, read from the paper's own context.

Entity readings (``pipeline/ner/doc_names.py``) and the records they let through, on sentences and
invented names written for these tests (none comes from a paper or a dev set).
"""

from __future__ import annotations

import pytest
from test_relations_generalize import IND, INH, R, S, check



def ents(text, nlp):
    return {(e.text, e.label_, e.kb_id_) for e in nlp(text).ents}


# -- a cued name holds at its other occurrences in the paper ----------------------------------------

def test_a_cued_name_is_a_gene_everywhere_in_the_document(nlp):
    text = ("The lncRNA QELT4 was induced in cisplatin-treated cells. QELT4 promotes cisplatin resistance "
            "in bladder cancer.")
    got = nlp(text)
    assert [e.text for e in got.ents if e.label_ == "GENE_OR_PROTEIN"] == ["QELT4", "QELT4"]
    check(text, [("QELT4", R, "cisplatin")], nlp)


def test_an_uncued_symbol_shape_alone_stays_untagged(nlp):
    assert not any(e.text == "QELT4" for e in nlp("QELT4 was measured in all samples.").ents)


# -- short form printed before its long form ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Here we identify TOMAR (tumour mitophagy-activating RNA) in lung cancer. TOMAR promotes resistance to cisplatin.",
    "We named it HELIX (hepatic lipid-sensing long noncoding RNA). HELIX knockdown sensitized cells to sorafenib.",
])
def test_reversed_definition_with_a_hyphenated_long_form(text, nlp):
    name = text.split(" (")[0].split()[-1]
    got = [e for e in nlp(text).ents if e.text == name]
    assert got and all(e.label_ == "GENE_OR_PROTEIN" for e in got), (text, got)


def test_reversed_definition_needs_the_letters_and_a_gene_head(nlp):
    # letters out of order, and a long form that names no RNA or protein
    assert ("TOMAR", "GENE_OR_PROTEIN", "TOMAR") not in ents("TOMAR (rapid mitochondrial assay) was used.", nlp)
    assert ("ZEBRA", "GENE_OR_PROTEIN", "ZEBRA") not in ents("ZEBRA (zonal enhanced breathing assay) was used.", nlp)


# -- code names after a class word ------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The compound QZ-12 suppressed PINK1-mediated mitophagy in lung cancer cells.", ("PINK1", INH, "qz-12")),
    ("The ULK1 inhibitor RV-44 blocked mitophagy and restored sensitivity to gemcitabine.", ("ULK1", INH, "rv-44")),
])
def test_code_after_a_class_word_is_a_compound(text, expected, nlp):
    check(text, [expected], nlp)


def test_code_after_a_class_word_before_cells_is_no_compound(nlp):
    assert not any(e.label_ == "CHEMICAL" and e.text == "HX-7" for e in nlp("The resistant subline HX-7 cells grew.").ents)


def test_a_cued_code_holds_at_its_other_occurrences(nlp):
    text = "The small molecule QZ-12 was synthesized. QZ-12 induced BNIP3-dependent mitophagy in glioma cells."
    assert [e.text for e in nlp(text).ents if e.label_ == "CHEMICAL"] == ["QZ-12", "QZ-12"]


# -- a name in apposition with a gene or ncRNA noun --------------------------------------------

def test_name_in_apposition_with_an_rna_noun(nlp):
    check("We identified KORAL1, a previously uncharacterized lncRNA, that promotes oxaliplatin resistance.",
          [("KORAL1", R, "oxaliplatin")], nlp)


# -- a symbol shape as the subject of an outcome frame ----------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("ZQR7 promotes resistance to gemcitabine in pancreatic cancer cells.", ("ZQR7", R, "gemcitabine")),
    ("In breast cancer, we found that ZQR7 sensitizes tumour cells to paclitaxel.", ("ZQR7", S, "paclitaxel")),
])
def test_symbol_subject_of_an_outcome_frame(text, expected, nlp):
    check(text, [expected], nlp)


@pytest.mark.parametrize("text", [
    # no outcome word before the sentence ends
    "ZQR7 promotes proliferation. Cells were then treated with cisplatin.",
    # a protein-name shape is left out (most are known proteins under an alias the lexicon lacks)
    "Tropomyxin promotes resistance to gemcitabine in pancreatic cancer cells.",
])
def test_no_frame_reading_without_the_frame(text, nlp):
    assert not any(e.label_ == "GENE_OR_PROTEIN" for e in nlp(text).ents), text


# -- recommendations stated as a strategy --------------------------------------------------------

def test_a_strategy_to_overcome_is_a_recommendation(nlp):
    check("Targeting PINK1 may therefore offer a strategy to overcome cisplatin resistance.", [], nlp,
          absent=[("PINK1", R, "cisplatin"), ("PINK1", S, "cisplatin")])


# -- rank statements in resistant cells -----------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("QELT4 was the most strongly induced transcript in cisplatin-resistant cells.", ("QELT4", R, "cisplatin")),
    ("PLK4 was among the top upregulated genes in paclitaxel-resistant cells.", ("PLK4", R, "paclitaxel")),
    # the cells carry no drug: the sentence's own "D-resistant" names it
    ("In paired parental and gemcitabine-resistant cells, miR-204-5p was among the most downregulated miRNAs "
     "in the resistant cells.", ("hsa-miR-204-5p", S, "gemcitabine")),
])
def test_rank_statements_in_resistant_cells(text, expected, nlp):
    check(text, [expected], nlp)


def test_rank_statement_needs_resistant_cells(nlp):
    check("PLK4 was among the most upregulated genes in cells treated with paclitaxel.", [], nlp,
          absent=[("PLK4", R, "paclitaxel"), ("PLK4", S, "paclitaxel")])


# -- clinical failure after a therapy (raised with failure -> promotes_resistance) ---------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("High BNIP3 expression was associated with local failure after radiotherapy.", ("BNIP3", R, "radiotherapy")),
    ("Patients whose tumours expressed high PINK1 had shorter local control after radiotherapy.",
     ("PINK1", R, "radiotherapy")),
    ("Elevated FUNDC1 predicted recurrence following temozolomide.", ("FUNDC1", R, "temozolomide")),
])
def test_clinical_failure_after_a_therapy(text, expected, nlp):
    check(text, [expected], nlp)


# -- active metabolites keep their own id -----------------------------------------------------------

def test_an_active_metabolite_is_not_its_parent_drug(nlp):
    check("Knockdown of PINK1 increased SN-38 cytotoxicity in colon cancer cells.", [("PINK1", R, "sn-38")], nlp,
          absent=[("PINK1", R, "irinotecan")])
    assert ("irinotecan", "CHEMICAL", "irinotecan") in ents("Patients received irinotecan.", nlp)


def test_a_formulation_is_its_drug(nlp):
    got = ents("Patients received nab-paclitaxel or liposomal doxorubicin.", nlp)
    assert ("nab-paclitaxel", "CHEMICAL", "paclitaxel") in got
    assert ("liposomal doxorubicin", "CHEMICAL", "doxorubicin") in got


def test_rank_statement_outranks_another_reading_of_its_regulator(nlp):
    check("Sequencing of parental and cisplatin-resistant cells revealed that miR-204-5p was among the most strongly "
          "downregulated microRNAs in resistant cells.", [("hsa-miR-204-5p", S, "cisplatin")], nlp,
          absent=[("hsa-miR-204-5p", R, "cisplatin")])


# -- an outcome word before a topic noun, as a copula's predicate ------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("BNIP3-mediated mitophagy is a resistance mechanism to cisplatin.", ("BNIP3", R, "cisplatin")),
    ("Our data identify PINK1 as a key resistance mechanism against sorafenib.", ("PINK1", R, "sorafenib")),
])
def test_predicated_resistance_mechanism(text, expected, nlp):
    check(text, [expected], nlp)


def test_a_resistance_mechanism_as_a_topic_stays_out(nlp):
    check("PINK1 and several resistance mechanisms to cisplatin have been described in bladder cancer.", [], nlp,
          absent=[("PINK1", R, "cisplatin")])


def test_a_singular_class_before_its_outcome_is_named_in_the_plural(nlp):
    check("ULK1 inhibition overcomes proteasome inhibitor resistance in myeloma cells.",
          [("ULK1", R, "proteasome inhibitors")], nlp, absent=[("ULK1", R, "proteasome inhibitor")])


# -- raised or lowered in patient tumours after a therapy ---------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("BNIP3 protein was elevated in tumour biopsies taken after neoadjuvant docetaxel and carboplatin.",
     [("BNIP3", R, "docetaxel"), ("BNIP3", R, "carboplatin")]),
    ("Recurrent tumours showed reduced PINK1 expression after temozolomide treatment.", [("PINK1", S, "temozolomide")]),
])
def test_change_in_tumours_after_a_therapy(text, expected, nlp):
    check(text, expected, nlp)


def test_change_in_cells_after_a_drug_is_no_resistance_finding(nlp):
    check("PINK1 was elevated in A549 cells after cisplatin treatment.", [], nlp,
          absent=[("PINK1", R, "cisplatin"), ("PINK1", S, "cisplatin")])


# -- an outcome adjective before a list of cell-line names describes the cells --------------------

@pytest.mark.parametrize("text", [
    "We observed that miR-204-5p was markedly reduced in cisplatin-resistant A549 and H1299 cells.",
    "We observed that miR-204-5p was markedly reduced in cisplatin-resistant HCT-8 and LoVo cells.",
])
def test_change_in_named_resistant_cell_lines(text, nlp):
    check(text, [("hsa-miR-204-5p", S, "cisplatin")], nlp, absent=[("hsa-miR-204-5p", R, "cisplatin")])


def test_rank_statement_after_a_bracketed_definition(nlp):
    check("The lncRNA TOMAR (tumour mitophagy-activating RNA) was the most strongly induced transcript in "
          "cisplatin-resistant cells.", [("TOMAR", R, "cisplatin")], nlp)


# -- a mechanism participle before the outcome names how, not a cause --------------------------------

def test_mechanism_before_resistance_keeps_the_subject(nlp):
    check("MALAT1 promotes autophagy-mediated resistance to cisplatin in lung cancer.", [("MALAT1", R, "cisplatin")], nlp)


def test_a_non_therapy_cause_of_resistance_still_blocks(nlp):
    check("Hypoxia-induced resistance to cisplatin was reversed by PINK1 knockdown.", [], nlp,
          absent=[("PINK1", R, "cisplatin")])


# -- a change stated after an opening phrase that names resistant cells -------------------------------

@pytest.mark.parametrize("text", [
    "In cisplatin-resistant A549 cells, PINK1 expression was decreased, whereas BNIP3 was increased.",
    "In A549 cells with acquired resistance to cisplatin, PINK1 expression was decreased, whereas BNIP3 was increased.",
])
def test_change_after_a_resistant_cells_opening(text, nlp):
    check(text, [("PINK1", S, "cisplatin"), ("BNIP3", R, "cisplatin")], nlp)


def test_no_context_reading_with_another_drug_in_the_clause(nlp):
    check("In cisplatin-resistant cells, PINK1 was upregulated by paclitaxel.", [], nlp,
          absent=[("PINK1", R, "cisplatin")])


# -- a drug raising machinery proteins and mitophagy itself: both claims --------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Sorafenib increased FUNDC1 transcription and mitophagic flux in liver cancer cells.",
     [("FUNDC1", IND, "sorafenib"), ("mitophagy", IND, "sorafenib")]),
    ("Radiation increased BNIP3 and PINK1 levels and mitophagic flux in cervical cancer cells.",
     [("BNIP3", IND, "radiotherapy"), ("PINK1", IND, "radiotherapy"), ("mitophagy", IND, "radiotherapy")]),
])
def test_machinery_and_mitophagy_raised_together(text, expected, nlp):
    check(text, expected, nlp)


def test_a_non_machinery_object_beside_mitophagy_gives_no_record(nlp):
    check("Sorafenib increased ROS and mitophagy in liver cancer cells.", [("mitophagy", IND, "sorafenib")], nlp,
          absent=[("ROS", IND, "sorafenib")])


def test_change_in_resistant_cells_and_progression_on_another_drug(nlp):
    check("We found that miR-204-5p was downregulated in cisplatin-resistant A549 and H1299 cells and in tumours "
          "progressing on FOLFOX.", [("hsa-miR-204-5p", S, "cisplatin"), ("hsa-miR-204-5p", S, "folfox")], nlp)


def test_code_in_apposition_with_a_class_word(nlp):
    check("QZ-12, a small-molecule PINK1 activator, induces mitophagy in breast cancer cells.",
          [("PINK1", IND, "qz-12"), ("mitophagy", IND, "qz-12")], nlp, absent=[("mitophagy", IND, "pink1 activators")])


def test_drug_inducing_mitophagy_that_killed_cells(nlp):
    check("Sorafenib induced excessive mitophagy and killed liver cancer cells.",
          [("mitophagy", IND, "sorafenib"), ("mitophagy", S, "sorafenib")], nlp)


@pytest.mark.parametrize(("text", "expected"), [
    ("PINK1 (3), BNIP3 (4) and the phosphatase PGAM5 (5) all protect lung cancer cells from radiation.",
     [("PINK1", R, "radiotherapy"), ("PGAM5", R, "radiotherapy")]),
    ("PINK1 and the E3 ligase MUL1 promote resistance to cisplatin.", [("PINK1", R, "cisplatin"), ("MUL1", R, "cisplatin")]),
])
def test_coordination_over_a_family_noun(text, expected, nlp):
    check(text, expected, nlp)
