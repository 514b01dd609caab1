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
])
def test_author_year_variant_links_to_its_entry(linker, text, numbers):
    works = [w for m in find_author_year(text) for w in m.works]
    got = [linker.link(w).number if linker.link(w) else None for w in works]
    assert got == numbers


def test_group_author_needs_the_year_and_the_whole_name(linker):
    works = [w for m in find_author_year("(World Health Organization, 2019)") for w in m.works]
    assert [linker.link(w) for w in works] == [None]
