"""The model card the scorer reads: model_card.json next to model.onnx (its threshold, its
config). The training run writes it (training/checkworthiness/model_card.py)."""

from __future__ import annotations

import json
from pathlib import Path

JSON_NAME = "model_card.json"


def read(model_dir: Path) -> dict:
    return json.loads((model_dir / JSON_NAME).read_text(encoding="utf-8"))


def calibration(card: dict) -> tuple[float, float]:
    """(slope, intercept) applied to the model's logit; (1, 0) for a card without one."""
    fitted = card.get("calibration")
    return (fitted["slope"], fitted["intercept"]) if fitted else (1.0, 0.0)
