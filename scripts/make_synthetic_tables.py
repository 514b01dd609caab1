"""Synthetic journal table pages with exact gold per table: a development set for the PDF table reader (issue 10).

``python scripts/make_synthetic_tables.py OUT_DIR [-n 60] [--seed 0]`` writes ``tab_001.pdf`` ... and,
beside each, ``tab_001.json``: the gold in the schema of ``annotations/pdf/*.json`` (``tables``: label,
caption start, columns, body rows, header rows, page, rotated, ruling) plus, per table, its drawn
``classes`` and every cell's text (``cells``: ``header`` rows and ``body`` rows, spanning group-label rows
included as a label and empty cells; the gold ``rows`` does not count them, as annotations/pdf/README.md
says). Scored by ``benchmarks/pdf_synthetic_tables.py``.

Each document is one to three pages of running text in one or two columns with one or two tables drawn
from the class axes in ``TABLE_AXES``: ruling (booktabs, a header rule only, none, shaded rows, grid,
rules between rows), content (values with ``±``, ranges, p values, CIs, minus signs, decimals aligned on the
point, footnote marks in cells, empty cells, a long-text first column, key resources tables, very wide
small-font tables), header (one row, or group headers spanning sub-columns), row groups, wrapped cells,
placement (one column, in one column of two, full width over two columns, a landscape page, continued on
a second page with the header repeated or not), label style and caption above or below.

Document ``n`` depends only on ``(seed, n)``; same seed, byte-identical PDFs (reportlab's ``invariant``
mode). Split: document number ``n`` (1-based) with ``n % 3 == 0`` is TEST. Cell vocabulary:
``models/synthetic/tables.json`` (hand-written); running text from ``models/synthetic/vocabulary.json``.
Hand-written on reportlab's canvas and ``Table`` because no library generates journal table pages with gold.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Frame, Paragraph, Table, TableStyle

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_synthetic_pdfs import Filler, esc, first_words, load_vocabulary, write_gold  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TABLE_VOCAB = ROOT / "models" / "synthetic" / "tables.json"

TABLE_AXES = {
    "ruling": ["booktabs", "header_rule", "none", "shaded", "grid", "horizontal"],
    "content": ["pm", "ranges_p", "minus_decimal", "markers", "empty_cells", "long_first", "key_resources", "wide_small"],
    "header": ["one", "spanning"],
    "groups": ["none", "row_groups"],
    "wrap": ["off", "multi_line"],
    "place": ["one_column", "in_column", "full_width", "landscape", "two_page_repeat", "two_page_bare"],
    "label_style": ["Table N.", "TABLE N", "Table N |", "Table N:"],
    "caption": ["above", "below"],
}
MINUS = "\u2212"


def _fill(f: Filler, text: str) -> str:
    return f.fill(text)


class TableDraw:
    """One table's content, gold and reportlab flowables."""

    def __init__(self, r: random.Random, f: Filler, tv: dict, k: int, cls: dict, width: float, font: tuple[str, str], size: float):
        self.r, self.f, self.tv, self.k, self.cls, self.width = r, f, tv, k, cls, width
        self.font, self.bold = font
        self.size = size
        self.pad = r.uniform(0.5, 0.8) * size  # cell padding each side: columns 1-1.6 em apart, as journals set them
        self.header: list[list[str]] = []
        self.body: list[list[str]] = []  # group rows: [label, "", ...]
        self.marked: set[tuple[int, int]] = set()  # (body row, col) cells whose last token is a raised mark
        self.spans: list[tuple[int, int]] = []  # (first, last) column of each group header
        self.make()

    # -- content
    def labels(self, n: int) -> list[str]:
        """``n`` distinct row labels (the set 2 and set 3 drawers)."""
        out: list[str] = []
        while len(out) < n:
            lab = _fill(self.f, self.r.choice(self.tv["row_labels"]))
            if lab not in out:
                out.append(lab)
        return out

    def value(self, kind: str) -> str:
        r = self.r
        if kind == "pm":
            return f"{r.uniform(0.5, 150):.1f} \u00b1 {r.uniform(0.1, 9):.1f}"
        if kind == "range":
            a = r.uniform(0.1, 50)
            return f"{a:.1f}\u2013{a + r.uniform(0.5, 30):.1f}"
        if kind == "p":
            return r.choice(["<0.001", f"0.0{r.randint(1, 49):02d}", f"0.{r.randint(10, 99)}", "0.002"])
        if kind == "ci":
            h = r.uniform(0.4, 3)
            return f"{h:.2f} ({h * r.uniform(0.5, 0.9):.2f}\u2013{h * r.uniform(1.1, 1.8):.2f})"
        if kind == "neg":
            v = r.uniform(-6, 6)
            return f"{MINUS}{abs(v):.2f}" if v < 0 else f"{v:.2f}"
        if kind == "int":
            return str(r.randint(3, 480))
        if kind == "pct":
            n = r.randint(2, 200)
            return f"{n} ({r.uniform(1, 99):.1f})"
        if kind == "dec":
            return r.choice([f"{r.uniform(0, 9):.2f}", f"{r.uniform(10, 99):.1f}", f"{r.uniform(100, 999):.0f}", f"{r.uniform(0, 1):.3f}"])
        if kind == "long":
            return _fill(self.f, r.choice(self.tv["long_texts"]))
        return r.choice(self.tv["text_values"])

    def kinds(self, n: int) -> list[str]:
        c, r = self.cls["content"], self.r
        pool = {"pm": ["pm", "pm", "int", "p", "dec"], "ranges_p": ["range", "p", "ci", "pct", "int"], "minus_decimal": ["neg", "dec", "neg", "p"],
                "markers": ["pm", "dec", "p", "int"], "empty_cells": ["pm", "dec", "text", "int"], "long_first": ["pm", "text", "dec", "p"],
                "wide_small": ["pm", "dec", "neg", "p", "int", "range", "pct"]}[c]
        if self.cls["wrap"] == "multi_line" and c != "wide_small":
            pool = pool + ["long"]
        return [r.choice(pool) for _ in range(n)]

    def head_of(self, kind: str) -> str:
        hs = self.tv["headers"]
        if kind == "long":
            return self.r.choice(hs["text"])
        return self.r.choice(hs[kind])

    def make(self) -> None:
        r, c, tv = self.r, self.cls, self.tv
        if c["content"] == "key_resources":
            self.header = [list(tv["key_resources"]["header"])]
            for g, items in tv["key_resources"]["groups"].items():
                self.body.append([g, "", ""])
                for it in r.sample(items, r.randint(2, len(items))):
                    self.body.append([_fill(self.f, x) for x in it])
            return
        narrow = c["place"] == "in_column"
        if c["content"] == "wide_small":
            ncols = r.randint(8, 11)
        elif narrow:
            ncols = r.randint(2, 4)
        else:
            ncols = r.randint(3, 6)
        nbody = r.randint(22, 34) if c["place"].startswith("two_page") else r.randint(4, 10)
        if c["header"] == "spanning" and ncols >= 3:
            groups = (ncols - 1) // 2
            pair = [_fill(self.f, x) for x in r.choice(tv["group_pairs"])]
            names = pair + [f"{n} {i}" for i, n in enumerate(["Cohort"] * 4, start=3)]
            subs = r.choice(tv["sub_headers"])
            top, second = [""], [r.choice(tv["first_headers"])]
            kinds: list[str] = []
            for g in range(groups):
                self.spans.append((len(top), len(top) + 1))
                top += [names[g], ""]
                second += list(subs)
                kinds += ["pm" if "Mean" in subs[0] else "ci" if "HR" in subs[0] else "dec" if "Fold" in subs[0] else "pct" if "n (" in subs[0] else "dec",
                          "p" if subs[1] in ("P", "p value", "FDR") else "int"]
            if len(top) < ncols:  # an odd column: one more plain column under an empty group cell
                k = self.kinds(1)[0]
                top.append("")
                second.append(self.head_of(k))
                kinds.append(k)
            self.header = [top, second]
            self.spanning_first = r.random() < 0.5  # the first column's header printed in the second row or over both
        else:
            kinds = self.kinds(ncols - 1)
            heads = [self.head_of(k) for k in kinds]
            for i in range(len(heads)):  # no two columns headed alike
                while heads[i] in heads[:i]:
                    heads[i] = heads[i] + f" {i}"
            self.header = [[r.choice(tv["first_headers"])] + heads]
        ncols = len(self.header[-1])
        labels: list[str] = []
        for _ in range(nbody):
            if c["content"] == "long_first" or (c["wrap"] == "multi_line" and r.random() < 0.4):
                lab = _fill(self.f, r.choice(tv["long_labels"]))
            else:
                lab = _fill(self.f, r.choice(tv["row_labels"]))
            while lab in labels:
                lab = lab + " " + r.choice(["(24 h)", "(48 h)", "(low)", "(high)", "II", "(n = 3)"])
            labels.append(lab)
        group_at = set()
        if c["groups"] == "row_groups":
            group_at = {0} | ({nbody // 2} if nbody >= 4 else set())
        gnames = r.sample(tv["row_groups"], 2)
        for i, lab in enumerate(labels):
            if i in group_at:
                self.body.append([gnames[0 if i == 0 else 1]] + [""] * (ncols - 1))
            row = [lab] + [self.value(k) for k in kinds]
            if c["content"] == "empty_cells":
                for j in range(1, ncols):
                    if r.random() < 0.2:
                        row[j] = ""
                if not any(row[1:]):
                    row[1] = self.value(kinds[0])
            if c["content"] == "markers":
                for j in range(1, ncols):
                    if row[j] and r.random() < 0.3:
                        row[j] = row[j] + r.choice(tv["markers"])
                        self.marked.add((len(self.body), j))
            self.body.append(row)

    # -- drawing
    def cell(self, text: str, style: ParagraphStyle, marked: bool = False):
        if marked:
            base = text.rstrip("abc*\u2020\u2021")
            return Paragraph(f"{esc(base)}<super>{esc(text[len(base):])}</super>", style)
        return Paragraph(esc(text), style)

    def flowable(self, body: list[list[str]] | None = None, header: bool = True, offset: int = 0) -> Table:
        c = self.cls
        size = self.size
        st = ParagraphStyle("cell", fontName=self.font, fontSize=size, leading=size * 1.2, alignment=TA_LEFT)
        hst = ParagraphStyle("head", parent=st, fontName=self.bold)
        body = self.body if body is None else body
        ncols = len(self.header[-1])
        heads = self.header if header else []
        data = [[self.head_cell(t, hst) for t in row] for row in heads]
        for i, row in enumerate(body):
            if row[0] and not any(row[1:]) and ncols >= 2:
                data.append([self.group_cell(row[0], st)] + [""] * (ncols - 1))
            else:
                data.append([self.cell(t, self.column_style(st, j), (offset + i, j) in self.marked) for j, t in enumerate(row)])
        widths = self.widths(st, hst)
        ts = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
              ("LEFTPADDING", (0, 0), (-1, -1), self.pad), ("RIGHTPADDING", (0, 0), (-1, -1), self.pad)]
        nh = len(heads)
        for i, row in enumerate(body):
            if row[0] and not any(row[1:]) and ncols >= 2:
                ts.append(("SPAN", (0, nh + i), (-1, nh + i)))
        if nh == 2:
            for a, b in self.spans:
                ts.append(("SPAN", (a, 0), (b, 0)))
            if getattr(self, "spanning_first", False):
                ts.append(("SPAN", (0, 0), (0, 1)))
                data[0][0], data[1][0] = data[1][0], ""
        ruling = c["ruling"]
        last = len(data) - 1
        if ruling == "grid":
            ts.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
        elif ruling == "horizontal":
            ts += [("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black), ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.black)]
        elif ruling == "booktabs":
            ts += [("LINEABOVE", (0, 0), (-1, 0), 1.0, colors.black), ("LINEBELOW", (0, last), (-1, last), 1.0, colors.black)]
            if nh:
                ts.append(("LINEBELOW", (0, nh - 1), (-1, nh - 1), 0.5, colors.black))
        elif ruling == "header_rule":
            if nh:
                ts.append(("LINEBELOW", (0, nh - 1), (-1, nh - 1), 0.6, colors.black))
        elif ruling == "shaded":
            if nh:
                ts.append(("BACKGROUND", (0, 0), (-1, nh - 1), colors.Color(0.78, 0.84, 0.92)))
            ts += [("BACKGROUND", (0, i), (-1, i), colors.Color(0.92, 0.92, 0.92)) for i in range(nh + 1, len(data), 2)]
        if nh == 2 and ruling in ("booktabs", "horizontal", "header_rule") and self.group_rules:
            for a, b in self.spans:  # a rule under each column group (cmidrule)
                ts.append(("LINEBELOW", (a, 0), (b, 0), 0.4, colors.black))
        ts += self.extra_styles(nh, body)
        return Table(data, colWidths=widths, style=TableStyle(ts), hAlign="LEFT", repeatRows=0)

    group_rules = True  # a rule under each column group of a two-row header

    def head_cell(self, text: str, style: ParagraphStyle):
        return Paragraph(esc(text), style)

    def group_cell(self, text: str, style: ParagraphStyle):
        return Paragraph(f"<i>{esc(text)}</i>", style)

    def column_style(self, style: ParagraphStyle, j: int) -> ParagraphStyle:
        return style

    def extra_styles(self, nh: int, body: list[list[str]]) -> list:
        return []

    def widths(self, st: ParagraphStyle, hst: ParagraphStyle) -> list[float]:
        ncols = len(self.header[-1])
        nat = []
        for j in range(ncols):
            texts = [row[j] for row in self.body if not (row[0] and not any(row[1:]))]
            w_body = max((pdfmetrics.stringWidth(t, self.font, self.size) for t in texts), default=10)
            w_head = max(pdfmetrics.stringWidth(row[j], self.bold, self.size) for row in self.header if j < len(row))
            if len(self.header) == 2 and j in [a for a, _ in self.spans]:
                w_head = 0  # a group header spans two columns
            nat.append(max(w_body, min(w_head, 90), 12) + 2 * self.pad + 2)
        avail = self.width
        if sum(nat) <= avail:
            scale = min(avail / sum(nat), 1.6 if self.cls["place"] not in ("in_column",) else 1.3)
            return [w * scale for w in nat]
        # too wide: the columns wider than their floor (their longest word, never under 60 pt) give up
        # the excess in proportion, their text wrapping inside the cell, as typesetters narrow text columns
        floors = []
        for j in range(ncols):
            words = [w for row in self.body + self.header if j < len(row) for w in row[j].split()]
            longest = max((pdfmetrics.stringWidth(w, self.bold, self.size) for w in words), default=10)
            floors.append(min(nat[j], max(longest, 60) + 2 * self.pad + 2))
        slack = sum(n - f for n, f in zip(nat, floors))
        excess = sum(nat) - avail
        if slack <= 0:
            return [w * avail / sum(nat) for w in nat]
        share = min(1.0, excess / slack)
        return [n - (n - f) * share for n, f in zip(nat, floors)]

    def caption(self, cap_text: str, size: float, font: tuple[str, str]) -> tuple[list, str]:
        style = self.cls["label_style"]
        label = f"Table {self.k}"
        st = ParagraphStyle("cap", fontName=font[0], fontSize=size, leading=size * 1.25, alignment=TA_LEFT)
        if self.cls["content"] == "key_resources":
            return [Paragraph("<b>KEY RESOURCES TABLE</b>" if self.r.random() < 0.5 else "<b>Key resources table</b>",
                              ParagraphStyle("krt", parent=st, fontSize=size + 1.5, leading=size * 1.6))], "Key resources table"
        if style == "TABLE N":
            return [Paragraph(f"<b>TABLE {self.k}</b>", st), Paragraph(esc(cap_text), st)], label
        sep = style[len("Table N"):]
        return [Paragraph(f"<b>{label}{esc(sep)}</b> {esc(cap_text)}", st)], label

    def gold(self, cap_text: str, page: int, rotated: bool) -> dict:
        label = "Key resources table" if self.cls["content"] == "key_resources" else f"Table {self.k}"
        rows = sum(1 for row in self.body if not (row[0] and not any(row[1:])))
        return {"label": label, "caption_start": "" if label.startswith("Key") else first_words(cap_text), "columns": len(self.header[-1]),
                "rows": rows, "header_rows": len(self.header), "page": page, "rotated": rotated, "ruling": self.cls["ruling"],
                "classes": dict(self.cls), "cells": {"header": self.header, "body": self.body}}


def draw_classes(r: random.Random, second: bool = False) -> dict:
    c = {axis: r.choice(vals) for axis, vals in TABLE_AXES.items()}
    if second and c["place"] in ("landscape", "two_page_repeat", "two_page_bare"):
        c["place"] = r.choice(["one_column", "in_column", "full_width"])
    if second and c["content"] == "key_resources":
        c["content"] = r.choice(["pm", "ranges_p", "long_first"])  # a paper prints one key resources table
    if c["content"] == "key_resources":
        c.update(header="one", groups="row_groups", wrap="multi_line", caption="above")
        c["ruling"] = r.choice(["booktabs", "none", "header_rule", "horizontal"])
        if c["place"] in ("in_column", "landscape"):
            c["place"] = "one_column"
    if c["place"].startswith("two_page"):
        c["caption"] = "above"  # a table running on to the next page has its caption over its first part
    if c["content"] == "wide_small" and c["place"] == "in_column":
        c["place"] = r.choice(["full_width", "landscape", "one_column"])
    return c


class Page:
    def __init__(self, size, cols: int, margin: float = 50):
        self.w, self.h = size
        self.cols, self.m = cols, margin
        self.gutter = 16
        self.text_w = self.w - 2 * margin
        self.col_w = (self.text_w - self.gutter) / 2 if cols == 2 else self.text_w
        self.top, self.bottom = self.h - margin - 14, margin + 10


class TableDoc:
    table_gap = 10.0  # white space between a table block and the running text under it (set 2 draws it smaller)

    def __init__(self, n: int, seed: int, vocab: dict, tv: dict):
        self.n = n
        self.r = random.Random(f"tables-{seed}-{n}")
        self.f = Filler(self.r, vocab, hyphenate=False, ligatures=False)
        self.tv = tv
        self.font = self.r.choice([("Times-Roman", "Times-Bold"), ("Helvetica", "Helvetica-Bold")])
        self.body_size = self.r.choice([9.0, 9.5, 10.0])
        self.pagesize = self.r.choice([A4, LETTER])
        self.tables: list[dict] = []
        self.footnotes: list[str] = []

    def new_draw(self, k: int, cls: dict, width: float, size: float) -> TableDraw:
        return TableDraw(self.r, self.f, self.tv, k, cls, width, self.font, size)

    @staticmethod
    def continued_part(place: str) -> tuple[bool, str]:
        """(header repeated, caption kind) of a table's part on the next page."""
        repeat = place == "two_page_repeat"
        return repeat, "caption" if repeat else "none"

    def continued_caption(self, label: str) -> str:
        return f"<b>{esc(label)}</b> (continued)"

    def para_style(self, size=None) -> ParagraphStyle:
        s = size or self.body_size
        return ParagraphStyle("body", fontName=self.font[0], fontSize=s, leading=s * 1.3, alignment=TA_JUSTIFY, spaceAfter=4)

    def paras(self, k: int) -> list:
        out = []
        for i in range(k):
            if i == 0 or self.r.random() < 0.12:
                out.append(Paragraph(f"<b>{esc(self.f.sentence('result_heads') if 'result_heads' in self.f.v else 'Results')}</b>",
                                     ParagraphStyle("h", parent=self.para_style(), alignment=TA_LEFT, spaceBefore=4)))
            text = " ".join(self.f.sentence() + "." for _ in range(self.r.randint(3, 6)))
            out.append(Paragraph(esc(text), self.para_style()))
        return out

    def furniture(self, c, page: Page, number: int) -> None:
        c.setFont(self.font[0], 7.5)
        c.drawString(page.m, page.h - page.m + 4, "J Mitochondrial Oncol 2026; 14: 1021\u20131035")
        c.drawRightString(page.w - page.m, page.h - page.m + 4, f"doi:10.5555/jmo.2026.{self.n:04d}")
        c.drawCentredString(page.w / 2, page.m - 12, str(1020 + number))

    def fill_frames(self, c, frames: list[tuple[float, float, float, float]], flow: list) -> None:
        for x, y0, w, h in frames:
            if h < 30 or w < 40:
                continue
            Frame(x, y0, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0).addFromList(flow, c)

    def block(self, td: TableDraw, width: float, cap_text: str, body=None, header=True, offset=0, cont: str = "", note=True) -> tuple[list, str]:
        cap_size = max(self.body_size - 1, 7.5)
        cap, label = td.caption(cap_text, cap_size, self.font)
        if cont == "caption":
            cap = [Paragraph(self.continued_caption(label), ParagraphStyle("cc", fontName=self.font[0], fontSize=cap_size, leading=cap_size * 1.25))]
        elif cont == "none":
            cap = []
        tbl = td.flowable(body, header, offset)
        parts = cap + [tbl] if td.cls["caption"] == "above" or cont else [tbl] + cap
        if note and td.cls["content"] != "key_resources":
            text = self.r.choice(self.tv["footnotes"])
            self.footnotes.append(text)
            mark = "a" if td.cls["content"] != "markers" else "*"
            parts.append(Paragraph(f"<super>{mark}</super>{esc(text)}", ParagraphStyle("tn", fontName=self.font[0], fontSize=td.size - 0.5, leading=td.size + 1)))
        return parts, label

    @staticmethod
    def draw_parts(c, parts: list, x: float, y: float, width: float) -> float:
        """Draw flowables down from y; returns the y under the last one."""
        for p in parts:
            _, h = p.wrap(width, 2000)
            p.drawOn(c, x, y - h)
            y -= h + 4
        return y

    @staticmethod
    def height(parts: list, width: float) -> float:
        return sum(p.wrap(width, 2000)[1] + 4 for p in parts)

    def build(self, path: Path) -> dict:
        r = self.r
        c = rl_canvas.Canvas(str(path), pagesize=self.pagesize, invariant=1)
        c.setTitle(f"Synthetic table document {self.n}")
        first = draw_classes(r)
        specs = [first]
        if first["place"] in ("one_column", "in_column", "full_width") and r.random() < 0.4:
            specs.append(draw_classes(r, second=True))
        page_no = 0
        flow = self.paras(60)
        for k, cls in enumerate(specs, start=1):
            page_no += 1
            self.one_table(c, k, cls, page_no, flow)
            if cls["place"].startswith("two_page") or cls["place"] == "landscape":
                page_no += 1
        c.save()
        return {"file": path.name, "folder": "synthetic_tables", "publisher": "synthetic", "split": "test" if self.n % 3 == 0 else "tune",
                "tables": self.tables, "table_footnotes": self.footnotes}

    def one_table(self, c, k: int, cls: dict, page_no: int, flow: list) -> None:
        r = self.r
        place = cls["place"]
        cols = 2 if place in ("in_column", "full_width") else r.choice([1, 2]) if place.startswith("two_page") else 1
        if place.startswith("two_page"):
            cols = 1
        page = Page(self.pagesize, cols)
        size = 6.0 if cls["content"] == "wide_small" else max(6.5, self.body_size - 1.5)
        cap_text = " ".join(self.f.sentence() for _ in range(r.choice([1, 1, 2]))) + "."
        if place == "landscape":
            # a page of running text first (a landscape table page sits inside a paper)
            self.furniture(c, page, page_no)
            self.fill_frames(c, [(page.m, page.bottom, page.text_w, page.top - page.bottom)], flow)
            c.showPage()
            page_no += 1
            lw, lh = page.h, page.w  # the landscape page's own width and height
            width = lw - 2 * page.m
            td = self.new_draw(k, cls, width, size)
            parts, _ = self.block(td, width, cap_text)
            self.furniture(c, page, page_no)
            c.saveState()
            c.translate(page.w, 0)
            c.rotate(90)  # the text runs up the portrait page: turn the page to read it
            self.draw_parts(c, parts, page.m, lh - page.m, width)
            c.restoreState()
            if r.random() < 0.5:
                c.setPageRotation(90)
            c.showPage()
            self.tables.append(td.gold(cap_text, page_no, True))
            return
        width = page.col_w if place == "in_column" else page.text_w * (r.uniform(0.75, 1.0) if place == "one_column" and cls["content"] != "wide_small" else 1.0)
        td = self.new_draw(k, cls, width, size)
        self.tables.append(td.gold(cap_text, page_no, False))
        avail = page.top - page.bottom
        self.furniture(c, page, page_no)
        if place.startswith("two_page"):
            nb = len(td.body)
            cut = nb // 2 + r.randint(-3, 3)
            while cut < nb and td.body[cut][0] and not any(td.body[cut][1:]):
                cut += 1  # never leave a group label at the foot of the page
            part1, _ = self.block(td, width, cap_text, td.body[:cut], note=False)
            h1 = self.height(part1, width)
            above = max(0.0, avail - h1 - 10)
            self.fill_frames(c, [(page.m, page.top - above, page.text_w, above)], flow)
            self.draw_parts(c, part1, page.m, page.top - above, width)
            c.showPage()
            self.furniture(c, page, page_no + 1)
            repeat, cont = self.continued_part(place)
            part2, _ = self.block(td, width, cap_text, td.body[cut:], header=repeat, offset=cut, cont=cont)
            y = self.draw_parts(c, part2, page.m, page.top, width)
            self.fill_frames(c, [(page.m, page.bottom, page.text_w, y - 12 - page.bottom)], flow)
            c.showPage()
            return
        parts, _ = self.block(td, width, cap_text)
        h = self.height(parts, width)
        if h > avail:  # too tall for the page: shorten the body (the gold follows)
            while h > avail and len(td.body) > 3:
                td.body.pop()
                parts, _ = self.block(td, width, cap_text)
                h = self.height(parts, width)
            self.tables[-1] = td.gold(cap_text, page_no, False)
        gap = self.table_gap
        if place == "one_column":
            above = r.choice([0.0, r.uniform(0.1, 0.5) * max(0.0, avail - h)])
            self.fill_frames(c, [(page.m, page.top - above, page.text_w, above - gap)], flow)
            y = self.draw_parts(c, parts, page.m, page.top - above, width)
            self.fill_frames(c, [(page.m, page.bottom, page.text_w, y - gap - page.bottom)], flow)
        elif place == "full_width":
            above = r.choice([0.0, r.uniform(0.1, 0.5) * max(0.0, avail - h)])
            xs = [page.m, page.m + page.col_w + page.gutter]
            self.fill_frames(c, [(x, page.top - above, page.col_w, above - gap) for x in xs], flow)
            y = self.draw_parts(c, parts, page.m, page.top - above, width)
            self.fill_frames(c, [(x, page.bottom, page.col_w, y - gap - page.bottom) for x in xs], flow)
        else:  # in one column of two, body text beside it
            side = r.choice([0, 1])
            xs = [page.m, page.m + page.col_w + page.gutter]
            above = r.choice([0.0, r.uniform(0.1, 0.6) * max(0.0, avail - h)])
            frames = []
            for s, x in enumerate(xs):
                if s == side:
                    frames.append((x, page.top - above, page.col_w, above - gap))
                else:
                    frames.append((x, page.bottom, page.col_w, avail))
            if side == 0:
                self.fill_frames(c, frames[:1], flow)
                y = self.draw_parts(c, parts, xs[side], page.top - above, width)
                self.fill_frames(c, [(xs[0], page.bottom, page.col_w, y - gap - page.bottom)] + frames[1:], flow)
            else:
                self.fill_frames(c, frames[:1] + frames[1:], flow)
                y = self.draw_parts(c, parts, xs[side], page.top - above, width)
                self.fill_frames(c, [(xs[1], page.bottom, page.col_w, y - gap - page.bottom)], flow)
        c.showPage()


# -- the "open" family (session 9): one layout class per table, the classes the base axes left open
OPEN_VOCAB = ROOT / "models" / "synthetic" / "tables_open.json"
OPEN_CLASSES = [
    "cont_caption_header", "cont_header_only", "cont_caption_only", "bare_label", "wrapped_cells", "two_level_header",
    "wrapped_header", "empty_cells", "indented_rows", "footnote_lines", "ragged_columns", "side_by_side", "landscape",
    "middle_valign", "wrapped_label_and_text", "centred_columns", "close_columns",
]


class OpenTableDraw(TableDraw):
    """A table of one open class: the base table's content, then the class's change to it."""

    def __init__(self, r, f, tv, ov: dict, k, cls, width, font, size):
        self.ov = ov
        self.indented: set[int] = set()  # body rows whose label is set in by an em (sub-rows under a category)
        self.text_cols: set[int] = set()  # columns of text, left-aligned; the others are set right-aligned
        super().__init__(r, f, tv, k, cls, width, font, size)

    @property
    def group_rules(self) -> bool:
        return self.cls["open"] != "two_level_header" or self.cls.get("group_rule", True)

    def make(self) -> None:
        super().make()
        r, o, ov = self.r, self.cls["open"], self.ov
        ncols = len(self.header[-1])
        if o == "wrapped_header":
            pool = [h for hs in ov["long_headers"].values() for h in hs]
            self.header[-1] = [self.header[-1][0]] + r.sample(pool, ncols - 1)
        elif o == "wrapped_cells":
            j = r.randrange(1, ncols)
            for row in self.body:
                if any(row[1:]):
                    row[j] = _fill(self.f, r.choice(ov["wrapped_values"]))
            self.header[-1][j] = r.choice(self.tv["headers"]["text"])
            self.text_cols.add(j)
        elif o == "empty_cells":
            for row in self.body:
                for j in range(1, ncols):
                    if r.random() < 0.3:
                        row[j] = r.choice(["", "", "\u2013", "NA"])
                if not any(c not in ("", "\u2013", "NA") for c in row[1:]):
                    row[1] = self.value("dec")
            self.body[0][ncols - 1] = ""  # the first row always has an empty cell
        elif o == "indented_rows":
            kinds = [self.kinds(1)[0] for _ in range(ncols - 1)]
            self.body = []
            for cat, subs in r.sample(ov["categories"], r.randint(2, 3)):
                self.body.append([_fill(self.f, cat)] + [""] * (ncols - 1))
                for sub in subs:
                    self.indented.add(len(self.body))
                    self.body.append([_fill(self.f, sub)] + [self.value(k) for k in kinds])
        elif o in ("middle_valign", "wrapped_label_and_text"):
            for row in self.body:  # long row labels that wrap in a narrow first column
                if r.random() < 0.6:
                    row[0] = _fill(self.f, r.choice(self.tv["long_labels"]))
            if o == "wrapped_label_and_text":
                j = r.randrange(1, ncols)
                for row in self.body:
                    row[j] = _fill(self.f, r.choice(ov["wrapped_values"]))
                self.header[-1][j] = r.choice(self.tv["headers"]["text"])
                self.text_cols.add(j)
        elif o == "ragged_columns":
            j = r.randrange(1, ncols)
            for row in self.body:
                row[j] = r.choice(self.tv["text_values"] + ["Mitochondria and cytosol", "Outer membrane", "Not detected"])
            self.header[-1][j] = r.choice(self.tv["headers"]["text"])
            self.text_cols.add(j)

    def group_cell(self, text: str, style: ParagraphStyle):
        if self.cls["open"] == "indented_rows":  # a category in the row label face, its sub-rows set in under it
            return Paragraph(f"<b>{esc(text)}</b>" if self.cls.get("bold_category") else esc(text), style)
        return super().group_cell(text, style)

    def column_style(self, style: ParagraphStyle, j: int) -> ParagraphStyle:
        if self.cls["open"] == "ragged_columns" and j > 0 and j not in self.text_cols:
            return ParagraphStyle(f"right{j}", parent=style, alignment=TA_RIGHT)
        if self.cls["open"] == "centred_columns" and j > 0:
            return ParagraphStyle(f"centre{j}", parent=style, alignment=TA_CENTER)
        return style

    def cell(self, text: str, style: ParagraphStyle, marked: bool = False):
        return super().cell(text, style, marked)

    def flowable(self, body=None, header=True, offset=0):
        self._offset = offset
        return super().flowable(body, header, offset)

    def extra_styles(self, nh: int, body: list[list[str]]) -> list:
        o, ts = self.cls["open"], []
        if o in ("wrapped_cells", "ragged_columns", "wrapped_label_and_text"):  # rows as tight as a cell's own lines
            ts += [("TOPPADDING", (0, 0), (-1, -1), 0.3), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6)]
        if o == "middle_valign":  # values centred on the height of a wrapped row label
            ts.append(("VALIGN", (1, nh), (-1, -1), "MIDDLE"))
        if o == "close_columns":  # columns one em apart
            ts += [("LEFTPADDING", (0, 0), (-1, -1), self.size / 2), ("RIGHTPADDING", (0, 0), (-1, -1), self.size / 2)]
        if o == "wrapped_header" and self.cls.get("header_valign") == "bottom":
            ts.append(("VALIGN", (0, 0), (-1, nh - 1), "BOTTOM"))
        if o == "indented_rows":
            for i in range(len(body)):
                if self._offset + i in self.indented:
                    ts.append(("LEFTPADDING", (0, nh + i), (0, nh + i), self.pad + self.size))
        return ts

    def widths(self, st: ParagraphStyle, hst: ParagraphStyle) -> list[float]:
        w = super().widths(st, hst)
        o = self.cls["open"]
        if o == "wrapped_header":  # each header wraps in a column as wide as its values
            ncols = len(self.header[-1])
            for j in range(1, ncols):
                body = max((pdfmetrics.stringWidth(row[j], self.font, self.size) for row in self.body), default=10)
                word = max(pdfmetrics.stringWidth(t, self.bold, self.size) for t in self.header[-1][j].split())  # no word cut
                w[j] = min(w[j], max(body, word, 40) + 2 * self.pad + 2)
        elif o == "wrapped_cells":  # the text column too narrow for its values
            j = min(self.text_cols)
            w[j] = min(w[j], 70 + 2 * self.pad)
        if o in ("middle_valign", "wrapped_label_and_text"):
            w[0] = min(w[0], 95 + 2 * self.pad)
            for j in self.text_cols:
                w[j] = min(w[j], 75 + 2 * self.pad)
        if o == "close_columns":  # each column as wide as its widest cell, one em between them
            w = []
            for j in range(len(self.header[-1])):
                cells = [row[j] for row in self.body if any(row[1:])]
                body = max((pdfmetrics.stringWidth(t, self.font, self.size) for t in cells), default=10)
                words = max((pdfmetrics.stringWidth(t, self.bold, self.size) for t in self.header[-1][j].split()), default=10)
                w.append(max(body, words) + self.size + 1)
        return w

    def caption(self, cap_text: str, size: float, font: tuple[str, str]) -> tuple[list, str]:
        if self.cls["open"] != "bare_label":
            return super().caption(cap_text, size, font)
        label = f"Table {self.k}"
        align = TA_CENTER if self.cls.get("label_centred") else TA_LEFT
        st = ParagraphStyle("cap", fontName=font[0], fontSize=size, leading=size * 1.25, alignment=align)
        lab = ParagraphStyle("lab", parent=st, fontSize=size + 1, leading=(size + 1) * 1.3)
        return [Paragraph(f"<b>{esc(label)}</b>", lab), Paragraph(esc(cap_text), st)], label


def draw_open_classes(r: random.Random, n: int) -> dict:
    """Document n's class: the open classes in turn (so every split holds each), its other axes drawn."""
    o = OPEN_CLASSES[(n - 1) % len(OPEN_CLASSES)]
    c = {"open": o, "ruling": r.choice(["booktabs", "header_rule", "none", "horizontal"]), "content": r.choice(["pm", "ranges_p", "minus_decimal"]),
         "header": "one", "groups": "none", "wrap": "off", "place": "one_column", "label_style": r.choice(["Table N.", "Table N:", "Table N |"]),
         "caption": "above"}
    if o.startswith("cont_"):
        c["place"] = "two_page_" + o
    elif o == "side_by_side":
        c["place"] = "in_column"
    elif o == "landscape":
        c["place"] = "landscape"
        c["content"] = r.choice(["wide_small", "pm"])
    elif o == "two_level_header":
        c["header"] = "spanning"
        c["group_rule"] = r.random() < 0.5
    elif o == "wrapped_header":
        c["header_valign"] = r.choice(["top", "bottom"])
    elif o == "indented_rows":
        c["bold_category"] = r.random() < 0.5
    elif o == "bare_label":
        c["label_centred"] = r.random() < 0.5
    elif o in ("ragged_columns", "close_columns"):
        c["ruling"] = r.choice(["none", "booktabs"]) if o == "close_columns" else "none"
    elif o == "middle_valign":
        c["ruling"] = r.choice(["none", "booktabs", "horizontal"])
    elif o == "empty_cells":
        c["content"] = "pm"
    return c


class OpenTableDoc(TableDoc):
    """A document of the open family: one table of one open class in running text."""

    def __init__(self, n: int, seed: int, vocab: dict, tv: dict, ov: dict):
        super().__init__(n, seed, vocab, tv)
        self.r = random.Random(f"tables-open-{seed}-{n}")  # its own stream: the base family stays as it was
        self.f = Filler(self.r, vocab, hyphenate=False, ligatures=False)
        self.font = self.r.choice([("Times-Roman", "Times-Bold"), ("Helvetica", "Helvetica-Bold")])
        self.body_size = self.r.choice([9.0, 9.5, 10.0])
        self.pagesize = self.r.choice([A4, LETTER])
        self.ov = ov

    def new_draw(self, k: int, cls: dict, width: float, size: float) -> TableDraw:
        return OpenTableDraw(self.r, self.f, self.tv, self.ov, k, cls, width, self.font, size)

    def continued_part(self, place: str) -> tuple[bool, str]:
        kind = place[len("two_page_cont_"):]
        return kind != "caption_only", "none" if kind == "header_only" else "caption"

    def continued_caption(self, label: str) -> str:
        form = self.r.choice(self.ov["continued_captions"])
        return esc(form.format(label=label)).replace(esc(label), f"<b>{esc(label)}</b>", 1)

    def block(self, td, width, cap_text, body=None, header=True, offset=0, cont="", note=True):
        parts, label = super().block(td, width, cap_text, body, header, offset, cont, note)
        if note and td.cls["open"] == "footnote_lines":  # plain notes under the marked one, in the table's type size
            for text in self.r.sample(self.ov["plain_notes"], self.r.randint(2, 3)):
                text = _fill(self.f, text)
                self.footnotes.append(text)
                parts.append(Paragraph(esc(text), ParagraphStyle("pn", fontName=self.font[0], fontSize=td.size, leading=td.size * 1.2)))
        return parts, label

    def build(self, path: Path) -> dict:
        c = rl_canvas.Canvas(str(path), pagesize=self.pagesize, invariant=1)
        c.setTitle(f"Synthetic table document {self.n} (open classes)")
        cls = draw_open_classes(self.r, self.n)
        self.one_table(c, 1, cls, 1, self.paras(60))
        c.save()
        return {"file": path.name, "folder": "synthetic_tables_open", "publisher": "synthetic", "split": "test" if self.n % 3 == 0 else "tune",
                "tables": self.tables, "table_footnotes": self.footnotes}


# -- the "journal" family (session 10): table styles of journals the real tune set barely has
JOURNAL_VOCAB = ROOT / "models" / "synthetic" / "tables_journal.json"
JOURNAL_CLASSES = [
    "nature_thin", "oup_numeric", "star_krt", "bmc_shaded", "primers", "strains", "tf_continued", "rsc_side_by_side",
    "dashes_empty", "ragged_right", "two_numbers", "units_header", "marked_notes",
]  # 13 classes: a count prime to 3, so each class falls in both splits
DASHES = ["\u2013", "\u2014", "-", "n.d.", ""]


class JournalTableDraw(TableDraw):
    """A table in one journal style (``cls["journal"]``). Header cells may hold a line break (``\\n``): drawn on two
    lines, one header row in the gold (the break read as a space)."""

    def __init__(self, r, f, tv, jv: dict, k, cls, width, font, size):
        self.jv = jv
        self.indented: set[int] = set()
        self.text_cols: set[int] = set()
        self.mono_cols: set[int] = set()
        super().__init__(r, f, tv, k, cls, width, font, size)

    def fill_n(self, text: str) -> str:
        while "{n}" in text:
            text = text.replace("{n}", str(self.r.randint(10, 9999)), 1)
        return _fill(self.f, text)

    def seq(self, lo: int, hi: int) -> str:
        return "".join(self.r.choice("ACGT") for _ in range(self.r.randint(lo, hi)))

    def make(self) -> None:
        j, r, jv = self.cls["journal"], self.r, self.jv
        if j == "star_krt":
            self.header = [["REAGENT or RESOURCE", "SOURCE", "IDENTIFIER"]]
            for sec in r.sample(jv["krt_sections"], r.randint(2, 4)):
                self.body.append([sec, "", ""])
                for it in r.sample(jv["krt_items"], r.randint(2, 4)):
                    self.body.append([self.fill_n(x) for x in it])
            self.text_cols = {1, 2}
            return
        if j == "primers":
            self.header = [list(r.choice(jv["primer_heads"]))]
            genes = []
            for _ in range(r.randint(3, 6)):
                g = _fill(self.f, "{gene}")
                if g in genes:
                    continue
                genes.append(g)
                use = r.choice(jv["primer_uses"])
                for end in ("F", "R"):
                    self.body.append([f"{g}-{end}", self.seq(18, 32), use])
            self.mono_cols = {1}
            return
        if j == "strains":
            self.header = [list(r.choice(jv["strain_heads"]))]
            for i in range(r.randint(4, 9)):
                name = r.choice(["BY4741", "W303-1A", "SEY6210"]) if i == 0 else f"{r.choice(['YMT', 'JW', 'KP'])}{r.randint(100, 999)}"
                geno = "MAT" + r.choice(["a", "alpha"]) + " " + " ".join(r.sample(jv["strain_parts"], r.randint(3, 6)))
                self.body.append([name, geno, r.choice(jv["strain_sources"])])
            self.text_cols = {1, 2}
            return
        if j == "bmc_shaded":
            n_all = r.randint(60, 400)
            heads = [h[0] + ("\n" + h[1].replace("{n}", str(n_all if i == 1 else r.randint(20, n_all - 20))) if len(h) > 1 else "")
                     for i, h in enumerate(jv["npct_heads"])]
            self.header = [heads]
            self.p_on_category = r.random() < 0.5
            for cat, subs in r.sample(jv["npct_categories"], r.randint(3, 4)):
                self.body.append([_fill(self.f, cat), "", "", "", self.value("p") if self.p_on_category else ""])
                for i, sub in enumerate(subs):  # the P value on the category row, else on its first sub-row
                    self.indented.add(len(self.body))
                    p = self.value("p") if i == 0 and not self.p_on_category else ""
                    self.body.append([sub] + [self.value("pct") for _ in range(3)] + [p])
            return
        super().make()
        ncols = len(self.header[-1])
        if j == "nature_thin":
            for row in self.body:
                row[0] = _fill(self.f, r.choice(jv["wide_labels"])) if r.random() < 0.7 else row[0]
            c = r.randrange(1, ncols)
            for row in self.body:
                row[c] = r.choice(jv["text_cells"])
                if self.cls.get("long_text") and r.random() < 0.5:
                    row[c] += ", " + _fill(self.f, r.choice(jv["ragged_texts"]))
            self.header[-1][c] = r.choice(self.tv["headers"]["text"])
            self.text_cols.add(c)
        elif j == "oup_numeric":
            for i, row in enumerate(self.body):
                if r.random() < 0.5:
                    row[-1] = self.value("p") + r.choice(jv["pvalue_marks"])
                    self.marked.add((i, ncols - 1))
        elif j == "dashes_empty":
            for row in self.body:
                for c in range(1, ncols):
                    if r.random() < 0.35:
                        row[c] = r.choice(DASHES)
                if all(x in DASHES for x in row[1:]):
                    row[1] = self.value("dec")
            self.body[-1][1:] = [r.choice(DASHES[:2])] * (ncols - 2) + [self.value("int")]
        elif j == "ragged_right":
            for row in self.body:
                row[-1] = _fill(self.f, r.choice(jv["ragged_texts"]))
                if self.cls.get("long_text") and r.random() < 0.5:  # a text cell of two or three lines
                    row[-1] += " " + _fill(self.f, r.choice(jv["ragged_texts"]))
            self.header[-1][-1] = r.choice(["Comment", "Effect on mitophagy", "Remarks", "Phenotype"])
            self.text_cols.add(ncols - 1)
        elif j == "two_numbers":
            for row in self.body:
                for c in range(1, ncols):
                    if r.random() < 0.7:
                        a = r.uniform(0.5, 99)
                        row[c] = r.choice([f"{a:.1f} \u00b1 {a * r.uniform(0.05, 0.3):.1f} ({r.randint(3, 12)})",
                                           f"{a / 100:.2f} ({a / 100 * 0.7:.2f}\u2013{a / 100 * 1.3:.2f})", f"{a:.1f} [{r.randint(3, 12)}]"])
        elif j == "marked_notes":  # marks on header cells, notes keyed to them under the table
            for c in r.sample(range(1, ncols), min(2, ncols - 1)):
                self.header[-1][c] += r.choice(["a", "b", "*", "\u2020"])
        elif j == "units_header":
            units = r.sample(jv["unit_headers"], ncols - 1)
            self.header[-1] = [self.header[-1][0]] + [f"{a}\n{b}" for a, b in units]
        self.label_marked()

    def label_marked(self) -> None:
        """Raised marks after some row labels (``Female^a``), drawn as the cells' marks are."""
        if not self.cls.get("label_marks") or self.cls["journal"] in ("star_krt", "primers", "strains"):
            return
        for i, row in enumerate(self.body):
            if any(row[1:]) and row[0] and self.r.random() < 0.3:
                row[0] += self.r.choice(["a", "b", "*"])
                self.marked.add((i, 0))

    def head_cell(self, text: str, style: ParagraphStyle):
        if self.cls["journal"] == "marked_notes" and text[-1:] in "ab*\u2020":
            return Paragraph(f"{esc(text[:-1])}<super>{esc(text[-1])}</super>", style)
        return Paragraph("<br/>".join(esc(t) for t in text.split("\n")), style)

    def cell(self, text: str, style: ParagraphStyle, marked: bool = False):
        if style.fontName.startswith("Courier"):
            return Paragraph(esc(text), style)
        return super().cell(text, style, marked)

    def group_cell(self, text: str, style: ParagraphStyle):
        if self.cls["journal"] in ("star_krt", "bmc_shaded"):
            return Paragraph(f"<b>{esc(text)}</b>" if self.cls["journal"] == "star_krt" else esc(text), style)
        return super().group_cell(text, style)

    def flowable(self, body=None, header=True, offset=0):
        self._offset = offset
        return super().flowable(body, header, offset)

    def column_style(self, style: ParagraphStyle, j: int) -> ParagraphStyle:
        align = self.cls.get("align", "left")
        if j > 0 and j not in self.text_cols and j not in self.mono_cols and align != "left":  # value columns set centred or right
            return ParagraphStyle(f"{align}{j}", parent=style, alignment=TA_CENTER if align == "centre" else TA_RIGHT)
        if j in self.mono_cols:
            return ParagraphStyle(f"mono{j}", parent=style, fontName="Courier", fontSize=style.fontSize - 0.5)
        return style

    def extra_styles(self, nh: int, body: list[list[str]]) -> list:
        j, ts = self.cls["journal"], []
        last = nh + len(body) - 1
        if j == "nature_thin":
            ts += [("LINEABOVE", (0, 0), (-1, 0), 0.25, colors.black), ("LINEBELOW", (0, nh - 1), (-1, nh - 1), 0.25, colors.black),
                   ("LINEBELOW", (0, last), (-1, last), 0.25, colors.black)] if nh else []
        if j == "bmc_shaded" and nh:
            ts.append(("BACKGROUND", (0, 0), (-1, nh - 1), colors.Color(0.85, 0.85, 0.85)))
            for i in range(len(body)):
                if self._offset + i in self.indented:
                    ts.append(("LEFTPADDING", (0, nh + i), (0, nh + i), self.pad + self.size))
        if self.cls.get("tight"):  # columns set about half an em apart (small-print journal tables)
            ts += [("LEFTPADDING", (0, 0), (-1, -1), self.size * 0.3), ("RIGHTPADDING", (0, 0), (-1, -1), self.size * 0.3)]
        if j == "units_header" and self.cls.get("header_valign") == "bottom" and nh:
            ts.append(("VALIGN", (0, 0), (-1, nh - 1), "BOTTOM"))
        if j in ("primers", "strains", "ragged_right", "star_krt"):
            ts += [("TOPPADDING", (0, 0), (-1, -1), 0.8), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.8)]
        return ts

    def widths(self, st: ParagraphStyle, hst: ParagraphStyle) -> list[float]:
        ncols = len(self.header[-1])
        j = self.cls["journal"]
        if j in ("units_header", "bmc_shaded"):  # a header cell as wide as its longer line
            saved = self.header
            self.header = [[max(t.split("\n"), key=len) for t in row] for row in saved]
            w = super().widths(st, hst)
            self.header = saved
            if j == "bmc_shaded":  # the category labels stay in the first column
                w[0] = max(w[0], max(pdfmetrics.stringWidth(row[0], self.font, self.size) for row in self.body) + 2 * self.pad + 2)
                if sum(w) > self.width:  # the value columns give up the excess
                    rest = sum(w[1:])
                    w = [w[0]] + [x * (self.width - w[0]) / rest for x in w[1:]]
        elif j == "primers":
            longest = max(pdfmetrics.stringWidth(row[1], "Courier", self.size - 0.5) for row in self.body)
            w = super().widths(st, hst)
            w[1] = max(w[1], longest + 2 * self.pad + 2)
            over = sum(w) - self.width
            if over > 0:
                w[2] = max(w[2] - over, 40)
        else:
            w = super().widths(st, hst)
        if j == "nature_thin":  # a wide first column, out of the width the table leaves free (values never cut)
            w[0] = max(w[0], min(0.4 * sum(w), w[0] + max(0.0, self.width - sum(w))))
        if j in ("ragged_right", "strains", "star_krt"):
            total = min(sum(w), self.width)
            if j == "star_krt":  # identifiers never cut inside a token: the column as wide as its longest token
                tok = max(pdfmetrics.stringWidth(t, self.font, self.size) for row in self.body for t in row[2].split()) + 2 * self.pad + 2
                w = [0.42 * total, 0.28 * total, 0.30 * total]
                if w[2] < tok:
                    w = [w[0] - (tok - w[2]) / 2, w[1] - (tok - w[2]) / 2, tok]
            elif j == "strains":
                w = [0.2 * total, 0.55 * total, 0.25 * total]
            else:
                w = [x * 0.8 * total / sum(w[:-1]) for x in w[:-1]] + [0.2 * total]
        return w[:ncols]

    def caption(self, cap_text: str, size: float, font: tuple[str, str]) -> tuple[list, str]:
        if self.cls["journal"] == "star_krt":
            st = ParagraphStyle("krt", fontName=font[0], fontSize=size + 1.5, leading=size * 1.6)
            return [Paragraph("<b>KEY RESOURCES TABLE</b>" if self.r.random() < 0.5 else "<b>Key resources table</b>", st)], "Key resources table"
        return super().caption(cap_text, size, font)

    def gold(self, cap_text: str, page: int, rotated: bool) -> dict:
        g = super().gold(cap_text, page, rotated)
        if self.cls["journal"] == "star_krt":
            g["label"], g["caption_start"] = "Key resources table", ""
        g["cells"] = {"header": [[t.replace("\n", " ") for t in row] for row in self.header], "body": self.body}
        return g


def draw_journal_classes(r: random.Random, n: int) -> dict:
    """Document n's journal style: the classes in turn, the other axes drawn."""
    j = JOURNAL_CLASSES[(n - 1) % len(JOURNAL_CLASSES)]
    c = {"journal": j, "ruling": r.choice(["booktabs", "header_rule", "none"]), "content": r.choice(["pm", "ranges_p", "minus_decimal"]),
         "header": "one", "groups": "none", "wrap": "off", "place": r.choice(["one_column", "one_column", "full_width"]),
         "label_style": r.choice(["Table N.", "Table N:", "Table N |", "TABLE N"]), "caption": "above",
         "align": r.choice(["left", "centre", "right"]), "tight": r.random() < 0.4, "long_text": r.random() < 0.5,
         "label_marks": r.random() < 0.3}
    if r.random() < 0.25 and j not in ("tf_continued", "star_krt", "rsc_side_by_side"):
        c["caption"] = "below"
    if j == "nature_thin":
        c["ruling"] = "none"  # its own hairlines (extra_styles)
    elif j == "oup_numeric":
        c.update(content="wide_small", ruling="booktabs", place=r.choice(["full_width", "one_column"]))
    elif j == "star_krt":
        c.update(content="key_resources", ruling=r.choice(["none", "header_rule"]), place="one_column")
    elif j == "bmc_shaded":
        c.update(ruling=r.choice(["none", "horizontal"]))
    elif j in ("primers", "strains"):
        c.update(ruling=r.choice(["booktabs", "header_rule"]))
    elif j == "tf_continued":
        c.update(place="two_page_repeat", ruling=r.choice(["booktabs", "header_rule"]), label_style="Table N.")
        c["foot_continued"] = r.random() < 0.5
    elif j == "rsc_side_by_side":
        c.update(place="in_column", ruling=r.choice(["booktabs", "header_rule"]))
    elif j == "units_header":
        c["header_valign"] = r.choice(["top", "bottom"])
    return c


class JournalTableDoc(TableDoc):
    """A document of the journal family: one table of one journal style in running text (two tables side by side
    for ``rsc_side_by_side``)."""

    trailing_page = True

    def __init__(self, n: int, seed: int, vocab: dict, tv: dict, jv: dict):
        super().__init__(n, seed, vocab, tv)
        self.r = random.Random(f"tables-journal-{seed}-{n}")  # its own stream: the other families stay as they were
        self.f = Filler(self.r, vocab, hyphenate=False, ligatures=False)
        self.font = self.r.choice([("Times-Roman", "Times-Bold"), ("Helvetica", "Helvetica-Bold")])
        self.body_size = self.r.choice([9.0, 9.5, 10.0])
        self.pagesize = self.r.choice([A4, LETTER])
        self.jv = jv

    def new_draw(self, k: int, cls: dict, width: float, size: float) -> TableDraw:
        if cls["journal"] == "oup_numeric":
            size = 6.5
        return JournalTableDraw(self.r, self.f, self.tv, self.jv, k, cls, width, self.font, size)

    def continued_caption(self, label: str) -> str:
        form = self.r.choice(self.jv["continued_captions"])
        return esc(form.format(label=label)).replace(esc(label), f"<b>{esc(label)}</b>", 1)

    def block(self, td, width, cap_text, body=None, header=True, offset=0, cont="", note=True):
        parts, label = super().block(td, width, cap_text, body, header, offset, cont, note)
        if note and td.cls.get("journal") == "marked_notes":  # marked notes, then an abbreviations line, in the table's size
            st = ParagraphStyle("mn", fontName=self.font[0], fontSize=td.size - 0.5, leading=td.size + 1)
            for mark in ("b", "c")[: self.r.randint(1, 2)]:
                text = self.r.choice(self.tv["footnotes"])
                self.footnotes.append(text)
                parts.append(Paragraph(f"<super>{mark}</super>{esc(text)}", st))
            text = "Abbreviations: " + "; ".join(self.r.sample(self.jv["abbreviations"], 3)) + "."
            self.footnotes.append(text)
            parts.append(Paragraph(esc(text), st))
        if td.cls.get("foot_continued") and body is not None and not cont and len(body) < len(td.body):
            parts.append(Paragraph("<i>(Continued)</i>", ParagraphStyle("fc", fontName=self.font[0], fontSize=td.size, leading=td.size * 1.2, alignment=TA_RIGHT)))
        return parts, label

    def side_by_side(self, c, flow: list) -> None:
        """Two tables, one in each column, their tops level, text over and under both (RSC)."""
        r = self.r
        page = Page(self.pagesize, 2)
        size = max(6.5, self.body_size - 1.5)
        self.furniture(c, page, 1)
        blocks, hs = [], []
        for k in (1, 2):
            cls = dict(draw_journal_classes(r, self.n), journal="rsc_side_by_side", place="in_column")
            cls["ruling"] = r.choice(["booktabs", "header_rule"])
            td = self.new_draw(k, cls, page.col_w, size)
            cap_text = " ".join(self.f.sentence() for _ in range(r.choice([1, 1, 2]))) + "."
            parts, _ = self.block(td, page.col_w, cap_text)
            blocks.append(parts)
            hs.append(self.height(parts, page.col_w))
            self.tables.append(td.gold(cap_text, 1, False))
        avail = page.top - page.bottom
        above = r.uniform(0.1, 0.4) * max(0.0, avail - max(hs))
        xs = [page.m, page.m + page.col_w + page.gutter]
        self.fill_frames(c, [(x, page.top - above, page.col_w, above - 10) for x in xs], flow)
        ys = [self.draw_parts(c, parts, x, page.top - above, page.col_w) for parts, x in zip(blocks, xs)]
        self.fill_frames(c, [(x, page.bottom, page.col_w, y - 10 - page.bottom) for x, y in zip(xs, ys)], flow)
        c.showPage()

    def build(self, path: Path) -> dict:
        c = rl_canvas.Canvas(str(path), pagesize=self.pagesize, invariant=1)
        c.setTitle(f"Synthetic table document {self.n} (journal styles)")
        cls = draw_journal_classes(self.r, self.n)
        flow = self.paras(60)
        if cls["journal"] == "rsc_side_by_side":
            self.side_by_side(c, flow)
        else:
            self.one_table(c, 1, cls, 1, flow)
        if self.trailing_page:  # a page of running text after (a paper has more than one page: its running header recurs)
            page = Page(self.pagesize, 1)
            self.furniture(c, page, 3)
            self.fill_frames(c, [(page.m, page.bottom, page.text_w, page.top - page.bottom)], flow or self.paras(8))
            c.showPage()
        c.save()
        return {"file": path.name, "folder": "synthetic_tables_journal", "publisher": "synthetic", "split": "test" if self.n % 3 == 0 else "tune",
                "tables": self.tables, "table_footnotes": self.footnotes}


def generate(out: Path, count: int, seed: int = 0, family: str = "base") -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    vocab = load_vocabulary()
    tv = json.loads(TABLE_VOCAB.read_text(encoding="utf-8"))
    ov = json.loads(OPEN_VOCAB.read_text(encoding="utf-8")) if family == "open" else None
    jv = json.loads(JOURNAL_VOCAB.read_text(encoding="utf-8")) if family == "journal" else None
    if family == "set2":  # set 2 (session 12): its own module, its own random stream
        from synthetic_tables_set2 import Set2TableDoc, load_set2

        sv = load_set2()
    if family == "set3":  # set 3 (session 13): its own module, its own random stream
        from synthetic_tables_set3 import Set3TableDoc, load_set3

        v3 = load_set3()
    paths = []
    for n in range(1, count + 1):
        pdf = out / f"tab_{n:03d}.pdf"
        if family == "set3":
            doc = Set3TableDoc(n, seed, vocab, tv, v3)
        elif family == "set2":
            doc = Set2TableDoc(n, seed, vocab, tv, sv)
        elif family == "journal":
            doc = JournalTableDoc(n, seed, vocab, tv, jv)
        else:
            doc = OpenTableDoc(n, seed, vocab, tv, ov) if family == "open" else TableDoc(n, seed, vocab, tv)
        gold = doc.build(pdf)
        write_gold(out / f"tab_{n:03d}.json", gold)
        paths.append(pdf)
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, help="folder for tab_NNN.pdf + tab_NNN.json (created)")
    ap.add_argument("-n", "--count", type=int, default=60)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--family", choices=("base", "open", "journal"), default="base",
                    help="set 1's families. base: the session-8 class axes; open: one of OPEN_CLASSES per document, in turn; "
                    "journal: one of JOURNAL_CLASSES (journal table styles) per document, in turn")
    ap.add_argument("--set", type=int, choices=(1, 2, 3), default=1,
                    help="2: set 2 (scripts/synthetic_tables_set2.py, the classes set 1 lacks); 3: set 3 "
                    "(scripts/synthetic_tables_set3.py, the classes sets 1-2 lack); --family is then ignored")
    args = ap.parse_args(argv)
    if args.set in (2, 3):
        args.family = f"set{args.set}"
    if args.out.exists() and not args.out.is_dir():
        print(f"make_synthetic_tables: {args.out}: not a folder", file=sys.stderr)
        return 1
    paths = generate(args.out, args.count, args.seed, args.family)
    print(f"wrote {len(paths)} PDFs and gold JSON into {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
