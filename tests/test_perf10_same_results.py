"""perf10: the rewritten hot spots give the results of the code they replace, on inputs written here.

Reference CRF: ``CRFModel.viterbi_many`` (a list decoded together) equals ``viterbi`` per sequence,
ties and margins included; ``reference_crf.tag_many`` / ``primed`` and ``references.parse_references``
equal ``tag`` / ``parse_reference`` entry by entry; the cached per-token segment counts equal the
uncached ones. Relations: ``triggers.token_lowers`` is ``[t.lower_ for t in doc]``; ``phrase_at``
and ``doses._dose_end`` read the same on a Doc and its token list; ``annotate``'s therapy index is
the ``numpy.isin`` one.
"""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.ingest import reference_crf
from pipeline.ingest.crf_model import CRFModel
from pipeline.ingest.references import parse_reference, parse_references

ENTRIES = [
    "Okafor R, Berg L, Ito P. PINK1-dependent mitophagy limits cisplatin resistance in ovarian cancer. "
    "Autophagy 2021; 17(4): 912-925. doi:10.1080/15548627.2020.1234567",
    "R. Okafor and L. Berg, Receptor control of mitophagy, in Autophagy Methods, eds. P. Ito "
    "(Academic Press, London, 2011), pp. 101-130.",
    "Berg, L., Okafor, R., 2019. Parkin and drug tolerance: a review. Cell Death Differ. 26, 1-12.",
    "Tanaka K, Weiss M. *Mitochondrial quality control in leukemia stem cells*. Blood Rev 2020;41:100-9.",
    "“On the naming of the isotopes 210, 212 and 214” Pure Appl. Chem. 75 (2003) 1021",
    "MITO Consortium (2022). Atlas of mitophagy receptors [Data set]. Zenodo. https://example.org/abc",
    "A",
    "(1999)",
    "",
    "Okafor R, Berg L, Ito P. PINK1-dependent mitophagy limits cisplatin resistance in ovarian cancer. "
    "Autophagy 2021; 17(4): 912-925. doi:10.1080/15548627.2020.1234567",  # a repeat: one priming, two reads
]

needs_model = pytest.mark.skipif(not reference_crf.available(), reason="models/references/citation.crfsuite absent")


def _toy_model(labels: int = 4, seed: int = 0) -> CRFModel:
    rng = np.random.default_rng(seed)
    return CRFModel(tuple(f"L{k}" for k in range(labels)), {}, np.zeros((1, labels)), rng.normal(size=(labels, labels)))


def test_viterbi_many_equals_viterbi_per_sequence_on_random_scores():
    model = _toy_model()
    rng = np.random.default_rng(1)
    states = [rng.normal(size=(n, 4)) for n in (1, 7, 3, 12, 1, 5, 7, 40)]
    for margin in (0.0, 1e-6, 0.5):
        assert model.viterbi_many(states, margin=margin) == [model.viterbi(s, margin=margin) for s in states]


def test_viterbi_many_keeps_first_maximum_on_ties_and_refuses_close_paths():
    model = CRFModel(("A", "B", "C"), {}, np.zeros((1, 3)), np.zeros((3, 3)))
    tied = np.zeros((4, 3))  # every label scores the same: the first wins everywhere
    close = np.array([[1.0, 1.0 + 1e-9, 0.0], [0.0, 0.0, 2.0]])  # a choice won by 1e-9: None with a margin
    clear = np.array([[3.0, 0.0, 0.0], [0.0, 0.0, 2.0], [0.0, 5.0, 0.0]])
    got = model.viterbi_many([tied, close, clear], margin=1e-6)
    assert got == [model.viterbi(tied, margin=1e-6), model.viterbi(close, margin=1e-6), model.viterbi(clear, margin=1e-6)]
    assert got[0] is None and got[1] is None and got[2] == ["A", "C", "B"]
    assert model.viterbi_many([tied], margin=0.0) == [["A", "A", "A", "A"]]


def test_viterbi_many_splits_long_sequences_into_small_batches(monkeypatch):
    from pipeline.ingest import crf_model

    monkeypatch.setattr(crf_model, "_BATCH_CELLS", 200)  # a handful of cells: every sequence alone
    model = _toy_model(seed=3)
    rng = np.random.default_rng(4)
    states = [rng.normal(size=(n, 4)) for n in (30, 2, 9, 30)]
    assert model.viterbi_many(states, margin=1e-6) == [model.viterbi(s, margin=1e-6) for s in states]
    assert model.viterbi_many([]) == []


@needs_model
def test_tag_many_equals_tag_entry_by_entry():
    assert reference_crf.tag_many(ENTRIES) == [reference_crf.tag(e) for e in ENTRIES]


@needs_model
def test_primed_block_serves_tag_and_is_emptied_after():
    expected = {e: reference_crf.tag(e) for e in ENTRIES}
    with reference_crf.primed(ENTRIES):
        assert reference_crf._primed  # filled for the block
        for e in ENTRIES:
            assert reference_crf.tag(e) == expected[e]
        assert reference_crf.tag("Not primed, Z. A title. J Test 2001;1:1-2.") == \
            [t for t in reference_crf.tag_many(["Not primed, Z. A title. J Test 2001;1:1-2."])[0]]
    assert not reference_crf._primed


