"""Sentence Docs sliced from the one NER pass: writing only the columns the pass set changes nothing."""

from __future__ import annotations

import numpy as np

from pipeline.annotate import _slice_doc, annotate
from pipeline.document import Document, Paragraph, Section, Source
from pipeline.ingest.sentences import text_to_sentences
from pipeline.ner import load_nlp

# Made-up prose (no sentence of any paper): entities at sentence edges and across a comma.
TEXT = (
    "PINK1 loss sensitized cells to cisplatin. Reactive oxygen species (ROS) rose, and BNIP3 knockdown "
    "restored doxorubicin-induced apoptosis in hepatocellular carcinoma. HDAC inhibitors reduced mitophagy."
)


def test_sliced_sentences_equal_the_full_column_copy():
    body = Section("1", "Results", 1, None, [Paragraph(TEXT, text_to_sentences(TEXT))])
    document = Document("made-up", Source("made-up.txt", "text", "0"), title="BNIP3 and cisplatin resistance",
                        abstract="", sections=[body])
    annotated = annotate(document, load_nlp())
    checked = 0
    for unit in annotated.units:
        chunk_index, base = annotated._where[id(unit)]
        chunk = annotated.chunks[chunk_index]
        head, array, used = chunk.array()
        assert not all(used)  # no tagger: TAG, POS, LEMMA, MORPH are never set
        for sentence in unit.sentences:
            span = chunk.doc.char_span(base + sentence.start, base + sentence.end, alignment_mode="expand")
            full, lean = _slice_doc(chunk.doc, span, head, array), _slice_doc(chunk.doc, span, head, array, used)
            attrs = full._get_array_attrs()
            assert np.array_equal(full.to_array(attrs), lean.to_array(attrs))
            assert [(e.start, e.end, e.label_, e.kb_id_) for e in full.ents] == [
                (e.start, e.end, e.label_, e.kb_id_) for e in lean.ents]
            assert [t.morph.key for t in full] == [t.morph.key for t in lean]
            checked += 1
    assert checked >= 4
