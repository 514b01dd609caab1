"""Session 14 (refs14, issue 11): citation and entry classes, on strings and pages written for these tests.

- a group author cited with its acronym in round brackets inside the marker's
  (``(Test Health Organization (THO), 2012)``), later by the acronym alone (``(THO, 2014)``);
  the entry printing the acronym (``Test Health Organization (THO). (2012). Title.``) is kept and parsed;
- a numeric pair joined by ``and`` alone (``[3 and 5]``, ``(3 and 5)``) cites where the list holds
  the numbers, but not after a counted noun (``the two groups (1 and 2)``);
- a raised range whose dash is drawn on the baseline with space around it (``³ –⁷``);
- an author-year entry that prints no year, or ``in press`` unbracketed, stays an entry and is cited;
- a capital inside an identifier (``–beforeTestWindow 2000``, a program option and its value) opens no
  cited surname.
"""

from __future__ import annotations

import pytest

from pipeline.document import Source
from pipeline.ingest import ingest_text, reference_crf
from pipeline.ingest.author_year import find_author_year
from pipeline.ingest.citations import find_markers
from pipeline.ingest.references import parse_references

needs_crf = pytest.mark.skipif(not reference_crf.available(), reason="reference CRF absent")


def _doc(text: str):
    return ingest_text(text, Source(path="s14.txt", format="text", sha256="0" * 64))


# -- nested acronym ----------------------------------------------------------------------------------

@pytest.mark.parametrize("marker, names", [
    ("(Test Health Organization (THO), 2012)", ("Test Health Organization",)),
    ("(Lindvale Cancer Network (LCN) 2012)", ("Lindvale Cancer Network",)),
    ("(Okafor et al., 2019; Lindvale Cancer Network (LCN), 2012)", ("Okafor", "Lindvale Cancer Network")),
])
def test_group_author_with_its_acronym_in_round_brackets(marker, names):
    works = [w for m in find_author_year(f"Receptor loss was reported {marker}.") for w in m.works]
    assert tuple(w.surnames[0] for w in works) == names
    assert works[-1].year == "2012"


def test_a_bracketed_word_inside_brackets_without_a_year_after_it_opens_no_marker():
    assert find_author_year("Receptor loss (as in Fig. 2 (AB) and below) was seen.") == []


GROUP = """Receptor atlas

Introduction

Receptor loss is common worldwide (Test Health Organization (THO), 2012). Kinases matter (Varga, 2016).
Later reports agreed (THO, 2014).

References

Test Health Organization (THO). (2012). Receptor report of the year. Lindvale: THO.

Test Health Organization (THO). (2014). Receptor report of a later year. Lindvale: THO.

Varga, T. (2016). Drug tolerance in tumour cells. Nat. Cell Biol. 18, 1-9.
"""


@needs_crf
def test_group_author_entries_with_their_acronym_are_kept_parsed_and_cited():
    doc = _doc(GROUP)
    assert [r.authors for r in doc.references] == [["Test Health Organization"], ["Test Health Organization"], ["Varga, T"]]
    assert [r.title for r in doc.references[:2]] == ["Receptor report of the year", "Receptor report of a later year"]
    assert [c.numbers for c in doc.citations] == [[1], [3], [2]]


@needs_crf
@pytest.mark.parametrize("entry", [
    "Lindvale Cancer Network (LCN) (2012). Receptor report of the year. Lindvale: LCN.",
    "Test Health Organization (THO). 2012. Receptor report of the year. Lindvale: THO.",
])
def test_group_author_head_with_acronym_is_the_author(entry):
    ref = parse_references([(entry, 1)])[0]
    assert ref.authors == [entry.split(" (")[0]]
    assert ref.title == "Receptor report of the year"
    assert ref.year == 2012


# -- numeric pairs joined by "and" -------------------------------------------------------------------

NUMBERED = """Receptor atlas

Introduction

Receptors turn over in resistant cells (3 and 5). Kinases matter [2 and 4]. The two groups (1 and 2)
differed in size. A later pair (7 and 9) lies beyond the list. Other work agreed (1).

References

1. Harlow B, Quist T. Receptors of resistant carcinoma cells. Cell Stress Rep. 2019;1:1-9.
2. Harlow B, Quist T. Receptors of tolerant carcinoma cells. Cell Stress Rep. 2019;2:1-9.
3. Harlow B, Quist T. Receptors of persistent carcinoma cells. Cell Stress Rep. 2019;3:1-9.
4. Harlow B, Quist T. Receptors of dormant carcinoma cells. Cell Stress Rep. 2019;4:1-9.
5. Harlow B, Quist T. Receptors of relapsed carcinoma cells. Cell Stress Rep. 2019;5:1-9.
"""


