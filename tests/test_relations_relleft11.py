"""Relation classes of issue 9, session 11, branch relleft11: own-result paragraphs of a Discussion that take no
neighbour's citation markers (``own_work.json`` ``paragraph_openers`` / ``others_work``).

Every sentence here was written for these tests (invented findings, real gene and drug names); none is copied
from a development text.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from test_relations_fixtures import one_paragraph_document
from test_relations_generalize import IND, INH, R, S, triples

from pipeline.ner import load_nlp
from pipeline.relations import extract_records
from pipeline.relations.own_work import cites_others, opens_own_paragraph


def _citations(text, markers, nlp, section="Discussion"):
    records = extract_records(one_paragraph_document(text, markers, section=section), nlp=nlp)
    return {(i, r.effect, r.therapy_id, tuple(r.citations)) for r in records for i in r.regulator_ids}


# -- a paragraph that opens with the study's own summary: its later sentences are own results --------------

@pytest.mark.parametrize("opener", [
    "This study identifies ATF4 as a regulator of BNIP3 in gastric cancer cells (Lee et al., 2019).",
    "We identify ATF4 as a stress-induced regulator of BNIP3 in gastric cancer cells.",
    "Our data show that ATF4 controls BNIP3 transcription in gastric cancer cells.",
])
def test_own_summary_paragraph_lends_no_marker(opener, nlp):
    text = (f"{opener} ATF4 bound the BNIP3 promoter, as described for hypoxia [4]. "
            "Knockdown of BNIP3 increased docetaxel-induced apoptosis in MKN45 and AGS cells.")
    got = _citations(text, [("[4]", [4])] + ([("Lee et al., 2019", [2])] if "Lee" in opener else []), nlp)
    assert ("BNIP3", R, "docetaxel", ()) in got, (text, got)
    assert not any(t[:3] == ("BNIP3", R, "docetaxel") and t[3] for t in got), got


def test_others_work_in_an_own_paragraph_still_borrows(nlp):
    text = ("This study identifies ATF4 as a regulator of BNIP3 in gastric cancer cells. BNIP3 was previously "
            "reported to protect colon cancer cells from docetaxel. A related receptor, FUNDC1, is induced by "
            "hypoxia [4].")
    got = _citations(text, [("[4]", [4])], nlp)
    assert ("BNIP3", R, "docetaxel", (4,)) in got, got


def test_a_paragraph_opening_with_cited_work_still_lends_markers(nlp):
    text = ("FUNDC1 was shown to protect glioma cells from temozolomide [7]. FUNDC1 knockdown also sensitized "
            "glioma stem cells to temozolomide.")
    got = _citations(text, [("[7]", [7])], nlp)
    assert ("FUNDC1", R, "temozolomide", (7,)) in got, got


def test_an_introduction_paragraph_is_no_own_result_paragraph(nlp):
    text = ("We identify ATF4 as a regulator of BNIP3 in this work. ATF4 is induced by hypoxia [4]. "
            "BNIP3 knockdown sensitized colon cancer cells to docetaxel.")
    document = one_paragraph_document(text, [("[4]", [4])])
    document.sections[0] = replace(document.sections[0], title="Introduction")
    got = {(i, r.effect, r.therapy_id, tuple(r.citations))
           for r in extract_records(document, nlp=nlp) for i in r.regulator_ids}
    assert ("BNIP3", R, "docetaxel", (4,)) in got, got
    assert ("BNIP3", R, "docetaxel", ()) in _citations(text, [("[4]", [4])], nlp)


@pytest.mark.parametrize(("text", "opens"), [
    ("This study identifies X as a regulator of Y.", True),
    ("Here we show that X controls Y.", True),
    ("Our results demonstrate that X controls Y.", True),
    ("We previously showed that X controls Y.", False),
    ("X controls Y in several tumours.", False),
])
def test_own_paragraph_openers(text, opens):
    assert opens_own_paragraph(text) is opens


@pytest.mark.parametrize(("text", "others"), [
    ("X was reported to control Y.", True),
    ("X has been shown to control Y.", True),
    ("Smith et al found that X controls Y.", True),
    ("X knockdown lowered Y in HeLa cells.", False),
])
def test_others_work_cues(text, others):
    assert cites_others(text) is others


# -- a modal proposal about targeting a regulator is no finding (spec rules 5, 8) ------------------------------

@pytest.mark.parametrize("text", [
    "Targeting FUNDC1 could therefore delay sorafenib resistance.",
    "Targeting the PINK1 pathway might help to overcome gemcitabine resistance in pancreatic cancer.",
])
def test_targeting_proposal_gives_no_record(text, nlp):
    records = extract_records(one_paragraph_document(text), nlp=nlp)
    assert [(r.regulator_ids, r.effect) for r in records] == [], text


def test_targeting_as_a_performed_manipulation_still_gives_a_record(nlp):
    records = extract_records(one_paragraph_document("Targeting BNIP3 with siRNA restored cisplatin sensitivity."),
                              nlp=nlp)
    assert {(i, r.effect, r.therapy_id) for r in records for i in r.regulator_ids} == {("BNIP3", R, "cisplatin")}


# -- clinical response rates (pCR, response rate) after a therapy: the response side of a cohort finding ----------

@pytest.mark.parametrize(("text", "expected"), [
    ("High FUNDC1 expression was associated with a lower pCR rate after docetaxel.", ("FUNDC1", R, "docetaxel")),
    ("High BNIP3 expression was associated with a lower pathological complete response rate after epirubicin.",
     ("BNIP3", R, "epirubicin")),
    ("Low PINK1 expression predicted a higher rate of pCR after paclitaxel.", ("PINK1", R, "paclitaxel")),
    ("High NIX expression was associated with a higher objective response rate after sorafenib.",
     ("BNIP3L", S, "sorafenib")),
])
def test_clinical_response_rate_after_a_therapy(text, expected, nlp):
    got = triples(text, nlp)
    assert expected in got, (text, got)
    assert (expected[0], S if expected[1] == R else R, expected[2]) not in got, got


def test_a_response_rate_with_no_regulator_gives_no_record(nlp):
    assert triples("The pCR rate after docetaxel was 30% in this cohort.", nlp) == set()


# -- a short form defined as a therapy regimen is that therapy, not a gene alias it spells -------------------------

def test_short_form_of_a_therapy_is_the_therapy():
    doc = load_nlp()("Patients received neoadjuvant chemotherapy (NACT) before surgery.")
    labels = {(e.text, e.label_) for e in doc.ents}
    assert not any(label == "GENE_OR_PROTEIN" for _, label in labels), labels
    assert ("NACT", "THERAPY") in labels, labels


def test_finding_after_a_defined_therapy_short_form(nlp):
    text = ("Patients received neoadjuvant chemotherapy (NACT). High FUNDC1 expression was associated with a lower "
            "pCR rate after NACT.")
    assert triples(text, nlp) == {("FUNDC1", R, "chemotherapy")}


def test_a_gene_long_form_still_defines_a_gene(nlp):
    doc = load_nlp()("The sodium-coupled citrate transporter (NaCT) was induced by cisplatin.")
    assert any(e.label_ == "GENE_OR_PROTEIN" for e in doc.ents), [(e.text, e.label_) for e in doc.ents]


# -- a modality outcome word with a named drug (``the chemosensitivity of X cells to D``) still reads its means -----

@pytest.mark.parametrize(("text", "expected"), [
    ("Silencing of BNIP3 enhances the chemosensitivity of gastric cancer cells to cisplatin via inhibiting mitophagy",
     [("BNIP3", R, "cisplatin"), ("mitophagy", R, "cisplatin")]),
    ("ATG5 depletion increased the chemosensitivity of lung cancer cells to pemetrexed by blocking mitophagy.",
     [("ATG5", R, "pemetrexed"), ("mitophagy", R, "pemetrexed")]),
])
def test_modality_outcome_with_a_named_drug_reads_mitophagy_as_means(text, expected, nlp):
    got = triples(text, nlp)
    for e in expected:
        assert e in got, (text, got)
    assert ("mitophagy", S, expected[0][2]) not in got, got


def test_modality_outcome_with_the_drug_in_another_phrase_reads_no_means(nlp):
    text = "BNIP3 knockdown enhanced chemosensitivity, and cisplatin-treated cells showed reduced mitophagy."
    assert ("mitophagy", R, "cisplatin") not in triples(text, nlp)


# -- a fronted post-treatment tissue phrase (``In residual tumours after D,``) reads like a resistant context ------

@pytest.mark.parametrize(("text", "expected"), [
    ("In residual tumours after neoadjuvant epirubicin, PINK1 levels were higher than in pretreatment biopsies.",
     ("PINK1", R, "epirubicin")),
    ("In residual tumours after chemotherapy, FUNDC1 expression was further increased compared with biopsies.",
     ("FUNDC1", R, "chemotherapy")),
    ("In tumours from patients who progressed on docetaxel, BNIP3 immunostaining was lower than in naive tumours.",
     ("BNIP3", S, "docetaxel")),
])
def test_fronted_post_treatment_tissue(text, expected, nlp):
    got = triples(text, nlp)
    assert expected in got, (text, got)
    assert (expected[0], S if expected[1] == R else R, expected[2]) not in got, got


@pytest.mark.parametrize("text", [
    "In cells treated with docetaxel, FUNDC1 expression was increased.",
    "In tumours after docetaxel, no change in FUNDC1 expression was seen.",
    "In xenograft tumours after docetaxel, FUNDC1 expression was increased.",
])
def test_fronted_phrase_without_patient_tissue_or_change_gives_no_outcome(text, nlp):
    assert not {t for t in triples(text, nlp) if t[1] in (R, S)}, text


# -- a biomarker of resistance has a direction (the marker's level marks the resistance) ------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("BNIP3 may thus serve as a biomarker of chemoresistance in breast cancer.", ("BNIP3", R, "chemotherapy")),
    ("ATG5 loss is a biomarker of radioresistance in rectal cancer.", ("ATG5", S, "radiotherapy")),
    ("PINK1 is a marker of cisplatin resistance.", ("PINK1", R, "cisplatin")),
])
def test_biomarker_of_resistance_has_a_direction(text, expected, nlp):
    got = triples(text, nlp)
    assert expected in got, (text, got)
    assert (expected[0], S if expected[1] == R else R, expected[2]) not in got, got


@pytest.mark.parametrize("text", [
    "circSEC99 may thus serve as a biomarker of radiotherapy response.",
    "PINK1 plays a role in cisplatin resistance.",
    "We asked whether PINK1 is a biomarker of cisplatin resistance.",
])
def test_direction_less_roles_and_response_markers_give_no_outcome(text, nlp):
    assert not {t for t in triples(text, nlp) if t[1] in (R, S)}, text


# -- a drug's verb over a nominal change of a machinery protein (``the accumulation of PINK1``) ------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Gemcitabine induced the accumulation of PINK1 in pancreatic cancer cells.", ("PINK1", IND, "gemcitabine")),
    ("Gemcitabine induces mitochondrial damage and PINK1 accumulation in pancreatic cancer cells.",
     ("PINK1", IND, "gemcitabine")),
    ("Oxaliplatin induced the loss of mitochondrial membrane potential and the accumulation of PINK1.",
     ("PINK1", IND, "oxaliplatin")),
    ("Berberine prevented mitochondrial depolarization and PINK1 accumulation.", ("PINK1", INH, "berberine")),
])
def test_drug_verb_over_a_nominal_machinery_change(text, expected, nlp):
    got = triples(text, nlp)
    assert expected in got, (text, got)


@pytest.mark.parametrize("text", [
    "Gemcitabine induces apoptosis and PINK1 knockdown enhances it.",
    "Gemcitabine induces mitochondrial damage, oxidative stress, DNA breaks and PINK1 accumulation in cells.",
])
def test_no_machinery_change_without_a_short_first_conjunct(text, nlp):
    assert ("PINK1", IND, "gemcitabine") not in triples(text, nlp), text
