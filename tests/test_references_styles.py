"""Reference field parsing, one test per citation style, on entries written for the test."""

from __future__ import annotations

import pytest

from pipeline.ingest import reference_crf
from pipeline.ingest.references import find_doi, parse_reference

pytestmark = pytest.mark.skipif(not reference_crf.available(), reason="models/references/citation.crfsuite absent")

# style: (entry, first author, author count, year, title, journal, volume, pages, doi)
STYLES = {
    "vancouver": (
        "Tanaka K, Ortiz M, Berger L. Lysosomal calcium release drives mitophagy in hepatocytes. J Cell Biol. 2018;217(4):1333-48. doi: 10.1083/jcb.201709012.",
        "Tanaka K", 3, 2018, "Lysosomal calcium release drives mitophagy in hepatocytes", "J Cell Biol", "217(4)", "1333-48", "10.1083/jcb.201709012"),
    "nature": (
        "Okafor, C. N., Lindqvist, P. & Haddad, R. S. Mitochondrial fission shapes the response of melanoma to kinase inhibitors. Nat. Cell Biol. 23, 415–427 (2021).",
        "Okafor, C. N.", 3, 2021, "Mitochondrial fission shapes the response of melanoma to kinase inhibitors", "Nat. Cell Biol", "23", "415–427", None),
    "cell": (
        "Moreau, A., Petrov, D.I., and Santos, R. (2020). Receptor-mediated mitophagy protects leukemia stem cells. Mol. Cell 78, 1012-1025.",
        "Moreau, A.", 3, 2020, "Receptor-mediated mitophagy protects leukemia stem cells", "Mol. Cell", "78", "1012-1025", None),
    "elsevier": (
        "H. Lindgren, T. Baptiste, O. Nakamura, A reporter for mitochondrial turnover in living tissue, Cell Metab. 29 (2019) 1204–1219, https://doi.org/10.1016/j.cmet.2019.02.011.",
        "H. Lindgren", 3, 2019, "A reporter for mitochondrial turnover in living tissue", "Cell Metab", "29", "1204–1219", "10.1016/j.cmet.2019.02.011"),
    "apa": (
        "Ferreira, L. M., & Koval, J. (2017). Autophagy receptors in ovarian cancer chemoresistance. Clinical Cancer Research, 23(9), 2231–2240. https://doi.org/10.1158/1078-0432.CCR-16-2912",
        "Ferreira, L. M.", 2, 2017, "Autophagy receptors in ovarian cancer chemoresistance", "Clinical Cancer Research", "23(9)", "2231–2240", "10.1158/1078-0432.ccr-16-2912"),
    "mdpi": (
        "Dubois, E.; Marchetti, F.; Osei, K. Parkin loss and cisplatin tolerance in lung adenocarcinoma. Cancers 2022, 14, 3120.",
        "Dubois, E.", 3, 2022, "Parkin loss and cisplatin tolerance in lung adenocarcinoma", "Cancers", "14", "3120", None),
    "acs": (
        "Whitfield, J. R.; Acosta, P. Small-Molecule Activators of PINK1 Kinase. J. Med. Chem. 2019, 62, 8825–8840.",
        "Whitfield, J. R.", 2, 2019, "Small-Molecule Activators of PINK1 Kinase", "J. Med. Chem", "62", "8825–8840", None),
    "pnas": (
        "R. Castellanos, M. Ibe, Selective autophagy of mitochondria in aged muscle. Proc. Natl. Acad. Sci. U.S.A. 93, 14101–14108 (1996).",
        "R. Castellanos", 2, 1996, "Selective autophagy of mitochondria in aged muscle", "Proc. Natl. Acad. Sci. U.S.A", "93", "14101–14108", None),
    "science": (
        "T. Varga et al., Mitochondrial quality control in cancer. Science 371, eabc1234 (2021).",
        "T. Varga", 1, 2021, "Mitochondrial quality control in cancer", "Science", "371", "eabc1234", None),
    "biorxiv": (
        "Haddad, R., Novak, S. & Iyer, V. A CRISPR screen for regulators of mitophagy flux. bioRxiv https://doi.org/10.1101/2021.03.04.433912 (2021).",
        "Haddad, R.", 3, 2021, "A CRISPR screen for regulators of mitophagy flux", "bioRxiv", "", "", "10.1101/2021.03.04.433912"),
    "group_author": (
        "Cancer Genome Atlas Research Network. Comprehensive molecular characterization of clear cell renal cell carcinoma. Nature. 2013;499(7456):43-9.",
        "Cancer Genome Atlas Research Network", 1, 2013, "Comprehensive molecular characterization of clear cell renal cell carcinoma", "Nature", "499(7456)", "43-9", None),
    "group_author_consortium": (
        "International Mitochondrial Disease Consortium. Variants in mitophagy receptors across tumour types. Cell Rep. 2021;35(2):109-17.",
        "International Mitochondrial Disease Consortium", 1, 2021, "Variants in mitophagy receptors across tumour types", "Cell Rep", "35(2)", "109-17", None),
    "et_al": (
        "Lindqvist P, Okafor CN, Haddad RS, et al. BNIP3 and NIX in hypoxic tumours. Oncogene. 2015;34(7):845-53.",
        "Lindqvist P", 3, 2015, "BNIP3 and NIX in hypoxic tumours", "Oncogene", "34(7)", "845-53", None),
}


