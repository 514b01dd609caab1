"""The one annotation pass: every unit has sentences and places, the NER runs once, relations never run it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.annotate import annotate
from pipeline.batch.discover import WorkItem
from pipeline.batch.task import Stages, _run_stages
from pipeline.document import Citation, Document, Figure, Paragraph, Section, Source, Table
from pipeline.ingest.sentences import text_to_sentences
from pipeline.ner import load_nlp
from pipeline.ner.components import LexiconNER
from pipeline.places import KIND_ROW, citation_places, document_units
from pipeline.relations.extract import annotated_to_records, extract_records

# Made-up text (no sentence of any paper): an abbreviation defined in the abstract and
# used bare in the body, a table row and a figure legend that each state a finding.
ABSTRACT = "Loss of PTEN-induced kinase 1 (PINK1) is common. We review drug resistance."
BODY = "PINK1 promotes resistance to cisplatin in gastric cancer cells (2). Nothing else here."
CAPTION = "Parkin confers resistance to gemcitabine (3). Schematic view."


def _document() -> Document:
    body = Section("1", "Results", 1, None, [Paragraph(BODY, text_to_sentences(BODY))])
    back = Section("", "Funding", 1, None, [Paragraph("Grant 12 paid for PINK1 work.")], kind="back")
    table = Table("Table 1", "Targets and drugs.", ["Target", "Compound", "Mechanism", "Cancer types"],
                  [["ULK1 ", "Chloroquine", "Inhibits mitophagy (4)", "breast cancer"]])
    start = BODY.index("(2)")
    citations = [Citation("(2)", [2], "1", start, start + 3, paragraph=0),
                 Citation("(4)", [4], "Table 1", 19, 22, row=0, column=2),
                 Citation("(3)", [3], "Figure 1", CAPTION.index("(3)"), CAPTION.index("(3)") + 3)]
    return Document("d1", Source("x.txt", "text", "0"), title="Mitophagy and drug resistance", abstract=ABSTRACT,
                    sections=[body, back], tables=[table], figures=[Figure("Figure 1", CAPTION)], citations=citations)


@pytest.fixture()
def calls(monkeypatch):
    """Counts of ``Language.__call__`` and ``Language.pipe`` on the NER pipeline (other pipelines ignored)."""
    nlp = load_nlp()
    counts = {"call": 0, "pipe": 0, "texts": 0}
    real_call, real_pipe = Language.__call__, Language.pipe

    def call(self, *args, **kwargs):
        if self is nlp:
            counts["call"] += 1
        return real_call(self, *args, **kwargs)

    def pipe(self, texts, *args, **kwargs):
        if self is nlp:
            counts["pipe"] += 1
            texts = list(texts)
            counts["texts"] += len(texts)
        return real_pipe(self, texts, *args, **kwargs)

    monkeypatch.setattr(Language, "__call__", call)
    monkeypatch.setattr(Language, "pipe", pipe)
    return nlp, counts


def test_every_unit_has_sentences_and_a_place():
    units = document_units(_document())
    kinds = [(u.kind, u.section, u.paragraph, u.place.section_position) for u in units]
    assert kinds == [("title", "title", 0, -1), ("abstract", "abstract", 0, -1), ("paragraph", "1", 0, 0),
                     ("paragraph", "Funding", 0, 1), ("table_caption", "Table 1", -1, -1), ("row", "Table 1", 0, -1),
                     ("figure_caption", "Figure 1", -1, -1)]
    for unit in units:
        assert unit.sentences and all(unit.text[s.start:s.end] == s.text for s in unit.sentences)
    row = next(u for u in units if u.kind == KIND_ROW)
    assert row.text == "ULK1  | Chloroquine | Inhibits mitophagy (4) | breast cancer"
    assert [row.text[a:b] for a, b in row.cells] == ["ULK1 ", "Chloroquine", "Inhibits mitophagy (4)", "breast cancer"]


def test_citation_places_point_at_their_marker():
    document = _document()
    units = document_units(document)
    for c, place in zip(document.citations, citation_places(document, units)):
        unit = next(u for u in units if (u.place.section_position, u.section, u.paragraph)
                    == (place.section_position, place.section, place.paragraph) and u.kind != "table_caption")
        assert unit.text[place.start:place.end] == c.text
        assert place.sentence >= 0
    row_place = citation_places(document, units)[1]
    assert (row_place.section, row_place.paragraph, row_place.column) == ("Table 1", 0, 2)


def test_ner_runs_once_per_document_and_relations_never(calls, monkeypatch):
    nlp, counts = calls
    annotated = annotate(_document(), nlp)
    assert counts == {"call": 0, "pipe": 1, "texts": 1}  # one pipe over the whole document
    entities = annotated.entities()
    assert {e.text for e in entities} >= {"PINK1", "cisplatin", "ULK1", "Chloroquine"}

    def no_ner(self, doc):
        raise AssertionError("relations ran a NER component")

    monkeypatch.setattr(LexiconNER, "__call__", no_ner)
    records = annotated_to_records(annotated, nlp)
    assert counts == {"call": 0, "pipe": 1, "texts": 1}
    got = {(r.regulator_ids, r.effect, r.therapy_id, r.section) for r in records}
    assert (("PINK1",), "promotes_resistance", "cisplatin", "1") in got
    assert any(r.section == "Table 1" for r in records)


def test_batch_task_annotates_once_for_entities_and_records(calls, tmp_path):
    nlp, counts = calls
    paper = tmp_path / "x.txt"
    paper.write_text("x", encoding="utf-8")
    item = WorkItem(sha256="0" * 64, size=1, paths=("x.txt",), root=str(tmp_path))
    stages = Stages(ingest=lambda path, data, sha256: _document(), load_nlp=load_nlp).resolved()
    result = _run_stages(item, b"x", stages, nlp, {}, {})
    assert counts["pipe"] == 1 and counts["call"] == 0
    entities, relations = result["tables"]["entities"], result["tables"]["relations"]
    assert entities and relations
    # the records' mentions are entities of the same pass, at the same places
    mentions = {(e["section_position"], e["section"], e["paragraph"], e["start"], e["end"]) for e in entities}
    body = [r for r in relations if r["section"] == "1"]
    assert body and all((r["section_position"], "1", r["paragraph"], r["regulator_start"], r["regulator_end"]) in mentions
                        for r in body)


def test_record_places_point_at_their_evidence_and_arguments():
    document = _document()
    records = extract_records(document, load_nlp())
    units = {(u.place.section_position, u.section, u.paragraph): u for u in document_units(document)}
    assert records
    for r in records:
        section = "abstract" if r.section == "Abstract" else r.section
        unit = units[(r.section_position, section, r.paragraph)]
        if unit.kind != KIND_ROW:
            assert unit.text[r.start:r.end] == r.evidence
            assert unit.sentences[r.sentence].text == r.evidence
        assert r.regulator in unit.text[r.regulator_start:r.regulator_end]
        assert r.therapy in unit.text[r.therapy_start:r.therapy_end]


def test_relations_read_joined_names_from_the_pass():
    """A joined token the NER left whole (``KRAS-9FOO``) gives its member as the regulator, read from the pass."""
    import spacy
    from test_relations_fixtures import ENTITIES, one_paragraph_document

    import pipeline.ner.parts  # noqa: F401  (registers mitominer_fragments)

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    ruler.add_patterns([{"label": label, "pattern": text, "id": ident} for label, text, ident in ENTITIES])
    nlp.add_pipe("relations_test_kb_ids")
    nlp.add_pipe("mitominer_fragments")
    records = extract_records(one_paragraph_document("KRAS-9FOO confers resistance to gemcitabine."), nlp)
    assert [(r.regulator, r.regulator_ids, r.effect, r.therapy_id) for r in records] == [
        ("KRAS-9FOO", ("KRAS",), "promotes_resistance", "gemcitabine")]


def test_drug_classes_are_the_ners_call():
    """With the real pass, ``X inhibitors`` is a therapy where the NER put a drug_classes span; a
    class in apposition to a named drug (``the DRP1 inhibitor, mdivi-1,``) stays the drug's descriptor."""
    from pipeline.relations.arguments import doc_to_mentions
    from pipeline.relations.triggers import load_lexicon

    nlp = load_nlp()
    doc = nlp("DRP1 inhibitors restore sensitivity to cisplatin.")
    therapies = [m.text for m in doc_to_mentions(doc, load_lexicon()) if m.kind == "THER"]
    assert "DRP1 inhibitors" in therapies and [s.text for s in doc.spans["drug_classes"]] == ["DRP1 inhibitors"]
    doc = nlp("The DRP1 inhibitor, mdivi-1, restored sensitivity to cisplatin.")
    therapies = [m.text for m in doc_to_mentions(doc, load_lexicon()) if m.kind == "THER"]
    assert "DRP1 inhibitor" not in therapies and not list(doc.spans["drug_classes"])


