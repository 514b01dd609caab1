"""Repairs of classes of the reference CRF's slips, one test per class, on entries written
for the test. Each repair is checked on the runs the CRF is known to give for such an entry
(so the test does not depend on the model slipping), and the whole parse is checked too."""

from __future__ import annotations

import pytest

from pipeline.ingest import reference_crf
from pipeline.ingest.reference_crf import _repair_runs
from pipeline.ingest.references import _journal_from_title, _Parts, parse_reference
from crf_runs import runs as _runs, texts as _texts


needs_model = pytest.mark.skipif(not reference_crf.available(), reason="models/references/citation.crfsuite absent")


@pytest.mark.parametrize("entry, authors_cut, head", [
    ("Okoro T, Lindahl S. MitoQC: a reporter of mitophagy in living tissue. Autophagy. 2019;15(2):10-20.",
     "Okoro T, Lindahl S. MitoQC", "Okoro T, Lindahl S."),
    ("Varga, B., Ito, K. and Pham, T. H., PARKSCAN: Screening Parkin activators, Mol. Cell 12 (2020) 1-9.",
     "Varga, B., Ito, K. and Pham, T. H., PARKSCAN", "Varga, B., Ito, K. and Pham, T. H."),
])
def test_title_head_before_colon_taken_for_an_author_goes_back_to_the_title(entry, authors_cut, head):
    title = entry.split(": ", 1)[1].split(". ")[0].split(", Mol")[0]
    runs = _runs(entry, ("author", authors_cut), ("title", title))
    _repair_runs(entry, runs)
    got = dict(_texts(entry, runs))
    assert got["author"] == head
    assert got["title"].startswith(authors_cut.split(" ")[-1] + ": ")


@pytest.mark.parametrize("entry", [
    "Osei HM, Varga JS: Cell size tuned uptake of solutes. Curr Opin Cell Biol 9:310-318, 1997.",
    "Moreau, H.: Bounded flows of mixed states. Commun Math Phys 14, 301-322 (1981).",
])
def test_names_with_initials_before_a_colon_stay_authors(entry):
    author = entry.split(":")[0]
    title = entry.split(": ", 1)[1].split(". ")[0]
    runs = _runs(entry, ("author", author), ("title", title))
    _repair_runs(entry, runs)
    assert dict(_texts(entry, runs))["author"] == author


def test_initials_first_author_list_keeps_its_last_surname():
    entry = "A. Mori, K. L. Berg Slow-roll inflation with a modified coupling, Phys. Rev. D 81 (2010) 1-9."
    runs = _runs(entry, ("author", "A. Mori, K. L."), ("title", "Berg Slow-roll inflation with a modified coupling"),
                 ("journal", "Phys. Rev. D"))
    _repair_runs(entry, runs)
    got = dict(_texts(entry, runs))
    assert got["author"] == "A. Mori, K. L. Berg"
    assert got["title"] == "Slow-roll inflation with a modified coupling"


def test_cjk_author_list_cut_before_its_last_names():
    entry = "王明, 李華. 線粒體自噬與腫瘤耐藥. 中華腫瘤雜志. 2019. 41(3)."
    runs = _runs(entry, ("author", "王明"), ("title", "李華. 線粒體自噬與腫瘤耐藥"), ("journal", "中華腫瘤雜志"))
    _repair_runs(entry, runs)
    got = dict(_texts(entry, runs))
    assert got["author"] == "王明, 李華"
    assert got["title"] == "線粒體自噬與腫瘤耐藥"


def test_place_after_the_journal_is_left_out_of_it():
    # GROBID's annotators leave "USA", "(London)", "(N.Y.)" out of the journal more often than not
    entry = "Rao P, Ueda K. Myosin in smooth muscle cells. Proc Natl Acad Sci USA 1979; 76:3310-3316."
    runs = _runs(entry, ("author", "Rao P, Ueda K"), ("title", "Myosin in smooth muscle cells"),
                 ("journal", "Proc Natl Acad Sci"), ("pubplace", "USA"), ("date", "1979"))
    _repair_runs(entry, runs)
    assert dict(_texts(entry, runs))["journal"] == "Proc Natl Acad Sci"


def test_year_in_front_of_the_title_is_the_date():
    entry = "Osei K and Brandt L M 2004 Quantum groups and their representations (Berlin: Springer)"
    runs = _runs(entry, ("author", "Osei K and Brandt L M"), ("title", "2004 Quantum groups and their representations"),
                 ("publisher", "Springer"))
    _repair_runs(entry, runs)
    got = dict(_texts(entry, runs))
    assert got["title"] == "Quantum groups and their representations"
    assert got["date"] == "2004"


