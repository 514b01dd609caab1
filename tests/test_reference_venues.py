"""Repairs of the reference CRF's runs around venues (pipeline/ingest/reference_venues.py), one
test per class, on entries written for the test. Each repair is checked on runs shaped like the
CRF's slip for such an entry (so the test does not depend on the model slipping); a few whole
parses are checked too."""

from __future__ import annotations

import pytest

from pipeline.ingest import reference_crf, reference_venues as rv
from pipeline.ingest.references import parse_reference
from crf_runs import runs as _runs, texts as _texts


needs_model = pytest.mark.skipif(not reference_crf.available(), reason="models/references/citation.crfsuite absent")


# -- a venue the title ran into ("Title, in Book", "Title. Proc. Conf.") -------------------------

def test_book_after_in_that_the_title_ran_into_is_the_venue():
    entry = ("R. Okafor, Receptor Control of Mitophagy, in Autophagy Methods, Cargo Receptors and Kinases, "
             "Eds. L. Berg and P. Ito (Academic Press, London, 2011), 101.")
    runs = _runs(entry, ("author", "R. Okafor"), ("title", "Receptor Control of Mitophagy, in Autophagy Methods"),
                 ("journal", "Cargo Receptors and Kinases"))
    rv.venue_in_title(entry, runs)
    assert _texts(entry, runs)[1:3] == [("title", "Receptor Control of Mitophagy"),
                                        ("journal", "Autophagy Methods, Cargo Receptors and Kinases")]


def test_proceedings_after_the_title_become_a_book_title():
    entry = "L. Berg, P. Ito, Fast Tracking of Damaged Mitochondria. Proc. 9th Int. Conf. on Imaging, Kyoto, 2004."
    runs = _runs(entry, ("author", "L. Berg, P. Ito"), ("title", "Fast Tracking of Damaged Mitochondria. Proc. 9th Int. Conf. on Imaging"),
                 ("pubplace", "Kyoto"), ("date", "2004"))
    rv.venue_in_title(entry, runs)
    assert ("title", "Fast Tracking of Damaged Mitochondria") in _texts(entry, runs)
    assert ("booktitle", "Proc. 9th Int. Conf. on Imaging") in _texts(entry, runs)


@pytest.mark.parametrize("venue", ["Proceedings of the 12th Symposium on Cell Imaging", "Proc. of the Imaging Workshop, Lyon"])
def test_lone_book_title_run_after_the_authors_opens_with_the_paper_title(venue):
    # the CRF took title and proceedings together for the book title, and found no title
    entry = f"Okafor, C. Tracking Damaged Mitochondria in Yeast, {venue}, 2004."
    runs = _runs(entry, ("author", "Okafor, C."), ("booktitle", f"Tracking Damaged Mitochondria in Yeast, {venue}"),
                 ("date", "2004"))
    rv.venue_in_title(entry, runs)
    assert _texts(entry, runs)[1:3] == [("title", "Tracking Damaged Mitochondria in Yeast"), ("booktitle", venue)]


def test_lone_book_title_without_a_venue_cue_stays_the_book_title():
    # a book cited whole: no proceedings word inside, nothing to cut (nor after "in")
    entry = "Okafor, C. Mitochondria, in Health and in Disease, 2004."
    runs = _runs(entry, ("author", "Okafor, C."), ("booktitle", "Mitochondria, in Health and in Disease"), ("date", "2004"))
    rv.venue_in_title(entry, runs)
    assert _texts(entry, runs)[1] == ("booktitle", "Mitochondria, in Health and in Disease")


def test_in_followed_by_sentence_case_words_stays_in_the_title():
    # "..., in PALB2 variant carriers" goes on with the title; a venue is named in title case
    entry = "Okafor C, Lee J. Variation in onset, by exon, in PALB2 variant carriers. Am J Hum Genet 2004; 71:12-9."
    title = "Variation in onset, by exon, in PALB2 variant carriers"
    runs = _runs(entry, ("author", "Okafor C, Lee J"), ("title", title), ("journal", "Am J Hum Genet"))
    rv.venue_in_title(entry, runs)
    assert _texts(entry, runs)[1] == ("title", title)


