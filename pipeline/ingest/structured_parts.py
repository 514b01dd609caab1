"""A structured abstract whose part labels stand on lines of their own (``Background`` / text /
``Methods`` / text ...): the PDF reader sees each label as a bold heading, so without this rule the
abstract is empty and its parts become sections.

``PartRun`` follows the front matter block by block: it opens at an ``Abstract`` / ``Summary`` label,
takes a heading that is a part label (``models/ingest/front_matter.json``, ``structured_parts``) right
after the label or after an earlier part, in the printed order (ranks never fall; only the first two
ranks repeat), and closes at abstract text that no part label opened, at any other heading, and after
the last rank. A body heading after the abstract (``Introduction``, ``Results``) is thus never taken.

A part's text is short (``max_part_words``): when the text after a taken label runs longer, the run was
the body's own sections (an abstract that reading order put after the body's first heading, OUP's small
print; BMC's ``Background`` / ``Methods`` sections), and ``text`` says so; the assembler then gives the
taken labels back as section headings (``taken``: their heading texts, in order).
"""

from __future__ import annotations

import json
from functools import lru_cache

from pipeline.resources import model_path


@lru_cache(maxsize=1)
def _rules() -> tuple[dict[str, int], int, int]:
    rules = json.loads(model_path("ingest", "front_matter.json").read_text(encoding="utf-8"))["structured_parts"]
    ranks = {name: rank for rank, names in enumerate(rules["ranks"]) for name in names}
    return ranks, rules["max_words"], rules["max_part_words"]


def _key(text: str) -> str:
    return " ".join(text.strip().rstrip(":.").split()).lower()


class PartRun:
    """The structured-abstract state of one document's front matter."""

    def __init__(self) -> None:
        self.rank: int | None = None  # None: no run open; -1: just after the abstract label
        self.has_text = False  # the last part label has its text
        self.words = 0  # words of text since the last part label
        self.taken: list[str] = []  # the heading texts taken as part labels in the open run

    def label(self, key: str) -> None:
        """A front label was read (its ``_key``): an abstract label opens a run, any other closes it."""
        self.rank = -1 if key in ("abstract", "summary") else None
        self.taken = []

    def text(self, words: int) -> bool:
        """Front text of ``words`` words was read: right after the label it is an unstructured abstract (the
        run closes). True when it makes a part's text too long for an abstract: the taken labels were body
        sections (the run closes; ``taken`` keeps them for the caller)."""
        if self.rank == -1:
            self.rank = None
        elif self.rank is not None:
            self.has_text = True
            self.words += words
            if self.words > _rules()[2]:
                self.rank = None
                return True
        return False

    def heading(self, text: str) -> bool:
        """Is the heading ``text`` the next part label of the open run? (Else the run closes.)"""
        ranks, max_words, _ = _rules()
        rank = ranks.get(_key(text))
        ok = (self.rank is not None and rank is not None and len(text.split()) <= max_words
              and (self.rank == -1 or self.has_text)
              and (rank > self.rank or (rank == self.rank and rank <= 1)))
        self.rank = rank if ok else None
        self.has_text = False
        self.words = 0
        if ok:
            self.taken.append(text)
        else:
            self.taken = []
        return ok
