import pytest
from django.core.management import CommandError, call_command

HEADER = "Sentence_id\tText\tclass_label\n"
ROWS = "1\tUnemployment fell to 3.5 percent last year.\tYes\n2\tThank you all for coming tonight.\tNo\n"


@pytest.fixture
def tiny_data(tmp_path):
    for name in ("CT24_checkworthy_english_dev-test.tsv", "CT24_checkworthy_english_test_gold.tsv"):
        (tmp_path / name).write_text(HEADER + ROWS, encoding="utf-8")
    return tmp_path


def test_evaluate_prints_scores_for_dev_test_and_test_and_a_speed(tiny_data, capsys):
    call_command("evaluate_checkworthiness", data=str(tiny_data), batch_sizes="2", runs=1)
    out = capsys.readouterr().out
    assert "dev-test" in out and "test " in out
    assert "F1 95% interval (1000 bootstrap resamples)" in out
    assert "sentences/s at batch size 2" in out


def test_evaluate_exits_1_when_test_f1_is_below_the_minimum(tiny_data):
    with pytest.raises(CommandError, match="below --min-f1") as caught:
        call_command("evaluate_checkworthiness", data=str(tiny_data), batch_sizes="2", runs=1, min_f1=1.01)
    assert caught.value.returncode == 1


def test_evaluate_passes_when_test_f1_reaches_the_minimum(tiny_data, capsys):
    call_command("evaluate_checkworthiness", data=str(tiny_data), batch_sizes="2", runs=1, min_f1=0.5)
    assert "test F1 1.000 >= 0.500" in capsys.readouterr().out


def test_a_bad_data_directory_exits_2(tmp_path):
    with pytest.raises(CommandError, match="not found") as caught:
        call_command("evaluate_checkworthiness", data=str(tmp_path / "missing"))
    assert caught.value.returncode == 2


def test_manage_py_reports_a_bad_data_directory_in_one_line(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "manage.py", "evaluate_checkworthiness", "--data", str(tmp_path / "missing")],
        cwd=root,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    # Other apps may log a start-up line to stderr; ours is one line and no traceback.
    errors = [line for line in result.stderr.splitlines() if "CommandError" in line]
    assert errors == [f"CommandError: data directory not found: {tmp_path / 'missing'}"]
    assert "Traceback" not in result.stderr