def test_journal_only_entry_names_its_journal():
    entry = "Brit J Haematol (2011) 52, 410-418"
    runs = _runs(entry, ("author", "Brit J Haematol"), ("date", "2011"), ("volume", "52"), ("pages", "410-418"))
    _repair_runs(entry, runs)
    assert dict(_texts(entry, runs))["journal"] == "Brit J Haematol"


def test_journal_after_authors_with_no_title_is_the_journal():
    entry = "Okafor T et al, 2001, Bone, 24, 73-79"
    runs = _runs(entry, ("author", "Okafor T et al"), ("date", "2001"), ("pubplace", "Bone"), ("volume", "24"),
                 ("pages", "73-79"))
    _repair_runs(entry, runs)
    got = dict(_texts(entry, runs))
    assert got["journal"] == "Bone" and got["author"] == "Okafor T et al"


def test_author_list_with_no_title_is_not_taken_for_a_journal():
    entry = "T. Okafor et al. (2017) 44, 12-19"
    runs = _runs(entry, ("author", "T. Okafor et al."), ("date", "2017"), ("volume", "44"), ("pages", "12-19"))
    _repair_runs(entry, runs)
    assert "journal" not in dict(_texts(entry, runs))


def test_a_book_publisher_before_its_year_stays_the_publisher():
    entry = "Lund, P. Smooth manifolds and observables. Springer, 2002."
    runs = _runs(entry, ("author", "Lund, P."), ("pubplace", "Springer"), ("date", "2002"))
    _repair_runs(entry, runs)
    assert "journal" not in dict(_texts(entry, runs))


@pytest.mark.parametrize("title, journal, volume, left", [
    ("Model choice for regression on a fixed grid. Probab. Theory Related Fields 117",
     "Probab. Theory Related Fields", "117", "Model choice for regression on a fixed grid"),
    ("線粒體自噬與腫瘤耐藥. 中華腫瘤雜志", "中華腫瘤雜志", "", "線粒體自噬與腫瘤耐藥"),
])
def test_title_that_ran_on_into_the_journal_gives_it_back(title, journal, volume, left):
    parts = _Parts(title=title)
    _journal_from_title(parts)
    assert (parts.title, parts.journal, parts.volume) == (left, journal, volume)


def test_title_with_an_inner_sentence_keeps_it_when_a_journal_was_found():
    parts = _Parts(title="Familial clustering of stroke. The Northfield Study", journal="Stroke")
    _journal_from_title(parts)
    assert parts.title == "Familial clustering of stroke. The Northfield Study"


@needs_model
@pytest.mark.parametrize("entry, authors, title", [
    ("Okoro T, Lindahl S. MitoQC: a reporter of mitophagy in living tissue. Autophagy. 2019;15(2):10-20.",
     ["Okoro T", "Lindahl S"], "MitoQC: a reporter of mitophagy in living tissue"),
    ("A. Mori, K. L. Berg Slow-roll inflation with a modified coupling, Phys. Rev. D 81 (2010) 1-9.",
     ["A. Mori", "K. L. Berg"], "Slow-roll inflation with a modified coupling"),
])
def test_whole_parse_of_repaired_classes(entry, authors, title):
    ref = parse_reference(entry, number=1)
    assert ref.authors == authors
    assert ref.title == title


@pytest.mark.parametrize("entry, author_run, author, title", [
    ("P. Lindqvist, Fluid Mechanics of Soft Tissue (Oxford Univ. Press, Oxford, 1998).",
     "P. Lindqvist, Fluid Mechanics of Soft Tissue", "P. Lindqvist", "Fluid Mechanics of Soft Tissue"),
    ("Okafor, C. N.; Berg, F. Dendrimers in Drug Delivery; Wiley: Weinheim, 2001.",
     "Okafor, C. N.; Berg, F. Dendrimers in Drug Delivery", "Okafor, C. N.; Berg, F.", "Dendrimers in Drug Delivery"),
])
def test_book_title_run_into_the_author_list_is_the_title(entry, author_run, author, title):
    runs = _runs(entry, ("author", author_run), ("publisher", entry.split("(")[-1].split(",")[0] if "(" in entry else "Wiley"))
    _repair_runs(entry, runs)
    got = dict(_texts(entry, runs))
    assert (got["author"], got["title"]) == (author, title)


def test_journal_after_an_initials_first_author_with_no_title_stays_out_of_the_title():
    entry = "K. Novak, Eur. Phys. J. C40, 165 (2005)."
    runs = _runs(entry, ("author", "K. Novak, Eur"), ("journal", "Phys. J."), ("volume", "40"))
    _repair_runs(entry, runs)
    assert "title" not in dict(_texts(entry, runs))


