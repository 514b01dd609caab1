"""Citation and entry classes of session 6 (cites6), each on strings or papers written for
the test: markers in back-matter statements, Science's back matter run into the last entry,
spaced and line-broken superscripts, ``ref. N`` in running text, prose cues inside numeric
brackets, IEEE ``[1]–[3]``, flattened key-resources cells, and author-year forms (a sentence's
first word before the names, ``Smith, et al.,``, ``and colleagues``, possessives, three names,
no space after the comma, initials with diacritics, dotless i, two entries of one author-year)."""

from __future__ import annotations

import pytest

from pipeline.document import Reference, Source
from pipeline.ingest import ingest_text, reference_crf
from pipeline.ingest.author_year import Linker, Work, find_author_year, fold, surname
from pipeline.ingest.citations import find_cell_markers, find_markers
from pipeline.ingest.entry_split import split_run_in_back
from pipeline.ingest.references import split_entry_number


def _numbers(text: str) -> list[tuple[int, ...]]:
    return [m.numbers for m in find_markers(text)]


def _works(text: str) -> list[tuple[tuple[str, ...], bool, str, str]]:
    return [(w.surnames, w.et_al, w.year, w.letter) for m in find_author_year(text) for w in m.works]


# -- numbered markers -------------------------------------------------------------


def test_serial_comma_before_and_in_a_numbered_list():
    # "(3, 4, and 7)" raised ValueError in expand_numbers before
    assert _numbers("as shown before (3, 4, and 7).") == [(3, 4, 7)]
    assert _numbers("as shown before (3,4 and 5).") == [(3, 4, 5)]


@pytest.mark.parametrize("text, want", [
    ("reviewed recently (reviewed in 3, 4).", [(3, 4)]),
    ("many forms [e.g., 3, 4] exist", [(3, 4)]),
    ("in tumours (for review, see 12).", [(12,)]),
    ("in tumours (12, 13; reviewed in 14).", [(12, 13, 14)]),
    ("in tumours (see 12, 13).", [(12, 13)]),
])
def test_prose_cue_inside_numbered_brackets(text, want):
    assert _numbers(text) == want


@pytest.mark.parametrize("text", ["doses (e.g., 3 or 4 days) were", "groups 2 (and 3) were", "(1 and 2)"])
def test_prose_cue_needs_a_bare_number_list(text):
    assert _numbers(text) == []


@pytest.mark.parametrize("text, want", [
    ("Several earlier reports (reviewed in ref. 20) confirmed this.", [(20,)]),
    ("as in refs. 3, 4 and 7.", [(3, 4, 7)]),
    ("for other solvents, see Refs. 2,5,11,23,31). This", [(2, 5, 11, 23, 31)]),
    ("Reference list aside, Ref. 4, which", [(4,)]),
])
def test_ref_abbreviation_in_running_text(text, want):
    assert _numbers(text) == want


def test_ref_abbreviation_not_a_decimal():
    assert _numbers("a ref. 12.5 mm bead") == []


def test_ieee_range_of_two_brackets():
    assert _numbers("as shown [1]–[3] and [5].") == [(1, 2, 3), (5,)]
    assert _numbers("as shown [3]-[1].") == [(3,), (1,)]  # backwards: two markers, no range


@pytest.mark.parametrize("text, want", [
    ("performed as described previously ⁶⁴. Typically", [(64,)]),
    ("aligned using Bowtie2 (version 2.3.2, ⁷⁰) with", [(70,)]),
    ("peaks were kept ⁷⁴.", [(74,)]),
])
def test_superscript_after_a_space(text, want):
    assert _numbers(text) == want


@pytest.mark.parametrize("text", [
    "rates (day ¹) were",            # a unit whose minus sign was lost
    "Shenzhen 518060, China. ²Shenzhen Key Laboratory",  # an affiliation label
    "an unusual ²3T twist",
    "in cm ² area",
    "R ² was 0.9",
    "10 ⁵ cells",
])
def test_spaced_superscript_that_is_no_citation(text):
    assert _numbers(text) == []


