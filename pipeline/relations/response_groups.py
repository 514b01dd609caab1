"""Outcomes compared between patient or tumour groups (cohort and biomarker sentences).

Two shapes the clause rules miss, because the therapy sits in a fronted clause (``Among patients treated with D,
...``) or the regulator names a group rather than acting (``in X-high tumours``):

* *level groups*: a group named by a regulator's level (``X-high tumours``, ``patients with low X expression``)
  with a clinical outcome and a comparative next to it: ``pCR was less frequent in X-high tumours``, ``patients
  with X-low tumours derived greater benefit from D``, ``X-high patients had shorter overall survival``. The
  outcome is the high-level group's: effect = level x outcome (good for the patient +1) x comparative; a positive
  product means more benefit with more X -> promotes_sensitivity.
* *expression groups*: a regulator's level compared between response groups: ``X was higher in responders than in
  non-responders``, ``X was lower in non-responders to D``, ``X was enriched in D-resistant tumours`` (spec: raised
  in resistant -> promotes_resistance; raised in responders -> promotes_sensitivity).

The therapy is every therapy the sentence names (the fronted ``treated with D`` too). The first group before a
contrast word (``than``, ``versus``) decides; a negation or ``similar`` gives nothing. What this module finds
replaces an opposite outcome of the clause rules for the same pair (``findings.merge_outcomes``). Word lists and
signs: ``models/relations/response_groups.json``.
"""

from __future__ import annotations

import json
from functools import lru_cache

from spacy.tokens import Doc

from pipeline.relations.arguments import Mention
from pipeline.relations.clauses import Clause
from pipeline.relations.findings import Finding, finding, merge_outcomes
from pipeline.relations.triggers import Hit, RelationLexicon, phrase_at, token_lowers


def _tuples(words) -> tuple[str, ...]:
    return tuple(str(w).lower() for w in words)


@lru_cache(maxsize=1)
def _data() -> dict:
    from pipeline.resources import model_path

    data = json.loads((model_path("relations") / "response_groups.json").read_text(encoding="utf-8"))
    keys = ("clinical_outcomes", "cohort_outcomes", "comparatives", "expression_changes", "groups", "group_plain",
            "level_before_nouns")
    for key in keys:  # "progression-free survival" as the tokenizer may split it: "progression - free survival"
        value = data[key]
        spaced = {_spaced(w): (value[w] if isinstance(value, dict) else w) for w in value if "-" in w}
        if isinstance(value, dict):
            data[key] = {**spaced, **value}
        else:
            data[key] = list(value) + [w for w in spaced if w not in value]
    data["_phrases"] = {key: _tuples(data[key]) for key in keys}
    return data


def _spaced(phrase: str) -> str:
    return " ".join(phrase.replace("-", " - ").split())


def _signed(doc: Doc, i: int, key: str) -> tuple[int, int]:
    """(length, sign) of the phrase of table ``key`` at token ``i``, else (0, 0)."""
    data = _data()
    n = phrase_at(doc, i, data["_phrases"][key])
    if not n:
        return 0, 0
    return n, int(data[key][" ".join(token_lowers(doc)[i : i + n])])


def _level(doc: Doc, reg: Mention, hyphens: tuple[str, ...]) -> int:
    """+1 / -1 when the mention names a group by its level (``X-high``, ``high X``, ``low expression of X``), else 0."""
    data = _data()
    lowers = token_lowers(doc)
    i = reg.end
    if i < len(doc) and doc[i].text in hyphens and i + 1 < len(doc):
        sign = data["level_after"].get(lowers[i + 1], 0)
        if sign:
            return sign
    if reg.start >= 1 and lowers[reg.start - 1] in data["level_before"]:
        return data["level_before"][lowers[reg.start - 1]]
    if reg.start >= 2 and lowers[reg.start - 1] in data["level_before_sites"] and lowers[reg.start - 2] in data["level_before"]:
        return data["level_before"][lowers[reg.start - 2]]  # "high tumour X", "low serum miR-N"
    for n in range(2, 5):  # "high expression of X", "low levels of X"
        j = reg.start - n
        if j >= 0 and lowers[j] in data["level_before"] and phrase_at(doc, j + 1, data["_phrases"]["level_before_nouns"]) == n - 1:
            return data["level_before"][lowers[j]]
    return 0


def _free_survival(lowers: list[str], i: int) -> int:
    """Length of ``<event> - free survival`` (or ``<event>-free survival``) at token ``i``, else 0: the time free of
    the event is a good outcome whatever the event (relapse, metastasis, progression)."""
    if lowers[i].endswith("-free") and i + 1 < len(lowers) and lowers[i + 1] == "survival":
        return 2
    if i + 3 < len(lowers) and lowers[i + 1] == "-" and lowers[i + 2] == "free" and lowers[i + 3] == "survival":
        return 4
    return 0


