"""Short forms the document defines as a disease or cell type are no regulator (made-up sentences)."""

from __future__ import annotations

import spacy
from test_relations_fixtures import ENTITIES, one_paragraph_document

import pipeline.ner.abbreviations  # noqa: F401  (registers mitominer_abbreviations)
import pipeline.ner.parts  # noqa: F401  (registers mitominer_fragments)
from pipeline.annotate import annotate
from pipeline.relations import extract_records
from pipeline.relations.short_forms import long_form_is_non_gene, names_non_gene, non_gene_short_forms
from pipeline.relations.triggers import load_lexicon


def _nlp():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    extra = [("GENE_OR_PROTEIN", "DFL", "DFL"), ("GENE_OR_PROTEIN", "TRK", "TRK"), ("CANCER", "follicular lymphoma", "fl")]
    ruler.add_patterns([{"label": label, "pattern": text, "id": ident} for label, text, ident in ENTITIES + extra])
    nlp.add_pipe("relations_test_kb_ids")
    nlp.add_pipe("mitominer_abbreviations")
    nlp.add_pipe("mitominer_fragments")
    return nlp


def _definitions(text: str):
    """(short form, long-form span) pairs the fixture pass finds in ``text``."""
    return annotate(one_paragraph_document(text), _nlp()).abbreviation_spans()


def test_long_forms_of_diseases_cells_and_regions_are_no_gene():
    lexicon = load_lexicon()
    blank = spacy.blank("en")
    assert long_form_is_non_gene(blank("T-cell precursor"), lexicon)  # by its head word alone
    assert long_form_is_non_gene(blank("distal core promoter"), lexicon)
    assert long_form_is_non_gene(_nlp()("diffuse follicular lymphoma"), lexicon)  # by its entity
    assert not long_form_is_non_gene(_nlp()("tumour receptor kinase"), lexicon)


def test_non_gene_short_forms_and_axis_members():
    text = "Diffuse follicular lymphoma (DFL) differs, and tumour receptor kinase (TRK) is studied here."
    definitions = _definitions(text)
    assert sorted((short, long.text) for short, long in definitions) == [
        ("DFL", "Diffuse follicular lymphoma"), ("TRK", "tumour receptor kinase")]
    forms = non_gene_short_forms(definitions, load_lexicon())
    assert forms == frozenset({"DFL"})
    assert names_non_gene("TRK/DFL", forms)
    assert not names_non_gene("TRK", forms)


def test_extract_drops_a_defined_disease_short_form_but_keeps_genes():
    text = (
        "Diffuse follicular lymphoma (DFL) is rare, and tumour receptor kinase (TRK) is studied here. "
        "Refractory DFL showed resistance to paclitaxel. TRK confers resistance to gemcitabine."
    )
    records = extract_records(one_paragraph_document(text), nlp=_nlp())
    got = {(r.regulator_ids, r.effect, r.therapy_id) for r in records}
    assert (("TRK",), "promotes_resistance", "gemcitabine") in got
    assert not any("DFL" in r.regulator_ids for r in records)
