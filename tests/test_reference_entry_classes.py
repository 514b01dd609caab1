"""Reference-list entry classes (session 4), on blocks and strings written for the test."""

from __future__ import annotations

from pipeline.document import Source
from pipeline.ingest.assemble import blocks_to_document
from pipeline.ingest.blocks import HEADING, TEXT, Block
from pipeline.ingest.entry_split import opens_unauthored_entry, split_glued

SOURCE = Source(path="entries.txt", format="text", sha256="3" * 64)


def test_web_page_entry_without_authors_is_its_own_entry():
    blocks = [
        Block(HEADING, "Introduction"),
        Block(TEXT, "The market grew (Market Report, 2030) and yeast was studied (Berger, 2018; Santos et al., 2021)."),
        Block(HEADING, "Literature cited"),
        Block(TEXT, "Berger L, Okafor C. 2018. Receptor phosphorylation in liver. J Hepatol. 12(3):1-10. doi:10.1000/jh.2018.1."),
        Block(TEXT, "Global Yeast Market Report, Industry Share and Forecast by 2030. https://www.example.org/yeast-market-1234."),
        Block(TEXT, "Santos R, Novak S, Iyer V. 2021. A screen for mitophagy regulators. Nature. 590:1-9."),
    ]
    doc = blocks_to_document(blocks, SOURCE)
    assert len(doc.references) == 3
    assert doc.references[1].raw.startswith("Global Yeast Market Report")
    assert doc.references[2].authors[0].startswith("Santos")
    assert [s.title for s in doc.sections] == ["Introduction", "Literature cited"]
    assert not doc.sections[-1].paragraphs


def test_unauthored_entry_needs_an_address_and_an_entry_end():
    assert opens_unauthored_entry("Beer Market Size, Industry Share, Growth Rate. https://www.example.com/beer-123.")
    assert not opens_unauthored_entry("Editor: G. Brown")
    assert not opens_unauthored_entry("Data are available at https://example.org/data and were analysed by")
    assert not opens_unauthored_entry("see https://example.org/page.")


def test_apa_entry_ending_with_its_doi_is_split_from_the_next():
    # APA entries end with their DOI or address and no period; the next entry on the same line
    # starts after it
    text = ("Okafor, C. N., & Lee, J. (2019). Mitochondrial fission in melanoma. Cell Reports, 5, 14-18. "
            "https://doi.org/10.1016/j.celrep.2019.01.001 Okafor, C. N., Berg, L., & Ito, P. (2021). "
            "Receptor control of mitophagy. Autophagy, 17(2), 1-9. https://www.example.org/receptors.pdf "
            "Lindahl, K. (2020). Fission and fusion. Traffic, 7, 10-19.")
    assert [p.split(" (")[0] for p in split_glued(text, None)] == [
        "Okafor, C. N., & Lee, J.", "Okafor, C. N., Berg, L., & Ito, P.", "Lindahl, K."]


def test_address_inside_an_entry_does_not_split_it():
    text = ("Okafor, C. N. (2019). Receptor atlas. Available at https://www.example.org/atlas "
            "Accessed March 2020.")
    assert split_glued(text, None) == [text]


def test_apa_entry_ending_with_an_address_is_closed_by_the_next_entry_block():
    blocks = [Block(TEXT, "Mitophagy in moss", role=""), Block(HEADING, "Introduction"),
              Block(TEXT, "Moss cells clear mitochondria (Okafor & Lee, 1993; Okafor et al., 2009)."),
              Block(HEADING, "References"),
              Block(TEXT, "Okafor, C. N., & Lee, J. (1993). Mitochondria of the moss. The Plant Cell, 5, 14-18. "
                          "https://www.example.org/articles/PMC1603/pdf/0514.pdf"),
              Block(TEXT, "Okafor, C. N., Berg, L., & Ito, P. (2009). Transformation of moss protoplasts. "
                          "Cold Spring Harbor Protocols, 6(3). https://doi.org/10.1101/pdb.prot7702"),
              Block(TEXT, "Lindahl, K. (2020). Fission and fusion. Traffic, 7, 10-19.")]
    doc = blocks_to_document(blocks, Source(path="apa.txt", format="text", sha256="4" * 64))
    assert [r.year for r in doc.references] == [1993, 2009, 2020]
    assert {n for c in doc.citations for n in c.numbers} == {1, 2}


def test_block_opening_with_a_doi_is_the_tail_of_the_last_entry():
    # an entry's DOI and volume carried to the top of the next column are no entry of their own
    blocks = [Block(TEXT, "Mitophagy in moss", role=""), Block(HEADING, "Introduction"),
              Block(TEXT, "Moss cells clear mitochondria (Okafor & Lee, 2021; Lindahl, 2020)."),
              Block(HEADING, "References"),
              Block(TEXT, "Okafor, C. N., & Lee, J. (2021). A prion-like protein regulator of mitophagy."),
              Block(TEXT, "https://doi.org/10.1016/j.molcel.2021.04.117 Mol Cell, 81(11)."),
              Block(TEXT, "Lindahl, K. (2020). Fission and fusion. Traffic, 7, 10-19.")]
    doc = blocks_to_document(blocks, Source(path="doi-tail.txt", format="text", sha256="5" * 64))
    assert len(doc.references) == 2
    assert doc.references[0].doi == "10.1016/j.molcel.2021.04.117"


