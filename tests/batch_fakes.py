"""Fast stand-in stages for the batch tests (``pipeline.batch.task.Stages``).

They stand for the real ingestion, NER and relation stages where a test is
about the batch machinery (caching, workers, faults, Dask) rather than about
extraction, so the tests stay fast. They raise the same ``InputError``
subclasses as the real ingestion. Hooks read only here:

- ``MITOMINER_TEST_DELAY`` (seconds): sleep in ingest, to make a batch slow
  enough to kill mid-way;
- ``MITOMINER_TEST_NLP_LOG`` (a folder): each ``load_nlp`` call in a new process
  writes a file named after its pid, to count loads per worker;
- a paper containing ``FAKE-CRASH`` kills its worker process, one containing
  ``FAKE-HANG`` sleeps for an hour, one containing ``FAKE-STUCK`` ignores
  SIGALRM and sleeps for an hour.

Processes spawned by the batch find this module because ``tests/`` is on
``sys.path`` (pytest puts it there; subprocess tests set PYTHONPATH).
"""

from __future__ import annotations

import os
import re
import signal
import time
from pathlib import Path

from pipeline.batch.task import Stages
from pipeline.document import Citation, Document, Paragraph, Reference, Section, Sentence, Source
from pipeline.errors import (
    BinaryFileError,
    CorruptPDFError,
    EmptyFileError,
    EncryptedPDFError,
    NoTextLayerError,
    NotUTF8Error,
)
from pipeline.records import Record

HEADING = re.compile(r"^(\d+(?:\.\d+)*)\.?\s+([A-Z].{0,80})$")
REFERENCE = re.compile(r"^(\d+)\.\s+(.+)$")
MARKER = re.compile(r"\((\d+)(?:[–-](\d+))?\)")
SENTENCE = re.compile(r"[^.!?]+[.!?]+(?:\s|$)")
GENE = re.compile(r"\b[A-Z][A-Z0-9]{2,}\d?[A-Z]?\b")
DRUG = re.compile(r"\b\w+(?:platin|rubicin|fenib|taxel|citabine|zolomide)\b")
_LOADED: dict[str, bool] = {}


def fake_load_nlp() -> str:
    if not _LOADED:
        _LOADED["nlp"] = True
        import pdfplumber  # noqa: F401 - loaded with the pipeline, as a real worker preloads its PDF engine
        log_dir = os.environ.get("MITOMINER_TEST_NLP_LOG")
        if log_dir:
            Path(log_dir, f"{os.getpid()}").write_text("loaded\n", encoding="utf-8")
    return "fake-nlp"


def _pdf_text(path: Path) -> str:
    import pdfplumber

    try:
        with pdfplumber.open(path) as pdf:
            text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    except Exception as exc:  # pdfminer wraps its errors; tell encryption from corruption by the cause
        chain = f"{exc!r} {exc.__cause__!r} {exc.__context__!r}"
        if "Password" in chain or "ncrypt" in chain:
            raise EncryptedPDFError(path, "encrypted PDF") from None
        raise CorruptPDFError(path, f"corrupt PDF ({type(exc).__name__})") from None
    if not text.strip():
        raise NoTextLayerError(path, "PDF has no text layer (scanned?)")
    return text


def _sentences(text: str) -> list[Sentence]:
    return [Sentence(m.group().strip(), m.start(), m.start() + len(m.group().strip())) for m in SENTENCE.finditer(text)]


def text_to_document(path: Path, text: str) -> Document:
    """Headings, paragraphs (blank-line separated), citation markers and a reference list."""
    doc = Document(doc_id="", source=Source(str(path), "pdf" if path.suffix == ".pdf" else "text", ""))
    blocks = [" ".join(b.split()) for b in re.split(r"\n\s*\n", text) if b.strip()]
    if not blocks:
        raise EmptyFileError(path, "no text")
    doc.title = blocks[0]
    section: Section | None = None
    in_references = False
    for block in blocks[1:]:
        heading = HEADING.match(block)
        if block == "References":
            in_references = True
            continue
        if in_references:
            match = REFERENCE.match(block)
            if match:
                year = re.search(r"\((\d{4})\)", block)
                doc.references.append(
                    Reference(int(match.group(1)), [], int(year.group(1)) if year else None, "", "", None, block)
                )
            continue
        if heading and len(block) < 90:
            number = heading.group(1)
            level = number.count(".") + 1
            parent = number.rsplit(".", 1)[0] if level > 1 else None
            section = Section(number, heading.group(2), level, parent)
            doc.sections.append(section)
            continue
        if section is None:
            doc.abstract = doc.abstract or block
            continue
        para = Paragraph(block, _sentences(block))
        section.paragraphs.append(para)
        for m in MARKER.finditer(block):
            first, last = int(m.group(1)), int(m.group(2) or m.group(1))
            doc.citations.append(
                Citation(m.group(), list(range(first, last + 1)), section.key, m.start(), m.end(), len(section.paragraphs) - 1)
            )
    return doc


