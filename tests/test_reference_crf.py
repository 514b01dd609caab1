"""The reference CRF's features: the per-token cache gives the same features as building them anew."""


def test_cached_token_features_equal_the_uncached_ones():
    from pipeline.ingest import reference_crf

    text = "Smith, J. A., and Lee, K. (2019). PINK1 loss. Cell 12, 1-10. doi:10.1016/j.cell.2019.01.001"
    tokens = reference_crf.tokenize(text)
    cached = reference_crf.features(text, tokens)  # the lexicon in use: cached per token
    plain = reference_crf.features(text, tokens, dict(reference_crf._lexicon()))  # a copy: not cached
    assert cached == plain
    assert reference_crf.features(text, tokens) == cached  # a second pass reads the cache
