"""One sentence Doc -> findings (regulator, effect, therapy): where a sentence becomes records.

Clause by clause (``clauses.py``), two rule families run:

* agent rules (``agent_rules.py``): a therapy acts on mitophagy ->
  ``induces_mitophagy`` / ``inhibits_mitophagy``;
* outcome rules (``outcome_rules.py``): a regulator changes a therapy's outcome ->
  ``promotes_resistance`` / ``promotes_sensitivity``.

A clause with both gives both records (spec rule 3); a drug that acts on
mitophagy and kills or sensitizes also gets the outcome record (spec
conventions: ``D blocks X-mitophagy and kills``), in ``outcome_rules``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.relations.agent_rules import agent_findings
from pipeline.relations.arguments import MITOPHAGY_ID, Mention, doc_to_mentions
from pipeline.relations.clauses import doc_to_clauses
from pipeline.relations.findings import Finding, finding, inside
from pipeline.relations.outcome_rules import outcome_findings
from pipeline.relations.polarity import is_recommendation
from pipeline.relations.triggers import CueMatcher


def _drug_induced(outcome: Finding, agents: list[Finding]) -> bool:
    """Spec rule 3: mitophagy gets its own outcome record when the clause says what the drug does to it."""
    return any(
        a.regulator.start == outcome.regulator.start and a.therapy.ids == outcome.therapy.ids for a in agents
    )


def doc_to_findings(doc: Doc, matcher: CueMatcher, mentions: list[Mention] | None = None) -> list[Finding]:
    """All findings of one sentence Doc (entities already set), clause by clause.

    ``mentions``: the Doc's ``doc_to_mentions`` when the caller already has them.
    """
    lexicon = matcher.lexicon
    hits = matcher.hits(doc)
    if mentions is None:
        mentions = doc_to_mentions(doc, lexicon)
    found: list[Finding] = []
    inherited: tuple[list[Mention], list[Mention]] = ([], [])
    for clause in doc_to_clauses(doc, lexicon, hits):
        if is_recommendation(doc, clause, lexicon):
            inherited = ([], [])
            continue
        agents = agent_findings(doc, clause, mentions, hits, lexicon)
        acting = tuple(a.therapy for a in agents)
        outcomes = outcome_findings(doc, clause, mentions, hits, lexicon, inherited, acting)
        outcomes = [o for o in outcomes if o.rule != "outcome_mitophagy_object" or _drug_induced(o, agents)]
        found.extend(agents + outcomes)
        regs = [m for m in mentions if m.kind == "REG" and inside(m, clause) and not m.excluded]
        thers = [m for m in mentions if m.kind == "THER" and inside(m, clause) and not m.excluded]
        if regs or thers:
            # a later clause without a subject continues this one's subject: only a regulator that opens it
            subject = regs[:1] if regs and not any(t.start < regs[0].start for t in thers) else []
            inherited = (subject, [t for t in thers if not t.modality] or thers or inherited[1])
    return [f for f in found if f.regulator.ids and f.therapy.ids and f.therapy.therapy_id != MITOPHAGY_ID]
