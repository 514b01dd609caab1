"""Repairs of the reference CRF's runs around the title (pipeline/ingest/reference_titles.py,
session 9), one test per class, on entries written for the test. Each repair is checked on runs
shaped like the CRF's slip for such an entry, so the test does not depend on the model slipping;
the guards are checked on entries the repair must leave alone."""

from __future__ import annotations

from pipeline.ingest import reference_crf, reference_titles as rt
from pipeline.ingest.references import _journal_from_title, _Parts
from crf_runs import fields as _fields, runs as _runs, texts as _texts


# -- CJK names and title in one author run ------------------------------------------------------

def test_cjk_author_run_holding_the_title_after_a_period_is_split():
    entry = "林明德. 線粒體自噬研究. 中国医学杂志. 2015. 12(3)."
    runs = _runs(entry, ("author", "林明德. 線粒體自噬研究"), ("journal", "中国医学杂志"), ("date", "2015"))
    rt.cjk_title_in_authors(entry, runs)
    assert _texts(entry, runs)[:3] == [("author", "林明德"), ("title", "線粒體自噬研究"), ("journal", "中国医学杂志")]


def test_cjk_author_list_after_commas_is_no_title():
    entry = "林明德, 王小红, 陈志强. 中国医学杂志. 2015. 12(3)."
    runs = _runs(entry, ("author", "林明德, 王小红, 陈志强"), ("journal", "中国医学杂志"))
    rt.cjk_title_in_authors(entry, runs)
    assert _texts(entry, runs)[0] == ("author", "林明德, 王小红, 陈志强")
    entry = "林明德, 線粒體自噬與腫瘤耐藥研究, 中国医学杂志, 2015年第3期."
    runs = _runs(entry, ("author", "林明德, 線粒體自噬與腫瘤耐藥研究"), ("journal", "中国医学杂志"))
    rt.cjk_title_in_authors(entry, runs)
    assert _texts(entry, runs)[:2] == [("author", "林明德"), ("title", "線粒體自噬與腫瘤耐藥研究")]


# -- title and journal in one journal run -------------------------------------------------------

def test_journal_run_holding_title_and_journal_is_split_at_the_sentence_break():
    entry = "Haldane RT, Sato AB: Receptor control of mitophagy in resistant cells. Curr Test Biol 18:102-109, 2006."
    runs = _runs(entry, ("author", "Haldane RT, Sato AB"),
                 ("journal", "Receptor control of mitophagy in resistant cells. Curr Test Biol"), ("volume", "18"))
    rt.title_in_journal(entry, runs)
    assert _texts(entry, runs)[1:3] == [("title", "Receptor control of mitophagy in resistant cells"),
                                        ("journal", "Curr Test Biol")]


def test_quoted_title_in_a_journal_run_ends_at_its_closing_quote():
    entry = "A. Okafor and B. Lindqvist, 'Counting Damaged Mitochondria,' Annals of Test Imaging Methods 14, 2009."
    runs = _runs(entry, ("author", "A. Okafor and B. Lindqvist"),
                 ("journal", "Counting Damaged Mitochondria,' Annals of Test Imaging Methods"), ("volume", "14"))
    rt.title_in_journal(entry, runs)
    assert _texts(entry, runs)[1:3] == [("title", "Counting Damaged Mitochondria"), ("journal", "Annals of Test Imaging Methods")]


def test_abbreviated_journal_with_periods_is_not_split():
    for journal in ("J. Am. Chem. Soc", "Mon. Not. R. Astron. Soc", "Journal f. prakt. Chemie", "Top. Curr. Chem"):
        entry = f"L. M. HALDANE et R. T. MOREAU. {journal}. 41, 2217 (1971);"
        runs = _runs(entry, ("author", "L. M. HALDANE et R. T. MOREAU"), ("journal", journal), ("volume", "41"))
        rt.title_in_journal(entry, runs)
        assert _texts(entry, runs)[1] == ("journal", journal)


# -- a dangling "In" closing the title ----------------------------------------------------------

