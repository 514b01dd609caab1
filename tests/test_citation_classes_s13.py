"""Session 13 (refs13, issue 11): in-text citation classes, on strings written for these tests.

- a group author cited with its acronym in brackets before the year (APA's first mention:
  ``(Test Health Organization [THO], 2020)``) links to the entry that spells the group out.
"""

from __future__ import annotations

import pytest

from pipeline.document import Reference, Source
from pipeline.ingest import ingest_text, reference_crf
from pipeline.ingest.author_year import find_author_year

needs_crf = pytest.mark.skipif(not reference_crf.available(), reason="reference CRF absent")


@pytest.mark.parametrize("marker, names", [
    ("(Test Health Organization [THO], 2020)", ("Test Health Organization",)),
    ("(Lindvale Cancer Network [LCN] 2020)", ("Lindvale Cancer Network",)),
    ("(Okafor et al., 2019; Test Health Organization [THO], 2020)", ("Okafor", "Test Health Organization")),
])
def test_group_author_with_its_acronym_in_brackets(marker, names):
    works = [w for m in find_author_year(f"Receptor loss was reported {marker}.") for w in m.works]
    assert tuple(w.surnames[0] for w in works) == names
    assert works[-1].year == "2020"


def test_a_bracketed_lower_case_note_is_no_acronym():
    assert find_author_year("Receptor loss was reported (Okafor [unpublished], 2020).") == []


GROUP = """Receptor atlas

Introduction

Receptors turn over in resistant cells (Test Health Organization [THO], 2020). Kinases matter (Varga, 2016).
Later work agreed (THO, 2021).

References

Test Health Organization (2020). Receptor report of the year. Lindvale: THO.

Test Health Organization (2021). Receptor report of the next year. Lindvale: THO.

Varga, T. (2016). Drug tolerance in tumour cells. Nat. Cell Biol. 18, 1-9.
"""


@needs_crf
def test_group_author_with_its_acronym_links_to_its_entry():
    doc = ingest_text(GROUP, Source(path="group.txt", format="text", sha256="0" * 64))
    assert len(doc.references) == 3
    cited = [c.numbers for c in doc.citations]
    assert sorted(n for ns in cited for n in ns) == [1, 2, 3]
