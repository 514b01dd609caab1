"""miRNAs printed without their arm keep their printed name as the record id (spec: no normal form).

The NER normalizes every miRNA mention to a miRBase-style id with the human prefix (``miR-21`` ->
``hsa-miR-21``, ``let-7c`` -> ``hsa-let-7c``). miRBase names a mature miRNA with its arm
(``hsa-miR-21-5p``); a name without one is no miRBase name, so the spec's rule for regulators with
no normal form applies: the printed name (``miR-21``), never an invented arm or prefix. A printed
species prefix (``hsa-miR-21``) stays. Ids with an arm are untouched. Patterns:
``models/relations/mirna_ids.json``.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from pipeline.records import Record

DATA = Path(__file__).resolve().parents[2] / "models" / "relations" / "mirna_ids.json"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    return re.compile(data["armless_id"]), re.compile(data["species_prefix"], re.I)


def printed_id(mirna_id: str, written: str) -> str:
    """The record id of one regulator id: the printed name for an arm-less miRNA id, else the id."""
    armless, species = _patterns()
    found = armless.match(mirna_id)
    if found is None or species.match(written.strip()):
        return mirna_id
    return found.group(1)


def with_printed_mirna_ids(record: Record) -> Record:
    ids = tuple(printed_id(i, record.regulator) for i in record.regulator_ids)
    return record if ids == tuple(record.regulator_ids) else replace(record, regulator_ids=ids)