# -- a book series the title ran on into ----------------------------------------------------------

@pytest.mark.parametrize("series", ["Graduate Texts in Physiology Vol. 41", "Lecture Notes in Cell Biology 12",
                                    "Springer Series in Biophysics vol 7"])
def test_book_series_after_the_title_is_cut_off(series):
    entry = f"K. Lindahl, Mitochondria and Their Quality Control, {series} (Springer, Berlin, 2009)."
    runs = _runs(entry, ("author", "K. Lindahl"), ("title", f"Mitochondria and Their Quality Control, {series}"),
                 ("publisher", "Springer"))
    rv.series_after_title(entry, runs)
    texts = _texts(entry, runs)
    assert texts[1] == ("title", "Mitochondria and Their Quality Control")
    assert texts[2][0] == "series" and texts[2][1].startswith(series.split()[0])


def test_title_that_merely_contains_a_series_word_keeps_it():
    entry = "Lee J. Advances in mitophagy imaging. Autophagy. 2019;15:1-9."
    runs = _runs(entry, ("author", "Lee J"), ("title", "Advances in mitophagy imaging"), ("journal", "Autophagy"))
    rv.series_after_title(entry, runs)
    assert _texts(entry, runs)[1] == ("title", "Advances in mitophagy imaging")


# -- editors at the head of a venue ----------------------------------------------------------------

@pytest.mark.parametrize("editors, book", [
    ("Berg L, Ito P, eds.", "Textbook of Organelle Biology"),
    ("P. Ito and L. Berg, editors,", "Proceedings of the 4th Symposium on Autophagy"),
    ("Novak, V. (Hg.):", "Neue Wege der Zellbiologie"),
])
def test_editor_list_at_the_head_of_a_venue_is_no_part_of_it(editors, book):
    entry = f"Okafor C. Mitophagy assays. In: {editors} {book}. Oxford: Clarendon; 1999: 12-30."
    runs = _runs(entry, ("author", "Okafor C"), ("title", "Mitophagy assays"), ("booktitle", f"{editors} {book}"))
    rv.editors_in_venue(entry, runs)
    assert ("booktitle", book) in _texts(entry, runs)


def test_venue_without_editors_is_left_alone():
    entry = "Okafor C. Mitophagy assays. In: Methods in Organelle Biology. Oxford: Clarendon; 1999: 12-30."
    runs = _runs(entry, ("author", "Okafor C"), ("title", "Mitophagy assays"), ("booktitle", "Methods in Organelle Biology"))
    rv.editors_in_venue(entry, runs)
    assert _texts(entry, runs)[2] == ("booktitle", "Methods in Organelle Biology")


# -- quoted titles ---------------------------------------------------------------------------------

def test_quoted_title_ends_at_its_closing_quote_not_at_a_comma_or_number():
    entry = 'Berg, L. (2003). "On receptors 1, 2, 3 and 7 of the outer membrane." Mitochondrion 5: 10-19.'
    runs = _runs(entry, ("author", "Berg, L."), ("date", "2003"), ("title", "On receptors 1"), ("volume", "2"),
                 ("journal", "Mitochondrion"))
    rv.quoted_title(entry, runs)
    texts = _texts(entry, runs)
    assert ("title", "On receptors 1, 2, 3 and 7 of the outer membrane") in texts
    assert ("volume", "2") not in texts and ("journal", "Mitochondrion") in texts


def test_quoted_title_that_ran_on_into_the_journal_stops_at_the_quote():
    entry = "Ito, P., \u201cCargo receptors: a survey,\u201d Autophagy Rev. 4, 30 (2008)."
    runs = _runs(entry, ("author", "Ito, P."), ("title", "Cargo receptors: a survey,\u201d Autophagy"),
                 ("journal", "Rev."))
    rv.quoted_title(entry, runs)
    texts = _texts(entry, runs)
    assert texts[1] == ("title", "Cargo receptors: a survey")
    assert texts[2] == ("journal", "Autophagy Rev.")


