"""Generate a mixed corpus for batch tests: varied synthetic papers plus bad files.

Good papers are plain-text (some Markdown, a few reportlab PDFs) with a title,
an abstract, numbered sections and subsections, paragraphs with numbered
citation markers, and a reference list, laid out like the shipped review's
text rendition. Each paper differs (seeded choices), so no two share a hash,
except one deliberate duplicate under a second name.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

GENES = ("PINK1", "PRKN", "BNIP3", "BNIP3L", "FUNDC1", "SQSTM1", "ULK1", "MTOR", "HIF1A", "DNM1L", "OPTN", "FOXO3")
DRUGS = ("cisplatin", "doxorubicin", "sorafenib", "paclitaxel", "gemcitabine", "oxaliplatin", "temozolomide")
CANCERS = ("hepatocellular carcinoma", "breast cancer", "osteosarcoma", "glioblastoma", "colorectal cancer")
VERBS = ("promotes resistance to", "increases sensitivity to", "protects tumour cells from", "reverses resistance to")
FILLER = (
    "Mitochondrial quality control shapes how tumour cells respond to stress.",
    "Damaged mitochondria are removed by selective autophagy.",
    "The mechanism remains incompletely understood in vivo.",
    "Several groups have reported consistent findings across cell lines.",
    "These observations suggest a broader role for organelle turnover.",
)
SURNAMES = ("Smith", "Chen", "Garcia", "Kowalski", "Tanaka", "Okafor", "Novak", "Silva", "Dubois", "Ivanova")


@dataclass
class MixedCorpus:
    root: Path
    good: list[str] = field(default_factory=list)  # relative paths of good papers (duplicates included)
    bad: dict[str, str] = field(default_factory=dict)  # relative path -> reason_code the fake stages give
    duplicates: tuple[str, str] | None = None


def _sentence(rng: random.Random, n_refs: int) -> str:
    gene, drug, cancer = rng.choice(GENES), rng.choice(DRUGS), rng.choice(CANCERS)
    marker = rng.randint(1, n_refs)
    if rng.random() < 0.5:
        return f"{gene}-mediated mitophagy {rng.choice(VERBS)} {drug} in {cancer} cells ({marker})."
    span = min(marker + 2, n_refs)
    return f"Loss of {gene} {rng.choice(VERBS)} {drug} ({marker}–{span})." if span > marker else rng.choice(FILLER)


def _paragraph(rng: random.Random, n_refs: int) -> str:
    parts = []
    for _ in range(rng.randint(2, 5)):
        parts.append(_sentence(rng, n_refs) if rng.random() < 0.6 else rng.choice(FILLER))
    return " ".join(parts)


def paper_text(index: int, seed: int = 0) -> str:
    """One synthetic paper, different for every ``index``."""
    rng = random.Random(seed * 100_003 + index)
    n_refs = rng.randint(4, 12)
    gene, drug = rng.choice(GENES), rng.choice(DRUGS)
    lines = [
        f"{gene} and mitophagy in resistance to {drug}: study {index}",
        "",
        f"{rng.choice(SURNAMES)} A, {rng.choice(SURNAMES)} B and {rng.choice(SURNAMES)} C",
        "",
        _paragraph(rng, n_refs),
        "",
        "KEYWORDS",
        "",
        f"mitophagy, {gene}, {drug}, drug resistance",
        "",
    ]
    sections = ["Introduction", "Mitophagy and therapy", "Discussion"]
    for number, title in enumerate(sections, 1):
        lines += [f"{number} {title}", ""]
        for _ in range(rng.randint(1, 3)):
            lines += [_paragraph(rng, n_refs), ""]
        if number == 2:
            for sub in range(1, rng.randint(2, 4)):
                lines += [f"2.{sub} {rng.choice(GENES)} in {rng.choice(CANCERS)}", "", _paragraph(rng, n_refs), ""]
    lines += ["References", ""]
    for number in range(1, n_refs + 1):
        a, b = rng.choice(SURNAMES), rng.choice(SURNAMES)
        year = rng.randint(2005, 2024)
        lines += [
            f"{number}. {a} J, {b} K. Role of {rng.choice(GENES)} in {rng.choice(CANCERS)} treated with "
            f"{rng.choice(DRUGS)}. *J Synth Biol* ({year}) {rng.randint(1, 40)}:{rng.randint(10, 900)}–9. "
            f"doi:10.1000/synth.{seed}.{index}.{number}",
            "",
        ]
    return "\n".join(lines)


def write_pdf(path: Path, text: str, encrypt: str | None = None) -> None:
    """A simple text PDF of ``text`` (reportlab); ``encrypt`` sets a user password."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    encryption = None
    if encrypt:
        from reportlab.lib.pdfencrypt import StandardEncryption

        encryption = StandardEncryption(encrypt, canPrint=0)
    pdf = canvas.Canvas(str(path), pagesize=A4, encrypt=encryption, invariant=1)
    y = 800
    for line in text.splitlines():
        while line:
            chunk, line = line[:95], line[95:]
            pdf.drawString(40, y, chunk)
            y -= 14
            if y < 50:
                pdf.showPage()
                y = 800
        y -= 4
    pdf.save()


