"""Line-numbered preprints (bioRxiv / medRxiv / author manuscripts) and bare-labelled reference lists.

The pages come from ``tests/preprint_pages.py`` (reportlab): manuscript line numbers beside every line slot
(blank gaps between paragraphs and entries numbered too) or beside every 5th, one or two columns (the right
column numbered in the right margin), raised numeric citations with a list labelled ``1.`` or by raised numbers (``¹Smith AB``), author-year
citations with an unnumbered hanging list; and, without line numbering, a list labelled by bare numbers
down the column edge (``1 Smith AB, ...``), the stack ``furniture._labels_entries`` keeps.
For each: the entry count, every entry's text exactly as drawn (no line number glued in, no label lost,
none split or merged), no line number left in a paragraph, every marker resolved and every entry cited.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from preprint_pages import make_preprint  # noqa: E402

from pipeline.document import Source  # noqa: E402
from pipeline.ingest.assemble import blocks_to_document  # noqa: E402
from pipeline.ingest.pdf import pdf_to_blocks  # noqa: E402

LAYOUTS = {
    "numbered list, every line, one column": dict(refs="numbered"),
    "numbered list, every 5th line, one column": dict(refs="numbered", every=5),
    "numbered list, every line, two columns": dict(refs="numbered", columns=2),
    "numbered list, every 5th line, two columns": dict(refs="numbered", columns=2, every=5),
    "author-year list, every line, one column": dict(refs="author-year"),
    "author-year list, every 5th line, one column": dict(refs="author-year", every=5),
    "author-year list, every line, two columns": dict(refs="author-year", columns=2),
    "author-year list, every 5th line, two columns": dict(refs="author-year", columns=2, every=5),
    "raised labels, every line, one column": dict(refs="raised"),
    "raised labels, every 5th line, two columns, restarting each page": dict(refs="raised", every=5, columns=2, restart=True),
    "raised labels, no line numbers, one column": dict(refs="raised", line_numbers=False),
    "numbered list, every line, no gap between entries, numbers as large as the text": dict(entry_gaps=False, number_size=10.0),
    "bare labels down the edge, no line numbers, one column": dict(refs="bare", line_numbers=False),
    "bare labels down the edge, no line numbers, two columns": dict(refs="bare", line_numbers=False, columns=2),
}


def _squeeze(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_line_numbered_preprint_reads_every_entry_and_marker(tmp_path, layout):
    kw = LAYOUTS[layout]
    path = tmp_path / "preprint.pdf"
    drawn = make_preprint(path, **kw)
    doc = blocks_to_document(pdf_to_blocks(path), Source(path=str(path), format="pdf", sha256="0" * 64), str(path))
    assert len(doc.references) == len(drawn.entries)
    for n, (ref, text) in enumerate(zip(doc.references, drawn.entries), start=1):
        assert ref.number == n
        assert _squeeze(ref.raw) == _squeeze(text), ref.raw  # exactly the entry: no line number in it
    years = {str(r.year) for r in doc.references}
    paragraphs = [p.text for s in doc.sections for p in s.paragraphs] + [doc.abstract]
    stray = [t for t in paragraphs for m in re.findall(r"\d+", t) if m not in years]
    assert not stray  # the body holds no number but the years of author-year markers
    assert len(doc.citations) == drawn.markers
    assert not any(c.unresolved or c.unlinked for c in doc.citations)
    assert {n for c in doc.citations for n in c.numbers} == set(range(1, len(drawn.entries) + 1))


def _word(text: str, x0: float, top: float, size: float = 9.0):
    from pipeline.ingest.pdf.reader import Word
    return Word(text=text, x0=x0, x1=x0 + 0.5 * size * len(text), top=top, bottom=top + size, size=size, font="Times-Roman")


def test_every_fifth_line_numbering_is_no_stack_of_entry_labels():
    from pipeline.ingest.pdf.furniture import _labels_entries
    from pipeline.ingest.pdf.reader import Page
    numbers = [_word(str(5 * (i + 1)), 40.0, 100.0 + (5 * i + 4) * 12.0, 7.0) for i in range(10)]
    text = [_word("prose", 80.0, 100.0 + i * 12.0) for i in range(50)]
    assert not _labels_entries(Page(number=1, width=612.0, height=792.0, words=numbers + text), numbers)


def test_short_stack_at_a_line_number_column_of_another_page_is_line_numbering():
    from pipeline.ingest.pdf.furniture import line_number_columns
    from pipeline.ingest.pdf.reader import Page
    full = [_word(str(5 * (i + 1)), 560.0, 100.0 + i * 60.0, 7.0) for i in range(10)]
    short = [_word(str(55 + 5 * i), 560.0, 100.0 + i * 60.0, 7.0) for i in range(4)]  # the list ends high on the page
    pages = [Page(number=1, width=612.0, height=792.0, words=full), Page(number=2, width=612.0, height=792.0, words=short)]
    assert line_number_columns(pages)
    assert not line_number_columns(pages[1:])  # a short stack alone is no line numbering


def test_bare_label_before_a_vancouver_author_after_a_doi_opens_an_entry():
    from pipeline.ingest.pdf.paragraphs import entry_number
    from pipeline.ingest.pdf.words import join_lines
    assert join_lines(["Onc Test. 2008;302:41-49. doi:10.5555/mm.2008.7001", "3 Moreau AB, Ferreira C. A title."]).endswith(
        "7001 3 Moreau AB, Ferreira C. A title.")
    assert join_lines(["doi:10.1234/abc.12", "345 and more text"]) == "doi:10.1234/abc.12345 and more text"
    assert entry_number("12 Moreau AB, Ferreira C. A title.") == 12
    assert entry_number("12 Smith JA. A title.") == 12
    assert entry_number("304 Nat Commun 12, 1-9") is None  # a continuation line opening with a volume


def test_raised_label_opens_an_entry_of_a_hanging_list():
    from pipeline.ingest.pdf.paragraphs import entry_number
    assert entry_number("¹²Moreau AB, Ferreira C. A title.") == 12
    assert entry_number("¹³C-labelled glucose was traced in") is None  # an isotope
