"""Repairs of the reference CRF's runs around the title (pipeline/ingest/reference_titles.py,
session 9), one test per class, on entries written for the test. Each repair is checked on runs
shaped like the CRF's slip for such an entry, so the test does not depend on the model slipping;
the guards are checked on entries the repair must leave alone."""

from __future__ import annotations

from pipeline.ingest import reference_crf, reference_titles as rt
from pipeline.ingest.references import _journal_from_title, _Parts


def _runs(text: str, *pieces: tuple[str, str]) -> list[tuple[str, int, int]]:
    """Runs (label, start, end) from (label, exact substring) pairs, in order."""
    out, pos = [], 0
    for label, piece in pieces:
        start = text.index(piece, pos)
        out.append((label, start, start + len(piece)))
        pos = start + len(piece)
    return out


def _texts(text: str, runs) -> list[tuple[str, str]]:
    return [(label, text[s:e]) for label, s, e in runs]


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
    entry = "Okafor RT, Lindqvist AB: Receptor control of mitophagy in resistant cells. Curr Test Biol 7:465-471, 1995."
    runs = _runs(entry, ("author", "Okafor RT, Lindqvist AB"),
                 ("journal", "Receptor control of mitophagy in resistant cells. Curr Test Biol"), ("volume", "7"))
    rt.title_in_journal(entry, runs)
    assert _texts(entry, runs)[1:3] == [("title", "Receptor control of mitophagy in resistant cells"),
                                        ("journal", "Curr Test Biol")]


def test_quoted_title_in_a_journal_run_ends_at_its_closing_quote():
    entry = "A. Okafor and B. Lindqvist, 'Deep Mitophagy Nets,' Advances in Test Processing Systems 27, 2014."
    runs = _runs(entry, ("author", "A. Okafor and B. Lindqvist"),
                 ("journal", "Deep Mitophagy Nets,' Advances in Test Processing Systems"), ("volume", "27"))
    rt.title_in_journal(entry, runs)
    assert _texts(entry, runs)[1:3] == [("title", "Deep Mitophagy Nets"), ("journal", "Advances in Test Processing Systems")]


def test_abbreviated_journal_with_periods_is_not_split():
    for journal in ("J. Am. Chem. Soc", "Mon. Not. R. Astron. Soc", "Journal f. prakt. Chemie", "Top. Curr. Chem"):
        entry = f"K. W. OKAFOR et S. W. LINDQVIST. {journal}. 86, 5420 (1964);"
        runs = _runs(entry, ("author", "K. W. OKAFOR et S. W. LINDQVIST"), ("journal", journal), ("volume", "86"))
        rt.title_in_journal(entry, runs)
        assert _texts(entry, runs)[1] == ("journal", journal)


# -- a dangling "In" closing the title ----------------------------------------------------------

def test_in_opening_the_venue_is_cut_off_the_title():
    entry = ("T. Okafor and M. Lindqvist. Toward ideal mitophagy assays. In R. Berg and P. Ito, editors, "
             "Proceedings of the 8th Symposium on Autophagy, pages 131-138. IEEE, 1987.")
    runs = _runs(entry, ("author", "T. Okafor and M. Lindqvist"), ("title", "Toward ideal mitophagy assays. In"),
                 ("booktitle", "Proceedings of the 8th Symposium on Autophagy"))
    rt.dangling_in(entry, runs)
    assert _texts(entry, runs)[1] == ("title", "Toward ideal mitophagy assays")


def test_title_ending_in_a_word_with_in_keeps_it():
    entry = "T. Okafor. Mitophagy as seen from within. J Test Biol 3, 1-9 (1990)."
    runs = _runs(entry, ("author", "T. Okafor"), ("title", "Mitophagy as seen from within"))
    rt.dangling_in(entry, runs)
    assert _texts(entry, runs)[1] == ("title", "Mitophagy as seen from within")


# -- the last Vancouver name taken for the title's head -----------------------------------------

def test_last_vancouver_name_opening_the_title_goes_back_to_the_authors():
    entry = "Okafor JA, Lindqvist FS, Berg-Ito D. Loss of mitophagy in resistant cells. Test Onc 1994; 9:1885-1889."
    runs = _runs(entry, ("author", "Okafor JA, Lindqvist FS"), ("title", "Berg-Ito D. Loss of mitophagy in resistant cells"))
    rt.vancouver_name_in_title(entry, runs)
    assert _texts(entry, runs)[:2] == [("author", "Okafor JA, Lindqvist FS, Berg-Ito D."),
                                       ("title", "Loss of mitophagy in resistant cells")]


