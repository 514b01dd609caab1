"""Short forms and names a paper defines, and names that are no entity (issue 9, session 5;
sentences written for these tests)."""

from __future__ import annotations

import pytest

from pipeline.ner.normalize import Abbreviation, Candidate, apply_abbreviations, code_names, drop_organisms

GENE = "GENE_OR_PROTEIN"


def ents(nlp, text):
    return [(e.text, e.label_, e.kb_id_) for e in nlp(text).ents]


# a drug defined with a short form that is also a gene symbol stays the drug, and so does the short form
@pytest.mark.parametrize("text, drug, short", [
    ("Patients received carboplatin (CBP); CBP was well tolerated.", "carboplatin", "CBP"),
    ("Cells were exposed to methotrexate (MTX) and MTX killed them.", "methotrexate", "MTX"),
])
def test_drug_long_form_with_a_gene_symbol_short_form_stays_the_drug(nlp, text, drug, short):
    found = ents(nlp, text)
    assert (drug, "CHEMICAL", drug) in found
    assert [e for e in found if e[0] == short] == [(short, "CHEMICAL", drug)] * 2


def test_gene_symbol_short_form_of_a_protein_long_form_still_wins():
    # "AMP-activated protein kinase (AMPK)": MeSH files the long form as a chemical
    long_ent = Candidate(0, 4, "CHEMICAL", "ampk chemical", "mesh-chemical")
    short = Candidate(5, 6, GENE, "AMPK", "famplex")
    out = apply_abbreviations([long_ent, short], [Abbreviation(5, 6, 0, 4, ("amp", "activated", "protein", "kinase"))])
    assert {(c.start, c.end, c.label, c.id) for c in out} == {(0, 4, GENE, "AMPK"), (5, 6, GENE, "AMPK")}


# a gene's full name no lexicon lists, defined with the gene's symbol, is that gene as a whole
def test_unlisted_gene_full_name_takes_its_short_form_gene(nlp):
    found = ents(nlp, "Tek-like receptor kinase 2 (TEK) is expressed in endothelium.")
    assert found[:2] == [("Tek-like receptor kinase 2", GENE, "TEK"), ("TEK", GENE, "TEK")]


def test_unlisted_full_name_without_a_gene_word_is_left_alone():
    part = Candidate(0, 1, GENE, "GENEA", "hgnc-alias")
    short = Candidate(4, 5, GENE, "GENEB", "hgnc")
    out = apply_abbreviations([part, short], [Abbreviation(4, 5, 0, 3, ("zor", "blue", "thing"))])
    assert (0, 1, "GENEA") in {(c.start, c.end, c.id) for c in out}


# a development code with the drug's name in brackets is that drug wherever it occurs
def test_code_followed_by_its_drug_name_takes_the_drug_id(nlp):
    found = ents(nlp, "The code ABT-888 (veliparib) was tested; ABT-888 was active.")
    assert [e for e in found if e[0] == "ABT-888"] == [("ABT-888", "CHEMICAL", "veliparib")] * 2


def test_code_followed_by_another_code_keeps_its_id():
    texts = "QX-1234 ( ZZ-987 ) was given".split()
    a = Candidate(0, 1, "CHEMICAL", "qx-1234", "regex-code")
    b = Candidate(2, 3, "CHEMICAL", "zz-987", "regex-code")
    assert code_names([a, b], texts) == [a, b]


# organisms the drug dictionary lists (probiotics, extracts) are no chemicals
@pytest.mark.parametrize("text", [
    "Drosophila melanogaster and Escherichia coli were used.",
    "Lactobacillus casei colonized the gut of the mice.",
])
def test_latin_binomial_organisms_are_no_chemicals(nlp, text):
    assert [e for e in ents(nlp, text) if e[1] == "CHEMICAL"] == []


def test_capitalized_second_word_is_no_binomial():
    texts = ["Bacillus", "Calmette", "-", "Guerin"]
    c = Candidate(0, 4, "CHEMICAL", "bcg vaccine", "drug")
    assert drop_organisms([c], texts) == [c]


# a gene symbol glued to its protein change is the gene (and no compound code)
@pytest.mark.parametrize("text, gene", [
    ("Cells carrying BRAFV600E were resistant.", "BRAF"),
    ("The KITD816V mutant escaped the drug.", "KIT"),
    ("Tumours with PIK3CAH1047R, unlike others, responded.", "PIK3CA"),
])
def test_gene_glued_to_a_protein_change_is_the_gene(nlp, text, gene):
    found = ents(nlp, text)
    assert (gene, GENE, gene) in found
    assert not [e for e in found if e[1] == "CHEMICAL"]


def test_compound_codes_ending_in_digits_stay_whole(nlp):
    assert ("SB203580", "CHEMICAL") in [(e[0], e[1]) for e in ents(nlp, "Cells were given SB203580 for an hour.")]


# a drug's salt is the drug; a cation's salt is no drug of that name
@pytest.mark.parametrize("text, span, drug", [
    ("Patients received imatinib mesylate daily.", "imatinib mesylate", "imatinib"),
    ("Cells were treated with erlotinib hydrochloride.", "erlotinib hydrochloride", "erlotinib"),
])
def test_drug_salt_takes_the_drug_id(nlp, text, span, drug):
    assert (span, "CHEMICAL", drug) in ents(nlp, text)


def test_cation_salt_keeps_its_own_id(nlp):
    assert ("sodium citrate", "CHEMICAL", "sodium citrate") in ents(nlp, "Blood was drawn into sodium citrate tubes.")


# a drug-sensitive cell keeps its drug
def test_drug_sensitive_cells_keep_the_drug(nlp):
    assert ("cisplatin", "CHEMICAL", "cisplatin") in ents(nlp, "We compared cisplatin-sensitive cells and tumours.")


@pytest.mark.parametrize("text, span, gene", [
    ("Serum interleukin-6 (IL-6) rose; IL-6 stayed high.", "interleukin-6", "IL6"),
])
def test_protein_long_form_a_vocabulary_files_as_chemical_stays_the_gene(nlp, text, span, gene):
    assert (span, GENE, gene) in ents(nlp, text)


# a short form defined as an RNA or protein is a name even when it is an English word in capitals
def test_defined_short_form_that_is_an_english_word_is_a_gene(nlp):
    text = "We describe a breast epithelial autophagy-modulating RNA (BEAM). Knockdown of BEAM sensitized cells."
    assert [e for e in ents(nlp, text) if e[0] == "BEAM"] == [("BEAM", GENE, "BEAM")] * 2


def test_english_word_in_capitals_without_a_definition_is_no_gene(nlp):
    assert ents(nlp, "THE BEAM OF LIGHT WAS BRIGHT") == []
