"""Repairs of the reference CRF's runs around the title (session 9, refcrf8).

Like ``reference_venues``, each function works on one entry's labelled runs
(``[(label, start, end), ...]``, ``reference_crf.runs``) and repairs one class of
slips in place; tested on strings written for the tests
(``tests/test_reference_titles.py``). Word lists: ``models/references/venue_words.json``
(``report_cues``). Chosen on the error lists of the tune-dev third
(``benchmarks/references_bench.py --dev MODEL --errors title``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.ingest.reference_venues import _words

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
# "林明德. 線粒體自噬研究", "林明德, 線粒體自噬與腫瘤耐藥研究": CJK names (2-4 characters), then the title in one
# unbroken CJK run
# (after a comma, a title is longer than any name; a period closes the names)
_CJK_AUTHOR_TITLE = re.compile(rf"^((?:[{_CJK}]{{2,4}}\s*[,、]\s*)*[{_CJK}]{{2,4}})\s*(?:[.。]\s*([{_CJK}]{{2,}})|[,，]\s*([{_CJK}]{{5,}}))\s*[.,]?$")


def cjk_title_in_authors(text: str, found: list) -> None:
    """``林明德. 線粒體自噬研究. 中国医学杂志. 2015``: no title found, and the author run holds the
    CJK names and, after their period or comma, the title; the title goes to its own run."""
    if not found or found[0][0] != "author" or any(lab in ("title", "booktitle") for lab, _s, _e in found):
        return
    _lab, s, e = found[0]
    m = _CJK_AUTHOR_TITLE.match(text[s:e])
    if m:
        k = 2 if m.group(2) else 3
        found[0:1] = [("author", s, s + m.end(1)), ("title", s + m.start(k), s + m.end(k))]


# the first sentence break in a "journal" run: a period after a word of 4+ letters (not an
# abbreviation such as "Phys." or "J."), or a closing quote
_SENTENCE_BREAK = re.compile(r"(?<=[^\W\d_]{4})\s?\.\s+(?=[A-Z])|[,.]?['’\"”]\s+(?=[A-Z])")


def title_in_journal(text: str, found: list) -> None:
    """``Haldane RT, Sato AB: Receptor control of mitophagy in resistant cells. Curr Test Biol 18:102``:
    no title found, and the journal run right after the authors holds the title, its
    sentence break, then the journal. The part before the break is the title when it has at
    least two words; abbreviated journal names (``Mon. Not. R. Astron. Soc``) have no break."""
    labels = [lab for lab, _s, _e in found]
    if "title" in labels or "booktitle" in labels:
        return
    for i in range(1, len(found)):
        lab, s, e = found[i]
        if lab != "journal":
            continue
        if found[i - 1][0] not in ("author", "date") or text[found[i - 1][2] : s].strip(" .,:;()'‘\"“"):
            return
        name = text[s:e]
        m = _SENTENCE_BREAK.search(name)
        # an abbreviated name's words carry periods ("J. Am. Chem. Soc", "Journal f. prakt.
        # Chemie"); a title has at least three words without
        if not m or len(re.findall(r"[^\W\d_]", name[m.end() :])) < 2:
            return
        # ... or two words in sentence case, no abbreviation ("Otitis media. Clin Test Dis", session 12)
        pre = name[: m.start()].split()
        if sum(len(w) > 1 and not w.endswith(".") for w in pre) < 3 and not _two_word_sentence(pre):
            return
        head = name[: m.start()].strip(" '‘\"“")
        if not head or not re.search(r"[^\W\d_]{4}", head):
            return
        words = head.split()
        # a period after a capitalised word may close an abbreviation ("Cryo-EM Atlas Struct.
        # Biol. Rep."): then three words before it; a venue's own name is no title
        # ("Transactions of the Philological Union of Leeds. Series C")
        if "." in m.group(0) and words[-1][:1].isupper() and len(words) < 4:
            return
        if words[0].lower().strip("'‘\"“") in _words().get("venue_openers", []):
            return
        found[i : i + 1] = [("title", s + name.index(head), s + name.index(head) + len(head)), ("journal", s + m.end(), e)]
        return


def _two_word_sentence(words: list[str]) -> bool:
    """A head of two or more words, a lower-case content word after the first and no word
    closed by a period: a short title in sentence case, not an abbreviated venue."""
    return (len(words) >= 2 and not any(w.endswith(".") for w in words)
            and any(w.isalpha() and w.islower() and len(w) > 3 for w in words[1:]))


_DANGLING_IN = re.compile(r"[.,;]\s*(?:[Ii]n|IN):?\s*$"
                          # ... or the word that opens an identifier or link ("... Networks arXiv :2104",
                          # glued "NetworksarXiv", "... Title. Available from: http")
                          r"|(?:[.,;]?\s+|(?<=[a-z]))(?:arXiv|doi|DOI|URL|Available\s+(?:at|from)|Retrieved\s+from)\s*:?\s*$")


def dangling_in(text: str, found: list) -> None:
    """``Counting mitophagy events in live cells. In R. Berg and P. Ito, editors, Proceedings ...``: the
    ``In`` that opens the venue (its editors taken elsewhere) closing a title run is no part of it."""
    for i, (lab, s, e) in enumerate(found):
        if lab in ("title", "booktitle"):
            m = _DANGLING_IN.search(text[s:e])
            if m and len(text[s : s + m.start()].split()) >= 2:
                found[i] = (lab, s, s + m.start())


# a Vancouver name ("Sato-Grey N", "van der Wal TK"), then its period, opening a title run
_PARTICLES = r"(?:(?:van|von|de|der|den|da|di|du|la|le|del|della|dos|das|ten|ter)\s)*"
_VANCOUVER_NAME = rf"{_PARTICLES}[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?\s[A-Z]{{1,3}}"
_NAME_OPENS_TITLE = re.compile(rf"^({_VANCOUVER_NAME})[.:]\s+(?=[A-Z0-9(\"“'])")
_VANCOUVER_LIST_END = re.compile(rf"(?:^|,\s){_VANCOUVER_NAME}$")


def vancouver_name_in_title(text: str, found: list) -> None:
    """``Haldane KT, Moreau PL, Sato-Grey N. Loss of mitophagy in ...``: a Vancouver list
    cut before its last name (one the CRF did not know), the name taken as the title's
    head; it goes back to the authors."""
    for i in range(len(found) - 1):
        lab, s, e = found[i]
        nlab, ns, ne = found[i + 1]
        if lab != "author" or nlab != "title":
            continue
        if not re.fullmatch(r"\s*,\s*", text[e:ns]) or not _VANCOUVER_LIST_END.search(text[s:e]):
            return
        m = _NAME_OPENS_TITLE.match(text[ns:ne])
        if m and ne - (ns + m.end()) >= 10:
            found[i] = (lab, s, ns + m.end(1) + 1)
            found[i + 1] = (nlab, ns + m.end(), ne)
        return


def _report_words() -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _words().get("report_cues", []))


@lru_cache(maxsize=1)
def _report_cue() -> re.Pattern[str]:
    words = _report_words()
    # "... on parallel processors 2003 Technical Report 57 Institute of ...", "..., Tech. Rep. 12"
    return re.compile(rf"(?:[,.;]\s*|\s+(?:1[5-9]|20)\d\d[a-z]?[,.]?\s+)(?:{words})(?![^\W\d_])", re.IGNORECASE) if words else re.compile(r"(?!)")


def report_in_title(text: str, found: list) -> None:
    """``Clustering mitophagy images on parallel processors 2003 Technical Report 57 Institute of
    Test Science``: a title run that ran on into the report it was published as (the year, the
    report's kind and number, the institution) ends before them; the year, when the entry
    has none, becomes the date."""
    for i, (lab, s, e) in enumerate(found):
        if lab != "title":
            continue
        title = text[s:e]
        m = _report_cue().search(title)
        if m is None:
            # "... a survey. Institute for Cell Imaging Technical Report ICI-TR-31": the report's
            # institution first; the title ends at the sentence break before it
            # (the cue inside the title run or in the glue right after it)
            upto = text[s : found[i + 1][1]] if i + 1 < len(found) else text[s:]
            bare = re.search(rf"(?i)\s(?:{_report_words()})(?![^\W\d_])", upto) if _report_words() else None
            breaks = [b for b in re.finditer(r"(?<=[^\W\d_]{3})\.\s+(?=[A-Z])", title[: bare.start()])] if bare else []
            if not breaks or len(title[: breaks[-1].start()].split()) < 3:
                return
            found[i] = (lab, s, s + breaks[-1].start())
            return
        if len(title[: m.start()].split()) < 3:
            return
        found[i] = (lab, s, s + m.start())
        year = re.search(r"(?:1[5-9]|20)\d\d", title[m.start() : m.end()])
        if year and not any(run[0] == "date" for run in found):
            found.insert(i + 1, ("date", s + m.start() + year.start(), s + m.start() + year.end()))
        return


_MINOR = {"of", "and", "the", "in", "on", "for", "de", "der", "des", "du", "la", "le", "fur", "für", "und", "et", "di", "&"}


def journal_head_in_title(text: str, found: list) -> None:
    """``Catalogue des cellules résistantes. Le Frelon, Revue de Cytologie, Lyon 12:44``: a journal
    whose name holds a comma, its first part taken as the title's last sentence; that part
    (after the title's last period, up to four capitalised words) opens the journal."""
    for i in range(len(found) - 1):
        lab, s, e = found[i]
        nlab, ns, ne = found[i + 1]
        if lab != "title" or nlab != "journal":
            continue
        if not re.fullmatch(r"\s*,\s*", text[e:ns]):
            return
        title = text[s:e]
        breaks = [m for m in re.finditer(r"(?:(?<=[^\W\d_]{4})|(?<=\)))\.\s+(?=[A-Z])", title)]
        if not breaks:
            return
        cut = breaks[-1]
        tail = title[cut.end() :].split()
        if (not tail or len(tail) > 4 or len(title[: cut.start()].split()) < 3
                or not all(w[:1].isupper() or w.lower() in _MINOR for w in tail) or re.search(r"\d", title[cut.end() :])):
            return
        found[i] = (lab, s, s + cut.start() + 1 if title[cut.start() - 1 : cut.start()] == ")" else s + cut.start())
        found[i + 1] = (nlab, s + cut.end(), ne)
        return


# a title never ends on a function word: "... livers of", "... Interaction with"
_UNFINISHED = re.compile(r"(?i)\s(?:of|and|the|in|on|for|to|with|by|from|at|a|an|des|de|der|und|et|la|le|du)$")


def unfinished_title(text: str, found: list) -> None:
    """``Mitophagy flux in livers of 2, 4 and 8 week old mice, Z. Test. C21``, ``... Interaction with
    PINK1/PRKN-L2. J Test Chem``: a title run ending on a function word was broken at the
    names or numbers after it (read as pages, an identifier, glue); it runs on to the journal
    (or a capitalised book title) that follows, when no sentence break lies between."""
    for i, (lab, s, e) in enumerate(found):
        if lab != "title":
            continue
        if not _UNFINISHED.search(text[s:e]):
            return
        j = next((k for k in range(i + 1, len(found)) if found[k][0] == "journal"
                  or (found[k][0] == "booktitle" and text[found[k][1] : found[k][1] + 1].isupper())), None)
        if j is None:
            return
        end = found[j][1]
        while end > e and text[end - 1] in " ,.;:":
            end -= 1
        stretch = text[e:end]
        if end <= e or re.search(r"[.;!?]\s", stretch) or len(stretch) > 120:
            return
        inside = found[i + 1 : j]
        if any(r[0] == "date" for r in inside) and not any(r[0] == "date" for r in found[j:] + found[:i]):
            return
        found[i : j] = [("title", s, end)]
        return


def word_cut_title(text: str, found: list) -> None:
    """``... cells overexpressing Bcl2 Test Oncol 2010; 31:77``: a title run that ends inside
    a word (a gene or protein name, ``p53``, ``Bcl2``) or a version number (``version 1.2``),
    its digits read as pages or a volume; the word is the title's."""
    for i in range(len(found) - 1):
        lab, s, e = found[i]
        nlab, ns, ne = found[i + 1]
        if lab != "title":
            continue
        if nlab not in ("pages", "volume", "issue", "idno"):
            return
        # ... or inside a decimal number ("..., version 3.4. Test Software Notes")
        decimal = text[e - 1 : e].isdigit() and text[e:ns] == "." and text[ns : ns + 1].isdigit()
        if not decimal and (ns != e or not (text[e - 1 : e].isalnum() and text[e : e + 1].isalnum())):
            return
        word = re.match(r"\.?\w+", text[e:])
        end = e + word.end()
        if end >= ne:
            # the whole run was the word's tail: it goes; a following journal then closes the title
            found[i : i + 2] = [(lab, s, end)]
        else:
            found[i : i + 2] = [(lab, s, end), (nlab, end, ne)]
        return


_GROUP_NAME = re.compile(r"(?i)^\(?\s*[\w\-/ ]{0,40}?(?:collaboration|consortium)\s*\)?$")


def group_as_title(text: str, found: list) -> None:
    """``Haldane, M.T., et al.: MITO-7 Collaboration. Test Lett. B 702``: a collaboration
    named after the authors, taken for the title (or a book title), is one more author."""
    for i in range(1, len(found)):
        lab, s, e = found[i]
        if lab in ("title", "booktitle") and found[i - 1][0] == "author" and _GROUP_NAME.match(text[s:e].strip()):
            found[i] = ("author", s, e)
        if lab in ("title", "booktitle"):
            return


def untagged_title(text: str, found: list) -> None:
    """``P.L. Haldane, Between “Stress” and “Survival”: Essays on the Resistant Cell, Boston 2004``,
    ``Moreau « Cellules / résistances », Lyon, 2019``: no title, journal or book title found, and
    the words between the authors and the place, publisher or date the CRF left untagged
    (its quotes confused it) are the title."""
    labels = {lab for lab, _s, _e in found}
    if labels & {"title", "booktitle", "journal"} or len(found) < 2 or found[0][0] != "author":
        return
    if found[1][0] not in ("pubplace", "publisher", "date"):
        return
    gap_start, gap_end = found[0][2], found[1][1]
    gap = text[gap_start:gap_end]
    inner = gap.strip(" ,.;:")
    # "private communication", "in preparation": a status, no title (venue_words.json not_journals)
    if len(re.findall(r"[^\W\d_]{2,}", inner)) < 2 or inner.lower() in _words().get("not_journals", []):
        return
    start = gap_start + gap.index(inner)
    end = start + len(inner)
    quoted = re.fullmatch(r"[«“\"‘']\s*(.+?)\s*[»”\"’']", inner)
    if quoted:
        start, end = start + quoted.start(1), start + quoted.end(1)
    found.insert(1, ("title", start, end))


@lru_cache(maxsize=1)
def _maker_cue() -> re.Pattern[str]:
    words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _words().get("maker_cues", []))
    return re.compile(rf"[,.;]\s+(?i:{words})\s+(?=[A-Z][^\W\d_]+\s+[A-Z])") if words else re.compile(r"(?!)")


def maker_in_title(text: str, found: list) -> None:
    """``A catalogue of laboratory glassware, by Henry Moreau and Company, ... 1872``, ``Cultiver
    des cellules résistantes. Sous la direction de Lucie Moreau ...``: a title run that ran on
    into the names of its makers (``by``, ``edited by``, ``sous la direction de``; word list
    ``maker_cues``) ends before them; the names become an editor run."""
    for i, (lab, s, e) in enumerate(found):
        if lab != "title":
            continue
        m = _maker_cue().search(text[s:e])
        if m and len(text[s : s + m.start()].split()) >= 3:
            found[i : i + 1] = [(lab, s, s + m.start()), ("editor", s + m.end(), e)]
        return


def group_opens_title(text: str, found: list) -> None:
    """``Haldane KT, Sato N, for the Nordic Mitophagy Trials Group. Response to ...``,
    ``Haldane K, Moreau L; EMRS Imaging Working Group. Bladder cancer ...``: a group
    author closing the author list (``for the``/``on behalf of the``, or after a semicolon),
    taken as the title's first sentence, goes back to the authors. The group's last word is in
    ``models/references/group_authors.json``."""
    from pipeline.ingest.group_authors import group_words

    for i in range(len(found) - 1):
        lab, s, e = found[i]
        nlab, ns, ne = found[i + 1]
        if lab != "author" or nlab != "title":
            continue
        gap = text[e:ns]
        m = re.match(r"((?:(?:for|on behalf of)\s+the\s+)?[A-Z][\w'’&\-]*(?:\s+[\w'’&\-]+){0,8}?)\.\s+(?=[A-Z0-9\"“'])", text[ns:ne])
        if not m or not re.fullmatch(r"\s*[,;]\s*", gap):
            return
        group = m.group(1)
        words = group.lower().split()
        if not (words[-1] in group_words() or " ".join(words[-2:]) in group_words()):
            return
        if not (group.startswith(("for the", "on behalf of")) or gap.strip() == ";"):
            return
        if ne - (ns + m.end()) < 10:
            return
        found[i] = (lab, s, ns + m.end(1))
        found[i + 1] = (nlab, ns + m.end(), ne)
        return


def status_closing_title(text: str, found: list) -> None:
    """``Counting receptors on damaged mitochondria, manuscript, Institute of ...``: a status
    word after the title's last comma (``manuscript``, ``preprint``, ``submitted``; the
    ``not_journals`` list) is no part of the title."""
    statuses = _words().get("not_journals", [])
    for i, (lab, s, e) in enumerate(found):
        if lab != "title":
            continue
        m = re.search(r"[,;]\s*([^\W\d_][^,;]{2,30})$", text[s:e])
        if m and m.group(1).strip().lower() in statuses and len(text[s : s + m.start()].split()) >= 3:
            found[i] = (lab, s, s + m.start())
        return


def _letter_words(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """(lower-case word, start, end) of the letter words of ``text[start:end]``, a word glued
    to the one before by extraction split at its capital (``layersNucl`` -> ``layers``,
    ``Nucl``): the units the venue gazetteer is keyed on."""
    out = []
    for m in re.finditer(r"[^\W\d_]+(?:['’][^\W\d_]+)?", text[start:end]):
        word, ws = m.group(0), start + m.start()
        glued = re.fullmatch(r"([^\W\d_]*[a-z])([A-Z][a-z]{0,7})", word)
        if glued:
            out.append((glued.group(1).lower(), ws, ws + glued.end(1)))
            out.append((glued.group(2).lower(), ws + glued.start(2), ws + len(word)))
        else:
            out.append((word.lower(), ws, ws + len(word)))
    return out


def venue_tail_in_title(text: str, found: list) -> None:
    """``... in resistant lung cells Mitophagy Research 2014; 9``, ``... after surgery Aust | N Z J Test``,
    ``... in thin layersNucl . Instrum. Methods``: the title ran on into a journal's name (all
    of it, with no journal run after, or its first words, glued or not, before the journal
    run), with no period between. A tail of the title's words that, with the journal run's
    words, is a name the venue gazetteer holds (journal names of the training labels) is the
    journal's; the title must go on for four words before it, in sentence case."""
    from pipeline.ingest.reference_crf import _venues

    names, _prefixes = _venues()
    if not names:
        return
    for i, (lab, s, e) in enumerate(found):
        if lab != "title":
            continue
        nxt = found[i + 1] if i + 1 < len(found) else None
        if nxt is None:
            return
        words = _letter_words(text, s, e)
        if len(words) < 6:
            return
        if nxt[0] == "journal" and re.fullmatch(r"[\s.]*", text[e : nxt[1]]):
            jwords = tuple(w for w, _a, _b in _letter_words(text, nxt[1], nxt[2]))
            if jwords in names:
                return  # the journal run is a whole name already
            for k in (1, 2, 3):
                if tuple(w for w, _a, _b in words[-k:]) + jwords in names and _sentence_case(words[:-k], text):
                    cut = words[-k][1]
                    found[i] = (lab, s, _trim_end(text, s, cut))
                    found[i + 1] = ("journal", cut, nxt[2])
                    return
            return
        if nxt[0] in ("date", "volume") and not any(r[0] == "journal" for r in found):
            for k in range(min(8, len(words) - 4), 0, -1):
                tail = words[-k:]
                if tuple(w for w, _a, _b in tail) in names and text[tail[0][1]].isupper() and _sentence_case(words[:-k], text):
                    if not text[words[-k - 1][1]].islower() and not text[tail[0][1] - 1] in " ":
                        return
                    cut = tail[0][1]
                    found[i : i + 1] = [(lab, s, _trim_end(text, s, cut)), ("journal", cut, e)]
                    return
        return


def _sentence_case(words: list[tuple[str, int, int]], text: str) -> bool:
    """Most words after the first start in lower case (a title in sentence case, where a
    capitalised run at the end stands out as a name)."""
    rest = words[1:]
    return len(rest) >= 3 and sum(text[a].islower() for _w, a, _b in rest) >= 0.6 * len(rest)


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " ,.;:":
        end -= 1
    return end


def _names() -> frozenset:
    from pipeline.ingest.reference_crf import _venues

    return _venues()[0]


def title_head_in_journal(text: str, found: list) -> None:
    """``... virus strains isolated from | Peru J Gen Virol``,
    ``... a model for studying | ageing Science``: the journal run took the title's
    last words; when the journal run is no name the venue gazetteer holds but its tail is, and
    no sentence break lies between, the words before that tail go back to the title."""
    names = _names()
    if not names:
        return
    for i in range(len(found) - 1):
        lab, s, e = found[i]
        nlab, ns, ne = found[i + 1]
        if lab != "title" or nlab != "journal":
            continue
        gap = text[e:ns]
        if re.search(r"[.;:!?]", gap) or len(gap) > 40:
            return
        jw = _letter_words(text, ns, ne)
        if not jw or tuple(w for w, _a, _b in jw) in names:
            return
        for k in range(1, min(3, len(jw) - 1) + 1):
            rest = jw[k:]
            if tuple(w for w, _a, _b in rest) in names and text[rest[0][1]].isupper():
                # the words moved are a title's ("Peru", "ageing"), no abbreviation ("Am J")
                if re.search(r"[.;:!?]\s", text[ns : rest[0][1]]) or any(b - a <= 2 or text[b : b + 1] == "." for _w, a, b in jw[:k]):
                    return
                cut = rest[0][1]
                found[i] = (lab, s, _trim_end(text, s, cut))
                found[i + 1] = (nlab, cut, ne)
                return
        return


_CJK_RUN = rf"[{_CJK}]"


def title_in_journal_by_name(text: str, found: list) -> None:
    """``Haldane TL. Sepsis in infants. ClinTestDis (2003)``, ``Haldane TK. Mitochondrial myopathy
    in a child treated with cisplatin Lancet 1988``, ``王芳. 线粒体自噬的研究. 东海肿瘤医学 2019``: no title
    found, and the journal run after the authors holds the title, then a journal name the
    venue gazetteer holds (or, in CJK, a second CJK sentence); the title goes to its own run."""
    labels = {lab for lab, _s, _e in found}
    if labels & {"title", "booktitle"}:
        return
    names = _names()
    for i in range(1, len(found)):
        lab, s, e = found[i]
        if lab != "journal":
            continue
        if found[i - 1][0] not in ("author", "date") or text[found[i - 1][2] : s].strip(" .,:;()'‘\"“"):
            return
        name = text[s:e]
        cjk = re.fullmatch(rf"['‘\"“]?({_CJK_RUN}[^.]*?{_CJK_RUN}['’\"”]?)\s*\.\s*({_CJK_RUN}[{_CJK} ]*{_CJK_RUN})", name)
        if cjk:
            found[i : i + 1] = [("title", s + cjk.start(1), s + cjk.end(1)), ("journal", s + cjk.start(2), s + cjk.end(2))]
            return
        words = _letter_words(text, s, e)
        for k in range(2, len(words)):
            tail = words[k:]
            if tuple(w for w, _a, _b in tail) not in names or not text[tail[0][1]].isupper():
                continue
            head = text[s : tail[0][1]]
            period = re.search(r"\.\s*$", head)
            # a title has words of its own: two with no period after them, one in lower case
            # ("Sepsis in infants."; not the abbreviations "J. Am." before "Chem. Soc")
            plain = [(a, b) for _w, a, b in words[:k] if text[b : b + 1] != "."]
            if (len(words[:k]) < 2 or len(plain) < 2 or not any(text[a].islower() and b - a >= 4 for a, b in plain)
                    or (not period and not _sentence_case(words[:k], text))):
                break
            found[i : i + 1] = [("title", s, _trim_end(text, s, tail[0][1])), ("journal", tail[0][1], e)]
            return
        return
