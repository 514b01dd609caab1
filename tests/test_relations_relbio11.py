"""Relation classes of issue 9, session 11, branch relbio11, seen on the tune part of
``annotations/dev/synthetic9`` (drug-response research abstracts that are not mitophagy papers:
pharmacogenomics, gatekeeper mutations, interactions, toxicity, transporters, cohort biomarkers): an
absent outcome (``lack of response``) flips it, a reduced-function allele is a loss, a wild-type status
gives no direction, a sentence ending in a protein-change name the tokenizer splits (``T790M.``) ends there, and a verbless
title listing a genotype and a drug response states no direction (call 60).

Every sentence here was written for these tests (invented findings, real gene and drug names); none is copied
from a development text.
"""

from __future__ import annotations

import pytest
from test_relations_generalize import R, S, check, triples

from pipeline.document import Document, Source
from pipeline.ingest.sentences import span_to_sentences, text_to_sentences
from pipeline.relations import extract_records


def abstract_triples(title: str, abstract: str, nlp) -> set[tuple[str, str, str, str]]:
    """(id, effect, therapy, evidence) of a title + abstract document (the abstract's sentences are split on
    the NER pass's own tokens, as ``mitominer extract`` splits them)."""
    document = Document(doc_id="test", source=Source("test.txt", "text", "0"), title=title, abstract=abstract)
    return {(i, r.effect, r.therapy_id, r.evidence) for r in extract_records(document, nlp=nlp) for i in r.regulator_ids}


# -- an absent outcome: `lack of response`, `absence of response`, `failure of response` flip it ----------

@pytest.mark.parametrize(("text", "expected"), [
    ("BRAF mutations predicted a lack of response to vemurafenib in thyroid cancer.", ("BRAF", R, "vemurafenib")),
    ("NRAS mutations predict absence of response to panitumumab in colorectal cancer.", ("NRAS", R, "panitumumab")),
    ("Tumours lacking PTEN showed a lack of response to trastuzumab in breast cancer.", ("PTEN", S, "trastuzumab")),
    ("High SOX2 expression was associated with a lack of response to docetaxel in prostate cancer.", ("SOX2", R, "docetaxel")),
])
def test_an_absent_outcome_flips_it(text, expected, nlp):
    flipped = (expected[0], S if expected[1] == R else R, expected[2])
    check(text, [expected], nlp, absent=[flipped])


# -- a reduced-function (null, non-functional) allele or variant is the gene's loss ---------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Patients with two reduced-function CYP2D6 alleles relapsed more often after tamoxifen in breast cancer.",
     ("CYP2D6", S, "tamoxifen")),
    ("Carriers of non-functional SLFN11 variants had a shorter survival after cisplatin in lung cancer.",
     ("SLFN11", S, "cisplatin")),
])
def test_a_reduced_function_allele_is_a_loss(text, expected, nlp):
    flipped = (expected[0], R, expected[2])
    check(text, [expected], nlp, absent=[flipped])


# -- wild-type status names no direction; re-expressing the wild-type gene is a gain ---------------------

def test_a_wild_type_status_gives_no_record(nlp):
    text = "In patients with wild-type NRAS tumours, panitumumab prolonged survival in colorectal cancer."
    assert not {t for t in triples(text, nlp) if t[0] == "NRAS"}, triples(text, nlp)


@pytest.mark.parametrize(("text", "expected"), [
    ("Re-expression of wild-type SMAD4 restored gemcitabine sensitivity in pancreatic cancer cells.", ("SMAD4", S, "gemcitabine")),
    ("Cells expressing wild-type TP53 were more sensitive to cisplatin than TP53-null cells in lung cancer.", ("TP53", S, "cisplatin")),
])
def test_a_reexpressed_wild_type_gene_is_a_gain(text, expected, nlp):
    check(text, [expected], nlp)


# -- a sentence ending in a protein-change name ends there (`without V600E. These ...`) -----------------

def test_a_protein_change_name_ends_its_sentence(nlp):
    # the NER tokenizer reads "790M" as a number and a unit: "T790" + "M" + "."
    text = "KIT amplification was seen in three tumours with T790M. These results identify SOX10 as a driver of resistance to osimertinib."
    doc = nlp(text)
    assert [s.text for s in span_to_sentences(text, doc[:], 0)] == [
        "KIT amplification was seen in three tumours with T790M.",
        "These results identify SOX10 as a driver of resistance to osimertinib.",
    ]
    assert [s.text for s in text_to_sentences(text)][0].endswith("T790M.")
    got = abstract_triples("Resistance to osimertinib in lung cancer", text, nlp)
    assert not {t for t in got if t[0] == "KIT"}, got  # the amplification sentence names no therapy
    assert ("SOX10", R, "osimertinib", "These results identify SOX10 as a driver of resistance to osimertinib.") in got, got


