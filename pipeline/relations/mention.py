"""A relation argument (``Mention``): a regulator or therapy phrase over the tokens of one sentence Doc.

Shared by ``arguments.py`` (which builds mentions from the NER's spans) and
``compounds.py`` (names hidden inside one token); kept apart so neither
imports the other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.ner.parts import ent_id

__all__ = ["MITOPHAGY_ID", "Mention", "REGULATOR_LABELS", "THERAPY_LABELS", "ent_id", "therapy_key"]

REGULATOR_LABELS = ("GENE_OR_PROTEIN", "MIRNA")
THERAPY_LABELS = ("CHEMICAL", "THERAPY")
MITOPHAGY_ID = "mitophagy"
_GREEK_GAP = re.compile(r"(?<=[a-z0-9]) (?=[\u03b1-\u03c9]\b)")


@dataclass(frozen=True)
class Mention:
    """A regulator (``REG``) or therapy (``THER``) phrase: token span [start, end) of the sentence Doc."""

    kind: str
    start: int
    end: int
    text: str
    ids: tuple[str, ...]
    label: str = ""
    modality: bool = False  # a therapy that is a modality (chemotherapy ...)
    via_mitophagy: bool = False  # ``X-mediated mitophagy``: X regulates mitophagy
    excluded: bool = False  # only the target of another regulator, or a descriptor
    core_start: int = -1  # the named part, without absorbed words
    core_end: int = -1
    context: bool = False  # an introductory ``In chemotherapy,`` phrase: setting, not an agent
    class_target: tuple[str, ...] = ()  # ``X inhibitors``: X's ids
    class_sign: int = 0  # -1 inhibitor, +1 activator

    @property
    def is_mitophagy(self) -> bool:
        return self.kind == "REG" and self.ids == (MITOPHAGY_ID,)

    @property
    def therapy_id(self) -> str:
        return self.ids[0] if self.ids else ""


def therapy_key(text: str) -> str:
    """A therapy id as written, lower case, without a PDF's space before a Greek letter (``hif1 α`` -> ``hif1α``)."""
    return _GREEK_GAP.sub("", " ".join(text.lower().split()))
