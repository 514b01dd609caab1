"""Relation records (``spec/relations.md``): the typed record, its matching key, JSONL I/O.

A gold file and a prediction file hold the same columns, so one reader serves
both. Records are frozen so they can be hashed, deduplicated and sorted.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

EFFECTS = ("promotes_resistance", "promotes_sensitivity", "induces_mitophagy", "inhibits_mitophagy")

# The spec's columns, in the spec's order; writers emit these first.
COLUMNS = (
    "doc_id",
    "regulator",
    "regulator_ids",
    "effect",
    "therapy",
    "therapy_id",
    "cancer_type",
    "citations",
    "section",
    "evidence",
)

# The record's place (written after the spec's columns when known).
PLACE_FIELDS = (
    "section_position",
    "paragraph",
    "sentence",
    "start",
    "end",
    "regulator_start",
    "regulator_end",
    "therapy_start",
    "therapy_end",
)


class RecordError(ValueError):
    """A record that breaks the schema; the message names the field and the value."""


@dataclass(frozen=True)
class Record:
    doc_id: str
    regulator: str
    regulator_ids: tuple[str, ...]
    effect: str
    therapy: str
    therapy_id: str
    cancer_type: str = ""
    citations: tuple[int, ...] = ()
    section: str = ""
    evidence: str = ""
    # Additions allowed by the contract: how sure the extractor is and why.
    confidence: float | None = field(default=None, compare=False)
    rule: str = field(default="", compare=False)
    # Where the evidence sits (``pipeline.places.Place``): section position (-1 for the
    # abstract, tables and figures), paragraph index (table row; -1 for captions), sentence
    # index, and character offsets into the paragraph (row, caption) text of the evidence
    # and of the regulator and therapy mentions; -1 when unknown (a hand-written record).
    section_position: int = field(default=-1, compare=False)
    paragraph: int = field(default=-1, compare=False)
    sentence: int = field(default=-1, compare=False)
    start: int = field(default=-1, compare=False)
    end: int = field(default=-1, compare=False)
    regulator_start: int = field(default=-1, compare=False)
    regulator_end: int = field(default=-1, compare=False)
    therapy_start: int = field(default=-1, compare=False)
    therapy_end: int = field(default=-1, compare=False)

    def __post_init__(self) -> None:
        if self.effect not in EFFECTS:
            raise RecordError(f"effect {self.effect!r} is not one of {', '.join(EFFECTS)}")
        if not self.regulator_ids:
            raise RecordError(f"record for regulator {self.regulator!r} has no regulator_ids")
        if not self.therapy_id:
            raise RecordError(f"record for therapy {self.therapy!r} has no therapy_id")

    def key(self) -> tuple[Any, ...]:
        """Identity for deduplication within one place: (doc, regulator ids, effect, therapy, section, evidence)."""
        return (
            self.doc_id,
            tuple(sorted(i.lower() for i in self.regulator_ids)),
            self.effect,
            self.therapy_id,
            self.section,
            self.evidence,
        )

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["regulator_ids"] = list(self.regulator_ids)
        data["citations"] = list(self.citations)
        ordered = {name: data[name] for name in COLUMNS}
        for extra in ("confidence", "rule"):
            if data[extra] not in (None, ""):
                ordered[extra] = data[extra]
        if self.start >= 0:
            for name in PLACE_FIELDS:
                ordered[name] = data[name]
        return ordered

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        missing = [c for c in COLUMNS if c not in data and c not in ("cancer_type", "section", "evidence")]
        if missing:
            raise RecordError(f"record lacks column(s) {', '.join(missing)}: {json.dumps(data)[:200]}")
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        ids = values.get("regulator_ids") or []
        if isinstance(ids, str):
            ids = [ids]
        values["regulator_ids"] = tuple(str(i) for i in ids)
        values["citations"] = tuple(int(c) for c in values.get("citations") or [])
        for text_field in ("cancer_type", "section", "evidence"):
            values[text_field] = values.get(text_field) or ""
        return cls(**values)


def read_records(path: str | Path) -> list[Record]:
    """Read a JSONL file of records; blank lines and lines starting with ``#`` are skipped."""
    path = Path(path)
    records = []
    with path.open(encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            try:
                records.append(Record.from_dict(json.loads(line)))
            except (json.JSONDecodeError, RecordError, TypeError) as exc:
                raise RecordError(f"{path}:{lineno}: {exc}") from None
    return records


def records_to_jsonl(records: Iterable[Record]) -> str:
    return "".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in records)


def iter_dicts(records: Iterable[Record]) -> Iterator[dict[str, Any]]:
    for r in records:
        yield r.to_dict()
