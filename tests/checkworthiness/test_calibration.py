"""Platt scaling of the model's logit, fitted on validation and applied by the scorer."""

import numpy as np
import pytest

from claims.checkworthiness.onnx_model import calibrated
from training.checkworthiness.calibration import fit_platt


def test_platt_scaling_recovers_how_often_a_logit_is_right():
    rng = np.random.default_rng(0)
    logits = rng.normal(0, 3, 20000)
    labels = rng.random(20000) < calibrated(logits, (0.5, -1.0))  # an overconfident model

    slope, intercept = fit_platt(logits, labels)

    assert slope == pytest.approx(0.5, abs=0.05) and intercept == pytest.approx(-1.0, abs=0.1)


def test_calibration_keeps_the_order_of_the_scores():
    logits = np.array([-3.0, -0.5, 0.2, 4.0])

    assert list(np.argsort(calibrated(logits, (0.4, -1.2)))) == [0, 1, 2, 3]
