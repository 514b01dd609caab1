"""The reference CRF's numpy scorer (pipeline/ingest/crf_model.py, reference_crf.tag) gives the
labels python-crfsuite's Tagger gives, on entries written for the test."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.ingest import reference_crf
from pipeline.ingest.crf_model import CRFModel

pytestmark = pytest.mark.skipif(not reference_crf.available(), reason="models/references/citation.crfsuite absent")

ENTRIES = [
    "Okafor R, Berg L, Ito P. PINK1-dependent mitophagy limits cisplatin resistance in ovarian cancer. "
    "Autophagy 2021; 17(4): 912-925. doi:10.1080/15548627.2020.1234567",
    "R. Okafor and L. Berg, Receptor control of mitophagy, in Autophagy Methods, eds. P. Ito "
    "(Academic Press, London, 2011), pp. 101-130.",
    "Berg, L., Okafor, R., 2019. Parkin and drug tolerance: a review. Cell Death Differ. 26, 1-12.",
    "野村 健, 佐藤 花. 癌細胞のマイトファジー. 生化学 2018; 90: 12-20.",
    "“On the naming of the isotopes 210, 212 and 214” Pure Appl. Chem. 75 (2003) 1021",
    "MITO Consortium (2022). Atlas of mitophagy receptors [Data set]. Zenodo. https://example.org/abc",
    "A",
    "(1999)",
]


def _crfsuite_labels(text: str) -> list[str]:
    return [lab for *_rest, lab in reference_crf.tag_crfsuite(text)]


@pytest.mark.parametrize("entry", ENTRIES)
def test_numpy_scorer_gives_the_labels_of_python_crfsuite(entry):
    assert [lab for *_rest, lab in reference_crf.tag(entry)] == _crfsuite_labels(entry)


@pytest.mark.parametrize("entry", ENTRIES)
def test_encoded_attributes_are_the_feature_dicts_in_their_order(entry):
    import pycrfsuite

    tokens = reference_crf.tokenize(entry)
    model = reference_crf._model()
    ids, values, starts = reference_crf.encode(entry, tokens)
    ends = starts[1:] + [len(ids)]
    for t, item in enumerate(pycrfsuite.ItemSequence(reference_crf.features(entry, tokens)).items()):
        expected = [(model.attributes[k], v) for k, v in item.items() if k in model.attributes and v]
        assert list(zip(ids[starts[t] : ends[t]], values[starts[t] : ends[t]])) == (expected or [(0, 0.0)])


def test_grouped_scores_match_the_ordered_sum_up_to_rounding():
    entry = ENTRIES[0]
    tokens = reference_crf.tokenize(entry)
    model = reference_crf._model()
    exact = model.scores(*reference_crf.encode(entry, tokens))
    assert np.allclose(reference_crf._grouped_scores(entry, tokens), exact, rtol=0, atol=1e-9)


def test_model_file_weights_are_the_taggers_rounded_weights():
    import pycrfsuite

    model = CRFModel.read(reference_crf.model_path())
    tagger = pycrfsuite.Tagger()
    tagger.open(str(reference_crf.model_path()))
    info = tagger.info()
    assert list(model.labels) == tagger.labels()
    index = {lab: k for k, lab in enumerate(model.labels)}
    for (attr, lab), weight in list(info.state_features.items())[:2000]:
        assert abs(model.state[model.attributes[attr], index[lab]] - weight) <= 5e-7
    for (a, b), weight in info.transitions.items():
        assert abs(model.transition[index[a], index[b]] - weight) <= 5e-7
    assert np.count_nonzero(model.state) <= len(info.state_features)


def test_viterbi_breaks_ties_on_the_first_label_and_flags_close_calls():
    model = CRFModel(("a", "b"), {}, np.zeros((0, 2)), np.zeros((2, 2)))
    tied = np.zeros((3, 2))
    assert model.viterbi(tied) == ["a", "a", "a"]  # crfsuite: the first maximum wins
    assert model.viterbi(tied, margin=1e-6) is None  # a tie is left to the exact scorer
    clear = np.array([[0.0, 1.0], [2.0, 0.0], [0.0, 3.0]])
    assert model.viterbi(clear, margin=1e-6) == ["b", "a", "b"]


def test_bad_model_file_is_refused(tmp_path):
    path = tmp_path / "x.crfsuite"
    path.write_bytes(b"not a model" * 10)
    with pytest.raises(ValueError, match="not a CRFsuite"):
        CRFModel.read(path)


def test_token_vector_store_emptied_when_full_still_scores_every_token(monkeypatch):
    entry = ENTRIES[0]
    expected = [lab for *_rest, lab in reference_crf.tag(entry)]
    monkeypatch.setattr(reference_crf, "_VECTORS_MAX", 5)  # smaller than the entry's vocabulary
    reference_crf._vectors.clear()
    reference_crf._token_vectors(["Okafor", "R"])  # some tokens stored, then the store overflows
    assert [lab for *_rest, lab in reference_crf.tag(entry)] == expected
    reference_crf._vectors.clear()
