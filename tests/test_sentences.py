"""The scientific sentence splitter."""

from __future__ import annotations

from pipeline.ingest.sentences import text_to_sentences


def _texts(text):
    return [s.text for s in text_to_sentences(text)]


def test_no_break_at_abbreviations_decimals_or_inside_parentheses():
    text = (
        "Smith et al. showed this in HeLa cells (Fig. 2). Doses of 2.5 mg vs. 1.5 mg differed, "
        "e.g. in liver. Cells (see ref. 3. Also this) survived. Done."
    )
    assert _texts(text) == [
        "Smith et al. showed this in HeLa cells (Fig. 2).",
        "Doses of 2.5 mg vs. 1.5 mg differed, e.g. in liver.",
        "Cells (see ref. 3. Also this) survived.",
        "Done.",
    ]


def test_offsets_and_marker_after_stop():
    text = "First claim (3). Second claim! Third? Yes."
    sentences = text_to_sentences(text)
    assert [s.text for s in sentences] == ["First claim (3).", "Second claim!", "Third?", "Yes."]
    for s in sentences:
        assert text[s.start : s.end] == s.text


def test_lower_case_word_after_period_continues_but_gene_names_start():
    assert _texts("The p. value and the i.e. case stay. miR-21 is then lower. mTOR too. and so on.") == [
        "The p. value and the i.e. case stay.",
        "miR-21 is then lower.",
        "mTOR too. and so on.",
    ]