def test_in_opening_the_venue_is_cut_off_the_title():
    entry = ("T. Okafor and M. Lindqvist. Counting mitophagy events in live cells. In R. Berg and P. Ito, editors, "
             "Proceedings of the Third Workshop on Cell Imaging, pages 44-52. Test Press, 2004.")
    runs = _runs(entry, ("author", "T. Okafor and M. Lindqvist"), ("title", "Counting mitophagy events in live cells. In"),
                 ("booktitle", "Proceedings of the Third Workshop on Cell Imaging"))
    rt.dangling_in(entry, runs)
    assert _texts(entry, runs)[1] == ("title", "Counting mitophagy events in live cells")


def test_title_ending_in_a_word_with_in_keeps_it():
    entry = "T. Okafor. Mitophagy as seen from within. J Test Biol 3, 1-9 (1990)."
    runs = _runs(entry, ("author", "T. Okafor"), ("title", "Mitophagy as seen from within"))
    rt.dangling_in(entry, runs)
    assert _texts(entry, runs)[1] == ("title", "Mitophagy as seen from within")


# -- the last Vancouver name taken for the title's head -----------------------------------------

def test_last_vancouver_name_opening_the_title_goes_back_to_the_authors():
    entry = "Haldane KT, Moreau PL, Sato-Grey N. Loss of mitophagy in resistant cells. Test Onc 2011; 30:412-420."
    runs = _runs(entry, ("author", "Haldane KT, Moreau PL"), ("title", "Sato-Grey N. Loss of mitophagy in resistant cells"))
    rt.vancouver_name_in_title(entry, runs)
    assert _texts(entry, runs)[:2] == [("author", "Haldane KT, Moreau PL, Sato-Grey N."),
                                       ("title", "Loss of mitophagy in resistant cells")]


def test_title_opening_with_a_capitalised_phrase_stays_the_title():
    entry = "Haldane KT, Moreau PL, Mitophagy in Cancer A. Review of resistance. Test Onc 2011; 30:1-9."
    runs = _runs(entry, ("author", "Haldane KT, Moreau PL"), ("title", "Mitophagy in Cancer A. Review of resistance"))
    rt.vancouver_name_in_title(entry, runs)
    assert _texts(entry, runs)[1][0] == "title" and _texts(entry, runs)[1][1].startswith("Mitophagy")


def test_vancouver_list_with_a_lowercase_particle_ends_at_its_last_initials():
    entry = "Haldane K, van der Wal TK, Moreau L. Isolation, culture and staining of resistant cells. Test Cell Biol 2008; 52:117-125."
    runs = _runs(entry, ("author", "Haldane K, van der Wal TK, Moreau L. Isolation"),
                 ("title", "culture and staining of resistant cells"))
    reference_crf._title_after_vancouver_names(entry, runs)
    assert _texts(entry, runs)[:2] == [("author", "Haldane K, van der Wal TK, Moreau L."),
                                       ("title", "Isolation, culture and staining of resistant cells")]


# -- a report the title ran on into -------------------------------------------------------------

def test_report_after_the_year_is_cut_off_the_title():
    entry = "Haldane, T., Moreau, K.L. Clustering mitophagy images on parallel processors 2003 Technical Report 57 Institute of Test Science"
    runs = _runs(entry, ("author", "Haldane, T., Moreau, K.L."),
                 ("title", "Clustering mitophagy images on parallel processors 2003 Technical Report 57 Institute of Test Science"))
    rt.report_in_title(entry, runs)
    assert _texts(entry, runs)[1:3] == [("title", "Clustering mitophagy images on parallel processors"), ("date", "2003")]


def test_report_named_inside_the_title_stays():
    entry = "Okafor, A. A technical report standard for mitophagy assays. J Test 3, 1-9 (1990)."
    runs = _runs(entry, ("author", "Okafor, A."), ("title", "A technical report standard for mitophagy assays"))
    rt.report_in_title(entry, runs)
    assert _texts(entry, runs)[1] == ("title", "A technical report standard for mitophagy assays")


# -- a proceedings volume cited whole keeps its abbreviated name -------------------------------

def test_abbreviated_venue_standing_as_title_is_not_cut_into_title_and_journal():
    for venue in ("Proc. Natl. Acad. Sci. USA", "Proc. 12th Int. Mitophagy Conference (IMC2019)"):
        parts = _Parts(authors="Okafor, et al.", title=venue)
        _journal_from_title(parts)
        assert (parts.title, parts.journal) == (venue, "")
    parts = _Parts(authors="Okafor A", title="Receptor control of mitophagy. Autophagy")
    _journal_from_title(parts)
    assert (parts.title, parts.journal) == ("Receptor control of mitophagy", "Autophagy")


