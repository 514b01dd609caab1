"""Sentences that report the paper's own experiment, so take no neighbour's citation markers (spec rule 4).

Rule 4 lends a marker-less sentence the markers of a neighbour whose finding it continues. In the
Results and Discussion of a research paper most sentences carry no marker because their evidence
is the paper's own (``PINK1 knockdown increased carboplatin-induced apoptosis (Fig. 2A-D)``,
``Here we found that ...``), and the cited sentence next to them is a comparison with earlier work
(``These findings agree with earlier work showing ... (21, 22)``), not the same finding. A sentence
with a figure call-out that names a panel or a supplement, a statistic (``P < 0.01``, ``n = 6``)
or a first-person report of the present study (``we found``, ``our data show``, ``in our hands``)
is such a sentence. The patterns are data (``models/relations/own_work.json``); plain regular
expressions over the sentence text, since no library marks a sentence as a study's own result.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from pipeline.resources import model_path


@lru_cache(maxsize=1)
def _own_work_pattern() -> re.Pattern[str]:
    settings = json.loads((model_path("relations") / "own_work.json").read_text(encoding="utf-8"))
    parts = settings["figure_callouts"] + settings["statistics"] + settings["own_study"]
    return re.compile("|".join(f"(?:{p})" for p in parts))


def reports_own_work(text: str) -> bool:
    """``text`` (one sentence) reports this paper's own experiment or result."""
    return _own_work_pattern().search(text) is not None


@lru_cache(maxsize=1)
def _paragraph_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    settings = json.loads((model_path("relations") / "own_work.json").read_text(encoding="utf-8"))
    openers = re.compile("|".join(f"(?:{p})" for p in settings["paragraph_openers"]))
    others = re.compile("|".join(f"(?:{p})" for p in settings["others_work"]))
    return openers, others


def opens_own_paragraph(text: str) -> bool:
    """``text`` (a paragraph's first sentence) opens with the study's own summary (``This study identifies X``)."""
    return _paragraph_patterns()[0].search(text) is not None


def cites_others(text: str) -> bool:
    """``text`` (one sentence) says its finding is someone else's (``was reported``, ``previously``, ``et al``)."""
    return _paragraph_patterns()[1].search(text) is not None
