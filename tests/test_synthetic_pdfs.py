"""The synthetic PDF generator (scripts/make_synthetic_pdfs.py): deterministic, and its gold is what it drew."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pdfplumber

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from make_synthetic_pdfs import generate  # noqa: E402


def _squeeze(text: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", text).lower() if c.isalnum())


def _pages_in_reading_order(pdf: Path, layout: dict) -> list[str]:
    """Each page's text column by column, from the frames the generator drew (the gold's ``layout``)."""
    out = []
    with pdfplumber.open(pdf) as doc:
        for i, page in enumerate(doc.pages):
            parts = []
            top = layout["body_top"] - 2
            if i == 0 or (i == 1 and layout.get("float_bottom_page2")):  # page 1's title block, page 2's full-width float
                top = layout["front_bottom_page1"] if i == 0 else layout["float_bottom_page2"]
                parts.append(page.crop((0, 0, page.width, min(top, page.height))).extract_text() or "")
            for x0, x1 in layout["columns"]:
                if top < page.height:
                    parts.append(page.crop((x0 - 2, top, min(x1 + 2, page.width), page.height)).extract_text() or "")
            out.append(_squeeze(" ".join(parts)))
    return out


def test_same_seed_gives_same_pdf_bytes_and_gold(tmp_path):
    a = generate(tmp_path / "a", 1, seed=7)
    b = generate(tmp_path / "b", 1, seed=7)
    for pa, pb in zip(a, b):
        assert pa.read_bytes() == pb.read_bytes()
        assert pa.with_suffix(".json").read_text() == pb.with_suffix(".json").read_text()
    other = generate(tmp_path / "c", 1, seed=8)[0]
    assert other.read_bytes() != a[0].read_bytes()


def test_gold_matches_what_was_drawn(tmp_path):
    pdf = generate(tmp_path, 1, seed=3, first=3)[0]  # document 3: the test split
    gold = json.loads(pdf.with_suffix(".json").read_text())
    assert pdf.name == "synth_003.pdf" and gold["split"] == "test"
    pages = _pages_in_reading_order(pdf, gold["layout"])
    text = "".join(pages)
    assert _squeeze(gold["title"]) in pages[0]
    assert _squeeze(gold["abstract"]["first_words"]) in pages[0] or _squeeze(gold["abstract"]["first_words"]) in pages[1]
    assert _squeeze(gold["abstract"]["last_words"]) in text
    at = 0
    for h in gold["headings"]:  # every heading is printed, in the gold's order
        found = text.find(_squeeze(h["text"]), at)
        assert found >= 0, h
        at = found
    for t in gold["tables"]:  # each table's caption on the page the gold names
        assert _squeeze(t["caption_start"]) in pages[t["page"] - 1]
    for s in gold["references"]["samples"]:
        assert _squeeze(s["title_start"]) in text[at:]  # after the References heading
    assert gold["references"]["all_cited"]
    assert set(gold["classes"]) >= {"columns", "abstract", "headings", "references", "citations"}


def test_leak_check_matches_whole_words_below_twenty_letters():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from pdf_synthetic import _leaks

    assert _leaks(["Condition"], ["enhanced under hypoxic conditions"]) == 0
    assert _leaks(["Condition"], ["A B Condition 0 25 50"]) == 1
    # long strings are compared without spaces and hyphens: a line-end hyphen does not hide a leak
    assert _leaks(["Journal of Mitochondrial Oncology"], ["text Journal of Mito- chondrial Oncology 3"]) == 1


def test_benchmark_scores_one_generated_pdf(tmp_path):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from pdf_synthetic import MEASURES, score_one

    pdf = generate(tmp_path, 1, seed=0)[0]
    gold = json.loads(pdf.with_suffix(".json").read_text())
    row = score_one(pdf, gold)
    assert not row["error"]
    assert row["gold_refs"] == gold["references"]["count"] and row["gold_tables"] == len(gold["tables"])
    assert set(row["fails"]) <= set(MEASURES)
    assert len(row["table_rows"]) == len(gold["tables"])


def test_family_2_is_deterministic_its_own_stream_and_its_gold_is_printed(tmp_path):
    """``--family 2``: same seed, same bytes; not family 1's document; the gold names the family and its
    classes, and its title, abstract ends and headings are all printed."""
    from make_synthetic_pdfs import FAMILY2_AXES

    a = generate(tmp_path / "a", 2, seed=5, family=2)
    b = generate(tmp_path / "b", 2, seed=5, family=2)
    one = generate(tmp_path / "c", 1, seed=5)[0]
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]
    assert a[0].read_bytes() != one.read_bytes()
    for pdf in a:
        gold = json.loads(pdf.with_suffix(".json").read_text())
        assert gold["classes"]["family"] == "2"
        assert all(gold["classes"][axis] in values for axis, values in FAMILY2_AXES.items())
        with pdfplumber.open(pdf) as doc:
            text = _squeeze(" ".join(page.extract_text() or "" for page in doc.pages))
        for needle in [gold["title"], gold["abstract"]["first_words"], gold["abstract"]["last_words"]] + [h["text"] for h in gold["headings"]]:
            assert _squeeze(needle) in text, needle


def test_family_3_is_deterministic_its_own_stream_and_its_gold_is_printed(tmp_path):
    """``--family 3`` (Science/PNAS classes): same seed, same bytes; not family 1's or 2's document; the gold
    names its classes (the drawn front layout sets the columns), and its title, abstract ends and headings
    are all printed."""
    from make_synthetic_pdfs import FAMILY3_AXES

    a = generate(tmp_path / "a", 2, seed=5, family=3)
    b = generate(tmp_path / "b", 2, seed=5, family=3)
    two = generate(tmp_path / "c", 1, seed=5, family=2)[0]
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]
    assert a[0].read_bytes() != two.read_bytes()
    for pdf in a:
        gold = json.loads(pdf.with_suffix(".json").read_text())
        cls = gold["classes"]
        assert all(cls[axis] in values for axis, values in FAMILY3_AXES.items())
        assert cls["columns"] == ("three" if cls["front3"] == "science" else "two") and gold["abstract"]["label"] == ""
        with pdfplumber.open(pdf) as doc:  # words, not a string: pdfplumber's plain text interleaves the columns
            words = {_squeeze(w["text"]) for page in doc.pages for w in page.extract_words()}
        for needle in [gold["title"], gold["abstract"]["first_words"], gold["abstract"]["last_words"]] + [h["text"] for h in gold["headings"]]:
            assert all(_squeeze(w) in words or all(_squeeze(x) in words for x in w.split("-")) for w in needle.split() if len(w) > 3), needle


def test_family_4_is_deterministic_its_own_stream_and_its_gold_names_its_classes(tmp_path):
    """``--family 4`` (line-numbered preprints, bioRxiv furniture, small-caps / run-in / bare-number headings, the
    PLOS strip, cover sheets, seven abstract placements): same seed, same bytes; not family 2's document; the
    gold names classes drawn from ``FAMILY4_AXES`` (a PLOS strip goes with one text column), and its title and
    abstract ends are printed."""
    from make_synthetic_pdfs import FAMILY4_AXES

    a = generate(tmp_path / "a", 3, seed=5, family=4)
    b = generate(tmp_path / "b", 3, seed=5, family=4)
    two = generate(tmp_path / "c", 1, seed=5, family=2)[0]
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]
    assert a[0].read_bytes() != two.read_bytes()
    for pdf in a:
        gold = json.loads(pdf.with_suffix(".json").read_text())
        cls = gold["classes"]
        assert cls["family"] == "4"
        assert all(cls[axis] in values for axis, values in FAMILY4_AXES.items())
        assert cls["sidebar"] != "plos" or cls["columns"] == "one"
        with pdfplumber.open(pdf) as doc:
            words = {_squeeze(w["text"]) for page in doc.pages for w in page.extract_words()}
        for needle in [gold["title"], gold["abstract"]["first_words"], gold["abstract"]["last_words"]]:
            assert all(_squeeze(w) in words or all(_squeeze(x) in words for x in w.split("-")) for w in needle.split() if len(w) > 3), needle


def test_family_5_is_deterministic_its_own_stream_and_its_gold_names_its_classes(tmp_path):
    """``--family 5`` (history lines, run-in and side-column abstract labels, keyword/abbreviation lines, two-size
    titles and large banners, ``1 |`` / square / unpunctuated numbering, colour-only and body-size small-caps headings,
    ``Declarations`` back matter; ``scripts/synthetic_family5.py``): same seed, same bytes; not family 4's document;
    the gold names classes drawn from ``FAMILY5_AXES`` (three columns with the wrapped-heading class, one with the
    long abstract), and its title and abstract ends are printed."""
    from synthetic_family5 import FAMILY5_AXES

    a = generate(tmp_path / "a", 3, seed=5, family=5)
    b = generate(tmp_path / "b", 3, seed=5, family=5)
    four = generate(tmp_path / "c", 1, seed=5, family=4)[0]
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]
    assert a[0].read_bytes() != four.read_bytes()
    for pdf in a:
        gold = json.loads(pdf.with_suffix(".json").read_text())
        cls = gold["classes"]
        assert cls["family"] == "5"
        assert all(cls[axis] in values for axis, values in FAMILY5_AXES.items())
        assert cls["headings"] != "wrapped_three" or cls["columns"] == "three"
        assert cls["abstract"] != "long_continued" or cls["columns"] == "one"
        with pdfplumber.open(pdf) as doc:
            words = {_squeeze(w["text"]) for page in doc.pages for w in page.extract_words()}
        for needle in [gold["title"], gold["abstract"]["first_words"], gold["abstract"]["last_words"]]:
            assert all(_squeeze(w) in words or all(_squeeze(x) in words for x in w.split("-")) for w in needle.split() if len(w) > 3), needle
