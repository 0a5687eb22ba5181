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


@pytest.fixture
def shipped_copy(tmp_path):
    """The shipped model as a training run leaves it (test not scored yet), in a directory
    of its own, with a two-sentence test split."""
    import json
    import shutil

    from claims.checkworthiness import MODEL_DIR

    model_dir = tmp_path / "model"
    shutil.copytree(MODEL_DIR, model_dir)
    card = json.loads((model_dir / "model_card.json").read_text())
    card.pop("test_scored", None)
    card["results"].pop("test", None)
    (model_dir / "model_card.json").write_text(json.dumps(card))
    data = tmp_path / "data"
    data.mkdir()
    (data / "CT24_checkworthy_english_test_gold.tsv").write_text(
        "Sentence_id\tText\tclass_label\n1\tUnemployment fell to 3.5 percent last year.\tYes\n"
        "2\tThank you all for coming tonight.\tNo\n",
        encoding="utf-8",
    )
    return data, model_dir


def test_score_test_records_the_test_figure_with_its_date_on_the_card(shipped_copy, capsys):
    import datetime
    import json

    data, model_dir = shipped_copy

    assert main(["score-test", "--data", str(data), "--out", str(model_dir)]) == 0
    card = json.loads((model_dir / "model_card.json").read_text())
    assert card["test_scored"]["date"] == datetime.date.today().isoformat()
    assert card["results"]["test"]["threshold"]["f1"] == 1.0
    assert "Test was scored once" in (model_dir / "MODEL_CARD.md").read_text()
    assert "test: F1 1.000" in capsys.readouterr().out


def test_score_test_refuses_a_second_look_at_test(shipped_copy, capsys):
    data, model_dir = shipped_copy
    main(["score-test", "--data", str(data), "--out", str(model_dir)])

    assert main(["score-test", "--data", str(data), "--out", str(model_dir)]) == 2
    assert "test was already scored for this model on" in capsys.readouterr().err
