"""Full-text journal PDFs: statements that are no finding of the spec (issue 9, relpdf, session 7).

Classes found by reading every record the extractor gave on the tune part of the full-text PDFs
(``benchmarks/relations_precision_pool.py --pools pdfs``), tested on sentences written for these tests
(none comes from a paper): each class has sentences whose record is dropped and sentences of the same
shape whose record stays.
"""

from __future__ import annotations

import pytest
from test_relations_fixtures import one_paragraph_document
from test_relations_generalize import IND, INH, R, S, check

from pipeline.document import Document, Paragraph, Section, Source
from pipeline.ingest.sentences import text_to_sentences
from pipeline.relations import extract_records
from pipeline.relations.precision import methods_sections


# -- a cell line whose name is a number after a gene-like word ----------------------------------

@pytest.mark.parametrize(("text", "absent"), [
    ("Loss of the N-terminus decreased morphine sensitivity in HEK 293 cells.", ("EPHA3", R, "morphine")),
    ("Deletion of the tail increased resistance to cisplatin in HEK-293 cells.", ("EPHA3", S, "cisplatin")),
])
def test_cell_line_with_a_number_is_no_regulator(text, absent, nlp):
    check(text, [], nlp, absent=[absent])


def test_gene_before_cells_without_number_still_regulator(nlp):
    check("BNIP3 knockdown sensitized gastric cancer cells to cisplatin.", [("BNIP3", R, "cisplatin")], nlp)


# -- physiological sensitivity: insulin sensitivity, leptin resistance --------------------------

@pytest.mark.parametrize(("text", "absent"), [
    # each gives its record when the filter is off (checked by hand)
    ("Caloric restriction or pioglitazone treatment increase adiponectin levels in humans, and this increase "
     "correlates with increased insulin sensitivity.", ("INS", S, "pioglitazone")),
])
def test_physiological_trait_is_no_tumour_outcome(text, absent, nlp):
    check(text, [], nlp, absent=[absent])


def test_tumour_sensitivity_beside_a_physiological_phrase_is_kept(nlp):
    check("PINK1 knockdown increased cisplatin sensitivity of ovarian cancer cells without changing insulin sensitivity.",
          [("PINK1", R, "cisplatin")], nlp)


# -- a drug class named after its target: "Topo II poisons" ------------------------------------

def test_poisons_named_after_their_target_give_no_record(nlp):
    check("D9 is a catalytic inhibitor of TOP2A because it antagonizes the cytotoxicity of the TOP2A poisons "
          "etoposide and doxorubicin in leukemia cells.", [], nlp,
          absent=[("TOP2A", S, "etoposide"), ("TOP2A", S, "doxorubicin")])


def test_target_mutation_changing_a_poison_response_is_kept(nlp):
    check("Loss of SLFN11 conferred resistance to etoposide in leukemia cells.", [("SLFN11", S, "etoposide")], nlp)


# -- own target stated as a report: "D, ..., which was shown to target X" ------------------------

def test_reported_target_of_the_drug_is_no_resistance_factor(nlp):
    check("Sorafenib, a compound first developed against several kinases, which was later shown to target BRAF "
          "activity, has a larger cytotoxicity in liver cancer cells.", [], nlp, absent=[("BRAF", S, "sorafenib")])


def test_reported_sensitizer_of_another_drug_is_kept(nlp):
    check("Knockdown of BNIP3 was shown to sensitize breast cancer cells to doxorubicin.", [("BNIP3", R, "doxorubicin")], nlp)


# -- a drug that switches on a gene-expression system ------------------------------------------

@pytest.mark.parametrize(("text", "absent"), [
    ("Doxycycline-induced expression of PINK1 was confirmed by immunoblotting in ovarian cancer cells.",
     ("PINK1", IND, "doxycycline")),
    ("Doxycycline treatment induced PINK1 expression in Tet-On ovarian cancer cells.", ("PINK1", IND, "doxycycline")),
    ("Tamoxifen induced BNIP3 deletion in the tumours of Cre-ERT2 mice.", ("BNIP3", IND, "tamoxifen")),
])
def test_inducer_of_an_expression_system_is_no_mitophagy_agent(text, absent, nlp):
    check(text, [], nlp, absent=[absent])


