"""Repairs of the reference CRF's runs around a venue (a book, a series, proceedings).

Each function works on the CRF's labelled runs (``[(label, start, end), ...]``, see
``reference_crf.runs``) of one entry and repairs one class of slips in place; tested
on strings written for the tests (``tests/test_reference_venues.py``). The word lists
are data: ``models/references/venue_words.json``.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from pipeline.resources import models_dir

_VENUE_LABELS = ("journal", "booktitle")


@lru_cache(maxsize=1)
def _words() -> dict[str, list[str]]:
    path = models_dir() / "references" / "venue_words.json"
    if not path.is_file():
        return {"series": [], "editors": []}
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _series_head() -> re.Pattern[str]:
    words = "|".join(re.escape(w).replace(r"\ ", r"\s*") for w in _words()["series"])
    # "..., Graduate Texts in Mathematics Vol. 305", "... (Springer Series in Synergetics vol 27)"
    return re.compile(rf"(?i)\s*[,.(]\s*(?P<series>(?:[A-Z][\w'’-]*\s+){{0,3}}(?:{words})\b[^,;.()]*"
                      rf"(?:[,.]?\s*(?:[Vv]ol\s*\.?\s*)?\d+[A-Za-z]?)?)\s*\)?\s*$")


@lru_cache(maxsize=1)
def _editors() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in _words()["editors"])
    # "Marsh TL, Okoye BJ, eds. Concise ...", "M. J. Ortega, editors, Proceedings ...",
    # "Foley (ed.), Teaching ...", "Suter-Reich (Hg.): Neue ..."
    return re.compile(rf"^(?P<names>[^()]{{2,160}}?)[\s,]*\(?\b(?i:{words})\b\.?\)?\s*[,.:]?\s+(?=[^\W\d_]|\d)")


# a venue the title ran into: ", in Book", ". In: Book", ". Proc. 6th Conf.", ", Proceedings of X"
# ... and (session 9) an "In" glued to the venue by extraction ("mitochondria . InConference on",
# ", inproceedings of the"), a venue named by its meeting word (", VII Baltic Oncology Conference")
_VENUE_IN_TITLE = re.compile(r"(?:[,.;?!]\s*|\s[-–]\s)(?:(?P<in>[Ii]n:?\s+)(?=[A-Z0-9])|(?=(?:Proc\.|Proceedings)\s)"
                             r"|[Ii]n(?=(?:[Pp]roceedings|Proc\.|Conference|Symposium|Workshop)\b)"
                             r"|(?=(?:[A-Z0-9][\w'’\-]*\s+){1,6}(?:Conference|Symposium|Workshop|Congress|Colloquium)\b))")
# a year, then a journal, then numbers, the title ran into ("... structure 2006 Neural Networks 900")
_YEAR_JOURNAL = re.compile(r"\s(?P<year>(?:1[5-9]|20)\d\d)[a-z]?\s+(?P<journal>[A-Z][^\d]{2,80}?)\s*$")
_MINOR = {"of", "and", "the", "in", "on", "for", "to", "at", "a", "an", "&", "de", "der", "des", "du", "la", "le", "und", "et"}
# GB/T 7714 document codes after a Chinese title: [J] journal, [M] book, [C] proceedings ...
_DOC_CODE = re.compile(r"\s*\[[A-Z](?:/OL)?\]\s*$")
_OPEN_QUOTE = "\"“«‘'"
_CLOSE_QUOTE = {"\"": "\"", "“": "”", "«": "»", "‘": "’", "'": "'"}


def _insert_venue(found: list, i: int, start: int, end: int) -> None:
    """The venue ``text[start:end]`` after title run ``i``: the next venue run starts there
    when it follows at once, else it is a run of its own (a book title)."""
    nxt = found[i + 1] if i + 1 < len(found) else None
    if nxt and nxt[0] in _VENUE_LABELS and nxt[1] >= end:
        found[i + 1] = (nxt[0], start, nxt[2])
    else:
        found.insert(i + 1, ("booktitle", start, end))


def venue_in_title(text: str, found: list) -> None:
    """``Title, in Book Title, Eds. ...``, ``Title. Proc. 6th Int. Conf. ...``: a title run
    that carries a venue after a comma or period is cut there; the venue goes to the
    venue run right after it, or becomes the book title. With no title run, a book-title run
    right after the authors that carries such a venue opens with the paper's title
    (``Walker, H. The Crisis in Hiring, Proceedings of the 30th Symposium ..., 1999``)."""
    no_title = not any(lab == "title" for lab, _s, _e in found)
    for i, (lab, s, e) in enumerate(found):
        lone_book = no_title and lab == "booktitle" and i > 0 and found[i - 1][0] == "author"
        if lab != "title" and not lone_book:
            continue
        if lone_book:
            title = text[s:e]
            m = next((m for m in _VENUE_IN_TITLE.finditer(title) if m.group("in") is None), None)
            if m is None or len(title[: m.start()].split()) < 3 or len(title[m.end() :]) < 4:
                return
            found[i : i + 1] = [("title", s, s + m.start()), ("booktitle", s + m.end(), e)]
            return
        title = text[s:e]
        for m in _VENUE_IN_TITLE.finditer(title):
            head, venue = title[: m.start()], title[m.end() :]
            if len(head.split()) < 3 or len(venue) < 4:
                continue
            # a venue is named in title case ("in Integrable Systems"); "..., in BRCA2 mutation
            # carriers" is the title going on
            words = [w for w in venue.split()[:8] if w.lower() not in _MINOR]
            if m.group("in") is not None and sum(w[:1].isupper() or w[:1].isdigit() for w in words) < 0.6 * len(words):
                continue
            found[i] = (lab, s, s + len(head.rstrip()) + (title[m.start()] in "?!"))  # a title's own "?" stays
            _insert_venue(found, i, s + m.end(), e)
            return
        return


_BOOK_TAIL = {"pubplace", "publisher", "date", "note"}


def subtitle_as_book(text: str, found: list) -> None:
    """``Ovid: After the Elegies. New Work on Roman Verse Letters, Utrecht 1994``: a
    book cited whole, its subtitle after a period taken for a book title. A book-title run that
    follows the title after nothing but a period or colon, with no ``In``/proceedings cue or
    editors, and only place, publisher and year after it, is the rest of the title."""
    for i in range(len(found) - 1):
        lab, s, e = found[i]
        if lab != "title":
            continue
        nlab, ns, ne = found[i + 1]
        if nlab != "booktitle" or text[e:ns].strip() not in (".", ":"):
            return
        book = text[ns:ne]
        if (_VENUE_IN_TITLE.match(". " + book) or re.match(r"(?i)(?:in|dans|en|im)\b|\w+\s+(?:of|on)\s+the\b", book)
                or re.search(r"(?i)\b(?:conf|proc|symp|workshop|congress|meeting|annual|journal|series)", book)):
            return
        rest = {run[0] for run in found[i + 2 :]}
        if not rest or not rest <= _BOOK_TAIL or any(r[0] in ("editor",) for r in found):
            return
        found[i : i + 2] = [("title", s, ne)]
        return


def place_as_journal(text: str, found: list) -> None:
    """``Title. Stroke (1993) 24:1366-1371``: with no venue or publisher found, a place run
    after the title that the year, volume and pages follow, in that order, is the journal (a
    book has no volume and pages)."""
    labels = [lab for lab, _s, _e in found]
    if {"journal", "booktitle", "publisher"} & set(labels) or "title" not in labels:
        return
    for i in range(labels.index("title") + 1, len(found)):
        if labels[i] != "pubplace":
            continue
        # "Journal (Year) Vol:Pages"; a place before a bare volume ("Berlin 13: 267") is kept
        if labels[i + 1 : i + 4] == ["date", "volume", "pages"]:
            found[i] = ("journal", found[i][1], found[i][2])
        return


def series_after_title(text: str, found: list) -> None:
    """``Knot Invariants, Graduate Texts in Mathematics Vol. 305 (Springer, 2011)``: a book
    series the title ran on into is cut off the title (it is neither title nor journal); so
    too off a whole book's title the CRF tagged as a book title, in an entry with no title or
    journal (session 12)."""
    labels = {lab for lab, _s, _e in found}
    for i, (lab, s, e) in enumerate(found):
        if lab != "title" and not (lab == "booktitle" and not labels & {"title", "journal"}):
            continue
        m = _series_head().search(text[s:e])
        if m and len(text[s : s + m.start()].split()) >= 2:
            found[i] = (lab, s, s + m.start())
            found.insert(i + 1, ("series", s + m.start("series"), s + m.end("series")))
        return


def editors_in_venue(text: str, found: list) -> None:
    """``In: Marsh TL, Okoye BJ, eds. Concise Handbook ...``: the editor list at the
    head of a venue run is not part of the venue."""
    for i, (lab, s, e) in enumerate(found):
        if lab not in _VENUE_LABELS:
            continue
        m = _editors().match(text[s:e])
        if m and e - (s + m.end()) > 3 and re.search(r"[A-Z]", m.group("names")):
            found[i] = (lab, s + m.end(), e)
            found.insert(i, ("editor", s, s + len(m.group("names"))))
        return


def quoted_title(text: str, found: list) -> None:
    """``"On the naming of the isotopes 210, 212, and 214." Pure Appl. Chem.``,
    ``"Poisson manifolds: a survey," Symmetry ...``: a title that opens with a quote mark
    ends at its closing quote, whatever the CRF made of its commas and numbers."""
    for i, (lab, s, e) in enumerate(found):
        if lab != "title":
            continue
        before = text[max(0, s - 3) : s].strip()
        if text[s] in _OPEN_QUOTE:
            before += text[s]
        # the outer quote of nested ones ("'Seaborgium' fails to win approval.")
        opener = next((c for c in before if c in _OPEN_QUOTE and c not in "'‘"), before[-1:] if before[-1:] in _OPEN_QUOTE else "")
        if not opener:
            return
        body = text.index(opener, max(0, s - 3)) + 1
        close = text.find(_CLOSE_QUOTE[opener], body + 1)
        # a closing quote ends the title when punctuation closes it ("Title," / "Title." / "Title",)
        # and not an apostrophe ("Achilles' choice") or a quoted word inside a longer title
        # ... or (session 13) a capitalised word after it when the title ran on past it
        # ("'A test of receptor turnover' Test Journal of Cells, 8"; not a plural possessive "cells' ")
        ran_past = (close >= 0 and e > close + 1 and re.match(r"\s+[A-Z]", text[close + 1 :]) is not None
                    and not (opener in "'‘" and text[close - 1] in "sS"))
        if (close < 0 or close - body < 8 or not (text[close - 1] in ",.?!;:" or re.match(r"\s*[,.;:]", text[close + 1 :]) or ran_past)):
            return
        end = close
        while end > body and text[end - 1] in " ,.;":
            end -= 1
        code = _DOC_CODE.search(text[body:end])
        if code:
            end = body + code.start()
        if end == e:
            return
        inside = any(lab2 in _VENUE_LABELS and e <= s2 < close for lab2, s2, _e2 in found[i + 1 :])
        after = any(lab2 in _VENUE_LABELS and s2 > close for lab2, s2, _e2 in found[i + 1 :])
        if end > e and inside and not after:
            return  # the only venue is inside the quotes ("'Title, progress in mechanics', MacMillan")
        found[i] = (lab, s, end)
        nxt = found[i + 1] if i + 1 < len(found) else None
        if e > close and nxt and nxt[0] in _VENUE_LABELS and not text[e : nxt[1]].strip(" ," if ran_past else None):
            # '"Title," Autophagy' + 'Rev.': the words after the quote open the venue
            tail = text[close + 1 : e]
            found[i + 1] = (nxt[0], close + 1 + len(tail) - len(tail.lstrip(" ,.;")), nxt[2])
            return
        # runs now inside the title give way; a run the title ran into starts after the quote
        j = i + 1
        while j < len(found):
            nlab, ns, ne = found[j]
            if ne <= close + 1:
                del found[j]
                continue
            if ns <= close:
                found[j] = (nlab, close + 1 + (len(text[close + 1 : ne]) - len(text[close + 1 : ne].lstrip(" ,.;"))), ne)
            break
        if end > e:
            del found[i + 1 : j]
        return


def year_journal_in_title(text: str, found: list, labels: set[str]) -> None:
    """``Title 2006 Neural Networks 900--910``: with no date found, a year then capitalised
    words at the end of the title run (before numbers) are the date and the journal."""
    if "date" in labels:
        return
    for i, (lab, s, e) in enumerate(found):
        if lab != "title":
            continue
        m = _YEAR_JOURNAL.search(text[s:e])
        nxt = found[i + 1] if i + 1 < len(found) else None
        joined = nxt is not None and nxt[0] == "journal" and not text[e : nxt[1]].strip(" .")  # "2001 Int" + ". J. of ..."
        if not m or len(text[s : s + m.start()].split()) < 3:
            return
        if joined:  # "... 2004 Int." + "J. of Applied Reasoning"
            found[i : i + 2] = [(lab, s, s + m.start()), ("date", s + m.start("year"), s + m.end("year")),
                                ("journal", s + m.start("journal"), nxt[2])]
        elif "journal" not in labels and re.match(r"\s*[,.:]?\s*\d", text[e : e + 12]):
            found[i : i + 1] = [(lab, s, s + m.start()), ("date", s + m.start("year"), s + m.end("year")),
                                ("journal", s + m.start("journal"), s + m.end("journal"))]
        return


_NUMBERS = ("volume", "date", "pages", "issue")
# a journal name: words, none of them a number, the first capitalised ("Traffic", "Shock",
# "Sci Rep") or an initial lower-case brand ("eLife", "iScience")
_JOURNAL_GAP = re.compile(r"(?:[A-Z]|[a-z][A-Z])[\w'’&.\-]*(?:\s+[\w'’&.()\-]+){0,7}")


def untagged_journal(text: str, found: list) -> None:
    """``Title. Traffic 7, 769-778``, ``Title? Respiration 1990; 57``: no venue tagged, and the
    words between the title (or, with no title, the authors) and the numbers that follow
    were left untagged; they are the journal (one-word journals the CRF has not seen)."""
    labels = {lab for lab, _s, _e in found}
    if labels & {"journal", "booktitle", "publisher"}:
        return
    before = "title" if "title" in labels else "author"
    for i in range(len(found) - 1):
        lab, _s, e = found[i]
        if lab != before:
            continue
        nlab, ns, _ne = found[i + 1]
        # after the authors alone, a name before a year is as often a book's ("Dits et écrits, 1994")
        if nlab not in (_NUMBERS if before == "title" else ("volume",)):
            return
        gap = text[e:ns]
        name = gap.strip(" .,;:?!()")
        if (len(name) < 3 or re.search(r"\d|https?:|doi|\bIn\b|\bet al\b", name, re.I) or not _JOURNAL_GAP.fullmatch(name)
                or name.lower().rstrip(".") in _words().get("not_journals", [])):
            return
        start = e + gap.index(name)
        found.insert(i + 1, ("journal", start, start + len(name)))
        return


_PUBLISHER_CUT = re.compile(r"\s*\(\s*|,\s+|\s*\.\s*(?=[A-Z])")


def title_in_publisher(text: str, found: list) -> None:
    """``Fenn and Ruiz. Coastal Hydraulics (Wiley, New York), 1983``, ``Ostrom, Plate
    Tectonics, University of Leeds Press (1990)``: no title or venue found, and the first
    publisher run opens with the book's title; the part before its first separator is it."""
    labels = {lab for lab, _s, _e in found}
    if labels & {"title", "journal", "booktitle"}:
        return
    for i, (lab, s, e) in enumerate(found):
        if lab != "publisher":
            continue
        cut = _PUBLISHER_CUT.search(text[s:e])
        head = text[s : s + cut.start()] if cut else ""
        if cut and len(head) >= 6 and len(head.split()) >= 2 and e - (s + cut.end()) >= 3:
            found[i : i + 1] = [("title", s, s + cut.start()), ("publisher", s + cut.end(), e)]
        return


