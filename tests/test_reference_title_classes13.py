"""Session 13 (refs13, issue 11): title-end classes from the two dev folds' title misses, each on
the labelled runs of strings written for these tests (invented names, titles and venues), so the
tests hold whatever the CRF makes of them.

- a venue's first word naming a meeting or its proceedings, alone after the title's last period
  (often hyphenated across a line: ``Pro-ceedings``), taken into the title;
- a meeting's place with its country or state in brackets (glued or spaced) closing the meeting's
  title, also when the meeting's days before the month were read as pages.
"""

from __future__ import annotations

import pytest
from crf_runs import fields as _fields
from crf_runs import runs as _runs

from pipeline.ingest import reference_title_ends as rte

# --- the venue's meeting word after the title's last period


@pytest.mark.parametrize("word", ["Pro-ceedings", "Proceedings", "Proc.", "Confer-ence"])
def test_meeting_word_after_the_title_period_opens_the_venue(word):
    text = f"Okafor H, Lind K. Receptor turnover in resistant tumour cells. {word} of the 2019 Test Meeting on Cells, 2019."
    found = _runs(text, ("author", "Okafor H, Lind K"), ("title", f"Receptor turnover in resistant tumour cells. {word}"),
                  ("booktitle", "of the 2019 Test Meeting on Cells"), ("date", "2019"))
    rte.meeting_word_closing_title(text, found)
    fields = _fields(text, found)
    assert fields["title"] == "Receptor turnover in resistant tumour cells"
    assert fields["booktitle"] == f"{word} of the 2019 Test Meeting on Cells"


@pytest.mark.parametrize("last", ["Mitophagy revisited. Cells", "The receptor. Pro-teins", "Receptor turnover in tumour cells"])
def test_a_title_whose_last_sentence_names_no_meeting_keeps_it(last):
    text = f"Okafor H. {last}. Test Cell Biol 12, 1-9."
    found = _runs(text, ("author", "Okafor H"), ("title", last), ("journal", "Test Cell Biol"), ("volume", "12"), ("pages", "1-9"))
    before = list(found)
    rte.meeting_word_closing_title(text, found)
    assert found == before


def test_a_one_word_title_before_the_meeting_word_is_kept_whole():
    text = "Okafor H. Mitophagy. Proceedings of the Test Meeting, 2019."
    found = _runs(text, ("author", "Okafor H"), ("title", "Mitophagy. Proceedings"), ("booktitle", "of the Test Meeting"), ("date", "2019"))
    before = list(found)
    rte.meeting_word_closing_title(text, found)
    assert found == before


# --- a meeting's place with its country in brackets


@pytest.mark.parametrize("place", ["Lindvale (Testland)", "Lindvale( Testland)", "Lindvale (TS)", "North Lindvale (Testland)"])
def test_meeting_place_with_its_country_in_brackets_is_cut(place):
    text = f"Moreau H et al., Proc. 31st TSC (tsc0456), {place} 2009 ;arXiv:0911.3063."
    found = _runs(text, ("author", "Moreau H et al."), ("booktitle", f"Proc. 31st TSC (tsc0456), {place}"), ("date", "2009"))
    rte.place_closing_meeting(text, found)
    assert _fields(text, found)["booktitle"] == "Proc. 31st TSC (tsc0456)"


def test_meeting_days_read_as_pages_before_the_month_still_cut_the_place():
    text = "Meeting #57, Lindvale (Testland), 12-16 August 2018"
    found = _runs(text, ("booktitle", "Meeting #57, Lindvale (Testland)"), ("pages", "12-16"), ("date", "August 2018"))
    rte.place_closing_meeting(text, found)
    assert _fields(text, found)["booktitle"] == "Meeting #57"


def test_pages_after_a_meeting_title_with_no_date_leave_the_place():
    text = "Proc. Test Meeting, Lindvale (Testland), 12-16."
    found = _runs(text, ("booktitle", "Proc. Test Meeting, Lindvale (Testland)"), ("pages", "12-16"))
    before = list(found)
    rte.place_closing_meeting(text, found)
    assert found == before


def test_a_bracketed_word_after_an_article_title_that_names_no_meeting_stays():
    text = "Okafor K, Receptor turnover in the Lindvale Basin, North Lindvale (Testland), 2011."
    found = _runs(text, ("author", "Okafor K"), ("title", "Receptor turnover in the Lindvale Basin, North Lindvale (Testland)"), ("date", "2011"))
    before = list(found)
    rte.place_closing_meeting(text, found)
    assert found == before


