"""Numbers at the edges of a reference's title (pipeline/ingest/reference_title_numbers.py,
session 12, reftitle12).

Each repair is tested on the labelled runs of strings written for the test (invented
authors, titles and publishers), so the tests hold whatever the CRF makes of them.
"""

from __future__ import annotations

from crf_runs import fields as _fields
from crf_runs import runs as _runs
from crf_runs import texts as _texts

from pipeline.ingest import reference_crf
from pipeline.ingest import reference_title_numbers as rtn

# --- a year glued to the title's first word, or taken into the date run


def test_year_glued_to_a_hangul_word_opens_the_title():
    text = "김하늘, 1960년대 도시 병원의 연구 동향, 테스트의학연구, 12, 2019."
    found = _runs(text, ("author", "김하늘"), ("date", "1960"), ("title", "년대 도시 병원의 연구 동향"),
                  ("journal", "테스트의학연구"), ("volume", "12"), ("date", "2019"))
    rtn.year_glued_to_title(text, found)
    assert _fields(text, found)["title"] == "1960년대 도시 병원의 연구 동향"
    assert _fields(text, found)["date"] == "2019"


def test_year_glued_to_a_word_stays_the_date_when_the_entry_has_no_other():
    text = "김하늘, 1960년대 도시 병원의 연구 동향, 테스트의학연구, 12."
    found = _runs(text, ("author", "김하늘"), ("date", "1960"), ("title", "년대 도시 병원의 연구 동향"),
                  ("journal", "테스트의학연구"), ("volume", "12"))
    rtn.year_glued_to_title(text, found)
    assert _fields(text, found)["date"] == "1960"


def test_second_year_in_the_date_run_opens_the_title():
    text = "Lindqvist A, Okafor B (2016). 2015 survey of test clinics in Lindvale. Test Clin Rev 4(2), 10-19."
    found = _runs(text, ("author", "Lindqvist A, Okafor B"), ("date", "2016). 2015"),
                  ("title", "survey of test clinics in Lindvale"), ("journal", "Test Clin Rev"), ("volume", "4"))
    rtn.year_glued_to_title(text, found)
    assert _texts(text, found)[1:3] == [("date", "2016)"), ("title", "2015 survey of test clinics in Lindvale")]


def test_year_opening_a_title_stays_when_the_entry_has_its_date():
    # the session-4 lead-year repair leaves a title's own year when the date is elsewhere
    text = "Okafor B, Haas OA, et al. 2019 Test Society guideline for the care of mitophagy patients. Test Med J 2019;4:1-9."
    found = [("author", 0, 24)]
    title_start = text.index("2019 Test")
    found += [("title", title_start, text.index(". Test Med")), ("journal", text.index("Test Med J"), text.index(" 2019;")),
              ("date", text.index("2019;"), text.index("2019;") + 4)]
    reference_crf._repair_runs(text, found)
    assert _fields(text, found)["title"].startswith("2019 Test Society guideline")


def test_year_leading_a_title_is_the_date_when_the_entry_has_none():
    text = "Moreau H and Lind K 1991 Lowest order test corrections to the flux Test Phys. J. 44 123"
    found = [("author", 0, text.index(" 1991")), ("title", text.index("1991"), text.index(" Test Phys")),
             ("journal", text.index("Test Phys"), text.index(" 44")), ("volume", text.index("44"), text.index("44") + 2)]
    reference_crf._repair_runs(text, found)
    assert _fields(text, found)["title"] == "Lowest order test corrections to the flux"
    assert _fields(text, found)["date"] == "1991"


def test_bare_year_before_the_title_printed_again_as_the_date_opens_the_title():
    text = "Okafor B, Haas OA, et al. 2019 Test Society guideline for mitophagy care. Test Med J 2019;4:1-9."
    found = _runs(text, ("author", "Okafor B, Haas OA, et al."), ("date", "2019"),
                  ("title", "Test Society guideline for mitophagy care"), ("journal", "Test Med J"), ("date", "2019"),
                  ("volume", "4"), ("pages", "1-9"))
    rtn.year_glued_to_title(text, found)
    assert _fields(text, found)["title"] == "2019 Test Society guideline for mitophagy care"
    assert [lab for lab, _s, _e in found] == ["author", "title", "journal", "date", "volume", "pages"]


def test_year_before_a_proceedings_venue_stays_the_date():
    text = "Lind K, Haas O. A test of fairness. 2020 Test Conference on Data (TCD), pp. 10-12, 2020."
    found = _runs(text, ("author", "Lind K, Haas O"), ("title", "A test of fairness"), ("date", "2020"),
                  ("booktitle", "Test Conference on Data (TCD)"), ("pages", "10-12"), ("date", "2020"))
    before = list(found)
    rtn.year_glued_to_title(text, found)
    assert found == before


def test_cjk_word_closed_by_a_period_glued_to_the_title_opens_it():
    text = "박하늘(2019). 중.노년층의 병원 이용 연구. 테스트의학회지, 16(6), 38-45."
    found = _runs(text, ("author", "박하늘"), ("date", "2019"), ("title", "노년층의 병원 이용 연구"), ("journal", "테스트의학회지"))
    rtn.cjk_abbreviation_opening_title(text, found)
    assert _fields(text, found)["title"] == "중.노년층의 병원 이용 연구"


