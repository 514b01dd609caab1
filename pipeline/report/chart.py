"""A horizontal bar chart as inline SVG markup (no plotting library, no external asset).

Hand-rolled because the chart is a handful of rectangles: matplotlib would add a
heavy dependency and a font cache for that. Labels are XML-escaped here, since
the markup is inserted into the page as is.
"""

from __future__ import annotations

from html import escape


def bar_chart(items: list[tuple[str, int]], width: int = 480, bar: int = 22, label_width: int = 170) -> str:
    """``[(label, value)]`` -> an ``<svg>`` element with one labelled bar per item."""
    top = max([v for _, v in items] + [1])
    height = bar * len(items) + 10
    scale = (width - label_width - 50) / top
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" class="chart" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}"><title>records by effect</title>'
    ]
    for i, (label, value) in enumerate(items):
        y = 5 + i * bar
        w = max(1, round(value * scale)) if value else 0
        parts.append(
            f'<text x="{label_width - 6}" y="{y + bar * 0.65:.1f}" text-anchor="end" font-size="12">{escape(label)}</text>'
            f'<rect class="bar" x="{label_width}" y="{y + 3}" width="{w}" height="{bar - 6}" fill="#3d6fb6"/>'
            f'<text x="{label_width + w + 4}" y="{y + bar * 0.65:.1f}" font-size="12">{value}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)
