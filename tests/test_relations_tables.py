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