# -- a long or comma-holding journal name the title ran on into ---------------------------------

def test_long_journal_name_after_the_titles_period_is_the_journal():
    parts = _Parts(authors="Okafor DS, Berg MM", title="Mitophagy in resistant cells of the lung. "
                   "Applied Clinical J of Combined Herbal and Modern Oncology")
    _journal_from_title(parts)
    assert (parts.title, parts.journal) == ("Mitophagy in resistant cells of the lung",
                                            "Applied Clinical J of Combined Herbal and Modern Oncology")
    parts = _Parts(authors="Okafor, A.", title="Receptors and mitophagy in resistance. Cell Stress, Tumour Biology and Drug Resistance")
    _journal_from_title(parts)
    assert parts.journal == "Cell Stress, Tumour Biology and Drug Resistance"


def test_subtitle_in_prose_after_the_titles_period_stays_in_the_title():
    parts = _Parts(authors="Okafor A", title="Mitophagy and resistance. a review of what the receptors do in tumours")
    _journal_from_title(parts)
    assert parts.journal == ""


def test_journal_name_with_a_comma_gets_back_its_first_part_from_the_title():
    entry = "Moreau L. 1911. Catalogue des cellules résistantes. Le Frelon, Revue de Cytologie, Lyon 12:44-61."
    runs = _runs(entry, ("author", "Moreau L."), ("date", "1911"),
                 ("title", "Catalogue des cellules résistantes. Le Frelon"), ("journal", "Revue de Cytologie"))
    rt.journal_head_in_title(entry, runs)
    assert _texts(entry, runs)[2:4] == [("title", "Catalogue des cellules résistantes"),
                                        ("journal", "Le Frelon, Revue de Cytologie")]


def test_abbreviation_inside_the_title_is_no_sentence_break():
    entry = "K. Moreau, Zur Zählung der Rezeptoren mod. Zwei, Math. Z. 41 (1936), no. 2, 201-219."
    runs = _runs(entry, ("author", "K. Moreau"), ("title", "Zur Zählung der Rezeptoren mod. Zwei"), ("journal", "Math. Z."))
    rt.journal_head_in_title(entry, runs)
    assert _texts(entry, runs)[1] == ("title", "Zur Zählung der Rezeptoren mod. Zwei")


# -- a title broken after a function word or inside a word --------------------------------------

def test_title_ending_on_a_function_word_runs_on_to_the_journal():
    entry = "K. Haldane, L. Moreau, and T. Sato, Mitophagy flux in livers of 2, 4 and 8 week old mice, Z. Test. C21 (1992) 55."
    runs = _runs(entry, ("author", "K. Haldane, L. Moreau, and T. Sato"), ("title", "Mitophagy flux in livers of"),
                 ("pages", "2, 4"), ("journal", "Z. Test. C"), ("volume", "21"), ("date", "1992"))
    rt.unfinished_title(entry, runs)
    assert _texts(entry, runs)[1:3] == [("title", "Mitophagy flux in livers of 2, 4 and 8 week old mice"),
                                        ("journal", "Z. Test. C")]


def test_title_ending_on_a_function_word_before_a_sentence_break_is_left():
    entry = "K. Haldane. Markers of. Mitophagy in depth. Z. Test. C21 (1992) 55."
    runs = _runs(entry, ("author", "K. Haldane"), ("title", "Markers of"), ("booktitle", "Mitophagy in depth"))
    rt.unfinished_title(entry, runs)
    assert _texts(entry, runs)[1] == ("title", "Markers of")


def test_title_cut_inside_a_gene_name_keeps_the_word():
    entry = "Haldane KT, Moreau PL. Mitophagy is lost in resistant lymphoma cells overexpressing Bcl2 Test Oncol 2010; 31:77-85."
    runs = _runs(entry, ("author", "Haldane KT, Moreau PL"), ("title", "Mitophagy is lost in resistant lymphoma cells overexpressing Bcl"),
                 ("pages", "2"), ("journal", "Test Oncol"))
    rt.word_cut_title(entry, runs)
    assert _texts(entry, runs)[1:3] == [("title", "Mitophagy is lost in resistant lymphoma cells overexpressing Bcl2"), ("journal", "Test Oncol")]