def test_chinese_document_code_is_no_part_of_a_quoted_title():
    entry = "\u5434\u96c5, '\u7ebf\u7c92\u4f53\u81ea\u566c\u7814\u7a76\u8fdb\u5c55 [J],' \u751f\u7269\u5b66\u62a5, Vol.19, pp.8-9, 2015."
    title = "\u7ebf\u7c92\u4f53\u81ea\u566c\u7814\u7a76\u8fdb\u5c55 [J],"
    runs = _runs(entry, ("author", "\u5434\u96c5"), ("title", title))
    rv.quoted_title(entry, runs)
    assert _texts(entry, runs)[1] == ("title", "\u7ebf\u7c92\u4f53\u81ea\u566c\u7814\u7a76\u8fdb\u5c55")


# -- a year and journal at the end of the title ------------------------------------------------------

def test_year_then_journal_at_the_end_of_the_title_are_date_and_journal():
    entry = "Berg L, Ito P. Receptor maps of the outer membrane of mitochondria 2006 Cell Reports 900--910"
    runs = _runs(entry, ("author", "Berg L, Ito P"), ("title", "Receptor maps of the outer membrane of mitochondria 2006 Cell Reports"),
                 ("pages", "900--910"))
    rv.year_journal_in_title(entry, runs, {lab for lab, _s, _e in runs})
    assert _texts(entry, runs)[1:4] == [("title", "Receptor maps of the outer membrane of mitochondria"),
                                        ("date", "2006"), ("journal", "Cell Reports")]


def test_year_inside_a_title_with_a_date_found_stays():
    entry = "Lee J. The 2009 influenza pandemic in Mexico. Lancet 2010; 375: 1-9."
    runs = _runs(entry, ("author", "Lee J"), ("title", "The 2009 influenza pandemic in Mexico"), ("journal", "Lancet"),
                 ("date", "2010"))
    rv.year_journal_in_title(entry, runs, {lab for lab, _s, _e in runs})
    assert _texts(entry, runs)[1] == ("title", "The 2009 influenza pandemic in Mexico")


# -- a journal left untagged between title and numbers ---------------------------------------------

@pytest.mark.parametrize("entry, title, journal, number", [
    ("Okafor C, Lee J. Mitochondria in sepsis. Shock. 2017; 47(2):118-26.", "Mitochondria in sepsis", "Shock", "2017"),
    ("Berg, L. & Ito, P. The quest for the cargo receptor. Traffic 7, 769-778 (2006).",
     "The quest for the cargo receptor", "Traffic", "7"),
    ("Ito P, Berg L. Does mitophagy protect the smoker? Respiration 1990; 57: 137-144.",
     "Does mitophagy protect the smoker", "Respiration", "1990"),
    ("Novak V, Lee J. Receptor clusters in living cells. eLife. 2013; 2:e00230.",
     "Receptor clusters in living cells", "eLife", "2013"),
])
def test_journal_left_untagged_between_title_and_numbers(entry, title, journal, number):
    runs = _runs(entry, ("author", entry.split(". ")[0] if "&" not in entry else "Berg, L. & Ito, P."),
                 ("title", title), ("volume" if number.isdigit() and len(number) < 4 else "date", number))
    rv.untagged_journal(entry, runs)
    assert ("journal", journal) in _texts(entry, runs)


@pytest.mark.parametrize("entry, title", [
    ("Okafor C. On the number of receptor kinds. Preprint, 1996.", "On the number of receptor kinds"),
    ("Okafor C. Receptor maps of the outer membrane, Rev. C (July 2015).", "Receptor maps of the outer membrane, Rev."),
])
def test_untagged_words_that_are_no_journal_stay_untagged(entry, title):
    runs = _runs(entry, ("author", "Okafor C"), ("title", title), ("date", "1996" if "1996" in entry else "July 2015"))
    rv.untagged_journal(entry, runs)
    assert "journal" not in {lab for lab, _s, _e in runs}