def _numbered_entry(n: int) -> str:
    return f"{n}. Okafor{chr(65 + n % 26)}, C. & Lee, J. Mitophagy receptor study number {n}. J. Cell Sci. {n}, 1–9 (20{10 + n % 10})."


def test_block_carrying_a_later_column_run_of_entries_is_split_and_the_gap_refilled():
    # the reader joined entry 3 (end of a column) with entries 7-8 (a later column); 4-6 follow
    glued = " ".join(_numbered_entry(n) for n in (3, 7, 8))
    blocks = [Block(TEXT, "Mitophagy in moss", role=""), Block(HEADING, "Introduction"),
              Block(TEXT, "Receptors were studied [1-8]."), Block(HEADING, "References"),
              Block(TEXT, _numbered_entry(1)), Block(TEXT, _numbered_entry(2)), Block(TEXT, glued),
              Block(HEADING, "Acknowledgements"), Block(TEXT, "We thank the moss facility for their help."),
              Block(TEXT, _numbered_entry(4)), Block(TEXT, _numbered_entry(5)), Block(TEXT, _numbered_entry(6))]
    doc = blocks_to_document(blocks, Source(path="runs.txt", format="text", sha256="6" * 64))
    assert [r.number for r in doc.references] == [1, 2, 3, 4, 5, 6, 7, 8]
    assert all(f"study number {r.number}." in r.raw for r in doc.references)


def test_lone_number_ahead_of_the_list_is_no_entry_start():
    # one number ahead with no run after it (a volume after a period) does not split
    text = _numbered_entry(3) + " 12 Suppl. Okafor, C. reply. J. Cell Sci. 5, 1-2 (2011)."
    assert len(split_glued(text, 4)) == 1


def test_wide_number_glued_to_the_first_author_opens_the_next_entry():
    blocks = [Block(TEXT, "Mitophagy in moss", role=""), Block(HEADING, "Introduction"),
              Block(TEXT, "Receptors were studied [98-101]."), Block(HEADING, "References")]
    blocks += [Block(TEXT, f"{n}. Okafor C, Lee J: Receptor study {n}. J Cell Sci 2012, {n}:1-9.") for n in range(1, 100)]
    blocks += [Block(TEXT, f"{n}.Tanaka MP, Velez B: Chaperone study {n}. Cell Mol Life Sci 2006, 63:412-425.") for n in (100, 101)]
    blocks.append(Block(TEXT, "103.Tanaka MP: not the next number. Cell 2005, 1:1-2."))
    doc = blocks_to_document(blocks, Source(path="wide.txt", format="text", sha256="7" * 64))
    assert [r.number for r in doc.references][-2:] == [100, 101]
    assert doc.references[-1].authors[0].startswith("Tanaka")


def test_entry_whose_first_initial_carries_a_diacritic_opens_its_own_entry():
    # "37. Ž. Avsec et al., ..." and "144. Ł. J. Sznajder, ...": Latin Extended initials
    blocks = [Block(TEXT, "Mitophagy in moss", role=""), Block(HEADING, "Introduction"),
              Block(TEXT, "Receptors were studied (1-4)."), Block(HEADING, "References and Notes"),
              Block(TEXT, "1. K. Okafor et al., Receptor study one. Cell 1, 1–9 (2011)."),
              Block(TEXT, "2. Ž. Novak et al., Receptor study two. Cell 2, 1–9 (2012)."),
              Block(TEXT, "3. Ł. J. Nowak, K. Okafor, Receptor study three. Cell 3, 1–9 (2013)."),
              Block(TEXT, "4. Š. Dvořák et al., Receptor study four. Cell 4, 1–9 (2014).")]
    doc = blocks_to_document(blocks, Source(path="diacritic.txt", format="text", sha256="8" * 64))
    assert [r.number for r in doc.references] == [1, 2, 3, 4]
    assert split_glued("2. Ž. Novak et al., Receptor study two. Cell 2, 1–9 (2012). 3. Ł. J. Nowak, Receptor study three. "
                       "Cell 3, 1–9 (2013).", 3)[1].startswith("3. Ł. J. Nowak")


def test_single_author_entry_with_bracketed_year_before_the_title_opens_an_entry():
    # Springer/EMBO "Surname AB (2016) Title. Journal 1:1-9": one author, no comma, no period after the year
    blocks = [Block(TEXT, "Mitophagy in moss", role=""), Block(HEADING, "Introduction"),
              Block(TEXT, "Moss cells clear mitochondria (Okafor, 2016; Rao et al, 2010; Berg & Ito, 2012)."),
              Block(HEADING, "References"),
              Block(TEXT, "Berg K, Ito P (2012) Fission proteins in moss. Cell Rep 13:2653–2662"),
              Block(TEXT, "Rao M-C, Tsai W-C, Lund S-Y (2010) Mitophagy regulates cell growth. Mol Cell Biol 30:5444–5453"),
              Block(TEXT, "Okafor NT (2016) Receptor profiling of mitophagy throughout the genome. Cell 165:22–33")]
    doc = blocks_to_document(blocks, Source(path="springer.txt", format="text", sha256="9" * 64))
    assert [r.year for r in doc.references] == [2012, 2010, 2016]
    assert {n for c in doc.citations for n in c.numbers} == {1, 2, 3}