def test_journal_glued_to_its_volume_is_not_a_title_repair():
    entry = "S. Okafor, Mitophagy in strings, Phys.Lett.B512 (2001)."
    runs = _runs(entry, ("author", "S. Okafor"), ("title", "Mitophagy in strings"), ("journal", "Phys.Lett.B"), ("volume", "512"))
    rt.word_cut_title(entry, runs)
    assert _texts(entry, runs)[2:] == [("journal", "Phys.Lett.B"), ("volume", "512")]


def test_last_initials_first_surname_across_the_initials_period_goes_to_the_authors():
    entry = "K. Haldane, L. Moreau, and T. Lindqvist Tracking mitophagy in resistant cells, Test Rev. E 64 (2001)"
    runs = _runs(entry, ("author", "K. Haldane, L. Moreau, and T"), ("title", "Lindqvist Tracking mitophagy in resistant cells"),
                 ("journal", "Test Rev. E"))
    reference_crf._repair_runs(entry, runs)
    assert _texts(entry, runs)[:2] == [("author", "K. Haldane, L. Moreau, and T. Lindqvist"),
                                       ("title", "Tracking mitophagy in resistant cells")]


# -- a title closed by "?" or "!" that ran on into the journal ----------------------------------

def test_journal_after_a_question_mark_closing_the_title_is_the_journal():
    for mark in "?!":
        parts = _Parts(authors="Okafor A", title=f"Is mitophagy a target in resistant tumours{mark} Autophagy Research Letters")
        _journal_from_title(parts)
        assert (parts.title, parts.journal) == (f"Is mitophagy a target in resistant tumours{mark}", "Autophagy Research Letters")
    parts = _Parts(authors="Okafor A", title="Why? Mitophagy and the resistant cell")
    _journal_from_title(parts)
    assert parts.journal == ""


# -- a proceedings venue the title ran into, glued "In" or named by its meeting word -----------

def test_glued_in_opening_a_proceedings_venue_ends_the_title():
    from pipeline.ingest import reference_venues as rv

    entry = "Haldane, K. T. &Moreau ,P .L .Label-free tracking of damaged mitochondria . InConference on Cell Imaging ,TuB3(Test Society, 2016 ) ."
    runs = _runs(entry, ("author", "Haldane, K. T. &Moreau ,P .L ."),
                 ("title", "Label-free tracking of damaged mitochondria . InConference on Cell Imaging"), ("idno", "TuB3"))
    rv.venue_in_title(entry, runs)
    assert _texts(entry, runs)[1:3] == [("title", "Label-free tracking of damaged mitochondria"),
                                        ("booktitle", "Conference on Cell Imaging")]


def test_meeting_word_after_the_titles_comma_opens_the_venue():
    from pipeline.ingest import reference_venues as rv

    entry = "Haldane K., Moreau L., Mitochondrial stress in resistant melanoma cells, VII Baltic Oncology Conference, Riga, 12-14 May 2018;"
    runs = _runs(entry, ("author", "Haldane K., Moreau L."),
                 ("booktitle", "Mitochondrial stress in resistant melanoma cells, VII Baltic Oncology Conference"), ("pubplace", "Riga"))
    rv.venue_in_title(entry, runs)
    assert _texts(entry, runs)[1:3] == [("title", "Mitochondrial stress in resistant melanoma cells"),
                                        ("booktitle", "VII Baltic Oncology Conference")]
    entry = "Okafor C. Indium mitophagy, InGaAs receptors and resistance. J Test 3, 1-9 (2011)."
    runs = _runs(entry, ("author", "Okafor C."), ("title", "Indium mitophagy, InGaAs receptors and resistance"))
    rv.venue_in_title(entry, runs)
    assert _texts(entry, runs)[1] == ("title", "Indium mitophagy, InGaAs receptors and resistance")


# -- a collaboration taken for the title; a title the CRF left untagged -------------------------

