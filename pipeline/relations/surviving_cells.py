"""``Persister cells surviving D displayed high levels of X``, ``Cells that survived D treatment showed elevated X``:
cells that survived a drug are the resistant ones (call 5 of ``annotations/dev/synthetic/README.md``: resistant,
persister, residual cells), so a regulator they show raised is ``promotes_resistance`` D and one they show lowered
``promotes_sensitivity`` D (spec conventions). Shape: a cell noun, ``surviving`` / ``that survived`` (or
``D-surviving``), the drug (``treatment`` / ``exposure`` after it allowed), a display verb, a level word, optional
fillers (``levels of``), then the regulators (the first few mentions, no verb or comma between). Words:
``research_shapes.json`` ``surviving_cells``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.relations.arguments import Mention
from pipeline.relations.clauses import Clause
from pipeline.relations.findings import Finding, finding
from pipeline.relations.non_coding import is_non_coding
from pipeline.relations.polarity import is_negated
from pipeline.relations.research_shapes import research_shape
from pipeline.relations.triggers import Hit, RelationLexicon, phrase_at, token_lowers


_OUTCOMES = ("promotes_resistance", "promotes_sensitivity")


def _normal_id(x: str) -> bool:
    """A gene, family or complex symbol (``PRKN``, ``AMPK``, ``mTORC1``) or an miRNA / lncRNA id: a marker written
    in words with no normal form (``ubiquitin``) is a readout of the cells, not a regulator named by the text."""
    return is_non_coding(x) or not any(c.islower() for c in x[1:])


def _survived_drug(doc: Doc, lowers: list[str], thers: list[Mention], words: dict) -> tuple[Mention, int] | None:
    """The drug the cells survived and the token after its phrase (``treatment``/``exposure`` skipped)."""
    for t in thers:
        i = t.start
        n = phrase_at(doc, i, words["survival_words"], backwards=True)
        if not n:
            continue
        if not any(lowers[j] in words["cell_nouns"] for j in range(max(0, i - n - 3), i - n)):
            continue
        end = t.end
        while end < len(doc) and lowers[end] in words["drug_fillers"]:
            end += 1
        return t, end
    return None


def surviving_cell_findings(doc: Doc, found: list[Finding], mentions: list[Mention], hits: list[Hit],
                            lexicon: RelationLexicon) -> list[Finding]:
    """``found`` plus the records of the regulators that cells surviving a drug show raised or lowered."""
    words = research_shape("surviving_cells")
    lowers = token_lowers(doc)
    thers = [m for m in mentions if m.kind == "THER" and not m.excluded and not m.modality]
    got = _survived_drug(doc, lowers, thers, words)
    if got is None:
        return found
    drug, i = got
    if i >= len(doc) or lowers[i] not in words["display_verbs"]:
        return found
    i += 1
    if i < len(doc) and lowers[i] in ("a", "an"):
        i += 1
    sign = 1 if i < len(doc) and lowers[i] in words["raised"] else -1 if i < len(doc) and lowers[i] in words["lowered"] else 0
    if sign == 0 or is_negated(doc, Clause(0, len(doc)), i, lexicon):
        return found
    limit = min(len(doc), i + 1 + int(words["object_window"]))
    stop = next((j for j in range(i + 1, limit) if lowers[j] in (",", ";", ".")), limit)
    regs = [m for m in mentions if m.kind == "REG" and not m.excluded and not m.is_mitophagy and i < m.start and m.end <= stop
            and m.ids and all(_normal_id(x) for x in m.ids)]
    if not regs:
        return found
    effect = "promotes_resistance" if sign > 0 else "promotes_sensitivity"
    have = {(f.regulator.ids, f.therapy.therapy_id) for f in found if f.effect in _OUTCOMES}
    out = list(found)
    for reg in regs:
        if (reg.ids, drug.therapy_id) not in have:
            have.add((reg.ids, drug.therapy_id))
            out.append(finding(reg, effect, drug, "outcome_resistant_context", Clause(0, len(doc))))
    return out
