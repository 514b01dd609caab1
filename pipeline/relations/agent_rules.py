"""Agent rules: what a therapy does to mitophagy -> ``induces_mitophagy`` / ``inhibits_mitophagy``.

``D-induced mitophagy``, ``mitophagy induced by D``, ``D activates X-mediated
mitophagy`` (X is the regulator), ``D inhibits X, enhances mitophagy`` (X, with
the direction of the verb acting on mitophagy).
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from pipeline.relations.arguments import MITOPHAGY_ID, REGULATOR_LABELS, Mention, coordinated, ent_id
from pipeline.relations.clauses import Clause
from pipeline.relations.findings import Finding, finding, inside
from pipeline.relations.fold_changes import fold_findings
from pipeline.relations.non_coding import is_non_coding
from pipeline.relations.polarity import is_negated, looks_verbal
from pipeline.relations.triggers import Hit, RelationLexicon, phrase_at

# Windows (cues.json): agent_span, tokens from a therapy (subject) to its verb; agent_target_span,
# from a verb to its mitophagy target; participle_target_span, from ``-induced`` to ``mitophagy``.


def _mitophagy_target(mentions: list[Mention], start: int, end: int) -> Mention | None:
    """The first mitophagy word or ``X-mediated mitophagy`` phrase starting in [start, end)."""
    for m in mentions:
        if m.kind == "REG" and start <= m.start < end and (m.is_mitophagy or m.via_mitophagy) and not m.excluded:
            return m
    return None


def _effect(direction: int) -> str:
    return "induces_mitophagy" if direction > 0 else "inhibits_mitophagy"


def _is_outcome_argument(doc: Doc, ther: Mention, hits: list[Hit], lexicon: RelationLexicon) -> bool:
    """``D-resistant``, ``resistance to D``, ``sensitivity of cells to D``: D is what the outcome is about."""
    attached = ther.end + (1 if ther.end < len(doc) and doc[ther.end].text in lexicon.words("hyphens") else 0)
    outcomes = [h for h in hits if h.cue.label == "OUTCOME"]
    if any(h.start == attached for h in outcomes):
        return True
    links = lexicon.words("outcome_links")
    return ther.start > 0 and doc[ther.start - 1].lower_ in links and any(
        0 <= ther.start - h.end <= 6 for h in outcomes
    )


def _is_outcome_word(ther: Mention, hits: list[Hit]) -> bool:
    """``radiosensitivity``, ``chemoresistance``: a modality named by an outcome word is what the outcome
    is about, never the subject of a verb acting on mitophagy (``X enhances radiosensitivity by
    inhibiting mitophagy``: X inhibits, not radiation)."""
    return any(h.cue.label == "OUTCOME" and h.cue.modality and h.start <= ther.start and ther.end <= h.end
               for h in hits)


def _in_parentheses(doc: Doc, m: Mention) -> bool:
    depth = 0
    for token in doc[: m.start]:
        depth += token.text.count("(") - token.text.count(")")
    return depth > 0


def participle_findings(doc: Doc, ther: Mention, clause: Clause, mentions: list[Mention], lexicon: RelationLexicon):
    """``D-induced mitophagy``, ``D treatment-induced X-mediated mitophagy``."""
    ups, downs = lexicon.words("agent_participles_up"), lexicon.words("agent_participles_down")
    i = ther.end
    if i < clause.end and doc[i].text in lexicon.words("hyphens"):
        i += 1
    i += phrase_at(doc, i, lexicon.words("agent_fillers"))
    if i < clause.end and doc[i].text in lexicon.words("hyphens"):
        i += 1
    direction = 1 if phrase_at(doc, i, ups) else -1 if phrase_at(doc, i, downs) else 0
    if not direction or i == ther.end:
        return None
    end = min(clause.end, i + 1 + lexicon.number("participle_target_span"))
    breaks = lexicon.word_set("instrument_prepositions") | lexicon.word_set("relative_pronouns") | {","}
    end = next((j for j in range(i + 1, end) if doc[j].lower_ in breaks), end)  # "D-induced injury by activating"
    target = _mitophagy_target(mentions, i + 1, end)
    return finding(target, _effect(direction), ther, "agent_participle", clause) if target else None


def verb_findings(doc: Doc, ther: Mention, clause: Clause, mentions: list[Mention], hits: list[Hit],
                  lexicon: RelationLexicon):
    """``D <verb> [X-mediated] mitophagy`` and ``D <verb> X, <verb> mitophagy``."""
    span, target_span = lexicon.number("agent_span"), lexicon.number("agent_target_span")
    agents = [h for h in hits if h.cue.label == "AGENT"]
    if ther.end + 1 < clause.end and doc[ther.end].text in lexicon.words("hyphens") and any(
        h.start == ther.end + 1 for h in agents
    ):
        return None  # "D-induced injury by activating X mitophagy": D qualifies a noun, it is no verb's subject
    obj: Mention | None = None
    partners = _co_subjects(doc, ther, mentions, lexicon)
    for h in agents:
        if not (ther.end <= h.start < min(clause.end, ther.end + span)):
            continue
        if any(m.kind == "THER" and ther.end <= m.start < h.start and not m.excluded and m not in partners
               for m in mentions):
            return None  # another therapy is the subject of this verb (not one coordinated with D: "D1 and D2 activated")
        if is_negated(doc, Clause(ther.end, h.start), h.start, lexicon):
            return None  # "D failed to induce mitophagy", "D did not trigger X-mediated mitophagy" (spec rule 8)
        hyphens = lexicon.words("hyphens")
        later = [g.start for g in agents if g.start >= h.end and not (g.start > 0 and doc[g.start - 1].text in hyphens)]
        limit = min([clause.end, h.end + target_span, *later])  # "D2-induced" inside the object is no new verb
        target = _mitophagy_target(mentions, h.end, limit)
        if target is not None:
            if target.is_mitophagy and obj is not None:
                return finding(obj, _effect(h.cue.value), ther, "agent_via_object", clause, h.cue.weak)
            return finding(target, _effect(h.cue.value), ther, "agent_verb", clause, h.cue.weak)
        plain = [m for m in mentions if m.kind == "REG" and not m.excluded and h.end <= m.start <= h.end + 1]
        if plain and obj is None:
            obj = plain[0]
    return None


def _co_subjects(doc: Doc, ther: Mention, mentions: list[Mention], lexicon: RelationLexicon) -> list[Mention]:
    """The therapies coordinated after ``ther`` (``sunitinib and pazopanib activated X``): subjects with it."""
    return coordinated(doc, mentions, ther, lexicon=lexicon)[1:]


def _machinery(lexicon: RelationLexicon) -> set[str]:
    """Lower-cased ids of the proteins whose change by a drug decides the mitophagy direction."""
    return {i.lower() for i in lexicon.words("mitophagy_machinery") + lexicon.words("upstream_machinery")}


def machinery_findings(doc: Doc, ther: Mention, clause: Clause, mentions: list[Mention], hits: list[Hit],
                       lexicon: RelationLexicon) -> list[Finding]:
    """``D increased the expression of PINK1 and Parkin``, ``D induces PINK1 accumulation``: with no mitophagy
    word, what the drug does to a protein of the mitophagy machinery (``cues.json``: ``mitophagy_machinery``)
    decides (spec conventions: raises, activates, recruits -> induces; lowers, blocks, degrades -> inhibits).
    The verb follows the therapy within ``agent_span`` tokens, no other therapy between; the proteins
    follow the verb, at most a few filler words (``the expression of``) between. ``upstream_machinery``
    (DRP1, HIF-1α, AMPK) counts here too; unlike the core it does not make a text mitophagy text
    (``precision.machinery_ids``), so with no mitophagy word in the text such a record is dropped."""
    machinery = _machinery(lexicon)
    fillers = lexicon.word_set("machinery_object_fillers")
    extras = lexicon.word_set("machinery_object_extras")
    max_fillers = lexicon.number("machinery_object_max_fillers")
    span = lexicon.number("agent_span")
    for h in hits:
        if h.cue.label != "AGENT" or not (ther.end <= h.start < min(clause.end, ther.end + span)):
            continue
        partners = _co_subjects(doc, ther, mentions, lexicon)
        if any(m.kind in ("THER", "REG") and ther.end <= m.start < h.start and not m.excluded and m not in partners
               for m in mentions):
            return []  # another argument is the subject of this verb
        if is_negated(doc, Clause(ther.end, h.start), h.start, lexicon):
            return []  # "D did not alter PINK1 levels"
        objects = [m for m in mentions if m.kind == "REG" and not m.excluded and h.end <= m.start < clause.end]
        if not objects:
            return []
        first = objects[0]
        gap = [t.lower_ for t in doc[h.end : first.start]]
        if (len(gap) > max_fillers or any(w not in fillers for w in gap)) and not _nominal_change_object(
                doc, h.end, first, mentions, lexicon):
            return []
        group = coordinated(doc, mentions, first, extra=extras, lexicon=lexicon)
        out = [finding(m, _effect(h.cue.value), ther, "agent_machinery", clause, h.cue.weak)  # or an ncRNA
               for m in group if m.ids and all(i.lower() in machinery or is_non_coding(i) for i in m.ids)]
        if out:  # "D increased BNIP3 and PINK1 levels and mitophagic flux": mitophagy, a separate claim, too
            out += [finding(m, _effect(h.cue.value), ther, "agent_verb", clause, h.cue.weak) for m in group if m.is_mitophagy]
            out += _conjoined_machinery(doc, ther, group[-1].end, clause, mentions, hits, lexicon)
        return out
    return []


def _nominal_change_object(doc: Doc, start: int, first: Mention, mentions: list[Mention],
                           lexicon: RelationLexicon) -> bool:
    """``D induced the accumulation of PINK1``; ``D induces mitochondrial damage and PINK1 accumulation``: the
    protein's nominal change (``cues.json`` ``machinery_change_nouns``) is the verb's object, alone or as the
    second conjunct after a short first one with no argument or comma (``machinery_first_conjunct_max``)."""
    fillers = lexicon.word_set("machinery_object_fillers")
    changes = lexicon.word_set("machinery_change_nouns")
    gap = [t.lower_ for t in doc[start : first.start]]
    after = doc[first.end].lower_ if first.end < len(doc) else ""
    if gap and all(w in fillers or w in changes for w in gap) and any(w in changes for w in gap):
        return len(gap) <= lexicon.number("machinery_object_max_fillers")  # "the accumulation of PINK1"
    if "and" not in gap:
        return False
    cut = len(gap) - 1 - gap[::-1].index("and")
    head, tail = gap[:cut], gap[cut + 1 :]
    if not head or len(head) > lexicon.number("machinery_first_conjunct_max") or any(w in (",", ";", "(") for w in head):
        return False
    if any(m.start < first.start and m.end > start for m in mentions if m is not first):
        return False  # another argument in the first conjunct
    if tail:  # "and the accumulation of PINK1"
        return all(w in fillers or w in changes for w in tail) and any(w in changes for w in tail)
    return after in changes  # "and PINK1 accumulation"


def _conjoined_machinery(doc: Doc, ther: Mention, after: int, clause: Clause, mentions: list[Mention],
                         hits: list[Hit], lexicon: RelationLexicon) -> list[Finding]:
    """``D stabilized PINK1 ... and triggered Parkin recruitment``: a second verb joined by ``and`` keeps D as its
    subject; its machinery objects (right after it, fillers as for the first) get that verb's direction. In a
    list of three (``D decreased X, prevented Y and reduced Z``) the comma before the middle verb joins it too."""
    machinery = _machinery(lexicon)
    fillers = lexicon.word_set("machinery_object_fillers")
    joins = lexicon.words("conjunct_joins")
    verbs = [h for h in hits if h.cue.label == "AGENT"]
    for h in hits:
        if h.cue.label != "AGENT" or not (after <= h.start < clause.end):
            continue
        before = doc[h.start - 1].lower_
        listed = before == "," and any(g.start > h.end and g.start < clause.end and doc[g.start - 1].lower_ in joins
                                       for g in verbs)
        if before not in joins and not listed:
            continue
        if any(m.kind in ("THER", "REG") and after <= m.start < h.start and not m.excluded for m in mentions):
            continue  # another argument before the verb may be its subject
        objects = [m for m in mentions if m.kind == "REG" and not m.excluded and h.end <= m.start < clause.end]
        if not objects or any(t.lower_ not in fillers for t in doc[h.end : objects[0].start]):
            continue
        group = coordinated(doc, mentions, objects[0], lexicon=lexicon)
        return [finding(m, _effect(h.cue.value), ther, "agent_machinery", clause, h.cue.weak)
                for m in group if m.ids and all(i.lower() in machinery for i in m.ids)]
    return []


@lru_cache(maxsize=1)
def _passive_words() -> dict:
    """``models/relations/passive_machinery.json``: words between a machinery regulator and its passive verb,
    the change participles only this rule reads (``upregulated``), the fold-change shape after the participle."""
    path = Path(__file__).resolve().parents[2] / "models" / "relations" / "passive_machinery.json"
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _passive_sets() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """The subject fillers, and the up and down change participles, built once (read on every clause)."""
    words = _passive_words()
    return (frozenset(words["subject_fillers"]), tuple(words["change_participles_up"]),
            tuple(words["change_participles_down"]))


@lru_cache(maxsize=1)
def _fold_token() -> re.Pattern[str]:
    return re.compile(_passive_words()["fold_token"])


def fold_end(doc: Doc, i: int, end: int) -> int:
    """The index after a fold token at ``i`` (``4-fold``, ``threefold``, ``3 fold``), else ``i``; shared with
    ``fold_changes`` (the nominal form)."""
    if i < end and _fold_token().fullmatch(doc[i].lower_):
        return i + 1
    if i + 1 < end and doc[i].like_num and doc[i + 1].lower_ == "fold":
        return i + 2
    return i


def _after_fold(doc: Doc, i: int, end: int) -> int:
    """The index after a fold change at ``i`` (``induced 5.6-fold by``, ``3 fold``, ``(twofold)``), else ``i``."""
    j = i + (1 if i < end and doc[i].text == "(" else 0)
    k = fold_end(doc, j, end)
    if k == j:
        return i
    if j > i:  # an opened bracket must close right after the fold
        return k + 1 if k < end and doc[k].text == ")" else i
    return k


def _second_agent(doc: Doc, by: int, clause: Clause, therapies: list[Mention], passive) -> Mention | None:
    """``X was up-regulated by hypoxia and by D``: a drug after a coordinated second ``by`` (within
    ``second_agent_span`` tokens of the first, ``passive_machinery.json``) is an agent too."""
    span = _passive_words()["second_agent_span"]
    for k in range(by + 2, min(clause.end - 1, by + 2 + span)):
        if doc[k].lower_ in ("and", "or") and phrase_at(doc, k + 1, passive):
            return next((t for t in therapies if k + 2 <= t.start <= k + 4), None)
    return None


def passive_findings(doc: Doc, clause: Clause, mentions: list[Mention], therapies: list[Mention], lexicon: RelationLexicon):
    """``mitophagy induced by D``, ``mitophagy was (markedly) blocked by D`` (auxiliary and adverbs skipped;
    a negation among them, ``was not induced by``, gives nothing)."""
    ups, downs = lexicon.words("agent_participles_up"), lexicon.words("agent_participles_down")
    passive = lexicon.words("passive_by")
    auxiliaries = lexicon.word_set("passive_auxiliaries")
    machinery = _machinery(lexicon)
    fillers, change_ups, change_downs = _passive_sets()
    for m in mentions:
        if not (m.kind == "REG" and inside(m, clause)):
            continue
        # "BNIP3 (expression) is induced by D": a machinery protein or an ncRNA changed by the drug (direction decides)
        changed = bool(m.ids) and all(i.lower() in machinery or is_non_coding(i) for i in m.ids)
        if not (m.is_mitophagy or m.via_mitophagy or changed):
            continue
        i = m.end + (1 if m.end < clause.end and doc[m.end].text == "," else 0)
        if not (m.is_mitophagy or m.via_mitophagy):
            while i < clause.end and doc[i].lower_ in fillers:
                i += 1  # "BNIP3 expression was induced by"
        if i < clause.end and doc[i].lower_ in auxiliaries:
            i += 1
            while i < clause.end and doc[i].lower_.endswith("ly") and doc[i].is_alpha:
                i += 1  # "was markedly induced by"
        up = phrase_at(doc, i, ups) or phrase_at(doc, i, change_ups)
        down = 0 if up else phrase_at(doc, i, downs) or phrase_at(doc, i, change_downs)
        if not (up or down):
            continue
        j = _after_fold(doc, i + (up or down), clause.end)  # "was induced 5.6-fold by D"
        if phrase_at(doc, j, passive):
            ther = next((t for t in therapies if j + 1 <= t.start <= j + 3), None) or _second_agent(doc, j, clause,
                                                                                                     therapies, passive)
            if ther is not None:
                yield finding(m, _effect(1 if up else -1), ther, "agent_passive", clause)


def instrument_findings(doc: Doc, clause: Clause, mentions: list[Mention], hits: list[Hit], lexicon: RelationLexicon):
    """``inhibiting mitophagy with D1 or D2``, ``mitophagy inhibition by D``: the drugs are the verb's agents."""
    target_span = lexicon.number("agent_target_span")
    for h in hits:
        if h.cue.label != "AGENT" or not (clause.start <= h.start < clause.end):
            continue
        target = _mitophagy_target(mentions, h.end, min(clause.end, h.end + target_span))
        after = target.end if target is not None else h.end
        if target is None:  # nominal: "mitophagy inhibition with D"
            target = next((m for m in mentions if m.kind == "REG" and m.end == h.start and m.is_mitophagy), None)
        if target is None or after >= clause.end or doc[after].lower_ not in lexicon.words("instrument_prepositions"):
            continue
        first = next((m for m in mentions if m.kind == "THER" and m.start == after + 1 and not m.excluded), None)
        if first is not None:
            for ther in coordinated(doc, mentions, first, lexicon=lexicon):
                yield finding(target, _effect(h.cue.value), ther, "agent_instrument", clause)


