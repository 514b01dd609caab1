"""Set 3 of the synthetic table pages (session 13, pdftab13): table classes sets 1-2 do not draw.

``python scripts/make_synthetic_tables.py OUT_DIR -n 48 --seed S --set 3`` writes documents of this set; the gold
is in set 1's schema (``annotations/pdf/README.md`` plus ``classes`` and ``cells``), scored by
``benchmarks/pdf_synthetic_tables.py``. Checked against what sets 1-2 draw (set 1: one wrapped text column, values
centred on a wrapped label, two-row spanning headers with group rules, italic group rows, one indent level under
label-only categories, raised marks on values, a ``(continued)`` part; set 2: 2-4 wrapped text columns set top,
stacked three-row headers, two indent levels under label-only categories), set 3 draws, one class per document in
turn (8 classes, a count prime to 3, so each class falls in both splits; document ``n % 3 == 0`` is TEST):

- ``wrap_valign``: two or three text columns wrapped 2-3 lines, some set top and some centred on the row, the value
  columns centred (neighbours top- and middle-aligned in one row);
- ``two_level_groups``: group labels spanning two or three sub-columns, centred, no rule under them; the columns
  outside a group headed once over both header rows (centred or set low);
- ``spanning_row_groups``: row-group label rows spanning the table (``Cell lines``, ``Xenografts``), centred, bold
  or italic, some with a thin rule or tint over them;
- ``indent_values``: an unruled table whose parent rows carry values and whose sub-rows are set in one em under them;
- ``pm_marks_last``: the last column ``12.3 ± 1.1`` with a footnote letter, raised or on the baseline;
- ``continued_header``: a table continued on the next page under ``Table N (continued)`` (one of several
  spellings), its header (one or two rows) repeated;
- ``narrow_in_column``: a narrow two- or three-column table inside one column of a two-column page;
- ``blank_column``: a headed column whose cells are all blank.

Its own random stream (``tables-set3-{seed}-{n}``): sets 1-2 stay byte-identical. Vocabulary:
``models/synthetic/tables_set3.json`` (hand-written). Hand-written on reportlab because no library draws journal
table pages with gold.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Paragraph

from make_synthetic_pdfs import Filler, esc
from make_synthetic_tables import ROOT, Page, TableDoc, TableDraw, _fill

SET3_VOCAB = ROOT / "models" / "synthetic" / "tables_set3.json"
SET3_CLASSES = [
    "wrap_valign", "two_level_groups", "spanning_row_groups", "indent_values", "pm_marks_last", "continued_header",
    "narrow_in_column", "blank_column",
]  # 8 classes: a count prime to 3


def load_set3() -> dict:
    return json.loads(SET3_VOCAB.read_text(encoding="utf-8"))


class Set3TableDraw(TableDraw):
    """A table of one set-3 class (``cls["set3"]``)."""

    def __init__(self, r, f, tv, v: dict, k, cls, width, font, size):
        self.v = v
        self.text_cols: set[int] = set()
        self.middle_cols: set[int] = set()  # columns set centred on the row's height
        self.indent: set[int] = set()  # body rows set in one em
        self.lone: set[int] = set()  # columns outside a header group: headed once over both header rows
        self.raised: set[tuple[int, int]] = set()
        self._offset = 0
        super().__init__(r, f, tv, k, cls, width, font, size)

    def distinct(self, heads: list[str]) -> list[str]:
        for i in range(len(heads)):
            while heads[i] in heads[:i]:
                heads[i] += f" {i}"
        return heads

    def make(self) -> None:
        s, r, v = self.cls["set3"], self.r, self.v
        first = r.choice(self.tv["first_headers"])
        if s == "wrap_valign":
            nt = r.randint(2, 3)
            nv = r.randint(1, 2)
            self.header = [self.distinct([first] + r.sample(v["wrap_heads"], nt) + r.sample(v["value_heads"], nv))]
            self.text_cols = set(range(1, nt + 1))
            self.middle_cols = {j for j in self.text_cols if r.random() < 0.5} | set(range(nt + 1, nt + nv + 1))
            if r.random() < 0.5:
                self.middle_cols.add(0)
            for lab in self.labels(r.randint(3, 6)):
                self.body.append([lab] + [_fill(self.f, r.choice(v["wrap_texts"])) for _ in range(nt)]
                                 + [self.value(r.choice(["dec", "int", "pm"])) for _ in range(nv)])
            return
        if s == "two_level_groups":
            top, sub, kinds = [""], [first], []
            ngroups = r.randint(1, 2)
            labels = r.sample(v["group_labels"], ngroups)
            for g in range(ngroups):
                if r.random() < 0.5:  # a column outside the groups between them
                    self.lone.add(len(sub))
                    top.append("")
                    sub.append(r.choice(v["lone_heads"]))
                    kinds.append("p" if sub[-1] == "P value" else "int")
                subs = r.choice(v["group_subs"])
                self.spans.append((len(sub), len(sub) + len(subs) - 1))
                top += [_fill(self.f, labels[g])] + [""] * (len(subs) - 1)
                sub += list(subs)
                kinds += ["p" if h == "P" else "int" if h == "n" else "range" if h in ("95% CI", "Range") else "dec" for h in subs]
            if r.random() < 0.5:
                self.lone.add(len(sub))
                top.append("")
                sub.append(r.choice(v["lone_heads"]))
                kinds.append("p" if sub[-1] == "P value" else "int")
            self.header = [top, self.distinct(sub)]
            self.lone.add(0)
            for lab in self.labels(r.randint(4, 8)):
                self.body.append([lab] + [self.value(k) for k in kinds])
            return
        if s == "spanning_row_groups":
            nv = r.randint(2, 4)
            kinds = [r.choice(["pm", "dec", "int", "p"]) for _ in range(nv)]
            self.header = [self.distinct([first] + [self.head_of(k) for k in kinds])]
            for g in r.sample(v["row_groups"], r.randint(2, 3)):
                self.body.append([g] + [""] * nv)
                seen: list[str] = []
                for _ in range(r.randint(2, 4)):
                    lab = _fill(self.f, r.choice(v["group_members"]))
                    while lab in seen:
                        lab += " II"
                    seen.append(lab)
                    self.body.append([lab] + [self.value(k) for k in kinds])
            return
        if s == "indent_values":
            heads = r.sample(["All patients", "Responders", "Non-responders", "HR", "P"], r.randint(2, 4))
            kinds = ["p" if h == "P" else "dec" if h == "HR" else "pct" for h in heads]
            self.header = [["Characteristic"] + heads]
            for parent, subs in r.sample(v["parents"], r.randint(2, 4)):
                self.body.append([_fill(self.f, parent)] + [self.value(k) for k in kinds])  # the parent carries values
                for sub in subs:
                    self.indent.add(len(self.body))
                    self.body.append([sub] + [self.value(k) for k in kinds])
            return
        if s == "pm_marks_last":
            nv = r.randint(1, 3)
            kinds = [r.choice(["dec", "int", "pm"]) for _ in range(nv)]
            self.header = [self.distinct([first] + [self.head_of(k) for k in kinds] + [r.choice(v["pm_heads"])])]
            raised = self.cls.get("raised", True)
            for i, lab in enumerate(self.labels(r.randint(4, 9))):
                last = self.value("pm")
                if r.random() < 0.7:
                    last += r.choice(v["mark_letters"])
                    if raised:
                        self.raised.add((i, nv + 1))
                self.body.append([lab] + [self.value(k) for k in kinds] + [last])
            return
        if s == "narrow_in_column":
            heads = list(r.choice(v["narrow_heads"]))
            self.header = [heads]
            kinds = ["int" if h in ("n", "Dose") else "dec" for h in heads[1:]]
            for lab in self.labels(r.randint(4, 9)):
                self.body.append([lab] + [self.value(k) for k in kinds])
            return
        if s == "blank_column":
            nv = r.randint(2, 4)
            kinds = self.kinds(nv)
            heads = [self.head_of(k) for k in kinds]
            at = r.randint(1, nv) if self.cls.get("blank_inside") else nv
            heads.insert(at, r.choice(v["blank_heads"]))
            self.header = [self.distinct([first] + heads)]
            for lab in self.labels(r.randint(4, 8)):
                vals = [self.value(k) for k in kinds]
                vals.insert(at, "")
                self.body.append([lab] + vals)
            return
        super().make()  # continued_header: the base table (one or two header rows), long

    # -- drawing
    def flowable(self, body=None, header=True, offset=0):
        self._offset = offset
        if self.cls["set3"] == "pm_marks_last":
            self.marked = set(self.raised)  # (body row, column) of the raised letters
        if self.cls["set3"] != "two_level_groups" or not header:
            return super().flowable(body, header, offset)
        gold = self.header  # the columns outside a group: their head drawn in the top row, spanning both
        top, sub = list(gold[0]), list(gold[1])
        for j in self.lone:
            top[j], sub[j] = sub[j], ""
        self.header = [top, sub]
        try:
            return super().flowable(body, header, offset)
        finally:
            self.header = gold

    def head_cell(self, text: str, style: ParagraphStyle):
        if self.cls["set3"] == "two_level_groups" and text in self.header[0] and text not in self.header[1]:
            style = ParagraphStyle("head_centre", parent=style, alignment=TA_CENTER)  # a group label centred on its columns
        return Paragraph(esc(text), style)

    def group_cell(self, text: str, style: ParagraphStyle):
        look = self.cls.get("group_look", "italic")
        if look == "centred":
            return Paragraph(esc(text), ParagraphStyle("grp_c", parent=style, alignment=TA_CENTER))
        if look == "bold":
            return Paragraph(f"<b>{esc(text)}</b>", style)
        return super().group_cell(text, style)

    def column_style(self, style: ParagraphStyle, j: int) -> ParagraphStyle:
        if j > 0 and j not in self.text_cols and self.cls.get("align") == "right":
            return ParagraphStyle(f"right{j}", parent=style, alignment=TA_RIGHT)
        if j > 0 and j not in self.text_cols and self.cls.get("align") == "centre":
            return ParagraphStyle(f"centre{j}", parent=style, alignment=TA_CENTER)
        return style

    group_rules = False  # set 3's group labels have no rule under them

    def extra_styles(self, nh: int, body: list[list[str]]) -> list:
        s, ts = self.cls["set3"], []
        if s == "wrap_valign":
            ts += [("VALIGN", (j, nh), (j, -1), "MIDDLE") for j in sorted(self.middle_cols)]
            if self.cls.get("tight"):
                ts += [("TOPPADDING", (0, 0), (-1, -1), 0.4), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.8)]
        if s == "two_level_groups" and nh == 2:
            for j in sorted(self.lone):
                ts.append(("SPAN", (j, 0), (j, 1)))
                ts.append(("VALIGN", (j, 0), (j, 1), self.cls.get("lone_valign", "MIDDLE")))
        if s == "spanning_row_groups":
            for i, row in enumerate(body):
                if row[0] and not any(row[1:]) and i > 0:
                    if self.cls.get("group_rule"):
                        ts.append(("LINEABOVE", (0, nh + i), (-1, nh + i), 0.3, colors.black))
                    elif self.cls.get("group_tint"):
                        ts.append(("BACKGROUND", (0, nh + i), (-1, nh + i), colors.Color(0.9, 0.9, 0.9)))
        if s == "indent_values":
            for i in range(len(body)):
                if self._offset + i in self.indent:
                    ts.append(("LEFTPADDING", (0, nh + i), (0, nh + i), self.pad + self.size))
        return ts

    def widths(self, st: ParagraphStyle, hst: ParagraphStyle) -> list[float]:
        s = self.cls["set3"]
        w = super().widths(st, hst)
        if s == "wrap_valign":  # every text column too narrow for its text: 2-3 lines
            for j in self.text_cols:
                w[j] = min(w[j], self.r.uniform(60, 90) + 2 * self.pad)
            w[0] = min(w[0], 80 + 2 * self.pad)
        if s == "two_level_groups":  # a lone column as wide as its head or values
            for j in self.lone - {0}:
                body = max(pdfmetrics.stringWidth(row[j], self.font, self.size) for row in self.body)
                head = pdfmetrics.stringWidth(self.header[-1][j], self.bold, self.size)
                w[j] = max(body, head) + 2 * self.pad + 2
        return w


def draw_set3_classes(r: random.Random, n: int) -> dict:
    """Document n's class: the set-3 classes in turn, the other axes drawn."""
    s = SET3_CLASSES[(n - 1) % len(SET3_CLASSES)]
    c = {"set3": s, "ruling": r.choice(["booktabs", "header_rule", "none"]), "content": r.choice(["pm", "ranges_p", "minus_decimal"]),
         "header": "one", "groups": "none", "wrap": "off", "place": r.choice(["one_column", "one_column", "full_width"]),
         "label_style": r.choice(["Table N.", "Table N:", "Table N |", "TABLE N"]), "caption": "above",
         "align": r.choice(["left", "right", "centre"])}
    if s == "wrap_valign":
        c.update(tight=r.random() < 0.5, ruling=r.choice(["booktabs", "header_rule", "horizontal", "none"]), align="left")
    elif s == "two_level_groups":
        c.update(ruling=r.choice(["booktabs", "header_rule", "horizontal"]), lone_valign=r.choice(["MIDDLE", "BOTTOM"]))
    elif s == "spanning_row_groups":
        c.update(groups="row_groups", group_look=r.choice(["centred", "bold", "italic"]), group_rule=r.random() < 0.35,
                 group_tint=r.random() < 0.3, ruling=r.choice(["booktabs", "header_rule", "none"]))
    elif s == "indent_values":
        c.update(ruling="none", align=r.choice(["left", "right"]))
    elif s == "pm_marks_last":
        c.update(raised=r.random() < 0.6, content="pm")
    elif s == "continued_header":
        c.update(place="two_page_repeat", header=r.choice(["one", "spanning"]), label_style=r.choice(["Table N.", "Table N:", "Table N |"]),
                 cont_style=r.randrange(5), align="left")
    elif s == "narrow_in_column":
        c.update(place="in_column", share=round(r.uniform(0.45, 0.7), 2))
    elif s == "blank_column":
        c.update(blank_inside=r.random() < 0.5, ruling=r.choice(["booktabs", "header_rule", "none", "grid"]), content="pm")
    return c


