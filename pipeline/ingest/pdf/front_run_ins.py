"""A line opening with a front-matter label run in to its list (``Abbreviations: ROS, ...``, ``Key words: ...``)
in a face of its own starts a paragraph of its own.

Journals set the keywords and the abbreviations as touching lines of one small type under the abstract; with
nothing else between them (no gap, no indent, often no short line: the keywords may fill theirs) the paragraph
rules would read them as one block, and the keywords field would take the abbreviations. The labels are data
(``models/ingest/pdf_front.json`` ``front_run_in``).
"""

from __future__ import annotations

import json

from pipeline.ingest.pdf.layout import Line
from pipeline.resources import model_path

_RULE = json.loads(model_path("ingest", "pdf_front.json").read_text(encoding="utf-8"))["front_run_in"]
_LABELS = frozenset(_RULE["labels"])


def opens_front_label(ln: Line) -> bool:
    """The line starts with one of the labels, its last word closed by a colon, set bold or italic, and the text
    after it is not in that face."""
    words = [w for w in ln.words if not w.sup]
    for n in range(1, min(_RULE["max_words"], len(words) - 1) + 1):
        if words[n - 1].text.endswith(":"):
            label = " ".join(w.text for w in words[:n]).rstrip(":").lower()
            face = {(bool(w.bold), bool(w.italic)) for w in words[:n]}
            after = words[n]
            return (label in _LABELS and len(face) == 1 and face != {(False, False)}
                    and (bool(after.bold), bool(after.italic)) not in face)
    return False
