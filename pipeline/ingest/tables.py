"""Tables and captions in a text flow: tab-separated rows and ``TABLE N`` / ``FIGURE N`` captions.

A table is a run of tab-separated lines wherever it sits in the flow; its
caption may come before it, on the line of its header (text saved from HTML:
``TABLE 1 | Caption.<TAB>Target<TAB>...``), or elsewhere in the paper.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.document import Table

_CAPTION = re.compile(
    r"^(?:\[image:[^\]]*\]\s*)?(?P<kind>TABLE|Table|FIGURE|Figure|FIG\.?|Fig\.?)\s+(?P<num>[0-9]+[A-Za-z]?|[IVX]+)"
    r"(?P<sep>\s*[|.:]\s*|\s+(?=[A-Z]))(?P<caption>.*)$",
    re.DOTALL,
)


@dataclass
class Caption:
    kind: str  # "Table" | "Figure"
    label: str  # "Table 1"
    text: str
    header: list[str] = field(default_factory=list)  # header cells printed on the caption line


def match_caption(text: str) -> Caption | None:
    """A caption block: ``TABLE 1 Title.``, ``Figure 2. Title``, ``FIGURE 1 | Title``."""
    match = _CAPTION.match(text.strip())
    if not match:
        return None
    kind = "Table" if match.group("kind").lower().startswith("tab") else "Figure"
    # "Figure 1 shows ..." in prose has no separator and a lower-case word next: rejected by the regex.
    caption, *cells = match.group("caption").split("\t")
    return Caption(kind, f"{kind} {match.group('num')}", caption.strip(), [c.strip() for c in cells if c.strip()])


def is_table_row(text: str) -> bool:
    return "\t" in text.strip("\n") and len([c for c in text.split("\t") if c.strip()]) >= 2


def row_cells(text: str) -> list[str]:
    """Cells of a tab-separated line; a leading tab (an empty row-header cell in HTML exports) is dropped."""
    cells = text.rstrip("\n").split("\t")
    if cells and not cells[0].strip():
        cells = cells[1:]
    return [re.sub(r"\s+", " ", c).strip() for c in cells]


def rows_to_table(rows: list[list[str]], caption: Caption | None, section: str, label: str) -> Table:
    """Header row first; every data row padded or folded to the header's width."""
    header, *body = rows
    width = len(header)
    fixed: list[list[str]] = []
    for row in body:
        if len(row) < width:
            row = row + [""] * (width - len(row))
        elif len(row) > width:
            row = row[: width - 1] + [" ".join(row[width - 1 :])]
        fixed.append(row)
    return Table(
        label=caption.label if caption else label,
        caption=caption.text if caption else "",
        columns=header,
        rows=fixed,
        section=section,
    )
