"""Read GROBID's labelled reference strings (``../shared/data/references/grobid-citation``).

Each ``<bibl>`` is mixed content: the raw string is all its text, the labelled
fields are its child elements. :func:`load` returns one :class:`Example` per
``<bibl>`` with the raw string and the character spans of its fields, labels
normalised to the names the reference parser uses. The held-out split is fixed
by string: a reference whose SHA-1 of its raw text is 0 modulo 3 is held out
(never used for training or tuning). Not by file: one file (``citations.xml``)
holds 3,515 of the 9,005 strings, so a split by file would be lopsided.
"""

from __future__ import annotations

import hashlib
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_ROOT = Path(__file__).resolve().parents[2] / "shared" / "data" / "references" / "grobid-citation"


@dataclass
class Example:
    file: str
    raw: str
    spans: list[tuple[str, int, int]] = field(default_factory=list)  # (label, start, end)

    def field(self, label: str) -> str:
        """The text of the first span with ``label`` ("" when absent)."""
        for name, start, end in self.spans:
            if name == label:
                return self.raw[start:end]
        return ""

    @property
    def heldout(self) -> bool:
        return is_heldout(self.raw)


def is_heldout(raw: str) -> bool:
    return int(hashlib.sha1(raw.encode()).hexdigest(), 16) % 3 == 0


def is_dev(raw: str, fold: int = 0) -> bool:
    """Inside tune, the third used to choose features and settings (salted, so unrelated to
    held-out); ``fold`` 1 or 2 names another third of tune (session 9: fold 1, a second look at
    the repairs, with a model trained on the other two thirds)."""
    return int(hashlib.sha1(b"dev:" + raw.encode()).hexdigest(), 16) % 3 == fold


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def _label(el: ET.Element) -> str:
    tag = _local(el.tag)
    kind = (el.get("type") or el.get("unit") or el.get("level") or "").lower()
    if tag in ("author", "authors"):
        return "author"
    if tag == "orgname":
        return "author" if kind == "collaboration" else "institution"
    if tag == "editor":
        return "editor"
    if tag == "title":
        return {"a": "title", "j": "journal", "m": "booktitle", "s": "series"}.get(kind, "title")
    if tag in ("date", "year", "month"):
        return "date"
    if tag in ("biblscope", "volumes", "page"):
        if tag == "page" or kind in ("page", "pp"):
            return "pages"
        if kind in ("volume", "vol") or tag == "volumes":
            return "volume"
        if kind == "issue":
            return "issue"
        return "other"
    if tag == "idno":
        return "doi" if kind == "doi" else "idno"
    if tag == "ptr":
        return "url"
    if tag in ("publisher", "publishe"):
        return "publisher"
    if tag == "pubplace":
        return "pubplace"
    return "other"  # note, notes, lb, unknown


def _example(file_name: str, bibl: ET.Element) -> Example:
    parts: list[str] = [bibl.text or ""]
    spans: list[tuple[str, int, int]] = []
    pos = len(parts[0])
    for child in bibl:
        text = "".join(child.itertext())
        if _local(child.tag) == "lb":
            text = " "
        label = _label(child)
        if text.strip() and label != "other":
            spans.append((label, pos, pos + len(text)))
        parts.append(text)
        pos += len(text)
        tail = child.tail or ""
        parts.append(tail)
        pos += len(tail)
    raw = "".join(parts)
    # Collapse whitespace while keeping the spans aligned.
    out, mapping = [], []
    prev_space = True
    for ch in raw:
        if ch.isspace():
            if not prev_space:
                out.append(" ")
            mapping.append(len(out) - (0 if prev_space else 1) if out else 0)
            prev_space = True
        else:
            mapping.append(len(out))
            out.append(ch)
            prev_space = False
    mapping.append(len(out))
    text = "".join(out)
    fixed = []
    for label, start, end in spans:
        s, e = mapping[start], mapping[end]
        while s < e and text[s] == " ":
            s += 1
        while e > s and text[e - 1] == " ":
            e -= 1
        if e > s:
            fixed.append((label, s, e))
    stripped = text.rstrip()
    return Example(file_name, stripped, [(l, s, min(e, len(stripped))) for l, s, e in fixed])


def load(root: Path = DEFAULT_ROOT) -> list[Example]:
    examples: list[Example] = []
    files = sorted((root / "corpus").glob("*.xml")) + sorted((root / "evaluation").glob("*.xml"))
    for path in files:
        tree = ET.parse(path)
        for bibl in tree.iter():
            if _local(bibl.tag) == "bibl":
                ex = _example(path.name, bibl)
                if ex.raw.strip():
                    examples.append(ex)
    return examples


def split(examples: list[Example]) -> tuple[list[Example], list[Example]]:
    """(tune, held-out)."""
    return [e for e in examples if not e.heldout], [e for e in examples if e.heldout]


_BIO = re.compile(
    r"(?i)\b(?:biol|bioch|cell|cancer|med|clin|immunol|nucleic|pharm|mol\b|molec|genet|physiol|neuro|"
    r"oncol|chem|proc\.? natl|nature|science|lancet|plos|embo|jama|nat\.|autophagy|mitochond|hepat|cardi|blood)"
)


def is_biomedical(example: Example) -> bool:
    """A reference whose journal names a biomedical or chemistry journal (a rough lexical test)."""
    return bool(_BIO.search(example.field("journal")))
