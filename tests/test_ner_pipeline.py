"""The NER pipeline end to end: the committed lexicons, entities_of, the CLI, the review's gold.

One pipeline is loaded per test session (``load_nlp`` is cached); the pure
rules have their own fast tests in ``test_ner_rules.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.document import Document, Figure, Paragraph, Section, Source, Table
from pipeline.ner import LABELS, entities_of, load_nlp
from pipeline.ner.components import DRUG_CLASSES
from pipeline.ner.lexicon import lexicon_from_rows
from pipeline.ner.pipeline import build_nlp
from pipeline.records import read_records

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "annotations" / "relations.jsonl"
REVIEW_PDF_TEXT = ROOT / "corpus" / "yan2025_oncolrev_pdf-extracted.txt"


def _ents(nlp, text):
    doc = nlp(text)
    return [(e.text, e.label_, e.kb_id_) for e in doc.ents]


def test_load_nlp_is_cached_and_has_the_components(nlp):
    assert load_nlp() is nlp and load_nlp(statistical=False) is nlp and load_nlp(True, False) is nlp
    assert nlp.pipe_names == ["mitominer_split_joined", "mitominer_abbreviations", "mitominer_lexicon_ner",
                              "mitominer_regex_entities", "mitominer_gene_shapes", "mitominer_normalizer", "mitominer_fragments"]


def test_fragments_hold_the_names_inside_joined_tokens_and_class_heads(nlp):
    """Names the NER's spans hide (a joined token's members, a drug class's target) are read in the same pass."""
    doc = nlp("Treatment with PINK1-XYZ9 loss and topoisomerase II inhibitors was tested.")
    joined = next(t for t in doc if t.text == "PINK1-XYZ9")
    assert doc._.token_parts[joined.i] == (("GENE_OR_PROTEIN", "PINK1", "PINK1"),)
    classes = [e for e in doc.ents if e.label_ == "THERAPY" and e.text == "topoisomerase II inhibitors"]
    assert classes and doc._.class_heads[(classes[0].start, classes[0].end)] == (
        ("GENE_OR_PROTEIN", "topoisomerase II", "TOP2"),)


@pytest.mark.parametrize(
    ("text", "mention", "label", "ident"),
    [("Parkin is recruited", "Parkin", "GENE_OR_PROTEIN", "PRKN"),
     ("DRP1 drives fission", "DRP1", "GENE_OR_PROTEIN", "DNM1L"),
     ("p62 binds LC3", "p62", "GENE_OR_PROTEIN", "SQSTM1"),
     ("HIF1α is stabilized", "HIF1α", "GENE_OR_PROTEIN", "HIF1A"),
     ("loss of PARK2 in tumours", "PARK2", "GENE_OR_PROTEIN", "PRKN"),
     ("FoxG1 binds the promoter", "FoxG1", "GENE_OR_PROTEIN", "FOXG1"),
     ("Bcl-2 is high", "Bcl-2", "GENE_OR_PROTEIN", "BCL2"),
     ("AMPK is activated", "AMPK", "GENE_OR_PROTEIN", "AMPK"),
     ("mTORC1 signalling", "mTORC1", "GENE_OR_PROTEIN", "mTORC1"),
     ("mTOR signalling", "mTOR", "GENE_OR_PROTEIN", "MTOR"),
     ("HSP90 chaperones", "HSP90", "GENE_OR_PROTEIN", "HSP90"),
     ("cells given rapamycin", "rapamycin", "CHEMICAL", "sirolimus"),
     ("ONX0912 was given", "ONX0912", "CHEMICAL", "oprozomib"),
     ("5-FU was given", "5-FU", "CHEMICAL", "fluorouracil"),
     ("urolithin A induces mitophagy", "urolithin A", "CHEMICAL", "urolithin a"),
     ("venetoclax resistance", "venetoclax", "CHEMICAL", "venetoclax"),
     ("in hepatocellular carcinoma cells", "hepatocellular carcinoma", "CANCER", "MESH:D006528"),
     ("in osteosarcoma", "osteosarcoma", "CANCER", "MESH:D012516"),
     ("resistance to chemotherapeutic agents", "chemotherapeutic agents", "THERAPY", "chemotherapy"),
     ("improves CAR-T cell therapy", "CAR-T cell therapy", "THERAPY", "car-t cell therapy"),
     ("enhanced radiosensitivity", "radiosensitivity", "THERAPY", "radiotherapy"),
     ("ferroptosis was induced", "ferroptosis", "PROCESS", "ferroptosis"),
     ("tyrosine kinase inhibitors failed", "tyrosine kinase inhibitors", "THERAPY", "tyrosine kinase inhibitors"),
     ("mitophagy is enhanced", "mitophagy", "PROCESS", "mitophagy")],
)
def test_review_conventions(nlp, text, mention, label, ident):
    assert (mention, label, ident) in _ents(nlp, text)


