"""Where a reference's title starts and ends (pipeline/ingest/reference_title_ends.py, session 11).

Each repair is tested on the labelled runs of strings written for the test (invented
authors, titles and journals), so the tests hold whatever the CRF makes of them; the
lexicon-weighted repairs get a small lexicon of their own. One test checks the repairs run
inside ``parse_reference``.
"""

from __future__ import annotations

import pytest
from crf_runs import fields as _fields
from crf_runs import runs as _runs

from pipeline.ingest import reference_title_ends as rte


@pytest.fixture
def lexicon(monkeypatch):
    """A lexicon of a few words (journal, title shares in fifths) and no venue gazetteer."""
    words = {
        "immunology": "40000", "review": "40000", "aust": "30000", "surg": "40000", "magazine": "40000",
        "bulletin": "40000", "colitis": "04000", "innovation": "04000", "cells": "04000", "management": "21000",
        "journal": "40000", "information": "30000", "cancer": "22000",
    }
    monkeypatch.setattr("pipeline.ingest.reference_crf._lexicon", lambda: words)
    monkeypatch.setattr(rte, "_venue_words", lambda: (frozenset(), frozenset()))
    return words


# --- a title the CRF broke inside a bracket and took up again


def test_title_resumed_across_a_bracket_is_one_title():
    text = "Moreau H de. 1952. Notes on the genera Vanessa Hb. and Ortega Hb. (Lep. Testidae). Bull. Test Soc. 57:74-77."
    found = _runs(text, ("author", "Moreau H de"), ("date", "1952"), ("title", "Notes on the genera Vanessa Hb. and Ortega Hb"),
                  ("publisher", "Lep"), ("title", "Testidae)"), ("journal", "Bull. Test Soc."), ("volume", "57"), ("pages", "74-77"))
    rte.title_resumed_in_brackets(text, found)
    assert _fields(text, found)["title"] == "Notes on the genera Vanessa Hb. and Ortega Hb. (Lep. Testidae)"
    assert [lab for lab, _s, _e in found] == ["author", "date", "title", "journal", "volume", "pages"]


def test_two_titles_with_balanced_brackets_stay_apart():
    text = "Okafor T. Mitophagy (review). Test Res. Second part (cells). 12:1-9."
    found = _runs(text, ("author", "Okafor T"), ("title", "Mitophagy (review)"), ("journal", "Test Res"),
                  ("title", "Second part (cells)"), ("volume", "12"))
    before = list(found)
    rte.title_resumed_in_brackets(text, found)
    assert found == before


def test_editors_bracket_after_a_quoted_title_joins_nothing():
    text = "N.M. Haldane, ‘Test Referentiality: The Power of Oral Test Structures’, in J.M. Okafor (ed.), Teaching Tests, New York 1998a, pp. 136-45."
    found = _runs(text, ("author", "N.M. Haldane"), ("title", "Test Referentiality: The Power of Oral Test Structures"),
                  ("editor", "J.M. Okafor"), ("title", "ed.), Teaching Tests"), ("pubplace", "New York"))
    before = list(found)
    rte.title_resumed_in_brackets(text, found)
    assert found == before


# --- a title run stopped before a connective


def test_title_goes_on_through_and_and_a_name_read_as_volume():
    text = "P. Lindqvist and H. Okafor, Gauge models and SO(10), Test Phys. Lett. 12 (1981) 150."
    found = _runs(text, ("author", "P. Lindqvist and H. Okafor"), ("title", "Gauge models"), ("volume", "SO"),
                  ("issue", "10"), ("journal", "Test Phys. Lett."), ("volume", "12"), ("date", "1981"), ("pages", "150"))
    rte.connective_after_title(text, found)
    fields = _fields(text, found)
    assert fields["title"] == "Gauge models and SO(10)"
    assert fields["volume"] == "12" and fields["journal"] == "Test Phys. Lett."


