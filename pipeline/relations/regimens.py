"""Regimen short forms a document defines: ``gemcitabine plus cisplatin (GC)`` -> GC names both drugs.

The abbreviation detector of the NER pass gives (short form, long-form span); a long form made only of
drug entities and joiners (``plus``, ``and``, ``with``, ``+``, ``/``, commas; ``cues.json``:
``regimen_joiners``) makes the short form a regimen, and every later use of it one therapy mention per
drug over the short form's tokens (spec: one record per drug, the synthetic gold's judgment call 6).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc, Span

from pipeline.relations.mention import THERAPY_LABELS, Mention, ent_id, therapy_key
from pipeline.relations.triggers import RelationLexicon


def regimen_short_forms(spans: list[tuple[str, Span]], lexicon: RelationLexicon) -> dict[str, tuple[tuple[str, str], ...]]:
    """Short form -> ((drug text, therapy id), ...) of each definition whose long form lists two or more drugs."""
    joiners = set(lexicon.words("regimen_joiners"))
    out: dict[str, tuple[tuple[str, str], ...]] = {}
    chemicals: dict[int, tuple[list[int], list[Span]]] = {}  # per Doc: its CHEMICAL entities, by start
    for short, long in spans:
        if short in out or not short.isupper() or len(long) < 3:
            continue
        if not any(t.lower_ in joiners for t in long):
            continue
        key = id(long.doc)
        if key not in chemicals:  # once per Doc: Span.ents walks every entity of the whole Doc
            ents = [e for e in long.doc.ents if e.label_ == "CHEMICAL"]
            chemicals[key] = ([e.start for e in ents], ents)
        starts, ents = chemicals[key]
        lo = bisect_left(starts, long.start)
        drugs = []
        for e in ents[lo:]:
            if e.start >= long.end:
                break
            if e.end <= long.end:
                drugs.append(e)
        if len(drugs) < 2:
            continue
        inside = {i for e in drugs for i in range(e.start, e.end)}
        if all(t.i in inside or t.lower_ in joiners for t in long):
            out[short] = tuple((e.text, therapy_key(ent_id(e).lower())) for e in drugs)
    return out


def mentions_pattern(regimens: dict[str, tuple[tuple[str, str], ...]]) -> re.Pattern | None:
    """A word-bounded pattern of the short forms: which sentences may use one (no Doc needed)."""
    if not regimens:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(s) for s in sorted(regimens, key=len, reverse=True)) + r")\b")


def with_regimens(doc: Doc, mentions: list[Mention], regimens: dict[str, tuple[tuple[str, str], ...]]) -> list[Mention]:
    """``mentions`` plus one therapy mention per drug on each use of a regimen short form not already tagged."""
    if not regimens:
        return mentions
    taken = {i for m in mentions for i in range(m.start, m.end)}
    added = []
    for token in doc:
        drugs = regimens.get(token.text)
        if not drugs or token.i in taken:
            continue
        if token.i and doc[token.i - 1].text == "(":
            continue  # the definition itself: its drugs are named right before
        for text, ident in drugs:
            added.append(Mention("THER", token.i, token.i + 1, token.text, (ident,), "REGIMEN"))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end))


__all__ = ["THERAPY_LABELS", "mentions_pattern", "regimen_short_forms", "with_regimens"]