def test_title_opening_with_a_capitalised_phrase_stays_the_title():
    entry = "Okafor JA, Lindqvist FS, Mitophagy in Cancer A. Review of resistance. Test Onc 1994; 9:1-9."
    runs = _runs(entry, ("author", "Okafor JA, Lindqvist FS"), ("title", "Mitophagy in Cancer A. Review of resistance"))
    rt.vancouver_name_in_title(entry, runs)
    assert _texts(entry, runs)[1][0] == "title" and _texts(entry, runs)[1][1].startswith("Mitophagy")


def test_vancouver_list_with_a_lowercase_particle_ends_at_its_last_initials():
    entry = "Okafor R, van der Berg PH, Lindqvist H. Cloning, expression and purification of a receptor. Test Enzymol 1986; 119:453-464."
    runs = _runs(entry, ("author", "Okafor R, van der Berg PH, Lindqvist H. Cloning"),
                 ("title", "expression and purification of a receptor"))
    reference_crf._title_after_vancouver_names(entry, runs)
    assert _texts(entry, runs)[:2] == [("author", "Okafor R, van der Berg PH, Lindqvist H."),
                                       ("title", "Cloning, expression and purification of a receptor")]


# -- a report the title ran on into -------------------------------------------------------------

def test_report_after_the_year_is_cut_off_the_title():
    entry = "Okafor, A., Berg, H.P. Mitophagy data analysis: using neural networks 1989 Technical Report 329 University of Testing"
    runs = _runs(entry, ("author", "Okafor, A., Berg, H.P."),
                 ("title", "Mitophagy data analysis: using neural networks 1989 Technical Report 329 University of Testing"))
    rt.report_in_title(entry, runs)
    assert _texts(entry, runs)[1:3] == [("title", "Mitophagy data analysis: using neural networks"), ("date", "1989")]


def test_report_named_inside_the_title_stays():
    entry = "Okafor, A. A technical report standard for mitophagy assays. J Test 3, 1-9 (1990)."
    runs = _runs(entry, ("author", "Okafor, A."), ("title", "A technical report standard for mitophagy assays"))
    rt.report_in_title(entry, runs)
    assert _texts(entry, runs)[1] == ("title", "A technical report standard for mitophagy assays")


# -- a proceedings volume cited whole keeps its abbreviated name -------------------------------

def test_abbreviated_venue_standing_as_title_is_not_cut_into_title_and_journal():
    for venue in ("Proc. Natl. Acad. Sci. USA", "Proc. 34th Int. Cosmic Ray Conference (ICRC2015)"):
        parts = _Parts(authors="Okafor, et al.", title=venue)
        _journal_from_title(parts)
        assert (parts.title, parts.journal) == (venue, "")
    parts = _Parts(authors="Okafor A", title="Receptor control of mitophagy. Autophagy")
    _journal_from_title(parts)
    assert (parts.title, parts.journal) == ("Receptor control of mitophagy", "Autophagy")


# -- a long or comma-holding journal name the title ran on into ---------------------------------

def test_long_journal_name_after_the_titles_period_is_the_journal():
    parts = _Parts(authors="Okafor DS, Berg MM", title="Mitophagy in resistant cells of the lung. "
                   "Practical Clinical J of Integrated Test and Western Oncology")
    _journal_from_title(parts)
    assert (parts.title, parts.journal) == ("Mitophagy in resistant cells of the lung",
                                            "Practical Clinical J of Integrated Test and Western Oncology")
    parts = _Parts(authors="Okafor, A.", title="Receptors and mitophagy in resistance. Fast Testing, Test Brands and Sustainable Assays")
    _journal_from_title(parts)
    assert parts.journal == "Fast Testing, Test Brands and Sustainable Assays"


def test_subtitle_in_prose_after_the_titles_period_stays_in_the_title():
    parts = _Parts(authors="Okafor A", title="Mitophagy and resistance. a review of what the receptors do in tumours")
    _journal_from_title(parts)
    assert parts.journal == ""


