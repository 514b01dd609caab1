"""``Resistance to D remains an obstacle in the treatment of X-mutant lung adenocarcinoma``: a gene written with a
status word (``X-mutant``, ``X-positive``, ``X-amplified``) before a disease or patient noun names a patient group,
not a regulator whose effect on D the sentence states. A record found for it after the outcome word
(``outcome_object``, the rule that takes a regulator after the outcome) goes; a gene whose status is the subject of
its own finding (``X-mutant tumours were resistant to D``) is another rule's. Words: ``research_shapes.json``
``status_modifiers``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.relations.arguments import Mention
from pipeline.relations.findings import Finding
from pipeline.relations.research_shapes import research_shape
from pipeline.relations.triggers import token_lowers


def names_patient_group(doc: Doc, reg: Mention) -> bool:
    """``reg`` is followed by ``-`` + a status word, then (within a few words) a disease or patient noun."""
    words = research_shape("status_modifiers")
    lowers = token_lowers(doc)
    i = reg.end
    if i + 1 >= len(doc) or lowers[i] != "-" or lowers[i + 1] not in words["status_words"]:
        return False
    window = int(words["head_window"])
    return any(lowers[j] in words["heads"] for j in range(i + 2, min(len(doc), i + 2 + window)))


def without_patient_groups(doc: Doc, found: list[Finding]) -> list[Finding]:
    """``found`` without the weakest-rule records whose regulator names a patient group."""
    rules = research_shape("status_modifiers")["rules"]
    return [f for f in found if not (f.rule in rules and names_patient_group(doc, f.regulator))]