@pytest.mark.parametrize("text, want", [
    ("cited¹²,\n¹³ were", [(12, 13)]),
    ("cited¹², ¹³ were", [(12, 13)]),
    ("cited¹²⁻\n¹⁴ were", [(12, 13, 14)]),
    ("resistance¹²⁻¹⁴,¹⁶.", [(12, 13, 14, 16)]),
    ("labelled cells¹², ¹³C glucose", [(12,)]),
])
def test_superscript_list_broken_across_a_line(text, want):
    assert _numbers(text) == want


def test_raised_date_is_no_citation():
    assert _numbers("Published January²⁵,²⁰²³ Consistent with") == []


def test_superscript_after_a_year_cites():
    assert _numbers("composed in Inkscape (Inkscape Project, 2020⁶⁹).") == [(69,)]
    assert _numbers("about 10⁶ cells and 2.5⁴") == []


def test_key_resources_cell_with_a_flattened_number():
    assert [m.numbers for m in find_cell_markers("Langmead et al. 70")] == [(70,)]
    assert [m.numbers for m in find_cell_markers("Schneider et al.76")] == [(76,)]
    assert find_cell_markers("Sigma 70") == []


# -- author-year --------------------------------------------------------------------


@pytest.mark.parametrize("text, want", [
    ("In Marlow et al. (2016), we trained taggers", [(("Marlow",), True, "2016", "")]),
    ("In Osei and Varga (2015), we predict", [(("Osei", "Varga"), False, "2015", "")]),
    ("As Moreau (2017) showed", [(("Moreau",), False, "2017", "")]),
])
def test_sentence_initial_word_before_narrative_names(text, want):
    assert _works(text) == want


@pytest.mark.parametrize("text, want", [
    ("Dunaliella salina (Polle, et al., 2017), Volvox", [(("Polle",), True, "2017", "")]),
    ("whey (Ostrov et al.,1996; Banda et al., 1998)", [(("Ostrov",), True, "1996", ""), (("Banda",), True, "1998", "")]),
    ("Fountoulakis and colleagues (2011) re-analysed", [(("Fountoulakis",), True, "2011", "")]),
    ("Okafor et al.'s (2019) screen", [(("Okafor",), True, "2019", "")]),
    ("Berger's (2018) data", [(("Berger",), False, "2018", "")]),
    ("(Smith, Lee, and Park, 2019)", [(("Smith", "Lee", "Park"), False, "2019", "")]),
    ("Smith, Lee and Park (2019) found", [(("Smith", "Lee", "Park"), False, "2019", "")]),
    ("(Smith et al., 2019, p. 45)", [(("Smith",), True, "2019", "")]),
])
def test_author_year_forms(text, want):
    assert _works(text) == want


def _ref(n: int, authors: list[str], year: int, raw: str = "") -> Reference:
    return Reference(number=n, raw=raw or f"{', '.join(authors)} ({year}). Title {n}. J. 1, 1-2.", authors=authors, year=year,
                     title=f"Title {n}", journal="J.", doi="")


def test_initial_with_a_diacritic_after_the_surname():
    assert surname("Horvat Ž") == "Horvat"
    assert surname("Kowal ŁJ") == "Kowal"
    linker = Linker([_ref(1, ["Horvat Ž", "Anand V", "Vitale D"], 2021)])
    assert linker.link(Work(("Horvat",), True, "2021", "", 0, 0)).number == 1


def test_dotless_i_and_spacing_accent_fold_like_the_cited_name():
    assert fold("Ramı´rez") == fold("Ramírez") == "ramirez"
    assert fold("Łukasz") == "lukasz"


