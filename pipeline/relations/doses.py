"""Radiation doses written as the therapy: ``sensitized cells to 6 Gy``, ``after 8 Gy of X-rays``.

A number with a dose unit (``6 Gy``, ``600 cGy``, glued ``6Gy`` / ``6-Gy``) right after a word that
makes it stand as a therapy (``to``, ``after``, ``from`` ...) is a radiotherapy mention, named as
written; so is a dose that opens the sentence (``6 Gy induced X-mediated mitophagy``, ``A single 10 Gy
dose ...``). A dose followed by a therapy word the NER already tagged (``4 Gy irradiation``, ``2 Gy of
irradiation``) is left to that mention. A chemical name the NER reads over a preposition and a quantity's
number (``At 10 uM, D ...`` read as the drug AT-10) is dropped (``quantity_misreads``). Units, the words
before, the words after and the id are data (``models/relations/doses.json``). Hand-written over tokens
because the numbers cannot be listed as phrases, and the rule needs the existing mentions to stay out of them.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from spacy.tokens import Doc

from pipeline.relations.mention import Mention
from pipeline.resources import model_path


@lru_cache(maxsize=1)
def _settings() -> tuple[dict, re.Pattern[str]]:
    data = json.loads((model_path("relations") / "doses.json").read_text(encoding="utf-8"))
    units = "|".join(re.escape(u) for u in data["units"])
    glued = re.compile(r"^[0-9]+(?:[.,][0-9]+)?-?(?:%s)$" % units, re.IGNORECASE)
    # looked up per token of every sentence read: sets, and the ray words longest first, once
    for key in ("units", "before", "heads", "sentence_openers", "quantity_units", "quantity_misread_words"):
        data[key] = frozenset(data[key])
    data["ray_words"] = tuple((w, len(w.split())) for w in sorted(data["ray_words"], key=lambda w: -len(w.split())))
    return data, glued


def _dose_end(doc, i: int, data: dict, glued: re.Pattern[str]) -> int:
    """End of the number + unit written at token ``i`` (0 when none is there); ``doc``: a Doc or its
    list of tokens."""
    token = doc[i]
    if glued.match(token.text):
        return i + 1
    if token.like_num and i + 1 < len(doc) and doc[i + 1].lower_ in data["units"]:
        return i + 2
    return 0


def _phrase_end(doc: Doc, end: int, data: dict) -> int:
    """Extend over a head word (``2 Gy fractions``) or ``of`` + a ray word (``8 Gy of X-rays``)."""
    if end < len(doc) and doc[end].lower_ in data["heads"]:
        return end + 1
    if end + 1 < len(doc) and doc[end].lower_ == "of":
        for words, n in data["ray_words"]:
            if doc[end + 1 : end + 1 + n].text.lower() == words:
                return end + 1 + n
    return end


def dose_mentions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` plus a radiotherapy mention for each dose that stands as a therapy."""
    data, glued = _settings()
    taken = {i for m in mentions for i in range(m.start, m.end)}
    starts = {m.start for m in mentions if m.kind == "THER"}
    added = []
    opening = 0  # tokens before the first dose that still open the sentence ("A single 10 Gy dose")
    while opening < len(doc) and doc[opening].lower_ in data["sentence_openers"]:
        opening += 1
    tokens = list(doc)  # one Token object per token (``doc[i]`` makes a new one per call)
    for i in range(len(tokens)):
        end = _dose_end(tokens, i, data, glued)
        if not end or not (i == opening or (i and tokens[i - 1].lower_ in data["before"])):
            continue  # no dose, or no therapy reading: after no outcome preposition, not opening the sentence
        if end in starts or (end + 1 in starts and doc[end].lower_ == "of"):
            continue  # "4 Gy irradiation", "2 Gy of irradiation": the NER's mention names it
        end = _phrase_end(doc, end, data)
        if any(j in taken for j in range(i, end)):
            continue
        ident = data["therapy_id"]
        added.append(Mention("THER", i, end, doc[i:end].text, (ident,), "THERAPY", modality=True))
    return sorted(mentions + added, key=lambda m: (m.start, m.end)) if added else mentions


def _is_quantity_unit(token_lower: str, units: frozenset[str]) -> bool:
    return token_lower in units or any(token_lower.startswith(u + "/") for u in units)


def quantity_misreads(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the therapies that are a preposition and a quantity's number (``At 10 uM, D ...``,
    which a drug lexicon holds as ``AT 10``): every word of the mention but its last is a function word
    (``quantity_misread_words``), its last is a number and a unit follows (``quantity_units``)."""
    data, _ = _settings()
    units, words = data["quantity_units"], data["quantity_misread_words"]
    out = []
    for m in mentions:
        if (m.kind == "THER" and m.end - m.start >= 2 and m.end < len(doc) and doc[m.end - 1].like_num
                and all(t.lower_ in words for t in doc[m.start : m.end - 1])
                and _is_quantity_unit(doc[m.end].lower_, units)):
            continue
        out.append(m)
    return out


@lru_cache(maxsize=1)
def _text_pattern() -> re.Pattern[str]:
    data, _ = _settings()
    units = "|".join(re.escape(u) for u in sorted(data["units"]))
    return re.compile(r"[0-9]\s?-?(?:%s)(?![A-Za-z])" % units, re.IGNORECASE)


def may_name_dose(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` writes a number with a dose unit (a sentence worth a Doc without a therapy entity)."""
    return _text_pattern().search(text, start, end) is not None
