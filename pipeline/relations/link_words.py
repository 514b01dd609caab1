"""Three link shapes the outcome rules read wrongly: ``independently of X``, ``resistance to D involves X``,
and inverse correlation.

* ``D resistance arises independently of X`` (also ``independent of``, ``regardless of``): X is what the
  finding does not need, so no outcome record for X (spec rule 8, absent links).
* ``resistance to D involves X`` with no change word on X (``elevated``, ``loss of``) states no direction
  (spec rule 8: ``is involved in``): no outcome record for X; ``involves loss of X`` keeps its record.
* ``X expression correlated inversely / was negatively correlated with sensitivity to D``, ``an inverse
  correlation between X and D sensitivity``: the outcome rules read the link as positive, so the outcome
  effect of a regulator before the outcome word is flipped when an inverse word stands next to a
  correlation word between them.
Word classes: ``outcome_shapes.json`` ``links``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.relations.arguments import Mention
from pipeline.relations.clauses import Clause
from pipeline.relations.findings import Finding
from pipeline.relations.polarity import regulator_polarity
from pipeline.relations.shapes import shape
from pipeline.relations.triggers import Hit, RelationLexicon, phrase_at

_OPPOSITE = {"promotes_resistance": "promotes_sensitivity", "promotes_sensitivity": "promotes_resistance"}


def _independent(doc: Doc, reg: Mention, words: dict) -> bool:
    """``independently of (the) X``: the phrase ends at most one token before the regulator."""
    for back in (0, 1):
        end = reg.start - back
        if end > 0 and phrase_at(doc, end, words["independent_phrases"], backwards=True):
            return True
    return False


def _bare_involved(doc: Doc, f: Finding, mentions: list[Mention], hits: list[Hit], lexicon: RelationLexicon,
                   words: dict) -> bool:
    """``resistance to D involves X``: an ``involve`` verb a few tokens before X, after the therapy, and X with
    no change word of its own."""
    reg = f.regulator
    lo = max(f.therapy.end, reg.start - int(words["involve_window"]))
    if f.therapy.start > reg.start or not any(doc[i].lower_ in words["involve_verbs"] for i in range(lo, reg.start)):
        return False
    verb = max(i for i in range(lo, reg.start) if doc[i].lower_ in words["involve_verbs"])
    return regulator_polarity(doc, reg, Clause(verb + 1, min(len(doc), reg.end + 3)), mentions, hits, lexicon,
                              default=0) == 0


def _inverse_between(doc: Doc, start: int, end: int, words: dict) -> bool:
    inverse, links = set(words["inverse_words"]), set(words["correlation_words"])
    for i in range(start, end):
        if doc[i].lower_ in inverse and any(doc[j].lower_ in links for j in (i - 1, i + 1) if start <= j < end):
            return True
    return False


def link_findings(doc: Doc, found: list[Finding], mentions: list[Mention], hits: list[Hit],
                  lexicon: RelationLexicon) -> list[Finding]:
    """``found`` without the outcome records of absent or direction-less links, inverse correlations flipped."""
    if not any(f.effect in _OPPOSITE for f in found):
        return found
    words = shape("links")
    out = []
    for f in found:
        if f.effect not in _OPPOSITE:
            out.append(f)
            continue
        if _independent(doc, f.regulator, words) or _bare_involved(doc, f, mentions, hits, lexicon, words):
            continue
        outcome = next((h.start for h in hits if h.cue.label == "OUTCOME" and h.start >= f.regulator.end
                        and f.clause.start <= h.start < f.clause.end), -1)
        if outcome >= 0 and _inverse_between(doc, max(f.clause.start, f.regulator.start - 5), outcome + 1, words) and f.rule == "outcome_subject":
            f = Finding(f.regulator, _OPPOSITE[f.effect], f.therapy, f.rule, f.confidence, f.clause)
        out.append(f)
    return out
