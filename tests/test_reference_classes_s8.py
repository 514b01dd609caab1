"""Reference-list classes of session 8 (issue 11), on entries written here."""

from pipeline.ingest.entry_split import split_glued
from pipeline.ingest.pdf.furniture import _raised_label
from pipeline.ingest.pdf.reader import Word
from pipeline.ingest.references import split_entry_number


def test_raised_label_opens_an_entry_with_or_without_space():
    assert split_entry_number("⁹Lindqvist, A. B. & Park, C. A title. J Test 3, 4–9 (2011).")[0] == 9
    assert split_entry_number("¹² Lindqvist AB. A title. J Test. 2011;3:4–9.")[0] == 12
    number, rest = split_entry_number("¹³C-labelled glucose was traced")
    assert number is None  # an isotope opens no entry: no surname after it


def test_raised_labels_glued_after_a_link_split_entries():
    text = ("Lindqvist, A. B. & Park, C. Loss of a kinase restores sensitivity. J Test 3, 4–9 (2011). "
            "https://doi.org/10.1234/abc.5678 ⁶Okoro, P. & Vance, T. A second title here. J Test 5, 1–2 (2015). "
            "https://doi.org/10.1234/def.99⁷le Grand, S. A third title. J Test 7, 8–9 (2019).")
    pieces = split_glued(text, 6)
    assert len(pieces) == 3
    assert pieces[1].startswith("6. Okoro") and pieces[2].startswith("7. le Grand")


def test_unnumbered_entries_ending_at_their_pages_split():
    # Springer: no period after the pages; the next entry's first author in "Surname AB" form,
    # a particle, a one-author entry, a group author with no period after its year
    text = ("Lindqvist AB, Park C (2011) Loss of a kinase restores sensitivity. J Test Biol 14:1749–1760 "
            "Di Marco TG (2015) A second title. Test Rep 3:12–19 "
            "Okoro P (2017) A third title on survival. Test Rep 8:100–109 "
            "Rare Tumour Sequencing Consortium (2019) A fourth title. Test Rep 9:1–5")
    pieces = split_glued(text, None)
    assert [p.split()[0] for p in pieces] == ["Lindqvist", "Di", "Okoro", "Rare"]


def test_volume_pages_inside_an_entry_do_not_split_it():
    text = "Lindqvist AB, Park C (2011) Loss of a kinase restores sensitivity. J Test Biol 14:1749–1760. Erratum in J Test Biol 15:2"
    assert len(split_glued(text, None)) == 1


def _w(text, x0, x1, size, top=100.0):
    return Word(text=text, x0=x0, x1=x1, top=top, bottom=top + size, size=size, font="F")


def test_raised_list_label_is_no_line_number():
    label, name = _w("12", 50.0, 54.0, 5.5, top=99.0), _w("Lindqvist,", 54.2, 90.0, 8.0)
    assert _raised_label(label, name)
    margin_number = _w("12", 30.0, 36.0, 8.0)
    assert not _raised_label(margin_number, name)  # a line number stands apart from its line


def test_raised_label_before_a_group_author_and_after_an_address():
    text = ("Lindqvist, A. B. Loss of a kinase restores sensitivity. J Test (in press). https://www.example.org/data/41 "
            "⁷Rare Tumour Sequencing Consortium. A second title. J Test 5, 1–2 (2015).")
    pieces = split_glued(text, 7)
    assert len(pieces) == 2 and pieces[1].startswith("7. Rare Tumour")


def test_block_opening_with_the_last_entry_address_splits_off_the_address():
    text = "https://www.example.org/resources/41590 Andersen, M.E., Kuznetsova, M.B., and Petrov, H.N. (2009). A title. Cell Stress 3, 4–5."
    pieces = split_glued(text, None)
    assert pieces[0] == "https://www.example.org/resources/41590" and pieces[1].startswith("Andersen, M.E.")


def test_doi_broken_before_its_period_is_joined():
    from pipeline.ingest.doi import find_doi
    assert find_doi("Test Rep 12:4–9 https://doi.org/10.1371/journal.pone .0123456") == "10.1371/journal.pone.0123456"
    assert find_doi("Test Rep 12:4–9. doi:10.1234/abc.123. Smith J") == "10.1234/abc.123"


