"""The fitted queue decision: which extracted sentences go to the review queue, and in what order.

A logistic regression over `queue_features.py`, fitted on the labelled dev set by
`python -m training.queue_decision` (`make fit-queue-decision`), stored in
`queue_decision.json` beside this module with the figures that justified it. Its
probability means "a fact-checker would pick this sentence"; the check-worthiness model's
probability stays on the claim as it is. The decision holds only for the model it was
fitted on: a JSON naming another model is ignored and the rule in `scoring.py` applies.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from claims.extraction.queue_features import FEATURES, feature_rows

if TYPE_CHECKING:
    from claims.extraction.pipeline import CandidateClaim

logger = logging.getLogger(__name__)
PATH = Path(__file__).resolve().with_name("queue_decision.json")


class InvalidDecision(ValueError):
    """A queue decision file that cannot be used: bad JSON, unknown feature, missing number."""


@dataclass(frozen=True)
class QueueDecision:
    scorer: str  # the check-worthiness model whose probabilities it was fitted on
    features: tuple[str, ...]
    weights: tuple[float, ...]
    intercept: float
    threshold: float  # queue at or above this decision probability

    @classmethod
    def from_json(cls, document: dict) -> QueueDecision:
        try:
            features = tuple(document["features"])
            weights = tuple(float(w) for w in document["weights"])
            decision = cls(
                str(document["scorer"]),
                features,
                weights,
                float(document["intercept"]),
                float(document["threshold"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise InvalidDecision(f"missing or malformed field: {exc}") from exc
        unknown = [name for name in features if name not in FEATURES]
        if unknown or len(features) != len(weights) or not features:
            raise InvalidDecision(f"features {list(features)} do not match weights {list(weights)}")
        if not all(map(math.isfinite, (*weights, decision.intercept, decision.threshold))):
            raise InvalidDecision("weights, intercept and threshold must be finite numbers")
        return decision

    def probabilities(
        self, claims: Sequence[CandidateClaim], model_probabilities: Sequence[float], paragraphs: int
    ) -> list[float]:
        """For each claim, the probability that a fact-checker would pick it."""
        rows = feature_rows(claims, model_probabilities, paragraphs, self.features)
        return [
            _sigmoid(self.intercept + sum(w * x for w, x in zip(self.weights, row, strict=True)))
            for row in rows
        ]


def _sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-z)) if z >= 0 else math.exp(z) / (1 + math.exp(z))


def load(path: Path, scorer: str) -> QueueDecision | None:
    """The decision in `path` when it was fitted on `scorer`; else None, with a log line saying why."""
    try:
        decision = QueueDecision.from_json(json.loads(path.read_text("utf-8")))
    except FileNotFoundError:
        # The usual state until a fit beats the rule (training/queue_decision): not worth a line on
        # every command.
        logger.debug("no queue decision at %s; queueing by the rule's threshold and margins", path)
        return None
    except (json.JSONDecodeError, InvalidDecision) as exc:
        logger.warning(
            "queue decision %s is invalid (%s); queueing by the rule's threshold and margins", path, exc
        )
        return None
    if decision.scorer != scorer:
        logger.warning(
            "queue decision %s was fitted on %r, not on %r; queueing by the rule until it is refitted",
            path,
            decision.scorer,
            scorer,
        )
        return None
    return decision
