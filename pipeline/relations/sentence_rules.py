"""One sentence Doc -> findings (regulator, effect, therapy): where a sentence becomes records.

Two rule families, applied clause by clause:

* agent rules (``agent_*``): a therapy acts on mitophagy -> ``induces_mitophagy`` /
  ``inhibits_mitophagy`` (``D-induced mitophagy``, ``mitophagy induced by D``,
  ``D activates X-mediated mitophagy``, ``D inhibits X, enhances mitophagy``);
* outcome rules (``outcome_*``): a regulator changes the therapy's outcome ->
  ``promotes_resistance`` / ``promotes_sensitivity``, with the effect the product
  of the regulator's polarity and the outcome's polarity (``polarity.py``).

A drug acting on mitophagy in a clause that also states an outcome gets both
records (spec rule 3), because both families run on every clause.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from pipeline.relations.arguments import MITOPHAGY_ID, Mention, coordinated, doc_to_mentions
from pipeline.relations.clauses import Clause, doc_to_clauses
from pipeline.relations.polarity import is_negated, is_recommendation, outcome_polarity, regulator_polarity
from pipeline.relations.triggers import CueMatcher, Hit, Lexicon, phrase_at

AGENT_SPAN = 15  # tokens from a therapy (subject) to its verb
TARGET_SPAN = 5  # tokens from a verb to its mitophagy target
THERAPY_AFTER_SPAN = 9  # tokens from an outcome word to "to/of/against D"

CONFIDENCE = {
    "agent_participle": 0.85,
    "agent_passive": 0.8,
    "agent_verb": 0.75,
    "agent_via_object": 0.65,
    "outcome_subject": 0.75,
    "outcome_object": 0.5,
    "outcome_inherited": 0.5,
}
WEAK_PENALTY = 0.15


@dataclass(frozen=True)
class Finding:
    """A relation found in one sentence; spans are token indices of the sentence Doc."""

    regulator: Mention
    effect: str
    therapy: Mention
    rule: str
    confidence: float
    clause: Clause


def _in(m: Mention, clause: Clause) -> bool:
    return clause.start <= m.start and m.end <= clause.end


def _virtual_therapy(doc: Doc, hit: Hit) -> Mention:
    """The modality carried by an outcome word (``radioresistance`` -> radiotherapy)."""
    return Mention("THER", hit.start, hit.end, doc[hit.start : hit.end].text, (hit.cue.modality,), "OUTCOME", True)


# -- agent rules -----------------------------------------------------------


def _mitophagy_target(mentions: list[Mention], start: int, end: int) -> Mention | None:
    """The first mitophagy word or ``X-mediated mitophagy`` phrase starting in [start, end)."""
    for m in mentions:
        if m.kind == "REG" and start <= m.start < end and (m.is_mitophagy or m.via_mitophagy) and not m.excluded:
            return m
    return None


def agent_findings(
    doc: Doc, clause: Clause, mentions: list[Mention], hits: list[Hit], lexicon: Lexicon
) -> list[Finding]:
    """What a therapy in this clause does to mitophagy."""
    found: list[Finding] = []
    ups, downs = lexicon.words("agent_participles_up"), lexicon.words("agent_participles_down")
    fillers = lexicon.words("agent_fillers")
    therapies = [m for m in mentions if m.kind == "THER" and _in(m, clause) and not m.excluded]
    outcome_starts = [h.start for h in hits if h.cue.label == "OUTCOME"]
    for ther in therapies:
        # D-induced mitophagy / D treatment-induced X-mediated mitophagy
        i = ther.end
        if i < clause.end and doc[i].text in ("-", "–"):
            i += 1
        i += phrase_at(doc, i, fillers)
        if i < clause.end and doc[i].text in ("-", "–"):
            i += 1
        direction = 1 if phrase_at(doc, i, ups) else -1 if phrase_at(doc, i, downs) else 0
        if direction and i > ther.end:
            target = _mitophagy_target(mentions, i + 1, min(clause.end, i + 4))
            if target is not None:
                found.append(_agent(target, direction, ther, "agent_participle", clause))
                continue
        # D <verb> [X-mediated] mitophagy;  D <verb> X, <verb> mitophagy
        obj: Mention | None = None
        for h in hits:
            if h.cue.label != "AGENT" or not (ther.end <= h.start < min(clause.end, ther.end + AGENT_SPAN)):
                continue
            attached = ther.end + (1 if ther.end < len(doc) and doc[ther.end].text in ("-", "–") else 0)
            if attached in outcome_starts:
                break  # "D-resistant cells show ..." : D is not the agent
            if any(m.kind == "THER" and ther.end <= m.start < h.start and not m.excluded for m in mentions):
                break  # another therapy is the subject of this verb
            nxt = [g.start for g in hits if g.cue.label == "AGENT" and g.start >= h.end]
            limit = min([clause.end, h.end + TARGET_SPAN, *nxt])
            target = _mitophagy_target(mentions, h.end, limit)
            if target is not None:
                regulator, rule = target, "agent_verb"
                if target.is_mitophagy and obj is not None:
                    regulator, rule = obj, "agent_via_object"
                weak = h.cue.weak
                found.append(_agent(regulator, h.cue.value, ther, rule, clause, weak))
                break
            plain = [m for m in mentions if m.kind == "REG" and not m.excluded and h.end <= m.start <= h.end + 1]
            if plain and obj is None:
                obj = plain[0]
    # mitophagy induced by D
    passive = lexicon.words("passive_by")
    for m in mentions:
        if not (m.kind == "REG" and (m.is_mitophagy or m.via_mitophagy) and _in(m, clause)):
            continue
        i = m.end + (1 if m.end < clause.end and doc[m.end].text == "," else 0)
        direction = 1 if phrase_at(doc, i, ups) else -1 if phrase_at(doc, i, downs) else 0
        if direction and phrase_at(doc, i + 1, passive):
            ther = next((t for t in therapies if i + 2 <= t.start <= i + 4), None)
            if ther is not None:
                found.append(_agent(m, direction, ther, "agent_passive", clause))
    return found


def _agent(reg: Mention, direction: int, ther: Mention, rule: str, clause: Clause, weak: bool = False) -> Finding:
    effect = "induces_mitophagy" if direction > 0 else "inhibits_mitophagy"
    confidence = CONFIDENCE[rule] - (WEAK_PENALTY if weak else 0.0)
    return Finding(reg, effect, ther, rule, round(confidence, 2), clause)


# -- outcome rules ---------------------------------------------------------


def therapies_for(doc: Doc, hit: Hit, clause: Clause, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """The therapy an outcome word is about: its own modality, ``to D``, ``D resistance``, else the clause's."""
    if hit.cue.modality:
        return [_virtual_therapy(doc, hit)]
    links = set(lexicon.words("therapy_links"))
    candidates = [m for m in mentions if m.kind == "THER" and _in(m, clause) and not m.excluded]
    after = [m for m in candidates if hit.end <= m.start < hit.end + THERAPY_AFTER_SPAN]
    if after and any(t.lower_ in links for t in doc[hit.end : after[0].start]):
        return coordinated(doc, mentions, after[0])
    before = [m for m in candidates if m.end <= hit.start and all(t.text in "-–" for t in doc[m.end : hit.start])]
    if before:
        return coordinated(doc, mentions, before[-1], backwards=True)
    drugs = [m for m in candidates if not m.modality]
    return drugs or candidates


