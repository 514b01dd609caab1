"""Biomedical NER with normalized ids, fully offline.

``load_nlp()`` gives the cached spaCy pipeline (scispacy tokenizer,
abbreviation detector, lexicon NER, regex entities, normalizer);
``entities_of(document)`` gives the entities of a Document. Labels:
GENE_OR_PROTEIN, MIRNA, CHEMICAL, CANCER, DISEASE, THERAPY, PROCESS; ids in
``span.kb_id_`` / ``Entity.id`` (see models/README.md for the conventions).
"""

from pipeline.ner.entities import Entity, entities_of
from pipeline.ner.pipeline import build_nlp, load_nlp

LABELS = ("GENE_OR_PROTEIN", "MIRNA", "CHEMICAL", "CANCER", "DISEASE", "THERAPY", "PROCESS")

__all__ = ["Entity", "LABELS", "build_nlp", "entities_of", "load_nlp"]