# --- a subtitle after the title's semicolon taken into the journal


@pytest.mark.parametrize("sep", [" ;", ";", ":", " : "])
def test_subtitle_opening_the_journal_run_goes_to_the_title(sep):
    text = f"Okafor K and Lind T 2013 Receptor turnover in test cells{sep}a new approach Test Rep. Phys. 65 12-30"
    found = _runs(text, ("author", "Okafor K and Lind T"), ("date", "2013"), ("title", "Receptor turnover in test cells"),
                  ("journal", "a new approach Test Rep. Phys."), ("volume", "65"), ("pages", "12-30"))
    rte.subtitle_in_journal_run(text, found)
    fields = _fields(text, found)
    assert fields["title"] == f"Receptor turnover in test cells{sep}a new approach"
    assert fields["journal"] == "Test Rep. Phys."


@pytest.mark.parametrize("journal", ["eTest Cells", "Test Rep. Phys.", "npj Test Oncology", "the test review"])
def test_a_journal_that_opens_otherwise_stays_whole(journal):
    text = f"Okafor K. Receptor turnover in test cells; {journal} 65 12-30"
    found = _runs(text, ("author", "Okafor K"), ("title", "Receptor turnover in test cells"), ("journal", journal),
                  ("volume", "65"), ("pages", "12-30"))
    before = list(found)
    rte.subtitle_in_journal_run(text, found)
    assert found == before


# --- an "in" glued to the venue's first word


@pytest.mark.parametrize("lab", ["booktitle", "journal"])
def test_glued_in_opening_a_venue_is_dropped(lab):
    text = "Okafor, K., & Lind, T. 2015, inTest Society Meeting Abstracts, Vol. 12, 443.04"
    found = _runs(text, ("author", "Okafor, K., & Lind, T."), ("date", "2015"), (lab, "inTest Society Meeting Abstracts"),
                  ("volume", "12"), ("pages", "443.04"))
    rte.glued_in_opening_venue(text, found)
    assert _fields(text, found)[lab] == "Test Society Meeting Abstracts"


@pytest.mark.parametrize("venue", ["Infection Test Reports", "International Test Journal", "inTest", "In Test Meetings", "InGrid Test Readout"])
def test_a_venue_opening_with_in_as_its_own_word_stays(venue):
    text = f"Okafor, K. 2015, {venue}, 12, 443"
    found = _runs(text, ("author", "Okafor, K."), ("date", "2015"), ("journal", venue), ("volume", "12"), ("pages", "443"))
    before = list(found)
    rte.glued_in_opening_venue(text, found)
    assert found == before


# --- a quoted title the CRF ran on past its closing quote, with no punctuation after the quote


@pytest.mark.parametrize("o, c", [("'", "'"), ("‘", "’"), ('"', '"'), ("“", "”")])
def test_quoted_title_run_on_past_its_quote_ends_there(o, c):
    from pipeline.ingest import reference_venues as rv

    text = f"D. Okafor, J. Lind, {o}A Study of Receptor Turnover in the Test Value{c} Lindvale Journal of Test Services, 8(5), 23-32, 2018"
    found = _runs(text, ("author", "D. Okafor, J. Lind"), ("title", f"A Study of Receptor Turnover in the Test Value{c} Lindvale Journal of"),
                  ("journal", "Test Services"), ("volume", "8"), ("issue", "5"), ("pages", "23-32"), ("date", "2018"))
    rv.quoted_title(text, found)
    fields = _fields(text, found)
    assert fields["title"] == "A Study of Receptor Turnover in the Test Value"
    assert fields["journal"] == "Lindvale Journal of Test Services"


def test_a_plural_possessive_inside_a_single_quoted_title_does_not_end_it():
    from pipeline.ingest import reference_venues as rv

    text = "D. Okafor, 'The Test Cells' Receptor Turnover in Tumours', Lindvale Journal, 8, 23-32, 2018"
    found = _runs(text, ("author", "D. Okafor"), ("title", "The Test Cells' Receptor Turnover in Tumours"),
                  ("journal", "Lindvale Journal"), ("volume", "8"), ("pages", "23-32"), ("date", "2018"))
    rv.quoted_title(text, found)
    assert _fields(text, found)["title"] == "The Test Cells' Receptor Turnover in Tumours"
