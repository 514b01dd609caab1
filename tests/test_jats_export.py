"""``mitominer export``: BioC JSON / XML and PubTator of a run, loaded back with the ``bioc`` package.

The corpus is written here (two hand-written JATS papers and one text paper)
and run through the real pipeline; the export is then read back with
``bioc`` and compared with the run's own dataset (Parquet): passages and their
text, sentence offsets, every entity as an annotation at the right document
offset, citation markers, and one relation per record.
"""

from __future__ import annotations

import pandas as pd
import pytest
from bioc import biocjson, biocxml, pubtator
from jats_files import article, refs, write
from typer.testing import CliRunner

from pipeline.cli import app

runner = CliRunner()
FINDING = (
    "<sec><title>Results</title><p>Knockdown of <italic>PINK1</italic> sensitized cells to cisplatin "
    '<xref ref-type="bibr" rid="b3">3</xref>. Overexpression of BNIP3 promoted resistance to sorafenib in '
    'hepatocellular carcinoma cells [<xref ref-type="bibr" rid="b1">1</xref>&#x2013;<xref ref-type="bibr" rid="b4">4</xref>].</p>'
    "<table-wrap><label>Table 1</label><caption><p>Regulators of mitophagy.</p></caption><table><thead><tr><th>Gene</th>"
    "<th>Drug</th></tr></thead><tbody><tr><td>PINK1</td><td>cisplatin</td></tr></tbody></table></table-wrap></sec>"
)
TEXT_PAPER = (
    "Mitophagy and chemoresistance\n\nAbstract\n\nPINK1 is a kinase.\n\n1 Introduction\n\n"
    "Silencing of PRKN increased sensitivity to doxorubicin in breast cancer cells (1).\n\nReferences\n\n"
    "1. Smith J, Doe A. Parkin and doxorubicin. Cancer Res. 2020;80:1-9. doi:10.1000/xyz.1\n"
)


@pytest.fixture(scope="module")
def run_output(tmp_path_factory):
    from pipeline.batch.runner import RunOptions, run_batch

    root = tmp_path_factory.mktemp("export")
    corpus = root / "corpus"
    corpus.mkdir()
    write(corpus, article(title="PINK1 and <italic>cisplatin</italic>", body=FINDING, back=refs(4)), "a.xml")
    write(corpus, article(title="Second", abstract="<p>Mitophagy in <italic>HeLa</italic> cells.</p>", body=FINDING.replace("PINK1", "ULK1"), back=refs(4)), "b.nxml")
    write(corpus, TEXT_PAPER, "c.txt")
    write(corpus, "<html><body>not a paper</body></html>", "broken.xml")
    out = root / "out"
    run_batch(corpus, out, RunOptions(workers=0, quiet=True))
    return out