def test_name_after_authors_alone_before_a_year_is_no_journal():
    entry = "Lindahl, Karin, Dits et essais, 1994, Paris, Gallimard."
    runs = _runs(entry, ("author", "Lindahl, Karin"), ("date", "1994"))
    rv.untagged_journal(entry, runs)
    assert "journal" not in {lab for lab, _s, _e in runs}


# -- whole parses --------------------------------------------------------------------------------

@needs_model
def test_parse_of_a_chapter_in_a_book_with_editors():
    ref = parse_reference("Marder SR. Rating scales in mitophagy research. In: Marsh TL, Okoye BJ, eds. Comprehensive "
                          "Textbook of Cell Biology. 4th ed. Boston, Ma: Harlow and Finch; 1998:211-230.", 0)
    assert ref.title == "Rating scales in mitophagy research"
    assert ref.journal == "Comprehensive Textbook of Cell Biology"


@needs_model
def test_parse_of_a_quoted_title_with_numbers():
    ref = parse_reference('Berg, L. (2003). "On receptors 1, 2, 3 and 7 of the outer membrane." Mitochondrion 5: 10-19.', 0)
    assert ref.title == "On receptors 1, 2, 3 and 7 of the outer membrane"
    assert ref.year == 2003


@pytest.mark.parametrize("entry, title", [
    # nested quotes: the outer pair bounds the title
    ('Lee, K. (1994). "\'Mitophagy\' fails to win approval." Nature 371: 639.', "'Mitophagy' fails to win approval"),
    # an apostrophe is no closing quote
    ("S. van Berg, \u2018Parkin\u2019 choice: receptors of the outer membrane\u2019, in Essays, 1988, pp. 31-35.",
     "Parkin\u2019 choice: receptors of the outer membrane"),
    # a quoted head with a subtitle after it, no punctuation closing the quote
    ('Okafor, C. "On receptors" - notes on the outer membrane. Lyon: Presses, 2009.',
     '"On receptors" - notes on the outer membrane'),
])
def test_quote_guards_keep_the_title_the_crf_found(entry, title):
    runs = _runs(entry, ("author", entry.split(" (")[0].split(", \u2018")[0].split(' "')[0].rstrip(".")), ("title", title))
    rv.quoted_title(entry, runs)
    assert _texts(entry, runs)[1] == ("title", title)


def test_quoted_title_keeps_a_venue_the_crf_found_inside_the_quotes_when_none_follows():
    entry = "Berg, L. (1963), 'On receptor theory, progress in cell mechanics', MacMillan, Greenwich, 192, 129-140."
    runs = _runs(entry, ("author", "Berg, L."), ("date", "1963"), ("title", "On receptor theory"),
                 ("journal", "progress in cell mechanics"), ("publisher", "MacMillan"))
    rv.quoted_title(entry, runs)
    assert ("journal", "progress in cell mechanics") in _texts(entry, runs)


@pytest.mark.parametrize("entry, publisher_run, title, publisher", [
    ("C. Okafor and L. Berg. Mitochondrial Oceanography (Wiley, New York), 1977.", "Mitochondrial Oceanography (Wiley",
     "Mitochondrial Oceanography", "Wiley"),
    ("R. M. Lindahl, General Autophagy, University of Chicago Press (1984).", "General Autophagy, University of Chicago Press",
     "General Autophagy", "University of Chicago Press"),
])
def test_book_title_at_the_head_of_the_publisher(entry, publisher_run, title, publisher):
    runs = _runs(entry, ("author", "C. Okafor and L. Berg" if "Okafor" in entry else "R. M. Lindahl"),
                 ("publisher", publisher_run))
    rv.title_in_publisher(entry, runs)
    assert _texts(entry, runs)[1:] == [("title", title), ("publisher", publisher)]


