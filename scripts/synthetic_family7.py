"""Synthetic family 7 (``make_synthetic_pdfs.py --family 7``, issue 10 session 13, pdfhead13): heading classes
families 1-5 leave, after the layouts common publishers print.

Headings (``headings``): level 2 italic on lines of its own with level 3 run in, italic, in the same face
(``italic_nested``: ``*Cell culture.* HeLa cells ...``); decimal numbers with letter and roman sub-levels (``2.``,
``2.1.``, ``(i)`` / ``(a)`` on lines of their own, ``decimal_letters``); roman level 1 in capitals with letter level 2 and
IEEE-style ``1)`` run-ins (``II. RESULTS`` / ``A. Cell culture`` / ``1) Imaging:``, ``roman_letters``); numbered
headings long enough to wrap to two lines with the number hanging left of the text (``hanging_wrap``); three columns
with bold level-2 headings of 14-20 words on up to six lines (``bold_six``).
Back matter (``back_face``): small caps, bold capitals, colour, run in with a colon (``Funding:``), or bold at the
body size; its titles (``back_set``) Elsevier's (``CRediT authorship contribution statement``, ``Declaration of
competing interest``, ``Data availability``, ``Supplementary material``), Cell Press's (``Acknowledgments``, ``Author
contributions``, ``Declaration of interests``, ``Supplemental information``) or Springer's.
Figures (``figure_text``): panel titles in bold at about the body size over each panel (figure text, never a
heading).

Every function takes the ``Doc`` of ``make_synthetic_pdfs`` (its random stream, filler, fonts and gold).
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from synthetic_text import esc

FAMILY7_AXES = {
    "headings": ["italic_nested", "decimal_letters", "roman_letters", "hanging_wrap", "bold_six"],
    "back_face": ["smallcaps", "allcaps", "coloured", "runin_colon", "bold_body"],
    "back_set": ["elsevier", "cell", "springer"],
    "figure_text": ["plain", "panel_titles"],
}
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
SUB_ROMAN = ["i", "ii", "iii", "iv", "v", "vi"]
BACK_SETS = {
    "elsevier": [("CRediT authorship contribution statement", "Conceptualization and writing by the first author; experiments by all authors."),
                 ("Declaration of competing interest", "The authors declare no competing financial interests."),
                 ("Acknowledgements", "We thank the members of the imaging facility for technical help and discussion."),
                 ("Data availability", "All data are available from the corresponding author on reasonable request."),
                 ("Supplementary material", "Supplementary data to this article can be found with the online version.")],
    "cell": [("Acknowledgments", "We thank the members of the imaging facility for technical help and discussion."),
             ("Author contributions", "Conceptualization and writing by the first author; experiments by all authors."),
             ("Declaration of interests", "None of the authors holds a financial interest related to this work."),
             ("Supplemental information", "Supplemental information can be found with the online version of this article.")],
    "springer": [("Acknowledgements", "We thank the members of the imaging facility for technical help and discussion."),
                 ("Author contributions", "Conceptualization and writing by the first author; experiments by all authors."),
                 ("Funding", "This work was supported by national research council grants to the senior authors."),
                 ("Data availability", "All data are available from the corresponding author on reasonable request."),
                 ("Competing interests", "The authors declare no competing interests.")],
}


def setup(doc) -> None:
    """Family 7's class combinations after the draw (``Doc.__init__``)."""
    c = doc.cls
    if c["headings"] == "bold_six":
        c["columns"] = "three"
    elif c["columns"] == "three" and c["headings"] == "hanging_wrap":
        c["columns"] = "two"  # a hanging number needs a column wide enough for a two-line heading


def back_items(doc) -> list[tuple[str, str]]:
    """The back-matter (title, text) pairs this document prints, in order (most of them)."""
    items = BACK_SETS[doc.cls["back_set"]]
    keep = [it for it in items if doc.rng.random() < 0.8]
    return keep or items[:2]


# -- headings -------------------------------------------------------------------------------------------


def _style(doc, level: int, st, name: str, **kw) -> ParagraphStyle:
    h, f, size = doc.hfonts, doc.fonts, st.body.fontSize
    font, fsize = (h[1], size + 1.5) if level == 1 else (h[1], size + 0.5) if level == 2 else (f[2], size)
    args = dict(fontName=font, fontSize=fsize, leading=fsize + 3, spaceBefore=size * (0.9 if level == 1 else 0.6),
                spaceAfter=size * 0.35, textColor=colors.black, alignment=TA_LEFT, keepWithNext=1)
    args.update(kw)
    return ParagraphStyle(name, **args)


def _long(doc, title: str) -> str:
    """``title`` with a tail that makes it 12-20 words long (a heading of two to six lines in a column)."""
    f = doc.fill
    tails = [f.fill(t) for t in (" in cells treated with {drug} and in patient-derived xenografts of resistant tumours",
                                  " and predicts the response to {drug} in vitro and in vivo",
                                  " independently of {gene2} in drug-resistant cell lines and organoids",
                                  " in cells treated with {drug}", " in drug-resistant tumours")]
    fits = [t for t in tails if len((title + t).split()) <= 20]
    return title + doc.rng.choice(fits) if fits else title