def _export(out, fmt, name):
    target = out / name
    result = runner.invoke(app, ["export", str(out), "--format", fmt, "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert "3 documents" in result.stdout and "1 failed papers left out" in result.stdout
    return target


def _dataset(out, table):
    return pd.read_parquet(out / "dataset" / f"{table}.parquet")


def _check_collection(collection, out):
    documents = _dataset(out, "documents")
    assert sorted(d.id for d in collection.documents) == sorted(documents["doc_id"])
    paragraphs = _dataset(out, "paragraphs")
    entities = _dataset(out, "entities")
    relations = _dataset(out, "relations")
    citations = _dataset(out, "citations")
    for document in collection.documents:
        row = documents[documents["doc_id"] == document.id].iloc[0]
        assert document.infons["path"] == row["path"] and document.infons["format"] == row["format"]
        passages = document.passages
        assert passages[0].infons["type"] == "title" and passages[0].text == row["title"]  # empty when untitled
        offset = 0
        for passage in passages:  # offsets: the passages joined by one character
            assert passage.offset == offset
            offset += len(passage.text) + 1
            for sentence in passage.sentences:
                start = sentence.offset - passage.offset
                assert passage.text[start : start + len(sentence.text)] == sentence.text
        ours = [p for p in passages if p.infons["type"] == "paragraph"]
        theirs = paragraphs[paragraphs["doc_id"] == document.id].sort_values(["section_position", "paragraph"])
        assert [p.text for p in ours] == list(theirs["text"])
        assert [len(p.sentences) for p in ours] == [len(s) for s in theirs["sentence_starts"]]
        annotations = {a.id: (a, p) for p in passages for a in p.annotations}
        for _, e in entities[entities["doc_id"] == document.id].iterrows():
            annotation, passage = annotations[e["entity_id"]]
            location = annotation.locations[0]
            assert (annotation.infons["type"], annotation.infons.get("identifier", ""), annotation.text) == (e["label"], e["id"], e["text"])
            assert passage.text[location.offset - passage.offset : location.offset - passage.offset + location.length] == e["text"]
        placed = {a.id for a in annotations.values() for a in [a[0]] if a.infons["type"] == "Citation"}
        doc_citations = citations[citations["doc_id"] == document.id]
        assert set(doc_citations["citation_id"]) <= placed | set(doc_citations[doc_citations["section"].str.startswith("Table")]["citation_id"])
        records = relations[relations["doc_id"] == document.id]
        assert sorted(r.id for r in document.relations) == sorted(records["record_id"])
        for relation in document.relations:
            record = records[records["record_id"] == relation.id].iloc[0]
            assert relation.infons["type"] == record["effect"] and relation.infons.get("therapy_id", "") == (record["therapy_id"] or "")
            assert relation.infons.get("citations", "") == ",".join(str(c) for c in record["citations"])
            for node in relation.nodes:
                assert node.refid in annotations and node.role in ("regulator", "therapy")


def test_bioc_json_round_trip(run_output):
    path = _export(run_output, "bioc-json", "out.bioc.json")
    with path.open(encoding="utf-8") as handle:
        collection = biocjson.load(handle)
    _check_collection(collection, run_output)
    relations = [r for d in collection.documents for r in d.relations]
    assert relations and all({n.role for n in r.nodes} == {"regulator", "therapy"} for r in relations)
    cited = [a for d in collection.documents for p in d.passages for a in p.annotations if a.infons["type"] == "Citation"]
    assert {a.infons["references"] for a in cited} >= {"3", "1,2,3,4"}


def test_bioc_xml_round_trip_matches_json(run_output):
    xml_path = _export(run_output, "bioc-xml", "out.bioc.xml")
    with xml_path.open(encoding="utf-8") as handle:
        from_xml = biocxml.load(handle)
    _check_collection(from_xml, run_output)
    with _export(run_output, "bioc-json", "again.bioc.json").open(encoding="utf-8") as handle:
        from_json = biocjson.load(handle)

    def shape(collection):
        return [
            (d.id, [(p.offset, p.text, dict(p.infons), [(a.id, a.text, dict(a.infons), [(l.offset, l.length) for l in a.locations])
                                                        for a in p.annotations]) for p in d.passages],
             [(r.id, dict(r.infons), [(n.refid, n.role) for n in r.nodes]) for r in d.relations])
            for d in collection.documents
        ]  # fmt: skip

    assert shape(from_xml) == shape(from_json)


def test_pubtator_round_trip(run_output):
    path = _export(run_output, "pubtator", "out.pubtator")
    documents = pubtator.loads(path.read_text(encoding="utf-8"))
    with _export(run_output, "bioc-json", "ref.bioc.json").open(encoding="utf-8") as handle:
        collection = biocjson.load(handle)
    by_id = {d.id: d for d in collection.documents}
    assert sorted(d.pmid for d in documents) == sorted(by_id)
    for doc in documents:
        bioc_doc = by_id[doc.pmid]
        n_annotations = sum(len(p.annotations) for p in bioc_doc.passages)
        assert len(doc.annotations) == n_annotations
        for annotation in doc.annotations:
            assert doc.text[annotation.start : annotation.end] == annotation.text
        for passage in bioc_doc.passages:
            assert doc.text[passage.offset : passage.offset + len(passage.text)] == passage.text.replace("\n", " ")
        assert len(doc.relations) == sum(len(r.infons.get("regulator_ids", "").split(",")) for r in bioc_doc.relations)


def test_export_is_deterministic(run_output):
    first = _export(run_output, "bioc-xml", "one.xml").read_bytes()
    assert _export(run_output, "bioc-xml", "two.xml").read_bytes() == first


def test_export_errors_are_one_line(tmp_path):
    result = runner.invoke(app, ["export", str(tmp_path), "--format", "bioc-json"])
    assert result.exit_code == 1 and "no manifest" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    result = runner.invoke(app, ["export", str(tmp_path), "--format", "brat"])
    assert result.exit_code == 1 and "expected one of bioc-json, bioc-xml, pubtator" in result.stderr