@pytest.mark.parametrize("style", sorted(STYLES))
def test_reference_fields_per_style(style):
    entry, first, count, year, title, journal, volume, pages, doi = STYLES[style]
    ref = parse_reference(entry, number=1)
    assert ref.authors[0] == first
    assert len(ref.authors) == count
    assert (ref.year, ref.title, ref.journal) == (year, title, journal)
    assert (ref.volume, ref.pages) == (volume, pages)
    assert ref.doi == doi


@pytest.mark.parametrize(
    "entry, doi",
    [
        # a year in parentheses after the DOI is not part of it (bioRxiv, with and without a space)
        ("Lee A. Title. bioRxiv doi: 10.1101/2020.01.01.123456 (2009).", "10.1101/2020.01.01.123456"),
        ("Lee A. Title. bioRxiv https://doi.org/10.1101/654321(2019).", "10.1101/654321"),
        # parentheses inside the DOI stay
        ("Lancet 2020. doi: 10.1016/S0140-6736(20)30183-5.", "10.1016/s0140-6736(20)30183-5"),
        ("JHEP 04 (2015) 071. doi:10.1007/JHEP04(2015)071.", "10.1007/jhep04(2015)071"),
        # words glued on by extraction
        ("Phys. Rev. Lett. 74 (1995). doi:10.1103/PhysRevLett.74.1150.URL http://link.aps.org/x", "10.1103/physrevlett.74.1150"),
        ("Cell 1 (2020). doi: 10.1016/j.cell.2020.01.001. Epub 2020 Jan 5.", "10.1016/j.cell.2020.01.001"),
        ("Nature (2020) doi:10.1038/s41586-020-1234-5, PMID: 32000000", "10.1038/s41586-020-1234-5"),
        ("JHEP (2001) doi:10.1088/1126-6708/2001/03/015[hep-th/0103121].", "10.1088/1126-6708/2001/03/015"),
        # spaces that line breaking put inside the DOI
        ("Shock 2017;47:118. doi:10.1097/ SHK.0000000000000681", "10.1097/shk.0000000000000681"),
        ("doi: 10.1038/s41586- 020-2012-7.", "10.1038/s41586-020-2012-7"),
        ("https://doi.org/10.16367/j.issn.1004-7311.2017.08.0142.", "10.16367/j.issn.1004-7311.2017.08.0142"),
    ],
)
def test_doi_closed_at_its_real_end(entry, doi):
    assert find_doi(entry) == doi


def test_title_running_into_an_italic_journal_with_a_place_is_cut_at_the_journal():
    ref = parse_reference("Lee K, Park J. Mitophagy in ageing muscle. *Aging (Albany NY)* (2021) 13(2):100–9.", number=1)
    assert (ref.title, ref.journal) == ("Mitophagy in ageing muscle", "Aging (Albany NY)")
