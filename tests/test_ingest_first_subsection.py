"""Plain-text passages whose first heading is a numbered subsection or a later chapter (issue 9, session 8,
branch rel3): the numbering opens there when the next numbered heading follows it. Texts written for the test."""

from __future__ import annotations

import pytest

from pipeline.document import Source
from pipeline.ingest import ingest_text
from pipeline.ingest.headings import confirmed_start

BODY = ("PINK1 and Parkin are raised in drug-resistant ovarian cancer cells, and their loss restores sensitivity "
        "in several models of the disease.")


def _sections(text):
    doc = ingest_text(text, Source(path="excerpt.txt", format="text", sha256="0" * 64))
    return [(s.number, s.title) for s in doc.sections]


@pytest.mark.parametrize(("first", "second"), [("4.2", "4.3"), ("3", "4"), ("5.1", "5.2"), ("2.4", "3")])
def test_first_numbered_subsection_opens_the_numbering(first, second):
    text = f"{first} Mitophagy in chemoresistance\n\n{BODY}\n\n{second} Mitophagy in radioresistance\n\n{BODY}\n"
    assert _sections(text) == [(first, "Mitophagy in chemoresistance"), (second, "Mitophagy in radioresistance")]


def test_unconfirmed_late_number_stays_text():
    # one numbered line and no numbered heading after it: no numbering to open, as before
    sections = _sections(f"7 Mitophagy in chemoresistance\n\n{BODY}\n\nIntroduction\n\n{BODY}\n")
    assert all(number == "" for number, _ in sections)


@pytest.mark.parametrize(("first", "second", "expected"), [
    ((4, 2), (4, 3), True),
    ((3,), (4,), True),
    ((1,), (2,), False),  # follows(None) already accepts it
    ((4, 2), (7, 1), False),  # the second does not follow
    ((4, 2), None, False),
])
def test_confirmed_start_needs_a_following_second_number(first, second, expected):
    assert confirmed_start(first, second) is expected
