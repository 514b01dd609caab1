"""Gene aliases a paper writes bare, with no gene word beside them (issue 9, session 13, relner13).

Classes: the bare form of a species-prefixed HGNC alias that the lexicon lacks (``hCTR1`` -> ``CTR1``,
``scripts/build_derived_aliases.py``), read with gene context like an English-word alias and taking the
gene's id when a cue finds it; an alias that is the subject of an outcome frame after an introductory
phrase (``In these cells, X promoted ... resistance``); genetic-state words (``cells lacking X``) as gene
context; and the guard: a lexicon alias that is an English word or a non-gene abbreviation's double
(``MRI``, ``HAT``) is no gene as the subject of a copula (``MRI was used to assess resistance``).
Sentences written for these tests; the derivation rules are tested on invented rows.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
from pathlib import Path

import pytest

GENE = "GENE_OR_PROTEIN"
ROOT = Path(__file__).resolve().parent.parent


def _genes(nlp, text):
    return [(e.text, e.kb_id_) for e in nlp(text).ents if e.label_ == GENE]


def _script():
    spec = importlib.util.spec_from_file_location("build_derived_aliases", ROOT / "scripts" / "build_derived_aliases.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


RULES = {"species_prefixes": ["h", "hs", "hu"], "min_rest_chars": 3, "min_rest_letters": 3,
         "rest_needs_digit": True, "flags": ["alias", "derived"], "src": "derived-alias"}


def _row(pattern, gene, key=None, src="hgnc-alias"):
    return {"label": GENE, "pattern": pattern, "id": gene, "src": src, "key": key or pattern.upper()}


def test_species_prefixed_alias_gives_its_bare_form():
    rows = [_row("hQRT4", "GENEA"), _row("GENEA", "GENEA", src="hgnc")]
    out = _script().derive(rows, RULES)
    assert [(r["pattern"], r["id"], r["flags"]) for r in out] == [("QRT4", "GENEA", ["alias", "derived"])]


@pytest.mark.parametrize("rows", [
    [_row("hQRT", "GENEA")],                          # no digit: a word or another abbreviation (hALP -> ALP)
    [_row("hQ47", "GENEA")],                          # one letter: too often another gene's name
    [_row("hQRT4", "GENEA"), _row("QRT4", "GENEB")],  # the bare form is listed already
    [_row("hQRT4", "GENEA"), _row("huQRT4", "GENEB")],  # two genes give it: no safe reading
], ids=["no-digit", "one-letter", "listed", "two-genes"])
def test_bare_form_not_derived(rows):
    assert _script().derive(rows, RULES) == []


def test_committed_derived_aliases_are_up_to_date():
    module = _script()
    with gzip.open(module.SYMBOLS, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    rules = json.loads(module.RULES.read_text(encoding="utf-8"))
    assert module.OUT.read_text(encoding="utf-8") == module.render(module.derive(rows, rules))


def test_derived_alias_in_gene_context_takes_the_gene_id(nlp):
    assert _genes(nlp, "Loss of CTR1 lowered platinum uptake in these ovarian cancer cells.") == [("CTR1", "SLC31A1")]


def test_derived_alias_as_cued_subject_takes_the_gene_id(nlp):
    assert _genes(nlp, "CTR1 promotes sensitivity to carboplatin in lung cancer cells.") == [("CTR1", "SLC31A1")]


def test_derived_alias_without_gene_context_is_not_a_gene(nlp):
    assert _genes(nlp, "The CTR1 score was recorded for every patient.") == []


@pytest.mark.parametrize("text", [
    "In ovarian cancer cells, NIX promoted resistance to carboplatin.",
    "Mechanistically, NIX conferred resistance to carboplatin in these tumours.",
], ids=["prepositional-opener", "adverb-opener"])
def test_alias_subject_after_an_introductory_phrase(nlp, text):
    assert _genes(nlp, text) == [("NIX", "BNIP3L")]


def test_alias_after_a_comma_of_a_list_is_no_subject(nlp):
    assert _genes(nlp, "Tumours were staged, NIX promoted nothing, and resistance to carboplatin rose.") == []


def test_genetic_state_word_is_gene_context(nlp):
    assert _genes(nlp, "Cells lacking NIX became more sensitive to carboplatin.") == [("NIX", "BNIP3L")]


def test_alias_with_copula_and_causal_adjective(nlp):
    assert _genes(nlp, "NIX was required for carboplatin resistance in these cells.") == [("NIX", "BNIP3L")]


@pytest.mark.parametrize("text", [
    "MRI was used to assess resistance to carboplatin.",
    "In these patients, HAT was associated with resistance to carboplatin.",
    "Patients with a positive CAT scan showed resistance to carboplatin.",
    "In this SET of patients, resistance to carboplatin was common.",
], ids=["imaging-abbreviation", "group-abbreviation", "word-symbol-cat", "word-symbol-set"])
def test_word_alias_or_abbreviation_is_not_a_gene(nlp, text):
    assert _genes(nlp, text) == []