def test_same_author_and_year_without_letters_cites_both():
    refs = [_ref(1, ["Tan Z", "Moreno AR", "Walsh TR"], 1999), _ref(2, ["Tan Y", "Chen K", "Ma L"], 1999),
            _ref(3, ["Tan-Kim P"], 1999)]
    linker = Linker(refs)
    assert [r.number for r in linker.link_all(Work(("Tan",), True, "1999", "", 0, 0))] == [1, 2]
    # a two-name citation of a two-author entry does not pull in the other entries
    refs = [_ref(1, ["Brandt M", "Vogel-Lindner B"], 1994), _ref(2, ["Brandt-Ehrenberg R", "Kalla P", "Pearson CA"], 1994)]
    assert [r.number for r in Linker(refs).link_all(Work(("Brandt", "Vogle-Lindner"), False, "1994", "", 0, 0))] == [1]


# -- entries and back matter --------------------------------------------------------


def test_one_letter_group_author_opens_a_numbered_entry():
    assert split_entry_number("41. Q Dev Group. 2021. Q: a toolkit for numerical work.") == (
        41, "Q Dev Group. 2021. Q: a toolkit for numerical work.")


def test_run_in_back_heading_after_the_last_entry():
    text = ("56. D. L. Marsh et al., Data for: Long loops, Zenodo (2024); doi: 10.5281/zenodo.77 "
            "ACKNOWLEDGMENTS We thank the members of the laboratory. Funding: NIH.")
    cut = split_run_in_back(text, lambda t: t.lower() in {"acknowledgments", "funding"})
    assert cut == (text[: text.index(" ACKNOWLEDGMENTS")], "ACKNOWLEDGMENTS",
                   "We thank the members of the laboratory. Funding: NIH.")
    assert split_run_in_back("12. A. Smith, DNA REPAIR in tumours. Cell 1, 2 (2020).", lambda t: False) is None


NUMBERED = """# Mitophagy receptors in resistant tumours

Abstract
We study mitophagy receptors in drug-resistant tumours and how they are turned over in cells.

Introduction

Mitophagy removes damaged mitochondria (1, 2, and 3). Receptors are phosphorylated (summarized in ref. 4).

Data availability

Sequencing reads are deposited at GEO [5]. Analyses were run in R (6).

Author contributions

A.B. (1) designed and (2) wrote the study.

References

1. Okafor C, Ibe M. Mitophagy in tumours. Cell. 2019;176:1-12.
2. Lindqvist P, Haddad R. Mitochondrial fission in melanoma. Mol Cell. 2020;78:100-110.
3. Moreau A. Autophagy in leukemia. Blood. 2017;130:55-66.
4. Santos R, Novak S. Receptor phosphorylation. Nature. 2021;590:1-9.
5. Berger L, Varga T. Sequencing reads of resistant tumours. GSE000001. Gene Expression Omnibus. 2022.
6. Q Dev Group. 2021. Q: a toolkit for numerical work and plotting. Leeds, UK.
"""


@pytest.fixture(scope="module")
def numbered():
    if not reference_crf.available():
        pytest.skip("reference CRF absent")
    return ingest_text(NUMBERED, Source(path="numbered.txt", format="text", sha256="0" * 64))


def test_markers_in_a_data_availability_statement(numbered):
    assert [r.number for r in numbered.references] == [1, 2, 3, 4, 5, 6]
    cited = {n for c in numbered.citations for n in c.numbers}
    assert cited == {1, 2, 3, 4, 5, 6}
    back = [(c.text, c.numbers) for c in numbered.citations if c.section.startswith("Data")]
    assert back == [("[5]", [5]), ("(6)", [6])]
    # an enumeration in another back section is no citation
    assert not any(c.section.startswith("Author") for c in numbered.citations)


METHODS_LIST = """# Mitophagy receptors in resistant tumours

Abstract
We study mitophagy receptors in drug-resistant tumours and how they are turned over in cells.

Introduction

Mitophagy removes damaged mitochondria (1, 2). Receptors are phosphorylated (3).

References

1. Okafor C, Ibe M. Mitophagy in tumours. Cell. 2019;176:1-12.
2. Lindqvist P, Haddad R. Mitochondrial fission in melanoma. Mol Cell. 2020;78:100-110.
3. Moreau A. Autophagy in leukemia. Blood. 2017;130:55-66.

Methods

Cells were grown as described (4) and imaged with a published pipeline (5).

{HEAD}

4. Santos R, Novak S. Receptor phosphorylation. Nature. 2021;590:1-9.
5. Berger L, Varga T. Imaging of resistant tumours. Nat Methods. 2022;19:1-5.
"""


