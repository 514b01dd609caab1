"""Set 2 of the synthetic table pages (session 12, pdftab12): the table classes set 1 does not draw.

``python scripts/make_synthetic_tables.py OUT_DIR -n 66 --seed S --set 2`` writes documents of this set; the gold
is in set 1's schema (``annotations/pdf/README.md`` plus ``classes`` and ``cells``), scored by
``benchmarks/pdf_synthetic_tables.py``. Set 1 (the ``base``, ``open`` and ``journal`` families) already draws two-row
spanning headers, wrapped headers and cells in one column, one level of indented sub-rows, units on a header's second
line, columns half an em apart, zebra shading, ``(continued)`` parts in one-column pages, marked footnotes, dashes and
``NA``, two tables side by side. Set 2 draws, one class per document in turn (13 classes, a count prime to 3, so
each class falls in both splits; document ``n % 3 == 0`` is TEST):

- ``three_row_header``: three stacked header rows, a label spanning every value column over group labels over
  sub-columns (``Mean`` / ``SD``);
- ``wrapped_sub_headers``: a two-row header whose sub-column heads wrap over two or three lines;
- ``multi_wrap``: two or three text columns whose cells wrap over 2-4 lines in the same rows;
- ``deep_indent``: a stub column with categories, rows set in one em and sub-rows set in two;
- ``vertical_rules``: rules between the columns only (no horizontal rule);
- ``boxed``: the caption, table and notes inside a tinted, framed box;
- ``caption_left``: the caption in a narrow column left of the table;
- ``total_row``: counts with a ``Total`` row under a rule;
- ``body_rowspan``: a first-column cell merged over the 2-4 rows of its group (text in the group's first row);
- ``long_two_column``: a full-width table over two pages of two-column text, ``Table N (continued)`` on the second;
- ``small_then_text``: a table in a smaller font with no notes, running text right under it in the same column;
- ``tiny_gaps``: numeric columns a third of an em apart (small-print tables set tight);
- ``frame_verticals``: a box round the table, rules between the columns and under the header, none between rows.

Its own random stream (``tables-set2-{seed}-{n}``): set 1's documents stay byte-identical. Vocabulary:
``models/synthetic/tables_set2.json`` (hand-written). Hand-written on reportlab because no library draws journal
table pages with gold.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Paragraph, Table, TableStyle

from make_synthetic_pdfs import Filler, esc
from make_synthetic_tables import ROOT, Page, TableDoc, TableDraw, _fill

SET2_VOCAB = ROOT / "models" / "synthetic" / "tables_set2.json"
SET2_CLASSES = [
    "three_row_header", "wrapped_sub_headers", "multi_wrap", "deep_indent", "vertical_rules", "boxed", "caption_left",
    "total_row", "body_rowspan", "long_two_column", "small_then_text", "tiny_gaps", "frame_verticals",
]  # 13 classes: a count prime to 3
SUB_KINDS = {"Mean": "dec", "SD": "dec", "n": "int", "%": "dec", "HR": "dec", "P": "p", "IC50": "dec", "OR": "dec",
             "95% CI": "range", "Median": "dec", "IQR": "range"}


def load_set2() -> dict:
    return json.loads(SET2_VOCAB.read_text(encoding="utf-8"))


class Set2TableDraw(TableDraw):
    """A table of one set-2 class (``cls["set2"]``)."""

    def __init__(self, r, f, tv, sv: dict, k, cls, width, font, size):
        self.sv = sv
        self.indent: dict[int, int] = {}  # body row -> indent level (ems)
        self.text_cols: set[int] = set()
        self.top_span: tuple[int, int] | None = None  # the three-row header's top label, first and last column
        self.row_spans: list[tuple[int, int]] = []  # (first, last) body row of each merged first-column cell
        self.bold_rows: set[int] = set()
        super().__init__(r, f, tv, k, cls, width, font, size)

    def make(self) -> None:
        s, r, sv = self.cls["set2"], self.r, self.sv
        if s in ("three_row_header", "wrapped_sub_headers"):
            g = r.randint(2, 3) if s == "three_row_header" else 2
            pairs = r.sample(sv["long_sub_pairs" if s == "wrapped_sub_headers" else "sub_pairs"], 1) * g
            mids = [_fill(self.f, x) for x in r.choice(sv["mid_pairs"])] + ["Combined"]
            mid, sub, kinds = [""], [r.choice(self.tv["first_headers"])], []
            for i in range(g):
                self.spans.append((len(mid), len(mid) + 1))
                mid += [mids[i], ""]
                sub += list(pairs[i])
                kinds += [SUB_KINDS.get(h, "dec") for h in pairs[i]]
            if r.random() < 0.4:  # a last column outside the groups
                mid.append("")
                sub.append("P value")
                kinds.append("p")
            self.header = [mid, sub]
            if s == "three_row_header":
                self.top_span = (1, 2 * g)
                self.header.insert(0, [""] + [r.choice(sv["top_labels"])] + [""] * (len(sub) - 2))
            for lab in self.labels(r.randint(4, 8)):
                self.body.append([lab] + [self.value(k) for k in kinds])
            return
        if s == "multi_wrap":
            nt = r.randint(2, 3)
            heads = r.sample(sv["text_heads"], nt)
            nv = r.randint(0, 1)
            self.header = [[r.choice(self.tv["first_headers"])] + heads + ["n"] * nv]
            self.text_cols = set(range(1, nt + 1))
            for lab in self.labels(r.randint(3, 6)):
                self.body.append([lab] + [_fill(self.f, r.choice(sv["wrap_texts"])) for _ in range(nt)] + [self.value("int") for _ in range(nv)])
            return
        if s == "deep_indent":
            heads = r.sample(["Patients, n (%)", "Responders", "Median PFS", "HR", "P"], r.randint(2, 4))
            kinds = ["pct" if "n (%)" in h else "int" if h == "Responders" else "p" if h == "P" else "dec" for h in heads]
            self.header = [["Characteristic"] + heads]
            for cat, subs in r.sample(sv["deep_categories"], r.randint(2, 3)):
                self.body.append([cat] + [""] * len(heads))
                for sub, subsubs in subs:
                    self.indent[len(self.body)] = 1
                    self.body.append([sub] + [self.value(k) for k in kinds])
                    for ss in subsubs:
                        self.indent[len(self.body)] = 2
                        self.body.append([ss] + [self.value(k) for k in kinds])
            return
        if s == "total_row":
            heads = r.sample(sv["count_heads"], r.randint(2, 4))
            self.header = [[r.choice(self.tv["first_headers"])] + heads]
            rows = [[r.randint(2, 60) for _ in heads] for _ in range(r.randint(3, 7))]
            for lab, vals in zip(self.labels(len(rows)), rows):
                self.body.append([lab] + [str(v) for v in vals])
            self.bold_rows.add(len(self.body))
            self.body.append([r.choice(sv["total_labels"])] + [str(sum(col)) for col in zip(*rows)])
            return
        if s == "body_rowspan":
            nv = r.randint(2, 3)
            kinds = self.kinds(nv)
            self.header = [list(r.choice(sv["span_heads"])) + [self.head_of(k) for k in kinds]]
            for i in range(2, len(self.header[0])):
                while self.header[0][i] in self.header[0][:i]:
                    self.header[0][i] += f" {i}"
            for grp, subs in r.sample(sv["span_groups"], r.randint(2, 3)):
                first = len(self.body)
                seen: list[str] = []
                for sub in r.sample(subs, max(2, min(len(subs), r.randint(2, 4)))):
                    sub = _fill(self.f, sub)
                    while sub in seen:
                        sub += " II"
                    seen.append(sub)
                    self.body.append(["" if len(self.body) > first else grp, sub] + [self.value(k) for k in kinds])
                self.row_spans.append((first, len(self.body) - 1))
            return
        super().make()

    # -- drawing
    def cell(self, text: str, style: ParagraphStyle, marked: bool = False):
        if self.cls["set2"] == "total_row" and text in self.sv["total_labels"]:
            return Paragraph(f"<b>{esc(text)}</b>", style)
        return super().cell(text, style, marked)

    def flowable(self, body=None, header=True, offset=0):
        self._offset = offset
        return super().flowable(body, header, offset)

    def head_cell(self, text: str, style: ParagraphStyle):
        if self.cls["set2"] == "tiny_gaps" and self.cls.get("align") == "right" and text != self.header[-1][0]:
            style = ParagraphStyle("head_right", parent=style, alignment=TA_RIGHT)  # headers set as their values
        return Paragraph(esc(text), style)

    def column_style(self, style: ParagraphStyle, j: int) -> ParagraphStyle:
        if j > 0 and self.cls.get("align") == "right":
            return ParagraphStyle(f"right{j}", parent=style, alignment=TA_RIGHT)
        return style

    def group_cell(self, text: str, style: ParagraphStyle):
        if self.cls["set2"] == "deep_indent":
            return Paragraph(f"<b>{esc(text)}</b>" if self.cls.get("bold_category") else esc(text), style)
        return super().group_cell(text, style)

    def extra_styles(self, nh: int, body: list[list[str]]) -> list:
        s, ts = self.cls["set2"], []
        ncols = len(self.header[-1])
        if nh == 3:  # the base draws a two-row header's spans only
            a, b = self.top_span
            ts.append(("SPAN", (a, 0), (b, 0)))
            for x, y in self.spans:
                ts.append(("SPAN", (x, 1), (y, 1)))
            if self.cls["ruling"] != "none":
                ts.append(("LINEBELOW", (a, 0), (b, 0), 0.4, colors.black))
                ts += [("LINEBELOW", (x, 1), (y, 1), 0.4, colors.black) for x, y in self.spans]
        if s == "wrapped_sub_headers" and self.cls.get("header_valign") == "bottom":
            ts.append(("VALIGN", (0, 0), (-1, nh - 1), "BOTTOM"))
        if s == "multi_wrap" and self.cls.get("tight"):
            ts += [("TOPPADDING", (0, 0), (-1, -1), 0.4), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.8)]
        if s == "deep_indent":
            for i in range(len(body)):
                lv = self.indent.get(self._offset + i, 0)
                if lv:
                    ts.append(("LEFTPADDING", (0, nh + i), (0, nh + i), self.pad + lv * self.size))
        if s == "vertical_rules":
            first = 0 if self.cls.get("frame") else 1
            for j in range(first, ncols):
                ts.append(("LINEBEFORE", (j, 0), (j, -1), 0.5, colors.black))
            if self.cls.get("frame"):
                ts.append(("LINEAFTER", (ncols - 1, 0), (ncols - 1, -1), 0.5, colors.black))
        if s == "total_row":
            for i in range(len(body)):
                if self._offset + i in self.bold_rows:
                    ts.append(("LINEABOVE", (0, nh + i), (-1, nh + i), 0.5, colors.black))
        if s == "tiny_gaps":  # a third of an em between columns
            ts += [("LEFTPADDING", (0, 0), (-1, -1), self.size * 0.16), ("RIGHTPADDING", (0, 0), (-1, -1), self.size * 0.16)]
        if s == "frame_verticals":
            ts += [("BOX", (0, 0), (-1, -1), 0.6, colors.black), ("LINEBELOW", (0, nh - 1), (-1, nh - 1), 0.5, colors.black)]
            ts += [("LINEBEFORE", (j, 0), (j, -1), 0.4, colors.black) for j in range(1, ncols)]
        if s == "body_rowspan":
            for a, b in self.row_spans:
                ts.append(("SPAN", (0, nh + a), (0, nh + b)))
                if self.cls.get("group_rules") and b < len(body) - 1:
                    ts.append(("LINEBELOW", (0, nh + b), (-1, nh + b), 0.4, colors.black))
        return ts

    def widths(self, st: ParagraphStyle, hst: ParagraphStyle) -> list[float]:
        s = self.cls["set2"]
        if len(self.header) == 3:  # the top label spans its columns: measured as the base measures two rows
            saved = self.header
            self.header = saved[1:]
            w = super().widths(st, hst)
            self.header = saved
            return w
        if s == "tiny_gaps":  # each column as wide as its widest cell: the padding is all the gap there is
            return [max(max((pdfmetrics.stringWidth(row[j], self.font, self.size) for row in self.body), default=10),
                        max(pdfmetrics.stringWidth(t, self.bold, self.size) for t in self.header[-1][j].split())) + 2 * self.pad + 0.5
                    for j in range(len(self.header[-1]))]
        w = super().widths(st, hst)
        if s == "wrapped_sub_headers":  # each sub-column as wide as its values (or its longest header word)
            for j in range(1, len(self.header[-1])):
                body = max(pdfmetrics.stringWidth(row[j], self.font, self.size) for row in self.body)
                word = max(pdfmetrics.stringWidth(t, self.bold, self.size) for t in self.header[-1][j].split())
                w[j] = min(w[j], max(body, word, 36) + 2 * self.pad + 2)
        elif s == "multi_wrap":  # every text column too narrow for its text: 2-4 lines
            for j in self.text_cols:
                w[j] = min(w[j], self.r.uniform(55, 85) + 2 * self.pad)
        return w


def draw_set2_classes(r: random.Random, n: int) -> dict:
    """Document n's class: the set-2 classes in turn, the other axes drawn."""
    s = SET2_CLASSES[(n - 1) % len(SET2_CLASSES)]
    c = {"set2": s, "ruling": r.choice(["booktabs", "header_rule", "none"]), "content": r.choice(["pm", "ranges_p", "minus_decimal"]),
         "header": "one", "groups": "none", "wrap": "off", "place": r.choice(["one_column", "one_column", "full_width"]),
         "label_style": r.choice(["Table N.", "Table N:", "Table N |", "TABLE N"]), "caption": "above"}
    if s == "three_row_header":
        c["ruling"] = r.choice(["booktabs", "header_rule", "horizontal"])
    elif s == "wrapped_sub_headers":
        c["header_valign"] = r.choice(["top", "bottom"])
    elif s == "multi_wrap":
        c.update(tight=r.random() < 0.5, ruling=r.choice(["booktabs", "header_rule", "horizontal", "none"]))
    elif s == "deep_indent":
        c["bold_category"] = r.random() < 0.5
    elif s == "vertical_rules":
        c.update(ruling="none", frame=r.random() < 0.4)
    elif s == "boxed":
        c.update(ruling=r.choice(["none", "header_rule"]), place=r.choice(["one_column", "in_column", "full_width"]))
        if c["place"] == "in_column":
            c["content"] = "minus_decimal"  # short values: a boxed table in one column never breaks a number
    elif s == "caption_left":
        c.update(place="one_column", label_style=r.choice(["Table N.", "Table N:", "Table N |"]))
    elif s == "body_rowspan":
        c.update(ruling=r.choice(["booktabs", "grid", "header_rule"]), group_rules=r.random() < 0.5)
    elif s == "long_two_column":
        c.update(place="two_page_repeat", repeat=r.random() < 0.6, ruling=r.choice(["booktabs", "header_rule", "none"]),
                 label_style=r.choice(["Table N.", "Table N:", "Table N |"]))
    elif s == "tiny_gaps":
        c.update(content=r.choice(["minus_decimal", "pm", "wide_small"]), ruling=r.choice(["booktabs", "header_rule", "none"]),
                 align=r.choice(["left", "right"]))
    elif s == "frame_verticals":
        c["ruling"] = "none"  # its own frame and rules (extra_styles)
    elif s == "small_then_text":
        c.update(place=r.choice(["in_column", "one_column"]), gap=r.uniform(3.0, 6.0))
    return c