def fake_ingest(path: Path, data: bytes | None = None, sha256: str = "") -> Document:
    path = Path(path)
    delay = float(os.environ.get("MITOMINER_TEST_DELAY", "0") or 0)
    if delay:
        time.sleep(delay)
    if data is None:
        data = path.read_bytes()
    if not data.strip():
        raise EmptyFileError(path, "file is empty")
    if path.suffix.lower() == ".pdf":
        text = _pdf_text(path)
    else:
        if b"\0" in data[:8192]:
            raise BinaryFileError(path, "binary content (NUL bytes)")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise NotUTF8Error(path, f"not UTF-8 (invalid byte at offset {exc.start})") from None
    if "FAKE-CRASH" in text:
        os._exit(3)
    if "FAKE-HANG" in text:
        time.sleep(3600)
    if "FAKE-STUCK" in text:  # deaf to the task's own alarm: only the parent's watchdog can stop it
        signal.signal(signal.SIGALRM, signal.SIG_IGN)
        time.sleep(3600)
    return text_to_document(path, text)


def fake_entities(document: Document, nlp=None) -> list[dict]:
    out = []
    for section in document.sections:
        for index, para in enumerate(section.paragraphs):
            for pattern, label in ((GENE, "GENE_OR_PROTEIN"), (DRUG, "CHEMICAL")):
                for m in pattern.finditer(para.text):
                    out.append(
                        {"text": m.group(), "label": label, "id": m.group().lower() if label == "CHEMICAL" else m.group(),
                         "section": section.key, "paragraph": index, "start": m.start(), "end": m.end()}
                    )
    return out


def fake_relations(document: Document, nlp=None) -> list[Record]:
    """One record per sentence naming a gene, a drug and 'resistance' or 'sensitivity'."""
    records = []
    for section in document.sections:
        for para in section.paragraphs:
            for sentence in para.sentences:
                genes, drugs = GENE.findall(sentence.text), DRUG.findall(sentence.text)
                if not genes or not drugs:
                    continue
                effect = "promotes_resistance" if "resistance" in sentence.text else "promotes_sensitivity"
                numbers = [int(n) for n in re.findall(r"\((\d+)", sentence.text)]
                records.append(
                    Record(document.doc_id, genes[0], (genes[0],), effect, drugs[0], drugs[0].lower(),
                           citations=tuple(numbers), section=section.key, evidence=sentence.text,
                           confidence=0.5, rule="fake")
                )
    return records


STAGES = Stages(name="fake", ingest=fake_ingest, load_nlp=fake_load_nlp, entities=fake_entities, relations=fake_relations)

# Real ingestion with the stand-in NER and relations.
REAL_INGEST_STAGES = Stages(name="real-ingest", ingest=None, load_nlp=fake_load_nlp, entities=fake_entities, relations=fake_relations)


def cache_fake_results(corpus_root: Path, out: Path):
    """Discover ``corpus_root``, store every readable paper's fake-stage result in ``out``'s cache and write the
    manifest, as a batch run would before its dataset build. Returns ``(items, version)``."""
    from pipeline.batch.cache import pipeline_version, store_result
    from pipeline.batch.dataset import write_manifest
    from pipeline.batch.discover import discover
    from pipeline.batch.task import Limits, process_paper

    items = discover(corpus_root)
    version = pipeline_version("fake")
    for item in items:
        if not item.problem:
            store_result(out, version, process_paper(item, STAGES, Limits(max_bytes=200_000)))
    write_manifest(out, corpus_root, version, items)
    return items, version