@lru_cache(maxsize=1)
def _journal_tail() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in _words().get("journal_tails", []))
    return re.compile(rf"(?i)[\s.,;]+(?:{words})(?:\.|\b|(?<=\]))[^\w]*$")


def journal_tail(text: str, found: list) -> None:
    """``Tetrahedron. Soumis``, ``J. prakt. Chemie. Band``, ``IEEE Trans. Comput. [Online]``: a
    status or volume word at the end of the journal run is cut off."""
    for i, (lab, s, e) in enumerate(found):
        if lab != "journal":
            continue
        m = _journal_tail().search(text[s:e])
        if m and m.start() >= 3:
            found[i] = (lab, s, s + m.start())
        return


@lru_cache(maxsize=1)
def _series_venue() -> re.Pattern[str]:
    words = "|".join(re.escape(w).replace(r"\ ", r"\s*") for w in _words().get("series_venues", []))
    return re.compile(rf"(?i)\b(?:{words})" if words else r"(?!)")


def series_as_venue(text: str, found: list) -> None:
    """``Title, Vol. 88 of Graduate Texts in Mathematics, Springer 2016``, ``Title (Springer
    Series in Synergetics vol 27) (Berlin: Springer)``: a venue run that names a book series,
    in an entry with a title and a publisher or place, is the series, not a journal."""
    labels = [lab for lab, _s, _e in found]
    if "title" not in labels or not {"publisher", "pubplace"} & set(labels):
        return
    for i, (lab, s, e) in enumerate(found):
        if lab in _VENUE_LABELS and i > labels.index("title") and _series_venue().search(text[s:e]):
            found[i] = ("series", s, e)
            return


