"""Error classes seen on unseen papers (issue 9), one group per class, on sentences written for these tests.

Runs the project NER (``pipeline.ner.load_nlp``) so drug names, classes and short
forms are read as on real papers; none of these sentences comes from a paper.
"""

from __future__ import annotations

import pytest
from test_relations_fixtures import one_paragraph_document

from pipeline.document import Document, Source
from pipeline.relations import extract_records

R, S = "promotes_resistance", "promotes_sensitivity"
IND, INH = "induces_mitophagy", "inhibits_mitophagy"


def triples(text: str, nlp) -> set[tuple[str, str, str]]:
    records = extract_records(one_paragraph_document(text), nlp=nlp)
    return {(i, r.effect, r.therapy_id) for r in records for i in r.regulator_ids}


def outcomes(text: str, nlp) -> set[tuple[str, str, str]]:
    """The resistance and sensitivity triples of ``text`` (no mitophagy records)."""
    return {t for t in triples(text, nlp) if t[1] in (R, S)}


def check(text, expected, nlp, absent=()):
    got = triples(text, nlp)
    for e in expected:
        assert e in got, (text, got)
    for a in absent:
        assert a not in got, (text, got)


# -- recall: the many ways papers state an outcome ----------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("PINK1 knockdown increases the cytotoxicity of cisplatin in ovarian cancer cells.", ("PINK1", R, "cisplatin")),
    ("BNIP3 attenuates the anticancer effect of doxorubicin in breast cancer cells.", ("BNIP3", R, "doxorubicin")),
    ("PINK1 is required for gemcitabine tolerance in pancreatic cancer cells.", ("PINK1", R, "gemcitabine")),
    ("Parkin depletion acts synergistically with paclitaxel to kill lung cancer cells.", ("PRKN", R, "paclitaxel")),
    ("FUNDC1 overexpression renders cells refractory to sorafenib.", ("FUNDC1", R, "sorafenib")),
    ("BNIP3L contributes to oxaliplatin resistance in colorectal cancer.", ("BNIP3L", R, "oxaliplatin")),
    ("PINK1 silencing impairs cisplatin efficacy.", ("PINK1", S, "cisplatin")),
    ("Pharmacological inhibition of ULK1 enhanced the cytotoxicity of sorafenib.", ("ULK1", R, "sorafenib")),
    ("BNIP3 overexpression reduced the efficacy of temozolomide in glioma cells.", ("BNIP3", R, "temozolomide")),
])
def test_outcome_phrasings(text, expected, nlp):
    check(text, [expected], nlp)


@pytest.mark.parametrize(("text", "expected"), [
    ("Loss of Parkin sensitizes cells to doxorubicin.", ("PRKN", R, "doxorubicin")),
    ("Parkin loss confers resistance to anthracyclines.", ("PRKN", S, "anthracyclines")),
    ("Loss of PINK1 renders melanoma cells resistant to vemurafenib.", ("PINK1", S, "vemurafenib")),
    ("FUNDC1 knockout cells were more sensitive to cisplatin.", ("FUNDC1", R, "cisplatin")),
    ("PINK1 inhibition restored sensitivity to 5-FU.", ("PINK1", R, "fluorouracil")),
    ("Inhibitors of PINK1 sensitize ovarian cancer cells to cisplatin.", ("PINK1", R, "cisplatin")),
    ("Targeting PINK1 overcomes resistance to osimertinib in lung cancer.", ("PINK1", R, "osimertinib")),
    ("Cells expressing Parkin exhibited less resistance to paclitaxel.", ("PRKN", S, "paclitaxel")),
])
def test_knockdown_loss_overexpression_and_inhibitor_forms(text, expected, nlp):
    check(text, [expected], nlp)


