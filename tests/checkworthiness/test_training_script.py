"""python -m training.checkworthiness: the training script outside the app."""

import subprocess
import sys
from pathlib import Path

import pytest

from training.checkworthiness.__main__ import config_from, main, parser
from training.checkworthiness.fine_tune import TrainConfig

ROOT = Path(__file__).resolve().parents[2]


def test_a_missing_data_directory_exits_2_in_one_line(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "training.checkworthiness", "--data", str(tmp_path / "missing")],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )

    assert result.returncode == 2
    assert result.stderr.splitlines() == [f"error: data directory not found: {tmp_path / 'missing'}"]


def test_without_torch_it_exits_2_naming_the_training_requirements(tmp_path, monkeypatch, capsys):
    from claims.checkworthiness.dataset import SPLIT_FILES

    for name in SPLIT_FILES.values():
        (tmp_path / name).write_text(
            "Sentence_id\tText\tclass_label\n1\tTaxes rose.\tYes\n", encoding="utf-8"
        )
    monkeypatch.setitem(sys.modules, "torch", None)  # `import torch` now raises ImportError

    assert main(["--data", str(tmp_path)]) == 2
    assert "training needs requirements-train.txt installed" in capsys.readouterr().err


def test_no_flags_give_the_shipped_recipe():
    assert config_from(parser().parse_args(["--data", "x"])) == TrainConfig()


def test_flags_reach_the_config():
    options = parser().parse_args(
        ["--data", "x", "--base", "minilm", "--teacher", "none", "--soup-seeds", "8", "9"]
    )

    assert config_from(options) == TrainConfig(base="minilm", teacher="", soup_seeds=(8, 9))


@pytest.mark.parametrize("flag", ["--base", "--embedding-bits"])
def test_an_unknown_choice_exits_2(flag):
    with pytest.raises(SystemExit) as caught:
        parser().parse_args(["--data", "x", flag, "7"])
    assert caught.value.code == 2
