"""The JATS reader on small hand-written articles, one element class per test."""

from __future__ import annotations

from jats_files import article, ref, refs, write

from pipeline.ingest import ingest_path


def _doc(tmp_path, **kw):
    return ingest_path(write(tmp_path, article(**kw)))


def _paragraph(doc, key):
    return doc.section(key).paragraphs


# -- front matter ----------------------------------------------------------------


def test_front_matter_title_structured_abstract_other_abstracts_keywords(tmp_path):
    front = (
        '<abstract abstract-type="summary"><title>Author summary</title><p>Plain words.</p></abstract>'
        '<kwd-group><kwd>mitophagy</kwd><kwd><italic>PINK1</italic></kwd></kwd-group>'
    )
    abstract = (
        "<sec><title>Background</title><p>Mitophagy matters.</p></sec>"
        "<sec><title>Results</title><p>PINK1 loss sensitized cells.</p></sec>"
    )
    doc = _doc(tmp_path, title="Role of <italic>PINK1</italic> in Ca<sup>2+</sup> flux", abstract=abstract, front=front,
               body="<sec><title>Introduction</title><p>Text.</p></sec>")
    assert doc.title == "Role of PINK1 in Ca2+ flux"
    assert doc.abstract == "Background: Mitophagy matters.\nResults: PINK1 loss sensitized cells."
    assert [(a.type, a.title, a.text) for a in doc.other_abstracts] == [("summary", "Author summary", "Plain words.")]
    assert doc.keywords == ["mitophagy", "PINK1"]
    assert doc.source.format == "jats"


def test_front_matter_only_article_ingests(tmp_path):
    doc = ingest_path(write(tmp_path, article(abstract="<p>Only an abstract, as in a publish-on-accept file.</p>").replace("<body></body><back></back>", "")))
    assert doc.abstract.startswith("Only an abstract") and doc.sections == [] and doc.references == []


# -- sections ----------------------------------------------------------------------


def test_nested_sections_with_labels_levels_parents_and_back_matter(tmp_path):
    body = (
        "<sec><label>1</label><title>Introduction</title><p>One.</p></sec>"
        "<sec><label>2.</label><title>Methods</title><p>Two.</p>"
        "<sec><label>2.1</label><title>Cells</title><p>Three.</p>"
        "<sec><title>HeLa</title><p>Four.</p></sec></sec>"
        "<sec><p>Untitled part of Methods.</p></sec></sec>"
        "<sec><title>Competing interests</title><p>None.</p></sec>"
    )
    back = "<ack><p>We thank.</p></ack><fn-group><fn><p>A note.</p></fn></fn-group><app-group><app><title>Appendix 1</title><p>More.</p></app></app-group>"
    doc = _doc(tmp_path, body=body, back=back)
    got = [(s.number, s.title, s.level, s.parent, s.kind) for s in doc.sections]
    assert got == [
        ("1", "Introduction", 1, None, "body"),
        ("2", "Methods", 1, None, "body"),
        ("2.1", "Cells", 2, "2", "body"),
        ("", "HeLa", 3, "2.1", "body"),
        ("", "Competing interests", 1, None, "back"),
        ("", "Acknowledgements", 1, None, "back"),
        ("", "Footnotes", 1, None, "back"),
        ("", "Appendix 1", 1, None, "back"),
    ]
    assert [p.text for p in doc.section("2").paragraphs] == ["Two.", "Untitled part of Methods."]


def test_repeated_subsection_titles_get_unique_keys(tmp_path):
    body = (
        "<sec><title>Methods</title><sec><title>Survey</title><p>M <xref ref-type='bibr' rid='b1'>1</xref>.</p></sec></sec>"
        "<sec><title>Results</title><sec><title>Survey</title><p>R <xref ref-type='bibr' rid='b2'>2</xref>.</p></sec></sec>"
    )
    doc = _doc(tmp_path, body=body, back=refs(2))
    keys = [s.key for s in doc.sections if s.title == "Survey"]
    assert keys == ["Methods / Survey", "Results / Survey"]
    assert [s.title for s in doc.sections if s.key in keys] == ["Survey", "Survey"]
    assert {c.section: c.numbers for c in doc.citations} == {"Methods / Survey": [1], "Results / Survey": [2]}
    assert doc.section("Results / Survey").parent == "Results"