def test_inducer_keeps_the_outcome_of_the_gene_it_switches_on(nlp):
    check("Doxycycline-induced expression of PINK1 increased resistance to cisplatin in ovarian cancer cells.",
          [("PINK1", R, "cisplatin")], nlp, absent=[("PINK1", IND, "doxycycline")])


def test_tamoxifen_as_a_drug_keeps_its_agent_record(nlp):
    check("Tamoxifen induced BNIP3 expression in breast cancer cells.", [("BNIP3", IND, "tamoxifen")], nlp)


# -- methods sections -------------------------------------------------------------------------

def _document(sections: list[tuple[str, int, str]]) -> Document:
    return Document(doc_id="test", source=Source("test.txt", "text", "0"),
                    sections=[Section("", title, level, None, [Paragraph(text, text_to_sentences(text))] if text else [])
                              for title, level, text in sections])


FINDING = "PINK1 knockdown sensitized ovarian cancer cells to cisplatin."


def test_sentences_under_a_methods_heading_give_no_record(nlp):
    doc = _document([("Materials and methods", 1, ""), ("Cell viability assay", 2, FINDING),
                     ("Results", 1, ""), ("PINK1 and cisplatin", 2, "Cells were counted.")])
    assert extract_records(doc, nlp=nlp) == []


def test_the_same_sentence_in_results_gives_its_record(nlp):
    doc = _document([("Methods", 1, "Cells were counted."), ("Results", 1, ""), ("PINK1 and cisplatin", 2, FINDING)])
    assert {(i, r.effect, r.therapy_id) for r in extract_records(doc, nlp=nlp) for i in r.regulator_ids} == {
        ("PINK1", R, "cisplatin")}


def test_methods_headings_and_their_subsections():
    doc = _document([("Introduction", 1, ""), ("2. Materials and Methods", 1, ""), ("2.1 Cell culture", 2, ""),
                     ("2.1.1 Lines", 3, ""), ("Results", 1, ""), ("Methods matter", 2, ""), ("STAR★Methods", 1, ""),
                     ("Experimental procedures", 1, ""), ("Key resources", 2, "")])
    assert methods_sections(doc.sections) == {1, 2, 3, 7, 8}


def test_one_paragraph_document_has_no_methods_section():
    assert methods_sections(one_paragraph_document("x").sections) == set()


# -- the regulator only in a reporting clause of its own ---------------------------------------

def test_regulator_only_in_a_report_clause_gives_no_record(nlp):
    check("Although this may add to the cytotoxicity of gemcitabine and cisplatin, it also suggests that PARP1 is "
          "recruited to the chromatin, where its activity is compromised.", [], nlp,
          absent=[("PARP1", S, "cisplatin"), ("PARP1", S, "gemcitabine")])


def test_regulator_before_the_report_clause_is_kept(nlp):
    check("Knockdown of BNIP3 increased the cytotoxicity of cisplatin, which suggests that BNIP3 protects gastric "
          "cancer cells.", [("BNIP3", R, "cisplatin")], nlp)


# -- autophagy-flux tools: what accumulates under a blocked lysosome is not induced ------------

@pytest.mark.parametrize(("text", "absent"), [
    ("Bafilomycin A1 further increased BNIP3 levels in sorafenib-treated liver cancer cells.",
     ("BNIP3", IND, "bafilomycin a1")),
    ("Hydroxychloroquine increased PINK1 levels in liver cancer cells.", ("PINK1", IND, "hydroxychloroquine")),
    ("Leupeptin increased PINK1 protein levels in liver cancer cells.", ("PINK1", IND, "leupeptin")),
])
def test_flux_inhibitor_gives_no_induces_record(text, absent, nlp):
    check(text, [], nlp, absent=[absent])


def test_flux_inhibitor_blocking_mitophagy_is_kept(nlp):
    check("Blocking mitophagy with chloroquine reversed the resistance of BNIP3-overexpressing liver cancer cells to "
          "sorafenib.", [("mitophagy", INH, "chloroquine"), ("mitophagy", R, "sorafenib")], nlp)


