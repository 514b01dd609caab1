"""ACS numbers its entries ``(1) Surname, I.``: the number is read, glued entries are cut, and a
heading the PDF reader ran into the first entry's line is taken off."""

from dataclasses import dataclass

from pipeline.ingest.entry_split import split_glued
from pipeline.ingest.pdf.paragraphs import entry_number
from pipeline.ingest.references import split_entry_number
from pipeline.ingest.unheaded_refs import unheaded_reference_paragraphs


def test_parenthesised_entry_number():
    assert split_entry_number("(12) Smith, J. A.; Doe, B. Title. J. Am. Chem. Soc. 2010, 132, 1-5.") == (
        12, "Smith, J. A.; Doe, B. Title. J. Am. Chem. Soc. 2010, 132, 1-5.")
    assert entry_number("(12) Smith, J. A.; Doe, B. Title.") == 12


def test_year_in_parentheses_is_no_entry_number():
    assert split_entry_number("(2019) Smith J. Title. Nature 1, 2.")[0] is None


def test_glued_parenthesised_entries_are_cut():
    text = ("(6) Delacroix, G.; et al. Timed release of membrane cargo. Nat. Methods 2013, 10, 301-306. "
            "(7) Ishida, T.; Mwangi, C. L. Tunable expression of reporters. Proc. Natl. Acad. Sci. 2008, 105, 2231.")
    pieces = split_glued(text, 7)
    assert len(pieces) == 2 and pieces[1].startswith("(7) Ishida")


@dataclass
class L:
    text: str
    size: float = 9.0
    rows: None = None


def test_heading_run_into_the_first_entry_is_taken_off():
    paras = [[L("■(1) REFERENCESHolloway, D. M.; Brandt, T. J. Switching kinases with small ligands. Science 1994, 264, 1410.")]]
    paras += [[L(f"({n}) Author{n}, A. B.; Other, C. A title of it. Nat. Chem. Biol. 2012, 8, 465-470.")] for n in range(2, 8)]
    assert unheaded_reference_paragraphs(paras, 10.0) == list(range(7))
    assert paras[0][0].text.startswith("(1) Holloway, D. M.;")