def publisher_as_journal(text: str, found: list) -> None:
    """``Title. Pub. RIMS Kyoto Univ. 14, 301-322 (1981)``, ``Leukemia (2012) 31, 402-409``: no
    venue found, and a publisher run that a volume follows (or a place run that the year and
    a volume follow) after the title, or opening a journal-only entry, is the journal; an
    abbreviated word left untagged before it (``Pub.``) is part of it."""
    labels = [lab for lab, _s, _e in found]
    if {"journal", "booktitle"} & set(labels) or labels.count("publisher") + labels.count("pubplace") != 1:
        return
    i = next(k for k, lab in enumerate(labels) if lab in ("publisher", "pubplace"))
    after = labels[i + 1 : i + 3]
    if not (after[:1] == ["volume"] and labels[i] == "publisher") and after != ["date", "volume"]:
        return
    before = labels[i - 1] if i else ""
    # "Title. Aging (Albany NY). (2022) 14": a place in brackets qualifies the journal the title
    # ran into; that journal is cut from the title later (references._journal_from_title)
    if text[: found[i][1]].rstrip().endswith("("):
        return
    # a publisher's own name ("MCB University Press, Vol. 6", "John Wiley and Sons, Vols. 1-4")
    if before not in ("title", "author", "") or any(
            re.search(rf"(?i)\b{re.escape(w)}", text[found[i][1] : found[i][2]]) for w in _words().get("publisher_words", [])):
        return
    start = found[i][1]
    if i:
        gap = text[found[i - 1][2] : start]
        # "Title, Thèse de doctorat, Université de Lorraine, 1": a thesis names its university
        if any(re.search(rf"(?i)\b{re.escape(w)}\b", gap) for w in _words().get("not_journals", [])):
            return
        word = re.search(r"(?:^|[\s.,;:])((?:[A-Z][a-z]{0,5}\.\s*){1,3})$", gap)
        if word and before == "title":
            start -= len(word.group(1))
    found[i] = ("journal", start, found[i][2])