def test_title_goes_on_through_of_and_a_year_when_the_entry_has_its_date():
    text = "Lena Haldane, The Limits of the Test Data Act of 2001, 7 Test L. Rev. 19 (2003)."
    found = _runs(text, ("author", "Lena Haldane"), ("title", "The Limits of the Test Data Act"), ("date", "2001"),
                  ("pages", "7 Test L. Rev. 19"), ("date", "2003"))
    rte.connective_after_title(text, found)
    fields = _fields(text, found)
    assert fields["title"] == "The Limits of the Test Data Act of 2001"
    assert fields["date"] == "2003"


def test_the_only_date_after_a_connective_stays_the_date():
    text = "Haldane L. Mitophagy in resistant cells in 2019, Test J. 4."
    found = _runs(text, ("author", "Haldane L"), ("title", "Mitophagy in resistant cells"), ("date", "2019"),
                  ("journal", "Test J"), ("volume", "4"))
    before = list(found)
    rte.connective_after_title(text, found)
    assert found == before


# --- "In" opening the title


def test_in_opening_the_title_after_the_date_is_the_titles():
    text = "Seo, K. W. and T. Lindqvist, 2011. In Vivo Imaging of Test Receptors, Test Journal of Sensing, 27(3): 369-377."
    found = _runs(text, ("author", "Seo, K. W. and T. Lindqvist"), ("date", "2011"),
                  ("title", "Vivo Imaging of Test Receptors"), ("journal", "Test Journal of Sensing"))
    rte.leading_in(text, found)
    assert _fields(text, found)["title"] == "In Vivo Imaging of Test Receptors"


def test_in_before_a_venue_after_the_title_is_left_alone():
    text = "Seo K. Calibration of channels. In Test Proceedings, 2011."
    found = _runs(text, ("author", "Seo K"), ("title", "Calibration of channels"), ("booktitle", "Test Proceedings"), ("date", "2011"))
    before = list(found)
    rte.leading_in(text, found)
    assert found == before


# --- the last surname before a colon


def test_last_surname_before_the_colon_goes_back_to_the_authors():
    text = "A. Okafor, T. Lindqvist: A Reward Scheme for Test Clinics. In: Proc. Test Symp., 2004."
    found = _runs(text, ("author", "A. Okafor, T"), ("title", "Lindqvist: A Reward Scheme for Test Clinics"),
                  ("booktitle", "Proc. Test Symp."), ("date", "2004"))
    rte.surname_colon_in_title(text, found)
    fields = _fields(text, found)
    assert fields["author"] == "A. Okafor, T. Lindqvist"
    assert fields["title"] == "A Reward Scheme for Test Clinics"


def test_title_with_its_own_colon_head_after_full_names_is_kept():
    text = "A. Okafor, T. Lindqvist, Mitophagy: A Review of Receptors, Test J. 4 (2004)."
    found = _runs(text, ("author", "A. Okafor, T. Lindqvist"), ("title", "Mitophagy: A Review of Receptors"), ("journal", "Test J"))
    before = list(found)
    rte.surname_colon_in_title(text, found)
    assert found == before


# --- the title/journal boundary, weighed by the lexicon


def test_journal_word_closing_the_title_goes_to_the_journal(lexicon):
    text = "Haldane R, Okafor K. Resistance of paediatric tumours to test agents Aust N Z J Surg 2003; 12:44-49."
    found = _runs(text, ("author", "Haldane R, Okafor K"), ("title", "Resistance of paediatric tumours to test agents Aust"),
                  ("journal", "N Z J Surg"), ("date", "2003"))
    rte.title_tail_in_journal_run(text, found)
    fields = _fields(text, found)
    assert fields["title"] == "Resistance of paediatric tumours to test agents"
    assert fields["journal"] == "Aust N Z J Surg"