@needs_model
def test_primed_block_is_emptied_after_an_error():
    with pytest.raises(RuntimeError):
        with reference_crf.primed(ENTRIES[:2]):
            raise RuntimeError("boom")
    assert not reference_crf._primed


@needs_model
def test_parse_references_equals_parse_reference_per_entry():
    pairs = [(e, k) for k, e in enumerate(ENTRIES, 1)]
    assert parse_references(pairs) == [parse_reference(e, number=k) for e, k in pairs]


@needs_model
def test_cached_segment_counts_equal_the_uncached_ones():
    for entry in ENTRIES:
        tokens = reference_crf.tokenize(entry)
        if not tokens:
            continue
        segs = reference_crf._segments(entry, tokens)
        base = [reference_crf._shipped_token_features(t) for t, _, _ in tokens]
        cached = [reference_crf._shipped_token_stats(t) for t, _, _ in tokens]
        assert reference_crf._segment_features(tokens, segs, base, cached) == \
            reference_crf._segment_features(tokens, segs, base)


def test_segment_counts_of_a_written_entry():
    tokens = [("Berg", 0, 4), ("L", 5, 6), (".", 6, 7), ("2019", 8, 12), (".", 12, 13), ("Cell", 14, 18)]
    base = [{"w": t.lower(), "sh": "Xx", "lex.journal": "2", "lex.title": "1"} if t[:1].isalpha() else {"w": t, "sh": "d"}
            for t, _, _ in tokens]
    feats = reference_crf._segment_features(tokens, [0, 0, 0, 1, 1, 2], base)
    assert list(feats) == [0, 1, 2]
    assert feats[0]["seg.n"] == 0 and feats[0]["seg.allcap"] is True and feats[0]["seg.lex.journal"] == 2
    assert feats[1]["seg.dig"] == 1 and feats[1]["seg.lex.title"] == -1  # no word in the segment
    assert feats[2]["seg.next"] == "</S>"


@pytest.fixture(scope="module")
def blank_nlp():
    spacy = pytest.importorskip("spacy")
    return spacy.blank("en")


def test_token_lowers_is_every_tokens_lower_case_text(blank_nlp):
    from pipeline.relations.triggers import token_lowers

    doc = blank_nlp("Loss of PINK1 Sensitizes HeLa cells to Cisplatin .")
    assert token_lowers(doc) == [t.lower_ for t in doc]
    assert token_lowers(doc) is token_lowers(doc)  # kept for the Doc
    other = blank_nlp("BNIP3 knockdown")
    assert token_lowers(other) == ["bnip3", "knockdown"]
    assert token_lowers(blank_nlp("")) == []


def test_token_lowers_reads_a_retokenized_doc_again(blank_nlp):
    from pipeline.relations.triggers import token_lowers

    doc = blank_nlp("the PINK1 Parkin axis")
    assert len(token_lowers(doc)) == 4
    with doc.retokenize() as retok:
        retok.merge(doc[1:3])
    assert token_lowers(doc) == [t.lower_ for t in doc]


def test_phrase_at_reads_the_words_of_the_doc(blank_nlp):
    from pipeline.relations.triggers import phrase_at

    doc = blank_nlp("cells were rendered refractory to cisplatin")
    phrases = ("rendered refractory", "rendered refractory to", "refractory")
    assert phrase_at(doc, 2, phrases) == 3  # the longest phrase at the token
    assert phrase_at(doc, 4, phrases, backwards=True) == 2  # "rendered refractory" ends before token 4
    assert phrase_at(doc, 0, phrases) == 0
    assert phrase_at(doc, 99, phrases) == 0 and phrase_at(doc, 0, phrases, backwards=True) == 0


def test_dose_end_reads_the_same_on_a_doc_and_its_tokens(blank_nlp):
    from pipeline.relations.doses import _dose_end, _settings

    data, glued = _settings()
    doc = blank_nlp("cells received 4 Gy and then 2Gy of X-rays or ten Gy")
    tokens = list(doc)
    ends = [_dose_end(doc, i, data, glued) for i in range(len(doc))]
    assert ends == [_dose_end(tokens, i, data, glued) for i in range(len(doc))]
    assert any(ends)


def test_therapy_index_equals_the_isin_reading(blank_nlp):
    from spacy.attrs import ENT_IOB, ENT_TYPE
    from spacy.tokens import Span

    from pipeline.annotate import THERAPY_LABELS, _Chunk

    doc = blank_nlp("Cisplatin and radiotherapy with PINK1 and paclitaxel plus x")
    doc.ents = [Span(doc, 0, 1, label="CHEMICAL"), Span(doc, 2, 3, label="THERAPY"), Span(doc, 4, 5, label="GENE"),
                Span(doc, 6, 8, label="CHEMICAL")]
    chunk = _Chunk(doc, [0], [])
    head, array, _ = chunk.array()
    labels = np.array([doc.vocab.strings.add(label) for label in THERAPY_LABELS], dtype=array.dtype)
    inside = np.isin(array[:, head.index(ENT_IOB)], np.array((1, 3), dtype=array.dtype))
    expected = np.flatnonzero(inside & np.isin(array[:, head.index(ENT_TYPE)], labels)).tolist()
    assert chunk.therapy_index().positions == expected == [0, 2, 6, 7]
