"""Names the tokenizer kept in one token (``cisplatin/sorafenib``, ``A-B``) and drug classes (``X inhibitor``).

The NER labels whole tokens; a slash or hyphen between two names inside one
token hides both. The NER pass reads such tokens' parts itself
(``pipeline.ner.parts``: ``doc._.token_parts``); here they become one
regulator with every member id, or one therapy per part. A drug class
``X inhibitor`` names its target X (``doc._.class_heads``), which becomes the
regulator when the clause's therapy is something else (``X inhibitors raise
sensitivity to D``). No NER runs here.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from pipeline.ner.parts import CLASS_HEADS, TOKEN_PARTS
from pipeline.relations.mention import REGULATOR_LABELS, THERAPY_LABELS, Mention
from pipeline.relations.triggers import RelationLexicon


def _extension(doc: Doc, name: str) -> dict:
    return (doc._.get(name) if Doc.has_extension(name) else None) or {}


def compound_mentions(doc: Doc, mentions: list[Mention], lexicon: RelationLexicon) -> list[Mention]:
    """Add mentions for untagged tokens made of several names joined by ``/`` or ``-``."""
    parts = _extension(doc, TOKEN_PARTS)
    if not parts:
        return mentions
    covered = {i for m in mentions for i in range(m.start, m.end)}
    added: list[Mention] = []
    non_therapies = lexicon.word_set("non_therapies")
    for index, ents in sorted(parts.items()):
        if index in covered:
            continue
        text = doc[index].text
        regs = [i for label, _, i in ents if label in REGULATOR_LABELS]
        thers = [(t, i.lower()) for label, t, i in ents if label in THERAPY_LABELS and i.lower() not in non_therapies]
        span = (index, index + 1)
        if regs and not thers:
            added.append(Mention("REG", *span, text, tuple(dict.fromkeys(regs)), "GENE_OR_PROTEIN"))
        elif thers and not regs:
            added.extend(Mention("THER", *span, t, (i,), "CHEMICAL") for t, i in dict.fromkeys(thers))
    return sorted(mentions + added, key=lambda m: (m.start, m.end))


def class_targets(doc: Doc, mentions: list[Mention], lexicon: RelationLexicon) -> list[Mention]:
    """Give each drug-class therapy (``X inhibitors``) its target ids and sign (-1 inhibitor, +1 activator)."""
    heads = _extension(doc, CLASS_HEADS)
    if not heads:
        return mentions
    suffixes = lexicon.words("class_suffixes")
    down = lexicon.words("class_suffixes_down")
    out = []
    for m in mentions:
        words = m.text.split()
        if m.kind == "THER" and m.label != "CHEMICAL" and len(words) >= 2 and words[-1].lower() in suffixes:
            ids = tuple(i for label, _, i in heads.get((m.start, m.end), ()) if label in REGULATOR_LABELS)
            if ids:
                m = replace(m, class_target=ids, class_sign=-1 if words[-1].lower() in down else 1)
        out.append(m)
    return out