def test_publisher_alone_stays_the_publisher():
    entry = "Berg L. Receptor maps. Springer, Berlin, 2009."
    runs = _runs(entry, ("author", "Berg L"), ("title", "Receptor maps"), ("publisher", "Springer, Berlin"))
    rv.title_in_publisher(entry, runs)
    assert _texts(entry, runs)[2] == ("publisher", "Springer, Berlin")


@pytest.mark.parametrize("run, journal", [
    ("Tetrahedron. Soumis", "Tetrahedron"),
    ("J. Prakt. Mitochondrien. Band", "J. Prakt. Mitochondrien"),
    ("IEEE Trans. Comput. [Online]", "IEEE Trans. Comput."),
    ("Autophagy", "Autophagy"),
    ("Nucleic Acids Res", "Nucleic Acids Res"),
])
def test_status_or_volume_word_closing_a_journal_run_is_cut(run, journal):
    entry = f"Okafor C. Receptor maps. {run} 327, 1-9, 1983."
    runs = _runs(entry, ("author", "Okafor C"), ("title", "Receptor maps"), ("journal", run))
    rv.journal_tail(entry, runs)
    assert _texts(entry, runs)[2][1].rstrip(" .") == journal.rstrip(" .")


# -- a book cited whole: its subtitle, and no journal inside its title (session 5, refs5) -----------

def test_subtitle_of_a_whole_book_taken_for_a_book_title_goes_back_to_the_title():
    entry = "K. Berg, Mitochondria: Beyond Energy. New Views on an Old Organelle, Uppsala 1987."
    runs = _runs(entry, ("author", "K. Berg"), ("title", "Mitochondria: Beyond Energy"),
                 ("booktitle", "New Views on an Old Organelle"), ("pubplace", "Uppsala"), ("date", "1987"))
    rv.subtitle_as_book(entry, runs)
    assert _texts(entry, runs)[1] == ("title", "Mitochondria: Beyond Energy. New Views on an Old Organelle")


@pytest.mark.parametrize("book", ["In Mitochondria in Health", "Proceedings of the Cell Meeting", "Annual Review of Cells"])
def test_a_real_book_title_after_the_title_stays_a_book_title(book):
    entry = f"K. Berg, Fission Proteins. {book}, Uppsala 1987."
    runs = _runs(entry, ("author", "K. Berg"), ("title", "Fission Proteins"), ("booktitle", book),
                 ("pubplace", "Uppsala"), ("date", "1987"))
    rv.subtitle_as_book(entry, runs)
    assert ("booktitle", book) in _texts(entry, runs)


def test_subtitle_rule_needs_a_book_tail_not_volume_and_pages():
    entry = "K. Berg, Fission Proteins. Cell Biology Reports 12, 1-9."
    runs = _runs(entry, ("author", "K. Berg"), ("title", "Fission Proteins"), ("booktitle", "Cell Biology Reports"),
                 ("volume", "12"), ("pages", "1-9"))
    rv.subtitle_as_book(entry, runs)
    assert ("booktitle", "Cell Biology Reports") in _texts(entry, runs)


def test_place_run_before_year_volume_and_pages_is_the_journal():
    entry = "Okafor C, Lee J. Familial mitophagy defects. The Uppsala Study. Stroke (1993) 24:1366-1371."
    runs = _runs(entry, ("author", "Okafor C, Lee J"), ("title", "Familial mitophagy defects. The Uppsala Study"),
                 ("pubplace", "Stroke"), ("date", "1993"), ("volume", "24"), ("pages", "1366-1371"))
    rv.place_as_journal(entry, runs)
    assert ("journal", "Stroke") in _texts(entry, runs)


def test_place_run_of_a_book_stays_the_place():
    entry = "Okafor C. Mitophagy. Uppsala: Moss Press; 1993."
    runs = _runs(entry, ("author", "Okafor C"), ("title", "Mitophagy"), ("pubplace", "Uppsala"),
                 ("publisher", "Moss Press"), ("date", "1993"))
    rv.place_as_journal(entry, runs)
    assert ("pubplace", "Uppsala") in _texts(entry, runs)


