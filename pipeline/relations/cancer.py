"""Cancer type of a finding: the CANCER entities of its sentence, else of the passage before it."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.relations.triggers import RelationLexicon

_CODE = re.compile(r"^[A-Za-z]+(?::|_)?[A-Za-z]?\d{3,}$|:")  # an ontology code (MESH:D009369, DOID_1612) is not a name
_ABBREVIATION = re.compile(r"^[A-Z][A-Z0-9-]{1,7}s?$")


def cancer_name(text: str, kb_id: str, abbreviations: dict[str, str]) -> str:
    """The lower-case name of one CANCER entity: its id when that is a name, an abbreviation's long form, else its text.

    ``abbreviations``: the document's short -> long forms, as scispacy's detector
    found them in the NER pass (``AnnotatedDocument.abbreviations``).
    """
    if kb_id and not _CODE.match(kb_id) and not _ABBREVIATION.match(kb_id):
        return kb_id.lower()
    if _ABBREVIATION.match(text) and text.rstrip("s") in abbreviations:
        return abbreviations[text.rstrip("s")].lower()
    return text.lower()


def doc_to_cancers(doc: Doc, lexicon: RelationLexicon, abbreviations: dict[str, str]) -> list[str]:
    """Distinct specific cancer types named in a Doc, in text order (``cancer``, ``tumors`` ... are skipped)."""
    vague = lexicon.word_set("vague_cancers")
    names: list[str] = []
    for ent in doc.ents:
        if ent.label_ != "CANCER":
            continue
        name = cancer_name(ent.text, ent.kb_id_, abbreviations)
        name = re.sub(r"\s+cells?$", "", name)
        if name and name not in vague and name not in names:
            names.append(name)
    return names


def passage_cancer(index: int, cancers: list[list[str]], numbers: list[tuple[int, ...]]) -> list[str]:
    """The sentence's cancer types, else those of the passage it belongs to (spec: the sentence opening it).

    A passage ends at a sentence with citation markers; a sentence without
    markers continues the one before it (whose markers it borrows).
    """
    if cancers[index]:
        return cancers[index]
    for j in range(index - 1, -1, -1):
        if cancers[j]:
            return cancers[j]
        borrowed = j == index - 1 and not numbers[index]
        if numbers[j] and not borrowed:
            break
    return []
