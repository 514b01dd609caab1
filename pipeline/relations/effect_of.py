"""``STING knockout abrogated the benefit of X loss during D``: the named effect of a manipulation of X.

``the benefit / (chemo-, radio-)sensitizing effect of X <loss word>`` says the manipulation helps the therapy,
``the protective effect of X <loss word>`` that it protects the cells, whatever the verb around it does
(abrogated, reversed, reproduced: that verb's agent gets its own record from the other rules). So X lost and
helping -> ``(X, promotes_resistance, D)``; X gained and helping -> ``promotes_sensitivity``; protecting flips
both. X must carry its change word (``loss``, ``deletion``, ``knockdown``, ``overexpression``) and follow the
noun's ``of`` within ``name_window`` tokens. The therapy: the drugs named in the sentence, else the modality of
the outcome word (``chemosensitizing`` -> chemotherapy, spec rule 9). A reading of the same pair with the
opposite effect is dropped. Word classes: ``outcome_shapes.json`` ``effect_of``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.relations.arguments import Mention
from pipeline.relations.clauses import Clause
from pipeline.relations.findings import Finding, finding, merge_outcomes, virtual_therapy
from pipeline.relations.mitophagy_change import gain_after_name
from pipeline.relations.polarity import regulator_polarity
from pipeline.relations.shapes import shape
from pipeline.relations.triggers import Hit, RelationLexicon, phrase_at



def effect_of_findings(doc: Doc, found: list[Finding], mentions: list[Mention], hits: list[Hit],
                       lexicon: RelationLexicon) -> list[Finding]:
    """``found`` plus the records of ``the benefit of X loss``-type phrases."""
    words = shape("effect_of")
    nouns = words["nouns"]
    forms = tuple(nouns)
    window = int(words["name_window"])
    extra: list[Finding] = []
    whole = Clause(0, len(doc))
    for i in range(len(doc)):
        n = phrase_at(doc, i, forms)
        if not n or i + n >= len(doc) or doc[i + n].lower_ != "of":
            continue
        value = int(nouns[" ".join(t.lower_ for t in doc[i : i + n])])
        at = i + n + 1
        reg = next((m for m in mentions if m.kind == "REG" and not m.excluded and at <= m.start <= at + window), None)
        if reg is None or any(m.kind == "THER" and at <= m.start < reg.start for m in mentions):
            continue
        span = Clause(at, min(len(doc), reg.end + 3))
        sign = regulator_polarity(doc, reg, span, mentions, hits, lexicon, default=0)
        if sign == 0 and gain_after_name(doc, reg, hits, lexicon):
            sign = 1  # "X overexpression", "miR-N mimics"
        if sign == 0:
            continue
        effect = "promotes_resistance" if sign * value > 0 else "promotes_sensitivity"
        therapies = [m for m in mentions if m.kind == "THER" and not m.excluded]
        if not therapies:
            therapies = [virtual_therapy(doc, h) for h in hits
                         if h.cue.label == "OUTCOME" and h.cue.modality and i <= h.start < i + n]
        extra.extend(finding(reg, effect, t, "outcome_effect_of", whole) for t in therapies)
    return merge_outcomes(found, extra)