def _modifier_words(hits: list[Hit]) -> frozenset[str]:
    return frozenset(f for h in hits if h.cue.label in ("REG_DOWN", "REG_UP") for f in h.cue.forms)


def subject_regulators(
    doc: Doc, hit: Hit, clause: Clause, mentions: list[Mention], hits: list[Hit]
) -> tuple[list[Mention], str]:
    """The regulator whose outcome this is: the clause's first regulator before the outcome word, else after it."""
    regs = [m for m in mentions if m.kind == "REG" and _in(m, clause) and not m.excluded]
    before = [m for m in regs if m.end <= hit.start]
    if before:
        return coordinated(doc, mentions, before[0], extra=_modifier_words(hits)), "outcome_subject"
    after = [m for m in regs if m.start >= hit.end]
    if after:
        return coordinated(doc, mentions, after[0], extra=_modifier_words(hits)), "outcome_object"
    return [], ""


def main_outcomes(doc: Doc, clause: Clause, mentions: list[Mention], hits: list[Hit], lexicon: Lexicon) -> list[Hit]:
    """The outcome words a clause states: the first one and those of the same polarity.

    Strong words (resistance, sensitivity) outrank weak ones (survival, apoptosis);
    an adjective before a cell word (``resistant cells``) only describes the cells.
    """
    cells = lexicon.words("cell_words")
    outcomes = [
        h for h in hits if h.cue.label == "OUTCOME" and clause.start <= h.start < clause.end
        and not is_negated(doc, clause, h.start, lexicon)
    ]
    adjectives = lexicon.words("descriptive_suffixes")
    descriptive = [
        h for h in outcomes
        if h.end < len(doc) and doc[h.end].lower_ in cells and doc[h.end - 1].lower_.endswith(adjectives)
    ]
    ranked = [h for h in outcomes if h not in descriptive]
    strong = [h for h in ranked if not h.cue.weak]
    chosen = strong or ranked or descriptive
    if not chosen:
        return []
    sign = outcome_polarity(doc, chosen[0], clause, mentions, hits, lexicon)
    return [h for h in chosen if outcome_polarity(doc, h, clause, mentions, hits, lexicon) == sign]


