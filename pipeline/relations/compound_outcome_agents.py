"""``Elevated X expression is associated with D resistance``: the drug written as the first part of an outcome
compound (``D resistance``, ``D sensitivity``, ``D-resistant``) names the outcome the sentence is about; it is no
passive agent of X (``X (expression) is induced by / associated with D``), so the passive agent record goes. The
outcome record (``(X, promotes_resistance, D)``) is another rule's and stays. A drug followed by its own noun
(``with D treatment``) is an agent as before.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.relations.findings import Finding
from pipeline.relations.triggers import Hit

_PASSIVE = ("agent_passive",)


def _names_outcome(doc: Doc, start: int, hits: list[Hit]) -> bool:
    """A strong outcome word starts at ``start`` (or right after a hyphen there)."""
    if start < len(doc) and doc[start].text == "-":
        start += 1
    return any(h.cue.label == "OUTCOME" and not h.cue.weak and h.start == start for h in hits)


def without_compound_outcome_agents(doc: Doc, found: list[Finding], hits: list[Hit]) -> list[Finding]:
    """``found`` without passive agent records whose drug is the first part of an outcome compound."""
    return [f for f in found if not (f.rule in _PASSIVE and _names_outcome(doc, f.therapy.end, hits))]