def test_collaboration_after_the_authors_is_an_author_not_the_title():
    entry = "Haldane, M.T., et al.: MITO-7 Collaboration. Test Lett. B 702, 38 (2011)"
    runs = _runs(entry, ("author", "Haldane, M.T., et al."), ("title", "MITO-7 Collaboration"), ("journal", "Test Lett. B"))
    rt.group_as_title(entry, runs)
    assert _texts(entry, runs)[1] == ("author", "MITO-7 Collaboration")
    entry = "Haldane, M.T. Mitophagy collaboration in resistant cells. Test Lett. B 702, 38 (2011)"
    runs = _runs(entry, ("author", "Haldane, M.T."), ("title", "Mitophagy collaboration in resistant cells"))
    rt.group_as_title(entry, runs)
    assert _texts(entry, runs)[1][0] == "title"


def test_untagged_words_between_authors_and_place_are_the_title():
    entry = "P.L. Haldane, Between “Stress” and “Survival”: Essays on the Resistant Cell, Boston 2004."
    runs = _runs(entry, ("author", "P.L. Haldane"), ("pubplace", "Boston"), ("date", "2004"))
    rt.untagged_title(entry, runs)
    assert _texts(entry, runs)[1] == ("title", "Between “Stress” and “Survival”: Essays on the Resistant Cell")
    entry = "Lucie Moreau « Cellules / résistances », Lyon, 14-15 mars 2019."
    runs = _runs(entry, ("author", "Lucie Moreau"), ("pubplace", "Lyon"), ("date", "14-15 mars 2019"))
    rt.untagged_title(entry, runs)
    assert _texts(entry, runs)[1] == ("title", "Cellules / résistances")


def test_a_status_between_authors_and_date_is_no_title():
    entry = "K. Haldane and L. Moreau, private communication, March 2021"
    runs = _runs(entry, ("author", "K. Haldane and L. Moreau"), ("date", "March 2021"))
    rt.untagged_title(entry, runs)
    assert [lab for lab, _t in _texts(entry, runs)] == ["author", "date"]


def test_surname_first_author_with_a_particle_then_the_title():
    entry = "MOREIRA da SILVA, R. Estresse celular: mitocôndrias, autofagia e resistência. Porto Alegre, RS: Editora Teste, 2009."
    runs = _runs(entry, ("author", "MOREIRA da SILVA, R. Estresse celular: mitocôndrias, autofagia e resistência"),
                 ("pubplace", "Porto Alegre, RS"), ("publisher", "Editora Teste"), ("date", "2009"))
    reference_crf._title_in_authors(entry, runs)
    assert _texts(entry, runs)[:2] == [("author", "MOREIRA da SILVA, R."),
                                       ("title", "Estresse celular: mitocôndrias, autofagia e resistência")]


def test_surname_first_author_then_a_title_with_an_accented_second_letter():
    entry = "FERREIRA, L. Células-tronco e autofagia: uma revisão. São Paulo: Editora Teste, 2012."
    runs = _runs(entry, ("author", "FERREIRA, L. Células-tronco e autofagia: uma revisão"),
                 ("pubplace", "São Paulo"), ("publisher", "Editora Teste"), ("date", "2012"))
    reference_crf._title_in_authors(entry, runs)
    assert _texts(entry, runs)[:2] == [("author", "FERREIRA, L."), ("title", "Células-tronco e autofagia: uma revisão")]


def test_title_cut_inside_a_version_number_keeps_it():
    entry = "Haldane K, Moreau L. The CellCount toolkit for mitophagy images, version 3.4. Test Software Notes, 12(2), 2015."
    runs = _runs(entry, ("author", "Haldane K, Moreau L"), ("title", "The CellCount toolkit for mitophagy images, version 3"),
                 ("issue", "4"), ("journal", "Test Software Notes"))
    rt.word_cut_title(entry, runs)
    assert _texts(entry, runs)[1:3] == [("title", "The CellCount toolkit for mitophagy images, version 3.4"),
                                        ("journal", "Test Software Notes")]


# -- the makers' names the title ran on into ----------------------------------------------------

def test_by_and_its_names_after_the_title_are_no_part_of_it():
    entry = "A catalogue of laboratory glassware, by Henry Moreau and Company, instrument makers to the Leiden Hospital. 1872. Leiden."
    runs = _runs(entry, ("title", "A catalogue of laboratory glassware, by Henry Moreau and Company, instrument makers to the Leiden Hospital"),
                 ("date", "1872"))
    rt.maker_in_title(entry, runs)
    assert _texts(entry, runs)[0] == ("title", "A catalogue of laboratory glassware")
    entry = "Cultiver des cellules résistantes au laboratoire. Sous la direction de Lucie Moreau et Anne Haldane. Éditions de Test, 2017"
    runs = _runs(entry, ("title", "Cultiver des cellules résistantes au laboratoire. Sous la direction de Lucie Moreau et Anne Haldane"))
    rt.maker_in_title(entry, runs)
    assert _texts(entry, runs)[0] == ("title", "Cultiver des cellules résistantes au laboratoire")


