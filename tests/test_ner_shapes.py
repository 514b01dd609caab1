"""Entities no lexicon lists: unlisted gene names by shape and cue, ncRNA names, regimens,
drug-class phrases, and what must stay no entity (sentences written for these tests;
the invented names below are in no vocabulary)."""

from __future__ import annotations

import pytest



def ents(nlp, text):
    return [(e.text, e.label_, e.kb_id_) for e in nlp(text).ents]


def genes(nlp, text):
    return [e.text for e in nlp(text).ents if e.label_ == "GENE_OR_PROTEIN"]


# unlisted gene symbols in a gene context: the printed name is the id
@pytest.mark.parametrize("text, name", [
    ("QWRT7 knockdown sensitized the cells to cisplatin.", "QWRT7"),
    ("Overexpression of ZPLK2 conferred resistance to paclitaxel.", "ZPLK2"),
    ("ZPLK2-deficient cells were hypersensitive to olaparib.", "ZPLK2"),
    ("The kinase QWRT7 phosphorylates PINK1.", "QWRT7"),
    ("QWRT7-mediated mitophagy protected the cells.", "QWRT7"),
    ("The long noncoding RNA BRZL1 promotes oxaliplatin resistance.", "BRZL1"),
    ("The lncRNA BRZL1 was induced by temozolomide.", "BRZL1"),
])
def test_unlisted_gene_symbol_in_gene_context(nlp, text, name):
    assert (name, "GENE_OR_PROTEIN", name) in ents(nlp, text)


def test_coordinated_unlisted_genes_after_one_cue(nlp):
    found = genes(nlp, "Knockdown of QWRT7 or ZPLK2 restored apoptosis.")
    assert "QWRT7" in found and "ZPLK2" in found


def test_protein_name_shape_needs_a_genetic_manipulation(nlp):
    assert "Zorbulin" in genes(nlp, "Zorbulin knockdown sensitized hepatoma cells to sorafenib.")
    assert "Zorbulin" not in genes(nlp, "Zorbulin was measured in hepatoma cells.")


@pytest.mark.parametrize("text", [
    "QWRT7 was measured in hepatoma cells.",  # no cue
    "In HCT116 and SW480 cells, apoptosis increased.",  # cell lines
    "GFP expression and ROS levels rose; ATP depletion followed.",  # reporters, read-outs
    "The BRAF V600E mutation and the L858R mutant were sequenced.",  # protein changes
    "The XRCC1 Arg399Gln gene variant and a TGAG deletion were found.",  # residue changes, DNA motifs
    "CRISPR deletion and Lentiviral overexpression were used.",  # techniques and adjectives
    "THE ROLE OF PROTEIN EXPRESSION IN CANCER",  # a heading in capitals
])
def test_no_gene_without_a_name(nlp, text):
    found = set(genes(nlp, text))
    assert not found & {"QWRT7", "HCT116", "SW480", "GFP", "ROS", "V600E", "L858R", "CRISPR", "Lentiviral", "Arg399Gln", "TGAG",
                        "THE", "PROTEIN", "EXPRESSION"}


def test_abbreviation_defined_as_a_technique_removes_a_shape_reading(nlp):
    found = genes(nlp, "We used cold plasma jet treatment (CPJT). CPJT-mediated mitophagy was seen.")
    assert "CPJT" not in found


# ncRNAs written with their class prefix
@pytest.mark.parametrize("name", ["circ_0004821", "hsa_circ_0004821", "circRNA-QWRT7", "lnc-ZPLK2", "lncRNA-BRZL1"])
def test_ncrna_names(nlp, name):
    assert (name, "GENE_OR_PROTEIN", name) in ents(nlp, f"We found that {name} promotes cisplatin resistance.")


# family words in apposition describe the gene after them
@pytest.mark.parametrize("text, name", [
    ("the mitochondrial phosphatase PGAM5 was overexpressed", "PGAM5"),
    ("the E3 ligase MUL1 was silenced", "MUL1"),
])
def test_family_word_before_a_gene_is_no_gene(nlp, text, name):
    assert genes(nlp, text) == [name]


# chemical codes: protein residues and cell lines are none
def test_residues_and_coordinated_cell_lines_are_no_compounds(nlp):
    found = ents(nlp, "AMPK phosphorylated ULK1 at Ser555 in radioresistant KYSE-150R and TE-1R cells.")
    assert not [e for e in found if e[1] == "CHEMICAL"]
    assert ("XL-888", "CHEMICAL", "xl 888") in ents(nlp, "XL-888 blocked HSP90.") or \
        any(e[0] == "XL-888" and e[1] == "CHEMICAL" for e in ents(nlp, "XL-888 blocked HSP90."))


# regimens and drug classes
@pytest.mark.parametrize("name", ["FOLFOX", "FOLFIRI", "R-CHOP"])
def test_regimen_acronyms(nlp, name):
    assert (name, "CHEMICAL", name.lower()) in ents(nlp, f"Patients progressed on {name}.")


def test_drug_class_phrases(nlp):
    found = ents(nlp, "Platinum agents and taxanes were given; mitophagy protects against platinum-based chemotherapy.")
    assert ("Platinum agents", "THERAPY", "platinum agents") in found
    assert ("platinum-based chemotherapy", "THERAPY", "chemotherapy") in found
    assert not [e for e in found if e[0].lower() == "platinum"]


def test_regimen_defined_in_text_names_its_drugs(nlp):
    doc = nlp("Gemcitabine plus cisplatin (GC) is the standard regimen; GC treatment induced mitophagy.")
    assert [(s.text, s.label_, s.kb_id_) for s in doc.spans["regimens"]] == [
        ("GC", "THERAPY", "gemcitabine + cisplatin"), ("GC", "THERAPY", "gemcitabine + cisplatin")]
    assert not [e for e in doc.ents if e.text == "GC"]  # neither the gene GC nor one of its drugs
    one = nlp("Cisplatin (DDP) was given, and DDP-resistant cells grew.")
    assert [e.kb_id_ for e in one.ents if e.text == "DDP"] == ["cisplatin", "cisplatin"] and not one.spans["regimens"]


def test_short_form_defined_as_a_protein_reads_as_a_gene(nlp):
    found = ents(nlp, "The quiescin binding protein X (QBPX) was high; QBPX levels rose.")
    assert found.count(("QBPX", "GENE_OR_PROTEIN", "QBPX")) == 2


def test_short_form_defined_as_a_cell_type_is_no_gene(nlp):
    assert not genes(nlp, "Cancer-associated fibroblasts (CAFs) and tumour-associated macrophages (TAMs) grew.")


@pytest.mark.parametrize("code", ["3-TYP", "4-PBA"])
def test_digit_led_compound_codes(nlp, code):
    assert (code, "CHEMICAL", code.lower()) in ents(nlp, f"Treatment with {code} blocked mitophagy.")


def test_short_form_after_a_list_of_drugs_is_the_last_drugs(nlp):
    doc = nlp("Seizures were induced by flurothyl, picrotoxin or pentetrazol (PTZ); PTZ doses varied.")
    assert not doc.spans["regimens"]
    assert [e.kb_id_ for e in doc.ents if e.text == "PTZ"] == ["pentetrazol"] * 2
