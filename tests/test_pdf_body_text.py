"""Body-text repairs of the PDF reader (issue 10, session 6): words split at a ligature by a space."""

from __future__ import annotations

from pipeline.ingest.pdf.words import join_ligature_splits, join_lines


def test_word_split_after_its_ligature_by_a_space_is_rejoined():
    """ACS/OUP fonts draw the ligature with its own advance, so the text layer has ``signifi cant``."""
    assert join_ligature_splits("was signifi cant in the traffi cking of") == "was significant in the trafficking of"
    assert join_ligature_splits("the fl uorescence of diff erent cells") == "the fluorescence of different cells"
    assert join_ligature_splits("an effi cient and fi xed step") == "an efficient and fixed step"
    # over a line end too, and capitalised
    assert join_lines(["The Signifi cance of the", "traffi cking step"]) == "The Significance of the trafficking step"


def test_two_real_words_after_a_ligature_stay_apart():
    """``staff members``: the joined word is no word; ``half life`` and the like are left alone."""
    assert join_ligature_splits("the staff members said") == "the staff members said"
    assert join_ligature_splits("stiff cells and if cells") == "stiff cells and if cells"


def test_pieces_that_are_no_words_are_rejoined_but_a_surname_before_et_al_stays():
    """``fl occulating`` (not in the word list): neither piece is a word, so it is one word; a name
    ending in a ligature before ``et al.`` (``Soufi et al.``) keeps its space."""
    assert join_ligature_splits("the fl occulating cells") == "the flocculating cells"
    assert join_ligature_splits("as Soufi et al. showed") == "as Soufi et al. showed"
