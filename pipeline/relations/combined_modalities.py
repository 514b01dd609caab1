"""A drug given together with a modality (``after cisplatin plus irradiation``, ``cisplatin and 4 Gy
irradiation``) names a combined treatment: when an outcome's therapy falls back to the sentence's drugs
(``outcome_rules.therapies_for``, which prefers drugs to modality words so that ``D-induced radiosensitivity``
stays D's), a modality coordinated with one of those drugs is kept beside it. The coordination words are the
lexicon's (``cues.json`` ``coordination_words``, ``coordination_fillers``)."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.relations.arguments import Mention, coordinated
from pipeline.relations.triggers import RelationLexicon


def with_combined_modalities(doc: Doc, mentions: list[Mention], drugs: list[Mention], candidates: list[Mention],
                             lexicon: RelationLexicon) -> list[Mention]:
    """``drugs`` plus each modality candidate coordinated with one of them, in order of the text."""
    out = list(drugs)
    for drug in drugs:
        for m in coordinated(doc, mentions, drug, lexicon=lexicon):
            if m.modality and not m.context and m in candidates and m not in out:
                out.append(m)
    return sorted(out, key=lambda m: m.start)
