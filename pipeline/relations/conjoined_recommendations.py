"""``X promotes D resistance ... and may be a target to overcome chemoresistance``: a finding, then a
recommendation in its own conjunct. The recommendation filter (``precision.py``, spec rule 5) drops the
sentence's outcome records unless the record's therapy is named before the recommendation with a
conjunction between them. Words: ``models/relations/conjoined_recommendations.json``."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from pipeline.records import Record

DATA = Path(__file__).resolve().parents[2] / "models" / "relations" / "conjoined_recommendations.json"


@lru_cache(maxsize=1)
def _conjunction() -> re.Pattern[str]:
    words = json.loads(DATA.read_text(encoding="utf-8"))["conjunctions"]
    # whole words; a punctuation entry (";") needs no word boundary
    parts = [w if not w[:1].isalnum() else r"(?<!\w)(?:" + w + r")(?!\w)" for w in sorted(words, key=len, reverse=True)]
    return re.compile("|".join(parts), re.I)


def finding_before_recommendation(record: Record, recommendation_start: int) -> bool:
    """The record's therapy and regulator end before the recommendation (``recommendation_start``, an offset
    into the evidence) and a conjunction stands between the therapy and it."""
    base = record.start
    ends = [record.therapy_end - base, record.regulator_end - base]
    if any(e < 0 for e in ends) or max(ends) > recommendation_start:
        return False
    return _conjunction().search(record.evidence, max(ends), recommendation_start) is not None
