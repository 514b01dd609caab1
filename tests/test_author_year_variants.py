"""Author-year markers in their common variants, linked to the entry (strings written for the test)."""

from __future__ import annotations

import pytest

from pipeline.ingest.author_year import Linker, find_author_year
from pipeline.ingest.references import parse_reference

LIST = [
    "Smith, J., and Lee, K. (2020). Receptor control of mitophagy. Cell 1, 1-10.",
    "Smith, J. (2019a). Mitochondrial fission in melanoma. Nature 2, 2-3.",
    "Smith, J. (2019b). Autophagy in leukemia. Nature 3, 4-5.",
    "Lee, K., Park, S., and Kim, H. (2020). A screen for mitophagy regulators. Science 4, 5-6.",
    "van der Berg, A., and Chen, L. (2018). PINK1 in tumours. EMBO J. 5, 6-7.",
    "Müller-Ott, B. (2017). Parkin and drug resistance. Mol. Cell 6, 7-8.",
    "World Health Organization (2021). Global cancer report. Geneva: WHO.",
    "Smith, J., Lee, K., and Zhou, X. (2021). BNIP3 in hypoxia. Cell 8, 1-2.",
    "Ó Súilleabháin, C., and Ng, T. (2016). Mitophagy receptors in lymphoma. Blood 9, 9-10.",
    "de la Cruz, M. (2015). Lysosomes and cisplatin. Blood 9, 11.",
]


@pytest.fixture(scope="module")
def linker():
    return Linker([parse_reference(t, number=i) for i, t in enumerate(LIST, 1)])


@pytest.mark.parametrize("text, numbers", [
    ("as Smith and Lee (2020) showed", [1]),
    ("(Smith, 2019a; Lee et al., 2020)", [2, 4]),
    ("[Smith 2019b]", [3]),
    ("Smith et al. (2021)", [8]),
    ("(Smith 2019a, b)", [2, 3]),
    ("Smith (2019a, 2019b)", [2, 3]),
    ("(van der Berg and Chen, 2018)", [5]),
    ("Van der Berg and Chen (2018)", [5]),
    ("(Müller-Ott, 2017)", [6]),
    ("(Ó Súilleabháin and Ng, 2016)", [9]),
    ("De la Cruz (2015)", [10]),
    ("(World Health Organization, 2021)", [7]),
    ("(see Lee et al., 2020, for review)", [4]),
    # a label naming the method before its authors
    ("(Receptor Atlas, Smith and Lee, 2020)", [1]),
    ("(MITOSCAN, Lee et al., 2020)", [4]),
    # years alone after a semicolon are the same authors' works
    ("(Smith, 2019a; 2019b; van der Berg and Chen, 2018)", [2, 3, 5]),
    # a comma between the names and the bracketed year
    ("as in Smith & Lee, (2020)", [1]),
])
def test_author_year_variant_links_to_its_entry(linker, text, numbers):
    works = [w for m in find_author_year(text) for w in m.works]
    got = [linker.link(w).number if linker.link(w) else None for w in works]
    assert got == numbers


def test_group_author_needs_the_year_and_the_whole_name(linker):
    works = [w for m in find_author_year("(World Health Organization, 2019)") for w in m.works]
    assert [linker.link(w) for w in works] == [None]


def test_bare_author_year_items_of_a_table_cell(linker):
    # tables of reviews list their sources with no brackets: "Smith, 2019a, 2019b; Lee et al., 2020"
    cell = "Smith, 2019a, 2019b; Lee et al., 2020 de la Cruz, 2015"
    markers = find_author_year(cell, bare=True)
    assert all(m.bare for m in markers)
    linked = sorted({linker.link(w).number for m in markers for w in m.works if linker.link(w)})
    assert linked == [2, 3, 4, 10]
    # without ``bare`` (body text) the same words are no marker
    assert find_author_year(cell) == []


def test_bare_items_need_a_word_boundary_and_a_surname():
    assert find_author_year("Kd 30nM, 2019 at 37 C", bare=True) == []
    assert find_author_year("Table, 2019", bare=True) == []


def test_table_cell_citations_link_and_unlinked_bare_items_are_dropped():
    from pipeline.document import Source
    from pipeline.ingest.assemble import blocks_to_document
    from pipeline.ingest.blocks import HEADING, TABLE, TEXT, Block

    blocks = [Block(TEXT, "Receptor ligands of tenascin", role=""), Block(HEADING, "Introduction"),
              Block(TEXT, "Tenascin binds many partners (Smith, 2019a)."),
              Block(TABLE, "Table 1. Ligands", rows=[["Ligand", "Source"], ["Neurocan", "Smith, 2019b; Lee et al., 2020"],
                                                      ["Heparin, 2 mM", "Brown, 1999"]]),
              Block(HEADING, "References")] + [Block(TEXT, t) for t in LIST]
    doc = blocks_to_document(blocks, Source(path="bare.txt", format="text", sha256="3" * 64))
    in_table = [c for c in doc.citations if c.row >= 0]
    assert sorted(n for c in in_table for n in c.numbers) == [3, 4]
    assert not any(c.unlinked for c in in_table)


@pytest.mark.parametrize("text, numbers", [
    # the list's year is a year off the cited one (online-first vs issue year), one such entry
    ("(Müller-Ott, 2018)", [6]),
    ("(de la Cruz, 2016)", [10]),
    # a typing slip in a long surname, in the cited year
    ("(Müller-Ottt, 2017)", [6]),
])
def test_near_miss_of_year_or_spelling_links_to_the_single_fitting_entry(linker, text, numbers):
    works = [w for m in find_author_year(text) for w in m.works]
    assert [linker.link(w).number if linker.link(w) else None for w in works] == numbers


@pytest.mark.parametrize("text", [
    "(Smith, 2018)",     # Smith has entries in 2019 (two) and 2020, 2021: no single near one
    "(Lee et al., 2022)",  # two years off
    "(Smyth, 2020)",     # a short name is not matched by spelling
])
def test_near_miss_needs_a_single_entry_and_a_long_name(linker, text):
    works = [w for m in find_author_year(text) for w in m.works]
    assert [linker.link(w) for w in works] == [None]
