"""Grid tables whose rows are not ruled (issue 10, session 12, pdftab12).

A frame round the table, rules between the columns and one under the header, none between the rows: the
table finder makes every column's body one tall cell, so the whole body was one row with each cell's values
run together (``12.4 30.8 15.1``). ``stacked_rows`` tells such a table by a body cell of two or more lines
that are each a value, beside another cell of as many lines; the caller reads the box again row by row (white
space and baselines, as an unruled table). Thresholds: ``open_grid`` in ``models/ingest/pdf_tables.json``.
"""

from __future__ import annotations

import json
import re

from pipeline.resources import model_path

_S = json.loads(model_path("ingest", "pdf_tables.json").read_text(encoding="utf-8"))["open_grid"]
VALUE = re.compile(_S["value_line"])  # one line of a value cell (``12.4``, ``0.31 ± 0.02``, ``<0.001``)
MIN_LINES = _S["min_lines"]  # value lines stacked in one cell that make it rows run together
BASELINE = _S["baseline"]  # font sizes two words' bottoms may differ by on one line


def _lines(words: list) -> list[str]:
    """A cell's words as lines of text, top to bottom."""
    out: list[tuple[float, list]] = []
    for w in sorted(words, key=lambda w: (w.bottom, w.x0)):
        if out and abs(w.bottom - out[-1][0]) <= BASELINE * w.size:
            out[-1][1].append(w)
        else:
            out.append((w.bottom, [w]))
    return [" ".join(x.text for x in sorted(ws, key=lambda x: x.x0)) for _, ws in out]


def stacked_rows(rows_of_cell_words: list[list[list]]) -> bool:
    """A finder row past the first holds a cell of ``MIN_LINES`` or more value lines beside another cell of as
    many lines: its rows were not parted by rules."""
    for row in rows_of_cell_words[1:]:
        lines = [_lines(ws) for ws in row]
        for j, cell in enumerate(lines):
            if len(cell) < MIN_LINES or not all(VALUE.match(t) for t in cell):
                continue
            if any(len(other) >= len(cell) for k, other in enumerate(lines) if k != j):
                return True
    return False