def test_processed_forms_and_numbered_family_members(nlp):
    ents = _ents(nlp, "The LC3-II/LC3-I ratio and ERK1/2 phosphorylation rose.")
    assert ents == [("LC3-II", "GENE_OR_PROTEIN", "MAP1LC3"), ("LC3-I", "GENE_OR_PROTEIN", "MAP1LC3"),
                    ("ERK1/2", "GENE_OR_PROTEIN", "ERK")]


def test_metal_complexes_are_chemicals_named_as_written(nlp):
    ents = _ents(nlp, "Nanoparticles deliver copper-phenanthroline and ruthenium-arene; zinc-finger proteins bind.")
    assert ("copper-phenanthroline", "CHEMICAL", "copper-phenanthroline") in ents
    assert not [e for e in ents if e[0].startswith("zinc")]


def test_axes_are_split_into_members(nlp):
    ids = [i for _, _, i in _ents(nlp, "The AMPK/mTORC1 and ATAD3A-PINK1/PARKIN axes")]
    assert ids == ["AMPK", "mTORC1", "ATAD3A", "PINK1", "PRKN"]


def test_common_words_are_not_genes_without_context(nlp):
    ids = {i for _, _, i in _ents(nlp, "We SET out to measure the IMPACT of diet on CAT owners.")}
    assert not ids & {"SET", "IMPACT", "CAT"}
    assert ("ATM", "GENE_OR_PROTEIN", "ATM") in _ents(nlp, "ATM kinase phosphorylates p53.")


def test_abbreviations_share_the_long_form_id(nlp):
    ents = _ents(nlp, "Reactive oxygen species (ROS) rise. ROS damage mitochondria.")
    assert [e for e in ents if e[0] == "ROS"] == [("ROS", "CHEMICAL", "reactive oxygen species")] * 2
    ents = _ents(nlp, "PTEN-induced kinase 1 (PINK1) accumulates; PINK1 recruits Parkin.")
    assert {i for t, _, i in ents if t.startswith("PTEN") or t == "PINK1"} == {"PINK1"}


def test_endoplasmic_reticulum_is_not_the_estrogen_receptor(nlp):
    ents = _ents(nlp, "Stress in the endoplasmic reticulum (ER) rises; the ER swells.")
    assert not [e for e in ents if e[0] == "ER"]


def test_gene_drug_classes_keep_the_gene_and_add_a_class_span(nlp):
    doc = nlp("HIF1α inhibitors and PARP inhibitors may overcome resistance.")
    assert [(e.text, e.kb_id_) for e in doc.ents] == [("HIF1α", "HIF1A"), ("PARP", "PARP")]
    assert [(s.text, s.label_, s.kb_id_) for s in doc.spans[DRUG_CLASSES]] == [
        ("HIF1α inhibitors", "THERAPY", "hif1α inhibitors"), ("PARP inhibitors", "THERAPY", "parp inhibitors")]


def test_mirna_and_codes_in_context(nlp):
    ents = _ents(nlp, "miR-218-5p and SBI-0206965 and Mdivi-1 were tested in HCT116 cells.")
    assert ents == [("miR-218-5p", "MIRNA", "hsa-miR-218-5p"), ("SBI-0206965", "CHEMICAL", "sbi-0206965"),
                    ("Mdivi-1", "CHEMICAL", "mdivi-1")]


def test_every_label_is_from_the_contract(nlp):
    doc = nlp(REVIEW_PDF_TEXT.read_text(encoding="utf-8")[:20000])
    assert doc.ents and {e.label_ for e in doc.ents} <= set(LABELS)
    assert all(e.kb_id_ for e in doc.ents)


def test_a_small_lexicon_plugs_into_the_same_components():
    nlp = build_nlp(use_built_lexicons=False)
    ner = nlp.get_pipe("mitominer_lexicon_ner")
    ner.lexicon = lexicon_from_rows(nlp.tokenizer, [
        {"label": "GENE_OR_PROTEIN", "pattern": "Zorg1", "id": "ZRG1", "kind": "symbol"},
        {"label": "CANCER", "pattern": "zorgoma", "id": "TEST:1"},
    ])
    assert _ents(nlp, "ZORG-1 drives Zorgoma.") == [("ZORG-1", "GENE_OR_PROTEIN", "ZRG1"), ("Zorgoma", "CANCER", "TEST:1")]


def _document() -> Document:
    return Document(
        doc_id="t", source=Source(path="t.txt", format="text", sha256="0"),
        title="Mitophagy and venetoclax", abstract="Reactive oxygen species (ROS) matter.",
        sections=[Section("1", "Intro", 1, None, [Paragraph("Doxorubicin induces mitophagy."),
                                                   Paragraph("PINK1 protects breast cancer cells.")])],
        tables=[Table("Table 1", "Compounds", ["Target", "Compound"], [["ULK1", "SBI-0206965"]])],
        figures=[Figure("Figure 1", "Parkin recruitment.")],
    )


