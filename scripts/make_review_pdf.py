"""Render the review (corpus text) into a two-column journal-style PDF: the PDF reader's fixture.

The layout imitates a real journal page: a full-width title block, abstract and
keywords on page 1, two justified columns after it, numbered headings on three
levels, Table 1 spanning both columns at the top of a page (booktabs rules only,
so the reader's text-alignment strategy is exercised), a running header and
footer with page numbers on every page, and the numbered reference list with
hanging indents in small print.  The content is the document the text path
ingests, so tests can check that the PDF path finds the same structure.

Run: ``python scripts/make_review_pdf.py [-o corpus/fixtures/yan2025_oncolrev_twocolumn.pdf]``.
Needs reportlab and the DejaVu Serif fonts (Greek letters in the text).
"""

from __future__ import annotations

import argparse
import html
import logging
import re
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageTemplate, Paragraph, Spacer, Table, TableStyle

from pipeline.document import Document
from pipeline.ingest import ingest_path

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "corpus" / "yan2025_oncolrev_pdf-extracted.txt"
OUTPUT = ROOT / "corpus" / "fixtures" / "yan2025_oncolrev_twocolumn.pdf"
FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu")]
FONTS = {"Serif": "DejaVuSerif.ttf", "Serif-Bold": "DejaVuSerif-Bold.ttf", "Serif-Italic": "DejaVuSerif-Italic.ttf",
         "Serif-BoldItalic": "DejaVuSerif-BoldItalic.ttf", "Sans": "DejaVuSans.ttf", "Sans-Bold": "DejaVuSans-Bold.ttf"}

PAGE_W, PAGE_H = A4
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 50.0, 62.0, 58.0
GUTTER = 18.0
COL_W = (PAGE_W - 2 * MARGIN_X - GUTTER) / 2
FULL_W = PAGE_W - 2 * MARGIN_X
BODY_H = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM
RUNNING_HEAD = ("Yan et al.", "10.3389/or.2025.1607983")
RUNNING_FOOT = ("Oncology Reviews", "frontiersin.org")


def register_fonts() -> None:
    for name, file in FONTS.items():
        path = next((d / file for d in FONT_DIRS if (d / file).exists()), None)
        if path is None:
            raise FileNotFoundError(f"font {file} not found in {', '.join(map(str, FONT_DIRS))}: install fonts-dejavu")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily("Serif", normal="Serif", bold="Serif-Bold", italic="Serif-Italic", boldItalic="Serif-BoldItalic")


def styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName="Serif", fontSize=8.5, leading=11, alignment=TA_JUSTIFY, firstLineIndent=10)
    return {
        "journal": ParagraphStyle("journal", fontName="Sans-Bold", fontSize=13, leading=16, textColor=colors.HexColor("#1b4f8a")),
        "type": ParagraphStyle("type", fontName="Sans", fontSize=8, leading=10, spaceBefore=6),
        "title": ParagraphStyle("title", fontName="Serif-Bold", fontSize=18, leading=22, spaceBefore=10, spaceAfter=8),
        "label": ParagraphStyle("label", fontName="Sans-Bold", fontSize=8, leading=10, spaceBefore=8),
        "abstract": ParagraphStyle("abstract", fontName="Serif", fontSize=9.5, leading=12.5, alignment=TA_JUSTIFY, spaceBefore=2),
        "keywords": ParagraphStyle("keywords", fontName="Serif", fontSize=9, leading=11, spaceAfter=6),
        "h1": ParagraphStyle("h1", fontName="Serif-Bold", fontSize=11, leading=14, spaceBefore=9, spaceAfter=3),
        "h2": ParagraphStyle("h2", fontName="Serif-Bold", fontSize=9.8, leading=12.5, spaceBefore=7, spaceAfter=2),
        "h3": ParagraphStyle("h3", fontName="Serif-BoldItalic", fontSize=9.2, leading=12, spaceBefore=6, spaceAfter=2),
        "body": body,
        "first": ParagraphStyle("first", parent=body, firstLineIndent=0),
        "back": ParagraphStyle("back", parent=body, fontSize=8, leading=10.2),
        "ref": ParagraphStyle("ref", fontName="Serif", fontSize=7.5, leading=9.4, alignment=TA_LEFT, leftIndent=12,
                              firstLineIndent=-12, spaceAfter=1.5),
        "caption": ParagraphStyle("caption", fontName="Serif", fontSize=8.5, leading=11, spaceAfter=4),
        "cell": ParagraphStyle("cell", fontName="Serif", fontSize=7.5, leading=9.2, alignment=TA_LEFT),
        "head_cell": ParagraphStyle("head_cell", fontName="Serif-Bold", fontSize=7.5, leading=9.2, alignment=TA_LEFT),
    }


def markup(text: str) -> str:
    """Plain text with ``*italic*`` spans -> reportlab paragraph markup."""
    return re.sub(r"\*([^*]+)\*", r"<i>\1</i>", html.escape(text, quote=False))


