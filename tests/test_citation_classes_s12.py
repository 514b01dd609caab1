"""Session 12 (refcite12, issue 11): the citation classes set 3 of the synthetic citation pages
drew and the reader missed, on strings and words written for these tests.

- a raised run that also carries a footnote symbol (``†,3,4``, ``26,‡``) or lettered parts of one
  entry (``12a``, ``3,12a,b``), and lettered parts in square brackets (``[12a,b]``);
- raised numbers set in the text's own size or larger, well above the baseline;
- works not yet out printed ``submitted`` / ``in preparation`` and their entries.
"""

from __future__ import annotations

import pytest

from pipeline.document import Reference, Source
from pipeline.ingest import ingest_text, reference_crf
from pipeline.ingest.author_year import Linker, Work, find_author_year
from pipeline.ingest.citations import find_markers
from pipeline.ingest.pdf.reader import Word
from pipeline.ingest.pdf.words import mark_superscripts, mixed_superscript, words_to_text
from pipeline.ingest.references import looks_like_reference

needs_crf = pytest.mark.skipif(not reference_crf.available(), reason="reference CRF absent")


def _numbers(text: str) -> list[tuple[int, ...]]:
    return [m.numbers for m in find_markers(text)]


# -- raised runs with footnote symbols or part letters -----------------------------------------


@pytest.mark.parametrize("raised, want", [
    ("†,3,4", "³,⁴†"), ("26,‡", "²⁶‡"), ("*,7–9", "⁷⁻⁹*"), ("12a", "¹²"), ("12a,b", "¹²"), ("3,12a–c", "³,¹²"),
    ("12", None), ("†", None), ("2+", None), ("13C", None), ("ab", None),
])
def test_raised_run_with_a_footnote_symbol_or_part_letters(raised, want):
    assert mixed_superscript(raised) == want


def _line(*words: tuple[str, float, float]) -> list[Word]:
    """Words (text, size, bottom) left to right: a word space before each, none before a raised run
    (its bottom above the line's) or a period."""
    out, x = [], 50.0
    for text, size, bottom in words:
        if out and not (bottom < out[0].bottom or text in ".,"):
            x += 2.5
        w = Word(text, x, x + 5.0 * len(text), bottom - size, bottom, size, "Serif")
        out.append(w)
        x = w.x1
    return out


def test_raised_symbol_run_after_a_word_cites_its_numbers():
    words = _line(("induced", 9.0, 100.0), ("arrest", 9.0, 100.0), ("†,3,4", 6.0, 96.0), (".", 9.0, 100.0))
    mark_superscripts(words, 9.0, 100.0)
    text = words_to_text(words, 9.0)
    assert text == "induced arrest³,⁴†."
    assert _numbers(text) == [(3, 4)]


def test_raised_part_letters_cite_the_numbered_entry():
    words = _line(("the", 9.0, 100.0), ("ligand", 9.0, 100.0), ("12a,b", 6.0, 96.0))
    mark_superscripts(words, 9.0, 100.0)
    assert _numbers(words_to_text(words, 9.0)) == [(12,)]


def test_a_footnote_symbol_alone_cites_nothing():
    words = _line(("equally", 9.0, 100.0), ("†", 6.0, 96.0))
    mark_superscripts(words, 9.0, 100.0)
    assert _numbers(words_to_text(words, 9.0)) == []


@pytest.mark.parametrize("text, want", [
    ("as shown for the ligand [12a].", [(12,)]),
    ("both routes [12a,b] gave", [(12,)]),
    ("were compared [3, 12a–c].", [(3, 12)]),
    ("earlier work [ 4a ] found", [(4,)]),
    ("compound (2a) was stable", []),  # a compound's label in brackets, not a citation
])
def test_lettered_parts_in_square_brackets(text, want):
    assert _numbers(text) == want


# -- raised numbers in a size of their own -------------------------------------------------------


def test_full_size_raised_numbers_are_raised():
    words = _line(("remains", 9.0, 100.0), ("unclear", 9.0, 100.0), ("24,25", 10.0, 95.5), (".", 9.0, 100.0))
    mark_superscripts(words, 9.0, 100.0)
    assert words[2].sup and words_to_text(words, 9.0) == "remains unclear²⁴,²⁵."


def test_full_size_words_near_the_baseline_or_not_numbers_stay_on_the_line():
    words = _line(("dose", 9.0, 100.0), ("24", 9.0, 99.0), ("Total", 10.0, 95.5))
    mark_superscripts(words, 9.0, 100.0)
    assert not words[1].sup and not words[2].sup  # barely raised; a word, not a citation run