@pytest.mark.parametrize("head", ["Methods references", "Online methods references", "Additional references"])
def test_second_list_after_the_methods(head):
    if not reference_crf.available():
        pytest.skip("reference CRF absent")
    doc = ingest_text(METHODS_LIST.replace("{HEAD}", head), Source(path="m.txt", format="text", sha256="0" * 64))
    assert [r.number for r in doc.references] == [1, 2, 3, 4, 5]
    assert {n for c in doc.citations for n in c.numbers} == {1, 2, 3, 4, 5}


def test_letters_in_the_text_but_none_in_the_list_follow_the_list_order():
    refs = [_ref(1, ["Okafor C", "Ibe M"], 2019), _ref(2, ["Okafor C", "Varga T"], 2019)]
    linker = Linker(refs)
    assert linker.link(Work(("Okafor",), True, "2019", "a", 0, 0)).number == 1
    assert linker.link(Work(("Okafor",), True, "2019", "b", 0, 0)).number == 2


def test_group_author_printed_with_the():
    refs = [_ref(1, ["Okafor C"], 2019), _ref(2, [], 2023, raw="The GlycoMap Consortium (2023). GlycoMap: an open atlas of sugar chains. Nucleic Acids Res 51, D611.")]
    assert Linker(refs).link(Work(("GlycoMap Consortium",), False, "2023", "", 0, 0)).number == 2


@pytest.mark.parametrize("text, want", [
    ("mortality fell by 30%¹² in", [(12,)]),
    ("the so-called “brake”¹³ of", [(13,)]),
])
def test_superscript_after_a_percent_or_a_closing_quote(text, want):
    assert _numbers(text) == want


@pytest.mark.parametrize("text, want", [
    ("(Zhang Y et al., 2019)", [(("Zhang",), True, "2019", "")]),
    ("(Wang X, 2020; Li Y and Chen Z, 2021)", [(("Wang",), False, "2020", ""), (("Li", "Chen"), False, "2021", "")]),
    ("Zhang Y et al. (2019) found", [(("Zhang",), True, "2019", "")]),
])
def test_initials_after_a_cited_surname(text, want):
    assert _works(text) == want


def test_a_range_of_year_letters():
    assert _works("(Okafor et al., 2019a–c; Lee, 2020)") == [
        (("Okafor",), True, "2019", "a"), (("Okafor",), True, "2019", "b"), (("Okafor",), True, "2019", "c"),
        (("Lee",), False, "2020", "")]


ODD_OPENINGS = """# Mitophagy receptors in resistant tumours

Abstract
We study mitophagy receptors in drug-resistant tumours and how they are turned over in cells.

Introduction

Mitophagy removes damaged mitochondria (1, 2). Reads were counted with Cell Ranger (3) and aligned (4-6).

References

1. Okafor C, Ibe M. Mitophagy in tumours. Cell. 2019;176:1-12.
2. Lindqvist P, Haddad R. Mitochondrial fission in melanoma. Mol Cell. 2020;78:100-110.
3. 10x Genomics. Cell Ranger v7.0. 2022. https://www.10xgenomics.com.
4. de Bruin EC, Cowell C. Tumour evolution. Nature. 2014;512:1-5.
5. [No authors listed]. Mitophagy. Lancet. 2019;1:2.
6. Berger L, Varga T. Imaging of resistant tumours. Nat Methods. 2022;19:1-5.
"""


def test_numbered_entries_opening_with_no_capital_and_short_entries():
    if not reference_crf.available():
        pytest.skip("reference CRF absent")
    doc = ingest_text(ODD_OPENINGS, Source(path="odd.txt", format="text", sha256="0" * 64))
    assert [r.number for r in doc.references] == [1, 2, 3, 4, 5, 6]
    assert [r.raw.split()[0] for r in doc.references] == ["Okafor", "Lindqvist", "10x", "de", "[No", "Berger"]


