"""``X sustains D resistance and radioresistance``: a modality outcome word coordinated with another outcome word
that names its own drug (``D resistance``, ``resistance to D``) keeps its own modality.

Spec rule 9 gives a modality outcome word (``radioresistance``) the clause's named drug instead of the modality,
so that ``D-induced radiosensitivity`` stays D's. When that drug is already the direct therapy of a second outcome
word joined to the modality word only by coordination (``and``, ``or``, a comma; the drug's own mention and its
link word, ``to``, may sit between), the two words state two outcomes and the modality word is the modality's.
Modalities a named drug may itself be (chemotherapy: ``cisplatin resistance and chemoresistance`` may restate one
drug's outcome) are left to rule 9 (``models/relations/coordinated_outcomes.json``).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from pipeline.relations.arguments import Mention
from pipeline.relations.triggers import Hit, RelationLexicon


@lru_cache(maxsize=1)
def _data() -> dict:
    path = Path(__file__).resolve().parents[2] / "models" / "relations" / "coordinated_outcomes.json"
    return json.loads(path.read_text(encoding="utf-8"))


def keeps_own_modality(doc: Doc, hit: Hit, others: list[tuple[Hit, list[Mention], bool]],
                       lexicon: RelationLexicon) -> bool:
    """Whether the modality word ``hit`` is coordinated with another outcome word of ``others`` (each with its
    therapies and whether they are linked to it directly) whose direct therapies are named drugs."""
    data = _data()
    if hit.cue.modality not in data["modalities"]:
        return False
    joins = set(data["joins"])
    links = lexicon.word_set("therapy_links")
    for other, therapies, direct in others:
        drugs = [t for t in therapies if not t.modality]
        if other is hit or not direct or not drugs or other.cue.modality:
            continue
        own = {i for t in drugs for i in range(t.start, t.end)}
        lo, hi = (other.end, hit.start) if other.end <= hit.start else (hit.end, other.start)
        gap = [i for i in range(lo, hi) if i not in own]
        words = [doc[i].lower_ for i in gap]
        if any(w in joins for w in words) and all(w in joins or w in links for w in words):
            return True
    return False
