"""Check-worthiness scorer: how much a sentence deserves a fact-check, in [0, 1].

    from claims.checkworthiness import score, default_threshold
    probabilities = score(["Unemployment fell to 3.5 percent last year."])
    worthy = [p >= default_threshold() for p in probabilities]

The model (a fine-tuned sentence encoder, int8 ONNX; its card says which) loads on first
use, once per process, so a Celery prefork worker pays the load in the child that scores,
not in the parent.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path

from . import model_card
from .features import model_text

MODEL_DIR = Path(__file__).resolve().parent / "model"

_lock = threading.Lock()
_classifier = None


@functools.cache
def _card() -> dict:
    return model_card.read(MODEL_DIR)


def _get_classifier():
    global _classifier
    if _classifier is None:
        with _lock:
            if _classifier is None:
                from .onnx_model import OnnxClassifier

                _classifier = OnnxClassifier(
                    MODEL_DIR,
                    max_tokens=_card()["config"]["max_tokens"],
                    calibration=model_card.calibration(_card()),
                )
    return _classifier


def score(sentences: Sequence[str], contexts: Sequence[Mapping] | None = None) -> list[float]:
    """Probability that each sentence is check-worthy, in input order.

    contexts, if given, has one mapping per sentence with optional keys
    is_quote (bool) and speaker (str | None), as the extraction pipeline knows them.
    The current model scores the sentence text alone (see features.model_text).
    Raises FileNotFoundError when the model files are missing.
    """
    if contexts is not None and len(contexts) != len(sentences):
        raise ValueError(f"{len(sentences)} sentences but {len(contexts)} contexts")
    if not sentences:
        return []
    texts = [model_text(s, contexts[i] if contexts is not None else None) for i, s in enumerate(sentences)]
    return _get_classifier().probabilities(texts).tolist()


# The queue's threshold on the calibrated probability. The model card's threshold maximises
# F1 on single debate sentences; a newsroom's queue wants what a fact-checker would pick in
# an article: chosen on the labelled extraction dev set (docs/extraction.md), the
# highest that keeps queued recall at 97% with the margins in claims.extraction.scoring.
QUEUE_THRESHOLD = 0.33


def configured_threshold() -> float | None:
    """settings.CHECKWORTHY_THRESHOLD when Django is configured and it is set, else None."""
    try:
        from django.conf import settings

        configured = getattr(settings, "CHECKWORTHY_THRESHOLD", None) if settings.configured else None
    except ImportError:
        configured = None
    return None if configured is None else float(configured)


def default_threshold() -> float:
    """settings.CHECKWORTHY_THRESHOLD when set, else the threshold in the model card."""
    configured = configured_threshold()
    return configured if configured is not None else float(_card()["threshold"])


def queue_threshold() -> float:
    """settings.CHECKWORTHY_THRESHOLD when set, else QUEUE_THRESHOLD: where extraction queues."""
    configured = configured_threshold()
    return configured if configured is not None else QUEUE_THRESHOLD


def __getattr__(name: str):
    # Computed on access, so importing this package reads no settings and no model card.
    if name == "THRESHOLD":
        return default_threshold()
    if name == "SCORER_NAME":  # recorded with each extraction: which model scored it
        return _card()["name"]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "MODEL_DIR",
    "QUEUE_THRESHOLD",
    "SCORER_NAME",
    "THRESHOLD",
    "configured_threshold",
    "default_threshold",
    "queue_threshold",
    "score",
]