@pytest.mark.parametrize(("text", "expected"), [
    ("Sensitivity to doxorubicin was increased by PINK1 knockdown.", ("PINK1", R, "doxorubicin")),
    ("Cisplatin resistance was reversed by silencing of BNIP3.", ("BNIP3", R, "cisplatin")),
    ("Resistance to cisplatin was conferred by PINK1.", ("PINK1", R, "cisplatin")),
])
def test_passives(text, expected, nlp):
    check(text, [expected], nlp)


# -- recall: therapies --------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("BNIP3 contributes to resistance to HDAC inhibitors in lymphoma.", [("BNIP3", R, "hdac inhibitors")]),
    ("BNIP3 contributes to resistance to HDAC-inhibitors in lymphoma.", [("BNIP3", R, "hdac inhibitors")]),
    ("PINK1 promotes resistance to taxanes in prostate cancer.", [("PINK1", R, "taxanes")]),
    ("BNIP3 knockout sensitizes myeloma cells to proteasome inhibitors.", [("BNIP3", R, "proteasome inhibitors")]),
    ("PINK1 confers resistance to inhibitors of MEK.", [("PINK1", R, "inhibitors of mek")]),
    ("FUNDC1 confers resistance to gemcitabine and paclitaxel.", [("FUNDC1", R, "gemcitabine"), ("FUNDC1", R, "paclitaxel")]),
    ("PINK1 knockdown enhanced cisplatin- and etoposide-induced apoptosis.",
     [("PINK1", R, "cisplatin"), ("PINK1", R, "etoposide")]),
])
def test_drug_classes_and_coordinated_drugs(text, expected, nlp):
    check(text, expected, nlp)


def test_class_followed_by_named_drugs_gives_the_named_drugs(nlp):
    text = "BNIP3 confers resistance to several chemotherapeutic agents such as paclitaxel and vincristine."
    check(text, [("BNIP3", R, "paclitaxel"), ("BNIP3", R, "vincristine")], nlp, absent=[("BNIP3", R, "chemotherapy")])
    text = ("Cells overexpressing BNIP3 showed less resistance to several anticancer agents, such as doxorubicin (DOX), "
            "taxol, vincristine, and vinblastine, than the parental cells.")
    check(text, [("BNIP3", S, d) for d in ("doxorubicin", "paclitaxel", "vinblastine", "vincristine")], nlp)
    text = "PINK1 knockdown sensitized lymphoma cells to HDAC inhibitors such as vorinostat and panobinostat."
    check(text, [("PINK1", R, "vorinostat"), ("PINK1", R, "panobinostat")], nlp, absent=[("PINK1", R, "hdac inhibitors")])


@pytest.mark.parametrize(("text", "expected"), [
    ("BNIP3 confers resistance to CDDP in gastric cancer.", ("BNIP3", R, "cisplatin")),
    ("BNIP3 confers resistance to DDP in gastric cancer.", ("BNIP3", R, "cisplatin")),
    ("Knockdown of PINK1 sensitized cells to ATO.", ("PINK1", R, "arsenic trioxide")),
    ("PINK1 promotes resistance to DOX.", ("PINK1", R, "doxorubicin")),
    ("PINK1 promotes resistance to ADR.", ("PINK1", R, "doxorubicin")),
    ("PINK1 promotes resistance to Taxol.", ("PINK1", R, "paclitaxel")),
])
def test_therapy_ids_are_inns(text, expected, nlp):
    check(text, [expected], nlp)


@pytest.mark.parametrize(("text", "expected"), [
    ("BNIP3 inhibition radiosensitizes glioma cells.", ("BNIP3", R, "radiotherapy")),
    ("PINK1 knockdown sensitized cells to radiation.", ("PINK1", R, "radiotherapy")),
    ("ULK1 drives radioresistance of glioma cells.", ("ULK1", R, "radiotherapy")),
])
def test_radiation_and_radiosensitization(text, expected, nlp):
    check(text, [expected], nlp)


# -- recall: across clauses, expression in resistant cells --------------------------------------

