"""A small stand-in for the project NER, so relation rules are tested without the real lexicons.

``relations_nlp()`` is ``spacy.blank("en")`` plus an EntityRuler with a handful of
names and normalized ids (made-up phrasing, none from the review).
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.document import Citation, Document, Paragraph, Section, Source
from pipeline.ingest.sentences import text_to_sentences

ENTITIES = [
    ("GENE_OR_PROTEIN", "TP53", "TP53"),
    ("GENE_OR_PROTEIN", "KRAS", "KRAS"),
    ("GENE_OR_PROTEIN", "PINK1", "PINK1"),
    ("GENE_OR_PROTEIN", "Parkin", "PRKN"),
    ("GENE_OR_PROTEIN", "BNIP3", "BNIP3"),
    ("GENE_OR_PROTEIN", "NIX", "BNIP3L"),
    ("GENE_OR_PROTEIN", "FUNDC1", "FUNDC1"),
    ("GENE_OR_PROTEIN", "ULK1", "ULK1"),
    ("GENE_OR_PROTEIN", "SIRT3", "SIRT3"),
    ("GENE_OR_PROTEIN", "mTOR", "MTOR"),
    ("GENE_OR_PROTEIN", "AMPK", "AMPK"),
    ("GENE_OR_PROTEIN", "DRP1", "DNM1L"),
    ("GENE_OR_PROTEIN", "HIF1α", "HIF1A"),
    ("GENE_OR_PROTEIN", "YAP1", "YAP1"),
    ("GENE_OR_PROTEIN", "PHB2", "PHB2"),
    ("MIRNA", "miR-137", "hsa-miR-137"),
    ("CHEMICAL", "gemcitabine", "gemcitabine"),
    ("CHEMICAL", "paclitaxel", "paclitaxel"),
    ("CHEMICAL", "oxaliplatin", "oxaliplatin"),
    ("CHEMICAL", "5-fluorouracil", "fluorouracil"),
    ("CHEMICAL", "erlotinib", "erlotinib"),
    ("CHEMICAL", "chloroquine", "chloroquine"),
    ("CHEMICAL", "liensinine", "liensinine"),
    ("CHEMICAL", "rapamycin", "sirolimus"),
    ("CHEMICAL", "ROS", "ROS"),
    ("CHEMICAL", "cocaine", "cocaine"),
    ("THERAPY", "chemotherapy", "chemotherapy"),
    ("THERAPY", "radiotherapy", "radiotherapy"),
    ("THERAPY", "chemotherapeutic agent", "chemotherapy"),
    ("PROCESS", "mitophagy", "mitophagy"),
    ("PROCESS", "autophagy", "autophagy"),
    ("CANCER", "pancreatic cancer", "pancreatic cancer"),
    ("CANCER", "gastric cancer", "gastric cancer"),
    ("CANCER", "glioma", "glioma"),
]


@Language.component("relations_test_kb_ids")
def pattern_ids_to_kb_ids(doc: Doc) -> Doc:
    """Move the EntityRuler pattern id into ``kb_id_``, where the project NER puts normalized ids."""
    doc.ents = [Span(doc, e.start, e.end, label=e.label_, kb_id=e.ent_id_) for e in doc.ents]
    return doc


@lru_cache(maxsize=1)
def relations_nlp():
    """spacy.blank('en') + EntityRuler: the labels and ids the project NER promises."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    ruler.add_patterns([{"label": label, "pattern": text, "id": ident} for label, text, ident in ENTITIES])
    nlp.add_pipe("relations_test_kb_ids")
    return nlp


def one_paragraph_document(text: str, markers: list[tuple[str, list[int]]] = (), section: str = "1") -> Document:
    """A Document holding one paragraph; ``markers`` are (marker text, numbers) found in ``text``."""
    citations = []
    for marker, numbers in markers:
        start = text.index(marker)
        citations.append(Citation(marker, list(numbers), section, start, start + len(marker), paragraph=0))
    paragraph = Paragraph(text, text_to_sentences(text))
    return Document(
        doc_id="test",
        source=Source("test.txt", "text", "0"),
        sections=[Section(section, "Results", 1, None, [paragraph])],
        citations=citations,
    )


def test_fixture_nlp_sets_labels_and_ids():
    doc = relations_nlp()("Parkin loss sensitizes glioma cells to rapamycin.")
    assert [(e.label_, e.kb_id_) for e in doc.ents] == [
        ("GENE_OR_PROTEIN", "PRKN"),
        ("CANCER", "glioma"),
        ("CHEMICAL", "sirolimus"),
    ]