def test_numeric_pair_joined_by_and_cites_where_the_list_holds_it():
    doc = _doc(NUMBERED)
    assert len(doc.references) == 5
    assert [c.numbers for c in doc.citations] == [[3, 5], [2, 4], [1]]


@pytest.mark.parametrize("text, want", [
    ("as reported before (3 and 5). Then", [(3, 5)]),
    ("as reported before [3 and 5]. Then", [(3, 5)]),
    ("the two groups (1 and 2) differed", []),
    ("in lanes (3 and 4) only", []),
    ("(1 and 2)", []),
])
def test_numeric_pair_marker_text_level(text, want):
    found = find_markers(text, pairs=True)
    assert [m.numbers for m in found] == want
    assert all(m.pair for m in found)


def test_round_numeric_pair_needs_a_caller_that_checks_the_list():
    assert find_markers("as reported before (3 and 5). Then") == []


# -- spaced raised range -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("organelles\u00b3 \u2013\u2077 and", [(3, 4, 5, 6, 7)]),
    ("organelles\u00b3 \u2013 \u2077 and", [(3, 4, 5, 6, 7)]),
    ("organelles\u2075 - \u2079.", [(5, 6, 7, 8, 9)]),
    ("the area in cm\u00b2 \u2013 \u00b3 only", []),
])
def test_raised_range_with_a_spaced_baseline_dash(text, want):
    assert [m.numbers for m in find_markers(text)] == want


def test_raised_range_with_a_baseline_dash_on_a_page(tmp_path):
    pytest.importorskip("reportlab")
    from test_citation_tails_s10 import LEAD, REST, _paper

    rows = [[[(LEAD, False, 0), ("3", True, 0.3), ("\u2013", False, gap), ("7", True, gap), (REST, False, 0)]]
            for gap in (1.5, 3.0)]
    assert _paper(tmp_path / "baseline_dash.pdf", rows) == [(3, 4, 5, 6, 7)] * 2


# -- author-year entries with no year ----------------------------------------------------------------

UNDATED = """Receptor atlas

Introduction

Receptors turn over in resistant cells (Okafor et al., 2019). Counts were made with a tool (Lind and Berg,
n.d.). Kinases matter (Varga, 2016). A later study agreed (Quist, in press).

References

Lind, T., and Berg, K. TestTool: a program for receptor counts. https://example.org/testtool

Okafor, P., Harlow, B., and Quist, T. (2019). Receptor loss in resistant cells. Cell Stress Rep. 4, 1-9.

Quist, T. Receptor turnover in the clinic. Lindvale J. Oncol., in press.

Varga, T. (2016). Drug tolerance in tumour cells. Nat. Cell Biol. 18, 1-9.
"""


@needs_crf
def test_author_year_entries_without_a_year_are_kept_and_cited():
    doc = _doc(UNDATED)
    assert [r.year for r in doc.references] == [None, 2019, None, 2016]
    assert [r.authors[0] for r in doc.references] == ["Lind, T.", "Okafor, P.", "Quist, T", "Varga, T"]
    assert sorted(n for c in doc.citations for n in c.numbers) == [1, 2, 3, 4]
    assert all(not c.unlinked for c in doc.citations)


def test_prose_paragraph_after_the_list_is_no_undated_entry():
    from pipeline.ingest.entry_split import opens_undated_entry

    assert opens_undated_entry("Lind, T., and Berg, K. TestTool: a program. https://example.org/t")
    assert not opens_undated_entry("Lindvale, the town, saw receptor counts rise in every clinic.")
    assert not opens_undated_entry("Receptor counts rose in every clinic of the study.")


# -- a capital inside an identifier opens no surname -------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("reads were binned (options:\u2013beforeTestWindow 2000;\u2013binSize 10) before", []),
    ("the counts (settings: minTestScore 2010) held", []),
    ("as shown (deVries, 2019) before", [("Vries", "2019")]),
    ("as shown (McDonald et al., 2019) before", [("McDonald", "2019")]),
])
def test_capital_inside_an_identifier_is_no_cited_surname(text, want):
    assert [(w.surnames[0], w.year) for m in find_author_year(text) for w in m.works] == want
