"""Citation classes on a reportlab page (cites6): raised numbers drawn as their own glyph runs,
a list and a range broken at the line end (``chemotherapy¹,`` / ``² and``, ``cisplatin⁴–`` /
``⁶ in``), a raised number set a space off its word (``described previously ³.``), a raised
citation in a Data availability statement, and Science's acknowledgements run in after the
last entry (``ACKNOWLEDGMENTS We thank ...``) with a bracketed citation in them."""

from __future__ import annotations

import pytest
from reportlab.pdfgen import canvas

from pipeline.ingest import ingest_path, reference_crf

SIZE = 10
ENTRIES = [
    "Okafor, C. & Ibe, M. Mitophagy in tumours. Cell 176, 1–12 (2019).",
    "Lindqvist, P. & Haddad, R. Mitochondrial fission in melanoma. Mol. Cell 78, 100–110 (2020).",
    "Moreau, A. Autophagy in leukemia. Blood 130, 55–66 (2017).",
    "Santos, R. & Novak, S. Receptor phosphorylation. Nature 590, 1–9 (2021).",
    "Berger, L. Cisplatin and mitophagy. J. Clin. Invest. 131, 2–8 (2021).",
    "Varga, T. Kinase loss in tumours. EMBO J. 40, 3–9 (2021).",
    "Horton, C. A. Code for: mitophagy receptors. Zenodo https://doi.org/10.5281/zenodo.1 (2023).",
    "Ahmed, S. Receptor turnover in resistant cells. Cell Rep. 30, 4–9 (2020).",
]


def _run(c, x: float, y: float, parts) -> None:
    """Draw (text, raised) runs one after the other, raised ones smaller and lifted."""
    for text, up in parts:
        size = SIZE * 0.6 if up else SIZE
        c.setFont("Times-Roman", size)
        c.drawString(x, y + (SIZE * 0.35 if up else 0), text)
        x += c.stringWidth(text, "Times-Roman", size)


def _paper(path) -> None:
    c = canvas.Canvas(str(path))
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, 770, "Mitophagy receptors and drug tolerance in tumours")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(72, 740, "Introduction")
    y = 722
    for parts in [
        [("Mitophagy removes damaged mitochondria in tumour cells under chemotherapy", False), ("1", True), (",", True)],
        [("2", True), (" and the receptors that mark them are phosphorylated by kinases in many", False)],
        [("solid tumours, as described previously ", False), ("3", True), (". Typically, the loss of the kinase changes", False)],
        [("how cells respond to cisplatin", False), ("4", True), ("–", True)],
        [("6", True), (" in cell lines and in mice, and the reasons are still debated among groups.", False)],
    ]:
        _run(c, 72, y, parts)
        y -= 13
    y -= 14
    c.setFont("Helvetica-Bold", 11)
    c.drawString(72, y, "Data availability")
    y -= 16
    _run(c, 72, y, [("The code that reproduces the analyses is deposited at Zenodo", False), ("7", True), (".", False)])
    y -= 26
    c.setFont("Helvetica-Bold", 11)
    c.drawString(72, y, "References")
    y -= 15
    c.setFont("Times-Roman", 9)
    for n, entry in enumerate(ENTRIES, 1):
        c.drawString(72, y, f"{n}. {entry}")
        y -= 11
    c.setFont("Times-Bold", 9)
    c.drawString(72, y, "ACKNOWLEDGMENTS")
    width = c.stringWidth("ACKNOWLEDGMENTS ", "Times-Bold", 9)
    c.setFont("Times-Roman", 9)
    c.drawString(72 + width, y, "We thank the members of the laboratory for discussions. Funding: This work was")
    c.drawString(72, y - 11, "supported by a grant. Data and materials availability: Reads are deposited at GEO (8).")
    c.save()


@pytest.fixture(scope="module")
def doc(tmp_path_factory):
    if not reference_crf.available():
        pytest.skip("reference CRF absent")
    path = tmp_path_factory.mktemp("cites") / "raised.pdf"
    _paper(path)
    return ingest_path(path)


def test_raised_lists_and_ranges_broken_at_the_line_end(doc):
    got = [(c.text, c.numbers) for c in doc.citations if c.section == "1" or c.section.startswith("Intro")]
    assert [n for _, n in got] == [[1, 2], [3], [4, 5, 6]]


def test_raised_citation_in_a_data_availability_statement(doc):
    assert [c.numbers for c in doc.citations if c.section.startswith("Data")] == [[7]]


def test_run_in_acknowledgements_leave_the_last_entry(doc):
    assert [r.number for r in doc.references] == list(range(1, 9))
    assert doc.references[-1].raw.endswith("Cell Rep. 30, 4–9 (2020).")
    assert [c.numbers for c in doc.citations if c.section.startswith("Ack")] == [[8]]
    assert {n for c in doc.citations for n in c.numbers} == set(range(1, 9))


SURNAMES = ["Okafor", "Lindqvist", "Moreau", "Santos", "Berger", "Varga", "Ahmed", "Novak", "Iyer", "Haddad",
            "Ibe", "Chen", "Kumar", "Wang", "Roe", "Doe"]


def _wrap(c, text: str, width: float, size: float) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and c.stringWidth(f"{line} {word}", "Times-Roman", size) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return lines + [line]


def _author_year_list(path, indent: str) -> None:
    """Two columns of author-year entries, set with a hanging indent, a first-line indent or none."""
    c = canvas.Canvas(str(path))
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, 770, "Mitophagy receptors in drug-tolerant tumours")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(72, 745, "Introduction")
    body = "Mitophagy removes damaged mitochondria " + "; ".join(
        f"({s} et al., {2000 + i})" for i, s in enumerate(SURNAMES)) + " in many tumours."
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
        entry = (f"{s}, A. B., Other, C., and Third, D. ({2000 + i}). Mitophagy receptor number {i} controls drug "
                 f"tolerance of tumour cells in culture and in mice. J. Cell Biol. {100 + i}, {i}–{i + 9}.")
        for k, line in enumerate(_wrap(c, entry, 210, 8)):
            if y < 90:
                x, y = 312, top
            shift = {"hanging": 10 if k else 0, "first": 0 if k else 10}.get(indent, 0)
            c.setFont("Times-Roman", 8)
            c.drawString(x + shift, y, line)
            y -= 9.5
        y -= 2
    c.save()


@pytest.mark.parametrize("indent", ["hanging", "first", "none"])
def test_author_year_list_in_two_columns_whatever_its_indent(tmp_path, indent):
    if not reference_crf.available():
        pytest.skip("reference CRF absent")
    path = tmp_path / f"{indent}.pdf"
    _author_year_list(path, indent)
    doc = ingest_path(path)
    assert [r.authors[0].split(",")[0] for r in doc.references] == SURNAMES
    assert {n for c in doc.citations for n in c.numbers} == set(range(1, len(SURNAMES) + 1))