def test_title_ending_on_a_function_word_takes_back_the_journals_first_word(lexicon):
    text = "Haldane C, Okafor H. A new genotype in test virus strains from Lindoria J Gen Virol 2000; 81:2267."
    found = _runs(text, ("author", "Haldane C, Okafor H"), ("title", "A new genotype in test virus strains from"),
                  ("journal", "Lindoria J Gen Virol"), ("date", "2000"))
    rte.title_tail_in_journal_run(text, found)
    fields = _fields(text, found)
    assert fields["title"] == "A new genotype in test virus strains from Lindoria"
    assert fields["journal"] == "J Gen Virol"


def test_title_word_before_the_journal_stays_in_the_title(lexicon):
    text = "Haldane R. Outcomes of surgery in cancer Cells Test 2000; 7:1-9."
    found = _runs(text, ("author", "Haldane R"), ("title", "Outcomes of surgery in cancer Cells"), ("journal", "Test"), ("date", "2000"))
    before = list(found)
    rte.title_tail_in_journal_run(text, found)
    assert found == before


def test_journal_run_on_at_the_end_of_the_title_is_cut(lexicon):
    text = ("Okafor SA, Lindqvist MJ. Receptor loss in the livers of fasted test rats after a week of fasting "
            "Immunology (2004) 12: 40-49.")
    found = _runs(text, ("author", "Okafor SA, Lindqvist MJ"),
                  ("title", "Receptor loss in the livers of fasted test rats after a week of fasting Immunology"),
                  ("date", "2004"), ("volume", "12"), ("pages", "40-49"))
    rte.journal_tail_in_title(text, found)
    fields = _fields(text, found)
    assert fields["title"] == "Receptor loss in the livers of fasted test rats after a week of fasting"
    assert fields["journal"] == "Immunology"


def test_capitalised_title_words_are_no_journal_without_a_journal_word(lexicon):
    text = "Okafor SA. Response of resistant cells in Lower Saxony (1997) 91: 73-80."
    found = _runs(text, ("author", "Okafor SA"), ("title", "Response of resistant cells in Lower Saxony"),
                  ("date", "1997"), ("volume", "91"))
    before = list(found)
    rte.journal_tail_in_title(text, found)
    assert found == before


def test_lower_case_journal_as_the_titles_last_sentence(lexicon):
    text = "Lindqvist, K. On mitophagy flux in ageing muscle fibres of the rat. philosophical magazine, 4, 12-19, 1931."
    found = _runs(text, ("author", "Lindqvist, K."), ("title", "On mitophagy flux in ageing muscle fibres of the rat. philosophical magazine"),
                  ("volume", "4"), ("pages", "12-19"), ("date", "1931"))
    rte.journal_sentence_in_title(text, found)
    fields = _fields(text, found)
    assert fields["title"] == "On mitophagy flux in ageing muscle fibres of the rat"
    assert fields["journal"] == "philosophical magazine"


def test_a_titles_second_sentence_is_no_journal(lexicon):
    text = "Haldane R. Mitophagy in resistant cells. Results of a test survey, 2, 559-572, 1901."
    found = _runs(text, ("author", "Haldane R"), ("title", "Mitophagy in resistant cells. Results of a test survey"),
                  ("volume", "2"), ("pages", "559-572"))
    before = list(found)
    rte.journal_sentence_in_title(text, found)
    assert found == before


# --- report codes, names after the title


def test_report_code_after_the_titles_comma_is_cut():
    text = "TEST Collaboration, Jet shapes in test collisions at 7 TeV, TST-PAS-JET-20-011 [INSPIRE]."
    found = _runs(text, ("author", "TEST Collaboration"), ("booktitle", "Jet shapes in test collisions at 7 TeV, TST-PAS-JET-20-011"))
    rte.report_code_closing_title(text, found)
    assert _fields(text, found)["booktitle"] == "Jet shapes in test collisions at 7 TeV"


def test_a_titles_own_capitals_after_a_comma_stay():
    text = "Okafor A, Mitophagy receptors, PINK1 and PRKN, Test J. 4."
    found = _runs(text, ("author", "Okafor A"), ("title", "Mitophagy receptors, PINK1 and PRKN"), ("journal", "Test J"))
    before = list(found)
    rte.report_code_closing_title(text, found)
    assert found == before


