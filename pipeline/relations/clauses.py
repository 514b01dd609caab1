"""A sentence Doc -> clauses (token spans), so arguments are assigned within a clause.

Splits at ``;`` and at contrastive or coordinating cues from ``cues.json``
(``, whereas``, ``, while``, ``but`` ..., and ``and that``: ``we found that A and that B``
states two findings). ``, and`` splits only when both sides
carry a trigger (a new finding), so lists of names stay together. Hand-written
because the pipeline has no parser; the cues are data.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from pipeline.relations.triggers import Hit, RelationLexicon


@dataclass(frozen=True)
class Clause:
    start: int  # token span [start, end) in the sentence Doc
    end: int

    def __contains__(self, index: int) -> bool:
        return self.start <= index < self.end


def _cue_sequences(lexicon: RelationLexicon) -> list[list[str]]:
    return [cue.split() if not cue.startswith(",") else [","] + cue[1:].split() for cue in lexicon.words("clause_split_before")]


_BY_FIRST: dict[int, dict[str, list[list[str]]]] = {}


def _sequences_by_first(lexicon: RelationLexicon) -> dict[str, list[list[str]]]:
    """The split cues indexed by their first word (built once per lexicon): a dict look-up per token."""
    index = _BY_FIRST.get(id(lexicon))
    if index is None:
        index = {}
        for seq in _cue_sequences(lexicon):
            index.setdefault(seq[0], []).append(seq)
        _BY_FIRST[id(lexicon)] = index
    return index


def split_points(doc: Doc, lexicon: RelationLexicon, hits: list[Hit]) -> list[int]:
    """Token indices where a new clause starts."""
    by_first = _sequences_by_first(lexicon)
    min_tokens = lexicon.number("split_and_min_tokens")
    trigger_at = sorted({h.start for h in hits if h.cue.label in ("OUTCOME", "AGENT")})
    points: set[int] = set()
    words = [t.lower_ for t in doc]
    for i in range(1, len(doc)):
        for seq in by_first.get(words[i], ()):
            if words[i : i + len(seq)] != seq:
                continue
            nxt = words[i + len(seq)] if i + len(seq) < len(words) else ""
            if seq[-1] == "but" and nxt == "also":
                continue
            if seq[-1] == "that" and nxt in lexicon.words("that_pronoun_next"):
                continue  # "the viability of A cells and that of B cells": a pronoun, not a second complement
            if seq[-1] == "but" and _parenthetical_negation(words, i + len(seq), lexicon):
                continue  # "Silencing of X, but not of Y, reduced ...": one clause; Y is excluded (arguments.py)
            if seq[0] == "," and nxt == "," and not _trigger_since(trigger_at, points, i):
                continue  # "Sunitinib, in contrast, upregulated X": an adverb set off after the subject, no clause break
            if seq == [",", "and"]:
                rest = [j for j in trigger_at if j > i]
                before = [j for j in trigger_at if j < i]
                if len(doc) - i < min_tokens or not rest or not (before or _repeated_name(doc, i, i + len(seq))):
                    continue
            if seq == [";"]:
                points.add(i + 1)
            else:
                points.add(i)
    return sorted(p for p in points if 0 < p < len(doc))


def _repeated_name(doc: Doc, i: int, j: int) -> bool:
    """``miR-N targeted X, and X overexpression rescued ...``: the word after ``, and`` (at ``j``) is a named
    entity the part before ``i`` already names, so it opens a clause of its own with that name as subject,
    though the first part states its link with no trigger word."""
    if j >= len(doc) or not doc[j].ent_type_:
        return False
    return any(doc[k].text == doc[j].text for k in range(i))


def _trigger_since(trigger_at: list[int], points: set[int], i: int) -> bool:
    """Whether an outcome or agent word sits between the last clause start before ``i`` and ``i``."""
    last = max((p for p in points if p < i), default=0)
    return any(last <= j < i for j in trigger_at)


def _parenthetical_negation(words: list[str], i: int, lexicon: RelationLexicon) -> bool:
    """``, but not (of) Y,``: ``not`` at ``i`` and a closing comma within ``contrast_aside_max_tokens``."""
    if i >= len(words) or words[i] != "not":
        return False
    return "," in words[i + 1 : i + 1 + lexicon.number("contrast_aside_max_tokens")]


def doc_to_clauses(doc: Doc, lexicon: RelationLexicon, hits: list[Hit]) -> list[Clause]:
    """The clauses of a sentence, covering it without gaps."""
    bounds = [0, *split_points(doc, lexicon, hits), len(doc)]
    return [Clause(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]
