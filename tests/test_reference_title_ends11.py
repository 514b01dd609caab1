"""The journal's first words left in the title (pipeline/ingest/reference_title_ends.py,
``journal_head_in_title``; session 11, refcrf11).

Strings written for the test (invented authors, titles and journals); each test gives the
labelled runs the CRF slip makes, so it holds whatever the model makes of the string.
"""

from __future__ import annotations

import pytest
from crf_runs import fields as _fields
from crf_runs import runs as _runs

from pipeline.ingest import reference_title_ends as rte


@pytest.fixture
def lexicon(monkeypatch):
    """A few words (journal, title shares in fifths) and an empty venue gazetteer."""
    words = {"review": "40000", "doses": "04000", "mitophagy": "04000", "northern": "10000", "coastal": "10000"}
    monkeypatch.setattr("pipeline.ingest.reference_crf._lexicon", lambda: words)
    monkeypatch.setattr("pipeline.ingest.reference_crf._venues", lambda: (frozenset(), frozenset()))
    monkeypatch.setattr(rte, "_venue_words", lambda: (frozenset(), frozenset()))
    return words


def test_journal_whose_name_holds_a_comma_takes_back_its_first_words(lexicon):
    text = ("Okafor, T. 2004. Mitophagy in resistant cells at three test doses, The Northern, Coastal, and Island "
            "Review of Test Science, 2(1), 10-19.")
    found = _runs(text, ("author", "Okafor, T."), ("date", "2004"),
                  ("title", "Mitophagy in resistant cells at three test doses, The Northern"),
                  ("journal", "Coastal, and Island Review of Test Science"), ("volume", "2"), ("issue", "1"), ("pages", "10-19"))
    rte.journal_head_in_title(text, found)
    got = _fields(text, found)
    assert got["title"] == "Mitophagy in resistant cells at three test doses"
    assert got["journal"] == "The Northern, Coastal, and Island Review of Test Science"
    assert [lab for lab, _s, _e in found] == ["author", "date", "title", "journal", "volume", "issue", "pages"]


def test_a_titles_last_comma_part_before_a_journal_without_a_comma_stays(lexicon):
    text = "Lindqvist A. 2006. Flood scenarios for the test river, Lindvale, Test Water Res. 42, 1-9."
    found = _runs(text, ("author", "Lindqvist A"), ("date", "2006"), ("title", "Flood scenarios for the test river, Lindvale"),
                  ("journal", "Test Water Res."), ("volume", "42"), ("pages", "1-9"))
    before = list(found)
    rte.journal_head_in_title(text, found)
    assert found == before


def test_title_like_words_after_the_last_comma_stay_in_the_title(lexicon):
    text = "Okafor, T. 2004. Test cells at two levels, Mitophagy Doses, Coastal, and Island Review, 2, 10-19."
    found = _runs(text, ("author", "Okafor, T."), ("date", "2004"), ("title", "Test cells at two levels, Mitophagy Doses"),
                  ("journal", "Coastal, and Island Review"), ("volume", "2"), ("pages", "10-19"))
    before = list(found)
    rte.journal_head_in_title(text, found)
    assert found == before


def test_abbreviated_journal_split_at_its_first_period_is_one_journal(lexicon):
    text = "H. Moreau, The test bootstrap for resistant cell lines, Stochastic Testing. Appl. 65 (1996) 259-279."
    found = _runs(text, ("author", "H. Moreau"), ("title", "The test bootstrap for resistant cell lines, Stochastic Testing"),
                  ("journal", "Appl."), ("volume", "65"), ("date", "1996"), ("pages", "259-279"))
    rte.journal_head_in_title(text, found)
    got = _fields(text, found)
    assert got["title"] == "The test bootstrap for resistant cell lines"
    assert got["journal"] == "Stochastic Testing. Appl."
    assert [lab for lab, _s, _e in found] == ["author", "title", "journal", "volume", "date", "pages"]


def test_a_sentence_after_a_period_entry_stays_in_the_title(lexicon):
    # authors closed by a period, not a comma: the title's comma part is its own
    text = "Moreau H. The test bootstrap for resistant cell lines, Second Edition. Appl. 65 (1996) 259-279."
    found = _runs(text, ("author", "Moreau H"), ("title", "The test bootstrap for resistant cell lines, Second Edition"),
                  ("journal", "Appl."), ("volume", "65"), ("date", "1996"), ("pages", "259-279"))
    before = list(found)
    rte.journal_head_in_title(text, found)
    assert found == before


def test_a_part_number_before_an_abbreviated_journal_stays(lexicon):
    text = "H. Moreau, Mitophagy in resistant cell lines, Part II. Test Biochem. J. 65 (1996) 259-279."
    found = _runs(text, ("author", "H. Moreau"), ("title", "Mitophagy in resistant cell lines, Part II"),
                  ("journal", "Test Biochem. J."), ("volume", "65"), ("date", "1996"), ("pages", "259-279"))
    before = list(found)
    rte.journal_head_in_title(text, found)
    assert found == before