def regulator_instrument_findings(doc: Doc, clause: Clause, mentions: list[Mention], hits: list[Hit],
                                  lexicon: RelationLexicon):
    """``X inhibition with D``, ``inhibition of X with D``, ``targeting X using D``: the text says what D does to the
    regulator X (spec conventions: blocks -> inhibits, activates -> induces). X is a tagged regulator, the
    modifier sits right before it (``of`` between at most) or right after it, then an instrument preposition
    and D (an article between at most); mitophagy itself is read by ``instrument_findings``."""
    instruments = lexicon.word_set("instrument_prepositions")
    hyphens = lexicon.word_set("hyphens")
    modifiers = [h for h in hits if h.cue.label in ("REG_DOWN", "REG_UP") and clause.start <= h.start < clause.end]
    for m in mentions:
        if m.kind != "REG" or m.excluded or m.is_mitophagy or m.via_mitophagy or not inside(m, clause):
            continue
        end = m.end
        while end < clause.end and doc[end].text in hyphens:
            end += 1
        after = next((h for h in modifiers if h.start == end), None)
        before = next((h for h in modifiers if h.end == m.start or (h.end == m.start - 1 and doc[h.end].lower_ == "of")),
                      None)
        modifier = after or before
        if modifier is None:
            continue
        i = after.end if after is not None else m.end
        if i >= clause.end or doc[i].lower_ not in instruments:
            continue
        i += 1
        if i < clause.end and doc[i].lower_ in ("the", "a", "an"):
            i += 1
        ther = next((t for t in mentions if t.kind == "THER" and t.start == i and not t.excluded and not t.modality
                     and not t.class_target), None)
        span = lexicon.number("instrument_negated_predicate_span")
        if ther is not None and is_negated(doc, Clause(ther.end, min(clause.end, ther.end + span)), clause.end, lexicon):
            continue  # "X inhibition with D did not alter ...": the negated predicate takes the whole claim (spec rule 8)
        if ther is not None:
            yield finding(m, _effect(1 if modifier.cue.label == "REG_UP" else -1), ther, "agent_instrument", clause)


