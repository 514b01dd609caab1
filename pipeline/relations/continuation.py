"""Findings over two sentences with no anaphor: the second states the outcome of the first's manipulation.

``We silenced X in A549 cells. Consequently, these cells became more sensitive to D.``
-> (X, promotes_resistance, D). Conservative on purpose (the pipeline runs no parser):
the second sentence opens with a continuation marker (``Consequently``, ``As a result``,
or an event pronoun right before its outcome: ``Moreover, this sensitized ...``), names no
regulator of its own, and the first sentence's subject (its first regulator, near its start,
no drug before it) carries a change word (``silenced``, ``overexpression of``, ``X was
overexpressed``) whose direction the new mention keeps. Words and windows are data
(``cues.json``: ``continuation_*``).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from pipeline.relations.anaphora import antecedent
from pipeline.relations.clauses import Clause
from pipeline.relations.mention import Mention
from pipeline.relations.polarity import regulator_polarity
from pipeline.relations.triggers import Hit, RelationLexicon, phrase_at


def continuation_opener(doc: Doc, mentions: list[Mention], hits: list[Hit], lexicon: RelationLexicon) -> tuple[int, int] | None:
    """(start, end) of a continuation marker opening a sentence that names no regulator, else None."""
    if any(m.kind == "REG" and not m.excluded for m in mentions):
        return None
    i = 0
    n = phrase_at(doc, i, lexicon.words("continuation_adverbs"))
    if n:  # "Moreover, this ..."
        i += n + (1 if i + n < len(doc) and doc[i + n].text == "," else 0)
    n = phrase_at(doc, i, lexicon.words("continuation_markers"))
    if n and i == 0:
        return 0, n
    n = phrase_at(doc, i, lexicon.words("continuation_pronouns"))
    if not n:
        return None
    end = i + n
    gap = lexicon.number("continuation_pronoun_gap")  # "This markedly sensitized ...": the outcome word follows
    if any(h.cue.label == "OUTCOME" and end <= h.start <= end + gap for h in hits):
        return i, end
    return None


def _change_sign(doc: Doc, reg: Mention, mentions: list[Mention], hits: list[Hit], lexicon: RelationLexicon) -> int:
    """The direction of the change the sentence states for its subject (-1 down, +1 up), 0 when none."""
    clause = Clause(0, len(doc))
    sign = regulator_polarity(doc, reg, clause, mentions, hits, lexicon, default=0)
    if sign:
        return sign
    span = lexicon.number("continuation_change_span")  # "X was (markedly) overexpressed"
    after = [h for h in hits if h.cue.label in ("REG_UP", "REG_DOWN") and reg.end <= h.start <= reg.end + span]
    if after:
        return 1 if after[0].cue.label == "REG_UP" else -1
    before = [h for h in hits if h.cue.label in ("REG_UP", "REG_DOWN") and h.end <= reg.start]  # "We silenced X"
    if before and reg.start - before[-1].end <= 1:
        return 1 if before[-1].cue.label == "REG_UP" else -1
    return 0


def with_continued_subject(doc: Doc, mentions: list[Mention], hits: list[Hit], previous: Doc,
                           previous_mentions: list[Mention], previous_hits: list[Hit],
                           lexicon: RelationLexicon) -> list[Mention]:
    """``mentions`` plus a regulator mention over the continuation marker standing for the previous subject."""
    span = continuation_opener(doc, mentions, hits, lexicon)
    if span is None:
        return mentions
    source = antecedent(previous_mentions, lexicon, protein=False)
    if source is None or source.is_mitophagy and not source.ids:
        return mentions
    sign = _change_sign(previous, source, previous_mentions, previous_hits, lexicon)
    if not sign:
        return mentions  # the first sentence states no manipulation or change of its subject
    start, end = span
    subject = replace(source, start=start, end=end, core_start=start, core_end=end, via_mitophagy=False,
                      excluded=False, class_sign=sign, class_target=())
    return sorted([*mentions, subject], key=lambda m: (m.start, m.end))


def may_continue(doc: Doc, mentions: list[Mention], lexicon: RelationLexicon) -> bool:
    """Cheap first test (no trigger matching): no regulator, and a continuation word opens the sentence."""
    if not len(doc) or any(m.kind == "REG" and not m.excluded for m in mentions):
        return False
    words = lexicon.words("continuation_markers") + lexicon.words("continuation_adverbs") + lexicon.words("continuation_pronouns")
    return bool(phrase_at(doc, 0, words))