def test_journal_name_with_a_comma_gets_back_its_first_part_from_the_title():
    entry = "Okafor P. 1902. Synopsis des mitophagies palearctiques. L'Abeille, Journal d'Autophagie, Paris 30:105-136."
    runs = _runs(entry, ("author", "Okafor P."), ("date", "1902"),
                 ("title", "Synopsis des mitophagies palearctiques. L'Abeille"), ("journal", "Journal d'Autophagie"))
    rt.journal_head_in_title(entry, runs)
    assert _texts(entry, runs)[2:4] == [("title", "Synopsis des mitophagies palearctiques"),
                                        ("journal", "L'Abeille, Journal d'Autophagie")]


def test_abbreviation_inside_the_title_is_no_sentence_break():
    entry = "H. Okafor, Uber die Verteilung von Rezeptoren mod. Eins, Math. Ann. 77 (1916), no. 3, 313-352."
    runs = _runs(entry, ("author", "H. Okafor"), ("title", "Uber die Verteilung von Rezeptoren mod. Eins"), ("journal", "Math. Ann."))
    rt.journal_head_in_title(entry, runs)
    assert _texts(entry, runs)[1] == ("title", "Uber die Verteilung von Rezeptoren mod. Eins")


# -- a title broken after a function word or inside a word --------------------------------------

def test_title_ending_on_a_function_word_runs_on_to_the_journal():
    entry = "M. Okafor, B. Berg, and M. Ito, Exclusive mitophagy receptors of D, D s , and B cells, Z. Test. C34 (1987) 103."
    runs = _runs(entry, ("author", "M. Okafor, B. Berg, and M. Ito"), ("title", "Exclusive mitophagy receptors of"),
                 ("pages", "D s"), ("journal", "Z. Test. C"), ("volume", "34"), ("date", "1987"))
    rt.unfinished_title(entry, runs)
    assert _texts(entry, runs)[1:3] == [("title", "Exclusive mitophagy receptors of D, D s , and B cells"),
                                        ("journal", "Z. Test. C")]


def test_title_ending_on_a_function_word_before_a_sentence_break_is_left():
    entry = "M. Okafor. Receptors of. Mitophagy in depth. Z. Test. C34 (1987) 103."
    runs = _runs(entry, ("author", "M. Okafor"), ("title", "Receptors of"), ("booktitle", "Mitophagy in depth"))
    rt.unfinished_title(entry, runs)
    assert _texts(entry, runs)[1] == ("title", "Receptors of")


def test_title_cut_inside_a_gene_name_keeps_the_word():
    entry = "Okafor JA, Berg FS. Escape from mitophagy induced directly by mutant p53 Oncogene 1994; 9:1885-1889."
    runs = _runs(entry, ("author", "Okafor JA, Berg FS"), ("title", "Escape from mitophagy induced directly by mutant p"),
                 ("pages", "53"), ("journal", "Oncogene"))
    rt.word_cut_title(entry, runs)
    assert _texts(entry, runs)[1:3] == [("title", "Escape from mitophagy induced directly by mutant p53"), ("journal", "Oncogene")]


def test_journal_glued_to_its_volume_is_not_a_title_repair():
    entry = "S. Okafor, Mitophagy in strings, Phys.Lett.B437 (1998)."
    runs = _runs(entry, ("author", "S. Okafor"), ("title", "Mitophagy in strings"), ("journal", "Phys.Lett.B"), ("volume", "437"))
    rt.word_cut_title(entry, runs)
    assert _texts(entry, runs)[2:] == [("journal", "Phys.Lett.B"), ("volume", "437")]


def test_last_initials_first_surname_across_the_initials_period_goes_to_the_authors():
    entry = "Z. Okafor, N. Berg, and S. Lindqvist Realizing mitophagy in resistant cells, Test Rev. D 75 (2007)"
    runs = _runs(entry, ("author", "Z. Okafor, N. Berg, and S"), ("title", "Lindqvist Realizing mitophagy in resistant cells"),
                 ("journal", "Test Rev. D"))
    reference_crf._repair_runs(entry, runs)
    assert _texts(entry, runs)[:2] == [("author", "Z. Okafor, N. Berg, and S. Lindqvist"),
                                       ("title", "Realizing mitophagy in resistant cells")]


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

    entry = "Okafor, D. H. &Berg ,A .L .Single-shot mitophagy imaging approach . InConference on Lasers and Autophagy ,CMK6(Test Society, 2010 ) ."
    runs = _runs(entry, ("author", "Okafor, D. H. &Berg ,A .L ."),
                 ("title", "Single-shot mitophagy imaging approach . InConference on Lasers and Autophagy"), ("idno", "CMK6"))
    rv.venue_in_title(entry, runs)
    assert _texts(entry, runs)[1:3] == [("title", "Single-shot mitophagy imaging approach"),
                                        ("booktitle", "Conference on Lasers and Autophagy")]


