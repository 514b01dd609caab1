"""Context rules for ambiguous symbols and the span choice / abbreviation / drug-class steps."""

from __future__ import annotations

from pipeline.ner.context import has_gene_context, symbol_counts
from pipeline.ner.lexicon import Entry
from pipeline.ner.normalize import Abbreviation, Candidate, apply_abbreviations, gene_classes, relabel_class_names, select_spans

GENE = "GENE_OR_PROTEIN"
CONTEXT = frozenset({"kinase", "expression", "amplification", "knockdown"})


def _counts(sentence: str, i: int, entry: Entry, genes: set[int] = frozenset(), stop=frozenset()) -> bool:
    texts = sentence.split()
    return symbol_counts(texts, [t.lower() for t in texts], i, entry, stoplist=frozenset(stop),
                         context_words=CONTEXT, gene_positions=set(genes))


MET = Entry(GENE, "MET", "hgnc", "MET", frozenset({"common"}))
ER = Entry(GENE, "ESR", "famplex", "ER", frozenset({"short", "ambiguous", "common"}))
NIX = Entry(GENE, "BNIP3L", "hgnc-alias", "Nix", frozenset({"alias", "common"}))
PINK1 = Entry(GENE, "PINK1", "hgnc", "PINK1")


def test_common_word_symbol_needs_capitals_and_context():
    assert _counts("MET amplification drives resistance", 0, MET)
    assert not _counts("we MET the criteria", 1, MET)
    assert not _counts("they met in May", 1, MET)


def test_common_word_symbol_in_an_all_caps_heading_is_not_a_gene():
    assert not _counts("THE MET AMPLIFICATION STUDY", 1, MET)


def test_short_ambiguous_symbol_needs_context_or_a_gene_beside_it():
    assert not _counts("the ER was stressed", 1, ER)
    assert _counts("ER expression was high", 0, ER)
    assert _counts("NIX ( BNIP3L ) is", 0, NIX, genes={2})


def test_plain_symbol_always_counts_but_not_on_the_stop_list():
    assert _counts("PINK1 accumulates", 0, PINK1)
    assert not _counts("PINK1 accumulates", 0, PINK1, stop={"PINK1"})


def test_context_does_not_cross_a_clause_break():
    assert not has_gene_context(["x", ";", "kinase"], 0, CONTEXT, window=2)
    assert has_gene_context(["x", "kinase"], 0, CONTEXT, window=2)


def test_select_spans_prefers_longest_then_rank():
    a = Candidate(0, 2, "CANCER", "MESH:D1", "mesh-cancer")
    b = Candidate(1, 2, "CANCER", "MESH:D2", "mesh-cancer")
    c = Candidate(3, 4, "CHEMICAL", "x", "regex-code")
    d = Candidate(3, 4, "GENE_OR_PROTEIN", "X", "hgnc")
    assert select_spans([b, a, c, d]) == [a, d]


def test_abbreviation_takes_the_long_form_reading_everywhere():
    long_ent = Candidate(0, 3, "CHEMICAL", "reactive oxygen species", "mesh-chemical")
    gene = Candidate(4, 5, GENE, "ROS1", "famplex", flagged=True)
    later = Candidate(9, 10, GENE, "ROS1", "famplex", flagged=True)
    abbrs = [Abbreviation(4, 5, 0, 3, ("reactive", "oxygen", "species")),
             Abbreviation(9, 10, 0, 3, ("reactive", "oxygen", "species"))]
    out = apply_abbreviations([long_ent, gene, later], abbrs)
    assert [(c.start, c.label, c.id) for c in out] == [
        (0, "CHEMICAL", "reactive oxygen species"), (4, "CHEMICAL", "reactive oxygen species"),
        (9, "CHEMICAL", "reactive oxygen species")]


def test_flagged_gene_reading_dropped_when_long_form_is_not_a_gene():
    gene = Candidate(3, 4, GENE, "ESR", "famplex", flagged=True)
    out = apply_abbreviations([gene], [Abbreviation(3, 4, 0, 2, ("endoplasmic", "reticulum"))])
    assert out == []


def test_drug_class_names_become_therapies_named_as_written():
    lowers = ["parp", "inhibitors", "and", "drp1", "inhibitors", "and", "the", "mtor", "inhibitor", "rapamycin"]
    texts = ["PARP", "inhibitors", "and", "DRP1", "inhibitors", "and", "the", "mTOR", "inhibitor", "rapamycin"]

    def span_text(s, e):
        return " ".join(texts[s:e])

    ents = [Candidate(0, 2, "CHEMICAL", "poly(adp-ribose) polymerase inhibitors", "mesh-chemical"),
            Candidate(3, 4, GENE, "DNM1L", "famplex"), Candidate(7, 8, GENE, "MTOR", "famplex"),
            Candidate(9, 10, "CHEMICAL", "sirolimus", "drug")]
    relabelled = relabel_class_names(ents, lowers, span_text)
    assert (relabelled[0].label, relabelled[0].id) == ("THERAPY", "parp inhibitors")
    classes = gene_classes(relabelled, lowers, span_text)
    assert [(c.start, c.end, c.id) for c in classes] == [(3, 5, "drp1 inhibitors")]  # mTOR inhibitor names rapamycin


def test_a_gene_symbol_beats_a_drug_name_of_the_same_length():
    drug = Candidate(0, 1, "CHEMICAL", "beclin-1", "drug")
    gene = Candidate(0, 1, GENE, "BECN1", "famplex")
    assert select_spans([drug, gene]) == [gene]


def test_short_disease_acronyms_need_a_definition_in_the_paper():
    tam = Candidate(0, 1, "CANCER", "DOID:0060888", "name-acronym", flagged=True)
    assert apply_abbreviations([tam], []) == []
    hcc_long = Candidate(0, 2, "CANCER", "MESH:D006528", "mesh-cancer")
    hcc = Candidate(3, 4, "CANCER", "MESH:D006528", "name-acronym", flagged=True)
    kept = apply_abbreviations([hcc_long, hcc], [Abbreviation(3, 4, 0, 2, ("hepatocellular", "carcinoma"))])
    assert [(c.start, c.id) for c in kept] == [(0, "MESH:D006528"), (3, "MESH:D006528")]


def test_lower_case_protein_names_pass_only_when_unambiguous():
    parkin = Entry(GENE, "PRKN", "famplex", "Parkin")
    assert _counts("parkin is recruited", 0, parkin)
    assert not _counts("we met in May", 1, MET)


def test_a_turned_down_gene_reading_counts_where_the_paper_defines_it():
    tentative = [Candidate(4, 5, GENE, "ATM", "hgnc", flagged=True), Candidate(9, 10, GENE, "ATM", "hgnc", flagged=True)]
    long_form = ("ataxia", "telangiectasia", "mutated", "kinase")
    abbrs = [Abbreviation(4, 5, 0, 4, long_form), Abbreviation(9, 10, 0, 4, long_form)]
    assert [(c.start, c.id) for c in apply_abbreviations([], abbrs, tentative)] == [(4, "ATM"), (9, "ATM")]
    assert apply_abbreviations([], [Abbreviation(4, 5, 0, 2, ("automated", "teller"))], tentative[:1]) == []