@pytest.mark.parametrize("host, size", [("K17", 10.0), ("ATD", 9.0), ("1:1000", 9.0)])
def test_full_size_digits_after_a_digit_or_a_capital_are_no_citation(host, size):
    # rotated figure labels (``K17`` + ``5``) follow digits or capitals; after a number it is a power
    words = _line(("mutant", 9.0, 100.0), (host, 9.0, 100.0), ("5", size, 95.5))
    mark_superscripts(words, 9.0, 100.0)
    assert not words[2].sup


# -- works submitted or in preparation -----------------------------------------------------------


@pytest.mark.parametrize("text, want", [
    ("(Okafor et al., submitted)", [(("Okafor",), True, "submitted")]),
    ("(Lee and Park, in preparation; Varga, 2016)", [(("Lee", "Park"), False, "in preparation"), (("Varga",), False, "2016")]),
    ("(e.g., Okafor, submitted)", [(("Okafor",), False, "submitted")]),
])
def test_submitted_and_in_preparation_markers(text, want):
    assert [(w.surnames, w.et_al, w.year) for m in find_author_year(text) for w in m.works] == want


@pytest.mark.parametrize("entry", [
    "Novak, P. (submitted). Kinase loss in tumours. EMBO J.",
    "Novak P, Lee J (Submitted) Kinase loss in tumours. Autophagy Res",
    "Novak, P., and Lee, J. (in preparation). Kinase loss in resistant tumours. EMBO J.",
])
def test_an_entry_submitted_or_in_preparation_is_an_entry(entry):
    assert looks_like_reference(entry)


def test_submitted_links_to_the_entry_that_prints_it():
    refs = [Reference(number=1, raw="Novak, P., & Lee, J. (2019). Receptor turnover. Cell, 1, 2-9.", authors=["Novak, P.", "Lee, J"],
                      year=2019, title="", journal="", doi=None),
            Reference(number=2, raw="Novak, P., & Lee, J. (submitted). Kinase loss. EMBO J.", authors=["Novak, P.", "Lee, J"],
                      year=None, title="", journal="", doi=None)]
    linker = Linker(refs)
    assert linker.link(Work(("Novak", "Lee"), False, "submitted", "", 0, 0)).number == 2
    assert linker.link(Work(("Novak", "Lee"), False, "2019", "", 0, 0)).number == 1


SUBMITTED = """Kinase loss in resistant tumours

Introduction

Receptors turn over in resistant cells (Lee and Kim, 2020; Novak, submitted).
Kinases matter (Varga, 2016), as does the receptor atlas (e.g., Okafor et al., in preparation).

References

Lee, J., and Kim, S. (2020). Receptor turnover in resistant cells. Mol. Cell 78, 100-110.

Novak, P. (submitted). Kinase loss in tumours. EMBO J.

Okafor, C., Lee, J., and Park, C. (in preparation). A mitophagy receptor atlas. Cell Atlas.

Varga, T. (2016). Drug tolerance. Nat. Cell Biol. 18, 1-9.
"""


@needs_crf
def test_entries_submitted_or_in_preparation_are_listed_and_cited():
    doc = ingest_text(SUBMITTED, Source(path="submitted.txt", format="text", sha256="0" * 64))
    assert [r.raw.split(",")[0] for r in doc.references] == ["Lee", "Novak", "Okafor", "Varga"]
    assert {n for c in doc.citations for n in c.numbers} == {1, 2, 3, 4}


# -- a citation cut by a column or page break ----------------------------------------------------


@pytest.mark.parametrize("text, following, want", [
    ("Loss of the receptor restored uptake (Okafor & Lind, 2024, pp.", "198–201). Cells were then", True),
    ("Loss of the receptor restored uptake (e.g.,", "Okafor, 2019). Cells were then", True),
    ("the effect was first described in melanoma by Okafor et al.", "(2010) reported a similar effect.", True),
    ("the effect was first described by Okafor et al.", "[12] showed it in vivo.", True),
    ("Loss of the receptor restored uptake (Okafor, 2019).", "198 cells were then counted.", False),
    ("the effect was first described by Okafor et al.", "(A) Cells were then stained.", False),
    ("Uptake rose (Fig. 2", "Cells (n = 3) were then counted) and fell.", False),  # opens another bracket before closing
])
def test_a_paragraph_cut_inside_a_citation_goes_on(text, following, want):
    from pipeline.ingest.assemble import cut_mid_citation
    assert cut_mid_citation(text, following) is want