def test_initials_stay_inside_their_sentence():
    text = "We thank J. Smith and A. B. Jones for the samples. The cells were sequenced."
    assert len(text_to_sentences(text)) == 2


# -- a verbless topic title listing a genotype and a drug response (`X alleles and D response`) -----------

@pytest.mark.parametrize("title", [
    "CYP2C9 loss-of-function alleles and warfarin response after valve surgery",
    "ABCG2 polymorphisms and response to gefitinib in lung cancer",
    "DPYD genotype and capecitabine response in colorectal cancer",
])
def test_a_genotype_topic_title_gives_no_record(title, nlp):
    got = abstract_triples(title, "Patients were genotyped before treatment.", nlp)
    assert not got, got


# -- a status glued by a hyphen (`X-negative`, `X-low` tumours) is the gene's low level ---------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("In patients with SLFN11-negative tumours, carboplatin prolonged overall survival in lung cancer.", ("SLFN11", R, "carboplatin")),
    ("Patients with MGMT-low tumours responded better to temozolomide in glioblastoma.", ("MGMT", R, "temozolomide")),
])
def test_a_negative_or_low_status_is_the_genes_loss(text, expected, nlp):
    check(text, [expected], nlp, absent=[(expected[0], S, expected[2])])


# -- `had no (survival / clinical) benefit from D` is resistance, not a negated link ------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Patients with BRAF-mutant tumours had no survival benefit from panitumumab in colorectal cancer.", ("BRAF", R, "panitumumab")),
    ("Patients with high TUBB3 expression derived no benefit from paclitaxel in gastric cancer.", ("TUBB3", R, "paclitaxel")),
])
def test_no_benefit_from_a_drug_is_resistance(text, expected, nlp):
    check(text, [expected], nlp, absent=[(expected[0], S, expected[2])])


def test_no_effect_stays_a_negated_link(nlp):
    assert not triples("TUBB3 expression had no effect on the response to paclitaxel in gastric cancer.", nlp)


# -- drug response in a non-tumour clinical setting (depression, diabetes, HIV, hypertension) is out of scope --

@pytest.mark.parametrize("text", [
    "Carriers of SLC22A1 reduced-function variants had a poorer response to metformin in type 2 diabetes.",
    "In HIV-infected patients, ABCB1 3435T carriers had lower efavirenz resistance.",
    "CYP2C9 variants reduced the response to losartan in patients with hypertension.",
    "In major depression, patients carrying the SLC6A4 short allele responded poorly to citalopram.",
])
def test_a_non_tumour_clinical_setting_gives_no_outcome_record(text, nlp):
    got = {t for t in triples(text, nlp) if t[1] in (R, S)}
    assert not got, got


def test_the_same_words_in_a_tumour_text_keep_their_record(nlp):
    text = "Carriers of SLFN11 reduced-function variants had a poorer response to cisplatin in lung cancer."
    check(text, [("SLFN11", S, "cisplatin")], nlp)


# -- a drug's own target, also one of coordinated targets or behind `the kinase activity of` --------------

@pytest.mark.parametrize(("text", "target", "drug"), [
    ("Sorafenib inhibited RAF1 and VEGFR2 and induced apoptosis of hepatocellular carcinoma cells.", "KDR", "sorafenib"),
    ("Imatinib blocks the kinase activity of BCR-ABL1 and kills chronic myeloid leukaemia cells.", "ABL1", "imatinib"),
    ("Lapatinib inhibited EGFR, HER2 and HER4 and reduced the growth of breast cancer cells.", "ERBB4", "lapatinib"),
])
def test_a_drugs_coordinated_target_is_no_resistance_factor(text, target, drug, nlp):
    got = {t for t in triples(text, nlp) if t[0] == target and t[2] == drug and t[1] in (R, S)}
    assert not got, got


def test_another_drugs_outcome_after_a_coordinated_verb_is_kept(nlp):
    # the lower-case word before "and" is no gene symbol, so NRF2 is not read as erlotinib's target
    text = "Erlotinib inhibited proliferation, and NRF2 overexpression made lung cancer cells resistant to erlotinib."
    check(text, [("NFE2L2", R, "erlotinib")], nlp)


# -- a host's sensitivity to a drug's toxic effects is an adverse reaction (spec rule 10) ------------------

@pytest.mark.parametrize("text", [
    "In patients with colorectal cancer, DPYD variant carriers were more sensitive to the toxic effects of capecitabine.",
    "In children with leukaemia, NUDT15 variant carriers were more susceptible to the adverse effects of mercaptopurine.",
])
def test_a_hosts_sensitivity_to_toxic_effects_gives_no_outcome_record(text, nlp):
    got = {t for t in triples(text, nlp) if t[1] in (R, S)}
    assert not got, got


def test_cells_sensitive_to_toxic_effects_keep_their_record(nlp):
    check("PINK1 knockdown made HeLa cells more sensitive to the toxic effects of cisplatin.", [("PINK1", R, "cisplatin")], nlp)
