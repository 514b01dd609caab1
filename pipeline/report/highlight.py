"""An evidence sentence cut into segments for display: plain text, the record's
regulator and therapy, and the entity mentions inside it.

Segments are (text, css class, title) triples; the template escapes every text,
so no markup from a paper can reach the page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

Segment = tuple[str, str, str]


def _find(evidence: str, phrase: str) -> tuple[int, int] | None:
    """First whole-word, case-insensitive occurrence of ``phrase`` in ``evidence``."""
    phrase = (phrase or "").strip()
    if not phrase:
        return None
    match = re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", evidence, flags=re.IGNORECASE)
    return (match.start(), match.end()) if match else None


def _offsets(record: Mapping[str, Any], role: str, evidence: str) -> tuple[int, int] | None:
    """The mention's offsets in the evidence: from the record when it carries them, else by search."""
    start, end = record.get(f"{role}_start"), record.get(f"{role}_end")
    base = record.get("evidence_start")
    if isinstance(start, int) and isinstance(end, int) and isinstance(base, int):
        s, e = start - base, end - base
        if 0 <= s < e <= len(evidence):
            return s, e
    return _find(evidence, str(record.get(role) or ""))


def segments(record: Mapping[str, Any], entities: Iterable[Mapping[str, Any]] = ()) -> list[Segment]:
    """The record's evidence as segments; the regulator and therapy win over other entity spans."""
    evidence = str(record.get("evidence") or "")
    spans: list[tuple[int, int, str, str]] = []
    for role in ("regulator", "therapy"):
        found = _offsets(record, role, evidence)
        if found:
            spans.append((*found, f"hl-{role}", role))
    for entity in entities:
        found = _find(evidence, str(entity.get("text") or ""))
        if found:
            spans.append((*found, "ent", f"{entity.get('label', '')} {entity.get('id', '')}".strip()))
    chosen: list[tuple[int, int, str, str]] = []
    for span in spans:  # roles first, then entities in order; no overlaps
        if all(span[1] <= s or span[0] >= e for s, e, _, _ in chosen):
            chosen.append(span)
    chosen.sort()
    out: list[Segment] = []
    pos = 0
    for start, end, css, title in chosen:
        if start > pos:
            out.append((evidence[pos:start], "", ""))
        out.append((evidence[start:end], css, title))
        pos = end
    if pos < len(evidence):
        out.append((evidence[pos:], "", ""))
    return out
