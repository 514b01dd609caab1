"""``The effect of X knockdown on D sensitivity was striking: sensitivity was enhanced``: direction from the words
that follow.

A sentence whose subject is ``the effect / impact / influence of X <change> on D <outcome>`` (the phrase opens the
sentence, after at most a short connective such as ``However,``) states no direction by itself: the outcome rules
would read ``X loss ... resistance`` as loss causing resistance. The direction is the first direction word after
the outcome word (``enhanced``, ``reduced``, ``more``, ``less`` ...), applied to the outcome word next to it when
there is one (``cells became more sensitive``), else to the phrase's own outcome; effect = change of X x outcome x
direction. With no direction word (``was modest but significant``) X gets no outcome record for D. A verb before
the phrase (``Y reversed the effect of X on ...``) is another shape (``polarity.outcome_polarity``); negations
(``had no effect``) and aims (``we studied the effect of ...``) are handled by the other rules. Word lists:
``outcome_shapes.json`` ``effect_on``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.relations.arguments import Mention
from pipeline.relations.clauses import Clause
from pipeline.relations.findings import Finding, finding
from pipeline.relations.mitophagy_change import gain_after_name
from pipeline.relations.polarity import regulator_polarity
from pipeline.relations.shapes import shape
from pipeline.relations.triggers import Hit, RelationLexicon, phrase_at

_OUTCOMES = ("promotes_resistance", "promotes_sensitivity")


def _subject_phrase(doc: Doc, words: dict) -> tuple[int, int] | None:
    """(start, end) of ``effect of`` when ``the effect of`` opens the sentence (after a short connective)."""
    lead = int(words["max_lead_tokens"])
    for i in range(min(len(doc), lead + 2)):
        if doc[i].lower_ != "the":
            continue
        if i and doc[i - 1].text != ",":
            return None
        n = phrase_at(doc, i + 1, words["openers"])
        return (i + 1, i + 1 + n) if n else None
    return None


def _direction(doc: Doc, start: int, end: int, words: dict) -> tuple[int, int]:
    """(direction, token index) of the first direction word in [start, end), else (0, -1)."""
    for i in range(start, end):
        word = doc[i].lower_
        if word in words["up_words"]:
            return 1, i
        if word in words["down_words"]:
            return -1, i
    return 0, -1


def effect_on_findings(doc: Doc, found: list[Finding], mentions: list[Mention], hits: list[Hit],
                       lexicon: RelationLexicon) -> list[Finding]:
    """``found`` with the outcome records of an ``the effect of X on D <outcome>`` subject read from the words after."""
    if not any(f.effect in _OUTCOMES for f in found):
        return found
    words = shape("effect_on")
    phrase = _subject_phrase(doc, words)
    if phrase is None:
        return found
    on = next((i for i in range(phrase[1], min(len(doc), phrase[1] + int(words["max_name_tokens"]))) if doc[i].lower_ == "on"),
              None)
    if on is None:
        return found
    reg = next((m for m in mentions if m.kind == "REG" and not m.excluded and phrase[1] <= m.start and m.end <= on), None)
    outcome = next((h for h in hits if h.cue.label == "OUTCOME" and on < h.start <= on + int(words["max_outcome_gap"])),
                   None)
    if reg is None or outcome is None:
        return found
    mine = [f for f in found if f.effect in _OUTCOMES and f.regulator.start == reg.start]
    others = [f for f in found if f not in mine]
    sign = regulator_polarity(doc, reg, Clause(phrase[1], on), mentions, hits, lexicon, default=0)
    if sign == 0 and gain_after_name(doc, reg, hits, lexicon):
        sign = 1
    if any(m.ids == reg.ids and m.start > outcome.end for m in mentions):
        return found  # X named again later ("..., which showed that X knockdown sensitized"): that clause says it
    direction, at = _direction(doc, outcome.end, len(doc), words)
    if not mine:
        return found
    if sign == 0 or direction == 0:
        return others  # "the effect of X loss on D resistance was modest": no direction stated
    near = [h for h in hits if h.cue.label == "OUTCOME" and not h.cue.weak and outcome.end <= h.start
            and abs(h.start - at) <= 2]
    value = near[-1].cue.value if near else outcome.cue.value
    effect = "promotes_resistance" if sign * value * direction > 0 else "promotes_sensitivity"
    therapies = {f.therapy.therapy_id: f.therapy for f in mine}
    return others + [finding(reg, effect, t, "outcome_effect_on", Clause(0, len(doc))) for t in therapies.values()]
