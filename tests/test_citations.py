"""Citation-marker parser: examples and properties (hypothesis)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.ingest.citations import expand_numbers, find_markers


def _numbers(text):
    return [list(m.numbers) for m in find_markers(text)]


def test_marker_forms():
    assert _numbers("shown (3, 4) and (2, 6, 7).") == [[3, 4], [2, 6, 7]]
    assert _numbers("trials (51–53) and (8-10)") == [[51, 52, 53], [8, 9, 10]]
    assert _numbers("FUNDC1 (9)(p1) also") == [[9]]
    assert [m.text for m in find_markers("FUNDC1 (9)(p1) also")] == ["(9)(p1)"]
    assert _numbers("as reported [12-14] and [3]") == [[12, 13, 14], [3]]
    assert _numbers("resistance¹²,¹³ and loss¹⁻³.") == [[12, 13], [1, 2, 3]]


def test_things_that_are_not_markers():
    assert _numbers("(Figure 1) (Table 1) kinase 1(PINK1) 12(1):58 (2021) (202403100304)") == []
    assert _numbers("10⁶ cells and CD8⁺ T cells") == []
    assert _numbers("a backwards range (9–3) or a page span (1–400)") == []


def test_offsets_point_at_the_marker():
    text = "Parkin (2) and PINK1 [5–7]."
    for m in find_markers(text):
        assert text[m.start : m.end] == m.text


@given(st.lists(st.integers(1, 300), min_size=1, max_size=6, unique=True), st.sampled_from([", ", ",", "; "]))
def test_lists_round_trip(numbers, sep):
    text = f"some finding ({sep.join(map(str, numbers))}) here"
    (marker,) = find_markers(text)
    assert list(marker.numbers) == numbers
    assert text[marker.start : marker.end] == marker.text


@given(st.integers(1, 900), st.integers(0, 40), st.sampled_from(["-", "–", "—", "−"]))
def test_ranges_expand_inclusively(low, width, dash):
    numbers = expand_numbers(f"{low}{dash}{low + width}")
    assert numbers == list(range(low, low + width + 1))


@given(st.text(max_size=200))
def test_never_crashes_and_offsets_hold(text):
    for m in find_markers(text):
        assert text[m.start : m.end] == m.text
        assert m.numbers and all(0 < n < 1000 for n in m.numbers)


def test_numbered_markers_naming_the_reference_and_lists_with_and():
    # PNAS-style "(refs. 3 and 4)", "(ref. 5)", "(see Refs 3–5)"; "(3, 4 and 7)", "(3–5 and 8)"
    cases = {
        "as shown (refs. 3 and 4) before": [(3, 4)],
        "as shown (ref. 5).": [(5,)],
        "as shown (see Refs 3–5).": [(3, 4, 5)],
        "as shown [ref. 12].": [(12,)],
        "as shown (3, 4 and 7).": [(3, 4, 7)],
        "as shown (3–5 and 8).": [(3, 4, 5, 8)],
        "the two groups (1 and 2) differed": [],
    }
    for text, numbers in cases.items():
        assert [m.numbers for m in find_markers(text)] == numbers, text


@pytest.mark.parametrize("text, numbers", [
    ("as described ( 46 ). Cells were washed", [(46,)]),
    ("tetramers ( 12 – 14 ) complexed with", [(12, 13, 14)]),
    ("in two studies [ 3, 4 ] and", [(3, 4)]),
    ("one space only ( 3) is no marker", []),
])
def test_markers_with_a_space_inside_both_brackets(text, numbers):
    # some PDFs' text layer puts a space inside both brackets of every marker
    assert [m.numbers for m in find_markers(text)] == numbers


def test_spaced_enumeration_items_are_no_citations():
    assert find_markers("we asked ( 1 ) whether cells survive, ( 2 ) how they do and ( 3 ) why") == []
