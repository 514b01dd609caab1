"""Synthetic journal-style PDFs with exact gold structure: a development set for the PDF reader (issues 10, 11).

``python scripts/make_synthetic_pdfs.py OUT_DIR [-n 45] [--seed 0] [--family 1|2|3|4|5]`` writes ``synth_001.pdf`` ... and,
beside each, ``synth_001.json``: the gold in the schema of ``annotations/pdf/*.json`` (title, abstract
first/last words, front-matter blocks, headings with levels and numbers, reference count, style and five
sampled entries, tables with label, caption start and shape) plus what the scorer of
``benchmarks/pdf_synthetic.py`` needs beyond it: the layout ``classes`` drawn for the document, the
running header/footer strings, the text drawn inside figures, figure caption starts and table footnotes
(none of which may reach a body paragraph).

Every document draws its own combination of publisher-like layout classes (columns, running furniture,
title block, abstract kind, front-matter blocks, heading style, figures, table rulings, reference and
citation style, hyphenation, ligature font); see ``CLASS_AXES`` and the README section "Synthetic PDF
layouts". Family 2 (``FAMILY2_AXES``) draws the front-matter and heading classes family 1 lacks, from
its own random stream, so family 1 stays byte-identical; family 3 (``FAMILY3_AXES``) the Science/PNAS classes,
from a stream of its own too; family 4 (``FAMILY4_AXES``) line-numbered preprints, bioRxiv furniture, small-caps,
run-in and bare-number headings, the PLOS metadata strip, cover sheets and seven abstract placements; family 5
(``FAMILY5_AXES``, ``scripts/synthetic_family5.py``) history lines, run-in and side-column abstract labels, keyword and
abbreviation lines, two-size titles and large banners, ``1 |`` / square / unpunctuated numbering, colour-only and
body-size small-caps headings, ``Declarations`` back matter. Document ``n`` depends only on ``(seed, n)``, so ``-n 3`` gives the first three documents of
``-n 45``, and the same seed gives byte-identical PDFs (reportlab's ``invariant`` mode).

Split: document number ``n`` (1-based) with ``n % 3 == 0`` is TEST. With the file names ``synth_NNN``
this is also ``mitominer bench-pdf``'s rule (sorted index % 3 == 2), so both tools agree.

The filler text is written from ``models/synthetic/vocabulary.json`` (hand-written templates); the fonts
are the ones reportlab ships (Times, Helvetica, Courier, and Bitstream Vera, a TrueType face that has the
``fi``/``fl`` ligature glyphs). The layout is hand-written on reportlab's platypus frames because no
library generates journal layouts with gold structure.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

import reportlab
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus.doctemplate import LayoutError
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    ImageAndFlowables,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

import synthetic_family5 as family5
import synthetic_family6 as family6
import synthetic_family7 as family7
from synthetic_family5 import FAMILY5_AXES
from synthetic_family6 import FAMILY6_AXES
from synthetic_family7 import FAMILY7_AXES
from synthetic_text import esc, first_words, last_words

ROOT = Path(__file__).resolve().parent.parent
VOCABULARY = ROOT / "models" / "synthetic" / "vocabulary.json"

# the class axes a document draws from (value lists); the gold records the drawn value of each
CLASS_AXES = {
    "columns": ["one", "two", "three", "two_unequal"],
    "font": ["times", "helvetica", "vera_ligatures"],
    "running": ["journal_page", "doi_footer", "preprint", "alternating"],
    "title_block": ["plain", "kicker_banner", "sidebar_info"],
    "page1_footnotes": ["none", "correspondence", "correspondence_licence_abbrev"],
    "abstract": ["labelled", "labelled_caps", "runin", "lead_bold", "structured", "summary_cell"],
    "headings": ["numbered", "numbered_mdpi", "caps", "smallcaps", "coloured", "plain_bold"],
    "back_matter": ["headed", "runin"],
    "references": ["vancouver", "nature", "cell", "apa", "mdpi"],
    "hyphenation": ["on", "off"],
    "floats": ["in_column", "full_width_top"],  # full_width_top: a figure or table across the columns at the top of page 2
    "figure_label": ["Figure N.", "Fig. N.", "Figure N |", "FIGURE N"],
    "table_label": ["Table N.", "Table N |", "Table N:", "Table N"],
}
# family 2 (``--family 2``, issue 10 session 8): front-matter and heading classes family 1 lacks. These axes
# replace family 1's of the same name; documents are drawn from their own random stream, so family 1
# (every seed) stays byte-identical.
FAMILY2_AXES = {
    # boxed: a shaded, ruled box across the columns; label_margin: the label in a margin cell beside the text;
    # lead_large: no label, a larger regular-weight lead paragraph under the authors; structured_lines: part
    # labels on their own lines; structured_runin: bold run-in part labels; sidebar_left: a narrow left
    # column of page 1 beside the introduction; in_columns: set in the body columns (may run into the next
    # one); cover_page: title, authors and abstract alone on page 1, the body from page 2
    "abstract": ["boxed", "label_margin", "lead_large", "structured_lines", "structured_runin", "sidebar_left", "in_columns", "cover_page"],
    "abstract_label": ["Abstract", "ABSTRACT", "Summary", "SUMMARY", "A B S T R A C T"],
    "title_block": ["plain", "journal_banner", "type_banner"],
    "title_form": ["plain", "wrapped", "footnote_mark"],
    # roman: I. / A. / 1.; caps_numbered: 1. INTRODUCTION, 1.1 Sub; bar: level 1 white on a coloured bar;
    # runin_sub: level 2 bold and level 3 italic run-in headings ending with a period; wrapped: level-2
    # headings long enough to wrap over two lines
    "headings": ["roman", "caps_numbered", "smallcaps", "bar", "runin_sub", "wrapped"],
    "back_matter": ["headed_caps", "headed_italic", "headed_small", "runin"],
}
# family 3 (``--family 3``, issue 10 session 9, pdffront3): Science/AAAS and PNAS front matter and heading
# classes. science: three columns, the title block and a bold unlabelled abstract over the left two columns of
# page 1 while the third column runs from the page top; pnas: two columns, a bold unlabelled abstract beside a
# boxed Significance statement, a keyword line with bars under it. Drawn from their own random stream.
FAMILY3_AXES = {
    "front3": ["science", "pnas"],
    # one_line: a one-sentence italic summary (teaser) between the authors and the abstract
    "teaser": ["none", "one_line"],
    # caps_heading: INTRODUCTION (or 1. Introduction); drop_cap: unheaded, its first letter a drop cap; unheaded
    "intro": ["caps_heading", "drop_cap", "unheaded"],
    # caps_bold_sub: RESULTS / DISCUSSION / MATERIALS AND METHODS in capitals, bold sentence subheadings on lines of
    # their own; caps_runin_sub: the same with bold run-in sentence subheadings; numbered_runin_sub: 1. Results ...
    # with bold run-in subheadings (one level under the numbered section)
    "headings": ["caps_bold_sub", "caps_runin_sub", "numbered_runin_sub"],
    # midpara: an ACKNOWLEDGMENTS heading over one paragraph with Funding: / Author contributions: / Competing
    # interests: run in mid-paragraph (Science); pnas_runin: Data availability. run in at the end of the methods and
    # ACKNOWLEDGMENTS. run in at the start of a paragraph in small type (PNAS)
    "back_matter": ["midpara", "pnas_runin"],
    "supplementary": ["none", "box"],
    # three_columns: the reference pages of a two-column paper set in three columns
    "last_page": ["same", "three_columns"],
}
# family 4 (``--family 4``, issue 10 session 11, pdflayout10): the layouts the real test split has trouble with.
# Drawn from their own random stream over family 2's axes (families 1-3 stay byte-identical).
FAMILY4_AXES = {
    # manuscript line numbers in the left margin of every page, the title page included: beside every line slot
    # (at the body leading, counted on across pages) or beside every fifth
    "line_numbers": ["every_line", "every_5th", "none"],
    # biorxiv: the two-line bioRxiv notice over every page and the page number under it
    "running": ["biorxiv", "journal_page", "doi_footer"],
    # seven abstract placements (family 2's machinery): labelled over the columns, boxed, its label in a margin
    # cell, an unlabelled larger lead, set in the body columns, alone on page 1, a narrow left column of page 1
    "abstract": ["labelled", "boxed", "label_margin", "lead_large", "in_columns", "cover_page", "sidebar_left"],
    "title_block": ["plain", "type_banner"],
    "title_form": ["plain", "wrapped"],
    # smallcaps: levels 1 and 2 in true small caps (capitals full size, lower-case letters as smaller capitals);
    # runin_long: long bold level-2 headings run in ending with a full stop; wrapped: long level-2 headings on lines
    # of their own; bare_number: ``2.3.`` alone on a line above its title; caps_numbered: 1. INTRODUCTION, 1.1 Sub
    "headings": ["smallcaps", "runin_long", "wrapped", "bare_number", "caps_numbered"],
    # plos: one text column right of a narrow left strip that holds the article metadata on pages 1 and 2
    "sidebar": ["none", "none", "plos"],
    # repository: page 1 is a repository cover sheet (accepted manuscript notice, citation, terms of use)
    "cover": ["none", "none", "repository"],
}
FAMILY2_FRONT = ["Highlights", "Significance", "eTOC", "Simple Summary", "Keywords", "Abbreviations"]
# front-matter blocks that are not the abstract (each drawn independently)
FRONT_BLOCKS = ["Highlights", "Significance", "Graphical abstract", "eTOC", "Simple Summary", "Keywords"]
TABLE_RULINGS = ["grid", "horizontal", "booktabs", "none", "shaded"]

VERA_DIR = Path(reportlab.__file__).resolve().parent / "fonts"
FONTS = {
    "times": ("Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"),
    "helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique"),
    "vera_ligatures": ("Vera", "Vera-Bold", "Vera-Italic", "Vera-BoldItalic"),
}
HEAD_FONTS = {"times": FONTS["times"], "helvetica": FONTS["helvetica"], "vera_ligatures": FONTS["vera_ligatures"]}
COLOURS = [colors.HexColor("#1f4e9c"), colors.HexColor("#a0262b"), colors.HexColor("#1b7a5a"), colors.HexColor("#6a3d9a")]


def register_fonts() -> None:
    if "Vera" in pdfmetrics.getRegisteredFontNames():
        return
    for name, file in (("Vera", "Vera.ttf"), ("Vera-Bold", "VeraBd.ttf"), ("Vera-Italic", "VeraIt.ttf"), ("Vera-BoldItalic", "VeraBI.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(VERA_DIR / file)))
    pdfmetrics.registerFontFamily("Vera", normal="Vera", bold="Vera-Bold", italic="Vera-Italic", boldItalic="Vera-BoldItalic")


# -- filler text -------------------------------------------------------------------------------------------


class Filler:
    """Biomedical-looking sentences from the vocabulary's templates; markup and plain text kept side by side."""

    def __init__(self, rng: random.Random, vocab: dict, hyphenate: bool, ligatures: bool):
        self.rng, self.v, self.hyphenate, self.ligatures = rng, vocab, hyphenate, ligatures
        self.focus = rng.sample(vocab["genes"], 2)  # the paper's own two genes come back often
        self.drug = rng.choice(vocab["drugs"])
        self.cancer = rng.choice(vocab["cancers"])
        self.recent: dict[str, list[str]] = {}

    def fill(self, template: str) -> str:
        r, v = self.rng, self.v
        gene = self.focus[0] if r.random() < 0.6 else r.choice(v["genes"])
        gene2 = self.focus[1] if r.random() < 0.6 else r.choice([g for g in v["genes"] if g != gene])
        subs = {
            "gene": gene, "gene2": gene2,
            "drug": self.drug if r.random() < 0.6 else r.choice(v["drugs"]),
            "drug_class": r.choice(v["drug_classes"]), "cancer": self.cancer if r.random() < 0.7 else r.choice(v["cancers"]),
            "cell": r.choice(v["cell_lines"]), "process": r.choice(v["processes"]), "effect": r.choice(v["effects"]),
            "outcome": r.choice(v["outcomes"]),
        }
        out = template
        for k, val in subs.items():
            out = out.replace("{" + k + "}", val)
        return out

    def sentence(self, pool: str = "sentences") -> str:
        """A sentence from a template not used in the last few sentences of the pool."""
        recent = self.recent.setdefault(pool, [])
        fresh = [t for t in self.v[pool] if t not in recent] or self.v[pool]
        template = self.rng.choice(fresh)
        recent.append(template)
        del recent[: max(0, len(recent) - len(self.v[pool]) // 2)]
        s = self.fill(template)
        return s[0].upper() + s[1:]

    def markup(self, plain: str) -> str:
        """Escaped markup of plain text: soft hyphens in long words, ligature glyphs when the font has them."""
        words = []
        for w in esc(plain).split(" "):
            core = w.strip(".,;:()")
            if self.hyphenate and core.lower() in self.v["hyphenation"] and core.islower():
                w = w.replace(core, self.v["hyphenation"][core.lower()].replace("-", "\u00ad"))
            if self.ligatures:
                w = w.replace("fi", "\ufb01").replace("fl", "\ufb02")
            words.append(w)
        return " ".join(words)


# -- references and in-text citations -------------------------------------------------------------------------


@dataclass
class Ref:
    authors: list[tuple[str, str]]  # (surname, initials)
    year: int
    title: str
    journal: str
    volume: int
    issue: int
    pages: str
    doi: str
    letter: str = ""  # 2019a / 2019b
    printed_year: str = ""  # seeds >= 10: "in press" / "n.d." in place of the year


class Citations:
    """Markers in the document's style; every entry is cited at least once (numeric: in order of first citation)."""

    def __init__(self, rng: random.Random, refs: list[Ref], mode: str, varied: bool = False):
        self.rng, self.refs, self.mode = rng, refs, mode  # mode: bracket | paren | super | authoryear
        self.varied = varied  # seeds >= 10: the citation forms of VARIED_FORMS; seed < 10 draws nothing more
        self.next_new = 0
        self.cited: set[int] = set()

    def _num_varied(self, nums: list[int]) -> str:
        """``1-3,5`` / ``1–3, 5``: runs of three or more as ranges inside a list (seeds >= 10)."""
        r = self.rng
        dash = r.choice(["\u2013", "-"])
        sep = "," if self.mode == "super" or r.random() < 0.4 else ", "
        parts, i = [], 0
        while i < len(nums):
            j = i
            while j + 1 < len(nums) and nums[j + 1] == nums[j] + 1:
                j += 1
            parts += [f"{nums[i]}{dash}{nums[j]}"] if j - i >= 2 else [str(n) for n in nums[i : j + 1]]
            i = j + 1
        return sep.join(parts)

    def _num(self, idxs: list[int]) -> str:
        nums = sorted(i + 1 for i in idxs)
        if self.varied:
            r = self.rng
            body = self._num_varied(nums)
            if self.mode == "super":
                return f"<super>{body}</super>"
            form = r.random()
            if form < 0.12:  # "refs 3 and 4", "ref. 7" in running text
                word = ("ref. " if len(nums) == 1 else r.choice(["refs ", "refs. "])) if r.random() < 0.7 else ("reference " if len(nums) == 1 else "references ")
                listed = body if len(nums) < 2 or r.random() < 0.5 else ", ".join(map(str, nums[:-1])) + " and " + str(nums[-1])
                return f"as in {word}{listed}"
            if form < 0.22:  # "(see ref. 4)"
                return f"(see ref{'s' if len(nums) > 1 else ''}. {body})"
            if form < 0.32:  # "[ 12 ]": a space inside both brackets
                return f"[ {body} ]" if self.mode == "bracket" else f"( {body} )"
            return f"[{body}]" if self.mode == "bracket" else f"({body})"
        if len(nums) >= 3 and nums[-1] - nums[0] == len(nums) - 1:
            body = f"{nums[0]}\u2013{nums[-1]}"
        else:
            body = ",".join(map(str, nums)) if self.mode == "super" else ", ".join(map(str, nums))
        if self.mode == "super":
            return f"<super>{body}</super>"
        return f"[{body}]" if self.mode == "bracket" else f"({body})"

    def _who(self, i: int) -> str:
        names = [a[0] for a in self.refs[i].authors]
        amp = " & " if self.varied and i % 5 == 2 else " and "
        return names[0] if len(names) == 1 else f"{names[0]}{amp}{names[1]}" if len(names) == 2 else f"{names[0]} et al."

    def _when(self, i: int) -> str:
        r = self.refs[i]
        return r.printed_year or f"{r.year}{r.letter}"

    def _author_year(self, i: int) -> str:
        comma = ", " if not self.varied or self.rng.random() < 0.6 else " "  # "(Smith et al. 2019; Lee and Kim 2020)"
        return f"{esc(self._who(i))}{comma}{self._when(i)}"

    def _group(self, pick: list[int]) -> str:
        """Works of one first author and names joined: ``Smith et al., 2019, 2020a,b`` (seeds >= 10)."""
        out, k = [], 0
        while k < len(pick):
            who, whens = self._who(pick[k]), [self._when(pick[k])]
            while k + 1 < len(pick) and self._who(pick[k + 1]) == who and not self.refs[pick[k + 1]].printed_year:
                k += 1
                w = self._when(pick[k])
                whens.append(w[-1] if w[:4] == whens[-1][:4] and w[-1:].isalpha() and whens[-1][-1:].isalpha() else w)
            out.append(f"{esc(who)}, {', '.join(whens)}")
            k += 1
        return "; ".join(out)

    def narrative(self) -> str:
        """``Smith et al. (2019)`` / ``Smith and Lee (2020a)``: an author-year citation as the sentence's subject."""
        left = [i for i in range(len(self.refs)) if i not in self.cited]
        i = self.rng.choice(left or range(len(self.refs)))
        self.cited.add(i)
        who, year = esc(self._who(i)), self._when(i)
        if self.varied and self.rng.random() < 0.25:
            return f"{who} [{year}]"  # "Smith et al. [2019]"
        return f"{who} ({year})"

    def marker(self, k: int | None = None) -> str:
        r = self.rng
        k = k or r.choice([1, 1, 1, 2, 3])
        left = [i for i in range(len(self.refs)) if i not in self.cited]
        if self.mode == "authoryear":
            pick = r.sample(left, min(k, len(left))) if left and r.random() < 0.8 else r.sample(range(len(self.refs)), min(k, len(self.refs)))
            if self.varied and r.random() < 0.35:  # the same first author's other works: "(Smith 2019, 2020)"
                first = self.refs[pick[0]].authors[0][0]
                pick += [i for i in range(len(self.refs)) if i not in pick and self.refs[i].authors[0][0] == first][:2]
            self.cited.update(pick)
            pick.sort(key=lambda i: (self.refs[i].year, self.refs[i].authors[0][0]))
            if self.varied:
                pick.sort(key=lambda i: (self._who(i), self.refs[i].year, self.refs[i].letter))
                cue = r.choice(["", "", "", "e.g., ", "see ", "reviewed in "])
                return " (" + cue + self._group(pick) + ")"
            return " (" + "; ".join(self._author_year(i) for i in pick) + ")"
        if self.next_new < len(self.refs) and r.random() < 0.85:
            pick = list(range(self.next_new, min(self.next_new + k, len(self.refs))))
            self.next_new = pick[-1] + 1
        elif self.next_new > 0:
            pick = sorted(r.sample(range(self.next_new), min(k, self.next_new)))
        else:
            return ""
        self.cited.update(pick)
        return self._num(pick) if self.mode == "super" else " " + self._num(pick)

    def legend(self) -> str:
        """A marker for a figure legend or table note (seeds >= 10) that cites an entry cited
        nowhere else when one is left: the entries a paper cites only in its legends."""
        if self.mode == "authoryear":
            left = [i for i in range(len(self.refs)) if i not in self.cited]
            if not left:
                return ""
            i = self.rng.choice(left)
            self.cited.add(i)
            return f" ({esc(self._who(i))}, {self._when(i)})" if self.rng.random() < 0.7 else f" as in {esc(self._who(i))} ({self._when(i)})"
        if self.next_new >= len(self.refs):
            return ""
        pick = [self.next_new]
        self.next_new += 1
        self.cited.update(pick)
        return self._num(pick) if self.mode == "super" else " " + self._num(pick)

    def remaining(self) -> str:
        """A marker citing every entry not cited yet ('' when none)."""
        left = [i for i in range(len(self.refs)) if i not in self.cited]
        if not left:
            return ""
        self.cited.update(left)
        if self.mode == "authoryear":
            return " (" + "; ".join(self._author_year(i) for i in left) + ")"
        self.next_new = len(self.refs)
        return self._num(left) if self.mode == "super" else " " + self._num(left)


def vary_refs(rng: random.Random, vocab: dict, style: str, refs: list[Ref]) -> None:
    """Seeds >= 10: surnames with particles, diacritics and hyphens, group authors, a first author
    with works of other years, and (author-year lists) ``in press`` / ``n.d.`` entries."""
    for r in refs:
        if rng.random() < 0.25:
            r.authors[0] = (rng.choice(vocab["surnames_varied"]), r.authors[0][1])
    for r in rng.sample(refs[6:], 2 if len(refs) > 12 else 1):  # not the same-author entries drawn below
        if rng.random() < 0.5:
            r.authors = [(rng.choice(vocab["group_authors"]), "")]
    if len(refs) > 6 and rng.random() < 0.7:  # "(Smith 2019, 2020)": one first author, several years
        a, b = refs[0], refs[5]
        b.authors = [a.authors[0]] + b.authors[1:len(a.authors)] + [("Ortiz", "L"), ("Haddad", "S"), ("Kim", "J")][:max(0, len(a.authors) - len(b.authors))]
        if b.year == a.year:
            b.year += 1
    if style in ("cell", "apa"):
        for r in rng.sample(refs, 2 if len(refs) > 8 else 1):
            r.printed_year = rng.choice(["in press", "n.d."])


def make_refs(rng: random.Random, vocab: dict, style: str, varied: bool = False) -> list[Ref]:
    n = rng.randint(12, 42)
    refs = []
    for _ in range(n):
        na = rng.choice([1, 2, 3, 3, 4, 5, 7])
        authors = [(rng.choice(vocab["surnames"]), rng.choice("ABCDEFGHJKLMNPRSTW") + (rng.choice("ABCDEHJKLM") if rng.random() < 0.4 else "")) for _ in range(na)]
        words = rng.sample(vocab["ref_title_words"], rng.randint(5, 10))
        title = " ".join(words)
        title = title[0].upper() + title[1:]
        year = rng.randint(1998, 2025)
        journal = rng.choice(vocab["journals"])
        vol = rng.randint(3, 180)
        first = rng.randint(1, 900)
        doi = f"10.{rng.randint(1000, 9999)}/{journal.split()[0].lower()}.{year}.{rng.randint(100, 9999)}" if rng.random() < 0.7 else ""
        refs.append(Ref(authors, year, title, journal, vol, rng.randint(1, 12), f"{first}\u2013{first + rng.randint(3, 20)}", doi))
    if varied:
        vary_refs(rng, vocab, style, refs)
    if style in ("cell", "apa"):
        if rng.random() < 0.6 and n > 4:  # a same-author same-year twin: 2019a / 2019b
            a, b = refs[1], refs[3]
            b.authors = [a.authors[0]] + b.authors[1:] + ([("Novak", "P")] if len(b.authors) < 3 else [])
            a.authors = a.authors + ([("Haddad", "S"), ("Kim", "J")] if len(a.authors) < 3 else [])
            b.year = a.year
        refs.sort(key=lambda r: (r.authors[0][0], len(r.authors) > 2, r.year, r.title))
        for i, r in enumerate(refs):  # letters where the citation would be ambiguous
            same = [s for s in refs if s.authors[0][0] == r.authors[0][0] and s.year == r.year and s.printed_year == r.printed_year and (len(s.authors) > 2) == (len(r.authors) > 2)
                    and (len(r.authors) > 2 or [a[0] for a in s.authors] == [a[0] for a in r.authors])]
            if len(same) > 1:
                r.letter = "abcdefg"[same.index(r)]
    return refs


def format_ref(r: Ref, style: str) -> str:
    """One entry's markup in the style (Vancouver, Nature, Cell, APA, MDPI)."""
    t, j = esc(r.title), esc(r.journal)
    if style == "vancouver":
        names = [f"{s} {i}".strip() for s, i in r.authors[:6]] + (["et al"] if len(r.authors) > 6 else [])
        doi = f" doi:{r.doi}" if r.doi else ""
        return f"{esc(', '.join(names))}. {t}. {j}. {r.year};{r.volume}({r.issue}):{r.pages}.{doi}"
    dotted = [(s, ". ".join(i) + "." if i else "") for s, i in r.authors]
    if style == "nature":
        names = [f"{s}, {i}" if i else s for s, i in dotted[:5]]
        who = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " & " + names[-1]
        if len(r.authors) > 5:
            who = ", ".join(names) + " et al."
        return f"{esc(who)} {t}. <i>{j}</i> <b>{r.volume}</b>, {r.pages} ({r.year})."
    if style == "mdpi":
        who = "; ".join(f"{s}, {i}" if i else s for s, i in dotted)
        doi = f" https://doi.org/{r.doi}." if r.doi else ""
        return f"{esc(who)} {t}. <i>{j}</i> <b>{r.year}</b>, <i>{r.volume}</i>, {r.pages}.{doi}"
    names = [f"{s}, {i}" if i else s for s, i in dotted]
    doi = f" https://doi.org/{r.doi}" if r.doi else ""
    when = r.printed_year or f"{r.year}{r.letter}"
    if style == "cell":
        who = names[0] if len(names) == 1 else ", ".join(names[:-1]) + ", and " + names[-1]
        if len(names) == 2:
            who = f"{names[0]}, and {names[1]}"
        if r.printed_year:
            return f"{esc(who)} ({when}). {t}. {j}.{doi}"
        return f"{esc(who)} ({when}). {t}. {j} <i>{r.volume}</i>, {r.pages}.{doi}"
    who = names[0] if len(names) == 1 else ", ".join(names[:-1]) + ", &amp; " + esc(names[-1])  # apa
    who = esc(names[0]) if len(names) == 1 else esc(", ".join(names[:-1])) + ", &amp; " + esc(names[-1])
    if r.printed_year:
        return f"{who} ({when}). {t}. <i>{j}</i>.{doi}"
    return f"{who} ({when}). {t}. <i>{j}, {r.volume}</i>({r.issue}), {r.pages}.{doi}"


# -- drawn pieces ------------------------------------------------------------------------------------------------


class FigureBox(Flowable):
    """A figure drawn with vector graphics: panels with a letter, bars, axis ticks and axis titles inside."""

    def __init__(self, width: float, height: float, rng: random.Random, panels: list[tuple[str, str, str]], font: str):
        super().__init__()
        self.width, self.height, self.panels, self.font = width, height, panels, font
        self.bars = [[rng.uniform(0.15, 0.95) for _ in range(rng.randint(3, 6))] for _ in panels]

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        c = self.canv
        n = len(self.panels)
        pw = self.width / n
        for k, (letter, ylab, xlab) in enumerate(self.panels):
            x0 = k * pw
            c.setFont(self.font + "-Bold" if not self.font.startswith("Times") else "Times-Bold", 10)
            c.drawString(x0 + 2, self.height - 10, letter)
            ox, oy, w, h = x0 + 28, 22, pw - 36, self.height - 40
            c.setLineWidth(0.6)
            c.line(ox, oy, ox, oy + h)
            c.line(ox, oy, ox + w, oy)
            c.setFont("Helvetica", 5.5)
            for t in range(5):
                ty = oy + h * t / 4
                c.line(ox - 2, ty, ox, ty)
                c.drawRightString(ox - 3, ty - 2, f"{t * 25}")
            bw = w / (len(self.bars[k]) * 1.6)
            for b, val in enumerate(self.bars[k]):
                c.setFillColor(colors.Color(0.3 + 0.1 * b, 0.4, 0.7 - 0.08 * b))
                c.rect(ox + bw * (0.5 + 1.6 * b), oy, bw, h * val, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.setFont("Helvetica", 6)
            c.drawCentredString(ox + w / 2, 6, xlab)
            c.saveState()
            c.translate(x0 + 9, oy + h / 2)
            c.rotate(90)
            c.drawCentredString(0, 0, ylab)
            c.restoreState()


class DropCap(Flowable):
    """A drop cap: one letter several lines tall, for ``ImageAndFlowables`` to wrap the paragraph's first lines beside."""

    def __init__(self, letter: str, font: str, size: float):
        super().__init__()
        self.letter, self.font, self.size = letter, font, size
        self.width, self.height = pdfmetrics.stringWidth(letter, font, size), size * 0.74

    def wrap(self, aw, ah):
        return self.width, self.height

    def _restrictSize(self, aw, ah):  # ImageAndFlowables sizes its picture by this
        return self.width, self.height

    def draw(self):
        self.canv.setFont(self.font, self.size)
        self.canv.drawString(0, 0.02 * self.size, self.letter)


class PageMark(Flowable):
    """Zero-size: writes the page it is drawn on into a gold dict (a table's ``page``)."""

    def __init__(self, target: dict):
        super().__init__()
        self.target = target

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        self.target["page"] = self.canv.getPageNumber()


# -- one document ----------------------------------------------------------------------------------------------------


@dataclass
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    caption: ParagraphStyle
    ref: ParagraphStyle
    heads: dict = field(default_factory=dict)


class Doc:
    """Draws one document's classes and content; ``build(path)`` writes the PDF and returns the gold."""

    def __init__(self, n: int, seed: int, vocab: dict, attempt: int = 0, family: int = 1):
        self.n = n
        self.family = family
        stream = f"mitominer-synthetic-{seed}-{n}" if family == 1 else f"mitominer-synthetic-f{family}-{seed}-{n}"
        self.rng = rng = random.Random(stream + (f"-{attempt}" if attempt else ""))
        self.vocab = vocab
        axes = CLASS_AXES if family == 1 else {**CLASS_AXES, **FAMILY2_AXES} if family == 2 else {**CLASS_AXES, **FAMILY3_AXES} if family == 3 \
            else {**CLASS_AXES, **FAMILY2_AXES, **FAMILY4_AXES} if family == 4 else {**CLASS_AXES, **FAMILY5_AXES} if family == 5 \
            else {**CLASS_AXES, **FAMILY2_AXES, **FAMILY6_AXES}
        if family == 7:
            axes = {**CLASS_AXES, **FAMILY2_AXES, **FAMILY7_AXES}  # family 2's front matter, family 7's headings
        self.cls = {axis: rng.choice(values) for axis, values in axes.items()}
        c = self.cls
        if family == 3:
            science = c["front3"] == "science"
            c.update(columns="three" if science else "two", floats="in_column", abstract="bold_lead_" + c["front3"],
                     title_block="kicker_banner" if science or c["title_block"] == "kicker_banner" else "plain")
            if science:
                c["last_page"] = "same"
        if family == 4:
            if c["sidebar"] == "plos":
                c["columns"] = "one"  # PLOS: one text column beside the metadata strip
                if c["abstract"] == "sidebar_left":
                    c["abstract"] = "labelled"
            if c["running"] == "biorxiv":
                c["line_numbers"] = c["line_numbers"] if c["line_numbers"] != "none" else "every_line"
        if family != 1:
            c["family"] = str(family)
            if c["title_block"] == "journal_banner" and c["running"] == "preprint":
                c["running"] = "journal_page"  # a journal's masthead goes with its running header, not a preprint line
        if c["references"] in ("cell", "apa"):
            self.cite_mode = "authoryear"
        elif c["references"] == "nature":
            self.cite_mode = "super"
        elif c["references"] == "mdpi":
            self.cite_mode = "bracket"
        else:
            self.cite_mode = rng.choice(["bracket", "paren", "super"])
        c["citations"] = self.cite_mode
        self.front_blocks = [b for b in (FRONT_BLOCKS if family == 1 else FAMILY2_FRONT) if rng.random() < (0.5 if b in ("Keywords", "Abbreviations") else 0.25)]
        if family == 3:
            self.front_blocks = []  # family 3 draws its own (front3)
        if c["page1_footnotes"] == "correspondence_licence_abbrev" and "Abbreviations" in self.front_blocks:
            self.front_blocks.remove("Abbreviations")  # already a page-1 footnote
        if c["abstract"] == "summary_cell" and "Highlights" not in self.front_blocks:
            self.front_blocks.insert(0, "Highlights")
        c["front_blocks"] = self.front_blocks or ["none"]
        if family == 5:
            family5.setup(self)
        if family == 6:
            family6.setup(self)
        if family == 7:
            family7.setup(self)
        if c["title_block"] == "sidebar_info" and c["abstract"] in ("lead_bold", "summary_cell", "runin"):
            c["abstract"] = "labelled_caps"  # an article-info side column goes with a labelled abstract (Elsevier)
        self.n_figures = rng.randint(1, 3)
        self.rulings = [rng.choice(TABLE_RULINGS) for _ in range(rng.randint(1, 2))]
        c["tables"] = sorted(set(self.rulings))
        self.fill = Filler(rng, vocab, c["hyphenation"] == "on", c["font"] == "vera_ligatures")
        self.varied = seed >= 10  # the citation and entry forms of VARIED_FORMS; seeds < 10 unchanged
        self.refs = make_refs(rng, vocab, c["references"], self.varied)
        self.cites = Citations(rng, self.refs, self.cite_mode, self.varied)
        self.fonts = FONTS[c["font"]]
        self.hfonts = HEAD_FONTS[rng.choice(["helvetica", c["font"]])] if c["font"] != "vera_ligatures" else FONTS["vera_ligatures"]
        self.colour = rng.choice(COLOURS)
        self.page_size = rng.choice([A4, LETTER])
        self.gold: dict = {}
        self.furniture: list[str] = []
        self.figure_text: list[str] = []
        self.figure_captions: list[str] = []
        self.table_footnotes: list[str] = []
        self.headings: list[dict] = []
        self.fig_start = self.tab_start = 1

    # .. styles
    def styles(self, col_w: float) -> Styles:
        f = self.fonts
        size = {"one": 10.5, "two": 9.5, "three": 8.5, "two_unequal": 9.0}[self.cls["columns"]]
        body = ParagraphStyle("body", fontName=f[0], fontSize=size, leading=size * 1.25, alignment=TA_JUSTIFY,
                              firstLineIndent=size if self.rng.random() < 0.6 else 0, spaceAfter=0 if self.rng.random() < 0.5 else size * 0.5,
                              embeddedHyphenation=1, uriWasteReduce=0)
        small = ParagraphStyle("small", parent=body, fontSize=size - 1.5, leading=(size - 1.5) * 1.22, firstLineIndent=0, spaceAfter=2)
        caption = ParagraphStyle("caption", parent=small, fontName=f[0], alignment=TA_LEFT, spaceBefore=3, spaceAfter=8)
        hanging = self.cls["references"] in ("cell", "apa")
        num_w = pdfmetrics.stringWidth("[99]", f[0], small.fontSize) + 3
        ref = ParagraphStyle("ref", parent=small, alignment=TA_LEFT, leftIndent=12 if hanging else num_w, firstLineIndent=-12 if hanging else 0,
                             bulletFontName=f[0], bulletFontSize=small.fontSize, bulletIndent=0,
                             spaceAfter=1.5)
        return Styles(body, small, caption, ref)

    def head_style(self, level: int, st: Styles) -> ParagraphStyle:
        h = self.hfonts
        size = st.body.fontSize
        scheme = self.cls["headings"]
        colour = self.colour if scheme == "coloured" else colors.black
        if level == 1:
            return ParagraphStyle(f"h1", fontName=h[1], fontSize=size + 2, leading=size + 5, spaceBefore=size, spaceAfter=size * 0.5,
                                  textColor=colour, keepWithNext=1, alignment=TA_LEFT)
        if level == 2:
            font = h[2] if scheme == "smallcaps" else h[3] if scheme == "plain_bold" else h[1]
            return ParagraphStyle(f"h2", fontName=font, fontSize=size + 0.5, leading=size + 3, spaceBefore=size * 0.7, spaceAfter=size * 0.3,
                                  textColor=colour, keepWithNext=1, alignment=TA_LEFT)
        return ParagraphStyle(f"h3", fontName=h[2], fontSize=size, leading=size + 2.5, spaceBefore=size * 0.5, spaceAfter=size * 0.2,
                              textColor=colors.black, keepWithNext=1, alignment=TA_LEFT)

    # .. headings
    def number(self, path: list[int]) -> str:
        return ".".join(map(str, path))

    def heading(self, title: str, level: int, path: list[int] | None, st: Styles, back: bool = False) -> tuple[list, str]:
        """(flowables, run-in markup): a heading paragraph, or the bold lead-in of the next paragraph (run-in)."""
        if self.family == 3:
            return self.heading3(title, level, path, st, back)
        if self.family == 4:
            return self.heading4(title, level, path, st, back)
        if self.family == 5:
            return family5.heading(self, title, level, path, st, back)
        if self.family == 7:
            return family7.heading(self, title, level, path, st, back)
        if self.family != 1:
            return self.heading2(title, level, path, st, back)
        scheme = self.cls["headings"]
        number = self.number(path) if path and scheme.startswith("numbered") and not back else ""
        printed = title
        if scheme == "caps" and level == 1 or back and scheme == "caps":
            printed = title.upper()
        self.headings.append({"text": printed if scheme != "smallcaps" else title, "level": level, "number": number})
        runin = (level == 3 and scheme in ("caps", "smallcaps", "coloured")) or (back and self.cls["back_matter"] == "runin")
        if runin:
            sep = ":" if back else "."
            return [], f"<b>{esc(printed)}{sep}</b> "
        text = esc(printed)
        if scheme == "smallcaps" and level == 1:
            big = self.head_style(1, st).fontSize
            text = " ".join(f"{esc(w[0])}<font size={big * 0.78:.1f}>{esc(w[1:].upper())}</font>" for w in title.split())
        if number:
            dot = "." if scheme == "numbered_mdpi" or level == 1 else ""
            text = f"{number}{dot}{'&nbsp;' * 1} {text}"
        return [Paragraph(text, self.head_style(level, st))], ""

    def back_style(self, st: Styles) -> ParagraphStyle:
        """Family 2's back-matter headings: bold capitals, italic, or bold at body size."""
        h, size, bm = self.hfonts, st.body.fontSize, self.cls["back_matter"]
        font, fsize = {"headed_caps": (h[1], size - 0.5), "headed_italic": (h[2], size + 1), "headed_small": (h[1], size)}.get(bm, (h[1], size + 2))
        return ParagraphStyle("bh", fontName=font, fontSize=fsize, leading=fsize + 3, spaceBefore=size, spaceAfter=size * 0.4, keepWithNext=1)

    def heading2(self, title: str, level: int, path: list[int] | None, st: Styles, back: bool = False) -> tuple[list, str]:
        """Family 2's heading schemes (``FAMILY2_AXES["headings"]``) and back-matter styles."""
        scheme, bm = self.cls["headings"], self.cls["back_matter"]
        if back:
            printed = title.upper() if bm == "headed_caps" else title
            self.headings.append({"text": printed, "level": 1, "number": ""})
            if bm == "runin":
                return [], f"<b>{esc(printed)}.</b> "
            return [Paragraph(esc(printed), self.back_style(st))], ""
        number, printed = "", title
        if path and scheme == "roman":
            number = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"][path[0] - 1] if level == 1 else "ABCDEFGH"[path[-1] - 1] if level == 2 else str(path[-1])
        elif path and scheme == "caps_numbered":
            number = ".".join(map(str, path))
        if scheme == "caps_numbered" and level == 1:
            printed = title.upper()
        self.headings.append({"text": printed, "level": level, "number": number})
        if scheme == "runin_sub" and level >= 2:
            tag = "b" if level == 2 else "i"
            return [], f"<{tag}>{esc(printed)}.</{tag}> "
        text = esc(printed)
        if scheme == "smallcaps" and level == 1:
            big = self.head_style(1, st).fontSize
            text = " ".join(f"{esc(w[0])}<font size={big * 0.78:.1f}>{esc(w[1:].upper())}</font>" for w in title.split())
        if number:
            text = f"{number}.&nbsp;{text}" if scheme == "roman" or level == 1 else f"{number}&nbsp;{text}"
        style = self.head_style(level, st)
        if scheme == "bar" and level == 1:
            style = ParagraphStyle("hbar", parent=style, textColor=colors.white, spaceBefore=0, spaceAfter=0)
            bar = Table([[Paragraph(text, style)]], colWidths=[self.col_w], hAlign="LEFT",
                        style=TableStyle([("BACKGROUND", (0, 0), (-1, -1), self.colour), ("LEFTPADDING", (0, 0), (-1, -1), 4),
                                          ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
            return [Spacer(1, st.body.fontSize * 0.8), KeepTogether([bar, Spacer(1, 4)])], ""
        if scheme == "bar" and level == 2:
            style = ParagraphStyle("hbar2", parent=style, textColor=self.colour)
        return [Paragraph(text, style)], ""

    def smallcaps(self, title: str, size: float) -> str:
        """True small caps: capitals at full size, lower-case letters as capitals at 78 % of the size."""
        out, run = [], ""
        for ch in title + "\0":
            if ch.islower():
                run += ch
                continue
            if run:
                out.append(f"<font size={size * 0.78:.1f}>{esc(run.upper())}</font>")
                run = ""
            if ch != "\0":
                out.append(esc(ch))
        return "".join(out)

    def heading4(self, title: str, level: int, path: list[int] | None, st: Styles, back: bool = False) -> tuple[list, str]:
        """Family 4's heading schemes (``FAMILY4_AXES["headings"]``); wrapped and caps_numbered as family 2's."""
        scheme = self.cls["headings"]
        if back or scheme in ("wrapped", "caps_numbered"):
            return self.heading2(title, level, path, st, back)
        style = self.head_style(level, st)
        if scheme == "smallcaps":
            self.headings.append({"text": title, "level": level, "number": ""})
            if level >= 3:
                return [], f"<i>{esc(title)}.</i> "
            style = ParagraphStyle("hsc", parent=style, fontName=self.hfonts[0] if level == 2 else self.hfonts[1])
            return [Paragraph(self.smallcaps(title, style.fontSize), style)], ""
        if scheme == "runin_long":
            self.headings.append({"text": title, "level": level, "number": ""})
            if level >= 2:
                tag = "b" if level == 2 else "i"
                return [], f"<{tag}>{esc(title)}.</{tag}> "
            return [Paragraph(esc(title), style)], ""
        # bare_number: the number alone on a line, the title on the next
        number = ".".join(map(str, path)) if path else ""
        self.headings.append({"text": title, "level": level, "number": number})
        if not number:
            return [Paragraph(esc(title), style)], ""
        return [Paragraph(f"{number}.<br/>{esc(title)}", style)], ""

    def long_head(self, title: str) -> str:
        """A level-2 heading long enough to wrap in a column (family 2, ``wrapped``)."""
        f = self.fill
        tail = self.rng.choice([" in cells treated with {drug} and in patient-derived xenografts",
                                " and predicts the response to {drug} in vitro and in vivo",
                                " independently of {gene2} in drug-resistant cell lines"])
        return title + f.fill(tail)  # 12-20 words: two or three lines in a column

    # .. paragraphs
    def para_plain(self, n_sent: int, pool: str = "sentences", cite_p: float = 0.5) -> str:
        out = []
        for _ in range(n_sent):
            s = self.fill.markup(self.fill.sentence(pool))
            if self.cite_mode == "authoryear" and self.rng.random() < cite_p * 0.3:
                out.append(f"{self.cites.narrative()} {self.rng.choice(['showed', 'reported', 'found'])} that {s[0].lower() + s[1:] if not s[:2].isupper() else s}.")
                continue
            if self.rng.random() < cite_p:
                m = self.cites.marker()
                after_stop = self.cls["references"] == "nature" or (self.varied and self.rng.random() < 0.4)
                s = s + m + "." if self.cite_mode != "super" or not after_stop else s + "." + m
            else:
                s += "."
            out.append(s)
        return " ".join(out)

    def body_para(self, st: Styles, lead: str = "", n: tuple[int, int] = (3, 6), pool: str = "sentences", cite_p: float = 0.5) -> Paragraph:
        return Paragraph(lead + self.para_plain(self.rng.randint(*n), pool, cite_p), st.body)

    def figure(self, k: int, col_w: float, st: Styles, wrap: bool = True) -> list:
        r = self.rng
        n_pan = 1 if col_w < 200 else r.randint(2, 3) if col_w > 380 else r.randint(1, 2)
        panels = []
        for p in range(n_pan):
            ylab, xlab = r.choice(self.vocab["axis_labels"])
            panels.append(("ABCDEF"[p], ylab, xlab))
            self.figure_text += [ylab, xlab]
        box = FigureBox(col_w, r.uniform(110, 160), r, panels, self.hfonts[0])
        label = self.cls["figure_label"].replace("N", str(k))
        title = self.fill.sentence("caption_titles")
        rest = " ".join(f"({p[0]}) {self.fill.sentence()}." for p in panels)
        cap_text = f"{title}. {rest}"
        self.figure_captions.append(first_words(cap_text, 8))
        cite = self.cites.legend() if self.varied and r.random() < 0.7 else ""
        cap = Paragraph(f"<b>{esc(label)}</b> {self.fill.markup(cap_text)[:-1]}{cite}." if cite else f"<b>{esc(label)}</b> {self.fill.markup(cap_text)}", st.caption)
        flow = [KeepTogether([Spacer(1, 4), box, cap])] if wrap else [box, cap]
        return family7.figure(self, flow, st) if self.family == 7 else flow

    def table(self, k: int, ruling: str, col_w: float, st: Styles, wrap: bool = True) -> list:
        r = self.rng
        size = max(6.5, st.small.fontSize - 0.5)
        max_cols = max(3, min(6, int(col_w // 58)))
        ncols = r.randint(3, max_cols)
        headers = [self.vocab["table_headers"][0]] + r.sample(self.vocab["table_headers"][1:], ncols - 1)
        nrows = r.randint(3, 9)
        labels = []
        for _ in range(nrows):
            lab = self.fill.fill(r.choice(self.vocab["table_row_labels"]))
            while lab in labels:
                lab = lab + " " + r.choice(["(24 h)", "(48 h)", "(low)", "(high)", "II"])
            labels.append(lab)
        rows = []
        for lab in labels:
            row = [lab]
            for h in headers[1:]:
                if h == "n":
                    row.append(str(r.randint(3, 12)))
                elif h == "p value":
                    row.append(r.choice(["<0.001", f"0.0{r.randint(1, 49):02d}", f"0.{r.randint(10, 99)}"]))
                else:
                    row.append(f"{r.uniform(0.5, 120):.1f} \u00b1 {r.uniform(0.1, 9):.1f}" if r.random() < 0.6 else f"{r.uniform(0.1, 99):.2f}")
            rows.append(row)
        cell_font = self.fonts[0]
        widths = [max(pdfmetrics.stringWidth(str(row[c]), cell_font, size) for row in [headers] + rows) + 8 for c in range(ncols)]
        while sum(widths) > col_w and ncols > 2:  # drop columns until the table fits the column
            ncols -= 1
            headers, rows, widths = headers[:ncols], [row[:ncols] for row in rows], widths[:ncols]
        scale = col_w / sum(widths)
        widths = [w * scale for w in widths]
        data = [headers] + rows
        ts = [("FONT", (0, 0), (-1, -1), cell_font, size), ("FONT", (0, 0), (-1, 0), self.fonts[1], size),
              ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (1, 0), (-1, -1), "CENTER"),
              ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
        if ruling == "grid":
            ts.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
        elif ruling == "horizontal":
            ts += [("LINEABOVE", (0, 0), (-1, -1), 0.4, colors.black), ("LINEBELOW", (0, -1), (-1, -1), 0.4, colors.black)]
        elif ruling == "booktabs":
            ts += [("LINEABOVE", (0, 0), (-1, 0), 1.0, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                   ("LINEBELOW", (0, -1), (-1, -1), 1.0, colors.black)]
        elif ruling == "shaded":
            ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.8, 0.85, 0.92)))
            ts += [("BACKGROUND", (0, i), (-1, i), colors.Color(0.93, 0.93, 0.93)) for i in range(2, len(data), 2)]
        tbl = Table(data, colWidths=widths, style=TableStyle(ts), hAlign="LEFT")
        cap_text = self.fill.sentence()
        label = f"Table {k}"
        gold = {"label": label, "caption_start": first_words(cap_text), "columns": ncols, "rows": len(rows), "header_rows": 1,
                "page": None, "rotated": False, "ruling": ruling}
        sep = self.cls["table_label"][len("Table N"):]
        gold["label_style"] = f"Table N{sep}"
        cap = Paragraph(f"<b>{label}{sep}</b> {self.fill.markup(cap_text)}.", st.caption)
        note = r.choice(["Values are mean \u00b1 SD of three biological replicates.", "Abbreviations: KD, knockdown; WT, wild type; CQ, chloroquine.",
                         "Significance versus vehicle-treated cells by two-sided t test."])
        self.table_footnotes.append(note)
        cite = self.cites.legend() if self.varied and r.random() < 0.6 else ""
        foot = Paragraph(f"<super>a</super>{esc(note[:-1])}{cite}." if cite else f"<super>a</super>{esc(note)}", ParagraphStyle("tfoot", parent=st.small, fontSize=size - 0.5, leading=size + 1))
        self.gold.setdefault("tables", []).append(gold)
        return [KeepTogether([Spacer(1, 4), cap, PageMark(gold), tbl, foot, Spacer(1, 6)])] if wrap else [cap, PageMark(gold), tbl, foot]

    # .. the front block
    def front(self, full_w: float, st: Styles) -> tuple[list, list]:
        """(flowables over the full width, page-1 footnote paragraphs)."""
        if self.family == 5:
            return family5.front(self, full_w, st)
        if self.family == 6:
            return family6.front(self, full_w, st)
        r, c, v, f = self.rng, self.cls, self.vocab, self.fonts
        flow, notes = [], []
        title = self.fill.fill(r.choice(v["title_patterns"]))
        title = title[0].upper() + title[1:]
        tsize = r.choice([15, 17, 19])
        mark = ""
        if self.family in (2, 4):
            if c["title_form"] == "wrapped":  # a longer title set large: two or three lines
                title += self.fill.fill(r.choice([" in {cell} cells and patient-derived models", " through the {gene}-{gene2} axis"]))
                tsize = 20
            elif c["title_form"] == "footnote_mark":
                mark = f"<super>{r.choice(['*', '†', '1', '‡'])}</super>"
            if c["title_block"] == "journal_banner":  # the journal's name in display type over the title, a rule under it
                flow.append(Paragraph(esc(self.running_strings()[0]), ParagraphStyle("jban", fontName=self.hfonts[1], fontSize=tsize + 5, leading=tsize + 9,
                                                                                    textColor=self.colour, spaceAfter=2)))
                flow.append(Table([[""]], colWidths=[full_w], rowHeights=[2], style=TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1.2, self.colour)])))
                flow.append(Spacer(1, 6))
            elif c["title_block"] == "type_banner":
                flow.append(Paragraph(r.choice(["RESEARCH ARTICLE", "Original Article", "ORIGINAL RESEARCH", "Research Paper", "ARTICLE"]),
                                      ParagraphStyle("tban", fontName=self.hfonts[1], fontSize=9, leading=12, textColor=self.colour, spaceAfter=8)))
        self.gold["title"] = title
        if c["title_block"] == "kicker_banner":
            flow.append(Paragraph(r.choice(["RESEARCH ARTICLE", "ORIGINAL ARTICLE", "Article"]),
                                  ParagraphStyle("kick", fontName=self.hfonts[1], fontSize=8.5, leading=11, textColor=self.colour, spaceAfter=6)))
        flow.append(Paragraph((self.fill.markup(title) if c["font"] == "vera_ligatures" else esc(title)) + mark,
                              ParagraphStyle("title", fontName=self.hfonts[1], fontSize=tsize, leading=tsize * 1.2, spaceAfter=8,
                                             textColor=self.colour if c["headings"] == "coloured" else colors.black)))
        n_aff = r.randint(1, 4)
        affs = r.sample(v["institutes"], n_aff)
        names = []
        for i in range(r.randint(2, 8)):
            who = f"{r.choice(v['given'])} {r.choice(v['surnames'])}"
            sup = ",".join(str(x) for x in sorted(r.sample(range(1, n_aff + 1), r.randint(1, min(2, n_aff)))))
            star = "*" if i == 0 else ""
            names.append(f"{esc(who)}<super>{sup}{star}</super>")
        flow.append(Paragraph(", ".join(names), ParagraphStyle("auth", fontName=f[0], fontSize=10.5, leading=13, spaceAfter=5)))
        aff_style = ParagraphStyle("aff", fontName=f[2], fontSize=7.5, leading=9.5, spaceAfter=1)
        aff_paras = [Paragraph(f"<super>{i + 1}</super>{esc(a)}", aff_style) for i, a in enumerate(affs)]
        corr = f"*Correspondence: {r.choice(v['given']).lower()}.{r.choice(v['surnames']).lower().replace(chr(39), '')}@univ-mail.org"
        corr = corr.encode("ascii", "ignore").decode()
        if c["page1_footnotes"] == "none":
            flow += aff_paras + [Paragraph(esc(corr), aff_style)]
        else:
            notes += aff_paras if r.random() < 0.5 else []
            if not notes:
                flow += aff_paras
            notes.append(Paragraph(esc(corr), aff_style))
        flow.append(Spacer(1, 8))
        if c["page1_footnotes"] == "correspondence_licence_abbrev":
            abbr = "; ".join(f"{a}, {b}" for a, b in r.sample(v["abbreviations"], 5))
            notes.append(Paragraph(f"<i>Abbreviations:</i> {esc(abbr)}.", aff_style))
            self.gold.setdefault("front_matter", []).append({"kind": "Abbreviations", "first_words": first_words(abbr)})
            lic = f"\u00a9 2026 The Authors. This is an open access article under the CC BY 4.0 licence. Received 2 March 2026; accepted 9 June 2026."
            notes.append(Paragraph(esc(lic), ParagraphStyle("lic", parent=aff_style, fontName=f[0], borderWidth=0.5, borderColor=colors.grey,
                                                               borderPadding=3, spaceBefore=4)))
            self.furniture.append("This is an open access article under the CC BY 4.0 licence")
        # abstract and front-matter blocks
        if self.family == 3:
            return self.front3(flow, notes, full_w, st)
        if self.family != 1:
            return self.front2(flow, notes, full_w, st)
        abstract_flow = self.abstract(full_w, st)
        before, after = [], []
        for kind in self.front_blocks:
            (before if kind in ("Highlights", "Graphical abstract", "eTOC") and c["abstract"] == "summary_cell" or kind in ("Graphical abstract", "Simple Summary")
             else after).extend(self.front_block(kind, full_w, st))
        if c["title_block"] == "sidebar_info":
            kw = [b for b in after if getattr(b, "_kw", False)]
            rest = [b for b in after if not getattr(b, "_kw", False)]
            info = [Paragraph("ARTICLE INFO", ParagraphStyle("ai", fontName=self.hfonts[1], fontSize=8, leading=10, spaceAfter=4)),
                    Paragraph("<i>Article history:</i><br/>Received 2 March 2026<br/>Accepted 9 June 2026", aff_style), Spacer(1, 4)] + kw
            side_w = full_w * 0.3
            tbl = Table([[info, abstract_flow]], colWidths=[side_w, full_w - side_w],
                        style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.black),
                                          ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                          ("RIGHTPADDING", (0, 0), (0, 0), 12), ("TOPPADDING", (0, 0), (-1, -1), 6)]))
            flow += before + [tbl] + rest
        else:
            flow += before + abstract_flow + after
        return flow, notes

    def front2(self, flow: list, notes: list, full_w: float, st: Styles) -> tuple[list, list]:
        """Family 2: the abstract (``abstract2``), the Keywords / Abbreviations lines after it, the other
        blocks before or after it; ``sidebar_left`` / ``in_columns`` keep the abstract and its lines in
        ``self.separate`` for the page-1 frames of ``build``."""
        r, c = self.rng, self.cls
        abstract_flow = self.abstract2(full_w, st)
        before, after = [], []
        for kind in self.front_blocks:
            lines = kind in ("Keywords", "Abbreviations")
            (after if lines or r.random() < 0.5 else before).extend(self.front_block(kind, full_w, st))
        if c["abstract"] in ("sidebar_left", "in_columns"):
            keep = [b for b in after if getattr(b, "_kw", False)]
            self.separate = abstract_flow + keep + [Spacer(1, 8)]
            return flow + before + [b for b in after if not getattr(b, "_kw", False)], notes
        return flow + before + abstract_flow + after, notes

    def abstract2(self, full_w: float, st: Styles) -> list:
        """Family 2's abstract kinds (``FAMILY2_AXES["abstract"]``) under the drawn label."""
        r, c = self.rng, self.cls
        kind, label = c["abstract"], c["abstract_label"]
        size = st.body.fontSize
        astyle = ParagraphStyle("abs2", parent=st.body, fontSize=size + 0.5, firstLineIndent=0, leading=(size + 1) * 1.25, spaceAfter=6)
        label_style = ParagraphStyle("absl2", fontName=self.hfonts[1], fontSize=size + 1.5, leading=size + 5, spaceAfter=3,
                                     textColor=self.colour if r.random() < 0.3 else colors.black)
        n = (9, 13) if kind == "in_columns" else (4, 6) if kind == "sidebar_left" else (5, 8)
        sents = [self.fill.sentence() + "." for _ in range(r.randint(*n))]
        gold_label = "Abstract" if label == "A B S T R A C T" else label
        head = [Paragraph(esc(label), label_style)]
        if kind.startswith("structured"):
            parts = r.choice([["Background", "Methods", "Results", "Conclusions"], ["Purpose", "Methods", "Results", "Conclusion"],
                              ["Objective", "Design", "Results", "Conclusions"]])
            cut = [0, 2, 3, 5, len(sents)] if len(sents) >= 6 else [0, 1, 2, 4, len(sents)]
            texts = [" ".join(sents[cut[i]:cut[i + 1]]) for i in range(4)]
            self.gold["abstract"] = {"label": gold_label, "first_words": first_words(texts[0]), "last_words": last_words(texts[-1]), "structured": True}
            if kind == "structured_lines":
                part_style = ParagraphStyle("part", parent=astyle, fontName=self.hfonts[1], spaceAfter=1, keepWithNext=1)
                out = list(head)
                for part, t in zip(parts, texts):
                    out += [Paragraph(esc(part), part_style), Paragraph(self.fill.markup(t), ParagraphStyle("pt", parent=astyle, spaceAfter=3))]
                return out
            return head + [Paragraph(f"<b>{p}:</b> {self.fill.markup(t)}", ParagraphStyle("sp2", parent=astyle, spaceAfter=2)) for p, t in zip(parts, texts)]
        plain = " ".join(sents)
        text = self.fill.markup(plain)
        self.gold["abstract"] = {"label": "" if kind == "lead_large" else gold_label, "first_words": first_words(plain),
                                 "last_words": last_words(plain), "structured": False}
        if kind == "lead_large":  # no label: larger regular-weight type than the introduction after it
            return [Paragraph(text, ParagraphStyle("lead2", parent=astyle, fontSize=size + 2.5, leading=(size + 2.5) * 1.3, spaceAfter=10))]
        if kind == "boxed":
            box = Table([[head + [Paragraph(text, astyle)]]], colWidths=[full_w],
                        style=TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.Color(0.93, 0.94, 0.96)), ("LINEABOVE", (0, 0), (-1, 0), 1.0, self.colour),
                                          ("LINEBELOW", (0, -1), (-1, -1), 1.0, self.colour), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                                          ("RIGHTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
            return [Spacer(1, 4), box, Spacer(1, 6)]
        if kind == "label_margin":  # the label in a narrow cell left of the text, on the text's first baseline
            side = max(72.0, pdfmetrics.stringWidth(label, label_style.fontName, label_style.fontSize) + 12)  # the label on one line
            tbl = Table([[head, Paragraph(text, astyle)]], colWidths=[side, full_w - side],
                        style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (0, 0), 8)]))
            return [tbl, Spacer(1, 4)]
        return head + [Paragraph(text, astyle)]

    def abstract(self, full_w: float, st: Styles) -> list:
        r, c = self.rng, self.cls
        kind = c["abstract"]
        astyle = ParagraphStyle("abs", parent=st.body, fontSize=st.body.fontSize + (0.5 if kind != "lead_bold" else 1), firstLineIndent=0,
                                leading=(st.body.fontSize + 1) * 1.25, spaceAfter=6)
        label_style = ParagraphStyle("absl", fontName=self.hfonts[1], fontSize=st.body.fontSize + 1.5, leading=st.body.fontSize + 5, spaceAfter=3)
        sents = [self.fill.sentence() + "." for _ in range(r.randint(5, 8))]
        plain = " ".join(sents)
        if kind == "structured":
            parts = ["Background", "Methods", "Results", "Conclusions"]
            cut = [0, 2, 3, 5, len(sents)] if len(sents) >= 6 else [0, 1, 2, 4, len(sents)]
            texts = [" ".join(sents[cut[i]:cut[i + 1]]) for i in range(4)]
            self.gold["abstract"] = {"label": "Abstract", "first_words": first_words(texts[0]), "last_words": last_words(texts[-1]), "structured": True}
            flow = [Paragraph("Abstract", label_style)]
            if r.random() < 0.5:
                flow += [Paragraph(f"<b>{p}:</b> {self.fill.markup(t)}", ParagraphStyle("sp", parent=astyle, spaceAfter=2)) for p, t in zip(parts, texts)]
            else:
                flow.append(Paragraph(" ".join(f"<b>{p}:</b> {self.fill.markup(t)}" for p, t in zip(parts, texts)), astyle))
            return flow
        label = {"labelled": "Abstract", "labelled_caps": "ABSTRACT", "runin": "Abstract", "lead_bold": "", "summary_cell": "SUMMARY"}[kind]
        self.gold["abstract"] = {"label": label, "first_words": first_words(plain), "last_words": last_words(plain), "structured": False}
        text = self.fill.markup(plain)
        if kind == "runin":
            return [Paragraph(f"<b>{label}:</b> {text}", astyle)]
        if kind == "lead_bold":
            return [Paragraph(text, ParagraphStyle("lead", parent=astyle, fontName=self.fonts[1]))]
        return [Paragraph(label, label_style), Paragraph(text, astyle)]

    def front_block(self, kind: str, full_w: float, st: Styles) -> list:
        r, v = self.rng, self.vocab
        label_style = ParagraphStyle("fbl", fontName=self.hfonts[1], fontSize=st.body.fontSize + 0.5, leading=st.body.fontSize + 3,
                                     textColor=self.colour, spaceBefore=4, spaceAfter=2)
        small = ParagraphStyle("fbs", parent=st.body, firstLineIndent=0, spaceAfter=2)
        fm = self.gold.setdefault("front_matter", [])
        if kind == "Highlights":
            items = [self.fill.fill(h) for h in r.sample(v["highlights"], 4)]
            items = [i[0].upper() + i[1:] for i in items]
            fm.append({"kind": "Highlights", "first_words": first_words(items[0])})
            return [Paragraph("Highlights", label_style)] + [Paragraph(f"\u2022 {esc(i)}", ParagraphStyle("hl", parent=small, leftIndent=8, firstLineIndent=-8)) for i in items]
        if kind == "Significance":
            text = " ".join(self.fill.sentence() + "." for _ in range(3))
            fm.append({"kind": "Significance", "first_words": first_words(text)})
            box = Table([[[Paragraph("Significance", label_style), Paragraph(self.fill.markup(text), small)]]], colWidths=[full_w],
                        style=TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.Color(0.92, 0.94, 0.98)), ("BOX", (0, 0), (-1, -1), 0.5, self.colour)]))
            return [Spacer(1, 4), box, Spacer(1, 4)]
        if kind == "Graphical abstract":
            fm.append({"kind": "Graphical abstract", "first_words": ""})
            ylab, xlab = r.choice(v["axis_labels"])
            self.figure_text += [ylab, xlab]
            return [Paragraph("Graphical abstract", label_style), FigureBox(min(full_w, 300), 90, r, [("", ylab, xlab)], self.hfonts[0]), Spacer(1, 4)]
        if kind == "Simple Summary":
            text = " ".join(self.fill.sentence() + "." for _ in range(3))
            fm.append({"kind": "Simple Summary", "first_words": first_words(text)})
            return [Paragraph("Simple Summary", label_style), Paragraph(self.fill.markup(text), small), Spacer(1, 4)]
        if kind == "eTOC":
            text = " ".join(self.fill.sentence() + "." for _ in range(2))
            fm.append({"kind": "eTOC", "first_words": first_words(text)})
            return [Paragraph("In brief", label_style), Paragraph(self.fill.markup(text), ParagraphStyle("et", parent=small, fontName=self.fonts[2]))]
        if kind == "Abbreviations":  # family 2: a line after the abstract
            abbr = "; ".join(f"{a}, {b}" for a, b in r.sample(v["abbreviations"], 5))
            fm.append({"kind": "Abbreviations", "first_words": first_words(abbr)})
            p = Paragraph(f"<b>{r.choice(['Abbreviations:', 'Abbreviations'])}</b> {esc(abbr)}.", ParagraphStyle("ab", parent=small, spaceBefore=2))
            p._kw = True
            return [p]
        kws = r.sample(v["keywords"], 5)
        sep = r.choice(["; ", ", ", " \u00b7 "])
        fm.append({"kind": "Keywords", "first_words": first_words(sep.join(kws))})
        p = Paragraph(f"<b>{r.choice(['Keywords:', 'Key words:', 'KEYWORDS'])}</b> {esc(sep.join(kws))}", ParagraphStyle("kw", parent=small, spaceBefore=3))
        p._kw = True
        return [p]

    # .. the body
    def body(self, col_w: float, st: Styles) -> list:
        if self.family == 3:
            return self.body3(col_w, st)
        r, v, c = self.rng, self.vocab, self.cls
        self.col_w = col_w
        flow: list = []
        top = 0
        fig_k, tab_k = self.fig_start, self.tab_start
        figs_left, tabs_left = self.n_figures, list(self.rulings)
        mdpi_order = r.random() < 0.4
        unheaded_intro = c["abstract"] == "lead_bold" and r.random() < 0.5

        def section(title: str) -> list[int]:
            nonlocal top
            top += 1
            flow.extend(self.heading(title, 1, [top], st)[0])
            return [top]

        if unheaded_intro:
            flow += [self.body_para(st) for _ in range(r.randint(2, 4))]
        else:
            section("Introduction")
            flow += [self.body_para(st) for _ in range(r.randint(3, 5))]

        def methods():
            p = section(r.choice(["Materials and Methods", "Methods", "Materials and methods"]))
            subs = r.sample(v["methods"], r.randint(3, 6))
            for k, title in enumerate(subs, 1):
                heads, lead = self.heading(title, 2, p + [k], st)
                flow.extend(heads)
                flow.append(self.body_para(st, lead, (2, 4), "methods_sentences", 0.25))
                if k == 1 and r.random() < 0.5:
                    subs3 = r.sample(v["methods_subs"], 3)
                    for kk in range(1, r.randint(2, 3) + 1):
                        sub = subs3[kk - 1]
                        heads, lead = self.heading(sub, 3, p + [k, kk], st)
                        flow.extend(heads)
                        flow.append(self.body_para(st, lead, (2, 3), "methods_sentences", 0.2))

        if mdpi_order:
            methods()
        p = section("Results")
        used = set()
        for k in range(1, r.randint(3, 6) + 1):
            title = self.fill.fill(r.choice(v["result_heads"]))
            title = title[0].upper() + title[1:]
            if self.family != 1 and c["headings"] in ("wrapped", "runin_long", "wrapped_three") and k % 2:
                title = self.long_head(title)
            while title in used:
                title = self.fill.fill(r.choice(v["result_heads"]))
                title = title[0].upper() + title[1:]
            used.add(title)
            heads, lead = self.heading(title, 2, p + [k], st)
            flow.extend(heads)
            flow.append(self.body_para(st, lead))
            if figs_left:
                flow += self.figure(fig_k, col_w, st)
                fig_k += 1
                figs_left -= 1
            flow += [self.body_para(st) for _ in range(r.randint(1, 2))]
            if tabs_left and k >= 2:
                flow += self.table(tab_k, tabs_left.pop(0), col_w, st)
                tab_k += 1
        while tabs_left:
            flow += self.table(tab_k, tabs_left.pop(0), col_w, st)
            tab_k += 1
        section("Discussion")
        paras = [self.para_plain(r.randint(3, 6)) for _ in range(r.randint(3, 4))]
        if not mdpi_order:
            flow += [Paragraph(t, st.body) for t in paras]
            methods()
            paras = []
        rest = self.cites.remaining()
        if paras:
            paras[-1] += " Related work on mitochondrial quality control in tumours points the same way" + rest + "."
            flow += [Paragraph(t, st.body) for t in paras]
        elif rest:
            flow.append(Paragraph("Related work on mitochondrial quality control in tumours points the same way" + rest + ".", st.body))
        if r.random() < 0.5:
            section("Conclusions")
            flow.append(self.body_para(st, "", (2, 3), "sentences", 0.0))
        back = (("Acknowledgements", "We thank the members of the imaging facility for technical help and discussion."),
                ("Funding", "This work was supported by national research council grants to the senior authors."),
                ("Author contributions", "Conceptualization and writing by the first author; experiments by all authors."),
                ("Conflicts of interest", "The authors declare no competing interests."),
                ("Data availability", "All data are available from the corresponding author on reasonable request."))
        for title, text in (back if self.family != 7 else family7.back_items(self)):
            if self.family == 7 or r.random() < 0.7:
                heads, lead = self.heading(title, 1, None, st, back=True)
                flow.extend(heads)
                flow.append(Paragraph(lead + self.fill.markup(text), st.body))
        if self.family == 1:
            self.headings.append({"text": "References" if c["headings"] != "caps" else "REFERENCES", "level": 1, "number": ""})
            flow.append(Paragraph(self.headings[-1]["text"], self.head_style(1, st)))
        else:
            heads, _ = self.heading("References", 1, None, st, back=True) if self.family in (5, 7) else self.heading2("References", 1, None, st, back=True)
            flow.extend(heads or [Paragraph("References", self.head_style(1, st))])
        numbered = c["references"] not in ("cell", "apa")
        nfmt = r.choice(["{}.", "[{}]"]) if numbered else ""
        if self.cite_mode == "bracket" and numbered:
            nfmt = "[{}]"
        for i, ref in enumerate(self.refs, 1):
            text = format_ref(ref, c["references"])
            if numbered:
                flow.append(Paragraph(text, st.ref, bulletText=nfmt.format(i)))
            else:
                flow.append(Paragraph(text, st.ref))
        return flow

    # .. family 3 (Science / PNAS)
    def heading3(self, title: str, level: int, path: list[int] | None, st: Styles, back: bool = False) -> tuple[list, str]:
        """Family 3's headings: level 1 in bold capitals at body size (or ``1. Results`` when numbered), level 2
        bold sentences on lines of their own or run in (``FAMILY3_AXES["headings"]``); back matter run in."""
        scheme, size, h = self.cls["headings"], st.body.fontSize, self.hfonts
        if level >= 2:
            self.headings.append({"text": title, "level": 2, "number": ""})
            if scheme == "caps_bold_sub":
                return [Paragraph(esc(title), ParagraphStyle("h3s", fontName=h[1], fontSize=size, leading=size * 1.25, spaceBefore=size * 0.6,
                                                             spaceAfter=size * 0.25, keepWithNext=1))], ""
            return [], f"<b>{esc(title)}.</b> "
        numbered = scheme == "numbered_runin_sub" and path is not None and not back
        printed = title if numbered else title.upper()
        self.headings.append({"text": printed, "level": 1, "number": str(path[0]) if numbered else ""})
        text = f"{path[0]}. {esc(printed)}" if numbered else esc(printed)
        style = ParagraphStyle("h3m", fontName=h[1], fontSize=size + (1.5 if numbered else 0), leading=size + 4, spaceBefore=size,
                               spaceAfter=size * 0.4, keepWithNext=1)
        return [Paragraph(text, style)], ""

    def front3(self, flow: list, notes: list, width: float, st: Styles) -> tuple[list, list]:
        """Family 3's front: an optional one-line teaser, the bold unlabelled abstract; PNAS: beside a boxed
        Significance statement, a keyword line with bars under it."""
        r, c, v = self.rng, self.cls, self.vocab
        size = st.body.fontSize
        fm = self.gold.setdefault("front_matter", [])
        if c["teaser"] == "one_line":
            teaser = self.fill.sentence() + "."
            fm.append({"kind": "Teaser", "first_words": first_words(teaser)})
            flow.append(Paragraph(self.fill.markup(teaser), ParagraphStyle("teaser", fontName=self.fonts[2], fontSize=size + 1, leading=(size + 1) * 1.25,
                                                                           spaceAfter=6, textColor=self.colour)))
        sents = [self.fill.sentence() + "." for _ in range(r.randint(8, 12))]  # Science's 125 words, PNAS's 250 at most
        plain = " ".join(sents)
        self.gold["abstract"] = {"label": "", "first_words": first_words(plain), "last_words": last_words(plain), "structured": False}
        astyle = ParagraphStyle("abs3", fontName=self.hfonts[1] if c["front3"] == "science" else self.fonts[1], fontSize=size, leading=size * 1.25,
                                alignment=TA_JUSTIFY, spaceAfter=6)
        abstract = Paragraph(self.fill.markup(plain), astyle)
        if c["front3"] == "science":
            return flow + [abstract], notes
        sig = " ".join(self.fill.sentence() + "." for _ in range(3))
        fm.append({"kind": "Significance", "first_words": first_words(sig)})
        kws = r.sample(v["keywords"], 4)
        fm.append({"kind": "Keywords", "first_words": first_words(" | ".join(kws))})
        kw = Paragraph(esc(" | ".join(kws)), ParagraphStyle("kw3", fontName=self.fonts[3], fontSize=size - 0.5, leading=size + 2, spaceBefore=4))
        box_w = width * 0.34
        gap = r.uniform(18, 26)  # white space before the box (its text 6 pt further in): PNAS leaves about 3 em
        box = Table([[[Paragraph("Significance", ParagraphStyle("sigl", fontName=self.hfonts[1], fontSize=size, leading=size + 3, textColor=self.colour)),
                       Paragraph(self.fill.markup(sig), ParagraphStyle("sigt", fontName=self.fonts[0], fontSize=size - 1, leading=(size - 1) * 1.25))]]],
                    colWidths=[box_w - 10], style=TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.Color(0.92, 0.94, 0.98)),
                                                              ("BOX", (0, 0), (-1, -1), 0.5, self.colour)]))
        row = Table([[[abstract, kw], box]], colWidths=[width - box_w, box_w],
                    style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (0, 0), gap),
                                      ("RIGHTPADDING", (1, 0), (1, 0), 0)]))
        return flow + [row, Spacer(1, 6)], notes

    def drop_cap_para(self, st: Styles) -> list:
        """The introduction's first paragraph with a drop cap: the first letter three lines tall, the lines wrapped beside it."""
        text = self.para_plain(self.rng.randint(4, 6))
        cap = DropCap(text[0], self.fonts[1], st.body.leading * 3.4)
        return [ImageAndFlowables(cap, [Paragraph(text[1:], ParagraphStyle("dc", parent=st.body, firstLineIndent=0))], imageLeftPadding=0,
                                  imageRightPadding=2, imageTopPadding=0, imageBottomPadding=0, imageSide="left")]

    def body3(self, col_w: float, st: Styles) -> list:
        """Family 3's body: introduction (headed, drop cap or unheaded), results, discussion, methods at the end,
        back matter (``midpara`` / ``pnas_runin``), a Supplementary Materials box, references."""
        r, v, c = self.rng, self.vocab, self.cls
        self.col_w = col_w
        flow: list = []
        top = 0
        fig_k, tab_k = self.fig_start, self.tab_start
        figs_left, tabs_left = self.n_figures, list(self.rulings)
        small = ParagraphStyle("small3", parent=st.body, fontSize=st.body.fontSize - 1, leading=(st.body.fontSize - 1) * 1.25, firstLineIndent=0)

        def section(title: str) -> list[int]:
            nonlocal top
            top += 1
            flow.extend(self.heading(title, 1, [top], st)[0])
            return [top]

        if c["intro"] == "caps_heading":
            section("Introduction")
            flow += [self.body_para(st) for _ in range(r.randint(3, 4))]
        else:
            if c["intro"] == "drop_cap":
                flow += self.drop_cap_para(st)
            flow += [self.body_para(st) for _ in range(r.randint(2, 3))]
        p = section("Results")
        used = set()
        for k in range(1, r.randint(3, 6) + 1):
            title = self.fill.fill(r.choice(v["result_heads"]))
            while title in used:
                title = self.fill.fill(r.choice(v["result_heads"]))
            used.add(title)
            title = title[0].upper() + title[1:]
            if k % 2 == 0:
                title = self.long_head(title)
            heads, lead = self.heading(title, 2, p + [k], st)
            flow.extend(heads)
            flow.append(self.body_para(st, lead))
            if figs_left:
                flow += self.figure(fig_k, col_w, st)
                fig_k += 1
                figs_left -= 1
            flow += [self.body_para(st) for _ in range(r.randint(1, 2))]
            if tabs_left and k >= 2:
                flow += self.table(tab_k, tabs_left.pop(0), col_w, st)
                tab_k += 1
        while tabs_left:
            flow += self.table(tab_k, tabs_left.pop(0), col_w, st)
            tab_k += 1
        section("Discussion")
        paras = [self.para_plain(r.randint(3, 6)) for _ in range(r.randint(2, 3))]
        rest = self.cites.remaining()
        paras[-1] += " Related work on mitochondrial quality control in tumours points the same way" + rest + "."
        flow += [Paragraph(t, st.body) for t in paras]
        p = section("Materials and Methods")
        for k, title in enumerate(r.sample(v["methods"], r.randint(3, 5)), 1):
            heads, lead = self.heading(title, 2, p + [k], st)
            flow.extend(heads)
            flow.append(self.body_para(st, lead, (2, 4), "methods_sentences", 0.0))
        back = [("Funding", "This work was supported by national research council grants to the senior authors."),
                ("Author contributions", "Conceptualization and writing by the first author; experiments by all authors."),
                ("Competing interests", "The authors declare no competing interests."),
                ("Data and materials availability", "All data are available in the main text or the supplementary materials.")]
        thanks = "We thank the members of the imaging facility for technical help and discussion."
        if c["back_matter"] == "midpara":
            flow.extend(self.heading("Acknowledgments", 1, None, st, back=True)[0])
            parts = [thanks] + [f"<b>{esc(t)}:</b> {esc(x)}" for t, x in back if r.random() < 0.8]
            for t, _ in back:
                if f"<b>{esc(t)}:</b>" in " ".join(parts):
                    self.headings.append({"text": t, "level": 2, "number": ""})
            flow.append(Paragraph(" ".join(parts), small))
        else:
            self.headings.append({"text": "Data, Materials, and Software Availability", "level": 2, "number": ""})
            flow.append(Paragraph("<b>Data, Materials, and Software Availability.</b> " + esc(back[3][1]), st.body))
            self.headings.append({"text": "ACKNOWLEDGMENTS", "level": 1, "number": ""})
            flow.append(Paragraph(f"<b>ACKNOWLEDGMENTS.</b> {esc(thanks)} {esc(back[0][1])}", small))
        if c["last_page"] == "three_columns":
            flow.append(NextPageTemplate("refs3"))
        self.headings.append({"text": "REFERENCES AND NOTES" if c["front3"] == "science" else "References", "level": 1, "number": ""})
        flow.append(Paragraph(self.headings[-1]["text"], self.head_style(1, st)))
        nfmt = "{}." if self.cite_mode != "bracket" else "[{}]"
        for i, ref in enumerate(self.refs, 1):
            text = format_ref(ref, c["references"])
            flow.append(Paragraph(text, st.ref, bulletText=nfmt.format(i)) if c["references"] not in ("cell", "apa") else Paragraph(text, st.ref))
        if c["supplementary"] == "box":
            self.headings.append({"text": "SUPPLEMENTARY MATERIALS", "level": 1, "number": ""})
            items = f"Materials and Methods<br/>Figs. S1 to S{r.randint(4, 12)}<br/>Tables S1 to S{r.randint(2, 6)}<br/>MDAR Reproducibility Checklist"
            box = Table([[[Paragraph("SUPPLEMENTARY MATERIALS", ParagraphStyle("suph", fontName=self.hfonts[1], fontSize=st.body.fontSize, leading=st.body.fontSize + 3)),
                           Paragraph(items, small)]]], colWidths=[col_w],
                        style=TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.black), ("TOPPADDING", (0, 0), (-1, -1), 4)]))
            flow += [Spacer(1, 6), box]
        return flow

    # .. the page
    def build(self, path: Path) -> dict:
        register_fonts()
        r, c = self.rng, self.cls
        pw, ph = self.page_size
        mx, mt, mb = r.uniform(42, 64), r.uniform(58, 72), r.uniform(52, 66)
        full_w = pw - 2 * mx
        lx = mx  # the text's left edge
        self.lineno, self.cover_pages = 0, 0
        if self.family == 4 and c["line_numbers"] != "none" and mx < 54:
            mx = lx = 54.0  # room for the numbers
            full_w = pw - 2 * mx
        if self.family == 4 and c["sidebar"] == "plos":
            self.side_w = full_w * 0.27
            lx, full_w = mx + self.side_w, full_w - self.side_w
        self.text_x = lx
        body_h = ph - mt - mb
        gut = {"one": 0, "two": r.uniform(12, 20), "three": r.uniform(9, 12), "two_unequal": r.uniform(14, 18)}[c["columns"]]
        if c["columns"] == "one":
            widths = [full_w * r.uniform(0.82, 1.0)]
        elif c["columns"] == "two":
            widths = [(full_w - gut) / 2] * 2
        elif c["columns"] == "three":
            widths = [(full_w - 2 * gut) / 3] * 3
        else:
            share = r.uniform(0.56, 0.64)
            widths = [(full_w - gut) * share, (full_w - gut) * (1 - share)]
        col_w = min(widths)
        st = self.styles(col_w)
        self.st = st
        self.separate: list = []
        science = self.family == 3 and c["front3"] == "science"
        front_w = widths[0] + gut + widths[1] if science else full_w  # Science: the title block over the left two columns
        front, notes = self.front(front_w, st)
        float_parts: list = []
        if c["columns"] == "one":
            c["floats"] = "in_column"
        elif c["floats"] == "full_width_top":  # drawn by the page-2 template, so it sits across the columns
            if r.random() < 0.5:
                float_parts = self.figure(1, full_w, st, wrap=False)
                self.fig_start = 2
                c["floats"] = "full_width_figure"
            else:
                ruling = r.choice(TABLE_RULINGS)
                float_parts = self.table(1, ruling, full_w * r.uniform(0.7, 1.0), st, wrap=False)
                self.tab_start = 2
                c["floats"] = "full_width_table"
                c["tables"] = sorted(set(c["tables"]) | {ruling})
        # the ref list is sized for the narrowest column; the figures and tables too
        body = self.body(col_w, st)

        def h_of(flows, w):
            return sum(f.wrap(w, body_h)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in flows)

        front_h = h_of(front, front_w) + 14
        self.front_h = front_h
        notes_h = (h_of(notes, full_w) + 10) if notes else 0

        def columns(y0: float, h: float, tag: str) -> list[Frame]:
            frames, x = [], lx
            for i, w in enumerate(widths):
                frames.append(Frame(x, y0, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=f"{tag}{i}"))
                x += w + gut
            return frames

        later = PageTemplate("later", columns(mb, body_h, "c"), onPage=self.furniture_drawer(pw, ph, mx, mt, mb, notes, None))
        float_h = h_of(float_parts, full_w) + 14 if float_parts else 0
        templates = ["later"]
        if float_parts:
            floatpage = PageTemplate("floatpage", columns(mb, body_h - float_h, "p"),
                                     onPage=self.furniture_drawer(pw, ph, mx, mt, mb, notes, None, float_parts))
            templates = ["floatpage", "*", "later"]
        if self.family == 3 and c["last_page"] == "three_columns":  # the reference pages in three columns
            w3, g3 = (full_w - 2 * 10) / 3, 10
            refs3 = PageTemplate("refs3", [Frame(mx + k * (w3 + g3), mb, w3, body_h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=f"r{k}")
                                           for k in range(3)], onPage=self.furniture_drawer(pw, ph, mx, mt, mb, notes, None))
            extra_templates = [refs3]
        else:
            extra_templates = []
        shared_first = front_h + 120 < body_h - notes_h  # the title block and the first columns share page 1
        if c["abstract"] == "cover_page" and self.family != 1:
            shared_first = False
        side_w = full_w * 0.28
        h1 = body_h - front_h - notes_h - 6
        if c["abstract"] == "sidebar_left" and self.family != 1 and (not shared_first or h_of(self.separate, side_w) > h1 - 12):
            c["abstract"] = "in_columns"  # the sidebar would overflow into the body column: set it in the columns
        if self.family == 5 and c["abstract"] == "long_continued" or self.family == 6 and c["abstract"] in family6.OWN_PAGE:
            # a long abstract runs onto page 2 (family 5), or heads page 2 after a title page (family 6); the body after it
            shared_first = False
            top = Frame(lx, mb + notes_h, full_w, body_h - notes_h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="front")
            first = PageTemplate("first", [top], onPage=self.furniture_drawer(pw, ph, mx, mt, mb, notes, notes_h))
            story = [NextPageTemplate(templates)] + front + body
        elif shared_first and science:
            # Science: the title block and abstract over columns 1-2, the third column from the page top
            h1 = body_h - front_h - notes_h - 6
            top = Frame(mx, ph - mt - front_h, front_w, front_h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="front")
            x3 = mx + widths[0] + widths[1] + 2 * gut
            cols1 = [Frame(mx, mb + notes_h, widths[0], h1, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="f0"),
                     Frame(mx + widths[0] + gut, mb + notes_h, widths[1], h1, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="f1"),
                     Frame(x3, mb + notes_h, widths[2], body_h - notes_h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="f2")]
            first = PageTemplate("first", [top] + cols1, onPage=self.furniture_drawer(pw, ph, mx, mt, mb, notes, notes_h))
            story = [NextPageTemplate(templates)] + front + [FrameBreak()] + body
        elif shared_first and c["abstract"] == "sidebar_left" and self.family != 1:
            # page 1: the abstract in a narrow left column, the introduction beside it
            top = Frame(lx, ph - mt - front_h, full_w, front_h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="front")
            side = Frame(lx, mb + notes_h, side_w, h1, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="side")
            rest_x, rest_w = lx + side_w + 16, full_w - side_w - 16
            n1 = 2 if c["columns"] == "three" else 1
            w1 = (rest_w - 12 * (n1 - 1)) / n1
            cols1 = [Frame(rest_x + k * (w1 + 12), mb + notes_h, w1, h1, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=f"f{k}")
                     for k in range(n1)]
            first = PageTemplate("first", [top, side] + cols1, onPage=self.furniture_drawer(pw, ph, mx, mt, mb, notes, notes_h))
            story = [NextPageTemplate(templates)] + front + [FrameBreak()] + self.separate + [FrameBreak()] + body
        elif shared_first:
            top = Frame(lx, ph - mt - front_h, full_w, front_h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="front")
            first = PageTemplate("first", [top] + columns(mb + notes_h, body_h - front_h - notes_h - 6, "f"),
                                 onPage=self.furniture_drawer(pw, ph, mx, mt, mb, notes, notes_h))
            story = [NextPageTemplate(templates)] + front + [FrameBreak()] + self.separate + body
        else:  # a front block taller than the page: it has the first page(s) to itself
            top = Frame(lx, mb + notes_h, full_w, body_h - notes_h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="front")
            first = PageTemplate("first", [top], onPage=self.furniture_drawer(pw, ph, mx, mt, mb, notes, notes_h))
            story = [NextPageTemplate(templates)] + front + [NextPageTemplate(templates), FrameBreak()] + body
        xs, x = [], lx
        for w in widths:
            xs.append([round(x, 2), round(x + w, 2)])
            x += w + gut
        self.layout = {"page_size": [round(pw, 2), round(ph, 2)], "columns": xs, "body_top": round(mt, 2),
                       "front_bottom_page1": round(mt + front_h, 2) if shared_first else round(ph, 2),
                       "float_bottom_page2": round(mt + float_h, 2) if float_parts else None}
        cover = []
        if self.family == 4 and c["cover"] == "repository":
            self.cover_pages = 1
            cover = [PageTemplate("cover", [Frame(mx, mb, pw - 2 * mx, body_h, id="cover")])]
            story = self.cover_flow(pw - 2 * mx) + [NextPageTemplate("first"), PageBreak()] + story
        doc = BaseDocTemplate(str(path), pagesize=self.page_size, pageTemplates=cover + [first, later] + ([floatpage] if float_parts else []) + extra_templates, invariant=1,
                              title="", author="", creator="mitominer synthetic", leftMargin=mx, rightMargin=mx, topMargin=mt, bottomMargin=mb)
        doc.build(story)
        return self.gold_record(path)

    def running_strings(self) -> tuple[str, str, str, str]:
        """(journal, DOI line, running author, volume line): drawn once, the same on every page."""
        if not hasattr(self, "_running"):
            r, kind = self.rng, self.cls["running"]
            journal = r.choice(self.vocab["journal_names"])
            doi = f"https://doi.org/10.{r.randint(1000, 9999)}/synth.{2026}.{self.n:04d}"
            running_author = f"{r.choice(self.vocab['surnames'])} et al."
            if kind in ("preprint", "biorxiv"):
                self.furniture += ["this version posted", doi.replace("https://doi.org/", "")]
                if kind == "biorxiv":
                    self.furniture.append("who let the server show it for good")
            else:
                self.furniture.append(journal)
                if kind == "doi_footer":
                    self.furniture.append(doi)
            self._running = (journal, doi, running_author, f"{journal} {2026}; {r.randint(3, 60)}: {r.randint(100, 900)}")
        return self._running

    def furniture_drawer(self, pw, ph, mx, mt, mb, notes, notes_h, float_parts=None):
        c = self.cls
        journal, doi, running_author, volume = self.running_strings()
        fn = self.fonts
        kind = c["running"]

        def draw(canv, doc):
            canv.saveState()
            page = canv.getPageNumber() - self.cover_pages
            y_top, y_bot = ph - mt + 18, mb - 26
            canv.setFont(fn[0], 7.5)
            if self.family == 4:
                self.draw_family4(canv, page, pw, ph, mx, mt, mb)
            if kind == "biorxiv":
                canv.setFont("Helvetica", 6.5)
                canv.drawCentredString(pw / 2, ph - 20, f"bioRxiv preprint doi: {doi}; this version posted June 9, 2026. The copyright holder for this preprint")
                canv.drawCentredString(pw / 2, ph - 28, "(not yet refereed) rests with its authors, who let the server show it for good. Shared under an open CC-BY 4.0 licence.")
                canv.setFont(fn[0], 8)
                canv.drawCentredString(pw / 2, y_bot, str(page))
            elif kind == "journal_page":
                canv.drawString(mx, y_top, journal)
                canv.drawRightString(pw - mx, y_top, running_author)
                canv.drawCentredString(pw / 2, y_bot, str(page))
            elif kind == "doi_footer":
                canv.drawString(mx, y_top, volume if page == 1 else journal)
                canv.drawString(mx, y_bot, doi)
                canv.drawRightString(pw - mx, y_bot, f"{page}")
            elif kind == "preprint":
                canv.setFont("Helvetica", 6.5)
                canv.drawCentredString(pw / 2, ph - 22, f"bioRxiv preprint doi: {doi}; this version posted June 9, 2026. The copyright holder for this preprint is the author/funder.")
                canv.setFont(fn[0], 8)
                canv.drawCentredString(pw / 2, y_bot, str(page))
            else:  # alternating sides, a rule under the header
                left = page % 2 == 0
                canv.setFont(self.hfonts[1], 7.5)
                if left:
                    canv.drawString(mx, y_top, f"{page}")
                    canv.drawString(mx + 20, y_top, journal)
                else:
                    canv.drawRightString(pw - mx - 20, y_top, running_author)
                    canv.drawRightString(pw - mx, y_top, f"{page}")
                canv.setLineWidth(0.4)
                canv.line(mx, y_top - 4, pw - mx, y_top - 4)
            if page == 1 and c["title_block"] == "kicker_banner":
                canv.setFillColor(self.colour)
                canv.rect(pw - mx - 60, ph - mt + 10, 60, 22, stroke=0, fill=1)
                canv.setFillColor(colors.white)
                canv.setFont("Helvetica-Bold", 9)
                canv.drawCentredString(pw - mx - 30, ph - mt + 18, "OPEN")
            if float_parts:
                y = ph - mt
                for p in float_parts:
                    w, h = p.wrap(pw - 2 * mx, ph)
                    y -= h + p.getSpaceBefore()
                    p.drawOn(canv, mx, y)
                    y -= p.getSpaceAfter()
                canv.setLineWidth(0.4)
                canv.line(mx, y - 5, pw - mx, y - 5)
            if notes_h and notes:
                y = mb + notes_h - 4
                canv.setLineWidth(0.4)
                canv.setStrokeColor(colors.black)
                canv.line(mx, y + 2, mx + 100, y + 2)
                for p in notes:
                    w, h = p.wrap(pw - 2 * mx, ph)
                    y -= h + p.getSpaceBefore()
                    p.drawOn(canv, mx, y)
                    y -= p.getSpaceAfter()
            canv.restoreState()

        return draw

    def draw_family4(self, canv, page: int, pw, ph, mx, mt, mb) -> None:
        """Family 4's page furniture: manuscript line numbers left of the text, the PLOS metadata strip on pages 1-2."""
        c, st = self.cls, self.st
        if c["line_numbers"] != "none":
            canv.setFont("Helvetica", 6.5)
            y = ph - mt - st.body.fontSize
            while y > mb:
                self.lineno += 1
                if c["line_numbers"] == "every_line" or self.lineno % 5 == 0:
                    canv.drawRightString(mx - 8, y, str(self.lineno))
                y -= st.body.leading
        if c["sidebar"] == "plos" and page in (1, 2):
            style = ParagraphStyle("plos", fontName=self.fonts[0], fontSize=6.8, leading=8.4, spaceAfter=5)
            y = ph - mt
            for para in self.sidebar_paras(page, style):
                w, h = para.wrap(self.side_w - 14, ph)
                y -= h
                para.drawOn(canv, mx, y)
                y -= style.spaceAfter

    def sidebar_paras(self, page: int, style: ParagraphStyle) -> list:
        """The PLOS strip: citation, editor and dates, copyright (page 1); data, funding, competing interests (page 2)."""
        if not hasattr(self, "_sidebar"):
            r, v = self.rng, self.vocab
            first = r.choice(v["surnames"])
            editor = f"{r.choice(v['given'])} {r.choice(v['surnames'])}, {r.choice(v['institutes'])}"
            self._sidebar = (
                [f"<b>Citation:</b> {esc(first)} A, et al. (2026) {esc(self.gold['title'])}. PLoS ONE 21(6): e03{r.randint(10000, 99999)}.",
                 f"<b>Editor:</b> {esc(editor)}",
                 "<b>Received:</b> March 2, 2026", "<b>Accepted:</b> June 9, 2026", "<b>Published:</b> June 30, 2026",
                 f"<b>Copyright:</b> \u00a9 2026 {esc(first)} et al. Published open access under a Creative Commons licence that lets anyone "
                 "copy, share and adapt the work with credit to its authors."],
                ["<b>Data Availability Statement:</b> Every dataset behind the figures is in the paper and its supplementary files.",
                 "<b>Funding:</b> The study was paid for by a research council grant. The sponsors took no part in planning, running "
                 "or reporting the work.",
                 "<b>Competing interests:</b> None of the authors holds a conflicting interest."])
            self.furniture += ["lets anyone copy, share and adapt the work", "Every dataset behind the figures",
                               "The sponsors took no part in planning", "None of the authors holds a conflicting interest"]
        return [Paragraph(t, style) for t in self._sidebar[page - 1]]

    def cover_flow(self, width: float) -> list:
        """A repository cover sheet (``FAMILY4_AXES["cover"]``): none of its lines belongs to the article."""
        r, v = self.rng, self.vocab
        repo = r.choice(["White Rose Research Online", "Institutional Repository", "Open Research Archive", "Author Manuscript Repository"])
        journal = self.running_strings()[0]
        big = ParagraphStyle("cov1", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=18)
        small = ParagraphStyle("cov2", fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=8)
        lines = [f"This is an accepted manuscript deposited in {repo}.",
                 f"Cite this article as: {r.choice(v['surnames'])} et al. (2026) {journal}, {r.randint(3, 60)}, {r.randint(100, 900)}.",
                 f"Downloaded from https://repository.example.org/id/eprint/{r.randint(1000, 99999)} on 12 July 2026.",
                 "Unless indicated otherwise, fulltext items are protected by copyright with all rights reserved. "
                 "Takedown: if you consider content to be unlawful, please contact the repository."]
        self.furniture += ["This is an accepted manuscript deposited in", "Downloaded from https repository example org",
                           "fulltext items are protected by copyright with all rights reserved"]
        title = ParagraphStyle("cov3", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceAfter=10)
        return [Paragraph(esc(repo), big), Paragraph(esc(lines[0]), small), Paragraph(esc(self.gold["title"]), title)] + [Paragraph(esc(t), small) for t in lines[1:]]

    def gold_record(self, path: Path) -> dict:
        g = self.gold
        refs = self.refs
        picks = sorted({0, len(refs) // 4, len(refs) // 2, (3 * len(refs)) // 4, len(refs) - 1})
        samples = [{"position": i + 1, "first_author": refs[i].authors[0][0], "year": f"{refs[i].year}{refs[i].letter}",
                    "title_start": first_words(refs[i].title, 5), "doi": refs[i].doi.lower()} for i in picks]
        return {
            "file": path.name,
            "folder": "synthetic",
            "publisher": "synthetic",
            "split": "test" if self.n % 3 == 0 else "tune",
            "title": g["title"],
            "abstract": g["abstract"],
            "front_matter": g.get("front_matter", []),
            "headings": self.headings,
            "references": {"count": len(refs), "style": "author-year" if self.cite_mode == "authoryear" else
                           "superscript" if self.cite_mode == "super" else "numeric", "format": self.cls["references"], "samples": samples,
                           "all_cited": len(self.cites.cited) == len(refs)},
            "tables": g.get("tables", []),
            "classes": self.cls,
            "layout": self.layout,
            "furniture": self.furniture,
            "figure_text": sorted(set(self.figure_text)),
            "figure_captions": self.figure_captions,
            "table_footnotes": self.table_footnotes,
            "notes": "generated by scripts/make_synthetic_pdfs.py",
        }


def load_vocabulary() -> dict:
    return json.loads(VOCABULARY.read_text(encoding="utf-8"))


def generate(out: Path, count: int, seed: int = 0, first: int = 1, family: int = 1) -> list[Path]:
    """Write documents ``first`` .. ``first + count - 1`` (PDF + gold JSON) into ``out``; the PDF paths."""
    out.mkdir(parents=True, exist_ok=True)
    vocab = load_vocabulary()
    paths = []
    for n in range(first, first + count):
        pdf = out / f"synth_{n:03d}.pdf"
        gold = build_with_retries(pdf, lambda attempt: Doc(n, seed, vocab, attempt, family).build(pdf))
        write_gold(out / f"synth_{n:03d}.json", gold)
        paths.append(pdf)
    return paths


def build_with_retries(pdf: Path, build, attempts: int = 10) -> dict:
    """``build(attempt)``'s gold; reportlab cannot place some drawn combinations, so a document whose
    layout fails is drawn again with the next attempt number (deterministically)."""
    for attempt in range(attempts):
        try:
            return build(attempt)
        except LayoutError:
            continue
    raise RuntimeError(f"{pdf}: no layout after {attempts} attempts")


def write_gold(path: Path, gold: dict) -> None:
    """One document's gold JSON, written atomically (a temporary file beside it, then renamed)."""
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, help="folder for synth_NNN.pdf + synth_NNN.json (created)")
    ap.add_argument("-n", "--count", type=int, default=45)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--family", type=int, choices=(1, 2, 3, 4, 5, 6, 7), default=1,
                    help="1: the session-7 classes (default); 2: the front-matter and heading classes of FAMILY2_AXES; "
                         "3: Science/PNAS front matter, headings and back matter (FAMILY3_AXES); "
                         "4: line-numbered preprints, bioRxiv furniture, small caps, run-in and bare-number headings, "
                         "the PLOS strip, cover sheets and seven abstract placements (FAMILY4_AXES); "
                         "5: history lines, run-in and side-column abstract labels, keyword/abbreviation lines, two-size titles, "
                         "1 | / square / unpunctuated numbering, colour-only and small-caps headings, Declarations (FAMILY5_AXES); "
                         "6: abstracts in a side column, set off by a rule, in the columns, after a long author block, beside a box, "
                         "with a second-language abstract, on page 2; type labels, small-caps, three-line, dedication and open-access "
                         "titles (FAMILY6_AXES, scripts/synthetic_family6.py); "
                         "7: italic nested run-ins, letter/roman sub-levels, hanging numbers, six-line bold heads, back-matter faces (FAMILY7_AXES)")
    args = ap.parse_args(argv)
    if args.out.exists() and not args.out.is_dir():
        print(f"make_synthetic_pdfs: {args.out}: not a folder", file=sys.stderr)
        return 1
    paths = generate(args.out, args.count, args.seed, family=args.family)
    print(f"wrote {len(paths)} PDFs and gold JSON into {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
