"""Small text helpers shared by the synthetic PDF generator's modules (make_synthetic_pdfs, synthetic_family5)."""

from __future__ import annotations

import html


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def first_words(text: str, n: int = 6) -> str:
    return " ".join(text.split()[:n])


def last_words(text: str, n: int = 6) -> str:
    return " ".join(text.split()[-n:])