def test_latin_extended_capitals_open_author_year_markers():
    from pipeline.ingest.author_year import find_author_year
    (m,) = find_author_year("as shown before (Łukasik et al., 2021; Šimić & Sato, 1999).")
    assert [w.surnames[0] for w in m.works] == ["Łukasik", "Šimić"]
    (n,) = find_author_year("Đorđević (2010) found the same.")
    assert n.works[0].surnames == ("Đorđević",) and n.works[0].year == "2010"


def test_one_author_entry_with_extended_capital_and_no_year_is_an_entry():
    from pipeline.ingest.references import looks_like_reference
    assert looks_like_reference("Šimić GG (in press) A title on kinases. Test Rep")
    assert not looks_like_reference("Cells were treated (in press) for two days.")


def test_unnumbered_entries_after_a_doi_open_with_lower_case_particle_or_group_in_press():
    text = ("Lindqvist AB, Park C (2011) Loss of a kinase restores sensitivity. J Test Biol 14:17–26 https://doi.org/10.1234/a.1 "
            "le Grand LM, Park KR (2012) A second title. Test Rep 3:12–19 https://doi.org/10.1234/b.2 "
            "Rare Tumour Sequencing Consortium (in press) A third title. Test Rep")
    assert [p.split()[0] for p in split_glued(text, None)] == ["Lindqvist", "le", "Rare"]


def test_lone_doi_line_after_an_entry_is_the_entry_doi():
    from pipeline.document import Source
    from pipeline.ingest.assemble import blocks_to_document
    from pipeline.ingest.blocks import Block
    blocks = [Block(kind="heading", text="Introduction", level=1),
              Block(kind="text", text="Mitochondrial quality control matters in tumours (Lindqvist and Park, 2011)."),
              Block(kind="heading", text="References", level=1),
              Block(kind="text", text="Lindqvist, A.B., and Park, C. (2011). Loss of a kinase restores sensitivity. J. Test Biol. 14, 17–26."),
              Block(kind="text", text="https://doi.org/10.1234/abc.5678."),
              Block(kind="text", text="Okoro, P., and Vance, T. (2015). A second title on kinases. Test Rep. 3, 12–19.")]
    doc = blocks_to_document(blocks, Source(path="x.pdf", format="pdf", sha256="0" * 64), "x.pdf")
    assert [r.doi for r in doc.references] == ["10.1234/abc.5678", None]


def test_numbers_after_an_entry_ending_with_its_doi_and_before_a_particle_split():
    text = ("Lindqvist, A. B. Loss of a kinase restores sensitivity. J Test 45, 87–101 (2014). https://doi.org/10.1234/onc.81287 "
            "12 von Arnim, F. & Park, C. A second title. J Test 15, 30–50 (2010). 13 le Grand, S. A third title. J Test 7, 8–9 (2019).")
    pieces = split_glued(text, 12)
    assert len(pieces) == 3 and pieces[1].startswith("12 von Arnim") and pieces[2].startswith("13 le Grand")


def test_a_doi_at_a_line_end_does_not_swallow_the_next_entry_label():
    from pipeline.ingest.pdf.words import join_lines
    joined = join_lines(["J Test 45, 87–101 (2014). https://doi.org/10.1234/onc.81287", "12 von Arnim, F. & Park, C. A title."])
    assert "onc.81287 12 von Arnim" in joined
    assert join_lines(["https://doi.org/10.1234/0022-3956", "(75)90026-6. Next"]).startswith("https://doi.org/10.1234/0022-3956(75)")
    assert join_lines(["doi:10.1234/abc.12", "345 and more text"]) == "doi:10.1234/abc.12345 and more text"


def test_bare_entry_numbers_at_the_column_edge_are_no_line_numbers():
    from pipeline.ingest.pdf.furniture import _labels_entries
    from pipeline.ingest.pdf.reader import Page
    words, stack = [], []
    for i in range(12):  # twelve two-line entries, "1 Lindqvist ..." then an unnumbered second line
        top = 100.0 + 2 * i * 11.0
        label = _w(str(i + 1), 50.0, 55.0, 8.0, top=top)
        stack.append(label)
        words += [label, _w("Lindqvist,", 62.0, 100.0, 8.0, top=top), _w("continued", 62.0, 100.0, 8.0, top=top + 11.0)]
    page = Page(number=1, width=595.0, height=842.0, words=words)
    assert _labels_entries(page, stack)
    lines = [_w(str(i + 1), 20.0, 26.0, 8.0, top=100.0 + i * 11.0) for i in range(12)]
    text = [_w("prose", 62.0, 100.0, 8.0, top=100.0 + i * 11.0) for i in range(12)]
    assert not _labels_entries(Page(number=1, width=595.0, height=842.0, words=lines + text), lines)


