"""A negated verb with alternative objects negates each of them (spec rule 8, negated links).

``X silencing did not change the D IC50 or D-induced apoptosis``: the clause rules read the negation with the
first object and let the second (``or D-induced apoptosis``) inherit the subject as a finding of its own. When a
negation word (``cues.json`` ``negation``) stands between the regulator and the therapy, an ``or`` / ``nor`` stands
just before the therapy, and no contrast or clause break lies between the negation and the therapy, the inherited
outcome finding is dropped. Words: ``models/relations/negated_alternatives.json``.
"""

from __future__ import annotations

import json
from functools import lru_cache

from spacy.tokens import Doc

from pipeline.relations.findings import Finding
from pipeline.relations.triggers import RelationLexicon, phrase_at, token_lowers

_OUTCOMES = ("promotes_resistance", "promotes_sensitivity")


@lru_cache(maxsize=1)
def _data() -> dict:
    from pipeline.resources import model_path

    return json.loads((model_path("relations") / "negated_alternatives.json").read_text(encoding="utf-8"))


def _negated_alternative(doc: Doc, f: Finding, negations: tuple[str, ...]) -> bool:
    data = _data()
    lowers = token_lowers(doc)
    start, end = f.regulator.end, f.therapy.start
    if end <= start:
        return False
    negated_at = next((i for i in range(start, end) if phrase_at(doc, i, negations)), None)
    if negated_at is None:
        return False
    depth = 0
    for w in lowers[negated_at:end]:  # a break inside brackets ("(21.3 vs 19.8 µM; p = 0.54)") ends nothing
        depth += (w in ("(", "[")) - (w in (")", "]"))
        if depth <= 0 and w in data["breaks"]:
            return False
    return any(lowers[i] in data["joiners"] for i in range(max(negated_at, end - int(data["window"])), end))


def without_negated_alternatives(doc: Doc, found: list[Finding], lexicon: RelationLexicon) -> list[Finding]:
    """``found`` without the outcome findings that a negated verb's ``or`` alternative only inherited."""
    rules = set(_data()["rules"])
    negations = lexicon.words("negation")
    return [f for f in found if not (f.effect in _OUTCOMES and f.rule in rules and _negated_alternative(doc, f, negations))]
