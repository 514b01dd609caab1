"""An outcome word with its own no-change predicate after it: ``D cytotoxicity was unchanged after X silencing``.

The negation rules read a negation before the outcome word (``X did not affect sensitivity to D``); here the
no-change word follows the outcome noun, as its predicate (``was unchanged``, ``remained similar``, ``was not
altered``, ``did not change``), so the sentence states no effect of X on D (spec rule 8) and the outcome word
gives no record. An outcome absent in changed cells (``D resistance was not observed in X-null cells``) is a
finding and stays. Words and window: ``models/relations/unchanged_outcomes.json``. Hand-written over tokens:
the predicate's place (after the outcome and its prepositional phrase, before the next clause) is no phrase.
"""

from __future__ import annotations

import json
from functools import lru_cache

from pipeline.relations.triggers import Hit, RelationLexicon, phrase_at, token_lowers


@lru_cache(maxsize=1)
def _settings() -> dict:
    from pipeline.resources import model_path

    data = json.loads((model_path("relations") / "unchanged_outcomes.json").read_text(encoding="utf-8"))
    for key in ("linking_verbs", "no_change", "negation", "negated_verbs"):
        data[key] = tuple(w.lower() for w in data[key])
    data["absence_participles"] = frozenset(data["absence_participles"])
    data["stops"] = frozenset(data["stops"])
    return data


def _skip_adverbs(lowers: list[str], i: int, end: int) -> int:
    while i < end and lowers[i].endswith("ly") and lowers[i].isalpha():
        i += 1
    return i


def _negated_change(doc, lowers: list[str], i: int, end: int, data: dict, lexicon: RelationLexicon) -> bool:
    """``not (significantly) altered`` at ``i``: a negation that is no exception, not before an absence word."""
    n = phrase_at(doc, i, data["negation"])
    if not n or phrase_at(doc, i, lexicon.words("negation_exceptions")):
        return False
    j = _skip_adverbs(lowers, i + n, end)
    return j < end and lowers[j] not in data["absence_participles"]


def states_no_change(doc, hit: Hit, end: int, hits: list[Hit], lexicon: RelationLexicon) -> bool:
    """Whether the outcome ``hit`` is followed, before ``end`` (the clause's end), by a no-change predicate."""
    data = _settings()
    lowers = token_lowers(doc)
    others = {i for h in hits if h is not hit and h.cue.label in ("OUTCOME", "OUTCOME_FLIP", "AGENT")
              for i in range(h.start, h.end)}
    limit = min(end, hit.end + data["window"])
    i = hit.end
    while i < limit:
        if lowers[i] in data["stops"] or i in others:
            return False
        n = phrase_at(doc, i, data["negated_verbs"])
        if n and not phrase_at(doc, i, lexicon.words("negation_exceptions")):
            j = _skip_adverbs(lowers, i + n, end)
            return j < end and lowers[j] not in data["absence_participles"]
        n = phrase_at(doc, i, data["linking_verbs"])
        if n:
            j = _skip_adverbs(lowers, i + n, end)
            return bool(phrase_at(doc, j, data["no_change"])) or _negated_change(doc, lowers, j, end, data, lexicon)
        i += 1
    return False
