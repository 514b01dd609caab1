"""``X-mediated mitophagy is a resistance mechanism to D``: an outcome word before a topic noun
(``resistance mechanism``, ``resistance gene``) names a topic, not a finding (``outcome_rules.main_outcomes``),
except as the predicate of a copula (``is a``, ``as a``, ``represents a``, with an optional adjective,
``is a key resistance mechanism``) followed by the therapy's preposition (``to``, ``against``). Words:
``models/relations/predicates.json``.
"""

from __future__ import annotations

import json
from functools import lru_cache

from spacy.tokens import Doc

from pipeline.resources import model_path


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[tuple[str, ...], ...], frozenset[str], frozenset[str]]:
    raw = json.loads(model_path("relations", "predicates.json").read_text(encoding="utf-8"))
    return (tuple(tuple(p.split()) for p in raw["copula_articles"]), frozenset(raw["adjectives_between"]),
            frozenset(raw["links_after"]))


def predicated_topic(doc: Doc, start: int, end: int) -> bool:
    """Whether the outcome word ``doc[start:end]``, followed by a topic noun, is a copula's predicate."""
    copulas, adjectives, links = _words()
    if end + 1 >= len(doc) or doc[end + 1].lower_ not in links:
        return False
    i = start
    while i > 0 and doc[i - 1].lower_ in adjectives:
        i -= 1
    lowers = tuple(t.lower_ for t in doc[max(0, i - 2) : i])
    return any(lowers[len(lowers) - len(c):] == c for c in copulas if len(c) <= len(lowers))


@lru_cache(maxsize=1)
def mechanism_participles() -> frozenset[str]:
    """``-mediated``, ``-dependent``: a mechanism before an outcome word, not its cause (``predicates.json``)."""
    raw = json.loads(model_path("relations", "predicates.json").read_text(encoding="utf-8"))
    return frozenset(raw["mechanism_participles"])