def heading(doc, title: str, level: int, path: list[int] | None, st, back: bool = False) -> tuple[list, str]:
    """(flowables, run-in markup) of one heading in family 7's schemes; back matter by ``back_face``."""
    if back:
        return _back_heading(doc, title, st)
    scheme, f, size = doc.cls["headings"], doc.fonts, st.body.fontSize
    number, printed = "", title
    if scheme == "roman_letters" and path:
        number = ROMAN[path[0] - 1] if level == 1 else "ABCDEFGH"[path[-1] - 1] if level == 2 else str(path[-1])
        printed = title.upper() if level == 1 else title
    elif scheme in ("decimal_letters", "hanging_wrap") and path:
        number = ".".join(map(str, path)) if level <= 2 else SUB_ROMAN[path[-1] - 1]
    if scheme == "hanging_wrap" and level == 2 and path and path[-1] % 2:
        printed = _long(doc, title)
    if scheme == "bold_six" and level == 2 and doc.rng.random() < 0.7:
        printed = _long(doc, title)
    doc.headings.append({"text": printed, "level": level, "number": number})
    text = esc(printed)
    if level == 3 and scheme == "italic_nested":
        return [], f"<i>{text}.</i> "
    if level == 3 and scheme == "roman_letters":
        return [], f"<i>{number}) {text}:</i> "
    if level == 2 and scheme in ("italic_nested", "roman_letters"):  # italic on a line of its own
        lead = f"{number}. " if number else ""
        return [Paragraph(lead + text, _style(doc, 2, st, "h7i", fontName=f[2], fontSize=size, leading=size + 3))], ""
    if level == 3:  # decimal_letters / hanging_wrap / bold_six: (i) Title, italic on its own line
        lead = f"({number}) " if number else ""
        return [Paragraph(lead + text, _style(doc, 3, st, "h7c"))], ""
    if number and scheme == "hanging_wrap":
        label = number + ("." if level == 1 else "")
        hang = pdfmetrics.stringWidth(label + "  ", doc.hfonts[1], size + (1.5 if level == 1 else 0.5)) + 2
        style = _style(doc, level, st, f"h7h{level}", leftIndent=hang, firstLineIndent=-hang)
        return [Paragraph(f"{label}&nbsp;&nbsp;{text}", style)], ""
    if number:
        sep = "." if scheme in ("decimal_letters", "roman_letters") else ""
        text = f"{number}{sep}&nbsp;{text}"
    style = _style(doc, level, st, f"h7{level}")
    if scheme == "bold_six" and level == 2:
        style = _style(doc, 2, st, "h7s", fontSize=size + 0.5, leading=size + 2.5)
    return [Paragraph(text, style)], ""


def _smallcaps(title: str, size: float) -> str:
    out = []
    for word in title.split():
        out.append(esc(word[0].upper()) + (f"<font size={size * 0.78:.1f}>{esc(word[1:].upper())}</font>" if word[1:] else ""))
    return " ".join(out)


def _back_heading(doc, title: str, st) -> tuple[list, str]:
    """A back-matter title (and ``References``) in the document's back-matter face; gold level 1."""
    face, h, size = doc.cls["back_face"], doc.hfonts, st.body.fontSize
    if face == "runin_colon" and title != "References":
        doc.headings.append({"text": title, "level": 1, "number": ""})
        return [], f"<b>{esc(title)}:</b> "
    printed = title.upper() if face == "allcaps" or face == "smallcaps" and doc.cls["headings"] == "roman_letters" else title
    doc.headings.append({"text": printed if face != "smallcaps" else title, "level": 1, "number": ""})
    kw = {}
    text = esc(printed)
    if face == "smallcaps":
        kw = dict(fontName=h[0], fontSize=size + 1)
        text = _smallcaps(title, size + 1)
    elif face == "allcaps":
        kw = dict(fontSize=size)
    elif face == "coloured":
        kw = dict(fontName=h[0], fontSize=size + 1, textColor=doc.colour)
    elif face == "bold_body":
        kw = dict(fontSize=size)
    return [Paragraph(text, _style(doc, 1, st, "h7b", **kw))], ""


# -- figure text and table heads ------------------------------------------------------------------------


class TitledFigure(Flowable):
    """A drawn figure with a bold title over each of its panels, set near the body size."""

    def __init__(self, box, titles: list[str], font: str, size: float):
        super().__init__()
        self.box, self.titles, self.font, self.size = box, titles, font, size
        self.width, self.height = box.width, box.height + size + 4

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        self.box.drawOn(self.canv, 0, 0)
        pw = self.width / len(self.titles)
        self.canv.setFont(self.font, self.size)
        for k, title in enumerate(self.titles):
            self.canv.drawCentredString(k * pw + pw / 2 + 10, self.box.height + 3, title)


def figure(doc, flow: list, st) -> list:
    """``Doc.figure``'s flowables, the drawing given panel titles when ``figure_text`` says so (figure text in the gold)."""
    if doc.cls["figure_text"] != "panel_titles":
        return flow
    group = flow[0]
    items = group._content if isinstance(group, KeepTogether) else flow
    for i, item in enumerate(items):
        if hasattr(item, "panels"):
            titles = [doc.rng.choice(["Control", "Knockdown", "Vehicle", "Treated", "Parental", "Resistant"]) + " " +
                      doc.rng.choice(["cells", "xenografts", "organoids", "lines"]) for _ in item.panels]
            doc.figure_text += titles
            items[i] = TitledFigure(item, titles, doc.hfonts[1], st.body.fontSize - 0.5)
    return flow
