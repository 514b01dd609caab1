"""Bare mitophagy as the means of a regulator's outcome: ``X promotes D resistance through mitophagy``,
``... by promoting mitophagy``, ``X silencing enhances D sensitivity via inhibiting mitophagy``: mitophagy
gets the subject's outcome, with the sign of the change word (annotations/dev/synthetic6 call 47).
Read by ``outcome_rules.mechanism_mediators``; words: ``models/relations/mitophagy_means.json``."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from pipeline.relations.arguments import Mention

DATA = Path(__file__).resolve().parents[2] / "models" / "relations" / "mitophagy_means.json"


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    return frozenset(data["change_verbs"]), frozenset(data["determiners"])


def mitophagy_as_means(doc: Doc, preposition: int, m: Mention) -> bool:
    """``m`` is mitophagy itself (no regulator of its own) and only change words (or a determiner) stand
    between the means preposition at token ``preposition`` and it; after ``by`` a change word must."""
    if not m.is_mitophagy or m.via_mitophagy:
        return False
    verbs, determiners = _words()
    between = [t.lower_ for t in doc[preposition + 1 : m.start]]
    if any(w not in verbs and w not in determiners for w in between):
        return False
    return doc[preposition].lower_ != "by" or any(w in verbs for w in between)
