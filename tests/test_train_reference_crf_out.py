"""scripts/train_reference_crf.py: ``--out`` names the model file, with or without ``--dev``
(it used to be overwritten by a fixed /tmp name under ``--dev``, so two runs with different
settings or two sessions at once wrote over each other's dev models)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def trainer():
    pytest.importorskip("pycrfsuite")
    spec = importlib.util.spec_from_file_location("train_reference_crf", ROOT / "scripts" / "train_reference_crf.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_dev_run_honours_out(trainer, tmp_path):
    out = tmp_path / "models" / "fold1.crfsuite"
    args = trainer.parse_args(["--dev", "--fold", "1", "--out", str(out)])
    assert args.dev and args.fold == 1
    assert args.out == out


def test_dev_run_without_out_names_its_settings(trainer):
    args = trainer.parse_args(["--dev", "--fold", "2", "--c1", "0.3", "--tag", "b"])
    assert args.out == Path("/tmp") / "citation-dev-0.3-0.1-fold2b.crfsuite"


def test_plain_run_writes_the_shipped_model_unless_out(trainer, tmp_path):
    assert trainer.parse_args([]).out == trainer.SHIPPED_MODEL
    assert trainer.parse_args(["--out", str(tmp_path / "m.crfsuite")]).out == tmp_path / "m.crfsuite"


def test_out_without_crfsuite_suffix_is_refused(trainer, tmp_path):
    # the lexicon is written beside the model as NAME-lexicon.json; another suffix would put
    # both in one file
    with pytest.raises(SystemExit):
        trainer.parse_args(["--dev", "--out", str(tmp_path / "model.bin")])
