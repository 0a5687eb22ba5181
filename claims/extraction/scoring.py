"""Which check-worthiness scorer, threshold and queue decision the pipeline uses by default.

The trained scorer lives in `claims.checkworthiness` (`score(sentences, contexts)` and
`default_threshold()`). When that package is absent, or present without its model files
(a checkout before training), the rule baseline in `baseline_scorer.py` stands in with its
own threshold, so extraction always works. The choice is made once per process.

Which sentences are queued: the fitted queue decision (`queue_decision.json`, see
`queue_decision.py`) when it was fitted on the trained scorer in use and no
CHECKWORTHY_THRESHOLD is set; otherwise the rule below (`queue_threshold`).
"""

import functools
import importlib
import logging
from collections.abc import Callable
from types import ModuleType

from claims.extraction import baseline_scorer, queue_decision
from claims.extraction.queue_decision import QueueDecision

Scorer = Callable[[list[str], list[dict]], list[float]]
logger = logging.getLogger(__name__)
_PROBE = ["Unemployment fell to 3.5 percent last year."]


@functools.cache
def _trained_module() -> ModuleType | None:
    try:
        module = importlib.import_module("claims.checkworthiness")
    except ModuleNotFoundError as exc:
        # Only a missing scorer package means "use the baseline"; a missing dependency
        # inside an installed scorer is a real error and should surface.
        if exc.name not in ("claims", "claims.checkworthiness"):
            raise
        return None
    if not callable(getattr(module, "score", None)):
        return None
    try:
        module.score(_PROBE, [{"is_quote": False, "speaker": None}])
    except FileNotFoundError as exc:
        logger.warning("trained check-worthiness model not found (%s); using the rule baseline", exc)
        return None
    return module


def default_scorer() -> tuple[Scorer, str]:
    """(scorer, name): the trained scorer when it can score, else the rule baseline."""
    module = _trained_module()
    if module is None:
        return baseline_scorer.score, baseline_scorer.NAME
    return module.score, getattr(module, "SCORER_NAME", "claims.checkworthiness")


def default_threshold() -> float:
    """The trained scorer's queue threshold (settings, else chosen for newsrooms), else the baseline's."""
    module = _trained_module()
    if module is not None and callable(getattr(module, "queue_threshold", None)):
        return float(module.queue_threshold())
    return baseline_scorer.DEFAULT_THRESHOLD


def default_queue_decision() -> QueueDecision | None:
    """The fitted queue decision for the trained scorer, or None: the rule decides (no trained
    scorer, CHECKWORTHY_THRESHOLD set by the operator, or no valid decision for this model)."""
    module = _trained_module()
    if module is None or module.configured_threshold() is not None:
        return None
    return _fitted_decision()


@functools.cache
def _fitted_decision() -> QueueDecision | None:
    return queue_decision.load(queue_decision.PATH, default_scorer()[1])


# The trained threshold maximises F1 on single sentences; a newsroom's queue wants the
# sentences a fact-checker would pick. Measured on the labelled dev set (docs/extraction.md):
# with these the queued share stays under 45% at a recall over 97%.
UNSOURCED_MARGIN = 0.18  # narration no one is named as saying scores this much over the threshold
VAGUE_UNSOURCED_MARGIN = 0.43  # ... and this much when it holds no figure or comparison either


def queue_threshold(threshold: float, *, unsourced: bool, concrete: bool) -> float:
    """The score a sentence needs to be queued: a claim someone made needs the threshold;
    the article's own narration needs more, and more again without a figure."""
    if not unsourced:
        return threshold
    return threshold + (UNSOURCED_MARGIN if concrete else VAGUE_UNSOURCED_MARGIN)
