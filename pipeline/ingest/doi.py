"""DOIs in reference entries: find one, close it at its real end, normalise it.

A DOI has no defined terminator, so its end is decided from what follows it in
a reference: white space (unless extraction broke the DOI after ``.``, ``/`` or
``-``), a comma, semicolon or bracket, a ``.URL`` / ``.PMID`` / ``.Available``
glued on, or a publication year in parentheses (``10.1101/123456 (2009)``,
``...123456(2009).``). Parentheses inside the DOI stay when they are followed
by more of it (``10.1007/JHEP11(2013)158``, ``10.1016/S0140-6736(20)30183-5``).
"""

from __future__ import annotations

import re

_PREFIX = re.compile(r"(?i)(?:https?\s?://\s?(?:dx\.)?doi\.org/|doi\s*:\s*|doi\s+)")
_START = re.compile(r"10\.\s?\d{4,9}\s?/")
_TRAILING = ".,;:)]}>\"'"
# Words glued to a DOI's end by extraction (".URL http...", ".PMID 123", ".Epub 2020").
_GLUED_WORD = re.compile(
    r"(?i)\.(?=(?:url|https?|www)|(?:isbn|issn)(?=[\s\d:])|(?:available|accessed|pmid|pmcid|epub|arxiv|retrieved|published)\b)"
)
_YEAR_TAIL = re.compile(r"\(\s*(?:19|20)\d{2}[a-z]?\s*\)?$")
_STOP = re.compile(r"[,;\[\]<>\"“”]|\s")


def _close(doi: str) -> str:
    doi = doi.rstrip(_TRAILING)
    # Balanced parentheses belong to the DOI; an unbalanced closing one does not.
    while doi.endswith(")") and doi.count("(") < doi.count(")"):
        doi = doi[:-1].rstrip(_TRAILING)
    year = _YEAR_TAIL.search(doi)
    if year and year.start() > doi.index("/") + 1:
        doi = doi[: year.start()].rstrip(_TRAILING)
    if doi.count("(") > doi.count(")"):
        doi = re.sub(r"\([^()]*$", "", doi).rstrip(_TRAILING)
    return doi


def normalize_doi(raw: str | None) -> str | None:
    """``"doi:10. 1186/S10020-025-01182-W."`` -> ``"10.1186/s10020-025-01182-w"``; None when no DOI.

    Lower-cased (DOIs are case-insensitive), resolver and ``doi:`` prefixes
    removed, whitespace that extraction put inside the DOI removed, trailing
    punctuation and a trailing ``(year)`` dropped.
    """
    if not raw:
        return None
    text = _PREFIX.sub("", raw.strip())
    match = _START.search(text)
    if not match:
        return None
    doi = _close(re.sub(r"\s+", "", text[match.start() :]))
    if "/" not in doi or doi.endswith("/"):
        return None
    return doi.lower()


# Start of a DOI in running text, with an optional resolver or "doi:" prefix.
_IN_ENTRY = re.compile(r"(?i)(?:https?\s?://\s?(?:dx\.)?doi\.org/|\bdoi\s*:?\s*)?(10\.\s?\d{4,9}\s?/)")
# A space extraction inserted: after ". / -" and before a lower-case letter or digit
# that continues the DOI ("10.1016/j. canlet.2024", "10.1038/s41586- 020-2012-7").
# ... or before the "." the line broke at ("10.1371/journal.pone .0123456"): no word starts with ".0"
_BROKEN_SPACE = re.compile(r"(?<=/)\s(?=\w)|(?<=[.\-_])\s(?=[a-z0-9])|(?<=\w)\s(?=\.[a-z0-9])")


def find_doi_span(entry: str) -> tuple[int, int, str] | None:
    """(start, end, normalised DOI) of the first DOI in ``entry``; None when there is none."""
    match = _IN_ENTRY.search(entry)
    if not match:
        return None
    start = match.start()
    pos = match.end()
    while pos < len(entry):
        stop = _STOP.search(entry, pos)
        if stop is None:
            pos = len(entry)
            break
        if stop.group(0).isspace() and _BROKEN_SPACE.match(entry, stop.start()) and not re.match(r"\s(?:19|20)\d\d\b(?!\.\d)", entry[stop.start():]):
            pos = stop.end()
            continue
        pos = stop.start()
        break
    text = entry[match.start(1) : pos]
    glued = _GLUED_WORD.search(text)
    if glued:
        text = text[: glued.start()]
    doi = normalize_doi(text)
    if doi is None:
        return None
    # The span ends where the DOI's own characters end (spaces inside it not counted).
    end, seen = match.start(1), 0
    while end < pos and seen < len(doi):
        seen += not entry[end].isspace()
        end += 1
    return start, end, doi


def find_doi(entry: str) -> str | None:
    span = find_doi_span(entry)
    return span[2] if span else None