def test_vancouver_name_after_a_title_first_entry_opens_the_authors():
    text = "12. Mitophagy in resistant test cells at three doses. Okafor JJ, Lindqvist A, Haas OA. 2014, Test Endod, 9, 1477-81."
    found = _runs(text, ("pages", "12"), ("title", "Mitophagy in resistant test cells at three doses. Okafor JJ"),
                  ("editor", "Lindqvist A, Haas OA"), ("date", "2014"), ("journal", "Test Endod"))
    rte.names_after_title(text, found)
    fields = _fields(text, found)
    assert fields["title"] == "Mitophagy in resistant test cells at three doses"
    assert fields["author"] == "Okafor JJ, Lindqvist A, Haas OA"
    assert "editor" not in fields


def test_title_sentence_after_the_authors_is_no_name():
    text = "Okafor JJ. Fatigue of files. Test Endod JJ, 9, 1477-81."
    found = _runs(text, ("author", "Okafor JJ"), ("title", "Fatigue of files"), ("journal", "Test Endod JJ"))
    before = list(found)
    rte.names_after_title(text, found)
    assert found == before


def test_surname_closing_a_title_first_entry_before_initials_opens_the_authors():
    text = ("Mitophagy markers in the muscle of ageing test rats of the Lindoria Sea Haldane-Okafor, K.K., "
            "D.M. Lind and S.W. Moreau 2001 Test Res. 48(11): 2373-2395")
    found = _runs(text, ("title", "Mitophagy markers in the muscle of ageing test rats of the Lindoria Sea Haldane-Okafor"),
                  ("editor", "K.K., D.M. Lind and S.W. Moreau"), ("date", "2001"), ("journal", "Test Res."))
    rte.surname_before_initials_after_title(text, found)
    fields = _fields(text, found)
    assert fields["title"] == "Mitophagy markers in the muscle of ageing test rats of the Lindoria Sea"
    assert fields["author"] == "Haldane-Okafor, K.K., D.M. Lind and S.W. Moreau"


def test_book_title_before_its_editors_keeps_its_last_word_when_authors_came_first():
    text = "Haldane R. A Guide to Test Cells, K.K. Lind (ed.), Test Press 2001."
    found = _runs(text, ("author", "Haldane R"), ("title", "A Guide to Test Cells"), ("editor", "K.K. Lind"), ("publisher", "Test Press"))
    before = list(found)
    rte.surname_before_initials_after_title(text, found)
    assert found == before


def test_harvard_names_and_year_opening_the_title_are_author_and_date():
    text = "Lindqvist A and Haas K T 2017 Notes on the kinetics of test receptors (arXiv:2101.04242 [hep-th])"
    found = _runs(text, ("booktitle", "Lindqvist A and Haas K T 2017 Notes on the kinetics of test receptors"), ("idno", "arXiv:2101.04242"))
    rte.names_and_year_open_title(text, found)
    fields = _fields(text, found)
    assert fields["author"] == "Lindqvist A and Haas K T"
    assert fields["date"] == "2017"
    assert fields["booktitle"] == "Notes on the kinetics of test receptors"


def test_a_title_opening_with_a_capitalised_phrase_and_a_year_is_no_name():
    text = "Cancer Statistics 2017 for the test region. Test Agency Report 4."
    found = _runs(text, ("title", "Cancer Statistics 2017 for the test region"), ("journal", "Test Agency Report"))
    before = list(found)
    rte.names_and_year_open_title(text, found)
    assert found == before


def test_volume_and_article_numbers_closing_a_title_are_cut():
    text = "A. Okafor, T. Lindqvist, Lattice models of mitophagy flux and their limits 14 083002. doi:10.1234/test.2014.0042."
    found = _runs(text, ("author", "A. Okafor, T. Lindqvist"), ("title", "Lattice models of mitophagy flux and their limits 14 083002"),
                  ("doi", "doi:10.1234/test.2014.0042"))
    rte.numbers_closing_title(text, found)
    fields = _fields(text, found)
    assert fields["title"] == "Lattice models of mitophagy flux and their limits"
    assert "volume" not in fields and "pages" not in fields