def test_tail_and_journal_forming_a_gazetteer_name_join(lexicon, monkeypatch):
    monkeypatch.setattr("pipeline.ingest.reference_crf._venues",
                        lambda: (frozenset({("lindvale", "test", "rev")}), frozenset({("lindvale",), ("lindvale", "test")})))
    text = "Okafor T. Mitophagy and drug resistance in test cells, Lindvale Test. Rev. 12 (2001) 1-9."
    found = _runs(text, ("author", "Okafor T"), ("title", "Mitophagy and drug resistance in test cells, Lindvale Test"),
                  ("journal", "Rev."), ("volume", "12"), ("date", "2001"), ("pages", "1-9"))
    rte.journal_head_in_title(text, found)
    got = _fields(text, found)
    assert got["title"] == "Mitophagy and drug resistance in test cells"
    assert got["journal"] == "Lindvale Test. Rev."


# --- a quoted title taken into the author run (title-first entries, names with no period)


def test_quoted_title_before_the_names_leaves_the_author_run():
    text = '"Test Resins for Coatings", H. Moreau, K.L. Okafor, Lindvale Verlag, 1971'
    found = _runs(text, ("author", 'Test Resins for Coatings", H. Moreau, K.L. Okafor'), ("publisher", "Lindvale Verlag"),
                  ("date", "1971"))
    rte.quoted_title_in_authors(text, found)
    got = _fields(text, found)
    assert got["title"] == "Test Resins for Coatings"
    assert got["author"] == "H. Moreau, K.L. Okafor"
    assert [lab for lab, _s, _e in found] == ["title", "author", "publisher", "date"]


def test_quoted_title_after_the_names_leaves_the_author_run():
    text = 'Hansl Moreau "Colour Testing", Lindvale Verlag, Itzehoe (1989)'
    found = _runs(text, ("author", 'Hansl Moreau "Colour Testing'), ("publisher", "Lindvale Verlag"), ("pubplace", "Itzehoe"),
                  ("date", "1989"))
    rte.quoted_title_in_authors(text, found)
    got = _fields(text, found)
    assert got["author"] == "Hansl Moreau"
    assert got["title"] == "Colour Testing"
    assert [lab for lab, _s, _e in found] == ["author", "title", "publisher", "pubplace", "date"]


def test_an_entry_with_a_title_run_keeps_its_quoted_author_words():
    text = 'Moreau "Ted" H. Mitophagy in test cells. Test Rev. 12 (2001) 1-9.'
    found = _runs(text, ("author", 'Moreau "Ted" H'), ("title", "Mitophagy in test cells"), ("journal", "Test Rev."),
                  ("volume", "12"), ("date", "2001"), ("pages", "1-9"))
    before = list(found)
    rte.quoted_title_in_authors(text, found)
    assert found == before


# --- a journal before a Vancouver source (year; volume: pages), no journal run


def test_capitalised_tail_before_a_vancouver_source_is_the_journal(lexicon):
    text = "Okafor TT. Mitophagy in the same test patient over ten years Gt Lindvale Med J 1954; 8: 118-29."
    found = _runs(text, ("author", "Okafor TT"), ("title", "Mitophagy in the same test patient over ten years Gt Lindvale Med J"),
                  ("date", "1954"), ("volume", "8"), ("pages", "118-29"))
    rte.journal_before_vancouver_source(text, found)
    got = _fields(text, found)
    assert got["title"] == "Mitophagy in the same test patient over ten years"
    assert got["journal"] == "Gt Lindvale Med J"
    assert [lab for lab, _s, _e in found] == ["author", "title", "journal", "date", "volume", "pages"]


def test_last_sentence_before_a_vancouver_source_is_the_journal(lexicon):
    text = "Okafor TT, Lind A. Resistant test cells in a coastal region. Lindvale Test Oncol (1997) 91: 73-80."
    found = _runs(text, ("author", "Okafor TT, Lind A"), ("title", "Resistant test cells in a coastal region. Lindvale Test Oncol"),
                  ("date", "1997"), ("volume", "91"), ("pages", "73-80"))
    rte.journal_before_vancouver_source(text, found)
    got = _fields(text, found)
    assert got["title"] == "Resistant test cells in a coastal region"
    assert got["journal"] == "Lindvale Test Oncol"


def test_title_like_tail_before_a_vancouver_source_stays(lexicon):
    text = "Okafor TT. Test cells in resistant Mitophagy 1954; 8: 118-29."
    found = _runs(text, ("author", "Okafor TT"), ("title", "Test cells in resistant Mitophagy"), ("date", "1954"),
                  ("volume", "8"), ("pages", "118-29"))
    before = list(found)
    rte.journal_before_vancouver_source(text, found)
    assert found == before


def test_a_title_before_a_book_year_is_no_vancouver_source(lexicon):
    text = "Okafor TT. Test Cells of the Lindvale Coast. Lindvale Press 1954, 212 p."
    found = _runs(text, ("author", "Okafor TT"), ("title", "Test Cells of the Lindvale Coast. Lindvale Press"), ("date", "1954"),
                  ("pages", "212"))
    before = list(found)
    rte.journal_before_vancouver_source(text, found)
    assert found == before
