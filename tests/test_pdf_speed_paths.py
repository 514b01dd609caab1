"""Speed rewrites of the PDF reader's hot loops (issue 13) give what the per-object code they replace gave."""

from __future__ import annotations

import numpy as np

from pipeline.ingest.pdf.furniture import FIGURE_CELL, _object_grid


def _painted_one_by_one(objs, gw: int, gh: int):
    """The per-object grid painting ``drawing_boxes`` did before: int() cells, clamped ends, Python slices."""
    grid = np.zeros((gh, gw), dtype=bool)
    cells = []
    for x0, t, x1, b, _ in objs:
        c0, c1 = max(int(x0 / FIGURE_CELL), 0), min(int(x1 / FIGURE_CELL), gw - 1)
        r0, r1 = max(int(t / FIGURE_CELL), 0), min(int(b / FIGURE_CELL), gh - 1)
        cells.append((r0, c0))
        if (c1 - c0) * (r1 - r0) > 0.25 * gw * gh:
            continue
        grid[r0 : r1 + 1, c0 : c1 + 1] = True
    return grid, cells


def test_drawing_objects_painted_at_once_cover_the_cells_painted_one_by_one() -> None:
    # plot marks, bars, page-sized frames, boxes reaching off the page's top or left (negative ends:
    # slices counted from the grid's end) and inverted boxes, on pages of several sizes
    rng = np.random.default_rng(7)
    for _ in range(300):
        w, h = rng.uniform(60, 700), rng.uniform(60, 900)
        gw, gh = int(w / FIGURE_CELL) + 2, int(h / FIGURE_CELL) + 2
        n = int(rng.integers(1, 80))
        x0, t = rng.uniform(-150, w, n), rng.uniform(-150, h, n)
        x1 = x0 + rng.exponential(rng.choice([2.0, 20.0, 400.0]), n) * rng.choice([1, -1], n, p=[0.9, 0.1])
        b = t + rng.exponential(rng.choice([2.0, 20.0, 400.0]), n) * rng.choice([1, -1], n, p=[0.9, 0.1])
        objs = [(a, c, d, e, bool(m)) for a, c, d, e, m in zip(x0, t, x1, b, rng.integers(0, 2, n))
                if max(int(a / FIGURE_CELL), 0) < gw and max(int(c / FIGURE_CELL), 0) < gh]
        if not objs:
            continue
        grid, cells = _object_grid(np.array(objs, dtype=np.float64), gw, gh)
        ref_grid, ref_cells = _painted_one_by_one(objs, gw, gh)
        assert grid.shape == ref_grid.shape and (grid == ref_grid).all()
        assert list(zip(cells[0].tolist(), cells[1].tolist())) == ref_cells