# Made-up prose with every exception of the ingest sentencizer: abbreviations, decimals,
# brackets holding a stop, gene-like sentence openers, a title with no stop.
SPLIT_CASES = [
    "Mitophagy in drug resistance (a review of e.g. PINK1 and Parkin)",
    "Smith et al. showed that PINK1 loss (Fig. 2) raised the IC50 by 2.5 fold. mTOR inhibition did not. "
    "p53 was unchanged (i.e. no change vs. control). Cells died.",
    "BNIP3 (see ref. 4. for details) promotes survival. miR-21 lowers it! Is it general? Yes.",
]


@pytest.mark.parametrize("text", SPLIT_CASES)
def test_units_split_on_the_pass_tokens_as_the_ingest_sentencizer_splits(text):
    """Sentences the document does not store are split over the NER pass's tokens, as ``text_to_sentences`` splits."""
    document = Document("d2", Source("x.txt", "text", "0"), title=SPLIT_CASES[0], abstract=text,
                        figures=[Figure("Figure 1", text)])
    annotated = annotate(document, load_nlp())
    expected = {u.kind: u.sentences for u in document_units(document)}
    assert {u.kind: u.sentences for u in annotated.units} == expected
    assert [s.text for s in next(u for u in annotated.units if u.kind == "abstract").sentences] == \
        [s.text for s in text_to_sentences(text)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("PINK1 promotes resistance to cisplatin.", True),  # a CHEMICAL entity
    ("PINK1 drives chemoresistance.", True),  # an outcome word naming a modality
    ("Inhibitors of PINK1 sensitize cells.", True),  # a drug class written as words
    ("PINK1 regulates mitophagy in tumour cells.", False),
])
def test_may_hold_therapy_is_read_off_the_pass(sentence, expected):
    """The relation rules skip a sentence with no therapy (spec rule 1) without building its Doc."""
    document = Document("d3", Source("x.txt", "text", "0"), title="", abstract=sentence)
    annotated = annotate(document, load_nlp())
    unit = annotated.units[0]
    stems = ("chemo", "radi", "immun", "inhibitor")
    assert annotated.may_hold_therapy(unit, 0, len(unit.text), stems) is expected
