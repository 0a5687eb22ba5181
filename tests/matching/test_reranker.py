"""Re-ranking the fused candidates: the blend of fused score and cross-encoder probability decides
the order of the top `rerank_top`, the rest keep the fused order, and no reranker means the fused
order stands."""

import numpy as np
import pytest

from claims.matching.encoder import shared_encoder
from claims.matching.matcher import Matcher, Settings
from claims.matching.system_checks import check_reranker_model

TEXTS = ["apple banana cherry", "apple fruit salad", "apple pie recipe"]
# The query's vector is closest to the first text, then the second, then the third.
VECTORS = np.array([[1.0, 0.0], [0.8, 0.6], [0.6, 0.8]], dtype=np.float32)
QUERY = np.array([1.0, 0.0], dtype=np.float32)


class Probabilities:
    """A cross-encoder whose verdicts the test sets (the shipped model is not in the repository:
    docs/matching.md, re-ranking tried and not kept)."""

    def __init__(self, by_text: dict[str, float]) -> None:
        self.by_text = by_text

    def probabilities(self, text: str, candidates: list[str]) -> np.ndarray:
        return np.array([self.by_text[c] for c in candidates], dtype=np.float32)


def matcher(reranker, **settings) -> Matcher:
    return Matcher(TEXTS, TEXTS, VECTORS, Settings(**settings), shared_encoder(), reranker)


def test_without_a_reranker_the_fused_order_and_scores_stand():
    plain = matcher(None)
    fused = plain.fused_scores("apple", QUERY)

    matches = plain.match("apple", k=3, vector=QUERY)

    assert [m.item for m in matches] == TEXTS
    assert [m.score for m in matches] == pytest.approx([fused[i] for i in range(3)], abs=1e-4)
    assert all("re-ranked" not in m.why for m in matches)


def test_a_confident_cross_encoder_moves_its_choice_first_and_says_so():
    verdicts = Probabilities({TEXTS[0]: 0.05, TEXTS[1]: 0.10, TEXTS[2]: 0.95})
    reranked = matcher(verdicts, rerank_weight=0.5)
    fused = reranked.fused_scores("apple", QUERY)

    matches = reranked.match("apple", k=3, vector=QUERY)

    assert [m.item for m in matches] == [TEXTS[2], TEXTS[0], TEXTS[1]]
    assert matches[0].score == pytest.approx(0.5 * fused[2] + 0.5 * 0.95, abs=1e-4)
    assert "re-ranked: same claim 0.95 by the cross-encoder" in matches[0].why


def test_only_the_top_candidates_are_reranked_and_the_rest_keep_the_fused_order():
    verdicts = Probabilities({TEXTS[0]: 0.05, TEXTS[1]: 0.95, TEXTS[2]: 0.99})
    reranked = matcher(verdicts, rerank_weight=0.5, rerank_top=2)

    matches = reranked.match("apple", k=3, vector=QUERY)

    assert [m.item for m in matches] == [TEXTS[1], TEXTS[0], TEXTS[2]]
    assert "re-ranked" not in matches[2].why


def test_at_weight_zero_the_cross_encoder_changes_nothing():
    verdicts = Probabilities({TEXTS[0]: 0.0, TEXTS[1]: 0.5, TEXTS[2]: 1.0})
    assert matcher(verdicts, rerank_weight=0.0).ranked("apple", 3, QUERY, "reranked") == [0, 1, 2]


def test_turning_reranking_on_without_its_model_file_fails_the_system_check(settings, tmp_path, monkeypatch):
    monkeypatch.setattr("claims.matching.reranker.MODEL", tmp_path / "reranker.onnx")
    settings.MATCHING_RERANK = True
    assert [e.id for e in check_reranker_model()] == ["claims.matching.E001"]
    settings.MATCHING_RERANK = False
    assert check_reranker_model() == []