def _names_subtype(doc: Doc, reg: Mention) -> bool:
    """``HER2-positive breast cancer``: a level glued to a named cancer is the disease subtype (an indication), not a
    group compared within a cohort (``X-high tumours``, ``X-low patients`` name a group)."""
    i = reg.end + 2  # the name, a hyphen, the level word
    if i >= len(doc) or doc[i].lower_ in _data()["group_nouns"]:
        return False
    return any(e.label_ == "CANCER" and e.start == i for e in doc.ents)


def _contrast_at(doc: Doc) -> int:
    """Token index of the first contrast word (``than``, ``versus``), else the sentence length."""
    words = set(_data()["contrast_words"])
    return next((i for i, w in enumerate(token_lowers(doc)) if w in words), len(doc))


def _comparative_near(doc: Doc, start: int, end: int) -> int:
    """The sign of the nearest comparative within the window around [start, end), else 0."""
    window = int(_data()["comparative_window"])
    best, sign = None, 0
    for i in range(max(0, start - window), min(len(doc), end + window)):
        if start <= i < end:
            continue
        n, s = _signed(doc, i, "comparatives")
        if n and s:
            distance = start - i if i < start else i - end
            if best is None or distance < best:
                best, sign = distance, s
    return sign


def _level_group_findings(doc: Doc, regs: list[Mention], thers: list[Mention], lexicon: RelationLexicon,
                          stop: int) -> list[Finding]:
    data = _data()
    levels = [(r, _level(doc, r, lexicon.words("hyphens"))) for r in regs if r.end <= stop]
    levels = [(r, s) for r, s in levels if s and not _names_subtype(doc, r)]
    if not levels:
        return []
    lowers = token_lowers(doc)
    cohort = any(w in data["cohort_words"] for w in lowers)
    outcome_sign, comparative = 0, 0
    for i in range(len(doc)):
        n, s = _free_survival(lowers, i), 1  # "relapse-free survival", "metastasis-free survival": good
        if not n:
            n, s = _signed(doc, i, "clinical_outcomes")
        if not n and cohort:
            n, s = _signed(doc, i, "cohort_outcomes")
        if n:
            c = _comparative_near(doc, i, i + n)
            if c:
                outcome_sign, comparative = s, c
                break
    if not comparative:
        return []
    clause = Clause(0, len(doc))
    out = []
    for reg, level in levels[:1] + [(r, s) for r, s in levels[1:] if s == levels[0][1]]:
        effect = "promotes_sensitivity" if level * outcome_sign * comparative > 0 else "promotes_resistance"
        out.extend(finding(reg, effect, t, "outcome_level_group", clause) for t in thers)
    return out


def _group_after(doc: Doc, start: int) -> int:
    """The sign of the response group named within the window after ``in`` / ``among`` at or after ``start``."""
    data = _data()
    lowers = token_lowers(doc)
    for i in range(start, min(len(doc), start + 3)):
        if lowers[i] not in ("in", "among", "within"):
            continue
        for j in range(i + 1, min(len(doc), i + 1 + int(data["group_window"]))):
            n, s = _signed(doc, j, "groups")
            if not n:
                continue
            plain = phrase_at(doc, j, data["_phrases"]["group_plain"]) == n
            if plain or (j + n < len(doc) and lowers[j + n] in data["group_nouns"]):
                return s
        return 0
    return 0


def _expression_group_findings(doc: Doc, regs: list[Mention], thers: list[Mention], stop: int) -> list[Finding]:
    data = _data()
    window = int(data["change_window"])
    out = []
    clause = Clause(0, len(doc))
    for reg in regs:
        if reg.end > stop:
            continue
        for i in range(reg.end, min(stop, reg.end + window)):
            n, change = _signed(doc, i, "expression_changes")
            if not n:
                continue
            group = _group_after(doc, i + n)
            if group:
                effect = "promotes_resistance" if change * group > 0 else "promotes_sensitivity"
                out.extend(finding(reg, effect, t, "outcome_expression_group", clause) for t in thers)
            break
    return out


def response_group_findings(doc: Doc, found: list[Finding], mentions: list[Mention], hits: list[Hit],
                            lexicon: RelationLexicon) -> list[Finding]:
    """``found`` with the outcomes of groups compared by a regulator's level or by their response merged in."""
    lowers = token_lowers(doc)
    data = _data()
    if any(w in data["negations"] for w in lowers):
        return found
    regs = [m for m in mentions if m.kind == "REG" and not m.excluded and not m.is_mitophagy]
    thers = [m for m in mentions if m.kind == "THER" and not m.excluded]
    if not regs or not thers:
        return found
    stop = _contrast_at(doc)
    extra = _level_group_findings(doc, regs, thers, lexicon, stop)
    if not extra:
        extra = _expression_group_findings(doc, regs, thers, stop)
    if not extra:
        return found
    pairs = {(f.regulator.ids, f.therapy.therapy_id) for f in extra}
    # the group reading decides the pair: the clause rules' outcome for it (either direction) gives way
    found = [f for f in found if f.effect not in ("promotes_resistance", "promotes_sensitivity")
             or (f.regulator.ids, f.therapy.therapy_id) not in pairs]
    return merge_outcomes(found, extra)
