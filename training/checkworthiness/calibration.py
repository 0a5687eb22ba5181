"""Platt scaling: a logistic regression of the gold label on the model's logit, fitted on
validation, so the shipped score is a probability on sentences like CheckThat!'s."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def _loss(design: np.ndarray, y: np.ndarray, weights: np.ndarray) -> float:
    z = design @ weights
    return float(np.sum(np.logaddexp(0.0, z) - y * z))


def fit_platt(logits: Sequence[float], labels: Sequence[bool], iterations: int = 100) -> tuple[float, float]:
    """(slope, intercept) maximising the likelihood: Newton's method, each step halved
    until the loss falls (a full Newton step can overshoot on a confident model)."""
    x = np.asarray(logits, dtype=np.float64)
    y = np.asarray(labels, dtype=np.float64)
    design = np.stack([x, np.ones_like(x)], axis=1)
    base_rate = np.clip(y.mean(), 1e-6, 1 - 1e-6)
    weights = np.array([0.0, np.log(base_rate / (1 - base_rate))])
    loss = _loss(design, y, weights)
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-design @ weights))
        gradient = design.T @ (p - y)
        hessian = design.T @ (design * (p * (1 - p))[:, None]) + 1e-9 * np.eye(2)
        step = np.linalg.solve(hessian, gradient)
        while _loss(design, y, weights - step) > loss and np.abs(step).max() > 1e-12:
            step /= 2
        weights -= step
        loss = _loss(design, y, weights)
        if np.abs(step).max() < 1e-10:
            break
    return float(weights[0]), float(weights[1])