def test_a_year_among_the_closing_numbers_becomes_the_date():
    text = "Okafor, A., Haas, T. Receptor maps of test neurons 2004 3315 841--850 Test Press"
    found = _runs(text, ("author", "Okafor, A., Haas, T."), ("title", "Receptor maps of test neurons 2004 3315"),
                  ("idno", "841--850"))
    rte.numbers_closing_title(text, found)
    fields = _fields(text, found)
    assert fields["title"] == "Receptor maps of test neurons"
    assert fields["date"] == "2004"


def test_a_titles_own_number_stays():
    text = "Okafor A. Mitophagy in 2 cell lines. Test J 12 (2004) 401."
    found = _runs(text, ("author", "Okafor A"), ("title", "Mitophagy in 2 cell lines"), ("journal", "Test J"), ("volume", "12"))
    before = list(found)
    rte.numbers_closing_title(text, found)
    assert found == before


def test_publisher_after_the_titles_last_comma_is_cut(monkeypatch):
    words = {"macmillan": "00031", "press": "00040", "process": "04000", "theory": "04000"}
    monkeypatch.setattr("pipeline.ingest.reference_crf._lexicon", lambda: words)
    text = "T. H. Lindqvist, The Theory of the Test Receptor, Macmillan, 1977, pp.396-399"
    found = _runs(text, ("author", "T. H. Lindqvist"), ("booktitle", "The Theory of the Test Receptor, Macmillan"), ("date", "1977"))
    rte.publisher_after_comma_in_title(text, found)
    fields = _fields(text, found)
    assert fields["booktitle"] == "The Theory of the Test Receptor"
    assert fields["publisher"] == "Macmillan"


def test_a_titles_last_comma_part_of_title_words_stays(monkeypatch):
    words = {"macmillan": "00031", "process": "04000", "theory": "04000"}
    monkeypatch.setattr("pipeline.ingest.reference_crf._lexicon", lambda: words)
    text = "T. H. Lindqvist, Test Cells, Theory and Process, 1977."
    found = _runs(text, ("author", "T. H. Lindqvist"), ("booktitle", "Test Cells, Theory and Process"), ("date", "1977"))
    before = list(found)
    rte.publisher_after_comma_in_title(text, found)
    assert found == before


def test_meeting_title_ran_on_into_its_place_is_cut():
    text = "Proceedings of the 7th Test Conference on Imaging and Analysis (TCIA07) Lindvale, Testland - June 2-4, 2007"
    found = _runs(text, ("booktitle", "Proceedings of the 7th Test Conference on Imaging and Analysis (TCIA07) Lindvale"),
                  ("date", "June 2-4, 2007"))
    rte.place_closing_meeting(text, found)
    assert _fields(text, found)["booktitle"] == "Proceedings of the 7th Test Conference on Imaging and Analysis (TCIA07)"


def test_meeting_place_after_a_comma_is_cut():
    text = "Working Group Meeting #12-bis, Lindvale, 3-5 May 2021"
    found = _runs(text, ("booktitle", "Working Group Meeting #12-bis, Lindvale"), ("date", "3-5 May 2021"))
    rte.place_closing_meeting(text, found)
    assert _fields(text, found)["booktitle"] == "Working Group Meeting #12-bis"


def test_a_title_that_names_no_meeting_keeps_its_last_comma_part():
    text = "Okafor A. Mitophagy, Autophagy and Cell Death, 2019."
    found = _runs(text, ("author", "Okafor A"), ("title", "Mitophagy, Autophagy and Cell Death"), ("date", "2019"))
    before = list(found)
    rte.place_closing_meeting(text, found)
    assert found == before


