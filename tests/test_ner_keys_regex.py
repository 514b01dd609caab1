"""Pure helpers of the NER: symbol folding, name keys, miRNA and compound-code regexes."""

from __future__ import annotations

import pytest

from pipeline.ner.keys import has_upper_or_digit, name_to_key, symbol_to_key, tokens_to_name_key
from pipeline.ner.regex_entities import find_regex_entities


@pytest.mark.parametrize(
    ("text", "key"),
    [("HIF-1α", "HIF1A"), ("HIF1α", "HIF1A"), ("HIF-1alpha", "HIF1A"), ("Bcl-2", "BCL2"), ("NF-κB", "NFKB"),
     ("p62", "P62"), ("FoxG1", "FOXG1"), ("Drp1", "DRP1"), ("PGC‑1α", "PGC1A")],
)
def test_symbol_to_key_folds_case_hyphens_and_greek(text, key):
    assert symbol_to_key(text) == key


def test_name_keys_ignore_case_spacing_and_free_hyphens():
    assert name_to_key("  Hepatocellular   Carcinoma ") == "hepatocellular carcinoma"
    assert tokens_to_name_key(["PTEN", "-", "induced", "kinase", "1"]) == ("pten", "induced", "kinase", "1")


def test_has_upper_or_digit():
    assert has_upper_or_digit("p62") and has_upper_or_digit("Parkin") and has_upper_or_digit("κ")
    assert not has_upper_or_digit("impact")


def _hits(text):
    return [(text[h.start:h.end], h.label, h.id) for h in find_regex_entities(text)]


@pytest.mark.parametrize(
    ("text", "mention", "mirna_id"),
    [("miR-218-5p targets FOXG1", "miR-218-5p", "hsa-miR-218-5p"),
     ("levels of microRNA-21 rose", "microRNA-21", "hsa-miR-21"),
     ("mmu-miR-155-3p in mice", "mmu-miR-155-3p", "mmu-miR-155-3p"),
     ("hsa-let-7a is low", "hsa-let-7a", "hsa-let-7a"),
     ("let-7b-5p and", "let-7b-5p", "hsa-let-7b-5p"),
     ("miR-34a/DRP1", "miR-34a", "hsa-miR-34a")],
)
def test_mirnas_are_found_and_given_mirbase_names(text, mention, mirna_id):
    assert (mention, "MIRNA", mirna_id) in _hits(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [("SBI-0206965 blocks ULK1", "SBI-0206965"), ("treated with ONX0912", "ONX0912"),
     ("Mdivi-1 inhibits DRP1", "Mdivi-1"), ("NecroX-5 protects", "NecroX-5"), ("GSK2606414 and", "GSK2606414")],
)
def test_compound_codes_are_chemicals_with_lower_case_ids(text, code):
    assert (code, "CHEMICAL", code.lower()) in _hits(text)


@pytest.mark.parametrize("text", ["HCT116 cells were", "in HEK293 cell lines", "SW480 xenografts grew", "MDA-MB-231"])
def test_cell_lines_are_not_compounds(text):
    assert not [h for h in _hits(text) if h[1] == "CHEMICAL"]


def test_british_spellings_and_plurals_fold_to_the_lexicon_form():
    from pipeline.ner.keys import canonical_token, singular_token

    assert [canonical_token(t) for t in ["Tumours", "anaemia", "oesophageal", "four", "hours"]] == [
        "tumors", "anemia", "esophageal", "four", "hours"]
    assert [singular_token(t) for t in ["carcinomas", "therapies", "metastasis", "virus"]] == [
        "carcinoma", "therapy", None, None]
