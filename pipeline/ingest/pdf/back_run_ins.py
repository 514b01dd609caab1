"""Back-matter run-ins in the middle of a paragraph (Science's Acknowledgments paragraph: ``We thank ...
**Funding:** This work ... **Author contributions:** ... **Competing interests:** ...``; PNAS's small-type
``**Data availability.** ... **ACKNOWLEDGMENTS.** ...``).

The paragraph is cut before each bold known back-matter title (``section_titles.json`` ``back``) that
ends with ``:`` or ``.`` and follows a sentence's end, so each statement becomes a paragraph of its own
that opens with its run-in heading (``headings.split_run_in`` then takes it). Hand-written: a layout rule
of this reader, no library splits PDF paragraphs at run-in headings.
"""

from __future__ import annotations

import re

from pipeline.ingest.pdf.headings import back_matter_title
from pipeline.ingest.pdf.layout import Line

_END_RE = re.compile(r"[.!?)\]]['\"”’]?$")
MAX_TITLE_WORDS = 6  # ``Data, Materials, and Software Availability``


def _cut_points(words: list, body_bold: bool) -> list[int]:
    """Indices (into the paragraph's words) where a bold back-matter title run in after a sentence starts."""
    out = []
    for i in range(1, len(words)):
        w = words[i]
        if not w.bold or body_bold or words[i - 1].bold or not _END_RE.search(words[i - 1].text):
            continue
        for n in range(1, MAX_TITLE_WORDS + 1):
            run = words[i : i + n]
            if len(run) < n or not all(x.bold for x in run):
                break
            last = run[-1].text
            if last.endswith((":", ".")) and back_matter_title(" ".join(x.text for x in run)):
                out.append(i)
                break
    return out


def _piece(ln: Line, words: list) -> Line:
    new = Line(list(words), side=ln.side).finish()
    new.page, new.note, new.side_block = ln.page, ln.note, ln.side_block
    return new


def split_back_run_ins(paras: list[list[Line]], body_bold: bool) -> list[list[Line]]:
    """Each paragraph cut before its mid-paragraph back-matter run-ins (see the module docstring)."""
    out: list[list[Line]] = []
    for para in paras:
        if para[0].rows is not None or not any(w.bold for ln in para for w in ln.words):
            out.append(para)
            continue
        flat = [(k, w) for k, ln in enumerate(para) for w in ln.words if not w.sup]
        cuts = set(_cut_points([w for _, w in flat], body_bold))
        if not cuts:
            out.append(para)
            continue
        starts = {id(flat[i][1]) for i in cuts}
        current: list[Line] = []
        for ln in para:
            words: list = []
            for w in ln.words:
                if id(w) in starts:
                    if words:
                        current.append(_piece(ln, words))
                    if current:
                        out.append(current)
                    current, words = [], []
                words.append(w)
            if words:
                current.append(_piece(ln, words) if len(words) != len(ln.words) else ln)
        if current:
            out.append(current)
    return _join_bare_titles(out)


def _bare_title(para: list[Line]) -> bool:
    words = [w for ln in para for w in ln.words if not w.sup]
    text = " ".join(w.text for w in words)
    return (len(para) == 1 and para[0].rows is None and 0 < len(words) <= MAX_TITLE_WORDS and all(w.bold for w in words)
            and text.endswith((":", ".")) and back_matter_title(text))


def _join_bare_titles(paras: list[list[Line]]) -> list[list[Line]]:
    """A run-in title left alone at a line's end (``... discussion. **Author contributions:**`` / its
    statement on the next line) goes on with the paragraph under it, so it stays a run-in."""
    out: list[list[Line]] = []
    for para in paras:
        prev = out[-1] if out else None
        if (prev is not None and _bare_title(prev) and para[0].rows is None and para[0].page == prev[0].page
                and para[0].side == prev[0].side and 0 < para[0].top - prev[0].top <= 2 * prev[0].size
                and para[0].words and not para[0].words[0].bold):
            out[-1] = prev + para
            continue
        out.append(para)
    return out