@needs_model
def test_whole_book_with_title_case_subtitle_keeps_it_in_the_title():
    # with a place and no volume or pages, "Subtitle Words" after the title's period is no journal
    ref = parse_reference("K. Berg, Mitochondria: Beyond Energy. New Views on an Old Organelle, Uppsala: Moss Press, 1987.")
    assert ref.journal == ""
    assert ref.title.startswith("Mitochondria: Beyond Energy")


def test_place_before_a_bare_volume_is_not_taken_for_the_journal():
    entry = "Okafor, C. 1914. Plantae novae. Repertorium Novarum. Berlin 13: 267-278."
    runs = _runs(entry, ("author", "Okafor, C."), ("date", "1914"), ("title", "Plantae novae. Repertorium Novarum"),
                 ("pubplace", "Berlin"), ("volume", "13"), ("pages", "267-278"))
    rv.place_as_journal(entry, runs)
    assert ("pubplace", "Berlin") in _texts(entry, runs)


# -- a book series taken for the venue (session 6, reftitle) -------------------------------------

@pytest.mark.parametrize("entry,venue", [
    ("K. Okafor, Mitochondrial Quality Control, Vol. 31 of Graduate Texts in Cell Biology, Harbour Press, Leiden, 2013.",
     "of Graduate Texts in Cell Biology"),
    ("Okafor K 2009 The Mitophagy Equation (Springer Series in Cell Dynamics vol 18) (Leiden: Harbour Press)",
     "Springer Series in Cell Dynamics"),
])
def test_venue_naming_a_book_series_in_a_book_entry_is_the_series(entry, venue):
    title = "Mitochondrial Quality Control" if "Quality" in entry else "The Mitophagy Equation"
    runs = _runs(entry, ("title", title), ("journal", venue), ("publisher", "Harbour Press"))
    rv.series_as_venue(entry, runs)
    assert ("series", venue) in _texts(entry, runs) and not any(lab == "journal" for lab, _s, _e in runs)


def test_series_word_in_a_journal_with_no_publisher_stays_the_journal():
    # "Lecture Notes in Physics 899, 33-45": a journal-like series with volume and pages
    entry = "K. Okafor, Mitophagy in Quantum Cells, Lecture Notes in Cell Biology 899, 33-45 (2015)."
    runs = _runs(entry, ("title", "Mitophagy in Quantum Cells"), ("journal", "Lecture Notes in Cell Biology"), ("volume", "899"))
    rv.series_as_venue(entry, runs)
    assert runs[1][0] == "journal"


# -- a journal taken for a publisher or place (session 6, reftitle) ------------------------------

def test_publisher_run_before_a_volume_after_the_title_is_the_journal():
    entry = "Okafor, K.: Damaged mitochondria in yeast. Publ. Inst. Cell Res. Leiden 9, 165-209 (1973)"
    runs = _runs(entry, ("author", "Okafor, K."), ("title", "Damaged mitochondria in yeast"),
                 ("publisher", "Inst. Cell Res. Leiden"), ("volume", "9"), ("pages", "165-209"), ("date", "1973"))
    rv.publisher_as_journal(entry, runs)
    assert ("journal", "Publ. Inst. Cell Res. Leiden") in _texts(entry, runs)


def test_place_run_opening_a_journal_only_entry_before_year_and_volume_is_the_journal():
    entry = "Mitochondrion (2009) 23, 1587-1597;"
    runs = _runs(entry, ("pubplace", "Mitochondrion"), ("date", "2009"), ("volume", "23"), ("pages", "1587-1597"))
    rv.publisher_as_journal(entry, runs)
    assert runs[0][0] == "journal"


