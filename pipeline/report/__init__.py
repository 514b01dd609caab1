"""The curator's report: a static, self-contained HTML site built from a dataset folder.

``build_report(out_dir, dest)`` reads ``OUT_DIR/dataset/*.parquet`` and writes
``index.html`` (overview), ``pairs.html`` (cross-paper pairs and conflicts) and
``papers/<doc id>.html`` (one per paper). No server, no network, no external
asset: styles, the chart (inline SVG) and the few lines of sorting/filtering
JavaScript are inside each page, so it opens from a ``file://`` URL.
"""

from pipeline.report.render import ReportSummary, build_report

__all__ = ["ReportSummary", "build_report"]
