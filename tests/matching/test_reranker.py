"""The cross-encoder re-ranker, run for real: the committed model re-orders the fused candidates as
its probabilities say, and a matcher without it keeps the fused order."""

import pytest

from claims.matching.encoder import shared_encoder
from claims.matching.matcher import Matcher, Settings
from claims.matching.reranker import MODEL, CrossEncoder, combine, shared_reranker

# Two fact-checks that share the query's words; only one of them is the claim it makes.
CHECKS = [
    "TODO",
    "TODO",
]
QUERY = "TODO"


@pytest.fixture(scope="module")
def vectors():
    return shared_encoder().encode(CHECKS)


def matcher(vectors, reranker: CrossEncoder | None) -> Matcher:
    return Matcher(CHECKS, CHECKS, vectors, Settings(), shared_encoder(), reranker)


def test_the_reranker_puts_first_the_fact_check_its_model_finds_the_same_claim(vectors):
    plain, reranked = matcher(vectors, None), matcher(vectors, shared_reranker())
    fused = plain.fused_scores(QUERY, shared_encoder().encode_one(QUERY))
    probability = shared_reranker().probabilities(QUERY, CHECKS)
    blended = combine([fused[0], fused[1]], probability, Settings().rerank_weight)

    matches = reranked.match(QUERY, k=2)

    assert [m.item for m in plain.match(QUERY, k=2)] == [CHECKS[0], CHECKS[1]]  # the fusion's order
    assert probability[1] > probability[0]
    assert [m.item for m in matches] == [CHECKS[1], CHECKS[0]]
    assert [m.score for m in matches] == pytest.approx([blended[1], blended[0]], abs=1e-4)
    assert "re-ranked" in matches[0].why


def test_without_the_reranker_the_fused_order_and_scores_stand(vectors):
    plain = matcher(vectors, None)
    fused = plain.fused_scores(QUERY, shared_encoder().encode_one(QUERY))

    matches = plain.match(QUERY, k=2)

    assert [m.item for m in matches] == [CHECKS[0], CHECKS[1]]
    assert [m.score for m in matches] == pytest.approx([fused[0], fused[1]], abs=1e-4)
    assert all("re-ranked" not in m.why for m in matches)


def test_a_score_does_not_move_with_the_other_candidates_in_the_batch():
    alone = shared_reranker().logits(QUERY, CHECKS[:1])
    padded = shared_reranker().logits(QUERY, [CHECKS[0], " ".join(CHECKS * 4)])
    assert alone[0] == pytest.approx(padded[0], abs=1e-4)


def test_the_committed_model_is_small():
    assert MODEL.stat().st_size < 30 * 1024 * 1024