def test_a_submitted_entry_does_not_take_the_year_of_its_doi():
    refs = [Reference(number=1, raw="Okafor P, Lind T (2022) Receptor turnover. Autophagy Res 1:2", authors=["Okafor P", "Lind T"],
                      year=2022, title="", journal="", doi=None),
            Reference(number=2, raw="Okafor P, Lind T (2025) Kinase loss. Autophagy Res 3:4", authors=["Okafor P", "Lind T"],
                      year=2025, title="", journal="", doi=None),
            Reference(number=3, raw="Okafor G, Ruiz A, Lind T (submitted) Receptor atlas. https://doi.org/10.1016/j.cell.2025.01.002",
                      authors=["Okafor G", "Ruiz A", "Lind T"], year=2025, title="", journal="", doi="10.1016/j.cell.2025.01.002")]
    linker = Linker(refs)
    assert [r.number for r in linker.link_all(Work(("Okafor",), True, "2025", "", 0, 0))] == [2]
    assert linker.link(Work(("Okafor",), True, "submitted", "", 0, 0)).number == 3


def test_raised_numbers_in_the_text_size_after_a_word_are_raised():
    words = _line(("platinum", 9.0, 100.0), ("agents", 9.0, 100.0), ("6,9,10", 9.0, 95.5), (".", 9.0, 100.0))
    mark_superscripts(words, 9.0, 100.0)
    assert _numbers(words_to_text(words, 9.0)) == [(6, 9, 10)]


# -- a table's reference column ----------------------------------------------------------------


@pytest.mark.parametrize("cell, header, want", [
    ("12", "Ref.", [(12,)]),
    ("3, 4", "References", [(3, 4)]),
    ("5–7", "refs", [(5, 6, 7)]),
    ("12", "Dose (mg)", []),  # a bare number elsewhere is an amount
    ("this study", "Ref.", []),
    ("12 mM", "Ref.", []),
])
def test_bare_numbers_under_a_reference_header_cite(cell, header, want):
    from pipeline.ingest.citations import find_cell_markers, is_reference_column
    assert [m.numbers for m in find_cell_markers(cell, reference_column=is_reference_column(header))] == want


# -- a raised label in the page's top band ---------------------------------------------------------


def _page(*words: Word) -> "Page":
    from pipeline.ingest.pdf.reader import Page
    return Page(number=3, width=595.0, height=842.0, words=list(words))


def test_a_raised_label_at_the_top_of_a_page_is_no_page_number():
    from pipeline.ingest.pdf.furniture import remove_furniture
    label = Word("1", 50.4, 54.3, 77.3, 83.4, 6.2, "Serif")  # raised, glued to the first author
    first = Word("Okafor", 54.3, 79.8, 79.9, 87.6, 7.7, "Serif")
    folio = Word("3", 556.8, 561.6, 800.4, 807.9, 7.5, "Serif")  # the page number, alone at the foot
    page = _page(label, first, Word("HC.", 82.2, 97.2, 79.9, 87.6, 7.7, "Serif"), folio)
    remove_furniture([page])
    assert [w.text for w in page.words] == ["1", "Okafor", "HC."]


def test_a_page_number_in_the_top_band_is_still_dropped():
    from pipeline.ingest.pdf.furniture import remove_furniture
    page = _page(Word("12", 290.0, 300.0, 40.0, 48.0, 8.0, "Serif"), Word("Results", 50.0, 90.0, 120.0, 130.0, 10.0, "Serif"))
    remove_furniture([page])
    assert [w.text for w in page.words] == ["Results"]


# -- a figure inside a list with raised labels -------------------------------------------------------


def _text_line(*words: tuple[str, float, float]):
    from pipeline.ingest.pdf.layout import Line
    return Line(words=_line(*words)).finish()


@pytest.mark.parametrize("next_words, want", [
    ((("19", 5.5, 96.0), ("Okafor", 7.7, 100.0), ("JJ,", 7.7, 100.0)), True),   # the list's next entry
    ((("of", 7.7, 100.0), ("the", 7.7, 100.0), ("receptor.", 7.7, 100.0)), False),  # the caption goes on
])
def test_a_raised_entry_label_after_a_caption_opens_an_entry(next_words, want):
    from pipeline.ingest.pdf.paragraphs import _entry_after_caption
    caption = [_text_line(("Figure", 7.7, 90.0), ("2.", 7.7, 90.0), ("Receptor", 7.7, 90.0), ("loss.", 7.7, 90.0))]
    assert _entry_after_caption(caption, _text_line(*next_words)) is want