def test_names_then_a_group_author_are_not_a_title():
    entry = "R. Dahl, ALICE Collaboration, Phys. Procedia 37 (2012) 456."
    runs = _runs(entry, ("author", "R. Dahl, ALICE Collaboration"), ("journal", "Phys. Procedia"), ("volume", "37"))
    _repair_runs(entry, runs)
    assert "title" not in dict(_texts(entry, runs))


@pytest.mark.parametrize("title, kept", [
    ("Principles of Optics, 7th edn.", "Principles of Optics"),
    ("Cell Biology by the Numbers, second edition", "Cell Biology by the Numbers"),
    ("Psychological Testing 6th edition", "Psychological Testing 6th edition"),  # no comma: the title's own words
])
def test_edition_after_a_comma_is_not_part_of_the_title(title, kept):
    from pipeline.ingest.references import _EDITION

    assert _EDITION.sub("", title) == kept


def test_initials_first_last_surname_with_particles():
    entry = "T. Ito, J. Van der Berg, Finite representations of a quantum algebra, Commun. Math. Phys. 12 (1990) 1-9."
    runs = _runs(entry, ("author", "T. Ito, J."), ("title", "Van der Berg, Finite representations of a quantum algebra"),
                 ("journal", "Commun. Math. Phys."))
    _repair_runs(entry, runs)
    got = dict(_texts(entry, runs))
    assert (got["author"], got["title"]) == ("T. Ito, J. Van der Berg", "Finite representations of a quantum algebra")


def test_lone_author_before_the_year_read_as_a_journal_is_the_author(monkeypatch):
    # "Nechipurenko IV (2020). Title. Journal": one author with initials, then the year; the
    # CRF may take the name for a journal when no author is tagged
    entry = "Okoro TV (2020). The enigmatic role of lipids in mitophagy. Front Cell Dev Biol 8, 777."
    runs = _runs(entry, ("journal", "Okoro TV"), ("date", "2020"), ("title", "The enigmatic role of lipids in mitophagy"),
                 ("journal", "Front Cell Dev Biol"), ("volume", "8"), ("pages", "777"))
    monkeypatch.setattr(reference_crf, "runs", lambda text: list(runs))
    spans = reference_crf.fields(entry)
    assert entry[slice(*spans["author"])] == "Okoro TV"
    assert entry[slice(*spans["journal"])] == "Front Cell Dev Biol"


@pytest.mark.parametrize("entry,author,title", [
    ("K. OKAFOR. Mitochondrial fission in yeast. Vol. 3. Academic Press, New York. 1987.", "K. OKAFOR", "Mitochondrial fission in yeast"),
    ("J.-P. Martin. Les levures et la mitophagie. Masson, Paris. 1990.", "J.-P. Martin", "Les levures et la mitophagie"),
])
def test_one_initials_first_author_then_its_period_then_the_title(entry, author, title):
    # no comma in the author run: the one name ends at its period, the title follows
    runs = _runs(entry, ("author", f"{author}. {title}"), ("publisher", "Academic Press" if "Academic" in entry else "Masson"))
    _repair_runs(entry, runs)
    assert [(lab, entry[s:e].rstrip(".")) for lab, s, e in runs][:2] == [("author", author), ("title", title)]


def test_two_initials_first_names_without_a_comma_are_not_cut_as_a_title():
    entry = "K. Okafor and J. Lee. 1987. Academic Press."
    runs = _runs(entry, ("author", "K. Okafor and J. Lee"), ("date", "1987"), ("publisher", "Academic Press"))
    _repair_runs(entry, runs)
    assert runs[0] == ("author", 0, len("K. Okafor and J. Lee"))


# -- a Vancouver author list that took the title's head (session 6, reftitle) --------------------

@pytest.mark.parametrize("authors,head", [
    ("Okafor P, Lindqvist AM, Berg W", "Parkin (PRKN)"),
    ("Van Rees EP, Okafor P, Lightfoot R Jr", "Apport de l'I.R.M."),
])
def test_vancouver_list_ends_at_the_period_after_its_last_initials(authors, head):
    entry = f"{authors}. {head} in the repair of damaged mitochondria. Cell Biol Rev 1996; 10:52-59."
    runs = _runs(entry, ("author", f"{authors}. {head}"), ("title", "in the repair of damaged mitochondria"),
                 ("journal", "Cell Biol Rev"), ("date", "1996"))
    _repair_runs(entry, runs)
    assert _texts(entry, runs)[:2] == [("author", f"{authors}."), ("title", f"{head} in the repair of damaged mitochondria")]