@pytest.mark.parametrize("entry,pieces", [
    # a thesis names its university before a number
    ("Okafor K, 2008, La mitophagie, Thèse de doctorat, Université de Leiden, 1, 761 p.",
     [("title", "La mitophagie"), ("publisher", "Université de Leiden"), ("volume", "1")]),
    # a place before a bare volume is a book's place ("Leiden 13: 267")
    ("Okafor K. Mitophagy. Leiden 13: 267.", [("title", "Mitophagy"), ("pubplace", "Leiden"), ("volume", "13")]),
    # a publisher's own name before the volumes of a book
    ("Okafor K, Mitophagy, Harbour University Press, Vol. 9, 2001.",
     [("title", "Mitophagy"), ("publisher", "Harbour University Press"), ("volume", "9")]),
])
def test_publisher_or_place_of_a_book_or_thesis_stays(entry, pieces):
    runs = _runs(entry, *pieces)
    rv.publisher_as_journal(entry, runs)
    assert runs[1][0] in ("publisher", "pubplace")


# -- a journal's first word closing the title (session 6, reftitle) -----------------------------

@pytest.mark.parametrize("head", ["Proc", "J", "Ann"])
def test_journal_head_abbreviation_closing_the_title_goes_to_the_journal(head):
    entry = f"Okafor K, Berg W. Parkin recruitment in damaged mitochondria of yeast {head} Cell Res Soc 1999; 40:590-596."
    runs = _runs(entry, ("author", "Okafor K, Berg W."), ("title", f"Parkin recruitment in damaged mitochondria of yeast {head}"),
                 ("journal", "Cell Res Soc"), ("date", "1999"))
    rv.venue_head_in_title(entry, runs)
    assert _texts(entry, runs)[1:3] == [("title", "Parkin recruitment in damaged mitochondria of yeast"),
                                        ("journal", f"{head} Cell Res Soc")]


def test_title_ending_in_another_capitalised_word_keeps_it():
    entry = "Okafor K. Parkin recruitment in Yeast Cell Res Soc 1999; 40:590-596."
    runs = _runs(entry, ("author", "Okafor K."), ("title", "Parkin recruitment in Yeast"), ("journal", "Cell Res Soc"))
    rv.venue_head_in_title(entry, runs)
    assert _texts(entry, runs)[1] == ("title", "Parkin recruitment in Yeast")


def test_journal_head_abbreviation_with_its_period_left_untagged_goes_to_the_journal():
    entry = "Okafor, K., Berg, W. Parkin recruitment in damaged mitochondria 2001 Int. J. of Cell Quality Control 1 1--18"
    runs = _runs(entry, ("author", "Okafor, K., Berg, W."), ("title", "Parkin recruitment in damaged mitochondria 2001 Int"),
                 ("journal", "J. of Cell Quality Control"), ("volume", "1"))
    rv.year_journal_in_title(entry, runs, {lab for lab, _s, _e in runs})
    assert _texts(entry, runs)[1:4] == [("title", "Parkin recruitment in damaged mitochondria"), ("date", "2001"),
                                        ("journal", "Int. J. of Cell Quality Control")]


def test_place_in_brackets_after_a_journal_the_title_ran_into_stays_a_place():
    # "Aging (Albany NY)": the place qualifies the journal; the run is not the journal itself
    entry = "Okafor K, Berg W. Mitophagy in diabetes treatment. Aging (Albany NY). (2022) 14:2902-19."
    runs = _runs(entry, ("author", "Okafor K, Berg W"), ("title", "Mitophagy in diabetes treatment. Aging ("),
                 ("pubplace", "Albany NY"), ("date", "2022"), ("volume", "14"))
    rv.publisher_as_journal(entry, runs)
    assert runs[2][0] == "pubplace"


# -- a title broken at a number inside it ------------------------------------------------------

@pytest.mark.parametrize("label", ["pages", "volume", "issue"])
def test_title_broken_at_a_gene_name_read_as_numbers_is_one_title(label):
    entry = ("Okafor R, Berg L. BNIP3 activity in relation to p62, p53 and LC3 levels in resistant tumours. "
             "Autophagy 2020; 16: 1-9.")
    runs = _runs(entry, ("author", "Okafor R, Berg L"), ("title", "BNIP3 activity in relation to p62"),
                 (label, "53"), ("title", "LC3 levels in resistant tumours"), ("journal", "Autophagy"))
    rv.title_resumed(entry, runs)
    assert _texts(entry, runs)[1:3] == [("title", "BNIP3 activity in relation to p62, p53 and LC3 levels in resistant tumours"),
                                        ("journal", "Autophagy")]


