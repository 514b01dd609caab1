"""Wild-type status is no direction (issue 9, precision on drug-response abstracts).

``In patients with wild-type KRAS tumours, D improved survival`` names the gene's status, not a gain
or a loss: whether the gene promotes resistance depends on what its mutation does (an activating
oncogene mutation or an inactivating suppressor one), which such a sentence does not say. Its outcome
record is dropped; a study's manipulation of the wild-type gene (``Re-expression of wild-type X
restored resistance``, ``cells expressing wild-type X``) is a gain and keeps it. Words are data
(``models/relations/wild_type.json``).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from pipeline.resources import model_path
from pipeline.records import Record


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], int]:
    data = json.loads((model_path("relations") / "wild_type.json").read_text(encoding="utf-8"))
    status = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in data["status_words"]) + r")[\s-]*\Z",
                        re.IGNORECASE)
    gain = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in data["gain_before"]) + r")(?![\w-])",
                      re.IGNORECASE)
    return status, gain, int(data["gain_window"])


def wild_type_status(record: Record) -> bool:
    """Whether the record's regulator mention is written as a wild-type status (``wild-type X``) that no
    gain word of the study (``re-expression of``, ``expressing``) governs."""
    status, gain, window = _patterns()
    text = record.evidence
    start = record.regulator_start - record.start
    if not 0 < start <= len(text):
        return False
    found = status.search(text[:start])
    if found is None:
        return False
    words = text[: found.start()].split()[-window:]
    return gain.search(" ".join(words)) is None
