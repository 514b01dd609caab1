"""Table rows -> records: header roles, mechanism verbs, cancers and row citations (made-up tables)."""

from __future__ import annotations

from test_relations_fixtures import relations_nlp

from pipeline.document import Citation, Document, Source, Table
from pipeline.relations import extract_records
from pipeline.relations.table_rules import columns_to_roles, row_to_citations
from pipeline.relations.triggers import load_lexicon


def test_header_synonyms_map_to_roles():
    roles = columns_to_roles(["Molecular target", "Drug", "Mode of action", "Tumor types", "Ref."], load_lexicon())
    assert roles == {"regulator": 0, "therapy": 1, "effect": 2, "cancer": 3, "citations": 4}


def test_unknown_headers_give_no_roles():
    assert columns_to_roles(["Year", "Journal"], load_lexicon()) == {}


def test_markers_in_cells_are_expanded():
    assert row_to_citations(["ULK1", "Compound X", "Phase II (12–14)", "(20, 22)"]) == (12, 13, 14, 20, 22)


def _table_document() -> Document:
    table = Table(
        label="Table 2",
        caption="Drugs acting on mitophagy.",
        columns=["Gene", "Agent", "Mechanism", "Cancer", "Evidence"],
        rows=[
            ["PINK1/Parkin", "Paclitaxel", "Triggers PINK1-dependent mitophagy", "Glioma, multiple cancers", "Preclinical (7)"],
            ["ULK1", "Chloroquine", "Mitophagy inhibition", "Gastric cancer", "Phase I (8, 9)"],
            ["SIRT3", "Gemcitabine", "Binds tubulin", "Pancreatic cancer", "(10)"],
            ["YAP1", "Erlotinib", "Blocks EGFR, promotes mitophagy", "Glioma", "(11)"],
            ["KRAS", "Oxaliplatin", "Synergistic with mitophagy blockade", "Gastric cancer", "(12)"],
        ],
    )
    cites = [Citation("(7)", [7], "Table 2", 12, 15, row=0, column=4), Citation("(8, 9)", [8, 9], "Table 2", 8, 14, row=1, column=4)]
    return Document("t", Source("t.txt", "text", "0"), tables=[table], citations=cites)


def test_table_rows_become_records():
    records = extract_records(_table_document(), nlp=relations_nlp())
    got = [(r.regulator_ids, r.effect, r.therapy_id, r.cancer_type, r.citations, r.section) for r in records]
    assert got == [
        (("PINK1", "PRKN"), "induces_mitophagy", "paclitaxel", "glioma", (7,), "Table 2"),
        (("ULK1",), "inhibits_mitophagy", "chloroquine", "gastric cancer", (8, 9), "Table 2"),
        (("YAP1",), "induces_mitophagy", "erlotinib", "glioma", (11,), "Table 2"),
        (("KRAS",), "promotes_resistance", "oxaliplatin", "gastric cancer", (12,), "Table 2"),
    ]
    assert records[0].evidence.startswith("PINK1/Parkin | Paclitaxel | ")
    assert records[0].rule == "table_row"


def test_a_table_without_a_mechanism_column_gives_no_records():
    table = Table("Table 3", "Metabolites.", ["Compound", "Pathway"], [["Paclitaxel", "PINK1 signalling"]])
    doc = Document("t", Source("t.txt", "text", "0"), tables=[table])
    assert extract_records(doc, nlp=relations_nlp()) == []


def test_a_row_whose_target_is_not_a_recognized_regulator_gives_no_record():
    table = Table("Table 3", "", ["Target", "Drug", "Mechanism"], [["Lysine degradation", "Paclitaxel", "Induces mitophagy"]])
    doc = Document("t", Source("t.txt", "text", "0"), tables=[table])
    assert extract_records(doc, nlp=relations_nlp()) == []


def _review_table(rows: list[list[str]]) -> Document:
    """A review's summary table: bare reference numbers in a ``Refs`` column (no marker brackets)."""
    table = Table("Table 4", "Mitophagy regulators and drugs.", ["Target", "Compound", "Mechanism", "Cancer", "Refs"], rows)
    return Document("t", Source("t.txt", "text", "0"), tables=[table])


def test_table_rows_with_bare_numbers_in_a_refs_column_cite_them():
    rows = [["FUNDC1", "Sunitinib", "Activates FUNDC1-dependent mitophagy", "Renal cancer", "17"],
            ["PHB2", "Carboplatin", "Blocks PHB2 recruitment", "Ovarian cancer", "4, 6-8"]]
    records = extract_records(_review_table(rows), nlp=relations_nlp())
    assert [(r.regulator_ids, r.effect, r.citations) for r in records] == [
        (("FUNDC1",), "induces_mitophagy", (17,)),
        (("PHB2",), "inhibits_mitophagy", (4, 6, 7, 8)),
    ]


def test_table_mechanisms_stating_an_outcome_give_the_outcome_effect():
    rows = [["NIX", "Sorafenib", "Confers resistance through mitophagy", "Liver cancer", "3"],
            ["YAP1", "Etoposide", "Reverses resistance", "Lung cancer", "5"],
            ["SIRT3", "Irinotecan", "Raises SIRT3 and confers resistance", "Colon cancer", "9"]]
    got = [(r.regulator_ids, r.effect, r.therapy_id) for r in extract_records(_review_table(rows), nlp=relations_nlp())]
    assert got == [
        (("BNIP3L",), "promotes_resistance", "sorafenib"),
        (("YAP1",), "promotes_sensitivity", "etoposide"),
        (("SIRT3",), "induces_mitophagy", "irinotecan"),
        (("SIRT3",), "promotes_resistance", "irinotecan"),
    ]


def test_a_target_cell_naming_the_process_is_the_mitophagy_regulator():
    rows = [["Mitophagy", "Spermidine", "Stimulates mitophagy", "Multiple cancers", "2"]]
    got = [(r.regulator_ids, r.effect, r.therapy_id, r.cancer_type) for r in extract_records(_review_table(rows), nlp=relations_nlp())]
    assert got == [(("mitophagy",), "induces_mitophagy", "spermidine", "")]