def test_numbered_entry_broken_after_its_authors_takes_its_title_and_venue_back():
    from pipeline.document import Source
    from pipeline.ingest.assemble import blocks_to_document
    from pipeline.ingest.blocks import Block
    blocks = [Block(kind="heading", text="Introduction", level=1),
              Block(kind="text", text="Mitochondrial quality control matters in tumours [1, 2, 3]."),
              Block(kind="heading", text="References", level=1),
              Block(kind="text", text="1. Lindqvist, A. B. & Park, C. Loss of a kinase restores sensitivity. J Test 3, 4–9 (2011)."),
              Block(kind="text", text="2. Okoro, P., Vance, T., Adeyemi, S. et al."),  # the column ends here
              Block(kind="text", text="Kinase signalling as a determinant of survival. Test Rep 155, 1809–1815 (2008)."),
              Block(kind="text", text="3. le Grand, S. A third title. J Test 7, 8–9 (2019).")]
    doc = blocks_to_document(blocks, Source(path="x.pdf", format="pdf", sha256="0" * 64), "x.pdf")
    assert [r.number for r in doc.references] == [1, 2, 3]
    assert doc.references[1].year == 2008 and "Kinase signalling" in doc.references[1].raw
    assert not any("Kinase signalling" in p.text for s in doc.sections for p in s.paragraphs)


def test_numbered_entry_opening_with_any_lower_case_particle():
    for particle in ("dos", "du", "della", "ten"):
        number, rest = split_entry_number(f"⁵{particle} Santos W, Petrov JN. A title. Front Test. 1995;143:3581–3597.")
        assert number == 5 and rest.startswith(particle)
        assert split_entry_number(f"12. {particle} Santos W. A title. Test. 1995;1:2–3.")[0] == 12


def test_unnumbered_entry_not_yet_out_ends_at_its_journal():
    text = ("Okoro P, Vance T (in press) Loss of a kinase restores sensitivity. Autophagy Res "
            "Lindqvist AB, Park C (2011) A second title. Test Rep 3:12–19")
    assert [p.split()[0] for p in split_glued(text, None)] == ["Okoro", "Lindqvist"]


def test_next_block_after_an_entry_not_yet_out_opens_an_entry():
    from pipeline.document import Source
    from pipeline.ingest.assemble import blocks_to_document
    from pipeline.ingest.blocks import Block
    blocks = [Block(kind="heading", text="Introduction", level=1),
              Block(kind="text", text="Kinases matter (Okoro and Vance, in press; de la Cruz, 1995; Lindqvist, 2011)."),
              Block(kind="heading", text="References", level=1),
              Block(kind="text", text="Lindqvist AB (2011) A first title on kinases. Test Rep 3:12–19"),
              Block(kind="text", text="Okoro P, Vance T (in press) Loss of a kinase restores sensitivity. Autophagy Res"),
              Block(kind="text", text="de la Cruz T (1995) Apoptosis as a determinant of tolerance. Test Rep 5:1–9")]
    doc = blocks_to_document(blocks, Source(path="x.pdf", format="pdf", sha256="0" * 64), "x.pdf")
    assert len(doc.references) == 3
    assert sorted(n for c in doc.citations for n in c.numbers) == [1, 2, 3]


def test_line_numbers_beside_lines_with_raised_citations_stay_line_numbers():
    from pipeline.ingest.pdf.furniture import _labels_entries
    from pipeline.ingest.pdf.reader import Page
    lines = [_w(str(i + 1), 20.0, 26.0, 7.0, top=100.0 + i * 12.0 + 1.0) for i in range(12)]
    text = [_w("prose", 62.0, 100.0, 8.0, top=100.0 + i * 12.0) for i in range(12)]
    raised = [_w("12", 101.0, 105.0, 5.0, top=100.0 + i * 12.0 - 4.0) for i in range(12)]  # a citation on every line
    assert not _labels_entries(Page(number=1, width=595.0, height=842.0, words=lines + text + raised), lines)
