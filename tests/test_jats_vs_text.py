"""The same paper as JATS XML and as a text rendition gives the same document, wherever the model allows."""

from __future__ import annotations

from jats_files import article, refs, write

from pipeline.ingest import ingest_path

X = "<xref ref-type='bibr' rid='b{0}'>{0}</xref>"
BODY = (
    "<sec><label>1</label><title>Introduction</title><p>Loss of PINK1 sensitized cells to cisplatin (" + X.format(1) + "). "
    "BNIP3 promoted resistance to sorafenib (" + X.format(2) + "&#x2013;" + X.format(3) + ").</p></sec>"
    "<sec><label>2</label><title>Methods</title><p>Cells were cultured as described (" + X.format(3) + ", " + X.format(1) + ").</p>"
    "<sec><label>2.1</label><title>Cell lines</title><p>HeLa cells were used.</p></sec></sec>"
)
TEXT = """# A test article

Abstract

An abstract about PINK1 and mitophagy in cancer cells treated with cisplatin.

1 Introduction

Loss of PINK1 sensitized cells to cisplatin (1). BNIP3 promoted resistance to sorafenib (2–3).

2 Methods

Cells were cultured as described (3, 1).

2.1 Cell lines

HeLa cells were used.

References

1. Author1 A. Study number 1. J Test. 2001;1:1-9. doi:10.1000/test.1

2. Author2 A. Study number 2. J Test. 2002;2:1-9. doi:10.1000/test.2

3. Author3 A. Study number 3. J Test. 2003;3:1-9. doi:10.1000/test.3
"""


def test_xml_and_text_renditions_agree(tmp_path):
    xml = ingest_path(write(tmp_path, article(
        body=BODY, back=refs(3), abstract="<p>An abstract about PINK1 and mitophagy in cancer cells treated with cisplatin.</p>"
    ), "paper.xml"))  # fmt: skip
    text = ingest_path(write(tmp_path, TEXT, "paper.txt"))
    assert (xml.title, xml.abstract) == (text.title, text.abstract)

    def sections(doc):
        return [(s.number, s.title, s.level, s.parent, s.kind, [(p.text, p.sentences) for p in s.paragraphs]) for s in doc.sections]

    assert sections(xml) == sections(text)

    def citations(doc):
        return [(c.text, c.numbers, c.section, c.paragraph, c.start, c.end, c.unresolved) for c in doc.citations]

    assert citations(xml) == citations(text)
    assert [(r.number, r.year, r.title, r.doi, r.authors) for r in xml.references] == [
        (r.number, r.year, r.title, r.doi, r.authors) for r in text.references
    ]
