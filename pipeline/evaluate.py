"""Score predicted relation records against gold records (``spec/relations.md``, "Scoring").

Scoring is per regulator id. Every record, gold and predicted, is first
expanded into one record per id in its regulator_ids (``expand_records``), so
``FoxG1 and BNIP3`` written as one record or as two scores the same; expanded
records of one file with the same document, id (case-insensitively), effect,
therapy_id, citations (as a set), section and evidence (whitespace and case
normalized) are counted once. A predicted record then matches a gold record
of the same document when their regulator ids are equal (case-insensitively),
their therapy_id are equal (case-insensitively, after strip), their effect is
equal and their citations share a number (or both are empty). ``pair`` mode
drops the effect and citation conditions.

Matching is one-to-one and greedy, best first. All (gold, pred) candidates
that meet the mode's conditions are ranked by, in order:

1. same evidence (whitespace and case normalized),
2. more shared citation numbers (both empty counts as one),
3. same section,
4. more shared regulator ids (always one once expanded; kept for callers
   that match unexpanded records),
5. same effect (decides only under the pair conditions),
6. earlier gold record, then earlier predicted record (file order),

and taken in that order whenever neither side is used yet. The place of the
finding (evidence, citations, section) comes first so that a prediction is
paired with the gold record of the same sentence, not with a look-alike
elsewhere; this matters for the pair conditions and the column agreement,
where a wrong pairing would report a disagreement that is not one. Greedy is
what the spec asks for; it is not a maximum matching.

``pair`` mode scores the regulator-therapy pairs *once per place*: within
each file, expanded records with the same document, regulator id, therapy
and place (section and evidence) are collapsed to the first one before
matching. Without this, a sentence annotated ``(X, induces_mitophagy, D)`` and
``(X, promotes_resistance, D)`` would count as two pairs, so a prediction
would lose pair recall for an effect distinction that pair mode claims to
ignore, and a prediction emitting ``(X, D)`` with two wrong effects would
earn two pair hits.

Per-column agreement (effect, citations, cancer_type) is measured on a
one-to-one matching under the pair conditions over all records (not
collapsed), so that every predicted record that found the right regulator
and therapy is compared with its best gold counterpart.

Documents: records match only within one doc_id. When gold and prediction
each hold exactly one distinct doc_id and they differ, the prediction's is
aligned to the gold's (a curator scores an extractor run on any rendition
against the review's gold) and ``Scores.alignment`` says so.

Folders of files (one file per document) are scored by
``pipeline.evaluate_folder``, which sums these counts over the documents.

Zero divisions: precision is 0.0 when there is no prediction, recall 0.0 when
there is no gold record, F1 0.0 when precision + recall is 0; an agreement
rate over zero matched pairs is ``None``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from pipeline.records import Record

MODES = ("strict", "pair")
AGREEMENT_COLUMNS = ("effect", "citations", "cancer_type")


class EvaluationError(ValueError):
    """A scoring request that cannot be served (e.g. an unknown mode)."""


@dataclass(frozen=True)
class ModeScores:
    """Precision, recall and F1 of one mode, with the matches and the misses."""

    mode: str
    tp: int
    fp: int
    fn: int
    precision: float
    recall: float
    f1: float
    matches: tuple[tuple[int, int], ...]  # (gold index, pred index) into the scored lists
    false_negatives: tuple[Record, ...]
    false_positives: tuple[Record, ...]

    def to_dict(self, with_records: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }
        if with_records:
            out["false_negatives"] = [r.to_dict() for r in self.false_negatives]
            out["false_positives"] = [r.to_dict() for r in self.false_positives]
        return out


@dataclass(frozen=True)
class Agreement:
    """How often a column agrees on matched pairs; ``rate`` is None over zero pairs."""

    column: str
    agree: int
    total: int

    @property
    def rate(self) -> float | None:
        return self.agree / self.total if self.total else None

    def to_dict(self) -> dict[str, Any]:
        return {"agree": self.agree, "total": self.total, "rate": self.rate}


@dataclass(frozen=True)
class Scores:
    strict: ModeScores
    pair: ModeScores
    agreement: tuple[Agreement, ...]
    # (gold doc_id, pred doc_id) when the single prediction document was aligned to the gold's
    alignment: tuple[str, str] | None = None
    gold_n: int = 0  # records scored after the per-id expansion
    pred_n: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold_records": self.gold_n,
            "pred_records": self.pred_n,
            "strict": self.strict.to_dict(),
            "pair": self.pair.to_dict(),
            "agreement": {a.column: a.to_dict() for a in self.agreement},
            "alignment": None if self.alignment is None else {"gold": self.alignment[0], "pred": self.alignment[1]},
        }


def _ids(record: Record) -> frozenset[str]:
    return frozenset(i.strip().lower() for i in record.regulator_ids)


def _therapy(record: Record) -> str:
    return record.therapy_id.strip().lower()


def _place_text(text: str) -> str:
    return " ".join(text.split()).lower()


def _citations_agree(gold: Record, pred: Record) -> bool:
    if not gold.citations and not pred.citations:
        return True
    return bool(set(gold.citations) & set(pred.citations))


def records_match(gold: Record, pred: Record, mode: str = "strict") -> bool:
    """Whether ``pred`` matches ``gold`` under the spec's conditions for ``mode``."""
    if mode not in MODES:
        raise EvaluationError(f"mode {mode!r} is not one of {', '.join(MODES)}")
    if gold.doc_id != pred.doc_id or not (_ids(gold) & _ids(pred)) or _therapy(gold) != _therapy(pred):
        return False
    if mode == "pair":
        return True
    return gold.effect == pred.effect and _citations_agree(gold, pred)