def test_cjk_sentence_before_the_title_after_a_space_is_left():
    text = "박하늘. 연구. 노년층의 병원 이용 연구. 테스트의학회지, 16."
    found = _runs(text, ("author", "박하늘"), ("title", "노년층의 병원 이용 연구"), ("journal", "테스트의학회지"))
    rtn.cjk_abbreviation_opening_title(text, found)
    assert _fields(text, found)["title"] == "노년층의 병원 이용 연구"


# --- a span of years after the title's comma


def test_year_span_after_the_title_comma_belongs_to_the_title():
    text = "Haas, Olivia, Labour and welfare in the river towns, 1820-1914, Lindvale, Test Press, 1998, 310 p."
    found = _runs(text, ("author", "Haas, Olivia"), ("title", "Labour and welfare in the river towns"),
                  ("date", "1820-1914"), ("pubplace", "Lindvale"), ("publisher", "Test Press"), ("date", "1998"))
    rtn.year_span_closing_title(text, found)
    assert _fields(text, found)["title"] == "Labour and welfare in the river towns, 1820-1914"
    assert _fields(text, found)["date"] == "1998"


def test_place_and_year_span_after_the_title_read_as_pages():
    text = "Okafor B. Larval counts at the Lindvale banks, Testland, 1979-1986. Test Mar Symp 1994; 19:40-47."
    found = _runs(text, ("author", "Okafor B"), ("title", "Larval counts at the Lindvale banks"), ("pubplace", "Testland"),
                  ("pages", "1979-1986"), ("journal", "Test Mar Symp"), ("date", "1994"))
    rtn.year_span_closing_title(text, found)
    assert _fields(text, found)["title"] == "Larval counts at the Lindvale banks, Testland, 1979-1986"
    assert [lab for lab, _s, _e in found] == ["author", "title", "journal", "date"]


def test_page_range_after_a_journal_is_no_year_span():
    text = "Lind K. Receptor loss in test cells, Test Cell Biol, 1998, 1820-1914."
    found = _runs(text, ("author", "Lind K"), ("title", "Receptor loss in test cells"), ("journal", "Test Cell Biol"),
                  ("date", "1998"), ("pages", "1820-1914"))
    rtn.year_span_closing_title(text, found)
    assert _fields(text, found)["title"] == "Receptor loss in test cells"
    assert _fields(text, found)["pages"] == "1820-1914"


def test_year_span_that_is_the_only_date_stays_the_date():
    text = "Haas, Olivia, Annual test counts, 1998-1999, Lindvale."
    found = _runs(text, ("author", "Haas, Olivia"), ("title", "Annual test counts"), ("date", "1998-1999"), ("pubplace", "Lindvale"))
    rtn.year_span_closing_title(text, found)
    assert _fields(text, found)["date"] == "1998-1999"


# --- editions and volume counts


def test_edition_word_after_an_ordinal_stays_with_the_title():
    text = "Moreau H. Applied Test Methods 4th edition Lindvale Press, Lindvale, 1990; 20-34."
    found = _runs(text, ("author", "Moreau H."), ("title", "Applied Test Methods 4th"),
                  ("publisher", "edition Lindvale Press"), ("pubplace", "Lindvale"), ("date", "1990"))
    rtn.edition_cut_from_ordinal(text, found)
    out = _fields(text, found)
    assert out["title"] == "Applied Test Methods 4th edition"
    assert out["publisher"].strip() == "Lindvale Press"


def test_title_ending_in_a_number_word_without_edition_is_left():
    text = "Moreau H. Notes on the fourth edition of the test atlas. Lindvale Press, 1990."
    found = _runs(text, ("author", "Moreau H."), ("title", "Notes on the fourth edition of the test atlas"),
                  ("publisher", "Lindvale Press"), ("date", "1990"))
    before = list(found)
    rtn.edition_cut_from_ordinal(text, found)
    assert found == before


def test_volume_count_closing_the_title_is_cut():
    text = "Lind, Karl Olav. 1931. Printing Test Types: Their History and Use. 2 vols. 2nd ed. Lindvale: Test Press."
    found = _runs(text, ("author", "Lind, Karl Olav"), ("date", "1931"),
                  ("title", "Printing Test Types: Their History and Use. 2 vols"), ("pubplace", "Lindvale"), ("publisher", "Test Press"))
    rtn.volume_count_closing_title(text, found)
    assert _fields(text, found)["title"] == "Printing Test Types: Their History and Use"


def test_title_about_volumes_keeps_its_words():
    text = "Lind K. Blood volumes in test rats. Test Physiol 1990; 4: 1-9."
    found = _runs(text, ("author", "Lind K"), ("title", "Blood volumes in test rats"), ("journal", "Test Physiol"))
    rtn.volume_count_closing_title(text, found)
    assert _fields(text, found)["title"] == "Blood volumes in test rats"
