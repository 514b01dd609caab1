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
from pipeline.relations.agent_co_outcomes import co_outcome_findings
from pipeline.relations.arguments import MITOPHAGY_ID, Mention, doc_to_mentions
from pipeline.relations.clauses import Clause, doc_to_clauses
from pipeline.relations.comparisons import combination_findings
from pipeline.relations.compound_outcome_agents import without_compound_outcome_agents
from pipeline.relations.conjoined_changes import conjoined_change_findings
from pipeline.relations.effect_of import effect_of_findings
from pipeline.relations.effect_on import effect_on_findings
from pipeline.relations.effector_tools import effector_tool_findings
from pipeline.relations.findings import Finding, finding, inside
from pipeline.relations.located_instruments import located_instrument_findings
from pipeline.relations.link_words import link_findings
from pipeline.relations.lowered_targets import lowered_target_findings
from pipeline.relations.means_coordination import means_coordination_findings
from pipeline.relations.mediator_change import mediator_change_findings
from pipeline.relations.mitophagy_change import changed_mitophagy_outcomes
from pipeline.relations.passive_agents import passive_agent_findings
from pipeline.relations.combination_means import combination_means_findings
from pipeline.relations.conjunct_subjects import conjunct_subject_findings
from pipeline.relations.response_groups import response_group_findings
from pipeline.relations.tumour_growth_groups import tumour_growth_findings
from pipeline.relations.negated_alternatives import without_negated_alternatives
from pipeline.relations.reversal import reversal_findings
from pipeline.relations.outcome_rules import cause_list_findings, expression_in_described_cells, outcome_findings
from pipeline.relations.post_treatment import post_treatment_findings
from pipeline.relations.rank_rules import rank_findings
from pipeline.relations.relative_asides import with_aside_antecedents
from pipeline.relations.resistant_context import context_findings
from pipeline.relations.polarity import is_recommendation
from pipeline.relations.statements import Statements
from pipeline.relations.status_modifiers import without_patient_groups
from pipeline.relations.protective_mitophagy import protective_mitophagy_findings
from pipeline.relations.surviving_cells import surviving_cell_findings
from pipeline.relations.tool_co_outcomes import tool_co_outcome_findings
from pipeline.relations.triggers import CueMatcher
from pipeline.relations.verb_lists import verb_list_findings


