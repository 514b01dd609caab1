"""Shared test fixtures: paths anchored on this file, and the optional ../shared folder."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
ANNOTATIONS = ROOT / "annotations"
SHARED = ROOT.parent / "shared"

REVIEW_PDF_TEXT = CORPUS / "yan2025_oncolrev_pdf-extracted.txt"
REVIEW_HTML_TEXT = CORPUS / "yan2025_oncolrev_html-extracted.txt"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` beside the checkout; tests that need it skip cleanly without it."""
    if not SHARED.is_dir():
        pytest.skip("../shared is absent (fresh clone without the shared data)")
    return SHARED


@pytest.fixture(scope="session")
def nlp():
    """The shared NER pipeline (``load_nlp`` caches it per process, so every test file gets the same one)."""
    from pipeline.ner import load_nlp

    return load_nlp()