def test_by_inside_a_title_stays():
    entry = "Okafor A. Resistance, by hook or by crook: mitophagy in tumours. J Test 3, 1-9 (1990)."
    runs = _runs(entry, ("author", "Okafor A."), ("title", "Resistance, by hook or by crook: mitophagy in tumours"))
    rt.maker_in_title(entry, runs)
    assert _texts(entry, runs)[1] == ("title", "Resistance, by hook or by crook: mitophagy in tumours")


# -- a group author closing the list, a status closing the title, a report's institution -------

def test_group_author_closing_the_list_goes_back_from_the_title():
    entry = "Haldane KT, Moreau PL, Sato N, for the Nordic Mitophagy Trials Group. Response to second-line therapy in resistant tumours. Test Clin Oncol 2012; 30:115-123."
    runs = _runs(entry, ("author", "Haldane KT, Moreau PL, Sato N"),
                 ("title", "for the Nordic Mitophagy Trials Group. Response to second-line therapy in resistant tumours"))
    rt.group_opens_title(entry, runs)
    assert _texts(entry, runs)[:2] == [("author", "Haldane KT, Moreau PL, Sato N, for the Nordic Mitophagy Trials Group"),
                                       ("title", "Response to second-line therapy in resistant tumours")]
    entry = "Haldane K, Moreau L; EMRS Imaging Working Group. Bladder cancer: recommendations for resistant disease. Ann Test 2016;27:9-14."
    runs = _runs(entry, ("author", "Haldane K, Moreau L"), ("title", "EMRS Imaging Working Group. Bladder cancer: recommendations for resistant disease"))
    rt.group_opens_title(entry, runs)
    assert _texts(entry, runs)[1] == ("title", "Bladder cancer: recommendations for resistant disease")


def test_title_opening_with_a_group_word_after_a_comma_stays():
    entry = "Haldane K, Moreau L, Mitophagy in the Study Group. Resistance seen again. Ann Test 2016;27:9-14."
    runs = _runs(entry, ("author", "Haldane K, Moreau L"), ("title", "Mitophagy in the Study Group. Resistance seen again"))
    rt.group_opens_title(entry, runs)
    assert _texts(entry, runs)[1][1].startswith("Mitophagy")


def test_status_after_the_titles_last_comma_is_cut():
    entry = "K. Haldane and F. Moreau, Counting receptors on damaged mitochondria, manuscript, Institute of Test Biology, Oslo, 2008."
    runs = _runs(entry, ("author", "K. Haldane and F. Moreau"), ("title", "Counting receptors on damaged mitochondria, manuscript"))
    rt.status_closing_title(entry, runs)
    assert _texts(entry, runs)[1] == ("title", "Counting receptors on damaged mitochondria")


def test_vancouver_name_closed_by_a_colon_goes_back_to_the_authors():
    entry = "Haldane L, Moreau KT, Ortega-Sanz P: Acetylation of mitophagy receptors in resistant cells. Test Oncol 22:311-318, 2009."
    runs = _runs(entry, ("author", "Haldane L, Moreau KT"), ("title", "Ortega-Sanz P: Acetylation of mitophagy receptors in resistant cells"))
    rt.vancouver_name_in_title(entry, runs)
    assert _texts(entry, runs)[1] == ("title", "Acetylation of mitophagy receptors in resistant cells")


def test_report_institution_before_its_kind_is_cut_off_the_title():
    entry = ("K. Haldane and T. Moreau. Sorting damaged mitochondria: A survey. Institute for Cell Imaging "
             "Technical Report ICI-TR-31, Test University, May 2007.")
    runs = _runs(entry, ("author", "K. Haldane and T. Moreau"),
                 ("title", "Sorting damaged mitochondria: A survey. Institute for Cell Imaging"), ("idno", "ICI-TR-31"))
    rt.report_in_title(entry, runs)
    assert _texts(entry, runs)[1] == ("title", "Sorting damaged mitochondria: A survey")


