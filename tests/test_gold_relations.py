"""Schema and provenance checks on the hand-made gold, ``annotations/relations.jsonl``.

The gold was written by reading the review (``annotations/README.md``); these
tests do not re-derive it, they check that every line obeys
``spec/relations.md`` and points at text that really is in the paper.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pipeline.records import COLUMNS, EFFECTS, read_records

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "annotations" / "relations.jsonl"
HTML_TEXT = ROOT / "corpus" / "yan2025_oncolrev_html-extracted.txt"
PDF_TEXT = ROOT / "corpus" / "yan2025_oncolrev_pdf-extracted.txt"

# The review's reference list runs from 1 to 63 (corpus/README.md).
N_REFERENCES = 63
HEADING = re.compile(r"^\s*(\d+(?:\.\d+)*)\s+[A-Z]", re.MULTILINE)
CAPTION = re.compile(r"^.*?\b(TABLE|FIGURE)\s+(\d+)\s*\|", re.MULTILINE)


MARKER = re.compile(r"\((\d+(?:\s*[–-]\s*\d+)?(?:\s*,\s*\d+(?:\s*[–-]\s*\d+)?)*)\)")


def markers_in(text: str) -> set[int]:
    """Numbers of the citation markers printed in ``text``, ranges expanded."""
    numbers: set[int] = set()
    for group in MARKER.findall(text):
        for part in group.split(","):
            ends = [int(n) for n in re.split(r"[–-]", part)]
            numbers.update(range(ends[0], ends[-1] + 1))
    return numbers


def normalize_space(text: str) -> str:
    return " ".join(text.split())


def section_texts(text: str) -> dict[str, str]:
    """Split the HTML rendition into its numbered sections, ``Table N`` and ``Figure N``.

    A caption line (``TABLE 1 | ...`` / ``...FIGURE 1 | ...``) belongs to its own
    float, up to the next blank line, and is cut out of the surrounding section.
    """
    spans: list[tuple[int, str]] = [(m.start(), m.group(1)) for m in HEADING.finditer(text)]
    for m in CAPTION.finditer(text):
        spans.append((m.start(), f"{m.group(1).title()} {m.group(2)}"))
    spans.sort()
    out: dict[str, str] = {}
    current = ""  # the numbered section a float interrupts
    for i, (start, name) in enumerate(spans):
        end = spans[i + 1][0] if i + 1 < len(spans) else len(text)
        chunk = text[start:end]
        if name.startswith(("Table", "Figure")):
            chunk, _, rest = chunk.partition("\n\n")
            out[current] = out.get(current, "") + "\n" + rest
        else:
            current = name
        out[name] = out.get(name, "") + chunk
    return out


@pytest.fixture(scope="module")
def gold():
    return read_records(GOLD)


@pytest.fixture(scope="module")
def raw_lines():
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def sections():
    return section_texts(HTML_TEXT.read_text(encoding="utf-8"))


def test_every_line_parses_with_the_spec_columns_in_order(gold, raw_lines):
    assert len(gold) == len(raw_lines) > 0
    for line in raw_lines:
        assert tuple(line) == COLUMNS, line


def test_one_document_id(gold):
    assert {r.doc_id for r in gold} == {"yan2025-oncolrev"}


def test_effects_ids_and_text_fields_are_well_formed(gold):
    for r in gold:
        assert r.effect in EFFECTS
        assert r.regulator.strip() and r.therapy.strip() and r.evidence.strip(), r
        assert all(i and i == i.strip() for i in r.regulator_ids), r
        assert len(set(r.regulator_ids)) == len(r.regulator_ids), r
        assert r.therapy_id == r.therapy_id.strip().lower(), r
        assert r.cancer_type == r.cancer_type.strip().lower(), r


def test_citations_are_sorted_unique_reference_numbers(gold):
    for r in gold:
        assert list(r.citations) == sorted(set(r.citations)), r
        assert all(1 <= c <= N_REFERENCES for c in r.citations), r


def test_no_duplicate_record_in_one_place(gold):
    keys = [r.key() for r in gold]
    assert len(keys) == len(set(keys))


def test_sections_exist_in_the_paper(gold, sections):
    # The HTML rendition has every heading, the Figure 1 legend and Table 1.
    assert {"1", "2.3.1", "3", "Table 1", "Figure 1"} <= set(sections)
    for r in gold:
        assert r.section in sections, r.section


def test_evidence_occurs_in_a_rendition(gold):
    renditions = [normalize_space(p.read_text(encoding="utf-8")) for p in (HTML_TEXT, PDF_TEXT)]
    for r in gold:
        # a table row's cells are joined by " | " in the gold and by tabs in the text
        evidence = r.evidence.replace(" | ", " ") if r.section.startswith("Table") else r.evidence
        evidence = normalize_space(evidence)
        assert any(evidence in text for text in renditions), r.evidence


def test_evidence_sits_in_its_own_section(gold, sections):
    normalized = {name: normalize_space(text) for name, text in sections.items()}
    for r in gold:
        evidence = r.evidence.replace(" | ", " ") if r.section.startswith("Table") else r.evidence
        assert normalize_space(evidence) in normalized[r.section], (r.section, r.evidence)


def test_every_table_row_is_annotated(gold, sections):
    rows = [line.strip() for line in sections["Table 1"].splitlines()[1:] if line.strip()]
    assert len(rows) == 10
    annotated = {r.evidence for r in gold if r.section == "Table 1"}
    for row in rows:
        assert " | ".join(cell.strip() for cell in row.split("\t")) in annotated, row


def test_evidence_citations_are_printed_in_the_evidence_or_a_neighbour(gold):
    """Rule 4: a record's numbers are printed in its sentence, or it has none of its own."""
    for r in gold:
        printed = markers_in(r.evidence)
        own = [c for c in r.citations if c in printed]
        # either all numbers are the sentence's own, or the sentence has no marker at all
        assert own == list(r.citations) or not printed, r
