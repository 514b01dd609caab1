"""Citation and entry classes of session 7 (cites7), each on strings or pages written for the
test: works not yet out (``(Smith, in press)``, ``(Smith, n.d.)``) and their entries, which
print no year (kept in the list, linked even when the parser took a year from the DOI or found
no authors); a year inside a DOI is no entry's year (an entry's DOI broken onto the next
column opens no entry); capitalised particles (``Van der Berg et al. (2019)``); group authors
joined by ``of``/``for``/``on``; the singular ``reference 7``; and a numbered list whose next
number the reader raised and glued to the last entry's DOI (``...1998.2412³ Park CE``)."""

from __future__ import annotations

import pytest
from reportlab.pdfgen import canvas

from pipeline.document import Reference, Source
from pipeline.ingest import ingest_path, ingest_text, reference_crf
from pipeline.ingest.author_year import Linker, Work, find_author_year
from pipeline.ingest.citations import find_markers
from pipeline.ingest.entry_split import split_glued
from pipeline.ingest.references import looks_like_reference


def _works(text: str) -> list[tuple[tuple[str, ...], bool, str]]:
    return [(w.surnames, w.et_al, w.year) for m in find_author_year(text) for w in m.works]


def _ref(number: int, raw: str, authors: list[str], year: int | None) -> Reference:
    return Reference(number=number, raw=raw, authors=authors, year=year, title="", journal="", doi=None)


needs_crf = pytest.mark.skipif(not reference_crf.available(), reason="reference CRF absent")


# -- works not yet out ---------------------------------------------------------------


@pytest.mark.parametrize("text, want", [
    ("(Okafor, n.d.)", [(("Okafor",), False, "n.d.")]),
    ("(Okafor et al., n. d.; Lee, 2020)", [(("Okafor",), True, "n.d."), (("Lee",), False, "2020")]),
    ("Okafor and Ibe (n.d.) showed", [(("Okafor", "Ibe"), False, "n.d.")]),
    ("(Okafor et al., in press)", [(("Okafor",), True, "in press")]),
])
def test_no_date_and_in_press_markers(text, want):
    assert _works(text) == want


@pytest.mark.parametrize("entry", [
    "Novak, P. (in press). Kinase loss in tumours. EMBO J.",
    "Novak, P., and Lee, J. (in press). Kinase loss in tumours. EMBO J.",
    "Okafor, C. (n.d.). Mitophagy receptor database. Retrieved from https://example.org.",
])
def test_an_entry_not_yet_out_is_an_entry(entry):
    assert looks_like_reference(entry)


def test_an_entry_whose_year_the_reader_raised_is_an_entry():
    # the DOI's year no longer counts, so the raised year ("(2022)." read as "²⁰²²") must
    assert looks_like_reference("Costa, L. J., and Huang, M.²⁰²² Control of survival. Int J Tumour Biol 107, 364–374. "
                                "https://doi.org/10.1/int.2022.1")


@pytest.mark.parametrize("text", [
    "Tumour Biol. https://doi.org/10.9886/int.2022.8710",
    "Int J Tumour Biol, 12, 3-9. doi:10.1000/xyz.2019.12",
])
def test_a_year_inside_a_doi_is_no_entry_year(text):
    assert not looks_like_reference(text)


def test_in_press_links_to_its_entry_though_the_doi_holds_a_year():
    refs = [_ref(1, "Novak, P., & Lee, J. (2019). Receptor turnover. Cell, 1, 2-9.", ["Novak, P.", "Lee, J"], 2019),
            _ref(2, "Novak, P., & Lee, J. (in press). Kinase loss. EMBO J. https://doi.org/10.1/emboj.2022.1", ["Novak, P.", "Lee, J"], 2022)]
    linker = Linker(refs)
    assert linker.link(Work(("Novak", "Lee"), False, "in press", "", 0, 0)).number == 2
    assert linker.link(Work(("Novak", "Lee"), False, "2019", "", 0, 0)).number == 1