def test_mitochondrial_uncoupler_keeps_its_agent_record(nlp):
    check("CCCP treatment induced Parkin translocation to mitochondria in HeLa cells.",
          [("PRKN", IND, "carbonyl cyanide m-chlorophenyl hydrazone")], nlp)


# -- media, vehicles and inorganic salts are no therapy ---------------------------------------

@pytest.mark.parametrize(("text", "absent_therapy"), [
    ("Hank's balanced salt solution induced PINK1 accumulation in liver cancer cells.", "salts"),
    ("Cobalt chloride induced BNIP3 expression in liver cancer cells.", "cobalt chloride"),
    ("Ammonium chloride increased LC3-II and BNIP3 levels in liver cancer cells.", "ammonium chloride"),
])
def test_salts_and_media_give_no_record(text, absent_therapy, nlp):
    records = extract_records(one_paragraph_document(text), nlp=nlp)
    assert all(r.therapy_id != absent_therapy for r in records), [(r.regulator_ids, r.therapy_id) for r in records]


def test_iron_chelator_keeps_its_agent_record(nlp):
    check("Deferoxamine induced BNIP3 expression in liver cancer cells.", [("BNIP3", IND, "deferoxamine")], nlp)


# -- cell lines the names read as genes --------------------------------------------------------

@pytest.mark.parametrize(("text", "absent_id"), [
    ("PC3 was more resistant to docetaxel than LNCaP in these prostate cancer experiments.", "PC3"),
    ("Docetaxel-resistant PC3 and DU145 sublines were established from prostate cancer cells.", "PC3"),
    ("The HEK-293 line overexpressing the receptor was resistant to docetaxel.", "EPHA3"),
    ("Huh7 was more sensitive to sorafenib than the other liver cancer lines.", "MIR7-3HG"),
])
def test_cell_line_names_are_no_regulators(text, absent_id, nlp):
    records = extract_records(one_paragraph_document(text), nlp=nlp)
    assert all(absent_id not in r.regulator_ids for r in records), [(r.regulator_ids, r.therapy_id) for r in records]


def test_gene_of_the_same_shape_is_kept(nlp):
    check("HK2 knockdown sensitized liver cancer cells to sorafenib.", [("HK2", R, "sorafenib")], nlp)


# -- dyes, stains, assay kits and selection antibiotics -----------------------------------------

@pytest.mark.parametrize(("text", "absent"), [
    # CCK-8 (a viability kit) is read as the peptide sincalide; MitoSOX (a dye) as a gene
    ("The effect of PINK1 knockdown on cisplatin sensitivity was measured with the CCK-8 kit, and PINK1 knockdown "
     "increased sensitivity.", ("PINK1", S, "sincalide")),
    ("MitoSOX was upregulated in cisplatin-resistant ovarian cancer cells.", ("MitoSOX", R, "cisplatin")),
])
def test_assay_reagents_are_no_therapy_and_no_regulator(text, absent, nlp):
    check(text, [], nlp, absent=[absent])


# -- lists and measurement statements are no prose finding --------------------------------------

@pytest.mark.parametrize("text", [
    "Keywords: mitophagy; PINK1; cisplatin resistance; ovarian cancer",
    "Abbreviations: PINK1, PTEN-induced kinase 1; DDP, cisplatin; cisplatin resistance, CR",
    "The effect of PINK1 knockdown on cisplatin sensitivity was assessed by MTT assay.",
])
def test_lists_and_assessments_give_no_record(text, nlp):
    check(text, [], nlp, absent=[("PINK1", S, "cisplatin"), ("PINK1", R, "cisplatin")])


def test_assessment_with_its_finding_is_kept(nlp):
    check("The effect of PINK1 knockdown on cisplatin sensitivity was assessed by MTT assay, which showed that PINK1 "
          "knockdown sensitized ovarian cancer cells to cisplatin.", [("PINK1", R, "cisplatin")], nlp)