@pytest.mark.parametrize("entry,first,mid,second", [
    # a sentence break: the second "title" is another field the CRF misread
    ("Berg L (2018). Mitophagy in drug tolerance. Survey 2017. Cell Rep Methods 3, 1-9.",
     "Mitophagy in drug tolerance", "2017", "Cell Rep Methods"),
    # brackets: a label of its own
    ("Ito P. Receptors of mitophagy (Review 4) Autophagy Reports, 2-8.",
     "Receptors of mitophagy", "4", "Autophagy Reports"),
])
def test_title_runs_parted_by_a_sentence_break_or_brackets_stay_apart(entry, first, mid, second):
    runs = _runs(entry, ("title", first), ("date" if len(mid) == 4 else "volume", mid), ("title", second))
    before = list(runs)
    rv.title_resumed(entry, runs)
    assert runs == before


# -- a book cited whole, its title tagged as a journal ---------------------------------------------

@pytest.mark.parametrize("entry,book,after", [
    ("L. Berg, Mitochondrial Quality Control (Harbour University Press, Leeds, 2004)",
     "Mitochondrial Quality Control", ("publisher", "Harbour University Press")),
    ("P. Ito, The Autophagy Handbook, North Haven 2012.", "The Autophagy Handbook", ("pubplace", "North Haven")),
])
def test_book_title_tagged_as_a_journal_before_its_publisher_is_the_title(entry, book, after):
    runs = _runs(entry, ("author", entry.split(",")[0]), ("journal", book), after)
    rv.book_title_as_journal(entry, runs)
    assert _texts(entry, runs)[1] == ("title", book)


@pytest.mark.parametrize("pieces", [
    # a journal with its volume and pages: an article, though a publisher follows
    (("author", "R. Okafor"), ("journal", "Autophagy Reports"), ("volume", "12"), ("publisher", "Harbour Press")),
    # a title found: the journal stays
    (("author", "R. Okafor"), ("title", "Mitophagy"), ("journal", "Autophagy Reports"), ("publisher", "Harbour Press")),
])
def test_journal_of_an_article_before_a_publisher_stays_the_journal(pieces):
    entry = " , ".join(piece for _lab, piece in pieces)
    runs = _runs(entry, *pieces)
    rv.book_title_as_journal(entry, runs)
    assert "journal" in [lab for lab, _s, _e in runs]


def test_series_cut_off_a_whole_book_tagged_as_a_book_title():
    # session 12 (reftitle12): no title and no journal, the book's title is the book-title run
    entry = "Moreau, H., Test Manifolds and Flows, Graduate Texts in Test Mathematics Vol. 12 (Lindvale Press, 2002)."
    runs = _runs(entry, ("author", "Moreau, H."), ("booktitle", "Test Manifolds and Flows, Graduate Texts in Test Mathematics"),
                 ("volume", "12"), ("publisher", "Lindvale Press"), ("date", "2002"))
    rv.series_after_title(entry, runs)
    assert _texts(entry, runs)[1] == ("booktitle", "Test Manifolds and Flows")


def test_book_title_of_a_chapter_keeps_its_series_words():
    entry = "Lind K. Test cells. Test Journal 4 (2001), in Lecture Notes in Test Biology 12."
    runs = _runs(entry, ("author", "Lind K"), ("title", "Test cells"), ("journal", "Test Journal"), ("volume", "4"),
                 ("booktitle", "Lecture Notes in Test Biology"))
    rv.series_after_title(entry, runs)
    assert _texts(entry, runs)[4] == ("booktitle", "Lecture Notes in Test Biology")