def table_flowables(doc: Document, st: dict[str, ParagraphStyle]) -> list:
    """Table 1 (caption above, booktabs rules) at full width."""
    t = doc.tables[0]
    caption = Paragraph(f"<b>{html.escape(t.label.upper())}</b> {markup(t.caption)}", st["caption"])
    data = [[Paragraph(markup(c), st["head_cell"]) for c in t.columns]]
    data += [[Paragraph(markup(c), st["cell"]) for c in row] for row in t.rows]
    widths = [0.13, 0.16, 0.31, 0.22, 0.18]
    table = Table(data, colWidths=[w * FULL_W for w in widths], repeatRows=1)
    table.setStyle(TableStyle([
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    return [caption, table]


def front_flowables(doc: Document, st: dict[str, ParagraphStyle]) -> list:
    return [
        Paragraph("Oncology Reviews", st["journal"]),
        Paragraph("TYPE Review · PUBLISHED 21 July 2025 · DOI 10.3389/or.2025.1607983", st["type"]),
        Paragraph(markup(doc.title), st["title"]),
        Paragraph(markup(doc.abstract), st["abstract"]),
        Paragraph("KEYWORDS", st["label"]),
        Paragraph(markup(", ".join(doc.keywords)), st["keywords"]),
    ]


def body_flowables(doc: Document, st: dict[str, ParagraphStyle]) -> list:
    story: list = []
    table_section = doc.tables[0].section if doc.tables else None
    for section in doc.sections:
        level = min(section.level, 3)
        heading = f"{section.number} {section.title}" if section.number else section.title
        story.append(Paragraph(markup(heading), st["h1" if section.kind == "back" else f"h{level}"]))
        if section.key == table_section:
            # Table 1 floats to the top of the next page, spanning both columns
            story.append(NextPageTemplate("table"))
        if section.title.lower() == "references":
            story.extend(Paragraph(f"{r.number}. {markup(r.raw)}", st["ref"]) for r in doc.references)
        for i, p in enumerate(section.paragraphs):
            style = st["back"] if section.kind == "back" else st["first" if i == 0 else "body"]
            story.append(Paragraph(markup(p.text), style))
    return story


def make_pdf(doc: Document, output: Path) -> Path:
    register_fonts()
    st = styles()
    front = front_flowables(doc, st)
    front_h = sum(f.wrap(FULL_W, BODY_H)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in front) + 14
    table = table_flowables(doc, st) if doc.tables else []
    table_h = sum(f.wrap(FULL_W, BODY_H)[1] + f.getSpaceAfter() for f in table) + 16

    def columns(top_skip: float, ident: str) -> list[Frame]:
        h = BODY_H - top_skip
        return [
            Frame(MARGIN_X, MARGIN_BOTTOM, COL_W, h, id=f"{ident}L", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0),
            Frame(MARGIN_X + COL_W + GUTTER, MARGIN_BOTTOM, COL_W, h, id=f"{ident}R", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0),
        ]

    def furniture(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont("Sans", 7.5)
        n = canvas.getPageNumber()
        if n > 1:
            canvas.drawString(MARGIN_X, PAGE_H - 38, RUNNING_HEAD[0])
            canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 38, RUNNING_HEAD[1])
            canvas.setLineWidth(0.4)
            canvas.line(MARGIN_X, PAGE_H - 42, PAGE_W - MARGIN_X, PAGE_H - 42)
        canvas.drawString(MARGIN_X, 32, RUNNING_FOOT[0])
        canvas.drawCentredString(PAGE_W / 2, 32, f"{n:02d}")
        canvas.drawRightString(PAGE_W - MARGIN_X, 32, RUNNING_FOOT[1])
        canvas.restoreState()

    def draw_table(canvas, document) -> None:
        furniture(canvas, document)
        y = PAGE_H - MARGIN_TOP
        for f in table:
            _, h = f.wrap(FULL_W, BODY_H)
            f.drawOn(canvas, MARGIN_X, y - h)
            y -= h + f.getSpaceAfter()

    template = BaseDocTemplate(str(output), pagesize=A4, title=doc.title, author="Yan X, Ding H, Ren M, Zang L",
                               invariant=1)
    top = Frame(MARGIN_X, PAGE_H - MARGIN_TOP - front_h, FULL_W, front_h, id="top", leftPadding=0, rightPadding=0,
                topPadding=0, bottomPadding=0)
    template.addPageTemplates([
        PageTemplate("first", [top] + columns(front_h, "f"), onPage=furniture, autoNextPageTemplate="normal"),
        PageTemplate("normal", columns(0, "n"), onPage=furniture),
        PageTemplate("table", columns(table_h, "t"), onPage=draw_table, autoNextPageTemplate="normal"),
    ])
    story = front + [FrameBreak(), Spacer(1, 0)] + body_flowables(doc, st)
    output.parent.mkdir(parents=True, exist_ok=True)
    template.build(story)
    return output


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    parser.add_argument("--source", type=Path, default=SOURCE)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    out = make_pdf(ingest_path(args.source), args.output)
    log.info("wrote %s", out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
