"""``mitominer extract paper.xml``: relation records whose citations come from the JATS xrefs."""

from __future__ import annotations

import json

from jats_files import article, refs, write
from typer.testing import CliRunner

from pipeline.cli import app

BODY = (
    "<sec><title>Results</title><p>Knockdown of <italic>PINK1</italic> sensitized cells to cisplatin "
    '<xref ref-type="bibr" rid="b3">3</xref>. Overexpression of BNIP3 promoted resistance to sorafenib in '
    'hepatocellular carcinoma cells [<xref ref-type="bibr" rid="b1">1</xref>&#x2013;<xref ref-type="bibr" rid="b4">4</xref>].</p></sec>'
)


def test_extract_gives_records_with_citations_from_xrefs(tmp_path):
    path = write(tmp_path, article(body=BODY, back=refs(4)), "paper.xml")
    out = tmp_path / "records.jsonl"
    result = CliRunner().invoke(app, ["extract", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    by_regulator = {r["regulator"]: r for r in records}
    assert by_regulator["PINK1"]["therapy_id"] == "cisplatin" and by_regulator["PINK1"]["citations"] == [3]
    assert by_regulator["BNIP3"]["therapy_id"] == "sorafenib" and by_regulator["BNIP3"]["citations"] == [1, 2, 3, 4]
    assert all(r["section"] == "Results" for r in records)