class Set3TableDoc(TableDoc):
    """A document of set 3: one table of one set-3 class in running text, and a page of running text after."""

    def __init__(self, n: int, seed: int, vocab: dict, tv: dict, v: dict):
        super().__init__(n, seed, vocab, tv)
        self.r = random.Random(f"tables-set3-{seed}-{n}")  # its own stream: sets 1-2 stay as they were
        self.f = Filler(self.r, vocab, hyphenate=False, ligatures=False)
        self.font = self.r.choice([("Times-Roman", "Times-Bold"), ("Helvetica", "Helvetica-Bold")])
        self.body_size = self.r.choice([9.0, 9.5, 10.0])
        self.pagesize = self.r.choice([A4, LETTER])
        self.v = v
        self.cls: dict = {}

    def new_draw(self, k: int, cls: dict, width: float, size: float) -> TableDraw:
        if cls["set3"] == "narrow_in_column":
            width *= cls["share"]
        return Set3TableDraw(self.r, self.f, self.tv, self.v, k, cls, width, self.font, size)

    def continued_caption(self, label: str) -> str:
        form = self.v["continued_captions"][self.cls.get("cont_style", 0)]
        return esc(form.replace("{label}", label)).replace(esc(label), f"<b>{esc(label)}</b>", 1)

    def build(self, path: Path) -> dict:
        c = rl_canvas.Canvas(str(path), pagesize=self.pagesize, invariant=1)
        c.setTitle(f"Synthetic table document {self.n} (set 3)")
        self.cls = cls = draw_set3_classes(self.r, self.n)
        flow = self.paras(60)
        k = self.r.choice([1, 2, 3]) if cls["set3"] == "continued_header" else 1
        self.one_table(c, k, cls, 1, flow)
        page = Page(self.pagesize, 1)  # a page of running text after: the running header recurs
        self.furniture(c, page, 3)
        self.fill_frames(c, [(page.m, page.bottom, page.text_w, page.top - page.bottom)], flow or self.paras(8))
        c.showPage()
        c.save()
        return {"file": path.name, "folder": "synthetic_tables_set3", "publisher": "synthetic", "split": "test" if self.n % 3 == 0 else "tune",
                "tables": self.tables, "table_footnotes": self.footnotes}

