"""``<table-wrap>`` and ``<fig>`` -> :class:`Table` and :class:`Figure`, with the xrefs of their text.

A table's header is its ``<thead>`` rows (or, without one, the leading rows
made only of ``<th>`` cells); every other ``<tr>`` is a data row. ``colspan``
and ``rowspan`` are expanded by copying the cell's text into every grid
position it covers (spans are capped, so a hostile ``colspan="1000000"``
cannot exhaust memory); a column's name joins the distinct header texts
above it. The caption is the ``<caption>`` (title and paragraphs); the notes of
``<table-wrap-foot>`` are the table's ``footnotes``. A table given only as an
image keeps its label and caption with no rows.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from pipeline.document import Figure, Table
from pipeline.ingest.jats.inline import FlatText, XrefSpan, flatten, text_of
from pipeline.ingest.jats.parse import local_name

MAX_SPAN = 200  # largest colspan / rowspan honoured


@dataclass
class Located:
    """Xrefs found in a float: (row, column, paragraph) says where; offsets are into that text."""

    row: int
    column: int
    paragraph: int
    spans: list[XrefSpan]


@dataclass
class FloatResult:
    tables: list[Table] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    xrefs: list[tuple[Table | Figure, Located]] = field(default_factory=list)  # (the table or figure, where)


def _children(element: ET.Element, *names: str) -> list[ET.Element]:
    return [c for c in element if local_name(c.tag) in names]


def _span(cell: ET.Element, name: str) -> int:
    try:
        return max(1, min(MAX_SPAN, int((cell.get(name) or "1").strip())))
    except ValueError:
        return 1


def _rows_of(table: ET.Element) -> tuple[list[ET.Element], int]:
    """The ``<tr>`` of one ``<table>`` in order, and how many of them are header rows."""
    rows: list[ET.Element] = []
    header = 0
    for part in table:
        name = local_name(part.tag)
        if name == "thead":
            trs = _children(part, "tr")
            if len(rows) == header:
                header += len(trs)
            rows.extend(trs)
        elif name in ("tbody", "tfoot"):
            rows.extend(_children(part, "tr"))
        elif name == "tr":
            rows.append(part)
    if header == 0:
        for tr in rows:
            cells = _children(tr, "td", "th")
            if cells and all(local_name(c.tag) == "th" for c in cells):
                header += 1
            else:
                break
    return rows, header


@dataclass
class _Cell:
    flat: FlatText
    origin: bool  # the grid position where the XML cell starts (its xrefs are counted there only)


def _grid(rows: list[ET.Element]) -> list[list[_Cell]]:
    grid: list[list[_Cell]] = []
    pending: dict[int, tuple[int, FlatText]] = {}  # column -> (rows still covered, text)
    empty = FlatText("")
    for tr in rows:
        row: list[_Cell] = []
        col = 0
        cells = iter(_children(tr, "td", "th"))
        while True:
            if col in pending:
                left, flat = pending[col]
                row.append(_Cell(flat, False))
                if left > 1:
                    pending[col] = (left - 1, flat)
                else:
                    del pending[col]
                col += 1
                continue
            cell = next(cells, None)
            if cell is None:
                if any(c > col for c in pending):
                    row.append(_Cell(empty, False))
                    col += 1
                    continue
                break
            flat = flatten(cell)
            rowspan = _span(cell, "rowspan")
            for k in range(_span(cell, "colspan")):
                row.append(_Cell(flat, k == 0))
                if rowspan > 1:
                    pending[col] = (rowspan - 1, flat)
                col += 1
        grid.append(row)
    return grid


def _caption(element: ET.Element) -> FlatText:
    caption = next((c for c in element if local_name(c.tag) == "caption"), None)
    return flatten(caption)


def _label(element: ET.Element, default: str) -> str:
    label = text_of(next((c for c in element if local_name(c.tag) == "label"), None)).rstrip(".: ")
    return label or default


def wrap_to_table(wrap: ET.Element, position: int, section: str) -> tuple[Table, list[Located]]:
    label = _label(wrap, f"Table {position}")
    caption = _caption(wrap)
    located = [Located(-1, -1, -1, caption.xrefs)] if caption.xrefs else []
    tables = [t for t in wrap.iter() if local_name(t.tag) == "table"]
    columns: list[str] = []
    data: list[list[_Cell]] = []
    for k, table in enumerate(tables):
        rows, header = _rows_of(table)
        grid = _grid(rows)
        if k == 0 and header:
            width = max(len(r) for r in grid[:header])
            for j in range(width):
                names: list[str] = []
                for r in grid[:header]:
                    text = r[j].flat.text if j < len(r) else ""
                    if text and (not names or names[-1] != text):
                        names.append(text)
                columns.append(" ".join(names))
        data.extend(grid[header:])
    width = max([len(columns)] + [len(r) for r in data]) if (columns or data) else 0
    if columns:
        columns += [""] * (width - len(columns))
    rows_text = []
    for r_index, row in enumerate(data):
        rows_text.append([c.flat.text for c in row] + [""] * (width - len(row)))
        for c_index, cell in enumerate(row):
            if cell.origin and cell.flat.xrefs:
                located.append(Located(r_index, c_index, -1, cell.flat.xrefs))
    footnotes = []
    for foot in (c for c in wrap if local_name(c.tag) == "table-wrap-foot"):
        notes = [c for c in foot if local_name(c.tag) in ("fn", "p", "fn-group")]
        expanded = []
        for note in notes:
            expanded.extend(_children(note, "fn") if local_name(note.tag) == "fn-group" else [note])
        for note in expanded:
            flat = flatten(note)
            if flat.text:
                footnotes.append(flat.text)
                if flat.xrefs:
                    located.append(Located(-1, -1, len(footnotes) - 1, flat.xrefs))
    table = Table(label=label, caption=caption.text, columns=columns, rows=rows_text, section=section, footnotes=footnotes)
    return table, located


def fig_to_figure(fig: ET.Element, position: int, section: str) -> tuple[Figure, list[Located]]:
    caption = _caption(fig)
    figure = Figure(label=_label(fig, f"Figure {position}"), caption=caption.text, section=section)
    return figure, ([Located(-1, -1, -1, caption.xrefs)] if caption.xrefs else [])


def read_floats(floats: list[tuple[ET.Element, str]]) -> FloatResult:
    out = FloatResult()
    for element, section in floats:
        if local_name(element.tag) == "table-wrap":
            table, located = wrap_to_table(element, len(out.tables) + 1, section)
            out.tables.append(table)
            out.xrefs.extend((table, where) for where in located)
        else:
            figure, located = fig_to_figure(element, len(out.figures) + 1, section)
            out.figures.append(figure)
            out.xrefs.extend((figure, where) for where in located)
    return out