def match_quality(gold: Record, pred: Record) -> tuple[int, int, int, int, int]:
    """Rank of a candidate pair; larger is better (see the module docstring)."""
    shared_citations = len(set(gold.citations) & set(pred.citations))
    if not gold.citations and not pred.citations:
        shared_citations = 1
    return (
        int(_place_text(gold.evidence) == _place_text(pred.evidence)),
        shared_citations,
        int(gold.section == pred.section),
        len(_ids(gold) & _ids(pred)),
        int(gold.effect == pred.effect),
    )


def match_records(gold: Sequence[Record], pred: Sequence[Record], mode: str = "strict") -> list[tuple[int, int]]:
    """Greedy one-to-one matching, best first; returns sorted (gold index, pred index) pairs."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if records_match(g, p, mode):
                quality = tuple(-q for q in match_quality(g, p))
                candidates.append((quality, gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    matches = []
    for _, gi, pi in candidates:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            matches.append((gi, pi))
    return sorted(matches)


def pair_view(records: Sequence[Record]) -> list[Record]:
    """Collapse records to one per (document, regulator ids, therapy, place), first kept."""
    seen = set()
    out = []
    for r in records:
        key = (r.doc_id, _ids(r), _therapy(r), r.section, _place_text(r.evidence))
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def _expanded_key(record: Record) -> tuple[Any, ...]:
    return (
        record.doc_id,
        _ids(record),
        record.effect,
        _therapy(record),
        frozenset(record.citations),
        record.section,
        _place_text(record.evidence),
    )


def expand_records(records: Sequence[Record]) -> list[Record]:
    """One record per regulator id, in file order; expanded duplicates counted once (first kept)."""
    seen: set[tuple[Any, ...]] = set()
    out = []
    for r in records:
        for rid in dict.fromkeys(r.regulator_ids):  # an id listed twice in one record is one id
            one = r if len(r.regulator_ids) == 1 else replace(r, regulator_ids=(rid,))
            key = _expanded_key(one)
            if key not in seen:
                seen.add(key)
                out.append(one)
    return out


def align_documents(gold: Sequence[Record], pred: Sequence[Record]) -> tuple[list[Record], tuple[str, str] | None]:
    """Relabel the predictions' single doc_id to the gold's single doc_id, when both are single and differ."""
    gold_docs = {r.doc_id for r in gold}
    pred_docs = {r.doc_id for r in pred}
    if len(gold_docs) == 1 and len(pred_docs) == 1 and gold_docs != pred_docs:
        (gold_doc,), (pred_doc,) = gold_docs, pred_docs
        return [replace(r, doc_id=gold_doc) for r in pred], (gold_doc, pred_doc)
    return list(pred), None


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score_mode(gold: Sequence[Record], pred: Sequence[Record], mode: str) -> ModeScores:
    """Match and count one mode over already aligned (and, for pair, collapsed) records."""
    matches = match_records(gold, pred, mode)
    matched_gold = {gi for gi, _ in matches}
    matched_pred = {pi for _, pi in matches}
    tp = len(matches)
    fn_records = tuple(g for gi, g in enumerate(gold) if gi not in matched_gold)
    fp_records = tuple(p for pi, p in enumerate(pred) if pi not in matched_pred)
    precision, recall, f1 = prf(tp, len(fp_records), len(fn_records))
    return ModeScores(
        mode=mode,
        tp=tp,
        fp=len(fp_records),
        fn=len(fn_records),
        precision=precision,
        recall=recall,
        f1=f1,
        matches=tuple(matches),
        false_negatives=fn_records,
        false_positives=fp_records,
    )


def column_agreement(gold: Sequence[Record], pred: Sequence[Record]) -> tuple[Agreement, ...]:
    """Agreement of effect, citations (equal sets) and cancer_type on pair-condition matches."""
    matches = match_records(gold, pred, "pair")
    tests = {
        "effect": lambda g, p: g.effect == p.effect,
        "citations": lambda g, p: set(g.citations) == set(p.citations),
        "cancer_type": lambda g, p: g.cancer_type.strip().lower() == p.cancer_type.strip().lower(),
    }
    return tuple(
        Agreement(column, sum(tests[column](gold[gi], pred[pi]) for gi, pi in matches), len(matches))
        for column in AGREEMENT_COLUMNS
    )


def score(gold: Sequence[Record], pred: Sequence[Record]) -> Scores:
    """Strict and pair P/R/F1, per-column agreement and the misses, per regulator id (records expanded)."""
    gold, pred = expand_records(gold), expand_records(pred)
    aligned, alignment = align_documents(gold, pred)
    strict = score_mode(gold, aligned, "strict")
    pair = score_mode(pair_view(gold), pair_view(aligned), "pair")
    if alignment is not None:  # report false positives under the doc_id they were predicted with
        strict, pair = (
            replace(s, false_positives=tuple(replace(r, doc_id=alignment[1]) for r in s.false_positives))
            for s in (strict, pair)
        )
    return Scores(
        strict=strict,
        pair=pair,
        agreement=column_agreement(gold, aligned),
        alignment=alignment,
        gold_n=len(gold),
        pred_n=len(aligned),
    )


def documents_align(gold: Sequence[Record], pred: Sequence[Record]) -> bool:
    """Whether any predicted record could meet a gold record: a shared doc_id, or the single-document alignment."""
    gold_docs = {r.doc_id for r in gold}
    pred_docs = {r.doc_id for r in pred}
    return bool(gold_docs & pred_docs) or (len(gold_docs) == 1 and len(pred_docs) == 1)


def combine(parts: Sequence[Scores]) -> Scores:
    """Micro-average: the counts (and agreement) of several scored documents summed, misses concatenated."""

    def mode(name: str) -> ModeScores:
        ms = [getattr(p, name) for p in parts]
        tp, fp, fn = sum(m.tp for m in ms), sum(m.fp for m in ms), sum(m.fn for m in ms)
        precision, recall, f1 = prf(tp, fp, fn)
        return ModeScores(
            mode=name,
            tp=tp,
            fp=fp,
            fn=fn,
            precision=precision,
            recall=recall,
            f1=f1,
            matches=(),  # indices into per-document lists; meaningless once summed
            false_negatives=tuple(r for m in ms for r in m.false_negatives),
            false_positives=tuple(r for m in ms for r in m.false_positives),
        )

    agreement = tuple(
        Agreement(
            column,
            sum(a.agree for p in parts for a in p.agreement if a.column == column),
            sum(a.total for p in parts for a in p.agreement if a.column == column),
        )
        for column in AGREEMENT_COLUMNS
    )
    return Scores(
        strict=mode("strict"),
        pair=mode("pair"),
        agreement=agreement,
        alignment=None,
        gold_n=sum(p.gold_n for p in parts),
        pred_n=sum(p.pred_n for p in parts),
    )
