"""Names the tokenizer kept in one token (``cisplatin/sorafenib``, ``A-B``) and drug classes (``X inhibitor``).

The NER labels whole tokens; a slash or hyphen between two names inside one
token hides both. Re-running the same NER on the token's parts recovers them
(one regulator with every member id, or one therapy per part). A drug class
``X inhibitor`` names its target X, which becomes the regulator when the
clause's therapy is something else (``X inhibitors raise sensitivity to D``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc

from pipeline.relations.arguments import REGULATOR_LABELS, THERAPY_LABELS, Mention, ent_id
from pipeline.relations.triggers import Lexicon

_SPLIT = re.compile(r"[/\-–]")
_NAME_LIKE = re.compile(r"[A-Z0-9]")


@lru_cache(maxsize=4096)
def _parts_to_ents(nlp, text: str) -> tuple[tuple[str, str, str], ...]:
    """(label, text, id) of the entities in ``text``, its parts separated by `` / ``."""
    doc = nlp(text)
    return tuple((e.label_, e.text, ent_id(e)) for e in doc.ents)


def compound_mentions(doc: Doc, mentions: list[Mention], nlp, lexicon: Lexicon) -> list[Mention]:
    """Add mentions for untagged tokens made of several names joined by ``/`` or ``-``."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    added: list[Mention] = []
    non_therapies = set(lexicon.words("non_therapies"))
    for token in doc:
        text = token.text
        if token.i in covered or len(text) < 4 or not _SPLIT.search(text):
            continue
        parts = [p for p in _SPLIT.split(text) if p]
        if len(parts) < 2 or not ("/" in text or all(_NAME_LIKE.search(p) for p in parts)):
            continue
        ents = _parts_to_ents(nlp, " / ".join(parts))
        regs = [i for label, _, i in ents if label in REGULATOR_LABELS]
        thers = [(t, i.lower()) for label, t, i in ents if label in THERAPY_LABELS and i.lower() not in non_therapies]
        span = (token.i, token.i + 1)
        if regs and not thers:
            added.append(Mention("REG", *span, text, tuple(dict.fromkeys(regs)), "GENE_OR_PROTEIN"))
        elif thers and not regs:
            added.extend(Mention("THER", *span, t, (i,), "CHEMICAL") for t, i in dict.fromkeys(thers))
    return sorted(mentions + added, key=lambda m: (m.start, m.end))


def class_targets(mentions: list[Mention], nlp, lexicon: Lexicon) -> list[Mention]:
    """Give each drug-class therapy (``X inhibitors``) its target ids and sign (-1 inhibitor, +1 activator)."""
    suffixes = lexicon.words("class_suffixes")
    down = lexicon.words("class_suffixes_down")
    out = []
    for m in mentions:
        words = m.text.split()
        if m.kind == "THER" and m.label != "CHEMICAL" and len(words) >= 2 and words[-1].lower() in suffixes:
            ids = tuple(i for label, _, i in _parts_to_ents(nlp, " ".join(words[:-1])) if label in REGULATOR_LABELS)
            if ids:
                m = replace(m, class_target=ids, class_sign=-1 if words[-1].lower() in down else 1)
        out.append(m)
    return out