def test_meeting_word_after_the_titles_comma_opens_the_venue():
    from pipeline.ingest import reference_venues as rv

    entry = "Okafor C., Berg A., Il recupero della gru idraulica di Venezia, XXIII Italian Steel Conference, Lacco Ameno, Octobre 9-10 2011;"
    runs = _runs(entry, ("author", "Okafor C., Berg A."),
                 ("booktitle", "Il recupero della gru idraulica di Venezia, XXIII Italian Steel Conference"), ("pubplace", "Lacco Ameno"))
    rv.venue_in_title(entry, runs)
    assert _texts(entry, runs)[1:3] == [("title", "Il recupero della gru idraulica di Venezia"),
                                        ("booktitle", "XXIII Italian Steel Conference")]
    entry = "Okafor C. Indium mitophagy, InGaAs receptors and resistance. J Test 3, 1-9 (2011)."
    runs = _runs(entry, ("author", "Okafor C."), ("title", "Indium mitophagy, InGaAs receptors and resistance"))
    rv.venue_in_title(entry, runs)
    assert _texts(entry, runs)[1] == ("title", "Indium mitophagy, InGaAs receptors and resistance")


# -- a collaboration taken for the title; a title the CRF left untagged -------------------------

def test_collaboration_after_the_authors_is_an_author_not_the_title():
    entry = "Okafor, C.Y., et al.: SLAC-E999 Collaboration. Test Lett. B 84, 524 (1979)"
    runs = _runs(entry, ("author", "Okafor, C.Y., et al."), ("title", "SLAC-E999 Collaboration"), ("journal", "Test Lett. B"))
    rt.group_as_title(entry, runs)
    assert _texts(entry, runs)[1] == ("author", "SLAC-E999 Collaboration")
    entry = "Okafor, C.Y. Mitophagy collaboration in resistant cells. Test Lett. B 84, 524 (1979)"
    runs = _runs(entry, ("author", "Okafor, C.Y."), ("title", "Mitophagy collaboration in resistant cells"))
    rt.group_as_title(entry, runs)
    assert _texts(entry, runs)[1][0] == "title"


def test_untagged_words_between_authors_and_place_are_the_title():
    entry = "C.R. Okafor, The “Receptor”, the “Cargo”, and the Mitophagy Tradition, New York 1966."
    runs = _runs(entry, ("author", "C.R. Okafor"), ("pubplace", "New York"), ("date", "1966"))
    rt.untagged_title(entry, runs)
    assert _texts(entry, runs)[1] == ("title", "The “Receptor”, the “Cargo”, and the Mitophagy Tradition")
    entry = "Ada Okafor « Collections / mitophagies », Strasbourg, 3-4 octobre 2013."
    runs = _runs(entry, ("author", "Ada Okafor"), ("pubplace", "Strasbourg"), ("date", "3-4 octobre 2013"))
    rt.untagged_title(entry, runs)
    assert _texts(entry, runs)[1] == ("title", "Collections / mitophagies")


def test_a_status_between_authors_and_date_is_no_title():
    entry = "C. Okafor and C. Berg, private communication, June 2017"
    runs = _runs(entry, ("author", "C. Okafor and C. Berg"), ("date", "June 2017"))
    rt.untagged_title(entry, runs)
    assert [lab for lab, _t in _texts(entry, runs)] == ["author", "date"]


def test_surname_first_author_with_a_particle_then_the_title():
    entry = "OKAFOR e SOUZA, S. Infância e mitofagia: receptores, carga e resistência. Campinas, SP: Papirus, 1994."
    runs = _runs(entry, ("author", "OKAFOR e SOUZA, S. Infância e mitofagia: receptores, carga e resistência"),
                 ("pubplace", "Campinas, SP"), ("publisher", "Papirus"), ("date", "1994"))
    reference_crf._title_in_authors(entry, runs)
    assert _texts(entry, runs)[:2] == [("author", "OKAFOR e SOUZA, S."),
                                       ("title", "Infância e mitofagia: receptores, carga e resistência")]