def test_names_read_off_the_entry_when_the_parser_found_none():
    refs = [_ref(1, "van der Berg, B., & Wang, R. C. (n.d.). Receptor atlas. Cancer Res. https://doi.org/10.1/c.2006.1", [], 2006),
            _ref(2, "van der Berg, H. M., Liu, M., & Kuznetsova, C. (1998). Tumour autophagy. Cell, 1, 2.",
                 ["van der Berg, H. M.", "Liu, M.", "Kuznetsova, C"], 1998)]
    linker = Linker(refs)
    assert linker.link(Work(("van der Berg", "Wang"), False, "n.d.", "", 0, 0)).number == 1


NOT_OUT = """Mitophagy receptors in resistant tumours

Introduction

Receptors turn over in resistant cells (Lee and Kim, 2020; Novak, in press; Novak and Lee, in press).
A database lists them (Okafor, n.d.; Park, n.d.), and kinases matter (Varga, 2016).
Wild-type cells were not tested (WT, n.d.).

References

Lee, J., and Kim, S. (2020). Receptor turnover in resistant cells. Mol. Cell 78, 100-110.

Novak, P. (in press). Kinase loss in tumours. EMBO J.

Novak, P., and Lee, J. (in press). Kinase loss in resistant tumours. EMBO J.

Okafor, C. (n.d.). Mitophagy receptor database. Retrieved from https://example.org.

Park, C. (n.d.). Receptor tables. Cell Atlas.

Varga, T. (2016). Drug tolerance. Nat. Cell Biol. 18, 1-9.
"""


@needs_crf
def test_entries_not_yet_out_are_listed_and_cited():
    doc = ingest_text(NOT_OUT, Source(path="not_out.txt", format="text", sha256="0" * 64))
    assert [r.raw.split(",")[0] for r in doc.references] == ["Lee", "Novak", "Novak", "Okafor", "Park", "Varga"]
    assert {n for c in doc.citations for n in c.numbers} == {1, 2, 3, 4, 5, 6}
    # "(WT, n.d.)" (not determined) links to nothing and is no citation, nor an unlinked one
    assert not any("WT" in c.text for c in doc.citations)


# -- names -----------------------------------------------------------------------------


@pytest.mark.parametrize("text, want", [
    ("Van der Berg et al. (2019) found", [(("Van der Berg",), True, "2019")]),
    ("(De Luca and Dos Santos, 2018)", [(("De Luca", "Dos Santos"), False, "2018")]),
    ("(International Agency for Research on Cancer, 2011)", [(("International Agency for Research on Cancer",), False, "2011")]),
    ("(Gene Ontology Consortium, 2021; Lee, 2020)", [(("Gene Ontology Consortium",), False, "2021"), (("Lee",), False, "2020")]),
])
def test_particles_and_group_names(text, want):
    assert _works(text) == want


def test_group_author_joined_by_for_and_on_links():
    refs = [_ref(1, "International Agency for Research on Cancer (2011). Cancer report. Lyon: IARC.", [], 2011)]
    work = find_author_year("as estimated (International Agency for Research on Cancer, 2011).")[0].works[0]
    assert Linker(refs).link(work).number == 1


def test_capitalised_particle_links_to_the_lower_case_entry():
    refs = [_ref(1, "van der Berg, H., and Santos, R. (2017). Parkin in glioma. Oncogene 36, 1-9.", ["van der Berg, H.", "Santos, R"], 2017)]
    work = find_author_year("Van der Berg and Santos (2017) showed")[0].works[0]
    assert Linker(refs).link(work).number == 1


# -- numbered ------------------------------------------------------------------------------


def test_singular_reference_word():
    assert [m.numbers for m in find_markers("as shown in reference 7.")] == [(7,)]
    assert [m.numbers for m in find_markers("as shown in Reference 12, the")] == [(12,)]


@pytest.mark.parametrize("text, want", [("as in ref 7.", [(7,)]), ("as in ref 7 for details", [(7,)]),
                                        ("see reference 5 in the", [(5,)])])
def test_ref_word_without_a_period(text, want):
    assert [m.numbers for m in find_markers(text)] == want


@pytest.mark.parametrize("text", ["the reference 7.5 mm bead", "the reference 3 µM dose", "a reference 12-well plate",
                                  "the reference 5 h sample", "a reference 300 bp band", "the reference 20% serum"])
def test_reference_word_before_an_amount_is_no_citation(text):
    assert [m.numbers for m in find_markers(text)] == []