def _means_objects(doc: Doc, verb: Finding, clause: Clause, mentions: list[Mention], hits: list[Hit],
                   lexicon: RelationLexicon) -> list[Finding]:
    """``D reduced mitophagy by lowering X expression``, ``D induced mitophagy through activating X``: X, the object
    of a change gerund right after ``by``/``through`` (``means_prepositions``) after the mitophagy D acts on, gets
    the record too; mitophagy as stated decides its direction (spec: ``inhibits mTOR, enhances mitophagy``)."""
    means = lexicon.word_set("means_prepositions")
    fillers = lexicon.word_set("machinery_object_fillers")
    i = verb.regulator.end
    if i + 1 >= clause.end or doc[i].lower_ not in means:
        return []
    gerund = next((h for h in hits if h.start == i + 1 and h.cue.label in ("AGENT", "REG_UP", "REG_DOWN")
                   and doc[h.end - 1].lower_.endswith("ing")), None)
    if gerund is None:
        return []
    j = gerund.end
    while j < clause.end and doc[j].lower_ in fillers:
        j += 1
    first = next((m for m in mentions if m.kind == "REG" and m.start == j and not m.excluded and not m.is_mitophagy), None)
    if first is None:
        return []
    return [finding(m, verb.effect, verb.therapy, "agent_means", clause)
            for m in coordinated(doc, mentions, first, lexicon=lexicon) if not m.is_mitophagy]