def outcome_findings(
    doc: Doc,
    clause: Clause,
    mentions: list[Mention],
    hits: list[Hit],
    lexicon: Lexicon,
    inherited: tuple[list[Mention], list[Mention]] = ([], []),
) -> list[Finding]:
    """What the clause's regulator does to a therapy's outcome."""
    found: list[Finding] = []
    for hit in main_outcomes(doc, clause, mentions, hits, lexicon):
        therapies = therapies_for(doc, hit, clause, mentions, lexicon) or inherited[1]
        regulators, rule = subject_regulators(doc, hit, clause, mentions, hits)
        own_subject = any(m.kind == "THER" and _in(m, clause) and m.end <= hit.start for m in mentions)
        if not regulators and inherited[0] and not own_subject:
            regulators, rule = inherited[0], "outcome_inherited"
        if not regulators or not therapies:
            continue
        out_sign = outcome_polarity(doc, hit, clause, mentions, hits, lexicon)
        for reg in regulators:
            sign = out_sign * regulator_polarity(doc, reg, clause, mentions, hits, lexicon)
            effect = "promotes_resistance" if sign > 0 else "promotes_sensitivity"
            confidence = CONFIDENCE[rule] - (WEAK_PENALTY if hit.cue.weak else 0.0)
            for ther in therapies:
                if ther.start < reg.end and reg.start < ther.end:
                    continue
                found.append(Finding(reg, effect, ther, rule, round(confidence, 2), clause))
    return found


def doc_to_findings(doc: Doc, matcher: CueMatcher) -> list[Finding]:
    """All findings of one sentence Doc (entities already set), clause by clause."""
    lexicon = matcher.lexicon
    hits = matcher.hits(doc)
    mentions = doc_to_mentions(doc, lexicon)
    found: list[Finding] = []
    inherited: tuple[list[Mention], list[Mention]] = ([], [])
    for clause in doc_to_clauses(doc, lexicon, hits):
        if is_recommendation(doc, clause, lexicon):
            inherited = ([], [])
            continue
        found.extend(agent_findings(doc, clause, mentions, hits, lexicon))
        found.extend(outcome_findings(doc, clause, mentions, hits, lexicon, inherited))
        regs = [m for m in mentions if m.kind == "REG" and _in(m, clause) and not m.excluded]
        thers = [m for m in mentions if m.kind == "THER" and _in(m, clause) and not m.excluded]
        if regs or thers:
            inherited = (regs[:1] or inherited[0], [t for t in thers if not t.modality] or thers or inherited[1])
    return [f for f in found if f.regulator.ids and f.therapy.ids and f.therapy.therapy_id != MITOPHAGY_ID]
