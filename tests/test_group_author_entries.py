"""Group and consortium authors in author-year reference lists (session 8, cites10).

A group author (``Early Breast Tumour Trialists' Collaborative Group (2005). Title``, ``WHO
Classification of Tumours Editorial Board (2020).``, ``International Agency for Research on
Cancer, 2020.``) glued after the last entry opens its own entry, so the list's positions do not
shift; its markers link to it, also when the text cites the group by its initials
(``(TCGA Research Network, 2014)`` for ``The Cancer Genome Atlas Research Network``). Every
list, sentence and page here was written for the test."""

from __future__ import annotations

import pytest
from reportlab.pdfgen import canvas

from pipeline.document import Reference, Source
from pipeline.ingest import ingest_path, ingest_text
from pipeline.ingest.author_year import Linker, find_author_year
from pipeline.ingest.entry_split import split_glued
from pipeline.ingest.group_authors import opens_group_entry

FIRST = "Okafor, J., Petrov, L., and Sato, R. H. (2011). Resistance lysosome. Autophagy Res 39, 289–309."

GROUPS = [
    "Early Breast Tumour Trialists' Collaborative Group (2005). Effects of therapy on recurrence. Lancet Rep 365, 1687–1717.",
    "WHO Classification of Tumours Editorial Board (2020). Soft tissue and bone tumours. Lyon: IARC Press.",
    "The Cancer Genome Atlas Research Network. (2014). Comprehensive profiling of a carcinoma. Nature Rep 507, 315–322.",
    "International Agency for Research on Cancer, 2020. World cancer report. Lyon: IARC.",
    "Mitochondrial Disease Sequencing Consortium. 2019. A survey of variants. J Test 5, 10–20.",
    "National Comprehensive Tumour Network (NCTN) (2021). Guidelines for oncology. Version 2.",
]


@pytest.mark.parametrize("group", GROUPS)
def test_a_group_author_glued_after_an_entry_opens_its_own(group):
    assert split_glued(f"{FIRST} {group}", None) == [FIRST, group]


@pytest.mark.parametrize("text", [
    "In Proceedings of the Tumour Biology Society (2019). Cell 1, 2.",  # a book's title, not an author
    "Breast Tumour Recurrence (2005). A title.",  # capitalised words with no group word
    "Smith Consortium",  # no year
    # a report's publisher and year closing an entry: no title follows
    "Tumour Research Council (2011). https://doi.org/10.1234/abc",
    "Cancer Research Network, 2019. Lyon.",
])
def test_a_capitalised_run_without_group_word_or_year_opens_no_group_entry(text):
    assert not opens_group_entry(text)


LIST = """# Resistance in tumours

## Introduction

Adjuvant therapy lowers recurrence (Early Breast Tumour Trialists' Collaborative Group, 2005). Tumour types follow the WHO Classification of Tumours Editorial Board (2020). Profiles were public (TCGA Research Network, 2014; Okafor et al., 2011). Incidence rose (International Agency for Research on Cancer, 2020). Variants were listed (Mitochondrial Disease Sequencing Consortium, 2019).

## References

""" + " ".join([FIRST, *GROUPS[:5]]) + "\n"


def test_a_reports_publisher_and_year_closing_an_entry_stays_in_it():
    text = f"{FIRST[:-1]}; annual survey of tumour resistance. Cancer Research Network, 2019. Lyon."
    assert split_glued(text, None) == [text]


def test_group_entries_in_a_text_list_keep_their_positions_and_link():
    doc = ingest_text(LIST, Source(path="groups.txt", format="text", sha256="0" * 64))
    assert len(doc.references) == 6
    assert [r.year for r in doc.references] == [2011, 2005, 2020, 2014, 2020, 2019]
    linked = [n for c in doc.citations for n in c.numbers]
    assert sorted(linked) == [1, 2, 3, 4, 5, 6]


def _ref(number: int, raw: str, year: int) -> Reference:
    return Reference(number=number, raw=raw, authors=[], year=year, title="", journal="", doi=None)


@pytest.mark.parametrize("cited, want", [
    ("(TCGA Research Network, 2014)", 1),  # initials with the article
    ("(CGA Research Network, 2014)", 1),  # ... without it
    ("(IARC, 2020)", 2),  # joining words give no letter
    ("(WHO, 2020)", 3),
    ("(WHO, 2019)", None),  # no entry of that year
    ("(TCGA Pan-Cancer Group, 2014)", None),  # the rest of the name differs
])
def test_a_group_cited_by_its_initials_links_to_the_spelled_out_entry(cited, want):
    refs = [_ref(1, "The Cancer Genome Atlas Research Network. (2014). Profiling. Nature Rep 5, 1–2.", 2014),
            _ref(2, "International Agency for Research on Cancer, 2020. World cancer report. Lyon.", 2020),
            _ref(3, "World Health Organization (2020). Global tumour statistics. Geneva.", 2020)]
    work = find_author_year(f"as reported {cited}.")[0].works[0]
    ref = Linker(refs).link(work)
    assert (ref.number if ref else None) == want


def test_group_entries_on_a_pdf_page_keep_their_positions_and_link(tmp_path):
    path = tmp_path / "groups.pdf"
    c = canvas.Canvas(str(path))
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, 770, "Mitophagy and resistance in tumours")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(72, 745, "Introduction")
    c.setFont("Times-Roman", 10)
    body = ["Adjuvant therapy lowers recurrence (Early Breast Tumour Trialists' Collaborative Group, 2005).",
            "Profiles were public (TCGA Research Network, 2014; Okafor et al., 2011), and incidence rose",
            "(International Agency for Research on Cancer, 2020). Tumours follow the WHO Classification",
            "of Tumours Editorial Board (2020)."]
    y = 728
    for line in body:
        c.drawString(72, y, line)
        y -= 13
    c.setFont("Helvetica-Bold", 11)
    c.drawString(72, y - 12, "References")
    y -= 30
    c.setFont("Times-Roman", 9)
    # the entries run on, one after the other on shared lines, as a reader joins a packed list
    text = " ".join([FIRST, *GROUPS[:4]])
    words, line = text.split(), ""
    for word in words:
        if c.stringWidth(f"{line} {word}", "Times-Roman", 9) > 450:
            c.drawString(72, y, line)
            y, line = y - 11, word
        else:
            line = f"{line} {word}".strip()
    c.drawString(72, y, line)
    c.save()
    doc = ingest_path(path)
    assert [r.year for r in doc.references] == [2011, 2005, 2020, 2014, 2020]
    assert sorted(n for cit in doc.citations for n in cit.numbers) == [1, 2, 3, 4, 5]