def venue_head_in_title(text: str, found: list) -> None:
    """``... bone sarcoma Proc Am Assoc Cancer Res 2004``: the journal's first word (an
    abbreviation that opens journal names, ``models/references/venue_words.json`` venue_heads)
    closing the title run right before the journal run belongs to the journal."""
    heads = _words().get("venue_heads", [])
    for i in range(len(found) - 1):
        lab, s, e = found[i]
        nlab, ns, ne = found[i + 1]
        if lab != "title" or nlab != "journal" or text[e:ns].strip(" ."):
            continue
        m = re.search(r"\s([A-Z][a-z]{0,10})\.?$", text[s:e])
        if m and m.group(1).lower() in heads and len(text[s : s + m.start()].split()) >= 3:
            found[i] = (lab, s, s + m.start())
            found[i + 1] = (nlab, s + m.start(1), ne)
        return


# the short run that broke a title: numbers or a name the CRF read as pages, volume, ...
_TITLE_BREAKS = ("pages", "volume", "issue", "date", "idno")


def title_resumed(text: str, found: list) -> None:
    """``Kinase B levels in step with kinase B, p16 and p53 loss. Oncogene 2005``,
    ``... the galanin-2 gene (GAL-2) to 4q21-q22, the ...``: a title the CRF broke at a
    number inside it (a gene, protein or band name read as pages or a volume) and took up
    again; with no sentence break in the gap the pieces are one title."""
    for i in range(len(found) - 2):
        (lab, s, _e), (mid, ms, me), (lab2, _s2, e2) = found[i : i + 3]
        if lab != "title" or lab2 != "title" or mid not in _TITLE_BREAKS or me - ms > 15:
            continue
        if re.search(r"[.;:!?]\s|[()\[\]]", text[_e:_s2]):
            continue
        found[i : i + 3] = [("title", s, e2)]
        return


def book_title_as_journal(text: str, found: list) -> None:
    """``T. Ostrom, Plate Tectonics (University of Leeds Press, 1990)``, ``J. Marlow,
    Ovid's Quiet Craft, University Park 2003``: no title, and the "journal" right after
    the authors is followed by the publisher or place, with no volume, issue or pages: a
    book cited whole; the name is its title."""
    labels = [lab for lab, _s, _e in found]
    if {"title", "booktitle", "volume", "issue", "pages"} & set(labels):
        return
    for i in range(1, len(found) - 1):
        if labels[i] == "journal" and labels[i - 1] == "author" and labels[i + 1] in ("publisher", "pubplace"):
            found[i] = ("title", found[i][1], found[i][2])
        return
