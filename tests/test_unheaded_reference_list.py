"""A reference list in small print with no "References" heading (PNAS, Science) is found by its layout."""

from dataclasses import dataclass

from pipeline.ingest.unheaded_refs import unheaded_reference_paragraphs


@dataclass
class L:  # the two attributes of a PDF line the finder reads
    text: str
    size: float = 7.0
    rows: None = None


BODY = [L("We show that the protein binds the membrane (1, 2) in cells.", 10.0)]


def _entries(numbers, style="{n}. A. B. Author{n}, C. Other, A title of the work. J. Biol. Chem. 12, 3-4 (2001).") -> list[list[L]]:
    return [[L(style.format(n=n))] for n in numbers]


def test_numbered_small_print_list_after_body_is_found():
    paras = [BODY, BODY] + _entries(range(1, 9))
    assert unheaded_reference_paragraphs(paras, 10.0) == list(range(2, 10))


def test_list_read_right_column_first_is_put_in_number_order():
    paras = [BODY] + _entries(range(5, 9)) + _entries(range(1, 5))
    assert unheaded_reference_paragraphs(paras, 10.0) == [5, 6, 7, 8, 1, 2, 3, 4]


def test_entry_carried_on_in_its_own_paragraph_stays_with_it():
    paras = [BODY, [L("1. G. T. Lam, R. B. Osei, Survey of the potassium pump family.")], [L("Genome Biol. 6, 118 (2005).")]]
    paras += _entries(range(2, 7))
    assert unheaded_reference_paragraphs(paras, 10.0) == list(range(1, 8))


def test_surname_first_and_parenthesised_numbers():
    paras = [BODY] + _entries(range(1, 7), "({n}) Smith{n}, J. A.; Doe, B. Title of it. Nature 2010, 4, 1-2.")
    assert unheaded_reference_paragraphs(paras, 10.0) == list(range(1, 7))


def test_numbered_list_in_body_type_is_not_a_reference_list():
    paras = [[L(p[0].text, 10.0)] for p in _entries(range(1, 9))]
    assert unheaded_reference_paragraphs(paras, 10.0) == []


def test_small_print_numbered_notes_without_entry_one_or_too_few_are_not_a_list():
    assert unheaded_reference_paragraphs([BODY] + _entries(range(3, 9)), 10.0) == []
    assert unheaded_reference_paragraphs([BODY] + _entries(range(1, 4)), 10.0) == []


def test_small_print_numbered_steps_are_not_a_list():
    steps = [[L(f"{n}. Wash the cells twice and add the buffer to the plate.")] for n in range(1, 9)]
    assert unheaded_reference_paragraphs([BODY] + steps, 10.0) == []
