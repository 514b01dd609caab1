"""Cheap stand-in stages for ``benchmarks/batch_memory.py``: the batch machinery at full row volume.

The parent's memory depends on how many rows each paper brings back, not on how
they were found, so these stages make a real paper's worth of rows in
milliseconds: paragraphs split at blank lines, sentences at end punctuation,
upper-case gene-like tokens and drug-like words as entities, and a record for
each sentence naming both. Imported by the benchmark's worker processes (they
inherit its ``sys.path``, whose first entry is this folder).
"""

from __future__ import annotations

import re
from pathlib import Path

from pipeline.batch.task import Stages
from pipeline.document import Document, Paragraph, Section, Sentence, Source
from pipeline.records import Record

SENTENCE = re.compile(r"[^.!?]+[.!?]+(?:\s|$)")
GENE = re.compile(r"\b[A-Z][A-Z0-9]{2,}\d?[A-Z]?\b")
DRUG = re.compile(r"\b\w+(?:platin|rubicin|fenib|taxel|citabine|zolomide|mycin)\b", re.IGNORECASE)
PARAGRAPHS_PER_SECTION = 5


def stub_load_nlp() -> str:
    return "stub-nlp"


def stub_ingest(path: Path, data: bytes | None = None, sha256: str = "") -> Document:
    text = (data if data is not None else Path(path).read_bytes()).decode("utf-8", errors="replace")
    blocks = [" ".join(b.split()) for b in re.split(r"\n\s*\n|\n(?=\S)", text) if b.strip()]
    doc = Document(doc_id="", source=Source(str(path), "text", sha256))
    doc.title = blocks[0] if blocks else ""
    for index, block in enumerate(blocks[1:]):
        if index % PARAGRAPHS_PER_SECTION == 0:
            number = str(len(doc.sections) + 1)
            doc.sections.append(Section(number, f"Section {number}", 1, None))
        sentences = [
            Sentence(m.group().strip(), m.start(), m.start() + len(m.group().strip())) for m in SENTENCE.finditer(block)
        ]
        doc.sections[-1].paragraphs.append(Paragraph(block, sentences))
    return doc


def stub_entities(document: Document, nlp=None) -> list[dict]:  # noqa: ARG001 - the stage signature
    out = []
    for section in document.sections:
        for index, para in enumerate(section.paragraphs):
            for pattern, label in ((GENE, "GENE_OR_PROTEIN"), (DRUG, "CHEMICAL")):
                for m in pattern.finditer(para.text):
                    out.append(
                        {"text": m.group(), "label": label, "id": m.group().lower(), "section": section.key,
                         "paragraph": index, "start": m.start(), "end": m.end()}
                    )
    return out


def stub_relations(document: Document, nlp=None) -> list[Record]:  # noqa: ARG001 - the stage signature
    records = []
    for section in document.sections:
        for para in section.paragraphs:
            for sentence in para.sentences:
                genes, drugs = GENE.findall(sentence.text), DRUG.findall(sentence.text)
                if genes and drugs:
                    effect = "promotes_resistance" if "resist" in sentence.text else "promotes_sensitivity"
                    records.append(
                        Record(document.doc_id, genes[0], (genes[0],), effect, drugs[0], drugs[0].lower(),
                               section=section.key, evidence=sentence.text, confidence=0.5, rule="stub")
                    )
    return records


STAGES = Stages(name="stub", ingest=stub_ingest, load_nlp=stub_load_nlp, entities=stub_entities, relations=stub_relations)