def doc_to_findings(doc: Doc, matcher: CueMatcher, mentions: list[Mention] | None = None) -> list[Finding]:
    """All findings of one sentence Doc (entities already set), clause by clause.

    ``mentions``: the Doc's ``doc_to_mentions`` when the caller already has them.
    """
    lexicon = matcher.lexicon
    hits = matcher.hits(doc)
    if mentions is None:
        mentions = doc_to_mentions(doc, lexicon)
    if not _can_give_findings(mentions, hits):
        return []  # spec rule 1: no regulator, or no therapy (named, or a modality in an outcome word)
    statements = Statements(doc)
    found: list[Finding] = []
    inherited: tuple[list[Mention], list[Mention]] = ([], [])
    for clause in _split_at_aim_ends(doc_to_clauses(doc, lexicon, hits), statements):
        if is_recommendation(doc, clause, lexicon):
            inherited = ([], [])
            continue
        agents = agent_findings(doc, clause, mentions, hits, lexicon)
        # "NIX overexpression in CAR-T cells restored mitophagy": the cells carry the change, they are no agent
        agents = [a for a in agents if a.therapy.therapy_id not in lexicon.words("cell_therapy_ids")]
        acting = tuple(a.therapy for a in agents)
        outcomes = outcome_findings(doc, clause, mentions, hits, lexicon, inherited, acting, statements)
        # "X knockdown blocked mitophagy and sensitized cells to D": mitophagy named bare as what the subject
        # changes gets D's outcome too (blocking it helps D, so it protects against D: the spec's convention for
        # a drug blocking mitophagy, whatever the tool; annotations/dev/synthetic2/README.md call 13)
        outcomes = _without_cotreatment_tools(outcomes, agents)
        outcomes = _blocked_mitophagy_outcomes(outcomes, agents)
        outcomes = changed_mitophagy_outcomes(doc, clause, outcomes, agents, mentions, hits, lexicon)
        ranked = rank_findings(doc, clause, mentions, hits, lexicon)  # "X was among the most ... in D-resistant cells"
        if ranked:  # the rank statement says X's direction; other rules' readings of X in it are dropped
            outcomes = ranked + [o for o in outcomes if all(o.regulator.start != r.regulator.start for r in ranked)]
        described = expression_in_described_cells(doc, clause, mentions, hits, lexicon)
        # "X was downregulated in D1-resistant cells and in tumours progressing on D2": both therapies
        outcomes = outcomes + [d for d in described if not any(
            o.therapy.ids == d.therapy.ids and o.regulator.ids == d.regulator.ids for o in outcomes)]
        if not outcomes:
            outcomes = cause_list_findings(doc, clause, mentions, hits, lexicon)
        if not outcomes:
            outcomes = post_treatment_findings(doc, clause, mentions, hits, lexicon)  # "X elevated in biopsies after D"
        if not outcomes:
            outcomes = context_findings(doc, clause, mentions, hits, lexicon)  # "In D-resistant cells, X was raised"
        found.extend(agents + outcomes)
        regs = [m for m in mentions if m.kind == "REG" and inside(m, clause) and not m.excluded]
        thers = [m for m in mentions if m.kind == "THER" and inside(m, clause) and not m.excluded]
        if regs or thers:
            # a later clause without a subject continues this one's subject: only a regulator that opens it
            subject = regs[:1] if regs and not any(t.start < regs[0].start for t in thers) else []
            inherited = (subject, [t for t in thers if not t.modality] or thers or inherited[1])
    # relleft10 shapes: "combining X knockdown with D reduced tumour growth", "the benefit of X loss", and
    # "independently of X" / "involves X" / inverse correlation (comparisons.py, effect_of.py, link_words.py)
    found = combination_findings(doc, found, mentions, hits, lexicon)
    found = effect_of_findings(doc, found, mentions, hits, lexicon)
    found = effect_on_findings(doc, found, mentions, hits, lexicon)  # "The effect of X loss on D resistance was ..."
    found = passive_agent_findings(doc, found, mentions, hits, lexicon)  # "resensitized by X silencing"
    found = link_findings(doc, found, mentions, hits, lexicon)
    found = lowered_target_findings(doc, found, mentions, hits, lexicon)  # "the X inhibitor D1 reduced Y and ..."
    found = co_outcome_findings(doc, found, mentions, hits, lexicon)  # "D1 induced X-mitophagy and synergized with D2"
    found = tool_co_outcome_findings(doc, found, mentions, hits, lexicon)  # "the X inhibitor D1 ... increased radiosensitivity"
    found = protective_mitophagy_findings(doc, found, mentions, hits, lexicon)  # "D triggers a protective mitophagy"
    found = means_coordination_findings(doc, found, mentions, hits, lexicon)  # "Blocking mitophagy with D1 or by X knockdown"
    found = conjoined_change_findings(doc, found, mentions, hits, lexicon)  # "the accumulation of X ... and the recruitment of Y"
    found = located_instrument_findings(doc, found, mentions, hits, lexicon)  # "Enhancing mitophagy in T cells with D"
    found = verb_list_findings(doc, found, mentions, hits, lexicon)  # "D inhibited mTOR, enhanced mitophagy and ..."
    found = surviving_cell_findings(doc, found, mentions, hits, lexicon)  # "cells surviving D displayed high levels of X"
    found = with_aside_antecedents(doc, found, mentions)  # "D1, which is given with D2, also induced mitophagy"
    found = mediator_change_findings(doc, found, mentions, hits, lexicon)  # "A loss impaired X-mediated mitophagy and"
    found = effector_tool_findings(doc, found, mentions, hits, lexicon)  # "CAR-T cells treated with D ... improved"
    found = response_group_findings(doc, found, mentions, hits, lexicon)  # "pCR was less frequent in X-high tumours"
    found = tumour_growth_findings(doc, found, mentions, hits, lexicon)  # "X-null tumours regressed under D"
    found = without_negated_alternatives(doc, found, lexicon)  # "did not change the D IC50 or D2-induced death"
    found = combination_means_findings(doc, found, mentions, hits, lexicon)  # "D1 enhances D2 ... through X activation"
    found = conjunct_subject_findings(doc, found, mentions, hits, lexicon)  # "D induced mitophagy and X knockdown ..."
    found = [f for f in found if not _stated_as_aim(f, statements)]
    found = without_compound_outcome_agents(doc, found, hits)  # "X is associated with D resistance": D is no agent
    found = without_patient_groups(doc, found)  # "in the treatment of X-mutant lung adenocarcinoma"
    found = reversal_findings(doc, found, mentions, hits, lexicon)
    found = _one_direction_per_clause(found)
    if any(w in lexicon.words("respectively_words") for w in (t.lower_ for t in doc)):
        found = _respectively(found)
    return [f for f in found if f.regulator.ids and f.therapy.ids and f.therapy.therapy_id != MITOPHAGY_ID]


def _without_cotreatment_tools(outcomes: list[Finding], agents: list[Finding]) -> list[Finding]:
    """``Combining D2 with the mitophagy inhibitor D1 produced synergistic regression``, ``inhibition of X with D1
    restored D2-induced apoptosis``: the outcome is the co-treated drug's (D2); the tool acting on the
    regulator (D1, an agent of the same regulator here) gets its agent record only. With no co-treated drug
    (``D1 blocks X-mitophagy and kills``) the outcome record for D1 stays (spec conventions)."""
    acting = {(a.regulator.ids, a.therapy.start) for a in agents}
    tools = [o for o in outcomes if (o.regulator.ids, o.therapy.start) in acting]
    if not tools:
        return outcomes
    others = {o.regulator.ids for o in outcomes if (o.regulator.ids, o.therapy.start) not in acting}
    return [o for o in outcomes if o not in tools or o.regulator.ids not in others]