def test_title_cut_inside_a_version_number_keeps_it():
    entry = "Okafor P, Berg S (Editors). Report on the Mitophagy Assay Language, version 1.2. Test SIGPLAN Notices, 27(5), 1992."
    runs = _runs(entry, ("author", "Okafor P, Berg S"), ("title", "Report on the Mitophagy Assay Language, version 1"),
                 ("issue", "2"), ("journal", "Test SIGPLAN Notices"))
    rt.word_cut_title(entry, runs)
    assert _texts(entry, runs)[1:3] == [("title", "Report on the Mitophagy Assay Language, version 1.2"),
                                        ("journal", "Test SIGPLAN Notices")]


# -- the makers' names the title ran on into ----------------------------------------------------

def test_by_and_its_names_after_the_title_are_no_part_of_it():
    entry = "A specimen of mitophagy assays, by Joseph Okafor and Sons, assay-makers to the Prince of Wales. 1786. London."
    runs = _runs(entry, ("title", "A specimen of mitophagy assays, by Joseph Okafor and Sons, assay-makers to the Prince of Wales"),
                 ("date", "1786"))
    rt.maker_in_title(entry, runs)
    assert _texts(entry, runs)[0] == ("title", "A specimen of mitophagy assays")
    entry = "Intégrer des ressources numériques sur la mitophagie. Sous la direction de Ada Okafor et Pauline Berg. Presses de Test, 2014"
    runs = _runs(entry, ("title", "Intégrer des ressources numériques sur la mitophagie. Sous la direction de Ada Okafor et Pauline Berg"))
    rt.maker_in_title(entry, runs)
    assert _texts(entry, runs)[0] == ("title", "Intégrer des ressources numériques sur la mitophagie")


def test_by_inside_a_title_stays():
    entry = "Okafor A. Resistance, by hook or by crook: mitophagy in tumours. J Test 3, 1-9 (1990)."
    runs = _runs(entry, ("author", "Okafor A."), ("title", "Resistance, by hook or by crook: mitophagy in tumours"))
    rt.maker_in_title(entry, runs)
    assert _texts(entry, runs)[1] == ("title", "Resistance, by hook or by crook: mitophagy in tumours")


# -- a group author closing the list, a status closing the title, a report's institution -------

def test_group_author_closing_the_list_goes_back_from_the_title():
    entry = "Okafor SD, Berg DJ, Ito S, for the Canadian Mitophagy Study Group. Outcome assessment in resistant tumours. Test Clin Trials 1997; 18:27-42."
    runs = _runs(entry, ("author", "Okafor SD, Berg DJ, Ito S"),
                 ("title", "for the Canadian Mitophagy Study Group. Outcome assessment in resistant tumours"))
    rt.group_opens_title(entry, runs)
    assert _texts(entry, runs)[:2] == [("author", "Okafor SD, Berg DJ, Ito S, for the Canadian Mitophagy Study Group"),
                                       ("title", "Outcome assessment in resistant tumours")]
    entry = "Okafor M, Berg D; ESMO Mitophagy Working Group. Oesophageal cancer: guidelines for resistance. Ann Test 2013;24:1-6."
    runs = _runs(entry, ("author", "Okafor M, Berg D"), ("title", "ESMO Mitophagy Working Group. Oesophageal cancer: guidelines for resistance"))
    rt.group_opens_title(entry, runs)
    assert _texts(entry, runs)[1] == ("title", "Oesophageal cancer: guidelines for resistance")


def test_title_opening_with_a_group_word_after_a_comma_stays():
    entry = "Okafor M, Berg D, Mitophagy in the Study Group. A new look at resistance. Ann Test 2013;24:1-6."
    runs = _runs(entry, ("author", "Okafor M, Berg D"), ("title", "Mitophagy in the Study Group. A new look at resistance"))
    rt.group_opens_title(entry, runs)
    assert _texts(entry, runs)[1][1].startswith("Mitophagy")


