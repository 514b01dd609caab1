"""Radiation named by words the NER leaves untagged: ``irradiated cells``, ``after IR`` -> radiotherapy.

``the surviving fraction of irradiated cells`` and ``clonogenic survival after IR`` name the radiation the
outcome is about (spec rule 9: a modality), but neither ``irradiated`` (an adjective) nor an undefined ``IR``
is a THERAPY entity. Here ``irradiated`` before a cell word, and ``IR`` after an outcome's preposition or
before ``-induced`` (not inside another mention: a document that defines IR as a gene has its own), become
radiotherapy mentions named as written, as ``doses.py`` does for ``6 Gy``. Words: ``models/relations/
radiation_words.json``. Hand-written over tokens, as the rule needs the existing mentions to stay out of them.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from spacy.tokens import Doc

from pipeline.relations.mention import Mention
from pipeline.resources import model_path


@lru_cache(maxsize=1)
def _settings() -> dict:
    data = json.loads((model_path("relations") / "radiation_words.json").read_text(encoding="utf-8"))
    for key in ("adjectives", "negating_prefixes", "before", "participles"):
        data[key] = frozenset(w.lower() for w in data[key])
    data["short_forms"] = frozenset(data["short_forms"])
    data["text"] = re.compile(r"(?<![A-Za-z0-9])(?:%s)(?![A-Za-z0-9])" % "|".join(
        re.escape(s) for s in sorted(data["short_forms"])))
    return data


def may_name_radiation(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` writes a radiation short form (a sentence worth a Doc without a therapy
    entity; ``irradiated`` already passes the modality stems)."""
    return _settings()["text"].search(text, start, end) is not None


def _adjective(doc: Doc, i: int, data: dict, cells: frozenset[str]) -> bool:
    if doc[i].lower_ not in data["adjectives"]:
        return False
    if i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in data["negating_prefixes"]:
        return False  # "non-irradiated cells": the controls
    if i >= 1 and doc[i - 1].lower_ in data["negating_prefixes"]:
        return False
    return any(t.lower_ in cells for t in doc[i + 1 : i + 1 + data["cell_window"]])


def _short_form(doc: Doc, i: int, data: dict) -> bool:
    if doc[i].text not in data["short_forms"]:
        return False
    if i >= 1 and doc[i - 1].lower_ in data["before"]:
        return True
    return i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].lower_ in data["participles"]


def radiation_mentions(doc: Doc, mentions: list[Mention], cells: frozenset[str]) -> list[Mention]:
    """``mentions`` plus a radiotherapy mention for each radiation word above that no mention holds."""
    data = _settings()
    taken = {i for m in mentions for i in range(m.start, m.end)}
    added = [
        Mention("THER", i, i + 1, doc[i].text, (data["therapy_id"],), "THERAPY", modality=True)
        for i in range(len(doc))
        if i not in taken and (_adjective(doc, i, data, cells) or _short_form(doc, i, data))
    ]
    return sorted(mentions + added, key=lambda m: (m.start, m.end)) if added else mentions
