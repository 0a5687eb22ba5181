"""The matcher: BM25, sentence vectors from the shipped int8 MiniLM, and their fusion."""

import numpy as np
import pytest

from claims.matching.bm25 import BM25, words
from claims.matching.encoder import DIMENSIONS, FINE_TUNED, SentenceEncoder, shared_encoder
from claims.matching.matcher import Matcher, Settings

CHECKS = [
    "Russia has vetoed every UN resolution on Syria since 2011.",
    "Drinking bleach cures the coronavirus.",
    "The Eiffel Tower will be dismantled and moved to Las Vegas.",
    "Bill Gates plans to put microchips in vaccines.",
]


@pytest.fixture(scope="module")
def matcher():
    encoder = shared_encoder()
    return Matcher(CHECKS, CHECKS, encoder.encode(CHECKS), encoder=encoder)


def test_words_drop_links_stop_words_and_plural_s():
    assert words("The vaccines are here https://t.co/x pic.twitter.com/abc") == ["vaccine"]


def test_bm25_ranks_the_document_sharing_the_rare_word_first():
    bm25 = BM25(["the cat sat on the mat", "a dog sat on a log", "cats and dogs"])
    scores = bm25.scores("Where is the log?")
    assert scores.argmax() == 1
    assert scores[0] == 0


def test_bm25_scores_nothing_for_a_query_of_stop_words_only():
    assert not BM25(["the cat sat"]).scores("the of and").any()


def test_vectors_are_unit_length_and_reworded_claims_are_closer_than_unrelated_ones():
    a, b, c = SentenceEncoder().encode(
        [
            "The Eiffel Tower is being moved to Las Vegas.",
            "Paris landmark to be relocated to Nevada",
            "Bleach does not cure covid.",
        ]
    )
    assert a.shape == (DIMENSIONS,)
    assert np.isclose(np.linalg.norm(a), 1.0, atol=1e-4)
    assert a @ b > a @ c + 0.2


def test_a_reworded_claim_finds_the_earlier_fact_check_first(matcher):
    (best, *rest) = matcher.match("Gates wants to implant chips through covid jabs, a post says", k=3)
    assert best.item == CHECKS[3]
    assert len(rest) == 2
    assert best.score >= rest[0].score
    assert "meaning" in best.why


def test_a_match_says_which_words_it_shares(matcher):
    (best,) = matcher.match("Since 2011 Russia vetoed each UN resolution about Syria.", k=1)
    assert best.item == CHECKS[0]
    assert best.why.startswith("shares 2011, resolution, russia, since, syria, un;")


def test_empty_text_or_an_empty_index_matches_nothing(matcher):
    assert matcher.match("   ", k=3) == []
    empty = Matcher([], [], np.zeros((0, DIMENSIONS), dtype=np.float32), encoder=shared_encoder())
    assert empty.match("anything", k=3) == []


def test_the_dense_weight_decides_which_ranking_wins_a_disagreement():
    texts = ["apple banana cherry", "apple fruit salad"]
    vectors = np.array([[1.0, 0.0], [0.0, 1.0]], dtype=np.float32)
    query = np.array([0.0, 1.0], dtype=np.float32)  # BM25 prefers the first, the vectors the second
    words_win = Matcher(
        texts, texts, vectors, Settings(fusion="rrf", dense_weight=0.5), encoder=shared_encoder()
    )
    meaning_wins = Matcher(
        texts, texts, vectors, Settings(fusion="rrf", dense_weight=2.0), encoder=shared_encoder()
    )
    assert words_win.ranked("apple banana", 2, query) == [0, 1]
    assert meaning_wins.ranked("apple banana", 2, query) == [1, 0]


def test_items_texts_and_vectors_must_be_as_many():
    with pytest.raises(ValueError):
        Matcher(["a"], ["a", "b"], np.zeros((1, 2), dtype=np.float32))


def test_the_lexical_weight_decides_which_score_wins_a_weighted_sum():
    texts = ["apple banana cherry", "apple fruit salad"]
    vectors = np.array([[0.6, 0.8], [0.0, 1.0]], dtype=np.float32)
    query = np.array([0.0, 1.0], dtype=np.float32)  # BM25 prefers the first, the vectors the second
    words_win = Matcher(texts, texts, vectors, Settings(lexical_weight=0.9), encoder=shared_encoder())
    meaning_wins = Matcher(texts, texts, vectors, Settings(lexical_weight=0.1), encoder=shared_encoder())
    assert words_win.ranked("apple banana", 2, query) == [0, 1]
    assert meaning_wins.ranked("apple banana", 2, query) == [1, 0]


def test_encoding_in_parallel_gives_the_same_vectors_in_the_same_order():
    encoder = SentenceEncoder()
    texts = CHECKS * 3
    assert np.array_equal(encoder.encode(texts, workers=2), encoder.encode(texts))


def test_the_fine_tuned_model_shipped_in_the_repository_loads_and_encodes():
    encoder = SentenceEncoder()
    assert encoder.model == FINE_TUNED
    assert FINE_TUNED.stat().st_size < 30 * 1024 * 1024
    vector = encoder.encode_one("Drinking bleach cures the coronavirus.")
    assert vector.shape == (DIMENSIONS,)
    assert vector @ shared_encoder().encode_one("Does bleach cure covid?") > 0.5