def test_the_next_number_raised_and_glued_to_the_last_doi():
    text = ("Bauer BD, Schmidt EB, Li R. Pathway quality in tumours. Autophagy Res. 1998;31(8):4–23. "
            "doi:10.9398/autophagy.1998.2412³ Park CE, Tanaka B. Response to stress. Cell. 2019;1:2.")
    assert split_glued(text, 3) == [
        "Bauer BD, Schmidt EB, Li R. Pathway quality in tumours. Autophagy Res. 1998;31(8):4–23. doi:10.9398/autophagy.1998.2412",
        "3. Park CE, Tanaka B. Response to stress. Cell. 2019;1:2."]
    # not another number: a raised number that is not the next entry's stays in the entry
    assert len(split_glued(text, 5)) == 1


def test_the_next_number_in_square_brackets_after_a_finished_entry():
    text = ("Bauer BD, Schmidt EB, Li R. Pathway quality in tumours. Autophagy Res. 1998;31(8):4–23. "
            "[3] Park CE, Tanaka B. Response to stress. Cell. 2019;1:2.")
    assert split_glued(text, 3)[1] == "[3] Park CE, Tanaka B. Response to stress. Cell. 2019;1:2."


# -- a page: an author-year list whose entries not yet out break across columns -------------------

SURNAMES = ["Ahmed", "Berger", "Costa", "Dubois", "Evans", "Fischer", "Garcia", "Haddad", "Ibe", "Jensen",
            "Kumar", "Lindqvist", "Moreau", "Novak", "Okafor", "Petrov", "Quinn", "Rossi", "Santos", "Tanaka"]
NOT_YET = {3: "in press", 9: "n.d.", 14: "in press", 19: "n.d."}


def _wrap(c, text: str, width: float, size: float) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and c.stringWidth(f"{line} {word}", "Times-Roman", size) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return lines + [line]


def _not_yet_list(path) -> None:
    c = canvas.Canvas(str(path))
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, 770, "Mitophagy receptors in drug-tolerant tumours")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(72, 745, "Introduction")
    body = "Mitophagy removes damaged mitochondria " + "; ".join(
        f"({s} et al., {NOT_YET.get(i, 2000 + i)})" for i, s in enumerate(SURNAMES)) + " in many tumours."
    y = 728
    for line in _wrap(c, body, 450, 10):
        c.setFont("Times-Roman", 10)
        c.drawString(72, y, line)
        y -= 13
    c.setFont("Helvetica-Bold", 11)
    c.drawString(72, y - 12, "References")
    top = y = y - 26
    x = 72
    for i, s in enumerate(SURNAMES):
        year = NOT_YET.get(i, str(2000 + i))
        tail = (f"J. Cell Biol. https://doi.org/10.1083/jcb.{2021 + i % 3}.{100 + i}" if i in NOT_YET
                else f"J. Cell Biol. {100 + i}, {i}–{i + 9}.")
        entry = f"{s}, A. B., Other, C., and Third, D. ({year}). Mitophagy receptor number {i} controls drug tolerance of tumour cells in mice. {tail}"
        if i == len(SURNAMES) // 2:  # balanced columns; the in-press entry before the break ends it
            x, y = 330, top
        for k, line in enumerate(_wrap(c, entry, 200, 8)):
            if y < 90:
                x, y = 330, top
            c.setFont("Times-Roman", 8)
            c.drawString(x + (10 if k else 0), y, line)
            y -= 9.5
        y -= 2
    c.save()


@needs_crf
def test_entries_not_yet_out_in_a_two_column_list(tmp_path):
    path = tmp_path / "not_yet.pdf"
    _not_yet_list(path)
    doc = ingest_path(path)
    assert [r.raw.split(",")[0] for r in doc.references] == SURNAMES
    assert {n for c in doc.citations for n in c.numbers} == set(range(1, len(SURNAMES) + 1))


# -- table notes -------------------------------------------------------------------------------