def test_text_before_the_first_section_is_an_untitled_section(tmp_path):
    doc = _doc(tmp_path, body="<p>Opening paragraph.</p><sec><title>Methods</title><p>M.</p></sec>")
    assert [(s.title, s.level, [p.text for p in s.paragraphs]) for s in doc.sections] == [
        ("", 1, ["Opening paragraph."]), ("Methods", 1, ["M."])
    ]


# -- paragraphs and inline content ------------------------------------------------------


def test_inline_formatting_is_flattened_without_losing_characters(tmp_path):
    p = (
        "<p><italic>PINK1</italic>/<bold>Parkin</bold> raised Ca<sup>2+</sup> and H<sub>2</sub>O<sub>2</sub>\n"
        "   by 2.5<sc>-fold</sc> (<named-content content-type='gene'>BNIP3L</named-content>, "
        "<ext-link xlink:href='http://x.org'>x.org</ext-link>).</p>"
    )
    doc = _doc(tmp_path, body=f"<sec><title>Results</title>{p}</sec>")
    assert _paragraph(doc, "Results")[0].text == "PINK1/Parkin raised Ca2+ and H2O2 by 2.5-fold (BNIP3L, x.org)."


def test_formulas_read_as_their_mathml_text(tmp_path):
    p = (
        "<p>The rate <inline-formula><mml:math><mml:mi>k</mml:mi><mml:mo>=</mml:mo><mml:mn>2</mml:mn></mml:math></inline-formula> "
        "held, and <inline-formula><alternatives><tex-math>\\alpha</tex-math><mml:math><mml:mi>α</mml:mi></mml:math>"
        "<inline-graphic xlink:href='a.gif'/></alternatives></inline-formula> too; "
        "<inline-formula><mml:math><mml:semantics><mml:mi>x</mml:mi><mml:annotation encoding='TeX'>x</mml:annotation>"
        "</mml:semantics></mml:math></inline-formula> only once.</p>"
    )
    doc = _doc(tmp_path, body=f"<sec><title>Model</title>{p}<disp-formula><label>(1)</label><tex-math>E=mc^2</tex-math></disp-formula></sec>")
    texts = [q.text for q in _paragraph(doc, "Model")]
    assert texts == ["The rate k=2 held, and α too; x only once.", "(1) E=mc^2"]


def test_lists_quotes_and_floats_inside_paragraphs(tmp_path):
    body = (
        "<sec><title>Results</title>"
        "<p>Cells died<fig id='f1'><label>Figure 1</label><caption><p>Death.</p></caption></fig> quickly.</p>"
        "<list><list-item><p>First item.</p></list-item><list-item><p>Second item.</p></list-item></list>"
        "<disp-quote><p>A quoted line.</p></disp-quote></sec>"
    )
    doc = _doc(tmp_path, body=body)
    assert [p.text for p in _paragraph(doc, "Results")] == ["Cells died quickly.", "First item.", "Second item.", "A quoted line."]
    assert [(f.label, f.caption, f.section) for f in doc.figures] == [("Figure 1", "Death.", "Results")]


def test_sentences_come_from_the_shared_splitter(tmp_path):
    from pipeline.ingest.sentences import text_to_sentences

    p = "<p>PINK1 (Fig. 2) et al. showed it. Loss of <italic>PRKN</italic> sensitized cells, e.g. HeLa. It held.</p>"
    doc = _doc(tmp_path, body=f"<sec><title>R</title>{p}</sec>")
    paragraph = _paragraph(doc, "R")[0]
    assert paragraph.sentences == text_to_sentences(paragraph.text)
    assert len(paragraph.sentences) == 3


# -- citations ------------------------------------------------------------------------


