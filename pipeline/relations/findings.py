"""What a sentence rule returns: a Finding (regulator, effect, therapy, rule, confidence, clause)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc

from pipeline.relations.arguments import Mention
from pipeline.relations.clauses import Clause
from pipeline.relations.triggers import Hit

# How much each rule is trusted (a prior, not a measured probability).
CONFIDENCE = {
    "agent_participle": 0.85,
    "agent_passive": 0.8,
    "agent_verb": 0.75,
    "agent_via_object": 0.65,
    "agent_machinery": 0.6,
    "agent_instrument": 0.7,
    "agent_class": 0.7,
    "agent_class_example": 0.65,
    "agent_class_verb": 0.65,
    "agent_means": 0.6,
    "outcome_subject": 0.75,
    "outcome_class": 0.6,
    "outcome_object": 0.5,
    "outcome_inherited": 0.5,
    "outcome_mitophagy_object": 0.55,
    "outcome_blocked_mitophagy": 0.55,
    "outcome_changed_mitophagy": 0.5,
    "outcome_reversal": 0.5,
    "outcome_which": 0.6,
    "outcome_mechanism": 0.55,
    "outcome_expression": 0.6,
    "outcome_cause_list": 0.55,
    "outcome_rank": 0.6,
    "outcome_post_treatment": 0.5,
    "outcome_resistant_context": 0.5,
    "outcome_combination": 0.6,
    "outcome_effect_of": 0.6,
    "outcome_passive_agent": 0.6,
    "outcome_effect_on": 0.6,
    "outcome_co_treatment": 0.5,
    "outcome_tool_co_treatment": 0.5,
    "outcome_protective_mitophagy": 0.55,
    "outcome_means": 0.55,
    "agent_means_list": 0.6,
    "outcome_changed_mediator": 0.5,
    "outcome_effector_tool": 0.5,
    "agent_lowered_target": 0.6,
    "outcome_lowered_target": 0.5,
    "outcome_level_group": 0.6,
    "outcome_expression_group": 0.6,
    "outcome_combination_means": 0.6,
    "outcome_tumour_growth": 0.55,
}
WEAK_PENALTY = 0.15  # outcome or verb that only suggests the relation (survival, exploit)


@dataclass(frozen=True)
class Finding:
    """A relation found in one sentence; spans are token indices of the sentence Doc."""

    regulator: Mention
    effect: str
    therapy: Mention
    rule: str
    confidence: float
    clause: Clause


def finding(reg: Mention, effect: str, ther: Mention, rule: str, clause: Clause, weak: bool = False) -> Finding:
    confidence = CONFIDENCE[rule] - (WEAK_PENALTY if weak else 0.0)
    return Finding(reg, effect, ther, rule, round(confidence, 2), clause)


def inside(m: Mention, clause: Clause) -> bool:
    return clause.start <= m.start and m.end <= clause.end


def virtual_therapy(doc: Doc, hit: Hit) -> Mention:
    """The modality carried by an outcome word (``radioresistance`` -> radiotherapy)."""
    return Mention("THER", hit.start, hit.end, doc[hit.start : hit.end].text, (hit.cue.modality,), "OUTCOME", True)


_OUTCOME_EFFECTS = ("promotes_resistance", "promotes_sensitivity")


def finding_key(f: Finding) -> tuple:
    """What makes two findings of one sentence the same record: regulator ids, effect, therapy id."""
    return (f.regulator.ids, f.effect, f.therapy.therapy_id)


def add_unseen(out: list[Finding], have: set, new: Iterable[Finding]) -> None:
    """Append each finding of ``new`` whose ``finding_key`` is not in ``have`` (updated) to ``out``."""
    for f in new:
        key = finding_key(f)
        if key not in have:
            have.add(key)
            out.append(f)


def merge_outcomes(found: list[Finding], extra: list[Finding], drop: frozenset | set = frozenset()) -> list[Finding]:
    """``found`` with the post-pass findings ``extra`` of one sentence merged in (``comparisons``,
    ``effect_of``, ``passive_agents``): an outcome finding of ``found`` for a (regulator ids, therapy id) pair
    that ``extra`` gives the other outcome is dropped, so one sentence never states both; agent findings of
    the pairs in ``drop`` are dropped; then each finding of ``extra`` not already there is added."""
    if not extra:
        return found
    made = {(f.regulator.ids, f.therapy.therapy_id): f.effect for f in extra}
    kept = []
    for f in found:
        pair = (f.regulator.ids, f.therapy.therapy_id)
        if f.effect not in _OUTCOME_EFFECTS and pair in drop:
            continue
        if f.effect in _OUTCOME_EFFECTS and made.get(pair, f.effect) != f.effect:
            continue
        kept.append(f)
    add_unseen(kept, {finding_key(f) for f in kept}, extra)
    return kept