class Set2TableDoc(TableDoc):
    """A document of set 2: one table of one set-2 class in running text, and a page of running text after."""

    def __init__(self, n: int, seed: int, vocab: dict, tv: dict, sv: dict):
        super().__init__(n, seed, vocab, tv)
        self.r = random.Random(f"tables-set2-{seed}-{n}")  # its own stream: set 1 stays as it was
        self.f = Filler(self.r, vocab, hyphenate=False, ligatures=False)
        self.font = self.r.choice([("Times-Roman", "Times-Bold"), ("Helvetica", "Helvetica-Bold")])
        self.body_size = self.r.choice([9.0, 9.5, 10.0])
        self.pagesize = self.r.choice([A4, LETTER])
        self.sv = sv

    def new_draw(self, k: int, cls: dict, width: float, size: float) -> TableDraw:
        if cls["set2"] == "small_then_text":
            size = max(6.0, self.body_size - 2.5)
        if cls["set2"] == "boxed":
            width -= 12  # the box's padding
        return Set2TableDraw(self.r, self.f, self.tv, self.sv, k, cls, width, self.font, size)

    def block(self, td, width, cap_text, body=None, header=True, offset=0, cont="", note=True):
        s = td.cls["set2"]
        if s == "small_then_text":
            note = False
        parts, label = super().block(td, width - (12 if s == "boxed" else 0), cap_text, body, header, offset, cont, note)
        if s == "boxed":  # caption, table and notes in one tinted, framed box
            fill = colors.Color(*self.r.choice(self.sv["box_colours"]))
            edge = colors.Color(*self.r.choice(self.sv["box_edges"]))
            box = Table([[p] for p in parts], colWidths=[width], hAlign="LEFT")
            box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), fill), ("BOX", (0, 0), (-1, -1), 0.8, edge),
                                     ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                                     ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
            parts = [box]
        return parts, label

    def caption_left(self, c, cls: dict, flow: list) -> None:
        """The caption in a narrow column at the table's left, their tops level; text over and under both."""
        r = self.r
        page = Page(self.pagesize, 1)
        size = max(6.5, self.body_size - 1.5)
        cap_w = page.text_w * r.uniform(0.22, 0.3)
        width = page.text_w - cap_w - 12
        td = self.new_draw(1, cls, width, size)
        cap_text = " ".join(self.f.sentence() for _ in range(2)) + "."
        cap, _ = td.caption(cap_text, max(self.body_size - 1, 7.5), self.font)
        tbl = td.flowable()
        note = self.r.choice(self.tv["footnotes"])
        self.footnotes.append(note)
        foot = Paragraph(f"<super>a</super>{esc(note)}", ParagraphStyle("tn", fontName=self.font[0], fontSize=td.size - 0.5, leading=td.size + 1))
        h = max(self.height(cap, cap_w), self.height([tbl, foot], width))
        avail = page.top - page.bottom
        above = r.uniform(0.1, 0.5) * max(0.0, avail - h)
        self.furniture(c, page, 1)
        self.fill_frames(c, [(page.m, page.top - above + 8, page.text_w, above - 18)], flow)  # clear of the table's top rule
        y1 = self.draw_parts(c, cap, page.m, page.top - above, cap_w)
        y2 = self.draw_parts(c, [tbl, foot], page.m + cap_w + 12, page.top - above, width)
        self.fill_frames(c, [(page.m, page.bottom, page.text_w, min(y1, y2) - 10 - page.bottom)], flow)
        c.showPage()
        self.tables.append(td.gold(cap_text, 1, False))

    def long_two_column(self, c, cls: dict, flow: list) -> None:
        """A long full-width table at the foot of a two-column page, continued at the next one's top under
        ``Table N (continued)`` (header repeated or not), two-column text over and under it."""
        r = self.r
        page = Page(self.pagesize, 2)
        size = max(6.5, self.body_size - 1.5)
        td = self.new_draw(1, cls, page.text_w, size)
        cap_text = " ".join(self.f.sentence() for _ in range(r.choice([1, 2]))) + "."
        avail = page.top - page.bottom
        share = r.uniform(0.55, 0.8)
        cut = len(td.body) - 2
        while cut > 4:
            part1, _ = self.block(td, page.text_w, cap_text, td.body[:cut], note=False)
            if self.height(part1, page.text_w) <= share * avail:
                break
            cut -= 1
        while True:
            part2, _ = self.block(td, page.text_w, cap_text, td.body[cut:], header=cls["repeat"], offset=cut, cont="caption")
            if self.height(part2, page.text_w) <= 0.8 * avail or len(td.body) - cut <= 3:
                break
            td.body.pop()
        self.footnotes = self.footnotes[-1:]  # the notes of the part drawn last
        h1 = self.height(part1, page.text_w)
        xs = [page.m, page.m + page.col_w + page.gutter]
        self.furniture(c, page, 1)
        above = avail - h1 - 10
        self.fill_frames(c, [(x, page.top - above, page.col_w, above - 10) for x in xs], flow)
        self.draw_parts(c, part1, page.m, page.top - above, page.text_w)
        c.showPage()
        self.furniture(c, page, 2)
        y = self.draw_parts(c, part2, page.m, page.top, page.text_w)
        self.fill_frames(c, [(x, page.bottom, page.col_w, y - 12 - page.bottom) for x in xs], flow)
        c.showPage()
        self.tables.append(td.gold(cap_text, 1, False))

    def build(self, path: Path) -> dict:
        c = rl_canvas.Canvas(str(path), pagesize=self.pagesize, invariant=1)
        c.setTitle(f"Synthetic table document {self.n} (set 2)")
        cls = draw_set2_classes(self.r, self.n)
        flow = self.paras(60)
        if cls["set2"] == "caption_left":
            self.caption_left(c, cls, flow)
        elif cls["set2"] == "long_two_column":
            self.long_two_column(c, cls, flow)
        else:
            self.table_gap = cls.get("gap", 10)
            self.one_table(c, 1, cls, 1, flow)
        page = Page(self.pagesize, 1)  # a page of running text after: the running header recurs
        self.furniture(c, page, 3)
        self.fill_frames(c, [(page.m, page.bottom, page.text_w, page.top - page.bottom)], flow or self.paras(8))
        c.showPage()
        c.save()
        return {"file": path.name, "folder": "synthetic_tables_set2", "publisher": "synthetic", "split": "test" if self.n % 3 == 0 else "tune",
                "tables": self.tables, "table_footnotes": self.footnotes}