def test_bibr_xrefs_are_linked_by_position_with_ranges_and_offsets(tmp_path):
    p = (
        "<p>Single <xref ref-type='bibr' rid='b2'>2</xref>, range [<xref ref-type='bibr' rid='b3'>3</xref>&#x2013;"
        "<xref ref-type='bibr' rid='b5'>5</xref>], list (<xref ref-type='bibr' rid='b1'>1</xref>, "
        "<xref ref-type='bibr' rid='b6'>6</xref>), multi <xref ref-type='bibr' rid='b1 b2'>1,2</xref>, figure "
        "<xref ref-type='fig' rid='f1'>Fig. 1</xref>.</p>"
    )
    doc = _doc(tmp_path, body=f"<sec><title>Results</title>{p}</sec>", back=refs(6))
    text = _paragraph(doc, "Results")[0].text
    assert text == "Single 2, range [3–5], list (1, 6), multi 1,2, figure Fig. 1."
    got = [(c.text, c.numbers, c.targets, text[c.start : c.end], c.paragraph) for c in doc.citations]
    assert got == [
        ("2", [2], ["b2"], "2", 0),
        ("[3–5]", [3, 4, 5], ["b3", "b5"], "[3–5]", 0),
        ("(1, 6)", [1, 6], ["b1", "b6"], "(1, 6)", 0),
        ("1,2", [1, 2], ["b1", "b2"], "1,2", 0),
    ]


def test_numbers_are_list_positions_not_printed_labels(tmp_path):
    back = (
        "<ref-list>" + ref("r-smith", "Smith", 2001, "First").replace("<ref id", "<ref id") .replace("<element", "<label>7</label><element")
        + ref("r-doe", "Doe", 2002, "Second") + "</ref-list>"
    )
    p = "<p>As shown (<xref ref-type='bibr' rid='r-doe'>Doe, 2002</xref>; <xref ref-type='bibr' rid='r-smith'>Smith 2001</xref>).</p>"
    doc = _doc(tmp_path, body=f"<sec><title>Intro</title>{p}</sec>", back=back)
    assert [r.number for r in doc.references] == [1, 2]
    (c,) = doc.citations
    assert (c.text, c.numbers) == ("(Doe, 2002; Smith 2001)", [2, 1])


def test_xref_to_a_missing_reference_is_unresolved(tmp_path):
    p = "<p>Claim <xref ref-type='bibr' rid='b9'>9</xref> and <xref ref-type='bibr' rid='zz'>Anon</xref>.</p>"
    doc = _doc(tmp_path, body=f"<sec><title>Intro</title>{p}</sec>", back=refs(2))
    assert [(c.numbers, c.unresolved, c.targets) for c in doc.citations] == [([9], [9], ["b9"]), ([], [], ["zz"])]


def test_citations_in_abstract_captions_cells_and_table_footnotes(tmp_path):
    x = "<xref ref-type='bibr' rid='b{}'>{}</xref>"
    table = (
        "<table-wrap id='t1'><label>Table 1</label><caption><title>Drugs " + x.format(1, 1) + "</title></caption>"
        "<table><thead><tr><th>Gene</th><th>Drug</th></tr></thead><tbody><tr><td>PINK1 " + x.format(2, 2) + "</td><td>cisplatin</td></tr>"
        "</tbody></table><table-wrap-foot><fn><p>From " + x.format(3, 3) + ".</p></fn></table-wrap-foot></table-wrap>"
    )
    fig = "<fig><label>Figure 2.</label><caption><title>Model.</title><p>Adapted from " + x.format(4, 4) + ".</p></caption></fig>"
    doc = _doc(tmp_path, abstract="<p>Known " + x.format(5, 5) + ".</p>", body=f"<sec><title>R</title><p>T.</p>{table}{fig}</sec>", back=refs(5))
    got = sorted((c.section, c.paragraph, c.row, c.column, c.numbers) for c in doc.citations)
    assert got == [
        ("Figure 2", -1, -1, -1, [4]),
        ("Table 1", -1, -1, -1, [1]),
        ("Table 1", -1, 0, 0, [2]),
        ("Table 1", 0, -1, -1, [3]),
        ("abstract", 0, -1, -1, [5]),
    ]
    assert doc.tables[0].footnotes == ["From 3."]
    assert doc.figures[0].caption == "Model. Adapted from 4."


