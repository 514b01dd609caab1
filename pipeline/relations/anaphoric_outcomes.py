"""``Silencing X abolished this response and enhanced D-induced apoptosis``: an outcome noun after a demonstrative
(``this response``, ``these protective effects``) points back to a finding of an earlier sentence. When its clause
states another outcome word after it, that later word is the clause's outcome, so the flip word acting on the
anaphor (``abolished``) does not turn the later outcome around. Alone in its clause the anaphoric outcome stays
(``X knockdown reversed this resistance to D``). Words: ``research_shapes.json`` ``anaphoric_outcomes``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.relations.research_shapes import research_shape
from pipeline.relations.triggers import Hit, token_lowers


def _anaphoric(lowers: list[str], hit: Hit, lo: int, demonstratives: tuple[str, ...], gap: int) -> bool:
    """A demonstrative stands right before the outcome word, or ``gap`` words before it."""
    for back in range(1, gap + 2):
        i = hit.start - back
        if i < lo:
            return False
        if lowers[i] in demonstratives:
            return True
    return False


def without_anaphoric_outcomes(doc: Doc, outcomes: list[Hit], clause_start: int) -> list[Hit]:
    """``outcomes`` (a clause's outcome hits, in order) without the anaphoric ones a later outcome follows."""
    if len(outcomes) < 2:
        return outcomes
    words = research_shape("anaphoric_outcomes")
    lowers = token_lowers(doc)
    gap = int(words["max_words_between"])
    return [h for h in outcomes
            if not (_anaphoric(lowers, h, clause_start, words["demonstratives"], gap)
                    and any(o.start >= h.end for o in outcomes))]


def flip_has_anaphoric_object(doc: Doc, flip: Hit, hits: list[Hit], upto: int) -> bool:
    """``abolished this response and ...``: the flip word's object is an anaphoric outcome (a demonstrative right
    after the flip, then an outcome word before ``upto``, the outcome being read); the flip acts on that
    earlier finding, not on a later outcome of its clause."""
    words = research_shape("anaphoric_outcomes")
    lowers = token_lowers(doc)
    if flip.end >= len(lowers) or lowers[flip.end] not in words["demonstratives"]:
        return False
    gap = int(words["max_words_between"])
    return any(h.cue.label == "OUTCOME" and flip.end < h.start <= flip.end + 1 + gap and h.end <= upto for h in hits)