def test_repairs_run_inside_the_parser():
    from pipeline.ingest import reference_crf
    from pipeline.ingest.references import parse_reference

    if not reference_crf.available():
        pytest.skip("no CRF model")
    ref = parse_reference("TEST Collaboration, Jet shapes in test collisions at 7 TeV, TST-PAS-JET-20-011 [INSPIRE].", number=0)
    assert "TST-PAS" not in ref.title
    assert ref.title.startswith("Jet shapes")


# --- a title's head taken into an initials-first author list (session 12, reftitle12)


def test_word_without_initials_after_an_initials_first_list_opens_the_title():
    text = "K.L. Okafor, Achilles. Paradigms of the Test Hero from Lindvale to Testland, Lindvale 1987."
    found = _runs(text, ("author", "K.L. Okafor, Achilles"), ("title", "Paradigms of the Test Hero from Lindvale to Testland"),
                  ("pubplace", "Lindvale"), ("date", "1987"))
    rte.title_head_in_initials_first_authors(text, found)
    out = _fields(text, found)
    assert out["author"] == "K.L. Okafor"
    assert out["title"] == "Achilles. Paradigms of the Test Hero from Lindvale to Testland"


def test_two_words_after_a_list_of_two_initials_first_names_open_the_title():
    text = "H. Moreau, T. Lind, Written Tests, Spoken Tests: Tradition and the Test Text, Lindvale 1997."
    found = _runs(text, ("author", "H. Moreau, T. Lind, Written Tests"), ("title", "Spoken Tests: Tradition and the Test Text"),
                  ("pubplace", "Lindvale"), ("date", "1997"))
    rte.title_head_in_initials_first_authors(text, found)
    assert _fields(text, found)["title"] == "Written Tests, Spoken Tests: Tradition and the Test Text"


def test_full_names_after_an_initials_first_name_stay_authors():
    text = "A. Lind, Karl Haas, Olivia Moreau et al, Test Phys. Rev., 83 :1033 (2012)"
    found = _runs(text, ("author", "A. Lind, Karl Haas"), ("title", "Olivia Moreau et al"), ("journal", "Test Phys. Rev."))
    rte.title_head_in_initials_first_authors(text, found)
    assert _fields(text, found)["author"] == "A. Lind, Karl Haas"


def test_and_name_closing_an_initials_first_list_stays_an_author():
    text = "A. Lind, B. Haas, and Moreau, Receptor tests in test cells. Test Cell Biol 4 (2001) 1."
    found = _runs(text, ("author", "A. Lind, B. Haas, and Moreau"), ("title", "Receptor tests in test cells"),
                  ("journal", "Test Cell Biol"))
    rte.title_head_in_initials_first_authors(text, found)
    assert _fields(text, found)["author"] == "A. Lind, B. Haas, and Moreau"


def test_word_after_the_last_initials_of_a_surname_first_list_opens_the_title():
    text = "Okafor, B. and Lind, K. Hello, is it mitophagy? Notes on test cells. Test Arch, 12, 2019."
    found = _runs(text, ("author", "Okafor, B. and Lind, K. Hello"), ("title", "is it mitophagy? Notes on test cells"),
                  ("journal", "Test Arch"), ("volume", "12"), ("date", "2019"))
    rte.title_word_after_surname_first_authors(text, found)
    out = _fields(text, found)
    assert out["author"] == "Okafor, B. and Lind, K."
    assert out["title"] == "Hello, is it mitophagy? Notes on test cells"


def test_initials_first_name_closing_a_surname_first_list_stays_an_author():
    text = "Okafor, B., K. Lind, Test cells in the dark. Test Arch, 12, 2019."
    found = _runs(text, ("author", "Okafor, B., K. Lind"), ("title", "Test cells in the dark"), ("journal", "Test Arch"))
    rte.title_word_after_surname_first_authors(text, found)
    assert _fields(text, found)["author"] == "Okafor, B., K. Lind"
