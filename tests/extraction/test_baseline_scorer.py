import sys
import types

from claims.extraction import baseline_scorer, scoring


def test_it_returns_one_score_in_range_per_sentence():
    scores = baseline_scorer.score(["One.", "Two sentences here.", "Russia vetoed 12 resolutions."])
    assert len(scores) == 3 and all(0.0 <= s <= 1.0 for s in scores)


def test_a_sentence_with_numbers_and_names_beats_an_opinion():
    fact, opinion = baseline_scorer.score(
        [
            "Russia has vetoed 12 UN Security Council resolutions on Syria since 2011.",
            "I think we should all be a bit more careful, perhaps.",
        ]
    )
    assert fact > 0.5 > opinion


def test_questions_score_low():
    assert baseline_scorer.score(["Did Russia veto 12 resolutions on Syria since 2011?"])[0] < 0.5


def test_the_baseline_stands_in_when_the_trained_model_is_missing(monkeypatch):
    fake = types.ModuleType("claims.checkworthiness")

    def score(sentences, contexts=None):
        raise FileNotFoundError("model_card.json")

    fake.score = score
    monkeypatch.setitem(sys.modules, "claims.checkworthiness", fake)
    scoring._trained_module.cache_clear()
    try:
        assert scoring.default_scorer() == (baseline_scorer.score, baseline_scorer.NAME)
        assert scoring.default_threshold() == baseline_scorer.DEFAULT_THRESHOLD
    finally:
        scoring._trained_module.cache_clear()


def test_the_trained_scorer_is_used_when_it_can_score(monkeypatch):
    fake = types.ModuleType("claims.checkworthiness")
    fake.score = lambda sentences, contexts=None: [0.9] * len(sentences)
    fake.queue_threshold = lambda: 0.42
    monkeypatch.setitem(sys.modules, "claims.checkworthiness", fake)
    scoring._trained_module.cache_clear()
    try:
        scorer, _ = scoring.default_scorer()
        assert scorer is fake.score and scoring.default_threshold() == 0.42
    finally:
        scoring._trained_module.cache_clear()