def test_status_after_the_titles_last_comma_is_cut():
    entry = "C. Okafor and F. Berg, A spectral approach to mitophagy receptors, manuscript, Institut fur Testing, Graz, 1993."
    runs = _runs(entry, ("author", "C. Okafor and F. Berg"), ("title", "A spectral approach to mitophagy receptors, manuscript"))
    rt.status_closing_title(entry, runs)
    assert _texts(entry, runs)[1] == ("title", "A spectral approach to mitophagy receptors")


def test_vancouver_name_closed_by_a_colon_goes_back_to_the_authors():
    entry = "Okafor A, Berg YS, Ito-y-Lopez R: Methylation of mitophagy receptors in resistant cells. Oncogene 19:4066-4070, 2000."
    runs = _runs(entry, ("author", "Okafor A, Berg YS"), ("title", "Ito-y-Lopez R: Methylation of mitophagy receptors in resistant cells"))
    rt.vancouver_name_in_title(entry, runs)
    assert _texts(entry, runs)[1] == ("title", "Methylation of mitophagy receptors in resistant cells")


def test_report_institution_before_its_kind_is_cut_off_the_title():
    entry = ("W. Okafor and B. G. Berg. Mitophagy with and without receptors: A taxonomy. Center for Testing Aids "
             "Technical Report CAIP-TR-125, Test University, September 1990.")
    runs = _runs(entry, ("author", "W. Okafor and B. G. Berg"),
                 ("title", "Mitophagy with and without receptors: A taxonomy. Center for Testing Aids"), ("idno", "CAIP-TR-125"))
    rt.report_in_title(entry, runs)
    assert _texts(entry, runs)[1] == ("title", "Mitophagy with and without receptors: A taxonomy")


def test_cjk_journal_after_the_titles_period_or_ideographic_comma():
    parts = _Parts(authors="易明", title="線粒體自噬研究. 遼寧醫學院 學報")
    _journal_from_title(parts)
    assert (parts.title, parts.journal) == ("線粒體自噬研究", "遼寧醫學院 學報")
    parts = _Parts(authors="齋藤 忍", title="傾斜軸受で支持された回轉軸の安定性、機論")
    _journal_from_title(parts)
    assert (parts.title, parts.journal) == ("傾斜軸受で支持された回轉軸の安定性", "機論")


# -- a journal name (from the venue gazetteer) the title ran on into without a period -----------

def _gazetteer(monkeypatch, *names):
    index = reference_crf.venue_index(names)
    monkeypatch.setattr(reference_crf, "_venues", lambda: index)


def test_whole_journal_name_closing_a_sentence_case_title_is_the_journal(monkeypatch):
    _gazetteer(monkeypatch, "mitophagy research", "development")
    entry = "Okafor RA, Berg JS. Delta signaling mediates mitophagy in resistant lung cells Mitophagy Research 2000; 127:2873-2882."
    runs = _runs(entry, ("author", "Okafor RA, Berg JS"),
                 ("title", "Delta signaling mediates mitophagy in resistant lung cells Mitophagy Research"), ("date", "2000"))
    rt.venue_tail_in_title(entry, runs)
    assert _texts(entry, runs)[1:3] == [("title", "Delta signaling mediates mitophagy in resistant lung cells"),
                                        ("journal", "Mitophagy Research")]


def test_journal_head_glued_to_the_titles_last_word_goes_to_the_journal(monkeypatch):
    _gazetteer(monkeypatch, "nucl instrum methods phys res a")
    entry = "Okafor G and Berg A 2005 Monolithic mitophagy receptors in resistant bladesNucl .Instrum .Methods Phys .Res .A 540 502 -19"
    runs = _runs(entry, ("author", "Okafor G and Berg A"), ("date", "2005"),
                 ("title", "Monolithic mitophagy receptors in resistant bladesNucl"), ("journal", "Instrum .Methods Phys .Res .A"))
    rt.venue_tail_in_title(entry, runs)
    assert _texts(entry, runs)[2:4] == [("title", "Monolithic mitophagy receptors in resistant blades"),
                                        ("journal", "Nucl .Instrum .Methods Phys .Res .A")]


def test_title_case_title_keeps_its_last_words(monkeypatch):
    _gazetteer(monkeypatch, "development")
    entry = "Okafor RA. Mitophagy Signaling In Resistant Lung Cell Development 2000; 127:1-9."
    runs = _runs(entry, ("author", "Okafor RA"), ("title", "Mitophagy Signaling In Resistant Lung Cell Development"), ("date", "2000"))
    rt.venue_tail_in_title(entry, runs)
    assert _texts(entry, runs)[1] == ("title", "Mitophagy Signaling In Resistant Lung Cell Development")


