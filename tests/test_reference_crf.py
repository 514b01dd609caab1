"""The reference CRF's features: the per-token cache gives the same features as building them anew."""


def test_cached_token_features_equal_the_uncached_ones():
    from pipeline.ingest import reference_crf

    text = "Smith, J. A., and Lee, K. (2019). PINK1 loss. Cell 12, 1-10. doi:10.1016/j.cell.2019.01.001"
    tokens = reference_crf.tokenize(text)
    cached = reference_crf.features(text, tokens)  # the lexicon in use: cached per token
    plain = reference_crf.features(text, tokens, dict(reference_crf._lexicon()))  # a copy: not cached
    assert cached == plain
    assert reference_crf.features(text, tokens) == cached  # a second pass reads the cache


def _gz(text: str, names: list[str]) -> list[tuple[str, str]]:
    from pipeline.ingest import reference_crf

    tokens = reference_crf.tokenize(text)
    feats = reference_crf.features(text, tokens, {}, reference_crf.venue_index(names))
    return [(tok, f.get("gz", "")) for (tok, _s, _e), f in zip(tokens, feats)]


def test_venue_gazetteer_marks_the_longest_known_name_with_its_inner_punctuation():
    text = "Okafor, N. Mitochondrial fission in glioma. Mol. Cell. Biol. 12, 3-9 (2020)."
    marks = dict(_gz(text, ["mol cell", "mol cell biol", "cell"]))
    tags = [g for _t, g in _gz(text, ["mol cell", "mol cell biol", "cell"])]
    assert marks["Mol"] == "B3" and marks["Biol"] == "I3"
    # the periods inside the name are part of it, the one closing it and the volume are not
    assert tags[tags.index("B3") : tags.index("B3") + 5] == ["B3", "I3", "I3", "I3", "I3"]
    assert marks["12"] == "" and marks["Mitochondrial"] == ""


def test_venue_gazetteer_needs_the_whole_name_and_marks_one_word_names_as_size_one():
    text = "Reyes, P. Stress granules in the neuron. Neuron Res. 4, 1-2."
    tags = _gz(text, ["neuron", "neuron biology"])
    assert [g for t, g in tags if t == "neuron"] == ["B1"]  # in the title, as a word
    assert [g for t, g in tags if t == "Neuron"] == ["B1"]  # "Neuron Res." is no "neuron biology"
    assert all(g == "" for t, g in tags if t not in ("neuron", "Neuron"))


def test_no_gazetteer_adds_no_venue_marks():
    text = "Smith, J. (2019). PINK1 loss. Cell 12, 1-10."
    assert all(g == "" for _t, g in _gz(text, []))