# -- tables -----------------------------------------------------------------------------


def test_table_header_body_and_spans_expanded(tmp_path):
    table = (
        "<table-wrap><label>Table 2</label><caption><p>Spans.</p></caption><table>"
        "<thead><tr><th rowspan='2'>Gene</th><th colspan='2'>IC50</th></tr><tr><th>WT</th><th>KO</th></tr></thead>"
        "<tbody><tr><td rowspan='2'>PINK1</td><td>1.0</td><td>2.0</td></tr><tr><td>3.0</td><td>4.0</td></tr>"
        "<tr><td colspan='3'>Total</td></tr></tbody></table></table-wrap>"
    )
    doc = _doc(tmp_path, body=f"<sec><title>R</title><p>T.</p>{table}</sec>")
    (t,) = doc.tables
    assert (t.label, t.caption, t.section) == ("Table 2", "Spans.", "R")
    assert t.columns == ["Gene", "IC50 WT", "IC50 KO"]
    assert t.rows == [["PINK1", "1.0", "2.0"], ["PINK1", "3.0", "4.0"], ["Total", "Total", "Total"]]


def test_table_without_thead_uses_leading_th_rows_and_caps_huge_spans(tmp_path):
    table = (
        "<table-wrap><table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr>"
        "<tr><td colspan='100000000'>wide</td></tr></table></table-wrap>"
        "<table-wrap><label>Table 4</label><caption><p>An image only.</p></caption><graphic xlink:href='t4.gif'/></table-wrap>"
    )
    doc = _doc(tmp_path, body=f"<sec><title>R</title><p>T.</p>{table}</sec>")
    first, image = doc.tables
    assert first.label == "Table 1" and first.columns[:2] == ["A", "B"]
    assert first.rows[0][:2] == ["1", "2"] and len(first.rows) == 2 and len(first.rows[1]) <= 200
    assert (image.label, image.caption, image.rows) == ("Table 4", "An image only.", [])


# -- references -------------------------------------------------------------------------


def test_reference_fields_from_element_and_mixed_citations(tmp_path):
    back = (
        "<ref-list>"
        "<ref id='b1'><element-citation publication-type='journal'><person-group person-group-type='author'>"
        "<name><surname>Youle</surname><given-names>RJ</given-names></name><name><surname>Narendra</surname>"
        "<given-names>DP</given-names></name><etal/></person-group><person-group person-group-type='editor'>"
        "<name><surname>Editor</surname><given-names>E</given-names></name></person-group>"
        "<article-title>Mechanisms of mitophagy</article-title><source>Nat Rev Mol Cell Biol</source><year>2011</year>"
        "<volume>12</volume><fpage>9</fpage><lpage>14</lpage><pub-id pub-id-type='doi'>https://doi.org/10.1038/NRM3028</pub-id>"
        "<pub-id pub-id-type='pmid'>21179058</pub-id></element-citation></ref>"
        "<ref id='b2'><mixed-citation publication-type='journal'><string-name><surname>Doe</surname>, <given-names>J.</given-names></string-name> "
        "(<year>2019a</year>). <article-title>Drug resistance</article-title>. <source>Cancer Res</source>, <volume>79</volume>, "
        "<elocation-id>e100</elocation-id>. doi:<ext-link ext-link-type='doi' xlink:href='10.1158/0008-5472.CAN-19-0001'>10.1158/0008-5472.CAN-19-0001</ext-link></mixed-citation></ref>"
        "<ref id='b3'><mixed-citation publication-type='other'>Smith J, Lee K (2004) Autophagy in cancer. Oncogene 23: 1-9.</mixed-citation></ref>"
        "<ref id='b4'><element-citation publication-type='book'><person-group><collab>WHO</collab></person-group>"
        "<source>World Cancer Report</source><year>2020</year></element-citation></ref>"
        "</ref-list>"
    )
    doc = _doc(tmp_path, body="<sec><title>I</title><p>T.</p></sec>", back=back)
    r1, r2, r3, r4 = doc.references
    assert (r1.number, r1.authors, r1.year, r1.title, r1.journal, r1.volume, r1.pages, r1.doi, r1.pmid, r1.ref_id) == (
        1, ["Youle RJ", "Narendra DP"], 2011, "Mechanisms of mitophagy", "Nat Rev Mol Cell Biol", "12", "9–14", "10.1038/nrm3028", "21179058", "b1"
    )
    assert (r2.authors, r2.year, r2.title, r2.journal, r2.volume, r2.pages, r2.doi) == (
        ["Doe J."], 2019, "Drug resistance", "Cancer Res", "79", "e100", "10.1158/0008-5472.can-19-0001"
    )
    assert r2.raw.startswith("Doe, J. (2019a). Drug resistance. Cancer Res, 79, e100.")
    assert (r3.number, r3.year, r3.title, r3.authors[:1]) == (3, 2004, "Autophagy in cancer", ["Smith J"])
    assert (r4.authors, r4.title, r4.journal, r4.year) == (["WHO"], "World Cancer Report", "", 2020)


