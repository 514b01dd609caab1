"""Tumour-growth results of groups named by a regulator's genetic state (xenograft sentences).

``X-null tumours regressed under D``, ``X-depleted tumours grew 62% more slowly under D than control tumours``,
``Under D, X-deficient xenografts were 58% smaller``: the regulator names a group of tumours (a name, a hyphen and
a state word, then within a few tokens a tumour noun) rather than acting, and the outcome is a growth word, so the
clause rules (which need an outcome cue such as ``sensitivity``) and ``response_groups`` (clinical outcomes with a
comparative) miss it. Effect = state (lost -1, raised +1) x growth (shrinks +1, grows -1): a lost regulator whose
tumours shrink under D protected them -> promotes_resistance. The first group before a contrast word decides; a
negation gives nothing. ``X-deficient xenografts responded to D as well as control tumours did`` (an equality
phrase) is a null result: the sentence's outcome records for X are dropped. Every therapy the sentence names is
the therapy (``under D``, a fronted ``Under D,``). Word lists and signs:
``models/relations/tumour_growth_groups.json``.
"""

from __future__ import annotations

import json
from functools import lru_cache

from spacy.tokens import Doc

from pipeline.relations.arguments import Mention
from pipeline.relations.clauses import Clause
from pipeline.relations.findings import Finding, finding, merge_outcomes
from pipeline.relations.triggers import Hit, RelationLexicon, phrase_at, token_lowers

_OUTCOMES = ("promotes_resistance", "promotes_sensitivity")


@lru_cache(maxsize=1)
def _data() -> dict:
    from pipeline.resources import model_path

    data = json.loads((model_path("relations") / "tumour_growth_groups.json").read_text(encoding="utf-8"))
    data["_growth"] = tuple(data["growth"])
    data["_equal"] = tuple(data["equal_phrases"])
    return data


def _state(doc: Doc, reg: Mention, hyphens) -> tuple[int, int]:
    """(sign, token after the state word) when the mention names a tumour group by its state, else (0, 0)."""
    data = _data()
    lowers = token_lowers(doc)
    i = reg.end
    if i < len(doc) and doc[i].text in hyphens:
        i += 1
    if i >= len(doc) or lowers[i] not in data["states"]:
        return 0, 0
    sign = int(data["states"][lowers[i]])
    for j in range(i + 1, min(len(doc), i + 1 + int(data["group_window"]))):
        if lowers[j] in data["group_nouns"]:
            return sign, j + 1
    return 0, 0


def _growth_after(doc: Doc, start: int, stop: int) -> int:
    data = _data()
    for i in range(start, stop):
        n = phrase_at(doc, i, data["_growth"])
        if n:
            return int(data["growth"][" ".join(token_lowers(doc)[i : i + n])])
    return 0


def tumour_growth_findings(doc: Doc, found: list[Finding], mentions: list[Mention], hits: list[Hit],
                           lexicon: RelationLexicon) -> list[Finding]:
    """``found`` with the growth outcome of regulator-state tumour groups merged in (or, for a group that
    responded as well as control tumours, its outcome records dropped)."""
    data = _data()
    lowers = token_lowers(doc)
    regs = [m for m in mentions if m.kind == "REG" and not m.excluded and not m.is_mitophagy]
    thers = [m for m in mentions if m.kind == "THER" and not m.excluded]
    if not regs or not thers:
        return found
    hyphens = lexicon.words("hyphens")
    stop = next((i for i, w in enumerate(lowers) if w in data["contrast_words"]), len(doc))
    for reg in regs:
        sign, after = _state(doc, reg, hyphens)
        if not sign or reg.end > stop:
            continue
        if any(phrase_at(doc, i, data["_equal"]) for i in range(after, len(doc))):
            return [f for f in found if not (f.effect in _OUTCOMES and f.regulator.ids == reg.ids)]
        if any(w in data["negations"] for w in lowers[after:stop]):
            return found
        growth = _growth_after(doc, after, max(stop, after))
        if not growth:
            return found
        effect = "promotes_sensitivity" if sign * growth > 0 else "promotes_resistance"
        clause = Clause(0, len(doc))
        extra = [finding(reg, effect, t, "outcome_tumour_growth", clause) for t in thers]
        pairs = {(f.regulator.ids, f.therapy.therapy_id) for f in extra}
        found = [f for f in found if f.effect not in _OUTCOMES or (f.regulator.ids, f.therapy.therapy_id) not in pairs]
        return merge_outcomes(found, extra)
    return found
