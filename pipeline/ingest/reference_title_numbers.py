"""Numbers at the edges of a reference's title (session 12, reftitle12).

Called at the end of ``reference_title_ends.repair``. Each function works on one entry's
labelled runs (``[(label, start, end), ...]``, character offsets into the entry) and repairs
one class of slips in place, where the CRF parted a title from a number that belongs to it
(a year glued to a word, a span of years, an edition) or took a volume count into it.
Chosen on the title errors of the two dev folds of tune
(``benchmarks/references_bench.py --dev MODEL --fold N --errors title``); tested on strings
written for the tests (``tests/test_reference_title_numbers.py``).
"""

from __future__ import annotations

import re

_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")
_TITLES = ("title", "booktitle")


def _dates_besides(found: list, i: int) -> bool:
    """Whether a date run other than ``found[i]`` is in the entry."""
    return any(lab == "date" for k, (lab, _s, _e) in enumerate(found) if k != i)


def year_glued_to_title(text: str, found: list) -> None:
    """``Okafor, 1960s mitophagy studies ...`` written with the year glued to its word (a CJK
    or Hangul decade word, ``1930년대``): a date run the title run goes on from without a
    space is the title's first word when the entry has its date elsewhere."""
    for i in range(len(found) - 1):
        lab, s, e = found[i]
        nlab, ns, ne = found[i + 1]
        if lab != "date" or nlab not in _TITLES:
            continue
        if ns == e and text[ns : ns + 1].isalpha() and _YEAR.fullmatch(text[s:e]) and _dates_besides(found, i):
            found[i : i + 2] = [(nlab, s, ne)]
            return
        # "(2015). 2015 survey of ...": the date run took the title's year after its own
        two = _TWO_YEARS.fullmatch(text[s:e])
        if two and text[e:ns] == " ":
            found[i : i + 2] = [(lab, s, s + two.end(1)), (nlab, s + two.start(2), ne)]
            return
        # "et al. 2019 Test Society guideline ... Test Med J 2019;4:1": a bare year with no
        # punctuation before the title, the same year printed again after it as the date (not a
        # proceedings venue, "2020 Test Conference on ...", whose year the venue keeps out)
        if nlab == "title" and text[e:ns] == " " and _YEAR.fullmatch(text[s:e]) and text[s - 1 : s] in (" ", "") \
                and any(lab2 == "date" and text[s2:e2].startswith(text[s:e]) for lab2, s2, e2 in found[i + 2 :]):
            found[i : i + 2] = [(nlab, s, ne)]
            return


_TWO_YEARS = re.compile(r"((?:1[5-9]|20)\d\d[a-z]?\)?)[.,]\s+((?:1[5-9]|20)\d\d)")


_RANGE_AFTER = re.compile(r"\s*,\s*((?:[A-Z][^\W\d_]+(?:\s[A-Z][^\W\d_]+)?,\s*)?"
                          r"(?:1[5-9]|20)\d\d\s*[-–—]\s*(?:1[5-9]|20)?\d\d)(?=\s*[.,;]|\s*$)")


_CJK_HEAD = re.compile(r"(?:(?<=[\s.)])|^)([\u3131-\u318e\uac00-\ud7a3\u3400-\u4dbf\u4e00-\u9fff]{1,4}\.)$")


def cjk_abbreviation_opening_title(text: str, found: list) -> None:
    """``박하늘(2019). 중.노년층의 ...`` (``중.`` short for a word shared with the next one): a CJK or
    Hangul word closed by a period with the title glued after it, left out of every run, opens
    the title; a sentence break would have a space after the period."""
    for i, (lab, s, e) in enumerate(found):
        if lab not in _TITLES:
            continue
        m = _CJK_HEAD.search(text, 0, s)
        prev_end = found[i - 1][2] if i else 0
        if m and m.start(1) >= prev_end and text[s : s + 1].isalpha() and not text[s : s + 1].isascii():
            found[i] = (lab, m.start(1), e)
        return


def year_span_closing_title(text: str, found: list) -> None:
    """``Labour and welfare in the river towns, 1820-1914, Lindvale, Test Press, 1998`` and
    ``Larval counts at Lindvale, Testland, 1979-1986. Test Mar Symp 1994``: a span of years after
    the title's comma (a place may stand before it) is the period the work covers, part of the
    title; a work is published in one year, so it is no date when the entry has another."""
    for i, (lab, s, e) in enumerate(found):
        if lab not in _TITLES:
            continue
        m = _RANGE_AFTER.match(text, e)
        if not m:
            return
        end = m.end(1)
        inside = [k for k in range(i + 1, len(found)) if found[k][1] < end]
        if not inside or any(found[k][0] not in ("date", "pages", "pubplace", "publisher", "O") for k in inside):
            return
        if not any(lab2 == "date" and s2 >= end for lab2, s2, _e2 in found[i + 1 :]):
            return
        tail = [k for k in inside if found[k][2] > end]  # a run that goes on past the span keeps its rest
        for k in tail:
            found[k] = (found[k][0], end, found[k][2])
        found[i] = (lab, s, end)
        del found[i + 1 : i + 1 + len(inside) - len(tail)]
        return


_ORDINAL_END = re.compile(r"\b\d{1,2}\s?(?:st|nd|rd|th)$|\b(?:second|third|fourth|fifth|sixth|revised|new)$", re.I)
_EDITION_WORD = re.compile(r"\s+(edition|edn\.?|ed\.)(?=\s|$|[,;])", re.I)


def edition_cut_from_ordinal(text: str, found: list) -> None:
    """``Applied Test Methods 4th edition Lindvale Press``: the CRF ended the title between an
    ordinal and its ``edition``; the edition note is one, and with no comma before it the
    title keeps it (a comma's ``, 3rd edn`` is cut off by ``reference_crf``)."""
    for i, (lab, s, e) in enumerate(found):
        if lab not in _TITLES:
            continue
        if not _ORDINAL_END.search(text[s:e]):
            return
        m = _EDITION_WORD.match(text, e)
        if not m:
            return
        end = m.end(1)
        for k in range(i + 1, len(found)):
            nlab, ns, ne = found[k]
            if ns < end:
                found[k] = (nlab, max(ns, end), ne)
        found[i] = (lab, s, end)
        return


_VOLUME_COUNT = re.compile(r"[.,]\s*(?:in\s+)?\d{1,2}\s*(?:vols?|volumes|Bde|tomes)\.?$", re.I)


def volume_count_closing_title(text: str, found: list) -> None:
    """``Printing Test Types: Their History and Use. 2 vols. 2nd ed. Lindvale``: how many
    volumes a work has is no part of its title."""
    for i, (lab, s, e) in enumerate(found):
        if lab not in _TITLES:
            continue
        m = _VOLUME_COUNT.search(text[s:e])
        if m and len(text[s : s + m.start()].split()) >= 2:
            found[i] = (lab, s, s + m.start())
        return


def repair(text: str, found: list) -> None:
    """All of this module's repairs, in order."""
    year_glued_to_title(text, found)
    cjk_abbreviation_opening_title(text, found)
    year_span_closing_title(text, found)
    edition_cut_from_ordinal(text, found)
    volume_count_closing_title(text, found)