def test_references_section_is_back_matter(tmp_path):
    doc = _doc(tmp_path, body="<sec><title>I</title><p>T.</p></sec>", back=refs(3))
    assert [(s.title, s.kind, s.paragraphs) for s in doc.sections][-1] == ("References", "back", [])
    assert [r.doi for r in doc.references] == ["10.1000/test.1", "10.1000/test.2", "10.1000/test.3"]


# -- detection -----------------------------------------------------------------------------


def test_detected_by_content_whatever_the_name_and_dtd_version(tmp_path):
    nlm23 = article(body="<sec><title>I</title><p>T.</p></sec>", doctype=False).replace(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<!DOCTYPE article PUBLIC "-//NLM//DTD Journal Archiving and Interchange DTD v2.3 20070202//EN" "archivearticle.dtd">',
    )
    for name in ("paper.nxml", "paper.txt", "PAPER.XML"):
        assert ingest_path(write(tmp_path, nlm23, name)).source.format == "jats"


def test_named_character_entities_read_without_the_dtd(tmp_path):
    doc = _doc(tmp_path, body="<sec><title>I</title><p>5&nbsp;&mu;M &alpha;-synuclein &#x2013; done&hellip;</p></sec>")
    assert _paragraph(doc, "I")[0].text == "5\u00a0μM α-synuclein – done…"


def test_declared_encodings_are_honoured(tmp_path):
    text = article(body="<sec><title>I</title><p>Zambézia, 5 µM.</p></sec>")
    utf16 = tmp_path / "utf16.xml"
    utf16.write_bytes(text.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16"))
    latin = tmp_path / "latin1.nxml"
    latin.write_bytes(text.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"').encode("latin-1"))
    for path in (utf16, latin):
        assert ingest_path(path).section("I").paragraphs[0].text == "Zambézia, 5 µM."


def test_mixed_citation_without_printed_separators_keeps_words_apart(tmp_path):
    # PLOS writes some separators only in its stylesheet: <source>X</source><volume>83</volume>
    back = (
        "<ref-list><ref id='r1'><mixed-citation publication-type='journal'><name><surname>Moss</surname>"
        "<given-names>KM</given-names></name> (<year>2011</year>) <article-title>A field survey</article-title>. "
        "<source>Am J Trop Med Hyg</source><volume>85</volume>: <fpage>140</fpage>&#x2013;<lpage>146</lpage></mixed-citation></ref></ref-list>"
    )
    doc = _doc(tmp_path, body="<sec><title>I</title><p>T.</p></sec>", back=back)
    (r,) = doc.references
    assert r.raw == "Moss KM (2011) A field survey. Am J Trop Med Hyg 85: 140–146"
    assert (r.authors, r.journal, r.volume, r.pages) == (["Moss KM"], "Am J Trop Med Hyg", "85", "140–146")