def _table_note_doc(note: str):
    from pipeline.ingest.assemble import blocks_to_document
    from pipeline.ingest.blocks import HEADING, TABLE, TEXT, Block
    blocks = [Block(HEADING, "Mitophagy receptors in resistant tumours"), Block(HEADING, "Introduction"),
              Block(TEXT, "Mitophagy removes damaged mitochondria in tumours and in cells under stress.¹"),
              Block(TEXT, "Table 1. Receptors in resistant lines."),
              Block(TABLE, rows=[["Receptor", "Line"], ["BNIP3", "A549"], ["FUNDC1", "HeLa"]], notes=[note]),
              Block(HEADING, "References"),
              Block(TEXT, "1. Okafor C, Ibe M. Mitophagy in tumours. Cell. 2019;176:1-12."),
              Block(TEXT, "2. Lindqvist P, Haddad R. Mitochondrial fission in melanoma. Mol Cell. 2020;78:100-110.")]
    doc = blocks_to_document(blocks, Source(path="notes.pdf", format="pdf", sha256="0" * 64))
    return [(c.text, c.numbers) for c in doc.citations if c.section.startswith("Table")]


@needs_crf
def test_a_raised_citation_in_a_table_note():
    # an entry cited only in a table's note ("... by two-sided t test²."), as in superscript papers
    assert _table_note_doc("ᵃSignificance versus vehicle by two-sided t test².") == [("²", [2])]


@needs_crf
@pytest.mark.parametrize("note", ["¹ Significance versus vehicle by two-sided t test.",
                                  "Values are means; ² ratio to control.", "Cells per well, 10² and 10¹."])
def test_a_table_notes_raised_label_is_no_citation(note):
    assert _table_note_doc(note) == []


# -- an author-year entry's venue carried to the next column ------------------------------------


@needs_crf
def test_venue_carried_to_the_next_column_and_a_particle_opening():
    from pipeline.ingest.assemble import blocks_to_document
    from pipeline.ingest.blocks import HEADING, TEXT, Block
    blocks = [Block(HEADING, "Mitophagy receptors in resistant tumours"), Block(HEADING, "Introduction"),
              Block(TEXT, "Mitophagy removes damaged mitochondria (Costa et al., 2007; da Silva et al., 2008; dos Santos et al., 2013)."),
              Block(HEADING, "References"),
              Block(TEXT, "Costa, N., Zhang, W. M., and Sato, J. M. (2007). Lysosome resistance in stress. Mol. Cell 7, 1-9."),
              # the title ends the column; its venue and DOI open the next one
              Block(TEXT, "da Silva, T. L., Yilmaz, E. B., & Johansson, L. C. (2008). Cancer quality stress response in the tumour."),
              Block(TEXT, "Autophagy Res, 119(8), 766–783. https://doi.org/10.2501/autophagy.2008.7059"),
              Block(TEXT, "dos Santos, G., Nakamura, E., & Park, S. M. (2013). Hypoxia autophagy survival. Int J Tumour Biol, 152(11), 270–283."),
              ]
    doc = blocks_to_document(blocks, Source(path="venue.pdf", format="pdf", sha256="0" * 64))
    assert [r.raw.split(",")[0] for r in doc.references] == ["Costa", "da Silva", "dos Santos"]
    assert doc.references[1].raw.endswith("autophagy.2008.7059")
    assert {n for c in doc.citations for n in c.numbers} == {1, 2, 3}


@pytest.mark.parametrize("text, want", [("shown [12 ].", [(12,)]), ("shown [ 12].", [(12,)]), ("shown [3, 4 ].", [(3, 4)]),
                                        ("shown (12 ).", [])])
def test_square_bracket_spaced_on_one_side(text, want):
    # a parenthesis spaced on one side stays out: "(12 )" is as likely an enumeration's remnant
    assert [m.numbers for m in find_markers(text)] == want


# -- unnumbered entries glued on one line ------------------------------------------------------


@pytest.mark.parametrize("second", ["R Core Team (2024). Receptor degradation. Cell Death Rep 85, 141–156.",
                                    "Tanaka, P., Sato, L. E., and Zhang, H. (in press). Resistance damage. Cell Death Rep."])
def test_a_group_author_or_a_work_in_press_glued_after_an_entry(second):
    first = "O'Connor, J., Petrov, L., and Sato, R. H. (2011). Resistance lysosome. Autophagy Res 39, 289–309. https://doi.org/10.8178/a.2011.9530"
    assert split_glued(f"{first} {second}", None) == [first, second]


def test_a_proceedings_title_with_its_year_opens_no_entry():
    text = "Smith, A., and Lee, F. (2000). Response kinase in Cell Reports. In Proceedings Of Science (2019). Cell 1, 2."
    assert split_glued(text, None) == [text]
