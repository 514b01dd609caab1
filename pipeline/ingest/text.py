"""Text reader: a ``.txt`` / ``.md`` rendition of a paper -> blocks.

Two layouts occur: one paragraph per line (text saved from HTML, or from a PDF
by tools that unwrap lines), and hard-wrapped paragraphs separated by blank
lines. A chunk between blank lines whose lines are short is treated as
wrapped and joined; otherwise every line is its own block. Lines holding tabs
(table rows), Markdown headings and bare numbered headings always stay apart.
An unlabelled abstract and an unheaded body are marked by ``text_front``.
"""

from __future__ import annotations

import re
import statistics

from pipeline.ingest.blocks import HEADING, TEXT, Block
from pipeline.ingest.repair import join_wrapped_lines
from pipeline.ingest.text_front import mark_front

#: A chunk whose median line is shorter than this is hard-wrapped prose.
WRAPPED_MEDIAN_CHARS = 120

_MARKDOWN_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_NUMBERED_HEADING_LINE = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z][^.]{0,150}$")


def _keeps_own_line(line: str) -> bool:
    return "\t" in line or bool(_MARKDOWN_HEADING.match(line)) or bool(_NUMBERED_HEADING_LINE.match(line.strip()))


def _line_to_block(line: str) -> Block:
    md = _MARKDOWN_HEADING.match(line.strip())
    if md:
        return Block(HEADING, md.group(2), level=len(md.group(1)))
    # Keep tabs (table cells) and leading tab; strip only trailing whitespace.
    return Block(TEXT, line.rstrip())


def text_to_blocks(text: str) -> list[Block]:
    """Split a text rendition into blocks in reading order."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks: list[Block] = []
    for chunk in re.split(r"\n[ \t]*\n", text):
        lines = [ln for ln in chunk.split("\n") if ln.strip()]
        if not lines:
            continue
        lengths = [len(ln) for ln in lines if not _keeps_own_line(ln)]
        wrapped = len(lengths) >= 2 and statistics.median(lengths) < WRAPPED_MEDIAN_CHARS
        if not wrapped:
            blocks.extend(_line_to_block(ln) for ln in lines)
            continue
        run: list[str] = []
        for line in lines:
            if _keeps_own_line(line):
                if run:
                    blocks.append(Block(TEXT, join_wrapped_lines(run)))
                    run = []
                blocks.append(_line_to_block(line))
            else:
                run.append(line)
        if run:
            blocks.append(Block(TEXT, join_wrapped_lines(run)))
    return mark_front(blocks)