def test_cjk_journal_after_the_titles_period_or_ideographic_comma():
    parts = _Parts(authors="易明", title="線粒體自噬研究. 東海腫瘤 研究")
    _journal_from_title(parts)
    assert (parts.title, parts.journal) == ("線粒體自噬研究", "東海腫瘤 研究")
    parts = _Parts(authors="山田 花子", title="ミトコンドリア分解と薬剤耐性の関係、細胞誌")
    _journal_from_title(parts)
    assert (parts.title, parts.journal) == ("ミトコンドリア分解と薬剤耐性の関係", "細胞誌")


# -- a journal name (from the venue gazetteer) the title ran on into without a period -----------

def _gazetteer(monkeypatch, *names):
    index = reference_crf.venue_index(names)
    monkeypatch.setattr(reference_crf, "_venues", lambda: index)


def test_whole_journal_name_closing_a_sentence_case_title_is_the_journal(monkeypatch):
    _gazetteer(monkeypatch, "mitophagy research", "development")
    entry = "Haldane TL, Moreau KB. Notch signalling controls mitophagy in resistant lung cells Mitophagy Research 2014; 9:311-320."
    runs = _runs(entry, ("author", "Haldane TL, Moreau KB"),
                 ("title", "Notch signalling controls mitophagy in resistant lung cells Mitophagy Research"), ("date", "2014"))
    rt.venue_tail_in_title(entry, runs)
    assert _texts(entry, runs)[1:3] == [("title", "Notch signalling controls mitophagy in resistant lung cells"),
                                        ("journal", "Mitophagy Research")]


def test_journal_head_glued_to_the_titles_last_word_goes_to_the_journal(monkeypatch):
    _gazetteer(monkeypatch, "nucl instrum methods phys res a")
    entry = "Haldane K and Moreau L 2011 Silicon pixel sensors for imaging cells in thin layersNucl .Instrum .Methods Phys .Res .A 652 118 -24"
    runs = _runs(entry, ("author", "Haldane K and Moreau L"), ("date", "2011"),
                 ("title", "Silicon pixel sensors for imaging cells in thin layersNucl"), ("journal", "Instrum .Methods Phys .Res .A"))
    rt.venue_tail_in_title(entry, runs)
    assert _texts(entry, runs)[2:4] == [("title", "Silicon pixel sensors for imaging cells in thin layers"),
                                        ("journal", "Nucl .Instrum .Methods Phys .Res .A")]


def test_title_case_title_keeps_its_last_words(monkeypatch):
    _gazetteer(monkeypatch, "development")
    entry = "Haldane TL. Mitophagy Signaling In Resistant Lung Cell Development 2014; 9:1-9."
    runs = _runs(entry, ("author", "Haldane TL"), ("title", "Mitophagy Signaling In Resistant Lung Cell Development"), ("date", "2014"))
    rt.venue_tail_in_title(entry, runs)
    assert _texts(entry, runs)[1] == ("title", "Mitophagy Signaling In Resistant Lung Cell Development")


def test_title_words_the_journal_run_took_go_back_to_the_title(monkeypatch):
    _gazetteer(monkeypatch, "j gen virol", "am j obstet gynecol")
    entry = "Haldane LT, Moreau BR. Mitophagy-deficient virus strains isolated from Peru J Gen Virol 2012; 93:1450-1458."
    runs = _runs(entry, ("author", "Haldane LT, Moreau BR"), ("title", "Mitophagy-deficient virus strains isolated from"),
                 ("journal", "Peru J Gen Virol"))
    rt.title_head_in_journal(entry, runs)
    assert _texts(entry, runs)[1:3] == [("title", "Mitophagy-deficient virus strains isolated from Peru"),
                                        ("journal", "J Gen Virol")]
    entry = "Haldane KL, Moreau TN. Mitophagy in pregnancy: friend or foe ? Am J Obstet Gynecol 2015; 212:44-51."
    runs = _runs(entry, ("author", "Haldane KL, Moreau TN"), ("title", "Mitophagy in pregnancy: friend or foe ?"), ("journal", "Am J Obstet Gynecol"))
    rt.title_head_in_journal(entry, runs)
    assert _texts(entry, runs)[2] == ("journal", "Am J Obstet Gynecol")


