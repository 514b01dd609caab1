"""Raised numbers and parenthesised numbers that are not citations, one class per test."""

from __future__ import annotations

import pytest

from pipeline.ingest.citations import find_markers


def _texts(text: str) -> list[str]:
    return [m.text for m in find_markers(text)]


@pytest.mark.parametrize(
    "text",
    [
        "an area of 3 cm² per well",  # power of a unit
        "resolved at 2.1 Å² per atom",
        "a volume of 5 µm³ in each cell",
        "phosphorylation of Tyr³⁶⁹ and Ser⁶⁵ was lost",  # residue numbers
        "cells were traced with ¹³C glucose",  # isotopes
        "labelled with³²P orthophosphate",
        "the ¹⁸F-FDG signal fell",
        "seeded at 10⁵ cells per well",  # exponents
        "about 2×10⁶ events",
        "the Ca²⁺ and Mg²⁺ levels",  # charges in formulas
        "a fit with R² of 0.93 and χ² of 4",  # one-letter symbols
        "analysed in Prism⁸ and SPSS²⁶",  # versions after software names
    ],
)
def test_superscripts_that_are_not_citations(text):
    assert _texts(text) == []


@pytest.mark.parametrize(
    "text, markers",
    [
        ("mitophagy promotes resistance¹²,¹³ in cells", ["¹²,¹³"]),
        ("as shown before.¹⁴ Next", ["¹⁴"]),
        ("PINK1¹⁵ and Parkin¹⁶⁻¹⁸ act together", ["¹⁵", "¹⁶⁻¹⁸"]),  # after a gene name ending in a digit
        ("in hepatocytes³ and in neurons⁴", ["³", "⁴"]),
    ],
)
def test_superscript_citations_are_kept(text, markers):
    assert _texts(text) == markers


@pytest.mark.parametrize(
    "text",
    [
        "We asked (1) whether PINK1 acts, (2) how it acts and (3) where it acts.",
        "Three steps follow: (1) binding, (2) cleavage; (3) release of the receptor.",
    ],
)
def test_enumerations_are_not_citations(text):
    assert _texts(text) == []


def test_numbered_citations_that_look_like_a_list_are_kept():
    assert _texts("Mitophagy (1) removes damaged mitochondria (2). Tumours use it (3).") == ["(1)", "(2)", "(3)"]
    assert _texts("PINK1 (1) and Parkin (2) regulate it (3).") == ["(1)", "(2)", "(3)"]


@pytest.mark.parametrize("text, numbers", [
    ("Reads were aligned using Bowtie 2.0⁵⁸. Peaks were called", [(58,)]),
    ("motifs were found with MEME Suite 4.12.0⁶³,⁶⁴ and mapped", [(63, 64)]),
    ("currents were recorded in pClamp 10.7⁵ at room temperature", [(5,)]),
])
def test_raised_number_after_a_tools_version_is_a_citation(text, numbers):
    assert [m.numbers for m in find_markers(text)] == numbers


@pytest.mark.parametrize("text", ["plated 1.2 × 10⁶ cells per well", "a 2.5² fold area", "Prism⁸ was used"])
def test_powers_and_bare_versions_stay_no_citations(text):
    assert find_markers(text) == []