def _blocked_mitophagy_outcomes(outcomes: list[Finding], agents: list[Finding]) -> list[Finding]:
    """``The X inhibitor D1 blocked mitophagy and restored D2-induced apoptosis``: the clause says the tool
    blocks mitophagy itself and that blocking helps D2, so mitophagy protects against D2 ->
    ``(mitophagy, promotes_resistance, D2)`` beside X's own record (spec rule 3 and conventions: blocking X
    helps D, so X protects against D)."""
    blocked = [a for a in agents if a.effect == "inhibits_mitophagy" and a.regulator.is_mitophagy]
    if not blocked:
        return outcomes
    have = {(o.regulator.ids, o.effect, o.therapy.ids) for o in outcomes}
    extra = []
    for a in blocked:
        for o in outcomes:
            key = (a.regulator.ids, o.effect, o.therapy.ids)
            if o.effect != "promotes_resistance" or o.regulator.is_mitophagy or o.therapy.ids == a.therapy.ids \
                    or key in have:
                continue
            have.add(key)
            extra.append(finding(a.regulator, o.effect, o.therapy, "outcome_blocked_mitophagy", o.clause))
    return outcomes + extra


def _can_give_findings(mentions: list[Mention], hits: list) -> bool:
    """A finding needs a regulator (a mention, or the target of ``X inhibitors``) and a therapy (a mention,
    or an outcome word naming a modality)."""
    if not any(m.kind == "REG" or m.class_target for m in mentions):
        return False
    return any(m.kind == "THER" for m in mentions) or any(h.cue.modality for h in hits)


_OPPOSITE = {"promotes_resistance": "promotes_sensitivity", "promotes_sensitivity": "promotes_resistance",
             "induces_mitophagy": "inhibits_mitophagy", "inhibits_mitophagy": "induces_mitophagy"}


def _one_direction_per_clause(found: list[Finding]) -> list[Finding]:
    """One clause never gives opposite effects for one pair: the more trusted rule wins, a tie gives neither.

    Separate clauses may (``X promotes D resistance, whereas X knockdown ...`` states both).
    """
    def key(f: Finding, effect: str) -> tuple:
        return (f.clause, f.regulator.ids, f.therapy.therapy_id, effect)

    best: dict[tuple, float] = {}
    for f in found:
        k = key(f, f.effect)
        best[k] = max(best.get(k, 0.0), f.confidence)
    kept = []
    for f in found:
        rival = best.get(key(f, _OPPOSITE[f.effect]))
        if rival is None or f.confidence > rival:
            kept.append(f)
    return kept


def _respectively(found: list[Finding]) -> list[Finding]:
    """``X (6) and Y (7) increase resistance to D1 and D2, respectively``: the n-th regulator goes with the
    n-th therapy. Applied per effect kind (outcome, mitophagy) when the findings name as many distinct
    regulators as therapies (two or more); otherwise the sentence's pairs are left as they are."""
    out = list(found)
    for kind in (("promotes_resistance", "promotes_sensitivity"), ("induces_mitophagy", "inhibits_mitophagy")):
        group = [f for f in found if f.effect in kind]
        regs = sorted({(f.regulator.start, f.regulator.ids) for f in group})
        thers = sorted({(f.therapy.start, f.therapy.therapy_id) for f in group})
        if len(regs) < 2 or len(regs) != len(thers):
            continue
        pairs = {(r, t) for r, t in zip(regs, thers)}
        out = [f for f in out if f.effect not in kind
               or ((f.regulator.start, f.regulator.ids), (f.therapy.start, f.therapy.therapy_id)) in pairs]
    return out


def _split_at_aim_ends(clauses: list[Clause], statements: Statements) -> list[Clause]:
    """``We asked whether ... and found that ...``: the finding after the aim is a clause of its own."""
    out = []
    for clause in clauses:
        cuts = sorted({b for a, b in statements.aims if clause.start <= a and clause.start < b < clause.end})
        bounds = [clause.start, *cuts, clause.end]
        out.extend(Clause(a, b) for a, b in zip(bounds, bounds[1:]) if b > a)
    return out


def _stated_as_aim(f: Finding, statements: Statements) -> bool:
    """Spec rule 8: regulator and therapy inside a study aim or open question (``we investigated whether ...``);
    or a regulator found after the outcome word (``outcome_object``) inside one (``in D-resistant cells and examined
    how X regulates ...``: the link is asked, not stated); also a therapy named before the aim in its clause, the aim
    referring back to it (``Because D damages mitochondria, we hypothesized that mitophagy may protect cells from
    the drug``)."""
    if f.rule == "outcome_object" and statements.in_aim(f.regulator.start, f.regulator.end):
        return True
    if f.effect in ("promotes_resistance", "promotes_sensitivity") and statements.in_aim(f.therapy.start, f.therapy.end) \
            and f.regulator.end <= f.therapy.start:
        return True  # "Because X depends on Y, we examined the effects of D on Y as a mechanism for ...": D is asked about
    start = statements.aim_start(f.regulator.start, f.regulator.end)
    if start < 0:
        return False
    if statements.in_aim(f.therapy.start, f.therapy.end):
        return True
    return f.clause.start <= f.therapy.start and f.therapy.end <= start