def means_findings(doc: Doc, clause: Clause, mentions: list[Mention], hits: list[Hit], lexicon: RelationLexicon):
    """``D1 enhanced the sensitivity of cells to D2 by inhibiting X-mediated mitophagy``: the clause's subject drug
    (its first therapy, before every outcome word, not what an outcome is about) acts on mitophagy by the gerund
    after ``by``/``through`` (``cues.json``: ``means_prepositions``)."""
    means = lexicon.word_set("means_prepositions")
    target_span = lexicon.number("agent_target_span")
    outcomes = [h.start for h in hits if h.cue.label == "OUTCOME" and clause.start <= h.start < clause.end]
    therapies = [m for m in mentions if m.kind == "THER" and inside(m, clause) and not m.excluded and not m.context]
    if not therapies or not outcomes or therapies[0].end > min(outcomes):
        return
    subject = therapies[0]
    if _in_parentheses(doc, subject) or (_is_outcome_argument(doc, subject, hits, lexicon) and not any(
            h.cue.label == "OUTCOME" and h.start == subject.end and looks_verbal(doc[h.end - 1].lower_) for h in hits)):
        return  # "D resistance", "sensitivity to D": D is what the outcome is about; "D sensitized ...": its subject
    for h in hits:
        if h.cue.label != "AGENT" or not (subject.end < h.start < clause.end) or not doc[h.start].lower_.endswith("ing"):
            continue
        if doc[h.start - 1].lower_ not in means or h.start - 1 < min(outcomes):
            continue
        target = _mitophagy_target(mentions, h.end, min(clause.end, h.end + target_span))
        if target is not None and not any(t.kind == "THER" and h.end <= t.start < target.start for t in mentions):
            yield finding(target, _effect(h.cue.value), subject, "agent_means", clause, h.cue.weak)


