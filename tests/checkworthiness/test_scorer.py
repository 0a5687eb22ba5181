import pytest

import claims.checkworthiness as checkworthiness
from claims.checkworthiness import default_threshold, score


def test_it_returns_one_probability_per_sentence():
    probabilities = score(["Unemployment fell to 3.5 percent last year.", "Good evening.", "We will win."])
    assert len(probabilities) == 3
    assert all(0.0 <= p <= 1.0 for p in probabilities)


def test_a_factual_claim_outscores_a_pleasantry():
    claim, thanks = score(
        ["Unemployment fell to 3.5 percent last year.", "Thank you all for coming tonight."]
    )
    assert claim > thanks
    assert claim >= default_threshold() > thanks


def test_empty_input_gives_empty_output():
    assert score([]) == []


def test_scores_do_not_depend_on_batch_neighbours():
    sentences = [
        "Crime rose 20 percent in Chicago.",
        "I love this country and everyone in it, from sea to sea.",
    ]
    together = score(sentences)
    alone = [score([s])[0] for s in sentences]
    assert together == pytest.approx(alone, abs=1e-3)


def test_contexts_must_match_sentences():
    with pytest.raises(ValueError):
        score(["One.", "Two."], contexts=[{"is_quote": True}])


def test_contexts_are_accepted_per_sentence():
    probabilities = score(
        ["The deficit doubled.", "Hello."], contexts=[{"is_quote": True, "speaker": "A senator"}, {}]
    )
    assert len(probabilities) == 2


def test_the_threshold_comes_from_the_model_card_unless_settings_override_it(settings):
    settings.CHECKWORTHY_THRESHOLD = None
    from_card = default_threshold()
    assert 0.0 < from_card < 1.0
    settings.CHECKWORTHY_THRESHOLD = 0.42
    assert default_threshold() == 0.42
    assert checkworthiness.THRESHOLD == 0.42


def test_the_committed_model_files_stay_under_50_mb():
    committed = sum(path.stat().st_size for path in checkworthiness.MODEL_DIR.iterdir())
    assert committed < 50_000_000


def test_scoring_on_several_cores_gives_the_same_scores_in_the_same_order():
    from claims.checkworthiness.onnx_model import OnnxClassifier

    sentences = [f"Taxes rose {n} percent in {1990 + n}." if n % 2 else "Thank you." for n in range(24)]
    one_core = OnnxClassifier(checkworthiness.MODEL_DIR, threads=1).logits(sentences)
    three_cores = OnnxClassifier(checkworthiness.MODEL_DIR, threads=3).logits(sentences)
    assert three_cores.tolist() == one_core.tolist()
    assert one_core[1] > one_core[0]  # a claim outscores thanks: the order was kept


def test_the_scorer_applies_the_model_cards_calibration():
    from claims.checkworthiness import model_card
    from claims.checkworthiness.onnx_model import OnnxClassifier, calibrated

    sentences = ["Crime rose 20 percent in Chicago.", "Thank you."]
    logits = OnnxClassifier(checkworthiness.MODEL_DIR, threads=1).logits(sentences)

    expected = calibrated(logits, model_card.calibration(model_card.read(checkworthiness.MODEL_DIR)))
    assert score(sentences) == pytest.approx(expected.tolist(), abs=1e-6)
