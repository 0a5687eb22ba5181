"""Score the official test split once, for the model about to ship.

Every choice (recipe, run, threshold) is made on validation before this runs; the test
figure it writes into the model card and the experiment log is reported, never compared.
A model card that already holds a test score is refused, so a second look needs a new
training run (which writes a fresh card).
"""

from __future__ import annotations

import datetime
import json
from dataclasses import asdict
from pathlib import Path

from claims.checkworthiness import dataset
from claims.checkworthiness.metrics import bootstrap_f1_interval, score_at
from claims.checkworthiness.model_card import calibration, read
from claims.checkworthiness.onnx_model import calibrated

from . import model_card
from .fine_tune import exported_logits

RESAMPLES = 1000


class AlreadyScored(Exception):
    """The model card already holds this model's one test score."""


def score_test(data_dir: Path, model_dir: Path) -> dict:
    """Score test at the card's threshold, record it with today's date, return the card."""
    card = read(model_dir)
    if "test_scored" in card:
        raise AlreadyScored(f"test was already scored for this model on {card['test_scored']['date']}")
    dataset.check_data_dir(data_dir, ("test",))
    test = {"test": dataset.read_split(data_dir, "test")}
    labels, logits = exported_logits(model_dir, test, card["config"]["max_tokens"])["test"]
    probabilities = calibrated(logits, calibration(card))
    scores = score_at(labels, probabilities, card["threshold"])
    card["results"]["test"] = {
        "threshold": asdict(scores),
        "at_0.5": asdict(score_at(labels, probabilities, 0.5)),
    }
    card["test_scored"] = {
        "date": datetime.date.today().isoformat(),
        "f1": scores.f1,
        "f1_interval": bootstrap_f1_interval(labels, probabilities, card["threshold"], RESAMPLES),
        "resamples": RESAMPLES,
        "average_precision": scores.average_precision,
    }
    _record_in_log(model_dir, card)
    model_card.write(model_dir, card, log_experiment=False)
    return card


def _record_in_log(model_dir: Path, card: dict) -> None:
    """Add the test figure and its date to this model's line of the experiment log."""
    path = model_dir / model_card.EXPERIMENTS_NAME
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for line in lines:
        if line.get("model_sha256") == card["model_sha256"]:
            line["f1_test"] = card["test_scored"]["f1"]
            line["test_scored_on"] = card["test_scored"]["date"]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