def class_findings(doc: Doc, ther: Mention, clause: Clause, mentions: list[Mention], lexicon: RelationLexicon):
    """``D, a mitophagy inhibitor,`` and ``the mitophagy inducer D``: the class names what D does."""
    suffixes, down = lexicon.words("class_suffixes"), lexicon.words("class_suffixes_down")
    for m in mentions:
        if not (m.is_mitophagy and inside(m, clause)) or m.end >= len(doc) or doc[m.end].lower_ not in suffixes:
            continue
        apposition = 0 < m.start - ther.end <= 4 and doc[ther.end].text == ","
        before = m.end + 1 == ther.start
        if apposition or before:
            direction = -1 if doc[m.end].lower_ in down else 1
            return finding(m, _effect(direction), ther, "agent_class", clause)
    for reg, direction, end in _class_phrases(doc, mentions, lexicon):
        # "D, a novel ULK1 inhibitor,", "the PINK1 activator D", "D, an inhibitor of mitophagy,"
        if reg.is_mitophagy and reg.label != "CLASS":
            continue  # "mitophagy inhibitor" read above
        if not (clause.start <= reg.start and end <= clause.end):
            continue
        apposition = ther.end < len(doc) and doc[ther.end].text == "," and 0 < reg.start - ther.end <= 5
        if apposition or end == ther.start:
            return finding(reg, _effect(direction), ther, "agent_class", clause)
    return None


