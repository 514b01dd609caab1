"""Where a meeting's or a proceedings paper's title ends (pipeline/ingest/reference_title_meetings.py,
session 12, reftitle12). Labelled runs of strings written for the tests (invented meetings,
places and authors)."""

from __future__ import annotations

from crf_runs import fields as _fields
from crf_runs import runs as _runs

from pipeline.ingest import reference_title_meetings as rtm


def test_meeting_title_ends_before_the_month_of_its_dates():
    text = "Proceedings of the 9th Test Conference on Imaging August 5 - 8, 2009, Lindvale, Testland"
    found = _runs(text, ("booktitle", "Proceedings of the 9th Test Conference on Imaging August"), ("date", "2009"),
                  ("pubplace", "Lindvale, Testland"))
    rtm.meeting_date_or_place_in_title(text, found)
    assert _fields(text, found)["booktitle"] == "Proceedings of the 9th Test Conference on Imaging"


def test_meeting_title_ends_before_held_in_and_its_place():
    text = "Test Society Western Regional Meeting held in Lindvale, Testland, 24-26 March 2009."
    found = _runs(text, ("booktitle", "Test Society Western Regional Meeting held in Lindvale"), ("pubplace", "Testland"),
                  ("date", "24-26 March 2009"))
    rtm.meeting_date_or_place_in_title(text, found)
    assert _fields(text, found)["booktitle"] == "Test Society Western Regional Meeting"


def test_month_word_without_day_numbers_stays_in_a_meeting_title():
    text = "Lind K. Notes from the Symposium on the Test May. Lindvale, 1999."
    found = _runs(text, ("author", "Lind K"), ("title", "Notes from the Symposium on the Test May"), ("pubplace", "Lindvale"),
                  ("date", "1999"))
    rtm.meeting_date_or_place_in_title(text, found)
    assert _fields(text, found)["title"] == "Notes from the Symposium on the Test May"


def test_month_closing_a_title_that_names_no_meeting_stays():
    text = "Lind K. Rainfall in the Lindvale valley in August 12 (1999) 4-9."
    found = _runs(text, ("author", "Lind K"), ("title", "Rainfall in the Lindvale valley in August"), ("volume", "12"))
    rtm.meeting_date_or_place_in_title(text, found)
    assert _fields(text, found)["title"] == "Rainfall in the Lindvale valley in August"


def test_proceedings_volume_after_in_is_cut_from_the_title():
    text = ("K. Lind, Lattice methods for test mesons, in Nuclear and particle physics. Proceedings, 5th Test School, "
            "Lindvale, May 15-20, 2000 (2000)")
    found = _runs(text, ("author", "K. Lind"), ("title", "Lattice methods for test mesons, in Nuclear and particle physics"),
                  ("booktitle", "Proceedings, 5th Test School"), ("pubplace", "Lindvale"), ("date", "2000"))
    rtm.proceedings_volume_after_in(text, found)
    assert _fields(text, found)["title"] == "Lattice methods for test mesons"


def test_in_inside_a_title_with_no_proceedings_after_stays():
    text = "Lind K, Haas O. Mitophagy of test cells, in Vitro and in Mice. Test Cell Biol 4 (2001) 1-9."
    found = _runs(text, ("author", "Lind K, Haas O"), ("title", "Mitophagy of test cells, in Vitro and in Mice"),
                  ("journal", "Test Cell Biol"), ("volume", "4"))
    rtm.proceedings_volume_after_in(text, found)
    assert _fields(text, found)["title"] == "Mitophagy of test cells, in Vitro and in Mice"


# --- a place between an article's title and its venue


def test_place_after_the_title_comma_before_the_journal_is_the_title_end():
    text = "Song W, Lind K. 1989. Larval counts in the Lindvale marshes, Testland. Test Zool Heft 3:2-21."
    found = _runs(text, ("author", "Song W, Lind K"), ("date", "1989"), ("title", "Larval counts in the Lindvale marshes"),
                  ("pubplace", "Testland"), ("journal", "Test Zool Heft"), ("volume", "3"), ("pages", "2-21"))
    rtm.place_before_venue(text, found)
    assert _fields(text, found)["title"] == "Larval counts in the Lindvale marshes, Testland"
    assert [lab for lab, _s, _e in found] == ["author", "date", "title", "journal", "volume", "pages"]


def test_place_with_a_bracketed_note_before_a_proceedings_venue():
    text = "Haas, O., Planar features in grains of the Avak test crater, Testland (abstract). Test Planetary Science XII, pp. 10-11. 1995."
    found = _runs(text, ("author", "Haas, O."), ("title", "Planar features in grains of the Avak test crater"), ("editor", "Testland"),
                  ("booktitle", "Test Planetary Science XII"), ("pages", "10-11"), ("date", "1995"))
    rtm.place_before_venue(text, found)
    assert _fields(text, found)["title"] == "Planar features in grains of the Avak test crater, Testland"


def test_publisher_before_a_book_series_stays_the_publisher():
    text = "Lind K, Test methods for cells, Lindvale, Lecture Notes in Test Biology 12, Test Press, 2001."
    found = _runs(text, ("author", "Lind K"), ("title", "Test methods for cells"), ("pubplace", "Lindvale"),
                  ("booktitle", "Lecture Notes in Test Biology"), ("volume", "12"), ("publisher", "Test Press"), ("date", "2001"))
    rtm.place_before_venue(text, found)
    assert _fields(text, found)["title"] == "Test methods for cells"
    assert _fields(text, found)["pubplace"] == "Lindvale"


def test_place_after_a_meeting_title_stays_out_of_it():
    text = "Working Group Meeting #12, Lindvale, Testland, 3-5 May 2021"
    found = _runs(text, ("title", "Working Group Meeting #12"), ("pubplace", "Lindvale"), ("booktitle", "Testland"),
                  ("date", "3-5 May 2021"))
    rtm.place_before_venue(text, found)
    assert _fields(text, found)["title"] == "Working Group Meeting #12"


# --- the astronomy journals' "in Series, Vol. N, Book, Editors, eds." form


def test_book_between_a_series_volume_and_its_editors_is_the_book_title():
    text = "Lind K., 2011, in Test Society Conference Series, Vol. 12, Test Stars in Transition, Moreau H., Haas O., eds., p. 83"
    found = _runs(text, ("author", "Lind K."), ("date", "2011"), ("booktitle", "Test Society Conference Series"), ("volume", "12"),
                  ("pubplace", "Test Stars"), ("editor", "in Transition, Moreau H., Haas O."), ("pages", "83"))
    rtm.book_after_series_volume(text, found)
    out = _fields(text, found)
    assert out["series"] == "Test Society Conference Series"
    assert out["booktitle"] == "Test Stars in Transition"
    assert out["editor"].strip() == "Moreau H., Haas O."
    assert [lab for lab, _s, _e in found] == ["author", "date", "series", "volume", "booktitle", "editor", "pages"]


def test_journal_volume_and_pages_after_in_are_left():
    text = "Lind K., 2011, in Test Astron. J., Vol. 12, 83-90, Lindvale."
    found = _runs(text, ("author", "Lind K."), ("date", "2011"), ("journal", "Test Astron. J."), ("volume", "12"), ("pages", "83-90"))
    before = list(found)
    rtm.book_after_series_volume(text, found)
    assert found == before
