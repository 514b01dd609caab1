"""Table rows -> findings: columns are mapped to record roles by header synonyms (``table_roles.json``).

Spec convention: the regulator is the target column, the therapy the compound
column, the effect comes from the mechanism column's verb, the cancer types are
joined with ``, `` and the citations are the markers in the row's own cells.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc

from pipeline.document import Table
from pipeline.ingest.citations import expand_numbers, find_markers
from pipeline.relations.mention import REGULATOR_LABELS, THERAPY_LABELS, ent_id
from pipeline.relations.triggers import CueMatcher, RelationLexicon, phrase_at

ROLES = ("regulator", "therapy", "effect", "cancer", "citations")


@dataclass(frozen=True)
class RowFinding:
    regulator: str
    regulator_ids: tuple[str, ...]
    effect: str
    therapy: str
    therapy_id: str
    cancer_type: str
    rule: str
    confidence: float
    citations: tuple[int, ...] = ()  # bare numbers of the row's reference column (``Refs``: ``20, 21``)


def header_to_role(header: str, lexicon: RelationLexicon) -> str:
    """The record role of a column header, '' when none fits (exact synonym first, then a contained word)."""
    name = re.sub(r"\s+", " ", header.strip().lower())
    for role in ROLES:
        if name in lexicon.table_roles.get(role, ()):
            return role
    words = set(re.findall(r"[a-z]+", name))
    for role in ROLES:
        if any(s in words for s in lexicon.table_roles.get(role, ()) if " " not in s):
            return role
    return ""


def columns_to_roles(columns: list[str], lexicon: RelationLexicon) -> dict[str, int]:
    """Role -> column index, first column per role."""
    roles: dict[str, int] = {}
    for index, header in enumerate(columns):
        role = header_to_role(header, lexicon)
        if role and role not in roles:
            roles[role] = index
    return roles


def mechanism_to_effects(doc: Doc, matcher: CueMatcher) -> list[str]:
    """The effects a mechanism cell states, in order; empty if none.

    An outcome word that is not only suggestive (``resistance``, ``sensitizes``; not
    ``survival``) states what the target does to the drug's outcome, with the verb right
    before it (``Promotes resistance`` -> promotes_resistance, ``Reverses resistance`` ->
    promotes_sensitivity). The other verbs say what the drug does to the target: the
    one acting on mitophagy (the nearest before the word, or a noun right after it:
    ``mitophagy inhibition``) gives induces/inhibits_mitophagy, else the first verb.
    ``Synergizes with mitophagy inhibition`` states an outcome instead: blocking
    mitophagy helps the drug, so the target promotes resistance.
    """
    lexicon = matcher.lexicon
    spots = [i for i in range(len(doc)) if phrase_at(doc, i, lexicon.words("mitophagy_words"))]
    verbs = matcher.hits(doc, ("AGENT",))
    synergy = any(t.lower_ in lexicon.words("synergy") for t in doc)
    outcome, verbs = ("", verbs) if synergy else _outcome_effect(doc, matcher, verbs)
    direction = 0
    for spot in spots:
        after = [h for h in verbs if h.start in (spot + 1, spot + 2)]
        before = [h for h in verbs if 0 <= spot - h.end < lexicon.number("mechanism_target_span")]
        if after or before:
            direction = (after or before[-1:])[0].cue.value
            break
    if synergy and direction:
        return ["promotes_sensitivity" if direction > 0 else "promotes_resistance"]
    if not direction and verbs and not (outcome and spots):
        direction = verbs[0].cue.value
    mitophagy = [] if not direction else ["induces_mitophagy" if direction > 0 else "inhibits_mitophagy"]
    return mitophagy + ([outcome] if outcome else [])


def _outcome_effect(doc: Doc, matcher: CueMatcher, verbs: list) -> tuple[str, list]:
    """(the outcome effect a mechanism cell states or '', the verbs left once the outcome's own verb is removed)."""
    outcomes = [h for h in matcher.hits(doc, ("OUTCOME",)) if not h.cue.weak and not h.cue.linked]
    if not outcomes:
        return "", verbs
    hit = outcomes[0]
    flips = matcher.hits(doc, ("OUTCOME_FLIP",))
    governing = [h for h in verbs + flips if 0 <= hit.start - h.end <= 1]  # "promotes resistance", "reverses resistance"
    sign = hit.cue.value * (-1 if any(h.cue.label == "OUTCOME_FLIP" for h in governing) else 1)
    effect = "promotes_resistance" if sign > 0 else "promotes_sensitivity"
    return effect, [h for h in verbs if h not in governing]


def mechanism_to_effect(doc: Doc, matcher: CueMatcher) -> str:
    """The first effect a mechanism cell states, '' if none (see ``mechanism_to_effects``)."""
    effects = mechanism_to_effects(doc, matcher)
    return effects[0] if effects else ""


def cell_to_regulator(doc: Doc, lexicon: RelationLexicon | None = None) -> tuple[str, ...]:
    """Normalized ids of every regulator named in a target cell (``A/B`` -> both); a cell that is
    only a mitophagy word (``Mitophagy``) is the process itself; empty if none is recognized."""
    ids = [ent_id(e) for e in doc.ents if e.label_ in REGULATOR_LABELS]
    if not ids and lexicon is not None and doc.text.strip().lower() in lexicon.words("mitophagy_words"):
        return ("mitophagy",)
    return tuple(dict.fromkeys(ids))


def cell_to_therapy(doc: Doc, lexicon: RelationLexicon) -> str:
    for e in doc.ents:
        if e.label_ in THERAPY_LABELS and ent_id(e).lower() not in lexicon.words("non_therapies"):
            return ent_id(e).lower()
    return re.sub(r"\s*\(.*?\)\s*", " ", doc.text).strip().lower()


def cell_to_cancers(text: str, lexicon: RelationLexicon) -> str:
    vague = lexicon.word_set("vague_cancers")
    parts = [re.sub(r"\s+", " ", p).strip().lower() for p in re.split(r"[,;]", text)]
    return ", ".join(p for p in parts if p and p not in vague)


def reference_cell_numbers(text: str) -> tuple[int, ...]:
    """The numbers of a reference-column cell printed bare (``32``, ``20, 21``, ``13-15``); empty for anything else."""
    if not re.fullmatch(r"\s*\d{1,4}(?:\s*[,;\-\u2013]\s*\d{1,4})*\s*", text):
        return ()
    return tuple(sorted(set(expand_numbers(text))))


def row_to_citations(cells: list[str]) -> tuple[int, ...]:
    """Numbers of the markers printed in a row's cells (used when ingestion gave none for the row)."""
    numbers = {n for cell in cells for marker in find_markers(cell) for n in marker.numbers}
    return tuple(sorted(numbers))


CellDoc = Callable[[int, int], "tuple[Doc, tuple[int, int]] | None"]


def table_to_findings(table: Table, cell_doc: CellDoc, matcher: CueMatcher) -> list[tuple[int, RowFinding, dict]]:
    """(row index, finding, role -> cell offsets in the row text) for every row with a regulator,
    a therapy and a mechanism verb.

    ``cell_doc(row, column)`` gives the cell (stripped) as a Doc of the document's NER
    pass and its offsets in the row text (``pipeline.annotate``); no NER runs here.
    """
    lexicon = matcher.lexicon
    roles = columns_to_roles(table.columns, lexicon)
    if not {"regulator", "therapy", "effect"} <= roles.keys():
        return []  # without a mechanism column a row states no effect
    out = []
    for index, row in enumerate(table.rows):
        def cell(role: str) -> str:
            col = roles.get(role, -1)
            return row[col].strip() if 0 <= col < len(row) else ""

        def doc(role: str) -> tuple[Doc, tuple[int, int]] | None:
            return cell_doc(index, roles[role]) if cell(role) else None

        target, compound = cell("regulator"), cell("therapy")
        if not target or not compound:
            continue
        mechanism = doc("effect")
        effects = mechanism_to_effects(mechanism[0], matcher) if mechanism else []
        target_doc = doc("regulator")
        ids = cell_to_regulator(target_doc[0], lexicon) if target_doc else ()
        if not effects or not ids:
            continue
        compound_doc = doc("therapy")
        therapy_id = cell_to_therapy(compound_doc[0], lexicon) if compound_doc else compound.lower()
        cancers = cell_to_cancers(cell("cancer"), lexicon)
        confidence = lexicon.value("table_row_confidence")
        cells = {"regulator": target_doc[1]} | ({"therapy": compound_doc[1]} if compound_doc else {})
        ref_col = reference_column(table.columns, lexicon)
        numbers = reference_cell_numbers(row[ref_col]) if 0 <= ref_col < len(row) else ()
        for effect in effects:
            out.append((index, RowFinding(target, ids, effect, compound, therapy_id, cancers, "table_row", confidence,
                                          numbers), cells))
    return out


def reference_column(columns: list[str], lexicon: RelationLexicon) -> int:
    """The index of the column holding reference numbers (header ``Refs``, ``Reference``), -1 if none."""
    names = lexicon.table_roles.get("reference_numbers", ())
    for index, header in enumerate(columns):
        if re.sub(r"\s+", " ", header.strip().lower()) in names:
            return index
    return -1