def test_vancouver_list_with_no_title_run_gives_the_words_after_it_to_a_title():
    entry = "Okafor P, Berg W. Mitophagy Receptors. 2001."
    runs = _runs(entry, ("author", "Okafor P, Berg W. Mitophagy Receptors"), ("date", "2001"))
    _repair_runs(entry, runs)
    assert _texts(entry, runs)[:2] == [("author", "Okafor P, Berg W."), ("title", "Mitophagy Receptors")]


@pytest.mark.parametrize("authors", ["Okafor P, Berg W, et al", "P. Okafor, W. Berg", "Okafor P, Wendy M. Berg, Lena A. Lindqvist"])
def test_author_runs_that_are_no_vancouver_list_followed_by_words_are_kept(authors):
    entry = f"{authors}. Mitophagy receptors. Cell Biol Rev 1996; 10:52-59."
    runs = _runs(entry, ("author", authors), ("title", "Mitophagy receptors"), ("journal", "Cell Biol Rev"))
    _repair_runs(entry, runs)
    assert _texts(entry, runs)[:2] == [("author", authors), ("title", "Mitophagy receptors")]


# -- an article after an initials-first list taken for an initial (session 6, reftitle) ----------

@pytest.mark.parametrize("head", ["A Constructive", "An Unbiased"])
def test_bare_article_after_initials_first_names_opens_the_title(head):
    entry = f"L. Okafor, W. Berg, {head} Procedure for Mitophagy Counting, Journal of Cell Statistics, June 1987, pp 520-524"
    runs = _runs(entry, ("author", f"L. Okafor, W. Berg, {head}"), ("title", "Procedure for Mitophagy Counting"),
                 ("journal", "Journal of Cell Statistics"))
    _repair_runs(entry, runs)
    assert _texts(entry, runs)[:2] == [("author", "L. Okafor, W. Berg"), ("title", f"{head} Procedure for Mitophagy Counting")]


def test_initial_with_its_period_after_initials_first_names_stays_an_author():
    entry = "L. Okafor, W. Berg, A. Lindqvist, Procedure for mitophagy counting, J Cell Stat 12, 1-9 (1987)."
    runs = _runs(entry, ("author", "L. Okafor, W. Berg, A. Lindqvist"), ("title", "Procedure for mitophagy counting"))
    _repair_runs(entry, runs)
    assert _texts(entry, runs)[0] == ("author", "L. Okafor, W. Berg, A. Lindqvist")


# -- a last surname in capitals taken into the journal (session 6, reftitle) --------------------

def test_capitalised_last_surname_before_the_journal_goes_back_to_the_authors():
    entry = "K. A. OKAFOR, S. S. BERG et V. YA. LINDQVIST. Mitochondrion Res. 10, 1210 (1969)."
    runs = _runs(entry, ("author", "K. A. OKAFOR, S. S. BERG et V. YA"), ("journal", "LINDQVIST. Mitochondrion Res."),
                 ("volume", "10"))
    _repair_runs(entry, runs)
    assert _texts(entry, runs)[:2] == [("author", "K. A. OKAFOR, S. S. BERG et V. YA. LINDQVIST"), ("journal", "Mitochondrion Res.")]


def test_capitalised_journal_word_after_a_full_surname_stays_in_the_journal():
    # the author run ends in a surname, not an initial: "EMBO. J." opens the journal
    entry = "K. Okafor, S. Berg, EMBO. J. Cell 10, 1210 (1969)."
    runs = _runs(entry, ("author", "K. Okafor, S. Berg"), ("journal", "EMBO. J. Cell"), ("volume", "10"))
    _repair_runs(entry, runs)
    assert _texts(entry, runs)[1] == ("journal", "EMBO. J. Cell")


def test_vancouver_list_with_a_stray_period_before_its_last_name_keeps_that_name():
    # "Okafor P, Berg W. Lindqvist AM. 1999. Title": a period typed (or extracted) inside the list
    entry = "Okafor P, Berg W. Lindqvist AM. 1999. Mitophagy receptors in yeast. J Cell Biol 147:611-618."
    runs = _runs(entry, ("author", "Okafor P, Berg W. Lindqvist AM"), ("date", "1999"), ("title", "Mitophagy receptors in yeast"))
    _repair_runs(entry, runs)
    assert _texts(entry, runs)[:3] == [("author", "Okafor P, Berg W. Lindqvist AM"), ("date", "1999"),
                                       ("title", "Mitophagy receptors in yeast")]
