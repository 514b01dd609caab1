"""The JATS reader on the real files of ``../shared/data/jats`` (PMC Open Access, eLife).

Every expected value is read from the XML itself by a separate, deliberately
simple XPath reading with lxml (a different parser from the reader's
defusedxml/expat), not from the reader: title, abstract paragraphs, section
titles and levels, the reference count and DOIs, every ``bibr`` xref target,
tables with their rows, figures. Skips when ``../shared`` is absent.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from lxml import etree

from pipeline.ingest import ingest_path
from tests.conftest import SHARED

JATS = SHARED / "data" / "jats"
FILES = sorted(JATS.glob("pmc/*.nxml")) + sorted(JATS.glob("elife/*.xml")) if JATS.is_dir() else []
PARTS = "/article/front|/article/body|/article/back|/article/floats-group"  # sub-articles are not read


def norm(text: str) -> str:
    return re.sub(r"[ \t\r\n]+", " ", text).strip()


def text(element) -> str:
    return norm("".join(element.itertext()))


def tree(path: Path):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    return etree.parse(str(path), parser).getroot()


@pytest.fixture(scope="module", params=FILES, ids=lambda p: p.name)
def paper(request, shared_dir):
    path = request.param
    return tree(path), ingest_path(path)


def test_every_file_is_listed(shared_dir):
    assert len(list(JATS.glob("pmc/*.nxml"))) == 8 and len(list(JATS.glob("elife/*.xml"))) == 13


def test_title_and_abstract(paper):
    root, doc = paper
    assert doc.source.format == "jats"
    assert doc.title == text(root.xpath("/article/front/article-meta/title-group/article-title")[0])
    main = root.xpath("/article/front/article-meta/abstract[not(@abstract-type)]")
    assert bool(doc.abstract) == bool(main)
    for p in root.xpath("/article/front/article-meta/abstract[not(@abstract-type)]//p"):
        if not p.xpath(".//inline-formula|.//disp-formula|.//fn|.//xref[@ref-type!='bibr']"):
            assert text(p) in doc.abstract
    for sec_title in root.xpath("/article/front/article-meta/abstract[not(@abstract-type)]/sec/title"):
        assert f"{text(sec_title)}:" in doc.abstract or text(sec_title) in doc.abstract
    others = root.xpath("/article/front/article-meta/abstract[@abstract-type]")
    assert [a.type for a in doc.other_abstracts] == [a.get("abstract-type") for a in others]


def test_section_titles_and_levels(paper):
    root, doc = paper
    expected = [
        (text(t), len(t.getparent().xpath("ancestor::sec")) + 1)
        for t in root.xpath("/article/body//sec/title|/article/back//sec/title")
        if not t.getparent().xpath("ancestor::boxed-text|ancestor::fig|ancestor::table-wrap|ancestor::abstract")
    ]
    got = iter([(s.title, s.level) for s in doc.sections])
    for title_level in expected:  # in document order, as a subsequence (ack, ref-list ... are sections too)
        assert any(item == title_level for item in got), title_level
    body_paragraphs = root.xpath("/article/body//p[not(ancestor::table-wrap) and not(ancestor::fig)]")
    if body_paragraphs:
        assert any(s.kind == "body" and s.paragraphs for s in doc.sections)


def test_paragraphs_and_sentences(paper):
    root, doc = paper
    ours = {p.text for s in doc.sections for p in s.paragraphs}
    plain = [
        p for p in root.xpath("/article/body//sec/p")
        if not p.xpath(".//*[self::inline-formula or self::disp-formula or self::fig or self::table-wrap or self::fn "
                       "or self::list or self::boxed-text or self::supplementary-material or self::alternatives]")
    ]  # fmt: skip
    for p in plain:
        if text(p):
            assert text(p) in ours
    for section in doc.sections:
        for paragraph in section.paragraphs:
            assert paragraph.sentences
            previous = 0
            for sentence in paragraph.sentences:
                assert paragraph.text[sentence.start : sentence.end] == sentence.text
                assert sentence.start >= previous
                previous = sentence.end


def test_reference_count_and_dois(paper):
    root, doc = paper
    refs = root.xpath("/article/back//ref-list//ref")
    assert len(doc.references) == len(refs)
    for number, (ref, ours) in enumerate(zip(refs, doc.references), 1):
        assert ours.number == number
        dois = ref.xpath(".//pub-id[@pub-id-type='doi']")
        if dois:
            expected = re.sub(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", "", text(dois[0]), flags=re.I).lower()
            assert ours.doi == expected
        pmids = ref.xpath(".//pub-id[@pub-id-type='pmid']")
        if pmids:
            assert ours.pmid == text(pmids[0])
        years = ref.xpath(".//year")
        if years and re.match(r"^\d{4}", text(years[0])):
            assert ours.year == int(text(years[0])[:4])


def _holder_text(doc, c) -> str:
    if c.section == "abstract":
        return doc.abstract
    for table in doc.tables:
        if table.label == c.section:
            if c.row >= 0:
                return table.rows[c.row][c.column]
            return table.footnotes[c.paragraph] if c.paragraph >= 0 else table.caption
    for figure in doc.figures:
        if figure.label == c.section:
            return figure.caption
    return doc.section(c.section).paragraphs[c.paragraph].text


def test_every_bibr_xref_is_linked(paper):
    root, doc = paper
    xrefs = root.xpath(f"({PARTS})//xref[@ref-type='bibr']")
    ids = [r.get("id") for r in root.xpath("/article/back//ref-list//ref")]
    position = {rid: i for i, rid in enumerate(ids, 1)}
    expected = Counter(rid for x in xrefs for rid in x.get("rid").split())
    assert Counter(t for c in doc.citations for t in c.targets) == expected
    for c in doc.citations:
        assert _holder_text(doc, c)[c.start : c.end] == c.text
        for rid in c.targets:
            assert position[rid] in c.numbers  # linked to the reference at that position
        assert not c.unresolved


def test_tables_with_rows(paper):
    root, doc = paper
    wraps = root.xpath(f"({PARTS})//table-wrap")
    assert len(doc.tables) == len(wraps)
    for wrap, table in zip(wraps, doc.tables):
        labels = wrap.xpath("label")
        if labels:
            assert table.label == text(labels[0]).rstrip(".: ")
        data_rows = 0
        for t in wrap.xpath(".//table"):
            rows = t.xpath("thead/tr|tbody/tr|tfoot/tr|tr")
            header = len(t.xpath("thead/tr"))
            if not header:
                for tr in rows:
                    cells = tr.xpath("td|th")
                    if cells and all(cell.tag == "th" for cell in cells):
                        header += 1
                    else:
                        break
            data_rows += len(rows) - header
            if not t.xpath(".//@colspan[. != '1']|.//@rowspan[. != '1']|.//alternatives|.//inline-formula") and t is wrap.xpath(".//table")[0]:
                body = rows[header:]
                assert [[text(cell) for cell in tr.xpath("td|th")] for tr in body] == [r[: len(tr.xpath("td|th"))] for r, tr in zip(table.rows, body)]
        assert len(table.rows) == data_rows
        if wrap.xpath(".//table"):
            width = max(len(r) for r in table.rows) if table.rows else 0
            assert all(len(r) == width for r in table.rows)


def test_figures(paper):
    root, doc = paper
    figs = root.xpath(f"({PARTS})//fig")
    assert [f.label for f in doc.figures] == [
        text(f.xpath("label")[0]).rstrip(".: ") if f.xpath("label") else f"Figure {i}" for i, f in enumerate(figs, 1)
    ]
