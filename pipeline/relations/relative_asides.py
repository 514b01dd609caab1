"""``D1, which is given with D2 to patients, also induced mitophagy``: a therapy inside a comma-delimited relative
clause (``, which ... ,``) is part of an aside about the drug before it; when an agent record takes that therapy
as the subject of a verb after the aside, the drug the aside describes (the therapy right before ``, which``) is
the verb's subject instead. Only for agent records (induces / inhibits) whose regulator stands after the aside.
Words: ``research_shapes.json`` ``relative_asides``.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from pipeline.relations.arguments import Mention
from pipeline.relations.findings import Finding, add_unseen
from pipeline.relations.research_shapes import research_shape
from pipeline.relations.triggers import token_lowers

_AGENTS = ("induces_mitophagy", "inhibits_mitophagy")


def _asides(doc: Doc, relatives: tuple[str, ...]) -> list[tuple[int, int]]:
    """[start, end) of each ``, which ... ,`` aside (the commas included)."""
    lowers = token_lowers(doc)
    out = []
    for i in range(len(doc) - 1):
        if lowers[i] == "," and lowers[i + 1] in relatives:
            close = next((j for j in range(i + 2, len(doc)) if lowers[j] in (",", ";", ".")), None)
            if close is not None and lowers[close] == ",":
                out.append((i, close + 1))
    return out


def with_aside_antecedents(doc: Doc, found: list[Finding], mentions: list[Mention]) -> list[Finding]:
    """``found`` with agent records whose therapy sits in a relative aside given the aside's antecedent drug."""
    agents = [f for f in found if f.effect in _AGENTS]
    if not agents:
        return found
    asides = _asides(doc, research_shape("relative_asides")["relatives"])
    if not asides:
        return found
    thers = [m for m in mentions if m.kind == "THER" and not m.excluded]
    out = []
    for f in found:
        if f in agents:
            aside = next(((a, b) for a, b in asides if a < f.therapy.start and f.therapy.end <= b <= f.regulator.start), None)
            if aside is not None:
                antecedent = next((t for t in thers if t.end == aside[0]), None)
                if antecedent is None:
                    continue  # an aside drug with no drug before it is no subject either
                f = replace(f, therapy=antecedent)
        out.append(f)
    kept: list[Finding] = []
    add_unseen(kept, set(), out)
    return kept
