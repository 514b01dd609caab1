"""Bad and malicious XML: refused with one line naming the file and the reason, never fetched, never expanded."""

from __future__ import annotations

import socket

import pytest
from jats_files import article, write
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.errors import CorruptXMLError, EmptyFileError, NotJatsError, TooLargeError
from pipeline.ingest import ingest_path

runner = CliRunner()
GOOD_BODY = "<sec><title>Introduction</title><p>PINK1 matters.</p></sec>"
ARTICLE_TAIL = '<article><front><article-meta><title-group><article-title>T</article-title></title-group></article-meta></front><body><p>&{entity};</p></body></article>'

BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE article [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
    + "]>" + ARTICLE_TAIL.format(entity="lol9")
)
EXTERNAL_ENTITY = '<?xml version="1.0"?><!DOCTYPE article [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' + ARTICLE_TAIL.format(entity="xxe")
REMOTE_DTD_PARAMETER = (
    '<?xml version="1.0"?><!DOCTYPE article [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote;]>'
    + ARTICLE_TAIL.format(entity="exfiltrate")
)
HTML_PAGE = '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Article</title></head><body><p>Not XML<br></body></html>'


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a connection fails the test."""
    attempts = []

    def refuse(self, address, *args, **kwargs):
        attempts.append(address)
        raise AssertionError(f"network access attempted: {address}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    return attempts


def _cli_error(path) -> str:
    result = runner.invoke(app, ["ingest", str(path)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith(f"mitominer: {path}: ")
    return lines[0]


def test_billion_laughs_entity_bomb_is_refused(tmp_path, no_network):
    path = write(tmp_path, BILLION_LAUGHS, "bomb.xml")
    with pytest.raises(CorruptXMLError, match="declares entities") as info:
        ingest_path(path)
    assert info.value.reason_code == "corrupt"
    assert "unsafe XML refused" in _cli_error(path)


def test_external_entity_is_refused_and_not_read(tmp_path, no_network):
    path = write(tmp_path, EXTERNAL_ENTITY, "xxe.nxml")
    with pytest.raises(CorruptXMLError, match="unsafe XML refused"):
        ingest_path(path)
    assert "root:" not in _cli_error(path)


def test_dtd_fetch_through_a_parameter_entity_is_refused(tmp_path, no_network):
    path = write(tmp_path, REMOTE_DTD_PARAMETER, "dtd.xml")
    with pytest.raises(CorruptXMLError, match="unsafe XML refused"):
        ingest_path(path)
    assert not no_network


def test_an_external_dtd_is_never_fetched(tmp_path, no_network):
    text = article(body=GOOD_BODY, doctype=False).replace(
        '<?xml version="1.0" encoding="UTF-8"?>', '<?xml version="1.0"?><!DOCTYPE article SYSTEM "http://127.0.0.1:9/jats.dtd">'
    )
    doc = ingest_path(write(tmp_path, text, "remote-dtd.xml"))
    assert doc.sections[0].paragraphs[0].text == "PINK1 matters."
    assert not no_network


def test_undeclared_entity_is_corrupt(tmp_path):
    path = write(tmp_path, ARTICLE_TAIL.format(entity="undeclared"), "undeclared.xml")
    with pytest.raises(CorruptXMLError, match="undefined entity"):
        ingest_path(path)


def test_truncated_xml_is_corrupt(tmp_path):
    full = article(body=GOOD_BODY * 5)
    path = write(tmp_path, full[: len(full) // 2], "truncated.xml")
    with pytest.raises(CorruptXMLError, match="malformed or truncated XML") as info:
        ingest_path(path)
    assert info.value.reason_code == "corrupt"
    assert "line 1, column" in _cli_error(path)


def test_html_page_named_xml_is_not_jats(tmp_path):
    path = write(tmp_path, HTML_PAGE, "page.xml")
    with pytest.raises(NotJatsError, match="an HTML page") as info:
        ingest_path(path)
    assert info.value.reason_code == "not-jats"
    assert "HTML page, not JATS" in _cli_error(path)


def test_well_formed_xhtml_and_other_roots_are_not_jats(tmp_path):
    xhtml = '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>x</p></body></html>'
    with pytest.raises(NotJatsError, match="an HTML page"):
        ingest_path(write(tmp_path, xhtml, "page.nxml"))
    tei = '<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><text/></TEI>'
    with pytest.raises(NotJatsError, match="root is <TEI>"):
        ingest_path(write(tmp_path, tei, "grobid.tei.xml"))
    docbook = '<?xml version="1.0"?><article><title>DocBook</title><para>x</para></article>'
    with pytest.raises(NotJatsError, match="not JATS"):
        ingest_path(write(tmp_path, docbook, "docbook.xml"))


def test_garbage_binary_and_empty_files_named_xml(tmp_path):
    with pytest.raises(CorruptXMLError):
        ingest_path(write(tmp_path, "just some words, no markup", "words.xml"))
    png = tmp_path / "image.xml"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(CorruptXMLError):
        ingest_path(png)
    with pytest.raises(EmptyFileError):
        ingest_path(write(tmp_path, "   \n", "empty.xml"))


def test_size_limit_applies_to_xml(tmp_path):
    path = write(tmp_path, article(body=GOOD_BODY * 50), "big.xml")
    with pytest.raises(TooLargeError):
        ingest_path(path, max_bytes=1000)


def test_deep_nesting_is_refused_not_a_crash(tmp_path):
    deep = "<italic>" * 5000 + "x" + "</italic>" * 5000
    path = write(tmp_path, article(body=f"<sec><title>I</title><p>{deep}</p></sec>"), "deep.xml")
    with pytest.raises(CorruptXMLError, match="nested too deeply"):
        ingest_path(path)


def test_a_batch_records_bad_xml_and_goes_on(tmp_path):
    from batch_fakes import REAL_INGEST_STAGES

    from pipeline.batch.dataset import DATASET_DIR
    from pipeline.batch.runner import RunOptions, run_batch

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write(corpus, article(body=GOOD_BODY), "good.xml")
    write(corpus, article(title="Other", body=GOOD_BODY), "good2.nxml")
    write(corpus, BILLION_LAUGHS, "bomb.xml")
    write(corpus, HTML_PAGE, "page.xml")
    write(corpus, article(body=GOOD_BODY)[:200], "cut.nxml")
    summary = run_batch(corpus, tmp_path / "out", RunOptions(workers=0, stages=REAL_INGEST_STAGES, quiet=True))
    import pandas as pd

    folder = tmp_path / "out" / DATASET_DIR
    documents = pd.read_parquet(folder / "documents.parquet")
    failures = pd.read_parquet(folder / "failures.parquet")
    assert sorted(documents["path"]) == ["good.xml", "good2.nxml"] and set(documents["format"]) == {"jats"}
    assert dict(zip(failures["path"], failures["reason_code"])) == {"bomb.xml": "corrupt", "cut.nxml": "corrupt", "page.xml": "not-jats"}
    assert summary is not None


def test_discovery_takes_xml_and_nxml_in_any_case(tmp_path):
    from pipeline.batch.discover import corpus_files

    for name in ("a.xml", "b.NXML", "c.Xml", "README.xml", ".hidden.xml", "d.xsd"):
        (tmp_path / name).write_text("<article/>", encoding="utf-8")
    assert [p.name for p in corpus_files(tmp_path)[0]] == ["a.xml", "b.NXML", "c.Xml"]
