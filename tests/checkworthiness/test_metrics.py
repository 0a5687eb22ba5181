import pytest

from claims.checkworthiness.metrics import average_precision, best_f1_threshold, precision_recall_f1, score_at


def test_it_computes_precision_recall_and_f1_of_the_positive_class():
    gold = [True, True, True, False, False, False]
    predicted = [True, True, False, True, False, False]
    # 2 true positives, 1 false positive, 1 false negative.
    assert precision_recall_f1(gold, predicted) == pytest.approx((2 / 3, 2 / 3, 2 / 3))


def test_f1_is_zero_when_nothing_is_predicted_positive():
    assert precision_recall_f1([True, False], [False, False]) == (0.0, 0.0, 0.0)


def test_score_at_applies_the_threshold_inclusively():
    scores = score_at([True, False, True], [0.7, 0.6, 0.2], threshold=0.6)
    assert (scores.precision, scores.recall, scores.f1) == pytest.approx((0.5, 0.5, 0.5))
    assert scores.support == 2


def test_average_precision_is_the_mean_precision_at_each_positive():
    # Ranking: pos (P=1/1), neg, pos (P=2/3).
    assert average_precision([True, False, True], [0.9, 0.8, 0.1]) == pytest.approx((1 + 2 / 3) / 2)


def test_the_best_threshold_separates_the_classes_when_it_can():
    threshold = best_f1_threshold([False, False, True, True], [0.1, 0.3, 0.6, 0.8])
    assert 0.3 < threshold <= 0.6


def test_the_bootstrap_interval_brackets_the_f1_and_repeats_with_its_seed():
    from claims.checkworthiness.metrics import bootstrap_f1_interval

    labels = [True, False] * 50
    probabilities = [0.9, 0.1] * 40 + [0.1, 0.9] * 10  # F1 0.8
    low, high = bootstrap_f1_interval(labels, probabilities, 0.5)

    assert low < 0.8 < high
    assert bootstrap_f1_interval(labels, probabilities, 0.5) == (low, high)
