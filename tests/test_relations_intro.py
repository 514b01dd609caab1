"""Classes of issue 9 found on the tune part of ``annotations/dev/synthetic4`` (research-paper
introductions; session 8, branch relintro).

Every sentence here was written for these tests (invented findings, real names); none is copied from a
development text.
"""

from __future__ import annotations

import pytest
from test_relations_generalize import R, S, check, triples



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


def test_and_show_that_opens_a_second_finding(nlp):
    check("Here, we identify miR-212-3p as a regulator of BNIP3 and show that miR-212-3p loss drives gemcitabine "
          "resistance in pancreatic cancer cells.", [("hsa-miR-212-3p", S, "gemcitabine")], nlp,
          absent=[("hsa-miR-212-3p", R, "gemcitabine")])


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


# -- gaps and statements with no direction --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Which kinase activates cisplatin-induced mitophagy in ovarian cancer is not known.",
    "The contribution of BNIP3 to sorafenib resistance has not been examined.",
    "Whether FUNDC1 loss sensitizes glioma cells to temozolomide has not yet been tested.",
    "FUNDC1 may serve as a biomarker of sorafenib response in liver cancer.",
])
def test_gaps_and_biomarkers_are_no_findings(text, nlp):
    assert not [t for t in triples(text, nlp) if t[1] in (R, S)], text


def test_a_marker_of_resistance_has_the_markers_direction(nlp):
    # session 11 (relleft11): a marker of resistance marks it by its level, as the dev gold reads it
    # (annotations/dev/synthetic6 call 58, synthetic8: `X loss is a biomarker of radioresistance` -> S)
    check("PINK1 is a marker of oxaliplatin resistance in colorectal cancer.", [("PINK1", R, "oxaliplatin")], nlp)


def test_a_gap_after_but_keeps_the_cited_finding_before_it(nlp):
    check("In lung cancer, BNIP3 was shown to confer resistance to gefitinib [4], but it has not been studied in glioma.",
          [("BNIP3", R, "gefitinib")], nlp)


def test_known_to_confer_is_still_a_finding(nlp):
    check("PINK1 is known to confer cisplatin resistance in ovarian cancer cells.", [("PINK1", R, "cisplatin")], nlp)


@pytest.mark.parametrize("text", [
    "Parkin knockdown had little effect on erlotinib response in lung cancer cells.",
    "FUNDC1 overexpression had minimal effect on the sensitivity of glioma cells to temozolomide.",
])
def test_little_effect_is_a_negated_link(text, nlp):
    assert not triples(text, nlp), text


# -- two loss words on one regulator --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ULK1 depletion or pharmacological inhibition restored sorafenib sensitivity in liver cancer cells.",
    "BNIP3 knockdown or inhibition enhanced the cytotoxicity of cisplatin in gastric cancer cells.",
])
def test_coordinated_loss_words_flip_once(text, nlp):
    got = triples(text, nlp)
    assert any(t[1] == R for t in got) and not any(t[1] == S for t in got), (text, got)


# -- tolerant cells and accumulation --------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("BNIP3 sustains osimertinib-tolerant persister cells in lung cancer.", ("BNIP3", R, "osimertinib")),
    ("PINK1 was elevated in erlotinib-tolerant lung cancer cells.", ("PINK1", R, "erlotinib")),
    ("Mitophagy was increased in sorafenib-tolerant liver cancer cells.", ("mitophagy", R, "sorafenib")),
    ("p62 accumulates in cisplatin-resistant lung cancer cells.", ("SQSTM1", R, "cisplatin")),
])
def test_drug_tolerant_cells_read_as_resistant_cells(text, expected, nlp):
    check(text, [expected], nlp)


def test_tolerant_is_split_off_the_drug_name(nlp):
    assert [t.text for t in nlp("gefitinib-tolerant cells")][:3] == ["gefitinib", "-", "tolerant"]


# -- drugs named after their target: "EGFR TKIs", "anti-HER2 antibodies" ---------------------------

def test_gene_named_tkis_are_a_drug_class(nlp):
    check("BNIP3 knockdown restored sensitivity to ALK TKIs in lung cancer cells.", [("BNIP3", R, "alk tkis")], nlp)


@pytest.mark.parametrize("text", [
    "First-generation EGFR TKIs such as gefitinib and erlotinib produce high response rates, but resistance "
    "develops within a year.",
    "Anti-HER2 antibodies such as trastuzumab have improved survival, but resistance develops in most cases.",
])
def test_the_target_in_a_drug_name_is_no_regulator(text, nlp):
    assert not triples(text, nlp), text


# -- a tool blocks mitophagy and helps a co-treated drug ------------------------------------------

@pytest.mark.parametrize(("text", "tool", "drug"), [
    ("The ULK1 inhibitor MRT68921 blocks mitophagy and restores sorafenib-induced apoptosis in liver cancer cells.",
     "mrt68921", "sorafenib"),
    ("Inhibition of DRP1 with mdivi-1 blocked mitophagy and restored paclitaxel-induced apoptosis in lung cancer "
     "cells.", "mdivi-1", "paclitaxel"),
])
def test_blocking_mitophagy_that_helps_a_drug_makes_mitophagy_protective(text, tool, drug, nlp):
    got = triples(text, nlp)
    assert ("mitophagy", "inhibits_mitophagy", tool) in got and ("mitophagy", R, drug) in got, (text, got)
    assert ("mitophagy", R, tool) not in got, (text, got)


# -- restoring mitophagy with a compound -----------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Restoring mitophagy with urolithin A protected hepatocytes from cisplatin toxicity.",
     ("mitophagy", "induces_mitophagy", "urolithin a")),
    ("Spermidine restored PINK1-mediated mitophagy in aged T cells.", ("PINK1", "induces_mitophagy", "spermidine")),
])
def test_restoring_mitophagy_is_inducing_it(text, expected, nlp):
    got = triples(text, nlp)
    assert expected in got and not any(t[1] in (R, S) for t in got), (text, got)


# -- a drug raising a mitophagy regulator outside the receptor core -------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Temozolomide increased HIF-1α and BNIP3 protein in glioma cells.", ("HIF1A", "induces_mitophagy", "temozolomide")),
    ("Cisplatin increased DRP1 phosphorylation in ovarian cancer cells, where mitophagy removes damaged "
     "mitochondria.", ("DNM1L", "induces_mitophagy", "cisplatin")),
    ("Ionizing radiation activates AMPK in glioma cells. AMPK is known to initiate mitophagy.",
     ("AMPK", "induces_mitophagy", "radiotherapy")),
])
def test_drug_raises_an_upstream_mitophagy_regulator(text, expected, nlp):
    check(text, [expected], nlp)


@pytest.mark.parametrize("text", [
    "Deferoxamine increased HIF-1α expression in renal cells.",
    "Metformin activates AMPK in hepatocytes and lowers glucose output.",
])
def test_upstream_regulators_need_a_mitophagy_text(text, nlp):
    assert not triples(text, nlp), text