def described_target(doc: Doc, ther: Mention, lexicon: RelationLexicon) -> tuple[Mention, int] | None:
    """(the target, the class's direction: -1 inhibitor) of a class word describing the drug: ``the X inhibitor D``
    (right before it) or ``D, a (selective) X inhibitor,`` (its apposition); X is a gene the NER tagged."""
    suffixes, down = lexicon.words("class_suffixes"), lexicon.words("class_suffixes_down")
    hyphens = lexicon.words("hyphens")
    places = [ther.start - 1]
    if ther.end < len(doc) and doc[ther.end].text == ",":
        places += range(ther.end + 2, min(len(doc), ther.end + 6))
    for j in places:
        if j < 1 or doc[j].lower_ not in suffixes:
            continue
        k = j - 1
        while k > 0 and doc[k].text in hyphens:
            k -= 1
        ent = next((e for e in doc.ents if e.end == k + 1 and e.label_ in REGULATOR_LABELS), None)
        if ent is not None:
            reg = Mention("REG", ent.start, ent.end, ent.text, (ent_id(ent),), ent.label_)
            return reg, -1 if doc[j].lower_ in down else 1
    return None


def _class_phrases(doc: Doc, mentions: list[Mention], lexicon: RelationLexicon):
    """(regulator mention, direction, end) of each class phrase whose target is mitophagy or a protein of the
    mitophagy machinery: ``mitophagy inhibitors``, ``inhibitors of mitophagy``, ``PINK1 activators``."""
    suffixes, down = lexicon.words("class_suffixes"), lexicon.words("class_suffixes_down")
    machinery = _machinery(lexicon)
    for m in mentions:
        if m.kind == "REG" and m.is_mitophagy and m.end < len(doc) and doc[m.end].lower_ in suffixes:
            yield replace(m, excluded=False), -1 if doc[m.end].lower_ in down else 1, m.end + 1
        elif m.kind == "THER" and m.class_target and (
            m.class_target == (MITOPHAGY_ID,) or all(i.lower() in machinery for i in m.class_target)
        ):
            text = m.text.partition(" of ")[2] or m.text.rsplit(" ", 1)[0]
            reg = replace(m, kind="REG", ids=m.class_target, label="CLASS", text=text, excluded=False,
                          class_target=(), class_sign=0)
            yield reg, m.class_sign or -1, m.end


