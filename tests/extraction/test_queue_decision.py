import json
import logging

import pytest

from claims.extraction import extract, pipeline, queue_decision, scoring

ARTICLE = (
    "Unemployment fell to 3.5 percent last year, Finance Minister Jane Roe said on Monday.\n\n"
    "Residents of Harrowgate gathered outside the town hall on Tuesday."
)
ATTRIBUTED, NARRATION = ARTICLE.split("\n\n")
MODEL = "test-model"


def _model(sentences, contexts):
    """A check-worthiness model that prefers the narration to the minister's figure."""
    return [0.6 if s.startswith("Residents") else 0.4 for s in sentences]


def _decision_file(tmp_path, **changes):
    document = {
        "scorer": MODEL,
        "features": ["logit", "unsourced", "figure_or_comparison"],
        "weights": [1.0, -2.0, 1.0],
        "intercept": 0.0,
        "threshold": 0.5,
        **changes,
    }
    path = tmp_path / "queue_decision.json"
    path.write_text(json.dumps(document), "utf-8")
    return path


@pytest.fixture
def default_model(monkeypatch):
    """The pipeline's default scorer is `_model`, named MODEL; the decision file is reread."""
    monkeypatch.setattr(scoring, "default_scorer", lambda: (_model, MODEL))
    monkeypatch.setattr(pipeline, "default_scorer", lambda: (_model, MODEL))
    scoring._fitted_decision.cache_clear()
    yield
    scoring._fitted_decision.cache_clear()


def test_a_fitted_decision_queues_a_concrete_attributed_claim_over_vague_narration(
    tmp_path, monkeypatch, default_model
):
    monkeypatch.setattr(queue_decision, "PATH", _decision_file(tmp_path))
    result = extract(ARTICLE)
    by_text = {c.text: c for c in result.claims}
    assert by_text[ATTRIBUTED].check_worthy and by_text[ATTRIBUTED].priority == 1
    assert not by_text[NARRATION].check_worthy and by_text[NARRATION].priority == 2
    # The model's own probability stays on the claim; the decision only queues and ranks.
    assert (by_text[ATTRIBUTED].score, by_text[NARRATION].score) == (0.4, 0.6)
    assert result.to_json_dict()["scoring"] == {"scorer": f"{MODEL} + queue decision", "threshold": 0.5}


def test_an_invalid_decision_falls_back_to_the_rule_with_a_log_line(
    tmp_path, monkeypatch, default_model, caplog
):
    path = tmp_path / "queue_decision.json"
    path.write_text("{not json", "utf-8")
    monkeypatch.setattr(queue_decision, "PATH", path)
    with caplog.at_level(logging.WARNING, logger="claims.extraction.queue_decision"):
        result = extract(ARTICLE)
    assert "is invalid" in caplog.text
    assert (result.scorer, result.threshold) == (MODEL, scoring.default_threshold())


def test_an_operators_threshold_setting_queues_by_the_rule(tmp_path, monkeypatch, default_model, settings):
    monkeypatch.setattr(queue_decision, "PATH", _decision_file(tmp_path))
    settings.CHECKWORTHY_THRESHOLD = 0.5
    result = extract(ARTICLE)
    assert (result.scorer, result.threshold) == (MODEL, 0.5)
    assert not result.queued  # 0.4 and 0.6 (narration needs 0.5 + its margin) are both below


def test_a_missing_decision_file_is_logged_quietly_and_ignored(tmp_path, caplog):
    with caplog.at_level(logging.INFO, logger="claims.extraction.queue_decision"):
        assert queue_decision.load(tmp_path / "absent.json", MODEL) is None
    assert "no queue decision" not in caplog.text  # the usual state: not on every command's output
    with caplog.at_level(logging.DEBUG, logger="claims.extraction.queue_decision"):
        assert queue_decision.load(tmp_path / "absent.json", MODEL) is None
    assert "no queue decision" in caplog.text


@pytest.mark.parametrize(
    "changes",
    [
        {"features": ["logit", "unsourced", "no_such_feature"]},
        {"weights": [1.0, -2.0]},
        {"threshold": None},
        {"intercept": float("nan")},
    ],
)
def test_a_malformed_decision_is_logged_and_ignored(tmp_path, caplog, changes):
    with caplog.at_level(logging.WARNING, logger="claims.extraction.queue_decision"):
        assert queue_decision.load(_decision_file(tmp_path, **changes), MODEL) is None
    assert "is invalid" in caplog.text


def test_a_decision_fitted_on_another_model_is_ignored_until_refitted(tmp_path, caplog):
    with caplog.at_level(logging.WARNING, logger="claims.extraction.queue_decision"):
        assert queue_decision.load(_decision_file(tmp_path), "a-newer-model") is None
    assert "until it is refitted" in caplog.text
