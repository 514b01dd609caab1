"""Line-numbered preprint pages (bioRxiv / medRxiv / author manuscripts) and bare-labelled reference lists.

``make_preprint`` draws a paper with reportlab: a body of paragraphs whose sentences cite raised numbers
(or author-year markers), then a reference list, in one or two columns. Manuscript line numbers sit in the
outer margin beside every line slot (blank gaps between paragraphs included) or beside every ``every``-th;
with ``line_numbers=False`` the list may be labelled by bare numbers down the column edge instead. The
function returns what it drew (the entries' texts, the body's text), so tests can compare the reader's
output with it. Everything is deterministic.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

SIZE, LEAD = 10.0, 13.0
SUP = 6.5
SURNAMES = ["Lindqvist", "Okafor", "Moreau", "Tanaka", "Brennan", "Kowalczyk", "Haddad", "Ferreira", "Nguyen",
            "Castellano", "Whitfield", "Sorensen", "Abernathy", "Ivanova"]
TOPICS = ["mitophagy receptors in resistant ovarian tumours", "PINK1 loss and cisplatin tolerance in lung cancer",
          "Parkin signalling under hypoxia in glioma cells", "BNIP3 and the survival of leukaemia stem cells",
          "mitochondrial fission during taxane treatment", "lysosomal capacity and drug resistance in breast cancer",
          "NIX dependent clearance of damaged organelles", "autophagy inhibition restores sensitivity in melanoma",
          "FUNDC1 phosphorylation in hepatocellular carcinoma", "quality control of mitochondria in colorectal tumours",
          "metabolic rewiring after targeted therapy in pancreatic cancer", "a reporter for mitophagy flux in living mice",
          "optineurin recruitment and tumour cell death", "the role of mitophagy in radioresistance of head and neck cancer"]
JOURNALS = ["Cell Death Differ", "Autophagy", "Oncogene", "Nat Commun", "Cancer Res", "EMBO J", "Mol Cell"]
SENTENCES = [
    "Damaged mitochondria are removed by selective autophagy in many tumour types",
    "cells that survive chemotherapy often show a higher rate of organelle turnover",
    "the kinase accumulates on depolarised mitochondria and recruits the ligase from the cytosol",
    "receptor proteins on the outer membrane bind the autophagy machinery directly",
    "blocking the pathway sensitises resistant cells to platinum drugs in culture and in mice",
    "hypoxia induces the receptors and increases the clearance of organelles in solid tumours",
    "the lysosome is the final station of the pathway and its capacity limits the flux",
    "several groups have described reporters that follow the process in living animals",
]


@dataclass
class Drawn:
    entries: list[str]  # each entry's text as drawn, without its label
    body: str  # the body text, citation markers left out
    markers: int  # raised / author-year markers drawn in the body
    line_numbers: list[int] = field(default_factory=list)


def _entry(i: int, style: str) -> tuple[str, str]:
    """(entry text, its author-year marker) for entry ``i`` (0-based)."""
    first, second = SURNAMES[i % len(SURNAMES)], SURNAMES[(i + 5) % len(SURNAMES)]
    year = 2001 + (i * 7) % 20
    topic = TOPICS[i % len(TOPICS)]
    journal = JOURNALS[i % len(JOURNALS)]
    vol, page = 301 + i, 4100 + 37 * i
    if style == "author-year":
        text = (f"{first}, A. B., {second}, C., & Vance, D. ({year}). A study of {topic}. {journal}, {vol}, "
                f"{page}-{page + 12}. https://doi.org/10.5555/mm.{year}.{7000 + i}")
        return text, f"({first} et al., {year})"
    text = (f"{first} AB, {second} C, Vance D. A study of {topic}. {journal}. {year};{vol}:{page}-{page + 12}. "
            f"doi:10.5555/mm.{year}.{7000 + i}")
    return text, ""


def _wrap(tokens: list[tuple[str, bool]], width: float, font: str, size: float) -> list[list[tuple[str, bool]]]:
    """Greedy wrap of (word, raised) tokens; a raised token is glued to the word before it."""
    lines, line, used = [], [], 0.0
    for text, raised in tokens:
        w = stringWidth(text, font, SUP if raised else size)
        gap = 0.0 if raised or not line else stringWidth(" ", font, size)
        if line and not raised and used + gap + w > width:
            lines.append(line)
            line, used, gap = [], 0.0, 0.0
        line.append((text, raised))
        used += gap + w
    if line:
        lines.append(line)
    return lines


def make_preprint(path, *, columns: int = 1, every: int = 1, refs: str = "numbered", line_numbers: bool = True,
                  n_entries: int = 12, paragraphs: int = 12, entry_gaps: bool = True,
                  restart: bool = False, number_size: float = 7.0) -> Drawn:
    """Draw the paper to ``path``; ``refs`` is ``numbered`` ("1. Smith"), ``bare`` ("1 Smith" at the edge),
    ``raised`` ("¹Smith") or ``author-year``. ``every``: a line number beside every n-th line slot;
    ``entry_gaps``: a blank (numbered) line between entries; ``restart``: numbering restarts on each page."""
    width, height = 612.0, 792.0
    margin = 72.0
    gutter = 24.0
    colw = (width - 2 * margin - (columns - 1) * gutter) / columns
    author_year = refs == "author-year"
    items: list[tuple[str, object]] = []  # ("line", [(text, raised)]), ("blank", None), ("head", text), ("ref", (label, line, first))
    entries, markers, body_words = [], 0, []
    cites = [_entry(i, refs)[1] for i in range(n_entries)]
    k = 0
    items.append(("title", "Mitophagy and drug resistance"))
    items.append(("line", [("Ada", False), ("Lindqvist,", False), ("Ben", False), ("Okafor", False), ("and", False), ("Chloe", False), ("Moreau", False)]))
    items.append(("blank", None))
    items.append(("head", "Introduction"))
    for p in range(paragraphs):
        tokens: list[tuple[str, bool]] = []
        for s in range(4):
            sent = SENTENCES[(p * 3 + s) % len(SENTENCES)]
            sent = sent[0].upper() + sent[1:]
            words = sent.split()
            body_words += words
            if author_year:
                tokens += [(w, False) for w in words] + [(t, False) for t in cites[k % n_entries].split()]
                tokens[-1] = (tokens[-1][0] + ".", False)
            else:
                nums = f"{k % n_entries + 1}" if s % 2 else f"{k % n_entries + 1},{(k + 1) % n_entries + 1}"
                tokens += [(w, False) for w in words[:-1]] + [(words[-1] + ".", False), (nums, True)]
            markers += 1
            k += 1
        for line in _wrap(tokens, colw, "Times-Roman", SIZE):
            items.append(("line", line))
        items.append(("blank", None))
    items.append(("head", "References"))
    for i in range(n_entries):
        text, _ = _entry(i, refs)
        entries.append(text)
        label = "" if author_year else (f"{i + 1}." if refs == "numbered" else f"{i + 1}")  # bare, raised: "1"
        indent = 14.0
        lines = _wrap([(w, False) for w in text.split()], colw - indent, "Times-Roman", 9.0)
        for j, line in enumerate(lines):
            items.append(("ref", (label if j == 0 else "", " ".join(t for t, _ in line), j == 0, indent)))
        if line_numbers and entry_gaps:
            items.append(("blank", None))  # a blank line between entries, numbered too
    c = canvas.Canvas(str(path), pagesize=(width, height))
    c.setTitle("preprint")
    page, col, y, slot = 1, 0, height - margin, 0
    numbers: list[int] = []

    def x0() -> float:
        return margin + col * (colw + gutter)

    def next_slot(pitch: float) -> None:
        nonlocal y, col, page, slot
        y -= pitch
        if y < margin:
            if col + 1 < columns:
                col += 1
            else:
                c.setFont("Times-Roman", 9)
                c.drawCentredString(width / 2, 40, str(page))
                c.showPage()
                page += 1
                if restart:
                    slot = 0
                col = 0
            y = height - margin

    def number(pitch_y: float) -> None:
        nonlocal slot
        slot += 1
        if line_numbers and slot % every == 0:
            c.setFont("Helvetica", number_size)
            if col == 0:
                c.drawRightString(margin - 14, pitch_y, str(slot))
            else:
                c.drawString(width - margin + 14, pitch_y, str(slot))
            numbers.append(slot)

    for kind, value in items:
        if kind == "title":
            c.setFont("Helvetica-Bold", 15)
            c.drawString(x0(), y, str(value))
            number(y)
            next_slot(LEAD * 2)
        elif kind == "head":
            c.setFont("Helvetica-Bold", 11)
            c.drawString(x0(), y, str(value))
            number(y)
            next_slot(LEAD * 1.4)
        elif kind == "blank":
            number(y)
            next_slot(LEAD)
        elif kind == "line":
            x = x0()
            for j, (text, raised) in enumerate(value):
                if raised:
                    c.setFont("Times-Roman", SUP)
                    c.drawString(x, y + 3.5, text)
                    x += stringWidth(text, "Times-Roman", SUP)
                else:
                    if j:
                        x += stringWidth(" ", "Times-Roman", SIZE)
                    c.setFont("Times-Roman", SIZE)
                    c.drawString(x, y, text)
                    x += stringWidth(text, "Times-Roman", SIZE)
            number(y)
            next_slot(LEAD)
        else:
            label, text, first, indent = value
            c.setFont("Times-Roman", 9.0)
            if label and refs == "raised":  # "¹Lindqvist AB, ...": a raised label glued to the first author
                c.setFont("Times-Roman", SUP)
                c.drawString(x0(), y + 3.5, label)
                c.setFont("Times-Roman", 9.0)
                c.drawString(x0() + stringWidth(label, "Times-Roman", SUP), y, text)
            elif label:
                c.drawString(x0(), y, label)
                c.drawString(x0() + indent, y, text)
            else:
                c.drawString(x0() + (0.0 if first else indent), y, text)
            number(y)
            next_slot(11.5)
    c.setFont("Times-Roman", 9)
    c.drawCentredString(width / 2, 40, str(page))
    c.save()
    return Drawn(entries=entries, body=" ".join(body_words), markers=markers, line_numbers=numbers)
