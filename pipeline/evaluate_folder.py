"""Score a folder of predicted record files against a folder of gold record files.

One file per document: ``<stem>.jsonl`` in the gold folder is paired with
``<stem>.jsonl`` in the prediction folder. Each pair is scored on its own
(``pipeline.evaluate.score``: per regulator id, the single-document alignment
included, so the doc_id an extractor wrote need not be the gold's) and the
counts are summed over the documents (micro-average). A gold file with no
prediction file counts as all misses; a prediction file with no gold file is
not scored (it is outside the set). A split file (``{"test": [...], "tune":
[...]}``, or several such objects under named keys, e.g. ``{"biored": {...},
"abstracts": {...}}``) restricts the scoring to the stems of one part.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.evaluate import Scores, combine, score
from pipeline.records import Record


class SplitError(ValueError):
    """A split file or part that cannot be used; the message names the file and the reason."""


@dataclass(frozen=True)
class PaperScores:
    stem: str
    scores: Scores
    has_prediction: bool

    def to_dict(self) -> dict[str, Any]:
        s = self.scores.strict
        return {
            "paper": self.stem,
            "gold": self.scores.gold_n,
            "pred": self.scores.pred_n,
            "tp": s.tp,
            "fp": s.fp,
            "fn": s.fn,
            "precision": s.precision,
            "recall": s.recall,
            "f1": s.f1,
            "pair_tp": self.scores.pair.tp,
            "has_prediction": self.has_prediction,
        }


@dataclass(frozen=True)
class FolderScores:
    total: Scores
    papers: tuple[PaperScores, ...]
    unscored_predictions: tuple[str, ...]  # prediction stems with no gold file (or outside the part)

    def to_dict(self) -> dict[str, Any]:
        out = self.total.to_dict()
        out["papers"] = [p.to_dict() for p in self.papers]
        out["unscored_predictions"] = list(self.unscored_predictions)
        return out


def record_files(folder: Path) -> dict[str, Path]:
    """``stem -> path`` of the ``*.jsonl`` files directly in ``folder``."""
    return {p.stem: p for p in sorted(folder.glob("*.jsonl")) if p.is_file()}


def read_split(path: Path, part: str, stems: Sequence[str], key: str | None = None) -> list[str]:
    """The stems of ``part`` in a split file; with several named splits, ``key`` or the one overlapping ``stems``."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise SplitError(f"{path}: not JSON ({exc.msg}, line {exc.lineno})") from None
    if not isinstance(data, dict):
        raise SplitError(f"{path}: expected a JSON object of parts")
    if part in data and isinstance(data[part], list):
        chosen = data
    elif key is not None:
        if not isinstance(data.get(key), dict):
            raise SplitError(f"{path}: no split named {key!r} (has: {', '.join(sorted(data))})")
        chosen = data[key]
    else:
        present = set(stems)
        named = {
            name: split
            for name, split in data.items()
            if isinstance(split, dict) and any(s in present for ids in split.values() if isinstance(ids, list) for s in ids)
        }
        if len(named) != 1:
            which = "none" if not named else ", ".join(sorted(named))
            raise SplitError(f"{path}: cannot tell which split the gold folder belongs to (matching: {which}); name it")
        chosen = next(iter(named.values()))
    if not isinstance(chosen.get(part), list):
        raise SplitError(f"{path}: no part {part!r} (has: {', '.join(sorted(chosen))})")
    return [str(s) for s in chosen[part]]


def score_folders(
    gold: dict[str, list[Record]],
    pred: dict[str, list[Record]],
    stems: Sequence[str] | None = None,
) -> FolderScores:
    """Score each gold stem (all, or ``stems``) against the prediction of the same stem; sum the counts."""
    wanted = sorted(gold) if stems is None else sorted(set(stems))
    papers = []
    for stem in wanted:
        gold_records = gold.get(stem, [])
        papers.append(PaperScores(stem, score(gold_records, pred.get(stem, [])), stem in pred))
    unscored = tuple(sorted(set(pred) - set(wanted)))
    return FolderScores(total=combine([p.scores for p in papers]), papers=tuple(papers), unscored_predictions=unscored)