def test_finding_stated_across_a_relative_clause(nlp):
    text = "Cisplatin-induced mitophagy was increased in resistant cells, which protects cells from cisplatin."
    check(text, [("mitophagy", IND, "cisplatin"), ("mitophagy", R, "cisplatin")], nlp)


@pytest.mark.parametrize(("text", "expected"), [
    ("PINK1 expression was elevated in cisplatin-resistant ovarian cancer cells.", [("PINK1", R, "cisplatin")]),
    ("BNIP3 and FUNDC1 were downregulated in gemcitabine-resistant pancreatic cancer cells.",
     [("BNIP3", S, "gemcitabine"), ("FUNDC1", S, "gemcitabine")]),
])
def test_raised_or_lowered_in_resistant_cells(text, expected, nlp):
    check(text, expected, nlp)


def test_after_an_aim_the_finding_counts(nlp):
    text = ("We investigated whether PINK1 confers resistance to cisplatin and found that PINK1 silencing "
            "restored sensitivity to cisplatin.")
    check(text, [("PINK1", R, "cisplatin")], nlp)


# -- precision: statements that are no findings (rule 8) ----------------------------------------

@pytest.mark.parametrize("text", [
    "We investigated whether PINK1 confers resistance to cisplatin.",
    "To study the role of BNIP3 in sorafenib resistance, we silenced it.",
    "We hypothesized that Parkin promotes resistance to doxorubicin.",
    "How PINK1 contributes to cisplatin resistance remains unclear.",
    "The goal of this work was to test whether BNIP3 confers resistance to cisplatin.",
])
def test_aims_questions_and_hypotheses_give_no_record(text, nlp):
    assert triples(text, nlp) == set()


@pytest.mark.parametrize("text", [
    "PINK1 knockdown did not affect sensitivity to cisplatin.",
    "PINK1 knockdown did not alter cisplatin sensitivity.",
    "There was little relationship between loss of BNIP3 and cisplatin resistance.",
    "PINK1 is dispensable for cisplatin resistance.",
    "PINK1 was not increased in cisplatin-resistant cells.",
])
def test_negated_links_give_no_record(text, nlp):
    assert triples(text, nlp) == set()


@pytest.mark.parametrize("text", [
    "PINK1 regulates cisplatin resistance.",
    "BNIP3 modulates sensitivity to doxorubicin.",
    "Parkin is involved in gemcitabine resistance.",
    "PINK1 plays a role in oxaliplatin resistance.",
    "PINK1 plays a dual role in oxaliplatin resistance.",
])
def test_statements_without_direction_give_no_record(text, nlp):
    assert triples(text, nlp) == set()


@pytest.mark.parametrize("text", [
    "BNIP3 confers resistance to triglycerides.",
    "PINK1 protects cells against lipopolysaccharide.",
    "BNIP3 confers resistance to glutamine deprivation.",
    "PINK1 protects cells from calcium chloride toxicity.",
    "In this review, we outline how mitophagy runs in plants and worms and its role in drug resistance.",
])
def test_non_therapies_give_no_record(text, nlp):
    assert triples(text, nlp) == set()


@pytest.mark.parametrize("text", [
    "Doxorubicin inhibits topoisomerase II and thereby kills breast cancer cells.",
    "Olaparib inhibits PARP1 and sensitizes ovarian cancer cells to olaparib.",
])
def test_a_drugs_own_target_is_no_resistance_factor(text, nlp):
    assert not {t for t in triples(text, nlp) if t[1] in (R, S)}


@pytest.mark.parametrize("text, expected", [
    ("Sorafenib inhibits RAF1 and sensitizes liver cancer cells to radiation.", ("RAF1", R, "radiotherapy")),
    ("Metformin activates AMPK and sensitizes lung cancer cells to cisplatin.", ("AMPK", S, "cisplatin")),
])
def test_a_drugs_target_carries_the_outcome_of_another_therapy(text, expected, nlp):
    # session 5: the dev gold's calls (a compound that sensitizes to another therapy: its target gets the
    # record, as "inhibition of X restores sensitivity to D" does); the drug's own outcome stays out
    got = {t for t in triples(text, nlp) if t[1] in (R, S)}
    assert got == {expected}


