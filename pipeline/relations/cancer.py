"""Cancer type of a finding: the CANCER entities of its sentence, else of the passage before it."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.relations.triggers import Lexicon

_CODE = re.compile(r"^[A-Za-z]+(?::|_)?[A-Za-z]?\d{3,}$|:")  # an ontology code (MESH:D009369, DOID_1612) is not a name
_ABBREVIATION = re.compile(r"^[A-Z][A-Z0-9-]{1,7}s?$")


def cancer_name(text: str, kb_id: str, abbreviations: dict[str, str]) -> str:
    """The lower-case name of one CANCER entity: its id when that is a name, an abbreviation's long form, else its text."""
    if kb_id and not _CODE.match(kb_id) and not _ABBREVIATION.match(kb_id):
        return kb_id.lower()
    if _ABBREVIATION.match(text) and text.rstrip("s") in abbreviations:
        return abbreviations[text.rstrip("s")].lower()
    return text.lower()


def doc_to_cancers(doc: Doc, lexicon: Lexicon, abbreviations: dict[str, str]) -> list[str]:
    """Distinct specific cancer types named in a Doc, in text order (``cancer``, ``tumors`` ... are skipped)."""
    vague = set(lexicon.words("vague_cancers"))
    names: list[str] = []
    for ent in doc.ents:
        if ent.label_ != "CANCER":
            continue
        name = cancer_name(ent.text, ent.kb_id_, abbreviations)
        name = re.sub(r"\s+cells?$", "", name)
        if name and name not in vague and name not in names:
            names.append(name)
    return names


def short_form_matches(short: str, long: str) -> bool:
    """Schwartz & Hearst (2003): the short form's characters occur in order in the long form, the first at a word start.

    Hand-written (a few lines) because scispacy's ``find_abbreviation`` needs both
    forms inside one spaCy Doc, and the long form may be sentences away.
    """
    s, l = short.lower(), long.lower()
    i, j = len(s) - 1, len(l) - 1
    while i >= 0:
        c = s[i]
        if not c.isalnum():
            i -= 1
            continue
        while j >= 0 and (l[j] != c or (i == 0 and j > 0 and l[j - 1].isalnum())):
            j -= 1
        if j < 0:
            return False
        i, j = i - 1, j - 1
    return True


def text_to_abbreviations(text: str) -> dict[str, str]:
    """``long form (ABBR)`` pairs of a text: the shortest preceding word run that the short form matches."""
    pairs: dict[str, str] = {}
    for match in re.finditer(r"((?:[A-Za-z][\w-]*\s+){1,6})\(([A-Z][A-Za-z0-9]{1,7})\)", text):
        words, short = match.group(1).split(), match.group(2)
        for k in range(1, min(len(words), len(short) + 2) + 1):
            candidate = " ".join(words[-k:])
            if candidate[0].lower() == short[0].lower() and short_form_matches(short, candidate):
                pairs[short] = candidate
                break
    return pairs


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
