"""extract_records over a Document and the ``mitominer extract`` command (fixture NER, no model load)."""

from __future__ import annotations

import json

import pytest
from test_relations_fixtures import one_paragraph_document, relations_nlp
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.document import Figure
from pipeline.records import Record, read_records
from pipeline.relations import extract, extract_records

TEXT = (
    "Knockdown of SIRT3 restored sensitivity to oxaliplatin (4). "
    "PHB2 confers resistance to gemcitabine (5), whereas miR-137 sensitizes glioma cells to paclitaxel (6)."
)


@pytest.fixture()
def fixture_nlp(monkeypatch):
    monkeypatch.setattr(extract, "default_nlp", relations_nlp)
    return relations_nlp()


def _document():
    doc = one_paragraph_document(TEXT, [("(4)", [4]), ("(5)", [5]), ("(6)", [6])])
    doc.figures = [Figure("Figure 2", "Paclitaxel-induced mitophagy protects glioma cells (7).")]
    from pipeline.document import Citation

    doc.citations.append(Citation("(7)", [7], "Figure 2", 51, 54))
    return doc


def test_records_are_sorted_deduplicated_and_complete(fixture_nlp):
    records = extract_records(_document(), nlp=fixture_nlp)
    got = [(r.section, r.regulator_ids, r.effect, r.therapy_id, r.citations) for r in records]
    assert got == [
        ("1", ("SIRT3",), "promotes_resistance", "oxaliplatin", (4,)),
        ("1", ("PHB2",), "promotes_resistance", "gemcitabine", (5,)),
        ("1", ("miR-137",), "promotes_sensitivity", "paclitaxel", (6,)),
        ("Figure 2", ("mitophagy",), "induces_mitophagy", "paclitaxel", (7,)),
        ("Figure 2", ("mitophagy",), "promotes_resistance", "paclitaxel", (7,)),
    ]
    assert all(r.rule and 0 < r.confidence <= 1 for r in records)
    assert records[2].cancer_type == "glioma"
    assert extract_records(_document(), nlp=fixture_nlp) == records  # deterministic


def test_extract_command_writes_jsonl_from_a_document_json(fixture_nlp, tmp_path):
    source = tmp_path / "doc.json"
    source.write_text(_document().to_json(), encoding="utf-8")
    out = tmp_path / "records.jsonl"
    result = CliRunner().invoke(app, ["extract", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    records = read_records(out)
    assert len(records) == 5 and all(isinstance(r, Record) for r in records)
    printed = CliRunner().invoke(app, ["extract", str(source)])
    assert [json.loads(line)["therapy_id"] for line in printed.output.splitlines()] == [r.therapy_id for r in records]


def test_extract_command_reports_a_missing_paper(tmp_path):
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "absent.txt")])
    assert result.exit_code == 1
    assert "absent.txt" in result.output


def test_the_abstract_is_read_like_body_text(fixture_nlp):
    doc = _document()
    doc.abstract = "Loss of FUNDC1 causes resistance to erlotinib in glioma."
    records = extract_records(doc, nlp=fixture_nlp)
    assert records[0].section == "abstract"
    assert (records[0].regulator_ids, records[0].effect, records[0].therapy_id) == (
        ("FUNDC1",), "promotes_sensitivity", "erlotinib"
    )