def write_scanned_pdf(path: Path) -> None:
    """A PDF with a drawing but no text layer, like a scan."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for k in range(30):
        pdf.rect(40 + 3 * k, 400 + 5 * k, 200, 8, fill=1)
    pdf.save()


def write_mixed_corpus(
    root: Path, n_good: int = 52, pdfs: int = 2, seed: int = 0, too_large_bytes: int = 300_000, markers: bool = True
) -> MixedCorpus:
    """``n_good`` good papers (``pdfs`` of them as PDF), one duplicate, and the bad files.

    With ``markers``, two bad files carry the fake stages' crash and hang markers.
    """
    corpus = MixedCorpus(root=root)
    for index in range(n_good):
        folder = root / f"batch{index % 4}" / ("deep" if index % 7 == 0 else "")
        folder.mkdir(parents=True, exist_ok=True)
        text = paper_text(index, seed)
        if index < pdfs:
            path = folder / f"paper{index:03d}.pdf"
            write_pdf(path, text)
        else:
            suffix = ".md" if index % 5 == 0 else ".txt"
            path = folder / f"paper{index:03d}{suffix}"
            path.write_text(text, encoding="utf-8")
        corpus.good.append(path.relative_to(root).as_posix())
    first = root / corpus.good[-1]
    twin = root / "copies" / f"same-as-{first.name}"
    twin.parent.mkdir(parents=True, exist_ok=True)
    twin.write_bytes(first.read_bytes())
    corpus.good.append(twin.relative_to(root).as_posix())
    corpus.duplicates = (corpus.good[-2], corpus.good[-1])

    bad = root / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "blank.md").write_text("   \n\n  \n", encoding="utf-8")
    rng = random.Random(seed)
    (bad / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(rng.randrange(256) for _ in range(4000)))
    (bad / "latin1.txt").write_bytes(paper_text(900, seed).replace("–", "-").encode("utf-8") + "Résumé café".encode("latin-1"))
    write_pdf(bad / "whole.pdf", paper_text(901, seed))
    (bad / "truncated.pdf").write_bytes((bad / "whole.pdf").read_bytes()[:400])
    (bad / "whole.pdf").unlink()
    write_pdf(bad / "encrypted.pdf", paper_text(902, seed), encrypt="secret")
    write_scanned_pdf(bad / "scanned.pdf")
    big = paper_text(903, seed)
    (bad / "huge.txt").write_text(big * (too_large_bytes // len(big) + 1), encoding="utf-8")
    corpus.bad.update(
        {
            "bad/empty.txt": "empty",
            "bad/blank.md": "empty",
            "bad/binary.txt": "binary",
            "bad/latin1.txt": "not-utf8",
            "bad/truncated.pdf": "corrupt",
            "bad/encrypted.pdf": "encrypted",
            "bad/scanned.pdf": "no-text-layer",
            "bad/huge.txt": "too-large",
        }
    )
    if markers:
        (bad / "crash.txt").write_text(paper_text(904, seed) + "\nFAKE-CRASH\n", encoding="utf-8")
        (bad / "hang.txt").write_text(paper_text(905, seed) + "\nFAKE-HANG\n", encoding="utf-8")
        corpus.bad.update({"bad/crash.txt": "worker-crashed", "bad/hang.txt": "timeout"})
    # Files that are not papers are ignored.
    (root / "notes.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (root / ".hidden.txt").write_text(paper_text(906, seed), encoding="utf-8")
    return corpus