def example_findings(doc: Doc, clause: Clause, mentions: list[Mention], lexicon: RelationLexicon) -> list[Finding]:
    """``inhibitors of mitophagy, such as D1 and D2,``, ``PINK1 activators such as D``: the named drugs act on
    the class's target (spec conventions: a class followed by named examples gives records for the drugs)."""
    links = lexicon.words("example_links")
    found = []
    for reg, direction, end in _class_phrases(doc, mentions, lexicon):
        if not (clause.start <= reg.start and end <= clause.end):
            continue
        i = end
        while i < clause.end and doc[i].text in (",", "("):
            i += 1
        n = phrase_at(doc, i, links)
        if not n:
            continue
        i += n
        while i < clause.end and doc[i].text in (",", ":"):
            i += 1
        first = next((m for m in mentions if m.kind == "THER" and m.start == i and not m.excluded), None)
        if first is None:
            continue
        for ther in coordinated(doc, mentions, first, lexicon=lexicon):
            if not ther.modality and not ther.class_target:
                found.append(finding(reg, _effect(direction), ther, "agent_class_example", clause))
    return found


def _conjoined_mitophagy(doc: Doc, verb: Finding, clause: Clause, mentions: list[Mention], hits: list[Hit],
                         lexicon: RelationLexicon) -> list[Finding]:
    """``D activated X and induced mitophagy``: a second verb joined by ``and`` makes a claim about mitophagy
    itself beside X's (synthetic judgment call 1); ``D inhibits X, enhances mitophagy`` (no ``and``) stays X's."""
    joins = lexicon.words("conjunct_joins")
    for h in hits:
        if h.cue.label != "AGENT" or not (verb.regulator.end <= h.start < clause.end):
            continue
        between = [t.lower_ for t in doc[verb.regulator.end : h.start]]
        if not between or between[-1] not in joins:
            continue
        target = _mitophagy_target(mentions, h.end, min(clause.end, h.end + lexicon.number("agent_target_span")))
        if target is not None and target.is_mitophagy:
            return [finding(target, _effect(h.cue.value), verb.therapy, "agent_verb", clause, h.cue.weak)]
    return []


def _through_mediators(doc: Doc, verb: Finding, clause: Clause, mentions: list[Mention],
                       lexicon: RelationLexicon) -> list[Finding]:
    """``D triggered (X-dependent) mitophagy through Y``, ``... via the Y/Z pathway``: the regulators right after a
    mechanism preposition (``cues.json``: ``mechanism_prepositions``; ``the`` between) mediate D's mitophagy
    and share its direction (judgment call 37 of the synthetic sets: as ``Y-mediated mitophagy``)."""
    i = verb.regulator.end
    if i >= clause.end or doc[i].lower_ not in lexicon.words("mechanism_prepositions"):
        return []
    i += 1
    if i < clause.end and doc[i].lower_ == "the":
        i += 1
    first = next((m for m in mentions if m.kind == "REG" and m.start == i and not m.excluded), None)
    if first is None or first.is_mitophagy:
        return []
    return [finding(m, verb.effect, verb.therapy, "agent_verb", clause)
            for m in coordinated(doc, mentions, first, lexicon=lexicon) if m.ids and not m.is_mitophagy]


