"""Author-year markers: every printed form, linked to the list (2019a/b by its letters), and
glued author-year entries split; on a paper written for the test."""

from __future__ import annotations

import pytest

from pipeline.document import Reference, Source
from pipeline.ingest import ingest_text, reference_crf
from pipeline.ingest.author_year import Linker, find_author_year, surname

PAPER = """# Mitophagy and drug tolerance in a model tumour

Abstract
We describe how mitophagy supports drug tolerance in a model tumour and how its receptors are regulated.

1 Introduction

Mitophagy removes damaged mitochondria (Okafor et al., 2019a; Lindqvist and Haddad, 2020). Okafor et al. (2019b) showed that the receptor is phosphorylated, and Berger (2018) found the same in liver. Earlier work [Moreau 2017] reached a similar view (see also Santos et al., 2021; Unknown, 2015).

References

Berger, L. (2018). Receptor phosphorylation in liver. J. Hepatol. 12, 1-10.
Lindqvist, P., and Haddad, R. (2020). Mitochondrial fission in melanoma. Mol. Cell 78, 100-110.
Moreau, A. (2017). Autophagy in leukemia. Blood 130, 55-66.
Okafor, C., Ibe, M., and Varga, T. (2019a). Mitophagy in tumours. Cell 176, 1-12.
Okafor, C., Ibe, M., and Varga, T. (2019b). Receptor control of mitophagy. Cell Rep. 27, 13-25.
Santos, R., Novak, S., and Iyer, V. (2021). A screen for mitophagy regulators. Nature 590, 1-9.
"""


@pytest.fixture(scope="module")
def doc():
    if not reference_crf.available():
        pytest.skip("reference CRF absent")
    return ingest_text(PAPER, Source(path="author_year.txt", format="text", sha256="0" * 64))


def test_glued_author_year_entries_are_split(doc):
    assert [r.authors[0].split(",")[0] for r in doc.references] == ["Berger", "Lindqvist", "Moreau", "Okafor", "Okafor", "Santos"]
    assert [r.number for r in doc.references] == [1, 2, 3, 4, 5, 6]


def test_author_year_markers_link_to_list_positions(doc):
    got = [(c.text, c.numbers, c.unlinked) for c in doc.citations]
    assert got == [
        ("(Okafor et al., 2019a; Lindqvist and Haddad, 2020)", [4, 2], []),
        ("Okafor et al. (2019b)", [5], []),
        ("Berger (2018)", [1], []),
        ("[Moreau 2017]", [3], []),
        ("(see also Santos et al., 2021; Unknown, 2015)", [6], ["Unknown 2015"]),
    ]
    every = {n for c in doc.citations for n in c.numbers}
    assert every == {1, 2, 3, 4, 5, 6}


@pytest.mark.parametrize(
    "text, works",
    [
        ("(Smith et al., 2019)", [("Smith", True, "2019", "")]),
        ("(Smith and Lee, 2020)", [("Smith", False, "2020", "")]),
        ("(Smith & Lee 2020)", [("Smith", False, "2020", "")]),
        ("(Smith, 2019a; Lee et al., 2020)", [("Smith", False, "2019", "a"), ("Lee", True, "2020", "")]),
        ("(Smith 2019a, b)", [("Smith", False, "2019", "a"), ("Smith", False, "2019", "b")]),
        ("(e.g., Smith, 2019, 2021)", [("Smith", False, "2019", ""), ("Smith", False, "2021", "")]),
        ("[Smith 2019]", [("Smith", False, "2019", "")]),
        ("as Smith and Lee (2020) found", [("Smith", False, "2020", "")]),
        ("as Smith et al. [2019] found", [("Smith", True, "2019", "")]),
        ("(van der Berg et al., 2018)", [("van der Berg", True, "2018", "")]),
        ("(WHO, 2020)", [("WHO", False, "2020", "")]),
    ],
)
def test_author_year_forms(text, works):
    markers = find_author_year(text)
    assert len(markers) == 1
    assert [(w.surnames[0], w.et_al, w.year, w.letter) for w in markers[0].works] == works


@pytest.mark.parametrize("text", ["in 2019 (Figure 2)", "In (2019) the", "(n = 2019)", "(p < 0.05, 2019 cells)", "(Table 2)"])
def test_not_author_year_markers(text):
    assert find_author_year(text) == []


@pytest.mark.parametrize(
    "author, name",
    [("Smith J", "Smith"), ("Smith, J. A.", "Smith"), ("J. A. Smith", "Smith"), ("Ann Lee", "Lee"),
     ("van der Berg AB", "van der Berg"), ("Ann van der Berg", "van der Berg"), ("WHO", "WHO")],
)
def test_surname_of_list_author(author, name):
    assert surname(author) == name


def _ref(number, authors, year, raw=""):
    return Reference(number=number, authors=authors, year=year, title="t", journal="j", doi=None, raw=raw or f"{authors[0]} ({year})")


def test_same_first_author_and_year_told_apart_by_author_count():
    refs = [_ref(1, ["Smith J"], 2019), _ref(2, ["Smith J", "Lee K"], 2019), _ref(3, ["Smith J", "Lee K", "Kim A"], 2019)]
    linker = Linker(refs)
    (single,), (pair,), (many,) = (find_author_year(t)[0].works for t in ["(Smith, 2019)", "(Smith and Lee, 2019)", "(Smith et al., 2019)"])
    assert [linker.link(w).number for w in (single, pair, many)] == [1, 2, 3]


def test_letters_come_from_the_list():
    refs = [_ref(1, ["Smith J"], 2019, "Smith J (2019b) B."), _ref(2, ["Smith J"], 2019, "Smith J (2019a) A.")]
    works = find_author_year("(Smith 2019a, b)")[0].works
    assert [Linker(refs).link(w).number for w in works] == [2, 1]
