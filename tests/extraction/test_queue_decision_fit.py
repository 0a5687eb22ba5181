import json

import numpy as np

from claims.extraction.queue_features import FEATURES
from training.queue_decision.__main__ import beats_rule
from training.queue_decision.fit import TARGET_RECALL, fit

NAMES = list(FEATURES)


def _articles(count=60, sentences=12, seed=1):
    """Made-up articles whose labelled claims are the sentences with a figure and a high logit."""
    rng = np.random.default_rng(seed)
    rows = count * sentences
    X = rng.normal(size=(rows, len(NAMES)))
    figure = NAMES.index("figure_or_comparison")
    X[:, figure] = rng.random(rows) < 0.5
    claim = X[:, NAMES.index("logit")] + 2 * X[:, figure] + rng.normal(scale=0.3, size=rows) > 1.2
    group = np.repeat(np.arange(count), sentences)
    return {
        "X": X,
        "labels": claim.astype(int),
        "held_back": np.zeros(rows, dtype=bool),
        "rule_queued": X[:, NAMES.index("logit")] > -1.5,
        "furniture": np.zeros(rows, dtype=bool),
        "group": group,
        "labelled": np.bincount(group, weights=claim).astype(int),
    }


def test_the_fit_is_deterministic():
    first, again = fit(_articles(), NAMES), fit(_articles(), NAMES)
    assert json.dumps(first) == json.dumps(again)


def test_the_fit_learns_that_figures_make_claims_and_keeps_the_recall_out_of_fold():
    result = fit(_articles(), NAMES)
    assert result["weights"][result["features"].index("figure_or_comparison")] > 1
    assert result["cv"]["out_of_fold"]["recall"] >= TARGET_RECALL
    # The made-up rule ignores figures, so the fitted decision queues fewer sentences.
    assert beats_rule(result["cv"])


def test_a_decision_is_not_shipped_when_it_queues_furniture_the_rule_does_not():
    cv = fit(_articles(), NAMES)["cv"]
    cv["out_of_fold"] = {**cv["out_of_fold"], "furniture_queued": 1}
    assert not beats_rule(cv)