def agent_findings(
    doc: Doc, clause: Clause, mentions: list[Mention], hits: list[Hit], lexicon: RelationLexicon
) -> list[Finding]:
    """What the therapies of this clause do to mitophagy."""
    found: list[Finding] = []
    therapies = [m for m in mentions if m.kind == "THER" and inside(m, clause) and not m.excluded]
    for ther in therapies:
        if ther.context or _in_parentheses(doc, ther):
            continue  # "In chemotherapy, ..." or "(e.g., D)": a setting or an example, not an agent
        hit = participle_findings(doc, ther, clause, mentions, lexicon) or class_findings(
            doc, ther, clause, mentions, lexicon
        )
        if (hit is None or hit.rule == "agent_class") and not _is_outcome_argument(doc, ther, hits, lexicon) \
                and not _is_outcome_word(ther, hits):
            # "D, a ULK1 inhibitor, suppressed mitophagy": the class and the verb each give a record
            verb = verb_findings(doc, ther, clause, mentions, hits, lexicon)
            if verb is not None and hit is not None and verb.regulator.ids != hit.regulator.ids:
                found.append(verb)
            described = (described_target(doc, ther, lexicon)
                         if verb is not None and hit is None and verb.regulator.is_mitophagy else None)
            if described is not None and described[0].ids != verb.regulator.ids:
                # "the CK2 inhibitor D suppressed mitophagy", "D, a HIF-1a inhibitor, blocked mitophagy": D acts on
                # mitophagy through its target; mitophagy as stated decides (spec: "inhibits mTOR, enhances mitophagy");
                # with a mediator named ("D blocks X-mediated mitophagy") the class only describes D
                found.append(finding(described[0], verb.effect, ther, "agent_class_verb", clause))
            if verb is not None and verb.regulator.is_mitophagy:
                found.extend(_means_objects(doc, verb, clause, mentions, hits, lexicon))
            if verb is not None and verb.rule == "agent_via_object":
                found.extend(_conjoined_mitophagy(doc, verb, clause, mentions, hits, lexicon))
                # "D increased PINK1 and Parkin protein and induced mitophagy": each object coordinated with X
                found.extend(replace(verb, regulator=m) for m in coordinated(doc, mentions, verb.regulator,
                                                                              lexicon=lexicon)[1:])
                # "D decreased X stabilization, prevented Y recruitment and reduced mitophagy": Y, a middle verb's object
                found.extend(f for f in _conjoined_machinery(doc, ther, verb.regulator.end, clause, mentions, hits, lexicon)
                             if f.regulator.ids != verb.regulator.ids)
            if verb is not None and verb.rule == "agent_verb":
                found.extend(_through_mediators(doc, verb, clause, mentions, lexicon))
            hit = hit or verb
        if hit is not None:
            found.append(hit)
            if hit.rule == "agent_verb" and hit.regulator.is_mitophagy:  # "D increased X transcription and mitophagic flux"
                found.extend(f for f in machinery_findings(doc, ther, clause, mentions, hits, lexicon)
                             if not f.regulator.is_mitophagy)
            elif hit.rule == "agent_verb" and hit.regulator.via_mitophagy:  # "D increased X and induced Y-mediated mitophagy"
                found.extend(f for f in machinery_findings(doc, ther, clause, mentions, hits, lexicon)
                             if f.regulator.end < hit.regulator.start and any(
                                 t.lower_ in ("and", ",") for t in doc[f.regulator.end : hit.regulator.start]))
        elif not _is_outcome_argument(doc, ther, hits, lexicon) and not _is_outcome_word(ther, hits):
            found.extend(machinery_findings(doc, ther, clause, mentions, hits, lexicon))
    found.extend(passive_findings(doc, clause, mentions, therapies, lexicon))
    agents = [t for t in therapies if not _is_outcome_argument(doc, t, hits, lexicon) and not _is_outcome_word(t, hits)]
    found.extend(fold_findings(doc, clause, mentions, agents, _machinery(lexicon), lexicon))  # not "D-resistant cells"
    found.extend(instrument_findings(doc, clause, mentions, hits, lexicon))
    found.extend(regulator_instrument_findings(doc, clause, mentions, hits, lexicon))
    if not any(f.therapy.start == t.start for f in found for t in therapies[:1]):
        found.extend(means_findings(doc, clause, mentions, hits, lexicon))
    found.extend(example_findings(doc, clause, mentions, lexicon))
    return found