def _blocks_doc(second: list[str]):
    from pipeline.ingest.assemble import blocks_to_document
    from pipeline.ingest.blocks import HEADING, TEXT, Block
    main = ["1. Okafor C, Ibe M. Mitophagy in tumours. Cell. 2019;176:1-12.",
            "2. Lindqvist P, Haddad R. Mitochondrial fission in melanoma. Mol Cell. 2020;78:100-110.",
            "3. Moreau A. Autophagy in leukemia. Blood. 2017;130:55-66."]
    blocks = [Block(HEADING, "Mitophagy receptors in resistant tumours"), Block(HEADING, "Introduction"),
              Block(TEXT, "Mitophagy removes damaged mitochondria in tumours and in cells under stress (1-3)."),
              Block(HEADING, "References"), *[Block(TEXT, e) for e in main],
              Block(HEADING, "Supplementary data"), Block(TEXT, "Table S1 lists the cell lines we used (1, 2)."),
              Block(HEADING, "References"), *[Block(TEXT, e) for e in second]]
    return blocks_to_document(blocks, Source(path="supp.pdf", format="pdf", sha256="0" * 64))


def test_a_supplement_listing_main_entries_again_adds_none():
    if not reference_crf.available():
        pytest.skip("reference CRF absent")
    again = ["1. Moreau A. Autophagy in leukemia. Blood. 2017;130:55-66.",
             "2. Okafor C, Ibe M. Mitophagy in tumours. Cell. 2019;176:1-12."]
    assert [r.number for r in _blocks_doc(again).references] == [1, 2, 3]
    # a new entry in the second list keeps it
    new = [again[0], "2. Iyer V, Santos R. A new screen for receptors. Nature. 2021;590:1-9."]
    assert [r.number for r in _blocks_doc(new).references] == [1, 2, 3, 1, 2]


def test_markers_in_table_footnotes():
    if not reference_crf.available():
        pytest.skip("reference CRF absent")
    from pipeline.ingest.assemble import blocks_to_document
    from pipeline.ingest.blocks import HEADING, TABLE, TEXT, Block
    blocks = [Block(HEADING, "Mitophagy receptors in resistant tumours"), Block(HEADING, "Introduction"),
              Block(TEXT, "Mitophagy removes damaged mitochondria in tumours and in cells under stress (1)."),
              Block(TEXT, "Table 1. Receptors in resistant lines."),
              Block(TABLE, rows=[["Receptor", "Line"], ["BNIP3", "A549"], ["FUNDC1", "HeLa"]],
                    notes=["ᵃ Lines as described (2); ¹ ratio to control."]),
              Block(HEADING, "References"),
              Block(TEXT, "1. Okafor C, Ibe M. Mitophagy in tumours. Cell. 2019;176:1-12."),
              Block(TEXT, "2. Lindqvist P, Haddad R. Mitochondrial fission in melanoma. Mol Cell. 2020;78:100-110.")]
    doc = blocks_to_document(blocks, Source(path="notes.pdf", format="pdf", sha256="0" * 64))
    assert [(c.text, c.numbers) for c in doc.citations if c.section.startswith("Table")] == [("(2)", [2])]


def test_sentence_adverb_before_two_narrative_names():
    refs = [_ref(1, ["Smith, J.", "Lee, K."], 2019)]
    works = [w for m in find_author_year("However, Smith and Lee (2019) showed") for w in m.works]
    assert [Linker(refs).link(w).number for w in works] == [1]


def test_a_capitals_run_that_only_opens_with_a_back_title_stays_in_the_entry():
    text = "12. Smith J. Mitophagy in tumours. NOTES ON THE GENUS Cancer 12, 1-5 (2019)."
    assert split_run_in_back(text, lambda t: t.lower() == "notes") is None