def test_title_words_the_journal_run_took_go_back_to_the_title(monkeypatch):
    _gazetteer(monkeypatch, "j gen virol", "am j obstet gynecol")
    entry = "Okafor C, Berg H. An aberrant mitophagy receptor revealed in resistant strains from Vietnam J Gen Virol 2000; 81:2267-2272."
    runs = _runs(entry, ("author", "Okafor C, Berg H"), ("title", "An aberrant mitophagy receptor revealed in resistant strains from"),
                 ("journal", "Vietnam J Gen Virol"))
    rt.title_head_in_journal(entry, runs)
    assert _texts(entry, runs)[1:3] == [("title", "An aberrant mitophagy receptor revealed in resistant strains from Vietnam"),
                                        ("journal", "J Gen Virol")]
    entry = "Okafor ED, Berg RG. Mitophagy: back to the future ? Am J Obstet Gynecol 1999; 180:513-515."
    runs = _runs(entry, ("author", "Okafor ED, Berg RG"), ("title", "Mitophagy: back to the future ?"), ("journal", "Am J Obstet Gynecol"))
    rt.title_head_in_journal(entry, runs)
    assert _texts(entry, runs)[2] == ("journal", "Am J Obstet Gynecol")


def test_journal_run_holding_title_then_a_known_journal_name_is_split(monkeypatch):
    _gazetteer(monkeypatch, "lancet", "chem soc")
    entry = "Okafor GM. Mitophagy disease in a diabetic child Lancet 1969; 1:1215-1222."
    runs = _runs(entry, ("author", "Okafor GM"), ("journal", "Mitophagy disease in a diabetic child Lancet"), ("date", "1969"))
    rt.title_in_journal_by_name(entry, runs)
    assert _texts(entry, runs)[1:3] == [("title", "Mitophagy disease in a diabetic child"), ("journal", "Lancet")]
    entry = "P. D. OKAFOR et R. R. BERG. J. Am. Chem. Soc. 80, 1398 (1958)."
    runs = _runs(entry, ("author", "P. D. OKAFOR et R. R. BERG"), ("journal", "J. Am. Chem. Soc."), ("volume", "80"))
    rt.title_in_journal_by_name(entry, runs)
    assert _texts(entry, runs)[1] == ("journal", "J. Am. Chem. Soc.")


def test_cjk_title_and_journal_in_one_journal_run_are_split():
    entry = "李明. 中药治疗自噬所致病变的效果. 中国康复理论与实践 2017;23(11):1321-5."
    runs = _runs(entry, ("author", "李明"), ("journal", "中药治疗自噬所致病变的效果. 中国康复理论与实践"), ("date", "2017"))
    rt.title_in_journal_by_name(entry, runs)
    assert _texts(entry, runs)[1:3] == [("title", "中药治疗自噬所致病变的效果"), ("journal", "中国康复理论与实践")]


def test_identifier_word_closing_the_title_is_cut():
    for tail in ("arXiv", " arXiv", ". Available from:"):
        entry = f"B. Okafor, K. Berg, Real-time simulation of mitophagy with Matrix Product States{tail} :1612.00739."
        title = f"Real-time simulation of mitophagy with Matrix Product States{tail}".rstrip(" :")
        runs = _runs(entry, ("author", "B. Okafor, K. Berg"), ("title", title))
        rt.dangling_in(entry, runs)
        assert _texts(entry, runs)[1] == ("title", "Real-time simulation of mitophagy with Matrix Product States")


def test_venue_after_a_question_mark_closing_the_title():
    from pipeline.ingest import reference_venues as rv

    entry = "Okafor, E. M., and Berg, T. On mitophagy: Can receptors be too big? In Conference on Fairness in Testing, 2021."
    runs = _runs(entry, ("author", "Okafor, E. M., and Berg, T."),
                 ("title", "On mitophagy: Can receptors be too big? In Conference on Fairness in Testing"), ("date", "2021"))
    rv.venue_in_title(entry, runs)
    assert _texts(entry, runs)[1:3] == [("title", "On mitophagy: Can receptors be too big?"),
                                        ("booktitle", "Conference on Fairness in Testing")]
