"""Anaphors that stand for a regulator: ``Its knockdown ...``, ``This protein ...``, ``The kinase ...``.

A sentence that opens with an anaphor and names no regulator of its own before
it continues the previous sentence's subject (``PINK1 is raised in resistant
cells. Its knockdown sensitized them to D.`` -> PINK1). Inside one sentence,
``X ... and its depletion restores D-induced apoptosis`` gives the possessive's
modifier to X (``possessive_sign``). The words are data (``cues.json``:
``anaphor_*``); by token position, since the pipeline runs no parser.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from pipeline.relations.mention import Mention
from pipeline.relations.triggers import Hit, RelationLexicon, phrase_at


def opening_anaphor(doc: Doc, mentions: list[Mention], lexicon: RelationLexicon) -> tuple[int, int, bool] | None:
    """(start, end, names_a_protein) of an anaphor among the sentence's first words, else None.

    ``names_a_protein``: a determiner + head noun (``this protein``), which never stands for mitophagy.
    """
    possessives = lexicon.words("anaphor_possessives")
    pronouns = lexicon.words("anaphor_pronouns")
    determiners = lexicon.words("anaphor_determiners")
    heads = lexicon.words("anaphor_heads")
    regs = [m for m in mentions if m.kind == "REG" and not m.excluded]
    for i in range(min(len(doc), lexicon.number("anaphor_opening_max"))):
        if any(m.start <= i for m in regs):
            return None  # the sentence names its own regulator first
        word = doc[i].lower_
        if word in possessives:
            return i, i + 1, False
        if word in pronouns:
            # "It is known that X ...", "It seems that": a pleonastic "it" (``anaphor_pleonastic_next``); only a
            # sentence with no regulator at all continues the last subject
            nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
            pleonastic = nxt in lexicon.words("anaphor_pleonastic_next")
            return (i, i + 1, False) if not regs and not pleonastic else None
        if word in determiners:
            n = phrase_at(doc, i + 1, heads) or (
                _axis_head_at(doc, i + 1, lexicon) if word in lexicon.words("anaphor_axis_determiners") else 0)
            if n:
                end = i + 1 + n
                if any(m.start == end for m in regs):
                    return None  # "the kinase ULK1": the name follows
                return i, end, True
    return None


def _axis_head_at(doc: Doc, i: int, lexicon: RelationLexicon) -> int:
    """Length of an axis head (``pathway``, ``axis``: ``cues.json`` ``anaphor_axis_heads``) at ``i``, else 0."""
    return phrase_at(doc, i, lexicon.words("anaphor_axis_heads"))


def axis_antecedent(mentions: list[Mention], lexicon: RelationLexicon) -> Mention | None:
    """``TBK1 phosphorylated OPTN. This pathway protected cells from D``: the previous sentence's subject with
    the other regulators it names (at most ``anaphor_axis_max_regulators`` in all, none of them mitophagy);
    more, or a drug as subject, is ambiguous: None."""
    source = antecedent(mentions, lexicon, protein=True)
    if source is None:
        return None
    regs = [m for m in mentions if m.kind == "REG" and not m.excluded]
    if len(regs) > lexicon.number("anaphor_axis_max_regulators") or any(m.is_mitophagy for m in regs):
        return None
    ids = tuple(dict.fromkeys(i for m in regs for i in m.ids))
    return replace(source, ids=ids)


def antecedent(mentions: list[Mention], lexicon: RelationLexicon, protein: bool) -> Mention | None:
    """The previous sentence's subject: its first regulator, near its start, with no therapy before it."""
    limit = lexicon.number("antecedent_max_start")
    for m in sorted(mentions, key=lambda m: m.start):
        if m.kind == "THER" and not m.context:
            return None  # "Cisplatin induced X ...": the drug is the subject
        if m.kind == "REG" and not m.excluded:
            if m.start > limit or (protein and m.is_mitophagy):
                return None
            return m
    return None


def with_anaphor(doc: Doc, mentions: list[Mention], previous: list[Mention] | None,
                 lexicon: RelationLexicon) -> list[Mention]:
    """``mentions`` plus a regulator mention over an opening anaphor that stands for ``previous``'s subject."""
    if not previous:
        return mentions
    span = opening_anaphor(doc, mentions, lexicon)
    if span is None:
        return mentions
    start, end, protein = span
    axis = end - start > 1 and _axis_head_at(doc, start + 1, lexicon) == end - start - 1 and not phrase_at(
        doc, start + 1, lexicon.words("anaphor_heads"))  # "this pathway", "this axis": the last sentence's axis
    source = axis_antecedent(previous, lexicon) if axis else antecedent(previous, lexicon, protein)
    if source is None:
        return mentions
    anaphor = replace(source, start=start, end=end, core_start=start, core_end=end, via_mitophagy=False,
                      excluded=False)
    return sorted([*mentions, anaphor], key=lambda m: (m.start, m.end))


def possessive_sign(doc: Doc, reg: Mention, hit: Hit, hits: list[Hit], lexicon: RelationLexicon) -> tuple[int, int]:
    """``X accumulates in D-refractory tumours and its depletion restores D-induced apoptosis``: a possessive
    between the regulator and the outcome word, right before a modifier (``its depletion``), is the outcome's
    subject: (that modifier's direction, -1 down or +1 up, and its token), else (0, -1)."""
    possessives = lexicon.words("anaphor_possessives")
    for i in range(reg.end, hit.start):
        if doc[i].lower_ not in possessives:
            continue
        for h in hits:
            if h.start == i + 1 and h.end <= hit.start and h.cue.label in ("REG_DOWN", "REG_UP"):
                return (-1 if h.cue.label == "REG_DOWN" else 1), h.start
    return 0, -1