def test_drug_blocking_mitophagy_through_a_regulator_still_gives_both_records(nlp):
    text = "Cisplatin blocks PINK1-mediated mitophagy and kills ovarian cancer cells."
    check(text, [("PINK1", INH, "cisplatin"), ("PINK1", R, "cisplatin")], nlp)


def test_one_clause_gives_one_direction_per_pair(nlp):
    text = ("Cisplatin induces PINK1/Parkin-mediated mitophagy, which protects ovarian cancer cells from "
            "cisplatin-induced apoptosis.")
    got = triples(text, nlp)
    assert ("PINK1", R, "cisplatin") in got and ("PINK1", S, "cisplatin") not in got
    # two clauses may state both directions
    text = "BNIP3 promotes tamoxifen resistance, whereas BNIP3 knockdown restores tamoxifen sensitivity."
    assert ("BNIP3", R, "tamoxifen") in triples(text, nlp)


def test_normal_tissue_protection_is_no_resistance_record(nlp):
    assert triples("Mitophagy protects cardiomyocytes from doxorubicin toxicity.", nlp) == set()
    assert triples("Mitophagy protects cardiomyocytes from doxorubicin-induced cardiotoxicity.", nlp) == set()


# -- titles are places -------------------------------------------------------------------------

def test_title_findings_are_records_with_section_title_and_cancer_from_the_title(nlp):
    abstract = ("Resistance to platinum limits treatment. We show that PINK1 silencing restored sensitivity "
                "to cisplatin in resistant cells.")
    doc = Document(doc_id="t", source=Source(path="t.txt", format="text", sha256="0" * 64),
                   title="Loss of BNIP3 sensitizes ovarian cancer cells to carboplatin", abstract=abstract)
    records = extract_records(doc, nlp=nlp)
    by_section = {(r.section, r.regulator_ids[0], r.effect, r.therapy_id): r for r in records}
    assert ("title", "BNIP3", R, "carboplatin") in by_section
    assert ("abstract", "PINK1", R, "cisplatin") in by_section
    assert by_section[("abstract", "PINK1", R, "cisplatin")].cancer_type == "ovarian cancer"


# -- abbreviations read by the paper's own definitions -------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # the letters do not spell the drug, and CTX is also a gene alias: the paper's definition wins
    ("We treated cells with cyclophosphamide (CTX). PINK1 knockdown sensitized cells to CTX.",
     ("PINK1", R, "cyclophosphamide")),
    ("Temozolomide (TMZ) is the standard drug. PINK1 promotes resistance to TMZ in glioma.",
     ("PINK1", R, "temozolomide")),
    ("Cells were exposed to ionizing radiation (IR). PINK1 knockdown sensitized glioma cells to IR.",
     ("PINK1", R, "radiotherapy")),
])
def test_short_forms_defined_as_a_therapy(text, expected, nlp):
    check(text, [expected], nlp)


@pytest.mark.parametrize(("text", "expected"), [
    ("Mutations in the tumour suppressor BNIP3 confer resistance to cisplatin.", ("BNIP3", S, "cisplatin")),
    ("Mutations in tumor suppressor genes such as PTEN predispose cancer cells to chemoresistance.",
     ("PTEN", S, "chemotherapy")),
])
def test_a_mutated_tumour_suppressor_reads_as_its_loss(text, expected, nlp):
    check(text, [expected], nlp)


def test_modality_word_names_the_modality_only_when_no_drug_is_named(nlp):
    # spec rule 9
    check("PINK1 drives chemoresistance in gastric cancer.", [("PINK1", R, "chemotherapy")], nlp)
    check("PINK1 knockdown reversed chemoresistance to oxaliplatin in gastric cancer.", [("PINK1", R, "oxaliplatin")],
          nlp, absent=[("PINK1", R, "chemotherapy")])
