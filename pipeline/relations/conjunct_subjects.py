"""``D induced mitophagy and X knockdown sensitized cells to D``: the second conjunct's subject is the study's
manipulated regulator X; the first conjunct's object does not leak into it, and the first conjunct's drug does not
act on X.

A regulator right after a conjunction (``and``, a comma) with a manipulation word right after its name
(``knockdown``, ``depletion``, ``overexpression``: ``conjunct_objects.json`` ``manipulations_after``) opens a
conjunct of its own. Then
* an induces/inhibits record of X for a drug named before that conjunction is dropped (``Paclitaxel triggered
  mitophagy, and FUNDC1 knockdown ...``: paclitaxel did not act on FUNDC1);
* an outcome record of the earlier conjunct's object (a regulator the drug acts on, right before the conjunction)
  for the drug X's outcome names is dropped (``mitophagy and X depletion enhanced D-induced apoptosis`` is no
  coordinated subject ``mitophagy and X``).
"""

from __future__ import annotations

import json
from functools import lru_cache

from spacy.tokens import Doc

from pipeline.relations.arguments import Mention
from pipeline.relations.findings import Finding
from pipeline.relations.triggers import Hit, RelationLexicon, token_lowers

_AGENT_EFFECTS = ("induces_mitophagy", "inhibits_mitophagy")


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    from pipeline.resources import model_path

    data = json.loads((model_path("relations") / "conjunct_objects.json").read_text(encoding="utf-8"))
    return frozenset(data["manipulations_after"]), frozenset(data["conjunct_openers"])


def _openers(doc: Doc, mentions: list[Mention], lexicon: RelationLexicon) -> list[tuple[Mention, int]]:
    """(regulator, index of the conjunction before it) for each regulator opening a manipulated conjunct."""
    manipulations, joins = _words()
    lowers = token_lowers(doc)
    out = []
    for m in mentions:
        if m.kind != "REG" or m.excluded or m.start < 2 or lowers[m.start - 1] not in joins:
            continue
        i = m.end
        while i < len(doc) and doc[i].text in lexicon.words("hyphens"):
            i += 1
        if i < len(doc) and lowers[i] in manipulations:
            out.append((m, m.start - 1))
    return out


def conjunct_subject_findings(doc: Doc, found: list[Finding], mentions: list[Mention], hits: list[Hit],
                              lexicon: RelationLexicon) -> list[Finding]:
    """``found`` without the records an earlier conjunct leaks into a later, manipulated one."""
    if len(found) < 2:
        return found
    openers = _openers(doc, mentions, lexicon)
    if not openers:
        return found
    drop = set()
    for reg, join in openers:
        for f in found:
            if f.effect in _AGENT_EFFECTS and f.regulator.start == reg.start and f.therapy.end <= join:
                drop.add(id(f))  # the earlier drug does not act on the manipulated regulator
        therapies = {f.therapy.therapy_id for f in found if f.effect not in _AGENT_EFFECTS and f.regulator.start == reg.start}
        # only an object right before the conjunction reads as coordinated with the opener ("mitophagy and X ...")
        objects = {f.regulator.start for f in found if f.effect in _AGENT_EFFECTS and f.regulator.end == join
                   and f.therapy.end <= f.regulator.start}
        for f in found:
            if f.effect not in _AGENT_EFFECTS and f.regulator.start in objects and f.therapy.therapy_id in therapies:
                drop.add(id(f))  # the earlier object is no coordinated subject of the later outcome
    return [f for f in found if id(f) not in drop]
