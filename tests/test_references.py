"""Reference entries and DOIs: examples from several styles and properties (hypothesis)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pipeline.ingest.references import normalize_doi, parse_reference, split_entry_number


def test_doi_normalizer_examples():
    assert normalize_doi("doi:10. 1186/s10020-025-01182-w") == "10.1186/s10020-025-01182-w"
    assert normalize_doi("https://doi.org/10.1161/CIRCRESAHA.117.312317.") == "10.1161/circresaha.117.312317"
    assert normalize_doi("DOI: 10.1016/j. canlet.2024.216802") == "10.1016/j.canlet.2024.216802"
    assert normalize_doi("10.1016/S0140-6736(20)30183-5") == "10.1016/s0140-6736(20)30183-5"
    assert normalize_doi("(see 10.1000/xyz)") == "10.1000/xyz"
    assert normalize_doi("no doi here") is None
    assert normalize_doi("") is None


_DOI_SUFFIX = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_/()", min_size=1, max_size=30).filter(
    lambda s: s[-1] not in ".)/" and s.count("(") == s.count(")") and not s.startswith("/")
)


@given(st.integers(1000, 99999), _DOI_SUFFIX, st.sampled_from(["doi:", "doi: ", "https://doi.org/", "DOI ", ""]))
def test_doi_normalizer_properties(registrant, suffix, prefix):
    doi = f"10.{registrant}/{suffix}"
    assert normalize_doi(prefix + doi) == doi.lower()
    # idempotent, lower-case, no spaces, even with extraction spaces after "." or "/"
    spaced = doi.replace("/", "/ ", 1).replace(".", ". ", 1)
    assert normalize_doi(prefix + spaced) == doi.lower()
    assert normalize_doi(normalize_doi(doi)) == normalize_doi(doi)


def test_entry_numbers():
    assert split_entry_number("12. Smith J, Doe A. Title.")[0] == 12
    assert split_entry_number("[7] Smith J. Title.")[0] == 7
    assert split_entry_number("^{4.} Zheng B, Wang Y. Title.")[0] == 4
    assert split_entry_number("2 Results")[0] is None or split_entry_number("2 Results")[1] == "Results"
    assert split_entry_number("Smith J. Title.")[0] is None


def test_vancouver_frontiers_style():
    ref = parse_reference(
        "5. Kim A, Lee B, Park C, et al. Autophagy flux in *in vivo* models of glioma. *Cell Rep* (2019) 26(4):1120–33. doi:10.1016/j.celrep. 2019.01.010"
    )
    assert ref.number == 5
    assert ref.authors == ["Kim A", "Lee B", "Park C"]
    assert ref.year == 2019
    assert ref.title == "Autophagy flux in in vivo models of glioma"
    assert ref.journal == "Cell Rep"
    assert (ref.volume, ref.pages) == ("26(4)", "1120–33")
    assert ref.doi == "10.1016/j.celrep.2019.01.010"


def test_nlm_style_without_italics():
    ref = parse_reference("[3] Doe J, Roe R. Mitochondrial quality control in tumours. Nature. 2019;12(3):45-67.")
    assert (ref.number, ref.authors, ref.year) == (3, ["Doe J", "Roe R"], 2019)
    assert ref.title == "Mitochondrial quality control in tumours"
    assert ref.journal == "Nature"
    assert ref.doi is None


def test_author_year_style():
    ref = parse_reference("Smith, J., & Doe, A. (2020). A study of mitophagy. Journal of Things, 12(3), 45–67. https://doi.org/10.1000/XYZ")
    assert ref.authors == ["Smith, J.", "Doe, A"]
    assert ref.year == 2020
    assert ref.title == "A study of mitophagy"
    assert ref.journal == "Journal of Things"
    assert ref.doi == "10.1000/xyz"


def test_ieee_style_quoted_title():
    ref = parse_reference(
        "[1] H. Lindgren, “Ferry lecture: renal medicine at the close of the century,” "
        "New England Journal of Medicine, vol. 341, no. 12, pp. 880–889, 1999."
    )
    assert (ref.number, ref.authors, ref.year) == (1, ["H. Lindgren"], 1999)
    assert ref.title == "Ferry lecture: renal medicine at the close of the century"
    assert ref.journal == "New England Journal of Medicine"
    assert (ref.volume, ref.pages) == ("341", "880–889")


def test_year_after_authors_styles():
    acl = parse_reference(
        "Ann Lee, Bo E. Kim, and Cy Park- er. 2017. Tagging cells with words. In Proceedings of the ACL Workshop (BioNLP)."
    )
    assert acl.authors == ["Ann Lee", "Bo E. Kim", "Cy Parker"]
    assert (acl.year, acl.title, acl.journal) == (2017, "Tagging cells with words", "ACL Workshop")
    asm = parse_reference("4. Roe H, Brink M. 2008. Gradients of archaea in the deep ocean. Nature 456:788–791.")
    assert (asm.number, asm.year, asm.journal, asm.volume, asm.pages) == (4, 2008, "Nature", "456", "788–791")
