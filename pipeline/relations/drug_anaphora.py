"""Anaphors that stand for a drug: ``its benefit is limited by X``, ``the drug's efficacy``, ``this agent``.

``TMZ is standard for glioma, but its benefit is limited by MGMT``; ``Cisplatin upregulated X, whereas X
knockdown reduced the survival of cells exposed to the drug``; ``D is widely used. However, resistance to
this agent is driven by X``. An anaphor (a possessive before an efficacy word, or a determiner + ``drug`` /
``agent`` / ``compound``) becomes a therapy mention of its antecedent: the one drug id named before it in the
sentence, else the one drug id of the previous sentence; with two ids, or none, it stays unresolved (no
record); nor does one inside a study aim or question. The words are data
(``models/relations/drug_anaphora.json``). Hand-written over token positions because the pipeline has no
parser or coreference component.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc

from pipeline.relations.mention import Mention
from pipeline.relations.statements import Statements
from pipeline.resources import model_path


@lru_cache(maxsize=1)
def _settings() -> dict:
    data = json.loads((model_path("relations") / "drug_anaphora.json").read_text(encoding="utf-8"))
    for key in ("possessives", "possessed_first_words", "determiners", "heads", "not_before"):
        data[key] = frozenset(data[key])
    return data


@lru_cache(maxsize=1)
def _text_pattern() -> re.Pattern[str]:
    data = _settings()
    words = lambda key: "|".join(sorted(re.escape(w) for w in data[key]))  # noqa: E731
    return re.compile(
        r"\b(?:(?:%s)\s+(?:%s)|(?:%s)\s+(?:\S+\s+){0,%d}(?:%s)\b)"
        % (words("possessives"), words("possessed_first_words"), words("determiners"), data["max_adjectives"],
           words("heads")),
        re.IGNORECASE,
    )


def may_name_drug_anaphor(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` may hold a drug anaphor (a sentence worth a Doc without a therapy entity)."""
    return _text_pattern().search(text, start, end) is not None


def anaphor_spans(doc: Doc, mentions: list[Mention]) -> list[tuple[int, int]]:
    """Token spans of the drug anaphors of a sentence Doc, outside every existing mention."""
    data = _settings()
    taken = {i for m in mentions for i in range(m.start, m.end)}
    spans = []
    for i, token in enumerate(doc):
        if i in taken:
            continue
        word = token.lower_
        if word in data["possessives"]:
            if i + 1 < len(doc) and doc[i + 1].lower_ in data["possessed_first_words"]:
                spans.append((i, i + 1))
            continue
        if word not in data["determiners"]:
            continue
        for j in range(i + 1, min(len(doc), i + 2 + data["max_adjectives"])):
            if j in taken or not doc[j].is_alpha or not doc[j].is_lower:
                break
            if doc[j].lower_ in data["heads"]:
                nxt = doc[j + 1].lower_ if j + 1 < len(doc) else ""
                if nxt not in data["not_before"]:  # "the drug's efficacy": the possessive ending is the anaphor's
                    spans.append((i, j + 2 if nxt in ("'s", "’s") else j + 1))
                break
    return spans


def _drugs(mentions: list[Mention], before: int | None = None) -> list[Mention]:
    return [m for m in mentions if m.kind == "THER" and not m.modality and not m.excluded and not m.class_target
            and (before is None or m.end <= before)]


def with_drug_anaphors(doc: Doc, mentions: list[Mention],
                       previous: Callable[[], list[Mention] | None]) -> list[Mention]:
    """``mentions`` plus a therapy mention over each drug anaphor whose antecedent is unambiguous.

    ``previous`` gives the previous sentence's mentions (called only when an anaphor needs them)."""
    spans = anaphor_spans(doc, mentions)
    if spans:  # "we investigated ... the apoptotic activity of this compound": a study aim asks, states nothing
        statements = Statements(doc)
        spans = [(a, b) for a, b in spans if not statements.in_aim(a, b)]
    if not spans:
        return mentions
    added = []
    earlier: list[Mention] | None = None
    for start, end in spans:
        candidates = _drugs(mentions, before=start)
        if not candidates:
            if earlier is None:
                earlier = _drugs(previous() or [])
            candidates = earlier
        if len({m.therapy_id for m in candidates}) != 1:
            continue  # none, or two drugs it may stand for: left unresolved
        source = candidates[-1]
        added.append(replace(source, start=start, end=end, core_start=start, core_end=end, context=False))
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: (m.start, m.end))
