"""Binary classification metrics for the positive class, in plain numpy.

Kept free of scikit-learn so the run-time install can evaluate a model too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float
    average_precision: float
    threshold: float
    support: int  # gold positives


def precision_recall_f1(labels: Sequence[bool], predicted: Sequence[bool]) -> tuple[float, float, float]:
    gold = np.asarray(labels, dtype=bool)
    pred = np.asarray(predicted, dtype=bool)
    true_pos = int(np.sum(gold & pred))
    precision = true_pos / int(pred.sum()) if pred.any() else 0.0
    recall = true_pos / int(gold.sum()) if gold.any() else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def average_precision(labels: Sequence[bool], probabilities: Sequence[float]) -> float:
    """Non-interpolated average precision: the mean, over gold positives, of the
    precision among sentences ranked at or above each one (descending score)."""
    gold = np.asarray(labels, dtype=bool)
    if not gold.any():
        return 0.0
    order = np.argsort(-np.asarray(probabilities, dtype=float), kind="stable")
    hits = gold[order]
    precision_at_k = np.cumsum(hits) / np.arange(1, len(hits) + 1)
    return float(precision_at_k[hits].sum() / hits.sum())


def score_at(labels: Sequence[bool], probabilities: Sequence[float], threshold: float) -> Scores:
    probs = np.asarray(probabilities, dtype=float)
    precision, recall, f1 = precision_recall_f1(labels, probs >= threshold)
    return Scores(
        precision=precision,
        recall=recall,
        f1=f1,
        average_precision=average_precision(labels, probs),
        threshold=threshold,
        support=int(np.sum(np.asarray(labels, dtype=bool))),
    )


def best_f1_threshold(labels: Sequence[bool], probabilities: Sequence[float]) -> float:
    """The threshold that maximises F1 on this (development) set.

    Candidates are midpoints between consecutive distinct scores, so the chosen
    threshold does not sit exactly on one sentence's score; on a tie in F1 the
    candidate nearest 0.5 wins, to stay close to the model's calibrated decision.
    """
    probs = np.unique(np.asarray(probabilities, dtype=float))
    candidates = np.concatenate(([probs[0] / 2], (probs[:-1] + probs[1:]) / 2)) if len(probs) else [0.5]
    best = max(
        candidates,
        key=lambda t: (
            round(precision_recall_f1(labels, np.asarray(probabilities) >= t)[2], 12),
            -abs(t - 0.5),
        ),
    )
    return float(best)


def bootstrap_f1_interval(
    labels: Sequence[bool],
    probabilities: Sequence[float],
    threshold: float,
    resamples: int = 1000,
    seed: int = 0,
) -> tuple[float, float]:
    """A 95% percentile interval for F1 at threshold: the sentences resampled with
    replacement, seeded so the same data always gives the same interval."""
    gold = np.asarray(labels, dtype=bool)
    predicted = np.asarray(probabilities, dtype=float) >= threshold
    rng = np.random.default_rng(seed)
    f1s = [
        precision_recall_f1(gold[sample], predicted[sample])[2]
        for sample in rng.integers(0, len(gold), size=(resamples, len(gold)))
    ]
    low, high = np.percentile(f1s, [2.5, 97.5])
    return float(low), float(high)