def test_entities_of_maps_offsets_back_to_each_text_unit(nlp):
    document = _document()
    ents = entities_of(document, nlp)
    units = {("1", 0): document.sections[0].paragraphs[0].text, ("1", 1): document.sections[0].paragraphs[1].text,
             ("Table 1", 0): "ULK1 | SBI-0206965", ("Figure 1", -1): "Parkin recruitment.",
             ("title", 0): document.title, ("abstract", 0): document.abstract}
    assert ents and all(units[(e.section, e.paragraph)][e.start:e.end] == e.text for e in ents)
    assert {(e.section, e.text, e.id) for e in ents} >= {
        ("1", "Doxorubicin", "doxorubicin"), ("1", "PINK1", "PINK1"), ("Table 1", "SBI-0206965", "sbi-0206965"),
        ("Figure 1", "Parkin", "PRKN"), ("title", "venetoclax", "venetoclax"),
        ("abstract", "ROS", "reactive oxygen species")}


def test_entities_command_prints_jsonl(tmp_path):
    from pipeline.cli import app

    path = tmp_path / "doc.json"
    path.write_text(_document().to_json(), encoding="utf-8")
    result = CliRunner().invoke(app, ["entities", str(path), "--jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert {"text", "label", "id", "section", "start", "end"} <= set(rows[0])
    assert ("Parkin", "GENE_OR_PROTEIN", "PRKN", "Figure 1") in {(r["text"], r["label"], r["id"], r["section"]) for r in rows}


def test_entities_command_reports_a_missing_file(tmp_path):
    from pipeline.cli import app

    result = CliRunner().invoke(app, ["entities", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1


def test_gold_regulators_and_therapies_are_found_and_normalized(nlp):
    """Issue 4: every regulator and therapy of the gold records, in its evidence sentence."""
    if not GOLD.is_file():
        pytest.skip("annotations/relations.jsonl not written yet")
    missing = []
    for record in read_records(GOLD):
        doc = nlp(record.evidence)
        ids = {e.kb_id_.lower() for e in doc.ents} | {s.kb_id_.lower() for s in doc.spans.get(DRUG_CLASSES, [])}
        wanted = [i.lower() for i in record.regulator_ids] + [record.therapy_id.lower()]
        missing += [(w, record.evidence[:60]) for w in wanted if w not in ids]
    assert missing == []


def test_statistical_models_fill_gaps_without_overriding_the_lexicon():
    from pipeline.ner.statistical import statistical_model_paths

    if not statistical_model_paths():
        pytest.skip("no trained statistical NER in models/ner_stat")
    nlp = load_nlp(statistical=True)
    doc = nlp("Cisplatin-induced nephrotoxicity and PINK1 loss were seen in hepatocellular carcinoma.")
    ents = {(e.text, e.label_, e.kb_id_) for e in doc.ents}
    assert {("Cisplatin", "CHEMICAL", "cisplatin"), ("PINK1", "GENE_OR_PROTEIN", "PINK1"),
            ("hepatocellular carcinoma", "CANCER", "MESH:D006528")} <= ents
    assert {e.label_ for e in doc.ents} <= set(LABELS)


def test_long_documents_are_processed_in_chunks_below_max_length():
    from pipeline.annotate import units_to_chunks
    from pipeline.places import Place, TextUnit

    units = [TextUnit("paragraph", Place(0, "1", i, end=40), "x" * 40) for i in range(10)]
    chunks = units_to_chunks(units, 100)
    assert [len(c) for c in chunks] == [2, 2, 2, 2, 2]
    assert [u for c in chunks for u in c] == units


def test_a_drug_short_form_that_does_not_spell_the_name_is_the_drug():
    from pipeline.ner import load_nlp

    doc = load_nlp()("Mice received cyclophosphamide (CTX) weekly. CTX lowered tumour volume.")
    readings = {(e.text, e.label_, e.kb_id_) for e in doc.ents}
    assert ("CTX", "CHEMICAL", "cyclophosphamide") in readings
    assert ("cyclophosphamide", "CHEMICAL", "cyclophosphamide") in readings


def test_doc_text_from_arrays_equals_spacy_text():
    from pipeline.ner import load_nlp
    from pipeline.ner.components import doc_text

    nlp = load_nlp()
    for text in ["PINK1  knockdown (n=3) sensitized\ncells to cisplatin7,8.", "  Lead space, tab\tand end. ", ""]:
        doc = nlp.make_doc(text)
        assert doc_text(doc) == doc.text == text
