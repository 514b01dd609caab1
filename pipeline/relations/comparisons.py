"""``Combining X knockdown with D reduced tumour growth``: a manipulation of X given with D shrinks tumours.

A sentence with a tumour-reduction phrase (a reduction verb and a tumour noun a few tokens on: ``reduced
tumour weight``, ``suppressed growth of ... xenografts``; or ``smaller tumours``, ``tumour regression``) and a
combination (``combining A with B``, ``A combined with / in combination with / plus / together with B``) says
that the manipulation helps D: X lost -> ``(X, promotes_resistance, D)``, X gained (``mimic``, ``overexpression``)
-> ``(X, promotes_sensitivity, D)``. X must carry its change word (``knockdown``, ``an shRNA against``) and sit on
one side of the combination, D on the other. A tool drug that blocks (or induces) a regulator or mitophagy in the
same sentence (``the mitophagy inhibitor D1 ..., reducing tumour volume when combined with D2``) gives that
regulator the record for D2. A drug's agent record on the manipulated X (``combining X knockdown with D``: D does
nothing to X) is dropped, and so is an opposite outcome record for the same pair. Negated sentences (``did not
reduce tumour growth``) give nothing. Word classes: ``outcome_shapes.json`` ``combination``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.relations.arguments import Mention
from pipeline.relations.clauses import Clause
from pipeline.relations.findings import Finding, finding, merge_outcomes
from pipeline.relations.mitophagy_change import gain_after_name
from pipeline.relations.polarity import is_negated, regulator_polarity
from pipeline.relations.shapes import shape
from pipeline.relations.triggers import Hit, RelationLexicon, phrase_at

_AGENTS = ("induces_mitophagy", "inhibits_mitophagy")


def _reduction(doc: Doc, words: dict) -> int:
    """Token index of the first tumour-reduction phrase, else -1."""
    nouns = set(words["tumour_nouns"])
    window = int(words["reduction_window"])
    for i in range(len(doc)):
        if phrase_at(doc, i, words["reduction_phrases"]):
            return i
        if phrase_at(doc, i, words["reduction_verbs"]) and any(
                doc[j].lower_ in nouns for j in range(i + 1, min(len(doc), i + 1 + window))):
            return i
    return -1


def _sides(doc: Doc, words: dict) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Pairs of token spans joined by a combination phrase."""
    side = int(words["side_tokens"])
    out = []
    for i in range(len(doc)):
        n = phrase_at(doc, i, words["openers"])
        if n:
            join = next((k for k in range(i + n, min(len(doc), i + n + side + 1)) if doc[k].lower_ in words["opener_joiners"]),
                        None)
            if join is not None:
                out.append(((i + n, join), (join + 1, min(len(doc), join + 1 + side))))
            continue
        n = phrase_at(doc, i, words["joiners"])
        if n:
            out.append(((max(0, i - side), i), (i + n, min(len(doc), i + n + side))))
    return out


def _in(m: Mention, span: tuple[int, int]) -> bool:
    return span[0] <= m.start and m.end <= span[1]


def _tool_of_other(ther: Mention, reg: Mention, tools: list[Finding]) -> bool:
    """``ther`` acts on mitophagy or on another regulator than ``reg`` (a tool drug, no therapy of ``reg``)."""
    return any(t.therapy.start == ther.start and t.regulator.ids != reg.ids for t in tools)


def _subject_of(doc: Doc, ther: Mention, side: tuple[int, int], words: dict) -> bool:
    """``ther`` stands before ``side`` in the same clause: no coordinating word between them."""
    return ther.end <= side[0] and not any(doc[i].lower_ in words["clause_breaks"] for i in range(ther.end, side[0]))


def combination_findings(doc: Doc, found: list[Finding], mentions: list[Mention], hits: list[Hit],
                         lexicon: RelationLexicon) -> list[Finding]:
    """``found`` with the records of a manipulation (or tool drug) combined with a therapy that shrinks tumours."""
    words = shape("combination")
    red = _reduction(doc, words)
    if red < 0:
        return found
    sides = _sides(doc, words)
    if not sides:
        return found
    whole = Clause(0, len(doc))
    if is_negated(doc, whole, red, lexicon):
        return found
    regs = [m for m in mentions if m.kind == "REG" and not m.excluded]
    # a modality named as a treatment (``combined with irradiation``) counts; one read off an outcome word does not
    outcome_words = {i for h in hits if h.cue.label == "OUTCOME" for i in range(h.start, h.end)}
    thers = [m for m in mentions if m.kind == "THER" and not m.excluded
             and not (m.modality and any(i in outcome_words for i in range(m.start, m.end)))]
    tools = [f for f in found if f.effect in _AGENTS]
    extra: list[Finding] = []
    dropped: set[tuple] = set()
    for a, b in sides:
        for one, other in ((a, b), (b, a)):
            for reg in (r for r in regs if _in(r, one)):
                sign = regulator_polarity(doc, reg, whole, mentions, hits, lexicon, default=0)
                if sign == 0 and gain_after_name(doc, reg, hits, lexicon):
                    sign = 1  # "X overexpression", "miR-N mimics"
                if sign == 0:
                    continue
                effect = "promotes_resistance" if sign < 0 else "promotes_sensitivity"
                for ther in (t for t in thers if _in(t, other) and not _tool_of_other(t, reg, tools)):
                    extra.append(finding(reg, effect, ther, "outcome_combination", whole))
                    dropped.add((reg.ids, ther.therapy_id))
            for tool in tools:  # the tool drug may be the subject of the clause holding the combination phrase
                if _in(tool.therapy, other) or not (_in(tool.therapy, one) or _subject_of(doc, tool.therapy, one, words)):
                    continue
                effect = "promotes_resistance" if tool.effect == "inhibits_mitophagy" else "promotes_sensitivity"
                for ther in (t for t in thers if _in(t, other) and not any(t.start == x.therapy.start for x in tools)):
                    extra.append(finding(tool.regulator, effect, ther, "outcome_combination", whole))
    # "combining X knockdown with D": D is given with the manipulation, it acts on nothing (its agent findings go)
    return merge_outcomes(found, extra, drop=dropped)
