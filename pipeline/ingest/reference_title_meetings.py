"""Where a title ends at a meeting, a place or a proceedings volume, and which run is a
series's book (session 12, reftitle12).

Called at the end of ``reference_title_ends.repair``, on one entry's labelled runs
(``[(label, start, end), ...]``). Chosen on the title errors of the two dev folds of tune;
tested on strings written for the tests (``tests/test_reference_title_meetings.py``). Word
lists: ``months``, ``held_cues`` and ``meeting_words`` of ``title_ends`` in
``models/references/venue_words.json``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.ingest.reference_title_ends import _meeting_word, _settings, _trim

_TITLES = ("title", "booktitle")


@lru_cache(maxsize=1)
def _month_or_held() -> re.Pattern[str]:
    """A month name closing the title run, or a ``held in`` cue and what follows it."""
    months = "|".join(re.escape(w) for w in _settings().get("months", [])) or "(?!)"
    held = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _settings().get("held_cues", [])) or "(?!)"
    return re.compile(rf"(?i)(?:[\s,]+(?:{months})\.?|[\s,]+(?:{held})\b.*)$")


def meeting_date_or_place_in_title(text: str, found: list) -> None:
    """``Proceedings of the 9th Test Conference on Imaging August 5 - 8, 2009, Lindvale`` and
    ``Test Society Western Regional Meeting held in Lindvale, Testland``: a title naming a meeting
    (``meeting_words``) ran on into the month of its dates (the day numbers after it left out)
    or into its ``held in`` place; the title ends before them."""
    for i, (lab, s, e) in enumerate(found):
        if lab not in _TITLES:
            continue
        title = text[s:e]
        m = _month_or_held().search(title)
        if not m or not _meeting_word().search(title[: m.start()]) or len(title[: m.start()].split()) < 2:
            return
        if not m.group(0).lower().lstrip(" ,").startswith(("held", "tenue")):
            # a month counts only when day numbers follow it outside the title
            if not re.match(r"\s*\d{1,2}\b", text[e:]):
                return
        found[i] = (lab, s, _trim(text, s, s + m.start()))
        return


_IN_VOLUME = re.compile(r",\s+in\s+(?=[A-Z])")
_PROCEEDINGS_AFTER = re.compile(r"(?i)\bproceedings\b|\bproc\s*\.|\beds?\s*\.|\beditors?\b")


def proceedings_volume_after_in(text: str, found: list) -> None:
    """``Lattice methods for test mesons, in Nuclear and particle physics. Proceedings, 5th Test
    School, Lindvale``: the title ran on after ``, in`` into the name of the volume it appeared
    in (sentence case, so the venue repairs that want title case left it); when the entry names
    the proceedings or its editors after the title, the title ends before ``, in``."""
    for i, (lab, s, e) in enumerate(found):
        if lab not in _TITLES:
            continue
        m = _IN_VOLUME.search(text, s, e)
        if not m or len(text[s : m.start()].split()) < 2 or len(text[m.end() : e].split()) < 2:
            return
        if not _PROCEEDINGS_AFTER.search(text[m.end() :]):
            return
        found[i] = (lab, s, m.start())
        return


def repair(text: str, found: list) -> None:
    """All of this module's repairs, in order."""
    meeting_date_or_place_in_title(text, found)
    proceedings_volume_after_in(text, found)
    place_before_venue(text, found)
    book_after_series_volume(text, found)


_PLACE = re.compile(r"[A-Z][^\W\d_]+(?:[\s-][A-Z][^\W\d_]+)?")


def place_before_venue(text: str, found: list) -> None:
    """``Larval counts in the Lindvale marshes, Testland. Test Zool Heft 3:2-21`` and ``... of the
    Avak test crater, Testland (abstract). Test Planetary Science XII``: one or two capitalised
    words after the title's comma that the CRF took for a place (or an editor, or a publisher
    before a journal), right before the venue, are the end of the title (an article names no
    place of publication; a place after a venue stays the venue's, and a meeting's title
    keeps its place out)."""
    for i in range(len(found) - 2):
        lab, s, e = found[i]
        plab, ps, pe = found[i + 1]
        vlab = found[i + 2][0]
        if lab not in _TITLES:
            continue
        if not (plab in ("pubplace", "editor") and vlab in ("journal", "booktitle") or plab == "publisher" and vlab == "journal"):
            return
        if text[e:ps].strip() != "," or not _PLACE.fullmatch(text[ps:pe]):
            return
        if _meeting_word().search(text[s:e]):
            return  # a meeting's place ("Meeting #12, Lindvale, Testland, 3-5 May") is no title's
        if any(r[0] in ("pubplace", "publisher") for r in found[i + 2 :]):
            return
        if not re.match(r"\s*(?:\([a-z ]+\)\s*)?[.,]", text[pe:]):
            return
        found[i : i + 2] = [(lab, s, pe)]
        return


_BOOK_AFTER_VOLUME = re.compile(r"\s*,\s*([^,]{6,}?)\s*,")


def book_after_series_volume(text: str, found: list) -> None:
    """``Lind K., 2011, in Test Society Conference Series, Vol. 12, Test Stars in Transition, Moreau H.,
    Haas O., eds., p. 83`` (the astronomy journals' form): the venue after ``in`` is the series,
    the words between its volume and the editors are the book (the entry's title field when it
    has no title of its own), whatever the CRF made of them."""
    if any(lab == "title" for lab, _s, _e in found):
        return
    for i in range(len(found) - 1):
        lab, s, e = found[i]
        if lab not in ("booktitle", "journal"):
            continue
        if found[i + 1][0] != "volume" or not re.search(r"(?:^|[\s,])in\s*$", text[max(0, s - 4) : s]):
            return
        m = _BOOK_AFTER_VOLUME.match(text, found[i + 1][2])
        if not m or not re.search(r",\s*eds?\.", text[m.end() - 1 : m.end() + 150]):
            return  # the editors close the book's name
        b0, b1 = m.start(1), m.end(1)
        rest = []
        for run in found[i + 2 :]:
            if run[2] <= b1 + 1:
                continue  # inside the book's span
            rest.append((run[0], max(run[1], m.end()), run[2]) if run[1] < m.end() else run)
        found[i:] = [("series", s, e), found[i + 1], ("booktitle", b0, b1)] + [r for r in rest if r[2] > r[1]]
        return