def test_journal_run_holding_title_then_a_known_journal_name_is_split(monkeypatch):
    _gazetteer(monkeypatch, "lancet", "chem soc")
    entry = "Haldane TK. Mitochondrial myopathy in a child treated with cisplatin Lancet 1988; 2:311-314."
    runs = _runs(entry, ("author", "Haldane TK"), ("journal", "Mitochondrial myopathy in a child treated with cisplatin Lancet"), ("date", "1988"))
    rt.title_in_journal_by_name(entry, runs)
    assert _texts(entry, runs)[1:3] == [("title", "Mitochondrial myopathy in a child treated with cisplatin"), ("journal", "Lancet")]
    entry = "L. M. HALDANE et R. T. MOREAU. J. Am. Chem. Soc. 71, 2204 (1949)."
    runs = _runs(entry, ("author", "L. M. HALDANE et R. T. MOREAU"), ("journal", "J. Am. Chem. Soc."), ("volume", "71"))
    rt.title_in_journal_by_name(entry, runs)
    assert _texts(entry, runs)[1] == ("journal", "J. Am. Chem. Soc.")


def test_cjk_title_and_journal_in_one_journal_run_are_split():
    entry = "王芳. 线粒体自噬抑制剂逆转肿瘤耐药的研究. 东海肿瘤医学 2019;26(4):233-8."
    runs = _runs(entry, ("author", "王芳"), ("journal", "线粒体自噬抑制剂逆转肿瘤耐药的研究. 东海肿瘤医学"), ("date", "2019"))
    rt.title_in_journal_by_name(entry, runs)
    assert _texts(entry, runs)[1:3] == [("title", "线粒体自噬抑制剂逆转肿瘤耐药的研究"), ("journal", "东海肿瘤医学")]


def test_identifier_word_closing_the_title_is_cut():
    for tail in ("arXiv", " arXiv", ". Available from:"):
        entry = f"T. Haldane, L. Moreau, Fast tracking of mitophagy with Graph Neural Networks{tail} :2104.05512."
        title = f"Fast tracking of mitophagy with Graph Neural Networks{tail}".rstrip(" :")
        runs = _runs(entry, ("author", "T. Haldane, L. Moreau"), ("title", title))
        rt.dangling_in(entry, runs)
        assert _texts(entry, runs)[1] == ("title", "Fast tracking of mitophagy with Graph Neural Networks")


def test_venue_after_a_question_mark_closing_the_title():
    from pipeline.ingest import reference_venues as rv

    entry = "Haldane, P. K., and Moreau, L. Imaging mitophagy: How small can a probe get? In Conference on Cell Imaging Methods, 2019."
    runs = _runs(entry, ("author", "Haldane, P. K., and Moreau, L."),
                 ("title", "Imaging mitophagy: How small can a probe get? In Conference on Cell Imaging Methods"), ("date", "2019"))
    rv.venue_in_title(entry, runs)
    assert _texts(entry, runs)[1:3] == [("title", "Imaging mitophagy: How small can a probe get?"),
                                        ("booktitle", "Conference on Cell Imaging Methods")]


def test_two_word_title_in_sentence_case_is_split_from_the_journal_run():
    # session 12 (reftitle12): a short title in sentence case before the journal in one journal run
    text = "Haas OA. Mitophagy revisited. Clin Test Dis (1994) 19:823-833."
    found = _runs(text, ("author", "Haas OA"), ("journal", "Mitophagy revisited. Clin Test Dis"), ("date", "1994"),
                  ("volume", "19"), ("pages", "823-833"))
    rt.title_in_journal(text, found)
    assert _fields(text, found)["title"] == "Mitophagy revisited"
    assert _fields(text, found)["journal"] == "Clin Test Dis"


def test_two_capitalised_words_of_an_abbreviated_journal_stay_one_journal():
    text = "Haas OA. Test Biol. Rep. 19 (1994) 823-833."
    found = _runs(text, ("author", "Haas OA"), ("journal", "Test Biol. Rep."), ("volume", "19"), ("date", "1994"))
    rt.title_in_journal(text, found)
    assert [lab for lab, _s, _e in found] == ["author", "journal", "volume", "date"]
